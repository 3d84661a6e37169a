"""Pengaduan: register complaints from every channel, assign, answer, follow up, and report a period."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from kampar_desk.domain.errors import DeskError
from kampar_desk.services import complaints, skm_reports, staff
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import StaffRecord
from kampar_desk.ui.feedback import attempt, show_info, show_refusal
from kampar_desk.ui.forms.ui_complaint_dialog import Ui_ComplaintDialog
from kampar_desk.ui.forms.ui_complaints_tab import Ui_ComplaintsTab

FILTERS = (
    ("unfinished", "Belum selesai"),
    ("", "Semua"),
    ("open", "Baru"),
    ("answered", "Sudah ditanggapi"),
    ("closed", "Selesai"),
)


class ComplaintDialog(QDialog):
    def __init__(self, desk: Desk, officer: StaffRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.officer = desk, officer
        self.record: complaints.ComplaintRecord | None = None
        self.ui = Ui_ComplaintDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.ui.channelCombo.addItem("- pilih saluran -", "")
        for code, label in complaints.CHANNELS.items():
            self.ui.channelCombo.addItem(label, code)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("Simpan")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        try:
            self.record = complaints.register_complaint(
                self.desk,
                self.officer,
                self.ui.channelCombo.currentData(),
                self.ui.complainantEdit.text(),
                self.ui.subjectEdit.text(),
                self.ui.descriptionEdit.toPlainText(),
                self.ui.contactEdit.text(),
                self.ui.applicationEdit.text(),
            )
        except DeskError as error:
            self.ui.errorLabel.setText(str(error))
            return
        self.accept()


class ComplaintsTab(QWidget):
    def __init__(self, desk: Desk, officer: Callable[[], StaffRecord | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.officer = desk, officer
        self.rows: list[complaints.ComplaintRecord] = []
        self.ui = Ui_ComplaintsTab()
        self.ui.setupUi(self)
        for code, label in FILTERS:
            self.ui.filterCombo.addItem(label, code)
        table = self.ui.complaintsTable
        table.setColumnCount(7)
        table.setHorizontalHeaderLabels(["Nomor", "Diterima", "Saluran", "Pelapor", "Pokok", "Status", "Hari kerja"])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        today = desk.today()
        self.ui.reportFrom.setDate(QDate(today.year, today.month, 1))
        self.ui.reportUntil.setDate(QDate(today.year, today.month, today.day))
        self.ui.splitter.setSizes([700, 420])
        self.ui.filterCombo.currentIndexChanged.connect(self.refresh)
        self.ui.newButton.clicked.connect(self.open_new)
        table.currentCellChanged.connect(lambda row, *_: self.show_detail(row))
        self.ui.assignButton.clicked.connect(self.assign)
        self.ui.respondButton.clicked.connect(self.respond)
        self.ui.followUpButton.clicked.connect(self.follow_up)
        self.ui.reportButton.clicked.connect(self.choose_report_folder)

    def refresh(self) -> None:
        self.rows = complaints.list_complaints(self.desk, self.ui.filterCombo.currentData())
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
                    cell.setForeground(QBrush(QColor("#b00020")))
                table.setItem(row, column, cell)
        self.ui.assignCombo.clear()
        for member in staff.list_staff(self.desk):
            if member.active:
                self.ui.assignCombo.addItem(member.full_name, member.username)
        self.show_detail(table.currentRow() if self.rows else -1)

    def selected(self) -> complaints.ComplaintRecord | None:
        row = self.ui.complaintsTable.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def show_detail(self, row: int) -> None:
        record = self.rows[row] if 0 <= row < len(self.rows) else None
        for widget in (self.ui.assignButton, self.ui.respondButton, self.ui.followUpButton):
            widget.setEnabled(record is not None and record.status != "closed")
        if record is None:
            self.ui.detailLabel.setText("Pilih pengaduan.")
            return
        late = " <span style='color:#b00020'><b>(melewati batas waktu tanggapan)</b></span>" if record.overdue else ""
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
        officer = self.officer()
        if officer is None:
            return None
        dialog = ComplaintDialog(self.desk, officer, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def _act(self, action: Callable[[StaffRecord, complaints.ComplaintRecord], object]) -> bool:
        officer, record = self.officer(), self.selected()
        if officer is None or record is None:
            return False
        row = self.ui.complaintsTable.currentRow()
        done = attempt(self, lambda: action(officer, record))
        if done:
            self.refresh()
            self.ui.complaintsTable.selectRow(min(row, len(self.rows) - 1))
        return done

    def assign(self) -> None:
        username = self.ui.assignCombo.currentData()
        self._act(lambda o, r: complaints.assign(self.desk, o, r.id, username))

    def respond(self) -> None:
        text = self.ui.responseEdit.toPlainText()
        if self._act(lambda o, r: complaints.respond(self.desk, o, r.id, text)):
            self.ui.responseEdit.clear()

    def follow_up(self) -> None:
        text, close = self.ui.followUpEdit.toPlainText(), self.ui.closeCheck.isChecked()
        if self._act(lambda o, r: complaints.follow_up(self.desk, o, r.id, text, close)):
            self.ui.followUpEdit.clear()
            self.ui.closeCheck.setChecked(False)

    def choose_report_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Pilih folder atau flashdisk untuk laporan pengaduan")
        if folder:
            self.export_report(Path(folder))

    def export_report(self, folder: Path) -> None:
        start, end = self.ui.reportFrom.date().toPython(), self.ui.reportUntil.date().toPython()
        if end < start:
            show_refusal(self, DeskError("Tanggal akhir tidak boleh sebelum tanggal awal."))
            return
        try:
            files = skm_reports.export_complaint_report(self.desk, start, end, folder)
        except OSError as error:
            show_refusal(self, DeskError(f"Laporan tidak dapat ditulis ke {folder}: {error.strerror}."))
            return
        show_info(self, "Laporan pengaduan", f"Laporan tersimpan: {files.paths[0]}")
