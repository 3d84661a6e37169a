"""Pengaturan (Administrator): office and letterhead, signing official, printer, idle lock, calendar, staff accounts,
backups (to a USB stick or any folder) and restoring one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from kampar_desk.domain.errors import DeskError, ValidationError
from kampar_desk.domain.letters import LetterKind, check_number_template, format_letter_number
from kampar_desk.domain.paper import PaperLayout
from kampar_desk.domain.roles import Role
from kampar_desk.services import backup, calendar_admin, keys, letters, office, settings, staff
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import StaffRecord
from kampar_desk.ui.drives import removable_drives
from kampar_desk.ui.feedback import attempt, confirm, show_info, show_refusal, show_unexpected
from kampar_desk.ui.forms.ui_settings_tab import Ui_SettingsTab
from kampar_desk.ui.forms.ui_staff_dialog import Ui_StaffDialog
from kampar_desk.ui.jobs import Job, Work
from kampar_desk.ui.printing import available_printers, default_printer
from kampar_desk.ui.restoring import backup_kind, megabytes, restore_question

DEFAULT_PRINTER = ""
OTHER_FOLDER = ""  # the backup target that asks for a folder
ROLE_BOXES = {
    Role.FRONT_OFFICE: "frontOfficeCheck",
    Role.VERIFIER: "verifierCheck",
    Role.SIGNING_OFFICIAL: "signingOfficialCheck",
    Role.HANDOVER_OFFICER: "handoverOfficerCheck",
    Role.ADMIN: "adminCheck",
}
OFFICE_EDITS = {
    "code": "codeEdit",
    "government": "governmentEdit",
    "name": "officeNameEdit",
    "short_name": "shortNameEdit",
    "address": "addressEdit",
    "phone": "phoneEdit",
    "email": "emailEdit",
    "website": "websiteEdit",
    "city": "cityEdit",
    "head_title": "headTitleEdit",
    "head_name": "headNameEdit",
    "head_rank": "headRankEdit",
    "head_nip": "headNipEdit",
}


class StaffDialog(QDialog):
    """Create an account (username and password asked) or change an existing one's roles and status."""

    def __init__(self, desk: Desk, admin: StaffRecord, existing: StaffRecord | None = None, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.desk, self.admin, self.existing = desk, admin, existing
        self.result_record: StaffRecord | None = None
        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("Simpan")
        if existing is not None:
            self.setWindowTitle(f"Ubah akun {existing.username}")
            self.ui.usernameEdit.setText(existing.username)
            self.ui.usernameEdit.setEnabled(False)
            self.ui.fullNameEdit.setText(existing.full_name)
            self.ui.nipEdit.setText(existing.nip)
            self.ui.nipEdit.setEnabled(False)
            self.ui.passwordEdit.hide()
            self.ui.passwordLabel.hide()
            self.ui.activeCheck.setChecked(existing.active)
            for role, box in ROLE_BOXES.items():
                getattr(self.ui, box).setChecked(role in existing.roles)
        else:
            self.setWindowTitle("Tambah petugas")

    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in ROLE_BOXES.items() if getattr(self.ui, box).isChecked())

    def save(self) -> None:
        try:
            if self.existing is None:
                self.result_record = staff.create_staff(
                    self.desk,
                    self.admin,
                    self.ui.usernameEdit.text(),
                    self.ui.fullNameEdit.text(),
                    self.ui.passwordEdit.text(),
                    self.roles(),
                    self.ui.nipEdit.text(),
                )
                if not self.ui.activeCheck.isChecked():
                    self.result_record = staff.update_staff(
                        self.desk, self.admin, self.result_record.username, self.roles(), active=False
                    )
            else:
                self.result_record = staff.update_staff(
                    self.desk,
                    self.admin,
                    self.existing.username,
                    self.roles(),
                    self.ui.activeCheck.isChecked(),
                    self.ui.fullNameEdit.text(),
                )
        except DeskError as error:
            self.ui.errorLabel.setText(str(error))
            return
        self.accept()


