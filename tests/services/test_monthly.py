"""The monthly report for a demo month: every figure in the xlsx and the PDF checked against the database."""

import errno
import os
import sqlite3
import subprocess
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from kampar_desk.services import monthly
from kampar_desk.services.demo import fill_demo
from kampar_desk.services.exporting import ExportError, export_files
from tests.mounts import mounted, unmount
from tests.pdf_tools import pdf_text

MONTH = "2026-10"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo installation for the module (the demo is slow); the clock is fixed so the month is stable."""
    from kampar_desk.paths import AppPaths
    from kampar_desk.services.desk import open_desk
    from kampar_desk.store.database import close_database

    desk = open_desk(AppPaths(tmp_path_factory.mktemp("demo") / "data"), clock=lambda: datetime(2026, 11, 27, 8, 0))
    fill_demo(desk, 220, seed=3)
    yield desk
    close_database()


def count(db, sql, *params):
    return db.execute(sql, params).fetchone()[0]


def expected_figures(path: Path) -> dict:
    """The same figures straight from SQL on the file (office time is UTC+7), independent of the service code."""
    db = sqlite3.connect(path)
    low, high = "2026-09-30 17:00:00", "2026-10-31 17:00:00"
    window = "{0} >= ? AND {0} < ?"
    return {
        "received": count(
            db,
            f"SELECT COUNT(*) FROM application WHERE {window.format('registered_at')} AND received_on IS NOT NULL",
            low,
            high,
        ),
        "returned": count(
            db,
            f"SELECT COUNT(*) FROM application WHERE {window.format('registered_at')} AND received_on IS NULL",
            low,
            high,
        ),
        # Surat terbit: recommendation letters issued in the period and not cancelled by its end.
        "issued": count(
            db,
            f"SELECT COUNT(*) FROM letter WHERE kind = 'recommendation' AND {window.format('issued_at')} "
            "AND (cancelled_at IS NULL OR cancelled_at >= ?)",
            low,
            high,
            high,
        ),
        "rejected": count(
            db,
            f"SELECT COUNT(*) FROM application WHERE {window.format('decided_at')} AND status = 'rejected'",
            low,
            high,
        ),
        "handed_over": count(
            db, f"SELECT COUNT(*) FROM application WHERE {window.format('handed_over_at')}", low, high
        ),
        "on_time": count(
            db,
            f"SELECT COUNT(*) FROM application WHERE {window.format('issued_at')} AND issued_on <= due_on",
            low,
            high,
        ),
        "in_process": count(
            db,
            "SELECT COUNT(*) FROM application WHERE received_on IS NOT NULL AND registered_at < ? AND "
            "(issued_at IS NULL OR issued_at >= ?) AND NOT (status = 'rejected' AND decided_at < ?)",
            high,
            high,
            high,
        ),
        "skm": count(db, f"SELECT COUNT(*) FROM survey_response WHERE {window.format('submitted_at')}", low, high),
        "complaints": count(db, f"SELECT COUNT(*) FROM complaint WHERE {window.format('received_at')}", low, high),
        "missing": dict(
            db.execute(
                "SELECT c.requirement_text, COUNT(*) FROM checklist_item c "
                "JOIN application a ON a.id = c.application_id "
                f"WHERE c.received = 0 AND a.received_on IS NULL AND {window.format('a.registered_at')} GROUP BY 1",
                (low, high),
            ).fetchall()
        ),
        "districts": dict(
            db.execute(
                f"SELECT district_code, COUNT(*) FROM application WHERE {window.format('registered_at')} "
                "AND received_on IS NOT NULL GROUP BY 1",
                (low, high),
            ).fetchall()
        ),
    }


def test_every_figure_agrees_with_the_database(demo, tmp_path):
    report = monthly.monthly_report(demo, *monthly.month_range(MONTH))
    want = expected_figures(demo.paths.database)
    assert report.received > 0 and report.issued > 0  # the demo month has work in it
    assert (
        report.received,
        report.returned,
        report.issued,
        report.rejected,
        report.handed_over,
        report.in_process,
    ) == (want["received"], want["returned"], want["issued"], want["rejected"], want["handed_over"], want["in_process"])
    assert report.issued_on_time == want["on_time"]
    assert report.skm_count == want["skm"] and report.complaints_received == want["complaints"]
    assert dict(report.missing) == want["missing"]
    names = {d.code: d.name for d in demo.regions.districts}
    assert {d.name: d.received for d in report.districts if d.received} == {
        names[c]: n for c, n in want["districts"].items()
    }

    paths = monthly.export_monthly(demo, report, tmp_path)
    assert [p.name for p in paths] == ["laporan-bulanan-2026-10.xlsx", "laporan-bulanan-2026-10.pdf"]
    book = openpyxl.load_workbook(paths[0], data_only=True)
    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(min_row=5, values_only=True)}
    assert summary["Berkas diterima lengkap"] == want["received"]
    assert summary["Berkas dikembalikan (tidak lengkap)"] == want["returned"]
    assert summary["Surat terbit"] == want["issued"] and summary["Surat diserahkan"] == want["handed_over"]
    assert summary["Terbit tepat waktu"] == want["on_time"] and summary["Kuesioner SKM terisi"] == want["skm"]
    assert summary["Persentase tepat waktu (%)"] == round(want["on_time"] * 100 / want["issued"], 1)
    officers = list(book["Per petugas"].iter_rows(min_row=5, values_only=True))
    assert officers[-1][0] == "Jumlah" and officers[-1][4] == want["issued"]
    districts = book["Per kecamatan"]
    rows = list(districts.iter_rows(min_row=5, values_only=True))
    assert rows[-1][0] == "Jumlah" and rows[-1][1] == want["received"]
    assert openpyxl.load_workbook(paths[0])["Per kecamatan"].cell(len(rows) + 4, 2).value.startswith("=SUM(B5:B")
    raw = list(book["Data berkas"].iter_rows(min_row=2, values_only=True))
    assert len(raw) == len(report.raw) and all(r[0] for r in raw)
    # dates read back as dates in Excel, blanks as blanks
    as_read = [(r[0], r[1].date(), r[2] and r[2].date(), r[5] and r[5].date()) for r in raw]
    assert as_read == [(r.number, r.registered_on, r.received_on, r.handed_over_on) for r in report.raw]
    text = " ".join(pdf_text(paths[1]).split())
    assert "LAPORAN BULANAN PELAYANAN" in text and "Periode Oktober 2026" in text
    assert f"Berkas diterima lengkap {want['received']}" in text and f"Surat terbit {want['issued']}" in text
    assert f"Surat diserahkan {want['handed_over']}" in text
    assert "Surat terbit = surat rekomendasi yang terbit dalam periode" in text
    percent = f"{report.on_time_percent}".replace(".", ",")
    assert f"Persentase tepat waktu (%) {percent}" in text and "." not in percent


def test_report_monthly_command(demo, tmp_path):
    result = subprocess.run(
        [
            "uv",
            "run",
            "--offline",
            "kampar-desk",
            "--data-dir",
            str(demo.paths.data_dir),
            "report",
            "monthly",
            "--month",
            MONTH,
            "--out",
            str(tmp_path / "usb"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "usb").iterdir()) == [
        "laporan-bulanan-2026-10.pdf",
        "laporan-bulanan-2026-10.xlsx",
    ]


def test_a_read_only_stick_gets_a_clear_message_and_no_file(tmp_path):
    stick = mounted(tmp_path, "ro,size=1m")
    try:
        with pytest.raises(ExportError, match="tidak dapat ditulisi"):
            export_files(stick, {"laporan.pdf": b"%PDF-1.4 isi"})
        assert list(stick.iterdir()) == []
    finally:
        unmount(stick)


def test_a_full_stick_gets_a_clear_message_and_no_file(tmp_path):
    stick = mounted(tmp_path, "size=256k")
    try:
        (stick / "foto.jpg").write_bytes(b"x" * 200_000)
        with pytest.raises(ExportError, match="penuh"):
            export_files(stick, {"laporan.xlsx": b"y" * 100_000, "laporan.pdf": b"z" * 100_000})
        assert sorted(p.name for p in stick.iterdir()) == ["foto.jpg"]
    finally:
        unmount(stick)


def test_a_stick_pulled_out_mid_write_leaves_no_half_file(tmp_path, monkeypatch):
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "laporan.pdf").write_bytes(b"versi lama")
    calls = {"n": 0}
    real_fsync = os.fsync

    def failing_fsync(fd):  # the second file's flush hits a stick that is no longer there
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.EIO, "Input/output error")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(ExportError, match="terlepas"):
        export_files(folder, {"laporan.xlsx": b"baru", "laporan.pdf": b"baru"})
    assert sorted(p.name for p in folder.iterdir()) == ["laporan.pdf"]
    assert (folder / "laporan.pdf").read_bytes() == b"versi lama"


def test_a_missing_folder_and_bad_month_are_refused():
    with pytest.raises(ExportError, match="tidak ada"):
        export_files(Path("/nonexistent/usb"), {"a.pdf": b"x"})
    from kampar_desk.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="TAHUN-BULAN"):
        monthly.month_range("Oktober")
    assert monthly.month_range("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))


def test_surat_terbit_is_counted_the_same_in_every_table(desk, officers, clock, tmp_path):
    """Cover letters, rejection letters and a cancelled recommendation are not surat terbit, in any table."""
    from kampar_desk.domain.roles import Role
    from kampar_desk.services import intake, letters, process
    from tests.conftest import intake_form

    fo, verifier, official = officers[Role.FRONT_OFFICE], officers[Role.VERIFIER], officers[Role.SIGNING_OFFICIAL]

    def decided_file(nik: str, review: bool, approve: bool):
        clock.local(2026, 3, 16, 9)
        app_id = intake.register_application(desk, fo, intake_form(desk, nik=nik)).detail.summary.id
        process.verify(desk, verifier, app_id, True, technical_review_needed=review)
        if review:  # verification issues the surat pengantar with it
            process.record_technical_review(desk, verifier, app_id, "Layak", date(2026, 3, 16))
        clock.local(2026, 3, 25, 10)
        if approve:
            process.approve(desk, official, app_id)
            return letters.issue_recommendation(desk, official, app_id)
        process.reject(desk, official, app_id, "Tidak memenuhi persyaratan teknis")
        return letters.issue_rejection(desk, official, app_id)

    decided_file("1401025708850003", review=True, approve=True)
    decided_file("1401025708850004", review=False, approve=True)
    decided_file("1401025708850005", review=True, approve=False)
    cancelled = decided_file("1401025708850006", review=False, approve=True)
    letters.cancel_letter(desk, official, cancelled.id, "Salah ketik nama")
    report = monthly.monthly_report(desk, *monthly.month_range("2026-03"))
    assert report.issued == 2 and report.rejected == 1
    assert sum(o.letters for o in report.officers) == 2
    assert sum(d.issued for d in report.districts) == 2
    assert {o.name: o.letters for o in report.officers if o.letters} == {"Hambali": 2}
    # A letter cancelled after the month still counts in that month: a past report stays the same.
    clock.local(2026, 4, 6, 9)
    kept = monthly.monthly_report(desk, *monthly.month_range("2026-03"))
    second = next(letter for letter in letters.register(desk, 2026) if letter.kind == "recommendation")
    letters.cancel_letter(desk, official, second.id, "Dibatalkan bulan berikutnya")
    assert monthly.monthly_report(desk, *monthly.month_range("2026-03")).issued == kept.issued == 2

    paths = monthly.export_monthly(desk, report, tmp_path)
    book = openpyxl.load_workbook(paths[0], data_only=True)
    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(min_row=5, values_only=True)}
    per_officer = list(book["Per petugas"].iter_rows(min_row=5, values_only=True))
    assert summary["Surat terbit"] == per_officer[-1][4] == 2
    text = " ".join(pdf_text(paths[1]).split())
    assert "Surat terbit 2" in text and "Surat terbit Penyerahan" in text
