"""Who may act is decided at every action, from the database: the record kept since sign-in only names the officer.

Every service that acts for an officer starts with `require` (the permission table of `domain.permissions`). It
reads the officer's row again, so an account the Administrator deactivated, or a role taken away, stops working at
the very next action of a session already open (`AccountChanged`: the GUI returns to the sign-in). Every refusal is
recorded in the audit log: who, which action, why; never anything that was typed.
"""

from __future__ import annotations

import logging
from typing import NoReturn

from kampar_desk.domain.errors import AccountChanged, DeskError, PermissionDenied
from kampar_desk.domain.permissions import Permitted, check_permission
from kampar_desk.domain.roles import Role, format_roles, parse_roles
from kampar_desk.services.audit import append_event
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import StaffRecord
from kampar_desk.store.database import after_rollback, database, write_transaction
from kampar_desk.store.models import Staff

log = logging.getLogger(__name__)

#: the audit action of a refused action; details name the action, the reason and the officer's current roles
REFUSED_ACTION = "action_refused"

DEACTIVATED = (
    "Akun Anda telah dinonaktifkan oleh Administrator, sehingga tindakan ini tidak dilakukan. Hubungi Administrator."
)
ROLES_CHANGED = "Peran Anda telah diubah oleh Administrator (sekarang: {roles}). {refusal} Silakan masuk kembali."


def record_refusal(desk: Desk, username: str, what: str, reason: str, roles: frozenset[Role] = frozenset()) -> None:
    """One audit event for a refused action. Inside a transaction (which the refusal rolls back) it is written just
    after the rollback. A disk that refuses the record does not hide the refusal itself: it is logged instead."""
    at = desk.now()
    details = {"action": what, "reason": reason, "roles": format_roles(roles)}

    def write() -> None:
        try:
            with write_transaction():
                append_event(at, username, REFUSED_ACTION, details=details)
        except DeskError as error:
            log.warning("Refusal of %s for %s not recorded in the audit log: %s", what, username, error)

    if database.transaction_depth() == 0:
        write()
    else:
        after_rollback(write)


def current_officer(desk: Desk, actor: StaffRecord, what: str = "") -> StaffRecord:
    """The acting officer as the database has them now; refused (and recorded) when the account is deactivated."""
    row = Staff.get_or_none(Staff.id == actor.id)
    if row is None or not row.active:
        record_refusal(desk, actor.username, what, "deactivated")
        raise AccountChanged(DEACTIVATED)
    return StaffRecord(row.id, row.username, row.full_name, row.nip, parse_roles(row.roles), row.active)


def refuse(desk: Desk, actor: StaffRecord, officer: StaffRecord, what: str, refusal: PermissionDenied) -> NoReturn:
    """Record and raise a refusal; when the roles differ from those at sign-in, say so and ask to sign in again."""
    changed = officer.roles != actor.roles
    record_refusal(desk, actor.username, what, "roles_changed" if changed else "role", officer.roles)
    if changed:
        mine = officer.role_labels or "tanpa peran"
        raise AccountChanged(ROLES_CHANGED.format(roles=mine, refusal=refusal)) from None
    raise refusal


def require(desk: Desk, actor: StaffRecord, action: Permitted) -> StaffRecord:
    """The one check before any action: the officer's current roles must include one the permission table allows."""
    officer = current_officer(desk, actor, action.value)
    try:
        check_permission(action, officer.roles)
    except PermissionDenied as refusal:
        refuse(desk, actor, officer, action.value, refusal)
    return officer
