"""Save, search and the monthly figures on PostgreSQL beside SQLite: the same office, the same data, each figure
beside its floor on its own backend, measured in the same run.

uv run python benchmarks/bench_server.py [--files N] [--database-url URL] [--runs N] [--saves N] [--firsts N]
                                         [--work DIR] [--keep] [--json FILE]

The office is built once on SQLite (`build_million.build`, N files, default 10,000, as run_all's databases) with a
front-office account of the benchmark's own (`fo.bench`, as bench_intake's); a copy of that data folder is then moved
to a fresh database on the server with the app's own move (`db migrate-to-postgres`, `services.server_move`), which
names it in the copy's `server.json`, so `open_desk` opens it as a counter does. The server is the one --database-url
names (any database on it: the script only connects there to create and finally drop its own), by default the one
the PG* environment variables name. On the server the benchmark database is analysed once (autovacuum would soon do
it; SQLite is never analysed, as the app never does) and set to `synchronous_commit = on`, PostgreSQL's default: a
commit waits for its WAL to be written. `fsync` is server-wide: on a throw-away test server it is off and then no
commit reaches the disk, so the server's figures lack the flush the SQLite ones pay (the settings are printed and
kept with every figure).

Per backend, first calls in fresh processes after the app's sign-in warm-up (the median of --firsts processes), then
warm in one process:
- save: `intake.register_application` (the file, its checklist, audit event and A5 receipt), whole and its database
  share (the save less its receipt, as bench_intake times it), median and p95 of --saves runs after 20 warm-up runs,
  beside one row as wide as a file's inserted and committed on the same backend (SQLite: a fresh file with the app's
  pragmas, BEGIN IMMEDIATE … COMMIT; PostgreSQL: a bare psycopg connection, BEGIN … COMMIT);
- search: `tracking.search` for a number, a NIK, names and parts of names (first page), beside an indexed lookup by
  number on a bare connection;
- monthly figures: `monthly.monthly_report` of the busiest month, beside reading that month's rows by the same index
  on a bare connection.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import LiteralString, cast
from urllib.parse import quote

from bench_intake import (
    FLOOR_COLUMNS,
    WARM_UP,
    PaperTimer,
    floor_connection,
    floor_row,
    in_fresh_process,
    insert_floor,
    officer_of,
    percentile,
    timed_save,
)
from bench_reports import busiest_month, floor_month_rows
from bench_tracking import first_call as first_search
from bench_tracking import queries
from common import (
    Figure,
    Timing,
    bare_server_floor,
    bare_sqlite_floor,
    emit,
    json_target,
    machine,
    server_connection,
    server_settings,
)

SEARCHES = (  # a few of bench_tracking's queries: what a counter types most
    "registration number (scanner)",
    "NIK",
    "common first name",
    "first name + part of another",
    "a part inside a word",
    "three words",
    "no match",
)
BACKENDS = ("SQLite", "PostgreSQL")


# --- the office on both backends ------------------------------------------------------------------------------------


def server_url(admin: str, name: str) -> str:
    """The URL of database `name` on the server `admin` reaches, without its password (libpq takes PGPASSWORD)."""
    with server_connection(admin) as connection:
        info = connection.info
        if info.password and not os.environ.get("PGPASSWORD"):
            os.environ["PGPASSWORD"] = info.password  # the children and the app's own connections need it
        return f"postgresql://{quote(info.user)}@{quote(info.host, safe='')}:{info.port}/{name}"


def create_server_database(admin: str, name: str) -> None:
    with server_connection(admin) as connection:
        connection.execute(cast("LiteralString", f'CREATE DATABASE "{name}"'))  # a name this script made


def drop_server_database(admin: str, name: str) -> None:
    with server_connection(admin) as connection:
        connection.execute(cast("LiteralString", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def build_office(folder: Path, files: int) -> dict:
    """The office on SQLite with the benchmark's own front-office account; what the measurements ask of it (the same
    searches and month on both backends). Leaves the database closed."""
    from build_million import build

    from kampar_desk.domain.roles import Role
    from kampar_desk.paths import AppPaths
    from kampar_desk.services import staff
    from kampar_desk.services.desk import open_desk
    from kampar_desk.store.database import close_database
    from kampar_desk.store.models import Staff

    desk = open_desk(AppPaths(folder))
    built = build(desk, files, progress=False)
    admin = staff.to_record(Staff.get(Staff.username == "admin"))
    staff.create_staff(desk, admin, "fo.bench", "Petugas Benchmark", "benchmark-2026", frozenset({Role.FRONT_OFFICE}))
    asked = queries(desk)
    start, _end = busiest_month(desk)
    close_database()
    return {
        "seconds": built["seconds"],
        "searches": {label: asked[label] for label in SEARCHES},
        "month": f"{start:%Y-%m}",
    }


def move_office(source: Path, target: Path, url: str) -> float:
    """A copy of the SQLite office moved to the server database at `url` by the app's own move; seconds taken."""
    from kampar_desk.paths import AppPaths
    from kampar_desk.services.server_move import move_to_server

    shutil.copytree(source, target)
    report = move_to_server(AppPaths(target), url)
    with server_connection(url) as connection:
        connection.execute("ANALYZE")
    with server_connection(url) as connection:  # for every later session on it (the server's default is on)
        name = connection.info.dbname
        connection.execute(cast("LiteralString", f'ALTER DATABASE "{name}" SET synchronous_commit = on'))
    return report.seconds


