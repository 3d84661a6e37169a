"""SKM suggestions get their own list (frozen copy of Suggestion); the ones 0.7 put into the complaints register move.

Until now a written SKM suggestion became a complaint (channel 'skm') and waited, red, on the complaints' response
clock. Each such complaint linked to a file becomes a suggestion with the same id, text and time; an answer or a
follow-up it had becomes its follow-up note, by the officer who gave it. Complaints of channel 'skm' linked to no
file were typed in by an officer as complaints, and stay.

The move changes the files it touches, and the audit log vouches for every file (its state after each event, see
services/record_states.py): one event `move_skm_suggestions` by 'sistem' records their new state, computed here
from frozen copies of the tables as they are at this migration, so `audit verify` stays clean.
"""
import json
from datetime import UTC, datetime

from peewee import *

from kampar_desk.domain.audit import GENESIS_HASH, canonical_json, chain_hash, plain, state_hash, with_state
from kampar_desk.store.ids import new_id

ACTION = 'move_skm_suggestions'
ACTOR = 'sistem'


def _frozen(db):
    """The tables a file's state is made of, as they are at this migration (names, types and defaults matter)."""

    class Base(Model):
        id = UUIDField(primary_key=True)
        class Meta:
            database = db

    class Staff(Base):
        username = CharField(max_length=40, unique=True)
        class Meta:
            table_name = 'staff'

    class Application(Base):
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        number = CharField(max_length=30, unique=True)
        service_code = CharField(max_length=40)
        status = CharField(max_length=30)
        applicant_nik = CharField(max_length=16)
        applicant_kk = CharField(max_length=16)
        applicant_name = CharField(max_length=100)
        applicant_name_key = CharField(max_length=100)
        applicant_sex = CharField(max_length=1)
        applicant_birth_date = DateField()
        applicant_phone = CharField(max_length=20)
        applicant_address = CharField(max_length=250)
        district_code = CharField(max_length=8)
        village_code = CharField(max_length=13)
        registered_at = DateTimeField()
        registered_by = ForeignKeyField(Staff, backref='+')
        received_on = DateField(null=True)
        due_on = DateField(null=True)
        previous = ForeignKeyField('self', null=True, backref='+')
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
        issued_on = DateField(null=True)
        survey_outcome = CharField(max_length=10, default='')
        survey_recorded_at = DateTimeField(null=True)
        handed_over_at = DateTimeField(null=True)
        handed_over_by = ForeignKeyField(Staff, null=True, backref='+')
        handed_over_to = CharField(max_length=100, default='')
        class Meta:
            table_name = 'application'

    class ChecklistItem(Base):
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        application = ForeignKeyField(Application, backref='+')
        position = IntegerField()
        requirement_code = CharField(max_length=40)
        requirement_text = CharField(max_length=250)
        received = BooleanField()
        note = CharField(max_length=250, default='')
        verification_note = CharField(max_length=250, default='')
        class Meta:
            table_name = 'checklist_item'

    class Letter(Base):
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        application = ForeignKeyField(Application, backref='+')
        kind = CharField(max_length=20)
        number = CharField(max_length=80, unique=True)
        year = IntegerField()
        sequence = IntegerField()
        issued_at = DateTimeField()
        issued_on = DateField()
        issued_by = ForeignKeyField(Staff, backref='+')
        payload = TextField()
        digest = CharField(max_length=32)
        file_name = CharField(max_length=250)
        unsigned_file_name = CharField(max_length=250)
        sha256 = CharField(max_length=64)
        unsigned_sha256 = CharField(max_length=64)
        signature = CharField(max_length=20)
        signer = CharField(max_length=250)
        status = CharField(max_length=12, default='issued')
        cancel_reason = TextField(default='')
        cancelled_at = DateTimeField(null=True)
        cancelled_by = ForeignKeyField(Staff, null=True, backref='+')
        class Meta:
            table_name = 'letter'

    class SurveyResponse(Base):
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        application = ForeignKeyField(Application, unique=True, backref='+')
        source = CharField(max_length=10)
        submitted_at = DateTimeField()
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
            table_name = 'survey_response'

    class Complaint(Base):
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        number = CharField(max_length=30, unique=True)
        received_at = DateTimeField(index=True)
        channel = CharField(max_length=20)
        complainant = CharField(max_length=100)
        contact = CharField(max_length=120, default='')
        subject = CharField(max_length=200)
        description = TextField()
        application = ForeignKeyField(Application, null=True, backref='+')
        recorded_by = ForeignKeyField(Staff, backref='+')
        assigned_to = ForeignKeyField(Staff, null=True, backref='+')
        status = CharField(max_length=20, default='open', index=True)
        first_response_at = DateTimeField(null=True)
        response = TextField(default='')
        follow_up = TextField(default='')
        closed_at = DateTimeField(null=True)
        class Meta:
            table_name = 'complaint'

    class Suggestion(Base):
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        application = ForeignKeyField(Application, backref='+')
        text = TextField()
        received_at = DateTimeField(index=True)
        followed_up_at = DateTimeField(null=True)
        follow_up_note = TextField(default='')
        followed_up_by = ForeignKeyField(Staff, null=True, backref='+')
        complaint = ForeignKeyField(Complaint, null=True, backref='+')
        class Meta:
            table_name = 'suggestion'

    class AuditEvent(Base):
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        sequence = IntegerField(unique=True)
        at = DateTimeField()
        actor = CharField(max_length=40)
        application = ForeignKeyField(Application, null=True, backref='+')
        action = CharField(max_length=40)
        from_status = CharField(max_length=30, default='')
        to_status = CharField(max_length=30, default='')
        details = TextField(default='{}')
        state_hash = TextField(default='')
        previous_hash = CharField(max_length=64)
        hash = CharField(max_length=64)
        class Meta:
            table_name = 'audit_event'

    return Staff, Application, ChecklistItem, Letter, SurveyResponse, Complaint, Suggestion, AuditEvent


