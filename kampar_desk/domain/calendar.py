"""Working days of the office: weekends, national holidays and cuti bersama, plus local dates set by the admin."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from kampar_desk.domain.errors import ValidationError

WEEKEND = (5, 6)
#: The years the office calendar knows: the `holidays` package has Indonesia's days off from 1946 to 2100.
FIRST_YEAR, LAST_YEAR = 1946, 2100


def check_year(year: int, field: str = "year") -> int:
    """`year` if the calendar knows it; otherwise a refusal, so no date arithmetic runs off the end of `date`."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            field, f"Tahun {year} di luar jangkauan: Kampar Desk hanya mengenal tahun {FIRST_YEAR} sampai {LAST_YEAR}."
        )
    return year


@lru_cache(maxsize=64)
def national_holidays(year: int) -> Mapping[date, str]:
    import holidays  # ~0.2 s to import; loaded at the first date question, not at start-up

    # "government" is exactly the cuti bersama of the SKB 3 Menteri; the package has none after 2027,
    # which is why admins can add dates locally.
    table = holidays.country_holidays("ID", years=year, categories=("public", "government"), language="id")
    return dict(table.items())


@lru_cache(maxsize=64)
def cuti_bersama(year: int) -> frozenset[date]:
    """The days of `national_holidays` that are cuti bersama (the package's "government" category), not holidays."""
    import holidays

    return frozenset(holidays.country_holidays("ID", years=year, categories=("government",)))


@dataclass(frozen=True)
class LocalDay:
    """An admin's override of one date: a local holiday (`working=False`) or a cancelled holiday (`working=True`)."""

    day: date
    working: bool
    name: str = ""


@dataclass(frozen=True)
class SlaState:
    """Where a file stands against its due date on a given day."""

    due: date
    working_days_left: int
    overdue_by: int

    @property
    def overdue(self) -> bool:
        return self.overdue_by > 0

    def describe(self) -> str:
        if self.overdue_by:
            return f"Terlambat {self.overdue_by} hari kerja"
        if self.working_days_left == 0:
            return "Jatuh tempo hari ini"
        return f"Sisa {self.working_days_left} hari kerja"


class WorkingCalendar:
    """Decides whether a date is a working day and counts working days (Perpres 21/2023: Monday to Friday)."""

    def __init__(self, local_days: Mapping[date, LocalDay] | None = None) -> None:
        self._local = dict(local_days or {})

    def holiday_name(self, day: date) -> str | None:
        """Why a date is not a working day, or None when it is one."""
        local = self._local.get(day)
        if local is not None and not local.working:
            return local.name or "Libur daerah"
        name = national_holidays(day.year).get(day)
        if name and not (local is not None and local.working):
            return name
        if day.weekday() in WEEKEND:
            # A cancelled holiday that falls on a Saturday leaves a Saturday, not a working day.
            return "Sabtu" if day.weekday() == 5 else "Minggu"
        return None

    def is_working_day(self, day: date) -> bool:
        return self.holiday_name(day) is None

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after `day`."""
        candidate = day + timedelta(days=1)
        while not self.is_working_day(candidate):
            candidate += timedelta(days=1)
        return candidate

    def clock_start(self, received: date) -> date:
        """Day zero of the time limit: the day the complete file was received, or the next working day."""
        return received if self.is_working_day(received) else self.next_working_day(received)

    def add_working_days(self, start: date, count: int) -> date:
        """The `count`-th working day after `start`."""
        day = start
        for _ in range(count):
            day = self.next_working_day(day)
        return day

    def due_date(self, received: date, time_limit_working_days: int) -> date:
        """Due date of a file received complete on `received` (Monday 16-03-2026, 5 days → Monday 30-03-2026)."""
        return self.add_working_days(self.clock_start(received), time_limit_working_days)

    def working_days_between(self, after: date, up_to: date) -> int:
        """Working days d with after < d <= up_to (zero when up_to <= after), in time proportional to the years spanned.

        Weekdays are counted arithmetically, then every weekday that is a day off is taken away: a file overdue
        for years is summarized as fast as one due tomorrow.
        """
        if up_to <= after:
            return 0
        first = after + timedelta(days=1)
        span = (up_to - first).days + 1
        weeks, rest = divmod(span, 7)
        weekdays = weeks * 5 + sum(1 for i in range(rest) if (first.weekday() + i) % 7 not in WEEKEND)
        candidates = {d for year in range(first.year, up_to.year + 1) for d in national_holidays(year)}
        candidates.update(self._local)
        days_off = sum(
            1 for d in candidates if first <= d <= up_to and d.weekday() not in WEEKEND and self.holiday_name(d)
        )
        return weekdays - days_off

    def sla_state(self, due: date, today: date) -> SlaState:
        """Working days left before `due`, or by how many working days it is overdue, as seen on `today`."""
        if today <= due:
            return SlaState(due, self.working_days_between(today, due), 0)
        return SlaState(due, 0, self.working_days_between(due, today))
