"""Applying a bundle from another station (previewed first, then in one transaction) and the receipts that tell the
sender what arrived.

The rules, the same on every station so that stations exchanging bundles in any order end with the same records:
- a record is known by its id (a calendar change by its day, a deletion by what it deleted);
- a record not here is added; one here in the same form is left alone, so a bundle applied twice changes nothing;
- of two different forms of a record the higher version wins (every save adds one), then the later save, then the
  content's hash (`bundle_records.rank`); both stations having changed it since they last agreed (equal versions,
  or the lower version saved later) is a conflict: listed before applying and recorded in the import's audit event;
- a number, an issued letter's register entry and an audit event are never overwritten: a bundle that would change
  one is refused whole, as is one whose number is already taken here by another record of the same station;
- this station's own accounts are never changed from outside; another station's accounts arrive without their
  password and can never sign in here;
- other stations' audit events are kept in their own chains and must link, event by event, to what this station
  already holds of that chain, and end at the head the sender's signed manifest names;
- a bundle older than one already applied from the same sender is refused.

The import is recorded as one audit event of this station, with the state of every record it wrote, so `audit
verify` vouches for imported records as for the station's own.
"""

from __future__ import annotations

import base64
import gc
import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from peewee import IntegrityError, chunked

from kampar_desk.domain import bundles as rules
from kampar_desk.domain.audit import GENESIS_HASH
from kampar_desk.domain.bundles import ASK_AGAIN, BundleRejected
from kampar_desk.domain.errors import DeskError, NotFound
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.domain.stations import remote_username, short_id
from kampar_desk.domain.validation import name_key
from kampar_desk.services import bundle_records as records
from kampar_desk.services import record_states
from kampar_desk.services.audit import append_event, received_event_hash
from kampar_desk.services.authorization import require
from kampar_desk.services.bundle_records import CALENDAR_DAYS
from kampar_desk.services.bundles import CHUNK, VerifiedBundle, already_applied, read_bundle
from kampar_desk.services.desk import Desk
from kampar_desk.services.exporting import export_files
from kampar_desk.services.records import StaffRecord
from kampar_desk.services.staff import SYSTEM_ACTOR
from kampar_desk.services.stations import REVOKED, TAMPERED, known_station, station_keys, this_station
from kampar_desk.store.bulk import insert_rows
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import (
    AuditEvent,
    ChecklistItem,
    KnownStation,
    LocalDay,
    StationAuditEvent,
    Tombstone,
)

IMPORT_EVENT = "import_bundle"
RECEIPT_EVENT = "acknowledge_bundle"
FROM_BUNDLE = "kiriman"
FROM_HERE = "stasiun ini"
#: parts of a letter's register entry fixed when it was issued; only its cancellation may change later
LETTER_FIXED = (
    "application",
    "kind",
    "number",
    "year",
    "sequence",
    "issued_at",
    "issued_on",
    "issued_by",
    "payload",
    "digest",
    "file_name",
    "sha256",
    "unsigned_sha256",
    "origin_station",
)


@dataclass(frozen=True)
class Conflict:
    """A record both stations changed since they last agreed; `kept` says whose form stays."""

    kind: str
    record_id: str
    label: str
    kept: str  # FROM_BUNDLE or FROM_HERE
    local_version: int
    incoming_version: int

    def describe(self) -> str:
        other = FROM_HERE if self.kept == FROM_BUNDLE else FROM_BUNDLE
        return (
            f"{rules.KIND_LABELS[self.kind]} {self.label}: diubah di kedua stasiun; yang dipakai versi {self.kept} "
            f"(v{self.incoming_version if self.kept == FROM_BUNDLE else self.local_version}), versi {other} "
            f"(v{self.local_version if self.kept == FROM_BUNDLE else self.incoming_version}) tercatat di log audit."
        )


