"""Laporan: the month's figures on screen and the monthly report (xlsx + PDF) to a USB stick or any folder."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from kampar_desk.domain.errors import DeskError
from kampar_desk.domain.texts import MONTHS
from kampar_desk.services import monthly
from kampar_desk.services.desk import Desk
from kampar_desk.ui.drives import removable_drives
from kampar_desk.ui.feedback import show_info, show_refusal
from kampar_desk.ui.forms.ui_reports_tab import Ui_ReportsTab


def _table(headers: list[str], rows: list[list], total: bool = True) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    if total and rows:
        sums = ["<b>Jumlah</b>"] + [f"<b>{sum(r[i] for r in rows)}</b>" for i in range(1, len(headers))]
        body += "<tr>" + "".join(f"<td>{s}</td>" for s in sums) + "</tr>"
    return f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


class ReportsTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.report: monthly.MonthlyReport | None = None
        self.ui = Ui_ReportsTab()
        self.ui.setupUi(self)
        today = desk.today()
        year, month = today.year, today.month
        for _ in range(24):
            self.ui.monthCombo.addItem(f"{MONTHS[month - 1]} {year}", f"{year}-{month:02d}")
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        self.ui.monthCombo.currentIndexChanged.connect(self.pick_month)
        self.ui.showButton.clicked.connect(self.show_figures)
        self.ui.refreshDrivesButton.clicked.connect(self.refresh_drives)
        self.ui.exportDriveButton.clicked.connect(self.export_to_drive)
        self.ui.exportFolderButton.clicked.connect(self.choose_folder)
        self.refresh_drives()

    def pick_month(self) -> None:
        start, end = monthly.month_range(self.ui.monthCombo.currentData())
        self.ui.fromDate.setDate(QDate(start.year, start.month, start.day))
        self.ui.toDate.setDate(QDate(end.year, end.month, end.day))
        self.show_figures()

    def refresh(self) -> None:
        if self.report is None:
            self.pick_month()
        self.refresh_drives()

    def period(self) -> tuple[date, date]:
        return self.ui.fromDate.date().toPython(), self.ui.toDate.date().toPython()

    def show_figures(self) -> None:
        try:
            self.report = monthly.monthly_report(self.desk, *self.period())
        except DeskError as error:
            show_refusal(self, error)
            return
        from kampar_desk.services.documents.monthly_documents import summary_rows

        r = self.report
        parts = [
            f"<h2>Laporan pelayanan {html.escape(r.label)}</h2>",
            _table(["Uraian", "Jumlah"], [[k, v] for k, v in summary_rows(r)], total=False),
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
        self.ui.figuresView.setHtml("".join(parts))

    def refresh_drives(self) -> None:
        self.ui.driveCombo.clear()
        for drive in removable_drives():
            self.ui.driveCombo.addItem(drive.describe(), str(drive.root))
        found = self.ui.driveCombo.count() > 0
        if not found:
            self.ui.driveCombo.addItem("Tidak ada flashdisk terdeteksi", "")
        self.ui.exportDriveButton.setEnabled(found)

    def _progress(self, step: int, steps: int, text: str) -> None:
        self.ui.progressBar.setMaximum(steps)
        self.ui.progressBar.setValue(step)
        self.ui.statusLabel.setText(text)
        QApplication.processEvents()

    def export_to(self, folder: Path) -> list[Path] | None:
        if self.report is None or (self.report.start, self.report.end) != self.period():
            self.show_figures()
        if self.report is None:
            return None
        try:
            paths = monthly.export_monthly(self.desk, self.report, folder, self._progress)
        except DeskError as error:
            self.ui.statusLabel.setText(str(error))
            self.ui.progressBar.setValue(0)
            show_refusal(self, error, "Ekspor gagal")
            return None
        self.ui.statusLabel.setText("Tersimpan: " + ", ".join(str(p) for p in paths))
        show_info(self, "Laporan bulanan", "Laporan tersimpan:\n" + "\n".join(str(p) for p in paths))
        return paths

    def export_to_drive(self) -> None:
        root = self.ui.driveCombo.currentData()
        if root:
            self.export_to(Path(root))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Pilih folder untuk laporan bulanan")
        if folder:
            self.export_to(Path(folder))
