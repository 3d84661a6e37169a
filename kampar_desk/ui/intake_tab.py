"""Pendaftaran: the counter's main screen. Keyboard-first: Tab or Enter moves on, Ctrl+S saves, Esc clears."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QMessageBox, QTableWidgetItem, QWidget

from kampar_desk.domain.errors import DeskError, ValidationError
from kampar_desk.domain.texts import weekday_date
from kampar_desk.domain.workflow import Status
from kampar_desk.services import intake, intake_documents
from kampar_desk.services.applications import find_by_number, get_application
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import ApplicationDetail, StaffRecord
from kampar_desk.services.settings import get_settings
from kampar_desk.ui.feedback import confirm, show_refusal
from kampar_desk.ui.forms.ui_intake_tab import Ui_IntakeTab
from kampar_desk.ui.printing import DocumentPrinter, PrintOutcome

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020; font-weight: bold;"
WARNING_STYLE = "color: #8a4b00; background: #fff4e0; padding: 6px; border: 1px solid #e0b060;"
COMPLETE_STYLE = "color: #1b5e20; font-weight: bold; font-size: 11pt;"
INCOMPLETE_STYLE = "color: #b00020; font-weight: bold; font-size: 11pt;"

COL_REQUIREMENT, COL_RECEIVED, COL_NOTE = 0, 1, 2

log = logging.getLogger(__name__)


class IntakeTab(QWidget):
    """Registers walk-ins; emits `registered` with the saved file so other tabs can refresh."""

    registered = Signal(object)

    def __init__(
        self,
        desk: Desk,
        officer: Callable[[], StaffRecord | None],
        printer: DocumentPrinter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.officer, self.printer = desk, officer, printer
        self.previous_id: uuid.UUID | None = None
        self.last_outcome: PrintOutcome | None = None
        self.ui = Ui_IntakeTab()
        self.ui.setupUi(self)
        self._fields = {
            "nik": self.ui.nikEdit,
            "kk": self.ui.kkEdit,
            "name": self.ui.nameEdit,
            "phone": self.ui.phoneEdit,
            "address": self.ui.addressEdit,
            "district": self.ui.districtCombo,
            "village": self.ui.villageCombo,
            "checklist": self.ui.checklistTable,
            "previous": self.ui.returnedNumberEdit,
        }
        self._setup_choices()
        self._setup_checklist()
        self._connect()
        self.clear(ask=False)

    # -- set-up ---------------------------------------------------------------------------------------------------

    def _setup_choices(self) -> None:
        for standard in self.desk.catalog.values():
            self.ui.serviceCombo.addItem(standard.name, standard.code)
        self.ui.districtCombo.addItem("- pilih kecamatan -", "")
        for district in self.desk.regions.districts:
            self.ui.districtCombo.addItem(district.name, district.code)
        self.ui.warningsLabel.setStyleSheet(WARNING_STYLE)
        self.ui.warningsLabel.hide()

    def _setup_checklist(self) -> None:
        table = self.ui.checklistTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Persyaratan", "Diterima", "Keterangan"])
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_REQUIREMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_RECEIVED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(COL_NOTE, 200)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        table.verticalHeader().setMinimumSectionSize(28)

    def _connect(self) -> None:
        ui = self.ui
        ui.serviceCombo.currentIndexChanged.connect(self._fill_checklist)
        ui.districtCombo.currentIndexChanged.connect(self._fill_villages)
        ui.villageCombo.currentIndexChanged.connect(self._show_village)
        ui.nikEdit.textChanged.connect(lambda: self._check_live("nik", ui.nikEdit, ui.nikHint))
        ui.kkEdit.textChanged.connect(lambda: self._check_live("kk", ui.kkEdit, ui.kkHint))
        ui.phoneEdit.editingFinished.connect(lambda: self._check_live("phone", ui.phoneEdit, ui.phoneHint, force=True))
        ui.checklistTable.itemChanged.connect(self._update_outcome)
        ui.allReceivedButton.clicked.connect(self.mark_all_received)
        ui.saveButton.clicked.connect(self.save)
        ui.clearButton.clicked.connect(lambda: self.clear(ask=True))
        ui.loadReturnedButton.clicked.connect(self.load_returned_number)
        ui.returnedNumberEdit.returnPressed.connect(self.load_returned_number)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=lambda: self.clear(ask=True))
        for widget in (
            ui.nikEdit,
            ui.kkEdit,
            ui.nameEdit,
            ui.phoneEdit,
            ui.addressEdit,
            ui.serviceCombo,
            ui.districtCombo,
            ui.villageCombo,
        ):
            widget.installEventFilter(self)

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.ui.checklistTable.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter in a field moves to the next one, as on the paper form's order."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(watched, QComboBox) and watched.view().isVisible():
                return False
            self._focus_after(watched)
            return True
        return super().eventFilter(watched, event)

    def _focus_after(self, widget: QWidget) -> None:
        """The next widget in the tab order that can take focus (the order is set in the Designer form)."""
        candidate = widget.nextInFocusChain()
        while candidate is not widget:
            focusable = candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            if focusable and candidate.isEnabled() and candidate.isVisible() and self.isAncestorOf(candidate):
                candidate.setFocus(Qt.FocusReason.TabFocusReason)
                return
            candidate = candidate.nextInFocusChain()

    # -- choices --------------------------------------------------------------------------------------------------

    def service_code(self) -> str:
        return self.ui.serviceCombo.currentData()

    def _fill_checklist(self) -> None:
        table = self.ui.checklistTable
        table.blockSignals(True)
        standard = self.desk.catalog[self.service_code()]
        table.setRowCount(len(standard.requirements))
        for row, requirement in enumerate(standard.requirements):
            text = QTableWidgetItem(f"{row + 1}. {requirement.text}")
            text.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            text.setData(Qt.ItemDataRole.UserRole, requirement.code)
            received = QTableWidgetItem("Ada")
            received.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            received.setCheckState(Qt.CheckState.Unchecked)
            table.setItem(row, COL_REQUIREMENT, text)
            table.setItem(row, COL_RECEIVED, received)
            table.setItem(row, COL_NOTE, QTableWidgetItem(""))
        table.resizeRowsToContents()
        table.blockSignals(False)
        self._update_outcome()

    def _fill_villages(self) -> None:
        combo = self.ui.villageCombo
        combo.clear()
        district_code = self.ui.districtCombo.currentData()
        if not district_code:
            combo.addItem("- pilih kecamatan dahulu -", "")
            return
        combo.addItem("- pilih desa/kelurahan -", "")
        for village in self.desk.regions.villages_of(district_code):
            combo.addItem(village.label, village.code)

    def _show_village(self) -> None:
        village = self.desk.regions.village(self.ui.villageCombo.currentData() or "")
        self.ui.villageHint.setText(f"SKTM ditandatangani oleh {village.sktm_signer}" if village else "")

    def select_location(self, district_code: str, village_code: str) -> None:
        self.ui.districtCombo.setCurrentIndex(max(0, self.ui.districtCombo.findData(district_code)))
        self.ui.villageCombo.setCurrentIndex(max(0, self.ui.villageCombo.findData(village_code)))

    # -- live checks ----------------------------------------------------------------------------------------------

    def _check_live(self, field: str, edit: QLineEdit, hint, force: bool = False) -> None:  # noqa: ANN001
        text = edit.text().strip()
        digits = text.replace(" ", "")
        if not text or (field in ("nik", "kk") and len(digits) < 16 and not force):
            hint.setText("")
            if field == "nik":
                self._show_warnings(())
            return
        result = intake.check_field(self.desk, field, text, nik=self.ui.nikEdit.text().strip())
        hint.setText(result.message)
        hint.setStyleSheet(OK_STYLE if result.ok else ERROR_STYLE)
        if field == "nik":
            self._show_warnings(result.warnings)

    def _show_warnings(self, warnings: tuple[str, ...]) -> None:
        self.ui.warningsLabel.setText("<br>".join(f"&#9888; {w}" for w in warnings))
        self.ui.warningsLabel.setVisible(bool(warnings))

    # -- checklist ------------------------------------------------------------------------------------------------

    def checklist_answers(self) -> tuple[intake.ChecklistAnswer, ...]:
        table = self.ui.checklistTable
        return tuple(
            intake.ChecklistAnswer(
                table.item(row, COL_REQUIREMENT).data(Qt.ItemDataRole.UserRole),
                table.item(row, COL_RECEIVED).checkState() == Qt.CheckState.Checked,
                table.item(row, COL_NOTE).text(),
            )
            for row in range(table.rowCount())
        )

    def set_received(self, code: str, received: bool, note: str = "") -> None:
        table = self.ui.checklistTable
        for row in range(table.rowCount()):
            if table.item(row, COL_REQUIREMENT).data(Qt.ItemDataRole.UserRole) == code:
                table.item(row, COL_RECEIVED).setCheckState(
                    Qt.CheckState.Checked if received else Qt.CheckState.Unchecked
                )
                table.item(row, COL_NOTE).setText(note)
                return
        raise KeyError(code)

    def mark_all_received(self) -> None:
        for answer in self.checklist_answers():
            self.set_received(answer.code, True, answer.note)

    def _update_outcome(self) -> None:
        answers = self.checklist_answers()
        missing = [a for a in answers if not a.received]
        if not missing:
            self.ui.outcomeLabel.setText(
                "Lengkap: berkas didaftarkan, jangka waktu mulai berjalan, tanda terima dicetak."
            )
            self.ui.outcomeLabel.setStyleSheet(COMPLETE_STYLE)
        else:
            self.ui.outcomeLabel.setText(
                f"Belum lengkap: {len(missing)} dari {len(answers)} persyaratan tidak ada. "
                "Berkas dikembalikan dengan slip yang menyebut kekurangannya."
            )
            self.ui.outcomeLabel.setStyleSheet(INCOMPLETE_STYLE)

    # -- the form as a whole ----------------------------------------------------------------------------------------

    def form(self) -> intake.IntakeForm:
        ui = self.ui
        return intake.IntakeForm(
            service_code=self.service_code(),
            nik=ui.nikEdit.text(),
            kk=ui.kkEdit.text(),
            name=ui.nameEdit.text(),
            phone=ui.phoneEdit.text(),
            address=ui.addressEdit.text(),
            district_code=ui.districtCombo.currentData() or "",
            village_code=ui.villageCombo.currentData() or "",
            checklist=self.checklist_answers(),
            previous_id=self.previous_id,
        )

    def has_input(self) -> bool:
        ui = self.ui
        typed = (ui.nikEdit, ui.kkEdit, ui.nameEdit, ui.phoneEdit, ui.addressEdit)
        return any(edit.text().strip() for edit in typed) or any(a.received for a in self.checklist_answers())

    def clear(self, ask: bool = True) -> None:
        if ask and self.has_input() and not confirm(self, "Kosongkan formulir", "Kosongkan semua isian formulir ini?"):
            return
        ui = self.ui
        for edit in (ui.nikEdit, ui.kkEdit, ui.nameEdit, ui.phoneEdit, ui.addressEdit, ui.returnedNumberEdit):
            edit.clear()
        for hint in (ui.nikHint, ui.kkHint, ui.phoneHint, ui.previousHint):
            hint.setText("")
        ui.districtCombo.setCurrentIndex(0)
        self._fill_villages()
        self._fill_checklist()
        self._show_warnings(())
        self.previous_id = None
        ui.nikEdit.setFocus()

    def prefill(self, form: intake.IntakeForm, previous: ApplicationDetail) -> None:
        ui = self.ui
        ui.serviceCombo.setCurrentIndex(max(0, ui.serviceCombo.findData(form.service_code)))
        ui.nikEdit.setText(form.nik)
        ui.kkEdit.setText(form.kk)
        ui.nameEdit.setText(form.name)
        ui.phoneEdit.setText(form.phone)
        ui.addressEdit.setText(form.address)
        self.select_location(form.district_code, form.village_code)
        for answer in form.checklist:
            self.set_received(answer.code, answer.received, "" if not answer.received else answer.note)
        self.previous_id = form.previous_id
        missing = ", ".join(m.text for m in previous.missing)
        ui.previousHint.setText(f"Melengkapi berkas {previous.number}. Sebelumnya kurang: {missing}.")
        ui.previousHint.setStyleSheet(OK_STYLE)
        self._check_live("phone", ui.phoneEdit, ui.phoneHint, force=True)

    def prefill_from_returned(self, application_id: uuid.UUID) -> None:
        """Re-register a returned file: the applicant's data is copied; the officer ticks what was brought now."""
        try:
            form = intake.prefill_from_returned(self.desk, application_id)
            previous = get_application(self.desk, application_id)
        except DeskError as error:
            show_refusal(self, error)
            return
        self.clear(ask=False)
        self.prefill(form, previous)
        self.ui.checklistTable.setFocus()

    def load_returned_number(self) -> None:
        number = self.ui.returnedNumberEdit.text().strip()
        if not number:
            return
        try:
            detail = find_by_number(self.desk, number)
        except DeskError as error:
            self.ui.previousHint.setText(str(error))
            self.ui.previousHint.setStyleSheet(ERROR_STYLE)
            return
        if detail.status != Status.RETURNED:
            self.ui.previousHint.setText(
                f"Berkas {detail.number} berstatus '{detail.status.label}', bukan dikembalikan."
            )
            self.ui.previousHint.setStyleSheet(ERROR_STYLE)
            return
        self.prefill_from_returned(detail.summary.id)

    # -- saving ---------------------------------------------------------------------------------------------------

    def save(self) -> ApplicationDetail | None:
        officer = self.officer()
        if officer is None:
            return None
        try:
            detail = intake.register_application(self.desk, officer, self.form())
        except ValidationError as error:
            widget = self._fields.get(error.field)
            if widget is not None:
                widget.setFocus()
            show_refusal(self, error, "Periksa isian")
            return None
        except DeskError as error:  # no permission, a storage fault (disk full, locked): nothing was saved
            show_refusal(self, error, "Pendaftaran tidak tersimpan")
            return None
        # Saved, with its paper archived: from here on the form is cleared whatever happens, so it is never saved twice.
        self.clear(ask=False)
        self.last_outcome = None
        try:
            document = intake_documents.intake_document(self.desk, detail.summary.id)
            settings = get_settings(self.desk)
            self.last_outcome = self.printer.print_pdf(
                document.path, settings.printer_name, settings.print_preview, self
            )
        except Exception as error:  # noqa: BLE001 - the file is saved; a printing fault must not hide that
            self._printing_failed(detail, error)
        else:
            self._report(detail, document.title)
        self.registered.emit(detail)
        return detail

    def _printing_failed(self, detail: ApplicationDetail, error: Exception) -> None:
        log.error("Printing the intake paper of %s failed", detail.number, exc_info=error)
        title = "Slip pengembalian" if detail.status == Status.RETURNED else "Tanda terima"
        self._report(detail, title, "<b>belum tercetak</b>; cetak ulang dari tab Pelacakan.")
        reason = str(error) if isinstance(error, DeskError) else f"{type(error).__name__}: {error}"
        QMessageBox.warning(
            self,
            "Tersimpan, belum tercetak",
            f"Berkas {detail.number} sudah tersimpan dan formulir sudah dikosongkan: jangan didaftarkan lagi.\n\n"
            f"{title} tidak dapat dicetak ({reason}).\n\n"
            "Cetak ulang dari tab Pelacakan (cari nomor berkasnya) setelah printer siap.",
        )

    def _report(self, detail: ApplicationDetail, title: str, printed: str | None = None) -> None:
        if detail.status == Status.RECEIVED:
            head = (
                f"<b>{detail.number}</b> terdaftar atas nama {detail.summary.applicant_name}. "
                f"Jatuh tempo <b>{weekday_date(detail.summary.sla.due_on)}</b>."
            )
        else:
            missing = ", ".join(m.text for m in detail.missing)
            head = f"<b>{detail.number}</b> dikembalikan kepada {detail.summary.applicant_name}. Kurang: {missing}."
        if printed is None:
            printed = self.last_outcome.describe() if self.last_outcome else ""
        self.ui.lastResultLabel.setText(f"{head}<br>{title}: {printed}")
