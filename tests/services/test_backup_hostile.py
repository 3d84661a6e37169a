"""What a review broke on purpose: restores that fail half-way, restored twice, hostile zips, odd folder names."""

from __future__ import annotations

import errno
import hashlib
import json
import zipfile
from datetime import timedelta

import pytest

from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths
from kampar_desk.services import backup, files, intake, letters
from kampar_desk.services.audit import verify_audit_log
from kampar_desk.services.desk import open_desk
from kampar_desk.services.recovery import open_for_work, reconcile
from kampar_desk.store.database import close_database
from kampar_desk.store.snapshot import check_integrity
from tests.conftest import intake_form
from tests.services.test_letters import approved_file
from tests.services.test_signatures import make_p12, sign_elsewhere


def _front_office(officers):
    return officers[Role.FRONT_OFFICE]


def _listing(paths: AppPaths) -> list[str]:
    """Every file with its size, less SQLite's -shm/-wal companions and the lock file (opening may create them)."""
    return sorted(
        f"{p.relative_to(paths.data_dir).as_posix()} {p.stat().st_size}"
        for p in paths.data_dir.rglob("*")
        if p.is_file() and not p.name.endswith(("-shm", "-wal", ".lock"))
    )


@pytest.mark.sqlite_only
def test_a_restore_failing_half_way_changes_nothing_and_keeps_the_rotated_backups(desk, officers, clock, monkeypatch):
    intake.register_application(desk, _front_office(officers), intake_form(desk))
    made = backup.create_backup(desk)
    close_database()
    before = _listing(desk.paths)

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_unpack", disk_full)
    with pytest.raises(Exception, match="Disk penuh"):
        backup.restore_backup(desk.paths, made.path)
    assert _listing(desk.paths) == before and made.path.exists()
    assert not list(desk.paths.data_dir.parent.glob("*pulih*"))


@pytest.mark.sqlite_only
def test_restoring_twice_still_never_gives_a_number_out_again(desk, officers, clock):
    made = backup.create_backup(desk)
    clock.advance(hours=1)
    numbers = [
        intake.register_application(
            desk, _front_office(officers), intake_form(desk, nik=f"14010257088500{n:02d}")
        ).detail
        for n in range(1, 4)
    ]
    close_database()
    backup.restore_backup(desk.paths, made.path)
    backup.restore_backup(desk.paths, made.path)  # before any start applied the first restore's floors
    working = open_for_work(desk.paths, clock=clock)
    try:
        again = intake.register_application(
            working.desk, _front_office(officers), intake_form(working.desk, nik="1401025708850099")
        ).detail
        assert again.number not in {d.number for d in numbers}
        assert again.number.endswith("-000004")
    finally:
        working.close()


def _with_extra_member(source, target, name, data):
    """A backup with one more member, listed in a manifest whose hashes all match (as a forger would make it)."""
    with zipfile.ZipFile(source) as old:
        manifest = json.loads(old.read(backup.MANIFEST))
        with zipfile.ZipFile(target, "w") as new:
            for info in old.infolist():
                if info.filename != backup.MANIFEST:
                    new.writestr(info, old.read(info.filename))
            new.writestr(name, data)
            manifest["members"][name] = hashlib.sha256(data).hexdigest()
            new.writestr(backup.MANIFEST, json.dumps(manifest))
    return target


@pytest.mark.parametrize(
    "name", ["kampar-desk.db", "PEMULIHAN-SIAP", "counter-floors.json", "backups/x.zip", "../luar.txt", "documents/"]
)
def test_a_backup_with_a_member_outside_the_archive_is_refused(desk, tmp_path, name):
    made = backup.create_backup(desk, tmp_path)
    bad = _with_extra_member(made.path, tmp_path / "jahat.zip", name, b"bukan basis data")
    with pytest.raises(backup.BackupRejected):
        backup.verify_backup(bad)


def test_a_data_folder_named_with_hash_and_percent_signs_backs_up_and_checks_its_own_file(tmp_path, clock):
    paths = AppPaths(tmp_path / "Data #1 100%")
    desk = open_desk(paths, clock=clock)
    made = backup.create_backup(desk, tmp_path)
    assert backup.verify_backup(made.path).manifest.counts["office_profile"] == 1
    assert check_integrity(paths.database) == "ok"
    assert not (tmp_path / "Data ").exists()
    close_database()


