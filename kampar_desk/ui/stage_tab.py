"""Verifikasi, Pemeriksaan and Penerbitan: a stage's queue, the selected file, and the one action its status allows."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QTableWidgetItem, QWidget

from kampar_desk.domain.errors import StorageError
from kampar_desk.domain.letters import LetterKind
from kampar_desk.domain.permissions import PERMISSIONS, OfficeAction
from kampar_desk.domain.texts import long_date, rupiah
from kampar_desk.domain.workflow import Action, Status
from kampar_desk.services import keys, letters, process, tracking
from kampar_desk.services.applications import get_application
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import ApplicationDetail, ApplicationSummary, Issued, StaffRecord, Verified
from kampar_desk.ui.dates import python_date
from kampar_desk.ui.feedback import confirm
from kampar_desk.ui.forms.ui_stage_tab import Ui_StageTab
from kampar_desk.ui.item_models.application_table_model import ApplicationTableModel
from kampar_desk.ui.operations import OFFLINE_VIEW, FollowsDesk, Latest, Operation, Operations
from kampar_desk.ui.skm import SkmKiosk, SkmPaperDialog
from kampar_desk.ui.style import ERROR_COLOR, GOOD_COLOR, WARNING_COLOR, colored

Source = Callable[[], list[ApplicationSummary]]

REVIEW_TEXT = "Perlu kajian teknis: terbitkan surat pengantar ke dinas teknis"

#: the action each status waits for, and the page of the action stack that takes it
NEXT_ACTION: dict[Status, Action] = {
    Status.RECEIVED: Action.VERIFY,
    Status.IN_TECHNICAL_REVIEW: Action.RECORD_TECHNICAL_REVIEW,
    Status.AWAITING_PAYMENT: Action.RECORD_PAYMENT,
    Status.AWAITING_DECISION: Action.APPROVE,
    Status.APPROVED: Action.ISSUE_LETTER,
    Status.REJECTED: Action.ISSUE_LETTER,
    Status.ISSUED: Action.RECORD_SURVEY,
    Status.SURVEYED: Action.HAND_OVER,
}


@dataclass(frozen=True)
class FileRecords:
    """What the panel of the selected file shows, read in one go."""

    detail: ApplicationDetail
    letters: list[letters.LetterRecord]
    counter_note: str


def read_file(desk: Desk, application_id: uuid.UUID) -> FileRecords:
    """The selected file's records (on a worker on the office's server)."""
    return FileRecords(
        get_application(desk, application_id),
        letters.letters_of(desk, application_id),
        tracking.registration_note(desk, application_id),
    )


class StageTab(QWidget):
    """Refreshes on the runner's `desk_changed`; shows each officer only the actions their roles allow. The queue and
    the selected file are read through the runner's `read` (on a worker on the office's server), newest read wins."""

    def __init__(self, ops: Operations, title: str, source: Source, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.desk, self.title, self.source = ops, ops.desk, title, source
        self.detail: ApplicationDetail | None = None
        self.letter_rows: list[letters.LetterRecord] = []
        self.counter_note = ""
        self.showing: uuid.UUID | None = None  # the file selected: shown, or being read
        self.queue_reads, self.file_reads = Latest(), Latest()
        self.wanted: str | None = None  # a number to select once the queue being read is on screen
        self.ui = Ui_StageTab()
        self.ui.setupUi(self)
        self.ui.noteLabel.setText(note)
        self.model = ApplicationTableModel()
        self.ui.queueView.setModel(self.model)
        self.ui.queueView.setWordWrap(False)  # "Terlambat 206 hari kerja" on one line, the name column gives way
        header = self.ui.queueView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ApplicationTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for hidden in (ApplicationTableModel.COL_REGISTERED,):
            self.ui.queueView.setColumnHidden(hidden, True)
        self.ui.splitter.setSizes([640, 700])
        self.ui.checklistTable.setColumnCount(3)
        self.ui.checklistTable.setHorizontalHeaderLabels(["Persyaratan", "Di loket", "Catatan verifikasi"])
        self.ui.checklistTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.lettersTable.setColumnCount(4)
        self.ui.lettersTable.setHorizontalHeaderLabels(["Jenis", "Nomor", "Tanggal", "Status"])
        self.ui.lettersTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._connect()
        self.follows = FollowsDesk(ops, self, self.refresh, stale=True)
        self.show_file(None)

    def _connect(self) -> None:
        ui = self.ui
        ui.refreshButton.clicked.connect(self.refresh)
        ui.queueView.selectionModel().currentRowChanged.connect(self._row_changed)
        ui.verifyButton.clicked.connect(self.verify)
        ui.recordReviewButton.clicked.connect(self.record_review)
        ui.reprintCoverButton.clicked.connect(lambda: self._print_letter(self._letter(LetterKind.COVER)))
        ui.recordPaymentButton.clicked.connect(self.record_payment)
        ui.approveButton.clicked.connect(self.approve)
        ui.rejectButton.clicked.connect(self.reject)
        ui.issueButton.clicked.connect(self.issue)
        ui.kioskButton.clicked.connect(self.open_kiosk)
        ui.paperSurveyButton.clicked.connect(self.open_paper_survey)
        ui.surveyDeclinedButton.clicked.connect(self.decline_survey)
        ui.handOverButton.clicked.connect(self.hand_over)
        ui.reprintLetterButton.clicked.connect(lambda: self._print_letter(self.selected_letter()))
        ui.exportBsreButton.clicked.connect(self.export_for_bsre)
        ui.importBsreButton.clicked.connect(self.import_bsre)
        ui.cancelLetterButton.clicked.connect(self.cancel_letter)

    # -- queue --------------------------------------------------------------------------------------------------------

    def refresh(self) -> Operation:
        return self.ops.read(
            self, lambda: tuple(self.source()), self._fill_queue, latest=self.queue_reads, offline=self._offline
        )

    def _fill_queue(self, rows: tuple[ApplicationSummary, ...]) -> None:
        current = self.showing
        self.model.set_source(lambda offset, limit: (rows[offset : offset + limit], offset + limit < len(rows)))
        overdue = sum(1 for r in rows if r.sla.overdue)
        late = ", " + colored(f"{overdue} terlambat", ERROR_COLOR, bold=True) if overdue else ""
        self.ui.titleLabel.setText(f"<b>{self.title}</b>: {len(rows)} berkas{late}")
        index = next((i for i, r in enumerate(rows) if r.id == current), 0 if rows else -1)
        if index >= 0:
            self.ui.queueView.selectRow(index)
            self.show_file(rows[index].id)
        else:
            self.show_file(None)
        wanted, self.wanted = self.wanted, None
        if wanted is not None:
            self._select(wanted)  # a file that left the queue meanwhile is simply not selected

    def _offline(self, _error: StorageError) -> None:
        self.ui.titleLabel.setText(f"<b>{self.title}</b>: " + colored(OFFLINE_VIEW, ERROR_COLOR, bold=True))

    def select_number(self, number: str) -> None:
        """Select a file of this queue, loading further pages of a long queue until it is found; while the queue is
        being read (on the server), once it is on screen."""
        if self.queue_reads.pending:
            self.wanted = number
        elif not self._select(number):
            raise KeyError(number)

    def _select(self, number: str) -> bool:
        row = 0
        while True:
            while row < self.model.rowCount():
                if self.model.summary(row).number == number:
                    self.ui.queueView.selectRow(row)
                    return True
                row += 1
            if not self.model.canFetchMore(QModelIndex()):
                return False
            self.model.fetchMore(QModelIndex())  # pages of the rows already read: no database here

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_file(self.model.summary(current.row()).id)

    # -- the selected file --------------------------------------------------------------------------------------------

    def show_file(self, application_id: uuid.UUID | None) -> Operation | None:
        if application_id != self.showing:
            self.showing = application_id
            self._reset_forms()  # what was typed or ticked for one file never carries over to another
            # nothing to act on until the new file is read: an action never goes to the file shown before
            self._fill_file(None)
        if application_id is None:
            self.file_reads.drop()
            return None
        desk = self.desk
        return self.ops.read(
            self,
            lambda: read_file(desk, application_id),
            self._fill_file,
            latest=self.file_reads,
            offline=self._file_offline,
        )

    def _fill_file(self, records: FileRecords | None) -> None:
        self.detail = records.detail if records else None
        self.letter_rows = records.letters if records else []
        self.counter_note = records.counter_note if records else ""
        self._fill_detail()
        self._fill_checklist()
        self._fill_letters()
        self._choose_action()

    def _file_offline(self, _error: StorageError) -> None:
        self._fill_file(None)
        self.ui.detailLabel.setText(colored(OFFLINE_VIEW, ERROR_COLOR, bold=True))

    def _reset_forms(self) -> None:
        ui = self.ui
        ui.compliantRadio.setChecked(True)
        ui.reviewCheck.setChecked(False)
        for edit in (ui.verifyNoteEdit, ui.decisionNoteEdit):
            edit.clear()
        for line in (ui.reviewResultEdit, ui.reviewNoteEdit, ui.paymentReferenceEdit, ui.receivedByEdit):
            line.clear()

    def _fill_detail(self) -> None:
        d = self.detail
        if d is None:
            self.ui.detailLabel.setText("Pilih berkas di antrian.")
            return
        color = ERROR_COLOR if d.summary.sla.overdue else GOOD_COLOR
        lines = [
            f"<b>{d.number}</b> - {d.summary.applicant_name} (NIK {d.summary.applicant_nik})",
            f"{d.service_name}",
            f"Status: <b>{d.status.label}</b>; waktu layanan: " + colored(d.summary.sla.describe(), color),
        ]
        if self.counter_note:
            lines.append(colored(f"⚠ {escape(self.counter_note)}", WARNING_COLOR))
        if d.verification_note:
            lines.append(f"Catatan verifikasi: {d.verification_note}")
        if d.technical_review_result:
            review_day = long_date(d.technical_review_on) if d.technical_review_on else "-"
            lines.append(f"Kajian teknis ({review_day}): {d.technical_review_result}")
        if d.decision_reason:
            lines.append(f"Keputusan: {d.decision_reason}")
        self.ui.detailLabel.setText("<br>".join(lines))

    def _fill_checklist(self) -> None:
        table = self.ui.checklistTable
        items = self.detail.checklist if self.detail else ()
        editable = self.detail is not None and self.detail.status == Status.RECEIVED
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            text = QTableWidgetItem(item.text)
            text.setData(Qt.ItemDataRole.UserRole, item.code)
            text.setFlags(Qt.ItemFlag.ItemIsEnabled)
            state = QTableWidgetItem("Ada" + (f" ({item.note})" if item.note else ""))
            state.setFlags(Qt.ItemFlag.ItemIsEnabled)
            note = QTableWidgetItem(item.verification_note)
            flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsEditable if editable else Qt.ItemFlag.NoItemFlags)
            note.setFlags(flags)
            for column, cell in enumerate((text, state, note)):
                table.setItem(row, column, cell)
        table.resizeRowsToContents()

    def requirement_notes(self) -> dict[str, str]:
        table = self.ui.checklistTable
        notes: dict[str, str] = {}
        for row in range(table.rowCount()):
            requirement, note = table.item(row, 0), table.item(row, 2)
            if requirement is not None and note is not None and note.text().strip():
                notes[requirement.data(Qt.ItemDataRole.UserRole)] = note.text()
        return notes

    def _fill_letters(self) -> None:
        table = self.ui.lettersTable
        table.setRowCount(len(self.letter_rows))
        for row, letter in enumerate(self.letter_rows):
            status = "Dibatalkan" if letter.cancelled else ("Ber-TTE BSrE" if letter.signature == "bsre" else "Terbit")
            for column, value in enumerate((letter.kind.label, letter.number, long_date(letter.issued_on), status)):
                table.setItem(row, column, QTableWidgetItem(value))
        if self.letter_rows:
            table.selectRow(len(self.letter_rows) - 1)
        has_letter = bool(self.letter_rows)
        self.ui.reprintLetterButton.setEnabled(has_letter)
        heads = self.ops.may(OfficeAction.EXCHANGE_BSRE)
        for button in (self.ui.exportBsreButton, self.ui.importBsreButton):
            button.setVisible(heads)
            button.setEnabled(has_letter)
        self.ui.cancelLetterButton.setVisible(self.ops.may(OfficeAction.CANCEL_LETTER))
        self.ui.cancelLetterButton.setEnabled(has_letter)

    def selected_letter(self) -> letters.LetterRecord | None:
        row = self.ui.lettersTable.currentRow()
        return self.letter_rows[row] if 0 <= row < len(self.letter_rows) else None

    def _letter(self, kind: LetterKind) -> letters.LetterRecord | None:
        return next((r for r in reversed(self.letter_rows) if r.kind == kind and not r.cancelled), None)

    def _choose_action(self) -> None:
        ui, d = self.ui, self.detail
        pages = {
            Status.RECEIVED: ui.verifyPage,
            Status.IN_TECHNICAL_REVIEW: ui.reviewPage,
            Status.AWAITING_PAYMENT: ui.paymentPage,
            Status.AWAITING_DECISION: ui.decisionPage,
            Status.APPROVED: ui.issuePage,
            Status.ISSUED: ui.surveyPage,
            Status.SURVEYED: ui.handoverPage,
        }
        if d is None:
            ui.actionStack.setCurrentWidget(ui.emptyPage)
            return
        rejected_unanswered = d.status == Status.REJECTED and self._letter(LetterKind.REJECTION) is None
        page = ui.issuePage if rejected_unanswered else pages.get(d.status, ui.donePage)
        waiting_for = NEXT_ACTION.get(d.status) if page is not ui.donePage else None
        if waiting_for is not None and not self.ops.may(waiting_for):
            # Seen by every officer, acted on only by those whose roles allow it: no form to fill and be refused.
            roles = ", ".join(sorted(role.label for role in PERMISSIONS[waiting_for]))
            ui.doneLabel.setText(
                f"Berkas berstatus '{d.status.label}'. Tindakan berikutnya, '{waiting_for.label}', "
                f"dilakukan oleh {roles}."
            )
            ui.actionStack.setCurrentWidget(ui.donePage)
            return
        if rejected_unanswered:
            ui.issueLabel.setText(f"Permohonan ditolak: {d.decision_reason}. Terbitkan surat penolakan untuk pemohon.")
        elif page is ui.issuePage:
            ui.issueLabel.setText(
                "Permohonan disetujui. Terbitkan surat rekomendasi bernomor, bersegel QR dan "
                "bertanda tangan elektronik."
            )
        if page is ui.paymentPage:
            standard = self.desk.catalog[d.summary.service_code]
            ui.paymentLabel.setText(
                f"Biaya layanan {rupiah(standard.fee_rupiah)} ({standard.fee_text}). Catat nomor bukti setor:"
            )
        if page is ui.verifyPage:
            # The surat pengantar is sealed with the office keys, opened when the signing official signs in.
            sealable = keys.unlocked(self.desk) is not None
            ui.reviewCheck.setEnabled(sealable)
            ui.reviewCheck.setToolTip(
                ""
                if sealable
                else "Surat pengantar belum dapat diterbitkan: kunci tanda tangan kantor terbuka setelah "
                "Pejabat Penandatangan masuk ke Kampar Desk hari ini. Verifikasi tanpa kajian teknis tetap dapat "
                "disimpan."
            )
            ui.reviewCheck.setText(REVIEW_TEXT if sealable else REVIEW_TEXT + " (menunggu Pejabat Penandatangan masuk)")
        if page is ui.reviewPage:
            ui.reviewDateEdit.setDate(QDate(*self.desk.today().timetuple()[:3]))
            ui.reprintCoverButton.setEnabled(self._letter(LetterKind.COVER) is not None)
        if page is ui.donePage:
            ui.doneLabel.setText(f"Berkas berstatus '{d.status.label}': tidak ada tindakan lagi di tahap ini.")
        ui.actionStack.setCurrentWidget(page)

    # -- actions ------------------------------------------------------------------------------------------------------

    def _act(
        self,
        work: Callable[[StaffRecord], Any],
        done: Callable[[Any], object] | None = None,
        triggers: Sequence[QWidget] = (),
        slow: bool = False,
    ) -> Operation | None:
        """One action on the selected file through the operation runner; nothing happens without a selected file."""
        if self.detail is None:
            return None
        return self.ops.run(self, work, done=done, triggers=triggers, slow=slow)

    def verify(self) -> Operation | None:
        d = self.detail
        if d is None:
            return None
        compliant = self.ui.compliantRadio.isChecked()
        needs_review = self.ui.reviewCheck.isChecked() and compliant
        note = self.ui.verifyNoteEdit.toPlainText()
        notes = self.requirement_notes()

        def done(outcome: Verified) -> None:
            self.ui.verifyNoteEdit.clear()
            self.ui.reviewCheck.setChecked(False)
            self.ui.compliantRadio.setChecked(True)
            said = f"Verifikasi berkas {d.number} tersimpan: {outcome.detail.status.label}."
            self.ops.announce(said)
            if outcome.cover_letter is not None:
                cover = outcome.cover_letter
                self.ops.print_paper(self, cover.path, f"{cover.kind.label} {cover.number}", f"berkas {d.number}")

        return self._act(
            lambda officer: process.verify(self.desk, officer, d.summary.id, compliant, note, needs_review, notes),
            done,
            (self.ui.verifyButton,),
            slow=needs_review,
        )

    def record_review(self) -> Operation | None:
        d = self.detail
        if d is None:
            return None
        result, note = self.ui.reviewResultEdit.text(), self.ui.reviewNoteEdit.text()
        day = python_date(self.ui.reviewDateEdit.date())

        def done(detail: ApplicationDetail) -> None:
            self.ui.reviewResultEdit.clear()
            self.ui.reviewNoteEdit.clear()
            self.ops.announce(f"Hasil kajian teknis berkas {d.number} tersimpan: {detail.status.label}.")

        return self._act(
            lambda officer: process.record_technical_review(self.desk, officer, d.summary.id, result, day, note),
            done,
            (self.ui.recordReviewButton,),
        )

    def record_payment(self) -> Operation | None:
        d = self.detail
        if d is None:
            return None
        reference = self.ui.paymentReferenceEdit.text()

        def done(_detail: ApplicationDetail) -> None:
            self.ui.paymentReferenceEdit.clear()
            self.ops.announce(f"Pembayaran berkas {d.number} tercatat.")

        return self._act(
            lambda officer: process.record_payment(self.desk, officer, d.summary.id, reference),
            done,
            (self.ui.recordPaymentButton,),
        )

    def approve(self) -> Operation | None:
        d = self.detail
        if d is None:
            return None
        question = f"Setujui permohonan {d.number} atas nama {d.summary.applicant_name}?"
        if not confirm(self, "Setujui permohonan", question):
            return None
        note = self.ui.decisionNoteEdit.toPlainText()

        def done(_detail: ApplicationDetail) -> None:
            self.ui.decisionNoteEdit.clear()
            self.ops.announce(f"Permohonan {d.number} disetujui; surat rekomendasi siap diterbitkan.")

        return self._act(
            lambda officer: process.approve(self.desk, officer, d.summary.id, note),
            done,
            (self.ui.approveButton, self.ui.rejectButton),
        )

    def reject(self) -> Operation | None:
        d = self.detail
        if d is None:
            return None
        reason = self.ui.decisionNoteEdit.toPlainText()
        question = (
            f"Tolak permohonan {d.number} atas nama {d.summary.applicant_name}?\n\n"
            f"Alasan: {reason.strip() or '(belum diisi)'}"
        )
        if not confirm(self, "Tolak permohonan", question):
            return None

        def done(_detail: ApplicationDetail) -> None:
            self.ui.decisionNoteEdit.clear()
            self.ops.announce(f"Permohonan {d.number} ditolak; terbitkan surat penolakan di tab Penerbitan.")

        return self._act(
            lambda officer: process.reject(self.desk, officer, d.summary.id, reason),
            done,
            (self.ui.approveButton, self.ui.rejectButton),
        )

    def issue(self) -> Operation | None:
        d = self.detail
        if d is None:
            return None

        def done(issued: Issued) -> None:
            letter = issued.letter
            self.ops.print_paper(self, letter.path, f"{letter.kind.label} {letter.number}", f"berkas {d.number}")

        return self._act(
            lambda officer: letters.issue_letter(self.desk, officer, d.summary.id),
            done,
            (self.ui.issueButton,),
            slow=True,
        )

    def decline_survey(self) -> Operation | None:
        d = self.detail
        if d is None:
            return None
        return self._act(
            lambda officer: process.decline_survey(self.desk, officer, d.summary.id),
            lambda _detail: self.ops.announce(f"Pemohon berkas {d.number} tidak mengisi SKM; tercatat."),
            (self.ui.surveyDeclinedButton,),
        )

    def _with_survey_permission(self, open_dialog: Callable[[StaffRecord], object]) -> Operation | None:
        """The survey is the applicant's: the officer's permission is checked before the dialog is turned to them."""
        return self._act(lambda officer: require(self.desk, officer, Action.RECORD_SURVEY), open_dialog)

    def open_kiosk(self) -> SkmKiosk | None:
        """Full screen, turned toward the applicant; returns to this tab when the officer signs it off."""
        self.kiosk: SkmKiosk | None = None
        d = self.detail
        if d is None:
            return None

        def open_dialog(officer: StaffRecord) -> None:
            kiosk = SkmKiosk(self.desk, officer, d, self)
            kiosk.finished.connect(lambda _result: self.ops.desk_changed.emit())
            kiosk.showFullScreen()
            self.kiosk = kiosk

        self._with_survey_permission(open_dialog)
        return self.kiosk

    def open_paper_survey(self) -> SkmPaperDialog | None:
        self.paper_survey: SkmPaperDialog | None = None
        d = self.detail
        if d is None:
            return None

        def open_dialog(officer: StaffRecord) -> None:
            dialog = SkmPaperDialog(self.desk, officer, d, self)
            dialog.accepted.connect(self.ops.desk_changed.emit)
            said = f"SKM berkas {d.number} tercatat; surat siap diserahkan."
            dialog.accepted.connect(lambda: self.ops.announce(said))
            dialog.open()
            self.paper_survey = dialog

        self._with_survey_permission(open_dialog)
        return self.paper_survey

    def hand_over(self) -> Operation | None:
        d = self.detail
        if d is None:
            return None
        received_by = self.ui.receivedByEdit.text()

        def done(detail: ApplicationDetail) -> None:
            self.ui.receivedByEdit.clear()
            self.ops.announce(f"Surat berkas {d.number} diserahkan kepada {detail.handed_over_to}. Berkas selesai.")

        return self._act(
            lambda officer: process.hand_over(self.desk, officer, d.summary.id, received_by),
            done,
            (self.ui.handOverButton,),
        )

    # -- letters ------------------------------------------------------------------------------------------------------

    def _print_letter(self, letter: letters.LetterRecord | None) -> Operation | None:
        if letter is None:
            return None
        about = f"berkas {letter.application_number}"
        return self.ops.reprint(self, letter.path, f"{letter.kind.label} {letter.number}", about)

    def export_for_bsre(self) -> Operation | None:
        letter = self.selected_letter()
        if letter is None:
            return None
        folder = QFileDialog.getExistingDirectory(self, "Simpan surat untuk ditandatangani dengan TTE BSrE")
        if not folder:
            return None
        return self.ops.run(
            self,
            lambda officer: letters.export_for_bsre(self.desk, officer, letter.id, Path(folder)),
            done=lambda path: self.ops.announce(
                f"Surat {letter.number} disimpan untuk TTE BSrE. "
                "Tandatangani dengan aplikasi BSrE, lalu impor kembali.",
                path,
                "Surat untuk TTE",
            ),
            triggers=(self.ui.exportBsreButton,),
            changes=False,
        )

    def import_bsre(self) -> Operation | None:
        letter = self.selected_letter()
        if letter is None:
            return None
        name, _ = QFileDialog.getOpenFileName(self, "Pilih surat yang sudah ber-TTE BSrE", "", "PDF (*.pdf)")
        if not name:
            return None
        return self.ops.run(
            self,
            lambda officer: letters.import_bsre_signed(self.desk, officer, letter.id, Path(name).read_bytes()),
            done=lambda record: self.ops.announce(
                f"Surat {record.number} ber-TTE BSrE tersimpan.", record.path, record.kind.label
            ),
            triggers=(self.ui.importBsreButton,),
            slow=True,
        )

    def cancel_letter(self) -> Operation | None:
        letter = self.selected_letter()
        if letter is None:
            return None
        reason, ok = QInputDialog.getText(self, "Batalkan surat", f"Alasan pembatalan surat {letter.number}:")
        if not ok:
            return None
        return self.ops.run(
            self,
            lambda officer: letters.cancel_letter(self.desk, officer, letter.id, reason),
            done=lambda record: self.ops.announce(f"Surat {record.number} dibatalkan; nomornya tetap di register."),
            triggers=(self.ui.cancelLetterButton,),
        )
