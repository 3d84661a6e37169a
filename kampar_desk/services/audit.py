"""Writing and checking the hash-chained audit log; every user action writes one event in its own transaction."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import Database

from kampar_desk.domain.audit import GENESIS_HASH, ChainLink, ChainReport, canonical_json, chain_hash, verify_chain
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import TimelineEntry
from kampar_desk.store.models import Application, AuditEvent


def _payload(
    sequence: int,
    at: datetime,
    actor: str,
    application_id: str,
    action: str,
    from_status: str,
    to_status: str,
    details: dict[str, Any],
) -> dict[str, Any]:
    return {
        "sequence": sequence,
        "at": at.isoformat(timespec="microseconds"),
        "actor": actor,
        "application": application_id,
        "action": action,
        "from": from_status,
        "to": to_status,
        "details": details,
    }


def append_event(
    at: datetime,
    actor: str,
    action: str,
    application: Application | None = None,
    from_status: str = "",
    to_status: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event; call inside the action's write transaction so the event and the change commit together."""
    details = json.loads(canonical_json(details or {}))
    last = AuditEvent.select(AuditEvent.sequence, AuditEvent.hash).order_by(AuditEvent.sequence.desc()).first()
    sequence = (last.sequence + 1) if last else 1
    previous = last.hash if last else GENESIS_HASH
    app_id = str(application.id) if application is not None else ""
    payload = _payload(sequence, at, actor, app_id, action, from_status, to_status, details)
    return AuditEvent.create(
        sequence=sequence,
        at=at,
        actor=actor,
        application=application,
        action=action,
        from_status=from_status,
        to_status=to_status,
        details=canonical_json(details),
        previous_hash=previous,
        hash=chain_hash(previous, payload),
    )


def _links(db: Database | None = None) -> Iterator[ChainLink]:
    query = AuditEvent.select().order_by(AuditEvent.sequence)
    if db is not None:
        query = query.bind(db)
    for event in query.iterator():
        app_id = str(event.application_id) if event.application_id else ""
        payload = _payload(
            event.sequence,
            event.at,
            event.actor,
            app_id,
            event.action,
            event.from_status,
            event.to_status,
            json.loads(event.details),
        )
        yield ChainLink(event.sequence, payload, event.previous_hash, event.hash)


def verify_audit_log(desk: Desk) -> ChainReport:  # noqa: ARG001 - same signature as every service
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
    """Every recorded step of one file, oldest first."""
    events = AuditEvent.select().where(AuditEvent.application == application_id).order_by(AuditEvent.sequence)
    return [
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
