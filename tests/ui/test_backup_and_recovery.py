"""Never lose a record, in the GUI: start-up on a lost database, one copy per folder, Pengaturan > Cadangan, restore."""

from __future__ import annotations

import logging
import random
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kampar_desk.domain.errors import StorageError
from kampar_desk.domain.roles import Role
from kampar_desk.services import backup, intake, letters
from kampar_desk.services.logbook import start_logging, stop_logging
from kampar_desk.store.database import close_database
from kampar_desk.store.models import Application
from kampar_desk.ui.printing import DocumentPrinter
from kampar_desk.ui.session import SignInDialog
from kampar_desk.ui.startup import EXIT_ALREADY_RUNNING, EXIT_CANNOT_OPEN, DeskApp
from tests.conftest import intake_form
from tests.mounts import mounted, remount, unmount
from tests.ui.conftest import sign_in


def answer_next_box(button: str, seen: list[str], tries: int = 500) -> None:
    """Click `button` of the next modal message box as soon as it is up, keeping its text in `seen`."""

    def click(left: int = tries) -> None:
        box = QApplication.activeModalWidget()
        target = box.findChild(QPushButton, button) if isinstance(box, QMessageBox) else None
        if target is None:
            if left:
                QTimer.singleShot(10, lambda: click(left - 1))
            return
        seen.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        target.click()

    QTimer.singleShot(0, click)


@pytest.fixture
def desk_apps(qtbot):
    """Start DeskApps like run_gui does; afterwards close their windows (no exit backup) and release the folders."""
    started: list[DeskApp] = []
    yield started
    for app in started:
        if app.window is not None:
            app.window.discarded = True
            app.window.close()
        app.shutdown()


def start_app(desk_apps, desk, printers, clock) -> DeskApp:
    close_database()  # the fixture's connection: the app opens the folder itself
    app = DeskApp(desk.paths, DocumentPrinter(printers), clock=clock)
    desk_apps.append(app)
    return app


def register(desk, officers, nik="1401025708850003") -> str:
    return intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik=nik)).detail.number


def aside_folders(desk) -> list[Path]:
    return sorted(desk.paths.data_dir.parent.glob("data-sebelum-pulih-*"))


def test_a_lost_database_is_not_a_new_installation_and_the_newest_backup_is_restored(
    qtbot, desk, officers, clock, printers, dialogs, desk_apps
):
    number = register(desk, officers)
    backup.create_backup(desk, reason=backup.AUTOMATIC)
    close_database()
    desk.paths.database.write_bytes(b"")  # the power cut that leaves a zero-length file
    app = start_app(desk_apps, desk, printers, clock)
    seen: list[str] = []
    answer_next_box("restoreNewestButton", seen)

    assert app.start() is None

    assert "Basis data Kampar Desk hilang atau kosong" in seen[0]
    assert "bukan pemasangan baru" in seen[0] and "Tidak ada yang dihapus" in seen[0]
    assert "Pulihkan cadangan terbaru yang utuh" in seen[0]
    assert "kampar-desk-20260316-090000-otomatis.zip utuh, dibuat 16-03-2026 09:00: 1 berkas permohonan" in seen[0]
    assert "TIDAK dihapus" in dialogs.texts("question")[0]
    assert dialogs.texts("information")[0].startswith("Data dipulihkan. Cadangan kampar-desk-20260316-090000")
    (aside,) = aside_folders(desk)
    assert (aside / "kampar-desk.db").stat().st_size == 0, "the lost database is kept, not deleted"
    assert [row.number for row in Application.select()] == [number]
    assert isinstance(app.window.active_dialog, SignInDialog)  # staff accounts came back with the data
    sign_in(qtbot, app.window, "fo.siti")


