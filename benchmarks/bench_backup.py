"""Backup, verification, restore and the start-up guard, each beside its floor, on a demo office of N files.

uv run python benchmarks/bench_backup.py [N] [MILLION_DATA_DIR]

Floors, measured in the same run: copying the same bytes with shutil (backup and restore), reading them back
(verification), and opening the database with one query (start-up). With MILLION_DATA_DIR (a folder made by
build_million.py), also the start-up guard's `quick_check` on that database beside reading the file once.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kampar_desk.paths import AppPaths
from kampar_desk.services import backup
from kampar_desk.services.demo import fill_demo
from kampar_desk.services.desk import open_desk
from kampar_desk.services.recovery import open_for_work
from kampar_desk.store.database import close_database
from kampar_desk.store.snapshot import check_integrity


def timed(action, runs: int = 5) -> tuple[float, float]:
    """First call and median of the warm ones, in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times[1:])


def copy_folder(source: Path, target: Path) -> None:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("backups", "logs", "*.lock"))
    for path in target.rglob("*"):
        if path.is_file():
            with open(path, "rb+") as handle:
                os.fsync(handle.fileno())


def read_all(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            path.read_bytes()


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    scratch = Path(tempfile.mkdtemp())
    paths = AppPaths(scratch / "data")
    desk = open_desk(paths)
    fill_demo(desk, count, seed=1)
    files = sum(1 for p in paths.data_dir.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in paths.data_dir.rglob("*") if p.is_file()) / 1e6
    print(f"demo office: {count} files, {files} files on disk, {size:.1f} MB")
    usb = scratch / "usb"
    usb.mkdir()
    made: list[backup.BackupInfo] = []

    def take() -> None:
        made.append(backup.create_backup(desk, usb))
        time.sleep(1.01)  # one backup per second: names carry seconds

    first, warm = timed(take, 4)
    print(f"backup:          first {first:6.2f} s  warm {warm - 1.01:6.2f} s   ({made[-1].size / 1e6:.1f} MB zip)")
    first, warm = timed(lambda: copy_folder(paths.data_dir, scratch / "floor-copy"))
    print(f"  floor: copy    first {first:6.2f} s  warm {warm:6.2f} s")
    first, warm = timed(lambda: backup.verify_backup(made[-1].path))
    print(f"verify:          first {first:6.2f} s  warm {warm:6.2f} s")
    first, warm = timed(lambda: read_all(scratch / "floor-copy"))
    print(f"  floor: read    first {first:6.2f} s  warm {warm:6.2f} s")
    close_database()
    first, warm = timed(lambda: backup.restore_backup(paths, made[-1].path), 3)
    print(f"restore:         first {first:6.2f} s  warm {warm:6.2f} s")
    first, warm = timed(lambda: open_for_work(paths).close())
    print(
        f"open for work (guard, quick_check, lock, reconcile): first {first * 1000:6.1f} ms  warm {warm * 1000:6.1f} ms"
    )

    def bare_open() -> None:
        with sqlite3.connect(paths.database) as connection:
            connection.execute("SELECT count(*) FROM staff").fetchone()

    first, warm = timed(bare_open)
    print(f"  floor: sqlite open + one query    first {first * 1000:6.1f} ms  warm {warm * 1000:6.1f} ms")
    if len(sys.argv) > 2:
        million = AppPaths(Path(sys.argv[2]))
        db_size = million.database.stat().st_size / 1e9
        first, warm = timed(lambda: check_integrity(million.database, quick=True), 3)
        print(f"quick_check at {db_size:.2f} GB: first {first:6.2f} s  warm {warm:6.2f} s")
        first, warm = timed(lambda: million.database.read_bytes() and None, 3)
        print(f"  floor: read the file once: first {first:6.2f} s  warm {warm:6.2f} s")
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
