"""Steps after intake: verification, technical review, payment, decision, SKM, handover (issuance: letters.py)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.workflow import (
    Action,
    Status,
    after_technical_review,
    after_verification,
    check_transition,
)
from kampar_desk.services.applications import detail_of, load_row
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import ApplicationDetail, StaffRecord
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import Application, ChecklistItem


def _required_text(field: str, label: str, value: str, limit: int = 1000) -> str:
    text = " ".join(value.split())
    if not text:
        raise ValidationError(field, f"{label} wajib diisi.")
    if len(text) > limit:
        raise ValidationError(field, f"{label} terlalu panjang (paling banyak {limit} huruf).")
    return text


def _step(
    desk: Desk,
    actor: StaffRecord,
    application_id: uuid.UUID,
    action: Action,
    decide_target: Callable[[Application], Status],
    apply: Callable[[Application], dict[str, Any]],
) -> ApplicationDetail:
    """Run one workflow step in one transaction: permission, status check, change, audit event."""
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


def verify(
    desk: Desk,
    actor: StaffRecord,
    application_id: uuid.UUID,
    compliant: bool,
    note: str = "",
    technical_review_needed: bool = False,
    requirement_notes: Mapping[str, str] | None = None,
) -> ApplicationDetail:
    """Verification of compliance; a non-compliant file goes to the official with the reason, to be rejected."""
    if not compliant:
        note = _required_text("note", "Alasan ketidaksesuaian", note)

    def target(row: Application) -> Status:
        if not compliant:
            return Status.AWAITING_DECISION
        policy = desk.catalog[row.service_code].technical_review
        needed = policy == "always" or (policy == "if_needed" and technical_review_needed)
        return after_verification(needed, row.fee_rupiah)

    def apply(row: Application) -> dict[str, Any]:
        row.verified_at, row.verified_by = desk.now(), actor.id
        row.verification_note = note.strip()
        row.technical_review_needed = target(row) == Status.IN_TECHNICAL_REVIEW
        notes = {code: " ".join(text.split())[:250] for code, text in (requirement_notes or {}).items() if text.strip()}
        for item in ChecklistItem.select().where(ChecklistItem.application == row.id):
            if item.requirement_code in notes:
                item.verification_note = notes[item.requirement_code]
                item.save()
        unknown = set(notes) - {
            i.requirement_code for i in ChecklistItem.select().where(ChecklistItem.application == row.id)
        }
        if unknown:
            raise ValidationError("requirement_notes", f"Persyaratan tidak dikenal: {', '.join(sorted(unknown))}.")
        details = {
            "compliant": compliant,
            "note": row.verification_note,
            "technical_review": row.technical_review_needed,
        }
        if notes:
            details["requirement_notes"] = notes
        return details

    return _step(desk, actor, application_id, Action.VERIFY, target, apply)


def record_technical_review(
    desk: Desk, actor: StaffRecord, application_id: uuid.UUID, result: str, reviewed_on: date, note: str = ""
) -> ApplicationDetail:
    """The technical agency's review or survey result, with its date."""
    result = _required_text("result", "Hasil kajian teknis", result)
    if reviewed_on > desk.today():
        raise ValidationError("reviewed_on", "Tanggal kajian teknis tidak boleh di masa depan.")

    def apply(row: Application) -> dict[str, Any]:
        row.technical_review_result = result if not note.strip() else f"{result} — {note.strip()}"
        row.technical_review_on = reviewed_on
        return {"result": result, "reviewed_on": reviewed_on.isoformat(), "note": note.strip()}

    return _step(
        desk,
        actor,
        application_id,
        Action.RECORD_TECHNICAL_REVIEW,
        lambda row: after_technical_review(row.fee_rupiah),
        apply,
    )


def record_payment(desk: Desk, actor: StaffRecord, application_id: uuid.UUID, reference: str) -> ApplicationDetail:
    """Proof of payment of the service's fee (only services whose file declares one reach this step)."""
    reference = _required_text("reference", "Nomor bukti pembayaran", reference, 80)

    def apply(row: Application) -> dict[str, Any]:
        row.paid_at, row.payment_reference = desk.now(), reference
        return {"reference": reference, "amount": row.fee_rupiah}

    return _step(desk, actor, application_id, Action.RECORD_PAYMENT, lambda row: Status.AWAITING_DECISION, apply)


def approve(desk: Desk, actor: StaffRecord, application_id: uuid.UUID, note: str = "") -> ApplicationDetail:
    def apply(row: Application) -> dict[str, Any]:
        row.decided_at, row.decided_by, row.decision_reason = desk.now(), actor.id, note.strip()
        return {"decision": "approved", "note": note.strip()}

    return _step(desk, actor, application_id, Action.APPROVE, lambda row: Status.APPROVED, apply)


def reject(desk: Desk, actor: StaffRecord, application_id: uuid.UUID, reason: str) -> ApplicationDetail:
    reason = _required_text("reason", "Alasan penolakan", reason)

    def apply(row: Application) -> dict[str, Any]:
        row.decided_at, row.decided_by, row.decision_reason = desk.now(), actor.id, reason
        return {"decision": "rejected", "reason": reason}

    return _step(desk, actor, application_id, Action.REJECT, lambda row: Status.REJECTED, apply)


def decline_survey(desk: Desk, actor: StaffRecord, application_id: uuid.UUID) -> ApplicationDetail:
    """The applicant declined the SKM questionnaire (a filled one goes through survey.submit_survey)."""
    outcome = "declined"

    def apply(row: Application) -> dict[str, Any]:
        row.survey_outcome, row.survey_recorded_at = outcome, desk.now()
        return {"outcome": outcome}

    return _step(desk, actor, application_id, Action.RECORD_SURVEY, lambda row: Status.SURVEYED, apply)


def hand_over(desk: Desk, actor: StaffRecord, application_id: uuid.UUID, received_by: str) -> ApplicationDetail:
    """The letter leaves the counter: who took it, when, from which officer. Refused until the SKM is recorded."""
    received_by = _required_text("received_by", "Nama penerima surat", received_by, 100)

    def apply(row: Application) -> dict[str, Any]:
        row.handed_over_at, row.handed_over_by, row.handed_over_to = desk.now(), actor.id, received_by
        return {"received_by": received_by}

    return _step(desk, actor, application_id, Action.HAND_OVER, lambda row: Status.HANDED_OVER, apply)
