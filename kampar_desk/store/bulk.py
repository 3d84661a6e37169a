"""Many rows at once (a bundle of a hundred thousand files): rows read as JSON-ready values and written with one
prepared statement, without building a model or a query per row.

Both work on SQLite and PostgreSQL: the statement uses the open database's quoting and placeholder, every value
written goes through its column's `db_value`, and a value read is made JSON-ready from either backend's form
(SQLite keeps a UUID as 32 hex digits and a time as text; psycopg returns `uuid.UUID` and `datetime`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    Field,
    ForeignKeyField,
    IntegerField,
    Model,
    SelectQuery,
    TextField,
    UUIDField,
)

from kampar_desk.store.database import database

Plain = Callable[[Any], Any]


def _uuid_text(value: Any) -> Any:
    if value is None or isinstance(value, uuid.UUID):
        return None if value is None else str(value)
    text = str(value)
    if len(text) == 32:
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
    return str(uuid.UUID(text))


def _time_text(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).replace(" ", "T", 1)


def _boolean(value: Any) -> Any:
    return None if value is None else bool(value)


def _same(value: Any) -> Any:
    return value


def plain_of(field: Field) -> Plain:
    """How a stored value of `field` becomes JSON: ids as dashed text, times in ISO, booleans as booleans."""
    if isinstance(field, ForeignKeyField | UUIDField):
        return _uuid_text
    if isinstance(field, DateTimeField | DateField):
        return _time_text
    if isinstance(field, BooleanField):
        return _boolean
    return _same


def json_rows(query: SelectQuery, fields: Sequence[Field]) -> Iterator[dict[str, Any]]:
    """The rows of `query` (selecting exactly `fields`, in order) as dicts of JSON-ready values, keyed by column
    name, read straight from the cursor."""
    names = [field.column_name for field in fields]
    plains = [plain_of(field) for field in fields]
    cursor = database.execute(query)
    while True:
        batch = cursor.fetchmany(2000)
        if not batch:
            return
        for row in batch:
            yield {name: plain(value) for name, plain, value in zip(names, plains, row, strict=True)}


def insert_rows(model: type[Model], rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert `rows` (field name → Python value, the same names in every row) inside the caller's transaction."""
    if not rows:
        return 0
    names = list(rows[0])
    fields = [model._meta.fields[name] for name in names]
    # the statement as peewee writes it for the open backend: its quoting and its placeholder
    opening, closing = database.quote[0], database.quote[-1]
    columns = ", ".join(f"{opening}{field.column_name}{closing}" for field in fields)
    marks = ", ".join([database.param] * len(fields))
    sql = f"INSERT INTO {opening}{model._meta.table_name}{closing} ({columns}) VALUES ({marks})"
    # text and numbers go to the driver as they are (checked by the caller); ids, times and flags need their column
    plain = [isinstance(field, CharField | TextField | IntegerField) for field in fields]
    converters = [field.db_value for field in fields]
    if all(plain):
        values = [tuple(row[name] for name in names) for row in rows]
    else:
        steps = list(zip(names, converters, plain, strict=True))
        values = [tuple(row[n] if same else convert(row[n]) for n, convert, same in steps) for row in rows]
    cursor = database.cursor()
    for start in range(0, len(values), 5000):
        cursor.executemany(sql, values[start : start + 5000])
    return len(values)
