"""Penerbitan: numbered letters, sealed with a signed QR and a PAdES signature, archived and never changed.

How a letter is issued, so that its number is gap-free and unique while the slow work (rendering and signing)
never holds the database's write lock:

1. Prepare, outside any write transaction (`prepare_letter`): read the file and the number its letter will take
   (the counter's last value + 1, read, not taken), seal the letter's data, render the PDF and sign it (PAdES).
   Nothing is written, so a failure here (keys locked, a signing error) leaves no trace: the next letter gets the
   same number.
2. Record, inside the action's one write transaction (`record_letter`): take the number from the counter and check
   that the prepared letter still holds: the number taken is the one printed (same sequence, same template) and the
   file is as it was read (same version). If not, another action came in between: the transaction rolls back and
   the action is prepared once more with the new number (`once_more_if_outdated`); a second clash is refused with
   a sentence. Otherwise both PDFs are staged (on disk under a temporary name), and the register row, the file's
   change and one audit event are written.
3. The commit makes the number, the row and the event permanent together; only then do the staged PDFs get their
   final names (`files.stage_file`), and a rollback removes them. A crash between the commit and the rename loses
   nothing: the start-up reconciliation renames a staged PDF whose hash is the registered one.

A recommendation changes the file's status (the Penerbitan step, through `steps.step`); the rejection letter and
the cover letter accompany a status (the cover letter is issued by `process.verify` when the file goes to the
technical agency; `issue_cover_letter` replaces a cancelled one).
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from kampar_desk.domain.errors import DeskError, TransitionNotAllowed
from kampar_desk.domain.letters import LetterKind, letter_file_stem
from kampar_desk.domain.workflow import Action, Status, check_transition
from kampar_desk.services.applications import detail_of, load_row
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.files import stage_file
from kampar_desk.services.letters.content import letter_page
from kampar_desk.services.letters.numbering import coming_sequence, letter_number, take_sequence
from kampar_desk.services.letters.records import live_letter, to_record
from kampar_desk.services.letters.sealing import LOCAL_SIGNATURE, qr_content, seal, sign_pades, signature_note
from kampar_desk.services.records import Issued, LetterRecord, StaffRecord
from kampar_desk.services.steps import step
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import Application, Letter

log = logging.getLogger(__name__)

T = TypeVar("T")


class LetterOutdated(DeskError):
    """The letter was prepared for a number another issuance took first (`number_taken`), or its file changed since."""

    def __init__(self, message: str, number_taken: bool = False) -> None:
        super().__init__(message)
        self.number_taken = number_taken


@dataclass(frozen=True)
class PreparedLetter:
    """A letter made and signed for a number not yet taken; `record_letter` takes the number or refuses."""

    kind: LetterKind
    application_id: uuid.UUID
    application_version: int
    sequence: int
    number: str
    issued_at: datetime
    issued_on: date
    payload: str
    digest: str
    unsigned: bytes
    signed: bytes
    signer: str

    @property
    def file_name(self) -> str:
        return f"{self.issued_on.year}/{letter_file_stem(self.number)}.pdf"

    @property
    def unsigned_file_name(self) -> str:
        return f"{self.issued_on.year}/{letter_file_stem(self.number)}-belum-ttd.pdf"


def prepare_letter(desk: Desk, row: Application, kind: LetterKind) -> PreparedLetter:
    """Number, seal, PDF and PAdES signature of the file's letter, outside any write transaction (writes nothing)."""
    # loaded on first use: keeps the start fast (reportlab, the keys' cryptography)
    from kampar_desk.services.documents.letters import letter_pdf
    from kampar_desk.services.keys import signing_identity

    now = desk.now()
    issued_on = desk.to_local(now).date()
    standard = desk.catalog[row.service_code]
    sequence = coming_sequence(kind, issued_on.year)
    number = letter_number(standard.letter_classification, sequence, kind, issued_on)
    payload, digest = seal(desk, row, kind, number, issued_on)
    identity = signing_identity(desk)
    qr_text, check_line = qr_content(desk, payload)
    page = letter_page(
        desk, kind, detail_of(desk, row), number, issued_on, qr_text, signature_note(identity), check_line
    )
    unsigned = letter_pdf(page)
    signed = sign_pades(desk, unsigned)
    return PreparedLetter(
        kind=kind,
        application_id=row.id,
        application_version=row.version,
        sequence=sequence,
        number=number,
        issued_at=now,
        issued_on=issued_on,
        payload=payload,
        digest=digest,
        unsigned=unsigned,
        signed=signed,
        signer=identity.description,
    )


def record_letter(desk: Desk, actor: StaffRecord, row: Application, prepared: PreparedLetter) -> Letter:
    """Inside the caller's write transaction: take the prepared number, stage the PDFs, add the register row.
    `LetterOutdated` when the number was taken or the file changed since the letter was prepared."""
    if row.id != prepared.application_id or row.version != prepared.application_version:
        raise LetterOutdated(f"Berkas {row.number} baru saja diubah; surat tidak diterbitkan. Silakan ulangi.")
    sequence = take_sequence(prepared.kind, prepared.issued_on.year)
    standard = desk.catalog[row.service_code]
    number = letter_number(standard.letter_classification, sequence, prepared.kind, prepared.issued_on)
    if sequence != prepared.sequence or number != prepared.number:
        raise LetterOutdated(
            f"Nomor surat {prepared.number} baru saja dipakai oleh penerbitan lain; surat tidak diterbitkan. "
            "Silakan ulangi.",
            number_taken=True,
        )
    # Staged before the register row, renamed after the commit: a letter number is never without its PDF.
    stage_file(desk.paths.letters_dir / prepared.unsigned_file_name, prepared.unsigned)
    stage_file(desk.paths.letters_dir / prepared.file_name, prepared.signed)
    return Letter.create(
        application=row.id,
        kind=prepared.kind.value,
        number=prepared.number,
        year=prepared.issued_on.year,
        sequence=sequence,
        issued_at=prepared.issued_at,
        issued_on=prepared.issued_on,
        issued_by=actor.id,
        payload=prepared.payload,
        digest=prepared.digest,
        file_name=prepared.file_name,
        unsigned_file_name=prepared.unsigned_file_name,
        sha256=hashlib.sha256(prepared.signed).hexdigest(),
        unsigned_sha256=hashlib.sha256(prepared.unsigned).hexdigest(),
        signature=LOCAL_SIGNATURE,
        signer=prepared.signer,
    )


