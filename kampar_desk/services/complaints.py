"""Pengaduan: complaints and input from every channel of the standard, answered within set working days; and the
suggestions written on SKM questionnaires (Saran SKM), a list of their own outside that clock."""

from __future__ import annotations

import statistics
import uuid
from collections import Counter as Tally
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kampar_desk.domain.errors import PermissionDenied, TransitionNotAllowed, ValidationError
from kampar_desk.domain.labels import COMPLAINT_CHANNELS, COMPLAINT_STATUSES
from kampar_desk.domain.permissions import OfficeAction, allows
from kampar_desk.domain.validation import display_phone
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import current_officer, refuse, require
from kampar_desk.services.desk import Desk
from kampar_desk.services.intake import next_number
from kampar_desk.services.records import StaffRecord
from kampar_desk.services.settings import get_settings
from kampar_desk.services.station_scope import ALL_LABEL, narrowed, scope_label
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import Application, Complaint, Staff, Suggestion
from kampar_desk.store.rows import get_or_fail

CHANNELS = COMPLAINT_CHANNELS
STATUSES = COMPLAINT_STATUSES


@dataclass(frozen=True)
class ComplaintRecord:
    id: uuid.UUID
    number: str
    received_at: datetime  # office local time
    channel: str
    complainant: str
    contact: str
    subject: str
    description: str
    application_number: str | None
    assigned_to: str
    assigned_username: str  # "" when nobody is assigned
    status: str
    response: str
    follow_up: str
    days_to_response: int | None  # working days from receipt to the first response
    overdue: bool
    version: int

    @property
    def channel_label(self) -> str:
        return CHANNELS.get(self.channel, self.channel)

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)


def _record(desk: Desk, row: Complaint, limit: int) -> ComplaintRecord:
    calendar = desk.calendar()
    received = desk.to_local(row.received_at)
    responded = desk.to_local(row.first_response_at).date() if row.first_response_at else None
    days = calendar.working_days_between(received.date(), responded) if responded else None
    waiting = calendar.working_days_between(received.date(), desk.today()) if responded is None else 0
    application = Application.get_or_none(Application.id == row.application_id) if row.application_id else None
    assignee = Staff.get_or_none(Staff.id == row.assigned_to_id) if row.assigned_to_id else None
    return ComplaintRecord(
        id=row.id,
        number=row.number,
        received_at=received,
        channel=row.channel,
        complainant=row.complainant,
        contact=row.contact,
        subject=row.subject,
        description=row.description,
        application_number=application.number if application else None,
        assigned_to=assignee.full_name if assignee else "",
        assigned_username=assignee.username if assignee else "",
        status=row.status,
        response=row.response,
        follow_up=row.follow_up,
        days_to_response=days,
        overdue=(days is not None and days > limit) or (days is None and waiting > limit and row.status != "closed"),
        version=row.version,
    )


def _text(field: str, label: str, value: str, limit: int) -> str:
    text = " ".join(value.split())
    if not text:
        raise ValidationError(field, f"{label} wajib diisi.")
    return text[:limit]


def _create(
    desk: Desk,
    actor: StaffRecord,
    channel: str,
    complainant: str,
    contact: str,
    subject: str,
    description: str,
    application: Application | None,
) -> Complaint:
    now = desk.now()
    year = desk.to_local(now).year
    number = f"ADU-{year}-{next_number('complaint', year):04d}"
    row = Complaint.create(
        number=number,
        received_at=now,
        channel=channel,
        complainant=complainant,
        contact=contact,
        subject=subject,
        description=description,
        application=application.id if application else None,
        recorded_by=actor.id,
    )
    append_event(
        now, actor.username, "register_complaint", application, "", "", {"complaint": number, "channel": channel}
    )
    return row


