"""Exporting a bundle of N files from one real station and importing it at another (goal: each ≤ 10 s at 100,000).

uv run python benchmarks/bench_sync.py [N=100000] [--workdir DIR] [--runs 3] [--letter-kb 18] [--no-profile]

Station A (N files with their checklists, letters and audit chain, see sync_stations.py) and station B are built
once and cached in the work folder; every run works on copies. Measured in one process: the floors (one commit,
reading A's tables, compressing and encrypting the same bytes, decrypting and parsing them, writing the same rows
into B's schema), then `export_bundle(everything=True)` A→B, `preview_bundle` at B, `import_bundle` at a fresh
copy of B and again at the same copy (already received); wall time (perf_counter) and peak RSS (VmHWM, reset
before each step). Then one cProfile of the export and of the import, and a Markdown block for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import ctypes
import gc
import io
import json
import os
import platform
import pstats
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).parent))

import pyrage
from sync_stations import BuiltPair, build_pair, open_station

from kampar_desk.domain import bundles as rules
from kampar_desk.paths import AppPaths
from kampar_desk.services import bundles, stations, sync
from kampar_desk.store.database import close_database

T = TypeVar("T")
#: the tables an everything-bundle reads (records/*.jsonl), besides the letters' PDFs
BUNDLED_TABLES = (
    "staff",
    "application",
    "checklist_item",
    "letter",
    "survey_response",
    "complaint",
    "suggestion",
    "local_day",
    "tombstone",
    "audit_event",
    "station_audit_event",
)


# --- measuring -----------------------------------------------------------------------------------------------------


def _status_mb(name: str) -> float:
    found = re.search(rf"^{name}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.MULTILINE)
    return int(found[1]) / 1024 if found else float("nan")


def _reset_peak() -> bool:
    """Linux resets the peak RSS (VmHWM) when 5 is written to clear_refs; elsewhere the process peak is reported."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class Sample:
    seconds: float
    peak_mb: float  # peak RSS during the step
    start_mb: float  # RSS when it began


def _give_back() -> None:
    """Hand freed memory back to the system (glibc keeps it otherwise), so each step's peak starts from what is live."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def measure(action: Callable[[], T]) -> tuple[Sample, T]:
    gc.collect()
    _give_back()
    reset = _reset_peak()
    start = _status_mb("VmRSS")
    began = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - began
    peak = _status_mb("VmHWM") if reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return Sample(seconds, peak, start), result


@dataclass
class Figure:
    name: str
    samples: list[Sample] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(s.seconds for s in self.samples)

    @property
    def max(self) -> float:
        return max(s.seconds for s in self.samples)

    @property
    def peak_mb(self) -> float:
        return max(s.peak_mb for s in self.samples)

    @property
    def start_mb(self) -> float:
        return min(s.start_mb for s in self.samples)

    def add(self, sample: Sample) -> None:
        self.samples.append(sample)
        print(f"  {self.name:44} {sample.seconds:8.3f} s   peak RSS {sample.peak_mb:7.0f} MB", flush=True)


def profiled(title: str, action: Callable[[], object], top: int = 25) -> None:
    profile = cProfile.Profile()
    profile.enable()
    action()
    profile.disable()
    text = io.StringIO()
    stats = pstats.Stats(profile, stream=text)
    stats.sort_stats("cumulative").print_stats(top)
    print(f"\n#### Profile: {title} (top {top} by cumulative time)\n```")
    body = text.getvalue()
    print(body[body.find("   ncalls") :].rstrip() if "   ncalls" in body else body.rstrip())
    print("```", flush=True)


def copy_station(source: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("backups", "logs", "*.lock"))
    return target


# --- floors --------------------------------------------------------------------------------------------------------


def floor_commit(folder: Path, runs: int = 20) -> Figure:
    """One insert and commit on SQLite with the app's WAL + synchronous=FULL, in the work folder."""
    figure = Figure("floor: one insert + commit (WAL, FULL)")
    path = folder / "floor-commit.db"
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=wal")
    db.execute("PRAGMA synchronous=full")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    for index in range(runs):

        def once(index: int = index) -> None:
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT INTO t (v) VALUES (?)", (f"row {index}",))
            db.execute("COMMIT")

        figure.samples.append(measure(once)[0])
    db.close()
    print(f"  {figure.name:44} {figure.median * 1000:8.2f} ms (median of {runs})", flush=True)
    return figure


def read_tables(database: Path, tables: tuple[str, ...]) -> int:
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    rows = sum(len(db.execute(f"SELECT * FROM {table}").fetchall()) for table in tables)
    db.close()
    return rows


