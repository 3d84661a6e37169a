import sqlite3
import uuid
from pathlib import Path

import pytest
from peewee import Database, IntegrityError, PostgresqlDatabase, SqliteDatabase
from playhouse.migrations import Runner
from playhouse.schema_diff import diff_models

from kampar_desk.paths import migrations_dir
from kampar_desk.store.database import close_database, database, open_database
from kampar_desk.store.ids import new_id
from kampar_desk.store.models import MODELS, Counter, LocalDay
from tests import backends

SEARCH_TABLES = ("application_search",)  # the FTS5 index and its shadow tables: made by migration 0011 only
#: made by migration 0011 on the server only: the pg_trgm index the name search reads (the models know no GIN index)
SERVER_SEARCH_INDEXES = ("application_name_key_trigram",)


def _model_difference(db: Database):
    """What the models would change in `db`, leaving out the server's search index (the models name no GIN index)."""
    difference = diff_models(db, MODELS)
    difference.drop_indexes[:] = [i for i in difference.drop_indexes if i.name not in SERVER_SEARCH_INDEXES]
    return difference


def _schema(db: Database) -> dict:
    tables = [t for t in db.get_tables() if t != "schema_migration" and not t.startswith(SEARCH_TABLES)]
    return {
        table: (
            sorted((c.name, c.data_type.upper(), c.null, c.primary_key) for c in db.get_columns(table)),
            sorted(  # names differ in old migrations
                (tuple(i.columns), i.unique) for i in db.get_indexes(table) if i.name not in SERVER_SEARCH_INDEXES
            ),
        )
        for table in tables
    }


def test_migrations_produce_exactly_the_models(database_location: Path | str, tmp_path: Path):
    """On each backend, the numbered migrations give the very tables, columns, types and indexes that creating the
    models from scratch gives."""
    db = open_database(database_location)
    try:
        difference = _model_difference(db)
        assert not difference, str(difference)
        migrated = _schema(db)
    finally:
        close_database()
    if isinstance(database_location, Path):
        reference: Database = SqliteDatabase(str(tmp_path / "reference.db"))
        name = None
    else:
        name = backends.create_database(migrated=False)
        reference = PostgresqlDatabase(name, prefer_psycopg3=True)
    try:
        with reference.bind_ctx(MODELS):
            reference.create_tables(MODELS)
            expected = _schema(reference)
    finally:
        reference.close()
        if name:
            backends.drop_database(name)
    assert migrated == expected


def test_migrations_are_recorded_and_not_reapplied(database_location: Path | str):
    open_database(database_location)
    close_database()
    db = open_database(database_location)
    try:
        applied = Runner(db, str(migrations_dir())).applied()
        on_disk = sorted(path.stem for path in migrations_dir().glob("[0-9]*.py"))
        assert sorted(applied) == on_disk and on_disk[:2] == ["0001_initial", "0002_name_tokens"]
    finally:
        close_database()


@pytest.mark.sqlite_only
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


def test_records_carry_uuid_and_a_version_bumped_on_every_change(database_location: Path | str):
    open_database(database_location)
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


def test_yearly_counter_is_unique_per_series_and_year(database_location: Path | str):
    open_database(database_location)
    try:
        Counter.create(series="registration", year=2026, last=1)
        with pytest.raises(IntegrityError), database.atomic():
            Counter.create(series="registration", year=2026, last=2)
        Counter.create(series="registration", year=2027, last=1)
    finally:
        close_database()


@pytest.mark.sqlite_only
def test_proxy_is_bound_to_a_real_file(tmp_path: Path):
    db = open_database(tmp_path / "k.db")
    try:
        assert isinstance(database.obj, SqliteDatabase) and db.database == str(tmp_path / "k.db")
    finally:
        close_database()


