"""SKM and complaint reports as files: semester PDF + xlsx (tabulation and figures), the blank questionnaire."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from kampar_desk.domain.skm import UNSUR
from kampar_desk.services import complaints, survey
from kampar_desk.services.desk import Desk
from kampar_desk.services.exporting import Progress, export_files
from kampar_desk.services.files import write_atomically

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.worksheet import Worksheet


@dataclass(frozen=True)
class ReportFiles:
    paths: tuple[Path, ...]


def _service_names(desk: Desk) -> str:
    return ", ".join(s.name for s in desk.catalog.values())


def _formula(sheet: Worksheet, row: int, column: int, formula: str, style: Format, shown: float | str) -> None:
    """A formula cell with the value shown before Excel recalculates: a number, or text ("" for none)."""
    # xlsxwriter takes a number or text here; its unannotated `value=0` reads to pyright as int only.
    sheet.write_formula(row, column, formula, style, shown)  # pyright: ignore[reportArgumentType]


def skm_xlsx(period: survey.SkmPeriod) -> bytes:
    """Sheet Tabulasi: one row per respondent, U1..U9. Sheet Hasil: the figures as Excel formulas over Tabulasi."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    bold = book.add_format({"bold": True, "bg_color": "#E6E6E6", "border": 1})
    cell = book.add_format({"border": 1})
    number4 = book.add_format({"border": 1, "num_format": "0.0000"})
    number2 = book.add_format({"border": 1, "num_format": "0.00"})
    day = book.add_format({"border": 1, "num_format": "dd-mm-yyyy"})
    tab = book.add_worksheet("Tabulasi")
    headers = [
        "No",
        "Tanggal",
        "No. Pendaftaran",
        "Sumber",
        "Umur",
        "JK",
        "Pendidikan",
        "Pekerjaan",
        "Disabilitas",
        *[u.code for u in UNSUR],
        "Saran",
    ]
    tab.write_row(0, 0, headers, bold)
    first_answer = 9  # column J
    for index, row in enumerate(period.rows, start=1):
        tab.write_number(index, 0, index, cell)
        tab.write_datetime(index, 1, row["date"], day)
        tab.write_row(index, 2, [row["number"], row["source"]], cell)
        tab.write(index, 4, row["age"] if row["age"] is not None else "", cell)
        tab.write_row(index, 5, [row["sex"], row["education"], row["occupation"], row["disability"]], cell)
        for offset, value in enumerate(row["answers"]):
            tab.write(index, first_answer + offset, value if value is not None else "", cell)
        tab.write(index, first_answer + 9, row["suggestion"], cell)
    tab.set_column(0, 0, 5)
    tab.set_column(1, 3, 16)
    tab.set_column(first_answer, first_answer + 8, 5)
    tab.set_column(first_answer + 9, first_answer + 9, 50)
    tab.freeze_panes(1, 0)
    last = max(len(period.rows), 1) + 1  # Excel row of the last respondent (at least row 2, so ranges stay valid)

    res = book.add_worksheet("Hasil")
    res.write_row(
        0, 0, ["Kode", "Unsur", "Jumlah nilai", "Responden menjawab", "NRR", "NRR x 25 (konversi)", "Mutu"], bold
    )
    result = period.result
    answered_units = [s for s in result.scores if s.nrr is not None]
    for index, score in enumerate(result.scores, start=1):
        column = chr(ord("A") + first_answer + index - 1)
        span = f"Tabulasi!{column}2:{column}{last}"
        excel_row = index + 1
        res.write(index, 0, score.unsur.code, cell)
        res.write(index, 1, score.unsur.name, cell)
        res.write_formula(index, 2, f"=SUM({span})", cell, score.total)
        res.write_formula(index, 3, f"=COUNT({span})", cell, score.answered)
        nrr = float(score.nrr) if score.nrr is not None else ""
        _formula(res, index, 4, f'=IF(D{excel_row}=0,"",C{excel_row}/D{excel_row})', number4, nrr)
        converted = float(score.converted) if score.converted is not None else ""
        _formula(res, index, 5, f'=IF(D{excel_row}=0,"",ROUND(E{excel_row}*25,2))', number2, converted)
        _formula(res, index, 6, _grade_formula(f"F{excel_row}"), cell, score.grade)
    total_row = len(UNSUR) + 2
    res.write(total_row - 1, 1, "IKM unit pelayanan (rata-rata NRR x 25)", bold)
    ikm = float(result.ikm) if result.ikm is not None else ""
    _formula(res, total_row - 1, 5, '=IF(COUNT(E2:E10)=0,"",ROUND(AVERAGE(E2:E10)*25,2))', number2, ikm)
    _formula(res, total_row - 1, 6, _grade_formula(f"F{total_row}"), bold, result.grade)
    res.write(total_row, 1, "Kinerja unit pelayanan", cell)
    res.write(total_row, 5, result.performance, cell)
    facts = [
        ("Periode", period.label),
        ("Stasiun", period.station_label),
        ("Jumlah responden", len(period.rows)),
        ("Penerima layanan pada periode (populasi)", period.recipients),
        ("Sampel minimal (Krejcie-Morgan)", period.required_sample),
        ("Menolak mengisi", period.declined),
        ("Unsur dijawab", len(answered_units)),
    ]
    for offset, (label, value) in enumerate(facts, start=total_row + 2):
        res.write(offset, 1, label, cell)
        res.write(offset, 2, value, cell)
    res.set_column(1, 1, 44)
    res.set_column(2, 6, 16)
    book.close()
    return buffer.getvalue()


