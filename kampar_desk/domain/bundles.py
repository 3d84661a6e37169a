"""Bundles: the file one station sends another (records, letters, a signed manifest), and its rules, read strictly.

On disk a bundle (`.kdsync`) is a short clear envelope, then the age ciphertext of a zip. The envelope says only
what helps refuse a bad file with the right reason before decrypting it: the format, the recipient station's id,
the ciphertext's length and SHA-256 (no name, no NIK, no count). Its hash is not a protection (anyone can recompute
it): age's authenticated encryption and the sender's Ed25519 signature over the manifest are. Inside the zip:
`manifest.json` (sender, recipient, time range, counts per kind, the sender's audit chain head, SHA-256 and size of
every other member), `signature.json` (the signing key's fingerprint and the signature over the manifest's exact
bytes), `records/<kind>.jsonl` (canonical JSON, one record a line) and `letters/<file>.pdf`.

Every refusal is a `BundleRejected` with its own Indonesian sentence; sizes are capped before anything is read whole.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import stat
import uuid
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kampar_desk.domain.audit import GENESIS_HASH
from kampar_desk.domain.errors import DeskError

BUNDLE_FORMAT = "kampar-desk-bundle"
BUNDLE_VERSION = 1
SIGNATURE_FORMAT = "kampar-desk-bundle-signature"
FILE_SUFFIX = ".kdsync"
MAGIC = b"KAMPAR-DESK-BUNDLE\n"
MANIFEST = "manifest.json"
GENESIS = GENESIS_HASH  # the chain head of a station with no audit event yet
SIGNATURE = "signature.json"

#: caps checked before a member (or the file) is read whole; generous for a year of one counter's files
MAX_ENVELOPE_HEADER = 1024
MAX_BUNDLE_BYTES = 2 * 1024**3
MAX_MEMBER_BYTES = 512 * 1024**2
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_MEMBERS = 200_000

_COMMON = ("id", "version", "updated_at")
#: every kind a bundle may hold and the fields a record of it must have (more may follow in later versions)
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "staff": (*_COMMON, "username", "full_name", "roles", "active", "origin_station"),
    "applications": (
        *_COMMON,
        "number",
        "service_code",
        "status",
        "applicant_nik",
        "applicant_name",
        "registered_at",
        "origin_station",
        "checklist",
    ),
    "letters": (*_COMMON, "application_id", "kind", "number", "issued_at", "file_name", "sha256", "status"),
    "survey_responses": (*_COMMON, "application_id", "source", "submitted_at"),
    "complaints": (*_COMMON, "number", "received_at", "channel", "subject", "status", "origin_station"),
    "suggestions": (*_COMMON, "application_id", "text", "received_at"),
    "calendar_days": (*_COMMON, "day", "working"),
    "tombstones": (*_COMMON, "kind", "record_key", "deleted_at"),
    "audit_events": (*_COMMON, "station_id", "sequence", "at", "actor", "action", "details", "previous_hash", "hash"),
}
KINDS = tuple(KIND_FIELDS)
KIND_LABELS = {
    "staff": "Akun petugas",
    "applications": "Berkas permohonan",
    "letters": "Register surat",
    "survey_responses": "Kuesioner SKM",
    "complaints": "Pengaduan",
    "suggestions": "Saran SKM",
    "calendar_days": "Perubahan kalender kerja",
    "tombstones": "Catatan yang dihapus",
    "audit_events": "Peristiwa log audit",
}
LETTER_FILES = "letters/"
RECORD_FILES = "records/"
#: the letters' archive keeps a folder per year: `letters/2026/503-0001-….pdf`
_LETTER_NAME = re.compile(r"letters/(?:[A-Za-z0-9][A-Za-z0-9._-]{0,100}/){0,3}[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.pdf")
_RECORD_NAME = re.compile(r"records/([a-z][a-z0-9_]{0,40})\.jsonl")
_SHA256 = re.compile(r"[0-9a-f]{64}")
#: a zip member's date is fixed so the same records always make the same bytes
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)

ASK_AGAIN = "Minta stasiun pengirim membuat berkas kiriman baru."


class BundleRejected(DeskError):
    """A bundle that is refused; nothing was changed."""


# --- canonical records ---------------------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A stored value as JSON holds it: ISO times, UUIDs as text; lists and objects followed inside."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def canonical_line(record: Mapping[str, Any]) -> bytes:
    """One record as one line: sorted keys, no spaces, UTF-8 (times and ids as `plain` writes them)."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=plain).encode("utf-8")


