"""Pengaturan (Administrator): office and letterhead, signing official, printer, idle lock, calendar, staff accounts,
backups (to a USB stick or any folder) and restoring one, the database this counter uses (the local file or the
office's server, tested before it is saved), the stations this PC exchanges records with, and the bundles
sent to them or received from them (a received one previewed, then applied) with their receipts. Each action runs
through the operation runner, and each officer sees only the actions the permission table gives their roles."""

from __future__ import annotations

import html
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDir, Qt, Signal
from PySide6.QtGui import QPixmap, QShowEvent
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
from kampar_desk.domain.letters import LetterKind, format_letter_number, number_template_problem
from kampar_desk.domain.paper import PaperLayout
from kampar_desk.domain.permissions import OfficeAction, allows
from kampar_desk.domain.roles import Role
from kampar_desk.domain.stations import StationCard
from kampar_desk.services import (
    backup,
    bundles,
    calendar_admin,
    keys,
    letters,
    office,
    server_link,
    settings,
    staff,
    stations,
    sync,
    verifier,
)
from kampar_desk.services.records import StaffRecord
from kampar_desk.ui.bundle_preview import BundlePreviewDialog
from kampar_desk.ui.dates import python_date
from kampar_desk.ui.drives import removable_drives
from kampar_desk.ui.feedback import confirm, show_info
from kampar_desk.ui.forms.ui_database_settings import Ui_DatabaseSettings
from kampar_desk.ui.forms.ui_settings_tab import Ui_SettingsTab
from kampar_desk.ui.forms.ui_staff_dialog import Ui_StaffDialog
from kampar_desk.ui.operations import Operation, Operations
from kampar_desk.ui.printing import available_printers, default_printer
from kampar_desk.ui.restoring import backup_kind, megabytes, restore_question
from kampar_desk.ui.style import ERROR_STYLE

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
#: the widgets of each administrative action, shown only to officers whose roles allow it
ACTION_WIDGETS: dict[OfficeAction, tuple[str, ...]] = {
    OfficeAction.EDIT_OFFICE_PROFILE: ("saveOfficeButton",),
    OfficeAction.CHANGE_LOGO: ("chooseLogoButton", "removeLogoButton"),
    OfficeAction.EDIT_SETTINGS: ("savePrintingButton", "saveVerificationAddressButton"),
    OfficeAction.SET_NUMBER_TEMPLATE: ("saveNumberTemplateButton",),
    OfficeAction.MANAGE_KEYS: ("p12PassphraseEdit", "importP12Button"),
    OfficeAction.PUBLISH_VERIFIER: ("publishVerifierButton",),
    OfficeAction.EDIT_CALENDAR: ("dayEdit", "dayNameEdit", "addDayButton", "cancelHolidayButton", "removeLocalButton"),
    OfficeAction.MANAGE_STAFF: ("addStaffButton", "editStaffButton", "resetPasswordButton"),
    OfficeAction.BACKUP: ("backupTargetCombo", "refreshBackupDrivesButton", "backupNowButton"),
    OfficeAction.RESTORE: ("restoreButton",),
    OfficeAction.MANAGE_STATIONS: (
        "saveStationNameButton",
        "saveCardButton",
        "trustStationButton",
        "revokeStationButton",
    ),
    OfficeAction.EXCHANGE_BUNDLES: ("bundleBox",),
}
#: the known stations' table: heading and what it means (a tooltip)
KNOWN_STATION_COLUMNS = (
    ("Nama", ""),
    ("Kantor", ""),
    ("Sidik jari", ""),
    ("Status", ""),
    ("Sejak", "Dipercaya, atau dicabut, sejak tanggal ini."),
    ("Terakhir dikirim", "Kiriman terakhir yang dibuat di komputer ini untuk stasiun itu."),
    ("Terakhir diterima", "Data stasiun itu sudah diterapkan di sini sampai waktu ini."),
    ("Dikonfirmasi", "Menurut tanda terimanya, stasiun itu sudah menerima data komputer ini sampai waktu ini."),
)


def may_open_settings(roles: frozenset[Role]) -> bool:
    """The tab is for officers who may take at least one of its actions (today: the Administrator)."""
    return any(allows(roles, action) for action in (*ACTION_WIDGETS, OfficeAction.SET_DATABASE_SERVER))


