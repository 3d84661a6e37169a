from datetime import date

import pytest
from peewee import IntegrityError

from kampar_desk.domain.errors import PermissionDenied, TransitionNotAllowed, ValidationError
from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import Status
from kampar_desk.services import intake, letters, process, survey
from kampar_desk.services.applications import get_application
from kampar_desk.services.audit import timeline, verify_audit_log
from kampar_desk.store.database import database
from kampar_desk.store.models import Application, AuditEvent
from tests.conftest import intake_form


@pytest.fixture
def received(desk, officers, clock):
    clock.local(2026, 3, 16, 9)
    return intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail


def test_seed_service_walks_to_handover_without_payment(desk, officers, clock, received):
    app_id = received.summary.id
    clock.local(2026, 3, 17, 10)
    verified = process.verify(desk, officers[Role.VERIFIER], app_id, compliant=True, technical_review_needed=True)
    assert verified.detail.status == Status.IN_TECHNICAL_REVIEW
    assert verified.cover_letter is not None and verified.cover_letter.path.exists()
    clock.local(2026, 3, 25, 10)
    detail = process.record_technical_review(
        desk, officers[Role.VERIFIER], app_id, "Layak", date(2026, 3, 24), "Survei oleh Dinas Sosial"
    )
    assert detail.status == Status.AWAITING_DECISION  # Rp 0: no payment step
    assert detail.technical_review_on == date(2026, 3, 24)
    detail = process.approve(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    clock.local(2026, 3, 26, 9)
    issued = letters.issue_letter(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    detail = issued.detail
    assert detail == get_application(desk, app_id) and issued.letter.path.exists()
    assert detail.status == Status.ISSUED and detail.issued_on == date(2026, 3, 26)
    assert detail.summary.sla.describe() == "Tepat waktu"
    detail = process.decline_survey(desk, officers[Role.HANDOVER_OFFICER], app_id)
    detail = process.hand_over(desk, officers[Role.HANDOVER_OFFICER], app_id, "Siti Rahmawati")
    assert detail.status == Status.HANDED_OVER and detail.handed_over_to == "Siti Rahmawati"
    steps = [(e.action, e.from_status, e.to_status, e.actor) for e in timeline(desk, app_id)]
    assert steps == [
        ("register", "", "received", "fo.siti"),
        ("verify", "received", "in_technical_review", "verif.rina"),
        ("record_technical_review", "in_technical_review", "awaiting_decision", "verif.rina"),
        ("approve", "awaiting_decision", "approved", "kadis"),
        ("issue_letter", "approved", "issued", "kadis"),
        ("record_survey", "issued", "surveyed", "serah.yusuf"),
        ("hand_over", "surveyed", "handed_over", "serah.yusuf"),
    ]
    assert verify_audit_log(desk).intact


def test_fee_service_requires_review_and_payment(desk_with_fee_service, officers, clock):
    desk = desk_with_fee_service
    clock.local(2026, 3, 16, 9)
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, "IZN-CONTOH")).detail
    assert detail.summary.sla.due_on == date(2026, 3, 26)  # 3 working days
    app_id = detail.summary.id
    # "always" in the service file: review happens even though the verifier did not ask for it.
    verified = process.verify(desk, officers[Role.VERIFIER], app_id, compliant=True, technical_review_needed=False)
    assert verified.detail.status == Status.IN_TECHNICAL_REVIEW and verified.cover_letter is not None
    detail = process.record_technical_review(desk, officers[Role.VERIFIER], app_id, "Layak", date(2026, 3, 16))
    assert detail.status == Status.AWAITING_PAYMENT
    with pytest.raises(TransitionNotAllowed):
        process.approve(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    with pytest.raises(ValidationError):
        process.record_payment(desk, officers[Role.FRONT_OFFICE], app_id, "  ")
    detail = process.record_payment(desk, officers[Role.FRONT_OFFICE], app_id, "STS-123456")
    assert detail.status == Status.AWAITING_DECISION and detail.payment_reference == "STS-123456"
    assert timeline(desk, app_id)[-1].details == {"reference": "STS-123456", "amount": 150000}


def test_non_compliant_file_goes_to_the_official_who_rejects_with_a_reason(desk, officers, received):
    app_id = received.summary.id
    with pytest.raises(ValidationError, match="Alasan ketidaksesuaian"):
        process.verify(desk, officers[Role.VERIFIER], app_id, compliant=False)
    verified = process.verify(desk, officers[Role.VERIFIER], app_id, compliant=False, note="SKTM sudah kedaluwarsa")
    assert verified.detail.status == Status.AWAITING_DECISION and verified.cover_letter is None
    with pytest.raises(ValidationError, match="Alasan penolakan"):
        process.reject(desk, officers[Role.SIGNING_OFFICIAL], app_id, "")
    detail = process.reject(desk, officers[Role.SIGNING_OFFICIAL], app_id, "SKTM sudah kedaluwarsa")
    assert detail.status == Status.REJECTED and detail.decision_reason == "SKTM sudah kedaluwarsa"
    with pytest.raises(TransitionNotAllowed):
        letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], app_id)


