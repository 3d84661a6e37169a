import sqlite3
import uuid
from pathlib import Path

import pytest
from peewee import IntegrityError, SqliteDatabase
from playhouse.migrations import Runner
from playhouse.schema_diff import diff_models

from kampar_desk.paths import migrations_dir
from kampar_desk.store.database import close_database, database, open_database
from kampar_desk.store.ids import new_id
from kampar_desk.store.models import MODELS, Counter, LocalDay


def _schema(db: SqliteDatabase) -> dict:
    return {
        table: sorted((c.name, c.data_type.upper(), c.null, c.primary_key) for c in db.get_columns(table))
        for table in db.get_tables()
        if table != "schema_migration"
    }


def test_migrations_produce_exactly_the_models(tmp_path: Path):
    db = open_database(tmp_path / "k.db")
    try:
        assert not diff_models(db, MODELS), str(diff_models(db, MODELS))
        migrated = _schema(db)
    finally:
        close_database()
    reference = SqliteDatabase(str(tmp_path / "reference.db"))
    with reference.bind_ctx(MODELS):
        reference.create_tables(MODELS)
        expected = _schema(reference)
    assert migrated == expected


def test_migrations_are_recorded_and_not_reapplied(tmp_path: Path):
    open_database(tmp_path / "k.db")
    close_database()
    db = open_database(tmp_path / "k.db")
    try:
        applied = Runner(db, str(migrations_dir())).applied()
        assert sorted(applied) == ["0001_initial", "0002_name_tokens"]
    finally:
        close_database()


def test_durability_pragmas_on_every_connection(tmp_path: Path):
    db = open_database(tmp_path / "k.db")
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        close_database()
    raw = sqlite3.connect(tmp_path / "k.db")
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # persistent in the file
    raw.close()


def test_records_carry_uuid_and_a_version_bumped_on_every_change(tmp_path: Path):
    open_database(tmp_path / "k.db")
    try:
        from datetime import date

        day = LocalDay.create(day=date(2026, 12, 2), working=False, name="Hari Jadi")
        assert isinstance(day.id, uuid.UUID) and day.version == 1
        day.name = "Hari Jadi Kabupaten Kampar"
        day.save()
        day.save()
        assert LocalDay.get_by_id(day.id).version == 3
    finally:
        close_database()


def test_uuid7_ids_sort_by_creation_time():
    ids = [new_id() for _ in range(200)]
    assert all(i.version == 7 for i in ids)
    assert [i.bytes[:6] for i in ids] == sorted(i.bytes[:6] for i in ids)
    assert len(set(ids)) == 200


def test_yearly_counter_is_unique_per_series_and_year(tmp_path: Path):
    open_database(tmp_path / "k.db")
    try:
        Counter.create(series="registration", year=2026, last=1)
        with pytest.raises(IntegrityError), database.atomic():
            Counter.create(series="registration", year=2026, last=2)
        Counter.create(series="registration", year=2027, last=1)
    finally:
        close_database()


def test_proxy_is_bound_to_a_real_file(tmp_path: Path):
    db = open_database(tmp_path / "k.db")
    try:
        assert isinstance(database.obj, SqliteDatabase) and db.database == str(tmp_path / "k.db")
    finally:
        close_database()
