"""Opening a data folder: a lost or damaged database is refused, one copy per folder, papers reconciled at start."""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys

import pytest

from kampar_desk.domain.errors import AlreadyRunning, DataFolderProblem
from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths
from kampar_desk.services import backup, files, intake, letters
from kampar_desk.services.applications import get_application
from kampar_desk.services.audit import verify_audit_log
from kampar_desk.services.data_folder import RESTORE_READY, staging_dir
from kampar_desk.services.desk import open_desk
from kampar_desk.services.files import ArchiveClash
from kampar_desk.services.logbook import start_logging, stop_logging
from kampar_desk.services.recovery import open_for_work, reconcile
from kampar_desk.store.database import close_database
from kampar_desk.store.models import AuditEvent, Counter, Letter
from tests.conftest import intake_form
from tests.services.test_letters import approved_file

PAGE = 4096


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("damage", ["truncated", "random-bytes", "overwritten-page"])
def test_a_damaged_database_is_refused_and_left_as_it_is(desk, officers, clock, damage):
    for n in range(30):
        intake.register_application(
            desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik=f"14010257088500{n + 1:02d}")
        )
    close_database()
    database = desk.paths.database
    data = bytearray(database.read_bytes())
    assert len(data) > 6 * PAGE
    if damage == "truncated":
        data = data[: len(data) // 2 + 100]
    elif damage == "random-bytes":
        data = bytearray(random.Random(1).randbytes(len(data)))
    else:
        data[3 * PAGE : 4 * PAGE] = random.Random(2).randbytes(PAGE)
    database.write_bytes(bytes(data))
    before = _digest(database)
    with pytest.raises(DataFolderProblem, match="rusak") as refused:
        open_desk(desk.paths, clock=clock)
    assert refused.value.kind == "damaged"
    assert _digest(database) == before, "a damaged database is never written to"


@pytest.mark.sqlite_only
def test_a_missing_database_beside_an_archive_is_not_a_new_installation(desk, officers, clock):
    intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk))
    close_database()
    desk.paths.database.unlink()
    with pytest.raises(DataFolderProblem, match="tidak ada") as refused:
        open_desk(desk.paths, clock=clock)
    assert refused.value.kind == "missing" and not desk.paths.database.exists()


def test_an_empty_folder_or_an_empty_database_alone_is_a_new_installation(tmp_path, clock):
    fresh = AppPaths(tmp_path / "baru")
    fresh.data_dir.mkdir()
    fresh.database.write_bytes(b"")
    open_desk(fresh, clock=clock)
    assert fresh.database.stat().st_size > 0
    close_database()


