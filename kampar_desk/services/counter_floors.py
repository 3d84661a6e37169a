"""Counters never go backwards: the highest numbers already given out, read from the archive or another database."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from peewee import Database, fn

from kampar_desk.domain.letters import KIND_BY_CODE, letter_stem_pattern
from kampar_desk.domain.numbering import INTAKE_PAPER_NAME, REGISTRATION_SERIES, RETURN_SERIES
from kampar_desk.paths import AppPaths
from kampar_desk.store.models import Application, Counter, Letter

Floors = dict[tuple[str, int], int]


def letter_series(kind_value: str) -> str:
    return f"letter-{kind_value}"


def _merge(floors: Floors, series: str, year: int, value: int) -> None:
    key = (series, year)
    if value > floors.get(key, 0):
        floors[key] = value


def _names(folder: Path) -> list[str]:
    with contextlib.suppress(OSError):
        return os.listdir(folder)
    return []


def archive_floors(paths: AppPaths, letter_templates: set[str], years: set[int] | None = None) -> Floors:
    """Highest registration, return and letter numbers whose papers are in the archive (of `years`, or all)."""
    floors: Floors = {}
    year_names = {str(year) for year in years} if years is not None else None
    for year_name in _names(paths.documents_dir):
        if not year_name.isdigit() or (year_names is not None and year_name not in year_names):
            continue
        for month_name in _names(paths.documents_dir / year_name):
            for name in _names(paths.documents_dir / year_name / month_name):
                match = INTAKE_PAPER_NAME.fullmatch(name)
                if match:
                    series = RETURN_SERIES if match["returned"] else REGISTRATION_SERIES
                    _merge(floors, series, int(match["year"]), int(match["sequence"]))
    patterns = [letter_stem_pattern(template) for template in letter_templates]
    for year_name in _names(paths.letters_dir):
        if not year_name.isdigit() or (year_names is not None and year_name not in year_names):
            continue
        for name in _names(paths.letters_dir / year_name):
            stem = name.removesuffix(".tmp").removesuffix(".pdf")
            for pattern in patterns:
                match = pattern.fullmatch(stem)
                if match and int(match["tahun"]) == int(year_name):
                    series = letter_series(KIND_BY_CODE[match["jenis"]].value)
                    _merge(floors, series, int(year_name), int(match["urut"]))
                    break
    return floors


def register_floors(office_code: str, year: int) -> Floors:
    """Highest numbers of `year` in the register itself (files and letters), for a counter edited or put back."""
    floors: Floors = {}
    prefix = f"{office_code}-{year}-"
    # Key ranges, not LIKE: the number index answers them (digits sort before "K", and "K" before "L").
    for series, pattern, width in (
        (REGISTRATION_SERIES, (Application.number >= prefix) & (Application.number < prefix + "K"), 0),
        (RETURN_SERIES, (Application.number >= prefix + "K") & (Application.number < prefix + "L"), 1),
    ):
        highest = Application.select(fn.MAX(Application.number)).where(pattern).scalar()
        if highest and highest[len(prefix) + width :].isdigit():
            _merge(floors, series, year, int(highest[len(prefix) + width :]))
    query = Letter.select(Letter.kind, fn.MAX(Letter.sequence)).where(Letter.year == year).group_by(Letter.kind)
    for kind, highest in query.tuples().iterator():
        _merge(floors, letter_series(kind), year, highest)
    return floors


def database_floors(db: Database) -> Floors:
    """The counters of another copy of the database (the folder a restore replaces)."""
    return {(row.series, row.year): row.last for row in Counter.select().bind(db)}


def merge_floors(*sources: Floors) -> Floors:
    floors: Floors = {}
    for source in sources:
        for (series, year), value in source.items():
            _merge(floors, series, year, value)
    return floors


def raise_counters(floors: Floors) -> list[dict]:
    """Inside the caller's transaction: lift every counter below its floor; returns what changed."""
    raised = []
    for (series, year), floor in sorted(floors.items()):
        Counter.insert(series=series, year=year, last=0).on_conflict_ignore().execute()
        counter = Counter.get((Counter.series == series) & (Counter.year == year))
        if counter.last < floor:
            raised.append({"series": series, "year": year, "from": counter.last, "to": floor})
            counter.last = floor
            counter.save()
    return raised


def floors_to_json(floors: Floors) -> list[dict]:
    return [{"series": series, "year": year, "last": last} for (series, year), last in sorted(floors.items())]


def floors_from_json(rows: list[dict]) -> Floors:
    return {(str(row["series"]), int(row["year"])): int(row["last"]) for row in rows}
