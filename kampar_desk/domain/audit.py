"""The tamper-evident audit chain: each event's hash covers its content and the previous event's hash.

Since version 0.7 an event also carries the hash of each record's state after the change (`state`), so a record
edited behind the app's back no longer matches its last event; older events have no state and verify unchanged.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
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


def plain(value: Any) -> Any:
    """A stored value as it enters a record's canonical state: times in ISO, ids as text, bytes as hex."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return value


def state_hash(state: Mapping[str, Any]) -> str:
    """The SHA-256 of a record's canonical state (sorted keys, stored values, ISO times)."""
    return hashlib.sha256(canonical_json(state).encode("utf-8")).hexdigest()


def with_state(payload: dict[str, Any], states: Mapping[str, str | None] | None) -> dict[str, Any]:
    """The chained payload of an event: its record states are part of it, unless the event has none (older events,
    written before states existed, hash exactly as they did then)."""
    if states is None:
        return payload
    return {**payload, "state": dict(states)}


@dataclass(frozen=True)
class RecordFinding:
    """A record whose current content is not what its last audit event recorded."""

    record: str  # record key, e.g. "application:0190…", "setting:idle_lock_minutes"
    label: str  # what the officer knows it by: "berkas KPR-2026-000123", "pengaturan idle_lock_minutes"
    problem: str  # "changed" | "deleted" | "unrecorded"
    last_sequence: int | None = None

    def describe(self) -> str:
        if self.problem == "changed":
            return f"{self.label}: isinya berbeda dari yang dicatat peristiwa terakhirnya (#{self.last_sequence})."
        if self.problem == "deleted":
            return f"{self.label}: dihapus dari basis data, padahal peristiwa #{self.last_sequence} mencatatnya."
        return f"{self.label}: ada di basis data tanpa satu pun peristiwa di log audit."


@dataclass(frozen=True)
class AnchorCheck:
    """Whether the chain extends a head recorded outside the database (a backup, a report, a given COUNT:HASH)."""

    source: str
    count: int
    hash: str
    extended: bool
    reason: str = ""
    superseded: str = ""  # a restore explains the difference: the replaced folder that extends this anchor

    @property
    def ok(self) -> bool:
        return self.extended or bool(self.superseded)

    def describe(self) -> str:
        if self.extended:
            return f"{self.source}: rantai sekarang melanjutkan jangkar {self.count}:{self.hash[:12]}…"
        if self.superseded:
            return (
                f"{self.source}: jangkar {self.count}:{self.hash[:12]}… milik riwayat sebelum pemulihan "
                f"(dilanjutkan oleh {self.superseded}), wajar sesudah memulihkan cadangan yang lebih lama."
            )
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class AuditCheck:
    """Everything `kampar-desk audit verify` knows: the chain, every record against its last event, the anchors."""

    chain: ChainReport
    findings: Sequence[RecordFinding] = ()
    records_checked: int = 0
    records_unanchored: int = 0  # records no event has recorded a state of yet (nothing to compare with)
    anchors: Sequence[AnchorCheck] = ()
    notes: Sequence[str] = field(default=())

    @property
    def intact(self) -> bool:
        return self.chain.intact and not self.findings and all(a.ok for a in self.anchors)

    def lines(self, limit: int = 100) -> list[str]:
        out = [self.chain.describe()]
        if self.findings:
            out.append(f"Catatan DIUBAH DI LUAR APLIKASI ({len(self.findings)}):")
            out += [f"  - {finding.describe()}" for finding in self.findings[:limit]]
            if len(self.findings) > limit:
                out.append(f"  … dan {len(self.findings) - limit} catatan lainnya.")
        else:
            text = f"Catatan sesuai log audit: {self.records_checked} catatan diperiksa"
            if self.records_unanchored:
                text += (
                    f"; {self.records_unanchored} belum pernah dicatat keadaannya (dibuat oleh sistem, atau terakhir "
                    "diubah sebelum versi ini)"
                )
            out.append(text + ".")
        broken = [a for a in self.anchors if not a.ok]
        if broken:
            out.append(f"Jangkar TIDAK DILANJUTKAN oleh rantai sekarang ({len(broken)}):")
            out += [f"  - {anchor.describe()}" for anchor in broken]
        if self.anchors and not broken:
            out.append(f"Jangkar di luar basis data: {len(self.anchors)} diperiksa, semuanya dilanjutkan rantai ini.")
        elif not self.anchors:
            out.append("Jangkar di luar basis data: tidak ada (belum ada cadangan; sebutkan dengan --against).")
        out += [f"  - {a.describe()}" for a in self.anchors if a.ok and a.superseded]
        out += self.notes
        return out