class SettingsTab(QWidget):
    settings_changed = Signal()
    #: the admin confirmed restoring this verified backup (a `backup.CheckedBackup`); the app closes the desk
    restore_requested = Signal(object)

    def __init__(self, desk: Desk, officer: Callable[[], StaffRecord | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.officer = desk, officer
        self.ui = Ui_SettingsTab()
        self.ui.setupUi(self)
        self.staff_rows: list[StaffRecord] = []
        for layout in PaperLayout:
            self.ui.layoutCombo.addItem(layout.label, layout.value)
        self.ui.daysTable.setColumnCount(3)
        self.ui.daysTable.setHorizontalHeaderLabels(["Tanggal", "Sumber", "Keterangan"])
        self.ui.daysTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.staffTable.setColumnCount(4)
        self.ui.staffTable.setHorizontalHeaderLabels(["Nama pengguna", "Nama lengkap", "Peran", "Status"])
        self.ui.staffTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.yearSpin.setValue(desk.today().year)
        self.ui.dayEdit.setDate(QDate(desk.today().year, desk.today().month, desk.today().day))
        self.ui.saveOfficeButton.clicked.connect(self.save_office)
        self.ui.savePrintingButton.clicked.connect(self.save_printing)
        self.ui.yearSpin.valueChanged.connect(self.load_days)
        self.ui.addDayButton.clicked.connect(self.add_local_holiday)
        self.ui.cancelHolidayButton.clicked.connect(self.cancel_holiday)
        self.ui.removeLocalButton.clicked.connect(self.remove_local_change)
        self.ui.addStaffButton.clicked.connect(lambda: self.open_staff_dialog(None))
        self.ui.editStaffButton.clicked.connect(lambda: self.open_staff_dialog(self.selected_staff()))
        self.ui.resetPasswordButton.clicked.connect(self.reset_password)
        self.unlock_staff_button = QPushButton("Buka kunci akun", self)
        self.ui.staffActions.insertWidget(
            self.ui.staffActions.indexOf(self.ui.resetPasswordButton) + 1, self.unlock_staff_button
        )
        self.unlock_staff_button.clicked.connect(self.unlock_staff)
        self.ui.saveNumberTemplateButton.clicked.connect(self.save_number_template)
        self.ui.numberTemplateEdit.textChanged.connect(self.show_number_example)
        self.ui.importP12Button.clicked.connect(self.choose_p12)
        self.ui.chooseLogoButton.clicked.connect(self.choose_logo)
        self.ui.removeLogoButton.clicked.connect(self.remove_logo)
        self.job: Job | None = None
        self.ui.backupsTable.setColumnCount(4)
        self.ui.backupsTable.setHorizontalHeaderLabels(["Tanggal", "Jenis", "Ukuran", "Berkas"])
        self.ui.backupsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.refreshBackupDrivesButton.clicked.connect(self.refresh_backup_targets)
        self.ui.backupNowButton.clicked.connect(self.backup_now)
        self.ui.restoreButton.clicked.connect(self.choose_restore_file)
        self.ui.sections.currentChanged.connect(self._section_shown)
        self.ui.backupProgress.hide()  # shown from the first backup or check on

    def refresh(self) -> None:
        self.load_office()
        self.load_printing()
        self.load_letters()
        self.load_days()
        self.load_staff()
        self.load_backups()

    def _section_shown(self, index: int) -> None:
        if self.ui.sections.widget(index) is self.ui.backupPage:
            self.load_backups()

    def _admin(self) -> StaffRecord:
        officer = self.officer()
        assert officer is not None
        return officer

    # -- office -----------------------------------------------------------------------------------------------------

    def load_office(self) -> None:
        for field, value in office.office_fields(self.desk.office()).items():
            getattr(self.ui, OFFICE_EDITS[field]).setText(value)
        logo = self.desk.office().logo_png
        if logo:
            pixmap = QPixmap()
            pixmap.loadFromData(logo)
            self.ui.logoPreview.setPixmap(
                pixmap.scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.ui.logoPreview.setText("(tanpa logo)")
        self.ui.removeLogoButton.setEnabled(bool(logo))

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Pilih logo kop surat", "", "Gambar (*.png *.jpg *.jpeg)")
        if name:
            self.set_logo(Path(name))

    def set_logo(self, path: Path) -> None:
        data = path.read_bytes()
        if attempt(self, lambda: office.set_logo(self.desk, self._admin(), data)):
            self.load_office()
            self.settings_changed.emit()

    def remove_logo(self) -> None:
        if attempt(self, lambda: office.remove_logo(self.desk, self._admin())):
            self.load_office()
            self.settings_changed.emit()

    def save_office(self) -> None:
        values = {field: getattr(self.ui, edit).text() for field, edit in OFFICE_EDITS.items()}
        try:
            office.update_office_profile(self.desk, self._admin(), **values)
        except ValidationError as error:
            edit = getattr(self.ui, OFFICE_EDITS.get(error.field, "codeEdit"))
            edit.setFocus()
            show_refusal(self, error, "Periksa isian")
            return
        except DeskError as error:
            show_refusal(self, error)
            return
        self.settings_changed.emit()
        show_info(self, "Profil kantor", "Profil kantor dan pejabat penandatangan disimpan.")

    # -- printing and lock ------------------------------------------------------------------------------------------

    def load_printing(self) -> None:
        current = settings.get_settings(self.desk)
        combo = self.ui.printerCombo
        combo.clear()
        default = default_printer()
        combo.addItem(f"Printer bawaan Windows ({default})" if default else "Printer bawaan Windows", DEFAULT_PRINTER)
        for name in available_printers():
            combo.addItem(name, name)
        if current.printer_name and combo.findData(current.printer_name) < 0:
            combo.addItem(f"{current.printer_name} (tidak terpasang)", current.printer_name)
        combo.setCurrentIndex(max(0, combo.findData(current.printer_name)))
        self.ui.layoutCombo.setCurrentIndex(max(0, self.ui.layoutCombo.findData(current.receipt_layout.value)))
        self.ui.previewCheck.setChecked(current.print_preview)
        self.ui.idleSpin.setValue(current.idle_lock_minutes)
        self.ui.complaintDaysSpin.setValue(current.complaint_response_days)
        self.ui.printerNote.setText(
            "" if available_printers() else "Belum ada printer terpasang di komputer ini: dokumen disimpan sebagai PDF."
        )

    def save_printing(self) -> None:
        saved = attempt(
            self,
            lambda: settings.update_settings(
                self.desk,
                self._admin(),
                printer_name=self.ui.printerCombo.currentData(),
                receipt_layout=self.ui.layoutCombo.currentData(),
                print_preview=self.ui.previewCheck.isChecked(),
                idle_lock_minutes=self.ui.idleSpin.value(),
                complaint_response_days=self.ui.complaintDaysSpin.value(),
            ),
        )
        if saved:
            self.settings_changed.emit()
            show_info(self, "Pengaturan", "Pengaturan printer dan kunci otomatis disimpan.")

    # -- letters and signing -------------------------------------------------------------------------------------------

    def load_letters(self) -> None:
        self.ui.numberTemplateEdit.setText(letters.number_template())
        ca = self.desk.paths.keys_dir / keys.LOCAL_CA
        seal = keys.current_key(self.desk)
        seal_text = (
            f"Kunci segel <b>{seal[0]}</b>, sidik jari <b>{seal[1]}</b> (umumkan agar dapat dicocokkan)."
            if seal
            else ""
        )
        if keys.unlocked(self.desk) is None:
            used = "Kunci tanda tangan <b>terkunci</b>: terbuka saat Pejabat Penandatangan masuk."
        else:
            used = f"Dipakai sekarang: <b>{keys.signing_identity(self.desk).description}</b>."
        self.ui.signingLabel.setText(f"{used}<br>{seal_text}<br>Sertifikat akar untuk pemeriksa di luar kantor: {ca}")

    def show_number_example(self) -> None:
        try:
            template = check_number_template(self.ui.numberTemplateEdit.text())
        except ValidationError as error:
            self.ui.numberExampleLabel.setText(str(error))
            return
        example = format_letter_number(template, "503", 12, LetterKind.RECOMMENDATION, self.desk.today())
        self.ui.numberExampleLabel.setText(f"Contoh: {example}")

    def save_number_template(self) -> None:
        template = self.ui.numberTemplateEdit.text()
        if attempt(self, lambda: letters.set_number_template(self.desk, self._admin(), template)):
            show_info(self, "Nomor surat", "Format nomor surat disimpan; berlaku untuk surat berikutnya.")

    def choose_p12(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Pilih sertifikat kantor", "", "PKCS#12 (*.p12 *.pfx)")
        if name:
            self.import_p12(Path(name), self.ui.p12PassphraseEdit.text())

    def import_p12(self, path: Path, passphrase: str) -> None:
        data = path.read_bytes()
        if attempt(self, lambda: keys.import_pkcs12(self.desk, self._admin(), data, passphrase)):
            self.ui.p12PassphraseEdit.clear()
            self.load_letters()
            show_info(self, "Sertifikat", "Sertifikat kantor diimpor; surat berikutnya ditandatangani dengannya.")

    # -- calendar ---------------------------------------------------------------------------------------------------

    def load_days(self) -> None:
        days = calendar_admin.days_off(self.desk, self.ui.yearSpin.value())
        table = self.ui.daysTable
        table.setRowCount(len(days))
        for row, day in enumerate(days):
            first = QTableWidgetItem(f"{day.day:%d-%m-%Y}")
            first.setData(Qt.ItemDataRole.UserRole, day.day.isoformat())
            table.setItem(row, 0, first)
            table.setItem(row, 1, QTableWidgetItem("Nasional/cuti bersama" if day.source == "nasional" else "Daerah"))
            table.setItem(row, 2, QTableWidgetItem(day.name))

    def selected_day(self) -> date | None:
        row = self.ui.daysTable.currentRow()
        if row < 0:
            return None
        return date.fromisoformat(self.ui.daysTable.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def add_local_holiday(self) -> None:
        picked = self.ui.dayEdit.date().toPython()
        name = self.ui.dayNameEdit.text()
        if not attempt(self, lambda: calendar_admin.add_local_holiday(self.desk, self._admin(), picked, name)):
            return
        self.ui.dayNameEdit.clear()
        self.ui.yearSpin.setValue(picked.year)
        self.load_days()

    def cancel_holiday(self) -> None:
        day = self.selected_day()
        if day is not None:
            attempt(
                self, lambda: calendar_admin.cancel_national_holiday(self.desk, self._admin(), day, "Dibatalkan Admin")
            )
            self.load_days()

    def remove_local_change(self) -> None:
        day = self.selected_day()
        if day is not None:
            attempt(self, lambda: calendar_admin.remove_local_day(self.desk, self._admin(), day))
            self.load_days()

    # -- staff ------------------------------------------------------------------------------------------------------

    def load_staff(self) -> None:
        self.staff_rows = staff.list_staff(self.desk)
        table = self.ui.staffTable
        table.setRowCount(len(self.staff_rows))
        for row, record in enumerate(self.staff_rows):
            status = "Aktif" if record.active else "Nonaktif"
            if record.locked_until is not None:
                status = f"{status}, {staff.lock_text(self.desk, record.locked_until)}"
            values = (record.username, record.full_name, record.role_labels, status)
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))

    def selected_staff(self) -> StaffRecord | None:
        row = self.ui.staffTable.currentRow()
        return self.staff_rows[row] if 0 <= row < len(self.staff_rows) else None

    def open_staff_dialog(self, existing: StaffRecord | None) -> StaffDialog:
        dialog = StaffDialog(self.desk, self._admin(), existing, self)
        dialog.accepted.connect(self.load_staff)
        dialog.open()
        return dialog

    def reset_password(self) -> None:
        record = self.selected_staff()
        if record is None:
            return
        password, ok = QInputDialog.getText(
            self, "Atur ulang kata sandi", f"Kata sandi baru untuk {record.full_name}:", QLineEdit.EchoMode.Password
        )
        said: list[str] = []
        if ok and attempt(
            self, lambda: said.append(staff.reset_password(self.desk, self._admin(), record.username, password))
        ):
            show_info(self, "Kata sandi", said[0])
            self.load_letters()

    def unlock_staff(self) -> None:
        """Lift a lock-out after wrong passwords (the officer proved who they are to the admin in person)."""
        record = self.selected_staff()
        if record is not None and attempt(self, lambda: staff.unlock(self.desk, self._admin(), record.username)):
            show_info(self, "Buka kunci akun", f"Akun {record.username} dapat dipakai masuk lagi.")
            self.load_staff()

    # -- backups ----------------------------------------------------------------------------------------------------

    def load_backups(self) -> None:
        paths = self.desk.paths
        self.ui.dataFolderLabel.setText(
            f"Folder data: <b>{paths.data_dir}</b><br>Cadangan otomatis disimpan di: {paths.backups_dir}"
        )
        found = backup.list_backups(paths.backups_dir)
        table = self.ui.backupsTable
        table.setRowCount(len(found))
        for row, info in enumerate(found):
            first = QTableWidgetItem(f"{info.taken_at:%d-%m-%Y %H:%M}")
            first.setToolTip(str(info.path))
            size = QTableWidgetItem(megabytes(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items = (first, QTableWidgetItem(backup_kind(info.reason)), size, QTableWidgetItem(info.path.name))
            for column, item in enumerate(items):
                table.setItem(row, column, item)
        self.refresh_backup_targets()

    def refresh_backup_targets(self) -> None:
        combo = self.ui.backupTargetCombo
        combo.clear()
        for drive in removable_drives():
            combo.addItem(f"Flashdisk {drive.describe()}", str(drive.root))
        combo.addItem("Folder lain (dipilih setelah menekan tombol)...", OTHER_FOLDER)
        combo.setCurrentIndex(0)

    def _busy(self, busy: bool) -> None:
        for widget in (
            self.ui.backupNowButton,
            self.ui.restoreButton,
            self.ui.refreshBackupDrivesButton,
            self.ui.backupTargetCombo,
        ):
            widget.setEnabled(not busy)

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _show_progress(self, step: int, steps: int, text: str) -> None:
        self.ui.backupProgress.setMaximum(max(steps, 1))
        self.ui.backupProgress.setValue(min(step, max(steps, 1)))
        self.ui.backupStatusLabel.setText(text)

    def _start(self, work: Work, on_success: Callable[[object], None], refused_title: str) -> Job:
        """Run `work(progress)` off the GUI thread with the section's progress bar, its buttons disabled."""
        self._busy(True)
        self.ui.backupProgress.show()
        self.ui.backupProgress.setMaximum(0)  # busy until the first step is reported
        self.ui.backupProgress.setValue(0)
        job = Job(work, self)
        job.progressed.connect(self._show_progress)

        def ended() -> None:
            self._busy(False)
            self.ui.backupProgress.setMaximum(100)
            if job.error is None:
                self.ui.backupProgress.setValue(100)
                on_success(job.result)
            elif isinstance(job.error, DeskError):
                self.ui.backupProgress.setValue(0)
                self.ui.backupStatusLabel.setText(str(job.error))
                show_refusal(self, job.error, refused_title)
            else:
                self.ui.backupProgress.setValue(0)
                self.ui.backupStatusLabel.setText("Terjadi kesalahan; tidak ada yang diubah.")
                show_unexpected(self, job.error, self.desk.paths.log_file)

        job.finished.connect(ended)
        self.job = job.start()
        return job

    def backup_now(self) -> None:
        target = self.ui.backupTargetCombo.currentData()
        if target == OTHER_FOLDER:
            folder = QFileDialog.getExistingDirectory(self, "Pilih folder untuk cadangan")
            if not folder:
                return
            target = folder
        if target:
            self.backup_to(Path(target))

    def backup_to(self, folder: Path) -> Job | None:
        """Write a backup file to a USB stick or any folder, off the GUI thread; a refusal changes nothing."""
        if self.busy:
            return None
        desk = self.desk

        def done(info: object) -> None:
            assert isinstance(info, backup.BackupInfo)
            self.ui.backupStatusLabel.setText(f"Cadangan tersimpan: {info.path} ({megabytes(info.size)})")
            self.load_backups()
            show_info(
                self,
                "Cadangan",
                f"Cadangan tersimpan:\n{info.path}\n\nSimpan flashdisk atau salinannya di tempat yang aman, "
                "terpisah dari komputer ini.",
            )

        return self._start(
            lambda progress: backup.create_backup(desk, folder, backup.MANUAL, progress), done, "Cadangan gagal"
        )

    def choose_restore_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Pilih berkas cadangan", str(self.desk.paths.backups_dir), "Cadangan Kampar Desk (*.zip)"
        )
        if name:
            self.restore_from(Path(name))

    def restore_from(self, path: Path) -> Job | None:
        """Check the backup off the GUI thread, show what it holds, and on confirmation ask the app to restore it."""
        if self.busy:
            return None

        def checked(result: object) -> None:
            assert isinstance(result, backup.CheckedBackup)
            self.ui.backupStatusLabel.setText(result.describe())
            if confirm(self, "Pulihkan dari cadangan", restore_question(result, self.desk.paths.data_dir)):
                self.restore_requested.emit(result)
            else:
                self.ui.backupStatusLabel.setText("Pemulihan dibatalkan; tidak ada yang diubah.")

        return self._start(lambda progress: backup.verify_backup(path, progress), checked, "Cadangan ditolak")
