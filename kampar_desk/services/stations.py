"""Stations: this installation's identity for exchanging records by file, and the other stations it trusts.

Each installation is one station: a stable id, a name the admin may change, and a key pair for bundles (an Ed25519
key that signs what it sends, an age X25519 identity that opens what is sent to it). The private halves are sealed
with the office keys (`keys.station_secrets`, unlocked by a signing official's sign-in); the public halves are in
`local_station`, vouched for by the audit event that made them. Another station is trusted from its card (a small
JSON file, `domain.stations`) after its fingerprint was compared by phone; trusting and revoking are audit events,
and a station counts as trusted only when its row agrees with the last of those events (`trusted_station`), so a
row put into the table by hand is not trusted.

The admin acts in the app; the command line acts as 'sistem', as `backup` and `verifier` do: whoever can run it on
this PC can already read and change the data folder.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kampar_desk.domain.errors import DeskError, NotFound, ValidationError
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.domain.stations import (
    MAX_CARD_BYTES,
    NOT_A_CARD,
    StationCard,
    check_station_name,
    parse_card,
    station_fingerprint,
)
from kampar_desk.services import keys
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.exporting import export_files
from kampar_desk.services.records import StaffRecord
from kampar_desk.services.staff import SYSTEM_ACTOR
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import AuditEvent, KnownStation, LocalStation

TRUST_EVENT = "trust_station"
REVOKE_EVENT = "revoke_station"
RENAME_EVENT = "rename_station"

TRUSTED = "dipercaya"
REVOKED = "dicabut"
TAMPERED = "DIUBAH DI LUAR APLIKASI"

NO_KEYS_YET = (
    "Stasiun ini belum punya kunci: kunci stasiun dibuat saat Pejabat Penandatangan masuk ke aplikasi ini (pertama "
    "kali, atau pertama kali setelah pembaruan). Minta beliau masuk sekali, lalu ulangi."
)


@dataclass(frozen=True)
class StationRecord:
    """This installation as a station. `fingerprint` is None until its keys are made."""

    id: uuid.UUID
    name: str
    office_code: str
    office_name: str
    signing_key: str  # Ed25519 public key, hex ("" until made)
    age_recipient: str  # age1… ("" until made)
    keys_created_at: datetime | None

    @property
    def has_keys(self) -> bool:
        return bool(self.signing_key and self.age_recipient)

    @property
    def fingerprint(self) -> str | None:
        return station_fingerprint(self.id, self.signing_key, self.age_recipient) if self.has_keys else None

    @property
    def signing_key_fingerprint(self) -> str | None:
        return keys.fingerprint(self.signing_key) if self.signing_key else None


@dataclass(frozen=True)
class KnownStationRecord:
    """Another station as this one knows it; `status` is TRUSTED, REVOKED, or TAMPERED when the row no longer
    agrees with the audit log (then it is not trusted, whatever the row says)."""

    id: uuid.UUID
    name: str
    office_code: str
    office_name: str
    signing_key: str
    age_recipient: str
    fingerprint: str
    trusted_at: datetime
    trusted_by: str
    revoked_at: datetime | None
    revoked_by: str | None
    status: str
    last_sent_at: datetime | None
    last_sent_sequence: int | None
    last_acknowledged_at: datetime | None
    last_acknowledged_sequence: int | None
    last_received_at: datetime | None
    last_received_sequence: int | None

    @property
    def trusted(self) -> bool:
        return self.status == TRUSTED


@dataclass(frozen=True)
class StationKeys:
    """This station's unlocked private keys, for sending (signing) and receiving (decrypting) bundles."""

    station_id: uuid.UUID
    signing_key: Ed25519PrivateKey
    age_identity: pyrage.x25519.Identity


# --- this station ----------------------------------------------------------------------------------------------


def _local_row() -> LocalStation:
    return LocalStation.select().get()


def _record(desk: Desk, row: LocalStation) -> StationRecord:
    office = desk.office()
    return StationRecord(
        row.id, row.name, office.code, office.name, row.signing_key, row.age_recipient, row.keys_created_at
    )


def this_station(desk: Desk) -> StationRecord:
    """This installation's station: id, name, office and public keys (readable without unlocking anything)."""
    return _record(desk, _local_row())


def _recorded_keys(station_id: uuid.UUID) -> tuple[str, str] | None:
    """The public halves the audit log last recorded for this station's keys."""
    recorded = None
    events = (
        AuditEvent.select(AuditEvent.details)
        .where((AuditEvent.action == keys.STATION_KEYS_EVENT) & AuditEvent.details.contains(str(station_id)))
        .order_by(AuditEvent.sequence)
    )
    for event in events:
        details = json.loads(event.details)
        if details.get("station") == str(station_id):
            recorded = (details.get("signing_key"), details.get("age_recipient"))
    return recorded