@dataclass
class _Writes:
    """What applying will write, per kind: rows to add and rows to replace (field name → value)."""

    new: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    replace: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    delete_days: list[Any] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    letter_files: dict[str, bytes] = field(default_factory=dict)
    touched: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class ImportPlan:
    """What a verified bundle would change here, computed without writing."""

    bundle: VerifiedBundle
    already_received: bool
    new: dict[str, int]
    updated: dict[str, int]
    unchanged: dict[str, int]
    kept: dict[str, int]
    conflicts: tuple[Conflict, ...]
    new_events: int
    writes: _Writes

    @property
    def changes(self) -> int:
        return sum(self.new.values()) + sum(self.updated.values()) + self.new_events

    def describe(self, to_local: Callable[[datetime], datetime] | None = None) -> str:
        """A plain-text summary; times in the office's time when `to_local` (the desk's) is given, else UTC."""
        manifest = self.bundle.manifest
        sender = self.bundle.sender
        zone = "WIB" if to_local is not None else "UTC"
        shift = to_local or (lambda moment: moment)
        since = "" if manifest.since is None else f", perubahan sejak {shift(manifest.since):%d-%m-%Y %H:%M} {zone}"
        lines = [
            f"Dari stasiun : {sender.name} ({sender.office_code}), {sender.id}",
            f"Sidik jari   : {sender.fingerprint}",
            f"Dibuat       : {shift(manifest.created_at):%d-%m-%Y %H:%M} {zone}{since}",
            f"Berkas PDF surat di dalamnya: {self.bundle.letter_files}",
        ]
        if self.already_received:
            lines.append("Kiriman ini sudah pernah diterima: tidak ada yang berubah.")
            return "\n".join(lines)
        lines.append(f"{'':27}{'baru':>8}{'diperbarui':>12}{'sama':>8}{'tetap':>8}")
        for kind, label_text in rules.KIND_LABELS.items():
            if kind == "audit_events":
                continue
            counts = (self.new[kind], self.updated[kind], self.unchanged[kind], self.kept[kind])
            if any(counts):
                lines.append(
                    f"  {label_text:25}" + "".join(f"{n:>{w}}" for n, w in zip(counts, (8, 12, 8, 8), strict=True))
                )
        lines.append(f"  Peristiwa log audit stasiun lain yang baru: {self.new_events}")
        if self.conflicts:
            lines.append(f"Konflik ({len(self.conflicts)}):")
            lines += [f"  - {conflict.describe()}" for conflict in self.conflicts]
        else:
            lines.append("Tidak ada konflik.")
        if not self.changes:
            lines.append("Semua isi kiriman sudah ada di sini: tidak ada yang berubah.")
        return "\n".join(lines)


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    applied: bool
    receipt: Path | None
    receipt_problem: str = ""  # why the receipt was not written (the import itself stands)


# --- planning ------------------------------------------------------------------------------------------------------


def _label(values: Mapping[str, Any]) -> str:
    for name in ("number", "username", "day", "record_key"):
        if values.get(name):
            return str(values[name])
    return str(values.get("id", ""))[:8]


