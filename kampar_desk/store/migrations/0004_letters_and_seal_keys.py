"""Letter register and seal keys (frozen copies of Letter and SealKey), and verification notes per requirement."""
from peewee import *


def up(migrator, db):
    class Application(Model):
        id = UUIDField(primary_key=True)
        class Meta:
            database = db
            table_name = 'application'

    class Staff(Model):
        id = UUIDField(primary_key=True)
        class Meta:
            database = db
            table_name = 'staff'

    class Letter(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        application = ForeignKeyField(Application)
        kind = CharField(max_length=20)
        number = CharField(unique=True, max_length=80)
        year = IntegerField()
        sequence = IntegerField()
        issued_at = DateTimeField()
        issued_on = DateField()
        issued_by = ForeignKeyField(Staff, backref='+')
        payload = TextField()
        digest = CharField(max_length=32)
        file_name = CharField(max_length=250)
        unsigned_file_name = CharField(max_length=250)
        sha256 = CharField(index=True, max_length=64)
        unsigned_sha256 = CharField(max_length=64)
        signature = CharField(max_length=20)
        signer = CharField(max_length=250)
        status = CharField(max_length=12, default='issued')
        cancel_reason = TextField(default='')
        cancelled_at = DateTimeField(null=True)
        cancelled_by = ForeignKeyField(Staff, null=True, backref='+')
        class Meta:
            database = db
            table_name = 'letter'
            indexes = ((('kind', 'year', 'sequence'), True),)
    db.create_tables([Letter])

    class SealKey(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        key_id = CharField(unique=True, max_length=16)
        public_key = CharField(max_length=64)
        created_at = DateTimeField()
        retired_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'seal_key'
    db.create_tables([SealKey])

    migrator.migrate(migrator.add_column('checklist_item', 'verification_note', CharField(max_length=250, default='')))


def down(migrator, db):
    migrator.migrate(migrator.drop_column('checklist_item', 'verification_note'))
    migrator.migrate(migrator.drop_table('seal_key'))
    migrator.migrate(migrator.drop_table('letter'))
