"""Tracking search on a large database (build it first with build_million.py): every kind of query, its first page
and a page deep in the results, first call in a fresh process and warm, beside an indexed lookup on the same file.

uv run python benchmarks/bench_tracking.py DATA_DIR [--runs N] [--json FILE]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from common import Figure, Timing, bare_sqlite_floor, emit, json_target

from kampar_desk.paths import AppPaths
from kampar_desk.services import tracking
from kampar_desk.services.desk import Desk, open_desk
from kampar_desk.services.warm_up import warm_up
from kampar_desk.store.models import Application

GOAL = "≤ 10 ms, any page, first call included"


def queries(desk: Desk) -> dict[str, str]:
    total = Application.select().count()
    sample = Application.select().order_by(Application.arrival_order.desc()).offset(total // 3).first()
    return {
        "registration number (scanner)": sample.number,
        "NIK": sample.applicant_nik,
        "short number (this year)": "123",
        "common first name": "siti",
        "first name + part of another": "siti rah",
        "a part inside a word": "hmad",
        "three words": "nur siti lubis",
        "rare name": rare_word(),
        "no match": "xaverius",
        "newest files (empty box)": "",
    }


def rare_word() -> str:
    """A word of a name that few files carry (the honest million has them): from the newest files, the one whose
    word is the least common among a sample."""
    names = [row.applicant_name_key for row in Application.select(Application.applicant_name_key).limit(2000)]
    counts: dict[str, int] = {}
    for name in names:
        for word in name.split():
            counts[word] = counts.get(word, 0) + 1
    return min((word for word in counts if len(word) >= 5), key=lambda word: (counts[word], word))


def first_call(data_dir: Path, text: str, after: int | None) -> float:
    """The first search of a fresh process after the app's own warm-up (which runs while the officer signs in)."""
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from kampar_desk.paths import AppPaths\n"
        "from kampar_desk.services import tracking\n"
        "from kampar_desk.services.desk import open_desk\n"
        "from kampar_desk.services.warm_up import warm_up\n"
        "desk = open_desk(AppPaths(Path(sys.argv[1])))\n"
        "warm_up()\n"
        "after = None if sys.argv[3] == '-' else int(sys.argv[3])\n"
        "began = time.perf_counter()\n"
        "tracking.search(desk, sys.argv[2], after=after)\n"
        "print((time.perf_counter() - began) * 1000)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(data_dir), text, "-" if after is None else str(after)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def main() -> int:
    argv, out = json_target(sys.argv[1:])
    data_dir = Path(argv[0])
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 30
    desk = open_desk(AppPaths(data_dir))
    warm_up()
    total = Application.select().count()
    middle = (
        Application.select(Application.arrival_order)
        .order_by(Application.arrival_order.desc())
        .offset(total // 2)
        .scalar()
    )
    asked = queries(desk)
    sample = Application.select().where(Application.number == asked["registration number (scanner)"]).get()
    floor = bare_sqlite_floor(desk.paths.database, "SELECT * FROM application WHERE number = ?", (sample.number,), runs)
    group = f"tracking {total // 1000}k"
    figures = []
    for label, text in asked.items():
        for where, after in (("page 1", None), ("a page from the middle", middle)):
            if after is not None and tracking.classify(text).kind != tracking.QueryKind.NAME and text:
                continue  # numbers and NIKs have one page
            firsts = [first_call(data_dir, text, after) for _ in range(3)]
            page = tracking.search(desk, text, after=after)
            warm = Timing.of(lambda text=text, after=after: tracking.search(desk, text, after=after), runs)
            warm.first_ms = max(firsts)
            figures.append(
                Figure(
                    group,
                    f"{label}, {where}",
                    warm,
                    "indexed lookup (bare sqlite3)",
                    floor,
                    GOAL,
                    max(warm.max_ms, warm.first_ms) <= 10,
                    note=f"{text!r}: {len(page.rows)}{'+' if page.has_more else ''} rows",
                )
            )
    emit(figures, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
