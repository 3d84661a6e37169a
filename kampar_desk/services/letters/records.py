"""The letter register read back: one letter, a file's letters, a year's register, as plain records."""

from __future__ import annotations

import uuid

from kampar_desk.domain.letters import LetterKind, LetterStatus
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import LetterRecord
from kampar_desk.store.models import Application, Letter
from kampar_desk.store.rows import get_or_fail


def to_record(desk: Desk, row: Letter, application: Application | None = None) -> LetterRecord:
    application = application or Application.get_by_id(row.application_id)
    return LetterRecord(
        id=row.id,
        kind=LetterKind(row.kind),
        number=row.number,
        application_number=application.number,
        applicant_name=application.applicant_name,
        issued_on=row.issued_on,
        path=desk.paths.letters_dir / row.file_name,
        unsigned_path=desk.paths.letters_dir / row.unsigned_file_name,
        sha256=row.sha256,
        payload=row.payload,
        signature=row.signature,
        signer=row.signer,
        status=LetterStatus(row.status),
        cancel_reason=row.cancel_reason,
    )


def load_letter(letter_id: uuid.UUID) -> Letter:
    return get_or_fail(Letter, Letter.id == letter_id, missing="Surat tidak ditemukan.")


def live_letter(application_id: uuid.UUID, kind: LetterKind) -> Letter | None:
    """The file's letter of this kind that is not cancelled, if any."""
    return (
        Letter.select()
        .where(
            (Letter.application == application_id)
            & (Letter.kind == kind.value)
            & (Letter.status == LetterStatus.ISSUED.value)
        )
        .first()
    )


def letters_of(desk: Desk, application_id: uuid.UUID) -> list[LetterRecord]:
    rows = Letter.select().where(Letter.application == application_id).order_by(Letter.issued_at)
    return [to_record(desk, row) for row in rows]


def find_letter(desk: Desk, number: str) -> LetterRecord:
    missing = f"Surat bernomor {number.strip()} tidak terdaftar di kantor ini."
    return to_record(desk, get_or_fail(Letter, Letter.number == number.strip(), missing=missing))


def register(desk: Desk, year: int) -> list[LetterRecord]:
    """The letter register of a year, in number order per kind, cancelled letters included."""
    rows = Letter.select().where(Letter.year == year).order_by(Letter.kind, Letter.sequence)
    return [to_record(desk, row) for row in rows]
