"""Sign-in hardened: lock-out after wrong passwords, equal time for unknown names, every refusal recorded, and the
acting officer read from the database at every action."""

import json
import statistics
import time
from datetime import timedelta

import argon2
import pytest
from argon2 import PasswordHasher

from kampar_desk.domain.errors import AccountChanged, DeskError, PermissionDenied, ValidationError
from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import Status
from kampar_desk.paths import AppPaths
from kampar_desk.services import complaints, intake, process, settings, staff
from kampar_desk.services.desk import open_desk
from kampar_desk.store.database import close_database
from kampar_desk.store.models import Application, AuditEvent
from tests.conftest import PASSWORD, intake_form

WRONG = "bukan-sandinya"


def events(action: str) -> list[dict]:
    found = AuditEvent.select().where(AuditEvent.action == action).order_by(AuditEvent.sequence)
    return [{"actor": e.actor, **json.loads(e.details)} for e in found]


def fail(desk, username: str, times: int, password: str = WRONG) -> None:
    for _ in range(times):
        with pytest.raises(DeskError, match="Nama pengguna atau kata sandi salah"):
            staff.sign_in(desk, username, password)


def no_password_in_the_audit_log(*passwords: str) -> None:
    for event in AuditEvent.select():
        for password in passwords:
            assert password not in event.details and password not in event.actor


def test_five_wrong_passwords_lock_the_account_for_five_minutes(desk, officers, clock):
    fail(desk, "fo.siti", 4)
    assert staff.sign_in(desk, "fo.siti", PASSWORD).username == "fo.siti"  # a success forgets the mistakes
    fail(desk, "fo.siti", 5)
    # Locked at 09:00 WIB until 09:05; only the right password learns it, a wrong one gets the usual sentence.
    with pytest.raises(DeskError, match=r"terkunci sampai 09:05 .*Administrator") as refused:
        staff.sign_in(desk, "fo.siti", PASSWORD)
    assert PASSWORD not in str(refused.value)
    fail(desk, "fo.siti", 3)  # wrong passwords during the lock do not lengthen it
    clock.advance(minutes=4, seconds=59)
    with pytest.raises(DeskError, match="terkunci sampai 09:05"):
        staff.sign_in(desk, "fo.siti", PASSWORD)
    clock.advance(seconds=1)
    assert staff.sign_in(desk, "fo.siti", PASSWORD).username == "fo.siti"
    locked = events("account_locked")
    assert locked == [
        {"actor": "sistem", "username": "fo.siti", "until": "2026-03-16T02:05:00", "minutes": 5, "lockouts": 1}
    ]
    reasons = [e["reason"] for e in events("sign_in_refused")]
    assert reasons == ["wrong_password"] * 9 + ["locked"] * 5
    no_password_in_the_audit_log(PASSWORD, WRONG)


def test_each_further_lock_lasts_twice_as_long_up_to_a_day(desk, officers, clock):
    assert [staff.lock_duration(n) for n in (1, 2, 3, 4)] == [timedelta(minutes=m) for m in (5, 10, 20, 40)]
    assert staff.lock_duration(9) == timedelta(minutes=1280)
    assert staff.lock_duration(10) == staff.lock_duration(10_000) == timedelta(hours=24)
    for minutes in (5, 10, 20):
        fail(desk, "verif.rina", 5)
        clock.advance(minutes=minutes - 1)
        with pytest.raises(DeskError, match="terkunci"):
            staff.sign_in(desk, "verif.rina", PASSWORD)
        clock.advance(minutes=1)
        staff.sign_in(desk, "verif.rina", PASSWORD)  # a success does not reset the doubling ...
    assert [e["minutes"] for e in events("account_locked")] == [5, 10, 20]
    clock.advance(days=1)  # ... a quiet day does
    fail(desk, "verif.rina", 5)
    assert events("account_locked")[-1]["minutes"] == 5


