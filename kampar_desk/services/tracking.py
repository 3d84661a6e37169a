"""Pelacakan: find files by registration number, NIK, any part of the applicant's name, or a scanned receipt;
a file's history in office words."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.labels import label
from kampar_desk.domain.texts import short_date_time
from kampar_desk.domain.validation import search_words
from kampar_desk.services.applications import summarize
from kampar_desk.services.audit import timeline
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import ApplicationSummary, TimelineEntry
from kampar_desk.services.staff import SYSTEM_ACTOR
from kampar_desk.store.models import Application, KnownStation, Staff
from kampar_desk.store.search import SHORTEST_INDEXED_PART, name_matches

NUMBER_PATTERN = re.compile(r"^[A-Z]{2,6}-\d{4}-K?\d{5,6}$")
PAGE_SIZE = 100


class QueryKind(StrEnum):
    NUMBER = "number"
    NIK = "nik"
    SHORT_NUMBER = "short_number"
    NAME = "name"
    EMPTY = "empty"


@dataclass(frozen=True)
class TrackingQuery:
    kind: QueryKind
    text: str

    def describe(self) -> str:
        return {
            QueryKind.NUMBER: f"nomor {self.text}",
            QueryKind.NIK: f"NIK {self.text}",
            QueryKind.SHORT_NUMBER: f"nomor urut {self.text} tahun ini",
            QueryKind.NAME: f"nama '{self.text}'",
            QueryKind.EMPTY: "semua berkas",
        }[self.kind]


@dataclass(frozen=True)
class SearchPage:
    query: TrackingQuery
    rows: tuple[ApplicationSummary, ...]
    has_more: bool
    # file id -> the station it was made at ("" this one, else the station's id; `station_scope.station_names`)
    stations: dict[uuid.UUID, str] = field(default_factory=dict)
    next_after: int | None = None  # the cursor of the next page (`search(after=…)`), None on the last page


def classify(text: str) -> TrackingQuery:
    """Decide what was typed or scanned: a full number, a NIK, a short sequence number, or a name."""
    cleaned = " ".join(text.strip().upper().split())
    compact = cleaned.replace(" ", "")
    if not cleaned:
        return TrackingQuery(QueryKind.EMPTY, "")
    if NUMBER_PATTERN.match(compact):
        return TrackingQuery(QueryKind.NUMBER, compact)
    if compact.isdigit() and len(compact) == 16:
        return TrackingQuery(QueryKind.NIK, compact)
    if compact.isdigit() and len(compact) <= 6:
        return TrackingQuery(QueryKind.SHORT_NUMBER, str(int(compact)))
    return TrackingQuery(QueryKind.NAME, cleaned)


#: What a result row shows (`applications.summarize`) and its cursor: a page reads these, not the whole file.
LISTED = (
    Application.id,
    Application.number,
    Application.service_code,
    Application.status,
    Application.applicant_name,
    Application.applicant_nik,
    Application.district_code,
    Application.registered_at,
    Application.due_on,
    Application.decided_at,
    Application.issued_at,
    Application.origin_station,
    Application.arrival_order,
)


def _rows(desk: Desk, query: TrackingQuery, after: int | None, limit: int, station: str | None) -> list[Application]:
    """Up to `limit` files of the query, newest arrival first, after the cursor `after` (an `arrival_order`): every
    kind reads an index from the cursor backwards and stops at `limit`, so page 1,000 costs what page 1 does."""
    base = Application.select(*LISTED)
    if station is not None:
        base = base.where(Application.origin_station == station)
    if after is not None:
        base = base.where(Application.arrival_order < after)
    newest = base.order_by(Application.arrival_order.desc()).limit(limit)
    if query.kind == QueryKind.NUMBER:
        return list(newest.where(Application.number == query.text))
    if query.kind == QueryKind.NIK:
        return list(newest.where(Application.applicant_nik == query.text))
    if query.kind == QueryKind.SHORT_NUMBER:
        office, year, sequence = desk.office().code, desk.today().year, int(query.text)
        numbers = [f"{office}-{year}-{sequence:06d}", f"{office}-{year}-K{sequence:05d}"]
        return list(newest.where(Application.number.in_(numbers)))
    if query.kind == QueryKind.NAME:
        parts = search_words(query.text)
        if not any(len(part) >= SHORTEST_INDEXED_PART for part in parts):
            raise ValidationError("text", SHORT_NAME_MESSAGE)
        arrivals = name_matches(parts, after, limit, station)
        if not arrivals:
            return []
        found = Application.select(*LISTED).where(Application.arrival_order.in_(arrivals))
        return list(found.order_by(Application.arrival_order.desc()))
    return list(newest)


SHORT_NAME_MESSAGE = (
    "Ketik paling sedikit tiga huruf dari nama pemohon (misalnya 'sit' untuk Siti), atau nomor berkas, atau NIK."
)


def search(
    desk: Desk, text: str, after: int | None = None, limit: int = PAGE_SIZE, station: str | None = None
) -> SearchPage:
    """One page of matching files, newest first; `next_after` (when there are more) asks for the next page.
    `station`: None every station's files, "" this station's, else that station's (its id; see `station_scope`)."""
    query = classify(text)
    rows = _rows(desk, query, after, limit + 1, station)
    calendar, today = desk.calendar(), desk.today()
    shown = rows[:limit]
    page = tuple(summarize(desk, row, calendar, today) for row in shown)
    more = len(rows) > limit
    return SearchPage(
        query,
        page,
        more,
        {row.id: row.origin_station for row in shown},
        next_after=shown[-1].arrival_order if more else None,
    )