class StaffDialog(QDialog):
    """Create an account (username and password asked) or change an existing one's roles and status."""

    def __init__(self, ops: Operations, existing: StaffRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.desk, self.existing = ops, ops.desk, existing
        self.result_record: StaffRecord | None = None
        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
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

    def save(self) -> Operation:
        desk, existing, roles = self.desk, self.existing, self.roles()
        username, full_name, nip = self.ui.usernameEdit.text(), self.ui.fullNameEdit.text(), self.ui.nipEdit.text()
        password, active = self.ui.passwordEdit.text(), self.ui.activeCheck.isChecked()

        def work(admin: StaffRecord) -> StaffRecord:
            if existing is not None:
                return staff.update_staff(desk, admin, existing.username, roles, active, full_name)
            record = staff.create_staff(desk, admin, username, full_name, password, roles, nip)
            if not active:
                record = staff.update_staff(desk, admin, record.username, roles, active=False)
            return record

        def saved(record: StaffRecord) -> None:
            self.result_record = record
            self.accept()

        return self.ops.run(
            self,
            work,
            done=saved,
            refused=lambda error: self.ui.errorLabel.setText(str(error)),
            inline=True,
            title="Akun belum disimpan",
        )


class SettingsTab(QWidget):
    """The forms are read when the tab is shown (`refresh`); the lists (days off, accounts, backups) also after
    every action on the desk, so what was typed in a form and not saved yet is never overwritten."""

    settings_changed = Signal()
    #: the admin confirmed restoring this verified backup (a `backup.CheckedBackup`); the app closes the desk
    restore_requested = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.desk = ops, ops.desk
        self.stale = True
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
        today = self.desk.today()
        self.ui.yearSpin.setValue(today.year)
        self.ui.dayEdit.setDate(QDate(today.year, today.month, today.day))
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
        self.ui.saveVerificationAddressButton.clicked.connect(self.save_verification_address)
        self.ui.verificationAddressEdit.returnPressed.connect(self.save_verification_address)
        self.ui.publishVerifierButton.clicked.connect(self.choose_verifier_folder)
        self.ui.chooseLogoButton.clicked.connect(self.choose_logo)
        self.ui.removeLogoButton.clicked.connect(self.remove_logo)
        #: the last backup or check started here
        self.job: Operation | None = None
        self.ui.backupsTable.setColumnCount(4)
        self.ui.backupsTable.setHorizontalHeaderLabels(["Tanggal", "Jenis", "Ukuran", "Berkas"])
        self.ui.backupsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.refreshBackupDrivesButton.clicked.connect(self.refresh_backup_targets)
        self.ui.backupNowButton.clicked.connect(self.backup_now)
        self.ui.restoreButton.clicked.connect(self.choose_restore_file)
        self.ui.sections.currentChanged.connect(self._section_shown)
        self.known_station_rows: tuple[stations.KnownStationRecord, ...] = ()
        self.ui.knownStationsTable.setColumnCount(len(KNOWN_STATION_COLUMNS))
        self.ui.knownStationsTable.setHorizontalHeaderLabels([heading for heading, _ in KNOWN_STATION_COLUMNS])
        for column, (_heading, meaning) in enumerate(KNOWN_STATION_COLUMNS):
            header = self.ui.knownStationsTable.horizontalHeaderItem(column)
            if header is not None and meaning:
                header.setToolTip(meaning)
        self.ui.knownStationsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.saveStationNameButton.clicked.connect(self.save_station_name)
        self.ui.stationNameEdit.returnPressed.connect(self.save_station_name)
        self.ui.saveCardButton.clicked.connect(self.choose_card_folder)
        self.ui.trustStationButton.clicked.connect(self.choose_card_to_trust)
        self.ui.revokeStationButton.clicked.connect(self.revoke_selected_station)
        self.ui.refreshBundleDrivesButton.clicked.connect(self.refresh_bundle_targets)
        self.ui.sendBundleButton.clicked.connect(self.send_bundle)
        self.ui.receiveBundleButton.clicked.connect(self.choose_bundle_to_receive)
        self.ui.recordReceiptButton.clicked.connect(self.choose_receipt_to_record)
        #: the preview of the last bundle chosen, while it is open
        self.bundle_preview: BundlePreviewDialog | None = None
        self.ui.backupProgress.hide()  # shown from the first backup or check on
        # Pengaturan > Basis data: its own form, a page placed after Cadangan
        self.database_page = QWidget(self)
        self.database_ui = Ui_DatabaseSettings()
        self.database_ui.setupUi(self.database_page)
        self.ui.sections.insertTab(
            self.ui.sections.indexOf(self.ui.backupPage) + 1, self.database_page, self.database_page.windowTitle()
        )
        #: the database this run opened (a server chosen here is used from the next start on)
        self.running_link = server_link.current_link(self.desk.paths)
        self.database_ui.testConnectionButton.clicked.connect(self.test_connection)
        self.database_ui.saveServerButton.clicked.connect(self.save_server)
        self.database_ui.useLocalFileButton.clicked.connect(self.use_local_file)
        self.database_ui.choosePapersDirButton.clicked.connect(self.choose_papers_dir)
        ops.desk_changed.connect(self._desk_changed)

    def refresh(self) -> None:
        self.show_allowed_actions()
        self.load_office()
        self.load_printing()
        self.load_letters()
        self.ui.stationNameEdit.setText(stations.this_station(self.desk).name)
        self.load_database()
        self.load_lists()

    def load_lists(self) -> None:
        self.stale = False
        self.load_days()
        self.load_staff()
        self.load_backups()
        self.load_signing()
        self.load_stations()

    def _desk_changed(self) -> None:
        if self.isVisible():
            self.load_lists()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.load_lists()

    def _section_shown(self, index: int) -> None:
        if self.ui.sections.widget(index) is self.ui.backupPage:
            self.load_backups()

    def show_allowed_actions(self) -> None:
        """Hide what the signed-in officer may not do (the services refuse it anyway)."""
        for action, names in ACTION_WIDGETS.items():
            allowed = self.ops.may(action)
            for name in names:
                getattr(self.ui, name).setVisible(allowed)
        self.unlock_staff_button.setVisible(self.ops.may(OfficeAction.MANAGE_STAFF))
        manage = self.ops.may(OfficeAction.MANAGE_STATIONS)
        sync = manage or self.ops.may(OfficeAction.EXCHANGE_BUNDLES)
        self.ui.sections.setTabVisible(self.ui.sections.indexOf(self.ui.syncPage), sync)
        self.ui.stationNameEdit.setReadOnly(not manage)
        self.database_ui.serverBox.setVisible(self.ops.may(OfficeAction.SET_DATABASE_SERVER))

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

    def _letterhead_changed(self, _result: object = None) -> None:
        self.load_office()
        self.settings_changed.emit()

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Pilih logo kop surat", "", "Gambar (*.png *.jpg *.jpeg)")
        if name:
            self.set_logo(Path(name))

    def set_logo(self, path: Path) -> Operation:
        desk = self.desk
        return self.ops.run(
            self, lambda admin: office.set_logo(desk, admin, path.read_bytes()), done=self._letterhead_changed
        )

    def remove_logo(self) -> Operation:
        desk = self.desk
        return self.ops.run(self, lambda admin: office.remove_logo(desk, admin), done=self._letterhead_changed)

    def save_office(self) -> Operation:
        values = {field: getattr(self.ui, edit).text() for field, edit in OFFICE_EDITS.items()}
        desk = self.desk

        def refused(error: DeskError) -> None:
            if isinstance(error, ValidationError):
                getattr(self.ui, OFFICE_EDITS.get(error.field, "codeEdit")).setFocus()

        def saved(_record: object) -> None:
            self.settings_changed.emit()
            show_info(self, "Profil kantor", "Profil kantor dan pejabat penandatangan disimpan.")

        return self.ops.run(
            self,
            lambda admin: office.update_office_profile(desk, admin, **values),
            done=saved,
            refused=refused,
            title="Periksa isian",
            triggers=(self.ui.saveOfficeButton,),
        )

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

    def save_printing(self) -> Operation:
        desk = self.desk
        changes = {
            "printer_name": self.ui.printerCombo.currentData(),
            "receipt_layout": self.ui.layoutCombo.currentData(),
            "print_preview": self.ui.previewCheck.isChecked(),
            "idle_lock_minutes": self.ui.idleSpin.value(),
            "complaint_response_days": self.ui.complaintDaysSpin.value(),
        }

        def saved(_settings: object) -> None:
            self.settings_changed.emit()
            show_info(self, "Pengaturan", "Pengaturan printer dan kunci otomatis disimpan.")

        return self.ops.run(
            self,
            lambda admin: settings.update_settings(desk, admin, **changes),
            done=saved,
            triggers=(self.ui.savePrintingButton,),
        )

    # -- letters and signing -------------------------------------------------------------------------------------------

    def load_letters(self) -> None:
        self.ui.numberTemplateEdit.setText(letters.number_template())
        self.ui.verificationAddressEdit.setText(settings.get_settings(self.desk).verification_address)
        self.load_signing()

    def load_signing(self) -> None:
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
        self.load_verifier()

    def load_verifier(self) -> None:
        """The page's state; a reminder in red when the office's keys changed since it was last written."""
        status = verifier.verifier_status(self.desk)
        label = self.ui.verifierStatusLabel
        if status.reminder is not None:
            label.setText(status.reminder)
            label.setStyleSheet(ERROR_STYLE)
            return
        label.setStyleSheet("")
        if status.published_at is None:
            label.setText("Halaman cek keaslian belum pernah ditulis.")
        else:
            written = self.desk.to_local(status.published_at)
            label.setText(
                f"Halaman cek keaslian terakhir ditulis {written:%d-%m-%Y %H:%M} ke {status.published_file}; "
                "memuat semua kunci segel kantor."
            )

    def save_verification_address(self) -> Operation:
        desk, address = self.desk, self.ui.verificationAddressEdit.text()

        def saved(changed: settings.DeskSettings) -> None:
            self.ui.verificationAddressEdit.setText(changed.verification_address)
            self.load_verifier()
            if changed.verification_address:
                said = (
                    f"Surat yang terbit mulai sekarang memuat alamat {changed.verification_address} di kode QR-nya. "
                    "Pastikan halaman cek keaslian sudah diunggah ke alamat itu."
                )
            else:
                said = "Kode QR surat yang terbit mulai sekarang hanya memuat kode segel."
            show_info(self, "Halaman cek keaslian", said)

        return self.ops.run(
            self,
            lambda admin: settings.update_settings(desk, admin, verification_address=address),
            done=saved,
            refused=lambda _error: self.ui.verificationAddressEdit.setFocus(),
            title="Alamat belum disimpan",
            triggers=(self.ui.saveVerificationAddressButton,),
        )

    def choose_verifier_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Pilih folder untuk halaman cek keaslian (index.html)")
        if folder:
            self.publish_verifier_to(Path(folder))

    def publish_verifier_to(self, folder: Path) -> Operation:
        desk = self.desk

        def written(published: verifier.PublishedVerifier) -> None:
            self.load_verifier()
            where = (
                f"Unggah berkas ini ke situs kantor sehingga terbuka di {published.address} (ganti berkas yang lama)."
                if published.address
                else "Unggah berkas ini ke situs kantor, lalu isi alamatnya di kotak Alamat halaman."
            )
            show_info(self, "Halaman cek keaslian", f"Halaman ditulis: {published.path}\n\n{where}")

        return self.ops.run(
            self,
            lambda admin: verifier.publish_verifier(desk, admin, folder),
            done=written,
            title="Halaman tidak ditulis",
            triggers=(self.ui.publishVerifierButton,),
        )

    def show_number_example(self) -> None:
        template = self.ui.numberTemplateEdit.text()
        problem = number_template_problem(template)
        if problem is not None:
            self.ui.numberExampleLabel.setText(problem)
            return
        example = format_letter_number(template.strip(), "503", 12, LetterKind.RECOMMENDATION, self.desk.today())
        self.ui.numberExampleLabel.setText(f"Contoh: {example}")

    def save_number_template(self) -> Operation:
        desk, template = self.desk, self.ui.numberTemplateEdit.text()
        return self.ops.run(
            self,
            lambda admin: letters.set_number_template(desk, admin, template),
            done=lambda _template: show_info(
                self, "Nomor surat", "Format nomor surat disimpan; berlaku untuk surat berikutnya."
            ),
            triggers=(self.ui.saveNumberTemplateButton,),
        )

    def choose_p12(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Pilih sertifikat kantor", "", "PKCS#12 (*.p12 *.pfx)")
        if name:
            self.import_p12(Path(name), self.ui.p12PassphraseEdit.text())

    def import_p12(self, path: Path, passphrase: str) -> Operation:
        desk = self.desk

        def imported(_identity: object) -> None:
            self.ui.p12PassphraseEdit.clear()
            self.load_signing()
            show_info(self, "Sertifikat", "Sertifikat kantor diimpor; surat berikutnya ditandatangani dengannya.")

        return self.ops.run(
            self,
            lambda admin: keys.import_pkcs12(desk, admin, path.read_bytes(), passphrase),
            done=imported,
            title="Sertifikat tidak diimpor",
            triggers=(self.ui.importP12Button,),
        )

    # -- calendar ---------------------------------------------------------------------------------------------------

    def load_days(self) -> None:
        days = calendar_admin.days_off(self.desk, self.ui.yearSpin.value())
        table = self.ui.daysTable
        table.setRowCount(len(days))
        for row, day in enumerate(days):
            first = QTableWidgetItem(f"{day.day:%d-%m-%Y}")
            first.setData(Qt.ItemDataRole.UserRole, day.day.isoformat())
            table.setItem(row, 0, first)
            table.setItem(row, 1, QTableWidgetItem(day.source_label))
            table.setItem(row, 2, QTableWidgetItem(day.name))

    def selected_day(self) -> date | None:
        row = self.ui.daysTable.currentRow()
        item = self.ui.daysTable.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        return date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))

    def add_local_holiday(self) -> Operation:
        desk, picked, name = self.desk, python_date(self.ui.dayEdit.date()), self.ui.dayNameEdit.text()

        def added(_result: object) -> None:
            self.ui.dayNameEdit.clear()
            self.ui.yearSpin.setValue(picked.year)

        return self.ops.run(self, lambda admin: calendar_admin.add_local_holiday(desk, admin, picked, name), done=added)

    def cancel_holiday(self) -> Operation | None:
        desk, day = self.desk, self.selected_day()
        if day is None:
            return None
        return self.ops.run(
            self, lambda admin: calendar_admin.cancel_national_holiday(desk, admin, day, "Dibatalkan Admin")
        )

    def remove_local_change(self) -> Operation | None:
        desk, day = self.desk, self.selected_day()
        if day is None:
            return None
        return self.ops.run(self, lambda admin: calendar_admin.remove_local_day(desk, admin, day))

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
        dialog = StaffDialog(self.ops, existing, self)
        dialog.open()
        return dialog

    def reset_password(self) -> Operation | None:
        record = self.selected_staff()
        if record is None:
            return None
        password, ok = QInputDialog.getText(
            self, "Atur ulang kata sandi", f"Kata sandi baru untuk {record.full_name}:", QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        desk = self.desk

        def reset(said: str) -> None:
            show_info(self, "Kata sandi", said)
            self.load_signing()

        username = record.username
        return self.ops.run(self, lambda admin: staff.reset_password(desk, admin, username, password), done=reset)

    def unlock_staff(self) -> Operation | None:
        """Lift a lock-out after wrong passwords (the officer proved who they are to the admin in person)."""
        record = self.selected_staff()
        if record is None:
            return None
        desk = self.desk
        return self.ops.run(
            self,
            lambda admin: staff.unlock(desk, admin, record.username),
            done=lambda _record: show_info(
                self, "Buka kunci akun", f"Akun {record.username} dapat dipakai masuk lagi."
            ),
        )

    # -- stations (Sinkronisasi) -----------------------------------------------------------------------------------

    def load_stations(self) -> None:
        station = stations.this_station(self.desk)
        self.ui.stationIdLabel.setText(str(station.id))
        if station.has_keys:
            self.ui.stationFingerprintLabel.setText(
                f"<b>{station.fingerprint}</b> (dibacakan lewat telepon kepada stasiun yang memercayai kartu ini)"
                f"<br>Kunci tanda tangan (Ed25519): {station.signing_key_fingerprint}"
                f"<br>Kunci enkripsi (age): {station.age_recipient}"
            )
        else:
            self.ui.stationFingerprintLabel.setText(
                "Kunci stasiun belum dibuat: dibuat saat Pejabat Penandatangan masuk ke aplikasi di komputer ini."
            )
        self.ui.saveCardButton.setEnabled(station.has_keys)
        self.known_station_rows = stations.known_stations(self.desk)
        table = self.ui.knownStationsTable
        table.setRowCount(len(self.known_station_rows))
        for row, known in enumerate(self.known_station_rows):
            since = known.trusted_at if known.revoked_at is None else known.revoked_at
            values = (
                known.name,
                known.office_code,
                known.fingerprint,
                known.status,
                f"{self.desk.to_local(since):%d-%m-%Y}",
                self._local_time(known.last_sent_at),
                self._local_time(known.last_received_at),
                self._local_time(known.last_acknowledged_at),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(f"Pengenal {known.id}")
                if known.status == stations.TAMPERED:
                    item.setForeground(Qt.GlobalColor.red)
                table.setItem(row, column, item)
        self.ui.revokeStationButton.setEnabled(bool(self.known_station_rows))
        self.load_bundle_recipients()
        self.refresh_bundle_targets()

    def _local_time(self, utc: datetime | None) -> str:
        return "-" if utc is None else f"{self.desk.to_local(utc):%d-%m-%Y %H:%M}"

    def save_station_name(self) -> Operation:
        desk, name = self.desk, self.ui.stationNameEdit.text()

        def saved(station: stations.StationRecord) -> None:
            self.ui.stationNameEdit.setText(station.name)
            show_info(self, "Stasiun", f"Nama stasiun disimpan: {station.name}. Kartu stasiun berikutnya memuatnya.")

        return self.ops.run(
            self,
            lambda admin: stations.rename_station(desk, admin, name),
            done=saved,
            refused=lambda _error: self.ui.stationNameEdit.setFocus(),
            title="Nama stasiun belum disimpan",
            triggers=(self.ui.saveStationNameButton,),
        )

    def choose_card_folder(self) -> None:
        drives = removable_drives()
        start = str(drives[0].root) if drives else ""
        folder = QFileDialog.getExistingDirectory(self, "Pilih flashdisk atau folder untuk kartu stasiun", start)
        if folder:
            self.save_card_to(Path(folder))

    def save_card_to(self, folder: Path) -> Operation:
        desk = self.desk

        def saved(path: Path) -> None:
            station = stations.this_station(desk)
            show_info(
                self,
                "Kartu stasiun",
                f"Kartu stasiun tersimpan:\n{path}\n\nSidik jari: {station.fingerprint}\n\nBawa kartu ini ke stasiun "
                "penerima. Petugas di sana akan menelepon untuk mencocokkan sidik jari ini sebelum memercayainya.",
            )

        return self.ops.run(
            self,
            lambda _admin: stations.save_card(desk, folder),
            done=saved,
            changes=False,
            title="Kartu stasiun tidak tersimpan",
            triggers=(self.ui.saveCardButton,),
        )

    def choose_card_to_trust(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Pilih kartu stasiun", "", "Kartu stasiun (*.json)")
        if name:
            self.trust_card_file(Path(name))

    def trust_card_file(self, path: Path) -> Operation:
        """Read the card (refused at once when it is bad or cannot be trusted), show its name and fingerprint,
        and trust it when the admin confirms that the fingerprint matched."""
        desk = self.desk
        return self.ops.run(
            self,
            lambda _admin: stations.card_to_trust(desk, path),
            done=self.confirm_trust,
            changes=False,
            title="Kartu stasiun ditolak",
            triggers=(self.ui.trustStationButton,),
        )

    def confirm_trust(self, card: StationCard) -> Operation | None:
        question = (
            f"Stasiun: {card.name}\nKantor: {card.office_code} - {card.office_name}\nPengenal: {card.station_id}\n\n"
            f"Sidik jari: {card.fingerprint}\n\nTelepon petugas di stasiun itu dan minta ia membacakan sidik jari "
            "yang tampil di layarnya (Pengaturan, Sinkronisasi). Percayai stasiun ini hanya bila sama persis."
        )
        if not confirm(self, "Percayai stasiun", question):
            return None
        desk = self.desk
        return self.ops.run(
            self,
            lambda admin: stations.trust_station(desk, admin, card),
            done=lambda known: show_info(self, "Stasiun", f"Stasiun {known.name} dipercaya."),
            title="Stasiun tidak dipercayai",
            triggers=(self.ui.trustStationButton,),
        )

    def selected_known_station(self) -> stations.KnownStationRecord | None:
        row = self.ui.knownStationsTable.currentRow()
        return self.known_station_rows[row] if 0 <= row < len(self.known_station_rows) else None

    def revoke_selected_station(self) -> Operation | None:
        known = self.selected_known_station()
        if known is None:
            show_info(self, "Cabut stasiun", "Pilih dulu stasiun yang akan dicabut di daftar.")
            return None
        question = (
            f"Cabut kepercayaan pada stasiun {known.name} ({known.office_code})?\n\nKiriman dari stasiun ini akan "
            "ditolak dan tidak ada kiriman baru untuknya. Stasiun ini hanya dapat dipercaya lagi dengan kartu baru."
        )
        if not confirm(self, "Cabut stasiun", question):
            return None
        desk, station_id = self.desk, known.id
        return self.ops.run(
            self,
            lambda admin: stations.revoke_station(desk, admin, station_id),
            done=lambda revoked: show_info(self, "Stasiun", f"Stasiun {revoked.name} dicabut."),
            title="Stasiun tidak dicabut",
            triggers=(self.ui.revokeStationButton,),
        )

    # -- bundles (Sinkronisasi) ------------------------------------------------------------------------------------

    def load_bundle_recipients(self) -> None:
        """The trusted stations a bundle may be sent to; the one chosen stays chosen when the list is reloaded."""
        combo = self.ui.bundleRecipientCombo
        chosen = combo.currentData()
        combo.clear()
        for known in self.known_station_rows:
            if known.trusted:
                combo.addItem(f"{known.name} ({known.office_code})", str(known.id))
        found = combo.count() > 0
        if not found:
            combo.addItem("Belum ada stasiun yang dipercaya", "")
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        self.ui.sendBundleButton.setEnabled(found)

    def refresh_bundle_targets(self) -> None:
        combo = self.ui.bundleTargetCombo
        combo.clear()
        for drive in removable_drives():
            combo.addItem(f"Flashdisk {drive.describe()}", str(drive.root))
        combo.addItem("Folder lain (dipilih setelah menekan tombol)...", OTHER_FOLDER)
        combo.setCurrentIndex(0)

    def send_bundle(self) -> Operation | None:
        station_id = self.ui.bundleRecipientCombo.currentData()
        if not station_id:
            return None  # no trusted station yet: the button is disabled
        target = self.ui.bundleTargetCombo.currentData()
        if target == OTHER_FOLDER:
            target = QFileDialog.getExistingDirectory(self, "Pilih flashdisk atau folder untuk berkas kiriman")
        return self.send_bundle_to(station_id, Path(target)) if target else None

    def send_bundle_to(self, station_id: str, folder: Path) -> Operation:
        """Write one bundle of this station's records for `station_id` into `folder`, behind a progress dialog; the
        station keys must be unlocked (a signing official signed in since the app started), else it is refused."""
        desk = self.desk

        def sent(info: bundles.BundleInfo) -> None:
            records = sum(info.counts.values())
            # no paper to open or reprint: the file is encrypted for the other station, so only its place is said
            self.ops.announce(
                f"Berkas kiriman untuk stasiun {info.recipient.name} tersimpan ({records} catatan, "
                f"{megabytes(info.size)}): {info.path}"
            )

        return self.ops.run(
            self,
            lambda officer, _progress: bundles.export_bundle(desk, officer, station_id, folder),
            done=sent,
            slow=True,
            progress="Menyusun berkas kiriman...",
            title="Berkas kiriman tidak dibuat",
            triggers=(self.ui.sendBundleButton,),
        )

    def _stick_folder(self) -> str:
        """Where a file dialog for a bundle or a receipt starts: the first USB stick found, if any."""
        drives = removable_drives()
        return str(drives[0].root) if drives else ""

    def choose_bundle_to_receive(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Pilih berkas kiriman", self._stick_folder(), "Berkas kiriman (*.kdsync)"
        )
        if name:
            self.preview_bundle_file(Path(name))

    def preview_bundle_file(self, path: Path) -> Operation:
        """Check a received bundle on a worker and show what applying it would change; nothing is written yet."""
        desk = self.desk
        return self.ops.run(
            self,
            lambda officer, _progress: sync.preview_bundle(desk, officer, path),
            done=self.show_bundle_preview,
            slow=True,
            progress="Memeriksa berkas kiriman...",
            changes=False,
            title="Berkas kiriman ditolak",
            triggers=(self.ui.receiveBundleButton,),
        )

    def show_bundle_preview(self, plan: sync.ImportPlan) -> BundlePreviewDialog:
        """The preview, window-modal; its "Terapkan" applies the same file."""
        dialog = BundlePreviewDialog(self.desk, plan, self)
        path = plan.bundle.path
        dialog.accepted.connect(lambda: self.apply_bundle_file(path))
        dialog.finished.connect(lambda _code: self._preview_closed(dialog))
        self.bundle_preview = dialog
        dialog.open()
        return dialog

    def _preview_closed(self, dialog: BundlePreviewDialog) -> None:
        if self.bundle_preview is dialog:
            self.bundle_preview = None
        dialog.deleteLater()

    def apply_bundle_file(self, path: Path) -> Operation:
        """Apply a received bundle in one transaction on a worker (the service checks it all again), then say what
        changed and where the receipt for the sender was written."""
        desk = self.desk
        return self.ops.run(
            self,
            lambda officer, _progress: sync.import_bundle(desk, officer, path),
            done=self.announce_applied,
            slow=True,
            progress="Menerapkan berkas kiriman...",
            title="Berkas kiriman tidak diterapkan",
            triggers=(self.ui.receiveBundleButton,),
        )

    def announce_applied(self, result: sync.ImportResult) -> None:
        plan = result.plan
        sender = plan.bundle.sender.name
        if result.applied:
            counts = f"{sum(plan.new.values())} baru, {sum(plan.updated.values())} diperbarui"
            counts += f", {plan.new_events} peristiwa log audit"
            if plan.conflicts:
                counts += f", {len(plan.conflicts)} konflik tercatat di log audit"
            said = f"Kiriman dari stasiun {sender} diterapkan ({counts})."
        else:
            said = f"Kiriman dari stasiun {sender} sudah pernah diterima; tidak ada yang berubah."
        if result.receipt is not None:
            # the instruction first: on a narrow screen the notice bar cuts the end of a long path
            said += f" Bawa tanda terima ini ke stasiun pengirim: {result.receipt}"
        else:
            said += f" Tanda terima tidak ditulis: {result.receipt_problem}"
        self.ops.announce(said)

    def choose_receipt_to_record(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Pilih tanda terima kiriman", self._stick_folder(), "Tanda terima kiriman (*.kdterima)"
        )
        if name:
            self.record_receipt_file(Path(name))

    def record_receipt_file(self, path: Path) -> Operation:
        """Record a receipt brought from a station this one sent a bundle to: its next bundle then shrinks."""
        desk = self.desk

        def recorded(result: sync.ReceiptResult) -> None:
            receipt = result.receipt
            if result.recorded:
                self.ops.announce(
                    f"Tanda terima dari stasiun {receipt.receiver_name} dicatat: kiriman berikutnya untuknya hanya "
                    f"memuat perubahan sesudah {desk.to_local(receipt.bundle_created_at):%d-%m-%Y %H:%M}."
                )
            else:
                self.ops.announce(
                    f"Tanda terima dari stasiun {receipt.receiver_name} ini (atau yang lebih baru) sudah pernah "
                    "dicatat; tidak ada yang berubah."
                )

        return self.ops.run(
            self,
            lambda officer: sync.import_receipt(desk, officer, path),
            done=recorded,
            title="Tanda terima ditolak",
            triggers=(self.ui.recordReceiptButton,),
        )

    # -- database (local file or the office's server) -----------------------------------------------------------

    def load_database(self) -> None:
        """Where the data is now, what the next start will use when that differs, and the saved server's fields."""
        running, paths = self.running_link, self.desk.paths
        ui = self.database_ui
        if running.on_server:
            chosen = server_link.SOURCE_LABELS.get(running.source or "", "")
            where = (
                f"<b>Server: {html.escape(running.address)}</b> (dipilih lewat {html.escape(chosen)})"
                f"<br>Folder arsip dokumen dan surat: {html.escape(str(running.papers_dir))}"
            )
        else:
            where = f"<b>Berkas lokal</b>: {html.escape(str(running.database_file))}"
        ui.whereLabel.setText(where)
        saved = server_link.saved_link(paths)
        if running.source in (server_link.FLAG, server_link.ENV):
            given = server_link.SOURCE_LABELS[running.source or ""]
            next_start = (
                f"Alamat server diberikan lewat {given}: pilihan yang disimpan di halaman ini dipakai hanya bila "
                "alamat itu tidak diberikan lagi."
            )
        elif (saved.url, saved.papers_dir) != (running.url, running.papers_dir):
            next_start = f"Tersimpan untuk pembukaan berikutnya: {saved.describe()}. {server_link.NEXT_START}"
        else:
            next_start = ""
        ui.nextStartLabel.setText(next_start)
        ui.nextStartLabel.setVisible(bool(next_start))
        if saved.on_server:
            ui.serverUrlEdit.setText(saved.url or "")
            ui.papersDirEdit.setText(str(saved.papers_dir or ""))
        ui.useLocalFileButton.setEnabled(saved.on_server)

    def _database_triggers(self) -> tuple[QWidget, ...]:
        ui = self.database_ui
        return (ui.testConnectionButton, ui.saveServerButton, ui.useLocalFileButton)

    def _say_connection(self, text: str, fault: bool = False) -> None:
        self.database_ui.connectionResultLabel.setStyleSheet(ERROR_STYLE if fault else "")
        self.database_ui.connectionResultLabel.setText(text)

    def _database_refused(self, error: DeskError) -> None:
        self._say_connection(str(error), fault=True)
        if isinstance(error, ValidationError) and error.field == "papers_dir":
            self.database_ui.papersDirEdit.setFocus()
        elif isinstance(error, ValidationError):
            self.database_ui.serverUrlEdit.setFocus()

    def choose_papers_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Pilih folder arsip bersama (di server atau folder bersama)")
        if folder:
            self.database_ui.papersDirEdit.setText(QDir.toNativeSeparators(folder))

    def test_connection(self) -> Operation:
        """Connect once to the address typed, on a worker (a server that does not answer takes seconds)."""
        url, password = self.database_ui.serverUrlEdit.text(), self.database_ui.serverPasswordEdit.text()
        self._say_connection("Menguji koneksi...")
        return self.ops.run(
            self,
            lambda _admin: server_link.test_link(url, password),
            done=self._say_connection,
            refused=self._database_refused,
            inline=True,
            slow=True,
            changes=False,
            title="Koneksi gagal",
            triggers=self._database_triggers(),
        )

    def save_server(self) -> Operation:
        """Test the connection and save the server and the shared papers folder for the next start."""
        desk, url, papers = self.desk, self.database_ui.serverUrlEdit.text(), self.database_ui.papersDirEdit.text()
        password = self.database_ui.serverPasswordEdit.text()

        def saved(link: server_link.ServerLink) -> None:
            self.database_ui.serverPasswordEdit.clear()
            said = (
                f"Server basis data disimpan: {link.address}, folder arsip {link.papers_dir}. {server_link.NEXT_START}"
            )
            self._say_connection(said)
            self.load_database()
            show_info(
                self,
                "Basis data",
                f"{said}\n\nBila server itu masih kosong, pindahkan dulu data kantor ke server "
                "(perintah 'kampar-desk db migrate-to-postgres', lihat README) sebelum loket dibuka lagi.",
            )

        self._say_connection("Menguji koneksi lalu menyimpan...")
        return self.ops.run(
            self,
            lambda admin: server_link.save_link(desk, admin, url, papers, password),
            done=saved,
            refused=self._database_refused,
            inline=True,
            slow=True,
            title="Server belum disimpan",
            triggers=self._database_triggers(),
        )

    def use_local_file(self) -> Operation | None:
        """Forget the saved server: the next start opens this PC's own database file again."""
        question = (
            f"Saat dibuka lagi, komputer ini memakai berkas basis data lokalnya ({self.desk.paths.database}) "
            "dan tidak lagi memakai server kantor. Data di server tidak dipindahkan ke sini. Lanjutkan?"
        )
        if not confirm(self, "Kembali ke berkas lokal", question):
            return None
        desk = self.desk

        def cleared(_link: server_link.ServerLink) -> None:
            self.database_ui.serverUrlEdit.clear()
            self.database_ui.papersDirEdit.clear()
            self.load_database()
            self._say_connection(f"Pilihan server dihapus: berkas basis data lokal dipakai. {server_link.NEXT_START}")

        return self.ops.run(
            self,
            lambda admin: server_link.clear_link(desk, admin),
            done=cleared,
            title="Pilihan server tidak dihapus",
            triggers=self._database_triggers(),
        )

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

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.finished

    def _backup_triggers(self) -> tuple[QWidget, ...]:
        """Disabled while a backup or a check runs: one at a time."""
        return (
            self.ui.backupNowButton,
            self.ui.restoreButton,
            self.ui.refreshBackupDrivesButton,
            self.ui.backupTargetCombo,
        )

    def _show_progress(self, step: int, steps: int, text: str) -> None:
        self.ui.backupProgress.setMaximum(max(steps, 1))
        self.ui.backupProgress.setValue(min(step, max(steps, 1)))
        self.ui.backupStatusLabel.setText(text)

    def _follow(self, operation: Operation) -> Operation:
        """The section's own progress bar and status line follow a backup or a check the runner started."""
        if operation.job is None:
            return operation  # not started: another one still runs, or nobody is signed in
        self.job = operation
        self.ui.backupProgress.show()
        self.ui.backupProgress.setMaximum(0)  # busy until the first step is reported
        self.ui.backupProgress.setValue(0)
        operation.job.progressed.connect(self._show_progress)
        operation.ended.connect(lambda _result: self._ended(operation))
        return operation

    def _ended(self, operation: Operation) -> None:
        self.ui.backupProgress.setMaximum(100)
        self.ui.backupProgress.setValue(100 if operation.error is None else 0)
        if operation.error is not None and not isinstance(operation.error, DeskError):
            self.ui.backupStatusLabel.setText("Terjadi kesalahan; tidak ada yang diubah.")

    def _refused(self, error: DeskError) -> None:
        self.ui.backupStatusLabel.setText(str(error))

    def backup_now(self) -> None:
        target = self.ui.backupTargetCombo.currentData()
        if target == OTHER_FOLDER:
            folder = QFileDialog.getExistingDirectory(self, "Pilih folder untuk cadangan")
            if not folder:
                return
            target = folder
        if target:
            self.backup_to(Path(target))

    def backup_to(self, folder: Path) -> Operation:
        """Write a backup file to a USB stick or any folder, off the GUI thread; a refusal changes nothing."""
        desk = self.desk

        def done(info: backup.BackupInfo) -> None:
            self.ui.backupStatusLabel.setText(f"Cadangan tersimpan: {info.path} ({megabytes(info.size)})")
            self.load_backups()
            show_info(
                self,
                "Cadangan",
                f"Cadangan tersimpan:\n{info.path}\n\nSimpan flashdisk atau salinannya di tempat yang aman, "
                "terpisah dari komputer ini.",
            )

        return self._follow(
            self.ops.run(
                self,
                lambda _admin, progress: backup.create_backup(desk, folder, backup.MANUAL, progress),
                done=done,
                refused=self._refused,
                slow=True,
                progress="Mencadangkan data...",
                changes=False,
                title="Cadangan gagal",
                triggers=self._backup_triggers(),
            )
        )

    def choose_restore_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Pilih berkas cadangan", str(self.desk.paths.backups_dir), "Cadangan Kampar Desk (*.zip)"
        )
        if name:
            self.restore_from(Path(name))

    def restore_from(self, path: Path) -> Operation:
        """Check the backup off the GUI thread, show what it holds, and on confirmation ask the app to restore it."""

        def checked(result: backup.CheckedBackup) -> None:
            self.ui.backupStatusLabel.setText(result.describe())
            if confirm(self, "Pulihkan dari cadangan", restore_question(result, self.desk.paths.data_dir)):
                self.restore_requested.emit(result)
            else:
                self.ui.backupStatusLabel.setText("Pemulihan dibatalkan; tidak ada yang diubah.")

        return self._follow(
            self.ops.run(
                self,
                lambda _admin, progress: backup.verify_backup(path, progress),
                done=checked,
                refused=self._refused,
                slow=True,
                progress="Memeriksa cadangan...",
                changes=False,
                title="Cadangan ditolak",
                triggers=self._backup_triggers(),
            )
        )
