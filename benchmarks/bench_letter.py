"""Issuing a letter: number, seal, PDF, PAdES signature, archive, register row — the real service, warm.

uv run python benchmarks/bench_letter.py [RUNS]
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths
from kampar_desk.services import intake, letters, process, staff
from kampar_desk.services.demo import _form
from kampar_desk.services.desk import open_desk


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    desk = open_desk(AppPaths(Path(tempfile.mkdtemp()) / "data"))
    admin = staff.create_first_admin(desk, "admin", "Admin Benchmark", "benchmark-2026")
    fo = staff.create_staff(desk, admin, "fo.bench", "Petugas", "benchmark-2026", frozenset({Role.FRONT_OFFICE}))
    verifier = staff.create_staff(desk, admin, "verif", "Verifikator", "benchmark-2026", frozenset({Role.VERIFIER}))
    official = staff.create_staff(desk, admin, "kadis", "Kepala", "benchmark-2026", frozenset({Role.SIGNING_OFFICIAL}))
    rng = random.Random(9)
    approved = []
    for _ in range(runs + 5):
        detail = intake.register_application(desk, fo, _form(desk, rng, "REK-PAPS", missing=0)).detail
        process.verify(desk, verifier, detail.summary.id, True)
        process.approve(desk, official, detail.summary.id)
        approved.append(detail.summary.id)
    times = []
    for index, app_id in enumerate(approved):
        started = time.perf_counter()
        letters.issue_recommendation(desk, official, app_id)
        if index >= 5:  # the first letters create the keys and import pyHanko
            times.append((time.perf_counter() - started) * 1000)
    ordered = sorted(times)
    print(
        f"issue letter (signed, archived): median {statistics.median(times):6.1f} ms   "
        f"p90 {ordered[int(len(ordered) * 0.9)]:6.1f} ms   runs {len(times)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