def _vouched(station: StationRecord) -> StationRecord:
    """This station with keys, and those keys the ones its audit event recorded (not swapped in the table)."""
    if not station.has_keys:
        raise DeskError(NO_KEYS_YET)
    if _recorded_keys(station.id) != (station.signing_key, station.age_recipient):
        raise DeskError(
            "Kunci publik stasiun ini di basis data tidak sama dengan yang dicatat log audit (diubah di luar "
            "aplikasi). Kartu stasiun tidak dibuat. Jalankan 'kampar-desk audit verify' dan hubungi petugas TI."
        )
    return station


def rename_station(desk: Desk, actor: StaffRecord | None, name: str) -> StationRecord:
    """Admin: the name other stations see on this station's card and its bundles (the id and keys stay)."""
    username = SYSTEM_ACTOR if actor is None else require(desk, actor, OfficeAction.MANAGE_STATIONS).username
    cleaned = check_station_name(name)
    with write_transaction():
        row = _local_row()
        if row.name != cleaned:
            before = row.name
            row.name = cleaned
            row.save()
            details = {"station": str(row.id), "from": before, "to": cleaned}
            append_event(desk.now(), username, RENAME_EVENT, details=details, record=row)
    return this_station(desk)


def station_card(desk: Desk) -> bytes:
    """This station's public card (JSON) for another station to trust; refused until the keys exist."""
    station = _vouched(this_station(desk))
    card = StationCard(
        station.id, station.name, station.office_code, station.office_name, station.signing_key, station.age_recipient
    )
    return card.to_bytes()


def card_file_name(station: StationRecord) -> str:
    """`kartu-stasiun-dpmptsp-kampar-loket-1.json`: the name says whose card it is on a stick full of files."""
    ascii_name = unicodedata.normalize("NFKD", station.name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60] or str(station.id)[:8]
    return f"kartu-stasiun-{slug}.json"


def save_card(desk: Desk, target: Path) -> Path:
    """Write this station's card to `target`: a file, or a folder (a USB stick) that gets `card_file_name`.
    Written whole or not at all."""
    data = station_card(desk)
    if target.is_dir():
        folder, name = target, card_file_name(this_station(desk))
    else:
        folder, name = target.parent, target.name
    return export_files(folder, {name: data})[0]


def station_keys(desk: Desk) -> StationKeys:
    """This station's private keys, unlocked (`keys.KeysLocked` until a signing official signed in), checked
    against its public halves: a bundle is never signed or opened with keys the card does not name."""
    station = _vouched(this_station(desk))
    signing, identity = keys.station_secrets(desk)
    public = signing.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    if (public, str(identity.to_public())) != (station.signing_key, station.age_recipient):
        raise DeskError(
            "Kunci stasiun yang tersegel tidak cocok dengan kartu stasiun ini. Minta Pejabat Penandatangan masuk "
            "lagi (kunci publiknya dicatat ulang), lalu ulangi."
        )
    return StationKeys(station.id, signing, identity)


# --- other stations ----------------------------------------------------------------------------------------------


def read_card(data: bytes) -> StationCard:
    """A station card read strictly; a `ValidationError` in Indonesian names what is wrong with a bad one."""
    return parse_card(data)


def read_card_file(path: Path) -> StationCard:
    """The station card in a file (a USB stick): never read whole when it is too large to be one."""
    try:
        if not path.is_file():
            raise ValidationError("card", f"Berkas {path} tidak ada atau bukan berkas (flashdisk terlepas?).")
        if path.stat().st_size > MAX_CARD_BYTES:
            raise ValidationError("card", f"{NOT_A_CARD} Berkas {path.name} terlalu besar untuk sebuah kartu stasiun.")
        data = path.read_bytes()
    except OSError as error:
        raise DeskError(f"Berkas {path} tidak dapat dibaca: {error.strerror or error}.") from None
    return parse_card(data)


def _trust_history(station_ids: Iterable[uuid.UUID] | None = None) -> dict[str, list[tuple[str, dict]]]:
    """Station id → its trust and revoke events in order, (action, details)."""
    wanted = None if station_ids is None else {str(ident) for ident in station_ids}
    history: dict[str, list[tuple[str, dict]]] = {}
    query = AuditEvent.select(AuditEvent.action, AuditEvent.details).where(
        AuditEvent.action.in_((TRUST_EVENT, REVOKE_EVENT))
    )
    for event in query.order_by(AuditEvent.sequence):
        details = json.loads(event.details)
        ident = details.get("station")
        if isinstance(ident, str) and (wanted is None or ident in wanted):
            history.setdefault(ident, []).append((event.action, details))
    return history