def _grade_formula(ref: str) -> str:
    return f'=IF({ref}="","-",IF({ref}>=88.31,"A",IF({ref}>=76.61,"B",IF({ref}>=65,"C","D"))))'


def previous_semester(start: date) -> tuple[date, date]:
    end = start - timedelta(days=1)
    return (date(end.year, 7, 1), end) if end.month == 12 else (date(end.year, 1, 1), end)


def export_skm_report(
    desk: Desk,
    start: date,
    end: date,
    folder: Path,
    name: str,
    progress: Progress | None = None,
    station: str | None = None,
) -> ReportFiles:
    """`laporan-skm-<name>.pdf` and `.xlsx` in `folder` (a USB stick that may be pulled out), each written whole or
    not at all; a refusing target is an `ExportError` naming the reason. `station` as in `survey.skm_period`."""
    from kampar_desk.services.documents.skm_documents import semester_report_pdf

    period = survey.skm_period(desk, start, end, station=station)
    previous_start, previous_end = previous_semester(start)
    previous = survey.skm_period(desk, previous_start, previous_end, station=station)
    files = {
        f"laporan-skm-{name}.pdf": semester_report_pdf(desk.office(), _service_names(desk), period, previous),
        f"laporan-skm-{name}.xlsx": skm_xlsx(period),
    }
    return ReportFiles(tuple(export_files(Path(folder), files, progress)))


def export_complaint_report(
    desk: Desk, start: date, end: date, folder: Path, progress: Progress | None = None, station: str | None = None
) -> ReportFiles:
    """`laporan-pengaduan-<from>-<to>.pdf` in `folder`, written whole or not at all, like the other reports.
    `station` as in `complaints.summary`."""
    from kampar_desk.services.documents.skm_documents import complaint_report_pdf

    summary = complaints.summary(desk, start, end, station=station)
    files = {f"laporan-pengaduan-{start:%Y%m%d}-{end:%Y%m%d}.pdf": complaint_report_pdf(desk.office(), summary)}
    return ReportFiles(tuple(export_files(Path(folder), files, progress)))


def blank_questionnaire(desk: Desk) -> Path:
    from kampar_desk.services.documents.skm_documents import blank_questionnaire_pdf

    path = desk.paths.documents_dir / "skm" / "kuesioner-skm-kosong.pdf"
    write_atomically(path, blank_questionnaire_pdf(desk.office(), _service_names(desk)))
    return path
