"""Cek Keaslian: a scanned QR, a letter number or a PDF file, checked against the office's keys and register."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from kampar_desk.domain.errors import DeskError
from kampar_desk.services import authenticity, letters
from kampar_desk.services.authenticity import Verdict
from kampar_desk.services.desk import Desk
from kampar_desk.ui.forms.ui_authenticity_tab import Ui_AuthenticityTab

GENUINE_STYLE = "color: white; background: #1b5e20; font-size: 16pt; font-weight: bold; padding: 10px;"
REFUSED_STYLE = "color: white; background: #b00020; font-size: 16pt; font-weight: bold; padding: 10px;"


class AuthenticityTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_AuthenticityTab()
        self.ui.setupUi(self)
        self.ui.codeEdit.returnPressed.connect(self.check_text)
        self.ui.checkButton.clicked.connect(self.check_text)
        self.ui.openPdfButton.clicked.connect(self.choose_pdf)
        self.verdict: Verdict | None = None

    def check_text(self) -> None:
        text = self.ui.codeEdit.text().strip()
        if not text:
            return
        if text.startswith("KD1|"):
            self.show_verdict(authenticity.verify_seal(self.desk, text))
        else:
            try:
                letter = letters.find_letter(self.desk, text)
            except DeskError as error:
                self.show_verdict(Verdict(False, "TIDAK TERDAFTAR", (str(error),)))
            else:
                self.show_verdict(authenticity.verify_seal(self.desk, letter.payload))
        self.ui.codeEdit.selectAll()  # the next scan replaces this one

    def choose_pdf(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Pilih berkas PDF surat", "", "PDF (*.pdf)")
        if name:
            self.check_file(Path(name))

    def check_file(self, path: Path) -> None:
        try:
            self.show_verdict(authenticity.verify_file(self.desk, path))
        except DeskError as error:
            self.show_verdict(Verdict(False, "TIDAK DAPAT DIBACA", (str(error),)))

    def show_verdict(self, verdict: Verdict) -> None:
        self.verdict = verdict
        self.ui.verdictLabel.setText(verdict.headline)
        self.ui.verdictLabel.setStyleSheet(GENUINE_STYLE if verdict.genuine else REFUSED_STYLE)
        self.ui.detailsLabel.setText("<br>".join(verdict.details))
