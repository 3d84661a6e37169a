"""Bundles: exporting this station's records for another station, and reading a received bundle (checked, unchanged).

`export_bundle` writes one `.kdsync` file (format in `domain.bundles`): the records and issued letter PDFs as they
are now, the manifest signed with this station's Ed25519 key, the whole zip encrypted with age for the recipient
station's recipient key. `read_bundle` opens one sent to this station and checks everything (envelope, decryption,
zip paths and sizes, manifest, trusted sender, signature, every member's hash, every record's shape) without
writing to the database: applying a bundle is the next part of the work.

What "since" holds: the files whose row or a checklist row was saved (or imported here) at or after it, with their
letters, SKM questionnaires, suggestions and complaints likewise; this station's audit events after the last one
before it and other stations' events that arrived after it; accounts, calendar changes and deletions always whole
(they are few, and every file refers to accounts). By default `since` is the time of the last bundle the recipient
confirmed with its receipt (`services.sync`), so each bundle carries what the recipient may not have yet; the
same record twice is harmless, because an import changes nothing it already holds.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pyrage

from kampar_desk.domain import bundles as rules
from kampar_desk.domain.bundles import BundleRejected
from kampar_desk.domain.errors import NotFound
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.domain.stations import short_id
from kampar_desk.services import bundle_records as records
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.exporting import export_files
from kampar_desk.services.records import StaffRecord
from kampar_desk.services.staff import SYSTEM_ACTOR
from kampar_desk.services.stations import (
    REVOKED,
    TAMPERED,
    KnownStationRecord,
    known_station,
    station_keys,
    this_station,
)
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import (
    Application,
    AuditEvent,
    BaseModel,
    ChecklistItem,
    KnownStation,
    StationAuditEvent,
    utc_now,
)

EXPORT_EVENT = "export_bundle"

CHUNK = 500
#: small and needed whole (every file refers to accounts): sent in full every time
ALWAYS_WHOLE = frozenset({"staff", "calendar_days", "tombstones"})
AUDIT_EVENT = records.TableSpec(AuditEvent)
STATION_EVENT = records.TableSpec(StationAuditEvent)

__all__ = ["BundleInfo", "BundleRejected", "VerifiedBundle", "export_bundle", "read_bundle"]


@dataclass(frozen=True)
class BundleInfo:
    """A bundle just written."""

    path: Path
    size: int
    sha256: str
    recipient: KnownStationRecord
    counts: dict[str, int]
    letter_files: int
    since: datetime | None
    created_at: datetime
    until: datetime  # what the recipient's receipt will confirm: the next bundle holds what changed after it


@dataclass(frozen=True)
class VerifiedBundle:
    """A received bundle whose every check passed: who sent it, what it says it holds, the records and PDFs."""

    path: Path
    sender: KnownStationRecord
    manifest: rules.Manifest
    records: dict[str, list[dict[str, Any]]]
    letters: dict[str, bytes]
    already_applied: bool = False  # the last bundle applied from its sender: its records were not read

    @property
    def letter_files(self) -> int:
        """The letter PDFs it carries, as its signed manifest lists them."""
        return sum(1 for entry in self.manifest.members if entry.name.startswith(rules.LETTER_FILES))


# --- export --------------------------------------------------------------------------------------------------------


def _since(model: type[BaseModel], since: datetime | None) -> Any:
    """Rows saved here or written here by an import at or after `since` (an import keeps the sender's `updated_at`,
    so a record relayed from a third station is found by when it arrived)."""
    if since is None:
        return None
    condition = model.updated_at >= since
    if "imported_at" in model._meta.fields:
        condition = condition | (model._meta.fields["imported_at"] >= since)
    return condition


def _rows(kind: str, since: datetime | None, own_id: uuid.UUID) -> Iterator[dict[str, Any]]:
    spec = records.TABLES[kind]
    where = None if kind in ALWAYS_WHOLE else _since(spec.model, since)
    return records.export_records(spec, where, own_id)


def _applications(since: datetime | None, own_id: uuid.UUID) -> Iterator[dict[str, Any]]:
    """Each file with its checklist: two reads in the same order (by file id), merged as they go."""
    spec, checklist = records.TABLES["applications"], records.CHECKLIST
    where = _since(Application, since)
    if since is not None and where is not None:
        touched = ChecklistItem.select(ChecklistItem.application).where(ChecklistItem.updated_at >= since)
        where = where | Application.id.in_(touched)
    items_where = None
    if where is not None:
        items_where = ChecklistItem.application.in_(Application.select(Application.id).where(where))
    order = (ChecklistItem.application, ChecklistItem.position)
    items = records.export_records(checklist, items_where, own_id, order=order)
    pending = next(items, None)
    for record in records.export_records(spec, where, own_id):
        own_items = []
        # both reads are ordered by the file id; items of a file not selected cannot occur (same condition)
        while pending is not None and pending["application_id"] == record["id"]:
            own_items.append(pending)
            pending = next(items, None)
        record["checklist"] = own_items
        yield record


def _audit_events(since_sequence: int | None, since: datetime | None, own_id: uuid.UUID) -> Iterator[dict[str, Any]]:
    """This station's events after `since_sequence`, and the other stations' events that arrived since `since`."""
    mine = str(own_id)
    where = None if since_sequence is None else AuditEvent.sequence > since_sequence
    for record in records.export_records(AUDIT_EVENT, where, own_id, order=(AuditEvent.sequence,)):
        yield {"station_id": mine, **record}
    where = None if since is None else StationAuditEvent.imported_at >= since
    order = (StationAuditEvent.station, StationAuditEvent.sequence)
    for record in records.export_records(STATION_EVENT, where, own_id, order=order):
        station = record.pop("station")
        yield {"station_id": station, **record}


def _records(
    since: datetime | None, since_sequence: int | None, own_id: uuid.UUID
) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
    """Each kind with its records, read as they are written into the bundle."""
    for kind in records.TABLES:
        yield kind, _applications(since, own_id) if kind == "applications" else _rows(kind, since, own_id)
    yield "audit_events", _audit_events(since_sequence, since, own_id)


def _jsonl(rows: Iterator[dict[str, Any]], seen: list[dict[str, Any]] | None = None) -> tuple[bytes, int]:
    """The records as JSON lines and their count; `seen` keeps them too (the letters, whose PDFs follow)."""
    lines = []
    for record in rows:
        lines.append(rules.canonical_line(record))
        if seen is not None:
            seen.append(record)
    return b"".join(line + b"\n" for line in lines), len(lines)


def _recipient(desk: Desk, recipient_id: uuid.UUID | str) -> KnownStationRecord:
    """The station a bundle may be sent to, or a refusal saying why not."""
    own = this_station(desk)
    if str(recipient_id).strip() == str(own.id):
        raise BundleRejected(
            "Stasiun tujuan adalah komputer ini sendiri. Kirim ke stasiun LAIN yang sudah dipercaya (lihat: "
            "kampar-desk station)."
        )
    try:
        recipient = known_station(desk, recipient_id)
    except NotFound:
        raise BundleRejected(
            f"Stasiun {str(recipient_id).strip()} belum dikenal komputer ini. Percayai dulu kartu stasiunnya "
            "(Pengaturan, Sinkronisasi, atau 'kampar-desk station trust KARTU'), lalu ulangi."
        ) from None
    if recipient.status == REVOKED:
        raise BundleRejected(
            f"Stasiun {recipient.name} sudah dicabut kepercayaannya: tidak ada lagi yang dikirim kepadanya."
        )
    if recipient.status == TAMPERED:
        raise BundleRejected(
            f"Data stasiun {recipient.name} diubah di luar aplikasi, jadi tidak dipercaya: tidak ada yang dikirim. "
            "Jalankan 'kampar-desk audit verify' dan hubungi petugas TI."
        )
    return recipient


def bundle_file_name(sender_id: uuid.UUID, recipient: KnownStationRecord, local_time: datetime) -> str:
    short = f"{short_id(sender_id)}-ke-{short_id(recipient.id)}"
    return f"kiriman-{short}-{local_time:%Y%m%d-%H%M%S}{rules.FILE_SUFFIX}"


def _since_sequence(since: datetime | None) -> int | None:
    """The last audit event recorded before `since` (this station's events after it are sent)."""
    if since is None:
        return None
    before = AuditEvent.select(AuditEvent.sequence).where(AuditEvent.at < since).order_by(AuditEvent.sequence.desc())
    last = before.first()
    return 0 if last is None else last.sequence


def export_bundle(
    desk: Desk,
    actor: StaffRecord | None,
    recipient_id: uuid.UUID | str,
    out: Path,
    since: datetime | None = None,
    everything: bool = False,
) -> BundleInfo:
    """Write this station's records for `recipient_id` to `out`: a file path, or a folder (a USB stick) that gets a
    `kiriman-….kdsync` name. What it holds: everything with `everything`; what changed at or after `since` (naive
    UTC) when given; otherwise what changed since the last bundle the recipient confirmed with its receipt
    (everything when none was confirmed yet). Written whole or not at all; an audit event `export_bundle` records
    it. Admins only; the command line acts as 'sistem'."""
    username = SYSTEM_ACTOR if actor is None else require(desk, actor, OfficeAction.EXCHANGE_BUNDLES).username
    recipient = _recipient(desk, recipient_id)
    own = this_station(desk)
    secrets = station_keys(desk)
    with write_transaction():  # one consistent snapshot of the records, and the audit event with it
        now = desk.now()
        if everything:
            since, since_sequence = None, None
        elif since is not None:
            since_sequence = _since_sequence(since)
        else:
            since, since_sequence = recipient.last_acknowledged_at, recipient.last_acknowledged_sequence
        members: dict[str, bytes] = {}
        counts: dict[str, int] = {}
        letters: list[dict[str, Any]] = []
        for kind, rows in _records(since, since_sequence, own.id):
            members[f"records/{kind}.jsonl"], counts[kind] = _jsonl(rows, letters if kind == "letters" else None)
        for letter in letters:
            source = desk.paths.letters_dir / letter["file_name"]
            try:
                members[f"{rules.LETTER_FILES}{letter['file_name']}"] = source.read_bytes()
            except OSError:
                raise BundleRejected(
                    f"Arsip surat {letter['number']} ({letter['file_name']}) tidak ada atau tidak terbaca di folder "
                    "letters, jadi berkas kiriman tidak dibuat. Jalankan 'kampar-desk audit verify' dan hubungi "
                    "petugas TI."
                ) from None
        head = AuditEvent.select().order_by(AuditEvent.sequence.desc()).first()
        manifest = rules.Manifest(
            sender_id=own.id,
            sender_name=own.name,
            recipient_id=recipient.id,
            created_at=now,
            since=since,
            # the clock that stamps every save (`updated_at`), which the next bundle's `since` is compared with
            until=utc_now(),
            counts=counts,
            chain_head_sequence=0 if head is None else head.sequence,
            chain_head_hash=rules.GENESIS if head is None else head.hash,
            members=tuple(
                rules.MemberEntry(name, rules.sha256_hex(data), len(data)) for name, data in sorted(members.items())
            ),
        )
        manifest_bytes = manifest.to_bytes()
        members[rules.MANIFEST] = manifest_bytes
        members[rules.SIGNATURE] = rules.sign_manifest(manifest_bytes, secrets.signing_key)
        archive = rules.build_zip({name: members[name] for name in rules.member_order(list(members))})
        ciphertext = pyrage.encrypt(archive, [pyrage.x25519.Recipient.from_str(recipient.age_recipient)])
        data = rules.seal_envelope(recipient.id, ciphertext)
        if out.is_dir():
            folder, name = out, bundle_file_name(own.id, recipient, desk.to_local(now))
        else:
            folder, name = out.parent, out.name
        digest = rules.sha256_hex(data)
        details = {
            "recipient": str(recipient.id),
            "recipient_name": recipient.name,
            "since": None if since is None else since.isoformat(),
            "counts": manifest.counts,
            "letter_files": len(letters),
            "audit_chain_head": manifest.chain_head_sequence,
            "file": name,
            "size": len(data),
            "sha256": digest,
        }
        KnownStation.update(last_sent_at=now, last_sent_sequence=manifest.chain_head_sequence).where(
            KnownStation.id == recipient.id
        ).execute()
        append_event(now, username, EXPORT_EVENT, details=details)
        # last: a refused write (full stick) undoes the event; a failed commit after it leaves a valid extra file
        path = export_files(folder, {name: data})[0]
    letter_files = len(letters)
    return BundleInfo(path, len(data), digest, recipient, manifest.counts, letter_files, since, now, manifest.until)


# --- reading -------------------------------------------------------------------------------------------------------


def _wrong_recipient(desk: Desk, recipient_id: uuid.UUID) -> BundleRejected:
    try:
        whom = f"stasiun {known_station(desk, recipient_id).name} ({recipient_id})"
    except NotFound:
        whom = f"stasiun {recipient_id}"
    return BundleRejected(
        f"Berkas kiriman ini ditujukan untuk {whom}, bukan untuk komputer ini, dan hanya dapat dibuka di sana. "
        "Bawa ke stasiun tujuannya, atau minta pengirim membuat kiriman untuk stasiun ini."
    )


def _sender(desk: Desk, manifest: rules.Manifest) -> KnownStationRecord:
    """The sending station, trusted now, or a refusal that says what the admin can do."""
    if manifest.sender_id == this_station(desk).id:
        raise BundleRejected("Berkas kiriman ini dibuat oleh komputer ini sendiri: tidak ada yang perlu diterima.")
    try:
        sender = known_station(desk, manifest.sender_id)
    except NotFound:
        raise BundleRejected(
            f"Berkas kiriman ini dari stasiun yang belum dikenal ({manifest.sender_name}, {manifest.sender_id}). "
            "Ditolak sampai admin mempercayai kartu stasiun itu (setelah sidik jarinya dicocokkan lewat telepon)."
        ) from None
    if sender.status == REVOKED:
        raise BundleRejected(
            f"Berkas kiriman ini dari stasiun {sender.name} yang sudah dicabut kepercayaannya: ditolak. Stasiun itu "
            "dapat dipercaya lagi hanya dengan kartu baru."
        )
    if sender.status == TAMPERED:
        raise BundleRejected(
            f"Data stasiun pengirim {sender.name} diubah di luar aplikasi, jadi tidak dipercaya: kiriman ditolak. "
            "Jalankan 'kampar-desk audit verify' dan hubungi petugas TI."
        )
    return sender


def _check_letters(records: list[dict[str, Any]], letters: dict[str, bytes]) -> None:
    """Each PDF is the archived file of a letter in the bundle, with the hash its register row holds."""
    expected = {str(row["file_name"]): str(row["sha256"]) for row in records}
    for name, data in letters.items():
        file_name = name.removeprefix(rules.LETTER_FILES)
        if expected.get(file_name) != rules.sha256_hex(data):
            raise BundleRejected(
                f"Berkas surat {file_name} di dalam kiriman tidak cocok dengan register surat yang dikirim bersamanya. "
                f"{rules.ASK_AGAIN}"
            )


def already_applied(sender: KnownStationRecord, manifest: rules.Manifest) -> bool:
    """True for the bundle last applied from this sender; a refusal for an older one, which would bring back what
    newer bundles changed."""
    last, until = sender.last_received_at, manifest.until
    if last is None or until > last:
        return False
    if until == last:
        return True
    raise BundleRejected(
        f"Berkas kiriman ini ({until:%d-%m-%Y %H:%M} UTC) lebih lama daripada kiriman dari {sender.name} yang sudah "
        f"diterima ({last:%d-%m-%Y %H:%M} UTC): ditolak agar data yang lebih baru tidak tertimpa. Terima kiriman "
        "yang terbaru saja."
    )


def read_bundle(desk: Desk, path: Path) -> VerifiedBundle:
    """Open and check a bundle sent to this station, changing nothing; a `BundleRejected` says what is wrong. A
    bundle older than the last one applied from its sender is refused; the one last applied (its signed manifest
    says when it was made) is checked but its records are not read: nothing in them could change anything."""
    try:
        if not path.is_file():
            raise BundleRejected(f"Berkas {path} tidak ada atau bukan berkas (flashdisk terlepas?).")
        size = path.stat().st_size
        if size > rules.MAX_BUNDLE_BYTES:
            raise BundleRejected(
                f"Berkas {path.name} terlalu besar untuk berkas kiriman ({size:,} byte; paling besar "
                f"{rules.MAX_BUNDLE_BYTES:,})."
            )
        data = path.read_bytes()
    except OSError as error:
        raise BundleRejected(f"Berkas {path} tidak dapat dibaca: {error.strerror or error}.") from None
    envelope = rules.open_envelope(data)
    own = this_station(desk)
    if envelope.recipient_id != own.id:
        raise _wrong_recipient(desk, envelope.recipient_id)
    secrets = station_keys(desk)
    try:
        archive = pyrage.decrypt(envelope.ciphertext, [secrets.age_identity])
    except pyrage.DecryptError as error:
        if "no matching keys" in str(error).lower():
            raise _wrong_recipient(desk, envelope.recipient_id) from None
        raise BundleRejected(rules.CHANGED) from None
    members = rules.open_zip(archive)
    if rules.MANIFEST not in members or rules.SIGNATURE not in members:
        raise BundleRejected(f"Berkas kiriman tidak memuat daftar isi atau tanda tangannya. {rules.ASK_AGAIN}")
    manifest = rules.parse_manifest(members[rules.MANIFEST])
    if manifest.recipient_id != own.id:
        raise _wrong_recipient(desk, manifest.recipient_id)
    sender = _sender(desk, manifest)
    rules.check_signature(members[rules.SIGNATURE], members[rules.MANIFEST], sender.signing_key)
    rules.check_members(manifest, members)
    if already_applied(sender, manifest):
        return VerifiedBundle(path, sender, manifest, {}, {}, already_applied=True)
    records: dict[str, list[dict[str, Any]]] = {}
    letters: dict[str, bytes] = {}
    for name, content in members.items():
        if name.startswith(rules.RECORD_FILES):
            kind, rows = rules.read_records(name, content)
            records[kind] = rows
        elif name.startswith(rules.LETTER_FILES):
            letters[name] = content
    counted = {kind: len(rows) for kind, rows in records.items()}
    if counted != manifest.counts:
        raise BundleRejected(f"Jumlah catatan tidak sama dengan yang disebut daftar isi. {rules.ASK_AGAIN}")
    _check_letters(records.get("letters", []), letters)
    return VerifiedBundle(path, sender, manifest, records, letters)