def jsonl(records: Sequence[Mapping[str, Any]]) -> bytes:
    return b"".join(canonical_line(record) + b"\n" for record in records)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def key_fingerprint(public_hex: str) -> str:
    """The same fingerprint a seal key has: SHA-256 of the raw public key, 32 hex digits in groups of four."""
    digest = hashlib.sha256(bytes.fromhex(public_hex)).hexdigest().upper()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


# --- the manifest --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberEntry:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    """What the sender says the bundle holds; trusted only once its signature verified."""

    sender_id: uuid.UUID
    sender_name: str
    recipient_id: uuid.UUID
    created_at: datetime
    since: datetime | None
    until: datetime
    counts: dict[str, int]
    chain_head_sequence: int
    chain_head_hash: str
    members: tuple[MemberEntry, ...]

    def to_bytes(self) -> bytes:
        document = {
            "format": BUNDLE_FORMAT,
            "version": BUNDLE_VERSION,
            "sender": {"station_id": str(self.sender_id), "name": self.sender_name},
            "recipient": {"station_id": str(self.recipient_id)},
            "created_at": self.created_at.isoformat(),
            "range": {"since": None if self.since is None else self.since.isoformat(), "until": self.until.isoformat()},
            "counts": dict(sorted(self.counts.items())),
            "audit_chain_head": {"sequence": self.chain_head_sequence, "hash": self.chain_head_hash},
            "members": [{"name": m.name, "sha256": m.sha256, "size": m.size} for m in self.members],
        }
        return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


DAMAGED_MANIFEST = f"Daftar isi (manifest) berkas kiriman rusak atau tidak lengkap. {ASK_AGAIN}"


def _json_object(data: bytes, damaged: str) -> dict[str, Any]:
    try:
        document = json.loads(data.decode("utf-8"))
    except ValueError:  # UnicodeDecodeError included
        raise BundleRejected(damaged) from None
    if not isinstance(document, dict):
        raise BundleRejected(damaged)
    return document


def check_version(format_name: Any, version: Any) -> None:
    if format_name != BUNDLE_FORMAT:
        raise BundleRejected("Berkas ini bukan berkas kiriman Kampar Desk.")
    if type(version) is not int or version != BUNDLE_VERSION:
        raise BundleRejected(
            f"Berkas kiriman versi {version} tidak dikenal oleh aplikasi ini (yang dikenal: versi {BUNDLE_VERSION}). "
            "Samakan versi Kampar Desk di kedua komputer, lalu kirim ulang."
        )


def _uuid(text: Any) -> uuid.UUID:
    if not isinstance(text, str):
        raise BundleRejected(DAMAGED_MANIFEST)
    try:
        return uuid.UUID(text)
    except ValueError:
        raise BundleRejected(DAMAGED_MANIFEST) from None


def _time(text: Any) -> datetime:
    if not isinstance(text, str):
        raise BundleRejected(DAMAGED_MANIFEST)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise BundleRejected(DAMAGED_MANIFEST) from None