def register_complaint(
    desk: Desk,
    actor: StaffRecord,
    channel: str,
    complainant: str,
    subject: str,
    description: str,
    contact: str = "",
    application_number: str = "",
) -> ComplaintRecord:
    """Any officer records a complaint as it arrives; the file it concerns may be named by its number."""
    actor = current_officer(desk, actor, "register_complaint")
    if channel not in CHANNELS:
        raise ValidationError("channel", "Pilih saluran pengaduan.")
    complainant = _text("complainant", "Nama pelapor", complainant or "Tanpa nama", 100)
    subject = _text("subject", "Pokok pengaduan", subject, 200)
    description = _text("description", "Uraian pengaduan", description, 5000)
    application = None
    if application_number.strip():
        application = Application.get_or_none(Application.number == application_number.strip().upper())
        if application is None:
            raise ValidationError("application", f"Tidak ada berkas bernomor {application_number.strip()}.")
    with write_transaction():
        row = _create(
            desk, actor, channel, complainant, " ".join(contact.split())[:120], subject, description, application
        )
    return _record(desk, row, get_settings(desk).complaint_response_days)


def _load(complaint_id: uuid.UUID) -> Complaint:
    return get_or_fail(Complaint, Complaint.id == complaint_id, missing="Pengaduan tidak ditemukan.")


def _may_handle(desk: Desk, actor: StaffRecord, row: Complaint, what: str) -> None:
    officer = current_officer(desk, actor, what)
    if not allows(officer.roles, OfficeAction.HANDLE_COMPLAINT) and row.assigned_to_id != officer.id:
        refusal = "Pengaduan ini hanya dapat ditangani petugas yang ditugasi, Pejabat Penandatangan atau Administrator."
        refuse(desk, actor, officer, what, PermissionDenied(refusal))


def assign(desk: Desk, actor: StaffRecord, complaint_id: uuid.UUID, username: str) -> ComplaintRecord:
    actor = require(desk, actor, OfficeAction.ASSIGN_COMPLAINT)
    with write_transaction():
        row = _load(complaint_id)
        officer = Staff.get_or_none((Staff.username == username) & (Staff.active == True))  # noqa: E712 - peewee
        if officer is None:
            raise ValidationError("assigned_to", "Pilih petugas yang aktif.")
        row.assigned_to = officer
        if row.status == "open":
            row.status = "in_progress"
        row.save()
        append_event(desk.now(), actor.username, "assign_complaint", details={"complaint": row.number, "to": username})
    return _record(desk, row, get_settings(desk).complaint_response_days)


def respond(desk: Desk, actor: StaffRecord, complaint_id: uuid.UUID, response: str) -> ComplaintRecord:
    """The answer given to the complainant; the first one stops the response clock."""
    response = _text("response", "Tanggapan", response, 5000)
    with write_transaction():
        row = _load(complaint_id)
        _may_handle(desk, actor, row, "respond_complaint")
        if row.status == "closed":
            raise TransitionNotAllowed(f"Pengaduan {row.number} sudah selesai.")
        row.response = response
        row.first_response_at = row.first_response_at or desk.now()
        row.status = "answered"
        row.save()
        append_event(desk.now(), actor.username, "respond_complaint", details={"complaint": row.number})
    return _record(desk, row, get_settings(desk).complaint_response_days)


def follow_up(desk: Desk, actor: StaffRecord, complaint_id: uuid.UUID, note: str, close: bool) -> ComplaintRecord:
    note = _text("follow_up", "Catatan tindak lanjut", note, 5000)
    with write_transaction():
        row = _load(complaint_id)
        _may_handle(desk, actor, row, "follow_up_complaint")
        if close and row.first_response_at is None:
            raise TransitionNotAllowed("Beri tanggapan kepada pelapor sebelum pengaduan ditutup.")
        row.follow_up = f"{row.follow_up}\n{note}".strip() if row.follow_up else note
        row.status = "closed" if close else ("in_progress" if row.status == "open" else row.status)
        row.closed_at = desk.now() if close else None
        row.save()
        append_event(
            desk.now(), actor.username, "follow_up_complaint", details={"complaint": row.number, "closed": close}
        )
    return _record(desk, row, get_settings(desk).complaint_response_days)


