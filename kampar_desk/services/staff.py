"""Accounts: the first admin, staff with roles, sign-in with Argon2id-hashed passwords and a lock-out.

Sign-in gives nothing away: a wrong password and an unknown name get the same sentence after the same work (an
unknown name is checked against a stand-in hash of the same cost), and a lock-out is only told to someone who
typed the right password. Five wrong passwords in a row lock the account for 5 minutes, each further lock twice
as long (up to a day); the Administrator sees it in the staff list and can unlock. Refusals and locks are recorded
in the audit log with the name as typed, never the password.
"""

from __future__ import annotations

import base64
import re
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kampar_desk.domain.errors import DeskError, ValidationError
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.domain.roles import Role, format_roles, parse_roles
from kampar_desk.domain.validation import check_name
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import current_officer, require
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import StaffRecord
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import SignInGuard, Staff
from kampar_desk.store.rows import get_or_fail

_hasher = PasswordHasher()
_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{2,39}$")
MIN_PASSWORD_LENGTH = 8
SYSTEM_ACTOR = "sistem"

MAX_FAILURES = 5  # wrong passwords in a row before the account is locked
FIRST_LOCK = timedelta(minutes=5)  # doubled on each further lock ...
LONGEST_LOCK = timedelta(hours=24)  # ... up to a day
FORGIVEN_AFTER = timedelta(hours=24)  # a lock a day or more after the previous one ended starts again at 5 minutes

WRONG_CREDENTIALS = (
    f"Nama pengguna atau kata sandi salah. Setelah {MAX_FAILURES} kali salah berturut-turut, akun dikunci sementara."
)
DEACTIVATED = "Akun ini dinonaktifkan. Hubungi Administrator."
LOCKED = (
    "Akun ini terkunci sampai {until} karena kata sandi salah {count} kali berturut-turut. Coba lagi setelah itu, "
    "atau minta Administrator membuka kuncinya (Pengaturan > Akun petugas)."
)


def to_record(row: Staff, locked_until: datetime | None = None) -> StaffRecord:
    return StaffRecord(row.id, row.username, row.full_name, row.nip, parse_roles(row.roles), row.active, locked_until)


def _check_username(username: str) -> str:
    name = username.strip().lower()
    if not _USERNAME.match(name):
        raise ValidationError(
            "username", "Nama pengguna 3-40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung."
        )
    return name


def _check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password", f"Kata sandi paling sedikit {MIN_PASSWORD_LENGTH} karakter.")
    return password


def _check_roles(roles: frozenset[Role]) -> frozenset[Role]:
    if not roles:
        raise ValidationError("roles", "Pilih paling sedikit satu peran.")
    return roles


def _here() -> Any:
    """This station's accounts: another station's (arrived in a bundle, for the names in its files) never sign in,
    are never listed for editing, and do not count as this office's staff."""
    return Staff.origin_station == ""


def needs_first_admin(desk: Desk) -> bool:
    """True on a fresh installation, before anyone can sign in."""
    return not Staff.select().where(_here()).exists()


def create_first_admin(desk: Desk, username: str, full_name: str, password: str) -> StaffRecord:
    """First run only: the admin account that then creates the other officers."""
    with write_transaction():
        if Staff.select().where(_here()).exists():
            raise DeskError("Akun admin pertama sudah dibuat; masuk dengan akun yang ada.")
        row = Staff.create(
            username=_check_username(username),
            full_name=check_name(full_name, "full_name", "Nama lengkap"),
            roles=format_roles(frozenset({Role.ADMIN})),
            password_hash=_hasher.hash(_check_password(password)),
        )
        append_event(desk.now(), SYSTEM_ACTOR, "create_first_admin", details={"username": row.username})
    return to_record(row)


def create_staff(
    desk: Desk, actor: StaffRecord, username: str, full_name: str, password: str, roles: frozenset[Role], nip: str = ""
) -> StaffRecord:
    actor = require(desk, actor, OfficeAction.MANAGE_STAFF)
    name = _check_username(username)
    with write_transaction():
        if Staff.select().where(Staff.username == name).exists():
            raise ValidationError("username", f"Nama pengguna '{name}' sudah dipakai.")
        row = Staff.create(
            username=name,
            full_name=check_name(full_name, "full_name", "Nama lengkap"),
            nip=nip.strip(),
            roles=format_roles(_check_roles(roles)),
            password_hash=_hasher.hash(_check_password(password)),
        )
        append_event(desk.now(), actor.username, "create_staff", details={"username": name, "roles": row.roles})
    return to_record(row)


