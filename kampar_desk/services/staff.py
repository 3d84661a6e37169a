"""Accounts: the first admin, staff with roles, sign-in with Argon2id-hashed passwords."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from kampar_desk.domain.errors import DeskError, NotFound, PermissionDenied, ValidationError
from kampar_desk.domain.roles import Role, format_roles, parse_roles
from kampar_desk.domain.validation import check_name
from kampar_desk.services.audit import append_event
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import StaffRecord
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import Staff

_hasher = PasswordHasher()
_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{2,39}$")
MIN_PASSWORD_LENGTH = 8
SYSTEM_ACTOR = "sistem"


def to_record(row: Staff) -> StaffRecord:
    return StaffRecord(row.id, row.username, row.full_name, row.nip, parse_roles(row.roles), row.active)


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


def needs_first_admin(desk: Desk) -> bool:  # noqa: ARG001
    """True on a fresh installation, before anyone can sign in."""
    return not Staff.select().exists()


def create_first_admin(desk: Desk, username: str, full_name: str, password: str) -> StaffRecord:
    """First run only: the admin account that then creates the other officers."""
    with write_transaction():
        if Staff.select().exists():
            raise DeskError("Akun admin pertama sudah dibuat; masuk dengan akun yang ada.")
        row = Staff.create(
            username=_check_username(username),
            full_name=check_name(full_name, "full_name", "Nama lengkap"),
            roles=format_roles(frozenset({Role.ADMIN})),
            password_hash=_hasher.hash(_check_password(password)),
        )
        append_event(desk.now(), SYSTEM_ACTOR, "create_first_admin", details={"username": row.username})
    return to_record(row)


def _require_admin(actor: StaffRecord) -> None:
    if Role.ADMIN not in actor.roles:
        raise PermissionDenied("Hanya Administrator yang boleh mengelola akun petugas.")


def create_staff(
    desk: Desk, actor: StaffRecord, username: str, full_name: str, password: str, roles: frozenset[Role], nip: str = ""
) -> StaffRecord:
    _require_admin(actor)
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


def update_staff(
    desk: Desk, actor: StaffRecord, username: str, roles: frozenset[Role], active: bool, full_name: str | None = None
) -> StaffRecord:
    _require_admin(actor)
    with write_transaction():
        row = Staff.get_or_none(Staff.username == username)
        if row is None:
            raise NotFound(f"Akun '{username}' tidak ditemukan.")
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


def reset_password(desk: Desk, actor: StaffRecord, username: str, new_password: str) -> None:
    if actor.username != username:
        _require_admin(actor)
    with write_transaction():
        row = Staff.get_or_none(Staff.username == username)
        if row is None:
            raise NotFound(f"Akun '{username}' tidak ditemukan.")
        row.password_hash = _hasher.hash(_check_password(new_password))
        row.save()
        append_event(desk.now(), actor.username, "reset_password", details={"username": username})


def sign_in(desk: Desk, username: str, password: str) -> StaffRecord:  # noqa: ARG001
    """The account for these credentials; one refusal text whatever was wrong, so names cannot be probed."""
    refusal = DeskError("Nama pengguna atau kata sandi salah.")
    row = Staff.get_or_none(Staff.username == username.strip().lower())
    if row is None:
        raise refusal
    try:
        _hasher.verify(row.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        raise refusal from None
    if not row.active:
        raise DeskError("Akun ini dinonaktifkan. Hubungi Administrator.")
    if _hasher.check_needs_rehash(row.password_hash):
        with write_transaction():
            row.password_hash = _hasher.hash(password)
            row.save()
    return to_record(row)


def verify_password(desk: Desk, staff: StaffRecord, password: str) -> bool:
    """For unlocking an idle-locked screen: the same officer re-enters the password."""
    try:
        sign_in(desk, staff.username, password)
    except DeskError:
        return False
    return True


def list_staff(desk: Desk) -> list[StaffRecord]:  # noqa: ARG001
    return [to_record(row) for row in Staff.select().order_by(Staff.username)]
