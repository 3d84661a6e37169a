"""Tables of Kampar Desk. Every record has a UUID and a change version so offices can exchange them later."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    Field,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    UUIDField,
)

from kampar_desk.domain.letters import LetterStatus
from kampar_desk.store.database import database
from kampar_desk.store.ids import new_id


class IsoDateTimeField(DateTimeField):
    """A time stored as ISO text on SQLite, read with `datetime.fromisoformat` (peewee tries strptime formats one by
    one, some twenty times slower: a report or a page of files reads tens of thousands of them)."""

    def python_value(self, value):
        if isinstance(value, str):
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                pass
        return super().python_value(value)


class IsoDateField(DateField):
    """A date stored as ISO text on SQLite, read with `date.fromisoformat` (see IsoDateTimeField)."""

    def python_value(self, value):
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        return super().python_value(value)


def utc_now() -> datetime:
    """Naive UTC: stored the same way on SQLite and PostgreSQL whatever the server's time zone."""
    return datetime.now(UTC).replace(tzinfo=None)


class BaseModel(Model):
    """Shared identity and change tracking: `version` grows by one on every update.

    Each foreign key `x` also has peewee's `x_id` (the raw key, no query); subclasses declare it for the type checker.
    """

    id = UUIDField(primary_key=True, default=new_id)
    version = IntegerField(default=1)
    updated_at = IsoDateTimeField(default=utc_now)

    class Meta:
        database = database
        legacy_table_names = False

    def save(self, force_insert: bool = False, only: Sequence[Field] | None = None) -> int:
        if not force_insert:
            self.version += 1
            self.updated_at = utc_now()
        return super().save(force_insert=force_insert, only=only)


class OfficeProfile(BaseModel):
    """The office's identity for letterheads and numbers (one row)."""

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


class Staff(BaseModel):
    """A counter officer's account; `roles` is a comma-separated list of Role values."""

    username = CharField(max_length=40, unique=True)
    full_name = CharField(max_length=100)
    nip = CharField(max_length=30, default="")
    roles = CharField(max_length=200)
    password_hash = CharField(max_length=200)
    active = BooleanField(default=True)
    created_at = IsoDateTimeField(default=utc_now)
    origin_station = CharField(max_length=36, default="")  # the station it was made at: "" this one, else its id
    imported_at = IsoDateTimeField(null=True)  # when an import last wrote it here (local bookkeeping, never sent)


class SignInGuard(BaseModel):
    """Wrong passwords of one account and its lock-out: kept in the database so a restart does not reset them."""

    staff = ForeignKeyField(Staff, unique=True, backref="+", on_delete="CASCADE")
    staff_id: uuid.UUID
    failures = IntegerField(default=0)  # wrong passwords since the last sign-in, lock or unlock
    lockouts = IntegerField(default=0)  # locks in a row: each one lasts twice as long as the one before
    locked_until = IsoDateTimeField(null=True)  # naive UTC, as every time in the database


class Setting(BaseModel):
    key = CharField(max_length=80, unique=True)
    value = TextField()


class Counter(BaseModel):
    """The last number handed out in a yearly series; bumped inside the transaction that uses the number."""

    series = CharField(max_length=40)
    year = IntegerField()
    last = IntegerField(default=0)

    class Meta:
        indexes = ((("series", "year"), True),)