def test_a_restore_cut_short_between_its_renames_is_finished_at_the_next_start(desk, officers, clock):
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    made = backup.create_backup(desk)
    close_database()
    # The power went after the old folder was moved aside and before the restored one took its place.
    staging = staging_dir(desk.paths.data_dir, "20260316-090000")
    staging.mkdir()
    for path in desk.paths.data_dir.rglob("*"):
        if path.is_file():
            target = staging / path.relative_to(desk.paths.data_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    (staging / RESTORE_READY).write_text(made.path.name)
    os.replace(desk.paths.data_dir, desk.paths.data_dir.with_name("data-sebelum-pulih"))
    working = open_for_work(desk.paths, clock=clock)
    try:
        assert not staging.exists() and not (desk.paths.data_dir / RESTORE_READY).exists()
        assert get_application(working.desk, detail.summary.id).number == detail.number
    finally:
        working.close()


def test_a_second_copy_on_the_same_folder_is_refused_even_from_another_process(tmp_path, clock):
    paths = AppPaths(tmp_path / "data")
    working = open_for_work(paths, clock=clock)
    try:
        with pytest.raises(AlreadyRunning, match="sudah terbuka"):
            open_for_work(paths, clock=clock)
        other = subprocess.run(
            [sys.executable, "-m", "kampar_desk", "--data-dir", str(paths.data_dir), "demo", "--applications", "1"],
            capture_output=True,
            text=True,
        )
        assert other.returncode == 2 and "sudah terbuka" in other.stderr and "Traceback" not in other.stderr
    finally:
        working.close()
    # The OS frees the lock with its holder: a killed app never keeps the folder shut.
    killed = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\nfrom kampar_desk.paths import AppPaths\n"
            "from kampar_desk.services.instance import DataFolderLock\n"
            "DataFolderLock(AppPaths(Path(sys.argv[1]))).acquire(); print('held', flush=True); time.sleep(60)\n",
            str(paths.data_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert killed.stdout.readline().strip() == "held"
    killed.kill()
    killed.wait()
    open_for_work(paths, clock=clock).close()


def test_a_receipt_lost_between_commit_and_rename_is_rebuilt_at_the_next_start(desk, officers, clock, monkeypatch):
    monkeypatch.setattr(files, "promote", lambda temporary, path: False)  # the power goes right after the commit
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    monkeypatch.undo()
    assert not list(desk.paths.documents_dir.rglob(f"{detail.number}-*.pdf"))
    assert list(desk.paths.documents_dir.rglob("*.tmp"))
    report = reconcile(desk)
    assert report.regenerated == [detail.number]
    assert list(desk.paths.documents_dir.rglob(f"{detail.number}-tanda-terima-*.pdf"))
    assert not list(desk.paths.data_dir.rglob("*.tmp"))
    event = AuditEvent.select().order_by(AuditEvent.sequence.desc()).first()
    assert event.action == "reconcile_archive" and detail.number in json.loads(event.details)["regenerated"]
    assert verify_audit_log(desk).intact
    assert not reconcile(desk).changed, "a second start finds nothing more to do"


def test_a_letter_left_under_its_temporary_name_is_put_in_place_at_the_next_start(desk, officers, clock, monkeypatch):
    app_id = approved_file(desk, officers, clock)
    monkeypatch.setattr(files, "promote", lambda temporary, path: False)
    letter = letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    monkeypatch.undo()
    assert not letter.path.exists()
    report = reconcile(desk)
    assert sorted(report.promoted) == sorted(
        p.relative_to(desk.paths.data_dir).as_posix() for p in (letter.path, letter.unsigned_path)
    )
    assert _digest(letter.path) == letter.sha256 and not report.missing_letters


def test_an_archived_letter_is_never_overwritten(desk, officers, clock):
    app_id = approved_file(desk, officers, clock, review=False)  # no surat pengantar in the register either
    year = desk.today().year
    stem = "503-0001-REK-DPMPTSP-III-2026"
    squatter = desk.paths.letters_dir / str(year) / f"{stem}.pdf"
    squatter.parent.mkdir(parents=True, exist_ok=True)
    squatter.write_bytes(b"%PDF-1.4 surat lama yang sudah diserahkan")
    with pytest.raises(ArchiveClash, match="tidak pernah ditimpa"):
        letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    assert squatter.read_bytes() == b"%PDF-1.4 surat lama yang sudah diserahkan"
    assert Letter.select().count() == 0 and not list(desk.paths.letters_dir.rglob("*.tmp"))
    assert Counter.get_or_none(Counter.series == "letter-recommendation") is None


def test_counters_are_lifted_to_the_highest_number_in_the_archive(desk, officers, clock):
    for n in range(3):
        intake.register_application(
            desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik=f"14010257088500{n + 1:02d}")
        )
    counter = Counter.get(Counter.series == "registration")
    counter.last = 1  # an older copy of the database put back by hand
    counter.save()
    report = reconcile(desk)
    assert report.counters_raised == [{"series": "registration", "year": 2026, "from": 1, "to": 3}]
    nxt = intake.register_application(
        desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik="1401025708850099")
    ).detail
    assert nxt.number.endswith("-000004")


def test_the_log_file_records_refusals_without_a_full_nik(desk, officers):
    log_file = start_logging(desk.paths, "test")
    try:
        import logging

        logging.getLogger("kampar_desk.test").warning("Refused: NIK 1401025708850003 sudah ada")
    finally:
        stop_logging()
    text = log_file.read_text(encoding="utf-8")
    assert "140102******0003" in text and "1401025708850003" not in text
    assert "started" in text and "stopped" in text


def test_counters_are_lifted_to_the_highest_number_in_the_register(desk, officers, clock):
    app_id = approved_file(desk, officers, clock)
    letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    for path in desk.paths.data_dir.rglob("*.pdf"):
        path.unlink()  # the archive says nothing: only the register can
    for series in ("registration", "letter-recommendation"):
        row = Counter.get(Counter.series == series)
        row.last = 0
        row.save()
    raised = {(r["series"], r["to"]) for r in reconcile(desk).counters_raised}
    assert raised == {("registration", 1), ("letter-recommendation", 1)}