def _account(username: str) -> Staff:
    return get_or_fail(Staff, (Staff.username == username) & _here(), missing=f"Akun '{username}' tidak ditemukan.")


def update_staff(
    desk: Desk, actor: StaffRecord, username: str, roles: frozenset[Role], active: bool, full_name: str | None = None
) -> StaffRecord:
    actor = require(desk, actor, OfficeAction.MANAGE_STAFF)
    with write_transaction():
        row = _account(username)
        if row.username == actor.username and (Role.ADMIN not in roles or not active):
            raise ValidationError(
                "roles", "Anda tidak dapat mencabut peran Administrator atau menonaktifkan akun sendiri."
            )
        row.roles = format_roles(_check_roles(roles))
        row.active = active
        if full_name is not None:
            row.full_name = check_name(full_name, "full_name", "Nama lengkap")
        row.save()
        append_event(
            desk.now(),
            actor.username,
            "update_staff",
            details={"username": username, "roles": row.roles, "active": active},
        )
    return to_record(row)


def reset_password(desk: Desk, actor: StaffRecord, username: str, new_password: str) -> str:
    """Set a password: one's own (the signing keys sealed by it are wrapped again), or, by the admin, someone
    else's (a signing official's keys cannot be recovered then: a new key pair is made). Returns what to tell."""
    from kampar_desk.services import keys  # loaded on first use: keeps the start fast (the keys' cryptography)

    own = actor.username == username
    actor = current_officer(desk, actor, "reset_password") if own else require(desk, actor, OfficeAction.MANAGE_STAFF)
    with write_transaction():
        row = _account(username)
        row.password_hash = _hasher.hash(_check_password(new_password))
        row.save()
        append_event(desk.now(), actor.username, "reset_password", details={"username": username})
    done = f"Kata sandi {username} telah diganti."
    if own:
        keys.password_changed(desk, username, new_password)
        return done
    note = keys.password_reset_by_admin(desk, actor.username, username, new_password)
    return f"{done} {note}" if note else done


def _dummy_hash() -> str:
    """A hash of no password, with the cost of `_hasher`: checking a password against it (always in vain) takes as
    long as checking a real account's, so a refusal's time does not tell whether the name exists."""
    zeros = base64.b64encode(bytes(_hasher.salt_len)).decode().rstrip("=")
    digest = base64.b64encode(bytes(_hasher.hash_len)).decode().rstrip("=")
    cost = f"m={_hasher.memory_cost},t={_hasher.time_cost},p={_hasher.parallelism}"
    return f"$argon2{_hasher.type.name.lower()}$v=19${cost}${zeros}${digest}"


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def lock_duration(lockouts: int) -> timedelta:
    """How long the `lockouts`-th lock in a row lasts: 5, 10, 20 ... minutes, never more than a day."""
    return min(FIRST_LOCK * 2 ** min(max(lockouts, 1) - 1, 16), LONGEST_LOCK)


def _until_text(desk: Desk, until: datetime) -> str:
    local, today = desk.to_local(until), desk.to_local(desk.now()).date()
    return f"{local:%H:%M}" if local.date() == today else f"{local:%d-%m-%Y %H:%M}"


def lock_text(desk: Desk, until: datetime) -> str:
    """'terkunci sampai 09:05' (with the date when the lock ends on another day), in office time."""
    return f"terkunci sampai {_until_text(desk, until)}"


def _refused(desk: Desk, typed: str, reason: str, **details: object) -> None:
    """Inside the caller's transaction: the refused sign-in, with the name as typed and never the password."""
    append_event(desk.now(), SYSTEM_ACTOR, "sign_in_refused", details={"username": typed, "reason": reason, **details})