def list_complaints(desk: Desk, status: str = "", limit: int = 500) -> list[ComplaintRecord]:
    query = Complaint.select().order_by(Complaint.received_at.desc()).limit(limit)
    if status == "unfinished":
        query = query.where(Complaint.status != "closed")
    elif status:
        query = query.where(Complaint.status == status)
    days = get_settings(desk).complaint_response_days
    return [_record(desk, row, days) for row in query]


@dataclass(frozen=True)
class ComplaintSummary:
    start: date
    end: date
    received: int
    answered: int
    answered_in_time: int
    closed: int
    overdue_open: int
    median_days_to_response: float | None
    by_channel: dict[str, int]
    by_status: dict[str, int]
    limit_days: int
    records: tuple[ComplaintRecord, ...]
    station_label: str = ALL_LABEL  # the stations whose complaints were counted (`station_scope`), for titles


def summary(desk: Desk, start: date, end: date, station: str | None = None) -> ComplaintSummary:
    """Complaints received between two office dates (inclusive), with how fast they were answered; those recorded
    at `station` (None every station, "" this one, else a station's id; see `station_scope`)."""
    if end < start:
        raise ValidationError("end", "Tanggal akhir tidak boleh sebelum tanggal awal.")
    offset = timedelta(hours=desk.office().utc_offset_hours)
    low = datetime.combine(start, time.min) - offset
    high = datetime.combine(end + timedelta(days=1), time.min) - offset
    limit = get_settings(desk).complaint_response_days
    received = (Complaint.received_at >= low) & (Complaint.received_at < high)
    rows = Complaint.select().where(narrowed(received, Complaint.origin_station, station))
    records = tuple(_record(desk, row, limit) for row in rows.order_by(Complaint.received_at))
    answered = [r.days_to_response for r in records if r.days_to_response is not None]
    return ComplaintSummary(
        start=start,
        end=end,
        received=len(records),
        answered=len(answered),
        answered_in_time=sum(1 for days in answered if days <= limit),
        closed=sum(1 for r in records if r.status == "closed"),
        overdue_open=sum(1 for r in records if r.overdue and r.days_to_response is None),
        median_days_to_response=statistics.median(answered) if answered else None,
        by_channel={CHANNELS[c]: n for c, n in sorted(Tally(r.channel for r in records).items())},
        by_status={STATUSES[s]: n for s, n in sorted(Tally(r.status for r in records).items())},
        limit_days=limit,
        records=records,
        station_label=scope_label(desk, station),
    )


# --- Saran SKM: suggestions from the questionnaires, followed up without a response clock ---------------------------

#: audit actions of the suggestions' list (turning one into a complaint also writes `register_complaint`)
FOLLOW_UP_SUGGESTION = "follow_up_suggestion"
SUGGESTION_TO_COMPLAINT = "suggestion_to_complaint"


@dataclass(frozen=True)
class SuggestionRecord:
    """A suggestion as the list shows it: its text and file, never the questionnaire's ratings."""

    id: uuid.UUID
    received_at: datetime  # office local time
    text: str
    application_number: str
    applicant_name: str
    followed_up_at: datetime | None  # office local time
    follow_up_note: str
    followed_up_by: str
    complaint_number: str | None
    version: int

    @property
    def open(self) -> bool:
        return self.followed_up_at is None and self.complaint_number is None

    @property
    def status_label(self) -> str:
        if self.complaint_number:
            return f"Menjadi pengaduan {self.complaint_number}"
        return "Baru" if self.followed_up_at is None else "Sudah ditindaklanjuti"


def _ids(values: Iterable[uuid.UUID | None]) -> set[uuid.UUID]:
    return {value for value in values if value is not None}


