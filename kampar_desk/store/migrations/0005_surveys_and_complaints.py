"""SKM questionnaires and the complaints register (frozen copies of SurveyResponse and Complaint)."""
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

    class Complaint(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        number = CharField(unique=True, max_length=30)
        received_at = DateTimeField(index=True)
        channel = CharField(max_length=20)
        complainant = CharField(max_length=100)
        contact = CharField(max_length=120, default='')
        subject = CharField(max_length=200)
        description = TextField()
        application = ForeignKeyField(Application, null=True, backref='+')
        recorded_by = ForeignKeyField(Staff, backref='+')
        assigned_to = ForeignKeyField(Staff, null=True, backref='+')
        status = CharField(index=True, max_length=20, default='open')
        first_response_at = DateTimeField(null=True)
        response = TextField(default='')
        follow_up = TextField(default='')
        closed_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'complaint'
    db.create_tables([Complaint])

    class SurveyResponse(Model):
        id = UUIDField(primary_key=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        application = ForeignKeyField(Application, unique=True, backref='+')
        source = CharField(max_length=10)
        submitted_at = DateTimeField(index=True)
        entered_by = ForeignKeyField(Staff, backref='+')
        age = IntegerField(null=True)
        sex = CharField(max_length=1, default='')
        education = CharField(max_length=20, default='')
        occupation = CharField(max_length=20, default='')
        disability = CharField(max_length=100, default='')
        u1 = IntegerField(null=True)
        u2 = IntegerField(null=True)
        u3 = IntegerField(null=True)
        u4 = IntegerField(null=True)
        u5 = IntegerField(null=True)
        u6 = IntegerField(null=True)
        u7 = IntegerField(null=True)
        u8 = IntegerField(null=True)
        u9 = IntegerField(null=True)
        suggestion = TextField(default='')
        class Meta:
            database = db
            table_name = 'survey_response'
    db.create_tables([SurveyResponse])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('survey_response'))
    migrator.migrate(migrator.drop_table('complaint'))