def parse_manifest(data: bytes) -> Manifest:
    """The manifest read strictly: known format and version, every field of its type."""
    document = _json_object(data, DAMAGED_MANIFEST)
    check_version(document.get("format"), document.get("version"))
    try:
        sender, recipient, span = document["sender"], document["recipient"], document["range"]
        counts, head, members = document["counts"], document["audit_chain_head"], document["members"]
        sender_name = sender["name"]
        entries = tuple(MemberEntry(m["name"], m["sha256"], m["size"]) for m in members)
        manifest = Manifest(
            sender_id=_uuid(sender["station_id"]),
            sender_name=sender_name,
            recipient_id=_uuid(recipient["station_id"]),
            created_at=_time(document["created_at"]),
            since=None if span["since"] is None else _time(span["since"]),
            until=_time(span["until"]),
            counts=dict(counts),
            chain_head_sequence=head["sequence"],
            chain_head_hash=head["hash"],
            members=entries,
        )
    except (KeyError, TypeError, AttributeError):
        raise BundleRejected(DAMAGED_MANIFEST) from None
    well_formed = (
        isinstance(sender_name, str)
        and all(kind in KIND_FIELDS and type(n) is int and n >= 0 for kind, n in manifest.counts.items())
        and type(manifest.chain_head_sequence) is int
        and isinstance(manifest.chain_head_hash, str)
        and all(
            isinstance(m.name, str)
            and isinstance(m.sha256, str)
            and _SHA256.fullmatch(m.sha256)
            and type(m.size) is int
            for m in entries
        )
        and len({m.name for m in entries}) == len(entries)
    )
    if not well_formed:
        raise BundleRejected(DAMAGED_MANIFEST)
    return manifest


# --- the signature -------------------------------------------------------------------------------------------------


def public_hex(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def sign_manifest(manifest: bytes, key: Ed25519PrivateKey) -> bytes:
    document = {
        "format": SIGNATURE_FORMAT,
        "algorithm": "Ed25519",
        "key_fingerprint": key_fingerprint(public_hex(key)),
        "signature": base64.b64encode(key.sign(manifest)).decode("ascii"),
    }
    return (json.dumps(document, indent=1, sort_keys=True) + "\n").encode("utf-8")


BAD_SIGNATURE = (
    "Tanda tangan berkas kiriman tidak sah: isinya diubah setelah ditandatangani, atau berkas ini tidak dibuat oleh "
    "stasiun yang disebutnya. Berkas ditolak; tanyakan kepada stasiun pengirim."
)


def check_signature(signature: bytes, manifest: bytes, sender_key_hex: str) -> None:
    """The manifest's exact bytes signed by the sender's key (the one its trusted card holds)."""
    document = _json_object(signature, BAD_SIGNATURE)
    if document.get("format") != SIGNATURE_FORMAT or document.get("algorithm") != "Ed25519":
        raise BundleRejected(BAD_SIGNATURE)
    if document.get("key_fingerprint") != key_fingerprint(sender_key_hex):
        raise BundleRejected(
            "Berkas kiriman ditandatangani dengan kunci lain daripada kunci pada kartu stasiun pengirim yang "
            "dipercaya. Bila stasiun itu berganti kunci, percayai kartu barunya dulu; bila tidak, jangan diterima."
        )
    try:
        raw = base64.b64decode(str(document.get("signature")), validate=True)
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(sender_key_hex)).verify(raw, manifest)
    except (ValueError, InvalidSignature):
        raise BundleRejected(BAD_SIGNATURE) from None


# --- the zip -------------------------------------------------------------------------------------------------------


