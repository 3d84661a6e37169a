"""Stations for exchanging records by file (frozen copies of LocalStation and KnownStation).

Only the tables: this installation's row is made when the desk opens (it needs the office's short name for its
default name), and its keys at the next unlock of the office keys.
"""
from peewee import *


def up(migrator, db):
    class LocalStation(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        name = CharField(max_length=100)
        signing_key = CharField(max_length=64, default='')
        age_recipient = CharField(max_length=100, default='')
        created_at = DateTimeField()
        keys_created_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'local_station'

    class KnownStation(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        name = CharField(max_length=100)
        office_code = CharField(max_length=10)
        office_name = CharField(max_length=200)
        signing_key = CharField(max_length=64)
        age_recipient = CharField(max_length=100)
        fingerprint = CharField(max_length=40)
        trusted_at = DateTimeField()
        trusted_by = CharField(max_length=40)
        revoked_at = DateTimeField(null=True)
        revoked_by = CharField(max_length=40, null=True)
        last_sent_at = DateTimeField(null=True)
        last_sent_sequence = IntegerField(null=True)
        last_acknowledged_at = DateTimeField(null=True)
        last_acknowledged_sequence = IntegerField(null=True)
        last_received_at = DateTimeField(null=True)
        last_received_sequence = IntegerField(null=True)
        class Meta:
            database = db
            table_name = 'known_station'

    db.create_tables([LocalStation, KnownStation])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('known_station'))
    migrator.migrate(migrator.drop_table('local_station'))
