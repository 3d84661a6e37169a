import dataclasses
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from playhouse.migrations import Runner

from kampar_desk.domain.errors import NotFound, PermissionDenied, TransitionNotAllowed, ValidationError
from kampar_desk.domain.roles import Role
from kampar_desk.paths import migrations_dir
from kampar_desk.services import complaints, letters, process, skm_reports, survey
from kampar_desk.services.applications import get_application
from kampar_desk.services.audit import audit_check
from kampar_desk.services.exporting import ExportError
from kampar_desk.services.settings import update_settings
from kampar_desk.store.database import database
from kampar_desk.store.ids import new_id
from kampar_desk.store.models import AuditEvent, Complaint, LocalStation, Suggestion
from tests.pdf_tools import pdf_text
from tests.services.test_letters import approved_file
from tests.services.test_process import intake_form  # noqa: F401 - same walk-in data

ANSWERS = [(4, 4, 3, 4, 4, 4, 4, 3, 4), (3, 3, 3, 4, 3, 3, 4, 3, 3), (4, 3, None, 4, 4, 4, 3, 3, 2)]


def issued(desk, officers, clock, nik):
    app_id = approved_file(desk, officers, clock, nik=nik, review=False)
    letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    return app_id


@pytest.fixture
def three_surveys(desk, officers, clock):
    ids = []
    for index, values in enumerate(ANSWERS):
        app_id = issued(desk, officers, clock, nik=f"14010257088500{index + 10}")
        answers = survey.SurveyAnswers(
            values,
            age=30 + index,
            sex="LP"[index % 2],
            education="S1",
            occupation="Swasta",
            suggestion="Tambah kursi ruang tunggu." if index == 0 else "",
        )
        survey.submit_survey(desk, officers[Role.HANDOVER_OFFICER], app_id, answers, "kiosk" if index < 2 else "paper")
        ids.append(app_id)
    declined = issued(desk, officers, clock, nik="1401025708850099")
    process.decline_survey(desk, officers[Role.HANDOVER_OFFICER], declined)
    return ids


def test_one_survey_per_file_and_only_after_issuance(desk, officers, clock, three_surveys):
    with pytest.raises(TransitionNotAllowed):
        survey.submit_survey(
            desk, officers[Role.HANDOVER_OFFICER], three_surveys[0], survey.SurveyAnswers((4,) * 9), "kiosk"
        )
    fresh = approved_file(desk, officers, clock, nik="1401025708850077", review=False)
    with pytest.raises(TransitionNotAllowed):  # approved but not issued yet
        survey.submit_survey(desk, officers[Role.HANDOVER_OFFICER], fresh, survey.SurveyAnswers((4,) * 9), "kiosk")


@pytest.mark.parametrize(
    ("answers", "source", "fragment"),
    [
        (survey.SurveyAnswers((4,) * 8), "kiosk", "9 pertanyaan"),
        (survey.SurveyAnswers((5,) + (4,) * 8), "kiosk", "1 sampai 4"),
        (survey.SurveyAnswers((None,) * 9), "paper", "Belum ada satu pun"),
        (survey.SurveyAnswers((None,) + (4,) * 8), "kiosk", "Semua pertanyaan harus dijawab di kiosk"),
        (survey.SurveyAnswers((4,) * 9, age=9), "kiosk", "Umur"),
        (survey.SurveyAnswers((4,) * 9, education="SMK"), "kiosk", "Pendidikan"),
    ],
)
def test_bad_questionnaires_are_refused(desk, officers, clock, answers, source, fragment):
    app_id = issued(desk, officers, clock, nik="1401025708850003")
    with pytest.raises(ValidationError, match=fragment):
        survey.submit_survey(desk, officers[Role.HANDOVER_OFFICER], app_id, answers, source)
    assert get_application(desk, app_id).survey_outcome == ""