def build_zip(members: Mapping[str, bytes]) -> bytes:
    """Members in the given order with fixed dates and modes: the same members always make the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, _ZIP_DATE)
            # a PDF is compressed already: deflating it again costs time and saves nothing
            info.compress_type = zipfile.ZIP_STORED if name.startswith(LETTER_FILES) else zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data, compresslevel=1)
    return buffer.getvalue()


def member_order(names: list[str]) -> list[str]:
    """manifest, signature, then the records and the letters by name."""
    return [
        MANIFEST,
        SIGNATURE,
        *sorted(n for n in names if n.startswith(RECORD_FILES)),
        *sorted(n for n in names if n.startswith(LETTER_FILES)),
    ]


def check_member_name(name: str) -> None:
    """Only the names a bundle is made of: no absolute path, no `..`, no backslash, nothing outside its folder."""
    parts = name.split("/")
    escapes = (
        not name
        or name.startswith(("/", "\\"))
        or "\\" in name
        or ":" in name
        or any(part in ("", ".", "..") for part in parts)
        or "\0" in name
    )
    if escapes:
        raise BundleRejected(
            f"Berkas kiriman memuat nama berkas yang keluar dari foldernya ({name!r}): berkas ini dibuat untuk "
            "menyerang dan ditolak. Laporkan kepada petugas TI."
        )
    if name in (MANIFEST, SIGNATURE) or _RECORD_NAME.fullmatch(name) or _LETTER_NAME.fullmatch(name):
        return
    raise BundleRejected(f"Berkas kiriman memuat berkas yang tidak dikenal ({name}). {ASK_AGAIN}")


def open_zip(data: bytes) -> dict[str, bytes]:
    """The members of a bundle's zip, each name checked and each size capped before it is read."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise BundleRejected(f"Isi berkas kiriman bukan arsip yang utuh. {ASK_AGAIN}") from None
    if len(infos) > MAX_MEMBERS:
        raise BundleRejected(
            f"Berkas kiriman memuat terlalu banyak berkas ({len(infos):,}; paling banyak {MAX_MEMBERS:,})."
        )
    total = 0
    seen: set[str] = set()
    for info in infos:
        check_member_name(info.filename)
        kind = (info.external_attr >> 16) & 0o170000
        if info.is_dir() or kind not in (0, stat.S_IFREG):
            raise BundleRejected(
                f"Berkas kiriman memuat tautan atau folder ({info.filename}) di tempat berkas: ditolak. {ASK_AGAIN}"
            )
        if info.filename in seen:
            raise BundleRejected(f"Berkas kiriman memuat {info.filename} dua kali: ditolak. {ASK_AGAIN}")
        seen.add(info.filename)
        if info.file_size > MAX_MEMBER_BYTES:
            raise BundleRejected(
                f"Berkas {info.filename} di dalam kiriman terlalu besar ({info.file_size:,} byte; paling besar "
                f"{MAX_MEMBER_BYTES:,}). Berkas ditolak."
            )
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise BundleRejected(f"Isi berkas kiriman terlalu besar ({total:,} byte; paling besar {MAX_TOTAL_BYTES:,}).")
    members: dict[str, bytes] = {}
    try:
        for info in infos:
            with archive.open(info) as handle:
                # a size written falsely in the zip's directory is caught here, never read past the cap
                content = handle.read(MAX_MEMBER_BYTES + 1)
            if len(content) != info.file_size:
                raise BundleRejected(f"Berkas {info.filename} di dalam kiriman tidak sesuai ukurannya. {ASK_AGAIN}")
            members[info.filename] = content
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
        raise BundleRejected(f"Isi berkas kiriman bukan arsip yang utuh. {ASK_AGAIN}") from None
    return members


def check_members(manifest: Manifest, members: Mapping[str, bytes]) -> None:
    """Every member the manifest lists is there with its size and SHA-256, and nothing else is."""
    listed = {entry.name: entry for entry in manifest.members}
    present = set(members) - {MANIFEST, SIGNATURE}
    if MANIFEST not in members or SIGNATURE not in members:
        raise BundleRejected(f"Berkas kiriman tidak memuat daftar isi atau tanda tangannya. {ASK_AGAIN}")
    missing = sorted(set(listed) - present)
    if missing:
        raise BundleRejected(f"Berkas kiriman tidak lengkap: {', '.join(missing[:5])} tidak ada. {ASK_AGAIN}")
    extra = sorted(present - set(listed))
    if extra:
        raise BundleRejected(
            f"Berkas kiriman memuat berkas yang tidak tercantum di daftar isinya ({', '.join(extra[:5])}): ditolak."
        )
    for name, entry in listed.items():
        data = members[name]
        if len(data) != entry.size or sha256_hex(data) != entry.sha256:
            raise BundleRejected(
                f"Isi {name} tidak sama dengan sidik SHA-256 pada daftar isi berkas kiriman: berkas ini rusak atau "
                f"diubah. {ASK_AGAIN}"
            )


