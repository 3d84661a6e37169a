"""Pelacakan: find files by registration number, NIK, any part of the applicant's name, or a scanned receipt."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from kampar_desk.domain.validation import name_tokens
from kampar_desk.services.applications import summarize
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import ApplicationSummary
from kampar_desk.store.models import Application, NameToken

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


def _filtered(desk: Desk, query: TrackingQuery):  # noqa: ANN202 - a peewee query
    base = Application.select()
    if query.kind == QueryKind.NUMBER:
        return base.where(Application.number == query.text)
    if query.kind == QueryKind.NIK:
        return base.where(Application.applicant_nik == query.text)
    if query.kind == QueryKind.SHORT_NUMBER:
        office, year, sequence = desk.office().code, desk.today().year, int(query.text)
        numbers = [f"{office}-{year}-{sequence:06d}", f"{office}-{year}-K{sequence:05d}"]
        return base.where(Application.number.in_(numbers))
    if query.kind == QueryKind.NAME:
        words = sorted(name_tokens(query.text), key=len, reverse=True)
        if not words:
            return base.where(Application.id.is_null())
        for word in words:
            # A range on the indexed token is a prefix match on SQLite and PostgreSQL alike (no LIKE collation traps).
            matches = NameToken.select(NameToken.application).where(
                (NameToken.token >= word) & (NameToken.token < word + "\uffff")
            )
            base = base.where(Application.id.in_(matches))
        return base
    return base


def search(desk: Desk, text: str, offset: int = 0, limit: int = PAGE_SIZE) -> SearchPage:
    """One page of matching files, newest first; `has_more` tells a lazy view to ask for the next page."""
    query = classify(text)
    # UUIDv7 keys grow with time, so ordering by id is newest-registration-first without another index.
    rows = list(_filtered(desk, query).order_by(Application.id.desc()).offset(offset).limit(limit + 1))
    calendar, today = desk.calendar(), desk.today()
    page = tuple(summarize(desk, row, calendar, today) for row in rows[:limit])
    return SearchPage(query, page, len(rows) > limit)
