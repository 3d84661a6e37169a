"""The admin's working-day calendar: local holidays added, national ones cancelled, and the year at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kampar_desk.domain.calendar import WEEKEND, check_year, cuti_bersama, national_holidays
from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.labels import label
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.bundle_records import CALENDAR_DAYS
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import StaffRecord
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import LocalDay, Tombstone, utc_now
from kampar_desk.store.rows import get_or_fail

NATIONAL, CUTI_BERSAMA, LOCAL = "nasional", "cuti bersama", "lokal"


@dataclass(frozen=True)
class DayOff:
    day: date
    name: str
    source: str  # NATIONAL or CUTI_BERSAMA (from the holidays package), LOCAL (added by the admin)

    @property
    def source_label(self) -> str:
        """`Libur nasional`, `Cuti bersama` or `Libur daerah`."""
        return label(self.source)


def _set_day(desk: Desk, actor: StaffRecord, day: date, working: bool, name: str, action: str) -> None:
    with write_transaction():
        row = LocalDay.get_or_none(LocalDay.day == day)
        if row is None:
            LocalDay.create(day=day, working=working, name=name)
        else:
            row.working, row.name = working, name
            row.save()
        append_event(desk.now(), actor.username, action, details={"day": day.isoformat(), "name": name})


def add_local_holiday(desk: Desk, actor: StaffRecord, day: date, name: str) -> None:
    """A date the office is closed that the national table lacks (libur daerah, cuti bersama of a future year)."""
    actor = require(desk, actor, OfficeAction.EDIT_CALENDAR)
    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", "Nama hari libur wajib diisi.")
    if day.weekday() in WEEKEND:
        raise ValidationError("day", "Sabtu dan Minggu sudah bukan hari kerja.")
    _set_day(desk, actor, day, False, name, "add_local_holiday")


def cancel_national_holiday(desk: Desk, actor: StaffRecord, day: date, reason: str) -> None:
    """Make a listed holiday a working day again (e.g. a cuti bersama the government withdrew)."""
    actor = require(desk, actor, OfficeAction.EDIT_CALENDAR)
    if day not in national_holidays(day.year):
        raise ValidationError("day", f"{day:%d-%m-%Y} bukan hari libur nasional atau cuti bersama.")
    _set_day(desk, actor, day, True, " ".join(reason.split()) or "Dibatalkan", "cancel_national_holiday")


def remove_local_day(desk: Desk, actor: StaffRecord, day: date) -> None:
    """Undo an admin change: the date follows the national table again."""
    actor = require(desk, actor, OfficeAction.EDIT_CALENDAR)
    with write_transaction():
        row = get_or_fail(LocalDay, LocalDay.day == day, missing=f"Tidak ada perubahan kalender pada {day:%d-%m-%Y}.")
        # Deleting is safe here: the audit event below keeps the history of the change; the tombstone carries the
        # deletion to the other stations (a bundle), which would otherwise send the day back.
        row.delete_instance()
        key = day.isoformat()
        deleted_at = utc_now()  # the clock of `updated_at`, which a deletion is weighed against on every station
        stone = Tombstone.get_or_none((Tombstone.kind == CALENDAR_DAYS) & (Tombstone.record_key == key))
        if stone is None:
            Tombstone.create(kind=CALENDAR_DAYS, record_key=key, deleted_at=deleted_at)
        else:
            stone.deleted_at, stone.origin_station = deleted_at, ""
            stone.save()
        append_event(desk.now(), actor.username, "remove_local_day", details={"day": key})


def days_off(desk: Desk, year: int) -> list[DayOff]:
    """The days off of a year, in date order: national holidays, cuti bersama and local days (cancelled ones left
    out; a holiday on a weekend is listed too)."""
    check_year(year)
    local = {
        row.day: row for row in LocalDay.select().where(LocalDay.day.between(date(year, 1, 1), date(year, 12, 31)))
    }
    shared_leave = cuti_bersama(year)
    result = [
        DayOff(day, name, CUTI_BERSAMA if day in shared_leave else NATIONAL)
        for day, name in national_holidays(year).items()
        if not (day in local and local[day].working)
    ]
    result += [DayOff(row.day, row.name, LOCAL) for row in local.values() if not row.working]
    return sorted(result, key=lambda d: d.day)


def working_days_in_month(desk: Desk, year: int, month: int) -> int:
    calendar = desk.calendar()
    day, count = date(year, month, 1), 0
    while day.month == month:
        count += calendar.is_working_day(day)
        day += timedelta(days=1)
    return count
