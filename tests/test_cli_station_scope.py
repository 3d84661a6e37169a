"""`report ... --station X` and `track TEXT [--station X]`: every station's files or one station's, the NIK masked."""

from __future__ import annotations

import re

import openpyxl
import pytest

from kampar_desk.app import main
from kampar_desk.store.database import close_database
from tests.pdf_tools import pdf_text
from tests.services.test_station_scope import OTHER_ID, OTHER_NAME, TwoStations, make_two_stations


@pytest.fixture
def two(desk, officers, clock) -> TwoStations:
    made = make_two_stations(desk, officers, clock)
    close_database()  # the command opens the data folder itself
    return made


def cli(desk, *args: str) -> int:
    try:
        return main(["--data-dir", str(desk.paths.data_dir), *args])
    finally:
        close_database()


def track_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("KPR-")]


def test_track_lists_the_files_of_every_station_or_one_with_the_nik_masked(desk, two, capsys):
    assert cli(desk, "track", "siti") == 0
    out = capsys.readouterr().out
    assert out.startswith("6 berkas untuk nama 'SITI' (Semua stasiun).")
    lines = track_lines(out)
    assert len(lines) == 6
    assert sum(line.endswith(f"  {OTHER_NAME}") for line in lines) == 3
    assert sum(line.endswith(f"  {two.this_name}") for line in lines) == 3
    assert not re.search(r"\d{16}", out), "a full NIK on screen"
    assert "NIK 140102******0021" in out

    assert cli(desk, "track", "siti", "--station", str(OTHER_ID)[:8]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"3 berkas untuk nama 'SITI' (Stasiun: {OTHER_NAME}).")
    lines = track_lines(out)
    assert len(lines) == 3 and all(line.endswith(f"  {OTHER_NAME}") for line in lines)
    returned = [line for line in lines if "Dikembalikan (tidak lengkap)" in line]
    assert len(returned) == 2 and all("20-03-2026" in line for line in returned)
    assert sum("SKM tercatat" in line and "16-03-2026" in line for line in lines) == 1

    assert cli(desk, "track", "", "--station", "ini") == 0
    out = capsys.readouterr().out
    assert out.startswith(f"3 berkas untuk semua berkas (Stasiun ini: {two.this_name}).")
    assert all(line.endswith(f"  {two.this_name}") for line in track_lines(out))


def test_track_by_nik_never_prints_the_nik_whole(desk, two, capsys):
    assert cli(desk, "track", two.there_nik) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 berkas untuk NIK 140102******0021 (Semua stasiun).")
    assert two.there_nik not in out and len(track_lines(out)) == 1
    assert cli(desk, "track", two.there_nik, "--station", "ini") == 0
    assert capsys.readouterr().out.startswith("0 berkas untuk NIK 140102******0021")


def test_report_monthly_for_one_station_counts_its_files_and_says_so_in_the_title(desk, two, tmp_path, capsys):
    out = tmp_path / "usb"
    assert cli(desk, "report", "monthly", "--month", "2026-03", "--station", "ini", "--out", str(out)) == 0
    xlsx = out / "laporan-bulanan-2026-03.xlsx"
    book = openpyxl.load_workbook(xlsx, data_only=True)
    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(min_row=5, values_only=True)}
    assert (summary["Berkas diterima lengkap"], summary["Berkas dikembalikan (tidak lengkap)"]) == (2, 1)
    assert book["Ringkasan"]["A3"].value == f"Stasiun ini: {two.this_name}"
    pdf = " ".join(pdf_text(out / "laporan-bulanan-2026-03.pdf").split())
    assert f"Periode Maret 2026 Stasiun ini: {two.this_name}" in pdf
    assert cli(desk, "report", "monthly", "--month", "2026-03", "--out", str(tmp_path / "semua")) == 0
    book = openpyxl.load_workbook(tmp_path / "semua" / "laporan-bulanan-2026-03.xlsx", data_only=True)
    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(min_row=5, values_only=True)}
    assert (summary["Berkas diterima lengkap"], summary["Berkas dikembalikan (tidak lengkap)"]) == (3, 3)
    assert book["Ringkasan"]["A3"].value == "Semua stasiun"


def test_report_skm_and_complaints_for_the_other_station(desk, two, tmp_path, capsys):
    out = tmp_path / "usb"
    args = ("--station", OTHER_NAME.lower(), "--out", str(out))
    assert cli(desk, "report", "skm", "--semester", "2026-1", *args) == 0
    book = openpyxl.load_workbook(out / "laporan-skm-2026-1.xlsx", data_only=True)
    facts = {row[1]: row[2] for row in book["Hasil"].iter_rows(values_only=True) if row[1]}
    assert facts["Jumlah responden"] == 1 and facts["Stasiun"] == f"Stasiun: {OTHER_NAME}"
    assert cli(desk, "report", "complaints", "--from", "2026-03-01", "--to", "2026-03-31", *args) == 0
    pdf = " ".join(pdf_text(out / "laporan-pengaduan-20260301-20260331.pdf").split())
    assert f"Stasiun: {OTHER_NAME}" in pdf and "Pengaduan diterima 1" in pdf


def test_an_unknown_station_is_refused_in_indonesian_before_anything_is_written(desk, two, tmp_path, capsys):
    out = tmp_path / "usb"
    assert cli(desk, "report", "monthly", "--month", "2026-03", "--station", "loket 9", "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert err.startswith("Galat: Stasiun 'loket 9' tidak dikenal. Pilih salah satu: 'semua'")
    assert f"'{OTHER_ID}' ({OTHER_NAME})" in err
    assert not out.exists()
    assert cli(desk, "track", "siti", "--station", "loket 9") == 2
    assert "tidak dikenal" in capsys.readouterr().err


def test_help_for_track_and_station_is_in_indonesian(capsys):
    with pytest.raises(SystemExit):
        main(["track", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("Pemakaian: kampar-desk track")
    assert "'semua' (bawaan), 'ini' (stasiun ini), atau pengenal stasiun lain" in " ".join(out.split())
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    assert "--station STASIUN" in capsys.readouterr().out