def _is_conflict(mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> bool:
    """Both sides changed the record since they last agreed: equal versions that differ, or the lower version saved
    later than the higher one (changed after the other side's last change reached it)."""
    if mine["version"] == theirs["version"]:
        return True
    lower, higher = (mine, theirs) if mine["version"] < theirs["version"] else (theirs, mine)
    return lower["updated_at"] > higher["updated_at"]


def _refuse_number(kind: str, values: Mapping[str, Any], sender: str) -> BundleRejected:
    return BundleRejected(
        f"{rules.KIND_LABELS[kind]} nomor {values.get('number')} di kiriman dari {sender} bentrok dengan catatan lain "
        "bernomor sama dari stasiun yang sama di komputer ini. Nomor tidak pernah ditimpa: kiriman ditolak seluruhnya. "
        "Hubungi petugas TI (jalankan 'kampar-desk audit verify' di kedua stasiun)."
    )


def _stored_checklists(ids: list[uuid.UUID]) -> dict[uuid.UUID, list[dict[str, Any]]]:
    """The checklists of these files as stored here (field name → value), in their order on the form."""
    found: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
    fields = records.CHECKLIST.fields
    for start in range(0, len(ids), CHUNK):
        query = ChecklistItem.select(*fields).where(ChecklistItem.application.in_(ids[start : start + CHUNK]))
        for values in query.order_by(ChecklistItem.application, ChecklistItem.position).dicts().iterator():
            found[values["application"]].append(values)
    return found


class _Planner:
    def __init__(self, desk: Desk, bundle: VerifiedBundle) -> None:
        self.desk = desk
        self.bundle = bundle
        self.own_id = this_station(desk).id
        self.sender = bundle.sender.name
        self.writes = _Writes()
        self.new: dict[str, int] = defaultdict(int)
        self.updated: dict[str, int] = defaultdict(int)
        self.unchanged: dict[str, int] = defaultdict(int)
        self.kept: dict[str, int] = defaultdict(int)
        self.conflicts: list[Conflict] = []

    # records -------------------------------------------------------------------------------------------------------

    def _incoming(self, kind: str, spec: records.TableSpec) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        seen: set[Any] = set()
        for record in self.bundle.records.get(kind, []):
            values = records.stored_values(kind, spec.fields, record, self.own_id)
            if kind == "applications":
                values["checklist"] = [
                    records.stored_values("checklist", records.CHECKLIST.fields, item, self.own_id)
                    for item in self._checklist_of(record)
                ]
            ident = values[spec.key_field]
            if ident in seen:
                raise BundleRejected(f"{rules.KIND_LABELS[kind]} {_label(values)} ada dua kali di kiriman. {ASK_AGAIN}")
            seen.add(ident)
            found.append(values)
        return found

    @staticmethod
    def _checklist_of(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
        items = record.get("checklist")
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise BundleRejected(f"Daftar persyaratan sebuah berkas di kiriman rusak. {ASK_AGAIN}")
        return items

    def _local(self, spec: records.TableSpec, idents: list[Any]) -> dict[Any, dict[str, Any]]:
        model = spec.model
        column = model._meta.fields[spec.key_field]
        found: dict[Any, dict[str, Any]] = {}
        for start in range(0, len(idents), CHUNK):
            query = model.select(*spec.fields).where(column.in_(idents[start : start + CHUNK])).dicts()
            for values in query.iterator():
                found[values[spec.key_field]] = values
        return found

    def _record(self, kind: str, spec: records.TableSpec, values: Mapping[str, Any]) -> dict[str, Any]:
        record = records.row_record(spec, values, self.own_id)
        if kind == "applications":
            record["checklist"] = [
                records.row_record(records.CHECKLIST, item, self.own_id) for item in values.get("checklist", [])
            ]
        return record

    def plan_kind(self, kind: str) -> None:
        spec = records.TABLES[kind]
        incoming = self._incoming(kind, spec)
        if kind == "staff":
            incoming = [values for values in incoming if values["origin_station"]]  # never this station's accounts
            for values in incoming:
                values["username"] = remote_username(values["username"], values["origin_station"])
        local = self._local(spec, [values[spec.key_field] for values in incoming])
        if kind == "applications" and local:
            lists = _stored_checklists(list(local))
            for ident, row in local.items():
                row["checklist"] = lists.get(ident, [])
        fresh = []
        for values in incoming:
            mine = local.get(values[spec.key_field])
            if mine is None:
                fresh.append(values)
                continue
            theirs_record, mine_record = self._record(kind, spec, values), self._record(kind, spec, mine)
            theirs_line, mine_line = records.line_of(theirs_record), records.line_of(mine_record)
            if theirs_line == mine_line:
                self.unchanged[kind] += 1
                continue
            self._check_fixed(kind, mine, values)
            wins = records.rank(theirs_record, theirs_line) > records.rank(mine_record, mine_line)
            if _is_conflict(mine, values):
                self.conflicts.append(
                    Conflict(
                        kind,
                        str(values["id"]),
                        _label(values),
                        FROM_BUNDLE if wins else FROM_HERE,
                        mine["version"],
                        values["version"],
                    )
                )
            if wins:
                self.updated[kind] += 1
                self.writes.replace[kind].append({**values, "_key": mine[spec.key_field]})
                self._touch(kind, values)
            else:
                self.kept[kind] += 1
        self._check_new(kind, spec, fresh)
        for values in fresh:
            self.new[kind] += 1
            self.writes.new[kind].append(values)
            self._touch(kind, values)

    def _check_fixed(self, kind: str, mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> None:
        """Numbers and issued letters are never overwritten."""
        fixed = ("number", "origin_station") if kind in ("applications", "complaints") else ()
        if kind == "letters":
            fixed = LETTER_FIXED
        changed = [name for name in fixed if mine.get(name) != theirs.get(name)]
        if changed:
            raise BundleRejected(
                f"{rules.KIND_LABELS[kind]} {_label(mine)} di kiriman dari {self.sender} berbeda pada bagian "
                f"yang tidak pernah boleh berubah ({', '.join(changed)}): kiriman ditolak seluruhnya. Hubungi petugas "
                "TI (jalankan 'kampar-desk audit verify' di kedua stasiun)."
            )

    def _check_new(self, kind: str, spec: records.TableSpec, fresh: list[dict[str, Any]]) -> None:
        """A new numbered record must not take a number another record of its station holds here."""
        model = spec.model
        if kind == "staff":
            for chunk in chunked(fresh, CHUNK):
                names = [values["username"] for values in chunk]
                taken = model.select(model._meta.fields["username"]).where(model._meta.fields["username"].in_(names))
                clash = taken.first()
                if clash is not None:
                    raise BundleRejected(
                        f"Akun {clash.username} di kiriman dari {self.sender} bentrok dengan akun lain di komputer "
                        f"ini. {ASK_AGAIN}"
                    )
            return
        if "number" not in model._meta.fields or "origin_station" not in model._meta.fields:
            return
        by_origin: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for values in fresh:
            by_origin[values["origin_station"]].append(values)
        number, origin = model._meta.fields["number"], model._meta.fields["origin_station"]
        for station, rows in by_origin.items():
            for chunk in chunked(rows, CHUNK):
                numbers = {values["number"]: values for values in chunk}
                clash = model.select(number).where((origin == station) & number.in_(list(numbers))).first()
                if clash is not None:
                    raise _refuse_number(kind, numbers[clash.number], self.sender)

    def _touch(self, kind: str, values: Mapping[str, Any]) -> None:
        """The record of the audit log (`record_states`) a written row belongs to."""
        if kind == "applications":
            self.writes.touched.add(record_states.key(record_states.APPLICATION, values["id"]))
        elif kind in ("letters", "survey_responses", "suggestions"):
            self.writes.touched.add(record_states.key(record_states.APPLICATION, values["application"]))
        elif kind == "complaints":
            owner = values.get("application")
            self.writes.touched.add(
                record_states.key(record_states.APPLICATION, owner)
                if owner
                else record_states.key(record_states.COMPLAINT, values["id"])
            )
        elif kind == "staff":
            self.writes.touched.add(record_states.key(record_states.STAFF, values["id"]))
        elif kind == CALENDAR_DAYS:
            self.writes.touched.add(record_states.key(record_states.LOCAL_DAY, values["day"]))

    # letters -------------------------------------------------------------------------------------------------------

    def plan_letter_files(self) -> None:
        """Every new letter's PDF comes with the bundle, or is already here with the same hash."""
        for values in self.writes.new["letters"]:
            name = values["file_name"]
            target = self.desk.paths.letters_dir / name
            carried = self.bundle.letters.get(rules.LETTER_FILES + name)
            if target.is_file():
                if rules.sha256_hex(target.read_bytes()) != values["sha256"]:
                    raise BundleRejected(
                        f"Arsip surat {values['number']} ({name}) sudah ada di komputer ini dengan isi lain: surat "
                        "yang sudah terbit tidak pernah ditimpa, jadi kiriman ditolak. Hubungi petugas TI."
                    )
            elif carried is None:
                raise BundleRejected(f"Berkas PDF surat {values['number']} tidak ada di kiriman. {ASK_AGAIN}")
            else:
                self.writes.letter_files[name] = carried

    # calendar and deletions ----------------------------------------------------------------------------------------

    def plan_tombstones(self) -> None:
        """A calendar day deleted at another station goes here too, unless it was saved here after that."""
        spec = records.TABLES["tombstones"]
        incoming = self._incoming("tombstones", spec)
        local = {row.record_key: row for row in Tombstone.select()}
        for values in incoming:
            mine = local.get(values["record_key"])
            if mine is None or values["deleted_at"] > mine.deleted_at:
                (self.writes.replace if mine else self.writes.new)["tombstones"].append(
                    {**values, "_key": values["record_key"]} if mine else values
                )
                (self.updated if mine else self.new)["tombstones"] += 1
            else:
                self.unchanged["tombstones"] += 1
        latest = {key: row.deleted_at for key, row in local.items()}
        for values in incoming:
            latest[values["record_key"]] = max(
                latest.get(values["record_key"], values["deleted_at"]), values["deleted_at"]
            )
        self._drop_deleted_days(latest)

    def _drop_deleted_days(self, deleted: Mapping[str, datetime]) -> None:
        """Calendar days saved before their deletion: incoming ones are not added, local ones are removed."""
        for bucket in (self.writes.new, self.writes.replace):
            bucket[CALENDAR_DAYS] = [
                values
                for values in bucket[CALENDAR_DAYS]
                if deleted.get(values["day"].isoformat(), datetime.min) < values["updated_at"]
            ]
        for row in LocalDay.select(LocalDay.day, LocalDay.updated_at):
            when = deleted.get(row.day.isoformat())
            if when is not None and when >= row.updated_at:
                self.writes.delete_days.append(row.day)
                self.writes.touched.add(record_states.key(record_states.LOCAL_DAY, row.day))

    # audit chains --------------------------------------------------------------------------------------------------

    def plan_events(self) -> None:
        chains: dict[str, list[dict[str, Any]]] = defaultdict(list)
        fields = records.AUDIT_FIELDS
        for record in self.bundle.records.get("audit_events", []):
            values = records.stored_values("audit_events", fields, record, self.own_id)
            station = record.get("station_id")
            try:
                station_id = str(uuid.UUID(str(station)))
            except ValueError:
                raise BundleRejected(
                    f"Peristiwa log audit di kiriman menyebut stasiun yang tidak sah. {ASK_AGAIN}"
                ) from None
            chains[station_id].append(values)
        heads: dict[str, tuple[int, str]] = {}
        for station, events in chains.items():
            events.sort(key=lambda values: values["sequence"])
            if station == str(self.own_id):
                self._check_own_chain(events)
            else:
                heads[station] = self._extend_chain(station, events)
        self._check_sender_head(heads)

    def _check_own_chain(self, events: list[dict[str, Any]]) -> None:
        sequences = [values["sequence"] for values in events]
        stored = {}
        for start in range(0, len(sequences), CHUNK):
            query = AuditEvent.select(AuditEvent.sequence, AuditEvent.hash)
            for event in query.where(AuditEvent.sequence.in_(sequences[start : start + CHUNK])):
                stored[event.sequence] = event.hash
        for values in events:
            if stored.get(values["sequence"]) != values["hash"]:
                raise BundleRejected(
                    f"Kiriman dari {self.sender} memuat log audit stasiun ini (peristiwa #{values['sequence']}) yang "
                    "berbeda dengan log di komputer ini: ditolak. Jalankan 'kampar-desk audit verify' dan hubungi "
                    "petugas TI."
                )

    def _extend_chain(self, station: str, events: list[dict[str, Any]]) -> tuple[int, str]:
        """Check a station's events link to its chain as held here; returns that chain's head afterwards."""
        station_id = uuid.UUID(station)
        name = self._station_name(station_id)
        last = (
            StationAuditEvent.select(StationAuditEvent.sequence, StationAuditEvent.hash)
            .where(StationAuditEvent.station == station_id)
            .order_by(StationAuditEvent.sequence.desc())
            .first()
        )
        head = (last.sequence, last.hash) if last else (0, GENESIS_HASH)
        held = [values["sequence"] for values in events if values["sequence"] <= head[0]]
        stored: dict[int, str] = {}
        for start in range(0, len(held), CHUNK):
            query = StationAuditEvent.select(StationAuditEvent.sequence, StationAuditEvent.hash).where(
                (StationAuditEvent.station == station_id) & StationAuditEvent.sequence.in_(held[start : start + CHUNK])
            )
            stored.update({event.sequence: event.hash for event in query})
        previous = None
        for values in events:
            sequence = values["sequence"]
            if previous is not None and sequence == previous:
                raise BundleRejected(f"Peristiwa log audit #{sequence} {name} ada dua kali di kiriman. {ASK_AGAIN}")
            previous = sequence
            if sequence <= head[0]:
                if stored.get(sequence) != values["hash"]:
                    raise BundleRejected(
                        f"Log audit {name} di kiriman berbeda dengan yang sudah diterima sebelumnya (peristiwa "
                        f"#{sequence}): rantainya bercabang atau ditulis ulang. Kiriman ditolak; hubungi petugas TI."
                    )
                continue
            if sequence != head[0] + 1:
                raise BundleRejected(
                    f"Log audit {name} di kiriman melompat dari peristiwa #{head[0]} ke #{sequence}: ada kiriman "
                    "yang belum diterima. Minta stasiun pengirim membuat kiriman lengkap ('kampar-desk export --all')."
                )
            if values["previous_hash"] != head[1] or received_event_hash(values) != values["hash"]:
                raise BundleRejected(
                    f"Peristiwa log audit #{sequence} {name} di kiriman tidak sah: isinya atau urutannya diubah. "
                    "Kiriman ditolak; hubungi petugas TI."
                )
            self.writes.events.append({**values, "station": station_id})
            head = (sequence, values["hash"])
        return head

    def _station_name(self, station_id: uuid.UUID) -> str:
        try:
            return f"stasiun {known_station(self.desk, station_id).name}"
        except NotFound:
            return f"stasiun {station_id}"

    def _check_sender_head(self, heads: Mapping[str, tuple[int, str]]) -> None:
        """The sender's chain, as held here after this bundle, ends where its signed manifest says."""
        manifest = self.bundle.manifest
        sender = str(manifest.sender_id)
        if manifest.chain_head_sequence == 0:
            return
        if sender in heads:
            head = heads[sender]
        else:
            last = (
                StationAuditEvent.select(StationAuditEvent.sequence, StationAuditEvent.hash)
                .where(StationAuditEvent.station == manifest.sender_id)
                .order_by(StationAuditEvent.sequence.desc())
                .first()
            )
            head = (last.sequence, last.hash) if last else (0, GENESIS_HASH)
        if head != (manifest.chain_head_sequence, manifest.chain_head_hash):
            raise BundleRejected(
                f"Log audit {self.sender} yang ada di sini (sampai #{head[0]}) tidak sampai ke ujung rantai yang "
                f"disebut kiriman (#{manifest.chain_head_sequence}): ada peristiwa yang belum pernah diterima. Minta "
                "stasiun pengirim membuat kiriman lengkap ('kampar-desk export --all')."
            )

    def plan(self, already_received: bool) -> ImportPlan:
        if not already_received:
            for kind in records.TABLES:
                if kind != "tombstones":
                    self.plan_kind(kind)
            self.plan_tombstones()
            self.plan_letter_files()
            self.plan_events()
        counts = (self.new, self.updated, self.unchanged, self.kept)
        full = [{kind: tally.get(kind, 0) for kind in rules.KINDS} for tally in counts]
        return ImportPlan(
            self.bundle,
            already_received,
            *full,
            conflicts=tuple(self.conflicts),
            new_events=len(self.writes.events),
            writes=self.writes,
        )


def _plan(desk: Desk, bundle: VerifiedBundle, already: bool) -> ImportPlan:
    return _Planner(desk, bundle).plan(already)


@contextmanager
def _many_records() -> Iterator[None]:
    """A bundle makes millions of small objects at once, none of them in a cycle: the cyclic garbage collector would
    walk them all again at every few thousand made (a 100,000-file import took three times as long), so it waits
    until the bundle is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def preview_bundle(desk: Desk, actor: StaffRecord | None, path: Path) -> ImportPlan:
    """Check a received bundle and say what importing it would change (new, updated, conflicts); writes nothing."""
    if actor is not None:
        require(desk, actor, OfficeAction.EXCHANGE_BUNDLES)
    with _many_records():
        bundle = read_bundle(desk, path)
        return _plan(desk, bundle, bundle.already_applied)


# --- applying ------------------------------------------------------------------------------------------------------


def _write(desk: Desk, plan: ImportPlan, now: datetime) -> dict[str, str]:
    """Write the plan; returns the state hashes of the new files, computed from the rows written."""
    writes = plan.writes
    for name, data in sorted(writes.letter_files.items()):
        target = desk.paths.letters_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        export_files(target.parent, {target.name: data})
    inserted: dict[str, list[dict[str, Any]]] = {}
    for kind, spec in records.TABLES.items():
        model = spec.model
        new_rows = writes.new[kind]
        if kind == "applications":
            new_rows = sorted(new_rows, key=lambda values: values["registered_at"])  # a resubmission after its first
        inserted[kind] = [_stored_row(kind, values, now) for values in new_rows]
        insert_rows(model, inserted[kind])
        for values in writes.replace[kind]:
            key = values["_key"]
            stored = _stored_row(kind, values, now)
            model.update(stored).where(model._meta.fields[spec.key_field] == key).execute()
        if kind == "applications":
            inserted["checklist"] = _write_children(new_rows, writes.replace[kind])
    if writes.delete_days:
        LocalDay.delete().where(LocalDay.day.in_(writes.delete_days)).execute()
    insert_rows(StationAuditEvent, [{**values, "imported_at": now} for values in writes.events])
    new_ids = {values["id"] for values in inserted["applications"]}
    children = {
        kind: [values for values in inserted[kind] if values["application"] in new_ids]
        for kind in ("checklist", "letters", "survey_responses", "complaints", "suggestions")
    }
    return record_states.new_application_states(inserted["applications"], children)


def _stored_row(kind: str, values: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    stored = {name: value for name, value in values.items() if name not in ("_key", "checklist")}
    stored["imported_at"] = now
    if kind == "applications":
        stored["applicant_name_key"] = name_key(stored["applicant_name"])
    if kind == "staff":
        stored["password_hash"] = ""  # no password travels: another station's account never signs in here
    return stored


def _write_children(new: list[dict[str, Any]], replaced: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Files' checklists: a replaced file's are replaced by the ones that came with it (the name search index
    follows the files by itself, `store.search`). Returns the checklist rows written."""
    for chunk in chunked([values["id"] for values in replaced], CHUNK):
        ChecklistItem.delete().where(ChecklistItem.application.in_(chunk)).execute()
    items = [dict(item) for values in [*new, *replaced] for item in values["checklist"]]
    insert_rows(ChecklistItem, items)
    return items


def _receipt_name(own_id: uuid.UUID, sender_id: uuid.UUID, local_time: datetime) -> str:
    return f"tanda-terima-{short_id(own_id)}-untuk-{short_id(sender_id)}-{local_time:%Y%m%d-%H%M%S}{RECEIPT_SUFFIX}"


def import_bundle(
    desk: Desk, actor: StaffRecord | None, path: Path, receipt_folder: Path | None = None
) -> ImportResult:
    """Apply a received bundle in one transaction (everything or nothing), then write its receipt for the sender
    into `receipt_folder` (by default beside the bundle, on the same stick). Admins only; the command line acts
    as 'sistem'. The same bundle again changes nothing (and writes its receipt again)."""
    username = SYSTEM_ACTOR if actor is None else require(desk, actor, OfficeAction.EXCHANGE_BUNDLES).username
    with _many_records():
        return _import(desk, username, path, receipt_folder)


def _import(desk: Desk, username: str, path: Path, receipt_folder: Path | None) -> ImportResult:
    bundle = read_bundle(desk, path)
    with write_transaction():
        now = desk.now()
        # asked again inside the transaction: another PC's import of the same bundle may have committed meanwhile
        sender = known_station(desk, bundle.sender.id)
        plan = _plan(desk, bundle, already_applied(sender, bundle.manifest))
        applied = not plan.already_received
        if applied:
            try:
                new_states = _write(desk, plan, now)
            except IntegrityError:
                raise BundleRejected(
                    f"Kiriman dari {bundle.sender.name} merujuk data yang tidak ada di komputer ini, atau bentrok "
                    "dengan data di sini (mis. petugas, berkas asal, atau kuesioner SKM ganda untuk satu berkas). "
                    "Tidak ada yang diubah. Minta stasiun pengirim membuat kiriman lengkap ('kampar-desk export "
                    "--all')."
                ) from None
            manifest = bundle.manifest
            KnownStation.update(
                last_received_at=manifest.until, last_received_sequence=manifest.chain_head_sequence
            ).where(KnownStation.id == bundle.sender.id).execute()
            details = {
                "sender": str(bundle.sender.id),
                "sender_name": bundle.sender.name,
                "bundle_sha256": rules.sha256_hex(path.read_bytes()),
                "bundle_created_at": manifest.created_at.isoformat(),
                "new": {kind: n for kind, n in plan.new.items() if n},
                "updated": {kind: n for kind, n in plan.updated.items() if n},
                "kept": {kind: n for kind, n in plan.kept.items() if n},
                "audit_events": plan.new_events,
                "conflicts": [
                    {
                        "kind": c.kind,
                        "id": c.record_id,
                        "label": c.label,
                        "kept": c.kept,
                        "local_version": c.local_version,
                        "incoming_version": c.incoming_version,
                    }
                    for c in plan.conflicts
                ],
            }
            touched = sorted(plan.writes.touched)
            record = touched or KnownStation.get_by_id(bundle.sender.id)
            append_event(now, username, IMPORT_EVENT, details=details, record=record, known_states=new_states)
    try:
        receipt = write_receipt(desk, plan, receipt_folder or path.parent)
    except DeskError as error:  # a read-only or full stick: the import is committed, only the receipt is missing
        problem = (
            f"{error} Kiriman sudah diterapkan; tanda terima dapat ditulis lagi dengan menerima berkas kiriman yang "
            "sama sekali lagi (tidak ada yang berubah) ke folder lain."
        )
        return ImportResult(plan, applied, None, problem)
    return ImportResult(plan, applied, receipt)


# --- receipts ------------------------------------------------------------------------------------------------------

RECEIPT_FORMAT = "kampar-desk-receipt"
RECEIPT_VERSION = 1
RECEIPT_SUFFIX = ".kdterima"
MAX_RECEIPT_BYTES = 64 * 1024
NOT_A_RECEIPT = "Berkas ini bukan tanda terima kiriman Kampar Desk (.kdterima), atau rusak."


@dataclass(frozen=True)
class Receipt:
    """A station's signed word that it applied (or already held) a bundle this station sent."""

    receiver_id: uuid.UUID
    receiver_name: str
    sender_id: uuid.UUID
    bundle_created_at: datetime
    chain_head_sequence: int
    applied_at: datetime


def _receipt_body(receipt: Receipt) -> bytes:
    document = {
        "format": RECEIPT_FORMAT,
        "version": RECEIPT_VERSION,
        "receiver": {"station_id": str(receipt.receiver_id), "name": receipt.receiver_name},
        "sender": {"station_id": str(receipt.sender_id)},
        "bundle": {
            "created_at": receipt.bundle_created_at.isoformat(),
            "chain_head_sequence": receipt.chain_head_sequence,
        },
        "applied_at": receipt.applied_at.isoformat(),
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def write_receipt(desk: Desk, plan: ImportPlan, folder: Path) -> Path:
    """The receipt of an applied bundle, signed with this station's key, written whole into `folder`."""
    own = this_station(desk)
    manifest = plan.bundle.manifest
    receipt = Receipt(own.id, own.name, manifest.sender_id, manifest.until, manifest.chain_head_sequence, desk.now())
    body = _receipt_body(receipt)
    signature = station_keys(desk).signing_key.sign(body)
    document = {
        "receipt": base64.b64encode(body).decode("ascii"),
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    data = (json.dumps(document, indent=1, sort_keys=True) + "\n").encode("ascii")
    name = _receipt_name(own.id, manifest.sender_id, desk.to_local(receipt.applied_at))
    return export_files(folder, {name: data})[0]


def _read_receipt(data: bytes) -> tuple[Receipt, bytes, bytes]:
    try:
        document = json.loads(data.decode("ascii"))
        body = base64.b64decode(document["receipt"], validate=True)
        signature = base64.b64decode(document["signature"], validate=True)
        content = json.loads(body.decode("utf-8"))
        if content["format"] != RECEIPT_FORMAT:
            raise BundleRejected(NOT_A_RECEIPT)
        if content["version"] != RECEIPT_VERSION:
            raise BundleRejected(
                f"Tanda terima versi {content['version']} tidak dikenal aplikasi ini. Samakan versi Kampar Desk."
            )
        receipt = Receipt(
            uuid.UUID(content["receiver"]["station_id"]),
            str(content["receiver"]["name"]),
            uuid.UUID(content["sender"]["station_id"]),
            datetime.fromisoformat(content["bundle"]["created_at"]),
            int(content["bundle"]["chain_head_sequence"]),
            datetime.fromisoformat(content["applied_at"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError):  # UnicodeDecodeError and binascii.Error included
        raise BundleRejected(NOT_A_RECEIPT) from None
    return receipt, body, signature


@dataclass(frozen=True)
class ReceiptResult:
    receipt: Receipt
    recorded: bool  # False: this receipt (or a later one) was recorded already


def import_receipt(desk: Desk, actor: StaffRecord | None, path: Path) -> ReceiptResult:
    """Record a receipt from a station this station sent a bundle to: its next bundle holds only what changed after
    the bundle it confirms. Refused unless signed by that trusted station and addressed to this one."""
    username = SYSTEM_ACTOR if actor is None else require(desk, actor, OfficeAction.EXCHANGE_BUNDLES).username
    try:
        if not path.is_file():
            raise BundleRejected(f"Berkas {path} tidak ada atau bukan berkas (flashdisk terlepas?).")
        if path.stat().st_size > MAX_RECEIPT_BYTES:
            raise BundleRejected(NOT_A_RECEIPT)
        data = path.read_bytes()
    except OSError as error:
        raise BundleRejected(f"Berkas {path} tidak dapat dibaca: {error.strerror or error}.") from None
    receipt, body, signature = _read_receipt(data)
    own = this_station(desk)
    if receipt.sender_id != own.id:
        raise BundleRejected(
            "Tanda terima ini untuk kiriman dari stasiun lain, bukan dari komputer ini: bawa ke stasiun pengirimnya."
        )
    try:
        receiver = known_station(desk, receipt.receiver_id)
    except NotFound:
        raise BundleRejected(f"Tanda terima ini dari stasiun yang belum dikenal ({receipt.receiver_name}).") from None
    if receiver.status in (REVOKED, TAMPERED):
        raise BundleRejected(f"Tanda terima ini dari stasiun {receiver.name} yang tidak dipercaya ({receiver.status}).")
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(receiver.signing_key)).verify(signature, body)
    except (ValueError, InvalidSignature):
        raise BundleRejected(
            f"Tanda tangan tanda terima tidak sah: bukan dibuat oleh stasiun {receiver.name}, atau diubah. Ditolak."
        ) from None
    with write_transaction():
        row = KnownStation.get_by_id(receiver.id)
        newer = row.last_acknowledged_at is None or receipt.bundle_created_at > row.last_acknowledged_at
        if newer:
            KnownStation.update(
                last_acknowledged_at=receipt.bundle_created_at, last_acknowledged_sequence=receipt.chain_head_sequence
            ).where(KnownStation.id == receiver.id).execute()
            append_event(
                desk.now(),
                username,
                RECEIPT_EVENT,
                details={
                    "station": str(receiver.id),
                    "station_name": receiver.name,
                    "bundle_created_at": receipt.bundle_created_at.isoformat(),
                    "audit_chain_head": receipt.chain_head_sequence,
                    "applied_at": receipt.applied_at.isoformat(),
                    "receipt_sha256": hashlib.sha256(data).hexdigest(),
                },
                record=row,
            )
    return ReceiptResult(receipt, newer)
