"""Reports and tracking that read only what they show (frozen copies of the SQL in `store/search.py`).

- The name search moves from the word table (`name_token`, dropped) to an SQLite FTS5 index with the trigram
  tokenizer over `application.applicant_name_key`, so a part inside a word is found too ("hmad" → AHMAD). Triggers
  keep it in step with the files inside the same transaction, whatever writes them (a save, an import).
- `arrival_order` numbers the files in the order they arrived in this database: the FTS rowid (an external-content
  index needs a stable integer key; SQLite's own rowid may change on VACUUM) and the tracking lists' cursor.
- The name key is recomputed as the search words joined by one space (letters only, as the old word table had them).
- Each step time a report counts within its period gets an index (and letters their last change, which the start's
  reconciliation reads); indexes nothing reads are dropped (the officer
  columns: five accounts, never deleted), and the unique numbers are indexed number first, so a scanned number is
  found without naming the station.
"""

from peewee import *

DROPPED = {
    "application": (
        "application_applicant_name_key",
        "application_district_code",
        "application_due_on",
        "application_issued_on",
        "application_registered_by_id",
        "application_previous_id",
        "application_verified_by_id",
        "application_decided_by_id",
        "application_handed_over_by_id",
        "application_origin_station_number",
        "application_status",
    ),
    "letter": ("letter_origin_station_number", "letter_issued_by_id", "letter_cancelled_by_id"),
    "complaint": ("complaint_origin_station_number",),
}
ADDED = (
    ("application", ("number", "origin_station"), True),
    ("application", ("arrival_order",), True),
    ("application", ("verified_at",), False),
    ("application", ("decided_at",), False),
    ("application", ("status", "decided_at"), False),
    ("application", ("issued_at", "registered_at"), False),
    ("application", ("survey_recorded_at",), False),
    ("application", ("handed_over_at",), False),
    ("letter", ("number", "origin_station"), True),
    ("letter", ("issued_at",), False),
    ("letter", ("updated_at",), False),
    ("complaint", ("number", "origin_station"), True),
)

SEARCH_SQL = (
    "CREATE VIRTUAL TABLE application_search USING fts5("
    "applicant_name_key, content='application', content_rowid='arrival_order', tokenize='trigram')",
    # A new file takes the next arrival number (unless one was given) and enters the index.
    "CREATE TRIGGER application_search_insert AFTER INSERT ON application BEGIN "
    "UPDATE application SET arrival_order = (SELECT COALESCE(MAX(arrival_order), 0) + 1 FROM application) "
    "WHERE id = NEW.id AND arrival_order IS NULL; "
    "INSERT INTO application_search(rowid, applicant_name_key) "
    "SELECT arrival_order, applicant_name_key FROM application WHERE id = NEW.id; END",
    "CREATE TRIGGER application_search_update AFTER UPDATE OF applicant_name_key ON application "
    "WHEN OLD.applicant_name_key IS NOT NEW.applicant_name_key BEGIN "
    "INSERT INTO application_search(application_search, rowid, applicant_name_key) "
    "VALUES ('delete', OLD.arrival_order, OLD.applicant_name_key); "
    "INSERT INTO application_search(rowid, applicant_name_key) VALUES (NEW.arrival_order, NEW.applicant_name_key); "
    "END",
    "CREATE TRIGGER application_search_delete AFTER DELETE ON application BEGIN "
    "INSERT INTO application_search(application_search, rowid, applicant_name_key) "
    "VALUES ('delete', OLD.arrival_order, OLD.applicant_name_key); END",
    # Once given, an arrival number never changes: the index and every page cursor rely on it.
    "CREATE TRIGGER application_arrival_fixed BEFORE UPDATE OF arrival_order ON application "
    "WHEN OLD.arrival_order IS NOT NULL AND NEW.arrival_order IS NOT OLD.arrival_order BEGIN "
    "SELECT RAISE(ABORT, 'arrival_order is fixed'); END",
)


# PostgreSQL: the same behaviour with its own means. A sequence numbers arrivals (gaps after a rollback are harmless:
# it is an order, not an official number), a pg_trgm GIN index answers `LIKE '%part%'` on the name key.
SEARCH_POSTGRESQL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX application_name_key_trigram ON application USING gin (applicant_name_key gin_trgm_ops)",
    "CREATE SEQUENCE application_arrival_order_seq AS bigint OWNED BY application.arrival_order",
    "SELECT setval('application_arrival_order_seq', COALESCE(MAX(arrival_order), 0) + 1, false) FROM application",
    "CREATE FUNCTION application_arrival() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'INSERT' THEN "
    "IF NEW.arrival_order IS NULL THEN NEW.arrival_order := nextval('application_arrival_order_seq'); END IF; "
    "ELSIF OLD.arrival_order IS NOT NULL AND NEW.arrival_order IS DISTINCT FROM OLD.arrival_order THEN "
    "RAISE EXCEPTION 'arrival_order is fixed' USING ERRCODE = 'integrity_constraint_violation'; END IF; "
    "RETURN NEW; END $$",
    "CREATE TRIGGER application_arrival_insert BEFORE INSERT ON application "
    "FOR EACH ROW EXECUTE FUNCTION application_arrival()",
    "CREATE TRIGGER application_arrival_fixed BEFORE UPDATE OF arrival_order ON application "
    "FOR EACH ROW EXECUTE FUNCTION application_arrival()",
)


