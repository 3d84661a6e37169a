"""Pendaftaran at the front office: validate the applicant, check the requirements, register or return the file."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from kampar_desk.domain.errors import NotFound, ValidationError
from kampar_desk.domain.numbering import REGISTRATION_SERIES, RETURN_SERIES, registration_number, return_number
from kampar_desk.domain.standard import ServiceStandard, TechnicalReview
from kampar_desk.domain.texts import long_date
from kampar_desk.domain.validation import (
    check_kk,
    check_name,
    check_nik,
    check_partial_nik,
    display_phone,
    name_key,
    normalize_phone,
)
from kampar_desk.domain.workflow import Action, Status, check_transition
from kampar_desk.services import record_states
from kampar_desk.services.applications import detail_of, load_row, open_files_for_nik
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.intake_documents import intake_document
from kampar_desk.services.records import ApplicationSummary, Registered, StaffRecord
from kampar_desk.store.database import write_transaction
from kampar_desk.store.ids import new_id
from kampar_desk.store.models import Application, ChecklistItem, Counter, utc_now


@dataclass(frozen=True)
class ChecklistAnswer:
    code: str
    received: bool
    note: str = ""


@dataclass(frozen=True)
class IntakeForm:
    """What the officer types at the counter, as typed (validation happens in the service)."""

    service_code: str
    nik: str
    kk: str
    name: str
    phone: str
    address: str
    district_code: str
    village_code: str
    checklist: tuple[ChecklistAnswer, ...]
    previous_id: uuid.UUID | None = None
    #: why the officer registers the file despite the warnings (outside Kampar, under 17…); required when there are any
    warning_override: str = ""


@dataclass(frozen=True)
class IntakeCheck:
    """The form after validation: normalized values and the warnings the officer should see (nothing refused)."""

    nik: str
    kk: str
    name: str
    phone_e164: str
    address: str
    sex: str
    birth_date: date
    warnings: tuple[str, ...]
    open_files: tuple[ApplicationSummary, ...]
    complete: bool
    warning_override: str = ""  # the officer's note, kept only when there are warnings to override


def _check_location(desk: Desk, form: IntakeForm) -> None:
    district = desk.regions.district(form.district_code)
    if district is None:
        raise ValidationError("district", "Pilih kecamatan di Kabupaten Kampar.")
    village = desk.regions.village(form.village_code)
    if village is None or village.district_code != district.code:
        raise ValidationError("village", f"Pilih desa/kelurahan di Kecamatan {district.name}.")


def _check_checklist(standard: ServiceStandard, answers: tuple[ChecklistAnswer, ...]) -> None:
    expected = [r.code for r in standard.requirements]
    given = [a.code for a in answers]
    unknown = sorted(set(given) - set(expected))
    if unknown:
        raise ValidationError("checklist", f"Persyaratan tidak dikenal untuk layanan ini: {', '.join(unknown)}.")
    if sorted(given) != sorted(expected):
        raise ValidationError("checklist", "Setiap persyaratan harus ditandai satu kali: diterima atau tidak ada.")


OVERRIDE_LIMIT = 250


def _override_note(warnings: list[str], typed: str) -> str:
    """A file with warnings is saved only with the officer's reason; the note is what answers the warnings."""
    if not warnings:
        return ""
    note = " ".join(typed.split())
    if not note:
        listed = " ".join(f"({n}) {w}" for n, w in enumerate(warnings, start=1))
        raise ValidationError(
            "warning_override",
            f"Berkas ini memiliki peringatan: {listed} Tulis catatan alasan petugas tetap mendaftarkannya "
            "sebelum menyimpan.",
        )
    if len(note) > OVERRIDE_LIMIT:
        raise ValidationError(
            "warning_override", f"Catatan peringatan terlalu panjang (paling banyak {OVERRIDE_LIMIT} huruf)."
        )
    return note


