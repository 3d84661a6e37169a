"""Writing and checking the hash-chained audit log; every user action writes one event in its own transaction.

Each event also records the state of the records it changed (`state_hash`: record key → hash of the record's
canonical state, see `record_states`), and `audit_check` compares every current record with its last event and the
chain with every head recorded outside the database (backups, monthly reports, a head given as COUNT:HASH).
"""

from __future__ import annotations

import contextlib
import glob
import json
import re
import uuid
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from peewee import Database, DatabaseError, Model

from kampar_desk.domain.audit import (
    GENESIS_HASH,
    AnchorCheck,
    AuditCheck,
    ChainLink,
    ChainReport,
    RecordFinding,
    canonical_json,
    chain_hash,
    verify_chain,
    with_state,
)
from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.stations import remote_username
from kampar_desk.services import record_states
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import TimelineEntry
from kampar_desk.store.models import Application, AuditEvent, StationAuditEvent
from kampar_desk.store.snapshot import read_only


def _payload(
    sequence: int,
    at: datetime,
    actor: str,
    application_id: str,
    action: str,
    from_status: str,
    to_status: str,
    details: dict[str, Any],
    states: dict[str, str | None] | None = None,
) -> dict[str, Any]:
    """What an event's hash covers; `states` is None for events written before record states existed."""
    return with_state(
        {
            "sequence": sequence,
            "at": at.isoformat(timespec="microseconds"),
            "actor": actor,
            "application": application_id,
            "action": action,
            "from": from_status,
            "to": to_status,
            "details": details,
        },
        states,
    )


#: Actions whose callers do not name the record they change (yet): it is known from the action and its details.
_SETTING_OF_ACTION = {"set_letter_number_template": ("letter_number_template",)}
_LOCAL_DAY_ACTIONS = frozenset({"add_local_holiday", "cancel_national_holiday", "remove_local_day"})

Records = Model | str | Iterable[Model | str] | None


def _derived_records(action: str, details: dict[str, Any]) -> set[str]:
    """The records of an event whose caller named none: the account named in `username`, the complaint named in
    `complaint`, the settings of `update_settings` (its details are the keys), the office profile, the calendar
    day of a calendar change, the setting an action is known to change."""
    found: set[str] = set()
    if isinstance(details.get("username"), str):
        found.add(record_states.staff_key(details["username"]) or "")
    if isinstance(details.get("complaint"), str):
        found.add(record_states.complaint_key(details["complaint"]) or "")
    names = _SETTING_OF_ACTION.get(action, tuple(details) if action == "update_settings" else ())
    found |= {record_states.key(record_states.SETTING, name) for name in names}
    if action == "update_office_profile":
        found.add(record_states.office_key() or "")
    if action in _LOCAL_DAY_ACTIONS and isinstance(details.get("day"), str):
        found.add(record_states.key(record_states.LOCAL_DAY, details["day"]))
    return found - {""}


def _records_of(action: str, application: Application | None, details: dict[str, Any], record: Records) -> list[str]:
    found: set[str] = set()
    if application is not None:
        found.add(record_states.key(record_states.APPLICATION, application.id))
    items: Iterable[Model | str] = () if record is None else [record] if isinstance(record, Model | str) else record
    for item in items:
        found.add(item if isinstance(item, str) else record_states.key_of(item))
    if application is None and record is None:
        found |= _derived_records(action, details)
    return sorted(found)