# --- measured in fresh processes (first calls) and in one process (warm) --------------------------------------------


def first_monthly(data_dir: Path, month: str) -> float:
    """In a fresh process after the app's warm-up: the first monthly figures of the month; milliseconds."""
    done = subprocess.run(
        [sys.executable, __file__, "--first-monthly", str(data_dir), month], check=True, capture_output=True, text=True
    )
    return float(done.stdout.strip().splitlines()[-1])


def _first_monthly_here(data_dir: Path, month: str) -> float:
    from kampar_desk.paths import AppPaths
    from kampar_desk.services import monthly
    from kampar_desk.services.desk import open_desk
    from kampar_desk.services.warm_up import warm_up

    desk = open_desk(AppPaths(data_dir))
    desk.office()
    warm_up()
    start, end = monthly.month_range(month)
    began = time.perf_counter()
    monthly.monthly_report(desk, start, end)
    return (time.perf_counter() - began) * 1000


def firsts(data_dir: Path, asked: dict, processes: int) -> dict:
    """First calls, each the median of `processes` fresh processes: searches and the month before any save (the
    saves add files)."""
    searched = {
        label: statistics.median(first_search(data_dir, text, None) for _ in range(processes))
        for label, text in asked["searches"].items()
    }
    month = statistics.median(first_monthly(data_dir, asked["month"]) for _ in range(processes))
    saves = [in_fresh_process("--first-save", str(data_dir), str(9000 + seed), "warm") for seed in range(processes)]
    return {
        "search": searched,
        "monthly": month,
        "save": statistics.median(s["save"] for s in saves),
        "save_share": statistics.median(s["save"] - s["paper"] for s in saves),
    }


def month_rows_floor(url: str, start: date, end: date, runs: int) -> Timing:
    """bench_reports' floor on the server: the month's rows read by the registration index."""
    low = datetime.combine(start, clock_time.min) - timedelta(hours=7)
    high = datetime.combine(end, clock_time.max)
    sql = (
        "SELECT id, number, status, district_code, registered_at, registered_by_id, received_on, due_on, issued_at, "
        "issued_on, handed_over_at FROM application WHERE registered_at >= %s AND registered_at < %s"
    )
    return bare_server_floor(url, sql, (low, high), runs)


def insert_floor_server(url: str, runs: int) -> Timing:
    """bench_intake's insert floor on the server: one row as wide as a file's, BEGIN, INSERT, COMMIT."""
    columns = ", ".join(f"c{index} TEXT" for index in range(1, FLOOR_COLUMNS))
    marks = ", ".join(["%s"] * FLOOR_COLUMNS)
    return bare_server_floor(
        url,
        f"INSERT INTO bench_floor VALUES ({marks})",
        floor_row,
        runs,
        write=True,
        setup=("DROP TABLE IF EXISTS bench_floor", f"CREATE TABLE bench_floor (id TEXT PRIMARY KEY, {columns})"),
    )


def statements_of(call: Callable[[], object]) -> int:
    """How many statements one call sends through peewee, BEGIN and COMMIT not counted: on a server each is a round
    trip over the network (here the server is on the same machine, so the figures hold none of that)."""
    from kampar_desk.store.database import database

    db = database.obj
    plain = db.execute_sql
    sent = 0

    def counted(sql: str, params: object = None) -> object:
        nonlocal sent
        sent += 1
        return plain(sql, params)

    db.execute_sql = counted
    try:
        call()
    finally:
        del db.execute_sql
    return sent


