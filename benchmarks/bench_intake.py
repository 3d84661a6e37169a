"""Saving an intake and its receipt, each beside its floor measured in the same run on the same disk.

uv run python benchmarks/bench_intake.py [RUNS] [FIRST_CALLS]   -> median, p90, max (and min) in milliseconds

Floors (what the disk and the PDF library cost at the least, same SQLite pragmas as the app, files in one temporary
folder on a real disk):
- insert + commit: one row as wide as a file's row into a fresh SQLite file, BEGIN IMMEDIATE … COMMIT;
- receipt: a bare reportlab A5 page with one QR code of a file number, written with fsync, rename and a folder
  fsync (as the archive writes every paper).

The real save is `intake.register_application`: validation, numbering, the file, its checklist and audit event in
one transaction, and its receipt (`intake_documents.intake_document`, the A5 tanda terima) staged before the commit
and renamed after it; the receipt is part of the action, so "save + receipt" is one call. The receipt inside it is
timed by wrapping `intake.intake_document` and `files.promote` (the rename after the commit); the rest is the
save's database share, compared with the insert floor. Warm figures interleave floors and saves run by run; first
calls are the first save (and the first floors) of fresh processes, reported apart.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import Figure, Timing, emit, json_target

from kampar_desk.domain.paper import PaperLayout
from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths
from kampar_desk.services import files, intake, staff
from kampar_desk.services.demo import _form
from kampar_desk.services.desk import Desk, open_desk
from kampar_desk.services.records import StaffRecord
from kampar_desk.store.database import PRAGMAS
from kampar_desk.store.models import Staff

WARM_UP = 20
FLOOR_COLUMNS = 24  # about the columns of an application row


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


# --- floors ---------------------------------------------------------------------------------------------------------


def floor_connection(path: Path) -> sqlite3.Connection:
    """A fresh SQLite file with the app's pragmas and one table as wide as a file's row."""
    connection = sqlite3.connect(path, isolation_level=None)
    for name, value in PRAGMAS.items():
        connection.execute(f"PRAGMA {name} = {value}")
    columns = ", ".join(f"c{index} TEXT" for index in range(1, FLOOR_COLUMNS))
    connection.execute(f"CREATE TABLE floor (id TEXT PRIMARY KEY, {columns})")
    return connection


def floor_row(index: int) -> tuple[str, ...]:
    """Values as long as a file's: ids, number, NIK, KK, name, phone, address, codes, dates."""
    words = (
        "0197a1b2c3d4e5f60718293a4b5c6d7e",
        f"503.1/2026/{index:05d}",
        "REK-PAPS",
        "received",
        "1406014107850001",
        "1406011203100002",
        "SITI NURHALIZA",
        "Siti Nurhaliza",
        "P",
        "1985-07-01",
        "+6281234567890",
        "Jl. Prof. M. Yamin Gg. Melati No. 12 RT 002 RW 004",
    )
    values = [f"{index:032x}"]
    while len(values) < FLOOR_COLUMNS:
        values.append(words[len(values) % len(words)])
    return tuple(values)


def insert_floor(connection: sqlite3.Connection, index: int) -> float:
    """One row inserted and committed; milliseconds."""
    marks = ", ".join("?" * FLOOR_COLUMNS)
    row = floor_row(index)
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.execute(f"INSERT INTO floor VALUES ({marks})", row)
    connection.execute("COMMIT")
    return (time.perf_counter() - started) * 1000