class Application(BaseModel):
    """One applicant's file for one service, from the counter to the handed-over letter."""

    number = CharField(max_length=30)  # unique per station (Meta)
    service_code = CharField(max_length=40)
    status = CharField(max_length=30)  # indexed with decided_at (Meta)
    applicant_nik = CharField(max_length=16, index=True)
    applicant_kk = CharField(max_length=16)
    applicant_name = CharField(max_length=100)
    # The name as searched (`domain.validation.name_key`); the search index follows it (`store.search`).
    applicant_name_key = CharField(max_length=100)
    applicant_sex = CharField(max_length=1)
    applicant_birth_date = IsoDateField()
    applicant_phone = CharField(max_length=20)
    applicant_address = CharField(max_length=250)
    district_code = CharField(max_length=8)
    village_code = CharField(max_length=13)
    registered_at = IsoDateTimeField(default=utc_now, index=True)
    # No index on the officer columns: five accounts, never deleted; reports read them within a period's rows.
    registered_by = ForeignKeyField(Staff, backref="+", index=False)
    registered_by_id: uuid.UUID
    received_on = IsoDateField(null=True)
    due_on = IsoDateField(null=True)
    previous = ForeignKeyField("self", null=True, backref="resubmissions", index=False)
    previous_id: uuid.UUID | None
    fee_rupiah = IntegerField(default=0)
    technical_review_needed = BooleanField(default=False)
    # The step times a report counts within its period are indexed, so a month is a range, never a scan.
    verified_at = IsoDateTimeField(null=True, index=True)
    verified_by = ForeignKeyField(Staff, null=True, backref="+", index=False)
    verified_by_id: uuid.UUID | None
    verification_note = TextField(default="")
    technical_review_result = TextField(default="")
    technical_review_on = IsoDateField(null=True)
    paid_at = IsoDateTimeField(null=True)
    payment_reference = CharField(max_length=80, default="")
    decided_at = IsoDateTimeField(null=True, index=True)
    decided_by = ForeignKeyField(Staff, null=True, backref="+", index=False)
    decided_by_id: uuid.UUID | None
    decision_reason = TextField(default="")
    issued_at = IsoDateTimeField(null=True)  # indexed with registered_at (Meta)
    issued_on = IsoDateField(null=True)
    survey_outcome = CharField(max_length=10, default="")
    survey_recorded_at = IsoDateTimeField(null=True, index=True)
    handed_over_at = IsoDateTimeField(null=True, index=True)
    handed_over_by = ForeignKeyField(Staff, null=True, backref="+", index=False)
    handed_over_by_id: uuid.UUID | None
    handed_over_to = CharField(max_length=100, default="")
    origin_station = CharField(max_length=36, default="")  # the station it was made at: "" this one, else its id
    imported_at = IsoDateTimeField(null=True)  # when an import last wrote it here (local bookkeeping, never sent)
    # The order files arrived in this database (1, 2, …), given by the database on insert (`store.search`): the
    # tracking lists' newest-first order and their page cursor. Local bookkeeping: never sent, never hashed, and
    # never written by `save`.
    arrival_order = BigIntegerField(null=True, unique=True)

    class Meta:
        indexes = (
            (("number", "origin_station"), True),  # number first: a scanned number is found without the station
            # the work lists by status, and the files rejected after a period's end (still open at its end)
            (("status", "decided_at"), False),
            # issued in a period; and registered before its end but issued after it (open at its end), read from
            # the index alone
            (("issued_at", "registered_at"), False),
        )

    def save(self, force_insert: bool = False, only: Sequence[Field] | None = None) -> int:
        if only is None and not force_insert:
            only = [f for f in self._meta.sorted_fields if f.name != "arrival_order"]
        return super().save(force_insert=force_insert, only=only)


class ChecklistItem(BaseModel):
    """One requirement of the service as checked at the counter, with the text copied from the standard."""

    application = ForeignKeyField(Application, backref="checklist")
    application_id: uuid.UUID
    position = IntegerField()
    requirement_code = CharField(max_length=40)
    requirement_text = CharField(max_length=250)
    received = BooleanField()
    note = CharField(max_length=250, default="")
    verification_note = CharField(max_length=250, default="")


class AuditEvent(BaseModel):
    """Append-only, hash-chained record of every step: who, when, which file, from which status to which."""

    sequence = IntegerField(unique=True)
    at = IsoDateTimeField(default=utc_now)
    actor = CharField(max_length=40)
    application = ForeignKeyField(Application, null=True, backref="events")
    application_id: uuid.UUID | None
    action = CharField(max_length=40)
    from_status = CharField(max_length=30, default="")
    to_status = CharField(max_length=30, default="")
    details = TextField(default="{}")
    # Record key -> hash of that record's state after the change (canonical JSON); empty for events written before
    # record states existed (migration 0007), which verify unchanged.
    state_hash = TextField(default="")
    previous_hash = CharField(max_length=64)
    hash = CharField(max_length=64)


class LocalDay(BaseModel):
    """An admin's change to the working-day calendar: a local holiday or a cancelled national one."""

    day = IsoDateField(unique=True)
    working = BooleanField()
    name = CharField(max_length=120, default="")
    imported_at = IsoDateTimeField(null=True)  # when an import last wrote it here (local bookkeeping, never sent)


