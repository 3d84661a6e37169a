"""The name search index: files whose name contains every typed part, newest first, one page after a cursor.

SQLite answers from an FTS5 table with the trigram tokenizer (`application_search`, migration 0011), kept in step
with `application.applicant_name_key` by triggers inside the writing transaction. The page cursor is the file's
`arrival_order`, which is also the index's rowid, so a page is read backwards from the cursor and stops at `limit`:
the cost does not grow with the page number or the database. A PostgreSQL backend answers the same question with a
`pg_trgm` index on the same column (`LIKE '%part%'` per part, ordered by `arrival_order`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from peewee import DatabaseError

from kampar_desk.store.database import database, is_server

#: A trigram index finds a part of three letters or more; shorter parts narrow the rows the longer ones found.
SHORTEST_INDEXED_PART = 3


def _match_expression(parts: Sequence[str]) -> str:
    # Parts are letters only (`domain.validation.search_words`), so quoting each one is the whole escaping.
    return " ".join(f'"{part}"' for part in parts)


def name_matches(parts: Sequence[str], before: int | None, limit: int, station: str | None) -> list[int]:
    """Arrival numbers (newest first) of up to `limit` files below `before` whose name key contains every part, of
    `station` (None: every station). Parts shorter than SHORTEST_INDEXED_PART must start a word of the name; at
    least one part must be indexed (the caller says so to the officer)."""
    indexed = [part for part in parts if len(part) >= SHORTEST_INDEXED_PART]
    short = [part for part in parts if len(part) < SHORTEST_INDEXED_PART]
    if not indexed:
        raise ValueError("name_matches needs one part of at least three letters")
    if is_server():
        return _server_matches(indexed, short, before, limit, station)
    conditions = ["application_search MATCH ?"]
    arguments: list[object] = [_match_expression(indexed)]
    if before is not None:
        conditions.append("s.rowid < ?")
        arguments.append(before)
    joined = station is not None or bool(short)
    if station is not None:
        conditions.append("a.origin_station = ?")
        arguments.append(station)
    for part in short:
        conditions.append("instr(' ' || a.applicant_name_key, ?) > 0")
        arguments.append(" " + part)
    join = " JOIN application AS a ON a.arrival_order = s.rowid" if joined else ""
    sql = (
        f"SELECT s.rowid FROM application_search AS s{join} WHERE {' AND '.join(conditions)} "
        "ORDER BY s.rowid DESC LIMIT ?"
    )
    cursor = database.execute_sql(sql, (*arguments, limit))
    return [row[0] for row in cursor.fetchall()]


def _server_matches(
    indexed: Sequence[str], short: Sequence[str], before: int | None, limit: int, station: str | None
) -> list[int]:
    """PostgreSQL: `LIKE '%PART%'` per part, answered by the pg_trgm GIN index on the name key (migration 0011). The
    name key holds capital letters and single spaces only, so a part needs no escaping and no case folding."""
    conditions = ["applicant_name_key LIKE %s" for _ in indexed]
    arguments: list[object] = [f"%{part}%" for part in indexed]
    for part in short:
        conditions.append("position(%s in ' ' || applicant_name_key) > 0")
        arguments.append(" " + part)
    if before is not None:
        conditions.append("arrival_order < %s")
        arguments.append(before)
    if station is not None:
        conditions.append("origin_station = %s")
        arguments.append(station)
    sql = f"SELECT arrival_order FROM application WHERE {' AND '.join(conditions)} ORDER BY arrival_order DESC LIMIT %s"
    cursor = database.execute_sql(sql, (*arguments, limit))
    return [row[0] for row in cursor.fetchall()]


def check_index() -> bool:
    """True when the search index holds exactly the files' name keys (FTS5's own integrity check; on PostgreSQL the
    index is the table's own, kept by the server)."""
    if is_server():
        return True
    try:
        database.execute_sql("INSERT INTO application_search(application_search, rank) VALUES ('integrity-check', 1)")
    except (DatabaseError, sqlite3.DatabaseError):  # FTS5 says 'database disk image is malformed' when not
        return False
    return True


def rebuild_index() -> None:
    """Rebuild the search index from the files' name keys (after a repair; the triggers keep it in step otherwise)."""
    if is_server():
        database.execute_sql("REINDEX INDEX application_name_key_trigram")
        return
    database.execute_sql("INSERT INTO application_search(application_search) VALUES ('rebuild')")