def test_a_lock_ending_tomorrow_names_the_date(desk, officers, clock):
    clock.local(2026, 3, 16, 16, 58)
    fail(desk, "kadis", 5)
    clock.advance(minutes=5)
    fail(desk, "kadis", 5)  # second lock: 10 minutes, 17:03 → 17:13 the same day
    clock.local(2026, 3, 16, 23, 55)
    fail(desk, "kadis", 5)  # third: 20 minutes, past midnight
    with pytest.raises(DeskError, match=r"terkunci sampai 17-03-2026 00:15"):
        staff.sign_in(desk, "kadis", PASSWORD)


def test_the_lock_survives_a_restart(desk, officers, clock, tmp_path):
    fail(desk, "fo.siti", 5)
    close_database()
    reopened = open_desk(AppPaths(tmp_path / "data"), clock=clock)
    with pytest.raises(DeskError, match="terkunci sampai 09:05"):
        staff.sign_in(reopened, "fo.siti", PASSWORD)


def test_the_admin_sees_the_lock_and_lifts_it(desk, officers, clock):
    admin, fo = officers[Role.ADMIN], officers[Role.FRONT_OFFICE]
    fail(desk, "fo.siti", 5)
    listed = {record.username: record for record in staff.list_staff(desk)}
    assert listed["fo.siti"].locked_until == clock() + timedelta(minutes=5)
    assert listed["verif.rina"].locked_until is None
    assert staff.lock_text(desk, listed["fo.siti"].locked_until) == "terkunci sampai 09:05"
    with pytest.raises(PermissionDenied):
        staff.unlock(desk, fo, "fo.siti")
    staff.unlock(desk, admin, "fo.siti")
    assert staff.sign_in(desk, "fo.siti", PASSWORD).username == "fo.siti"
    assert all(record.locked_until is None for record in staff.list_staff(desk))
    with pytest.raises(ValidationError, match="tidak sedang terkunci"):
        staff.unlock(desk, admin, "fo.siti")
    assert events("unlock_account") == [{"actor": "admin", "username": "fo.siti", "until": "2026-03-16T02:05:00"}]
    assert [e["action"] for e in events("action_refused")] == ["manage_staff"]
    fail(desk, "fo.siti", 5)  # unlocking also forgot the doubling: the next lock is 5 minutes again
    assert events("account_locked")[-1]["minutes"] == 5
    clock.advance(minutes=5)
    assert not [record for record in staff.list_staff(desk) if record.locked_until]  # ended by itself


def test_an_unknown_name_is_refused_alike_and_recorded_without_the_password(desk, officers):
    fail(desk, "Tidak.Ada ", 7)
    fail(desk, "fo.siti", 1)
    refused = events("sign_in_refused")
    assert refused[0] == {"actor": "sistem", "username": "tidak.ada", "reason": "unknown_user"}
    assert refused[-1] == {"actor": "sistem", "username": "fo.siti", "reason": "wrong_password", "failures": 1}
    assert not events("account_locked")  # nothing tells a name that exists from one that does not
    staff.update_staff(desk, officers[Role.ADMIN], "fo.siti", frozenset({Role.FRONT_OFFICE}), active=False)
    with pytest.raises(DeskError, match="dinonaktifkan"):
        staff.sign_in(desk, "fo.siti", PASSWORD)
    assert events("sign_in_refused")[-1]["reason"] == "deactivated"
    no_password_in_the_audit_log(PASSWORD, WRONG)


def test_the_stand_in_hash_has_the_cost_of_the_hasher(monkeypatch):
    for hasher in (staff._hasher, PasswordHasher()):
        monkeypatch.setattr(staff, "_hasher", hasher)
        stand_in = argon2.extract_parameters(staff._dummy_hash())
        assert stand_in == argon2.extract_parameters(hasher.hash("x"))
        with pytest.raises(argon2.exceptions.VerifyMismatchError):  # really computed, not rejected as malformed
            hasher.verify(staff._dummy_hash(), PASSWORD)


