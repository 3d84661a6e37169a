"""Opening the database: durable pragmas for a PC with power cuts, migrations on open, portable write transactions."""

from __future__ import annotations

from pathlib import Path

from peewee import DatabaseProxy, SqliteDatabase
from playhouse.migrations import Runner

from kampar_desk.paths import migrations_dir

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


def open_database(path: Path) -> SqliteDatabase:
    """Open (creating if needed) the SQLite file, bind the models to it and apply pending migrations."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # IMMEDIATE takes the write lock at BEGIN, so two processes never deadlock upgrading a read lock.
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE", timeout=5)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    apply_migrations(db)
    return db


def apply_migrations(db: SqliteDatabase) -> list[str]:
    """Run every pending numbered migration, each in its own transaction; returns the names applied."""
    return Runner(db, str(migrations_dir())).up()


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()


def write_transaction():
    """The transaction every user action runs in (IMMEDIATE on SQLite via lock_type; plain on PostgreSQL)."""
    return database.atomic()
