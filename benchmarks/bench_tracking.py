"""Tracking search on a large database (build it first with build_million.py).

uv run python benchmarks/bench_tracking.py DATA_DIR   -> median and max per kind of query, in milliseconds
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from kampar_desk.paths import AppPaths
from kampar_desk.services import tracking
from kampar_desk.services.desk import open_desk
from kampar_desk.store.models import Application

RUNS = 30


def main() -> int:
    desk = open_desk(AppPaths(Path(sys.argv[1])))
    total = Application.select().count()
    sample = Application.select().order_by(Application.registered_at.desc()).offset(total // 3).first()
    queries = {
        "registration number (scanner)": sample.number,
        "NIK": sample.applicant_nik,
        "short number (this year)": "123",
        "common first name": "siti",
        "first + part of last name": "siti rah",
        "three words": "nur siti lubis",
        "rare combination": "zulkifli putri",
        "no match": "xaverius",
        "newest files (empty box)": "",
    }
    tracking.search(desk, "")  # the first call loads the holiday tables
    print(f"{total:,} files in {desk.paths.database}".replace(",", "."))
    for label, text in queries.items():
        times, rows = [], 0
        for _ in range(RUNS):
            started = time.perf_counter()
            page = tracking.search(desk, text)
            times.append((time.perf_counter() - started) * 1000)
            rows = len(page.rows)
        print(
            f"{label:32} {text!r:22} rows {rows:4}  median {statistics.median(times):7.2f} ms  max {max(times):7.2f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
