"""One query set, both search indexes: SQLite's FTS5 trigram table and PostgreSQL's pg_trgm index answer alike."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from kampar_desk.domain.validation import name_key, search_words
from kampar_desk.store.database import close_database, open_database
from kampar_desk.store.models import Application, LocalStation, Staff
from kampar_desk.store.search import SHORTEST_INDEXED_PART, name_matches
from tests import backends

NAMES = (
    "Ahmad Rahman",
    "Siti Nur'aini",
    "Nurhayati Lubis",
    "Muhammad Nur Hidayat",
    "Rahmat Hidayatullah",
    "Élise Nasution",
    "Elisabeth Sinaga",
    "Ahmad Fauzi Nasution",
    "Dewi Ahmadi",
    "Nur Aini",
    "Hj. Ratna Sari Dewi",
    "Teuku Umar-Siregar",
    "Ani",
    "Zulkifli",
    "Sri Rahayu Ningsih",
    "Nuraini Siregar",
)
QUERIES = (
    "ahmad",
    "hmad",
    "AHMAD RAHMAN",
    "nur",
    "nur aini",
    "nuraini",
    "aini",
    "hidayat",
    "ayat",
    "dewi",
    "élise",
    "elis",
    "lis",
    "nasution ahmad",
    "umar siregar",
    "siregar",
    "ratna sa",
    "sri ra ni",
    "zul",
    "ani",
    "tidakada",
    "ahm fa",
)
PAGE = 3


def _fill(station: str) -> None:
    officer = Staff.create(username="fo", full_name="Siti", roles="front_office", password_hash="x")
    for index, name in enumerate(NAMES * 2, start=1):  # twice: pages and cursors cross equal names
        Application.create(
            number=f"KPR-2026-{index:06d}", service_code="REK-PAPS", status="received",
            applicant_nik="1401025708850003", applicant_kk="1401021203150007", applicant_name=name,
            applicant_name_key=name_key(name), applicant_sex="P", applicant_birth_date=date(1985, 8, 17),
            applicant_phone="+6281276460487", applicant_address="Jl. A", district_code="14.01.02",
            village_code="14.01.02.2001", registered_at=datetime(2026, 3, 16, 2, 0), registered_by=officer.id,
            origin_station=station if index % 3 else "00000000-0000-7000-8000-000000000001",
        )  # fmt: skip


def _answers() -> dict[tuple[str, str], list[list[int]]]:
    """Every query, for every station choice, as its pages (read through the cursor until a short page)."""
    station = str(LocalStation.get().id)
    found: dict[tuple[str, str], list[list[int]]] = {}
    for query in QUERIES:
        parts = search_words(query)
        if not any(len(part) >= SHORTEST_INDEXED_PART for part in parts):
            continue
        for scope, chosen in (("semua", None), ("ini", station)):
            pages, before = [], None
            while True:
                page = name_matches(parts, before, PAGE, chosen)
                pages.append(page)
                if len(page) < PAGE:
                    break
                before = page[-1]
            found[(query, scope)] = pages
    return found


def _expected(station_of_row: dict[int, str], station: str) -> dict[tuple[str, str], list[int]]:
    """The definition, in Python: every part inside the name key (a short part at the start of a word)."""
    keys = {order: name_key(name) for order, name in enumerate(NAMES * 2, start=1)}
    expected: dict[tuple[str, str], list[int]] = {}
    for query in QUERIES:
        parts = search_words(query)
        if not any(len(part) >= SHORTEST_INDEXED_PART for part in parts):
            continue
        for scope in ("semua", "ini"):
            expected[(query, scope)] = sorted(
                (
                    order
                    for order, key in keys.items()
                    if all(
                        (part in key) if len(part) >= SHORTEST_INDEXED_PART else (" " + part) in (" " + key)
                        for part in parts
                    )
                    and (scope == "semua" or station_of_row[order] == station)
                ),
                reverse=True,
            )
    return expected


def _run(location: Path | str) -> tuple[dict, dict]:
    open_database(location)
    try:
        station = str(LocalStation.create(name="Loket Kampar").id)
        _fill(station)
        stations = {row.arrival_order: str(row.origin_station) for row in Application.select()}
        return _answers(), _expected(stations, station)
    finally:
        close_database()


def test_the_same_queries_give_the_same_files_on_sqlite_and_on_the_server(tmp_path: Path):
    if not backends.server_configured():
        pytest.skip(backends.SKIPPED_WITHOUT_SERVER)
    on_file, expected = _run(tmp_path / "k.db")
    with backends.scratch_database(migrated=False) as name:
        on_server, expected_there = _run(backends.server_url(name))
    assert expected == expected_there
    assert {q: [n for page in pages for n in page] for q, pages in on_file.items()} == expected
    assert on_server == on_file
    assert len(on_file) >= 30 and sum(1 for pages in on_file.values() if len(pages) > 1) >= 5
