"""The check at open: every page of a small file, or after a session that did not end cleanly; a big file that closed
cleanly gets a bounded check (the schema and the tables the start and the sign-in read). Damage is refused in
Indonesian, with the file left as it was."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from peewee import DatabaseError

from kampar_desk.domain.errors import DataFolderProblem
from kampar_desk.store.database import close_database, database, open_database
from kampar_desk.store.faults import storage_error
from kampar_desk.store.models import Setting
from kampar_desk.store.snapshot import snapshot_to

PAGE = 4096
#: `full_check_bytes=0`: every file counts as big, so the bounded check runs on a file small enough for a test
BIG = {"full_check_bytes": 0}


@pytest.fixture
def closed_cleanly(tmp_path: Path) -> Path:
    """A database with the app's tables and a bulk table the start never reads, closed as the app closes it."""
    path = tmp_path / "asal" / "kampar-desk.db"
    open_database(path)
    with database.atomic():
        for n in range(300):
            Setting.create(key=f"kunci-{n}", value="x" * 200)
    database.execute_sql("CREATE TABLE bulk (x TEXT)")  # written last: the file's last pages are its rows
    with database.atomic():
        for n in range(2000):
            database.execute_sql("INSERT INTO bulk VALUES (?)", (f"{n:06d}" + "y" * 300,))
    close_database()
    assert not path.with_name(path.name + "-wal").exists()
    return path


def copy_of(path: Path, folder: Path) -> Path:
    folder.mkdir()
    copied = folder / path.name
    shutil.copy(path, copied)
    return copied


def root_page(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
    finally:
        connection.close()


def last_page(path: Path) -> int:
    return path.stat().st_size // PAGE


def overwrite_page(path: Path, page: int) -> str:
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE : page * PAGE] = random.Random(page).randbytes(PAGE)
    path.write_bytes(bytes(data))
    return hashlib.sha256(bytes(data)).hexdigest()


def refused(path: Path, **options: int) -> DataFolderProblem:
    with pytest.raises(DataFolderProblem) as raised:
        open_database(path, **options)
    close_database()
    return raised.value


@pytest.mark.parametrize("table", ["staff", "setting", "office_profile"])
def test_a_big_file_with_a_damaged_table_the_start_reads_is_refused_in_indonesian(closed_cleanly, tmp_path, table):
    damaged = copy_of(closed_cleanly, tmp_path / "rusak")
    digest = overwrite_page(damaged, root_page(damaged, table))
    problem = refused(damaged, **BIG)
    assert problem.kind == "damaged"
    assert str(problem).startswith(f"Basis data {damaged} rusak (") and "pulihkan dari cadangan terbaru" in str(problem)
    assert hashlib.sha256(damaged.read_bytes()).hexdigest() == digest, "a damaged database is never written to"


def test_a_big_file_cut_short_is_refused(closed_cleanly, tmp_path):
    cut = copy_of(closed_cleanly, tmp_path / "terpotong")
    cut.write_bytes(cut.read_bytes()[: -5 * PAGE])
    assert "rusak" in str(refused(cut, **BIG))


def test_a_big_file_that_closed_cleanly_is_not_read_in_full_at_start_but_by_the_daily_backup(closed_cleanly, tmp_path):
    """The bound: a damaged page of a table the start does not read passes the start of a big file (a small file is
    read in full), and is refused as soon as it is read: the daily backup's copy reads every table."""
    damaged = copy_of(closed_cleanly, tmp_path / "rusak")
    overwrite_page(damaged, last_page(damaged))
    assert refused(damaged).kind == "damaged", "a small file is read in full at every start"
    open_database(damaged, **BIG)
    try:
        with pytest.raises(DatabaseError) as raised:
            snapshot_to(tmp_path / "salinan.db")
        fault = storage_error(raised.value)
        assert fault is not None and fault.kind == "damaged"  # said as "Basis data rusak ..." by the backup
    finally:
        close_database()


def test_after_a_session_that_did_not_end_cleanly_a_big_file_is_read_in_full(closed_cleanly, tmp_path):
    """A power cut leaves the write-ahead log behind; torn pages come from such ends, so then every page is read."""
    open_database(closed_cleanly)
    Setting.create(key="sesudah", value="x")
    crashed = tmp_path / "padam"
    crashed.mkdir()
    for name in ("kampar-desk.db", "kampar-desk.db-wal"):  # copied while open: as a power cut leaves them
        shutil.copy(closed_cleanly.parent / name, crashed / name)
    close_database()
    left = crashed / "kampar-desk.db"
    assert (crashed / "kampar-desk.db-wal").stat().st_size > 0
    overwrite_page(left, last_page(closed_cleanly))
    assert refused(left, **BIG).kind == "damaged"
