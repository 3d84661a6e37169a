"""Pengaduan: register complaints from every channel, assign, answer, follow up, report a period; and the Saran SKM
list, where the suggestions written on questionnaires are followed up or turned into complaints."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kampar_desk.domain.errors import StorageError
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.services import complaints, skm_reports, staff
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import StaffRecord
from kampar_desk.ui.dates import python_date
from kampar_desk.ui.feedback import show_info
from kampar_desk.ui.forms.ui_complaint_dialog import Ui_ComplaintDialog
from kampar_desk.ui.forms.ui_complaints_tab import Ui_ComplaintsTab
from kampar_desk.ui.operations import OFFLINE_VIEW, FollowsDesk, Latest, Operation, Operations
from kampar_desk.ui.style import ERROR_COLOR, ERROR_STYLE, colored

FILTERS = (
    ("unfinished", "Belum selesai"),
    ("", "Semua"),
    ("open", "Baru"),
    ("answered", "Sudah ditanggapi"),
    ("closed", "Selesai"),
)
SUGGESTION_FILTERS = ((True, "Belum ditindaklanjuti"), (False, "Semua saran"))
HEADS_ONLY = "Hanya Pejabat Penandatangan atau Administrator yang {what}."


@dataclass(frozen=True)
class ComplaintLists:
    """What the tab shows, read in one go: both lists for the filters on screen and the counts on the list tabs."""

    complaints: list[complaints.ComplaintRecord]
    unfinished: int
    staff: list[StaffRecord]  # the active officers a complaint may be assigned to
    suggestions: list[complaints.SuggestionRecord]
    open_suggestions_only: bool
    waiting_suggestions: int


def read_lists(desk: Desk, status: str, open_only: bool) -> ComplaintLists:
    """Both lists and their counts (on a worker on the office's server)."""
    rows = complaints.list_complaints(desk, status)
    unfinished = len(rows) if status == "unfinished" else len(complaints.list_complaints(desk, "unfinished"))
    suggestions = complaints.list_suggestions(desk, open_only=open_only)
    waiting = len(suggestions) if open_only else len(complaints.list_suggestions(desk, open_only=True))
    active = [member for member in staff.list_staff(desk) if member.active]
    return ComplaintLists(rows, unfinished, active, suggestions, open_only, waiting)


class ComplaintDialog(QDialog):
    """A new complaint as it arrives; a refusal is said in the dialog itself, beside what was typed."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.record: complaints.ComplaintRecord | None = None
        self.ui = Ui_ComplaintDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.channelCombo.addItem("- pilih saluran -", "")
        for code, label in complaints.CHANNELS.items():
            self.ui.channelCombo.addItem(label, code)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("Simpan")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> Operation:
        ui, desk = self.ui, self.ops.desk
        channel, complainant, subject = ui.channelCombo.currentData(), ui.complainantEdit.text(), ui.subjectEdit.text()
        description, contact = ui.descriptionEdit.toPlainText(), ui.contactEdit.text()
        application_number = ui.applicationEdit.text()

        def saved(record: complaints.ComplaintRecord) -> None:
            self.record = record
            self.ops.announce(f"Pengaduan {record.number} tercatat.")
            self.accept()

        return self.ops.run(
            self,
            lambda officer: complaints.register_complaint(
                desk, officer, channel, complainant, subject, description, contact, application_number
            ),
            done=saved,
            refused=lambda error: ui.errorLabel.setText(str(error)),
            inline=True,
            triggers=(self.save_button,),
        )


class ComplaintsTab(QWidget):
    """Two lists: the complaints (on the response clock) and the Saran SKM (never overdue). Refreshes on the runner's
    `desk_changed` when seen, else when next shown; each officer sees only the actions their roles allow."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.desk = ops, ops.desk
        self.rows: list[complaints.ComplaintRecord] = []
        self.suggestions: list[complaints.SuggestionRecord] = []
        self.reads = Latest()
        self.ui = Ui_ComplaintsTab()
        self.ui.setupUi(self)
        for code, label in FILTERS:
            self.ui.filterCombo.addItem(label, code)
        for open_only, label in SUGGESTION_FILTERS:
            self.ui.suggestionFilterCombo.addItem(label, open_only)
        self._columns(
            self.ui.complaintsTable, ["Nomor", "Diterima", "Saluran", "Pelapor", "Pokok", "Status", "Hari kerja"], 4
        )
        self._columns(self.ui.suggestionsTable, ["Diterima", "Berkas", "Pemohon", "Saran", "Status"], 3)
        today = self.desk.today()
        self.ui.reportFrom.setDate(QDate(today.year, today.month, 1))
        self.ui.reportUntil.setDate(QDate(today.year, today.month, today.day))
        self.ui.splitter.setSizes([700, 540])
        self.ui.suggestionSplitter.setSizes([760, 480])
        self.ui.handleHint.setStyleSheet("color: #555;")
        self.ui.suggestionHint.setStyleSheet("color: #555;")
        self.ui.suggestionNote.setStyleSheet("color: #555;")
        self._connect()
        self.follows = FollowsDesk(ops, self, self.refresh, stale=True)

    @staticmethod
    def _columns(table: QTableWidget, labels: list[str], stretch: int) -> None:
        table.setColumnCount(len(labels))
        table.setHorizontalHeaderLabels(labels)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _connect(self) -> None:
        ui = self.ui
        ui.filterCombo.currentIndexChanged.connect(self.refresh)
        ui.suggestionFilterCombo.currentIndexChanged.connect(self.refresh)
        ui.newButton.clicked.connect(self.open_new)
        ui.complaintsTable.currentCellChanged.connect(lambda row, *_: self.show_detail(row))
        ui.suggestionsTable.currentCellChanged.connect(lambda row, *_: self.show_suggestion(row))
        ui.assignButton.clicked.connect(self.assign)
        ui.respondButton.clicked.connect(self.respond)
        ui.followUpButton.clicked.connect(self.follow_up)
        ui.reportButton.clicked.connect(self.choose_report_folder)
        ui.suggestionFollowUpButton.clicked.connect(self.follow_up_suggestion)
        ui.toComplaintButton.clicked.connect(self.suggestion_to_complaint)

    def refresh(self) -> Operation:
        """Both lists, read for the filters on screen (on a worker on the office's server), then filled."""
        desk, status = self.desk, self.ui.filterCombo.currentData()
        open_only = bool(self.ui.suggestionFilterCombo.currentData())
        return self.ops.read(
            self, lambda: read_lists(desk, status, open_only), self._fill, latest=self.reads, offline=self._offline
        )

    def _fill(self, lists: ComplaintLists) -> None:
        self._fill_complaints(lists)
        self._fill_suggestions(lists)

    def _offline(self, _error: StorageError) -> None:
        said = colored(OFFLINE_VIEW, ERROR_COLOR, bold=True)
        self.ui.detailLabel.setText(said)
        self.ui.suggestionCountLabel.setText(said)

    # -- complaints ---------------------------------------------------------------------------------------------------

    def _fill_complaints(self, lists: ComplaintLists) -> None:
        current = self.selected()
        self.rows = lists.complaints
        table = self.ui.complaintsTable
        table.setRowCount(len(self.rows))
        for row, record in enumerate(self.rows):
            waited = "-" if record.days_to_response is None else str(record.days_to_response)
            values = (
                record.number,
                f"{record.received_at:%d-%m-%Y}",
                record.channel_label,
                record.complainant,
                record.subject,
                record.status_label,
                waited,
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if record.overdue:
                    cell.setForeground(QBrush(QColor(ERROR_COLOR)))
                table.setItem(row, column, cell)
        self.ui.assignCombo.clear()
        for member in lists.staff:
            self.ui.assignCombo.addItem(member.full_name, member.username)
        unfinished = lists.unfinished
        self.ui.listTabs.setTabText(0, f"&Pengaduan ({unfinished} belum selesai)" if unfinished else "&Pengaduan")
        self._reselect(table, [r.id for r in self.rows], current.id if current else None, self.show_detail)

    @staticmethod
    def _reselect(
        table: QTableWidget, ids: list[uuid.UUID], wanted: uuid.UUID | None, show: Callable[[int], None]
    ) -> None:
        """Keep the same record selected across a refresh (the first one when it left the list)."""
        row = ids.index(wanted) if wanted is not None and wanted in ids else (0 if ids else -1)
        if row >= 0 and row != table.currentRow():
            table.selectRow(row)
        show(row)

    def selected(self) -> complaints.ComplaintRecord | None:
        row = self.ui.complaintsTable.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def show_detail(self, row: int) -> None:
        record = self.rows[row] if 0 <= row < len(self.rows) else None
        officer = self.ops.officer()
        assigned_here = record is not None and officer is not None and record.assigned_username == officer.username
        may_assign = self.ops.may(OfficeAction.ASSIGN_COMPLAINT)
        may_handle = self.ops.may(OfficeAction.HANDLE_COMPLAINT) or assigned_here
        self.ui.assignPanel.setVisible(may_assign)
        self.ui.handlePanel.setVisible(may_handle)
        self.ui.handleHint.setText(
            ""
            if may_handle
            else "Pengaduan ditanggapi oleh petugas yang ditugasi, Pejabat Penandatangan atau Administrator."
        )
        open_record = record is not None and record.status != "closed"
        for widget in (self.ui.assignButton, self.ui.respondButton, self.ui.followUpButton):
            widget.setEnabled(open_record)
        if record is None:
            self.ui.detailLabel.setText("Pilih pengaduan.")
            return
        late = " " + colored("(melewati batas waktu tanggapan)", ERROR_COLOR, bold=True) if record.overdue else ""
        lines = [
            f"<b>{record.number}</b> - {record.status_label}{late}",
            f"{record.received_at:%d-%m-%Y %H.%M} melalui {record.channel_label}; pelapor {record.complainant}"
            + (f" ({record.contact})" if record.contact else ""),
            f"<b>{record.subject}</b>",
            record.description.replace("\n", "<br>"),
        ]
        if record.application_number:
            lines.append(f"Berkas: {record.application_number}")
        if record.assigned_to:
            lines.append(f"Ditangani: {record.assigned_to}")
        if record.response:
            lines.append(f"Tanggapan: {record.response}")
        if record.follow_up:
            lines.append(f"Tindak lanjut: {record.follow_up}".replace("\n", "<br>"))
        self.ui.detailLabel.setText("<br>".join(lines))

    def open_new(self) -> ComplaintDialog | None:
        if self.ops.officer() is None:
            return None
        dialog = ComplaintDialog(self.ops, self)
        dialog.open()
        return dialog

    def assign(self) -> Operation | None:
        record, username = self.selected(), self.ui.assignCombo.currentData()
        if record is None:
            return None
        return self.ops.run(
            self,
            lambda officer: complaints.assign(self.desk, officer, record.id, username),
            done=lambda done: self.ops.announce(f"Pengaduan {done.number} ditugaskan ke {done.assigned_to}."),
            triggers=(self.ui.assignButton,),
        )

    def respond(self) -> Operation | None:
        record, text = self.selected(), self.ui.responseEdit.toPlainText()
        if record is None:
            return None

        def answered(done: complaints.ComplaintRecord) -> None:
            self.ui.responseEdit.clear()
            self.ops.announce(f"Tanggapan atas pengaduan {done.number} tersimpan.")

        return self.ops.run(
            self,
            lambda officer: complaints.respond(self.desk, officer, record.id, text),
            done=answered,
            triggers=(self.ui.respondButton,),
        )

    def follow_up(self) -> Operation | None:
        record = self.selected()
        text, close = self.ui.followUpEdit.toPlainText(), self.ui.closeCheck.isChecked()
        if record is None:
            return None

        def noted(done: complaints.ComplaintRecord) -> None:
            self.ui.followUpEdit.clear()
            self.ui.closeCheck.setChecked(False)
            self.ops.announce(f"Tindak lanjut pengaduan {done.number} tersimpan ({done.status_label}).")

        return self.ops.run(
            self,
            lambda officer: complaints.follow_up(self.desk, officer, record.id, text, close),
            done=noted,
            triggers=(self.ui.followUpButton,),
        )

    def choose_report_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Pilih folder atau flashdisk untuk laporan pengaduan")
        if folder:
            self.export_report(Path(folder))

    def export_report(self, folder: Path) -> Operation:
        start, end = python_date(self.ui.reportFrom.date()), python_date(self.ui.reportUntil.date())
        desk = self.desk

        def saved(files: skm_reports.ReportFiles) -> None:
            show_info(self, "Laporan pengaduan", f"Laporan tersimpan: {files.paths[0]}")

        return self.ops.run(
            self,
            lambda _officer: skm_reports.export_complaint_report(desk, start, end, folder),
            done=saved,
            slow=True,
            changes=False,
            title="Ekspor gagal",
            triggers=(self.ui.reportButton,),
        )

    # -- Saran SKM ----------------------------------------------------------------------------------------------------

    def _fill_suggestions(self, lists: ComplaintLists) -> None:
        current = self.selected_suggestion()
        open_only = lists.open_suggestions_only
        self.suggestions = lists.suggestions
        table = self.ui.suggestionsTable
        table.setRowCount(len(self.suggestions))
        # Who wrote a suggestion is seen only by those who follow it up: a respondent writes more freely unnamed.
        named = self.ops.may(OfficeAction.FOLLOW_UP_SUGGESTION)
        for row, record in enumerate(self.suggestions):
            values = (
                f"{record.received_at:%d-%m-%Y}",
                record.application_number if named else "-",
                record.applicant_name if named else "-",
                " ".join(record.text.split()),
                record.status_label,
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == 3:
                    cell.setToolTip(record.text)
                table.setItem(row, column, cell)
        waiting = lists.waiting_suggestions
        shown = "saran belum ditindaklanjuti" if open_only else "saran"
        self.ui.suggestionCountLabel.setText(f"{len(self.suggestions)} {shown}")
        self.ui.listTabs.setTabText(1, f"&Saran SKM ({waiting} baru)" if waiting else "&Saran SKM")
        self._reselect(table, [s.id for s in self.suggestions], current.id if current else None, self.show_suggestion)

    def selected_suggestion(self) -> complaints.SuggestionRecord | None:
        row = self.ui.suggestionsTable.currentRow()
        return self.suggestions[row] if 0 <= row < len(self.suggestions) else None

    def show_suggestion(self, row: int) -> None:
        record = self.suggestions[row] if 0 <= row < len(self.suggestions) else None
        may_act = self.ops.may(OfficeAction.FOLLOW_UP_SUGGESTION)
        self.ui.suggestionActionPanel.setVisible(may_act)
        self.ui.suggestionHint.setText(
            "" if may_act else HEADS_ONLY.format(what="menindaklanjuti saran SKM atau menjadikannya pengaduan")
        )
        actionable = record is not None and record.complaint_number is None
        self.ui.suggestionFollowUpButton.setEnabled(actionable)
        self.ui.toComplaintButton.setEnabled(actionable)
        if record is None:
            self.ui.suggestionDetailLabel.setText(
                "Pilih saran." if self.suggestions else "Tidak ada saran di daftar ini."
            )
            return
        lines = [
            f"<b>Saran SKM</b> - {record.status_label}",
            f"{record.received_at:%d-%m-%Y %H.%M}"
            + (f", berkas {record.application_number} ({record.applicant_name})" if may_act else ""),
            "",
            record.text.replace("\n", "<br>"),
        ]
        if record.followed_up_at is not None:
            lines += [
                "",
                f"<b>Tindak lanjut</b> {record.followed_up_at:%d-%m-%Y %H.%M} oleh {record.followed_up_by or '-'}:",
                record.follow_up_note.replace("\n", "<br>"),
            ]
        if record.complaint_number:
            lines += ["", f"Ditangani sebagai pengaduan <b>{record.complaint_number}</b> di daftar Pengaduan."]
        self.ui.suggestionDetailLabel.setText("<br>".join(lines))

    def follow_up_suggestion(self) -> Operation | None:
        record, note = self.selected_suggestion(), self.ui.suggestionFollowUpEdit.toPlainText()
        if record is None:
            return None

        def noted(done: complaints.SuggestionRecord) -> None:
            self.ui.suggestionFollowUpEdit.clear()
            self.ops.announce(f"Tindak lanjut saran SKM berkas {done.application_number} tersimpan.")

        return self.ops.run(
            self,
            lambda officer: complaints.follow_up_suggestion(self.desk, officer, record.id, note),
            done=noted,
            triggers=(self.ui.suggestionFollowUpButton, self.ui.toComplaintButton),
        )

    def suggestion_to_complaint(self) -> Operation | None:
        record = self.selected_suggestion()
        if record is None:
            return None

        def turned(complaint: complaints.ComplaintRecord) -> None:
            self.ops.announce(
                f"Saran SKM berkas {record.application_number} menjadi pengaduan {complaint.number}; "
                "batas waktu tanggapan berjalan sejak sekarang."
            )

        return self.ops.run(
            self,
            lambda officer: complaints.suggestion_to_complaint(self.desk, officer, record.id),
            done=turned,
            triggers=(self.ui.suggestionFollowUpButton, self.ui.toComplaintButton),
        )