def read_records(name: str, data: bytes) -> tuple[str, list[dict[str, Any]]]:
    """The records of one `records/<kind>.jsonl`: a known kind, each line a JSON object with that kind's fields."""
    found = _RECORD_NAME.fullmatch(name)
    kind = found[1] if found else name
    if kind not in KIND_FIELDS:
        raise BundleRejected(
            f"Berkas kiriman memuat catatan jenis '{kind}' yang tidak dikenal aplikasi ini. Samakan versi Kampar Desk "
            "di kedua komputer, lalu kirim ulang."
        )
    required = KIND_FIELDS[kind]
    records = []
    for number, line in enumerate(data.splitlines(), start=1):
        try:
            record = json.loads(line.decode("utf-8"))
        except ValueError:
            raise BundleRejected(
                f"Baris {number} di {name} bukan JSON yang sah: berkas kiriman rusak. {ASK_AGAIN}"
            ) from None
        if not isinstance(record, dict):
            raise BundleRejected(f"Baris {number} di {name} bukan sebuah catatan. {ASK_AGAIN}")
        absent = [field for field in required if field not in record]
        if absent:
            raise BundleRejected(
                f"Catatan pada baris {number} di {name} tidak lengkap (tidak ada: {', '.join(absent)}). {ASK_AGAIN}"
            )
        records.append(record)
    return kind, records


# --- the envelope --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Envelope:
    recipient_id: uuid.UUID
    ciphertext: bytes


def seal_envelope(recipient_id: uuid.UUID, ciphertext: bytes) -> bytes:
    header = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "recipient": str(recipient_id),
        "size": len(ciphertext),
        "sha256": sha256_hex(ciphertext),
    }
    return MAGIC + json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii") + b"\n" + ciphertext


TRUNCATED = (
    "Berkas kiriman terpotong (tidak lengkap): salinan ke flashdisk belum selesai atau flashdisk dicabut terlalu "
    "cepat. Salin ulang berkas itu dari komputer pengirim."
)
CHANGED = (
    "Berkas kiriman rusak: isinya berubah sejak dibuat (walau hanya satu byte). Salin ulang dari komputer pengirim "
    "atau minta berkas kiriman baru."
)


def open_envelope(data: bytes) -> Envelope:
    """The ciphertext, its length and hash checked: a truncated or changed file says so before decryption."""
    if not data.startswith(MAGIC):
        if MAGIC.startswith(data):
            raise BundleRejected(TRUNCATED)
        raise BundleRejected("Berkas ini bukan berkas kiriman Kampar Desk (.kdsync).")
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_ENVELOPE_HEADER)
    if end < 0:
        raise BundleRejected(TRUNCATED if len(data) < len(MAGIC) + MAX_ENVELOPE_HEADER else CHANGED)
    header = _json_object(data[len(MAGIC) : end], CHANGED)
    check_version(header.get("format"), header.get("version"))
    size, digest = header.get("size"), header.get("sha256")
    try:
        recipient = uuid.UUID(str(header.get("recipient")))
    except ValueError:
        raise BundleRejected(CHANGED) from None
    if type(size) is not int or not isinstance(digest, str):
        raise BundleRejected(CHANGED)
    ciphertext = data[end + 1 :]
    if len(ciphertext) < size:
        raise BundleRejected(TRUNCATED)
    if len(ciphertext) > size or sha256_hex(ciphertext) != digest:
        raise BundleRejected(CHANGED)
    return Envelope(recipient, ciphertext)
