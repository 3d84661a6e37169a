"""Opening the database (the local SQLite file, or the office's PostgreSQL server), migrations on open, and the one
write transaction every user action runs in, the same on both."""

from __future__ import annotations

import contextlib
import logging
import random
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from peewee import (
    Database,
    DatabaseError,
    DatabaseProxy,
    InterfaceError,
    OperationalError,
    PostgresqlDatabase,
    SqliteDatabase,
)
from playhouse.migrations import Runner

from kampar_desk.domain.errors import DataFolderProblem
from kampar_desk.paths import migrations_dir
from kampar_desk.store.faults import CONFLICT, DENIED, OFFLINE, fault_kind, storage_error

log = logging.getLogger(__name__)

database = DatabaseProxy()

# WAL + synchronous=FULL: a committed save survives a power cut (NORMAL may lose the last commits).
# peewee applies these on every new connection, which matters because synchronous and foreign_keys are per connection.
PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "journal_size_limit": 64 * 1024 * 1024,
    "cache_size": -32000,
}


DAMAGED_MESSAGE = (
    "Basis data {path} rusak ({detail}). Jangan diubah atau dihapus: pulihkan dari cadangan terbaru "
    "(Pengaturan > Cadangan, atau perintah 'kampar-desk restore BERKAS'), lalu hubungi petugas TI."
)


#: Up to this size the start reads every page of the file (`PRAGMA quick_check`): well under a second, even from a
#: cold disk. A bigger file is read in full at start only after a session that did not end cleanly (see `start_check`).
FULL_CHECK_BYTES = 64 * 1024 * 1024

#: the tables the start and the sign-in read, checked page by page at every start whatever the file's size: small
START_TABLES = (
    "schema_migration",
    "office_profile",
    "local_station",
    "setting",
    "staff",
    "sign_in_guard",
    "counter",
    "local_day",
    "seal_key",
)


T = TypeVar("T")

#: Every write transaction on the server takes this transaction-scoped advisory lock first: writers queue as SQLite's
#: BEGIN IMMEDIATE makes them, so a read-then-write (a status check, the audit chain's head, a number) is never
#: raced by another counter. Writes are milliseconds (papers are rendered and signed outside), so five counters
#: never notice the queue.
WRITE_LOCK_KEY = 0x4B44_0001
#: Held while migrations run, so two counters starting at once do not both migrate.
MIGRATION_LOCK_KEY = 0x4B44_0002

#: Connection limits for a counter on the office network. A counter that waits longer than LOCK_TIMEOUT for the
#: write lock gets a retryable refusal; a counter that froze or lost its cable inside a transaction is cut off by the
#: server after IDLE_IN_TRANSACTION, which frees the others' numbering.
CONNECT_TIMEOUT_S = 5
LOCK_TIMEOUT_MS = 3000
STATEMENT_TIMEOUT_MS = 60_000
IDLE_IN_TRANSACTION_MS = 5000
#: Linux only (libpq ignores what the OS lacks): a query on a connection whose cable was pulled fails after this.
TCP_USER_TIMEOUT_MS = 10_000

#: A conflict on the server (lock timeout, deadlock, serialization failure) is retried this many times in all.
ATTEMPTS = 3


def is_server_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(("postgresql://", "postgres://"))


def server_database(url: str, application_name: str = "kampar-desk", password: str = "") -> PostgresqlDatabase:
    """A PostgreSQL database object for `url` (not yet connected) with the counter's timeouts; psycopg 3 only. The
    password: `password`, else the one kept in the credential store for this address (`store/server_secret.py`),
    else libpq's own sources (PGPASSWORD, pgpass)."""
    options = (
        f"-c timezone=UTC -c lock_timeout={LOCK_TIMEOUT_MS} -c statement_timeout={STATEMENT_TIMEOUT_MS} "
        f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}"
    )
    params: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": application_name,
        "options": options,
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 3,
        "keepalives_count": 3,
    }
    if sys.platform.startswith("linux"):
        params["tcp_user_timeout"] = TCP_USER_TIMEOUT_MS
    if password:
        params["password"] = password
    elif not names_password(url):  # a password in the URL itself (given for one run) is used as given
        from kampar_desk.store.server_secret import stored_password

        kept = stored_password(url)
        if kept:
            params["password"] = kept
    return OfficeServerDatabase(url, prefer_psycopg3=True, autorollback=False, **params)


