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
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
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
    ).detail
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
        intake.register_application(desk, fo, intake_form(desk, nik=f"140102570885{i:04d}")).detail.number
        for i in range(1, 4)
    ]
    returned = intake.register_application(
        desk, fo, intake_form(desk, nik="1401025708850050", missing=("ktp",))
    ).detail.number
    clock.local(2027, 1, 4)
    next_year = intake.register_application(desk, fo, intake_form(desk, nik="1401025708850099")).detail.number
    assert numbers == ["KPR-2026-000001", "KPR-2026-000002", "KPR-2026-000003"]
    assert returned == "KPR-2026-K00001"
    assert next_year == "KPR-2027-000001"
    assert Application.select().count() == 5


def test_returned_file_comes_back_as_a_new_registration_linked_to_the_old(desk, officers, clock):
    fo = officers[Role.FRONT_OFFICE]
    returned = intake.register_application(desk, fo, intake_form(desk, missing=("sktm",))).detail
    clock.advance(days=2)
    form = intake.prefill_from_returned(desk, returned.summary.id)
    assert form.nik == "1401025708850003" and form.previous_id == returned.summary.id
    assert [a.received for a in form.checklist] == [True, False, True, True, True, True]
    completed = intake.IntakeForm(
        **{**form.__dict__, "checklist": tuple(intake.ChecklistAnswer(a.code, True) for a in form.checklist)}
    )
    again = intake.register_application(desk, fo, completed).detail
    assert again.status == Status.RECEIVED and again.previous_number == returned.number
    assert find_by_number(desk, returned.number).status == Status.RETURNED


def test_same_nik_with_an_open_file_warns_and_registers_with_the_officers_note(desk, officers):
    fo = officers[Role.FRONT_OFFICE]
    first = intake.register_application(desk, fo, intake_form(desk)).detail
    check = intake.check_intake(desk, intake_form(desk, warning_override="Permohonan untuk anak kedua."))
    assert [f.number for f in check.open_files] == [first.number]
    assert any(first.number in w for w in check.warnings)
    assert check.warning_override == "Permohonan untuk anak kedua."
    with pytest.raises(ValidationError) as refused:
        intake.register_application(desk, fo, intake_form(desk))
    assert refused.value.field == "warning_override" and first.number in str(refused.value)
    second = intake.register_application(
        desk, fo, intake_form(desk, warning_override="Permohonan untuk anak kedua.")
    ).detail
    assert second.number == "KPR-2026-000002"
    assert len(open_files_for_nik(desk, "1401025708850003")) == 2


JAKARTA_NIK = "3171025708850003"  # a woman born 17-08-1985, registered in Jakarta
YOUNG_NIK = "1401026911090003"  # a woman of Kecamatan Kampar born 29-11-2009


@pytest.mark.parametrize(
    ("nik", "today", "fragment"),
    [
        (JAKARTA_NIK, date(2026, 3, 16), "di luar Kabupaten Kampar (Provinsi DKI Jakarta)"),
        (YOUNG_NIK, date(2026, 11, 28), "berumur 16 tahun"),
    ],
)
def test_a_warned_nik_needs_the_officers_note_before_saving(desk, officers, clock, nik, today, fragment):
    clock.local(today.year, today.month, today.day, 10)
    fo = officers[Role.FRONT_OFFICE]
    with pytest.raises(ValidationError) as refused:
        intake.register_application(desk, fo, intake_form(desk, nik=nik, warning_override="   "))
    assert refused.value.field == "warning_override"
    assert fragment in str(refused.value) and "Tulis catatan alasan" in str(refused.value)
    assert Application.select().count() == 0
    with pytest.raises(ValidationError, match="terlalu panjang"):
        intake.check_intake(desk, intake_form(desk, nik=nik, warning_override="x" * 251))
    note = "Pemohon  pindah ke Desa Batu Belah,\nSKTM dari Kepala Desa ada."
    check = intake.check_intake(desk, intake_form(desk, nik=nik, warning_override=note))
    assert check.warning_override == "Pemohon pindah ke Desa Batu Belah, SKTM dari Kepala Desa ada."
    assert len(check.warnings) == 1 and fragment in check.warnings[0]
    detail = intake.register_application(desk, fo, intake_form(desk, nik=nik, warning_override=note)).detail
    assert detail.status == Status.RECEIVED
    (event,) = timeline(desk, detail.summary.id)
    assert fragment in event.details["warnings"][0]


def test_the_day_a_young_applicant_turns_17_the_warning_is_gone(desk, officers, clock):
    clock.local(2026, 11, 29, 10)
    check = intake.check_intake(desk, intake_form(desk, nik=YOUNG_NIK))
    assert check.warnings == () and check.warning_override == ""


def test_a_note_without_warnings_is_not_kept(desk):
    assert intake.check_intake(desk, intake_form(desk, warning_override="tidak perlu")).warning_override == ""


@pytest.mark.parametrize(
    ("typed", "message", "warned"),
    [
        ("1401", "4 dari 16 digit", ""),
        ("140102", "6 dari 16 digit; Kecamatan Kampar, Kabupaten Kampar, Provinsi Riau", ""),
        ("317102", "6 dari 16 digit; Provinsi DKI Jakarta", "di luar Kabupaten Kampar"),
        ("140102570885", "12 dari 16 digit; Perempuan, lahir 17 Agustus 1985; Kecamatan Kampar", ""),
        ("140102570885000", "15 dari 16 digit, kurang 1 digit; Perempuan", ""),
        ("140102691109000", "15 dari 16 digit, kurang 1 digit; Perempuan, lahir 29 November 2009", "berumur 16"),
    ],
)
def test_nik_hints_while_typing(desk, clock, typed, message, warned):
    clock.local(2026, 11, 28, 10)
    hint = intake.check_field(desk, "nik", typed)
    assert hint.message.startswith(message), hint.message
    assert hint.pending and not hint.ok
    assert (warned in " ".join(hint.warnings)) if warned else hint.warnings == ()


def test_nik_hints_refuse_at_once_and_warn_on_a_complete_nik(desk, clock):
    assert not intake.check_field(desk, "nik", "14O1").ok and "angka" in intake.check_field(desk, "nik", "14O1").message
    impossible = intake.check_field(desk, "nik", "140102320285")
    assert not impossible.ok and not impossible.pending and "tanggal lahir yang tidak ada" in impossible.message
    complete = intake.check_field(desk, "nik", JAKARTA_NIK)
    assert complete.ok and not complete.pending and complete.message.startswith("Perempuan, lahir 17 Agustus 1985")
    assert "di luar Kabupaten Kampar" in complete.warnings[0]
    too_long = intake.check_field(desk, "nik", "14010257088500031")
    assert not too_long.ok and "16 digit (yang diketik 17 digit)" in too_long.message


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [("+60 12-345 6789", False), ("+65 9123 4567", False), ("0812-7646-0487", True), ("+6281276460487", True)],
)
def test_only_indonesian_phone_numbers_register(desk, officers, typed, accepted):
    hint = intake.check_field(desk, "phone", typed)
    assert hint.ok is accepted
    if accepted:
        assert intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, phone=typed))
    else:
        assert "hanya nomor Indonesia" in hint.message
        with pytest.raises(ValidationError, match="hanya nomor Indonesia") as refused:
            intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, phone=typed))
        assert refused.value.field == "phone"


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
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    assert detail.received_on == date(2026, 11, 28) and detail.summary.sla.due_on == date(2026, 12, 7)
    assert verify_audit_log(desk).intact
