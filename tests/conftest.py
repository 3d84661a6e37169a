"""Shared fixtures: a real SQLite file per test, a movable office clock, one officer per role."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths
from kampar_desk.services import keys, staff
from kampar_desk.services.catalog import ServiceCatalog, load_catalog
from kampar_desk.services.desk import Desk, open_desk
from kampar_desk.services.intake import ChecklistAnswer, IntakeForm
from kampar_desk.services.records import StaffRecord
from kampar_desk.store.database import close_database

TEST_DATA = Path(__file__).parent / "data"
PASSWORD = "rahasia-loket"


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Still Argon2id, with test-sized cost, so creating six accounts per test does not take a second."""
    monkeypatch.setattr(staff, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    monkeypatch.setattr(keys, "KDF_PARAMS", {"time_cost": 1, "memory_cost": 1024, "parallelism": 1})


class OfficeClock:
    """Naive-UTC clock the tests move; `local(...)` sets it from office (WIB) local time."""

    def __init__(self) -> None:
        self.utc = datetime(2026, 3, 16, 2, 0)

    def __call__(self) -> datetime:
        return self.utc

    def local(self, year: int, month: int, day: int, hour: int = 9, minute: int = 0) -> None:
        self.utc = datetime(year, month, day, hour, minute) - timedelta(hours=7)

    def advance(self, **delta: float) -> None:
        self.utc += timedelta(**delta)


@pytest.fixture
def clock() -> OfficeClock:
    return OfficeClock()


@pytest.fixture
def desk(tmp_path: Path, clock: OfficeClock) -> Iterator[Desk]:
    opened = open_desk(AppPaths(tmp_path / "data"), clock=clock)
    yield opened
    close_database()


@pytest.fixture
def desk_with_fee_service(desk: Desk) -> Desk:
    """The same installation serving a second service, loaded from a second file with a fee and no code change."""
    combined = load_catalog(TEST_DATA / "services")
    desk.catalog = ServiceCatalog([*desk.catalog.values(), *combined.values()])
    return desk


@pytest.fixture
def officers(desk: Desk) -> dict[Role, StaffRecord]:
    admin = staff.create_first_admin(desk, "admin", "Admin Kantor", PASSWORD)
    people = {Role.ADMIN: admin}
    for role, username, name in (
        (Role.FRONT_OFFICE, "fo.siti", "Siti Aminah"),
        (Role.VERIFIER, "verif.rina", "Rina Marlina"),
        (Role.SIGNING_OFFICIAL, "kadis", "Hambali"),
        (Role.HANDOVER_OFFICER, "serah.yusuf", "Yusuf Effendi"),
    ):
        people[role] = staff.create_staff(desk, admin, username, name, PASSWORD, frozenset({role}))
    # As at the counter: the signing official's sign-in unlocks the office keys for this session.
    keys.unlock_at_sign_in(desk, people[Role.SIGNING_OFFICIAL], PASSWORD)
    return people


def intake_form(
    desk: Desk, service_code: str = "REK-PAPS", missing: tuple[str, ...] = (), nik: str = "1401025708850003", **changes
) -> IntakeForm:
    """A valid walk-in from Desa Batu Belah, Kecamatan Kampar; `missing` names requirement codes not brought."""
    standard = desk.catalog[service_code]
    form = IntakeForm(
        service_code=service_code,
        nik=nik,
        kk="1401021203150007",
        name="Siti Rahmawati",
        phone="0812-7646-0487",
        address="Jl. Datuk Tabano No. 12",
        district_code="14.01.02",
        village_code="14.01.02.2001",
        checklist=tuple(
            ChecklistAnswer(r.code, r.code not in missing, "tidak dibawa" if r.code in missing else "asli + fotokopi")
            for r in standard.requirements
        ),
    )
    return IntakeForm(**{**form.__dict__, **changes})