def read_letters(letters_dir: Path) -> int:
    return sum(len(path.read_bytes()) for path in letters_dir.rglob("*.pdf") if not path.stem.endswith("belum-ttd"))


def bundle_parts(bundle: Path, identity: pyrage.x25519.Identity) -> tuple[bytes, bytes, dict[str, bytes]]:
    """(ciphertext, zip, members) of a bundle, opened with the recipient's key."""
    ciphertext = rules.open_envelope(bundle.read_bytes()).ciphertext
    archive = pyrage.decrypt(ciphertext, [identity])
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        members = {name: opened.read(name) for name in opened.namelist()}
    return ciphertext, archive, members


def compress_and_encrypt(members: dict[str, bytes], recipient: str) -> bytes:
    """What any export must do to its bytes: deflate them (zip's level) and encrypt the result with age."""
    compressed = b"".join(zlib.compress(data, 6) for data in members.values())
    return pyrage.encrypt(compressed, [pyrage.x25519.Recipient.from_str(recipient)])


def compress_records_and_encrypt(members: dict[str, bytes], recipient: str, level: int = 6) -> bytes:
    """The same with the PDFs stored as they are (a PDF's streams are compressed already): only the records deflated."""
    parts = [
        data if name.startswith(rules.LETTER_FILES) else zlib.compress(data, level) for name, data in members.items()
    ]
    return pyrage.encrypt(b"".join(parts), [pyrage.x25519.Recipient.from_str(recipient)])


def decrypt_and_parse(ciphertext: bytes, identity: pyrage.x25519.Identity) -> int:
    """What any import must do first: decrypt, inflate every member, parse every record line."""
    archive = pyrage.decrypt(ciphertext, [identity])
    lines = 0
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        for name in opened.namelist():
            data = opened.read(name)
            if name.startswith(rules.RECORD_FILES):
                for line in data.splitlines():
                    json.loads(line)
                    lines += 1
    return lines


def _columns(db: sqlite3.Connection, table: str, schema: str = "main") -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA {schema}.table_info({table})")]


def write_rows(fresh_b: Path, a_database: Path, target: Path, sender_id: str) -> Sample:
    """The same rows written into B's schema (with its indexes) in one transaction, straight from A's file:
    files, checklists, letters, search words, audit events (foreign keys off: A's accounts are not copied)."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    path = target / "b.db"
    source = sqlite3.connect(fresh_b)
    destination = sqlite3.connect(path)
    source.backup(destination)
    source.close()
    destination.close()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=wal")
    db.execute("PRAGMA synchronous=full")
    db.execute("ATTACH DATABASE ? AS a", (f"file:{a_database}?mode=ro",))

    def write() -> int:
        db.execute("BEGIN IMMEDIATE")
        for table in ("application", "checklist_item", "letter"):  # the name index follows by its triggers
            columns = ", ".join(_columns(db, table))
            db.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM a.{table}")
        common = [c for c in _columns(db, "audit_event", "a") if c in _columns(db, "station_audit_event")]
        listed = ", ".join(common)
        db.execute(
            f"INSERT INTO main.station_audit_event ({listed}, station, imported_at) "
            f"SELECT {listed}, ?, ? FROM a.audit_event",
            (sender_id.replace("-", ""), datetime.now().isoformat(" ")),
        )
        db.execute("COMMIT")
        return int(db.execute("SELECT count(*) FROM main.checklist_item").fetchone()[0])

    sample, _rows = measure(write)
    db.close()
    return sample


def write_letters(letters: dict[str, bytes], target: Path) -> None:
    """Each letter's PDF written with fsync, as the import writes it (temporary name, fsync, rename)."""
    for name, data in letters.items():
        final = target / name.removeprefix(rules.LETTER_FILES)
        final.parent.mkdir(parents=True, exist_ok=True)
        temporary = final.with_name(f".{final.name}.sementara")
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, final)


