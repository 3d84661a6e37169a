"""Several counters on one database: numbers stay unique and gap-free and the audit chain stays one chain while four
processes register and issue at once, and a counter that freezes or dies inside a transaction does not hold the
others' numbering for more than a few seconds (issue 15). Each counter is a child process (tests/concurrent_child.py)
opening its own desk on the same data folder: the same SQLite file, or the same server database through the
folder's server.json."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kampar_desk.domain.letters import LetterKind
from kampar_desk.domain.numbering import REGISTRATION_SERIES, RETURN_SERIES, registration_number, return_number
from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths
from kampar_desk.services import audit, intake
from kampar_desk.services.counter_floors import letter_series
from kampar_desk.services.desk import open_desk
from kampar_desk.store.database import close_database, retrying
from kampar_desk.store.models import Application, Counter, Letter
from tests import backends, concurrent_child

ROOT = Path(__file__).resolve().parents[2]
COUNTERS = 4
#: per counter: 4 files issued, 4 rejected with their letter, 4 returned = 36 actions, 8 letters
ROUNDS = 12
YEAR = concurrent_child.NOW.year


def _child(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.concurrent_child", *map(str, args)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(path: Path, child: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        if child.poll() is not None:
            _out, err = child.communicate()
            pytest.fail(f"child {child.pid} ended (exit {child.returncode}) before it was ready:\n{err}")
        assert time.monotonic() < deadline, f"child {child.pid} not ready after {seconds} s"
        time.sleep(0.01)


def _end(child: subprocess.Popen[str]) -> None:
    """Wake a frozen child and kill it (it is waiting inside its transaction)."""
    if child.poll() is None:
        os.kill(child.pid, signal.SIGCONT)
        os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=30)


@pytest.mark.slow
def test_four_counters_registering_and_issuing_at_once_keep_numbers_gap_free_and_one_chain(
    desk, officers, clock, backend, tmp_path
):
    data_dir = desk.paths.data_dir
    office_code = desk.office().code
    events_before = audit.chain_head().count
    close_database()

    start = tmp_path / "start"
    ready = [tmp_path / f"ready-{index}" for index in range(COUNTERS)]
    children = [_child("work", data_dir, index, ROUNDS, ready[index], start) for index in range(COUNTERS)]
    try:
        for child, path in zip(children, ready, strict=True):
            _wait_for(path, child)
        began = time.perf_counter()
        start.touch()
        finished = [child.communicate(timeout=180) for child in children]
        wall = time.perf_counter() - began
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.communicate()
    for child, (_out, err) in zip(children, finished, strict=True):
        assert child.returncode == 0, f"child {child.pid} failed:\n{err}"
    results = [json.loads(out.strip().splitlines()[-1]) for out, _err in finished]
    actions = sum(result["actions"] for result in results)
    print(
        f"\n{backend}: {COUNTERS} counters, {actions} actions in {wall:.1f} s ({actions / wall:.1f} actions/s); "
        f"conflicts retried {sum(r['conflicts_retried'] for r in results)}, "
        f"letters prepared again {sum(r['letters_prepared_again'] for r in results)} "
        f"(one letter at most {max(r['most_preparations_of_one_letter'] for r in results)} times)"
    )
    assert actions == COUNTERS * (ROUNDS // 3) * (4 + 4 + 1)

    desk = open_desk(AppPaths(data_dir), clock=clock)
    reported = {kind: [n for r in results for n in r[kind]] for kind in ("registered", "returned")}
    stored = sorted(row.number for row in Application.select(Application.number))
    assert stored == sorted(reported["registered"] + reported["returned"])
    for kind, make in (("registered", registration_number), ("returned", return_number)):
        count = len(reported[kind])
        assert count == len(set(reported[kind])), f"{kind} numbers given twice"
        expected = {make(office_code, YEAR, sequence) for sequence in range(1, count + 1)}
        assert set(reported[kind]) == expected, f"{kind} numbers not gap-free"
    counters = {(row.series, row.year): row.last for row in Counter.select()}
    assert counters[(REGISTRATION_SERIES, YEAR)] == len(reported["registered"])
    assert counters[(RETURN_SERIES, YEAR)] == len(reported["returned"])

    for kind in (LetterKind.RECOMMENDATION, LetterKind.REJECTION):
        issued = [n for r in results for n in r[kind.value]]
        rows = list(Letter.select().where(Letter.kind == kind.value))
        assert sorted(row.number for row in rows) == sorted(issued)
        assert len({row.number for row in rows}) == len(rows) == COUNTERS * (ROUNDS // 3), kind
        assert sorted(row.sequence for row in rows) == list(range(1, len(rows) + 1)), f"{kind} letters not gap-free"
        assert {row.year for row in rows} == {YEAR}
        assert counters[(letter_series(kind.value), YEAR)] == len(rows)
        assert all((desk.paths.letters_dir / row.file_name).is_file() for row in rows)

    check = audit.audit_check(desk, rotated=False)
    assert check.intact, "\n".join(check.lines())
    assert check.chain.events_checked == events_before + actions


def _registered(desk, officer, serial: int) -> tuple[str, float]:
    began = time.perf_counter()
    detail = retrying(lambda: intake.register_application(desk, officer, concurrent_child.form(desk, serial))).detail
    return detail.number, time.perf_counter() - began


@pytest.mark.slow
def test_a_frozen_counter_holds_the_others_numbering_for_seconds_only(desk, officers, backend, tmp_path):
    """A counter frozen inside its transaction (a hung PC, a pulled cable) is cut off by the server after
    IDLE_IN_TRANSACTION_MS (5 s): the waiting counter's lock timeouts are retried (`retrying`) until it gets the
    frozen one's number back. PostgreSQL only: on SQLite every counter is a process on the same PC, so there is no
    network to hang on, and the OS frees a dead process's lock at once (the killed-counter test below); a frozen
    but living process keeps SQLite's lock, which is the single-PC app's accepted limit."""
    if backend == backends.SQLITE:
        pytest.skip("PostgreSQL only: SQLite has no server to cut off a frozen session (see docstring)")
    office_code = desk.office().code
    front = officers[Role.FRONT_OFFICE]
    first, _ = _registered(desk, front, 1)
    assert first == registration_number(office_code, YEAR, 1)

    ready = tmp_path / "holding"
    holder = _child("hold", desk.paths.data_dir, ready)
    try:
        _wait_for(ready, holder)
        assert ready.read_text(encoding="utf-8") == "2"
        os.kill(holder.pid, signal.SIGSTOP)
        number, waited = _registered(desk, front, 2)
    finally:
        _end(holder)
    print(f"\nwaiter got {number} after {waited:.1f} s behind a frozen counter")
    assert 2 < waited < 12, waited  # it really waited for the frozen one, and not for long
    assert number == registration_number(office_code, YEAR, 2)  # the frozen counter's number came back
    assert Counter.get((Counter.series == REGISTRATION_SERIES) & (Counter.year == YEAR)).last == 2
    assert audit.verify_audit_log(desk).intact


def test_a_killed_counter_frees_the_others_numbering_at_once(desk, officers, backend, tmp_path):
    """A counter that dies inside its transaction (power cut, crash): SQLite's lock goes with the process, and the
    server sees the connection close; the next counter writes at once and gets the dead one's number."""
    office_code = desk.office().code
    ready = tmp_path / "holding"
    holder = _child("hold", desk.paths.data_dir, ready)
    try:
        _wait_for(ready, holder)
        assert ready.read_text(encoding="utf-8") == "1"
        holder.kill()
        holder.communicate(timeout=30)
        number, waited = _registered(desk, officers[Role.FRONT_OFFICE], 1)
    finally:
        _end(holder)
    print(f"\n{backend}: waiter got {number} {waited:.2f} s after the holder was killed")
    assert waited < 2, waited
    assert number == registration_number(office_code, YEAR, 1)
    assert audit.verify_audit_log(desk).intact
