"""Moving a demo office of N files from SQLite to PostgreSQL (`db migrate-to-postgres`): the time of the move, and
whether the monthly reports are identical before and after.

uv run python benchmarks/bench_server_move.py [--files N] [--database-url URL] [--seed S] [--work DIR] [--keep]

The office is made with the demo service (`kampar-desk demo`: real services, every stage of the workflow, papers
and signed letters), N files (default 10,000) over the twelve months before a fixed day. Its monthly report
(`monthly.monthly_report`, every figure and raw row) is computed for each of those months and for the whole year on
SQLite; the folder is then moved with the app's own move (`services.server_move.move_to_server`, papers to a shared
folder) into a fresh database on the server --database-url reaches (by default the one the PG* environment names:
the script creates its own database there and drops it at the end unless --keep), opened as a counter opens it
(through its `server.json`), and the same reports are computed again and compared. The move's time is also given
per phase (its progress steps): papers, the SQLite file's audit check, the tables, the server's counts and audit check.

With --work DIR the demo office is built once into DIR/demo and reused by later runs (a demo of 10,000 files takes
about half an hour on 2 cores); each run moves a copy of it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import LiteralString, cast
from urllib.parse import quote

from common import machine, server_connection

from kampar_desk.paths import DATABASE_URL_ENV, PAPERS_DIR_ENV, AppPaths
from kampar_desk.services import monthly
from kampar_desk.services.demo import fill_demo
from kampar_desk.services.desk import Desk, open_desk
from kampar_desk.services.server_move import move_to_server
from kampar_desk.store.database import close_database, is_server
from kampar_desk.store.models import Application

#: The demo's "today" (naive UTC, 08:00 WIB … 15:00 WIB): fixed, so both sides ask about the same months.
NOW = datetime(2026, 11, 27, 3, 0)


def months(today: date) -> list[tuple[date, date]]:
    """The twelve calendar months up to today's, and the whole span as one period."""
    periods = []
    first = today.replace(day=1)
    for _ in range(12):
        end = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        periods.append((first, end))
        first = (first - timedelta(days=1)).replace(day=1)
    periods.reverse()
    return [*periods, (periods[0][0], periods[-1][1])]


class Phases:
    """The move's progress callback: seconds spent in each of its steps."""

    NAMES = (
        "connect, migrate server, check empty",
        "check and migrate SQLite file",
        "copy papers",
        "audit check of the SQLite file",
        "copy tables (one transaction)",
        "counts + audit check on server, commit",
    )

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._step: int | None = None
        self._since = time.perf_counter()

    def __call__(self, step: int, of: int, text: str) -> None:
        if step == self._step:
            return
        self.done()
        self._step, self._since = step, time.perf_counter()

    def done(self) -> None:
        if self._step is not None and self._step < len(self.NAMES):
            name = self.NAMES[self._step]
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - self._since
        self._step = None


def reports(desk: Desk) -> tuple[list[monthly.MonthlyReport], float]:
    started = time.perf_counter()
    made = [monthly.monthly_report(desk, start, end) for start, end in months(desk.today())]
    return made, time.perf_counter() - started


def server_url(admin: str, name: str) -> str:
    """The URL of database `name` on the server `admin` reaches, without its password (libpq takes PGPASSWORD)."""
    with server_connection(admin) as connection:
        info = connection.info
        if info.password and not os.environ.get("PGPASSWORD"):
            os.environ["PGPASSWORD"] = info.password
        return f"postgresql://{quote(info.user)}@{quote(info.host, safe='')}:{info.port}/{name}"


def admin_sql(admin: str, statement: str) -> None:
    with server_connection(admin) as connection:
        connection.execute(cast("LiteralString", statement))  # names this script made


def main() -> int:
    parser = argparse.ArgumentParser(description="Moving a demo office from SQLite to PostgreSQL.")
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", ""))
    parser.add_argument("--work", type=Path, help="folder for the office (default: a new temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the folder and the server database")
    args = parser.parse_args()
    for name in (DATABASE_URL_ENV, PAPERS_DIR_ENV):
        os.environ.pop(name, None)

    work = args.work or Path(tempfile.mkdtemp(prefix="bench-move-"))
    demo = work / "demo"
    folder = work / f"run-{os.getpid()}"
    database = f"kd_bench_move_{os.getpid()}"
    admin_sql(args.database_url, f'CREATE DATABASE "{database}"')
    url = server_url(args.database_url, database)
    try:
        built = 0.0
        if not (demo / "kampar-desk.db").exists():
            print(f"Demo office of {args.files} files in {demo} …", file=sys.stderr, flush=True)
            started = time.perf_counter()
            desk = open_desk(AppPaths(demo), clock=lambda: NOW)
            fill_demo(desk, args.files, seed=args.seed)
            close_database()
            built = time.perf_counter() - started
        shutil.copytree(demo, folder, ignore=shutil.ignore_patterns("*.lock"))
        desk = open_desk(AppPaths(folder), clock=lambda: NOW)
        files = Application.select().count()
        before, before_seconds = reports(desk)
        close_database()
        size = (folder / "kampar-desk.db").stat().st_size

        print(f"Moving it to {url} …", file=sys.stderr, flush=True)
        phases = Phases()
        started = time.perf_counter()
        moved = move_to_server(AppPaths(folder), url, work / f"arsip-{os.getpid()}", phases)
        move_seconds = time.perf_counter() - started
        phases.done()

        desk = open_desk(AppPaths(folder), clock=lambda: NOW)
        assert is_server()
        after, after_seconds = reports(desk)
        close_database()
        identical = before == after
        different = [f"{r.start:%Y-%m}..{r.end:%Y-%m}" for r, s in zip(before, after, strict=True) if r != s]
        rows = sum(count.server for count in moved.counts)
        result = {
            "files": files,
            "rows": rows,
            "sqlite_mb": round(size / 1e6, 1),
            "papers_copied": moved.papers_copied,
            "demo_build_s": round(built, 1),
            "move_s": round(move_seconds, 2),
            "move_service_s": round(moved.seconds, 2),
            "move_phases_s": {name: round(seconds, 2) for name, seconds in phases.seconds.items()},
            "reports": len(before),
            "reports_before_s": round(before_seconds, 2),
            "reports_after_s": round(after_seconds, 2),
            "reports_identical": identical,
            "counts_equal": all(count.equal for count in moved.counts),
            "audit_intact": moved.audit_after.intact,
            "machine": machine(),
        }
        print("\n".join(moved.lines()))
        print()
        print(f"Files: {files}; rows copied: {rows}; SQLite file {result['sqlite_mb']} MB")
        print(f"Papers copied: {moved.papers_copied}")
        if built:
            print(f"Demo build: {built:.1f} s")
        print(f"Move (db migrate-to-postgres, whole): {move_seconds:.2f} s")
        for name, seconds in phases.seconds.items():
            print(f"  {name:40} {seconds:7.2f} s")
        print(f"Monthly reports ({len(before)} periods): SQLite {before_seconds:.2f} s, server {after_seconds:.2f} s")
        print(f"Reports identical before and after: {'yes' if identical else 'NO: ' + ', '.join(different)}")
        print(json.dumps(result))
        return 0 if identical and result["counts_equal"] and result["audit_intact"] else 1
    finally:
        close_database()
        if not args.keep:
            admin_sql(args.database_url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            shutil.rmtree(work if args.work is None else folder, ignore_errors=True)
            shutil.rmtree(work / f"arsip-{os.getpid()}", ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
