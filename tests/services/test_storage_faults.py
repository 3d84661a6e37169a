"""Every storage fault is a sentence, never a traceback, and costs nothing already saved or typed."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kampar_desk.domain.errors import StorageError
from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths
from kampar_desk.services import intake, staff
from kampar_desk.services.desk import open_desk
from kampar_desk.services.recovery import open_for_work
from kampar_desk.store.database import close_database
from kampar_desk.store.faults import DISK_FULL, LOCKED, READ_ONLY, fault_kind, storage_error
from kampar_desk.store.models import Application, AuditEvent, Counter
from tests.conftest import PASSWORD, intake_form
from tests.mounts import mounted, remount, unmount

NIKS = [f"1401025708{85 + n % 10:02d}{n % 9000 + 1:04d}" for n in range(400)]


def test_sqlite_and_os_errors_map_to_their_fault_and_others_do_not():
    assert fault_kind(sqlite3.OperationalError("database is locked")) == LOCKED
    assert fault_kind(sqlite3.OperationalError("attempt to write a readonly database")) == READ_ONLY
    assert fault_kind(OSError(28, "No space left on device")) == DISK_FULL
    assert fault_kind(sqlite3.DatabaseError("database disk image is malformed")) == "damaged"
    # A failed ROLLBACK after a full disk must not hide the disk-full error it followed.
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:
            raise sqlite3.OperationalError("cannot rollback - no transaction is active")  # noqa: B904
    except sqlite3.OperationalError as error:
        assert fault_kind(error) == DISK_FULL
    assert storage_error(ValueError("bug")) is None
    assert "Disk penuh" in str(storage_error(OSError(28, "No space left on device")))


def _hold_write_lock(database: Path) -> subprocess.Popen:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(database)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('held', flush=True)\n"
            "sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    return holder


@pytest.mark.sqlite_only
def test_a_database_locked_by_another_process_is_a_sentence_and_the_next_save_works(desk, officers):
    form = intake_form(desk)
    holder = _hold_write_lock(desk.paths.database)
    try:
        with pytest.raises(StorageError, match="dikunci oleh program lain") as refused:
            intake.register_application(desk, officers[Role.FRONT_OFFICE], form)
        assert refused.value.kind == LOCKED
    finally:
        holder.communicate("")
    assert Application.select().count() == 0
    saved = intake.register_application(desk, officers[Role.FRONT_OFFICE], form).detail
    assert saved.number.endswith("-000001"), "the refused save took no number"


@pytest.fixture
def small_disk(tmp_path, clock):
    disk = mounted(tmp_path, "size=6m", name="disk")
    paths = AppPaths(disk / "data")
    desk = open_desk(paths, clock=clock)
    admin = staff.create_first_admin(desk, "admin", "Admin Kantor", PASSWORD)
    officer = staff.create_staff(desk, admin, "fo.siti", "Siti Aminah", PASSWORD, frozenset({Role.FRONT_OFFICE}))
    yield desk, officer, disk
    close_database()
    unmount(disk)


def test_a_full_disk_refuses_the_save_with_a_sentence_and_loses_nothing(small_disk):
    desk, officer, disk = small_disk
    filler = disk / "isi-lain.bin"
    with open(filler, "wb") as handle:  # leave the app a little room, then let it run out
        free = __import__("shutil").disk_usage(disk).free
        handle.write(b"\0" * max(free - 400_000, 0))
    saved, refusal = [], None
    for nik in NIKS:
        try:
            saved.append(intake.register_application(desk, officer, intake_form(desk, nik=nik)).detail)
        except StorageError as error:
            refusal = error
            break
    assert refusal is not None and refusal.kind == DISK_FULL, "the disk never filled"
    assert "Disk penuh" in str(refusal) and "rollback" not in str(refusal)
    assert saved, "some files fit before the disk filled"
    # Nothing half-done: every saved file has its receipt and audit event, numbers gap-free, no temporaries.
    numbers = [row.number for row in Application.select().order_by(Application.number)]
    assert numbers == [d.number for d in saved]
    assert [int(n.rsplit("-", 1)[1]) for n in numbers] == list(range(1, len(saved) + 1))
    assert Counter.get(Counter.series == "registration").last == len(saved)
    assert AuditEvent.select().where(AuditEvent.action == "register").count() == len(saved)
    assert not list(desk.paths.data_dir.rglob("*.tmp"))
    for detail in saved:
        assert list(desk.paths.documents_dir.rglob(f"{detail.number}-tanda-terima-*.pdf"))
    # Room made: the very next save works and takes the next number.
    filler.unlink()
    after = intake.register_application(desk, officer, intake_form(desk, nik=NIKS[-1])).detail
    assert int(after.number.rsplit("-", 1)[1]) == len(saved) + 1


def test_a_read_only_data_folder_is_refused_at_opening_with_a_sentence(small_disk, clock):
    desk, officer, disk = small_disk
    first = intake.register_application(desk, officer, intake_form(desk)).detail
    close_database()  # Linux will not remount a file system read-only under a file open for writing
    remount(disk, "ro")
    with pytest.raises(StorageError, match="tidak dapat ditulisi") as refused:
        open_desk(desk.paths, clock=clock)
    assert refused.value.kind == READ_ONLY
    with pytest.raises(StorageError, match="tidak dapat ditulisi"):
        open_for_work(desk.paths, clock=clock)
    remount(disk, "rw")
    open_desk(desk.paths, clock=clock)
    assert [row.number for row in Application.select()] == [first.number]
