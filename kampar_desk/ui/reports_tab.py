"""Laporan: the month's figures on screen and the monthly report (xlsx + PDF) to a USB stick or any folder."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from kampar_desk.domain.errors import DeskError, StorageError
from kampar_desk.domain.texts import MONTHS
from kampar_desk.services import monthly
from kampar_desk.services.desk import Desk
from kampar_desk.services.station_scope import StationScope, station_choices
from kampar_desk.ui.dates import python_date
from kampar_desk.ui.drives import removable_drives
from kampar_desk.ui.feedback import show_info
from kampar_desk.ui.forms.ui_reports_tab import Ui_ReportsTab
from kampar_desk.ui.jobs import Progress
from kampar_desk.ui.operations import OFFLINE_VIEW, Operation, Operations
from kampar_desk.ui.station_picker import StationPicker


def _table(headers: list[str], rows: list[list], total: bool = True) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    if total and rows:
        sums = ["<b>Jumlah</b>"] + [f"<b>{sum(r[i] for r in rows)}</b>" for i in range(1, len(headers))]
        body += "<tr>" + "".join(f"<td>{s}</td>" for s in sums) + "</tr>"
    return f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


def figures_html(r: monthly.MonthlyReport) -> str:
    """The month's figures as the screen shows them (built on the worker with the report)."""
    from kampar_desk.services.documents.monthly_documents import summary_texts

    parts = [
        f"<h2>Laporan pelayanan {html.escape(r.label)}</h2>",
        f"<p>{html.escape(r.station_label)}</p>",
        _table(["Uraian", "Jumlah"], [[k, v] for k, v in summary_texts(r)], total=False),
    ]
    if r.missing:
        parts += [
            "<h3>Persyaratan yang paling sering kurang</h3>",
            _table(["Persyaratan", "Berkas"], [[t, c] for t, c in r.missing]),
        ]
    if r.districts:
        parts += [
            "<h3>Per kecamatan</h3>",
            _table(
                ["Kecamatan", "Diterima", "Dikembalikan", "Terbit"],
                [[d.name, d.received, d.returned, d.issued] for d in r.districts],
            ),
        ]
    if r.officers:
        parts += [
            "<h3>Per petugas</h3>",
            _table(
                ["Petugas", "Pendaftaran", "Verifikasi", "Keputusan", "Surat terbit", "Penyerahan"],
                [[o.name, o.registered, o.verified, o.decided, o.letters, o.handed_over] for o in r.officers],
            ),
        ]
    return "".join(parts)


def _counted(
    desk: Desk, start: date, end: date, station: str | None
) -> tuple[monthly.MonthlyReport, str, tuple[StationScope, ...]]:
    """On the worker: the period's report for `station`, its figures on screen, and the stations to choose from."""
    report = monthly.monthly_report(desk, start, end, station=station)
    return report, figures_html(report), station_choices(desk)