def test_an_unknown_name_costs_the_same_time_as_a_wrong_password(desk, officers, monkeypatch):
    """With the real Argon2 parameters: the refusal's time does not tell whether the name exists."""
    monkeypatch.setattr(staff, "_hasher", PasswordHasher())
    staff.reset_password(desk, officers[Role.ADMIN], "fo.siti", PASSWORD)  # a real-cost hash

    def timed(username: str) -> float:
        started = time.perf_counter()
        with pytest.raises(DeskError, match="Nama pengguna atau kata sandi salah"):
            staff.sign_in(desk, username, WRONG)
        return time.perf_counter() - started

    known, unknown = [], []
    for _ in range(3):  # fewer than five: no lock in the way
        known.append(timed("fo.siti"))
        unknown.append(timed("tidak.ada"))
    ratio = statistics.median(known) / statistics.median(unknown)
    assert 0.5 < ratio < 2, (known, unknown)


def test_a_deactivated_officer_is_refused_at_the_next_action(desk, officers):
    fo = officers[Role.FRONT_OFFICE]  # the record kept since sign-in
    intake.register_application(desk, fo, intake_form(desk))
    staff.update_staff(desk, officers[Role.ADMIN], "fo.siti", frozenset({Role.FRONT_OFFICE}), active=False)
    with pytest.raises(AccountChanged, match="dinonaktifkan oleh Administrator"):
        intake.register_application(desk, fo, intake_form(desk, nik="1401025708850011"))
    with pytest.raises(AccountChanged):
        complaints.register_complaint(desk, fo, "langsung", "Budi", "Antrian", "Antrian terlalu panjang.")
    assert Application.select().count() == 1
    refused = events("action_refused")
    assert refused == [
        {"actor": "fo.siti", "action": "register", "reason": "deactivated", "roles": ""},
        {"actor": "fo.siti", "action": "register_complaint", "reason": "deactivated", "roles": ""},
    ]


def test_a_removed_role_stops_at_the_next_action_and_an_added_one_works_at_once(desk, officers, received_file):
    admin, verifier, fo = officers[Role.ADMIN], officers[Role.VERIFIER], officers[Role.FRONT_OFFICE]
    staff.update_staff(desk, admin, "verif.rina", frozenset({Role.HANDOVER_OFFICER}), active=True)
    with pytest.raises(AccountChanged, match=r"Peran Anda telah diubah .*sekarang: Petugas Penyerahan.*masuk kembali"):
        process.verify(desk, verifier, received_file, compliant=True)
    assert events("action_refused") == [
        {"actor": "verif.rina", "action": "verify", "reason": "roles_changed", "roles": "handover_officer"}
    ]
    staff.update_staff(desk, admin, "fo.siti", frozenset({Role.FRONT_OFFICE, Role.VERIFIER}), active=True)
    detail = process.verify(desk, fo, received_file, compliant=True).detail  # fo's record: front office only
    assert detail.status == Status.AWAITING_DECISION
    second = staff.create_staff(desk, admin, "admin2", "Admin Dua", PASSWORD, frozenset({Role.ADMIN}))
    staff.update_staff(desk, second, "admin", frozenset({Role.VERIFIER}), active=True)
    with pytest.raises(AccountChanged):
        settings.update_settings(desk, admin, idle_lock_minutes=10)
    assert events("action_refused")[-1]["action"] == "edit_settings"


def test_a_refusal_inside_a_transaction_is_recorded_after_the_rollback(desk, officers):
    complaint = complaints.register_complaint(
        desk, officers[Role.FRONT_OFFICE], "langsung", "Budi", "Antrian", "Antrian terlalu panjang."
    )
    with pytest.raises(PermissionDenied, match="ditugasi"):
        complaints.respond(desk, officers[Role.VERIFIER], complaint.id, "Sudah kami perbaiki.")
    assert events("action_refused") == [
        {"actor": "verif.rina", "action": "respond_complaint", "reason": "role", "roles": "verifier"}
    ]
    assert "Sudah kami perbaiki" not in "".join(e.details for e in AuditEvent.select())


@pytest.fixture
def received_file(desk, officers):
    return intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail.summary.id
