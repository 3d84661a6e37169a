"""Applying bundles from other stations (frozen copies of the new columns and tables).

`origin_station` names the station a file, letter, complaint or account was made at ('' for this station, never
NULL, so it can take part in unique indexes): numbers are unique per station, because every station counts its
letters and complaints from 1 and a head office keeps them all; a report can then show one counter or all. `imported_at` is when an import last wrote the row here, so a bundle sent on
(relayed) holds what arrived since the last one. `station_audit_event` keeps other stations' audit events in their
own chains, `tombstone` remembers deletions (a calendar day removed) so they travel too.
"""
from peewee import *


def up(migrator, db):
    station = CharField(max_length=36, default='')
    imported = DateTimeField(null=True)
    changes = []
    for table in ('application', 'complaint', 'staff', 'letter'):
        changes.append(migrator.add_column(table, 'origin_station', station))
    for table in ('application', 'complaint', 'staff', 'letter', 'survey_response', 'suggestion', 'local_day'):
        changes.append(migrator.add_column(table, 'imported_at', imported))
    changes += [
        migrator.drop_index('application', 'application_number'),
        migrator.add_index('application', ('origin_station', 'number'), True),
        migrator.drop_index('complaint', 'complaint_number'),
        migrator.add_index('complaint', ('origin_station', 'number'), True),
        migrator.drop_index('letter', 'letter_number'),
        migrator.add_index('letter', ('origin_station', 'number'), True),
        migrator.drop_index('letter', 'letter_kind_year_sequence'),
        migrator.add_index('letter', ('origin_station', 'kind', 'year', 'sequence'), True),
    ]
    migrator.migrate(*changes)

    class StationAuditEvent(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        station = UUIDField()
        sequence = IntegerField()
        at = DateTimeField()
        actor = CharField(max_length=40)
        application_id = UUIDField(null=True, index=True)
        action = CharField(max_length=40)
        from_status = CharField(max_length=30, default='')
        to_status = CharField(max_length=30, default='')
        details = TextField(default='{}')
        state_hash = TextField(default='')
        previous_hash = CharField(max_length=64)
        hash = CharField(max_length=64)
        imported_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'station_audit_event'
            indexes = ((('station', 'sequence'), True),)

    class Tombstone(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        kind = CharField(max_length=40)
        record_key = CharField(max_length=80)
        deleted_at = DateTimeField()
        origin_station = CharField(max_length=36, default='')
        imported_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'tombstone'
            indexes = ((('kind', 'record_key'), True),)

    db.create_tables([StationAuditEvent, Tombstone])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('tombstone'), migrator.drop_table('station_audit_event'))
    changes = [
        migrator.drop_index('application', 'application_origin_station_number'),
        migrator.add_index('application', ('number',), True),
        migrator.drop_index('complaint', 'complaint_origin_station_number'),
        migrator.add_index('complaint', ('number',), True),
        migrator.drop_index('letter', 'letter_origin_station_number'),
        migrator.add_index('letter', ('number',), True),
        migrator.drop_index('letter', 'letter_origin_station_kind_year_sequence'),
        migrator.add_index('letter', ('kind', 'year', 'sequence'), True),
    ]
    for table in ('application', 'complaint', 'staff', 'letter'):
        changes.append(migrator.drop_column(table, 'origin_station'))
    for table in ('application', 'complaint', 'staff', 'letter', 'survey_response', 'suggestion', 'local_day'):
        changes.append(migrator.drop_column(table, 'imported_at'))
    migrator.migrate(*changes)
