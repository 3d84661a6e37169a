"""Word index for searching applicants by any part of their name (frozen copy of NameToken), filled for old files."""

from peewee import *


def _split(name):
    words = "".join(ch if ch.isalpha() or ch.isspace() or ch in "-." else "" for ch in name.upper())
    return {word[:40] for word in words.replace("-", " ").replace(".", " ").split() if word}


def up(migrator, db):
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

    db.create_tables([NameToken])
    batch = []
    for row in Application.select(Application.id, Application.applicant_name).iterator():
        batch.extend({"token": token, "application": row.id} for token in _split(row.applicant_name))
        if len(batch) >= 5000:
            NameToken.insert_many(batch).execute()
            batch = []
    if batch:
        NameToken.insert_many(batch).execute()


def down(migrator, db):
    migrator.migrate(migrator.drop_table("name_token"))
