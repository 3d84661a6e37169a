"""Moving an office from its SQLite file to a PostgreSQL server: the same reports, searches and audit verdict after
as before, numbering that continues, a sealed old file; refusals that leave the server empty; backups by pg_dump."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import stat
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kampar_desk.domain.errors import DataFolderProblem
from kampar_desk.paths import DATABASE_URL_ENV, PAPERS_DIR_ENV, AppPaths
from kampar_desk.services import backup, intake, keys, monthly, staff, tracking
from kampar_desk.services.audit import audit_check
from kampar_desk.services.demo import fill_demo
from kampar_desk.services.desk import Desk, open_desk
from kampar_desk.services.server_link import url_without_password
from kampar_desk.services.server_move import MoveRefused, move_to_server
from kampar_desk.store.database import close_database, is_server, server_database
from kampar_desk.store.models import MODELS, Application, Staff
from kampar_desk.store.server_dump import find_tool
from tests import backends
from tests.conftest import intake_form

NOW = datetime(2026, 11, 27, 8, 0)  # naive UTC, as the app's clock
PERIODS = ((date(2026, 10, 1), date(2026, 10, 31)), (date(2026, 11, 1), date(2026, 11, 30)))
PERIODS += ((date(2025, 12, 1), date(2026, 11, 30)),)
NEEDS_SERVER = backends.needs_server()


def clock() -> datetime:
    return NOW


@pytest.fixture(autouse=True)
def no_server_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    monkeypatch.delenv(PAPERS_DIR_ENV, raising=False)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One demo office in an SQLite file for the module (the demo is slow); each test moves its own copy."""
    folder = tmp_path_factory.mktemp("kantor") / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(DATABASE_URL_ENV, raising=False)
        patch.setattr(staff, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        patch.setattr(keys, "KDF_PARAMS", {"time_cost": 1, "memory_cost": 1024, "parallelism": 1})
        desk = open_desk(AppPaths(folder), clock=clock)
        try:
            fill_demo(desk, 36, seed=4)
        finally:
            close_database()
    yield folder


@pytest.fixture
def copy(office: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(office, target)
    return target


@pytest.fixture
def empty_server() -> Iterator[str]:
    """A new, empty database on the server (not even migrated: the move prepares it); its URL."""
    with backends.scratch_database(migrated=False) as name:
        yield backends.server_url(name)


def answers(desk: Desk) -> dict[str, object]:
    """What the office sees: monthly reports, tracking pages (two pages of everything, names, a NIK, a number)."""
    newest = Application.select().order_by(Application.arrival_order.desc()).first()
    assert newest is not None
    first = tracking.search(desk, "", limit=20)
    first_name = newest.applicant_name.split()[0]
    found: dict[str, object] = {
        f"report {start}..{end}": monthly.monthly_report(desk, start, end) for start, end in PERIODS
    }
    found |= {
        "all, page 1": first,
        "all, page 2": tracking.search(desk, "", after=first.next_after, limit=20),
        "name": tracking.search(desk, first_name),
        "name inside a word": tracking.search(desk, first_name[1:4]),
        "nik": tracking.search(desk, newest.applicant_nik),
        "number": tracking.search(desk, newest.number),
    }
    return found


def row_counts() -> dict[str, int]:
    return {model._meta.table_name: model.select().count() for model in MODELS}


def sequence_of(number: str) -> int:
    match = re.fullmatch(r"[A-Z]+-\d{4}-(\d{6})", number)
    assert match, number
    return int(match[1])


@NEEDS_SERVER
def test_a_moved_office_answers_exactly_as_before_and_numbering_continues(copy: Path, empty_server: str, tmp_path):
    desk = open_desk(AppPaths(copy), clock=clock)
    before = answers(desk)
    assert all(getattr(page, "rows", True) for page in before.values())  # every question has answers to compare
    counts_before = row_counts()
    verdict_before = audit_check(desk, rotated=False)
    numbers = [row.number for row in Application.select(Application.number)]
    last_arrival = max(row.arrival_order or 0 for row in Application.select(Application.arrival_order))
    close_database()
    papers = tmp_path / "arsip-bersama"

    moved = move_to_server(AppPaths(copy), empty_server, papers)

    assert all(count.equal for count in moved.counts) and {c.table: c.local for c in moved.counts} == counts_before
    assert moved.audit_after.intact and moved.audit_before.intact
    # the data folder now names the server and the shared papers, and the old file is read-only
    assert json.loads((copy / "server.json").read_text(encoding="utf-8")) == {
        "url": empty_server,
        "papers_dir": str(papers),
    }
    assert not (copy / "kampar-desk.db").stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    for folder in ("documents", "letters", "keys"):
        originals = sorted(p.relative_to(copy) for p in (copy / folder).rglob("*") if p.is_file())
        copied = sorted(p.relative_to(papers) for p in (papers / folder).rglob("*") if p.is_file())
        assert originals and originals == copied

    desk = open_desk(AppPaths(copy), clock=clock)  # as the counter opens it: through server.json
    try:
        assert is_server()
        assert desk.paths.documents_dir == papers / "documents"
        assert answers(desk) == before
        assert row_counts() == counts_before
        verdict_after = audit_check(desk, rotated=False)
        assert verdict_after.intact and verdict_after.chain == verdict_before.chain
        assert verdict_after.records_checked == verdict_before.records_checked

        officer = staff.to_record(Staff.get(Staff.username == "fo.siti"))
        registered = intake.register_application(desk, officer, intake_form(desk)).detail.summary
        year = f"-{NOW.year}-"
        issued = [sequence_of(n) for n in numbers if year in n and re.search(r"-\d{6}$", n)]
        assert sequence_of(registered.number) == max(issued) + 1
        assert Application.get_by_id(registered.id).arrival_order == last_arrival + 1
        assert audit_check(desk, rotated=False).intact
    finally:
        close_database()


@NEEDS_SERVER
def test_a_server_backup_is_a_pg_dump_archive_with_the_papers(copy: Path, empty_server: str, tmp_path):
    papers = tmp_path / "arsip-bersama"
    move_to_server(AppPaths(copy), empty_server, papers)
    desk = open_desk(AppPaths(copy), clock=clock)
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        made = backup.create_backup(desk, usb)
    finally:
        close_database()
    with zipfile.ZipFile(made.path) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read(backup.MANIFEST))
        dump = Path(archive.extract(backup.DUMP_MEMBER, tmp_path / "isi"))
    assert backup.DATABASE_MEMBER not in names and manifest["database"] == backup.SERVER_DATABASE
    papers_in_office = {p.relative_to(papers).as_posix() for p in papers.rglob("*") if p.is_file()}
    assert papers_in_office and papers_in_office <= names
    assert dump.read_bytes()[:5] == b"PGDMP"
    listed = subprocess.run(
        [str(find_tool("pg_restore").path), "--list", str(dump)], capture_output=True, text=True, check=True
    )
    assert "TABLE DATA public application" in listed.stdout and "audit_event_no_update" in listed.stdout

    checked = backup.verify_backup(made.path)
    assert checked.manifest.counts["application"] == manifest["counts"]["application"] > 0
    assert "pg_restore" in checked.describe()
    with pytest.raises(backup.BackupRejected, match="pg_restore"):
        backup.restore_backup(AppPaths(tmp_path / "lain"), made.path)


@NEEDS_SERVER
def test_a_target_that_already_holds_an_office_is_refused_and_left_as_it_was(copy: Path, tmp_path):
    name = backends.create_database()
    url = backends.server_url(name)
    other = tmp_path / "loket-lain"
    other.mkdir()
    (other / "server.json").write_text(json.dumps({"url": url}), encoding="utf-8")
    try:
        desk = open_desk(AppPaths(other), clock=clock)
        staff.create_first_admin(desk, "admin", "Admin Server", "rahasia-loket")
        held = row_counts()
        close_database()

        with pytest.raises(MoveRefused, match="sudah berisi data") as refused:
            move_to_server(AppPaths(copy), url, tmp_path / "arsip")
        assert "staff 1" in str(refused.value) and "Tidak ada yang diubah" in str(refused.value)

        assert not (copy / "server.json").exists()
        assert (copy / "kampar-desk.db").stat().st_mode & stat.S_IWUSR
        assert not (tmp_path / "arsip").exists()
        open_desk(AppPaths(other), clock=clock)
        assert row_counts() == held
    finally:
        close_database()
        backends.drop_database(name)


def longer_name(db: sqlite3.Connection) -> list[str]:
    """A name longer than its column: SQLite never enforced the limit, the server does."""
    number = db.execute("SELECT number FROM application ORDER BY arrival_order DESC LIMIT 1").fetchone()[0]
    db.execute("UPDATE application SET applicant_name = ? WHERE number = ?", ("X" * 150, number))
    return [f"number {number}", "applicant_name 150 karakter", "batas 100", "Tidak ada yang disalin ke server"]


def dangling_reference(db: sqlite3.Connection) -> list[str]:
    """A checklist row naming a file that does not exist (SQLite checks foreign keys only when asked to)."""
    db.execute("UPDATE checklist_item SET application_id = ? WHERE rowid = 1", ("0" * 32,))
    return ["Server menolak baris tabel checklist_item", "foreign key", "Tidak ada yang disalin ke server"]


@NEEDS_SERVER
@pytest.mark.parametrize("damage", [longer_name, dangling_reference])
def test_a_row_the_server_would_refuse_is_named_and_nothing_is_written(copy: Path, empty_server: str, tmp_path, damage):
    with sqlite3.connect(copy / "kampar-desk.db") as db:
        expected = damage(db)
    db.close()

    with pytest.raises(MoveRefused) as refused:
        move_to_server(AppPaths(copy), empty_server, tmp_path / "arsip")

    assert [text for text in expected if text not in str(refused.value)] == [], str(refused.value)
    assert not (copy / "server.json").exists()
    assert (copy / "kampar-desk.db").stat().st_mode & stat.S_IWUSR
    server = server_database(empty_server)
    try:
        # the server kept nothing of the office: every table there (made by the move's migrations) is empty
        assert {model._meta.table_name: model.select().bind(server).count() for model in MODELS} == dict.fromkeys(
            (model._meta.table_name for model in MODELS), 0
        )
    finally:
        server.close()


def test_an_unreachable_server_is_refused_in_one_sentence_and_nothing_changes(copy: Path):
    before = (copy / "kampar-desk.db").read_bytes()
    with pytest.raises(DataFolderProblem) as refused:
        move_to_server(AppPaths(copy), "postgresql://x@127.0.0.1:1/nope")
    assert refused.value.kind == "offline"
    assert "Server basis data 127.0.0.1:1/nope tidak dapat dihubungi" in str(refused.value)
    assert not (copy / "server.json").exists()
    assert (copy / "kampar-desk.db").stat().st_mode & stat.S_IWUSR
    assert (copy / "kampar-desk.db").read_bytes() == before


def test_the_server_file_never_keeps_a_password():
    assert url_without_password("postgresql://loket:rahasia@10.0.0.5:5432/kampar") == (
        "postgresql://loket@10.0.0.5:5432/kampar"
    )
    assert url_without_password("postgresql://loket@10.0.0.5/kampar?sslmode=prefer") == (
        "postgresql://loket@10.0.0.5/kampar?sslmode=prefer"
    )
    assert url_without_password("postgresql://loket@10.0.0.5/kampar?password=rahasia&sslmode=prefer") == (
        "postgresql://loket@10.0.0.5/kampar?sslmode=prefer"
    )