class Letter(BaseModel):
    """The letter register: every number given out stays here, cancelled letters included (with the reason)."""

    application = ForeignKeyField(Application, backref="letters")
    application_id: uuid.UUID
    kind = CharField(max_length=20)
    number = CharField(max_length=80)  # unique per station (Meta)
    year = IntegerField()
    sequence = IntegerField()
    issued_at = IsoDateTimeField(index=True)  # the monthly report counts a period's letters
    issued_on = IsoDateField()
    issued_by = ForeignKeyField(Staff, backref="+", index=False)
    issued_by_id: uuid.UUID
    payload = TextField()
    digest = CharField(max_length=32)
    file_name = CharField(max_length=250)
    unsigned_file_name = CharField(max_length=250)
    sha256 = CharField(max_length=64, index=True)
    unsigned_sha256 = CharField(max_length=64)
    signature = CharField(max_length=20)
    signer = CharField(max_length=250)
    # `.value`, a plain str: the audit's record states leave out a default only when its type matches
    status = CharField(max_length=12, default=LetterStatus.ISSUED.value)
    cancel_reason = TextField(default="")
    cancelled_at = IsoDateTimeField(null=True)
    cancelled_by = ForeignKeyField(Staff, null=True, backref="+", index=False)
    cancelled_by_id: uuid.UUID | None
    origin_station = CharField(max_length=36, default="")  # the station it was made at: "" this one, else its id
    imported_at = IsoDateTimeField(null=True)  # when an import last wrote it here (local bookkeeping, never sent)

    class Meta:
        indexes = (
            (("number", "origin_station"), True),
            (("origin_station", "kind", "year", "sequence"), True),
            # the start's reconciliation reads the letters changed since the last check (a BSrE PDF imported late)
            (("updated_at",), False),
        )


class SealKey(BaseModel):
    """Public halves of the office's seal keys, kept for verifying old letters after a key is replaced."""

    key_id = CharField(max_length=16, unique=True)
    public_key = CharField(max_length=64)
    created_at = IsoDateTimeField(default=utc_now)
    retired_at = IsoDateTimeField(null=True)


class SurveyResponse(BaseModel):
    """One SKM questionnaire, linked to the file it rates (one per file); U1..U9 are 1..4, or empty if skipped."""

    application = ForeignKeyField(Application, unique=True, backref="+")
    application_id: uuid.UUID
    source = CharField(max_length=10)  # kiosk | paper
    submitted_at = IsoDateTimeField(index=True)
    entered_by = ForeignKeyField(Staff, backref="+")
    entered_by_id: uuid.UUID
    age = IntegerField(null=True)
    sex = CharField(max_length=1, default="")
    education = CharField(max_length=20, default="")
    occupation = CharField(max_length=20, default="")
    disability = CharField(max_length=100, default="")
    u1 = IntegerField(null=True)
    u2 = IntegerField(null=True)
    u3 = IntegerField(null=True)
    u4 = IntegerField(null=True)
    u5 = IntegerField(null=True)
    u6 = IntegerField(null=True)
    u7 = IntegerField(null=True)
    u8 = IntegerField(null=True)
    u9 = IntegerField(null=True)
    suggestion = TextField(default="")
    imported_at = IsoDateTimeField(null=True)  # when an import last wrote it here (local bookkeeping, never sent)


class Complaint(BaseModel):
    """A complaint, suggestion or input from any channel; answered and followed up within a set number of days."""

    number = CharField(max_length=30)  # unique per station (Meta)
    received_at = IsoDateTimeField(index=True)
    channel = CharField(max_length=20)
    complainant = CharField(max_length=100)
    contact = CharField(max_length=120, default="")
    subject = CharField(max_length=200)
    description = TextField()
    application = ForeignKeyField(Application, null=True, backref="+")
    application_id: uuid.UUID | None
    recorded_by = ForeignKeyField(Staff, backref="+")
    recorded_by_id: uuid.UUID
    assigned_to = ForeignKeyField(Staff, null=True, backref="+")
    assigned_to_id: uuid.UUID | None
    status = CharField(max_length=20, default="open", index=True)
    first_response_at = IsoDateTimeField(null=True)
    response = TextField(default="")
    follow_up = TextField(default="")
    closed_at = IsoDateTimeField(null=True)
    origin_station = CharField(max_length=36, default="")  # the station it was made at: "" this one, else its id
    imported_at = IsoDateTimeField(null=True)  # when an import last wrote it here (local bookkeeping, never sent)

    class Meta:
        indexes = ((("number", "origin_station"), True),)