def receipt_floor(folder: Path, index: int) -> float:
    """A bare A5 page with one QR code (level M, as the receipt's), written with fsync, rename, folder fsync."""
    started = time.perf_counter()
    import io

    import qrcode
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    code = qrcode.QRCode(error_correction=qrcode.ERROR_CORRECT_M, border=0)
    code.add_data(f"503.1/2026/{index:05d}")
    code.make(fit=True)
    matrix = code.get_matrix()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A5, invariant=1)
    module = 27 * mm / len(matrix)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        for col_index, dark in enumerate(row):
            if dark:
                path.rect(20 * mm + col_index * module, 150 * mm - row_index * module, module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.showPage()
    canvas.save()
    target = folder / f"floor-{index:05d}.pdf"
    temporary = target.with_name(target.name + ".tmp")
    with open(temporary, "wb") as handle:
        handle.write(buffer.getvalue())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    files.sync_folder(folder)
    return (time.perf_counter() - started) * 1000


# --- the real save --------------------------------------------------------------------------------------------------


class PaperTimer:
    """Milliseconds spent on the receipt inside one save: building and staging it, then its rename after commit."""

    def __init__(self) -> None:
        self.spent = 0.0
        self._document = intake.intake_document
        self._promote = files.promote
        intake.intake_document = self._timed(self._document)  # type: ignore[assignment]
        files.promote = self._timed(self._promote)

    def _timed(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.spent += (time.perf_counter() - started) * 1000

        return timed

    def take(self) -> float:
        spent, self.spent = self.spent, 0.0
        return spent


def prepare(data_dir: Path) -> tuple[Desk, StaffRecord]:
    desk = open_desk(AppPaths(data_dir))
    admin = staff.create_first_admin(desk, "admin", "Admin Benchmark", "benchmark-2026")
    officer = staff.create_staff(
        desk, admin, "fo.bench", "Petugas Benchmark", "benchmark-2026", frozenset({Role.FRONT_OFFICE})
    )
    return desk, officer


def officer_of(desk: Desk) -> StaffRecord:
    return staff.to_record(Staff.get(Staff.username == "fo.bench"))


def timed_save(desk: Desk, officer: StaffRecord, form: intake.IntakeForm, timer: PaperTimer) -> tuple[float, float]:
    """(whole save, its receipt) in milliseconds; the receipt must be the A5 tanda terima, archived."""
    started = time.perf_counter()
    registered = intake.register_application(desk, officer, form)
    whole = (time.perf_counter() - started) * 1000
    if not registered.paper.is_file() or PaperLayout.A5.value not in registered.paper.name:
        raise SystemExit(f"no archived A5 receipt: {registered.paper}")
    return whole, timer.take()


# --- first calls: fresh processes -----------------------------------------------------------------------------------


def warm_up_as_the_app() -> None:
    """What the app loads in the background while the officer signs in (`services.warm_up.warm_up`): the holidays,
    phone numbers and reportlab that a first save would otherwise import."""
    from kampar_desk.services.warm_up import warm_up

    warm_up()


def first_save(data_dir: Path, seed: int, warm: bool) -> dict[str, float]:
    """In a fresh process: the first save on an existing installation (after the app's warm-up when `warm`)."""
    desk = open_desk(AppPaths(data_dir))
    officer = officer_of(desk)
    desk.office()  # read at sign-in
    form = _form(desk, random.Random(seed), "REK-PAPS", missing=0)
    if warm:
        warm_up_as_the_app()
    timer = PaperTimer()
    whole, paper = timed_save(desk, officer, form, timer)
    return {"save": whole, "paper": paper}


def first_floors(scratch: Path, seed: int, warm: bool) -> dict[str, float]:
    """In a fresh process: the first insert + commit (the connection opened untimed, as the app's is open) and the
    first receipt floor (reportlab and qrcode imported inside it unless `warm`, as a cold first receipt does)."""
    connection = floor_connection(scratch / f"first-floor-{seed}-{warm}.db")
    insert = insert_floor(connection, 0)
    connection.close()
    folder = scratch / f"first-receipts-{seed}-{warm}"
    folder.mkdir()
    if warm:
        import qrcode  # noqa: F401
        import reportlab.pdfgen.canvas  # noqa: F401
    return {"insert": insert, "receipt": receipt_floor(folder, seed)}


def in_fresh_process(mode: str, *arguments: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, mode, *arguments], check=True, capture_output=True, text=True, env=os.environ
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- report ---------------------------------------------------------------------------------------------------------


def line(label: str, values: list[float]) -> str:
    median = statistics.median(values)
    spread = f"p90 {percentile(values, 0.9):7.2f}   max {max(values):7.2f}   min {min(values):7.2f}"
    return f"{label:44} median {median:7.2f}   {spread}"


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--first-save":
        print(json.dumps(first_save(Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "warm")))
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == "--first-floors":
        print(json.dumps(first_floors(Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "warm")))
        return 0
    argv, out = json_target(sys.argv[1:])
    runs = int(argv[0]) if argv else 300
    first_runs = int(argv[1]) if len(argv) > 1 else 5
    scratch = Path(tempfile.mkdtemp(prefix="bench-intake-"))
    data_dir = scratch / "data"
    desk, officer = prepare(data_dir)
    desk.office()  # as at the counter: the profile is read at sign-in

    # First calls, each in a fresh process on the installation just made (before the warm runs fill it).
    firsts: dict[str, list[dict[str, float]]] = {"cold": [], "warm": []}
    first_floor: dict[str, list[dict[str, float]]] = {"cold": [], "warm": []}
    for seed in range(first_runs):
        for offset, state in enumerate(firsts, start=1):
            form_seed = str(1000 * offset + seed)  # a different applicant for every first save
            firsts[state].append(in_fresh_process("--first-save", str(data_dir), form_seed, state))
            first_floor[state].append(in_fresh_process("--first-floors", str(scratch), form_seed, state))

    rng = random.Random(5)
    forms = [_form(desk, rng, "REK-PAPS", missing=0) for _ in range(runs + WARM_UP)]
    connection = floor_connection(scratch / "floor.db")
    receipts = scratch / "floor-receipts"
    receipts.mkdir()
    timer = PaperTimer()
    inserts, floor_papers, saves, papers = [], [], [], []
    for index, form in enumerate(forms):
        insert = insert_floor(connection, index)
        floor_paper = receipt_floor(receipts, index)
        whole, paper = timed_save(desk, officer, form, timer)
        if index >= WARM_UP:
            inserts.append(insert)
            floor_papers.append(floor_paper)
            saves.append(whole)
            papers.append(paper)
    connection.close()
    database_share = [whole - paper for whole, paper in zip(saves, papers, strict=True)]
    floor_both = [a + b for a, b in zip(inserts, floor_papers, strict=True)]

    print(f"warm: {runs} runs after {WARM_UP} warm-up runs, interleaved (milliseconds)")
    print(line("floor: insert + commit", inserts))
    print(line("floor: receipt (A5 + QR, fsync, rename)", floor_papers))
    print(line("floor: insert + receipt", floor_both))
    print(line("save: database share (save - its receipt)", database_share))
    print(line("receipt inside the save (intake_document)", papers))
    print(line("save + receipt (register_application)", saves))
    insert_median, both_median = statistics.median(inserts), statistics.median(floor_both)
    print(
        f"ratio save (database share) / insert {statistics.median(database_share) / insert_median:5.1f}x  (goal <= 3)"
    )
    print(f"ratio receipt / receipt floor         {statistics.median(papers) / statistics.median(floor_papers):5.1f}x")
    print(f"ratio (save+receipt) / both floors   {statistics.median(saves) / both_median:5.1f}x  (goal <= 2.5)")
    if insert_median > 3 * min(inserts):
        # a shared disk's queue inflates the fsync floors far more than the saves' CPU time: ratios look too good
        print(f"note: the insert floor's median is {insert_median / min(inserts):.0f}x its minimum: a busy machine")

    for state, title in (("cold", "nothing loaded yet"), ("warm", "after the app's sign-in warm-up")):
        print(f"first call in a fresh process, {title}: {first_runs} processes (milliseconds)")
        saves_1 = [f["save"] for f in firsts[state]]
        papers_1 = [f["paper"] for f in firsts[state]]
        print(line("floor: first insert + commit", [f["insert"] for f in first_floor[state]]))
        print(line("floor: first receipt", [f["receipt"] for f in first_floor[state]]))
        print(line("save: database share, first", [s - p for s, p in zip(saves_1, papers_1, strict=True)]))
        print(line("receipt inside the first save", papers_1))
        print(line("save + receipt, first", saves_1))
    warm_floor = [f["insert"] for f in first_floor["warm"]]
    warm_first_both = [f["insert"] + f["receipt"] for f in first_floor["warm"]]
    warm_saves = [f["save"] for f in firsts["warm"]]
    warm_share = [f["save"] - f["paper"] for f in firsts["warm"]]
    emit(
        [
            Figure(
                "save",
                "save: database share of register_application",
                Timing.of_samples(database_share, first=statistics.median(warm_share)),
                "one insert + commit (same pragmas)",
                Timing.of_samples(inserts, first=statistics.median(warm_floor)),
                "≤ 3× floor",
                statistics.median(database_share) <= 3 * insert_median,
            ),
            Figure(
                "save",
                "save + receipt (register_application, A5 archived)",
                Timing.of_samples(saves, first=statistics.median(warm_saves)),
                "insert + commit, reportlab A5 page with QR, fsync",
                Timing.of_samples(floor_both, first=statistics.median(warm_first_both)),
                "≤ 2.5× floor",
                statistics.median(saves) <= 2.5 * both_median,
                note="first call: after the app's sign-in warm-up",
            ),
            Figure("floors", "one insert + commit (WAL, synchronous=FULL)", Timing.of_samples(inserts)),
        ],
        out,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