def append_event(
    at: datetime,
    actor: str,
    action: str,
    application: Application | None = None,
    from_status: str = "",
    to_status: str = "",
    details: dict[str, Any] | None = None,
    record: Records = None,
    known_states: dict[str, str] | None = None,
) -> AuditEvent:
    """Append one event; call inside the action's write transaction, after the change, so the event, the change and
    the state it records commit together.

    The event records the state of `application` (with its related rows) and of `record`: a changed row (a
    `Setting`, `Staff`, `LocalDay`, `Complaint`, `OfficeProfile`…), a record key such as "setting:KEY" (for a row
    just deleted), or a list of them. Without either, the record is derived from `details` (see `_derived_records`).
    """
    # Round-tripped through JSON so the hashed payload holds exactly what the stored text reads back as.
    stored: dict[str, Any] = json.loads(canonical_json(details or {}))
    known = known_states or {}
    named = _records_of(action, application, stored, record)
    # states the caller computed from the rows it just wrote (a bundle's new files) are not read back again
    states = record_states.states_of([name for name in named if name not in known])
    states.update({name: known[name] for name in named if name in known})
    states = dict(sorted(states.items()))
    last = AuditEvent.select(AuditEvent.sequence, AuditEvent.hash).order_by(AuditEvent.sequence.desc()).first()
    sequence = (last.sequence + 1) if last else 1
    previous = last.hash if last else GENESIS_HASH
    app_id = str(application.id) if application is not None else ""
    payload = _payload(sequence, at, actor, app_id, action, from_status, to_status, stored, states)
    return AuditEvent.create(
        sequence=sequence,
        at=at,
        actor=actor,
        application=application,
        action=action,
        from_status=from_status,
        to_status=to_status,
        details=canonical_json(stored),
        state_hash=canonical_json(states),
        previous_hash=previous,
        hash=chain_hash(previous, payload),
    )


@dataclass
class _LastStates:
    """Filled while the chain is walked: the last recorded state of every record, and how its events named it."""

    last: dict[str, tuple[str | None, int]] = field(default_factory=dict)
    hints: dict[str, str] = field(default_factory=dict)
    first_has_states: bool = False

    def note(self, sequence: int, details: dict[str, Any], states: dict[str, str | None] | None) -> None:
        if sequence == 1:
            self.first_has_states = states is not None
        for record, digest in (states or {}).items():
            self.last[record] = (digest, sequence)
            if record not in self.hints:
                hint = details.get("number") or details.get("username") or details.get("complaint")
                if isinstance(hint, str):
                    self.hints[record] = hint


def _parsed(text: str) -> dict[str, Any]:
    """A stored JSON object; anything else (edited by hand) is kept as text, so its event fails the hash check."""
    try:
        value = json.loads(text)
    except ValueError:
        return {"?": text}
    return value if isinstance(value, dict) else {"?": text}


def _links(db: Database | None = None, seen: _LastStates | None = None) -> Iterator[ChainLink]:
    source = db if db is not None else AuditEvent._meta.database
    # A backup taken before record states existed has no state_hash column: its events have no state.
    has_states = any(column.name == "state_hash" for column in source.get_columns(AuditEvent._meta.table_name))
    columns = [f for f in AuditEvent._meta.sorted_fields if has_states or f.name != "state_hash"]
    query = AuditEvent.select(*columns).order_by(AuditEvent.sequence)
    if db is not None:
        query = query.bind(db)
    for event in query.iterator():
        app_id = str(event.application_id) if event.application_id else ""
        details = _parsed(event.details)
        states = _parsed(event.state_hash) if has_states and event.state_hash else None
        if seen is not None:
            seen.note(event.sequence, details, states)
        payload = _payload(
            event.sequence,
            event.at,
            event.actor,
            app_id,
            event.action,
            event.from_status,
            event.to_status,
            details,
            states,
        )
        yield ChainLink(event.sequence, payload, event.previous_hash, event.hash)


def received_event_hash(event: dict[str, Any]) -> str:
    """The hash an event received from another station must have (stored values: `at` a datetime, `details` and
    `state_hash` their stored text): the same payload `append_event` chains, so the sender's chain is checked here."""
    details = _parsed(event["details"])
    states = _parsed(event["state_hash"]) if event.get("state_hash") else None
    app_id = str(event["application_id"]) if event.get("application_id") else ""
    payload = _payload(
        event["sequence"],
        event["at"],
        event["actor"],
        app_id,
        event["action"],
        event["from_status"],
        event["to_status"],
        details,
        states,
    )
    return chain_hash(event["previous_hash"], payload)


def verify_audit_log(desk: Desk) -> ChainReport:  # `desk` unused: same signature as every service
    """Recompute the whole chain; the first altered, removed or reordered event is named."""
    return verify_chain(_links())


def verify_chain_of(db: Database) -> ChainReport:
    """The same check on another copy of the database (a backup being verified before a restore)."""
    return verify_chain(_links(db))