def _is_read(sql: object) -> bool:
    return str(sql).lstrip().upper().startswith(("SELECT", "SHOW", "WITH"))


def names_password(url: str) -> bool:
    """Whether the address itself carries a password (in the user part or as a parameter)."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        return bool(conninfo_to_dict(url).get("password"))
    except Exception:  # an address libpq cannot read fails at connect, with its own sentence
        return False


class OfficeServerDatabase(PostgresqlDatabase):
    """The office's PostgreSQL server. Outside a transaction, a connection the server or the network dropped is opened
    again once (the counter was idle while the server restarted); inside one, the error goes up, the transaction is
    lost and the action is refused whole."""

    #: A connection unused this long is probed before a write transaction starts on it (see `_reconnect_if_dropped`).
    IDLE_PROBE_S = 10.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._last_used = threading.local()

    def idle_seconds(self) -> float:
        return time.monotonic() - getattr(self._last_used, "at", 0.0)

    def execute_sql(self, sql, params=None):
        self._last_used.at = time.monotonic()
        try:
            return super().execute_sql(sql, params)
        except (OperationalError, InterfaceError) as error:
            # Only a read is sent again: a write outside a transaction might have been done before the line dropped.
            if self.in_transaction() or fault_kind(error) != OFFLINE or not _is_read(sql):
                raise
            log.warning("Reconnecting to the database server after: %s", error)
            with contextlib.suppress(Exception):
                self.close()
            return super().execute_sql(sql, params)


def is_server(db: Database | None = None) -> bool:
    """Whether the open database is the office's PostgreSQL server (else the local SQLite file)."""
    target = db if db is not None else database.obj
    return isinstance(target, PostgresqlDatabase)


def open_database(location: Path | str, full_check_bytes: int = FULL_CHECK_BYTES) -> Database:
    """Open the local SQLite file (a path) or the office's server (a postgresql:// URL), bind the models to it and
    apply pending migrations."""
    if is_server_url(location):
        return _open_server(str(location))
    return _open_file(Path(location), full_check_bytes)


SERVER_UNREACHABLE = (
    "Server basis data {where} tidak dapat dihubungi ({detail}). Periksa kabel jaringan dan apakah PC server menyala, "
    "lalu ulangi; bila server mati lama, hubungi petugas TI (lihat README: 'Bila server mati')."
)


SERVER_NEEDS_OWNER = (
    "Basis data di server {where} perlu diperbarui untuk versi Kampar Desk ini, tetapi akun loket tidak berhak "
    "mengubah susunannya. Petugas TI: buka sekali dengan akun pemilik basis data "
    "(kampar-desk --database-url postgresql://PEMILIK@SERVER/kampar db grant-counter AKUN-LOKET), lalu ulangi."
)


def _pending_migrations(db: Database) -> bool:
    return any(m.path is not None and not m.applied for m in Runner(db, str(migrations_dir())).status())


def describe_server(url: str) -> str:
    """host:port/database of a URL, never its password (for messages and logs)."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(url)
    except Exception:  # an address the officer typed wrong: said as such, whatever psycopg found
        return "(alamat tidak sah)"
    return f"{parts.get('host') or 'localhost'}:{parts.get('port') or 5432}/{parts.get('dbname') or ''}"


def _open_server(url: str) -> Database:
    db = server_database(url)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        # Read first: a counter's role may read the history but not change the schema (only the owner migrates).
        if _pending_migrations(db):
            db.execute_sql("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK_KEY,))
            try:
                apply_migrations(db)
            finally:
                # the migration's own error is the one to tell; the lock goes with the session anyway
                with contextlib.suppress(DatabaseError, InterfaceError):
                    db.execute_sql("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK_KEY,))
    except (DatabaseError, InterfaceError) as error:
        with contextlib.suppress(Exception):
            db.close()
        fault = storage_error(error)
        if fault is not None and fault.kind == DENIED:
            raise DataFolderProblem(DENIED, SERVER_NEEDS_OWNER.format(where=describe_server(url))) from error
        if fault is not None and fault.kind == OFFLINE:
            raise unreachable(url, error) from error
        raise (fault or error) from error
    return db


def unreachable(url: str, error: BaseException) -> DataFolderProblem:
    """The server at `url` could not be reached or used, said with the driver's first line (never the password)."""
    detail = (str(error).strip().splitlines() or [type(error).__name__])[0][:200]
    return DataFolderProblem(OFFLINE, SERVER_UNREACHABLE.format(where=describe_server(url), detail=detail))


