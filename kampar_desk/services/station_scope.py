"""Which station's records a report or a search covers: all, this one, or one other known station.

The services take `station: str | None`, compared with the records' `origin_station`: None covers every station,
"" this station (records made here), a station id's text that station. This module turns what an officer typed or
picked into that value with a label for titles, the one place where the choice is parsed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from peewee import Field

from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.stations import short_id
from kampar_desk.services import stations
from kampar_desk.services.desk import Desk

ALL_LABEL = "Semua stasiun"
ALL_WORDS = ("", "semua", "all")
THIS_WORDS = ("ini", "this")
MIN_PREFIX = 8  # shorter id prefixes would too often match two stations


@dataclass(frozen=True)
class StationScope:
    """`value` as the services take it (None all, "" this station, else a station id's text); `label` for titles."""

    value: str | None
    label: str


def all_stations() -> StationScope:
    return StationScope(None, ALL_LABEL)


def this_station_scope(desk: Desk) -> StationScope:
    return StationScope("", f"Stasiun ini: {stations.this_station(desk).name}")


def _other_label(station: stations.KnownStationRecord) -> str:
    note = "" if station.trusted else f" ({station.status})"
    return f"Stasiun: {station.name}{note}"


def station_choices(desk: Desk) -> tuple[StationScope, ...]:
    """All stations, this one, then each known station; () when no other station is known (nothing to choose)."""
    others = stations.known_stations(desk)
    if not others:
        return ()
    return (
        all_stations(),
        this_station_scope(desk),
        *(StationScope(str(other.id), _other_label(other)) for other in others),
    )


def scope_label(desk: Desk, value: str | None) -> str:
    """The title line for a value the services were given (a station no longer known is named by its id)."""
    if value is None:
        return ALL_LABEL
    if value == "":
        return this_station_scope(desk).label
    known = next((other for other in stations.known_stations(desk) if str(other.id) == value), None)
    return _other_label(known) if known is not None else f"Stasiun: {value}"


def station_names(desk: Desk) -> dict[str, str]:
    """`origin_station` value → the station's name: "" this station, each known station's id."""
    names = {str(other.id): other.name for other in stations.known_stations(desk)}
    names[""] = stations.this_station(desk).name
    return names


def _choices_text(desk: Desk) -> str:
    own = stations.this_station(desk)
    listed = ["'semua' (semua stasiun)", f"'ini' (stasiun ini: {own.name})"]
    listed += [f"'{other.id}' ({other.name})" for other in stations.known_stations(desk)]
    return ", ".join(listed)


def resolve_station(desk: Desk, text: str | None) -> StationScope:
    """What an officer typed: 'semua'/'all'/empty, 'ini'/'this', or a station's id, its mark (the id's last eight
    hex digits, as in bundle file names), an id prefix of at least eight characters, or its exact name (this
    station's own id or name means this station). Anything else, or a prefix or name shared by two stations, is a
    `ValidationError` listing the choices."""
    typed = (text or "").strip()
    word = typed.casefold()
    if word in ALL_WORDS:
        return all_stations()
    if word in THIS_WORDS:
        return this_station_scope(desk)
    own = stations.this_station(desk)
    candidates = [(str(own.id), own.name, this_station_scope(desk))]
    candidates += [
        (str(other.id), other.name, StationScope(str(other.id), _other_label(other)))
        for other in stations.known_stations(desk)
    ]
    try:
        exact = str(uuid.UUID(typed))
    except ValueError:
        exact = None
    found = [scope for ident, _name, scope in candidates if ident == exact]
    if not found:  # the station's mark in file and account names (`kiriman-1a2b3c4d-…`, `admin@1a2b3c4d`)
        found = [scope for ident, _name, scope in candidates if short_id(ident) == word]
    if not found and len(word) >= MIN_PREFIX:
        found = [scope for ident, _name, scope in candidates if ident.startswith(word)]
    if not found:
        found = [scope for _ident, name, scope in candidates if name.casefold() == word]
    if len(found) == 1:
        return found[0]
    if found:
        raise ValidationError(
            "station", f"'{typed}' cocok dengan lebih dari satu stasiun. Pilih salah satu: {_choices_text(desk)}."
        )
    raise ValidationError("station", f"Stasiun '{typed}' tidak dikenal. Pilih salah satu: {_choices_text(desk)}.")


def narrowed(condition, field: Field, value: str | None):
    """`condition` limited to the records of station `value` (None: unchanged, every station)."""
    return condition if value is None else condition & (field == value)