class ReportsTab(QWidget):
    """Nothing is counted on the GUI thread: the month is counted on a worker when the tab is first shown, when the
    officer asks (month, *Tampilkan*) and after the desk changed while the tab is seen; exports run on a worker too,
    behind a progress dialog, their buttons disabled meanwhile."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.desk = ops, ops.desk
        self.report: monthly.MonthlyReport | None = None
        self.counting: tuple[tuple[date, date], Operation] | None = None
        self.counting_station: str | None = None  # the station of `counting`
        self.stale = True
        self.ui = Ui_ReportsTab()
        self.ui.setupUi(self)
        self.ui.progressBar.hide()
        self.stations = StationPicker(self.ui.stationLabel, self.ui.stationCombo)  # filled with each count
        today = self.desk.today()
        year, month = today.year, today.month
        for _ in range(24):
            self.ui.monthCombo.addItem(f"{MONTHS[month - 1]} {year}", f"{year}-{month:02d}")
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        self._month_dates()
        self.ui.monthCombo.currentIndexChanged.connect(self.pick_month)
        self.ui.stationCombo.currentIndexChanged.connect(self.show_figures)
        self.ui.showButton.clicked.connect(self.show_figures)
        self.ui.refreshDrivesButton.clicked.connect(self.refresh_drives)
        self.ui.exportDriveButton.clicked.connect(self.export_to_drive)
        self.ui.exportFolderButton.clicked.connect(self.choose_folder)
        ops.desk_changed.connect(self._desk_changed)
        self.refresh_drives()

    def _desk_changed(self) -> None:
        self.stale = True
        if self.isVisible():
            self.show_figures()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.show_figures()

    def _month_dates(self) -> None:
        start, end = monthly.month_range(self.ui.monthCombo.currentData())
        self.ui.fromDate.setDate(QDate(start.year, start.month, start.day))
        self.ui.toDate.setDate(QDate(end.year, end.month, end.day))

    def pick_month(self) -> None:
        self._month_dates()
        self.show_figures()

    def refresh(self) -> None:
        """The tab is shown: count the month if it was not counted yet (or the desk changed since)."""
        if self.stale:
            self.show_figures()
        self.refresh_drives()

    def period(self) -> tuple[date, date]:
        return python_date(self.ui.fromDate.date()), python_date(self.ui.toDate.date())

    def show_figures(self) -> Operation:
        """Count the period and station on screen on a worker; the same count is not started twice, and a count for
        a period or station no longer on screen is not shown. Each count also refreshes the stations to pick."""
        asked, station = self.period(), self.stations.value()
        if (
            self.counting is not None
            and self.counting[0] == asked
            and self.counting_station == station
            and not self.counting[1].finished
        ):
            return self.counting[1]
        self.stale = False
        desk = self.desk

        def counted(result: tuple[monthly.MonthlyReport, str, tuple[StationScope, ...]]) -> None:
            report, figures, choices = result
            if self.stations.fill(choices):  # the station picked is gone: count what the picker now shows
                self.show_figures()
            elif (self.period(), self.stations.value()) == (asked, station):
                self.report = report
                self.ui.figuresView.setHtml(figures)

        def offline(_error: StorageError) -> None:  # said where the figures go, not in a dialog at every count
            if (self.period(), self.stations.value()) == (asked, station):
                self.ui.figuresView.setHtml(f"<p><b>{OFFLINE_VIEW}</b></p>")

        operation = self.ops.run(
            self,
            lambda _officer: _counted(desk, *asked, station),
            done=counted,
            offline=offline,
            slow=True,
            changes=False,
        )
        self.counting, self.counting_station = (asked, operation), station
        return operation

    def refresh_drives(self) -> None:
        self.ui.driveCombo.clear()
        for drive in removable_drives():
            self.ui.driveCombo.addItem(drive.describe(), str(drive.root))
        found = self.ui.driveCombo.count() > 0
        if not found:
            self.ui.driveCombo.addItem("Tidak ada flashdisk terdeteksi", "")
        self.ui.exportDriveButton.setEnabled(found)

    def _progress(self, step: int, steps: int, text: str) -> None:
        self.ui.progressBar.setMaximum(max(steps, 1))
        self.ui.progressBar.setValue(min(step, max(steps, 1)))
        self.ui.statusLabel.setText(text)

    def export_to(self, folder: Path) -> Operation:
        """The report of the period and station on screen (counted first when the figures shown are of another) as
        xlsx and PDF into `folder`, on a worker behind a progress dialog; a second click meanwhile does nothing."""
        start, end = self.period()
        station = self.stations.value()
        report = self.report
        on_screen = (start, end, station)
        shown = report if report is not None and (report.start, report.end, report.station) == on_screen else None
        desk = self.desk

        def export(_officer: object, progress: Progress) -> list[Path]:
            report = shown or monthly.monthly_report(desk, start, end, station=station)
            return monthly.export_monthly(desk, report, folder, progress)

        def saved(paths: list[Path]) -> None:
            self.ui.progressBar.setValue(self.ui.progressBar.maximum())
            self.ui.statusLabel.setText("Tersimpan: " + ", ".join(str(p) for p in paths))
            show_info(self, "Laporan bulanan", "Laporan tersimpan:\n" + "\n".join(str(p) for p in paths))

        def refused(error: DeskError) -> None:
            self.ui.statusLabel.setText(str(error))
            self.ui.progressBar.hide()

        operation = self.ops.run(
            self,
            export,
            done=saved,
            refused=refused,
            slow=True,
            progress="Menyusun laporan bulanan...",
            changes=False,
            title="Ekspor gagal",
            triggers=(self.ui.exportDriveButton, self.ui.exportFolderButton),
        )
        if operation.job is not None:
            self.ui.progressBar.setValue(0)
            self.ui.progressBar.show()  # only while an export runs and after it: an idle bar at 0% reads as stuck
            operation.job.progressed.connect(self._progress)  # the same steps beside the buttons
        return operation

    def export_to_drive(self) -> Operation | None:
        root = self.ui.driveCombo.currentData()
        return self.export_to(Path(root)) if root else None

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Pilih folder untuk laporan bulanan")
        if folder:
            self.export_to(Path(folder))
