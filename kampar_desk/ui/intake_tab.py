"""Pendaftaran: the counter's main screen. Keyboard-first: Tab or Enter moves on, Ctrl+S saves, Esc clears."""

from __future__ import annotations

import logging
import uuid
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QLineEdit, QTableWidgetItem, QWidget

from kampar_desk.domain.errors import DeskError, StorageError, ValidationError
from kampar_desk.domain.texts import weekday_date
from kampar_desk.domain.workflow import Status
from kampar_desk.services import intake
from kampar_desk.services.applications import find_by_number, get_application
from kampar_desk.services.records import ApplicationDetail, Registered
from kampar_desk.ui.feedback import confirm
from kampar_desk.ui.forms.ui_intake_tab import Ui_IntakeTab
from kampar_desk.ui.operations import OFFLINE_VIEW, Latest, Operation, Operations
from kampar_desk.ui.style import ERROR_COLOR, ERROR_STYLE, GOOD_COLOR, WARNING_STYLE

OK_STYLE = f"color: {GOOD_COLOR};"
PENDING_STYLE = "color: palette(placeholder-text);"
COMPLETE_STYLE = f"color: {GOOD_COLOR}; font-weight: bold; font-size: 11pt;"
INCOMPLETE_STYLE = f"color: {ERROR_COLOR}; font-weight: bold; font-size: 11pt;"

COL_REQUIREMENT, COL_RECEIVED, COL_NOTE = 0, 1, 2

log = logging.getLogger(__name__)


