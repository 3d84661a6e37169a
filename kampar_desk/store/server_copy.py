"""Moving an office's SQLite file to its PostgreSQL server: the backend-specific steps of `db migrate-to-postgres`
(the source file brought up to date and later sealed, the target's session, locks and sequences)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from peewee import (
    CharField,
    DatabaseError,
    Field,
    IntegerField,
    InterfaceError,
    Model,
    PostgresqlDatabase,
    SqliteDatabase,
    TextField,
)

from kampar_desk.domain.errors import DataFolderProblem, DeskError
from kampar_desk.store.database import (
    DAMAGED_MESSAGE,
    MIGRATION_LOCK_KEY,
    PRAGMAS,
    WRITE_LOCK_KEY,
    apply_migrations,
    describe_server,
    server_database,
    unreachable,
)
from kampar_desk.store.faults import OFFLINE, storage_error
from kampar_desk.store.snapshot import check_integrity

#: The move is one long transaction on a database no counter uses yet: the counters' limits (a statement cut after a
#: minute, a session idle in a transaction cut after seconds) would abort a big office half way. A mover that dies
#: still releases everything at once (the server sees the connection close).
MOVE_STATEMENT_TIMEOUT = "0"
MOVE_IDLE_IN_TRANSACTION = "15min"


def prepare_source(path: Path) -> None:
    """Bring the SQLite file to this version's schema (as a start would) and leave it closed with its write-ahead log
    folded in, so a read-only copy sees every commit. A damaged file is refused before anything is copied."""
    found = check_integrity(path, quick=True)
    if found != "ok":
        raise DataFolderProblem("damaged", DAMAGED_MESSAGE.format(path=path, detail=found[:200]))
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=5)
    try:
        db.connect()
        apply_migrations(db)
    except (DatabaseError, sqlite3.DatabaseError) as error:
        raise (storage_error(error, path.parent) or error) from error
    finally:
        db.close()


def seal_source(path: Path) -> None:
    """After the move: the old file in plain rollback-journal mode (readable anywhere without its WAL companions) and
    read-only on disk, so nobody keeps writing to an office that now lives on the server."""
    db = SqliteDatabase(str(path), timeout=5)
    try:
        db.connect()
        db.execute_sql("PRAGMA journal_mode=delete")
    finally:
        db.close()
    mode = path.stat().st_mode
    os.chmod(path, mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def connect_target(url: str) -> PostgresqlDatabase:
    """The target server, connected for the move, its pending migrations applied (under the migration lock, as a
    counter's start does); an unreachable server is one Indonesian sentence (`DataFolderProblem`, kind offline)."""
    db = server_database(url, application_name="kampar-desk-pindah")
    try:
        db.connect()
    except (DatabaseError, InterfaceError) as error:
        raise unreachable(url, error) from error
    try:
        db.execute_sql(f"SET statement_timeout = '{MOVE_STATEMENT_TIMEOUT}'")
        db.execute_sql(f"SET idle_in_transaction_session_timeout = '{MOVE_IDLE_IN_TRANSACTION}'")
        db.execute_sql("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK_KEY,))
        try:
            apply_migrations(db)
        finally:
            db.execute_sql("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK_KEY,))
    except (DatabaseError, InterfaceError) as error:
        with contextlib.suppress(Exception):
            db.close()
        fault = storage_error(error)
        if fault is not None and fault.kind == OFFLINE:
            raise unreachable(url, error) from error
        detail = (str(error).strip().splitlines() or [type(error).__name__])[0][:200]
        raise DeskError(
            f"Server {describe_server(url)} menolak menyiapkan tabel Kampar Desk ({detail}). Akun yang dipakai harus "
            "pemilik basis data itu (lihat README); tidak ada yang dipindahkan."
        ) from error
    return db


def server_version(db: PostgresqlDatabase) -> str:
    """'15.18', without the packager's note."""
    return str(db.execute_sql("SHOW server_version").fetchone()[0]).split()[0]


@contextlib.contextmanager
def copy_transaction(db: PostgresqlDatabase) -> Iterator[None]:
    """The one transaction the whole copy runs in, holding the counters' write lock: a counter that opens the new
    database meanwhile waits (and then finds it full), and a failure leaves the server as empty as it was."""
    with db.atomic():
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
        yield


#: Sequences owned by a column (SERIAL ids, `application.arrival_order`'s numbering) in the current schema.
_OWNED_SEQUENCES = (
    "SELECT t.relname, a.attname FROM pg_class s "
    "JOIN pg_namespace n ON n.oid = s.relnamespace "
    "JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') "
    "JOIN pg_class t ON t.oid = d.refobjid "
    "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid "
    "WHERE s.relkind = 'S' AND n.nspname = current_schema() ORDER BY t.relname, a.attname"
)


def copy_rows(db: PostgresqlDatabase, model: type[Model], fields: Sequence[Field], rows: Iterable[tuple]) -> int:
    """Stream `rows` (values of `fields`, in order, as the models read them) into `model`'s table with COPY, inside
    the caller's transaction; the number of rows. Each value goes through its column's conversion as an insert
    through the model would (ids, times, flags), without building a statement per batch: building and parsing
    multi-row INSERTs took most of the move (34 s of 83 s for 10,000 files). An error raised by `rows` (a refused
    value) aborts the copy and goes up unchanged; the server's own refusal comes up as peewee's `DatabaseError`."""
    import psycopg

    columns = ", ".join(_identifier(field.column_name) for field in fields)
    # text and numbers go to the server as they are; the other columns need their conversion
    plain = (CharField, TextField, IntegerField)
    converters = [None if isinstance(field, plain) else field.db_value for field in fields]
    copied = 0
    try:
        with db.cursor().copy(f"COPY {_identifier(model._meta.table_name)} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([v if c is None else c(v) for v, c in zip(row, converters, strict=True)])
                copied += 1
    except psycopg.Error as error:
        raise DatabaseError(str(error)) from error
    return copied


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def reset_sequences(db: PostgresqlDatabase) -> dict[str, int]:
    """Move every column-owned sequence past the values copied with their rows (explicit values never advance a
    sequence): the next file's arrival number, and any serial id, continue after the copied ones. Returns
    table.column -> the highest value copied (0 when none)."""
    reset = {}
    for table, column in db.execute_sql(_OWNED_SEQUENCES).fetchall():
        quoted_table, quoted_column = _identifier(table), _identifier(column)
        row = db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence(%s, %s), COALESCE(MAX({quoted_column}), 1), "
            f"MAX({quoted_column}) IS NOT NULL), COALESCE(MAX({quoted_column}), 0) FROM {quoted_table}",
            (quoted_table, column),
        ).fetchone()
        reset[f"{table}.{column}"] = int(row[1])
    return reset
