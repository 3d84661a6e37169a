from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from kampar_desk.domain.errors import PermissionDenied, TransitionNotAllowed, ValidationError
from kampar_desk.domain.roles import Role
from kampar_desk.services import complaints, letters, process, skm_reports, survey
from kampar_desk.services.applications import get_application
from kampar_desk.services.settings import update_settings
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


def test_period_ikm_sample_profile_and_suggestion_enter_the_register(desk, officers, three_surveys):
    period = survey.skm_period(desk, date(2026, 1, 1), date(2026, 6, 30))
    assert len(period.rows) == 3 and period.declined == 1 and period.recipients == 4
    assert period.required_sample == 4  # Krejcie-Morgan for N = 4
    u3 = period.result.scores[2]
    assert (u3.total, u3.answered) == (6, 2)  # the skipped paper answer is not counted
    # By hand: means 11/3, 10/3, 3, 4, 11/3, 11/3, 11/3, 3, 3 sum to 31; 31/9 x 25 = 86.11 -> B.
    assert period.result.ikm == Decimal("86.11") and period.result.grade == "B"
    assert period.profile["Jenis kelamin"] == {"Laki-laki": 2, "Perempuan": 1}
    assert period.suggestions == ("Tambah kursi ruang tunggu.",)
    assert complaints.list_complaints(desk)[0].channel == "skm"
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
        "86.11",
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
    waiting = [c for c in complaints.list_complaints(desk) if c.number == "ADU-2026-0002"][0]
    assert waiting.overdue and waiting.days_to_response is None
    complaints.follow_up(desk, admin, first.id, "Pelapor puas.", close=True)
    update_settings(desk, admin, complaint_response_days=10)
    assert not [c for c in complaints.list_complaints(desk) if c.number == "ADU-2026-0002"][0].overdue
    summary = complaints.summary(desk, date(2026, 3, 1), date(2026, 3, 31))
    assert (summary.received, summary.answered, summary.answered_in_time, summary.closed) == (2, 1, 1, 1)
    assert summary.by_channel == {"Kotak pengaduan": 1, "SP4N-LAPOR!": 1}
    assert summary.median_days_to_response == 3
    report = skm_reports.export_complaint_report(desk, date(2026, 3, 1), date(2026, 3, 31), tmp_path).paths[0]
    text = " ".join(pdf_text(report).split())
    assert "LAPORAN PENANGANAN PENGADUAN" in text and "ADU-2026-0001" in text and "SP4N-LAPOR!" in text