class IntakeTab(QWidget):
    """Registers walk-ins; emits `registered` with the saved file so other tabs can refresh."""

    registered = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.desk = ops, ops.desk
        self.previous_id: uuid.UUID | None = None
        self.field_reads: dict[str, Latest] = {}  # the newest check of each field typed (read on the server)
        self.ui = Ui_IntakeTab()
        self.ui.setupUi(self)
        self._setup_choices()
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
            "warning_override": self.ui.warningOverrideEdit,
        }
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
        self.ui.warningsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.ui.warningsLabel.hide()
        # Shown with the warnings: a file that raises one is saved only with the officer's note on why it may go on.
        self.ui.warningOverrideEdit.hide()

    def _setup_checklist(self) -> None:
        table = self.ui.checklistTable
        # Tab moves on to the next field, arrows between rows, Space ticks: Tab never gets caught in a note cell.
        table.setTabKeyNavigation(False)
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
        ui.nikEdit.editingFinished.connect(lambda: self._check_live("nik", ui.nikEdit, ui.nikHint, force=True))
        ui.kkEdit.textChanged.connect(lambda: self._check_live("kk", ui.kkEdit, ui.kkHint))
        ui.phoneEdit.editingFinished.connect(lambda: self._check_live("phone", ui.phoneEdit, ui.phoneHint, force=True))
        ui.checklistTable.itemChanged.connect(self._update_outcome)
        ui.allReceivedButton.clicked.connect(self.mark_all_received)
        ui.saveButton.clicked.connect(self.save)
        ui.clearButton.clicked.connect(lambda: self.clear(ask=True))
        ui.loadReturnedButton.clicked.connect(self.load_returned_number)
        ui.returnedNumberEdit.returnPressed.connect(self.load_returned_number)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(lambda: self.clear(ask=True))
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
        ui.checklistTable.installEventFilter(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ui.checklistTable.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a field moves to the next one, as on the paper form's order. In the checklist, Space ticks the
        current row from any cell, and focus arriving by keyboard lands on the "Ada" box, not the text."""
        if watched is self.ui.checklistTable:
            return self._checklist_key(event) or super().eventFilter(watched, event)
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in enter:
            if isinstance(watched, QComboBox) and watched.view().isVisible():
                return False
            if isinstance(watched, QWidget):
                self._focus_after(watched)
                return True
        return super().eventFilter(watched, event)

    def _checklist_key(self, event: QEvent) -> bool:
        table = self.ui.checklistTable
        if event.type() == QEvent.Type.FocusIn and table.rowCount():
            table.setCurrentCell(max(table.currentRow(), 0), COL_RECEIVED)
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() == Qt.Key.Key_Space and table.state() != QAbstractItemView.State.EditingState:
            cell = table.item(table.currentRow(), COL_RECEIVED)  # None when no row is current
            if cell is not None:
                checked = cell.checkState() == Qt.CheckState.Checked
                cell.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return True
        return False

    def _focus_after(self, widget: QWidget) -> None:
        """The next widget in the tab order that can take focus (the order is set in the Designer form)."""
        candidate = widget.nextInFocusChain()
        while candidate is not None and candidate is not widget:
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
        # Name first, kind after: typing "air" finds "Air Tiris (Kelurahan)"; a "Desa "/"Kelurahan " prefix would not.
        for village in sorted(self.desk.regions.villages_of(district_code), key=lambda v: v.name):
            combo.addItem(f"{village.name} ({village.kind.capitalize()})", village.code)

    def _show_village(self) -> None:
        village = self.desk.regions.village(self.ui.villageCombo.currentData() or "")
        self.ui.villageHint.setText(f"SKTM ditandatangani oleh {village.sktm_signer}" if village else "")

    def select_location(self, district_code: str, village_code: str) -> None:
        self.ui.districtCombo.setCurrentIndex(max(0, self.ui.districtCombo.findData(district_code)))
        self.ui.villageCombo.setCurrentIndex(max(0, self.ui.villageCombo.findData(village_code)))

    # -- live checks ----------------------------------------------------------------------------------------------

    def _check_live(self, field: str, edit: QLineEdit, hint: QLabel, force: bool = False) -> None:
        """A NIK is checked from its first digit (how many are still missing, then the region and the warnings);
        a KK once it is whole; a phone number when the officer leaves the field."""
        text = edit.text().strip()
        digits = text.replace(" ", "")
        reads = self.field_reads.setdefault(field, Latest())
        if not text or (field == "kk" and len(digits) < 16 and not force):
            reads.drop()
            hint.setText("")
            if field == "nik":
                self._show_warnings(())
            return
        desk, nik = self.desk, self.ui.nikEdit.text().strip()

        def shown(result: intake.FieldCheck) -> None:
            hint.setText(result.message)
            # Grey while the NIK is being typed; red once the officer has left it unfinished.
            hint.setStyleSheet(
                PENDING_STYLE if result.pending and not force else OK_STYLE if result.ok else ERROR_STYLE
            )
            if field == "nik":
                self._show_warnings(result.warnings)
                self._district_from_nik(digits)

        def offline(_error: StorageError) -> None:  # a complete NIK looks for the applicant's open files
            hint.setText(OFFLINE_VIEW)
            hint.setStyleSheet(ERROR_STYLE)

        self.ops.read(
            self, lambda: intake.check_field(desk, field, text, nik=nik), shown, latest=reads, offline=offline
        )

    def _district_from_nik(self, digits: str) -> None:
        """The NIK's first six digits name the kecamatan where the KTP was issued: chosen for the officer while
        the field is still empty, never over a choice already made."""
        combo = self.ui.districtCombo
        district = self.desk.regions.district_of_nik(digits)
        if district is not None and combo.currentIndex() <= 0:
            combo.setCurrentIndex(max(0, combo.findData(district.code)))

    def _show_warnings(self, warnings: tuple[str, ...]) -> None:
        self.ui.warningsLabel.setText("<br>".join(f"⚠ {escape(w)}" for w in warnings))
        self.ui.warningsLabel.setVisible(bool(warnings))
        self.ui.warningOverrideEdit.setVisible(bool(warnings))
        if not warnings:
            self.ui.warningOverrideEdit.clear()

    # -- checklist ------------------------------------------------------------------------------------------------

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """A checklist cell: `_fill_checklist` gives every row all three."""
        cell = self.ui.checklistTable.item(row, column)
        if cell is None:
            raise LookupError(f"checklist row {row} has no column {column}")
        return cell

    def checklist_answers(self) -> tuple[intake.ChecklistAnswer, ...]:
        return tuple(
            intake.ChecklistAnswer(
                self._cell(row, COL_REQUIREMENT).data(Qt.ItemDataRole.UserRole),
                self._cell(row, COL_RECEIVED).checkState() == Qt.CheckState.Checked,
                self._cell(row, COL_NOTE).text(),
            )
            for row in range(self.ui.checklistTable.rowCount())
        )

    def set_received(self, code: str, received: bool, note: str = "") -> None:
        for row in range(self.ui.checklistTable.rowCount()):
            if self._cell(row, COL_REQUIREMENT).data(Qt.ItemDataRole.UserRole) == code:
                self._cell(row, COL_RECEIVED).setCheckState(
                    Qt.CheckState.Checked if received else Qt.CheckState.Unchecked
                )
                self._cell(row, COL_NOTE).setText(note)
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
            warning_override="" if self.ui.warningOverrideEdit.isHidden() else self.ui.warningOverrideEdit.text(),
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

    def prefill_from_returned(self, application_id: uuid.UUID) -> Operation:
        """Re-register a returned file: the applicant's data is copied; the officer ticks what was brought now."""

        def fill(found: tuple[intake.IntakeForm, ApplicationDetail]) -> None:
            self.clear(ask=False)
            self.prefill(*found)
            self.ui.checklistTable.setFocus()

        return self.ops.run(
            self,
            lambda _officer: (
                intake.prefill_from_returned(self.desk, application_id),
                get_application(self.desk, application_id),
            ),
            done=fill,
            changes=False,
        )

    def load_returned_number(self) -> Operation | None:
        number = self.ui.returnedNumberEdit.text().strip()
        if not number:
            return None

        def found(detail: ApplicationDetail) -> None:
            if detail.status != Status.RETURNED:
                self.ui.previousHint.setText(
                    f"Berkas {detail.number} berstatus '{detail.status.label}', bukan dikembalikan."
                )
                self.ui.previousHint.setStyleSheet(ERROR_STYLE)
                return
            self.prefill_from_returned(detail.summary.id)

        def not_found(error: DeskError) -> None:
            self.ui.previousHint.setText(str(error))
            self.ui.previousHint.setStyleSheet(ERROR_STYLE)

        return self.ops.run(
            self,
            lambda _officer: find_by_number(self.desk, number),
            done=found,
            refused=not_found,
            changes=False,
            title="Berkas tidak ditemukan",
        )

    # -- saving ---------------------------------------------------------------------------------------------------

    def save(self) -> Operation | None:
        """Register the file (complete) or return it (incomplete) and print its paper, in one operation."""
        form = self.form()
        missing = [answer for answer in form.checklist if not answer.received]
        if missing and not self._confirm_return(len(missing), len(form.checklist)):
            return None
        return self.ops.run(
            self,
            lambda officer: intake.register_application(self.desk, officer, form),
            done=self._saved,
            refused=self._refused,
            triggers=(self.ui.saveButton,),
            slow=True,
            title="Pendaftaran tidak tersimpan",
        )

    def _confirm_return(self, missing: int, of: int) -> bool:
        """Returning a file prints a slip for the applicant: never by a stray Ctrl+S on a form not yet ticked."""
        if missing == of:
            question = (
                "Belum ada persyaratan yang dicentang 'Ada'. Berkas akan DIKEMBALIKAN kepada pemohon dengan slip "
                "yang menyebut semua persyaratan sebagai kekurangan.\n\nKembalikan berkas ini?"
            )
        else:
            question = f"{missing} dari {of} persyaratan tidak ada. Kembalikan berkas dengan slip kekurangan?"
        return confirm(self, "Kembalikan berkas", question)

    def _refused(self, error: DeskError) -> None:
        """Every field's problem is shown beside it at once; the first one takes the focus."""
        self._check_all_fields()
        if isinstance(error, ValidationError):
            widget = self._fields.get(error.field)
            if widget is not None:
                widget.setFocus()

    def _check_all_fields(self) -> None:
        ui = self.ui
        for field, edit, hint in (
            ("nik", ui.nikEdit, ui.nikHint),
            ("kk", ui.kkEdit, ui.kkHint),
            ("phone", ui.phoneEdit, ui.phoneHint),
        ):
            self._check_live(field, edit, hint, force=True)

    def _saved(self, registered: Registered) -> None:
        # Saved, with its paper archived: the form is cleared first, so it can never be saved twice.
        self.clear(ask=False)
        detail = registered.detail
        self.registered.emit(detail)
        outcome = self.ops.print_paper(self, registered.paper, registered.paper_title, f"berkas {detail.number}")
        printed = (
            outcome.describe() if outcome else "<b>belum tercetak</b>; cetak ulang dari bawah layar atau Pelacakan."
        )
        self._report(detail, registered.paper_title, printed)

    def _report(self, detail: ApplicationDetail, title: str, printed: str) -> None:
        if detail.status == Status.RECEIVED:
            due_on = detail.summary.sla.due_on
            head = (
                f"<b>{detail.number}</b> terdaftar atas nama {detail.summary.applicant_name}. "
                f"Jatuh tempo <b>{weekday_date(due_on) if due_on else '-'}</b>."
            )
        else:
            missing = ", ".join(m.text for m in detail.missing)
            head = f"<b>{detail.number}</b> dikembalikan kepada {detail.summary.applicant_name}. Kurang: {missing}."
        self.ui.lastResultLabel.setText(f"{head}<br>{title}: {printed}")
