"""What every benchmark shares: timing a call (first and warm), the floor beside each figure, the machine, and the
JSON lines `run_all.py` collects into RESULTS.md."""

from __future__ import annotations

import itertools
import json
import os
import platform
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, LiteralString, cast

if TYPE_CHECKING:
    import psycopg


@dataclass
class Timing:
    """Milliseconds of one call timed `runs` times after its first call (kept apart: it pays for caches)."""

    first_ms: float
    median_ms: float
    max_ms: float
    runs: int

    @classmethod
    def of(cls, call: Callable[[], object], runs: int) -> Timing:
        began = time.perf_counter()
        call()
        first = (time.perf_counter() - began) * 1000
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            call()
            times.append((time.perf_counter() - began) * 1000)
        return cls(first, statistics.median(times), max(times), runs)

    @classmethod
    def of_samples(cls, samples: list[float], first: float | None = None) -> Timing:
        return cls(samples[0] if first is None else first, statistics.median(samples), max(samples), len(samples))


@dataclass
class Figure:
    """One measured figure beside its floor (measured in the same run), with the goal it answers to."""

    group: str
    name: str
    timing: Timing
    floor_name: str = ""
    floor: Timing | None = None
    goal: str = ""
    met: bool | None = None
    note: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.floor is None or not self.floor.median_ms:
            return None
        return self.timing.median_ms / self.floor.median_ms


def machine() -> dict[str, str]:
    """The machine a figure was measured on, as RESULTS.md states it."""
    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        cpu = next(
            (line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if "model name" in line), ""
        )
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    return {
        "cpu": f"{os.cpu_count()} vCPU {cpu}".strip(),
        "memory": memory,
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "date": time.strftime("%Y-%m-%d"),
    }


def peak_rss_mb() -> float:
    """This process's peak resident memory (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def emit(figures: list[Figure], out: Path | None) -> None:
    """Print the figures for a person and, with `--json FILE`, append them as JSON lines for run_all.py."""
    for figure in figures:
        ratio = f"  {figure.ratio:5.1f}x {figure.floor_name}" if figure.ratio is not None else ""
        t = figure.timing
        print(
            f"{figure.group:10} {figure.name:46} first {t.first_ms:9.2f} ms  median {t.median_ms:9.2f} ms"
            f"  max {t.max_ms:9.2f} ms{ratio}",
            flush=True,
        )
    if out is not None:
        with out.open("a", encoding="utf-8") as lines:
            for figure in figures:
                record = asdict(figure)
                record["ratio"] = figure.ratio
                lines.write(json.dumps(record) + "\n")


def json_target(argv: list[str]) -> tuple[list[str], Path | None]:
    """`--json FILE` taken out of the arguments."""
    if "--json" in argv:
        at = argv.index("--json")
        return argv[:at] + argv[at + 2 :], Path(argv[at + 1])
    return argv, None


def bare_sqlite_floor(path: Path, sql: str, parameters: tuple, runs: int) -> Timing:
    """The floor of a read: the same lookup on a bare sqlite3 connection to the same file."""
    connection = sqlite3.connect(path)
    try:
        return Timing.of(lambda: connection.execute(sql, parameters).fetchall(), runs)
    finally:
        connection.close()


def server_connection(url: str) -> psycopg.Connection:
    """A bare psycopg 3 connection to the server at `url`, in autocommit as peewee drives it (libpq takes the password
    from PGPASSWORD): the server side of every floor, with nothing of Kampar Desk in between."""
    import psycopg

    return psycopg.connect(url, autocommit=True)


def bare_server_floor(
    url: str,
    sql: str,
    parameters: tuple | Callable[[int], tuple],
    runs: int,
    write: bool = False,
    setup: Sequence[str] = (),
) -> Timing:
    """The floor on PostgreSQL, the twin of `bare_sqlite_floor`: the same statement on a bare psycopg connection to
    the same server. A read is one round trip; a write (`write=True`) runs in its own transaction (BEGIN, the
    statement, COMMIT), each run with its own row when `parameters` is a function of the run's index. `setup`
    statements (a floor table) run once first, untimed."""
    connection = server_connection(url)
    index = itertools.count()
    statement = cast("LiteralString", sql)  # the benchmark's own SQL text, never an input

    def once() -> None:
        values = parameters(next(index)) if callable(parameters) else parameters
        if write:
            with connection.transaction():
                connection.execute(statement, values)
        else:
            connection.execute(statement, values).fetchall()

    try:
        for first in setup:
            connection.execute(cast("LiteralString", first))
        return Timing.of(once, runs)
    finally:
        connection.close()


def server_settings(url: str) -> dict[str, str]:
    """What a server's commit costs depend on, as a session on `url` sees them (fsync is server-wide)."""
    names = ("server_version", "fsync", "synchronous_commit", "full_page_writes", "wal_sync_method")
    connection = server_connection(url)
    try:
        shown = {}
        for name in names:
            row = connection.execute(cast("LiteralString", f"SHOW {name}")).fetchone()
            shown[name] = str(row[0]) if row else ""
        return shown
    finally:
        connection.close()


def bare_pdf_page(title: str) -> bytes:
    """A bare reportlab A4 page with one line and a QR code: the floor of every paper the app makes."""
    import io

    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.drawString(72, 760, title)
    drawing = Drawing(90, 90)
    drawing.add(QrCodeWidget("https://example.invalid/cek/KPR-2026-000001"))
    renderPDF.draw(drawing, canvas, 72, 600)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


sys.path.insert(0, str(Path(__file__).parent))