def test_a_bsre_letter_cut_off_before_its_rename_is_put_in_place_not_deleted(
    desk, officers, clock, tmp_path, monkeypatch
):
    app_id = approved_file(desk, officers, clock)
    letter = letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    reconcile(desk)  # the letter's own check is done: the import comes days later
    clock.advance(days=3)
    exported = letters.export_for_bsre(desk, officers[Role.SIGNING_OFFICIAL], letter.id, tmp_path)
    signed = sign_elsewhere(exported.read_bytes(), make_p12("Pejabat BSrE Uji", b"rahasia"), b"rahasia")
    monkeypatch.setattr(files, "promote", lambda temporary, path: False)
    imported = letters.import_bsre_signed(desk, officers[Role.SIGNING_OFFICIAL], letter.id, signed)
    monkeypatch.undo()
    assert not imported.path.exists()
    report = reconcile(desk)
    assert imported.path.read_bytes() == signed
    assert not report.missing_letters and not any(name.endswith("bsre.pdf.tmp") for name in report.removed_temporaries)


def test_a_template_using_a_field_twice_does_not_stop_the_start(desk, officers, clock):
    letters.set_number_template(desk, officers[Role.ADMIN], "{klasifikasi}/{urut:04d}/{jenis}/{tahun}/{urut}")
    app_id = approved_file(desk, officers, clock)
    letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    report = reconcile(desk)
    assert not report.failed_steps
    clock.advance(days=1)
    assert verify_audit_log(desk).intact


def test_litter_of_a_killed_backup_is_cleared_at_the_next_start(desk, clock):
    half = desk.paths.backups_dir / ".kampar-desk-20260316-090000-otomatis.zip.tmp"
    half.write_bytes(b"PK half")
    staging = desk.paths.data_dir.parent / f".{desk.paths.data_dir.name}.pulih-20260316-090000"
    (staging / "documents").mkdir(parents=True)
    old = (clock() - timedelta(hours=3)).timestamp()
    import os

    for path in (half, staging):
        os.utime(path, (old, old))
    reconcile(desk)
    assert not half.exists() and not staging.exists()


@pytest.mark.sqlite_only
def test_a_restore_is_refused_while_the_folder_is_open_and_holds_it_while_it_swaps(desk, clock):
    from kampar_desk.domain.errors import AlreadyRunning

    made = backup.create_backup(desk)
    close_database()
    working = open_for_work(desk.paths, clock=clock)
    try:
        with pytest.raises(AlreadyRunning):
            backup.restore_backup(desk.paths, made.path)
    finally:
        working.close()
    assert not desk.paths.lock_file.is_relative_to(desk.paths.data_dir)
    backup.restore_backup(desk.paths, made.path)
    open_for_work(desk.paths, clock=clock).close()


@pytest.mark.sqlite_only
def test_the_daily_backup_reads_every_page_and_stops_at_a_damaged_index(desk, officers, clock):
    """The start checks a big file only in part; the daily backup reads every page, indexes included, and stops at
    damage with the start's own sentence, writing no backup of a damaged file."""
    import sqlite3

    from kampar_desk.domain.errors import DataFolderProblem
    from kampar_desk.store.database import database

    for index in range(40):
        intake.register_application(
            desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik=f"140102570885{index + 1001:04d}")
        )
    backup.create_backup(desk, reason=backup.AUTOMATIC)  # a sound file: the check passes
    kept = sorted(desk.paths.backups_dir.iterdir())
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    path = desk.paths.database
    connection = sqlite3.connect(path)
    root = connection.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'application_registered_at'")
    page = root.fetchone()[0]
    connection.close()
    with path.open("r+b") as file:  # the index's page header overwritten: no table read would ever notice
        file.seek((page - 1) * 4096)
        file.write(b"\xff" * 8)
    with pytest.raises(DataFolderProblem, match="rusak") as refused:
        backup.create_backup(desk, reason=backup.AUTOMATIC)
    assert refused.value.kind == "damaged" and "pulihkan dari cadangan terbaru" in str(refused.value)
    assert sorted(desk.paths.backups_dir.iterdir()) == kept
