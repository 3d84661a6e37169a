"""SKM: the IKM of a semester or any range on screen, the semester report to a folder, the blank questionnaire."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from kampar_desk.domain.errors import DeskError
from kampar_desk.services import skm_reports, survey
from kampar_desk.services.desk import Desk
from kampar_desk.services.settings import get_settings
from kampar_desk.ui.feedback import show_info, show_refusal
from kampar_desk.ui.forms.ui_skm_tab import Ui_SkmTab
from kampar_desk.ui.printing import DocumentPrinter


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SkmTab(QWidget):
    def __init__(self, desk: Desk, printer: DocumentPrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.printer = desk, printer
        self.period: survey.SkmPeriod | None = None
        self.ui = Ui_SkmTab()
        self.ui.setupUi(self)
        today = desk.today()
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
        self.ui.semesterCombo.currentIndexChanged.connect(self.pick_semester)
        self.ui.computeButton.clicked.connect(self.compute)
        self.ui.exportButton.clicked.connect(self.choose_export_folder)
        self.ui.blankButton.clicked.connect(self.print_blank)
        self.pick_semester()

    def pick_semester(self) -> None:
        start, end = survey.semester(self.ui.semesterCombo.currentData())
        self.ui.fromDate.setDate(qdate(start))
        self.ui.toDate.setDate(qdate(end))
        self.compute()

    def compute(self) -> None:
        try:
            self.period = survey.skm_period(
                self.desk, self.ui.fromDate.date().toPython(), self.ui.toDate.date().toPython()
            )
        except DeskError as error:
            show_refusal(self, error)
            return
        result = self.period.result
        if result.ikm is None:
            self.ui.ikmLabel.setText(f"<h2>Belum ada kuesioner</h2>Periode {self.period.label}.")
        else:
            self.ui.ikmLabel.setText(
                f"<h2>IKM {result.ikm} - mutu {result.grade} ({result.performance})</h2>Periode {self.period.label}."
            )
        reached = len(self.period.rows) >= self.period.required_sample
        self.ui.sampleLabel.setText(
            f"Responden {len(self.period.rows)} dari sampel minimal {self.period.required_sample} (Krejcie-Morgan, "
            f"{self.period.recipients} penerima layanan){'' if reached else ' - BELUM tercapai'}; "
            f"{self.period.declined} menolak mengisi."
        )
        table = self.ui.scoresTable
        table.setRowCount(len(result.scores))
        for row, score in enumerate(result.scores):
            values = (
                score.unsur.code,
                score.unsur.name,
                str(score.answered),
                f"{float(score.nrr):.4f}" if score.nrr is not None else "-",
                str(score.converted or "-"),
                f"{score.grade} ({score.performance})" if score.converted else "-",
            )
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Pilih folder atau flashdisk untuk laporan SKM")
        if folder:
            self.export(Path(folder))

    def export(self, folder: Path) -> None:
        start, end = self.ui.fromDate.date().toPython(), self.ui.toDate.date().toPython()
        spec = self.ui.semesterCombo.currentData()
        semester_start, semester_end = survey.semester(spec)
        name = spec if (start, end) == (semester_start, semester_end) else f"{start:%Y%m%d}-{end:%Y%m%d}"
        try:
            files = skm_reports.export_skm_report(self.desk, start, end, folder, name)
        except OSError as error:
            show_refusal(self, DeskError(f"Laporan tidak dapat ditulis ke {folder}: {error.strerror}."))
            return
        except DeskError as error:
            show_refusal(self, error)
            return
        show_info(self, "Laporan SKM", "Laporan tersimpan:\n" + "\n".join(str(p) for p in files.paths))

    def print_blank(self) -> None:
        path = skm_reports.blank_questionnaire(self.desk)
        settings = get_settings(self.desk)
        outcome = self.printer.print_pdf(path, settings.printer_name, settings.print_preview, self)
        show_info(self, "Kuesioner SKM", outcome.describe())
