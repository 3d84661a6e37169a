"""Cancelling a letter: its number stays in the register with the reason, and verification reports it cancelled."""

from __future__ import annotations

import uuid

from kampar_desk.domain.errors import TransitionNotAllowed, ValidationError
from kampar_desk.domain.letters import LetterStatus
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.letters.records import load_letter, to_record
from kampar_desk.services.records import LetterRecord, StaffRecord
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import Application


def cancel_letter(desk: Desk, actor: StaffRecord, letter_id: uuid.UUID, reason: str) -> LetterRecord:
    actor = require(desk, actor, OfficeAction.CANCEL_LETTER)
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("reason", "Alasan pembatalan wajib diisi.")
    with write_transaction():
        row = load_letter(letter_id)
        if row.status == LetterStatus.CANCELLED:
            raise TransitionNotAllowed(f"Surat {row.number} sudah dibatalkan.")
        row.status, row.cancel_reason = LetterStatus.CANCELLED.value, reason
        row.cancelled_at, row.cancelled_by_id = desk.now(), actor.id
        row.save()
        application = Application.get_by_id(row.application_id)
        append_event(
            desk.now(),
            actor.username,
            "cancel_letter",
            application,
            application.status,
            application.status,
            {"letter": row.number, "reason": reason},
        )
    return to_record(desk, row, application)
