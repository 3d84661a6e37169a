"""The concurrency tests' child: one counter PC working on the same data folder (the same database) as others.

`python -m tests.concurrent_child work DATA_DIR INDEX ROUNDS READY_FILE START_FILE` opens its own desk, unlocks the
signing keys, writes READY_FILE, waits for START_FILE, then works ROUNDS files through (a letter for most of them)
and prints one JSON line: what it registered and issued, and how many actions (one audit event each) it ran.

`python -m tests.concurrent_child hold DATA_DIR READY_FILE` opens its desk, takes the write lock and a registration
number, writes that number into READY_FILE and waits inside the transaction, for the parent to freeze or kill it.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from kampar_desk.domain.numbering import REGISTRATION_SERIES
from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths
from kampar_desk.services import intake, keys, letters, process, staff
from kampar_desk.services.desk import Desk, open_desk
from kampar_desk.services.records import StaffRecord
from kampar_desk.store.database import close_database, retrying, write_transaction
from tests.conftest import intake_form

#: Monday 16 March 2026, 10:00 WIB, as the parent's office clock: every number falls in one year.
NOW = datetime(2026, 3, 16, 3, 0)
PASSWORD = "rahasia-loket"  # tests.conftest.PASSWORD (not imported: conftest pulls in pytest)
START_WAIT_S = 60
NAMES = ("Rahmawati", "Aminah", "Marlina", "Hasanah", "Nurhayati", "Wahyuni", "Fitriani")

T = TypeVar("T")


class _Retries(logging.Handler):
    """Counts the retries the app logs: a write conflict retried whole, a letter prepared again for a new number."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.conflicts = 0
        self.letters_again = 0

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        self.conflicts += message.startswith("Write conflict")
        self.letters_again += message.startswith("Letter prepared again")


def form(desk: Desk, serial: int, complete: bool = True) -> intake.IntakeForm:
    """A walk-in with its own NIK (`serial` < 9000), so no file warns of another open file for the same person."""
    missing = () if complete else (desk.catalog["REK-PAPS"].requirements[-1].code,)
    return intake_form(
        desk,
        nik=f"140102570885{serial + 1:04d}",
        name=f"Siti {NAMES[serial % len(NAMES)]}",
        missing=missing,
        warning_override="Uji beberapa loket sekaligus",
    )


def _wait_for(path: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path} did not appear within {seconds} s")
        time.sleep(0.005)


def one_file(
    desk: Desk, act: Callable[[Callable[[], Any]], Any], people: tuple[StaffRecord, ...], serial: int, shape: int
) -> list[tuple[str, str]]:
    """One file through its actions, each run by `act`: shape 0 registered, verified, approved, recommendation
    issued; 1 registered, found non-compliant, rejected, rejection letter issued; 2 registered incomplete
    (returned). What it numbered: [("registered", number), (letter kind, letter number)], or [("returned", number)]."""
    front, verifier, official = people
    if shape == 2:
        returned = act(lambda: intake.register_application(desk, front, form(desk, serial, complete=False)))
        return [("returned", returned.detail.number)]
    detail = act(lambda: intake.register_application(desk, front, form(desk, serial))).detail
    app_id = detail.summary.id
    if shape == 0:
        act(lambda: process.verify(desk, verifier, app_id, True, technical_review_needed=False))
        act(lambda: process.approve(desk, official, app_id))
    else:
        act(lambda: process.verify(desk, verifier, app_id, False, "SKTM sudah kedaluwarsa"))
        act(lambda: process.reject(desk, official, app_id, "SKTM sudah kedaluwarsa"))
    issued = act(lambda: letters.issue_letter(desk, official, app_id))
    return [("registered", detail.number), (issued.letter.kind.value, issued.letter.number)]


def work(data_dir: Path, index: int, rounds: int, ready: Path, start: Path) -> dict[str, object]:
    """ROUNDS files, of the three shapes of `one_file` in turn, each action retried on a conflict (`retrying`);
    one audit event per action."""
    desk = open_desk(AppPaths(data_dir), clock=lambda: NOW)
    accounts = staff.list_staff(desk)
    front, verifier, official = (
        next(s for s in accounts if role in s.roles)
        for role in (Role.FRONT_OFFICE, Role.VERIFIER, Role.SIGNING_OFFICIAL)
    )
    if not keys.unlock_at_sign_in(desk, official, PASSWORD):
        raise RuntimeError("signing keys stayed locked")
    retries = _Retries()
    logging.getLogger("kampar_desk").addHandler(retries)
    logging.getLogger("kampar_desk").setLevel(logging.INFO)
    done: dict[str, list[str]] = {"registered": [], "returned": [], "recommendation": [], "rejection": []}
    actions = most_preparations = 0

    def act(action: Callable[[], T]) -> T:
        nonlocal actions, most_preparations
        again = retries.letters_again
        result = retrying(action)
        actions += 1
        most_preparations = max(most_preparations, 1 + retries.letters_again - again)
        return result

    _say(ready, "ready")
    _wait_for(start, START_WAIT_S)
    began = time.perf_counter()
    for r in range(rounds):
        for kind, number in one_file(desk, act, (front, verifier, official), index * 1000 + r, r % 3):
            done[kind].append(number)
    seconds = time.perf_counter() - began
    close_database()
    return {
        **done,
        "actions": actions,
        "seconds": seconds,
        "conflicts_retried": retries.conflicts,
        "letters_prepared_again": retries.letters_again,
        "most_preparations_of_one_letter": most_preparations,
    }


def _say(ready: Path, text: str) -> None:
    """Written whole or not at all: the parent reads the file as soon as it exists."""
    partial = ready.with_name(ready.name + ".part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(ready)


def hold(data_dir: Path, ready: Path) -> None:
    """Take the write lock and the next registration number, say which, and stay inside the transaction."""
    desk = open_desk(AppPaths(data_dir), clock=lambda: NOW)
    with write_transaction():
        taken = intake.next_number(REGISTRATION_SERIES, desk.today().year)
        _say(ready, str(taken))
        time.sleep(600)


def main() -> None:
    mode, data_dir = sys.argv[1], Path(sys.argv[2])
    if mode == "work":
        index, rounds = int(sys.argv[3]), int(sys.argv[4])
        print(json.dumps(work(data_dir, index, rounds, Path(sys.argv[5]), Path(sys.argv[6]))), flush=True)
    elif mode == "hold":
        hold(data_dir, Path(sys.argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main()