def test_a_damaged_database_is_restored_from_a_backup_file_the_officer_picks(
    desk, officers, clock, printers, dialogs, desk_apps, tmp_path, monkeypatch
):
    from kampar_desk.ui import startup

    number = register(desk, officers)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    made = backup.create_backup(desk, stick)
    close_database()
    damaged = random.Random(1).randbytes(desk.paths.database.stat().st_size)
    desk.paths.database.write_bytes(damaged)
    monkeypatch.setattr(startup.QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(made.path), ""))
    app = start_app(desk_apps, desk, printers, clock)
    seen: list[str] = []
    answer_next_box("chooseBackupButton", seen)

    assert app.start() is None

    assert "Basis data Kampar Desk rusak" in seen[0] and "Tidak ada cadangan yang utuh" in seen[0]
    assert made.path.name in dialogs.texts("question")[0]
    (aside,) = aside_folders(desk)
    assert (aside / "kampar-desk.db").read_bytes() == damaged, "the damaged file is kept as it was"
    assert [row.number for row in Application.select()] == [number]


def test_a_lost_database_and_the_officer_closes(desk, officers, clock, printers, dialogs, desk_apps):
    register(desk, officers)
    close_database()
    desk.paths.database.write_bytes(b"")
    app = start_app(desk_apps, desk, printers, clock)
    seen: list[str] = []
    answer_next_box("closeButton", seen)
    assert app.start() == EXIT_CANNOT_OPEN
    assert "Tidak ada cadangan yang utuh" in seen[0]
    assert app.window is None and desk.paths.database.stat().st_size == 0  # nothing written, nothing deleted


def test_a_lost_database_and_another_data_folder(
    desk, officers, clock, printers, dialogs, desk_apps, tmp_path, monkeypatch
):
    from kampar_desk.ui import startup

    register(desk, officers)
    close_database()
    desk.paths.database.write_bytes(b"")
    other = tmp_path / "lain"
    other.mkdir()
    monkeypatch.setattr(startup.QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(other))
    app = start_app(desk_apps, desk, printers, clock)
    answer_next_box("otherFolderButton", [])
    assert app.start() is None
    assert "belum berisi data Kampar Desk" in dialogs.texts("question")[0]
    assert app.working.desk.paths.data_dir == other and (other / "kampar-desk.db").stat().st_size > 0
    assert desk.paths.database.stat().st_size == 0


def test_a_second_copy_on_the_same_folder_says_it_is_already_open(desk, officers, clock, printers, dialogs, desk_apps):
    first = start_app(desk_apps, desk, printers, clock)
    assert first.start() is None
    second = start_app(desk_apps, desk, printers, clock)
    assert second.start() == EXIT_ALREADY_RUNNING
    assert "Kampar Desk sudah terbuka untuk folder data" in dialogs.texts("critical")[0]
    assert second.window is None
    assert first.working.lock.held and Application.select().count() == 0  # the first copy works on


def test_a_read_only_data_folder_is_a_sentence_and_the_app_does_not_start(tmp_path, clock, printers, dialogs):
    from kampar_desk.paths import AppPaths
    from kampar_desk.services.desk import open_desk

    disk = mounted(tmp_path, "size=16m", name="disk")
    try:
        open_desk(AppPaths(disk / "data"), clock=clock)
        close_database()
        remount(disk, "ro")
        app = DeskApp(AppPaths(disk / "data"), DocumentPrinter(printers), clock=clock)
        assert app.start() == EXIT_CANNOT_OPEN
        (text,) = dialogs.texts("critical")
        assert "tidak dapat ditulisi" in text and "Tidak ada data yang diubah" in text
    finally:
        close_database()
        unmount(disk)


def test_a_missing_letter_pdf_is_told_after_the_window_shows(desk, officers, clock, printers, dialogs, desk_apps):
    from tests.services.test_letters import approved_file

    letter = letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], approved_file(desk, officers, clock))
    letter.path.unlink()
    app = start_app(desk_apps, desk, printers, clock)
    assert app.start() is None
    (warning,) = dialogs.texts("warning")
    assert letter.number in warning and "tidak dapat dibuat ulang persis sama" in warning