def check_server(url: str, password: str = "") -> str:
    """Connect to `url` once (the settings' connection test): the server's version, or `DataFolderProblem`."""
    db = server_database(url, application_name="kampar-desk-test", password=password)
    try:
        db.connect()
        return str(db.execute_sql("SHOW server_version").fetchone()[0])
    except (DatabaseError, InterfaceError) as error:
        raise unreachable(url, error) from error
    finally:
        with contextlib.suppress(Exception):
            db.close()


def _open_file(path: Path, full_check_bytes: int) -> SqliteDatabase:
    """Open (creating if needed) the SQLite file, check it, bind the models to it and apply pending migrations.

    A damaged file is refused with `DataFolderProblem` before anything is written to it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # Looked at before connecting: a write-ahead log left behind says the last session did not end cleanly.
    wal = path.with_name(path.name + "-wal")
    unclean = wal.exists() and wal.stat().st_size > 0
    full = not path.exists() or path.stat().st_size <= full_check_bytes or unclean
    # IMMEDIATE takes the write lock at BEGIN, so two processes never deadlock upgrading a read lock.
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE", timeout=5)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        found = start_check(db, full)
    except (DatabaseError, sqlite3.DatabaseError) as error:
        db.close()
        fault = storage_error(error, path.parent)
        if fault is not None and fault.kind == "damaged":
            raise DataFolderProblem("damaged", DAMAGED_MESSAGE.format(path=path, detail=error)) from error
        raise (fault or error) from error
    if found != "ok":
        db.close()
        raise DataFolderProblem("damaged", DAMAGED_MESSAGE.format(path=path, detail=found[:200]))
    try:
        apply_migrations(db)
    except (DatabaseError, sqlite3.DatabaseError) as error:
        fault = storage_error(error, path.parent)
        raise (fault or error) from error
    return db


def start_check(db: SqliteDatabase, full: bool) -> str:
    """'ok', or what is wrong with the file (first lines).

    `full`: `quick_check` reads every page (skipping index cross-checks), so a torn or overwritten page anywhere is
    caught; it costs seconds on a database of years. Otherwise, for a big file whose last session ended cleanly
    (torn pages come from power cuts and crashes, and those leave the write-ahead log behind): the schema and the
    tables the start and the sign-in read are checked page by page, and SQLite itself refuses a file shorter than
    its header says. A damaged page elsewhere is refused when it is read: the daily backup reads every table, and
    `kampar-desk audit verify` checks the whole file."""
    if full:
        return _rows(db, "PRAGMA quick_check(5)")
    present = {str(row[0]) for row in db.execute_sql("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    for table in START_TABLES:
        if table in present:
            found = _rows(db, f"PRAGMA quick_check({table})")
            if found != "ok":
                return found
    return "ok"


def _rows(db: SqliteDatabase, sql: str) -> str:
    return "; ".join(str(row[0]) for row in db.execute_sql(sql).fetchall())


def apply_migrations(db: Database) -> list[str]:
    """Run every pending numbered migration, each in its own transaction; returns the names applied."""
    return Runner(db, str(migrations_dir())).up()


def migration_state() -> tuple[list[str], list[str]]:
    """The numbered migrations shipped with the app: (applied to the open database, still pending)."""
    status = Runner(database.obj, str(migrations_dir())).status()
    shipped = [migration for migration in status if migration.path is not None]
    return [m.name for m in shipped if m.applied], [m.name for m in shipped if not m.applied]


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()


class _RollbackHooks(threading.local):
    def __init__(self) -> None:
        self.callbacks: list[Callable[[], object]] = []


_rollback_hooks = _RollbackHooks()


def after_commit(callback: Callable[[], object]) -> None:
    """Run `callback` once the outermost write transaction commits (at once when none is open); what it returns is
    ignored."""
    database.after_commit(callback)


def after_rollback(callback: Callable[[], object]) -> None:
    """Run `callback` if the outermost write transaction rolls back (files staged for it are removed this way)."""
    if database.transaction_depth() == 0:
        return
    _rollback_hooks.callbacks.append(callback)


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    """The transaction every user action runs in: IMMEDIATE on SQLite (lock_type), and on the server the write lock
    taken first (WRITE_LOCK_KEY), so both queue writers the same way.

    A refusal of the disk or the database (locked, full, read-only, damaged, server gone) comes out as a
    `StorageError` with an Indonesian sentence, the connection left clean for the next action, and staged files
    removed. A conflict (`StorageError.kind == CONFLICT`) may be retried whole: see `retrying`.
    """
    outermost = database.transaction_depth() == 0
    try:
        if outermost and is_server():
            _reconnect_if_dropped()
        with database.atomic():
            if outermost and is_server():
                database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
            yield
    except BaseException as error:
        if outermost:
            _discard_failed_transaction()
        fault = storage_error(error)
        if fault is not None:
            log.error("Storage fault: %s (%s)", fault, _root_text(error))
            raise fault from error
        raise
    else:
        if outermost:
            _rollback_hooks.callbacks.clear()


def _reconnect_if_dropped() -> None:
    """Before a write on the server: a connection the server or the network dropped while the counter was idle is
    opened again (inside the transaction it would be too late)."""
    db = database.obj
    if db.is_closed():
        return
    if not db.is_connection_usable():
        with contextlib.suppress(Exception):
            db.close()
    elif isinstance(db, OfficeServerDatabase) and db.idle_seconds() > db.IDLE_PROBE_S:
        # The driver learns of a server restart only by using the connection: a probe here reconnects outside the
        # transaction, where nothing can be half-done.
        db.execute_sql("SELECT 1")


def retrying(action: Callable[[], T], attempts: int = ATTEMPTS) -> T:
    """Run one whole user action, again after a conflict on the server (another counter held the write lock past its
    timeout, a deadlock, a serialization failure), up to `attempts` times with a short random pause; the
    last refusal goes up with its Indonesian sentence."""
    from kampar_desk.domain.errors import StorageError

    for attempt in range(1, attempts + 1):
        try:
            return action()
        except StorageError as error:
            if error.kind != CONFLICT or attempt == attempts or database.transaction_depth() > 0:
                raise
            log.warning("Write conflict (attempt %d of %d): %s", attempt, attempts, error)
            time.sleep(random.uniform(0.05, 0.25) * attempt)
    raise AssertionError("unreachable")


def _discard_failed_transaction() -> None:
    """After a failed action: SQLite may have rolled back by itself (disk full); make sure nothing stays open."""
    callbacks, _rollback_hooks.callbacks = _rollback_hooks.callbacks, []
    # peewee keeps commit callbacks when its own ROLLBACK fails ("no transaction is active"): drop them here,
    # or the next action's commit would run this failed action's renames.
    with contextlib.suppress(AttributeError):
        database.obj._clear_commit_callbacks()
    with contextlib.suppress(DatabaseError, AttributeError):
        connection = database.connection()
        if getattr(connection, "in_transaction", False):
            connection.rollback()
    for callback in reversed(callbacks):
        try:
            callback()
        except OSError:
            log.warning("Could not undo a staged file after a rollback", exc_info=True)


def _root_text(error: BaseException) -> str:
    seen = error
    while seen.__context__ is not None and seen.__context__ is not seen:
        seen = seen.__context__
    return f"{type(seen).__name__}: {seen}"


def ping_server() -> None:
    """One cheap round trip to the open database (the status bar's connection check, on a worker thread): returns
    when it answered, else raises the `StorageError` of what went wrong (OFFLINE when the server is gone)."""
    try:
        database.execute_sql("SELECT 1").fetchone()
    except (DatabaseError, InterfaceError) as error:
        fault = storage_error(error)
        if fault is None:
            raise
        raise fault from error
