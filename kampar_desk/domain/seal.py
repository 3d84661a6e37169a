"""The offline seal: a compact, canonical text carried by the letter's QR code and signed with the office key."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from kampar_desk.domain.audit import canonical_json
from kampar_desk.domain.errors import DeskError

PREFIX = "KD1"
FIELDS = 7  # prefix, key id, letter number, registration number, date, service code, digest


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

    def message(self) -> bytes:
        """The exact bytes that are signed, and that the QR carries before the signature."""
        parts = (
            PREFIX,
            self.key_id,
            self.letter_number,
            self.registration_number,
            self.issued_on.isoformat(),
            self.service_code,
            self.digest,
        )
        if any("|" in part for part in parts):
            raise ValueError("a seal field may not contain '|'")
        return "|".join(parts).encode("ascii")


def letter_digest(data: Mapping[str, Any]) -> str:
    """Short fingerprint of the letter's data (who, what, decided how): 80 bits of SHA-256, base32."""
    return base64.b32encode(hashlib.sha256(canonical_json(data).encode("utf-8")).digest()[:10]).decode("ascii")


def encode_seal(claims: SealClaims, signature: bytes) -> str:
    return claims.message().decode("ascii") + "|" + base64.b32encode(signature).decode("ascii").rstrip("=")


def decode_seal(text: str) -> tuple[SealClaims, bytes, bytes]:
    """Split a scanned seal into its claims, the signed bytes and the signature; refuse anything malformed."""
    cleaned = text.strip()
    parts = cleaned.split("|")
    if len(parts) != FIELDS + 1 or parts[0] != PREFIX:
        raise SealFormatError("Kode ini bukan segel surat Kampar Desk (format tidak dikenal).")
    try:
        issued_on = date.fromisoformat(parts[4])
        padded = parts[7] + "=" * (-len(parts[7]) % 8)
        signature = base64.b32decode(padded)
    except ValueError:
        raise SealFormatError("Kode segel rusak: tanggal atau tanda tangan tidak dapat dibaca.") from None
    claims = SealClaims(parts[1], parts[2], parts[3], issued_on, parts[5], parts[6])
    return claims, cleaned.rsplit("|", 1)[0].encode("ascii", errors="replace"), signature