def test_handover_is_refused_until_the_survey_is_recorded(desk, officers, received):
    app_id = received.summary.id
    process.verify(desk, officers[Role.VERIFIER], app_id, compliant=True)
    process.approve(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    with pytest.raises(TransitionNotAllowed, match="SKM tercatat"):
        process.hand_over(desk, officers[Role.HANDOVER_OFFICER], app_id, "Siti Rahmawati")
    survey.submit_survey(desk, officers[Role.FRONT_OFFICE], app_id, survey.SurveyAnswers((4,) * 9), "kiosk")
    assert (
        process.hand_over(desk, officers[Role.HANDOVER_OFFICER], app_id, "Suami pemohon").status == Status.HANDED_OVER
    )


def test_wrong_role_is_refused_and_nothing_changes(desk, officers, received):
    app_id = received.summary.id
    events_before = AuditEvent.select().count()
    with pytest.raises(PermissionDenied, match="Verifikator"):
        process.verify(desk, officers[Role.FRONT_OFFICE], app_id, compliant=True)
    with pytest.raises(PermissionDenied, match="Pejabat Penandatangan"):
        process.approve(desk, officers[Role.VERIFIER], app_id)
    row = Application.get_by_id(app_id)
    assert row.status == Status.RECEIVED and row.version == 1
    # Only the two refusals are recorded (who, which action, why), nothing about the file changes.
    recorded = AuditEvent.select().where(AuditEvent.sequence > events_before).order_by(AuditEvent.sequence)
    assert [(e.actor, e.action, e.application_id) for e in recorded] == [
        ("fo.siti", "action_refused", None),
        ("verif.rina", "action_refused", None),
    ]


def test_overdue_file_shows_how_many_working_days_late(desk, officers, clock, received):
    clock.local(2026, 4, 6, 9)
    from kampar_desk.services.applications import get_application

    detail = get_application(desk, received.summary.id)
    assert detail.summary.sla.overdue and detail.summary.sla.describe() == "Terlambat 4 hari kerja"
    process.verify(desk, officers[Role.VERIFIER], received.summary.id, compliant=True)
    process.approve(desk, officers[Role.SIGNING_OFFICIAL], received.summary.id)
    letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], received.summary.id)
    issued = get_application(desk, received.summary.id)
    assert issued.summary.sla.describe() == "Selesai terlambat 4 hari kerja"


@pytest.mark.sqlite_only
def test_audit_log_is_append_only_and_tampering_is_detected(desk, officers, received):
    process.verify(desk, officers[Role.VERIFIER], received.summary.id, compliant=True)
    with pytest.raises(IntegrityError, match="append-only"), database.atomic():
        AuditEvent.update(actor="orang-lain").where(AuditEvent.sequence == 2).execute()
    with pytest.raises(IntegrityError, match="append-only"), database.atomic():
        AuditEvent.delete().where(AuditEvent.sequence == 2).execute()
    assert verify_audit_log(desk).intact
    # Someone with the file in a database editor can drop the trigger; the chain still tells.
    database.execute_sql("DROP TRIGGER audit_event_no_update")
    database.execute_sql("UPDATE audit_event SET actor = 'orang-lain' WHERE sequence = 7")
    report = verify_audit_log(desk)
    assert not report.intact and report.first_broken_sequence == 7


def test_verification_is_one_outcome_with_its_cover_letter(desk, officers, received):
    """The surat pengantar is part of the verification: when it cannot be made, nothing of the step is written."""
    from kampar_desk.services import keys
    from kampar_desk.store.models import Counter, Letter

    app_id = received.summary.id
    events_before = AuditEvent.select().count()
    with pytest.raises(ValidationError, match="tidak dikenal: foto"):
        process.verify(
            desk, officers[Role.VERIFIER], app_id, True, technical_review_needed=True, requirement_notes={"foto": "x"}
        )
    for stale in (keys.UNLOCKED, "seal_key", "signing_identity", "pades_signer"):
        desk.cache.pop(stale, None)  # as after a restart before the signing official has signed in
    with pytest.raises(keys.KeysLocked):
        process.verify(desk, officers[Role.VERIFIER], app_id, True, technical_review_needed=True)
    assert get_application(desk, app_id).status == Status.RECEIVED
    assert AuditEvent.select().count() == events_before and Letter.select().count() == 0
    assert Counter.get_or_none(Counter.series == "letter-cover") is None
    # A file that needs no technical agency needs no letter, so no keys either.
    verified = process.verify(desk, officers[Role.VERIFIER], app_id, True, technical_review_needed=False)
    assert verified.detail.status == Status.AWAITING_DECISION and verified.cover_letter is None


def test_registration_returns_the_file_and_its_archived_paper(desk, officers):
    fo = officers[Role.FRONT_OFFICE]
    registered = intake.register_application(desk, fo, intake_form(desk))
    assert registered.detail.status == Status.RECEIVED
    assert registered.paper_title == f"Tanda terima {registered.detail.number}"
    assert registered.paper.is_relative_to(desk.paths.documents_dir) and registered.paper.read_bytes()[:5] == b"%PDF-"
    returned = intake.register_application(desk, fo, intake_form(desk, nik="1401025708850004", missing=("ktp",)))
    assert returned.detail.status == Status.RETURNED
    assert returned.paper_title == f"Slip pengembalian {returned.detail.number}" and returned.paper.exists()
    assert returned.paper != registered.paper
