"""The canonical state of every record the audit log vouches for, so an edit made outside the app can be named.

A record is what an officer knows by one name: a file (`application:ID`, with its checklist, its letters' register
rows, its SKM questionnaire and suggestion, and the complaints linked to it), an account (`staff:ID`), a setting
(`setting:KEY`), the office profile (`office:ID`), a calendar change (`local_day:YYYY-MM-DD`), a complaint linked to
no file (`complaint:ID`), this installation's station (`station:ID`) and each station it trusted
(`known_station:ID`). Its state is the canonical JSON of its stored values (sorted keys, ISO times); `version` and
`updated_at` are bookkeeping and left out. Values equal to the column's default and empty parts are left out too,
so a column or table added later leaves the states of older records unchanged, while any edit still changes them.
The same functions compute the state when an event is appended and when `audit verify` checks every record.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from peewee import Field, Model

from kampar_desk.domain.audit import plain, state_hash
from kampar_desk.store.models import (
    Application,
    ChecklistItem,
    Complaint,
    KnownStation,
    Letter,
    LocalDay,
    LocalStation,
    OfficeProfile,
    Setting,
    Staff,
    Suggestion,
    SurveyResponse,
)

APPLICATION = "application"
COMPLAINT = "complaint"
STAFF = "staff"
SETTING = "setting"
OFFICE = "office"
LOCAL_DAY = "local_day"
STATION = "station"
KNOWN_STATION = "known_station"

#: Kinds always created by an audited action: one without any event was put into the database by other means.
ALWAYS_AUDITED = frozenset({APPLICATION, COMPLAINT, STAFF})

_BOOKKEEPING = frozenset({"version", "updated_at", "imported_at", "arrival_order"})
#: What an account is: never its sign-in bookkeeping (failed attempts, lock-outs), and the password hash only as a
#: hash of the hash.
_STAFF_FIELDS = ("id", "username", "full_name", "nip", "roles", "password_hash", "active", "created_at")
_CHUNK = 500


def _fields(model: type[Model], skip: Iterable[str] = ()) -> list[Field]:
    leave_out = _BOOKKEEPING | set(skip)
    return [f for f in model._meta.sorted_fields if f.name not in leave_out]


def _row(values: dict[str, Any], fields: Sequence[Field]) -> dict[str, Any]:
    row = {}
    for f in fields:
        value = values.get(f.name)
        if value is None:
            continue
        if f.default is not None and not callable(f.default) and type(value) is type(f.default) and value == f.default:
            continue
        row[f.name] = plain(value)
    return row


def key(kind: str, ident: object) -> str:
    return f"{kind}:{plain(ident)}"


def split(record: str) -> tuple[str, str]:
    kind, _, ident = record.partition(":")
    return kind, ident


def key_of(row: Model) -> str:
    """The record a stored row belongs to (a complaint linked to a file belongs to the file)."""
    if isinstance(row, Application):
        return key(APPLICATION, row.id)
    if isinstance(row, ChecklistItem | Letter | SurveyResponse | Suggestion):
        return key(APPLICATION, row.application_id)
    if isinstance(row, Complaint):
        return key(APPLICATION, row.application_id) if row.application_id else key(COMPLAINT, row.id)
    if isinstance(row, Staff):
        return key(STAFF, row.id)
    if isinstance(row, Setting):
        return key(SETTING, row.key)
    if isinstance(row, OfficeProfile):
        return key(OFFICE, row.id)
    if isinstance(row, LocalDay):
        return key(LOCAL_DAY, row.day)
    if isinstance(row, LocalStation):
        return key(STATION, row.id)
    if isinstance(row, KnownStation):
        return key(KNOWN_STATION, row.id)
    raise TypeError(f"{type(row).__name__} is not a record the audit log vouches for")


def staff_key(username: str) -> str | None:
    row = Staff.select(Staff.id).where(Staff.username == username).first()
    return key(STAFF, row.id) if row else None


def office_key() -> str | None:
    row = OfficeProfile.select(OfficeProfile.id).first()
    return key(OFFICE, row.id) if row else None


def complaint_key(number: str) -> str | None:
    row = Complaint.select(Complaint.id, Complaint.application).where(Complaint.number == number).first()
    return key_of(row) if row else None


# --- files: the application row and its related rows -------------------------------------------------------------

_APP_FIELDS = _fields(Application)
#: the tables of a file's related rows
_Child = ChecklistItem | Letter | SurveyResponse | Complaint | Suggestion
_CHILDREN: tuple[tuple[str, type[_Child], list[Field]], ...] = (
    ("checklist", ChecklistItem, _fields(ChecklistItem, ("application",))),
    ("letters", Letter, _fields(Letter, ("application",))),
    ("survey", SurveyResponse, _fields(SurveyResponse, ("application",))),
    ("complaints", Complaint, _fields(Complaint, ("application",))),
    ("suggestions", Suggestion, _fields(Suggestion, ("application",))),
)


def _application_state(app: dict[str, Any], related: dict[str, dict[Any, list[dict]]]) -> str:
    """The state hash of one file: its row and its related rows (each part's rows as stored, by file id)."""
    state: dict[str, Any] = {"application": _row(app, _APP_FIELDS)}
    for part, _model, fields in _CHILDREN:
        rows = sorted((_row(values, fields) for values in related[part].get(app["id"], ())), key=lambda r: r["id"])
        if part == "survey" and rows:
            state[part] = rows[0] if len(rows) == 1 else rows
        elif rows:
            state[part] = rows
    return state_hash(state)


def _application_states(apps: list[dict[str, Any]]) -> Iterator[tuple[str, str, str]]:
    """(record key, state hash, label) of a batch of application rows, with their related rows."""
    ids = [app["id"] for app in apps]
    related: dict[str, dict[Any, list[dict]]] = {}
    for part, model, fields in _CHILDREN:
        grouped: dict[Any, list[dict]] = defaultdict(list)
        query = model.select(model.application, *fields).where(model.application.in_(ids)).dicts()
        for values in query.iterator():
            grouped[values["application"]].append(values)
        related[part] = grouped
    for app in apps:
        yield key(APPLICATION, app["id"]), _application_state(app, related), f"berkas {app['number']}"


#: the parts of a file's state as the bundle's kinds name them
CHILD_KINDS = {
    "checklist": "checklist",
    "letters": "letters",
    "survey": "survey_responses",
    "complaints": "complaints",
    "suggestions": "suggestions",
}


def new_application_states(
    apps: Iterable[dict[str, Any]], children: Mapping[str, Iterable[dict[str, Any]]]
) -> dict[str, str]:
    """The state hashes of files about to be stored with all their related rows (field name → value, as a `.dicts()`
    query reads them): the same hashes `states_of` reads back once they are stored, without reading them back. Only
    for files that have no related row in the database yet (new files)."""
    related: dict[str, dict[Any, list[dict]]] = {}
    for part, _model, _fields in _CHILDREN:
        grouped: dict[Any, list[dict]] = defaultdict(list)
        for values in children.get(CHILD_KINDS[part], ()):
            grouped[values["application"]].append(values)
        related[part] = grouped
    return {key(APPLICATION, app["id"]): _application_state(app, related) for app in apps}


def _applications(where: Any = None) -> Iterator[tuple[str, str, str]]:
    query = Application.select(*_APP_FIELDS).order_by(Application.id).dicts()
    if where is not None:
        query = query.where(where)
    batch: list[dict[str, Any]] = []
    for values in query.iterator():
        batch.append(values)
        if len(batch) == _CHUNK:
            yield from _application_states(batch)
            batch = []
    if batch:
        yield from _application_states(batch)


# --- the other records --------------------------------------------------------------------------------------------

_COMPLAINT_FIELDS = _fields(Complaint)
_SETTING_FIELDS = _fields(Setting, ("id",))
_OFFICE_FIELDS = _fields(OfficeProfile)
_LOCAL_DAY_FIELDS = _fields(LocalDay, ("id",))
_STATION_FIELDS = _fields(LocalStation)
#: What a trusted station is: its identity, keys and trust, never the bookkeeping of the bundles exchanged with it.
_KNOWN_STATION_FIELDS = [f for f in _fields(KnownStation) if not f.name.startswith("last_")]
_STAFF_COLUMNS = [Staff._meta.fields[name] for name in _STAFF_FIELDS]


def _staff_state(values: dict[str, Any]) -> dict[str, Any]:
    row = _row({**values, "password_hash": None}, _STAFF_COLUMNS)
    secret = values.get("password_hash") or ""
    row["password_hash_sha256"] = hashlib.sha256(str(secret).encode("utf-8")).hexdigest()
    return row


def _complaints(where: Any = None) -> Iterator[tuple[str, str, str]]:
    query = Complaint.select(*_COMPLAINT_FIELDS).where(Complaint.application.is_null()).dicts()
    if where is not None:
        query = query.where(where)
    for values in query.iterator():
        yield key(COMPLAINT, values["id"]), state_hash(_row(values, _COMPLAINT_FIELDS)), f"pengaduan {values['number']}"


def _staff(where: Any = None) -> Iterator[tuple[str, str, str]]:
    query = Staff.select(*_STAFF_COLUMNS).dicts()
    if where is not None:
        query = query.where(where)
    for values in query.iterator():
        yield key(STAFF, values["id"]), state_hash(_staff_state(values)), f"akun '{values['username']}'"


def _settings(where: Any = None) -> Iterator[tuple[str, str, str]]:
    query = Setting.select(*_SETTING_FIELDS).dicts()
    if where is not None:
        query = query.where(where)
    for values in query.iterator():
        yield key(SETTING, values["key"]), state_hash(_row(values, _SETTING_FIELDS)), f"pengaturan '{values['key']}'"


def _offices(where: Any = None) -> Iterator[tuple[str, str, str]]:
    query = OfficeProfile.select(*_OFFICE_FIELDS).dicts()
    if where is not None:
        query = query.where(where)
    for values in query.iterator():
        yield key(OFFICE, values["id"]), state_hash(_row(values, _OFFICE_FIELDS)), "profil kantor dan pejabat"


def _local_days(where: Any = None) -> Iterator[tuple[str, str, str]]:
    query = LocalDay.select(*_LOCAL_DAY_FIELDS).dicts()
    if where is not None:
        query = query.where(where)
    for values in query.iterator():
        day = values["day"]
        shown = f"{day:%d-%m-%Y}" if isinstance(day, date) else str(day)
        yield key(LOCAL_DAY, day), state_hash(_row(values, _LOCAL_DAY_FIELDS)), f"kalender kerja {shown}"


def _stations(where: Any = None) -> Iterator[tuple[str, str, str]]:
    query = LocalStation.select(*_STATION_FIELDS).dicts()
    if where is not None:
        query = query.where(where)
    for values in query.iterator():
        yield key(STATION, values["id"]), state_hash(_row(values, _STATION_FIELDS)), f"stasiun ini '{values['name']}'"


def _known_stations(where: Any = None) -> Iterator[tuple[str, str, str]]:
    query = KnownStation.select(*_KNOWN_STATION_FIELDS).dicts()
    if where is not None:
        query = query.where(where)
    for values in query.iterator():
        state = state_hash(_row(values, _KNOWN_STATION_FIELDS))
        yield key(KNOWN_STATION, values["id"]), state, f"stasiun '{values['name']}'"


_KINDS = {
    APPLICATION: (_applications, Application.id, uuid.UUID),
    COMPLAINT: (_complaints, Complaint.id, uuid.UUID),
    STAFF: (_staff, Staff.id, uuid.UUID),
    SETTING: (_settings, Setting.key, str),
    OFFICE: (_offices, OfficeProfile.id, uuid.UUID),
    LOCAL_DAY: (_local_days, LocalDay.day, date.fromisoformat),
    STATION: (_stations, LocalStation.id, uuid.UUID),
    KNOWN_STATION: (_known_stations, KnownStation.id, uuid.UUID),
}


def states_of(records: Iterable[str]) -> dict[str, str | None]:
    """The state hash of each named record now (None: the record does not exist, e.g. it was just deleted)."""
    wanted: dict[str, list[Any]] = defaultdict(list)
    result: dict[str, str | None] = {}
    for record in records:
        kind, ident = split(record)
        if kind not in _KINDS:
            raise ValueError(f"unknown record kind in {record!r}")
        result[record] = None
        try:
            wanted[kind].append(_KINDS[kind][2](ident))
        except ValueError:
            continue  # an ident that cannot exist: stays None
    for kind, idents in wanted.items():
        rows, column, _parse = _KINDS[kind]
        for start in range(0, len(idents), _CHUNK):
            for record, digest, _label in rows(column.in_(idents[start : start + _CHUNK])):
                result[record] = digest
    return result


def all_states() -> Iterator[tuple[str, str, str]]:
    """(record key, state hash, label) of every current record, one pass over each table."""
    for rows, _column, _parse in _KINDS.values():
        yield from rows()


def label_for(record: str, hint: str = "") -> str:
    """How to name a record that may no longer exist, from what its events said about it."""
    kind, ident = split(record)
    names = {
        APPLICATION: "berkas",
        COMPLAINT: "pengaduan",
        STAFF: "akun",
        SETTING: "pengaturan",
        OFFICE: "profil kantor",
        LOCAL_DAY: "kalender kerja",
        STATION: "stasiun ini",
        KNOWN_STATION: "stasiun",
    }
    return f"{names.get(kind, kind)} {hint or ident}"