def bundle_floors(
    floors: dict[str, Figure],
    bundle: Path,
    identity: pyrage.x25519.Identity,
    recipient: str,
    databases: tuple[Path, Path],
    run: Path,
    built: BuiltPair,
    runs: int = 3,
) -> tuple[int, int]:
    """The floors made of the bundle's own bytes; returns (zip size, members' size). The bytes are dropped on
    return, so they do not count in the imports' memory figures."""
    ciphertext, archive, members = bundle_parts(bundle, identity)
    letters = {name: data for name, data in members.items() if name.startswith(rules.LETTER_FILES)}
    floors["crypt"] = Figure("floor: deflate + age-encrypt the same bytes")
    floors["crypt_records"] = Figure("floor: the same, PDFs stored (not deflated)")
    floors["crypt_fast"] = Figure("floor: the same, records deflated at level 1")
    floors["decrypt"] = Figure("floor: age-decrypt + inflate + parse lines")
    floors["age"] = Figure("floor: age-decrypt the bundle")
    floors["write_rows"] = Figure("floor: write the same rows into B's schema")
    floors["write_letters"] = Figure("floor: write the letter PDFs (fsync each)")
    for index in range(runs):
        floors["crypt"].add(measure(lambda: compress_and_encrypt(members, recipient))[0])
        floors["crypt_records"].add(measure(lambda: compress_records_and_encrypt(members, recipient))[0])
        floors["crypt_fast"].add(measure(lambda: compress_records_and_encrypt(members, recipient, 1))[0])
        floors["decrypt"].add(measure(lambda: decrypt_and_parse(ciphertext, identity))[0])
        floors["age"].add(measure(lambda: pyrage.decrypt(ciphertext, [identity]))[0])
        floors["write_rows"].add(write_rows(databases[1], databases[0], run / f"floor-write-{index}", built.a_id))
        target = run / f"floor-letters-{index}"
        floors["write_letters"].add(measure(lambda target=target: write_letters(letters, target))[0])
    return len(archive), sum(len(data) for data in members.values())


# --- the run -------------------------------------------------------------------------------------------------------


def _open(data_dir: Path) -> Any:
    desk, _official = open_station(data_dir)
    return desk


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("count", nargs="?", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "kd-bench-sync")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--letter-kb", type=int, default=18, help="size of each letter PDF (0: minimal, ~2 KB)")
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args()
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=True)  # progress shows up when redirected to a file
    workdir: Path = args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    command = "uv run python benchmarks/bench_sync.py " + " ".join(sys.argv[1:])

    print(f"Building (or reusing) stations A and B in {workdir} ...", flush=True)
    cached = (workdir / f"pair-{args.count}-{args.letter_kb}kb" / "built.json").is_file()
    built: BuiltPair = build_pair(workdir, args.count, args.letter_kb)
    run = workdir / f"run-{os.getpid()}"  # two runs sharing a work folder never clear each other's copies
    shutil.rmtree(run, ignore_errors=True)
    run.mkdir()
    a_dir = copy_station(built.a_dir, run / "a")
    a_database = AppPaths(a_dir).database

    print("\nFloors and export (station A)", flush=True)
    floors: dict[str, Figure] = {"commit": floor_commit(run)}
    floors["read_application"] = Figure("floor: read A's application table")
    floors["read_all"] = Figure("floor: read A's bundled tables + letter PDFs")
    for _ in range(args.runs):
        floors["read_application"].add(measure(lambda: read_tables(a_database, ("application",)))[0])
    for _ in range(args.runs):
        floors["read_all"].add(
            measure(lambda: (read_tables(a_database, BUNDLED_TABLES), read_letters(AppPaths(a_dir).letters_dir)))[0]
        )
    a = _open(a_dir)
    b_id = built.b_id
    export = Figure("export_bundle(everything=True) A→B")
    made: list[bundles.BundleInfo] = []
    for index in range(args.runs):
        out = run / f"export-{index}"
        out.mkdir()
        sample, info = measure(lambda out=out: bundles.export_bundle(a, None, b_id, out, everything=True))
        export.add(sample)
        made.append(info)
    if not args.no_profile:
        out = run / "export-profiled"
        out.mkdir()
        profiled("export_bundle", lambda: bundles.export_bundle(a, None, b_id, out, everything=True))
    close_database()
    bundle = made[0]

    print("\nPreview and floors (station B)", flush=True)
    b = _open(copy_station(built.b_dir, run / "b-preview"))
    preview = Figure("preview_bundle at B")
    for _ in range(args.runs):
        preview.add(measure(lambda: sync.preview_bundle(b, None, bundle.path))[0])
    identity = stations.station_keys(b).age_identity
    recipient = stations.this_station(b).age_recipient
    close_database()
    b_database = AppPaths(built.b_dir).database
    databases = (a_database, b_database)
    zip_size, raw_size = bundle_floors(floors, bundle.path, identity, recipient, databases, run, built, args.runs)

    print("\nImport (station B, a fresh copy each run)", flush=True)
    first = Figure("import_bundle at B (first, empty B)")
    again = Figure("import_bundle again (already received)")
    receipts = run / "receipts"
    receipts.mkdir()
    new_records = new_events = 0
    for index in range(args.runs):
        b = _open(copy_station(built.b_dir, run / f"b-import-{index}"))
        sample, outcome = measure(lambda b=b: sync.import_bundle(b, None, bundle.path, receipt_folder=receipts))
        first.add(sample)
        if not outcome.applied:
            raise SystemExit("the first import applied nothing")
        new_records, new_events = sum(outcome.plan.new.values()), outcome.plan.new_events
        del outcome  # the plan holds every record: not kept into the next run's memory figure
        close_database()
    b = _open(run / f"b-import-{args.runs - 1}")
    for _ in range(args.runs):
        sample, repeated = measure(lambda: sync.import_bundle(b, None, bundle.path, receipt_folder=receipts))
        again.add(sample)
        if repeated.applied:
            raise SystemExit("the second import applied something")
        del repeated
    close_database()
    if not args.no_profile:
        b = _open(copy_station(built.b_dir, run / "b-import-profiled"))
        profiled(
            "import_bundle (first, empty B)", lambda: sync.import_bundle(b, None, bundle.path, receipt_folder=receipts)
        )
        close_database()

    imported = (new_records, new_events)
    report(command, built, cached, bundle, zip_size, raw_size, floors, export, preview, first, again, imported)
    with contextlib.suppress(OSError):
        shutil.rmtree(run)
    return 0


