"""Backups and restore: a demo office round-trips exactly; a bad backup is refused and changes nothing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kampar_desk.domain.backups import backups_to_keep
from kampar_desk.domain.errors import DataFolderProblem
from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths
from kampar_desk.services import backup, intake, letters
from kampar_desk.services.audit import chain_head, verify_audit_log
from kampar_desk.services.demo import fill_demo
from kampar_desk.services.desk import open_desk
from kampar_desk.services.exporting import ExportError
from kampar_desk.services.recovery import open_for_work
from kampar_desk.store.database import close_database
from kampar_desk.store.models import MODELS, Counter
from tests.conftest import intake_form
from tests.mounts import mounted, unmount


def table_rows() -> dict[str, list[dict]]:
    rows = {}
    for model in MODELS:
        key = model._meta.primary_key
        order = key.field_names if hasattr(key, "field_names") else [key.name]
        query = model.select().order_by(*[getattr(model, name) for name in order]).dicts()
        rows[model._meta.table_name] = [{k: str(v) for k, v in row.items()} for row in query]
    return rows


def archive_files(paths: AppPaths) -> dict[str, str]:
    return {
        path.relative_to(paths.data_dir).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in ("documents", "letters", "keys", "branding")
        for path in sorted((paths.data_dir / folder).rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def demo_office(desk, clock):
    fill_demo(desk, 14, seed=5)
    return desk


@pytest.mark.sqlite_only
def test_backup_then_restore_gives_back_exactly_the_same_office(demo_office, tmp_path, clock):
    desk = demo_office
    before_rows, before_files, before_head = table_rows(), archive_files(desk.paths), chain_head()
    assert before_files and any(name.startswith("letters/") for name in before_files)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.create_backup(desk, usb)
    assert made.path.parent == usb and not list(usb.glob(".*"))
    checked = backup.verify_backup(made.path)
    assert checked.manifest.audit_count == before_head.count and checked.manifest.audit_head == before_head.hash
    assert checked.manifest.applications == len(before_rows["application"])
    # The day goes on after the backup: one more file, and a letter PDF lost from the archive.
    clock.advance(hours=2)
    lost_letter = letters.register(desk, desk.today().year)[0]
    intake.register_application(desk, _front_office(desk), intake_form(desk, nik="1401021708900002"))
    lost_letter.path.unlink()
    close_database()

    result = backup.restore_backup(desk.paths, made.path)

    assert result.moved_aside is not None and (result.moved_aside / "kampar-desk.db").exists()
    reopened = open_desk(AppPaths(result.data_dir), clock=clock)
    assert table_rows() == before_rows
    assert archive_files(reopened.paths) == before_files
    assert chain_head() == before_head and verify_audit_log(reopened).intact
    close_database()


def _front_office(desk):
    from kampar_desk.services.staff import list_staff

    return next(s for s in list_staff(desk) if Role.FRONT_OFFICE in s.roles)


@pytest.mark.sqlite_only
def test_restore_of_an_older_backup_never_gives_out_a_number_again(demo_office, tmp_path, clock):
    desk = demo_office
    made = backup.create_backup(desk)
    year = desk.today().year
    clock.advance(hours=1)
    later = intake.register_application(desk, _front_office(desk), intake_form(desk, nik="1401021708900002")).detail
    close_database()

    backup.restore_backup(desk.paths, made.path)
    working = open_for_work(desk.paths, clock=clock)
    try:
        assert working.reconciled.counters_raised, "the number given out after the backup must lift the counter"
        again = intake.register_application(
            working.desk, _front_office(working.desk), intake_form(working.desk, nik="1401025708850003")
        ).detail
        assert again.number != later.number
        assert int(again.number.rsplit("-", 1)[1]) == int(later.number.rsplit("-", 1)[1]) + 1
        assert Counter.get((Counter.series == "registration") & (Counter.year == year)).last >= 1
    finally:
        working.close()


def _rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info.filename))
            if data is not None:
                new.writestr(info.filename, data)
    return target


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ("truncated", "rusak atau bukan berkas cadangan"),
        ("flipped-letter", "tidak sesuai dengan daftar isinya"),
        ("no-manifest", "tidak memuat daftar isi"),
        ("extra-member", "isinya berbeda dari daftar isinya"),
        ("edited-audit", "Rantai audit"),
        ("not-a-zip", "rusak atau bukan berkas cadangan"),
    ],
)
@pytest.mark.sqlite_only
def test_a_bad_backup_is_refused_with_its_reason_and_nothing_changes(demo_office, tmp_path, damage, reason):
    desk = demo_office
    made = backup.create_backup(desk, tmp_path)
    bad = tmp_path / "rusak.zip"
    if damage == "truncated":
        bad.write_bytes(made.path.read_bytes()[: made.size // 2])
    elif damage == "not-a-zip":
        bad.write_bytes(b"%PDF-1.4 bukan cadangan")
    elif damage == "flipped-letter":
        _rewrite(
            made.path, bad, lambda name, data: data[:-10] + b"X" + data[-9:] if name.startswith("letters/") else data
        )
    elif damage == "no-manifest":
        _rewrite(made.path, bad, lambda name, data: None if name == backup.MANIFEST else data)
    elif damage == "extra-member":
        _rewrite(made.path, bad, lambda name, data: data)
        with zipfile.ZipFile(bad, "a") as archive:
            archive.writestr("keys/tambahan.pem", b"-----BEGIN PRIVATE KEY-----")
    else:  # an audit event edited in the backed-up database, every member hash recomputed to match
        scratch = tmp_path / "scratch.db"
        with zipfile.ZipFile(made.path) as archive:
            scratch.write_bytes(archive.read(backup.DATABASE_MEMBER))
        with sqlite3.connect(scratch) as connection:
            connection.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
                connection.execute(f"DROP TRIGGER {name}")
            connection.execute("UPDATE audit_event SET actor = 'penyusup' WHERE sequence = 3")
        edited = scratch.read_bytes()

        def change(name, data):
            if name == backup.DATABASE_MEMBER:
                return edited
            if name == backup.MANIFEST:
                manifest = json.loads(data)
                manifest["members"][backup.DATABASE_MEMBER] = hashlib.sha256(edited).hexdigest()
                return json.dumps(manifest)
            return data

        _rewrite(made.path, bad, change)
    before_rows, before_files = table_rows(), archive_files(desk.paths)
    close_database()
    with pytest.raises(backup.BackupRejected, match=reason):
        backup.restore_backup(desk.paths, bad)
    assert not list(desk.paths.data_dir.parent.glob("*pulih*"))
    open_desk(desk.paths)
    assert table_rows() == before_rows and archive_files(desk.paths) == before_files


def test_rotation_keeps_7_daily_5_weekly_and_12_monthly():
    start = datetime(2025, 1, 1, 8)
    moments = [start + timedelta(days=day, hours=hour) for day in range(400) for hour in (0, 9)]
    kept = backups_to_keep(moments)
    newest = max(moments)
    assert newest in kept
    days = {m.date() for m in kept}
    assert {newest.date() - timedelta(days=n) for n in range(7)} <= days
    assert len({m.isocalendar()[:2] for m in kept}) >= 5
    assert len({(m.year, m.month) for m in kept}) == 12
    assert len(kept) <= 7 + 5 + 12
    # every kept moment is the newest of its day
    for moment in kept:
        assert moment == max(m for m in moments if m.date() == moment.date())


def test_automatic_backups_rotate_in_the_data_folder(desk, clock):
    for day in range(20):
        clock.local(2026, 3, 1, 8)
        clock.advance(days=day)
        backup.create_backup(desk, reason=backup.AUTOMATIC)
    kept = backup.list_backups(desk.paths.backups_dir)
    assert len(kept) == len(backups_to_keep(info.taken_at for info in kept))
    assert len(kept) == 7 + 2  # 7 days, plus the newest of the two weeks and the one month before them
    assert kept[0].taken_at.date() == date(2026, 3, 20)
    assert backup.backup_taken_today(desk)
    assert backup.newest_good_backup(desk.paths).path == kept[0].path


@pytest.mark.sqlite_only
def test_a_lost_database_offers_the_newest_good_backup(demo_office, clock):
    desk = demo_office
    backup.create_backup(desk, reason=backup.AUTOMATIC)
    close_database()
    desk.paths.database.write_bytes(b"")
    with pytest.raises(DataFolderProblem, match="bukan pemasangan baru") as refused:
        open_desk(desk.paths, clock=clock)
    assert refused.value.kind == "missing"
    assert desk.paths.database.stat().st_size == 0, "nothing is written to the lost database"
    offered = backup.newest_good_backup(desk.paths)
    backup.restore_backup(desk.paths, offered.path)
    reopened = open_desk(desk.paths, clock=clock)
    assert verify_audit_log(reopened).intact and chain_head().count == offered.manifest.audit_count
    close_database()


def test_a_backup_to_a_full_or_read_only_stick_is_refused_and_leaves_nothing(demo_office, tmp_path):
    stick = mounted(tmp_path, "size=64k")
    try:
        with pytest.raises(ExportError, match=r"tidak cukup|penuh"):
            backup.create_backup(demo_office, stick)
        assert list(stick.iterdir()) == []
    finally:
        unmount(stick)
    read_only = mounted(tmp_path, "ro,size=4m", name="ro")
    try:
        with pytest.raises(ExportError, match="tidak dapat ditulisi"):
            backup.create_backup(demo_office, read_only)
        assert list(read_only.iterdir()) == []
    finally:
        unmount(read_only)