def _fields(model, skip=()):
    leave_out = {'version', 'updated_at', *skip}
    return [f for f in model._meta.sorted_fields if f.name not in leave_out]


def _row(values, fields):
    """A row as it enters a file's state: None and values equal to the column's default left out (as
    record_states._row does)."""
    row = {}
    for f in fields:
        value = values.get(f.name)
        if value is None:
            continue
        if f.default is not None and not callable(f.default) and type(value) is type(f.default) and value == f.default:
            continue
        row[f.name] = plain(value)
    return row


def _file_state(application_id, Application, children):
    """The state hash of one file with its related rows (as record_states._application_states computes it)."""
    app_fields = _fields(Application)
    values = Application.select(*app_fields).where(Application.id == application_id).dicts().get()
    state = {'application': _row(values, app_fields)}
    for part, model in children:
        fields = _fields(model, ('application',))
        query = model.select(*fields).where(model.application == application_id).dicts()
        rows = sorted((_row(v, fields) for v in query), key=lambda r: r['id'])
        if part == 'survey' and rows:
            state[part] = rows[0] if len(rows) == 1 else rows
        elif rows:
            state[part] = rows
    return state_hash(state)


def _handlers(Staff, AuditEvent):
    """Complaint number -> the officer who last answered or followed it up, from the audit log (the row does not
    say who); one pass over those events."""
    events = (
        AuditEvent.select(AuditEvent.actor, AuditEvent.details)
        .where(AuditEvent.action.in_(['respond_complaint', 'follow_up_complaint']))
        .order_by(AuditEvent.sequence)
    )
    last = {}
    for event in events:
        try:
            number = json.loads(event.details).get('complaint')
        except (ValueError, AttributeError):
            continue
        if isinstance(number, str):
            last[number] = event.actor
    staff = {row.username: row.id for row in Staff.select(Staff.id, Staff.username)}
    return {number: staff.get(actor) for number, actor in last.items()}


def _follow_up_note(complaint):
    parts = [('Tanggapan', complaint.response), ('Tindak lanjut', complaint.follow_up)]
    return '\n'.join(f'{label}: {text.strip()}' for label, text in parts if text.strip())


def up(migrator, db):
    Staff, Application, ChecklistItem, Letter, SurveyResponse, Complaint, Suggestion, AuditEvent = _frozen(db)
    db.create_tables([Suggestion])
    now = datetime.now(UTC).replace(tzinfo=None)
    skm = Complaint.select().where((Complaint.channel == 'skm') & Complaint.application.is_null(False))
    handlers = _handlers(Staff, AuditEvent)
    moved, files = [], []
    for complaint in skm.order_by(Complaint.received_at, Complaint.id):
        note = _follow_up_note(complaint)
        handled_by = handlers.get(complaint.number)
        Suggestion.insert(
            id=complaint.id,
            version=1,
            updated_at=now,
            application=complaint.application_id,
            text=complaint.description,
            received_at=complaint.received_at,
            followed_up_at=(complaint.first_response_at or complaint.closed_at or complaint.updated_at) if note else None,
            follow_up_note=note,
            followed_up_by=(handled_by or complaint.assigned_to_id) if note else None,
        ).execute()
        moved.append(complaint.number)
        if complaint.application_id not in files:
            files.append(complaint.application_id)
    if not moved:
        return
    Complaint.delete().where(Complaint.number.in_(moved)).execute()

    children = (
        ('checklist', ChecklistItem),
        ('letters', Letter),
        ('survey', SurveyResponse),
        ('complaints', Complaint),
        ('suggestions', Suggestion),
    )
    states = {f'application:{plain(app_id)}': _file_state(app_id, Application, children) for app_id in files}
    details = json.loads(canonical_json({'complaints': moved}))
    last = AuditEvent.select(AuditEvent.sequence, AuditEvent.hash).order_by(AuditEvent.sequence.desc()).first()
    sequence, previous = (last.sequence + 1, last.hash) if last else (1, GENESIS_HASH)
    payload = {
        'sequence': sequence,
        'at': now.isoformat(timespec='microseconds'),
        'actor': ACTOR,
        'application': '',
        'action': ACTION,
        'from': '',
        'to': '',
        'details': details,
    }
    AuditEvent.insert(
        id=new_id(),
        version=1,
        updated_at=now,
        sequence=sequence,
        at=now,
        actor=ACTOR,
        application=None,
        action=ACTION,
        from_status='',
        to_status='',
        details=canonical_json(details),
        state_hash=canonical_json(states),
        previous_hash=previous,
        hash=chain_hash(previous, with_state(payload, states)),
    ).execute()


def down(migrator, db):
    # Suggestions do not go back into the complaints register: their numbers are gone.
    migrator.migrate(migrator.drop_table('suggestion'))
