"""Property tests of the exchange: three real stations change records, send bundles and receipts in any order, and
import them in any order (again, late, or never); importing a bundle twice changes nothing, and after everyone
has sent everything to everyone all three hold the same records."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from kampar_desk.domain.bundles import BundleRejected
from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths
from kampar_desk.services import audit, bundles, calendar_admin, complaints, intake, keys, staff, stations, sync
from kampar_desk.services import bundle_records as records
from kampar_desk.services.desk import Desk, open_desk
from kampar_desk.store.database import close_database
from kampar_desk.store.models import AuditEvent, Complaint, StationAuditEvent
from tests.conftest import PASSWORD, OfficeClock, intake_form
from tests.services.test_bundles import row_counts

NAMES = ("Loket Satu", "Loket Dua", "Kantor Pusat")
HOLIDAYS = (date(2026, 12, 28), date(2026, 12, 29))


@dataclass
class Office:
    """Three stations that trust each other, copied fresh for every example from ones built once."""

    root: Path
    clock: OfficeClock
    ids: list[uuid.UUID] = field(default_factory=list)
    inbox: dict[int, list[Path]] = field(default_factory=dict)
    receipts: dict[int, list[Path]] = field(default_factory=dict)
    serial: int = 0
    current: int | None = None

    def paths(self, index: int) -> AppPaths:
        return AppPaths(self.root / f"station-{index}")

    def open(self, index: int) -> Desk:
        close_database()
        desk = open_desk(self.paths(index), clock=self.clock)
        staff.sign_in(desk, "kadis", PASSWORD)  # unlocks this station's keys
        self.current = index
        return desk

    def officer(self, desk: Desk, username: str) -> staff.StaffRecord:
        return next(record for record in staff.list_staff(desk) if record.username == username)


def build_office(root: Path, clock: OfficeClock) -> list[uuid.UUID]:
    cards, ids = [], []
    for index, name in enumerate(NAMES):
        close_database()
        desk = open_desk(AppPaths(root / f"station-{index}"), clock=clock)
        admin = staff.create_first_admin(desk, "admin", "Admin", PASSWORD)
        official = staff.create_staff(desk, admin, "kadis", "Kadis", PASSWORD, frozenset({Role.SIGNING_OFFICIAL}))
        staff.create_staff(desk, admin, "loket", "Petugas Loket", PASSWORD, frozenset({Role.FRONT_OFFICE}))
        keys.unlock_at_sign_in(desk, official, PASSWORD)
        stations.rename_station(desk, None, name)
        cards.append(stations.station_card(desk))
        ids.append(stations.this_station(desk).id)
    for index in range(len(NAMES)):
        close_database()
        desk = open_desk(AppPaths(root / f"station-{index}"), clock=clock)
        for other, card in enumerate(cards):
            if other != index:
                stations.trust_station(desk, None, stations.read_card(card))
    close_database()
    return ids


@pytest.fixture
def template(tmp_path, clock) -> tuple[Path, list[uuid.UUID]]:
    return tmp_path / "template", build_office(tmp_path / "template", clock)


@pytest.fixture
def fresh(template, clock) -> Iterator[Callable[[], Office]]:
    made: list[Path] = []

    def copy() -> Office:
        root = Path(tempfile.mkdtemp(prefix="kd-sync-"))
        made.append(root)
        shutil.copytree(template[0], root, dirs_exist_ok=True)
        office = Office(root, clock, list(template[1]))
        office.inbox = {index: [] for index in range(len(NAMES))}
        office.receipts = {index: [] for index in range(len(NAMES))}
        return office

    yield copy
    close_database()
    for root in made:
        shutil.rmtree(root, ignore_errors=True)


# --- what a station may do -----------------------------------------------------------------------------------------

station = st.integers(0, len(NAMES) - 1)
actions = st.one_of(
    st.tuples(st.just("register"), station),
    st.tuples(st.just("complaint"), station),
    st.tuples(st.just("respond"), station, st.integers(0, 5)),
    st.tuples(st.just("holiday"), station, st.sampled_from(HOLIDAYS)),
    st.tuples(st.just("unholiday"), station, st.sampled_from(HOLIDAYS)),
    st.tuples(st.just("send"), station, station),
    st.tuples(st.just("receive"), station, st.integers(0, 5)),
    st.tuples(st.just("ack"), station, st.integers(0, 5)),
)


def act(office: Office, step: tuple) -> None:
    kind, where, *rest = step
    office.clock.advance(minutes=1)
    desk = office.open(where)
    admin = office.officer(desk, "admin")
    if kind == "register":
        office.serial += 1
        nik = f"14010257088{office.serial:05d}"
        intake.register_application(desk, office.officer(desk, "loket"), intake_form(desk, nik=nik))
    elif kind == "complaint":
        complaints.register_complaint(desk, office.officer(desk, "loket"), "langsung", "Budi", "Antrian", "Lama.")
    elif kind == "respond":
        found = list(Complaint.select().order_by(Complaint.id))
        if found:
            target = found[rest[0] % len(found)]
            complaints.respond(desk, admin, target.id, f"Ditanggapi di {NAMES[where]} ({office.clock().isoformat()})")
    elif kind == "holiday":
        if not calendar_admin.LocalDay.select().where(calendar_admin.LocalDay.day == rest[0]).exists():
            calendar_admin.add_local_holiday(desk, admin, rest[0], f"Libur {NAMES[where]}")
    elif kind == "unholiday":
        if calendar_admin.LocalDay.select().where(calendar_admin.LocalDay.day == rest[0]).exists():
            calendar_admin.remove_local_day(desk, admin, rest[0])
    elif kind == "send":
        target = rest[0]
        if target != where:
            folder = office.root / "stick" / f"to-{target}"
            folder.mkdir(parents=True, exist_ok=True)
            made = bundles.export_bundle(desk, None, office.ids[target], folder / f"{office.clock():%H%M%S}.kdsync")
            office.inbox[target].append(made.path)
    elif kind == "receive":
        waiting = office.inbox[where]
        if waiting:
            receive_checked(office, desk, waiting[rest[0] % len(waiting)])
    elif kind == "ack":
        waiting = office.receipts[where]
        if waiting:
            sync.import_receipt(desk, None, waiting[rest[0] % len(waiting)])


def receive_checked(office: Office, desk: Desk, path: Path) -> None:
    """Import one bundle (an older one is refused, unchanged) and at once again: the second time changes nothing."""
    before = row_counts()
    try:
        result = sync.import_bundle(desk, None, path, receipt_folder=_receipt_folder(office))
    except BundleRejected as refused:
        assert "lebih lama" in str(refused), str(refused)
        assert row_counts() == before
        return
    sender = office.ids.index(result.plan.bundle.sender.id)
    office.receipts[sender].append(result.receipt)
    after, head = row_counts(), audit.chain_head()
    again = sync.import_bundle(desk, None, path, receipt_folder=_receipt_folder(office))
    assert not again.applied and row_counts() == after and audit.chain_head() == head


def _receipt_folder(office: Office) -> Path:
    folder = office.root / "stick" / "receipts" / str(len(list((office.root / "stick").glob("receipts/*"))))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def exchange_everything(office: Office) -> None:
    """Every station sends everything to every other and each imports what it got, twice round."""
    for _round in range(2):
        for sender in range(len(NAMES)):
            for target in range(len(NAMES)):
                if sender != target:
                    office.clock.advance(seconds=1)
                    desk = office.open(sender)
                    folder = office.root / "final" / f"{sender}-{target}-{_round}"
                    folder.mkdir(parents=True)
                    made = bundles.export_bundle(desk, None, office.ids[target], folder, everything=True)
                    desk = office.open(target)
                    sync.import_bundle(desk, None, made.path)


def snapshot(office: Office, index: int) -> dict[str, set[bytes]]:
    """What must be equal on every station: every exchanged record as it travels, and every audit chain."""
    desk = office.open(index)
    own = stations.this_station(desk).id
    found: dict[str, set[bytes]] = {}
    for kind, spec in records.TABLES.items():
        if kind == "staff":
            continue  # accounts differ by design: another station's arrive renamed and without a password
        fields = spec.fields
        lines = set()
        for values in spec.model.select(*fields).dicts():
            lines.add(records.line_of(records.row_record(spec, values, own)))
        found[kind] = lines
    chains = {(str(own), event.sequence, event.hash) for event in AuditEvent.select()}
    chains |= {(str(event.station), event.sequence, event.hash) for event in StationAuditEvent.select()}
    found["chains"] = {repr(sorted(chains)).encode()}
    return found


def check_chains(office: Office) -> None:
    """Each station holds each other's chain as a verified prefix of it, up to the head of the last bundle it got
    from that station (the event recording an export is never in that export), and its own audit is clean."""
    own_chains: dict[str, list[str]] = {}
    for index in range(len(NAMES)):
        office.open(index)
        own_chains[str(office.ids[index])] = [e.hash for e in AuditEvent.select().order_by(AuditEvent.sequence)]
    for index in range(len(NAMES)):
        desk = office.open(index)
        assert audit.audit_check(desk).intact
        for other, other_id in enumerate(office.ids):
            if other == index:
                continue
            held = [
                e.hash
                for e in StationAuditEvent.select()
                .where(StationAuditEvent.station == other_id)
                .order_by(StationAuditEvent.sequence)
            ]
            assert held == own_chains[str(other_id)][: len(held)]
            # at least what that station itself sent; more when a third station relayed its later events
            assert len(held) >= (stations.known_station(desk, other_id).last_received_sequence or 0)


@settings(
    max_examples=25,
    deadline=None,
    # each example runs three real stations; a failure is reported as found, not shrunk for minutes
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(actions, min_size=3, max_size=10))
def test_stations_exchanging_bundles_in_any_order_converge(fresh, steps):
    office = fresh()
    for step in steps:
        act(office, step)
    exchange_everything(office)
    first = snapshot(office, 0)
    for index in range(1, len(NAMES)):
        other = snapshot(office, index)
        for kind in first:
            if kind == "chains":
                continue
            assert other[kind] == first[kind], (kind, steps)
    check_chains(office)


def test_a_station_that_imports_out_of_order_still_converges(fresh):
    """The example the property found hardest, kept as a plain test: late bundles, receipts, and a removed day."""
    office = fresh()
    for step in (
        ("holiday", 0, HOLIDAYS[0]),
        ("complaint", 1),
        ("send", 0, 2),
        ("unholiday", 0, HOLIDAYS[0]),
        ("send", 0, 2),
        ("receive", 2, 1),
        ("receive", 2, 0),
        ("send", 1, 0),
        ("receive", 0, 0),
        ("ack", 1, 0),
        ("respond", 0, 0),
        ("send", 0, 1),
        ("receive", 1, 0),
    ):
        act(office, step)
    exchange_everything(office)
    first = snapshot(office, 0)
    for index in (1, 2):
        assert {k: v for k, v in snapshot(office, index).items() if k != "chains"} == {
            k: v for k, v in first.items() if k != "chains"
        }
    assert not first["calendar_days"]  # the removed day stays removed everywhere
    check_chains(office)
