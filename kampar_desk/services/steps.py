"""One workflow step of a file in one write transaction: permission, status check, change, one audit event."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from kampar_desk.domain.workflow import Action, Status, check_transition
from kampar_desk.services.applications import detail_of, load_row
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import ApplicationDetail, StaffRecord
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import Application


def step(
    desk: Desk,
    actor: StaffRecord,
    application_id: uuid.UUID,
    action: Action,
    decide_target: Callable[[Application], Status],
    apply: Callable[[Application], dict[str, Any]],
) -> ApplicationDetail:
    """Run one workflow step: `decide_target` names the status the file moves to, `apply` changes the row (and
    may add rows of its own, such as a letter) and returns the event's details. The event records the status the
    file really had, so every step, letters included, reads the same way in the timeline."""
    actor = require(desk, actor, action)
    with write_transaction():
        row = load_row(application_id)
        current = Status(row.status)
        target = decide_target(row)
        check_transition(action, current, target, row.number)
        details = apply(row)
        row.status = target.value
        row.save()
        append_event(desk.now(), actor.username, action.value, row, current.value, target.value, details)
    return detail_of(desk, row)
