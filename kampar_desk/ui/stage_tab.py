"""Verifikasi, Pemeriksaan and Penerbitan: a stage's queue, the selected file, and the one action its status allows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QTableWidgetItem, QWidget

from kampar_desk.domain.errors import DeskError
from kampar_desk.domain.letters import LetterKind
from kampar_desk.domain.texts import long_date, rupiah
from kampar_desk.domain.workflow import Action, Status
from kampar_desk.services import letters, process
from kampar_desk.services.applications import get_application
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import ApplicationDetail, ApplicationSummary, StaffRecord
from kampar_desk.services.settings import get_settings
from kampar_desk.ui.feedback import show_info, show_refusal
from kampar_desk.ui.forms.ui_stage_tab import Ui_StageTab
from kampar_desk.ui.item_models.application_table_model import ApplicationTableModel
from kampar_desk.ui.printing import DocumentPrinter
from kampar_desk.ui.skm import SkmKiosk, SkmPaperDialog

Source = Callable[[], list[ApplicationSummary]]


class StageTab(QWidget):
    """Emits `changed` after any action so the other stages refresh."""

    changed = Signal()

    def __init__(
        self,
        desk: Desk,
        officer: Callable[[], StaffRecord | None],
        printer: DocumentPrinter,
        title: str,
        source: Source,
        note: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.officer, self.printer, self.title, self.source = desk, officer, printer, title, source
        self.detail: ApplicationDetail | None = None
        self.letter_rows: list[letters.LetterRecord] = []
        self.ui = Ui_StageTab()
        self.ui.setupUi(self)
        self.ui.noteLabel.setText(note)
        self.model = ApplicationTableModel()
        self.ui.queueView.setModel(self.model)
        header = self.ui.queueView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ApplicationTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for hidden in (ApplicationTableModel.COL_REGISTERED,):
            self.ui.queueView.setColumnHidden(hidden, True)
        self.ui.splitter.setSizes([620, 540])
        self.ui.checklistTable.setColumnCount(3)
        self.ui.checklistTable.setHorizontalHeaderLabels(["Persyaratan", "Di loket", "Catatan verifikasi"])
        self.ui.checklistTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.lettersTable.setColumnCount(4)
        self.ui.lettersTable.setHorizontalHeaderLabels(["Jenis", "Nomor", "Tanggal", "Status"])
        self.ui.lettersTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._connect()
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

    def refresh(self) -> None:
        current = self.detail.summary.id if self.detail else None
        rows = tuple(self.source())
        self.model.set_source(lambda offset, limit: (rows[offset : offset + limit], offset + limit < len(rows)))
        overdue = sum(1 for r in rows if r.sla.overdue)
        late = f", <span style='color:#b00020'><b>{overdue} terlambat</b></span>" if overdue else ""
        self.ui.titleLabel.setText(f"<b>{self.title}</b>: {len(rows)} berkas{late}")
        index = next((i for i, r in enumerate(rows) if r.id == current), 0 if rows else -1)
        if index >= 0:
            self.ui.queueView.selectRow(index)
            self.show_file(rows[index].id)
        else:
            self.show_file(None)

    def select_number(self, number: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.summary(row).number == number:
                self.ui.queueView.selectRow(row)
                return
        raise KeyError(number)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_file(self.model.summary(current.row()).id)

    # -- the selected file --------------------------------------------------------------------------------------------

    def show_file(self, application_id) -> None:  # noqa: ANN001
        self.detail = get_application(self.desk, application_id) if application_id else None
        self.letter_rows = letters.letters_of(self.desk, application_id) if application_id else []
        self._fill_detail()
        self._fill_checklist()
        self._fill_letters()
        self._choose_action()

    def _fill_detail(self) -> None:
        d = self.detail
        if d is None:
            self.ui.detailLabel.setText("Pilih berkas di antrian.")
            return
        color = "#b00020" if d.summary.sla.overdue else "#1b5e20"
        lines = [
            f"<b>{d.number}</b> - {d.summary.applicant_name} (NIK {d.summary.applicant_nik})",
            f"{d.service_name}",
            f"Status: <b>{d.status.label}</b>; waktu layanan: "
            f"<span style='color:{color}'>{d.summary.sla.describe()}</span>",
        ]
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
        return {
            table.item(row, 0).data(Qt.ItemDataRole.UserRole): table.item(row, 2).text()
            for row in range(table.rowCount())
            if table.item(row, 2).text().strip()
        }

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
        for button in (
            self.ui.reprintLetterButton,
            self.ui.exportBsreButton,
            self.ui.importBsreButton,
            self.ui.cancelLetterButton,
        ):
            button.setEnabled(has_letter)

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
        if d.status == Status.REJECTED and self._letter(LetterKind.REJECTION) is None:
            ui.issueLabel.setText(f"Permohonan ditolak: {d.decision_reason}. Terbitkan surat penolakan untuk pemohon.")
            ui.actionStack.setCurrentWidget(ui.issuePage)
            return
        page = pages.get(d.status, ui.donePage)
        if page is ui.issuePage:
            ui.issueLabel.setText(
                "Permohonan disetujui. Terbitkan surat rekomendasi bernomor, bersegel QR dan "
                "bertanda tangan elektronik."
            )
        if page is ui.paymentPage:
            standard = self.desk.catalog[d.summary.service_code]
            ui.paymentLabel.setText(
                f"Biaya layanan {rupiah(standard.fee_rupiah)} ({standard.fee_text}). Catat nomor bukti setor:"
            )
        if page is ui.reviewPage:
            ui.reviewDateEdit.setDate(QDate(*self.desk.today().timetuple()[:3]))
            ui.reprintCoverButton.setEnabled(self._letter(LetterKind.COVER) is not None)
        if page is ui.donePage:
            ui.doneLabel.setText(f"Berkas berstatus '{d.status.label}': tidak ada tindakan lagi di tahap ini.")
        ui.actionStack.setCurrentWidget(page)

    # -- actions ------------------------------------------------------------------------------------------------------

    def _run(self, action: Callable[[StaffRecord], object], done: str = "") -> bool:
        officer = self.officer()
        if officer is None or self.detail is None:
            return False
        try:
            action(officer)
        except DeskError as error:
            show_refusal(self, error)
            return False
        if done:
            self.parent_status(done)
        self.changed.emit()
        self.refresh()
        return True

    def parent_status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 10_000)

    def verify(self) -> None:
        d = self.detail
        compliant = self.ui.compliantRadio.isChecked()
        needs_review = self.ui.reviewCheck.isChecked() and compliant
        note = self.ui.verifyNoteEdit.toPlainText()
        notes = self.requirement_notes()
        app_id = d.summary.id if d else None

        def act(officer: StaffRecord) -> None:
            process.verify(self.desk, officer, app_id, compliant, note, needs_review, notes)
            if needs_review:
                cover = letters.issue_cover_letter(self.desk, officer, app_id)
                self._print_letter(cover, quiet=True)

        if self._run(act, f"Verifikasi {d.number if d else ''} tersimpan."):
            self.ui.verifyNoteEdit.clear()
            self.ui.reviewCheck.setChecked(False)
            self.ui.compliantRadio.setChecked(True)

    def record_review(self) -> None:
        app_id = self.detail.summary.id if self.detail else None
        result, note = self.ui.reviewResultEdit.text(), self.ui.reviewNoteEdit.text()
        day = self.ui.reviewDateEdit.date().toPython()
        if self._run(
            lambda o: process.record_technical_review(self.desk, o, app_id, result, day, note),
            "Hasil kajian tersimpan.",
        ):
            self.ui.reviewResultEdit.clear()
            self.ui.reviewNoteEdit.clear()

    def record_payment(self) -> None:
        app_id = self.detail.summary.id if self.detail else None
        reference = self.ui.paymentReferenceEdit.text()
        if self._run(lambda o: process.record_payment(self.desk, o, app_id, reference), "Pembayaran tercatat."):
            self.ui.paymentReferenceEdit.clear()

    def approve(self) -> None:
        app_id = self.detail.summary.id if self.detail else None
        note = self.ui.decisionNoteEdit.toPlainText()
        if self._run(lambda o: process.approve(self.desk, o, app_id, note), "Permohonan disetujui."):
            self.ui.decisionNoteEdit.clear()

    def reject(self) -> None:
        app_id = self.detail.summary.id if self.detail else None
        reason = self.ui.decisionNoteEdit.toPlainText()
        if self._run(lambda o: process.reject(self.desk, o, app_id, reason), "Permohonan ditolak."):
            self.ui.decisionNoteEdit.clear()

    def issue(self) -> None:
        d = self.detail
        if d is None:
            return
        issue = letters.issue_rejection if d.status == Status.REJECTED else letters.issue_recommendation
        issued: list[letters.LetterRecord] = []
        if self._run(lambda o: issued.append(issue(self.desk, o, d.summary.id))):
            self._print_letter(issued[0])

    def decline_survey(self) -> None:
        app_id = self.detail.summary.id if self.detail else None
        self._run(lambda o: process.decline_survey(self.desk, o, app_id), "Pemohon menolak mengisi SKM; tercatat.")

    def _survey_dialog_allowed(self) -> StaffRecord | None:
        officer = self.officer()
        if officer is None or self.detail is None:
            return None
        try:
            officer = require(self.desk, officer, Action.RECORD_SURVEY)
        except DeskError as error:
            show_refusal(self, error)
            return None
        return officer

    def open_kiosk(self) -> SkmKiosk | None:
        """Full screen, turned toward the applicant; returns to this tab when the officer signs it off."""
        officer = self._survey_dialog_allowed()
        if officer is None:
            return None
        kiosk = SkmKiosk(self.desk, officer, self.detail, self)
        kiosk.finished.connect(lambda _result: (self.changed.emit(), self.refresh()))
        kiosk.showFullScreen()
        self.kiosk = kiosk
        return kiosk

    def open_paper_survey(self) -> SkmPaperDialog | None:
        officer = self._survey_dialog_allowed()
        if officer is None:
            return None
        dialog = SkmPaperDialog(self.desk, officer, self.detail, self)
        dialog.accepted.connect(lambda: (self.changed.emit(), self.refresh()))
        dialog.open()
        return dialog

    def hand_over(self) -> None:
        app_id = self.detail.summary.id if self.detail else None
        received_by = self.ui.receivedByEdit.text()
        if self._run(lambda o: process.hand_over(self.desk, o, app_id, received_by), "Surat diserahkan."):
            self.ui.receivedByEdit.clear()

    # -- letters ------------------------------------------------------------------------------------------------------

    def _print_letter(self, letter: letters.LetterRecord | None, quiet: bool = False) -> None:
        if letter is None:
            return
        settings = get_settings(self.desk)
        outcome = self.printer.print_pdf(letter.path, settings.printer_name, settings.print_preview, self)
        message = f"{letter.kind.label} {letter.number}: {outcome.describe()}"
        if quiet:
            self.parent_status(message)
        else:
            show_info(self, letter.kind.label, message)

    def export_for_bsre(self) -> None:
        letter = self.selected_letter()
        if letter is None:
            return
        folder = QFileDialog.getExistingDirectory(self, "Simpan surat untuk ditandatangani dengan TTE BSrE")
        if folder:
            path = letters.export_for_bsre(self.desk, letter.id, Path(folder))
            show_info(
                self,
                "Ekspor untuk TTE",
                f"Surat disimpan di {path}. Tandatangani dengan aplikasi BSrE, lalu impor kembali.",
            )

    def import_bsre(self) -> None:
        letter = self.selected_letter()
        if letter is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, "Pilih surat yang sudah ber-TTE BSrE", "", "PDF (*.pdf)")
        if name:
            data = Path(name).read_bytes()
            self._run(
                lambda o: letters.import_bsre_signed(self.desk, o, letter.id, data), "Surat ber-TTE BSrE tersimpan."
            )

    def cancel_letter(self) -> None:
        letter = self.selected_letter()
        if letter is None:
            return
        reason, ok = QInputDialog.getText(self, "Batalkan surat", f"Alasan pembatalan surat {letter.number}:")
        if ok:
            self._run(
                lambda o: letters.cancel_letter(self.desk, o, letter.id, reason), f"Surat {letter.number} dibatalkan."
            )