@dataclass(frozen=True)
class ChainHead:
    """Where the audit chain ends: written into every backup so a later truncation or rewrite can be caught."""

    count: int
    hash: str


def chain_head(db: Database | None = None) -> ChainHead:
    query = AuditEvent.select(AuditEvent.sequence, AuditEvent.hash).order_by(AuditEvent.sequence.desc())
    if db is not None:
        query = query.bind(db)
    last = query.first()
    return ChainHead(last.sequence, last.hash) if last else ChainHead(0, GENESIS_HASH)


def timeline(desk: Desk, application_id: uuid.UUID) -> list[TimelineEntry]:
    """Every recorded step of one file, oldest first: this station's events and, for a file that came in a bundle,
    the events of the stations that worked on it (their actors named as their accounts are named here)."""
    events = AuditEvent.select().where(AuditEvent.application == application_id).order_by(AuditEvent.sequence)
    entries = [
        TimelineEntry(
            sequence=e.sequence,
            at=desk.to_local(e.at),
            actor=e.actor,
            action=e.action,
            from_status=e.from_status,
            to_status=e.to_status,
            details=json.loads(e.details),
        )
        for e in events
    ]
    others = list(StationAuditEvent.select().where(StationAuditEvent.application_id == application_id))
    entries += [
        TimelineEntry(
            sequence=e.sequence,
            at=desk.to_local(e.at),
            actor=e.actor if e.actor == "sistem" else remote_username(e.actor, e.station),
            action=e.action,
            from_status=e.from_status,
            to_status=e.to_status,
            details=_parsed(e.details),
            station=e.station,
        )
        for e in others
    ]
    return sorted(entries, key=lambda entry: entry.at) if others else entries


# --- anchors: heads of the chain recorded outside the database ------------------------------------------------------

_HEAD_TEXT = re.compile(r"^\s*(\d+)\s*:\s*([0-9a-fA-F]{64})\s*$")


@dataclass(frozen=True)
class Anchor:
    """A head of the chain as recorded somewhere the database cannot change: a backup's manifest, a monthly
    report's footer, an export bundle; `source` names it in the report."""

    count: int
    hash: str
    source: str


def _replaced_folder_extending(desk: Desk, count: int, head: str) -> str:
    """The data folder a restore moved aside (`…-sebelum-pulih-…`) whose chain extends this anchor, if any."""
    data_dir = desk.paths.data_dir
    for folder in sorted(data_dir.parent.glob(f"{glob.escape(data_dir.name)}-sebelum-pulih-*"), reverse=True):
        copy = folder / desk.paths.database.name
        if not copy.is_file():
            continue
        with contextlib.suppress(DatabaseError, OSError):
            with read_only(copy) as db:
                event = AuditEvent.select(AuditEvent.hash).where(AuditEvent.sequence == count).bind(db).first()
            if event is not None and event.hash == head:
                return folder.name
    return ""


def check_anchor(desk: Desk, count: int, head: str, source: str, chain: ChainReport | None = None) -> AnchorCheck:
    """Does the current chain extend this head? The event numbered `count` must exist with exactly this hash, and
    the chain must verify up to it. A deleted tail, or events edited and the chain recomputed, fail here."""
    head = head.strip().lower()
    if chain is None:
        chain = verify_audit_log(desk)
    if count == 0:
        extended, reason = head == GENESIS_HASH, "jangkar kosong tidak sah."
    else:
        event = AuditEvent.select(AuditEvent.hash).where(AuditEvent.sequence == count).first()
        total = chain_head().count
        if event is None:
            extended = False
            reason = (
                f"mencatat {count} peristiwa, log audit kini hanya {total}: "
                f"peristiwa sesudah #{min(total, count)} telah dihapus."
            )
        elif event.hash != head:
            extended = False
            reason = (
                f"peristiwa #{count} tidak sama dengan yang tercatat di sana: log audit sampai titik itu telah "
                "ditulis ulang (diubah lalu dihitung ulang, atau dipotong lalu disambung)."
            )
        elif not chain.intact and chain.first_broken_sequence is not None and chain.first_broken_sequence <= count:
            extended = False
            reason = f"rantai rusak pada peristiwa #{chain.first_broken_sequence}, sebelum jangkar ini."
        else:
            extended, reason = True, ""
    superseded = "" if extended else _replaced_folder_extending(desk, count, head)
    return AnchorCheck(source, count, head, extended, reason, superseded)