def test_the_first_start_of_the_day_and_the_exit_take_backups(
    qtbot, desk, officers, clock, printers, dialogs, desk_apps
):
    app = start_app(desk_apps, desk, printers, clock)
    assert app.start() is None
    job = app.window.daily_backup
    assert job is not None
    job.wait()
    assert [info.reason for info in backup.list_backups(desk.paths.backups_dir)] == [backup.AUTOMATIC]
    assert app.window.start_daily_backup() is None  # once a day
    clock.advance(minutes=30)
    app.window.close()
    # The rotation keeps the newest backup of the day: the one taken on exit.
    assert [info.reason for info in backup.list_backups(desk.paths.backups_dir)] == [backup.ON_EXIT]
    app.window = None
    app.shutdown()


def test_a_failed_automatic_backup_is_shown_in_the_status_bar_and_work_goes_on(
    qtbot, desk, officers, clock, printers, dialogs, desk_apps, monkeypatch
):
    from kampar_desk.store.faults import DISK_FULL, MESSAGES
    from kampar_desk.ui import main_window

    def disk_full(*args, **kwargs):
        raise StorageError(DISK_FULL, MESSAGES[DISK_FULL])

    monkeypatch.setattr(main_window, "create_backup", disk_full)
    app = start_app(desk_apps, desk, printers, clock)
    assert app.start() is None
    app.window.daily_backup.wait()
    assert app.window.backup_fault.isVisible()
    assert app.window.backup_fault.text().startswith("Cadangan otomatis harian gagal: Disk penuh")
    assert not dialogs.shown  # no dialog in the officer's way
    sign_in(qtbot, app.window, "fo.siti")


def test_an_unexpected_error_names_the_log_file_and_the_app_goes_on(
    desk, officers, clock, printers, dialogs, desk_apps
):
    app = start_app(desk_apps, desk, printers, clock)
    app.log_file = start_logging(desk.paths, "test")
    try:
        assert app.start() is None
        try:
            raise RuntimeError("uji kesalahan")
        except RuntimeError as error:
            app.unexpected(error)
    finally:
        stop_logging()
        logging.getLogger().setLevel(logging.WARNING)
    (text,) = dialogs.texts("critical")
    assert str(desk.paths.log_file) in text and "Data yang sudah disimpan tetap aman" in text
    logged = desk.paths.log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: uji kesalahan" in logged
    assert app.window.isVisible()


# -- Pengaturan > Cadangan ------------------------------------------------------------------------------------------


def open_backups(qtbot, window):
    sign_in(qtbot, window, "admin")
    window.ui.tabs.setCurrentWidget(window.ui.settingsPage)
    tab = window.settings
    tab.ui.sections.setCurrentWidget(tab.ui.backupPage)
    return tab


def test_the_backup_section_lists_the_rotation_and_backs_up_to_a_chosen_folder(
    qtbot, window, desk, officers, dialogs, tmp_path
):
    register(desk, officers)
    backup.create_backup(desk, reason=backup.AUTOMATIC)
    tab = open_backups(qtbot, window)
    assert tab.ui.backupsTable.rowCount() == 1
    assert tab.ui.backupsTable.item(0, 0).text() == "16-03-2026 09:00"
    assert tab.ui.backupsTable.item(0, 1).text() == "Otomatis (harian)"
    assert tab.ui.backupsTable.item(0, 2).text().endswith(" MB")
    assert str(desk.paths.data_dir) in tab.ui.dataFolderLabel.text()
    combo = tab.ui.backupTargetCombo
    assert combo.itemData(combo.count() - 1) == "" and combo.itemText(combo.count() - 1).startswith("Folder lain")
    stick = tmp_path / "flashdisk"
    stick.mkdir()

    job = tab.backup_to(stick)
    assert not tab.ui.backupNowButton.isEnabled() and not tab.ui.restoreButton.isEnabled()
    job.wait()

    (made,) = backup.list_backups(stick)
    assert made.reason == backup.MANUAL and backup.verify_backup(made.path).manifest.applications == 1
    assert tab.ui.backupNowButton.isEnabled() and tab.ui.restoreButton.isEnabled()
    assert tab.ui.backupProgress.value() == tab.ui.backupProgress.maximum()
    assert str(made.path) in dialogs.texts("information")[-1]
    assert str(made.path) in tab.ui.backupStatusLabel.text()