def test_period_ikm_sample_profile_and_the_suggestion_list(desk, officers, three_surveys):
    period = survey.skm_period(desk, date(2026, 1, 1), date(2026, 6, 30))
    assert len(period.rows) == 3 and period.declined == 1 and period.recipients == 4
    assert period.required_sample == 4  # Krejcie-Morgan for N = 4
    u3 = period.result.scores[2]
    assert (u3.total, u3.answered) == (6, 2)  # the skipped paper answer is not counted
    # By hand: means 11/3, 10/3, 3, 4, 11/3, 11/3, 11/3, 3, 3 sum to 31; 31/9 x 25 = 86.11 -> B.
    assert period.result.ikm == Decimal("86.11") and period.result.grade == "B"
    assert period.profile["Jenis kelamin"] == {"Laki-laki": 2, "Perempuan": 1}
    assert period.suggestions == ("Tambah kursi ruang tunggu.",)
    assert complaints.list_complaints(desk) == []  # a suggestion is not a complaint
    (suggestion,) = complaints.list_suggestions(desk)
    assert suggestion.text == "Tambah kursi ruang tunggu." and suggestion.open
    empty = survey.skm_period(desk, date(2026, 7, 1), date(2026, 12, 31))
    assert empty.result.ikm is None and empty.rows == ()


