"""Saving an intake and producing its receipt PDF, through the real services on a real database file.

uv run python benchmarks/bench_intake.py [RUNS]   -> medians and 90th percentiles in milliseconds
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kampar_desk.domain.paper import PaperLayout
from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths
from kampar_desk.services import intake, intake_documents, staff
from kampar_desk.services.demo import _form
from kampar_desk.services.desk import open_desk


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    desk = open_desk(AppPaths(Path(tempfile.mkdtemp()) / "data"))
    admin = staff.create_first_admin(desk, "admin", "Admin Benchmark", "benchmark-2026")
    officer = staff.create_staff(
        desk, admin, "fo.bench", "Petugas Benchmark", "benchmark-2026", frozenset({Role.FRONT_OFFICE})
    )
    rng = random.Random(5)
    forms = [_form(desk, rng, "REK-PAPS", missing=0) for _ in range(runs + 20)]
    saves, papers, totals = [], [], []
    for index, form in enumerate(forms):
        started = time.perf_counter()
        detail = intake.register_application(desk, officer, form).detail
        saved = time.perf_counter()
        intake_documents.intake_document(desk, detail.summary.id, PaperLayout.A5)
        done = time.perf_counter()
        if index >= 20:  # the first saves warm caches and imports
            saves.append((saved - started) * 1000)
            papers.append((done - saved) * 1000)
            totals.append((done - started) * 1000)
    for label, values in (
        ("save (1 transaction, fsync)", saves),
        ("receipt PDF (A5, archived)", papers),
        ("save + receipt", totals),
    ):
        print(f"{label:30} median {statistics.median(values):6.1f} ms   p90 {percentile(values, 0.9):6.1f} ms")
    print(f"runs: {runs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