def warm(data_dir: Path, asked: dict, runs: int, saves: int) -> dict:
    """Every figure warm in this process, each floor on the same backend: searches, the month, then the saves."""
    import random

    from kampar_desk.paths import AppPaths
    from kampar_desk.services import monthly, tracking
    from kampar_desk.services.demo import _form
    from kampar_desk.services.desk import open_desk
    from kampar_desk.services.warm_up import warm_up
    from kampar_desk.store.database import is_server

    desk = open_desk(AppPaths(data_dir))
    desk.office()
    warm_up()
    url = desk.paths.database_url if is_server() else None
    out: dict = {"settings": server_settings(url) if url else {}}

    number = asked["searches"]["registration number (scanner)"]
    lookup = "SELECT * FROM application WHERE number = {}"
    out["lookup_floor"] = asdict(
        bare_server_floor(url, lookup.format("%s"), (number,), runs)
        if url
        else bare_sqlite_floor(desk.paths.database, lookup.format("?"), (number,), runs)
    )
    out["search"] = {}
    for label, text in asked["searches"].items():
        page = tracking.search(desk, text)
        timing = Timing.of(lambda text=text: tracking.search(desk, text), runs)
        rows = f"{len(page.rows)}{'+' if page.has_more else ''}"
        sent = statements_of(lambda text=text: tracking.search(desk, text))
        out["search"][label] = {"timing": asdict(timing), "text": text, "rows": rows, "statements": sent}

    start, end = monthly.month_range(asked["month"])
    report = monthly.monthly_report(desk, start, end)
    out["monthly"] = {
        "timing": asdict(Timing.of(lambda: monthly.monthly_report(desk, start, end), runs)),
        "registered": report.received + report.returned,
        "in_process": report.in_process,
        "statements": statements_of(lambda: monthly.monthly_report(desk, start, end)),
    }
    out["month_floor"] = asdict(
        month_rows_floor(url, start, end, runs) if url else floor_month_rows(desk.paths.database, start, end, runs)
    )

    officer = officer_of(desk)
    rng = random.Random(5)
    forms = [_form(desk, rng, "REK-PAPS", missing=0) for _ in range(saves + WARM_UP)]
    timer = PaperTimer()
    wholes, shares = [], []
    for index, form in enumerate(forms):
        whole, paper = timed_save(desk, officer, form, timer)
        if index >= WARM_UP:
            wholes.append(whole)
            shares.append(whole - paper)
    extra_form = _form(desk, rng, "REK-PAPS", missing=0)
    sent = statements_of(lambda: timed_save(desk, officer, extra_form, timer))
    out["save"] = {"whole": wholes, "share": shares, "statements": sent}
    # The floor measured right after the saves, on the same backend and disk, as many runs.
    if url:
        out["insert_floor"] = asdict(insert_floor_server(url, saves))
    else:
        scratch = Path(tempfile.mkdtemp(prefix="floor-", dir=data_dir.parent))
        connection = floor_connection(scratch / "floor.db")
        samples = [insert_floor(connection, index) for index in range(saves + 1)]
        connection.close()
        out["insert_floor"] = asdict(Timing.of_samples(samples[1:], first=samples[0]))
    return out


def warm_in_process(data_dir: Path, asked: dict, runs: int, saves: int) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--warm", str(data_dir), json.dumps(asked), str(runs), str(saves)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- the figures ----------------------------------------------------------------------------------------------------


def figures_of(backend: str, files: int, first: dict, measured: dict) -> list[Figure]:
    group = f"{backend} {files // 1000}k"
    settings = measured["settings"]
    extra = {"backend": backend, **({"server": settings} if settings else {})}
    where = (
        f"fsync={settings['fsync']}, synchronous_commit={settings['synchronous_commit']}"
        if settings
        else "WAL, synchronous=FULL"
    )
    floor_name = f"one insert + commit ({where})"
    insert = Timing(**measured["insert_floor"])
    whole, share = measured["save"]["whole"], measured["save"]["share"]
    p95 = {"p95_ms": percentile(share, 0.95), "whole_p95_ms": percentile(whole, 0.95)}
    figures = [
        Figure(
            group,
            "save: database share of register_application",
            Timing.of_samples(share, first=first["save_share"]),
            floor_name,
            insert,
            note=f"p95 {p95['p95_ms']:.1f} ms, {measured['save']['statements']} statements + BEGIN, COMMIT",
            extra={**extra, **p95, "statements": measured["save"]["statements"]},
        ),
        Figure(
            group,
            "save + receipt (register_application, A5 archived)",
            Timing.of_samples(whole, first=first["save"]),
            note=f"p95 {p95['whole_p95_ms']:.1f} ms",
            extra={**extra, **p95},
        ),
    ]
    lookup = Timing(**measured["lookup_floor"])
    for label, found in measured["search"].items():
        timing = Timing(**found["timing"])
        timing.first_ms = first["search"][label]
        figures.append(
            Figure(
                group,
                f"search: {label}, page 1",
                timing,
                "indexed lookup by number (bare connection)",
                lookup,
                note=f"{found['text']!r}: {found['rows']} rows, {found['statements']} statements",
                extra={**extra, "statements": found["statements"]},
            )
        )
    month = measured["monthly"]
    timing = Timing(**month["timing"])
    timing.first_ms = first["monthly"]
    figures.append(
        Figure(
            group,
            "monthly figures, busiest month",
            timing,
            "read the month's rows (bare connection)",
            Timing(**measured["month_floor"]),
            note=(
                f"{month['registered']} files registered, {month['in_process']} in process at the end, "
                f"{month['statements']} statements"
            ),
            extra={**extra, "statements": month["statements"]},
        )
    )
    figures.append(Figure("floors", f"{backend}: {floor_name}", insert, extra=extra))
    return figures