def test_semester_report_figures_agree_with_the_xlsx_rows(desk, officers, three_surveys, tmp_path):
    files = skm_reports.export_skm_report(desk, *survey.semester("2026-1"), tmp_path, "2026-1")
    pdf, xlsx = files.paths
    assert (pdf.name, xlsx.name) == ("laporan-skm-2026-1.pdf", "laporan-skm-2026-1.xlsx")
    book = openpyxl.load_workbook(xlsx, data_only=True)
    tab, res = book["Tabulasi"], book["Hasil"]
    rows = list(tab.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 3 and [r[9:18] for r in rows] == ANSWERS
    for index in range(9):
        column = [r[9 + index] for r in rows if r[9 + index] is not None]
        assert res.cell(index + 2, 3).value == sum(column)
        assert res.cell(index + 2, 4).value == len(column)
    assert res.cell(11, 6).value == 86.11 and res.cell(11, 7).value == "B"
    formulas = openpyxl.load_workbook(xlsx)["Hasil"]
    assert formulas.cell(2, 3).value == "=SUM(Tabulasi!J2:J4)" and formulas.cell(11, 6).value.startswith("=IF(COUNT(")
    text = " ".join(pdf_text(pdf).split())
    for expected in (
        "BAB I PENDAHULUAN",
        "BAB II PENGUMPULAN DATA SKM",
        "BAB III HASIL PENGOLAHAN DATA SKM",
        "BAB IV ANALISIS HASIL SKM",
        "BAB V KESIMPULAN",
        "Krejcie dan Morgan",
        "86,11",  # the decimal comma
        "Tambah kursi ruang tunggu.",
    ):
        assert expected in text, expected


def test_report_skm_command(desk, officers, three_surveys, tmp_path):
    from kampar_desk.app import main
    from kampar_desk.store.database import close_database

    out = tmp_path / "flashdisk"
    assert (
        main(["--data-dir", str(desk.paths.data_dir), "report", "skm", "--semester", "2026-1", "--out", str(out)]) == 0
    )
    assert sorted(p.name for p in out.iterdir()) == ["laporan-skm-2026-1.pdf", "laporan-skm-2026-1.xlsx"]
    assert (
        main(["--data-dir", str(desk.paths.data_dir), "report", "skm", "--semester", "2026-3", "--out", str(out)]) == 2
    )
    close_database()


def test_blank_questionnaire_has_the_nine_questions(desk):
    text = " ".join(pdf_text(skm_reports.blank_questionnaire(desk)).split())
    assert "KUESIONER SURVEI KEPUASAN MASYARAKAT" in text and "penanganan pengaduan pengguna layanan" in text
    assert "Sangat sesuai" in text and "Dikelola dengan baik" in text


def test_complaint_flow_response_time_and_overdue(desk, officers, clock, tmp_path):
    clock.local(2026, 3, 2, 9)
    fo, admin, official = officers[Role.FRONT_OFFICE], officers[Role.ADMIN], officers[Role.SIGNING_OFFICIAL]
    with pytest.raises(ValidationError, match="saluran"):
        complaints.register_complaint(desk, fo, "fax", "Budi", "x", "y")
    with pytest.raises(ValidationError, match="KPR-2026-999999"):
        complaints.register_complaint(
            desk, fo, "email", "Budi", "Status", "Kapan selesai?", application_number="KPR-2026-999999"
        )
    first = complaints.register_complaint(desk, fo, "lapor", "Budi", "Surat terlambat", "Belum selesai.", "0812")
    second = complaints.register_complaint(desk, fo, "kotak", "", "Toilet", "Kurang bersih.")
    assert (first.number, second.number, second.complainant) == ("ADU-2026-0001", "ADU-2026-0002", "Tanpa nama")
    with pytest.raises(PermissionDenied):
        complaints.assign(desk, fo, first.id, "fo.siti")
    complaints.assign(desk, official, first.id, "fo.siti")
    clock.local(2026, 3, 5, 10)  # 3 working days later
    with pytest.raises(TransitionNotAllowed, match="tanggapan"):
        complaints.follow_up(desk, fo, first.id, "Ditutup", close=True)
    answered = complaints.respond(desk, fo, first.id, "Surat sudah diterbitkan hari ini.")
    assert answered.days_to_response == 3 and not answered.overdue and answered.status == "answered"
    with pytest.raises(PermissionDenied):  # not assigned to the verifier
        complaints.respond(desk, officers[Role.VERIFIER], second.id, "x")
    clock.local(2026, 3, 16, 10)  # the toilet complaint waits 6 working days (Nyepi week excluded later)
    waiting = next(c for c in complaints.list_complaints(desk) if c.number == "ADU-2026-0002")
    assert waiting.overdue and waiting.days_to_response is None
    complaints.follow_up(desk, admin, first.id, "Pelapor puas.", close=True)
    update_settings(desk, admin, complaint_response_days=10)
    assert not next(c for c in complaints.list_complaints(desk) if c.number == "ADU-2026-0002").overdue
    summary = complaints.summary(desk, date(2026, 3, 1), date(2026, 3, 31))
    assert (summary.received, summary.answered, summary.answered_in_time, summary.closed) == (2, 1, 1, 1)
    assert summary.by_channel == {"Kotak pengaduan": 1, "SP4N-LAPOR!": 1}
    assert summary.median_days_to_response == 3
    report = skm_reports.export_complaint_report(desk, date(2026, 3, 1), date(2026, 3, 31), tmp_path).paths[0]
    text = " ".join(pdf_text(report).split())
    assert "LAPORAN PENANGANAN PENGADUAN" in text and "ADU-2026-0001" in text and "SP4N-LAPOR!" in text
    with pytest.raises(ExportError, match="tidak ada"):  # the stick was pulled out: said, and nothing half-written
        skm_reports.export_complaint_report(desk, date(2026, 3, 1), date(2026, 3, 31), tmp_path / "E")


# --- Saran SKM ------------------------------------------------------------------------------------------------------


def _suggestion_audit_is_clean(desk):
    check = audit_check(desk, rotated=False)
    assert check.intact, check.lines()


def test_a_written_suggestion_is_its_own_list_never_a_complaint_and_never_overdue(desk, officers, clock, three_surveys):
    (suggestion,) = complaints.list_suggestions(desk)
    number = get_application(desk, three_surveys[0]).number
    assert (suggestion.application_number, suggestion.applicant_name) == (number, "Siti Rahmawati")
    assert suggestion.status_label == "Baru" and suggestion.complaint_number is None
    # The list carries the text and the file, never the ratings of the questionnaire.
    fields = {f.name for f in dataclasses.fields(complaints.SuggestionRecord)}
    assert not fields & {f"u{i}" for i in range(1, 10)} and "answers" not in fields and "overdue" not in fields
    clock.local(2026, 9, 1, 10)  # months later: still not on the complaints' clock
    assert (
        complaints.list_complaints(desk) == []
        and complaints.summary(desk, date(2026, 1, 1), date(2026, 12, 31)).received == 0
    )
    assert [s.id for s in complaints.list_suggestions(desk, open_only=True)] == [suggestion.id]
    _suggestion_audit_is_clean(desk)


def test_following_up_a_suggestion(desk, officers, clock, three_surveys):
    (suggestion,) = complaints.list_suggestions(desk)
    with pytest.raises(PermissionDenied, match="Tindak lanjuti saran SKM"):
        complaints.follow_up_suggestion(desk, officers[Role.FRONT_OFFICE], suggestion.id, "Kursi dipesan.")
    official = officers[Role.SIGNING_OFFICIAL]
    with pytest.raises(ValidationError, match="Catatan tindak lanjut wajib diisi"):
        complaints.follow_up_suggestion(desk, official, suggestion.id, "  ")
    with pytest.raises(NotFound):
        complaints.follow_up_suggestion(desk, official, new_id(), "x")
    clock.local(2026, 4, 2, 10)
    done = complaints.follow_up_suggestion(desk, official, suggestion.id, "Kursi tambahan dipesan.")
    assert (done.status_label, done.followed_up_by, done.follow_up_note) == (
        "Sudah ditindaklanjuti",
        "Hambali",
        "Kursi tambahan dipesan.",
    )
    assert done.followed_up_at.date() == date(2026, 4, 2) and not done.open
    assert complaints.list_suggestions(desk, open_only=True) == []
    again = complaints.follow_up_suggestion(desk, officers[Role.ADMIN], suggestion.id, "Sudah dipasang 10 kursi.")
    assert (
        again.follow_up_note == "Kursi tambahan dipesan.\nSudah dipasang 10 kursi."
        and again.followed_up_by == "Admin Kantor"
    )
    actions = [e.action for e in AuditEvent.select().order_by(AuditEvent.sequence)][-3:]
    assert actions == ["action_refused", "follow_up_suggestion", "follow_up_suggestion"]
    assert complaints.list_complaints(desk) == []
    _suggestion_audit_is_clean(desk)


def test_an_officer_turns_a_suggestion_into_a_complaint_in_one_transaction(
    desk, officers, clock, three_surveys, monkeypatch
):
    (suggestion,) = complaints.list_suggestions(desk)
    official = officers[Role.SIGNING_OFFICIAL]
    with pytest.raises(PermissionDenied):
        complaints.suggestion_to_complaint(desk, officers[Role.VERIFIER], suggestion.id)

    real_append = complaints.append_event

    def failing_append(at, actor, action, *args, **kwargs):
        if action == complaints.SUGGESTION_TO_COMPLAINT:
            raise OSError("disk pulled out")
        return real_append(at, actor, action, *args, **kwargs)

    monkeypatch.setattr(complaints, "append_event", failing_append)
    with pytest.raises(OSError):
        complaints.suggestion_to_complaint(desk, official, suggestion.id)
    assert Complaint.select().count() == 0 and complaints.list_suggestions(desk)[0].open  # nothing half-done
    monkeypatch.setattr(complaints, "append_event", real_append)

    clock.local(2026, 4, 2, 10)
    complaint = complaints.suggestion_to_complaint(desk, official, suggestion.id)
    assert (complaint.number, complaint.channel_label, complaint.subject) == (
        "ADU-2026-0001",
        "Saran SKM",
        "Saran dari SKM",
    )
    assert complaint.description == "Tambah kursi ruang tunggu." and complaint.contact == "0812-7646-0487"
    assert complaint.application_number == suggestion.application_number and not complaint.overdue
    assert complaint.received_at.date() == date(2026, 4, 2)  # its response clock starts now
    turned = complaints.list_suggestions(desk)[0]
    assert turned.complaint_number == "ADU-2026-0001" and turned.status_label == "Menjadi pengaduan ADU-2026-0001"
    assert complaints.list_suggestions(desk, open_only=True) == []
    with pytest.raises(TransitionNotAllowed, match="sudah menjadi pengaduan ADU-2026-0001"):
        complaints.suggestion_to_complaint(desk, official, suggestion.id)
    with pytest.raises(TransitionNotAllowed, match="daftar pengaduan"):
        complaints.follow_up_suggestion(desk, official, suggestion.id, "x")
    events = [(e.action, e.actor) for e in AuditEvent.select().order_by(AuditEvent.sequence)][-2:]
    assert events == [("register_complaint", "kadis"), ("suggestion_to_complaint", "kadis")]
    _suggestion_audit_is_clean(desk)


def test_migration_0008_moves_the_skm_complaints_of_07_into_suggestions(desk, officers, clock):
    """An office upgrading from 0.7 had each written suggestion in the complaints register: they move, with their
    answers, and `audit verify` stays clean."""
    fo, official = officers[Role.FRONT_OFFICE], officers[Role.SIGNING_OFFICIAL]
    first = get_application(desk, issued(desk, officers, clock, nik="1401025708850011")).number
    second = get_application(desk, issued(desk, officers, clock, nik="1401025708850012")).number
    # What 0.7 wrote for a suggestion on the questionnaire: a complaint of channel 'skm' linked to the file.
    kept = complaints.register_complaint(
        desk, fo, "skm", "Siti", "Saran dari SKM", "Tambah kursi.", application_number=first
    )
    clock.local(2026, 3, 26, 9)
    answered = complaints.register_complaint(
        desk, fo, "skm", "Budi", "Saran dari SKM", "Toilet kotor.", application_number=second
    )
    clock.local(2026, 3, 27, 9)
    complaints.respond(desk, official, answered.id, "Sudah dibersihkan.")
    # A suggestion told at the counter and typed in as a complaint, with no file, stays a complaint.
    spoken = complaints.register_complaint(desk, fo, "skm", "", "Parkir", "Parkir motor sempit.")
    _suggestion_audit_is_clean(desk)

    runner = Runner(database.obj, str(migrations_dir()))
    # Back to the database as 0.7 left it. Later migrations go down with 0008; what they hold (this station's row)
    # is put back as it was, since only 0008's move is under test here.
    stations = list(LocalStation.select().dicts())
    reverted = runner.down("0008_skm_suggestions")
    assert reverted[-1] == "0008_skm_suggestions"
    assert runner.up() == list(reversed(reverted))
    LocalStation.insert_many(stations).execute()

    assert [c.number for c in complaints.list_complaints(desk)] == [spoken.number]
    moved = {row.id: row for row in Suggestion.select()}
    assert set(moved) == {kept.id, answered.id}  # each keeps its id
    assert moved[kept.id].text == "Tambah kursi." and moved[kept.id].followed_up_at is None
    done = moved[answered.id]
    assert (done.text, done.follow_up_note) == ("Toilet kotor.", "Tanggapan: Sudah dibersihkan.")
    assert done.followed_up_by_id == official.id and done.received_at < done.followed_up_at
    listed = complaints.list_suggestions(desk)
    assert [(s.application_number, s.status_label) for s in listed] == [
        (second, "Sudah ditindaklanjuti"),
        (first, "Baru"),
    ]
    last = AuditEvent.select().order_by(AuditEvent.sequence.desc()).first()
    assert (last.action, last.actor) == ("move_skm_suggestions", "sistem")
    assert kept.number in last.details and answered.number in last.details
    _suggestion_audit_is_clean(desk)
    # and the office goes on: a suggestion moved by the migration can become a complaint
    complaints.suggestion_to_complaint(desk, official, kept.id)
    _suggestion_audit_is_clean(desk)
