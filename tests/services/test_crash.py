"""Pulled power cables: a child registering files is SIGKILLed at random instants; nothing acknowledged is lost.

After every kill: the database passes `integrity_check`, every acknowledged registration is there with its audit
event, numbers are unique and gap-free. After the next start's reconciliation: every receipt archived, no *.tmp.
The same child is also run against a disk that fills up and a database another process keeps locking."""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths
from kampar_desk.services import staff
from kampar_desk.services.desk import open_desk
from kampar_desk.services.recovery import open_for_work
from kampar_desk.store.database import close_database
from kampar_desk.store.snapshot import check_integrity
from tests.conftest import PASSWORD
from tests.mounts import mounted, unmount

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50
BUDGET_SECONDS = 150


def _prepare(paths: AppPaths) -> None:
    desk = open_desk(paths)
    admin = staff.create_first_admin(desk, "admin", "Admin Kantor", PASSWORD)
    staff.create_staff(desk, admin, "fo.siti", "Siti Aminah", PASSWORD, frozenset({Role.FRONT_OFFICE}))
    close_database()


def _start_child(paths: AppPaths, serial: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.crash_child", str(paths.data_dir), str(serial)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )


def _read_lines(child: subprocess.Popen, seconds: float, until: str | None = None) -> list[str]:
    """Lines the child printed within `seconds`, or up to the first starting with `until` (the parent must never
    block on a child that is stuck)."""
    lines, deadline = [], time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0 and not (until and lines and lines[-1].startswith(until)):
        ready, _, _ = select.select([child.stdout], [], [], left)
        if not ready:
            break
        line = child.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
    return lines


def _check_after_kill(paths: AppPaths, acknowledged: list[str]) -> int:
    assert check_integrity(paths.database) == "ok"
    with sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True) as connection:
        numbers = [row[0] for row in connection.execute("SELECT number FROM application ORDER BY number")]
        registered = {
            row[0]
            for row in connection.execute(
                "SELECT a.number FROM audit_event e JOIN application a ON a.id = e.application_id "
                "WHERE e.action = 'register'"
            )
        }
        counter = connection.execute("SELECT last FROM counter WHERE series = 'registration'").fetchone()
    assert set(acknowledged) <= set(numbers), "an acknowledged registration was lost"
    assert set(numbers) == registered, "every registration has its audit event, and only those"
    sequence = [int(number.rsplit("-", 1)[1]) for number in numbers]
    assert sequence == list(range(1, len(numbers) + 1)), "numbers unique and gap-free"
    assert (counter[0] if counter else 0) == len(numbers)
    return len(numbers)


def _check_papers_after_reconciliation(paths: AppPaths) -> None:
    working = open_for_work(paths)
    try:
        with sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True) as connection:
            numbers = [row[0] for row in connection.execute("SELECT number FROM application")]
        archived = {p.name.split("-tanda-terima-")[0] for p in paths.documents_dir.rglob("*-tanda-terima-*.pdf")}
        assert set(numbers) <= archived, f"receipts missing: {sorted(set(numbers) - archived)[:5]}"
        assert not list(paths.data_dir.rglob("*.tmp"))
    finally:
        working.close()


@pytest.mark.slow
def test_random_kills_lose_no_acknowledged_registration(tmp_path):
    paths = AppPaths(tmp_path / "data")
    _prepare(paths)
    rng = random.Random(20261201)
    acknowledged: list[str] = []
    kills, started, serial = 0, time.monotonic(), 0
    while kills < KILLS and time.monotonic() - started < BUDGET_SECONDS:
        child = _start_child(paths, serial)
        ready = _read_lines(child, 20, until="READY")
        assert ready and ready[0].startswith("READY"), child.stderr.read() if child.poll() is not None else ready
        lines = _read_lines(child, 20, until="ACK ")  # the first save of a process loads the paper code: after it
        # Kill anywhere in the next registrations: mid-transaction, between the commit and the rename, mid-write.
        lines += _read_lines(child, rng.uniform(0.0, 0.2))
        os.kill(child.pid, signal.SIGKILL)
        rest, _ = child.communicate()
        lines += rest.splitlines()
        acknowledged += [line.split()[1] for line in lines if line.startswith("ACK ")]
        serial += 1000
        kills += 1
        _check_after_kill(paths, acknowledged)
    assert kills >= KILLS, f"only {kills} kills in {BUDGET_SECONDS} s"
    assert len(acknowledged) > KILLS, "the child must have registered files between kills"
    _check_papers_after_reconciliation(paths)


@pytest.mark.slow
def test_a_disk_that_fills_up_and_a_locked_database_lose_nothing(tmp_path):
    disk = mounted(tmp_path, "size=16m", name="disk")
    try:
        paths = AppPaths(disk / "data")
        _prepare(paths)
        filler = disk / "isi-lain.bin"
        filler.write_bytes(b"\0" * max(__import__("shutil").disk_usage(disk).free - 600_000, 0))
        child = _start_child(paths, 0)
        lines = _read_lines(child, 20, until="READY")
        deadline = time.monotonic() + 30
        while not any(line == "REFUSED disk_full" for line in lines) and time.monotonic() < deadline:
            lines += _read_lines(child, 0.5)
        assert "REFUSED disk_full" in lines, lines[-5:]
        filler.unlink()  # the officer makes room; the same running app goes on saving
        lines += _read_lines(child, 1.5)
        # Another program takes the write lock for longer than the busy timeout, twice.
        for _ in range(2):
            holder = sqlite3.connect(paths.database, isolation_level=None, timeout=10)
            holder.execute("BEGIN IMMEDIATE")
            lines += _read_lines(child, 6.5)
            holder.rollback()
            holder.close()
            lines += _read_lines(child, 1.5)
        assert lines[-1].startswith("ACK "), "saving resumed once the lock was released"
        os.kill(child.pid, signal.SIGKILL)
        rest, _ = child.communicate()
        lines += rest.splitlines()
        assert "REFUSED locked" in lines
        acknowledged = [line.split()[1] for line in lines if line.startswith("ACK ")]
        after_full = lines.index("REFUSED disk_full")
        assert any(line.startswith("ACK ") for line in lines[after_full:]), "saving resumed once there was room"
        assert _check_after_kill(paths, acknowledged) in (len(acknowledged), len(acknowledged) + 1)
        _check_papers_after_reconciliation(paths)
    finally:
        close_database()
        unmount(disk)