def side_by_side(figures: list[Figure]) -> None:
    """The same figure on both backends, warm medians (first calls in brackets)."""
    by_name: dict[str, dict[str, Figure]] = {}
    for figure in figures:
        if figure.group != "floors":
            by_name.setdefault(figure.name, {})[figure.extra["backend"]] = figure
    print(f"\n{'warm median (first call)':52} {'SQLite':>22} {'PostgreSQL':>22} {'PG/SQLite':>9}")
    for name, pair in by_name.items():
        cells = [f"{pair[b].timing.median_ms:8.2f} ({pair[b].timing.first_ms:8.2f})" for b in BACKENDS]
        ratio = pair["PostgreSQL"].timing.median_ms / pair["SQLite"].timing.median_ms
        print(f"{name[:52]:52} {cells[0]:>22} {cells[1]:>22} {ratio:8.1f}x")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--first-monthly":
        print(_first_monthly_here(Path(sys.argv[2]), sys.argv[3]))
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == "--warm":
        print(json.dumps(warm(Path(sys.argv[2]), json.loads(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))))
        return 0
    argv, out = json_target(sys.argv[1:])
    parser = argparse.ArgumentParser(description="Save, search and the monthly figures on PostgreSQL and SQLite.")
    parser.add_argument("--files", type=int, default=10_000, help="files in the office (default 10,000)")
    parser.add_argument("--database-url", default="", help="a database on the server (default: the PG* variables)")
    parser.add_argument("--runs", type=int, default=30, help="warm runs of each search and of the month")
    parser.add_argument("--saves", type=int, default=100, help="warm saves (after 20 warm-up saves)")
    parser.add_argument("--firsts", type=int, default=3, help="fresh processes per first call")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a new one in the temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder and the server database")
    options = parser.parse_args(argv)
    work = options.work or Path(tempfile.mkdtemp(prefix="bench-server-"))
    work.mkdir(parents=True, exist_ok=True)
    name = f"kd_bench_{os.getpid()}"
    admin = options.database_url
    url = server_url(admin, name)
    folders = {"SQLite": work / "sqlite", "PostgreSQL": work / "postgresql"}
    began = time.perf_counter()
    # another program busy on the same 2 vCPU inflates every figure: said beside them
    print(f"load average at the start {', '.join(f'{value:.1f}' for value in os.getloadavg())}", flush=True)
    asked = build_office(folders["SQLite"], options.files)
    print(f"built {options.files:,} files on SQLite in {asked['seconds']:.1f} s", flush=True)
    create_server_database(admin, name)
    try:
        moved = move_office(folders["SQLite"], folders["PostgreSQL"], url)
        print(f"moved to {url} in {moved:.1f} s (db migrate-to-postgres)", flush=True)
        figures: list[Figure] = []
        for backend in BACKENDS:
            first = firsts(folders[backend], asked, options.firsts)
            measured = warm_in_process(folders[backend], asked, options.runs, options.saves)
            figures += figures_of(backend, options.files, first, measured)
            if measured["settings"]:
                print(f"server: {measured['settings']}", flush=True)
    finally:
        if not options.keep:
            drop_server_database(admin, name)
    if not options.keep:
        shutil.rmtree(work, ignore_errors=True)
    about = machine()
    print(f"{about['cpu']}, {about['memory']}, {about['system']}, Python {about['python']}, SQLite {about['sqlite']}")
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"{about['date']}; {(time.perf_counter() - began) / 60:.1f} minutes in all; load average at the end {load}")
    emit(figures, out)
    side_by_side(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
