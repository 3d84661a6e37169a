"""Opening the database: durable pragmas for a PC with power cuts, migrations on open, portable write transactions."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from peewee import DatabaseError, DatabaseProxy, SqliteDatabase
from playhouse.migrations import Runner

from kampar_desk.domain.errors import DataFolderProblem
from kampar_desk.paths import migrations_dir
from kampar_desk.store.faults import storage_error

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


def open_database(path: Path, full_check_bytes: int = FULL_CHECK_BYTES) -> SqliteDatabase:
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


def apply_migrations(db: SqliteDatabase) -> list[str]:
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
    """The transaction every user action runs in (IMMEDIATE on SQLite via lock_type; plain on PostgreSQL).

    A refusal of the disk or the database (locked, full, read-only, damaged) comes out as a `StorageError`
    with an Indonesian sentence, the connection left clean for the next action, and staged files removed.
    """
    outermost = database.transaction_depth() == 0
    try:
        with database.atomic():
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