def _status(row: KnownStation, events: list[tuple[str, dict]]) -> str:
    """TRUSTED only when the last event trusted exactly these keys and the row is not revoked; REVOKED when both
    say so; anything else is a row changed outside the app."""
    if not events:
        return TAMPERED
    action, details = events[-1]
    keys_match = (details.get("signing_key"), details.get("age_recipient")) == (row.signing_key, row.age_recipient)
    if not keys_match:
        return TAMPERED
    if action == TRUST_EVENT:
        return TRUSTED if row.revoked_at is None else TAMPERED
    return REVOKED if row.revoked_at is not None else TAMPERED


def _known(row: KnownStation, events: list[tuple[str, dict]]) -> KnownStationRecord:
    return KnownStationRecord(
        id=row.id,
        name=row.name,
        office_code=row.office_code,
        office_name=row.office_name,
        signing_key=row.signing_key,
        age_recipient=row.age_recipient,
        fingerprint=station_fingerprint(row.id, row.signing_key, row.age_recipient),
        trusted_at=row.trusted_at,
        trusted_by=row.trusted_by,
        revoked_at=row.revoked_at,
        revoked_by=row.revoked_by,
        status=_status(row, events),
        last_sent_at=row.last_sent_at,
        last_sent_sequence=row.last_sent_sequence,
        last_acknowledged_at=row.last_acknowledged_at,
        last_acknowledged_sequence=row.last_acknowledged_sequence,
        last_received_at=row.last_received_at,
        last_received_sequence=row.last_received_sequence,
    )


def known_stations(desk: Desk) -> tuple[KnownStationRecord, ...]:
    """Every station this one has trusted: the trusted ones first, then by name."""
    history = _trust_history()
    rows = [_known(row, history.get(str(row.id), [])) for row in KnownStation.select()]
    return tuple(sorted(rows, key=lambda record: (not record.trusted, record.name.casefold(), str(record.id))))


def _station_id(station_id: uuid.UUID | str) -> uuid.UUID:
    if isinstance(station_id, uuid.UUID):
        return station_id
    try:
        return uuid.UUID(station_id.strip())
    except ValueError:
        raise ValidationError(
            "station", f"'{station_id}' bukan pengenal stasiun (contoh 0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b)."
        ) from None


def known_station(desk: Desk, station_id: uuid.UUID | str) -> KnownStationRecord:
    """One station this one knows, trusted or not (`NotFound` for an id it never trusted)."""
    ident = _station_id(station_id)
    row = KnownStation.get_or_none(KnownStation.id == ident)
    if row is None:
        raise NotFound(f"Stasiun {ident} tidak ada di daftar stasiun yang dikenal komputer ini.")
    return _known(row, _trust_history([ident]).get(str(ident), []))


def trusted_station(desk: Desk, station_id: uuid.UUID | str) -> KnownStationRecord | None:
    """The station whose bundles may be accepted and to which bundles may be sent: trusted and not revoked,
    its keys those the audit log recorded when it was trusted. None otherwise."""
    try:
        record = known_station(desk, station_id)
    except (NotFound, ValidationError):
        return None
    return record if record.trusted else None


def _card_details(card: StationCard) -> dict[str, str]:
    return {
        "station": str(card.station_id),
        "name": card.name,
        "office_code": card.office_code,
        "signing_key": card.signing_key,
        "age_recipient": card.age_recipient,
        "fingerprint": card.fingerprint,
    }


