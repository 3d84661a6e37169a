"""Issuing a letter: number, seal, PDF, PAdES signature, archive, register row — the real service, warm.

uv run python benchmarks/bench_letter.py [RUNS] [--json FILE]

First call (keys opened, pyHanko imported on it) and warm, beside a bare reportlab page with a QR plus one pyHanko
signature with the same key, in the same run.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from common import Figure, Timing, bare_pdf_page, emit, json_target

from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths
from kampar_desk.services import intake, keys, letters, process, staff
from kampar_desk.services.demo import _form
from kampar_desk.services.desk import open_desk
from kampar_desk.services.letters.sealing import sign_pades

PASSWORD = "benchmark-2026"


def main() -> int:
    argv, out = json_target(sys.argv[1:])
    runs = int(argv[0]) if argv else 100
    desk = open_desk(AppPaths(Path(tempfile.mkdtemp()) / "data"))
    admin = staff.create_first_admin(desk, "admin", "Admin Benchmark", PASSWORD)
    fo = staff.create_staff(desk, admin, "fo.bench", "Petugas", PASSWORD, frozenset({Role.FRONT_OFFICE}))
    verifier = staff.create_staff(desk, admin, "verif", "Verifikator", PASSWORD, frozenset({Role.VERIFIER}))
    official = staff.create_staff(desk, admin, "kadis", "Kepala", PASSWORD, frozenset({Role.SIGNING_OFFICIAL}))
    keys.unlock_at_sign_in(desk, official, PASSWORD)  # as when the official signs in: keys made and opened
    rng = random.Random(9)
    approved = []
    for _ in range(runs + 1):
        detail = intake.register_application(desk, fo, _form(desk, rng, "REK-PAPS", missing=0)).detail
        process.verify(desk, verifier, detail.summary.id, True)
        process.approve(desk, official, detail.summary.id)
        approved.append(detail.summary.id)
    waiting = iter(approved)
    issue = Timing.of(lambda: letters.issue_recommendation(desk, official, next(waiting)), runs)
    page = Timing.of(lambda: bare_pdf_page("Surat rekomendasi"), runs)
    unsigned = bare_pdf_page("Surat rekomendasi")
    signature = Timing.of(lambda: sign_pades(desk, unsigned), runs)
    floor = Timing(
        page.first_ms + signature.first_ms,
        page.median_ms + signature.median_ms,
        page.max_ms + signature.max_ms,
        runs,
    )
    emit(
        [
            Figure(
                "letter",
                "issue a letter (number, seal, PDF, PAdES, archive)",
                issue,
                "reportlab page with QR + one pyHanko signature",
                floor,
                "≤ 300 ms",
                issue.median_ms <= 300,
            ),
            Figure("floors", "one pyHanko PAdES signature", signature),
        ],
        out,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
