"""Laporan bulanan: what came in, what went out, how fast, where from, by whom; SKM and complaints of the month."""

from __future__ import annotations

import calendar as month_calendar
import re
import uuid
from collections import Counter as Tally
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import NamedTuple

from peewee import fn

from kampar_desk.domain.calendar import check_year
from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.letters import LetterKind
from kampar_desk.domain.texts import MONTHS, long_date
from kampar_desk.domain.workflow import OPEN_STATUSES, Status
from kampar_desk.services import complaints, survey
from kampar_desk.services.audit import chain_head
from kampar_desk.services.desk import Desk
from kampar_desk.services.exporting import Progress, export_files
from kampar_desk.services.station_scope import ALL_LABEL, narrowed
from kampar_desk.store.models import Application, ChecklistItem, Letter, Staff

#: The one meaning of "Surat terbit" in every table of the report, printed as its footnote.
ISSUED_LETTERS_NOTE = (
    "Surat terbit = surat rekomendasi yang terbit dalam periode dan tidak dibatalkan sampai akhir periode, sama di "
    "setiap tabel; surat pengantar ke dinas teknis dan surat penolakan tidak dihitung (permohonan ditolak dihitung "
    "tersendiri)."
)


class _FileRow(NamedTuple):
    """The columns of a file the report reads (in `monthly_report`'s `columns` order), not the whole model."""

    id: uuid.UUID
    number: str
    status: str
    district_code: str
    registered_at: datetime
    registered_by: uuid.UUID
    received_on: date | None
    due_on: date | None
    issued_at: datetime | None
    issued_on: date | None
    handed_over_at: datetime | None
    letter_issued_by: uuid.UUID | None = None  # only on the rows of `issued_letters`


@dataclass(frozen=True)
class DistrictRow:
    name: str
    received: int
    returned: int
    issued: int


@dataclass(frozen=True)
class OfficerRow:
    name: str
    registered: int
    verified: int
    decided: int
    letters: int  # surat terbit, counted as in the summary (ISSUED_LETTERS_NOTE)
    handed_over: int


@dataclass(frozen=True)
class RawRow:
    number: str
    registered_on: date
    received_on: date | None
    due_on: date | None
    issued_on: date | None
    handed_over_on: date | None
    status: str
    district: str
    officer: str


@dataclass(frozen=True)
class MonthlyReport:
    start: date
    end: date
    received: int
    returned: int
    in_process: int
    issued: int
    rejected: int
    handed_over: int
    issued_on_time: int
    on_time_percent: Decimal | None
    average_days_to_issue: Decimal | None
    missing: tuple[tuple[str, int], ...]
    districts: tuple[DistrictRow, ...]
    officers: tuple[OfficerRow, ...]
    skm_count: int
    ikm: Decimal | None
    ikm_grade: str
    complaints_received: int
    complaints_answered: int
    raw: tuple[RawRow, ...]
    # The head of the audit chain when the report was made: printed at its foot, an anchor outside the database
    # (`kampar-desk audit verify --against COUNT:HASH` checks the chain still extends it).
    audit_count: int = 0
    audit_head: str = ""
    # The stations counted (`station_scope`): None all, "" this one, else a station's id; the label goes in titles.
    station: str | None = None
    station_label: str = ALL_LABEL

    @property
    def audit_anchor(self) -> str:
        return f"{self.audit_count}:{self.audit_head}"

    @property
    def label(self) -> str:
        if self.start.day == 1 and self.end == _month_end(self.start):
            return f"{MONTHS[self.start.month - 1]} {self.start.year}"
        return f"{long_date(self.start)} s.d. {long_date(self.end)}"

    @property
    def file_stem(self) -> str:
        if self.start.day == 1 and self.end == _month_end(self.start):
            return f"laporan-bulanan-{self.start:%Y-%m}"
        return f"laporan-{self.start:%Y%m%d}-{self.end:%Y%m%d}"


def _month_end(day: date) -> date:
    return date(day.year, day.month, month_calendar.monthrange(day.year, day.month)[1])


def month_range(spec: str) -> tuple[date, date]:
    """`2026-11` → 1 to 30 November 2026."""
    match = re.fullmatch(r"([0-9]{4})-([0-9]{2})", spec.strip())
    if not match:
        raise ValidationError("month", "Bulan ditulis TAHUN-BULAN, contoh 2026-11.")
    year, month = check_year(int(match[1]), "month"), int(match[2])
    if not 1 <= month <= 12:
        raise ValidationError("month", f"Bulan {match[2]} tidak ada: bulan ditulis 01 sampai 12, contoh 2026-11.")
    start = date(year, month, 1)
    return start, _month_end(start)


