"""Opening the data folder for work and what happens when it cannot be opened as it is.

A lost or damaged database is never taken for a new installation: the officer is told what happened and chooses
the newest good backup, another backup file, another data folder, or to close. Nothing is ever deleted; a restore
moves the current folder aside. Another Kampar Desk on the same folder, or a refusing disk, is said in a sentence and
the app does not start. Every step runs through an operation runner of its own (nobody is signed in yet), which
catches and logs what fails; this module only decides what to say and what comes next."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from kampar_desk.domain.errors import AlreadyRunning, DataFolderProblem, DeskError
from kampar_desk.paths import AppPaths
from kampar_desk.services import backup
from kampar_desk.services.data_folder import NOT_A_FOLDER
from kampar_desk.services.logbook import start_logging
from kampar_desk.services.recovery import WorkingDesk, open_for_work
from kampar_desk.ui.feedback import confirm, show_unexpected, unexpected_text
from kampar_desk.ui.main_window import MainWindow
from kampar_desk.ui.operations import Operations
from kampar_desk.ui.printing import DocumentPrinter
from kampar_desk.ui.restoring import restore, restore_question, restored_text

log = logging.getLogger(__name__)

EXIT_CANNOT_OPEN = 2
EXIT_ALREADY_RUNNING = 3

RESTORE_NEWEST = "restore-newest"
CHOOSE_BACKUP = "choose-backup"
OTHER_FOLDER = "other-folder"
CLOSE = "close"
RETRY = "retry"
#: the office's server could not be opened: its backups are the server's (pg_dump), never this PC's old local file
SERVER_PROBLEMS = ("offline", "denied")

HEADLINES = {
    "missing": "Basis data Kampar Desk hilang atau kosong.",
    "damaged": "Basis data Kampar Desk rusak.",
    NOT_A_FOLDER: "Folder data Kampar Desk tidak dapat dipakai.",
    "offline": "Server basis data kantor tidak dapat dihubungi.",
    "denied": "Server basis data kantor belum siap untuk versi ini.",
}


class DataFolderDialog(QMessageBox):
    """What happened to the data folder, and the four ways on; `ask()` returns the choice."""

    def __init__(
        self,
        problem: DataFolderProblem,
        offered: backup.CheckedBackup | None,
        paths: AppPaths,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle("Data Kampar Desk bermasalah")
        self.setText(f"<b>{HEADLINES.get(problem.kind, 'Folder data Kampar Desk tidak dapat dibuka.')}</b>")
        on_server = problem.kind in SERVER_PROBLEMS
        can_restore = problem.kind != NOT_A_FOLDER and not on_server
        lines = [str(problem), "", "Tidak ada yang dihapus. Pilihan:"]
        if on_server:
            lines += ["- Coba lagi setelah jaringan dan PC server diperiksa."]
        if offered is not None:
            lines += ["- Pulihkan cadangan terbaru yang utuh:", f"  {offered.describe()}"]
        elif can_restore:
            lines += [f"- (Tidak ada cadangan yang utuh di {paths.backups_dir}.)"]
        if can_restore:
            lines += ["- Pilih berkas cadangan lain, misalnya dari flashdisk."]
        lines += ["- Buka folder data yang lain.", "- Tutup, lalu hubungi petugas TI."]
        if can_restore:
            lines += ["", "Bila dipulihkan, folder data yang sekarang dipindahkan ke samping dan tetap disimpan."]
        self.setInformativeText("\n".join(lines))
        self.choices: dict[object, str] = {}
        first = None
        if on_server:
            first = self._button("retryButton", "Coba lagi", RETRY)
        if offered is not None:
            first = self._button("restoreNewestButton", "Pulihkan cadangan terbaru", RESTORE_NEWEST)
        if can_restore:
            chosen = self._button("chooseBackupButton", "Pilih berkas cadangan...", CHOOSE_BACKUP)
            first = first or chosen
        other = self._button("otherFolderButton", "Buka folder data lain...", OTHER_FOLDER)
        close = self.addButton("Tutup", QMessageBox.ButtonRole.RejectRole)
        close.setObjectName("closeButton")
        self.choices[close] = CLOSE
        self.setEscapeButton(close)
        self.setDefaultButton(first or other)

    def _button(self, name: str, text: str, choice: str) -> QPushButton:
        button = self.addButton(text, QMessageBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        self.choices[button] = choice
        return button

    def ask(self) -> str:
        self.exec()
        return self.choices.get(self.clickedButton(), CLOSE)


class DeskApp(QObject):
    """The running app: the opened data folder (`working`), its window, the restore that replaces both."""

    def __init__(
        self,
        paths: AppPaths,
        printer: DocumentPrinter | None = None,
        clock: Callable[[], datetime] | None = None,
        log_file: Path | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.printer = printer or DocumentPrinter()
        self.clock = clock
        # Before a window exists: no desk and nobody signed in; the runner still catches, logs and tells.
        self.ops = Operations(None, lambda: None, self.printer, log_file, self)
        self.log_file = log_file
        self.working: WorkingDesk | None = None
        self.window: MainWindow | None = None
        self.restored: backup.RestoreResult | None = None  # done while opening; told once the window shows
        self.switched_folder = False
        self._showing_error = False

    @property
    def log_file(self) -> Path | None:
        return self.ops.log_file

    @log_file.setter
    def log_file(self, log_file: Path | None) -> None:
        self.ops.log_file = log_file

    def _reopen_log(self) -> None:
        self.log_file = start_logging(self.paths, "gui")

    # -- opening ----------------------------------------------------------------------------------------------------

    def start(self) -> int | None:
        """Open the data folder and show the window; an exit code instead when the app must not start."""
        opened = self.open_working()
        if isinstance(opened, int):
            return opened
        self.working = opened
        if self.log_file is not None and self.log_file != self.paths.log_file:
            # The log went to the temporary folder while the data folder did not exist yet (first run, a restore).
            self.log_file = start_logging(self.paths, "gui")
        self.show_window()
        return None

    def open_working(self) -> WorkingDesk | int:
        while True:
            opening = self.ops.run(
                None,
                lambda _nobody: open_for_work(self.paths, self.clock),
                failed=lambda _error: None,  # logged by the runner; said below, with what comes next
                changes=False,
                signed_in=False,
            )
            if opening.succeeded:
                return opening.result
            assert opening.error is not None
            code = self.not_opened(opening.error)
            if code is not None:
                return code

    def not_opened(self, error: BaseException) -> int | None:
        """Say why the folder did not open; None when the officer recovered it and opening is tried again."""
        if isinstance(error, AlreadyRunning):
            log.warning("Not started: %s", error)
            QMessageBox.critical(None, "Kampar Desk sudah terbuka", str(error))
            return EXIT_ALREADY_RUNNING
        if isinstance(error, DataFolderProblem):
            log.error("Data folder problem (%s): %s", error.kind, error)
            return None if self.recover(error) else EXIT_CANNOT_OPEN
        if isinstance(error, DeskError):  # a read-only or full disk, a locked database, a bad service file
            log.error("Not started: %s", error)
            QMessageBox.critical(
                None,
                "Kampar Desk tidak dapat dibuka",
                f"{error}\n\nFolder data: {self.paths.data_dir}\nTidak ada data yang diubah.",
            )
            return EXIT_CANNOT_OPEN
        # Unexpected: the runner logged it with its traceback; the dialog names the log file.
        QMessageBox.critical(None, "Terjadi kesalahan", unexpected_text(error, self.log_file))
        return EXIT_CANNOT_OPEN

    def recover(self, problem: DataFolderProblem) -> bool:
        """Ask what to do about a lost or damaged database; True when opening should be tried again."""
        # A server that cannot be opened is no lost folder: restoring this PC's old local backup would split the office
        offered = self.newest_good_backup() if problem.kind not in (NOT_A_FOLDER, *SERVER_PROBLEMS) else None
        while True:
            choice = self.ask(problem, offered)
            log.info("Data folder problem: the officer chose %s", choice)
            if choice == RETRY:
                return True
            if choice == RESTORE_NEWEST and offered is not None:
                if self.confirm_and_restore(offered):
                    return True
            elif choice == CHOOSE_BACKUP:
                checked = self.choose_backup_file()
                if checked is not None and self.confirm_and_restore(checked):
                    return True
            elif choice == OTHER_FOLDER:
                if self.choose_other_folder():
                    return True
            else:
                return False

    def ask(self, problem: DataFolderProblem, offered: backup.CheckedBackup | None) -> str:
        return DataFolderDialog(problem, offered, self.paths).ask()

    def newest_good_backup(self) -> backup.CheckedBackup | None:
        paths = self.paths
        search = self.ops.run(
            None,
            lambda _nobody, _progress: backup.newest_good_backup(paths),
            failed=lambda _error: None,  # logged by the runner; then none is offered, a file can still be picked
            slow=True,
            progress="Mencari cadangan yang utuh...",
            changes=False,
            signed_in=False,
        )
        found = search.wait()
        return found if search.succeeded and isinstance(found, backup.CheckedBackup) else None

    def choose_backup_file(self) -> backup.CheckedBackup | None:
        start = self.paths.backups_dir if self.paths.backups_dir.is_dir() else Path.home()
        name, _ = QFileDialog.getOpenFileName(None, "Pilih berkas cadangan", str(start), "Cadangan Kampar Desk (*.zip)")
        if not name:
            return None
        check = self.ops.run(
            None,
            lambda _nobody, progress: backup.verify_backup(Path(name), progress),
            slow=True,
            progress="Memeriksa cadangan...",
            changes=False,
            signed_in=False,
            title="Cadangan ditolak",
        )
        checked = check.wait()
        return checked if check.succeeded else None

    def confirm_and_restore(self, checked: backup.CheckedBackup, parent: QWidget | None = None) -> bool:
        if not confirm(parent, "Pulihkan dari cadangan", restore_question(checked, self.paths.data_dir)):
            return False
        self.restored = self.restore(checked, parent)
        return self.restored is not None

    def choose_other_folder(self) -> bool:
        folder = QFileDialog.getExistingDirectory(None, "Pilih folder data Kampar Desk")
        if not folder:
            return False
        paths = AppPaths(Path(folder))
        if not paths.database.exists() and paths.database_url is None:
            question = (
                f"Folder {folder} belum berisi data Kampar Desk. Mulai data baru di folder itu?\n\n"
                f"Folder data {self.paths.data_dir} tidak diubah."
            )
            if not confirm(None, "Folder data baru", question):
                return False
        log.warning("Switching to the data folder %s", folder)
        self.paths = paths
        self.switched_folder = True
        if self.log_file is not None:
            self.log_file = start_logging(paths, "gui")
        return True

    def restore(self, checked: backup.CheckedBackup, parent: QWidget | None = None) -> backup.RestoreResult | None:
        """The restore, with the log file closed meanwhile: it lives in the data folder that is moved aside. None
        when refused or failed (the officer was told)."""
        reopen_log = self._reopen_log if self.log_file is not None else None
        return restore(self.ops, self.paths, checked, parent, reopen_log)

    # -- the window -------------------------------------------------------------------------------------------------

    def show_window(self) -> MainWindow:
        assert self.working is not None
        window = MainWindow(self.working.desk, self.printer, automatic_backups=True, log_file=self.log_file)
        window.restore_requested.connect(self.restore_in_place)
        window.resize(1280, 680)  # the size when un-maximized: it fits a 1366x768 laptop with its taskbar
        window.showMaximized()
        self.window = window
        self.tell_what_opening_found(window)
        window.begin()
        window.start_daily_backup()
        return window

    def tell_what_opening_found(self, window: MainWindow) -> None:
        assert self.working is not None
        if self.restored is not None:
            QMessageBox.information(window, "Data dipulihkan", restored_text(self.restored))
            self.restored = None
        report = self.working.reconciled
        if report.changed:
            window.ui.statusBar.showMessage(f"Pemeriksaan arsip saat mulai: {report.describe()}.", 15000)
        if self.switched_folder:
            window.ui.statusBar.showMessage(
                f"Memakai folder data {self.paths.data_dir} (hanya untuk kali ini; lain kali dibuka folder bawaan).",
                15000,
            )
        if report.missing_letters:
            numbers = ", ".join(report.missing_letters)
            QMessageBox.warning(
                window,
                "Arsip surat hilang",
                f"PDF surat berikut tidak ada di arsip, padahal suratnya tercatat: {numbers}.\n\n"
                "Surat yang sudah ditandatangani tidak dapat dibuat ulang persis sama. Ambil berkas PDF-nya dari "
                f"cadangan (berkas .zip di {self.paths.backups_dir} atau di flashdisk, folder letters) dan "
                f"letakkan kembali di {self.paths.letters_dir}, atau hubungi petugas TI.\n\n"
                "Data lain aman dan pekerjaan dapat dilanjutkan.",
            )

    # -- restoring while the app runs (Pengaturan > Cadangan) -------------------------------------------------------

    def restore_in_place(self, checked: backup.CheckedBackup) -> None:
        """Close the desk, restore the verified backup, and open the restored folder in a new window."""
        window = self.window
        assert window is not None and self.working is not None
        if window.has_unsaved_input() and not confirm(
            window, "Pulihkan dari cadangan", "Isian pendaftaran yang belum disimpan akan hilang. Lanjutkan?"
        ):
            return
        who = window.officer.username if window.officer else "-"
        log.warning("Restore of %s requested by %s", checked.path, who)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # the desk runs in the GUI application
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # between the two windows the app must not end
        try:
            window.idle.stop()
            window.ops.settle()  # the daily backup, an export: finished before the desk closes
            self.working.close()
            self.working = None
            # Refused before anything moved, or finished at the next opening: the folder is reopened as it is.
            self.restored = self.restore(checked, window)
            window.discarded = True
            window.close()
            window.deleteLater()
            self.window = None
            code = self.start()
            if code is not None:
                app.exit(code)
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)

    # -- the end ----------------------------------------------------------------------------------------------------

    def unexpected(self, error: BaseException) -> None:
        """An error nothing caught: logged with its traceback, told in a dialog naming the log file; work goes on."""
        if self._showing_error:
            log.error("Unexpected error while another was shown", exc_info=error)
            return
        self._showing_error = True
        try:
            show_unexpected(self.window, error, self.log_file)
        finally:
            self._showing_error = False

    def shutdown(self) -> None:
        """Close the database and release the data folder (the window took its exit backup when it closed)."""
        if self.working is not None:
            self.working.close()
            self.working = None