def letter_details(letter: Letter) -> dict[str, Any]:
    return {"letter": letter.number, "kind": letter.kind, "sha256": letter.sha256}


#: How many times a letter is prepared when other counters keep taking its number first: each clash means another
#: letter was recorded meanwhile, so the queue moves; measured with four counters issuing at once, up to 8 were needed.
PREPARATIONS = 20


def once_more_if_outdated(attempt: Callable[[], T]) -> T:
    """Run an action that prepares a letter; while its number was taken meanwhile by another counter, prepare and record
    it again. A file changed meanwhile is refused at once: the officer must look at it again."""
    for preparation in range(1, PREPARATIONS + 1):
        try:
            return attempt()
        except LetterOutdated as outdated:
            if not outdated.number_taken or preparation == PREPARATIONS:
                raise
            log.info("Letter prepared again (%d): %s", preparation, outdated)
    raise AssertionError("unreachable")


def _issue_recommendation(desk: Desk, officer: StaffRecord, application_id: uuid.UUID) -> Issued:
    def attempt() -> Issued:
        row = load_row(application_id)
        # refused before the letter is made, not after
        check_transition(Action.ISSUE_LETTER, Status(row.status), Status.ISSUED, row.number)
        prepared = prepare_letter(desk, row, LetterKind.RECOMMENDATION)
        recorded: list[tuple[Letter, Application]] = []

        def apply(current: Application) -> dict[str, Any]:
            letter = record_letter(desk, officer, current, prepared)
            current.issued_at, current.issued_on = letter.issued_at, letter.issued_on
            recorded.append((letter, current))
            return letter_details(letter)

        detail = step(desk, officer, application_id, Action.ISSUE_LETTER, lambda _row: Status.ISSUED, apply)
        return Issued(detail, to_record(desk, *recorded[0]))

    return once_more_if_outdated(attempt)


@dataclass(frozen=True)
class _Accompanying:
    """A letter that accompanies a status without changing it; at most one live letter of its kind per file."""

    kind: LetterKind
    status: Status
    wrong_status: str
    name: str

    def check(self, row: Application) -> None:
        if row.status != self.status:
            raise TransitionNotAllowed(f"Berkas {row.number} {self.wrong_status}.")
        if live_letter(row.id, self.kind) is not None:
            raise TransitionNotAllowed(f"{self.name} berkas {row.number} sudah terbit.")


REJECTION = _Accompanying(LetterKind.REJECTION, Status.REJECTED, "tidak berstatus ditolak", "Surat penolakan")
COVER = _Accompanying(
    LetterKind.COVER, Status.IN_TECHNICAL_REVIEW, "tidak sedang menunggu kajian teknis", "Surat pengantar"
)


def _issue_accompanying(
    desk: Desk, officer: StaffRecord, application_id: uuid.UUID, accompanying: _Accompanying
) -> Issued:
    def attempt() -> Issued:
        row = load_row(application_id)
        accompanying.check(row)
        prepared = prepare_letter(desk, row, accompanying.kind)
        with write_transaction():
            row = load_row(application_id)
            accompanying.check(row)
            letter = record_letter(desk, officer, row, prepared)
            append_event(
                desk.now(),
                officer.username,
                f"issue_{accompanying.kind.value}_letter",
                row,
                row.status,
                row.status,
                letter_details(letter),
            )
        return Issued(detail_of(desk, row), to_record(desk, letter, row))

    return once_more_if_outdated(attempt)


def issue_letter(desk: Desk, actor: StaffRecord, application_id: uuid.UUID) -> Issued:
    """Penerbitan, one action: the recommendation of an approved file (approved → issued), or the rejection
    letter of a rejected one (its status stays rejected)."""
    officer = require(desk, actor, Action.ISSUE_LETTER)
    if load_row(application_id).status == Status.REJECTED:
        return _issue_accompanying(desk, officer, application_id, REJECTION)
    return _issue_recommendation(desk, officer, application_id)


def issue_recommendation(desk: Desk, actor: StaffRecord, application_id: uuid.UUID) -> LetterRecord:
    """The approved file's recommendation letter: the Penerbitan step (approved → issued)."""
    return _issue_recommendation(desk, require(desk, actor, Action.ISSUE_LETTER), application_id).letter


def issue_rejection(desk: Desk, actor: StaffRecord, application_id: uuid.UUID) -> LetterRecord:
    """The rejected file's letter stating the reason (one per file unless cancelled; the status stays rejected)."""
    return _issue_accompanying(desk, require(desk, actor, Action.ISSUE_LETTER), application_id, REJECTION).letter


def issue_cover_letter(desk: Desk, actor: StaffRecord, application_id: uuid.UUID) -> LetterRecord:
    """A new surat pengantar for a file in technical review whose first one was cancelled (`process.verify` issues
    the first one); part of the verifier's work."""
    return _issue_accompanying(desk, require(desk, actor, Action.VERIFY), application_id, COVER).letter