def _percent(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _open_at(moment: datetime, station: str | None) -> int:
    """Files received before `moment` and neither issued nor rejected before it.

    Read from the smaller side of `moment`, never the whole table. For a moment in the older half of the records,
    the files registered before it, checked one by one against the definition. Otherwise three index ranges: files
    open now (few, read by status), issued after `moment`, and rejected after it; the workflow gives an issue time
    to every issued, surveyed or handed-over file, and no receipt to a returned one, so the three parts are the
    definition (a test holds both sides to it)."""
    received_before = Application.received_on.is_null(False) & (Application.registered_at < moment)
    first = Application.select(fn.MIN(Application.registered_at)).scalar()
    last = Application.select(fn.MAX(Application.registered_at)).scalar()
    if first is None or moment <= first:
        return 0
    if moment - first < last - moment:
        before = Application.select(Application.issued_at, Application.status, Application.decided_at).where(
            narrowed(received_before, Application.origin_station, station)
        )
        return sum(
            1
            for issued_at, status, decided_at in before.tuples().iterator()
            if (issued_at is None or issued_at >= moment)
            and not (status == Status.REJECTED.value and decided_at is not None and decided_at < moment)
        )
    open_now = Application.select(Application.issued_at, Application.received_on, Application.registered_at).where(
        narrowed(Application.status.in_(sorted(s.value for s in OPEN_STATUSES)), Application.origin_station, station)
    )
    still_open = sum(
        1
        for issued_at, received_on, registered_at in open_now.tuples().iterator()
        if issued_at is None and received_on is not None and registered_at < moment
    )
    rejected = Application.status == Status.REJECTED.value
    issued_after = (Application.issued_at >= moment) & ~(rejected & (Application.decided_at < moment))
    rejected_after = rejected & Application.issued_at.is_null() & (Application.decided_at >= moment)
    return still_open + sum(
        Application.select().where(narrowed(part & received_before, Application.origin_station, station)).count()
        for part in (issued_after, rejected_after)
    )


def monthly_report(desk: Desk, start: date, end: date, station: str | None = None) -> MonthlyReport:
    """All figures for office dates `start`..`end` (inclusive), from timestamps, so past months stay reproducible;
    of the files of `station` (None every station, "" this one, else a station's id; see `station_scope`)."""
    if end < start:
        raise ValidationError("end", "Tanggal akhir tidak boleh sebelum tanggal awal.")
    offset = timedelta(hours=desk.office().utc_offset_hours)
    low = datetime.combine(start, time.min) - offset
    high = datetime.combine(end + timedelta(days=1), time.min) - offset
    calendar = desk.calendar()

    def within(field):  # in the period, and of the files of the station asked (letters follow their file)
        return narrowed((field >= low) & (field < high), Application.origin_station, station)

    columns = (  # in `_FileRow`'s order
        Application.id,
        Application.number,
        Application.status,
        Application.district_code,
        Application.registered_at,
        Application.registered_by,
        Application.received_on,
        Application.due_on,
        Application.issued_at,
        Application.issued_on,
        Application.handed_over_at,
    )

    def rows(condition) -> list[_FileRow]:  # the columns a report needs, not whole models
        return [_FileRow(*values) for values in Application.select(*columns).where(condition).tuples().iterator()]

    def issued_letters() -> list[_FileRow]:
        """Surat terbit (ISSUED_LETTERS_NOTE): the files with the letter's officer, for every table alike. A letter
        cancelled after the period still counts in it, so a past month's report stays the same."""
        standing = Letter.cancelled_at.is_null() | (Letter.cancelled_at >= high)
        query = (
            Application.select(*columns, Letter.issued_by.alias("letter_issued_by"))
            .join(Letter, on=(Letter.application == Application.id))
            .where((Letter.kind == LetterKind.RECOMMENDATION.value) & within(Letter.issued_at) & standing)
        )
        return [_FileRow(*values) for values in query.tuples().iterator()]

    def counted(column, time_field) -> dict[uuid.UUID | None, int]:
        query = Application.select(column, fn.COUNT(Application.id)).where(within(time_field)).group_by(column)
        return dict(query.tuples().iterator())

    registered = rows(within(Application.registered_at))
    received = [a for a in registered if a.received_on is not None]
    returned = [a for a in registered if a.received_on is None]
    issued = issued_letters()
    rejected = rows(within(Application.decided_at) & (Application.status == Status.REJECTED.value))
    handed = rows(within(Application.handed_over_at))
    in_process = _open_at(high, station)
    on_time = [a for a in issued if a.due_on is not None and a.issued_on is not None and a.issued_on <= a.due_on]
    days = [
        calendar.working_days_between(calendar.clock_start(a.received_on), a.issued_on)
        for a in issued
        if a.received_on and a.issued_on
    ]
    average = (Decimal(sum(days)) / len(days)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) if days else None

    not_brought = ChecklistItem.received == False  # noqa: E712 - peewee builds SQL from ==
    missing_query = (
        ChecklistItem.select(ChecklistItem.requirement_text, fn.COUNT(ChecklistItem.id))
        .join(Application)
        .where(within(Application.registered_at) & Application.received_on.is_null() & not_brought)
        .group_by(ChecklistItem.requirement_text)
        .tuples()
    )
    missing: Tally[str] = Tally(dict(missing_query.iterator()))

    district_names = {d.code: d.name for d in desk.regions.districts}
    per_district: dict[str, list[int]] = {}
    for group, index in ((received, 0), (returned, 1), (issued, 2)):
        for a in group:
            per_district.setdefault(a.district_code, [0, 0, 0])[index] += 1
    districts = tuple(
        DistrictRow(district_names.get(code, code), *counts)
        for code, counts in sorted(per_district.items(), key=lambda kv: district_names.get(kv[0], kv[0]))
    )

    staff_names = {s.id: s.full_name for s in Staff.select(Staff.id, Staff.full_name)}
    tallies = {
        "registered": Tally(a.registered_by for a in registered),
        "verified": counted(Application.verified_by, Application.verified_at),
        "decided": counted(Application.decided_by, Application.decided_at),
        "letters": Tally(a.letter_issued_by for a in issued),
        "handed_over": Tally(
            a.handed_over_by
            for a in Application.select(Application.handed_over_by)
            .where(within(Application.handed_over_at))
            .namedtuples()
        ),
    }
    people = sorted(
        {pid for tally in tallies.values() for pid in tally if pid}, key=lambda pid: staff_names.get(pid, "")
    )
    officers = tuple(
        OfficerRow(staff_names.get(pid, "?"), *(tallies[k].get(pid, 0) for k in tallies)) for pid in people
    )

    period = survey.skm_period(desk, start, end, station=station)
    head = chain_head()
    complaint_summary = complaints.summary(desk, start, end, station=station)

    def local_day(moment: datetime) -> date:
        return (moment + offset).date()

    involved = {a.id: a for a in (*registered, *issued, *rejected, *handed)}
    raw = tuple(
        RawRow(
            number=a.number,
            registered_on=local_day(a.registered_at),
            received_on=a.received_on,
            due_on=a.due_on,
            issued_on=a.issued_on,
            handed_over_on=local_day(a.handed_over_at) if a.handed_over_at else None,
            status=Status(a.status).label,
            district=district_names.get(a.district_code, a.district_code),
            officer=staff_names.get(a.registered_by, "?"),
        )
        for a in sorted(involved.values(), key=lambda a: a.number)
    )
    return MonthlyReport(
        start=start,
        end=end,
        received=len(received),
        returned=len(returned),
        in_process=in_process,
        issued=len(issued),
        rejected=len(rejected),
        handed_over=len(handed),
        issued_on_time=len(on_time),
        on_time_percent=_percent(len(on_time), len(issued)),
        average_days_to_issue=average,
        missing=tuple(missing.most_common()),
        districts=districts,
        officers=officers,
        skm_count=len(period.rows),
        ikm=period.result.ikm,
        ikm_grade=period.result.grade,
        complaints_received=complaint_summary.received,
        complaints_answered=complaint_summary.answered,
        raw=raw,
        audit_count=head.count,
        audit_head=head.hash,
        station=station,
        station_label=period.station_label,
    )


def export_monthly(desk: Desk, report: MonthlyReport, folder: Path, progress: Progress | None = None) -> list[Path]:
    """`laporan-bulanan-YYYY-MM.xlsx` and `.pdf` (or `laporan-<from>-<to>.*` for a range) into `folder`."""
    # reportlab and XlsxWriter load only when a report is exported, which keeps the app's start fast
    from kampar_desk.services.documents.monthly_documents import monthly_pdf, monthly_xlsx

    office = desk.office()
    files = {
        f"{report.file_stem}.xlsx": monthly_xlsx(report, office),
        f"{report.file_stem}.pdf": monthly_pdf(report, office),
    }
    return export_files(Path(folder), files, progress)