def test_files_from_version_0_1_are_found_by_any_part_of_their_name_after_the_migrations(tmp_path: Path):
    """An office upgrading from 0.1 gets its old files searchable by name without re-entering anything: migration
    0011 numbers them in arrival order and fills the trigram index from a recomputed name key."""
    from datetime import date, datetime

    from kampar_desk.store.models import Application
    from kampar_desk.store.search import check_index, name_matches

    db = SqliteDatabase(str(tmp_path / "old.db"), pragmas={"foreign_keys": 1})
    Runner(db, str(migrations_dir())).up(target="0001_initial")
    staff_id, app_id = new_id(), new_id()
    now = datetime(2026, 3, 16, 2, 0)
    db.execute_sql(
        "INSERT INTO staff (id, version, updated_at, username, full_name, nip, roles, password_hash, active,"
        " created_at) VALUES (?, 1, ?, 'fo', 'Siti', '', 'front_office', 'x', 1, ?)",
        (staff_id.hex, now, now),
    )
    db.execute_sql(
        "INSERT INTO application (id, version, updated_at, number, service_code, status, applicant_nik, applicant_kk,"
        " applicant_name, applicant_name_key, applicant_sex, applicant_birth_date, applicant_phone, applicant_address,"
        " district_code, village_code, registered_at, registered_by_id, fee_rupiah, technical_review_needed,"
        " verification_note, technical_review_result, payment_reference, decision_reason, survey_outcome,"
        " handed_over_to) VALUES (?, 1, ?, 'KPR-2026-000001', 'REK-PAPS', 'received', '1401025708850003',"
        " '1401021203150007', 'Siti Nur''aini', 'SITI NUR''AINI', 'P', ?, '+6281276460487', 'Jl. A', '14.01.02',"
        " '14.01.02.2001', ?, ?, 0, 0, '', '', '', '', '', '')",
        (app_id.hex, now, date(1985, 8, 17), now, staff_id.hex),
    )
    db.close()
    open_database(tmp_path / "old.db")
    try:
        old = Application.get_by_id(app_id)
        assert (old.applicant_name_key, old.arrival_order) == ("SITI NURAINI", 1)
        assert name_matches(["URAI"], None, 10, None) == [1] and name_matches(["NUR", "SI"], None, 10, None) == [1]
        assert name_matches(["AINI", "X"], None, 10, None) == [] and check_index()
    finally:
        close_database()


def test_migration_0011_goes_down_to_the_word_table_and_up_again(database_location: Path | str):
    """A downgrade gets the word index back, filled; the upgrade after it numbers and indexes the files again."""
    from datetime import date, datetime

    from kampar_desk.store.models import Application, Staff
    from kampar_desk.store.search import check_index, name_matches

    db = open_database(database_location)
    try:
        officer = Staff.create(username="fo", full_name="Siti", roles="front_office", password_hash="x")
        now = datetime(2026, 3, 16, 2, 0)
        for number, name in (("KPR-2026-000001", "Ahmad Rahman"), ("KPR-2026-000002", "Siti Nur'aini")):
            Application.create(
                number=number, service_code="REK-PAPS", status="received", applicant_nik="1401025708850003",
                applicant_kk="1401021203150007", applicant_name=name, applicant_name_key=name.upper(),
                applicant_sex="P", applicant_birth_date=date(1985, 8, 17), applicant_phone="+6281276460487",
                applicant_address="Jl. A", district_code="14.01.02", village_code="14.01.02.2001",
                registered_at=now, registered_by=officer.id,
            )  # fmt: skip
        runner = Runner(db, str(migrations_dir()))
        assert runner.down("0011_search_and_period_indexes") == ["0011_search_and_period_indexes"]
        tokens = sorted(row[0] for row in db.execute_sql("SELECT token FROM name_token"))
        assert tokens == ["AHMAD", "NURAINI", "RAHMAN", "SITI"]
        assert runner.up() == ["0011_search_and_period_indexes"]
        assert name_matches(["HMAD"], None, 10, None) == [1] and name_matches(["URAI"], None, 10, None) == [2]
        assert check_index() and not _model_difference(db)
    finally:
        close_database()


def test_a_files_arrival_number_is_given_once_and_kept_by_every_save(database_location: Path | str):
    """The search index and every page cursor rest on it: a save of a stale instance (made before the database gave
    the number) must not write it back empty, and nothing may change it."""
    from datetime import date, datetime

    from kampar_desk.store.models import Application, Staff
    from kampar_desk.store.search import name_matches

    open_database(database_location)
    try:
        officer = Staff.create(username="fo", full_name="Siti", roles="front_office", password_hash="x")
        made = Application.create(
            number="KPR-2026-000001", service_code="REK-PAPS", status="received", applicant_nik="1401025708850003",
            applicant_kk="1401021203150007", applicant_name="Ahmad Rahman", applicant_name_key="AHMAD RAHMAN",
            applicant_sex="L", applicant_birth_date=date(1985, 8, 17), applicant_phone="+6281276460487",
            applicant_address="Jl. A", district_code="14.01.02", village_code="14.01.02.2001",
            registered_at=datetime(2026, 3, 16, 2, 0), registered_by=officer.id,
        )  # fmt: skip
        assert made.arrival_order is None  # given by the database, not known to this instance
        made.status = "in_technical_review"
        made.save()
        assert Application.get_by_id(made.id).arrival_order == 1 and name_matches(["HMAD"], None, 5, None) == [1]
        with pytest.raises(IntegrityError, match="arrival_order is fixed"), database.atomic():
            Application.update(arrival_order=7).where(Application.id == made.id).execute()
    finally:
        close_database()