def _seconds(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def report(
    command: str,
    built: BuiltPair,
    cached: bool,
    bundle: bundles.BundleInfo,
    zip_size: int,
    raw_size: int,
    floors: dict[str, Figure],
    export: Figure,
    preview: Figure,
    first: Figure,
    again: Figure,
    imported: tuple[int, int],
) -> None:
    def combined(*names: str) -> float:
        return sum(floors[name].median for name in names)

    rows = [
        (export, "read tables + PDFs, deflate records + encrypt", combined("read_all", "crypt_records")),
        (preview, "decrypt + inflate + parse", combined("decrypt")),
        (first, "decrypt + inflate + parse, write rows + PDFs", combined("decrypt", "write_rows", "write_letters")),
        (again, "age-decrypt the bundle", combined("age")),
    ]
    sqlite = sqlite3.sqlite_version
    machine = subprocess.run(["uname", "-a"], capture_output=True, text=True, check=False).stdout.strip()
    print(f"\n### Bundle export and import, {built.count:,} files (recorded {datetime.now():%Y-%m-%d})\n")
    print(f"`{command}`\n")
    print(f"- machine: `{machine}`, {os.cpu_count()} CPUs, Python {platform.python_version()}, SQLite {sqlite}")
    print(
        f"- station A: {built.applications:,} files, {built.checklist_items:,} checklist rows, "
        f"{built.letters:,} letters ({built.letter_kb} KB PDFs, signed and unsigned on disk), "
        f"{built.audit_events:,} audit events; built in {built.seconds:.0f} s"
        f"{' (cached in the work folder)' if cached else ''}"
    )
    counts = json.dumps({kind: n for kind, n in bundle.counts.items() if n})
    print(
        f"- bundle: {bundle.size / 1e6:.1f} MB (zip {zip_size / 1e6:.1f} MB, members {raw_size / 1e6:.1f} MB "
        f"uncompressed), {bundle.letter_files:,} PDFs, counts {counts}"
    )
    print(f"- import: {imported[0]:,} new records, {imported[1]:,} audit events\n")
    print("| step | median | max | peak RSS | floor (same run) | floor | ratio |")
    print("|---|---|---|---|---|---|---|")
    for figure, floor_name, floor in rows:
        print(
            f"| {figure.name} | **{_seconds(figure.median)}** | {_seconds(figure.max)} | {figure.peak_mb:,.0f} MB "
            f"(from {figure.start_mb:,.0f}) | {floor_name} | {_seconds(floor)} | {figure.median / floor:.1f}× |"
        )
    print("\n| floor | median | max | peak RSS |")
    print("|---|---|---|---|")
    for figure in floors.values():
        name = figure.name.removeprefix("floor: ")
        print(f"| {name} | {_seconds(figure.median)} | {_seconds(figure.max)} | {figure.peak_mb:,.0f} MB |")
    runs = len(export.samples)
    print(
        f"\nMedians of {runs} runs; each import on a fresh copy of B, the repeat on the last one; floors of 20 commits."
    )


if __name__ == "__main__":
    raise SystemExit(main())
