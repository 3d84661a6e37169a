"""What a counter meets on the office network, said in Indonesian: another counter holding the write lock, a
session the server cut off, a server that is not there."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from kampar_desk.domain.errors import DataFolderProblem, StorageError
from kampar_desk.store import database as store_database
from kampar_desk.store.database import (
    WRITE_LOCK_KEY,
    check_server,
    database,
    open_database,
    retrying,
    write_transaction,
)
from kampar_desk.store.faults import CONFLICT, MESSAGES, OFFLINE
from kampar_desk.store.models import Setting
from tests import backends

pytestmark = backends.needs_server()


@pytest.fixture
def server() -> Iterator[str]:
    with backends.scratch_database() as name:
        open_database(backends.server_url(name))
        yield name


def _hold_write_lock(name: str, seconds: float, taken: threading.Event) -> None:
    """Another counter: takes the write lock and keeps it `seconds` (as a frozen counter would)."""
    other = store_database.server_database(backends.server_url(name))
    try:
        other.execute_sql("SELECT pg_advisory_lock(%s)", (WRITE_LOCK_KEY,))
        taken.set()
        time.sleep(seconds)
        other.execute_sql("SELECT pg_advisory_unlock(%s)", (WRITE_LOCK_KEY,))
    finally:
        other.close()


def _save(value: str) -> None:
    with write_transaction():
        Setting.create(key=f"uji-{value}", value=value)


def test_a_counter_waiting_past_the_lock_timeout_is_refused_with_a_sentence_and_nothing_saved(server):
    taken = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(server, 5.0, taken))
    holder.start()
    taken.wait(5)
    started = time.monotonic()
    with pytest.raises(StorageError) as refused:
        _save("a")
    waited = time.monotonic() - started
    holder.join()
    assert refused.value.kind == CONFLICT and str(refused.value) == MESSAGES[CONFLICT]
    assert store_database.LOCK_TIMEOUT_MS / 1000 - 0.2 < waited < store_database.LOCK_TIMEOUT_MS / 1000 + 1.5
    assert not Setting.select().where(Setting.key == "uji-a").exists()


def test_the_whole_action_is_retried_after_a_conflict_and_then_saved(server):
    taken = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(server, 4.0, taken))
    holder.start()
    taken.wait(5)
    retrying(lambda: _save("b"))
    holder.join()
    assert Setting.get(Setting.key == "uji-b").value == "b"


def test_a_session_the_server_cut_off_is_opened_again_before_the_next_action(server, monkeypatch):
    Setting.select().count()
    pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    with backends.admin_connection() as admin:
        admin.execute_sql("SELECT pg_terminate_backend(%s)", (pid,))
    assert Setting.select().count() >= 0  # a read outside a transaction reconnects once
    pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    with backends.admin_connection() as admin:
        admin.execute_sql("SELECT pg_terminate_backend(%s)", (pid,))
    monkeypatch.setattr(store_database.OfficeServerDatabase, "IDLE_PROBE_S", 0.0)
    _save("c")  # the write's probe finds the dead session first
    assert Setting.get(Setting.key == "uji-c").value == "c"


def test_an_unreachable_server_is_said_quickly_and_in_indonesian():
    started = time.monotonic()
    with pytest.raises(DataFolderProblem) as refused:
        check_server("postgresql://kampar_loket:rahasia@127.0.0.1:1/kampar")
    assert time.monotonic() - started < store_database.CONNECT_TIMEOUT_S + 1
    assert refused.value.kind == OFFLINE and "Server basis data 127.0.0.1:1/kampar tidak dapat dihubungi" in str(
        refused.value
    )
    assert "rahasia" not in str(refused.value)


def test_a_statement_past_its_timeout_is_said_as_such_and_not_sent_again(server):
    """Not "the server is gone": it is there and answered late. And the statement is not sent a second time."""
    from peewee import DatabaseError

    from kampar_desk.store.faults import TIMEOUT, storage_error

    database.execute_sql("SET statement_timeout = 300")
    started = time.monotonic()
    with pytest.raises(DatabaseError) as failed:
        database.execute_sql("SELECT pg_sleep(2)")
    assert time.monotonic() - started < 1.5  # once, not twice
    fault = storage_error(failed.value)
    assert fault is not None and fault.kind == TIMEOUT and str(fault) == MESSAGES[TIMEOUT]
