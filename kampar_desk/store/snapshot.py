"""The database as a file: consistent snapshots, integrity checks and read-only opening of another copy (SQLite)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from peewee import SqliteDatabase

from kampar_desk.store.database import database


def _read_only_uri(path: Path) -> str:
    """A file URI, so a folder named with '#', '?' or '%' (allowed on Windows) opens this file and no other."""
    return path.resolve().as_uri() + "?mode=ro"


def snapshot_to(target: Path) -> None:
    """Write a consistent copy of the open database to `target` (`VACUUM INTO`: safe while other actions run)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    database.execute_sql("VACUUM INTO ?", (str(target),))


def check_integrity(path: Path, quick: bool = False) -> str:
    """'ok', or what SQLite found wrong in the file (first lines); never changes the file."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with contextlib.closing(sqlite3.connect(_read_only_uri(path), uri=True)) as connection:
            rows = connection.execute(f"PRAGMA {pragma}(5)").fetchall()
    except sqlite3.Error as error:
        return str(error)
    found = "; ".join(str(row[0]) for row in rows)
    return "ok" if found == "ok" else found


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[SqliteDatabase]:
    """Another copy of the database (a backup being checked, a folder moved aside), opened for reading only.

    Queries run on it with `.bind(db)`, so the app's own open database stays bound to the models."""
    db = SqliteDatabase(_read_only_uri(path), uri=True, pragmas={"query_only": 1})
    db.connect()
    try:
        yield db
    finally:
        db.close()
