from datetime import date

import pytest

from kampar_desk.domain.errors import PermissionDenied, ValidationError
from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import Status
from kampar_desk.services import intake
from kampar_desk.services.applications import find_by_number, open_files_for_nik
from kampar_desk.services.audit import timeline, verify_audit_log
from kampar_desk.store.models import Application, ChecklistItem
from tests.conftest import intake_form


def test_complete_file_gets_a_registration_number_and_a_due_date(desk, officers, clock):
    clock.local(2026, 3, 16, 9, 30)
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk))
    assert detail.number == "KPR-2026-000001"
    assert detail.status == Status.RECEIVED
    assert detail.received_on == date(2026, 3, 16)
    assert detail.summary.sla.due_on == date(2026, 3, 30)
    assert detail.summary.sla.state.working_days_left == 5
    assert detail.summary.registered_at.hour == 9  # shown in office time (WIB)
    assert [c.received for c in detail.checklist] == [True] * 6
    assert detail.checklist[1].text == "Surat Keterangan Tidak Mampu dari Kepala Desa atau Lurah"
    assert detail.applicant_phone == "+6281276460487"
    assert detail.applicant_sex == "P"


def test_incomplete_file_is_returned_naming_every_missing_item(desk, officers, clock):
    detail = intake.register_application(
        desk, officers[Role.FRONT_OFFICE], intake_form(desk, missing=("sktm", "rekomendasi-dinsos"))
    )
    assert detail.status == Status.RETURNED
    assert detail.number == "KPR-2026-K00001"
    assert detail.summary.sla.due_on is None and detail.received_on is None
    assert [m.code for m in detail.missing] == ["sktm", "rekomendasi-dinsos"]
    events = timeline(desk, detail.summary.id)
    assert [(e.action, e.to_status) for e in events] == [("return", "returned")]
    assert events[0].details["missing"] == ["sktm", "rekomendasi-dinsos"]


def test_numbers_are_sequential_per_series_and_yearly(desk, officers, clock):
    fo = officers[Role.FRONT_OFFICE]
    numbers = [
        intake.register_application(desk, fo, intake_form(desk, nik=f"140102570885{i:04d}")).number for i in range(1, 4)
    ]
    returned = intake.register_application(desk, fo, intake_form(desk, missing=("ktp",))).number
    clock.local(2027, 1, 4)
    next_year = intake.register_application(desk, fo, intake_form(desk, nik="1401025708850099")).number
    assert numbers == ["KPR-2026-000001", "KPR-2026-000002", "KPR-2026-000003"]
    assert returned == "KPR-2026-K00001"
    assert next_year == "KPR-2027-000001"
    assert Application.select().count() == 5


def test_returned_file_comes_back_as_a_new_registration_linked_to_the_old(desk, officers, clock):
    fo = officers[Role.FRONT_OFFICE]
    returned = intake.register_application(desk, fo, intake_form(desk, missing=("sktm",)))
    clock.advance(days=2)
    form = intake.prefill_from_returned(desk, returned.summary.id)
    assert form.nik == "1401025708850003" and form.previous_id == returned.summary.id
    assert [a.received for a in form.checklist] == [True, False, True, True, True, True]
    completed = intake.IntakeForm(
        **{**form.__dict__, "checklist": tuple(intake.ChecklistAnswer(a.code, True) for a in form.checklist)}
    )
    again = intake.register_application(desk, fo, completed)
    assert again.status == Status.RECEIVED and again.previous_number == returned.number
    assert find_by_number(desk, returned.number).status == Status.RETURNED


def test_same_nik_with_an_open_file_warns_but_still_registers(desk, officers):
    fo = officers[Role.FRONT_OFFICE]
    first = intake.register_application(desk, fo, intake_form(desk))
    check = intake.check_intake(desk, intake_form(desk))
    assert [f.number for f in check.open_files] == [first.number]
    assert any(first.number in w for w in check.warnings)
    second = intake.register_application(desk, fo, intake_form(desk))
    assert second.number == "KPR-2026-000002"
    assert len(open_files_for_nik(desk, "1401025708850003")) == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"nik": "140102570885"}, "nik"),
        ({"kk": "1401025708850003"}, "kk"),
        ({"phone": "0812-ABCD-0487"}, "phone"),
        ({"name": " "}, "name"),
        ({"address": ""}, "address"),
        ({"district_code": "14.01.99"}, "district"),
        ({"village_code": "14.01.03.2001"}, "village"),  # a desa of Tambang, not of Kampar
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(desk, officers, changes, field):
    with pytest.raises(ValidationError) as refused:
        intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, **changes))
    assert refused.value.field == field
    assert Application.select().count() == 0 and ChecklistItem.select().count() == 0


def test_checklist_must_answer_every_requirement_once(desk, officers):
    form = intake_form(desk)
    with pytest.raises(ValidationError, match="satu kali"):
        intake.register_application(
            desk, officers[Role.FRONT_OFFICE], intake.IntakeForm(**{**form.__dict__, "checklist": form.checklist[:5]})
        )
    bogus = (*form.checklist[:5], intake.ChecklistAnswer("npwp", True))
    with pytest.raises(ValidationError, match="npwp"):
        intake.register_application(
            desk, officers[Role.FRONT_OFFICE], intake.IntakeForm(**{**form.__dict__, "checklist": bogus})
        )


def test_only_front_office_registers(desk, officers):
    for role in (Role.VERIFIER, Role.SIGNING_OFFICIAL, Role.HANDOVER_OFFICER, Role.ADMIN):
        with pytest.raises(PermissionDenied, match="Petugas Front Office"):
            intake.register_application(desk, officers[role], intake_form(desk))
    assert Application.select().count() == 0


def test_file_received_on_saturday_counts_from_monday(desk, officers, clock):
    clock.local(2026, 11, 28, 10)  # Saturday service day at a mall counter
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk))
    assert detail.received_on == date(2026, 11, 28) and detail.summary.sla.due_on == date(2026, 12, 7)
    assert verify_audit_log(desk).intact