def _check_trustable(desk: Desk, card: StationCard) -> None:
    """The refusals of `trust_station`, each saying why and what to do."""
    own = _local_row()
    if card.station_id == own.id or card.signing_key == own.signing_key or card.age_recipient == own.age_recipient:
        raise ValidationError(
            "card",
            "Ini kartu stasiun komputer ini sendiri. Yang dipercayai adalah kartu stasiun LAIN (komputer loket lain, "
            "kantor pusat), yang dibawa dari sana dengan flashdisk.",
        )
    same_keys = KnownStation.get_or_none(
        ((KnownStation.signing_key == card.signing_key) | (KnownStation.age_recipient == card.age_recipient))
        & (KnownStation.id != card.station_id)
    )
    if same_keys is not None:
        raise ValidationError(
            "card",
            f"Kunci pada kartu ini sudah dipakai stasiun lain yang dikenal ({same_keys.name}, {same_keys.id}): "
            "dua stasiun tidak pernah berbagi kunci. Jangan dipercayai; tanyakan kepada petugas TI kedua kantor.",
        )
    row = KnownStation.get_or_none(KnownStation.id == card.station_id)
    if row is None:
        return
    history = _trust_history([card.station_id]).get(str(card.station_id), [])
    same = (row.signing_key, row.age_recipient) == (card.signing_key, card.age_recipient)
    if row.revoked_at is None:
        if same:
            raise ValidationError(
                "card",
                f"Stasiun {row.name} sudah dipercaya dengan kartu ini sejak {desk.to_local(row.trusted_at):%d-%m-%Y}.",
            )
        raise ValidationError(
            "card",
            f"Stasiun {row.name} ({row.id}) sudah dipercaya dengan kunci lain (sidik jari "
            f"{station_fingerprint(row.id, row.signing_key, row.age_recipient)}). Bila stasiun itu memang berganti "
            "kunci, cabut dulu stasiun itu, lalu percayai kartu barunya.",
        )
    revoked_keys = {(d.get("signing_key"), d.get("age_recipient")) for action, d in history if action == REVOKE_EVENT}
    if same or (card.signing_key, card.age_recipient) in revoked_keys:
        raise ValidationError(
            "card",
            f"Kartu ini milik stasiun {row.name} yang sudah dicabut: stasiun yang dicabut hanya dapat dipercaya lagi "
            "dengan kartu baru (kunci baru) dari stasiun itu.",
        )


def card_to_trust(desk: Desk, path: Path) -> StationCard:
    """The card in `path`, read strictly and refused at once when it could not be trusted (this station's own,
    already trusted, revoked…), so nobody is asked to compare a fingerprint for nothing."""
    card = read_card_file(path)
    _check_trustable(desk, card)
    return card


def trust_station(desk: Desk, actor: StaffRecord | None, card: StationCard) -> KnownStationRecord:
    """Admin: accept bundles from this station and send bundles to it, after its fingerprint was compared.
    Refused for this station's own card, for an id already trusted (with the same or other keys: a re-keyed
    station is revoked first), for keys another known station uses, and for a revoked card."""
    username = SYSTEM_ACTOR if actor is None else require(desk, actor, OfficeAction.MANAGE_STATIONS).username
    with write_transaction():
        _check_trustable(desk, card)
        now = desk.now()
        fields = {
            "name": card.name,
            "office_code": card.office_code,
            "office_name": card.office_name,
            "signing_key": card.signing_key,
            "age_recipient": card.age_recipient,
            "fingerprint": card.fingerprint,
            "trusted_at": now,
            "trusted_by": username,
            "revoked_at": None,
            "revoked_by": None,
        }
        row = KnownStation.get_or_none(KnownStation.id == card.station_id)
        if row is None:
            # A re-keyed station keeps its row: the bundles already exchanged with it stay counted.
            row = KnownStation.create(id=card.station_id, **fields)
        else:
            for name, value in fields.items():
                setattr(row, name, value)
            row.save()
        append_event(now, username, TRUST_EVENT, details=_card_details(card), record=row)
    return known_station(desk, card.station_id)


def revoke_station(desk: Desk, actor: StaffRecord | None, station_id: uuid.UUID | str) -> KnownStationRecord:
    """Admin: stop accepting bundles from this station and sending to it (a lost PC, a key that leaked). Its row
    stays, revoked; only a new card trusts it again."""
    username = SYSTEM_ACTOR if actor is None else require(desk, actor, OfficeAction.MANAGE_STATIONS).username
    ident = _station_id(station_id)
    with write_transaction():
        row = KnownStation.get_or_none(KnownStation.id == ident)
        if row is None:
            raise NotFound(f"Stasiun {ident} tidak ada di daftar stasiun yang dikenal komputer ini.")
        if row.revoked_at is not None:
            raise ValidationError(
                "station", f"Stasiun {row.name} sudah dicabut pada {desk.to_local(row.revoked_at):%d-%m-%Y %H:%M}."
            )
        now = desk.now()
        row.revoked_at, row.revoked_by = now, username
        row.save()
        details = {
            "station": str(row.id),
            "name": row.name,
            "signing_key": row.signing_key,
            "age_recipient": row.age_recipient,
            "fingerprint": station_fingerprint(row.id, row.signing_key, row.age_recipient),
        }
        append_event(now, username, REVOKE_EVENT, details=details, record=row)
    return known_station(desk, ident)
