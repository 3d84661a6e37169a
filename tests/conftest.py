"""Shared fixtures: a real database per test (an SQLite file, then a PostgreSQL database when a server is configured),
a movable office clock, one officer per role."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kampar_desk.domain.roles import Role
from kampar_desk.paths import DATABASE_URL_ENV, PAPERS_DIR_ENV, AppPaths
from kampar_desk.services import keys, staff
from kampar_desk.services.catalog import ServiceCatalog, load_catalog
from kampar_desk.services.desk import Desk, open_desk
from kampar_desk.services.intake import ChecklistAnswer, IntakeForm
from kampar_desk.services.records import StaffRecord
from kampar_desk.store.database import close_database
from tests import backends

TEST_DATA = Path(__file__).parent / "data"
PASSWORD = "rahasia-loket"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test that touches the database (it uses `backend`, directly or through `desk`) runs on each backend; a test
    marked `sqlite_only` (the file itself: its damage, its copy, a power cut in its journal) on SQLite alone."""
    if "backend" not in metafunc.fixturenames:
        return
    only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
    # The screens run once, on SQLite: what they show comes from the services, which run on both (the reference's
    # advice, ../shared/reference/multi-counter-postgresql.md §3); the server's own GUI parts (the status bar, the
    # Basis data page) have tests that open a server themselves.
    only_sqlite = only_sqlite or Path(str(metafunc.definition.path)).is_relative_to(Path(__file__).parent / "ui")
    metafunc.parametrize(
        "backend", [backends.SQLITE] if only_sqlite else [backends.SQLITE, backends.POSTGRES], indirect=True
    )


@pytest.fixture
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """'sqlite', or 'postgres': then every data folder the test opens gets its own database on the server."""
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    monkeypatch.delenv(PAPERS_DIR_ENV, raising=False)
    if request.param == backends.SQLITE:
        yield backends.SQLITE
        return
    if not backends.server_configured():
        pytest.skip(backends.SKIPPED_WITHOUT_SERVER)
    folders = backends.ServerFolders()
    original = AppPaths.database_url

    def database_url(self: AppPaths) -> str | None:
        return original.func(self) or folders.url_for(self.data_dir)

    monkeypatch.setattr(AppPaths, "database_url", property(database_url))
    try:
        yield backends.POSTGRES
    finally:
        close_database()
        folders.drop_all()


_private_server = backends.PrivateServer()


def pytest_configure(config: pytest.Config) -> None:
    """The README's one test command runs both backends: without a configured server (CI's pg_virtualenv), a private
    throw-away one is started when PostgreSQL is installed. KAMPAR_TEST_DB=sqlite runs SQLite alone."""
    wanted = os.environ.get("KAMPAR_TEST_DB", "both")
    if wanted != "sqlite" and not backends.server_configured() and not hasattr(config, "workerinput"):
        _private_server.start()


@pytest.fixture
def database_location(backend: str, tmp_path: Path) -> Iterator[Path | str]:
    """Where a store test opens its database: a new SQLite file, or a new empty database on the server."""
    if backend == backends.SQLITE:
        yield tmp_path / "k.db"
        return
    with backends.scratch_database(migrated=False) as name:
        yield backends.server_url(name)


def pytest_sessionfinish(session: pytest.Session) -> None:
    if backends.server_configured():
        backends.drop_template()


def pytest_unconfigure(config: pytest.Config) -> None:
    _private_server.stop()


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
def desk(tmp_path: Path, clock: OfficeClock, backend: str) -> Iterator[Desk]:
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