class Suggestion(BaseModel):
    """A written suggestion (saran) from an SKM questionnaire: read and followed up by the office, outside the
    complaints' response clock; an officer may turn it into a complaint (`complaint`). Never linked to the ratings."""

    application = ForeignKeyField(Application, backref="+")
    application_id: uuid.UUID
    text = TextField()
    received_at = IsoDateTimeField(index=True)
    followed_up_at = IsoDateTimeField(null=True)
    follow_up_note = TextField(default="")
    followed_up_by = ForeignKeyField(Staff, null=True, backref="+")
    followed_up_by_id: uuid.UUID | None
    complaint = ForeignKeyField(Complaint, null=True, backref="+")
    complaint_id: uuid.UUID | None
    imported_at = IsoDateTimeField(null=True)  # when an import last wrote it here (local bookkeeping, never sent)


class LocalStation(BaseModel):
    """This installation as a station of the records' exchange (one row; its id is the station's id). Public
    halves of its bundle keys only: the private halves are sealed with the office keys (services/keys.py)."""

    name = CharField(max_length=100)
    signing_key = CharField(max_length=64, default="")  # Ed25519 public key, hex; empty until the keys are made
    age_recipient = CharField(max_length=100, default="")  # age X25519 recipient, `age1…`
    created_at = IsoDateTimeField(default=utc_now)
    keys_created_at = IsoDateTimeField(null=True)


class KnownStation(BaseModel):
    """Another installation the admin trusted (its id is that station's id), kept after a revocation so its
    history stays readable; the `last_*` columns follow the bundles exchanged with it."""

    name = CharField(max_length=100)
    office_code = CharField(max_length=10)
    office_name = CharField(max_length=200)
    signing_key = CharField(max_length=64)  # Ed25519 public key, hex: checks the bundles it sends
    age_recipient = CharField(max_length=100)  # age X25519 recipient: the bundles sent to it are encrypted for it
    fingerprint = CharField(max_length=40)
    trusted_at = IsoDateTimeField()
    trusted_by = CharField(max_length=40)  # username, or 'sistem' for the command line
    revoked_at = IsoDateTimeField(null=True)
    revoked_by = CharField(max_length=40, null=True)
    last_sent_at = IsoDateTimeField(null=True)
    last_sent_sequence = IntegerField(null=True)
    last_acknowledged_at = IsoDateTimeField(null=True)
    last_acknowledged_sequence = IntegerField(null=True)
    last_received_at = IsoDateTimeField(null=True)
    last_received_sequence = IntegerField(null=True)


class StationAuditEvent(BaseModel):
    """Another station's audit event, received in a bundle and kept in that station's own chain (verified on import:
    each event links to the one before it in the same station's chain). Never written by this station's actions."""

    station = UUIDField()
    sequence = IntegerField()
    at = IsoDateTimeField()
    actor = CharField(max_length=40)
    application_id = UUIDField(null=True, index=True)  # no foreign key: a chain is kept whole, whatever arrives
    action = CharField(max_length=40)
    from_status = CharField(max_length=30, default="")
    to_status = CharField(max_length=30, default="")
    details = TextField(default="{}")
    state_hash = TextField(default="")
    previous_hash = CharField(max_length=64)
    hash = CharField(max_length=64)
    imported_at = IsoDateTimeField(default=utc_now)

    class Meta:
        indexes = ((("station", "sequence"), True),)


class Tombstone(BaseModel):
    """A deleted record that other stations must delete too (today: a calendar day an admin removed)."""

    kind = CharField(max_length=40)
    record_key = CharField(max_length=80)
    deleted_at = IsoDateTimeField()
    origin_station = CharField(max_length=36, default="")
    imported_at = IsoDateTimeField(null=True)

    class Meta:
        indexes = ((("kind", "record_key"), True),)


MODELS: tuple[type[Model], ...] = (
    OfficeProfile,
    Staff,
    Setting,
    Counter,
    Application,
    ChecklistItem,
    AuditEvent,
    LocalDay,
    Letter,
    SealKey,
    SurveyResponse,
    Complaint,
    SignInGuard,
    Suggestion,
    LocalStation,
    KnownStation,
    StationAuditEvent,
    Tombstone,
)


def schema_gaps() -> list[str]:
    """Tables and columns the models expect that the open database lacks (a migration missing from a build)."""
    gaps = []
    for model in MODELS:
        table = model._meta.table_name
        if not model.table_exists():
            gaps.append(table)
            continue
        present = {column.name for column in database.get_columns(table)}
        expected = [field.column_name for field in model._meta.sorted_fields]
        gaps += [f"{table}.{column}" for column in expected if column not in present]
    return gaps