def _suggestion_records(desk: Desk, rows: list[Suggestion]) -> list[SuggestionRecord]:
    files: dict[uuid.UUID | None, Application] = {
        row.id: row
        for row in Application.select(Application.id, Application.number, Application.applicant_name).where(
            Application.id.in_(_ids(s.application_id for s in rows))
        )
    }
    officers: dict[uuid.UUID | None, str] = {
        row.id: row.full_name
        for row in Staff.select(Staff.id, Staff.full_name).where(Staff.id.in_(_ids(s.followed_up_by_id for s in rows)))
    }
    numbers: dict[uuid.UUID | None, str] = {
        row.id: row.number
        for row in Complaint.select(Complaint.id, Complaint.number).where(
            Complaint.id.in_(_ids(s.complaint_id for s in rows))
        )
    }
    return [
        SuggestionRecord(
            id=row.id,
            received_at=desk.to_local(row.received_at),
            text=row.text,
            application_number=files[row.application_id].number,
            applicant_name=files[row.application_id].applicant_name,
            followed_up_at=desk.to_local(row.followed_up_at) if row.followed_up_at else None,
            follow_up_note=row.follow_up_note,
            followed_up_by=officers.get(row.followed_up_by_id, ""),
            complaint_number=numbers.get(row.complaint_id),
            version=row.version,
        )
        for row in rows
    ]


def list_suggestions(desk: Desk, open_only: bool = False, limit: int = 500) -> list[SuggestionRecord]:
    """Saran SKM, newest first; `open_only`: neither followed up nor turned into a complaint."""
    query = Suggestion.select().order_by(Suggestion.received_at.desc(), Suggestion.id.desc()).limit(limit)
    if open_only:
        query = query.where(Suggestion.followed_up_at.is_null() & Suggestion.complaint.is_null())
    return _suggestion_records(desk, list(query))


def _load_suggestion(suggestion_id: uuid.UUID) -> Suggestion:
    row = get_or_fail(Suggestion, Suggestion.id == suggestion_id, missing="Saran SKM tidak ditemukan.")
    if row.complaint_id is not None:
        number = Complaint.get_by_id(row.complaint_id).number
        raise TransitionNotAllowed(f"Saran ini sudah menjadi pengaduan {number}: tangani di daftar pengaduan.")
    return row


def follow_up_suggestion(desk: Desk, actor: StaffRecord, suggestion_id: uuid.UUID, note: str) -> SuggestionRecord:
    """What the office did with a suggestion; a later note is added below the earlier ones."""
    actor = require(desk, actor, OfficeAction.FOLLOW_UP_SUGGESTION)
    note = _text("follow_up_note", "Catatan tindak lanjut", note, 5000)
    with write_transaction():
        row = _load_suggestion(suggestion_id)
        now = desk.now()
        row.follow_up_note = f"{row.follow_up_note}\n{note}" if row.follow_up_note else note
        row.followed_up_at, row.followed_up_by_id = now, actor.id
        row.save()
        application = Application.get_by_id(row.application_id)
        append_event(now, actor.username, FOLLOW_UP_SUGGESTION, application, details={"number": application.number})
    return _suggestion_records(desk, [row])[0]


def suggestion_to_complaint(desk: Desk, actor: StaffRecord, suggestion_id: uuid.UUID) -> ComplaintRecord:
    """An officer decides a suggestion needs an answer: it becomes a complaint (channel Saran SKM) on the response
    clock from now, linked both ways; the suggestion leaves the open list."""
    actor = require(desk, actor, OfficeAction.FOLLOW_UP_SUGGESTION)
    with write_transaction():
        row = _load_suggestion(suggestion_id)
        application = Application.get_by_id(row.application_id)
        complaint = _create(
            desk,
            actor,
            "skm",
            application.applicant_name,
            display_phone(application.applicant_phone),
            "Saran dari SKM",
            row.text,
            application,
        )
        row.complaint = complaint
        row.save()
        append_event(
            desk.now(),
            actor.username,
            SUGGESTION_TO_COMPLAINT,
            application,
            details={"number": application.number, "complaint": complaint.number},
        )
    return _record(desk, complaint, get_settings(desk).complaint_response_days)
