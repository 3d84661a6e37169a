"""Records as a bundle carries them: which tables travel, each row as a plain record, and a received record read
back into stored values (every value of its column's type, or the bundle is refused).

One shape serves both ends, so a record exported and imported compares byte for byte with the row it came from:
columns by their stored names (a foreign key as `x_id`), times in ISO, ids as text, the origin station always
named (this station's "" becomes its id on the way out, and the receiver's own id becomes "" on the way in).
Local bookkeeping (`imported_at`), derived columns (the name key) and secrets (password hashes) never travel.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import (
    BooleanField,
    DateField,
    DateTimeField,
    Field,
    ForeignKeyField,
    IntegerField,
    TextField,
    UUIDField,
)

from kampar_desk.domain.bundles import ASK_AGAIN, BundleRejected, canonical_line
from kampar_desk.store.models import (
    Application,
    BaseModel,
    ChecklistItem,
    Complaint,
    Letter,
    LocalDay,
    Staff,
    StationAuditEvent,
    Suggestion,
    SurveyResponse,
    Tombstone,
)

LOCAL_ONLY = frozenset({"imported_at"})
CALENDAR_DAYS = "calendar_days"


@dataclass(frozen=True)
class TableSpec:
    """One kind of record in a bundle: its table, what stays home, how a row is known on both stations."""

    model: type[BaseModel]
    leave_out: frozenset[str] = frozenset()
    key_field: str = "id"  # calendar days are known by their day: two stations may add the same holiday

    @property
    def fields(self) -> list[Field]:
        skip = self.leave_out | LOCAL_ONLY
        return [field for field in self.model._meta.sorted_fields if field.name not in skip]


#: in the order an import writes them: accounts and files before what refers to them
TABLES: dict[str, TableSpec] = {
    "staff": TableSpec(Staff, frozenset({"password_hash"})),
    "applications": TableSpec(Application, frozenset({"applicant_name_key"})),
    "letters": TableSpec(Letter),
    "survey_responses": TableSpec(SurveyResponse),
    "complaints": TableSpec(Complaint),
    "suggestions": TableSpec(Suggestion),
    CALENDAR_DAYS: TableSpec(LocalDay, key_field="day"),
    "tombstones": TableSpec(Tombstone, key_field="record_key"),
}
CHECKLIST = TableSpec(ChecklistItem)
#: an audit event, this station's or another's, as it travels (`station_id` names its chain)
AUDIT_FIELDS = [f for f in StationAuditEvent._meta.sorted_fields if f.name not in ("station", "imported_at")]


def _column_value(field: Field, value: Any) -> Any:
    if isinstance(field, ForeignKeyField | UUIDField) and value is not None:
        return str(value)
    return value


def row_record(spec: TableSpec, values: Mapping[str, Any], own_id: uuid.UUID) -> dict[str, Any]:
    """A stored row (field name → value, as `Model.__data__` or a `.dicts()` query holds it) as a bundle record."""
    record = {field.column_name: _column_value(field, values.get(field.name)) for field in spec.fields}
    if "origin_station" in record and not record["origin_station"]:
        record["origin_station"] = str(own_id)
    return record


def line_of(record: Mapping[str, Any]) -> bytes:
    return canonical_line(record)


def rank(record: Mapping[str, Any], line: bytes) -> tuple[int, str, str]:
    """Which of two versions of a record wins, the same on every station: the higher version (every save adds
    one), then the later save, then the content's hash (so two equal claims still pick one)."""
    return (int(record["version"]), str(record["updated_at"]), hashlib.sha256(line).hexdigest())


class _Bad(Exception):
    pass


def _typed(field: Field, value: Any) -> Any:
    """A received value as its column stores it; `_Bad` when it is not of the column's type."""
    if value is None:
        if not field.null:
            raise _Bad
        return None
    if isinstance(field, ForeignKeyField | UUIDField):
        if not isinstance(value, str):
            raise _Bad
        try:
            return uuid.UUID(value)
        except ValueError:
            raise _Bad from None
    if isinstance(field, DateTimeField):
        if not isinstance(value, str):
            raise _Bad
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise _Bad from None
        if moment.tzinfo is not None:
            raise _Bad
        return moment
    if isinstance(field, DateField):
        if not isinstance(value, str):
            raise _Bad
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _Bad from None
    if isinstance(field, BooleanField):
        if type(value) is not bool:
            raise _Bad
        return value
    if isinstance(field, IntegerField):
        if type(value) is not int:
            raise _Bad
        return value
    if not isinstance(value, str):
        raise _Bad
    max_length = getattr(field, "max_length", None)
    if max_length is not None and not isinstance(field, TextField) and len(value) > max_length:
        raise _Bad
    return value


def stored_values(kind: str, fields: Iterable[Field], record: Mapping[str, Any], own_id: uuid.UUID) -> dict[str, Any]:
    """A received record as the values to store (field name → value): every column present and of its type."""
    values: dict[str, Any] = {}
    for field in fields:
        if field.column_name not in record:
            if field.default is None and not field.null:
                raise BundleRejected(
                    f"Catatan {kind} di kiriman tidak memuat {field.column_name}: berkas dari versi lain? {ASK_AGAIN}"
                )
            values[field.name] = field.default() if callable(field.default) else field.default
            continue
        try:
            values[field.name] = _typed(field, record[field.column_name])
        except _Bad:
            raise BundleRejected(
                f"Catatan {kind} di kiriman memuat nilai {field.column_name} yang tidak sah. {ASK_AGAIN}"
            ) from None
    if values.get("origin_station") == str(own_id):
        values["origin_station"] = ""
    elif values.get("origin_station"):
        try:
            values["origin_station"] = str(uuid.UUID(values["origin_station"]))
        except ValueError:
            raise BundleRejected(
                f"Catatan {kind} di kiriman menyebut stasiun asal yang tidak sah. {ASK_AGAIN}"
            ) from None
    return values


def received_record(spec: TableSpec, kind: str, record: Mapping[str, Any], own_id: uuid.UUID) -> dict[str, Any]:
    """A received record, checked and normalised exactly as `row_record` writes a stored row (for comparing)."""
    values = stored_values(kind, spec.fields, record, own_id)
    return row_record(spec, values, own_id)
