"""Reading files back as records: detail, summaries with their SLA, the lookups other actions build on."""

from __future__ import annotations

import uuid
from datetime import date

from peewee import Expression, fn

from kampar_desk.domain.calendar import WorkingCalendar
from kampar_desk.domain.letters import LetterKind, LetterStatus
from kampar_desk.domain.workflow import Status
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import ApplicationDetail, ApplicationSummary, ChecklistEntry, SlaView
from kampar_desk.store.models import Application, ChecklistItem, Letter, Staff
from kampar_desk.store.rows import get_or_fail

FINISHED_ON_FIELD = {
    Status.REJECTED: "decided_at",
    Status.ISSUED: "issued_at",
    Status.SURVEYED: "issued_at",
    Status.HANDED_OVER: "issued_at",
}


def sla_view(desk: Desk, row: Application, calendar: WorkingCalendar, today: date) -> SlaView:
    """A running clock for open files; for decided files, whether the decision came on time."""
    if row.due_on is None:
        return SlaView(None, None, None, 0)
    status = Status(row.status)
    finished_field = FINISHED_ON_FIELD.get(status)
    if finished_field:
        finished_at = getattr(row, finished_field)
        finished_on = desk.to_local(finished_at).date() if finished_at else today
        return SlaView(row.due_on, None, finished_on, calendar.working_days_between(row.due_on, finished_on))
    return SlaView(row.due_on, calendar.sla_state(row.due_on, today), None, 0)


def summarize(desk: Desk, row: Application, calendar: WorkingCalendar, today: date) -> ApplicationSummary:
    return ApplicationSummary(
        id=row.id,
        number=row.number,
        service_code=row.service_code,
        status=Status(row.status),
        applicant_name=row.applicant_name,
        applicant_nik=row.applicant_nik,
        district_code=row.district_code,
        registered_at=desk.to_local(row.registered_at),
        sla=sla_view(desk, row, calendar, today),
    )


def load_row(application_id: uuid.UUID) -> Application:
    return get_or_fail(Application, Application.id == application_id, missing="Berkas tidak ditemukan.")


def detail_of(desk: Desk, row: Application) -> ApplicationDetail:
    calendar = desk.calendar()
    checklist = tuple(
        ChecklistEntry(item.requirement_code, item.requirement_text, item.received, item.note, item.verification_note)
        for item in ChecklistItem.select().where(ChecklistItem.application == row.id).order_by(ChecklistItem.position)
    )
    previous = Application.get_or_none(Application.id == row.previous_id) if row.previous_id else None
    registrar = Staff.get_by_id(row.registered_by_id)
    return ApplicationDetail(
        summary=summarize(desk, row, calendar, desk.today()),
        service_name=desk.catalog[row.service_code].name,
        applicant_kk=row.applicant_kk,
        applicant_sex=row.applicant_sex,
        applicant_birth_date=row.applicant_birth_date,
        applicant_phone=row.applicant_phone,
        applicant_address=row.applicant_address,
        village_code=row.village_code,
        registered_by=registrar.full_name,
        received_on=row.received_on,
        checklist=checklist,
        previous_number=previous.number if previous else None,
        technical_review_needed=row.technical_review_needed,
        verification_note=row.verification_note,
        technical_review_result=row.technical_review_result,
        technical_review_on=row.technical_review_on,
        payment_reference=row.payment_reference,
        decision_reason=row.decision_reason,
        issued_on=row.issued_on,
        survey_outcome=row.survey_outcome,
        handed_over_to=row.handed_over_to,
        version=row.version,
    )


def get_application(desk: Desk, application_id: uuid.UUID) -> ApplicationDetail:
    return detail_of(desk, load_row(application_id))


def find_by_number(desk: Desk, number: str) -> ApplicationDetail:
    missing = f"Tidak ada berkas bernomor {number.strip()}."
    return detail_of(desk, get_or_fail(Application, Application.number == number.strip().upper(), missing=missing))


def open_files_for_nik(desk: Desk, nik: str) -> list[ApplicationSummary]:
    """Files of this NIK still being processed: the counter warns before registering another one."""
    calendar, today = desk.calendar(), desk.today()
    open_statuses = [s.value for s in Status if s.is_open]
    rows = Application.select().where((Application.applicant_nik == nik) & (Application.status.in_(open_statuses)))
    return [summarize(desk, row, calendar, today) for row in rows.order_by(Application.registered_at)]


def queue(desk: Desk, statuses: tuple[Status, ...], limit: int = 200) -> list[ApplicationSummary]:
    """Files waiting at a stage, the most urgent due date first."""
    calendar, today = desk.calendar(), desk.today()
    rows = (
        Application.select()
        .where(Application.status.in_([s.value for s in statuses]))
        .order_by(Application.due_on, Application.registered_at)
        .limit(limit)
    )
    return [summarize(desk, row, calendar, today) for row in rows]


def awaiting_rejection_letter() -> Expression:
    """Rejected files whose rejection letter is not out yet: Penerbitan still has to issue it."""
    issued_rejection = Letter.select(Letter.id).where(
        (Letter.application == Application.id)
        & (Letter.kind == LetterKind.REJECTION)
        & (Letter.status == LetterStatus.ISSUED)
    )
    return (Application.status == Status.REJECTED.value) & ~fn.EXISTS(issued_rejection)


def awaiting_issuance(desk: Desk, limit: int = 500) -> list[ApplicationSummary]:
    """Penerbitan's queue: approved, issued and surveyed files, and rejected files whose letter is not out yet."""
    calendar, today = desk.calendar(), desk.today()
    waiting = [Status.APPROVED.value, Status.ISSUED.value, Status.SURVEYED.value]
    rows = (
        Application.select()
        .where(Application.status.in_(waiting) | awaiting_rejection_letter())
        .order_by(Application.due_on, Application.registered_at)
        .limit(limit)
    )
    return [summarize(desk, row, calendar, today) for row in rows]
