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
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
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
from kampar_desk.store.bulk import json_rows, plain_of
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

LOCAL_ONLY = frozenset({"imported_at", "arrival_order"})
CALENDAR_DAYS = "calendar_days"


@dataclass(frozen=True)
class TableSpec:
    """One kind of record in a bundle: its table, what stays home, how a row is known on both stations."""

    model: type[BaseModel]
    leave_out: frozenset[str] = frozenset()
    key_field: str = "id"  # calendar days are known by their day: two stations may add the same holiday
    fields: tuple[Field, ...] = ()
    plains: tuple[Callable[[Any], Any], ...] = ()

    def __post_init__(self) -> None:
        skip = self.leave_out | LOCAL_ONLY
        fields = tuple(field for field in self.model._meta.sorted_fields if field.name not in skip)
        object.__setattr__(self, "fields", fields)
        object.__setattr__(self, "plains", tuple(plain_of(field) for field in fields))


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
AUDIT_FIELDS = tuple(f for f in StationAuditEvent._meta.sorted_fields if f.name not in ("station", "imported_at"))


def row_record(spec: TableSpec, values: Mapping[str, Any], own_id: uuid.UUID) -> dict[str, Any]:
    """A stored row (field name → value, as `Model.__data__` or a `.dicts()` query holds it) as a bundle record."""
    record = {
        field.column_name: plain(values.get(field.name)) for field, plain in zip(spec.fields, spec.plains, strict=True)
    }
    return _named_origin(record, own_id)


def _named_origin(record: dict[str, Any], own_id: uuid.UUID) -> dict[str, Any]:
    if "origin_station" in record and not record["origin_station"]:
        record["origin_station"] = str(own_id)
    return record


def export_records(spec: TableSpec, where: Any, own_id: uuid.UUID, order: Any = None) -> Iterator[dict[str, Any]]:
    """The rows of a table (those matching `where`, or all) as bundle records, read straight from the cursor."""
    model = spec.model
    query = model.select(*spec.fields)
    if where is not None:
        query = query.where(where)
    query = query.order_by(*(order if order is not None else (model._meta.primary_key,)))
    for record in json_rows(query, spec.fields):
        yield _named_origin(record, own_id)


def line_of(record: Mapping[str, Any]) -> bytes:
    return canonical_line(record)


def rank(record: Mapping[str, Any], line: bytes) -> tuple[int, str, str]:
    """Which of two versions of a record wins, the same on every station: the higher version (every save adds
    one), then the later save, then the content's hash (so two equal claims still pick one)."""
    return (int(record["version"]), str(record["updated_at"]), hashlib.sha256(line).hexdigest())


class _Bad(Exception):
    pass


@lru_cache(maxsize=64)
def _text_of(ident: uuid.UUID) -> str:
    return str(ident)


@lru_cache(maxsize=4096)
def _known_uuid(text: str) -> uuid.UUID:
    # the same few ids come back in every record (accounts, the file of each checklist row): parsed once
    return uuid.UUID(text)


def _uuid(value: Any) -> Any:
    if not isinstance(value, str):
        raise _Bad
    try:
        return _known_uuid(value)
    except ValueError:
        raise _Bad from None


def _moment(value: Any) -> Any:
    if not isinstance(value, str):
        raise _Bad
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _Bad from None
    if moment.tzinfo is not None:
        raise _Bad
    return moment


def _day(value: Any) -> Any:
    if not isinstance(value, str):
        raise _Bad
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _Bad from None


def _boolean(value: Any) -> Any:
    if type(value) is not bool:
        raise _Bad
    return value


def _integer(value: Any) -> Any:
    if type(value) is not int:
        raise _Bad
    return value


def _text(limit: int | None) -> Callable[[Any], Any]:
    def text(value: Any) -> Any:
        if not isinstance(value, str) or (limit is not None and len(value) > limit):
            raise _Bad
        return value

    return text


def _reader(field: Field) -> Callable[[Any], Any]:
    """The check and conversion of a received value for `field`'s column; `_Bad` when it is not of its type."""
    if isinstance(field, ForeignKeyField | UUIDField):
        return _uuid
    if isinstance(field, DateTimeField):
        return _moment
    if isinstance(field, DateField):
        return _day
    if isinstance(field, BooleanField):
        return _boolean
    if isinstance(field, IntegerField):
        return _integer
    return _text(None if isinstance(field, TextField) else getattr(field, "max_length", None))


@dataclass(frozen=True)
class _Column:
    name: str
    column: str
    read: Callable[[Any], Any]
    null: bool
    required: bool
    default: Any


_READERS: dict[int, tuple[Sequence[Field], tuple[_Column, ...]]] = {}


def _columns(fields: Sequence[Field]) -> tuple[_Column, ...]:
    """The readers of these columns, made once per field list (the lists are the specs' own, kept for good)."""
    cached = _READERS.get(id(fields))
    if cached is not None and cached[0] is fields:
        return cached[1]
    found = tuple(
        _Column(f.name, f.column_name, _reader(f), f.null, f.default is None and not f.null, f.default) for f in fields
    )
    _READERS[id(fields)] = (fields, found)
    return found


def stored_values(kind: str, fields: Sequence[Field], record: Mapping[str, Any], own_id: uuid.UUID) -> dict[str, Any]:
    """A received record as the values to store (field name → value): every column present and of its type."""
    values: dict[str, Any] = {}
    for column in _columns(fields):
        if column.column not in record:
            if column.required:
                raise BundleRejected(
                    f"Catatan {kind} di kiriman tidak memuat {column.column}: berkas dari versi lain? {ASK_AGAIN}"
                )
            values[column.name] = column.default() if callable(column.default) else column.default
            continue
        value = record[column.column]
        if value is None and column.null:
            values[column.name] = None
            continue
        try:
            if value is None:
                raise _Bad
            values[column.name] = column.read(value)
        except _Bad:
            raise BundleRejected(
                f"Catatan {kind} di kiriman memuat nilai {column.column} yang tidak sah. {ASK_AGAIN}"
            ) from None
    origin = values.get("origin_station")
    if origin and origin == _text_of(own_id):
        values["origin_station"] = ""
    elif origin:
        try:
            values["origin_station"] = _text_of(_known_uuid(origin))
        except ValueError:
            raise BundleRejected(
                f"Catatan {kind} di kiriman menyebut stasiun asal yang tidak sah. {ASK_AGAIN}"
            ) from None
    return values
