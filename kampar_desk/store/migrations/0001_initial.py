"""Initial schema: a frozen copy of the models as of version 0.1 (deliberately independent of store/models.py).

Python-side defaults (UUIDs, timestamps) live in the models; the schema only needs the columns and indexes.
"""
from peewee import *


# The audit log is append-only: the database itself refuses to change or delete an event.
APPEND_ONLY_SQLITE = (
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END",
    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END",
)


# The same on PostgreSQL (added with the server backend; no server database predates it). TRUNCATE is refused too;
# the privilege side (a counter role with only SELECT and INSERT on the log) is `store.server_roles`.
APPEND_ONLY_POSTGRESQL = (
    "CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'integrity_constraint_violation'; END $$",
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event "
    "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
    "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()",
)


def _protect_audit_log(db):
    if isinstance(db, SqliteDatabase):
        for statement in APPEND_ONLY_SQLITE:
            db.execute_sql(statement)
    elif isinstance(db, PostgresqlDatabase):
        for statement in APPEND_ONLY_POSTGRESQL:
            db.execute_sql(statement)


def up(migrator, db):
    class Staff(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        username = CharField(unique=True, max_length=40)
        full_name = CharField(max_length=100)
        nip = CharField(max_length=30, default='')
        roles = CharField(max_length=200)
        password_hash = CharField(max_length=200)
        active = BooleanField(default=True)
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'staff'
    db.create_tables([Staff])

    class Application(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        number = CharField(unique=True, max_length=30)
        service_code = CharField(max_length=40)
        status = CharField(index=True, max_length=30)
        applicant_nik = CharField(index=True, max_length=16)
        applicant_kk = CharField(max_length=16)
        applicant_name = CharField(max_length=100)
        applicant_name_key = CharField(index=True, max_length=100)
        applicant_sex = CharField(max_length=1)
        applicant_birth_date = DateField()
        applicant_phone = CharField(max_length=20)
        applicant_address = CharField(max_length=250)
        district_code = CharField(index=True, max_length=8)
        village_code = CharField(max_length=13)
        registered_at = DateTimeField(index=True)
        registered_by = ForeignKeyField(Staff, backref='+')
        received_on = DateField(null=True)
        due_on = DateField(index=True, null=True)
        previous = ForeignKeyField('self', null=True)
        fee_rupiah = IntegerField(default=0)
        technical_review_needed = BooleanField(default=False)
        verified_at = DateTimeField(null=True)
        verified_by = ForeignKeyField(Staff, null=True, backref='+')
        verification_note = TextField(default='')
        technical_review_result = TextField(default='')
        technical_review_on = DateField(null=True)
        paid_at = DateTimeField(null=True)
        payment_reference = CharField(max_length=80, default='')
        decided_at = DateTimeField(null=True)
        decided_by = ForeignKeyField(Staff, null=True, backref='+')
        decision_reason = TextField(default='')
        issued_at = DateTimeField(null=True)
        issued_on = DateField(index=True, null=True)
        survey_outcome = CharField(max_length=10, default='')
        survey_recorded_at = DateTimeField(null=True)
        handed_over_at = DateTimeField(null=True)
        handed_over_by = ForeignKeyField(Staff, null=True, backref='+')
        handed_over_to = CharField(max_length=100, default='')
        class Meta:
            database = db
            table_name = 'application'
    db.create_tables([Application])

    class AuditEvent(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        sequence = IntegerField(unique=True)
        at = DateTimeField()
        actor = CharField(max_length=40)
        application = ForeignKeyField(Application, null=True)
        action = CharField(max_length=40)
        from_status = CharField(max_length=30, default='')
        to_status = CharField(max_length=30, default='')
        details = TextField(default='{}')
        previous_hash = CharField(max_length=64)
        hash = CharField(max_length=64)
        class Meta:
            database = db
            table_name = 'audit_event'
    db.create_tables([AuditEvent])

    class ChecklistItem(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        application = ForeignKeyField(Application)
        position = IntegerField()
        requirement_code = CharField(max_length=40)
        requirement_text = CharField(max_length=250)
        received = BooleanField()
        note = CharField(max_length=250, default='')
        class Meta:
            database = db
            table_name = 'checklist_item'
    db.create_tables([ChecklistItem])

    class Counter(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        series = CharField(max_length=40)
        year = IntegerField()
        last = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'counter'
            indexes = ((('series', 'year'), True),)
    db.create_tables([Counter])

    class LocalDay(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        day = DateField(unique=True)
        working = BooleanField()
        name = CharField(max_length=120, default='')
        class Meta:
            database = db
            table_name = 'local_day'
    db.create_tables([LocalDay])

    class OfficeProfile(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        code = CharField(max_length=10)
        government = CharField(max_length=120)
        name = CharField(max_length=200)
        short_name = CharField(max_length=120)
        address = CharField(max_length=250)
        phone = CharField(max_length=40)
        email = CharField(max_length=120)
        website = CharField(max_length=120)
        city = CharField(max_length=60)
        utc_offset_hours = IntegerField(default=7)
        head_title = CharField(max_length=250)
        head_name = CharField(max_length=120)
        head_rank = CharField(max_length=80)
        head_nip = CharField(max_length=30)
        class Meta:
            database = db
            table_name = 'office_profile'
    db.create_tables([OfficeProfile])

    class Setting(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        key = CharField(unique=True, max_length=80)
        value = TextField()
        class Meta:
            database = db
            table_name = 'setting'
    db.create_tables([Setting])
    _protect_audit_log(db)


def down(migrator, db):
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql("DROP TABLE IF EXISTS audit_event CASCADE")
        db.execute_sql("DROP FUNCTION IF EXISTS audit_event_append_only()")
    migrator.migrate(migrator.drop_table('setting'))
    migrator.migrate(migrator.drop_table('office_profile'))
    migrator.migrate(migrator.drop_table('local_day'))
    migrator.migrate(migrator.drop_table('counter'))
    migrator.migrate(migrator.drop_table('checklist_item'))
    migrator.migrate(migrator.drop_table('audit_event'))
    migrator.migrate(migrator.drop_table('application'))
    migrator.migrate(migrator.drop_table('staff'))