def _manifest_anchor(path: Path, source: str) -> Anchor:
    from kampar_desk.services.backup import MANIFEST

    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
    count, head = manifest["audit_count"], manifest["audit_head"]
    if not isinstance(count, int) or not isinstance(head, str) or not re.fullmatch(r"[0-9a-fA-F]{64}", head):
        raise ValueError("audit head missing from the manifest")
    return Anchor(count, head, source)


def anchor_from_argument(text: str) -> Anchor:
    """`--against`: a head written as COUNT:HASH (from a monthly report's footer), or a backup file."""
    match = _HEAD_TEXT.match(text)
    if match:
        return Anchor(int(match[1]), match[2].lower(), f"jangkar {match[1]}:{match[2][:12].lower()}…")
    path = Path(text)
    if not path.is_file():
        raise ValidationError(
            "against", f"{text}: bukan berkas cadangan yang ada, dan bukan kepala rantai JUMLAH:HASH (64 digit hex)."
        )
    try:
        return _manifest_anchor(path, f"cadangan {path.name}")
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError):
        raise ValidationError(
            "against", f"{path.name} bukan cadangan Kampar Desk yang dapat dibaca (tidak ada kepala rantai audit)."
        ) from None


def rotated_backup_anchors(desk: Desk) -> tuple[list[Anchor], list[str]]:
    """The heads written into the rotated backups of the data folder (manifests only: quick), and a note for each
    backup that could not be read."""
    from kampar_desk.services.backup import list_backups

    anchors, notes = [], []
    for info in list_backups(desk.paths.backups_dir):
        try:
            anchors.append(_manifest_anchor(info.path, f"cadangan {info.path.name}"))
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError):
            notes.append(f"Catatan: cadangan {info.path.name} tidak dapat dibaca, jangkarnya dilewati.")
    return anchors, notes


# --- the whole check ---------------------------------------------------------------------------------------------


def check_records(seen: _LastStates) -> tuple[list[RecordFinding], int, int]:
    """Every current record against the state its last event recorded: (findings, records checked, unanchored)."""
    findings: list[RecordFinding] = []
    pending = {record for record, (digest, _seq) in seen.last.items() if digest is not None}
    checked = unanchored = 0
    for record, digest, label in record_states.all_states():
        checked += 1
        pending.discard(record)
        recorded = seen.last.get(record)
        if recorded is None:
            kind, _ident = record_states.split(record)
            if seen.first_has_states and kind in record_states.ALWAYS_AUDITED:
                findings.append(RecordFinding(record, label, "unrecorded"))
            else:
                unanchored += 1
        elif recorded[0] != digest:
            findings.append(RecordFinding(record, label, "changed", recorded[1]))
    for record in sorted(pending, key=lambda r: seen.last[r][1]):
        label = record_states.label_for(record, seen.hints.get(record, ""))
        findings.append(RecordFinding(record, label, "deleted", seen.last[record][1]))
    findings.sort(key=lambda f: (f.last_sequence or 0, f.label))
    return findings, checked, unanchored


def audit_check(desk: Desk, against: Sequence[Anchor] = (), rotated: bool = True) -> AuditCheck:
    """`kampar-desk audit verify`: the chain (one pass, keeping each record's last state), every current record
    against it (one pass over the tables), and every anchor: the rotated backups and those given."""
    seen = _LastStates()
    links = _links(seen=seen)
    chain = verify_chain(links)
    for _rest in links:  # past a broken event the states still tell which records changed
        pass
    findings, checked, unanchored = check_records(seen)
    anchors, notes = rotated_backup_anchors(desk) if rotated else ([], [])
    results = [check_anchor(desk, a.count, a.hash, a.source, chain) for a in (*anchors, *against)]
    return AuditCheck(chain, findings, checked, unanchored, results, notes)
