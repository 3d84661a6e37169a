"""Bad command-line values end in one Indonesian sentence and exit 2: no traceback, nothing written, nothing lost."""

from collections.abc import Iterator

import pytest

from kampar_desk.app import main
from kampar_desk.store.database import close_database

YEARS = "hanya mengenal tahun 1946 sampai 2100"
MONTH_FORMAT = "Bulan ditulis TAHUN-BULAN, contoh 2026-11."
SEMESTER_FORMAT = "Semester ditulis TAHUN-1 atau TAHUN-2, contoh 2026-2."
DATE_FORMAT = "Tanggal ditulis YYYY-MM-DD, contoh 2026-07-01."
CONTENT = b"isi yang tidak boleh hilang\n"


@pytest.fixture(autouse=True)
def closed_database() -> Iterator[None]:
    yield
    close_database()


def refused(capsys: pytest.CaptureFixture[str], argv: list[str], expected: str) -> str:
    """Run the command, check the exit code and that stderr is exactly one `Galat:` line holding `expected`."""
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("Galat: ")
    assert expected in lines[0]
    assert captured.out == ""
    return lines[0]


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["holidays", "--year", "0"], f"Tahun 0 di luar jangkauan: Kampar Desk {YEARS}."),
        (["holidays", "--year", "99999"], f"Tahun 99999 di luar jangkauan: Kampar Desk {YEARS}."),
        (["holidays", "--year", "-5"], f"Tahun -5 di luar jangkauan: Kampar Desk {YEARS}."),
        (["holidays", "--year", "1945"], f"Tahun 1945 di luar jangkauan: Kampar Desk {YEARS}."),
    ],
)
def test_absurd_holiday_year_is_refused(tmp_path, capsys, arguments, expected):
    refused(capsys, ["--data-dir", str(tmp_path / "data"), *arguments], expected)


REPORT_CASES = [
    (["monthly", "--month", "9999-12"], f"Tahun 9999 di luar jangkauan: Kampar Desk {YEARS}."),
    (["monthly", "--month", "0000-01"], f"Tahun 0 di luar jangkauan: Kampar Desk {YEARS}."),
    (["monthly", "--month", "2026-13"], "Bulan 13 tidak ada: bulan ditulis 01 sampai 12, contoh 2026-11."),
    (["monthly", "--month", "2026-00"], "Bulan 00 tidak ada: bulan ditulis 01 sampai 12, contoh 2026-11."),
    (["monthly", "--month", "abc"], MONTH_FORMAT),
    (["monthly", "--month", "2026-1"], MONTH_FORMAT),
    (["monthly", "--month", "2026-11-01"], MONTH_FORMAT),
    (["skm", "--semester", "0-1"], f"Tahun 0 di luar jangkauan: Kampar Desk {YEARS}."),
    (["skm", "--semester", "9999-2"], f"Tahun 9999 di luar jangkauan: Kampar Desk {YEARS}."),
    (["skm", "--semester", "2026-3"], SEMESTER_FORMAT),
    (["skm", "--semester", "abc"], SEMESTER_FORMAT),
    (["skm", "--semester", "2026-1-1"], SEMESTER_FORMAT),
    (["complaints", "--from", "0001-01-01", "--to", "2026-12-31"], f"Tahun 1 di luar jangkauan: Kampar Desk {YEARS}."),
    (["monthly", "--from", "2026-01-01", "--to", "9999-12-31"], f"Tahun 9999 di luar jangkauan: Kampar Desk {YEARS}."),
    (["skm", "--from", "2026-01-01", "--to", "2026-02-30"], DATE_FORMAT),
    (["complaints", "--from", "kemarin", "--to", "2026-02-01"], DATE_FORMAT),
]


@pytest.mark.parametrize(("arguments", "expected"), REPORT_CASES)
def test_bad_report_period_is_refused_before_anything_is_written(tmp_path, capsys, arguments, expected):
    out = tmp_path / "flashdisk" / "laporan"
    refused(capsys, ["--data-dir", str(tmp_path / "data"), "report", *arguments, "--out", str(out)], expected)
    assert not out.parent.exists()


@pytest.mark.parametrize(
    "arguments",
    [["monthly", "--month", "2026-01"], ["skm", "--semester", "2026-1"], ["complaints", "--month", "2026-01"]],
)
@pytest.mark.parametrize("below", [False, True], ids=["file", "inside-file"])
def test_out_naming_a_file_is_refused_and_the_file_kept(tmp_path, capsys, arguments, below):
    existing = tmp_path / "laporan.xlsx"
    existing.write_bytes(CONTENT)
    out = existing / "bulanan" if below else existing
    expected = (
        f"Tujuan --out {out} tidak dapat dibuat karena {existing} adalah berkas, bukan folder;"
        if below
        else f"Tujuan --out {out} adalah berkas, bukan folder; sebutkan folder untuk laporan."
    )
    refused(capsys, ["--data-dir", str(tmp_path / "data"), "report", *arguments, "--out", str(out)], expected)
    assert existing.read_bytes() == CONTENT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "laporan.xlsx"]


@pytest.mark.parametrize(
    "arguments",
    [["services"], ["holidays", "--year", "2026"], ["report", "monthly", "--month", "2026-01", "--out", "OUT"]],
)
@pytest.mark.parametrize("below", [False, True], ids=["file", "inside-file"])
def test_data_dir_naming_a_file_is_refused_and_the_file_kept(tmp_path, capsys, arguments, below):
    existing = tmp_path / "kampar-desk.db"
    existing.write_bytes(CONTENT)
    data_dir = existing / "data" if below else existing
    expected = (
        f"Folder data {data_dir} tidak dapat dipakai karena {existing} adalah berkas, bukan folder;"
        if below
        else f"Folder data {data_dir} adalah berkas, bukan folder; pilih folder lain dengan --data-dir atau"
    )
    arguments = [str(tmp_path / "out") if a == "OUT" else a for a in arguments]
    refused(capsys, ["--data-dir", str(data_dir), *arguments], expected)
    assert existing.read_bytes() == CONTENT
    assert [p.name for p in tmp_path.iterdir()] == ["kampar-desk.db"]


def test_good_values_still_work(tmp_path, capsys):
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "holidays", "--year", "2100"]) == 0
    assert main(["--data-dir", data, "report", "monthly", "--month", "1946-01", "--out", str(tmp_path / "a")]) == 0
    assert main(["--data-dir", data, "report", "skm", "--semester", "2100-2", "--out", str(tmp_path / "b")]) == 0
    assert "Galat" not in capsys.readouterr().err
    assert (tmp_path / "a" / "laporan-bulanan-1946-01.pdf").exists()