def check_intake(desk: Desk, form: IntakeForm) -> IntakeCheck:
    """Validate the whole form; refusals name the field, doubts come back as warnings, which the officer must answer
    with a note (`warning_override`) before the file is saved."""
    standard = desk.catalog[form.service_code]
    today = desk.today()
    nik = check_nik(form.nik, today, desk.regions)
    kk = check_kk(form.kk, today, desk.regions, nik=nik.nik)
    name = check_name(form.name, "name", "Nama pemohon")
    phone = normalize_phone(form.phone)
    address = " ".join(form.address.split())
    if not address:
        raise ValidationError("address", "Alamat wajib diisi.")
    if len(address) > 250:
        raise ValidationError("address", "Alamat terlalu panjang (paling banyak 250 huruf).")
    _check_location(desk, form)
    _check_checklist(standard, form.checklist)
    open_files = tuple(open_files_for_nik(desk, nik.nik))
    warnings = list(nik.warnings + kk.warnings)
    if open_files:
        numbers = ", ".join(f.number for f in open_files)
        warnings.append(f"NIK ini masih memiliki berkas yang sedang diproses: {numbers}.")
    note = _override_note(warnings, form.warning_override)
    return IntakeCheck(
        nik=nik.nik,
        kk=kk.number,
        name=name,
        phone_e164=phone,
        address=address,
        sex=nik.sex,
        birth_date=nik.birth_date,
        warnings=tuple(warnings),
        open_files=open_files,
        complete=all(a.received for a in form.checklist),
        warning_override=note,
    )


def next_number(series: str, year: int) -> int:
    """Take the next number of a yearly series inside the caller's transaction (gap-free, never reused).

    One statement (SQLite 3.35+ and PostgreSQL): the series' first number creates its row, any later one bumps it
    with the bookkeeping `BaseModel.save` keeps (version + 1, updated_at now)."""
    now = utc_now()
    taken = (
        Counter.insert(id=new_id(), series=series, year=year, last=1, version=1, updated_at=now)
        .on_conflict(
            conflict_target=[Counter.series, Counter.year],
            update={Counter.last: Counter.last + 1, Counter.version: Counter.version + 1, Counter.updated_at: now},
        )
        .returning(Counter.last)
        .tuples()
        .execute()
    )
    return next(iter(taken))[0]


def register_application(desk: Desk, actor: StaffRecord, form: IntakeForm) -> Registered:
    """Record the file either way: complete → registration number and due date; incomplete → returned. One action:
    the file and its archived paper (tanda terima, or the return slip naming what is missing)."""
    checked = check_intake(desk, form)
    action, status = (Action.REGISTER, Status.RECEIVED) if checked.complete else (Action.RETURN, Status.RETURNED)
    actor = require(desk, actor, action)
    check_transition(action, None, status)
    standard = desk.catalog[form.service_code]
    office = desk.office()
    now = desk.now()
    local_day = desk.to_local(now).date()
    with write_transaction():
        if form.previous_id is not None:
            previous = load_row(form.previous_id)
            if previous.status != Status.RETURNED:
                raise ValidationError("previous", f"Berkas {previous.number} tidak berstatus dikembalikan.")
        if checked.complete:
            number = registration_number(office.code, local_day.year, next_number(REGISTRATION_SERIES, local_day.year))
            received_on = local_day
            due_on = desk.calendar().due_date(local_day, standard.time_limit_working_days)
        else:
            number = return_number(office.code, local_day.year, next_number(RETURN_SERIES, local_day.year))
            received_on = due_on = None
        row = Application.create(
            number=number,
            service_code=standard.code,
            status=status.value,
            applicant_nik=checked.nik,
            applicant_kk=checked.kk,
            applicant_name=checked.name,
            applicant_name_key=name_key(checked.name),
            applicant_sex=checked.sex,
            applicant_birth_date=checked.birth_date,
            applicant_phone=checked.phone_e164,
            applicant_address=checked.address,
            district_code=form.district_code,
            village_code=form.village_code,
            registered_at=now,
            registered_by=actor.id,
            received_on=received_on,
            due_on=due_on,
            previous=form.previous_id,
            fee_rupiah=standard.fee_rupiah,
            technical_review_needed=standard.technical_review is TechnicalReview.ALWAYS,
        )
        answers = {a.code: a for a in form.checklist}
        # One statement for the whole checklist. Ids are named here (not left to the model's default) because the
        # file's record state below is computed from these rows; version, updated_at and verification_note are the
        # model's defaults, which insert_many fills in per row.
        checklist = [
            {
                "id": new_id(),
                "application": row.id,
                "position": position,
                "requirement_code": requirement.code,
                "requirement_text": requirement.text,
                "received": answers[requirement.code].received,
                "note": answers[requirement.code].note.strip()[:250],
            }
            for position, requirement in enumerate(standard.requirements, start=1)
        ]
        ChecklistItem.insert_many(checklist).execute()
        details: dict[str, object] = {"number": number, "service": standard.code}
        if not checked.complete:
            details["missing"] = [r.code for r in standard.requirements if not answers[r.code].received]
        if form.previous_id is not None:
            details["previous"] = str(form.previous_id)
        if checked.warnings:
            details["warnings"] = list(checked.warnings)
            details["warning_override"] = checked.warning_override
        # The file's record state from the rows just written (as `states_of` would read them back), not re-read.
        states = record_states.new_application_states(
            [row.__data__], {record_states.CHILD_KINDS["checklist"]: checklist}
        )
        append_event(now, actor.username, action.value, row, "", status.value, details, known_states=states)
        # The tanda terima or return slip is part of the action: archived with the commit, or not at all.
        detail = detail_of(desk, row)
        paper = intake_document(desk, row.id, row=row, detail=detail, officer=actor)
    return Registered(detail, paper.path, paper.title)


