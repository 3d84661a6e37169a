"""Tamper-evident rows: each audit event records the state of the records it changed (empty for older events).

Added as NOT NULL DEFAULT '' in one ALTER TABLE: no UPDATE of existing events (the append-only trigger refuses
them) and no table rebuild (which would drop the triggers).
"""
from peewee import *


def up(migrator, db):
    column = TextField(default='', constraints=[SQL("DEFAULT ''")])
    migrator.migrate(migrator.add_column('audit_event', 'state_hash', column, allow_not_null=True))


def down(migrator, db):
    migrator.migrate(migrator.drop_column('audit_event', 'state_hash'))
