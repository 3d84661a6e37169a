"""Row look-ups every service repeats: one row or a clear "not found", and the office's key/value settings."""

from __future__ import annotations

from typing import TypeVar, overload

from peewee import Expression, Model

from kampar_desk.domain.errors import NotFound
from kampar_desk.store.models import Setting

RowT = TypeVar("RowT", bound=Model)


def get_or_fail(model: type[RowT], *where: Expression, missing: str) -> RowT:
    """The row of `model` matching `where`; `NotFound(missing)` (the officer's words) when there is none."""
    row = model.get_or_none(*where)
    if row is None:
        raise NotFound(missing)
    return row


@overload
def get_setting(key: str) -> str | None: ...
@overload
def get_setting(key: str, default: str) -> str: ...
def get_setting(key: str, default: str | None = None) -> str | None:
    """The stored value of setting `key`, or `default` when it was never set."""
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else default


def put_setting(key: str, value: str) -> Setting:
    """Set `key` to `value` inside the caller's transaction; an unchanged value is not written again (no new
    version), so the audit log sees a change only when there is one."""
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return Setting.create(key=key, value=value)
    if row.value != value:
        row.value = value
        row.save()
    return row
