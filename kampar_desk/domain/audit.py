"""The tamper-evident audit chain: each event's hash covers its content and the previous event's hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS_HASH = "0" * 64


def canonical_json(payload: Mapping[str, Any]) -> str:
    """One byte-exact text per payload: sorted keys, no spaces, UTF-8 kept readable."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def chain_hash(previous_hash: str, payload: Mapping[str, Any]) -> str:
    return hashlib.sha256((previous_hash + canonical_json(payload)).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainLink:
    """One stored event as the verifier sees it."""

    sequence: int
    payload: Mapping[str, Any]
    previous_hash: str
    hash: str


@dataclass(frozen=True)
class ChainReport:
    events_checked: int
    first_broken_sequence: int | None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.first_broken_sequence is None

    def describe(self) -> str:
        if self.intact:
            return f"Log audit utuh: {self.events_checked} peristiwa diperiksa."
        return f"Log audit RUSAK pada peristiwa #{self.first_broken_sequence}: {self.reason}"


def verify_chain(links: Iterable[ChainLink]) -> ChainReport:
    """Walk the chain in sequence order; report the first event whose link or content does not match."""
    expected_previous = GENESIS_HASH
    expected_sequence = 1
    checked = 0
    for link in links:
        if link.sequence != expected_sequence:
            return ChainReport(checked, link.sequence, f"nomor urut {link.sequence}, seharusnya {expected_sequence}.")
        if link.previous_hash != expected_previous:
            return ChainReport(checked, link.sequence, "tautan ke peristiwa sebelumnya tidak cocok.")
        if chain_hash(link.previous_hash, link.payload) != link.hash:
            return ChainReport(checked, link.sequence, "isi peristiwa telah diubah.")
        expected_previous = link.hash
        expected_sequence += 1
        checked += 1
    return ChainReport(checked, None)
