"""SKM: the IKM of a semester or any range on screen, the semester report to a folder, the blank questionnaire."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from kampar_desk.domain.texts import decimal_id
from kampar_desk.services import skm_reports, survey
from kampar_desk.ui.dates import python_date
from kampar_desk.ui.feedback import show_info
from kampar_desk.ui.forms.ui_skm_tab import Ui_SkmTab
from kampar_desk.ui.operations import FollowsDesk, Operation, Operations


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SkmTab(QWidget):
    """The figures are counted off the GUI thread when the tab is shown, the period changes or the desk changed."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.desk = ops, ops.desk
        self.period: survey.SkmPeriod | None = None
        self.counting: tuple[tuple[date, date], Operation] | None = None
        self.ui = Ui_SkmTab()
        self.ui.setupUi(self)
        today = self.desk.today()
        current = f"{today.year}-{1 if today.month <= 6 else 2}"
        for year in range(today.year, today.year - 3, -1):
            for half in ("2", "1"):
                spec = f"{year}-{half}"
                if spec <= current:
                    label = f"Semester {'I (Januari-Juni)' if half == '1' else 'II (Juli-Desember)'} {year}"
                    self.ui.semesterCombo.addItem(label, spec)
        self.ui.scoresTable.setColumnCount(6)
        self.ui.scoresTable.setHorizontalHeaderLabels(["Kode", "Unsur", "Responden", "NRR", "Konversi", "Mutu"])
        self.ui.scoresTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._semester_dates()
        self.ui.semesterCombo.currentIndexChanged.connect(self.pick_semester)
        self.ui.computeButton.clicked.connect(self.compute)
        self.ui.exportButton.clicked.connect(self.choose_export_folder)
        self.ui.blankButton.clicked.connect(self.print_blank)
        self.follows = FollowsDesk(ops, self, self.compute, stale=True)

    def _semester_dates(self) -> None:
        start, end = survey.semester(self.ui.semesterCombo.currentData())
        self.ui.fromDate.setDate(qdate(start))
        self.ui.toDate.setDate(qdate(end))

    def pick_semester(self) -> None:
        self._semester_dates()
        self.compute()

    def dates(self) -> tuple[date, date]:
        return python_date(self.ui.fromDate.date()), python_date(self.ui.toDate.date())

    def compute(self) -> Operation:
        """Count the period on screen; a count already under way for the same period is not started twice, and a
        count for a period no longer on screen is not shown."""
        asked = self.dates()
        if self.counting is not None and self.counting[0] == asked and not self.counting[1].finished:
            return self.counting[1]
        desk = self.desk

        def counted(period: survey.SkmPeriod) -> None:
            if self.dates() == asked:
                self.show_period(period)

        operation = self.ops.run(
            self, lambda _officer: survey.skm_period(desk, *asked), done=counted, slow=True, changes=False
        )
        self.counting = (asked, operation)
        return operation

    def show_period(self, period: survey.SkmPeriod) -> None:
        self.period = period
        result = period.result
        if result.ikm is None:
            self.ui.ikmLabel.setText(f"<h2>Belum ada kuesioner</h2>Periode {period.label}.")
        else:
            self.ui.ikmLabel.setText(
                f"<h2>IKM {decimal_id(result.ikm)} - mutu {result.grade} ({result.performance})</h2>"
                f"Periode {period.label}."
            )
        reached = len(period.rows) >= period.required_sample
        self.ui.sampleLabel.setText(
            f"Responden {len(period.rows)} dari sampel minimal {period.required_sample} (Krejcie-Morgan, "
            f"{period.recipients} penerima layanan){'' if reached else ' - BELUM tercapai'}; "
            f"{period.declined} menolak mengisi."
        )
        table = self.ui.scoresTable
        table.setRowCount(len(result.scores))
        for row, score in enumerate(result.scores):
            values = (
                score.unsur.code,
                score.unsur.name,
                str(score.answered),
                decimal_id(score.nrr, 4),
                decimal_id(score.converted) if score.converted else "-",
                f"{score.grade} ({score.performance})" if score.converted else "-",
            )
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Pilih folder atau flashdisk untuk laporan SKM")
        if folder:
            self.export(Path(folder))

    def export(self, folder: Path) -> Operation:
        """The semester report (PDF + xlsx) off the GUI thread, behind a progress dialog; one export at a time."""
        start, end = self.dates()
        spec = self.ui.semesterCombo.currentData()
        name = spec if (start, end) == survey.semester(spec) else f"{start:%Y%m%d}-{end:%Y%m%d}"
        desk = self.desk

        def saved(files: skm_reports.ReportFiles) -> None:
            show_info(self, "Laporan SKM", "Laporan tersimpan:\n" + "\n".join(str(p) for p in files.paths))

        return self.ops.run(
            self,
            lambda _officer, progress: skm_reports.export_skm_report(desk, start, end, folder, name, progress),
            done=saved,
            slow=True,
            progress="Menyusun laporan SKM...",
            changes=False,
            title="Ekspor gagal",
            triggers=(self.ui.exportButton,),
        )

    def print_blank(self) -> Operation:
        desk = self.desk
        return self.ops.run(
            self,
            lambda _officer: skm_reports.blank_questionnaire(desk),
            done=lambda path: self.ops.reprint(self, path, "Kuesioner SKM kosong"),
            slow=True,
            changes=False,
            triggers=(self.ui.blankButton,),
        )