def _count_failure(desk: Desk, row: Staff, guard: SignInGuard) -> None:
    """Inside the caller's transaction: one more wrong password; the fifth locks the account."""
    now = desk.now()
    guard.failures += 1
    _refused(desk, row.username, "wrong_password", failures=guard.failures)
    if guard.failures >= MAX_FAILURES:
        if guard.locked_until is not None and now - guard.locked_until >= FORGIVEN_AFTER:
            guard.lockouts = 0
        guard.lockouts += 1
        guard.failures = 0
        guard.locked_until = now + lock_duration(guard.lockouts)
        append_event(
            now,
            SYSTEM_ACTOR,
            "account_locked",
            details={
                "username": row.username,
                "until": guard.locked_until.isoformat(timespec="seconds"),
                "minutes": int(lock_duration(guard.lockouts).total_seconds() // 60),
                "lockouts": guard.lockouts,
            },
        )
    guard.save()


def sign_in(desk: Desk, username: str, password: str) -> StaffRecord:
    """The account for these credentials. Whatever was wrong, one refusal text after the same work, so names
    cannot be probed; a locked, or deactivated, account is only told to someone who typed its right password."""
    from kampar_desk.services import keys  # loaded on first use: keeps the start fast (the keys' cryptography)

    typed = username.strip().lower()[:80]
    row = Staff.get_or_none((Staff.username == typed) & _here())
    if row is None:
        _password_matches(_dummy_hash(), password)
        with write_transaction():
            _refused(desk, typed, "unknown_user")
        raise DeskError(WRONG_CREDENTIALS)
    correct = _password_matches(row.password_hash, password)
    now = desk.now()
    with write_transaction():
        guard, _ = SignInGuard.get_or_create(staff=row.id)
        if guard.locked_until is not None and guard.locked_until > now:
            _refused(desk, row.username, "locked", until=guard.locked_until.isoformat(timespec="seconds"))
            locked = LOCKED.format(until=_until_text(desk, guard.locked_until), count=MAX_FAILURES)
            error = DeskError(locked if correct else WRONG_CREDENTIALS)
        elif not correct:
            _count_failure(desk, row, guard)
            error = DeskError(WRONG_CREDENTIALS)
        elif not row.active:
            _refused(desk, row.username, "deactivated")
            error = DeskError(DEACTIVATED)
        else:
            error = None
            if guard.failures:
                guard.failures = 0
                guard.save()
            if _hasher.check_needs_rehash(row.password_hash):
                row.password_hash = _hasher.hash(password)
                row.save()
                append_event(desk.now(), SYSTEM_ACTOR, "rehash_password", details={"username": row.username})
    if error is not None:
        raise error
    record = to_record(row)
    # A signing official's password also opens the office's signing keys for this session.
    keys.unlock_at_sign_in(desk, record, password)
    return record


def verify_password(desk: Desk, staff: StaffRecord, password: str) -> bool:
    """For unlocking an idle-locked screen: the same officer re-enters the password (wrong ones count too)."""
    try:
        sign_in(desk, staff.username, password)
    except DeskError:
        return False
    return True


def unlock(desk: Desk, actor: StaffRecord, username: str) -> StaffRecord:
    """Admin: lift a lock-out (and forget the wrong passwords counted so far) before it ends by itself."""
    actor = require(desk, actor, OfficeAction.MANAGE_STAFF)
    with write_transaction():
        row = _account(username)
        guard = SignInGuard.get_or_none(SignInGuard.staff == row.id)
        if guard is None or guard.locked_until is None or guard.locked_until <= desk.now():
            raise ValidationError("username", f"Akun '{username}' tidak sedang terkunci.")
        until = guard.locked_until.isoformat(timespec="seconds")
        guard.failures, guard.lockouts, guard.locked_until = 0, 0, None
        guard.save()
        append_event(desk.now(), actor.username, "unlock_account", details={"username": username, "until": until})
    return to_record(row)


def list_staff(desk: Desk) -> list[StaffRecord]:
    """Every account; `locked_until` is set on those locked out right now."""
    now = desk.now()
    locked = {
        guard.staff_id: guard.locked_until for guard in SignInGuard.select().where(SignInGuard.locked_until > now)
    }
    return [to_record(row, locked.get(row.id)) for row in Staff.select().where(_here()).order_by(Staff.username)]