def prefill_from_returned(desk: Desk, application_id: uuid.UUID) -> IntakeForm:
    """The intake form of a returned file, ready to be completed and registered as a new file linked to it."""
    row = load_row(application_id)
    if row.status != Status.RETURNED:
        raise NotFound(f"Berkas {row.number} bukan berkas yang dikembalikan.")
    items = ChecklistItem.select().where(ChecklistItem.application == row.id).order_by(ChecklistItem.position)
    return IntakeForm(
        service_code=row.service_code,
        nik=row.applicant_nik,
        kk=row.applicant_kk,
        name=row.applicant_name,
        phone=row.applicant_phone,
        address=row.applicant_address,
        district_code=row.district_code,
        village_code=row.village_code,
        checklist=tuple(ChecklistAnswer(i.requirement_code, i.received, i.note) for i in items),
        previous_id=row.id,
    )


@dataclass(frozen=True)
class FieldCheck:
    """Live feedback on one field while the officer types: acceptable or not, what it means, what to double-check."""

    ok: bool
    message: str
    warnings: tuple[str, ...] = ()
    pending: bool = False  # still being typed: not acceptable yet, and nothing wrong so far


NIK_DIGITS = 16
_SEX = {"L": "Laki-laki", "P": "Perempuan"}


def _nik_so_far(desk: Desk, value: str) -> FieldCheck:
    """A NIK being typed: how far it is, and what its digits already say (region, birth date, the warnings)."""
    progress = check_partial_nik(value, desk.today(), desk.regions)
    missing = NIK_DIGITS - progress.typed
    parts = [f"{progress.typed} dari {NIK_DIGITS} digit" + (", kurang 1 digit" if missing == 1 else "")]
    if progress.birth_date is not None:
        parts.append(f"{_SEX[progress.sex]}, lahir {long_date(progress.birth_date)}")
    if progress.region:
        parts.append(progress.region)
    return FieldCheck(False, "; ".join(parts), progress.warnings, pending=True)


def check_field(desk: Desk, field: str, value: str, nik: str = "") -> FieldCheck:
    """Validate one intake field, also while it is typed: a NIK shows its length so far, its region from 6 digits and
    its warnings as soon as they are known; a complete NIK also reports files of that NIK still being processed."""
    try:
        if field == "nik" and 0 < len(value.strip().replace(" ", "").replace(".", "")) < NIK_DIGITS:
            return _nik_so_far(desk, value)
        if field == "nik":
            info = check_nik(value, desk.today(), desk.regions)
            sex = _SEX[info.sex]
            warnings = list(info.warnings)
            open_files = open_files_for_nik(desk, info.nik)
            if open_files:
                numbers = ", ".join(f"{f.number} ({f.status.label})" for f in open_files)
                warnings.append(f"NIK ini masih memiliki berkas yang sedang diproses: {numbers}.")
            return FieldCheck(True, f"{sex}, lahir {long_date(info.birth_date)}; {info.region}", tuple(warnings))
        if field == "kk":
            kk = check_kk(value, desk.today(), desk.regions, nik=nik or None)
            return FieldCheck(True, f"Diterbitkan {long_date(kk.issued_on)}; {kk.region}", kk.warnings)
        if field == "phone":
            return FieldCheck(True, f"Tersimpan sebagai {display_phone(normalize_phone(value))}")
        if field == "name":
            check_name(value, "name", "Nama pemohon")
            return FieldCheck(True, "")
    except ValidationError as error:
        return FieldCheck(False, str(error))
    raise ValueError(f"unknown intake field {field!r}")