def test_a_refused_backup_says_why_and_changes_nothing(qtbot, window, desk, dialogs, tmp_path):
    tab = open_backups(qtbot, window)
    job = tab.backup_to(tmp_path / "dicabut")
    job.wait()
    assert "tidak ada (flashdisk terlepas?)" in dialogs.texts("warning")[-1]
    assert "tidak ada" in tab.ui.backupStatusLabel.text() and tab.ui.backupNowButton.isEnabled()
    assert not (tmp_path / "dicabut").exists() and backup.list_backups(desk.paths.backups_dir) == []


def test_a_full_stick_is_refused_with_the_reason_and_left_empty(qtbot, window, desk, dialogs, tmp_path):
    tab = open_backups(qtbot, window)
    stick = mounted(tmp_path, "size=64k")
    try:
        job = tab.backup_to(stick)
        job.wait()
        assert "tidak cukup untuk cadangan" in dialogs.texts("warning")[-1]
        assert list(stick.iterdir()) == []
    finally:
        unmount(stick)


def test_a_bad_backup_file_is_refused_before_anything_changes(qtbot, window, desk, dialogs, tmp_path):
    tab = open_backups(qtbot, window)
    bad = tmp_path / "kampar-desk-20260316-090000-manual.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("database/kampar-desk.db", b"bukan basis data")
    asked: list[object] = []
    tab.restore_requested.connect(asked.append)
    job = tab.restore_from(bad)
    job.wait()
    assert "tidak memuat daftar isi cadangan yang sah" in dialogs.texts("warning")[-1]
    assert asked == [] and not dialogs.texts("question")


def test_restore_from_the_backup_section_reopens_on_the_restored_data(
    qtbot, desk, officers, clock, printers, dialogs, desk_apps, tmp_path
):
    kept = register(desk, officers)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    made = backup.create_backup(desk, stick)
    clock.advance(hours=1)
    later = register(desk, officers, nik="1401021708900002")  # after the backup: in the folder moved aside
    app = start_app(desk_apps, desk, printers, clock)
    assert app.start() is None
    old_window = app.window
    tab = open_backups(qtbot, old_window)

    job = tab.restore_from(made.path)
    job.wait()

    question = dialogs.texts("question")[-1]
    assert "1 berkas permohonan" in question and "TIDAK dihapus" in question
    assert app.window is not None and app.window is not old_window
    assert dialogs.texts("information")[-1].startswith("Data dipulihkan.")
    assert [row.number for row in Application.select()] == [kept]
    (aside,) = aside_folders(desk)
    assert (aside / "kampar-desk.db").exists()
    assert isinstance(app.window.active_dialog, SignInDialog)
    sign_in(qtbot, app.window, "fo.siti")
    again = register(app.working.desk, {Role.FRONT_OFFICE: app.window.officer}, nik="1401021708900002")
    assert int(again.rsplit("-", 1)[1]) == int(later.rsplit("-", 1)[1]) + 1, "no number is given out twice"


def test_a_server_that_does_not_answer_offers_a_retry_never_an_old_local_backup(
    desk, officers, clock, printers, dialogs, desk_apps
):
    """A counter moved to the office's server keeps its old local backups; restoring one would split the office."""
    from kampar_desk.paths import AppPaths

    register(desk, officers)
    backup.create_backup(desk)  # a good local backup is there, and must not be offered
    desk.paths.server_file.write_text('{"url": "postgresql://loket@127.0.0.1:1/kampar"}', encoding="utf-8")
    close_database()
    app = DeskApp(AppPaths(desk.paths.data_dir), DocumentPrinter(printers), clock=clock)  # reads the server file
    desk_apps.append(app)
    seen: list[str] = []
    answer_next_box("closeButton", seen)
    assert app.start() == EXIT_CANNOT_OPEN
    assert "Server basis data kantor tidak dapat dihubungi" in seen[0] and "Coba lagi" in seen[0]
    assert "Pulihkan" not in seen[0] and "cadangan" not in seen[0].split("Pilihan:")[1]
    assert aside_folders(desk) == []  # nothing moved aside, nothing restored
