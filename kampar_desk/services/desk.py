"""The handle every service function receives: the open database, the catalog, regions and the office clock."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from kampar_desk.domain.calendar import LocalDay as CalendarDay
from kampar_desk.domain.calendar import WorkingCalendar
from kampar_desk.domain.regions import RegionDirectory
from kampar_desk.domain.stations import default_station_name
from kampar_desk.paths import AppPaths
from kampar_desk.services.catalog import ServiceCatalog, load_catalog, load_office_defaults, load_regions
from kampar_desk.services.data_folder import check_data_folder
from kampar_desk.services.records import OfficeRecord
from kampar_desk.store import models
from kampar_desk.store.database import open_database, write_transaction


@dataclass
class Desk:
    """One opened installation. `clock` returns naive UTC; tests and the demo replace it to move time."""

    paths: AppPaths
    catalog: ServiceCatalog
    regions: RegionDirectory
    clock: Callable[[], datetime] = field(default=models.utc_now)
    _office: OfficeRecord | None = field(default=None, repr=False)
    #: Per-installation objects that are costly to build (signing keys); services own their entries.
    cache: dict = field(default_factory=dict, repr=False)

    def now(self) -> datetime:
        return self.clock()

    def office(self) -> OfficeRecord:
        """The office profile, read once and kept: it changes only through the admin's settings (which refresh it)."""
        if self._office is None:
            row = models.OfficeProfile.select().get()
            fields = {f.name: getattr(row, f.name) for f in dataclasses.fields(OfficeRecord) if f.name != "logo_png"}
            logo = self.paths.logo_file
            self._office = OfficeRecord(**fields, logo_png=logo.read_bytes() if logo.exists() else None)
        return self._office

    def forget_office(self) -> None:
        self._office = None

    def to_local(self, utc: datetime) -> datetime:
        return utc + timedelta(hours=self.office().utc_offset_hours)

    def local_now(self) -> datetime:
        return self.to_local(self.now())

    def today(self) -> date:
        return self.local_now().date()

    def calendar(self) -> WorkingCalendar:
        """Read fresh each time: another counter may have changed the local days since."""
        days = {row.day: CalendarDay(row.day, row.working, row.name) for row in models.LocalDay.select()}
        return WorkingCalendar(days)


def open_desk(paths: AppPaths, clock: Callable[[], datetime] | None = None) -> Desk:
    """Open an installation, creating the data folders, the database and the office profile on first run.

    A folder whose database was lost or damaged is refused (`DataFolderProblem`), never silently made new."""
    check_data_folder(paths)
    open_database(paths.database_url or paths.database)
    desk = Desk(paths=paths, catalog=load_catalog(), regions=load_regions(), clock=clock or models.utc_now)
    _ensure_office_profile()
    return desk


def _ensure_office_profile() -> None:
    with write_transaction():
        if not models.OfficeProfile.select().exists():
            models.OfficeProfile.create(**load_office_defaults())
        # The installation's station: its id stays for good, its keys come at the next unlock (services/keys.py).
        if not models.LocalStation.select().exists():
            short_name = models.OfficeProfile.select(models.OfficeProfile.short_name).get().short_name
            models.LocalStation.create(name=default_station_name(short_name))
