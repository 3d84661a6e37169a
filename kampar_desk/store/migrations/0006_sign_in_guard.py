"""Lock-out after wrong passwords (frozen copy of SignInGuard): the counter survives a restart."""
from peewee import *


def up(migrator, db):
    class Staff(Model):
        id = UUIDField(primary_key=True)
        class Meta:
            database = db
            table_name = 'staff'

    class SignInGuard(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        staff = ForeignKeyField(Staff, unique=True, backref='+', on_delete='CASCADE')
        failures = IntegerField(default=0)
        lockouts = IntegerField(default=0)
        locked_until = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'sign_in_guard'
    db.create_tables([SignInGuard])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('sign_in_guard'))