def _name_key(name):
    words = "".join(ch if ch.isalpha() or ch.isspace() or ch in "-." else "" for ch in name.upper())
    return " ".join(words.replace("-", " ").replace(".", " ").split())[:100]


def up(migrator, db):
    changes = [migrator.drop_index(table, name) for table, names in DROPPED.items() for name in names]
    changes.append(migrator.add_column("application", "arrival_order", BigIntegerField(null=True)))
    migrator.migrate(*changes)
    server = isinstance(db, PostgresqlDatabase)

    if server:
        db.execute_sql(
            "UPDATE application SET arrival_order = arrival.n FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n "
            "FROM application) AS arrival WHERE arrival.id = application.id"
        )
    else:
        db.execute_sql("CREATE TEMP TABLE arrival AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM application")
        db.execute_sql(
            "UPDATE application SET arrival_order = arrival.n FROM temp.arrival WHERE arrival.id = application.id"
        )
        db.execute_sql("DROP TABLE temp.arrival")
    renamed = [
        (_name_key(name), key_id)
        for key_id, name, key in db.execute_sql("SELECT id, applicant_name, applicant_name_key FROM application")
        if _name_key(name) != key
    ]
    if renamed:
        db.cursor().executemany(
            f"UPDATE application SET applicant_name_key = {db.param} WHERE id = {db.param}", renamed
        )

    migrator.migrate(*(migrator.add_index(table, columns, unique) for table, columns, unique in ADDED))
    db.execute_sql('DROP TABLE IF EXISTS "name_token"')
    if server:
        for statement in SEARCH_POSTGRESQL:
            db.execute_sql(statement)
        return
    for statement in SEARCH_SQL:
        db.execute_sql(statement)
    db.execute_sql("INSERT INTO application_search(application_search) VALUES ('rebuild')")


def _words(name):
    return {word[:40] for word in _name_key(name).split()}


def down(migrator, db):
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql("DROP TRIGGER IF EXISTS application_arrival_insert ON application")
        db.execute_sql("DROP TRIGGER IF EXISTS application_arrival_fixed ON application")
        db.execute_sql("DROP FUNCTION IF EXISTS application_arrival()")
        db.execute_sql("DROP INDEX IF EXISTS application_name_key_trigram")
    for trigger in (
        "application_search_insert",
        "application_search_update",
        "application_search_delete",
        "application_arrival_fixed",
    ):
        if not isinstance(db, PostgresqlDatabase):
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{trigger}"')
    db.execute_sql('DROP TABLE IF EXISTS "application_search"')
    migrator.migrate(*(migrator.drop_index(table, "_".join((table, *columns))) for table, columns, _unique in ADDED))
    migrator.migrate(migrator.drop_column("application", "arrival_order"))
    restored = [
        migrator.add_index(table, tuple(name[len(table) + 1 :].split("+")), False)
        for table, names in DROPPED.items()
        for name in names
        if not name.endswith("origin_station_number")
    ]
    restored += [migrator.add_index(table, ("origin_station", "number"), True) for table in DROPPED]
    migrator.migrate(*restored)
    db.execute_sql("UPDATE application SET applicant_name_key = upper(applicant_name)")

    class Application(Model):
        id = UUIDField(primary_key=True)
        applicant_name = CharField(max_length=100)

        class Meta:
            database = db
            table_name = "application"

    class NameToken(Model):
        token = CharField(max_length=40)
        application = ForeignKeyField(Application, backref="+", on_delete="CASCADE")

        class Meta:
            database = db
            table_name = "name_token"
            primary_key = CompositeKey("token", "application")
            indexes = ((("application", "token"), False),)

    db.create_tables([NameToken])
    rows = [
        {"token": token, "application": row.id}
        for row in Application.select(Application.id, Application.applicant_name).iterator()
        for token in _words(row.applicant_name)
    ]
    for start in range(0, len(rows), 5000):
        NameToken.insert_many(rows[start : start + 5000]).execute()
