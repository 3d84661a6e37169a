"""Tamper-evident rows and anchors outside the database (issue 10, item 3), on real SQLite files.

Someone with the data folder and a database editor changes a name, a NIK, a status, a letter, a setting or an
account: `audit verify` names the file, the setting or the account. Someone who also drops the append-only
triggers and deletes the last events, or edits one and recomputes the chain after it, is caught against a head
recorded outside the database (a backup's manifest, a monthly report's footer)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from playhouse.migrations import Runner

from kampar_desk.app import main
from kampar_desk.domain.audit import GENESIS_HASH, chain_hash
from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths, migrations_dir
from kampar_desk.services import audit, backup, intake, letters, monthly, process, settings, staff
from kampar_desk.services.audit import anchor_from_argument, audit_check, chain_head, check_anchor
from kampar_desk.services.desk import open_desk
from kampar_desk.store.database import close_database
from kampar_desk.store.models import AuditEvent
from tests.conftest import PASSWORD, intake_form

# Edits the SQLite file with a database editor, as someone with the data folder would; on the server the same
# detection (the services' record states against the chain) is shown by tests/store/test_server_roles.py.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def office(desk, officers, clock):
    """One file issued with its letter, one returned file, a setting and the calendar changed: all through the app."""
    clock.local(2026, 3, 16, 9)
    issued = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    app_id = issued.summary.id
    process.verify(desk, officers[Role.VERIFIER], app_id, True)
    clock.local(2026, 3, 18, 10)
    process.approve(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    letter = letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    returned = intake.register_application(
        desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik="1401021708900002", missing=("ktp",))
    ).detail
    settings.update_settings(desk, officers[Role.ADMIN], idle_lock_minutes=10, print_preview=True)
    from kampar_desk.services import calendar_admin

    calendar_admin.add_local_holiday(desk, officers[Role.ADMIN], date(2026, 6, 2), "Hari Jadi Kampar")
    return {"number": issued.number, "letter": letter.number, "returned": returned.number}


def edit(desk, *statements: tuple[str, tuple]) -> None:
    """A database editor on the file, outside the app (its own connection, foreign keys off as by default)."""
    with sqlite3.connect(desk.paths.database) as db:
        for sql, params in statements:
            db.execute(sql, params)
    db.close()


def test_an_untouched_office_reports_all_good(desk, office):
    check = audit_check(desk)
    assert check.intact, check.lines()
    assert check.chain.intact and not check.findings and not check.anchors
    # two files, five accounts, the settings changed, the calendar day; the office profile was never edited
    assert check.records_checked >= 2 + 5 + 2 + 1
    text = "\n".join(check.lines())
    assert "Log audit utuh" in text and "Catatan sesuai log audit" in text


def test_records_deleted_through_the_app_stay_good(desk, officers, office):
    from kampar_desk.services import calendar_admin

    calendar_admin.remove_local_day(desk, officers[Role.ADMIN], date(2026, 6, 2))
    last = AuditEvent.select().order_by(AuditEvent.sequence.desc()).first()
    assert json.loads(last.state_hash) == {"local_day:2026-06-02": None}
    assert audit_check(desk).intact


def test_every_new_event_records_the_state_of_what_it_changed(desk, office):
    events = list(AuditEvent.select().order_by(AuditEvent.sequence))
    states = [json.loads(e.state_hash) for e in events]
    assert all(e.state_hash for e in events), "new events always carry their (possibly empty) record states"
    by_action = {e.action: set(s) for e, s in zip(events, states, strict=True)}
    (admin,) = by_action["create_first_admin"]
    assert admin.startswith("staff:")
    assert by_action["update_settings"] == {"setting:idle_lock_minutes", "setting:print_preview"}
    assert by_action["add_local_holiday"] == {"local_day:2026-06-02"}
    assert all(record.startswith("application:") for record in by_action["issue_letter"])


@pytest.mark.parametrize(
    ("what", "sql", "named"),
    [
        ("name", "UPDATE application SET applicant_name = 'Orang Lain' WHERE number = :number", "berkas {number}"),
        ("NIK", "UPDATE application SET applicant_nik = '1401020101900009' WHERE number = :number", "berkas {number}"),
        ("status", "UPDATE application SET status = 'handed_over' WHERE number = :number", "berkas {number}"),
        ("letter", "UPDATE letter SET signer = 'Pejabat Lain' WHERE number = :letter", "berkas {number}"),
        ("letter status", "UPDATE letter SET status = 'cancelled' WHERE number = :letter", "berkas {number}"),
        (
            "checklist",
            "UPDATE checklist_item SET received = 1 WHERE application_id = "
            "(SELECT id FROM application WHERE number = :returned)",
            "berkas {returned}",
        ),
        (
            "setting",
            "UPDATE setting SET value = '120' WHERE key = 'idle_lock_minutes'",
            "pengaturan 'idle_lock_minutes'",
        ),
        ("password", "UPDATE staff SET password_hash = 'x' WHERE username = 'fo.siti'", "akun 'fo.siti'"),
        ("roles", "UPDATE staff SET roles = 'admin' WHERE username = 'fo.siti'", "akun 'fo.siti'"),
        ("calendar", "UPDATE local_day SET working = 1", "kalender kerja 02-06-2026"),
    ],
)
def test_a_direct_edit_is_named(desk, office, what, sql, named):
    assert audit_check(desk).intact
    edit(desk, (sql, office))
    check = audit_check(desk)
    assert not check.intact and check.chain.intact
    assert [(f.label, f.problem) for f in check.findings] == [(named.format(**office), "changed")], what
    assert named.format(**office) in "\n".join(check.lines())


def test_a_deleted_file_and_an_inserted_account_are_named(desk, office):
    edit(
        desk,
        (
            "DELETE FROM checklist_item WHERE application_id = (SELECT id FROM application WHERE number = ?)",
            (office["returned"],),
        ),
        ("DELETE FROM application WHERE number = ?", (office["returned"],)),
        (
            "INSERT INTO staff (id, version, updated_at, username, full_name, nip, roles, password_hash, active, "
            "created_at, origin_station) SELECT 'a' || substr(id, 2), 1, updated_at, 'penyusup', 'Penyusup', '', "
            "'admin', password_hash, 1, created_at, '' FROM staff WHERE username = 'admin'",
            (),
        ),
    )
    found = {(f.label, f.problem) for f in audit_check(desk).findings}
    assert found == {(f"berkas {office['returned']}", "deleted"), ("akun 'penyusup'", "unrecorded")}


def test_an_action_after_an_edit_does_not_hide_it_from_the_events_before(desk, officers, office):
    """Recording the state after each change also re-anchors the record: the edit is caught until then, and the
    action that follows records the edited value in plain sight of the timeline (the officer saw it on screen)."""
    edit(desk, ("UPDATE setting SET value = '120' WHERE key = 'idle_lock_minutes'", ()))
    assert [f.label for f in audit_check(desk).findings] == ["pengaturan 'idle_lock_minutes'"]
    settings.update_settings(desk, officers[Role.ADMIN], idle_lock_minutes=15)
    assert audit_check(desk).intact


def _drop_triggers(db: sqlite3.Connection) -> None:
    db.execute("DROP TRIGGER audit_event_no_update")
    db.execute("DROP TRIGGER audit_event_no_delete")


def test_a_deleted_tail_is_caught_against_a_backups_anchor(desk, officers, office, clock, tmp_path):
    rotated = backup.create_backup(desk)
    usb = tmp_path / "usb"
    usb.mkdir()
    kept = backup.create_backup(desk, usb)
    head = chain_head()
    clock.advance(hours=1)
    intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik="1401025708850011"))
    check = audit_check(desk)
    assert check.intact and [a.source for a in check.anchors] == [f"cadangan {rotated.path.name}"]

    # Drop the triggers, delete the last events (some from before the backup): what is left is a valid chain.
    with sqlite3.connect(desk.paths.database) as db:
        _drop_triggers(db)
        db.execute("DELETE FROM audit_event WHERE sequence > ?", (head.count - 3,))
    db.close()
    check = audit_check(desk)
    assert check.chain.intact and not check.intact
    (anchor,) = check.anchors
    assert not anchor.ok and anchor.source == f"cadangan {rotated.path.name}"
    assert f"mencatat {head.count} peristiwa, log audit kini hanya {head.count - 3}" in anchor.reason
    assert "telah dihapus" in anchor.reason

    # Even with the rotated backups gone too, the copy on the USB stick tells.
    shutil.rmtree(desk.paths.backups_dir)
    check = audit_check(desk, [anchor_from_argument(str(kept.path))])
    assert not check.intact and not check.anchors[0].ok and check.anchors[0].source == f"cadangan {kept.path.name}"


def _rewrite_chain(path: Path, from_sequence: int, change: dict) -> None:
    """What a careful forger does: edit one event, then recompute every hash after it so the chain verifies."""
    with sqlite3.connect(path) as db:
        db.row_factory = sqlite3.Row
        _drop_triggers(db)
        db.execute(
            f"UPDATE audit_event SET {', '.join(f'{k} = ?' for k in change)} WHERE sequence = ?",
            (*change.values(), from_sequence),
        )
        previous = db.execute("SELECT hash FROM audit_event WHERE sequence = ?", (from_sequence - 1,)).fetchone()[0]
        rows = db.execute("SELECT * FROM audit_event WHERE sequence >= ? ORDER BY sequence", (from_sequence,))
        for row in rows.fetchall():
            event = AuditEvent.get(AuditEvent.sequence == row["sequence"])  # the model's reading of the values
            payload = audit._payload(
                event.sequence,
                event.at,
                row["actor"],
                str(event.application_id or ""),
                event.action,
                event.from_status,
                event.to_status,
                json.loads(event.details),
                json.loads(row["state_hash"]) if row["state_hash"] else None,
            )
            digest = chain_hash(previous, payload)
            db.execute(
                "UPDATE audit_event SET previous_hash = ?, hash = ? WHERE sequence = ?",
                (previous, digest, row["sequence"]),
            )
            previous = digest
    db.close()


def test_an_edited_and_recomputed_chain_is_caught_against_an_anchor(desk, officers, office, clock):
    # The head as printed at the foot of the monthly report, typed back in.
    report = monthly.monthly_report(desk, *monthly.month_range("2026-03"))
    assert report.audit_anchor == f"{chain_head().count}:{chain_head().hash}"
    clock.advance(hours=1)
    intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik="1401025708850011"))
    given = anchor_from_argument(report.audit_anchor)
    assert audit_check(desk, [given]).intact

    _rewrite_chain(desk.paths.database, 9, {"actor": "orang-lain"})
    check = audit_check(desk, [given])
    assert check.chain.intact and not check.findings, "the forged chain verifies by itself"
    assert not check.intact and not check.anchors[0].ok
    assert f"peristiwa #{report.audit_count} tidak sama" in check.anchors[0].reason
    assert "ditulis ulang" in check.anchors[0].reason


def test_an_anchor_check_is_one_function_of_count_hash_and_source(desk, office):
    head = chain_head()
    assert check_anchor(desk, head.count, head.hash, "bundel ekspor X").extended
    assert check_anchor(desk, 0, GENESIS_HASH, "awal").extended
    wrong = check_anchor(desk, head.count, "0" * 63 + "1", "bundel ekspor X")
    assert not wrong.ok and wrong.describe().startswith("bundel ekspor X: peristiwa #")
    ahead = check_anchor(desk, head.count + 5, head.hash, "laporan")
    assert not ahead.ok and "telah dihapus" in ahead.reason


def test_the_monthly_report_prints_the_chain_head(desk, office, tmp_path):
    from tests.pdf_tools import pdf_text

    report = monthly.monthly_report(desk, *monthly.month_range("2026-03"))
    pdf, xlsx = sorted(monthly.export_monthly(desk, report, tmp_path), key=lambda p: p.suffix)
    head = chain_head()
    assert f"{head.count}:{head.hash}" in pdf_text(pdf).replace("\n", "")
    cells = [c for row in openpyxl.load_workbook(xlsx)["Ringkasan"].iter_rows(values_only=True) for c in row if c]
    assert f"{head.count}:{head.hash}" in cells


def test_a_restore_from_an_older_backup_does_not_raise_a_false_alarm(desk, officers, office, clock):
    older = backup.create_backup(desk)
    clock.advance(days=1)
    intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik="1401025708850011"))
    newer = backup.create_backup(desk)
    close_database()
    backup.restore_backup(desk.paths, older.path)
    reopened = open_desk(desk.paths, clock=clock)
    check = audit_check(reopened)
    assert check.intact, check.lines()
    by_source = {a.source: a for a in check.anchors}
    assert by_source[f"cadangan {older.path.name}"].extended
    superseded = by_source[f"cadangan {newer.path.name}"]
    assert not superseded.extended and superseded.superseded.startswith("data-sebelum-pulih-")
    assert "pemulihan" in superseded.describe()


def _legacy_payload(sequence: int, at: str, actor: str, action: str, details: dict) -> dict:
    """The payload exactly as version 0.6 hashed it (no record states)."""
    return {
        "sequence": sequence,
        "at": at,
        "actor": actor,
        "application": "",
        "action": action,
        "from": "",
        "to": "",
        "details": details,
    }


def test_old_events_without_states_still_verify(tmp_path, clock):
    from peewee import SqliteDatabase

    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    # A database of the version before record states: migrated up to the one before 0007, events as it wrote them.
    before = max(p.stem for p in migrations_dir().glob("[0-9]*.py") if p.stem < "0007")
    db = SqliteDatabase(str(paths.database))
    Runner(db, str(migrations_dir())).up(target=before)
    previous = GENESIS_HASH
    for sequence, action in enumerate(("update_settings", "set_logo", "update_settings"), start=1):
        at = f"2026-03-1{sequence} 02:00:00"
        details = {"idle_lock_minutes": str(sequence)} if action == "update_settings" else {}
        payload = _legacy_payload(sequence, at.replace(" ", "T") + ".000000", "admin", action, details)
        digest = chain_hash(previous, payload)
        db.execute_sql(
            "INSERT INTO audit_event (id, version, updated_at, sequence, at, actor, application_id, action, "
            "from_status, to_status, details, previous_hash, hash) VALUES (?, 1, ?, ?, ?, 'admin', NULL, ?, '', '', "
            "?, ?, ?)",
            (uuid.uuid4().hex, at, sequence, at, action, json.dumps(details), previous, digest),
        )
        previous = digest
    db.close()

    # A backup of that time has no state column at all: its chain still verifies.
    from kampar_desk.store.snapshot import read_only

    with read_only(paths.database) as old:
        assert audit.verify_chain_of(old).intact and audit.verify_chain_of(old).events_checked == 3

    desk = open_desk(paths, clock=clock)  # applies migration 0007 to the old file
    try:
        assert [e.state_hash for e in AuditEvent.select().order_by(AuditEvent.sequence)] == ["", "", ""]
        admin = staff.create_first_admin(desk, "admin", "Admin Kantor", PASSWORD)
        settings.update_settings(desk, admin, print_preview=True)
        check = audit_check(desk)
        assert check.intact, check.lines()
        assert check.chain.events_checked == 5 and not check.findings
        with pytest.raises(Exception, match="append-only"):
            AuditEvent.update(actor="x").where(AuditEvent.sequence == 1).execute()
    finally:
        close_database()


def test_a_demo_office_verifies_all_good(tmp_path, clock):
    from kampar_desk.services.demo import fill_demo

    desk = open_desk(AppPaths(tmp_path / "demo"), clock=clock)
    try:
        fill_demo(desk, 40, seed=11)
        check = audit_check(desk)
        assert check.intact, check.lines()
        assert check.records_checked >= 40
    finally:
        close_database()


def test_the_command_line_names_the_edit_and_fails_with_exit_code_1(desk, office, capsys):
    data = str(desk.paths.data_dir)
    head = chain_head()
    close_database()
    assert main(["--data-dir", data, "audit", "verify", "--against", f"{head.count}:{head.hash}"]) == 0
    out = capsys.readouterr().out
    assert "Log audit utuh" in out and "Catatan sesuai log audit" in out and "semuanya dilanjutkan" in out
    close_database()

    edit(desk, ("UPDATE application SET applicant_nik = '1401020101900009' WHERE number = ?", (office["number"],)))
    assert main(["--data-dir", data, "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert f"berkas {office['number']}: isinya berbeda" in out
    close_database()

    assert main(["--data-dir", data, "audit", "verify", "--against", f"{head.count + 1}:{head.hash}"]) == 1
    assert "telah dihapus" in capsys.readouterr().out
    close_database()
    assert main(["--data-dir", data, "audit", "verify", "--against", "bukan-jangkar"]) == 2
    assert "JUMLAH:HASH" in capsys.readouterr().err
    close_database()