SYSTEM_NAME = "Sistem"


@dataclass(frozen=True)
class HistoryStep:
    """One step of a file's history as the officer reads it."""

    at: datetime  # office local time
    officer: str  # the officer's full name; SYSTEM_NAME for the app's own work
    step: str  # what was done, in office words
    status: str  # "Diterima lengkap → Kajian teknis", the status a first step gave, or "" when it stayed the same
    note: str = ""  # what the officer had to weigh: warnings at the counter and the note that let the file go on

    @property
    def when(self) -> str:
        return short_date_time(self.at)


def _status_change(from_status: str, to_status: str) -> str:
    if not to_status or from_status == to_status:
        return ""
    if not from_status:
        return label(to_status)
    return f"{label(from_status)} \u2192 {label(to_status)}"


def file_history(desk: Desk, application_id: uuid.UUID) -> list[HistoryStep]:
    """Every recorded step of one file, oldest first: who (by full name), what, and the status it moved to."""
    entries = timeline(desk, application_id)
    usernames = {e.actor for e in entries}
    names = {
        s.username: s.full_name
        for s in Staff.select(Staff.username, Staff.full_name).where(Staff.username.in_(usernames))
    }
    names[SYSTEM_ACTOR] = SYSTEM_NAME
    places = {e.station for e in entries if e.station is not None}
    station_names = {row.id: row.name for row in KnownStation.select().where(KnownStation.id.in_(list(places)))}

    def officer(entry: TimelineEntry) -> str:
        name = names.get(entry.actor, entry.actor)
        if entry.station is None:
            return name
        return f"{name} ({station_names.get(entry.station, 'stasiun lain')})"

    return [
        HistoryStep(
            at=e.at,
            officer=officer(e),
            step=label(e.action),
            status=_status_change(e.from_status, e.to_status),
            note=_warnings_note(e.details),
        )
        for e in entries
    ]


def _warnings_note(details: dict) -> str:
    warnings = details.get("warnings") or []
    if not warnings:
        return ""
    note = str(details.get("warning_override") or "").strip()
    said = "Peringatan: " + " ".join(str(w) for w in warnings)
    return f"{said} Catatan petugas: {note}" if note else said


def registration_note(desk: Desk, application_id: uuid.UUID) -> str:
    """The warnings the counter saw when it registered the file, with the officer's note: for the verifier."""
    return next((step.note for step in file_history(desk, application_id) if step.note), "")
