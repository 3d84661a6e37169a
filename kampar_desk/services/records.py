"""Plain, immutable records that services hand to the UI and the command line (never live database rows)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kampar_desk.domain.calendar import SlaState
from kampar_desk.domain.letters import LetterKind, LetterStatus
from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import Status


@dataclass(frozen=True)
class StaffRecord:
    id: uuid.UUID
    username: str
    full_name: str
    nip: str
    roles: frozenset[Role]
    active: bool
    locked_until: datetime | None = None  # naive UTC; set by `staff.list_staff` while the account is locked out

    @property
    def role_labels(self) -> str:
        return ", ".join(sorted(role.label for role in self.roles))


@dataclass(frozen=True)
class OfficeRecord:
    code: str
    government: str
    name: str
    short_name: str
    address: str
    phone: str
    email: str
    website: str
    city: str
    utc_offset_hours: int
    head_title: str
    head_name: str
    head_rank: str
    head_nip: str
    logo_png: bytes | None = None  # the letterhead's emblem, replaceable by the admin (None: text-only letterhead)


@dataclass(frozen=True)
class ChecklistEntry:
    code: str
    text: str
    received: bool
    note: str
    verification_note: str = ""


@dataclass(frozen=True)
class SlaView:
    """The file against its time limit: a running clock (`state`) or, once decided, on time or late."""

    due_on: date | None
    state: SlaState | None
    finished_on: date | None
    late_by: int

    def describe(self) -> str:
        if self.due_on is None:
            return "-"
        if self.finished_on is not None:
            return "Tepat waktu" if self.late_by == 0 else f"Selesai terlambat {self.late_by} hari kerja"
        return self.state.describe() if self.state else "-"

    @property
    def overdue(self) -> bool:
        return bool((self.state and self.state.overdue) or self.late_by)


@dataclass(frozen=True)
class ApplicationSummary:
    id: uuid.UUID
    number: str
    service_code: str
    status: Status
    applicant_name: str
    applicant_nik: str
    district_code: str
    registered_at: datetime  # office local time
    sla: SlaView


@dataclass(frozen=True)
class ApplicationDetail:
    summary: ApplicationSummary
    service_name: str
    applicant_kk: str
    applicant_sex: str
    applicant_birth_date: date
    applicant_phone: str
    applicant_address: str
    village_code: str
    registered_by: str
    received_on: date | None
    checklist: tuple[ChecklistEntry, ...]
    previous_number: str | None
    technical_review_needed: bool
    verification_note: str
    technical_review_result: str
    technical_review_on: date | None
    payment_reference: str
    decision_reason: str
    issued_on: date | None
    survey_outcome: str
    handed_over_to: str
    version: int

    @property
    def number(self) -> str:
        return self.summary.number

    @property
    def status(self) -> Status:
        return self.summary.status

    @property
    def missing(self) -> tuple[ChecklistEntry, ...]:
        return tuple(item for item in self.checklist if not item.received)


@dataclass(frozen=True)
class TimelineEntry:
    sequence: int
    at: datetime  # office local time
    actor: str
    action: str
    from_status: str
    to_status: str
    details: dict
    station: uuid.UUID | None = None  # None: this station's event; else the station whose chain holds it


@dataclass(frozen=True)
class LetterRecord:
    """A row of the letter register with the paths of its archived PDFs (signed, and as exported for BSrE)."""

    id: uuid.UUID
    kind: LetterKind
    number: str
    application_number: str
    applicant_name: str
    issued_on: date
    path: Path
    unsigned_path: Path
    sha256: str
    payload: str
    signature: str
    signer: str
    status: LetterStatus
    cancel_reason: str

    @property
    def cancelled(self) -> bool:
        return self.status is LetterStatus.CANCELLED


@dataclass(frozen=True)
class Registered:
    """`intake.register_application`: the new file and its archived paper (tanda terima, or the return slip)."""

    detail: ApplicationDetail
    paper: Path
    paper_title: str


@dataclass(frozen=True)
class Verified:
    """`process.verify`: the verified file and, when it goes to technical review, its surat pengantar."""

    detail: ApplicationDetail
    cover_letter: LetterRecord | None


@dataclass(frozen=True)
class Issued:
    """`letters.issue_letter`: the file after issuance and its letter (recommendation, or rejection letter)."""

    detail: ApplicationDetail
    letter: LetterRecord
