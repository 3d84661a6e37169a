"""The monthly and SKM reports on a large database: the figures of a busy, an old and an empty month, and the whole
xlsx + PDF of the busiest month, each beside its floor measured in the same run.

uv run python benchmarks/bench_reports.py DATA_DIR [--runs N] [--json FILE]

Floors: reading the month's rows by the same index with a bare sqlite3 connection (the figures cannot cost less
than reading what they count); XlsxWriter writing 10,000 rows of nine columns; a bare reportlab A4 page with a QR.
"""

from __future__ import annotations

import io
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from common import Figure, Timing, bare_pdf_page, emit, json_target

from kampar_desk.paths import AppPaths
from kampar_desk.services import monthly, survey
from kampar_desk.services.desk import Desk, open_desk
from kampar_desk.services.warm_up import warm_up
from kampar_desk.store.models import Application


def busiest_month(desk: Desk) -> tuple[date, date]:
    """The month with the most registrations among the last 24 (counted by the registration index)."""
    newest = Application.select(Application.registered_at).order_by(Application.registered_at.desc()).scalar()
    best, best_count = None, -1
    month = date(newest.year, newest.month, 1)
    for _ in range(24):
        start, end = monthly.month_range(f"{month:%Y-%m}")
        low, high = datetime.combine(start, time.min), datetime.combine(end + timedelta(days=1), time.min)
        count = Application.select().where((Application.registered_at >= low) & (Application.registered_at < high))
        if (n := count.count()) > best_count:
            best, best_count = (start, end), n
        month = (month - timedelta(days=1)).replace(day=1)
    assert best is not None
    return best


def oldest_month(desk: Desk) -> tuple[date, date]:
    first = Application.select(Application.registered_at).order_by(Application.registered_at).scalar()
    return monthly.month_range(f"{first + timedelta(days=40):%Y-%m}")


def floor_month_rows(path: Path, start: date, end: date, runs: int) -> Timing:
    import sqlite3

    low, high = datetime.combine(start, time.min) - timedelta(hours=7), datetime.combine(end, time.max)
    connection = sqlite3.connect(path)
    sql = (
        "SELECT id, number, status, district_code, registered_at, registered_by_id, received_on, due_on, issued_at, "
        "issued_on, handed_over_at FROM application WHERE registered_at >= ? AND registered_at < ?"
    )
    try:
        return Timing.of(lambda: connection.execute(sql, (str(low), str(high))).fetchall(), runs)
    finally:
        connection.close()


def floor_xlsx(runs: int) -> Timing:
    import xlsxwriter

    def write() -> None:
        buffer = io.BytesIO()
        book = xlsxwriter.Workbook(buffer, {"in_memory": True})
        sheet = book.add_worksheet()
        for row in range(10_000):
            sheet.write_row(
                row, 0, ["KPR-2026-000001", "2026-10-01", "2026-10-01", "2026-10-08", "", "", "x", "y", "z"]
            )
        book.close()

    return Timing.of(write, runs)


def floor_pdf_page(runs: int) -> Timing:
    return Timing.of(lambda: bare_pdf_page("Laporan bulanan"), runs)


def main() -> int:
    argv, out = json_target(sys.argv[1:])
    data_dir = Path(argv[0])
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 9
    desk = open_desk(AppPaths(data_dir))
    warm_up()  # as the app warms up while the officer signs in
    total = Application.select().count()
    group = f"reports {total // 1000}k"
    busy = busiest_month(desk)
    months = {
        "busiest month": busy,
        "oldest month": oldest_month(desk),
        "empty month": (date(2010, 6, 1), date(2010, 6, 30)),
    }
    floor = floor_month_rows(desk.paths.database, *busy, runs)
    figures = []
    for label, (start, end) in months.items():
        report = monthly.monthly_report(desk, start, end)
        timing = Timing.of(lambda start=start, end=end: monthly.monthly_report(desk, start, end), runs)
        figures.append(
            Figure(
                group,
                f"monthly figures, {label} {start:%Y-%m}",
                timing,
                "read the busiest month's rows (bare sqlite3)",
                floor,
                "≤ 150 ms (busy month)",
                timing.median_ms <= 150,
                note=f"{report.received + report.returned} files registered, {report.in_process} in process at the end",
            )
        )
    skm = Timing.of(lambda: survey.skm_period(desk, *busy), runs)
    figures.append(Figure(group, f"SKM period, busiest month {busy[0]:%Y-%m}", skm, "read the month's rows", floor))
    report = monthly.monthly_report(desk, *busy)
    folder = Path(tempfile.mkdtemp())
    whole = Timing.of(
        lambda: monthly.export_monthly(desk, monthly.monthly_report(desk, *busy), folder), max(3, runs // 3)
    )
    xlsx_floor, pdf_floor = floor_xlsx(max(3, runs // 3)), floor_pdf_page(runs)
    both = Timing(
        xlsx_floor.first_ms + pdf_floor.first_ms + floor.first_ms,
        xlsx_floor.median_ms + pdf_floor.median_ms + floor.median_ms,
        xlsx_floor.max_ms + pdf_floor.max_ms + floor.max_ms,
        xlsx_floor.runs,
    )
    figures += [
        Figure(
            group,
            f"whole report, xlsx + PDF written, {busy[0]:%Y-%m}",
            whole,
            "rows read + XlsxWriter 10k rows + reportlab page with QR",
            both,
            "≤ 1 s (10,000-file month)",
            whole.median_ms <= 1000,
            note=f"{len(report.raw)} raw rows",
        ),
        Figure("floors", "XlsxWriter, 10,000 rows x 9 columns", xlsx_floor),
        Figure("floors", "reportlab A4 page with a QR", pdf_floor),
    ]
    emit(figures, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
