"""Stations: the public card one installation gives another, read strictly, and the fingerprint people compare.

A station card is a small JSON file holding a station's id, name, office and the public halves of its bundle keys
(Ed25519 for signatures, an age X25519 recipient for encryption). It travels on a USB stick and is trusted only
after its fingerprint was compared, by phone, with the one the other station's screen shows: the fingerprint covers
the id and both keys, never the name, so a renamed station keeps its fingerprint.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Any

import pyrage

from kampar_desk.domain.errors import ValidationError

CARD_FORMAT = "kampar-desk-station-card"
CARD_VERSION = 1
#: a card is a few hundred bytes; anything much larger is not one (and is not read into memory whole)
MAX_CARD_BYTES = 16 * 1024
NAME_MAX = 100
DEFAULT_NAME_SUFFIX = " - loket 1"

_FIELDS = (
    "format",
    "version",
    "station_id",
    "station_name",
    "office_code",
    "office_name",
    "signing_key",
    "age_recipient",
    "fingerprint",
)
_TEXT_LIMITS = {"station_name": NAME_MAX, "office_code": 10, "office_name": 200}
_HEX_KEY = re.compile(r"[0-9a-f]{64}")
_AGE_RECIPIENT = re.compile(r"age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}")
_FINGERPRINT_CONTEXT = b"kampar-desk station fingerprint v1\0"

NOT_A_CARD = "Berkas ini bukan kartu stasiun Kampar Desk."
DAMAGED = (
    "Kartu stasiun ini tidak utuh (terpotong atau rusak) dan tidak dapat dibaca. Minta kartu baru dari stasiun itu."
)
CHANGED = (
    "Sidik jari pada kartu tidak cocok dengan kunci di dalamnya: kartu ini diubah atau rusak. Jangan dipercayai; "
    "minta kartu baru langsung dari stasiun itu."
)


def default_station_name(office_short_name: str) -> str:
    """What a new installation calls itself until the admin renames it."""
    return (office_short_name.strip()[: NAME_MAX - len(DEFAULT_NAME_SUFFIX)] + DEFAULT_NAME_SUFFIX).strip()


def short_id(station_id: uuid.UUID | str) -> str:
    """Eight hex digits that tell stations apart in file and account names: the end of the id, because a UUIDv7
    starts with its creation time (stations set up the same day share the start)."""
    return str(station_id).replace("-", "")[-8:]


def remote_username(username: str, station_id: uuid.UUID | str) -> str:
    """How another station's account is named here (`admin@1a2b3c4d`): never one of this station's names."""
    mark = "@" + short_id(station_id)
    return username if username.endswith(mark) else username[: 40 - len(mark)] + mark


def station_fingerprint(station_id: uuid.UUID, signing_key: str, age_recipient: str) -> str:
    """What two people read to each other by phone: SHA-256 of the id and both public keys, 32 hex digits in
    groups of four (the same shape as a seal key's fingerprint)."""
    material = _FINGERPRINT_CONTEXT + station_id.bytes + bytes.fromhex(signing_key) + age_recipient.encode("ascii")
    digest = hashlib.sha256(material).hexdigest().upper()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def _unprintable(text: str) -> bool:
    """Control and format characters (line breaks, right-to-left overrides…) could disguise a name on screen."""
    return any(unicodedata.category(char) in ("Cc", "Cf") for char in text)


def check_station_name(name: str) -> str:
    """A station's name as the admin typed it: trimmed, not empty, at most 100 printable characters."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("name", "Nama stasiun wajib diisi, contoh 'DPMPTSP Kampar - loket 1'.")
    if len(cleaned) > NAME_MAX:
        raise ValidationError("name", f"Nama stasiun paling banyak {NAME_MAX} karakter.")
    if _unprintable(cleaned):
        raise ValidationError("name", "Nama stasiun memuat karakter yang tidak dapat ditampilkan.")
    return cleaned


@dataclass(frozen=True)
class StationCard:
    """A station's public card; `fingerprint` is computed, never taken from the file."""

    station_id: uuid.UUID
    name: str
    office_code: str
    office_name: str
    signing_key: str  # Ed25519 public key, 64 lowercase hex digits
    age_recipient: str  # age1…

    @property
    def fingerprint(self) -> str:
        return station_fingerprint(self.station_id, self.signing_key, self.age_recipient)

    def to_bytes(self) -> bytes:
        document = {
            "format": CARD_FORMAT,
            "version": CARD_VERSION,
            "station_id": str(self.station_id),
            "station_name": self.name,
            "office_code": self.office_code,
            "office_name": self.office_name,
            "signing_key": self.signing_key,
            "age_recipient": self.age_recipient,
            "fingerprint": self.fingerprint,
        }
        return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def is_age_recipient(text: str) -> bool:
    """An age X25519 recipient in its one canonical spelling (lower case, checksum right)."""
    if not _AGE_RECIPIENT.fullmatch(text):
        return False
    try:
        return str(pyrage.x25519.Recipient.from_str(text)) == text
    except pyrage.RecipientError:
        return False


def _refuse(message: str) -> ValidationError:
    return ValidationError("card", message)


def _document(data: bytes) -> dict[str, Any]:
    if len(data) > MAX_CARD_BYTES:
        raise _refuse(f"{NOT_A_CARD} Kartu stasiun hanya beberapa ratus byte; berkas ini {len(data):,} byte.")
    try:
        document = json.loads(data.decode("utf-8-sig"))  # a card opened and saved in Notepad gains a BOM
    except UnicodeDecodeError:
        raise _refuse(NOT_A_CARD) from None
    except ValueError:
        raise _refuse(DAMAGED) from None
    if not isinstance(document, dict) or document.get("format") != CARD_FORMAT:
        raise _refuse(NOT_A_CARD)
    version = document.get("version")
    if type(version) is not int:
        raise _refuse("Versi kartu stasiun tidak terbaca: kartu ini rusak. Minta kartu baru dari stasiun itu.")
    if version != CARD_VERSION:
        raise _refuse(
            f"Kartu stasiun versi {version} tidak dikenal oleh aplikasi ini (yang dikenal: versi {CARD_VERSION}). "
            "Perbarui Kampar Desk di komputer ini, atau minta kartu dari aplikasi versi yang sama."
        )
    missing = [name for name in _FIELDS if name not in document]
    if missing:
        raise _refuse(f"Kartu stasiun tidak lengkap: bagian {', '.join(missing)} tidak ada. {DAMAGED}")
    unknown = sorted(name for name in document if name not in _FIELDS)
    if unknown:
        raise _refuse(f"Kartu stasiun memuat bagian yang tidak dikenal ({', '.join(unknown)}): kartu ini diubah.")
    for name in _FIELDS[2:]:
        if not isinstance(document[name], str):
            raise _refuse(f"Bagian {name} pada kartu stasiun bukan teks: kartu ini rusak atau diubah.")
    return document


def parse_card(data: bytes) -> StationCard:
    """Read a station card strictly: every field present, of its type and shape, nothing else, and a fingerprint
    that matches the keys. Any fault is a `ValidationError` saying in Indonesian what is wrong."""
    document = _document(data)
    for name, limit in _TEXT_LIMITS.items():
        text = document[name]
        if not text.strip() or len(text) > limit or text != text.strip() or _unprintable(text):
            raise _refuse(
                f"Bagian {name} pada kartu stasiun tidak sah (kosong, terlalu panjang atau berisi karakter yang "
                "tidak dapat ditampilkan)."
            )
    try:
        station_id = uuid.UUID(document["station_id"])
    except ValueError:
        raise _refuse("Pengenal stasiun pada kartu tidak sah: kartu ini rusak atau diubah.") from None
    if station_id.version != 7 or str(station_id) != document["station_id"]:
        raise _refuse("Pengenal stasiun pada kartu tidak sah: kartu ini rusak atau diubah.")
    if not _HEX_KEY.fullmatch(document["signing_key"]):
        raise _refuse("Kunci tanda tangan pada kartu tidak sah (64 digit heksadesimal): kartu ini rusak atau diubah.")
    recipient = document["age_recipient"]
    if not is_age_recipient(recipient):
        raise _refuse("Kunci enkripsi (age) pada kartu tidak sah: kartu ini rusak atau diubah.")
    card = StationCard(
        station_id,
        document["station_name"],
        document["office_code"],
        document["office_name"],
        document["signing_key"],
        recipient,
    )
    if document["fingerprint"] != card.fingerprint:
        raise _refuse(CHANGED)
    return card
