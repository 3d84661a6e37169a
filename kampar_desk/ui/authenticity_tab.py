"""Cek Keaslian: a scanned QR, a letter number or a PDF file, checked against the office's keys and register."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from kampar_desk.domain.errors import DeskError
from kampar_desk.services import authenticity
from kampar_desk.services.authenticity import Verdict
from kampar_desk.ui.forms.ui_authenticity_tab import Ui_AuthenticityTab
from kampar_desk.ui.operations import Operation, Operations
from kampar_desk.ui.style import GENUINE_STYLE, REFUSED_STYLE


class AuthenticityTab(QWidget):
    """Answers offline and changes nothing; a file that cannot be read is a verdict too."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.desk = ops, ops.desk
        self.ui = Ui_AuthenticityTab()
        self.ui.setupUi(self)
        self.ui.codeEdit.returnPressed.connect(self.check_text)
        self.ui.checkButton.clicked.connect(self.check_text)
        self.ui.openPdfButton.clicked.connect(self.choose_pdf)
        self.verdict: Verdict | None = None

    def check_text(self) -> Operation | None:
        text = self.ui.codeEdit.text().strip()
        if not text:
            return None

        def shown(verdict: Verdict) -> None:
            self.show_verdict(verdict)
            self.ui.codeEdit.selectAll()  # the next scan replaces this one

        desk = self.desk
        return self.ops.run(
            self, lambda _officer: authenticity.verify_code(desk, text), done=shown, changes=False, signed_in=False
        )

    def choose_pdf(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Pilih berkas PDF surat", "", "PDF (*.pdf)")
        if name:
            self.check_file(Path(name))

    def check_file(self, path: Path) -> Operation:
        """Checking the signature of a PDF takes a moment: off the GUI thread."""
        desk = self.desk
        return self.ops.run(
            self,
            lambda _officer: authenticity.verify_file(desk, path),
            done=self.show_verdict,
            refused=lambda error: self.show_verdict(unreadable(error)),
            inline=True,
            slow=True,
            changes=False,
            signed_in=False,
            title="Berkas tidak dapat dibaca",
            triggers=(self.ui.openPdfButton,),
        )

    def show_verdict(self, verdict: Verdict) -> None:
        self.verdict = verdict
        self.ui.verdictLabel.setText(verdict.headline)
        self.ui.verdictLabel.setStyleSheet(GENUINE_STYLE if verdict.genuine else REFUSED_STYLE)
        self.ui.detailsLabel.setText("<br>".join(verdict.details))


def unreadable(error: DeskError) -> Verdict:
    return Verdict(False, "TIDAK DAPAT DIBACA", (str(error),))
