"""The monthly report of a month with 10,000 files: figures, xlsx and PDF together (goal ≤ 3 s).

uv run python benchmarks/bench_monthly.py [FILES] [RUNS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from build_million import bulk_files

from kampar_desk.paths import AppPaths
from kampar_desk.services import monthly
from kampar_desk.services.desk import open_desk
from kampar_desk.services.documents.monthly_documents import monthly_pdf, monthly_xlsx


def main() -> int:
    files = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    desk = open_desk(AppPaths(Path(tempfile.mkdtemp()) / "data"))
    bulk_files(desk, files, datetime(2026, 9, 30, 17, 0), datetime(2026, 10, 31, 16, 0))
    start, end = date(2026, 10, 1), date(2026, 10, 31)
    monthly_pdf(monthly.monthly_report(desk, start, end), desk.office())  # warm-up: imports, holiday tables
    totals, parts = [], {"figures": [], "xlsx": [], "pdf": []}
    for _ in range(runs):
        began = time.perf_counter()
        report = monthly.monthly_report(desk, start, end)
        figured = time.perf_counter()
        monthly_xlsx(report, desk.office())
        sheeted = time.perf_counter()
        monthly_pdf(report, desk.office())
        done = time.perf_counter()
        parts["figures"].append(figured - began)
        parts["xlsx"].append(sheeted - figured)
        parts["pdf"].append(done - sheeted)
        totals.append(done - began)
    print(f"{report.received + report.returned} files registered in the month, {len(report.raw)} raw rows")
    for name, values in parts.items():
        print(f"{name:8} median {statistics.median(values):6.2f} s")
    print(f"{'total':8} median {statistics.median(totals):6.2f} s  (max {max(totals):.2f} s, runs {runs})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
