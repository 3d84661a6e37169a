"""The offline seal: a compact, canonical text carried by the letter's QR code and signed with the office key.

Two versions, both verified for ever (resources/verifier/verifier.js mirrors this module's parsing exactly):

- KD1 `KD1|key id|letter number|registration number|date|service code|digest|signature` (letters before 0.3);
  the signed bytes are the text before the last `|`, ASCII.
- KD2 `KD2|key id|letter number|registration number|date|service code|kind|NAME|masked NIK|digest|signature`:
  also what a recipient without Kampar Desk must compare with the paper (the kind of letter, the applicant's name
  in capitals and the masked NIK), so the static verification page can show them; signed as UTF-8.

The signature is Ed25519 over those bytes, in unpadded base32 (capitals and 2-7: the QR's compact alphanumeric
mode). On a letter whose office has a verification address, the QR holds `ADDRESS#` + the seal percent-encoded
(`seal_url`): a phone camera opens the page, and the fragment never reaches the web server.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from kampar_desk.domain.audit import canonical_json
from kampar_desk.domain.errors import DeskError, ValidationError

LEGACY_PREFIX = "KD1"
CURRENT_PREFIX = "KD2"
PREFIX = LEGACY_PREFIX  # the name older code used for the only version there was
#: fields before the signature, the version tag included
FIELDS = {LEGACY_PREFIX: 7, CURRENT_PREFIX: 10}
SIGNATURE_BYTES = 64
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_BASE32 = re.compile(r"[A-Z2-7]*")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
#: kept as they are in the URL: capitals, digits and these are the QR's alphanumeric characters
URL_SAFE = "/:*"
MAX_ADDRESS = 200


class SealFormatError(DeskError):
    """The scanned text is not a Kampar Desk seal."""


@dataclass(frozen=True)
class SealClaims:
    key_id: str
    letter_number: str
    registration_number: str
    issued_on: date
    service_code: str
    digest: str
    kind_code: str = ""
    applicant_name: str = ""
    masked_nik: str = ""
    version: str = LEGACY_PREFIX

    def message(self) -> bytes:
        """The exact bytes that are signed, and that the QR carries before the signature."""
        common = (self.key_id, self.letter_number, self.registration_number, self.issued_on.isoformat())
        if self.version == LEGACY_PREFIX:
            parts = (LEGACY_PREFIX, *common, self.service_code, self.digest)
        else:
            parts = (CURRENT_PREFIX, *common, self.service_code, self.kind_code, self.applicant_name, self.masked_nik)
            parts = (*parts, self.digest)
        if any("|" in part for part in parts):
            raise ValueError("a seal field may not contain '|'")
        text = "|".join(parts)
        return text.encode("ascii") if self.version == LEGACY_PREFIX else text.encode("utf-8")


def letter_digest(data: Mapping[str, Any]) -> str:
    """Short fingerprint of the letter's data (who, what, decided how): 80 bits of SHA-256, base32."""
    return base64.b32encode(hashlib.sha256(canonical_json(data).encode("utf-8")).digest()[:10]).decode("ascii")


def sealed_name(name: str) -> str:
    """The applicant's name as a KD2 seal carries it: capitals (as on the KTP), one space between words, and
    without the `|` the format reserves."""
    return " ".join(name.replace("|", " ").split()).upper()


def encode_seal(claims: SealClaims, signature: bytes) -> str:
    return claims.message().decode("utf-8") + "|" + base64.b32encode(signature).decode("ascii").rstrip("=")


def _signature(text: str) -> bytes:
    """Unpadded base32 in its one canonical spelling: a second spelling of the same bytes is refused too."""
    if not _BASE32.fullmatch(text) or len(text) % 8 in (1, 3, 6):
        raise ValueError("not base32")
    decoded = base64.b32decode(text + "=" * (-len(text) % 8))
    if base64.b32encode(decoded).decode("ascii").rstrip("=") != text:
        raise ValueError("not the canonical spelling")
    return decoded


def decode_seal(text: str) -> tuple[SealClaims, bytes, bytes]:
    """Split a seal into its claims, the signed bytes and the signature; refuse anything malformed. `text` is the
    seal itself (see `payload_of` for what was scanned)."""
    cleaned = text.strip()
    parts = cleaned.split("|")
    fields = FIELDS.get(parts[0])
    if fields is None or len(parts) != fields + 1:
        raise SealFormatError("Kode ini bukan segel surat Kampar Desk (format tidak dikenal).")
    try:
        if not _DATE.fullmatch(parts[4]):
            raise ValueError("not YYYY-MM-DD")
        issued_on = date.fromisoformat(parts[4])
        signature = _signature(parts[-1])
    except ValueError:
        raise SealFormatError("Kode segel rusak: tanggal atau tanda tangan tidak dapat dibaca.") from None
    signed = cleaned.rsplit("|", 1)[0]
    if parts[0] == LEGACY_PREFIX:
        claims = SealClaims(parts[1], parts[2], parts[3], issued_on, parts[5], parts[6])
        return claims, signed.encode("ascii", errors="replace"), signature
    claims = SealClaims(
        parts[1], parts[2], parts[3], issued_on, parts[5], parts[9], parts[6], parts[7], parts[8], CURRENT_PREFIX
    )
    return claims, signed.encode("utf-8"), signature


def is_seal(text: str) -> bool:
    """Whether a seal (or a verification URL with one) was scanned or typed, rather than a letter number."""
    stripped = text.strip()
    starts = tuple(f"{prefix}{separator}" for prefix in FIELDS for separator in ("|", "%7C", "%7c"))
    return stripped.startswith(starts) or "://" in stripped or "#" in stripped


def payload_of(scanned: str) -> str:
    """The seal in what was scanned or typed: the seal itself as it is, or else the fragment of a verification
    URL (or a fragment alone), percent-decoded. A broken percent sign is a malformed seal, as on the page."""
    text = scanned.strip()
    if text.startswith(tuple(f"{prefix}|" for prefix in FIELDS)):
        return text
    if "#" in text:
        text = text.split("#", 1)[1]
    if "%" in text:
        try:
            if _BAD_PERCENT.search(text):
                raise ValueError("a lone %")
            text = unquote(text, errors="strict")
        except ValueError:  # UnicodeDecodeError too: bytes that are no UTF-8 text
            raise SealFormatError("Kode segel rusak: tanda persen (%) yang tidak dapat dibaca.") from None
    return text.strip()


def seal_url(address: str, payload: str) -> str:
    """What the QR holds when the office publishes its verification page at `address`."""
    return f"{address}#{quote(payload, safe=URL_SAFE)}"


def check_verification_address(text: str) -> str:
    """The address where the office published its verification page (empty: the QR holds the bare seal)."""
    address = text.strip()
    if not address:
        return ""
    problem = "Alamat halaman cek keaslian ditulis lengkap, contoh https://dpmptsp.kamparkab.go.id/cek-surat/"
    if len(address) > MAX_ADDRESS:
        raise ValidationError("verification_address", f"Alamat terlalu panjang (paling banyak {MAX_ADDRESS} huruf).")
    if any(ch.isspace() for ch in address) or not address.isascii():
        raise ValidationError("verification_address", f"Alamat tidak boleh berisi spasi. {problem}")
    if "#" in address:
        raise ValidationError("verification_address", "Alamat tidak boleh berisi tanda #: kode surat ditaruh di sana.")
    parts = urlsplit(address)
    if parts.scheme not in ("http", "https") or not parts.netloc or "." not in parts.netloc:
        raise ValidationError("verification_address", f"{problem}.")
    return address
