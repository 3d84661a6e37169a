"""Steps after intake: verification (with its surat pengantar), technical review, payment, decision, SKM, handover.

Issuance is in `letters` (`letters.issue_letter`); every step runs through `steps.step`."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.letters import LetterKind
from kampar_desk.domain.workflow import (
    Action,
    Status,
    after_technical_review,
    after_verification,
    check_transition,
)
from kampar_desk.services.applications import load_row
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.letters.issuing import once_more_if_outdated, prepare_letter, record_letter
from kampar_desk.services.letters.records import to_record
from kampar_desk.services.records import ApplicationDetail, StaffRecord, Verified
from kampar_desk.services.steps import step
from kampar_desk.store.models import Application, ChecklistItem, Letter


def _required_text(field: str, label: str, value: str, limit: int = 1000) -> str:
    text = " ".join(value.split())
    if not text:
        raise ValidationError(field, f"{label} wajib diisi.")
    if len(text) > limit:
        raise ValidationError(field, f"{label} terlalu panjang (paling banyak {limit} huruf).")
    return text


def verify(
    desk: Desk,
    actor: StaffRecord,
    application_id: uuid.UUID,
    compliant: bool,
    note: str = "",
    technical_review_needed: bool = False,
    requirement_notes: Mapping[str, str] | None = None,
) -> Verified:
    """Verification of compliance, one action: a non-compliant file goes to the official with the reason, to be
    rejected; a file that goes to the technical agency gets its surat pengantar in the same transaction."""
    if not compliant:
        note = _required_text("note", "Alasan ketidaksesuaian", note)
    notes = {code: " ".join(text.split())[:250] for code, text in (requirement_notes or {}).items() if text.strip()}
    officer = require(desk, actor, Action.VERIFY)

    def target(row: Application) -> Status:
        if not compliant:
            return Status.AWAITING_DECISION
        needed = desk.catalog[row.service_code].technical_review.needed(technical_review_needed)
        return after_verification(needed, row.fee_rupiah)

    def attempt() -> Verified:
        row = load_row(application_id)
        # Refused before the surat pengantar is made, not after.
        check_transition(Action.VERIFY, Status(row.status), target(row), row.number)
        items = list(ChecklistItem.select().where(ChecklistItem.application == row.id))
        unknown = set(notes) - {item.requirement_code for item in items}
        if unknown:
            raise ValidationError("requirement_notes", f"Persyaratan tidak dikenal: {', '.join(sorted(unknown))}.")
        to_review = target(row) == Status.IN_TECHNICAL_REVIEW
        cover = prepare_letter(desk, row, LetterKind.COVER) if to_review else None
        recorded: list[tuple[Letter, Application]] = []

        def apply(current: Application) -> dict[str, Any]:
            current.verified_at, current.verified_by_id = desk.now(), officer.id
            current.verification_note = note.strip()
            current.technical_review_needed = to_review
            for item in ChecklistItem.select().where(ChecklistItem.application == current.id):
                if item.requirement_code in notes:
                    item.verification_note = notes[item.requirement_code]
                    item.save()
            details: dict[str, Any] = {
                "compliant": compliant,
                "note": current.verification_note,
                "technical_review": current.technical_review_needed,
            }
            if notes:
                details["requirement_notes"] = notes
            if cover is not None:
                letter = record_letter(desk, officer, current, cover)
                recorded.append((letter, current))
                details["cover_letter"] = {"number": letter.number, "sha256": letter.sha256}
            return details

        detail = step(desk, officer, application_id, Action.VERIFY, target, apply)
        return Verified(detail, to_record(desk, *recorded[0]) if recorded else None)

    return once_more_if_outdated(attempt)


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

    return step(
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

    return step(desk, actor, application_id, Action.RECORD_PAYMENT, lambda row: Status.AWAITING_DECISION, apply)


def approve(desk: Desk, actor: StaffRecord, application_id: uuid.UUID, note: str = "") -> ApplicationDetail:
    def apply(row: Application) -> dict[str, Any]:
        row.decided_at, row.decided_by_id, row.decision_reason = desk.now(), actor.id, note.strip()
        return {"decision": "approved", "note": note.strip()}

    return step(desk, actor, application_id, Action.APPROVE, lambda row: Status.APPROVED, apply)


def reject(desk: Desk, actor: StaffRecord, application_id: uuid.UUID, reason: str) -> ApplicationDetail:
    reason = _required_text("reason", "Alasan penolakan", reason)

    def apply(row: Application) -> dict[str, Any]:
        row.decided_at, row.decided_by_id, row.decision_reason = desk.now(), actor.id, reason
        return {"decision": "rejected", "reason": reason}

    return step(desk, actor, application_id, Action.REJECT, lambda row: Status.REJECTED, apply)


def decline_survey(desk: Desk, actor: StaffRecord, application_id: uuid.UUID) -> ApplicationDetail:
    """The applicant declined the SKM questionnaire (a filled one goes through survey.submit_survey)."""
    outcome = "declined"

    def apply(row: Application) -> dict[str, Any]:
        row.survey_outcome, row.survey_recorded_at = outcome, desk.now()
        return {"outcome": outcome}

    return step(desk, actor, application_id, Action.RECORD_SURVEY, lambda row: Status.SURVEYED, apply)


def hand_over(desk: Desk, actor: StaffRecord, application_id: uuid.UUID, received_by: str) -> ApplicationDetail:
    """The letter leaves the counter: who took it, when, from which officer. Refused until the SKM is recorded."""
    received_by = _required_text("received_by", "Nama penerima surat", received_by, 100)

    def apply(row: Application) -> dict[str, Any]:
        row.handed_over_at, row.handed_over_by_id, row.handed_over_to = desk.now(), actor.id, received_by
        return {"received_by": received_by}

    return step(desk, actor, application_id, Action.HAND_OVER, lambda row: Status.HANDED_OVER, apply)
