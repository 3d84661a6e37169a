"""The main window: office header, the signed-in officer, one tab per stage; owns sign-in, idle lock and sign-out,
the automatic backups (first start of the day, on exit) and, in the status bar, the database connection's state
(checked every few seconds on a worker when the data is on the office's server)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QSizePolicy, QWidget

from kampar_desk import __version__
from kampar_desk.domain.errors import AccountChanged, DeskError
from kampar_desk.domain.permissions import OfficeAction, allows
from kampar_desk.domain.workflow import Status
from kampar_desk.services import server_link, staff
from kampar_desk.services.applications import awaiting_issuance, find_by_number, queue
from kampar_desk.services.backup import (
    AUTOMATIC,
    ON_EXIT,
    BackupInfo,
    automatic_backups_apply,
    backup_taken_today,
    create_backup,
)
from kampar_desk.services.demo import is_demo_data
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import OfficeRecord, StaffRecord
from kampar_desk.services.settings import get_settings
from kampar_desk.ui.feedback import confirm
from kampar_desk.ui.forms.ui_main_window import Ui_MainWindow
from kampar_desk.ui.notice_bar import NoticeBar
from kampar_desk.ui.operations import Operation, Operations
from kampar_desk.ui.printing import DocumentPrinter
from kampar_desk.ui.session import FirstAdminDialog, IdleWatcher, SignInDialog
from kampar_desk.ui.style import ERROR_STYLE

if TYPE_CHECKING:
    from kampar_desk.ui.authenticity_tab import AuthenticityTab
    from kampar_desk.ui.complaints_tab import ComplaintsTab
    from kampar_desk.ui.home_tab import HomeTab
    from kampar_desk.ui.intake_tab import IntakeTab
    from kampar_desk.ui.reports_tab import ReportsTab
    from kampar_desk.ui.settings_tab import SettingsTab
    from kampar_desk.ui.skm_tab import SkmTab
    from kampar_desk.ui.stage_tab import StageTab
    from kampar_desk.ui.standard_tab import StandardTab
    from kampar_desk.ui.tracking_tab import TrackingTab

log = logging.getLogger(__name__)


TabT = TypeVar("TabT", bound=QWidget)

#: how often the status bar asks the office's server whether it is there; sooner while it is not
CONNECTION_CHECK_MS = 15_000
RECONNECT_CHECK_MS = 5_000


class _Tab(Generic[TabT]):
    """A tab of the window (`window.intake`), built the first time it is shown or asked for: the sign-in screen needs
    none of them, so neither their widgets nor their modules (letters, reports, charts) slow the start."""

    def __init__(self, build: Callable[[MainWindow], TabT]) -> None:
        self.build = build
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, window: MainWindow, owner: type | None = None) -> TabT:
        built = window.built_tabs.get(self.name)
        if built is None:
            built = self.build(window)
            window._place_tab(self.name, built)
        return cast(TabT, built)


# Each tab's module is loaded on first use: keeps the start fast.


def _home(window: MainWindow) -> HomeTab:
    from kampar_desk.ui.home_tab import HomeTab

    tab = HomeTab(window.ops)
    tab.open_requested.connect(window.open_file)
    return tab


def _intake(window: MainWindow) -> IntakeTab:
    from kampar_desk.ui.intake_tab import IntakeTab

    return IntakeTab(window.ops)


REVIEW_STATUSES = (Status.IN_TECHNICAL_REVIEW, Status.AWAITING_PAYMENT, Status.AWAITING_DECISION)


def _verification(window: MainWindow) -> StageTab:
    from kampar_desk.ui.stage_tab import StageTab

    desk = window.desk
    return StageTab(
        window.ops,
        "Verifikasi kesesuaian",
        lambda: queue(desk, (Status.RECEIVED,), 500),
        "Berkas lengkap menunggu verifikasi kesesuaian dengan peraturan.",
    )


def _review(window: MainWindow) -> StageTab:
    from kampar_desk.ui.stage_tab import StageTab

    desk = window.desk
    return StageTab(
        window.ops,
        "Pemeriksaan dan keputusan",
        lambda: queue(desk, REVIEW_STATUSES, 500),
        "Kajian teknis, pembayaran (bila layanan berbiaya), keputusan pejabat.",
    )


def _issuance(window: MainWindow) -> StageTab:
    from kampar_desk.ui.stage_tab import StageTab

    desk = window.desk
    return StageTab(
        window.ops,
        "Penerbitan dan penyerahan",
        lambda: awaiting_issuance(desk, 500),
        "Surat disetujui atau ditolak untuk diterbitkan, SKM, lalu penyerahan.",
    )


def _tracking(window: MainWindow) -> TrackingTab:
    from kampar_desk.ui.tracking_tab import TrackingTab

    tab = TrackingTab(window.ops)
    tab.reregister_requested.connect(window.reregister)
    return tab


def _authenticity(window: MainWindow) -> AuthenticityTab:
    from kampar_desk.ui.authenticity_tab import AuthenticityTab

    return AuthenticityTab(window.ops)


def _skm(window: MainWindow) -> SkmTab:
    from kampar_desk.ui.skm_tab import SkmTab

    return SkmTab(window.ops)


def _complaints(window: MainWindow) -> ComplaintsTab:
    from kampar_desk.ui.complaints_tab import ComplaintsTab

    return ComplaintsTab(window.ops)


def _reports(window: MainWindow) -> ReportsTab:
    from kampar_desk.ui.reports_tab import ReportsTab

    return ReportsTab(window.ops)


def _standard(window: MainWindow) -> StandardTab:
    from kampar_desk.ui.standard_tab import StandardTab

    return StandardTab(window.ops)


def _settings(window: MainWindow) -> SettingsTab:
    from kampar_desk.ui.settings_tab import SettingsTab

    tab = SettingsTab(window.ops)
    tab.settings_changed.connect(window.apply_settings)
    tab.restore_requested.connect(window.restore_requested)
    return tab


class MainWindow(QMainWindow):
    """Tabs never see each other: they emit signals and this window connects them.

    With `automatic_backups` (the real app, not most tests) it takes the day's first backup in the background and
    one on exit."""

    home = _Tab(_home)
    intake = _Tab(_intake)
    verification = _Tab(_verification)
    review = _Tab(_review)
    issuance = _Tab(_issuance)
    tracking = _Tab(_tracking)
    authenticity = _Tab(_authenticity)
    skm = _Tab(_skm)
    complaints = _Tab(_complaints)
    reports = _Tab(_reports)
    standard = _Tab(_standard)
    settings = _Tab(_settings)

    #: the admin confirmed restoring a verified backup (`backup.CheckedBackup`); the app reopens on the result
    restore_requested = Signal(object)

    def __init__(
        self,
        desk: Desk,
        printer: DocumentPrinter | None = None,
        parent: QWidget | None = None,
        automatic_backups: bool = False,
        log_file: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.printer = printer or DocumentPrinter()
        self.officer: StaffRecord | None = None
        self.ops = Operations(desk, self.current_officer, self.printer, log_file, self)
        #: the officer sent back to the sign-in because their account changed: their typed input waits for them
        self.interrupted: str | None = None
        self.active_dialog: QDialog | None = None
        self.automatic_backups = automatic_backups and automatic_backups_apply(desk)
        self.daily_backup: Operation | None = None
        self.exit_backup_done = False
        #: set when the app replaces this window (after a restore): it closes without asking and without a backup
        self.discarded = False
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        #: the tabs built so far, by name; each is built the first time it is shown or asked for (see `_Tab`)
        self.built_tabs: dict[str, QWidget] = {}
        self.ui.tabs.currentChanged.connect(self._tab_shown)
        self.idle = IdleWatcher(get_settings(desk).idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.ui.lockButton.clicked.connect(self.lock)
        self.ui.signOutButton.clicked.connect(self.sign_out)
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.lock)
        # A backup fault stays visible beside the status messages until the next backup succeeds.
        self.backup_fault = QLabel(self)
        self.backup_fault.setStyleSheet(ERROR_STYLE)
        self.backup_fault.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.backup_fault.hide()
        self.ui.statusBar.addWidget(self.backup_fault, 1)
        self.notice = NoticeBar(self.ops, self)
        self.ui.statusBar.addPermanentWidget(self.notice, 3)
        # Where the data is, and on the office's server whether it answers: asked on a worker, never on this thread.
        self.link = server_link.current_link(desk.paths)
        self.connection_label = QLabel(self)
        self.connection_label.setToolTip(self.link.describe())
        self.ui.statusBar.addPermanentWidget(self.connection_label)
        self.connected = True
        self.connection_check: Operation | None = None
        self.connection_timer = QTimer(self)
        self.connection_timer.timeout.connect(self.check_connection)
        self.ops.connection_lost.connect(lambda: self.show_connection(False))
        self.show_connection(True)
        self.show_office()
        self.show_officer(None)

    def _place_tab(self, name: str, tab: QWidget) -> None:
        self.built_tabs[name] = tab
        layout = getattr(self.ui, f"{name}PageLayout")
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(tab)
        tab.show()  # at once when its page is in view (a layout shows a new child only at the next event-loop turn)

    def _tab_on(self, page: QWidget | None) -> QWidget | None:
        """The tab of a page, built now if it was not yet (the page is being shown)."""
        for name, attribute in vars(MainWindow).items():
            if isinstance(attribute, _Tab) and getattr(self.ui, f"{name}Page") is page:
                return getattr(self, name)
        return None

    def _cover(self, covered: bool) -> None:
        """Hide the work (signed out or locked) behind a plain notice; the widgets and their input stay alive."""
        self.ui.tabs.setVisible(not covered)
        self.ui.lockedLabel.setVisible(covered)
        if covered and self.officer is None:
            self.ui.lockedLabel.setText("<h2>Kampar Desk</h2>Silakan masuk dengan akun petugas.")
        elif covered and self.officer is not None:
            self.ui.lockedLabel.setText(
                f"<h2>Layar terkunci</h2>{self.officer.full_name}: isian yang belum disimpan tetap ada. "
                "Masukkan kata sandi untuk melanjutkan."
            )

    def current_officer(self) -> StaffRecord | None:
        return self.officer

    # -- database connection --------------------------------------------------------------------------------------

    def show_connection(self, connected: bool) -> None:
        """The status bar's word on the database; on the server, the next check is due sooner while it is gone."""
        self.connected = connected
        if not self.link.on_server:
            text, fault = "Basis data: di komputer ini", False
        elif connected:
            text, fault = f"Server: {self.link.address} — terhubung", False
        else:
            text, fault = "Server tidak terhubung — mencoba lagi…", True
        self.connection_label.setText(text)
        self.connection_label.setStyleSheet(ERROR_STYLE if fault else "")
        if self.link.on_server:
            self.connection_timer.start(CONNECTION_CHECK_MS if connected else RECONNECT_CHECK_MS)

    def check_connection(self) -> Operation | None:
        """On the timer: does the server answer? A `SELECT 1` on a worker, one at a time, with no busy cursor."""
        if self.connection_check is not None and not self.connection_check.finished:
            return None  # the last check still waits for a server that does not answer
        self.connection_check = self.ops.run(
            self,
            lambda _officer: server_link.ping(),
            done=self.show_connection,
            failed=lambda _error: self.show_connection(False),
            slow=True,
            changes=False,
            signed_in=False,
            quiet=True,
        )
        return self.connection_check

    # -- header -----------------------------------------------------------------------------------------------------

    def show_office(self) -> None:
        desk = self.desk
        self.ops.read(self, lambda: (desk.office(), is_demo_data(desk)), self._fill_office, offline=_unchanged)

    def _fill_office(self, read: tuple[OfficeRecord, bool]) -> None:
        office, demo = read
        self.setWindowTitle(f"Kampar Desk {__version__} - {office.short_name}" + (" - DATA CONTOH" if demo else ""))
        mark = f' <span style="{ERROR_STYLE}">DATA CONTOH</span>' if demo else ""
        self.ui.officeLabel.setText(f"<b>{office.name}</b>{mark}<br>{office.government.title()}")
        services = ", ".join(s.name for s in self.desk.catalog.values())
        self.ui.serviceLabel.setText(f"Layanan: {services}")

    def show_officer(self, officer: StaffRecord | None) -> None:
        if officer is None:
            self.ui.officerLabel.setText("Belum masuk")
        else:
            self.ui.officerLabel.setText(f"<b>{officer.full_name}</b><br>{officer.role_labels}")
        self.ui.lockButton.setEnabled(officer is not None)
        self.ui.signOutButton.setEnabled(officer is not None)
        settings_index = self.ui.tabs.indexOf(self.ui.settingsPage)
        self.ui.tabs.setTabVisible(
            settings_index, officer is not None and allows(officer.roles, OfficeAction.EDIT_SETTINGS)
        )

    def apply_settings(self) -> None:
        self.desk.forget_office()
        self.show_office()
        self._read_idle_minutes()
        if self.officer is not None:
            self.idle.start()

    def _read_idle_minutes(self) -> None:
        """The screen lock's delay, read off the GUI thread on the server (the lock keeps its last value meanwhile)."""
        desk = self.desk
        self.ops.read(self, lambda: get_settings(desk).idle_lock_minutes, self.idle.set_minutes, offline=_unchanged)

    def _tab_shown(self, index: int) -> None:
        page = self.ui.tabs.widget(index)
        self._tab_on(page)
        if page is self.ui.verificationPage:
            self.verification.refresh()
        elif page is self.ui.reviewPage:
            self.review.refresh()
        elif page is self.ui.issuancePage:
            self.issuance.refresh()
        elif page is self.ui.complaintsPage:
            self.complaints.refresh()
        elif page is self.ui.reportsPage:
            self.reports.refresh()
        elif (
            page is self.ui.settingsPage
            and self.officer is not None
            and allows(self.officer.roles, OfficeAction.EDIT_SETTINGS)
        ):
            self.settings.refresh()

    def has_unsaved_input(self) -> bool:
        """Registration input typed and not saved (an intake tab never built holds none)."""
        return "intake" in self.built_tabs and self.intake.has_input()

    def _clear_intake(self) -> None:
        if "intake" in self.built_tabs:
            self.intake.clear(ask=False)

    # -- session ----------------------------------------------------------------------------------------------------

    def begin(self) -> None:
        """After the window is shown: first-run admin, otherwise sign-in."""
        if staff.needs_first_admin(self.desk):
            dialog = FirstAdminDialog(self.desk, self)
            dialog.accepted.connect(lambda: self.signed_in(dialog.officer))
            dialog.rejected.connect(self.close)
            self._open(dialog)
        else:
            self.show_sign_in()

    def _open(self, dialog: QDialog) -> None:
        self.active_dialog = dialog
        dialog.open()

    def show_sign_in(self) -> None:
        self._cover(True)
        dialog = SignInDialog(self.desk, parent=self)
        dialog.accepted.connect(lambda: self.signed_in(dialog.officer))
        dialog.quit_requested.connect(self.close)
        self._open(dialog)

    def signed_in(self, officer: StaffRecord | None) -> None:
        self.active_dialog = None
        if officer is None:
            return
        if self.interrupted is not None and officer.username != self.interrupted:
            self._clear_intake()  # another officer: what the interrupted one typed is not theirs to see
        returning = self.interrupted == officer.username  # back to the work an account change interrupted
        self.interrupted = None
        self.officer = officer
        self.show_officer(officer)
        if not returning:
            self.ui.tabs.setCurrentWidget(self.ui.homePage)  # every officer starts from their own Beranda
        self._cover(False)
        self.ui.statusBar.showMessage(f"Masuk sebagai {officer.full_name} ({officer.role_labels}).", 8000)
        self._read_idle_minutes()
        self.idle.start()
        self._tab_shown(self.ui.tabs.currentIndex())

    def lock(self) -> None:
        """Hide the work, keep every typed character; only the same officer's password (or switching) opens it."""
        if self.officer is None or isinstance(self.active_dialog, SignInDialog):
            return
        self.idle.stop()
        self._cover(True)
        dialog = SignInDialog(self.desk, locked_for=self.officer, parent=self)
        dialog.accepted.connect(self.unlocked)
        dialog.switch_requested.connect(lambda: (dialog.done(0), self.sign_out(ask=False)))
        dialog.quit_requested.connect(self.close)
        self._open(dialog)

    def unlocked(self) -> None:
        self.active_dialog = None
        self._cover(False)
        self.idle.start()

    def sign_out(self, ask: bool = True) -> None:
        if ask and self.has_unsaved_input():
            question = "Isian pendaftaran yang belum disimpan akan dikosongkan. Keluar sekarang?"
            if not confirm(self, "Keluar", question):
                return
        self.idle.stop()
        self._clear_intake()
        self.notice.show_notice(None)  # the last officer's paper is not the next one's to open or reprint
        self.officer = None
        self.show_officer(None)
        self.show_sign_in()

    def account_changed(self, error: AccountChanged) -> None:
        """A service refused because this officer's account was deactivated or its roles changed since sign-in
        (the refusal was shown): back to the sign-in. Typed input stays for the same officer, is cleared for another."""
        if self.officer is None:
            return
        log.info("Account of %s changed; back to the sign-in: %s", self.officer.username, error)
        self.idle.stop()
        self.interrupted = self.officer.username
        self.officer = None
        self.show_officer(None)
        self.show_sign_in()

    def open_file(self, number: str) -> Operation:
        """Beranda asked for a file: the stage tab whose queue holds its status, with the file selected. Its status
        is read as a view reads (on a worker on the office's server)."""
        desk = self.desk
        return self.ops.read(
            self, lambda: find_by_number(desk, number).status, lambda status: self._open_in_stage(number, status)
        )

    def _open_in_stage(self, number: str, status: Status) -> None:
        if status == Status.RECEIVED:
            page, stage = self.ui.verificationPage, self.verification
        elif status in (Status.IN_TECHNICAL_REVIEW, Status.AWAITING_PAYMENT, Status.AWAITING_DECISION):
            page, stage = self.ui.reviewPage, self.review
        else:
            page, stage = self.ui.issuancePage, self.issuance
        self.ui.tabs.setCurrentWidget(page)  # a stage refreshes as it is shown when the desk changed meanwhile
        if stage.follows.stale:
            stage.follows.refresh()
        stage.select_number(number)

    def reregister(self, application_id: uuid.UUID) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.intakePage)
        self.intake.prefill_from_returned(application_id)

    # -- automatic backups ------------------------------------------------------------------------------------------

    def start_daily_backup(self) -> Operation | None:
        """At the first start of the day: a backup into the rotation, off the GUI thread; work goes on meanwhile."""
        if not self.automatic_backups or backup_taken_today(self.desk):
            return None
        desk = self.desk
        self.daily_backup = self.ops.run(
            self,
            lambda _officer: create_backup(desk, reason=AUTOMATIC),
            done=self._backup_taken,
            failed=lambda error: self.backup_failed("Cadangan otomatis harian", error),
            slow=True,
            changes=False,
            signed_in=False,
        )
        return self.daily_backup

    def _backup_taken(self, info: BackupInfo) -> None:
        self.backup_fault.hide()
        self.ui.statusBar.showMessage(f"Cadangan harian dibuat: {info.path.name}.", 8000)
        if "settings" in self.built_tabs and self.settings.isVisible():
            self.settings.load_backups()

    def backup_failed(self, what: str, error: BaseException) -> None:
        """Shown once in the status bar (the runner logged it); never in the officer's way."""
        reason = (
            str(error)
            if isinstance(error, DeskError)
            else (f"{type(error).__name__}: {error} (rincian di {self.desk.paths.log_file})")
        )
        text = f"{what} gagal: {reason}"
        self.backup_fault.setText(text)
        self.backup_fault.setToolTip(text)
        self.backup_fault.show()

    def take_exit_backup(self) -> None:
        """On exit, behind a progress dialog (the app is closing); a failure is said, and never blocks exit."""
        self.ops.settle()
        self.exit_backup_done = True
        desk = self.desk

        def failed(error: BaseException) -> None:
            self.backup_failed("Cadangan saat menutup", error)
            QMessageBox.warning(
                self,
                "Cadangan tidak dibuat",
                f"{self.backup_fault.text()}\n\nData yang sudah disimpan tetap aman. Kampar Desk tetap ditutup; "
                "buat cadangan ke flashdisk (Pengaturan > Cadangan) setelah masalahnya diatasi.",
            )

        self.ops.run(
            self,
            lambda _officer, progress: create_backup(desk, reason=ON_EXIT, progress=progress),
            failed=failed,
            slow=True,
            progress="Mencadangkan data sebelum menutup...",
            changes=False,
            signed_in=False,
        ).wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.discarded:
            self.idle.stop()
            self.connection_timer.stop()
            event.accept()
            return
        unsaved = self.officer is not None and self.has_unsaved_input()
        question = "Ada isian pendaftaran yang belum disimpan. Tutup aplikasi?"
        if unsaved and not confirm(self, "Tutup aplikasi", question):
            event.ignore()
            return
        self.idle.stop()
        self.connection_timer.stop()
        self.ops.settle()  # a backup to a stick, an export: finished, not cut off half-written
        if self.automatic_backups and not self.exit_backup_done:
            self.take_exit_backup()
        event.accept()


def _unchanged(_error: object) -> None:
    """A header read the server did not answer: the header keeps what it showed (the status bar says why)."""
