"""GUI fixtures: the real main window on a real database, printing into a PDF file, dialogs answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from kampar_desk.ui import feedback
from kampar_desk.ui.main_window import MainWindow
from kampar_desk.ui.printing import DocumentPrinter
from tests.conftest import PASSWORD


class PdfPrinters:
    """A printer factory: each print job goes to a new PDF file, as a real driver would receive it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.jobs: list[Path] = []
        self.names: list[str] = []  # the printer name each job asked for

    def __call__(self, name: str) -> QPrinter:
        self.names.append(name)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = self.folder / f"job-{len(self.jobs) + 1}.pdf"
        printer.setOutputFileName(str(path))
        self.jobs.append(path)
        return printer


@dataclass
class Dialogs:
    """Message boxes the app showed, answered without blocking; `answer` is what a question gets."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes

    def texts(self, kind: str) -> list[str]:
        return [text for shown_kind, _title, text in self.shown if shown_kind == kind]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()

    def capture(kind: str):
        def show(parent, title, text, *args, **kwargs):
            record.shown.append((kind, title, text))
            return record.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(feedback.QMessageBox, kind, capture(kind))
    return record


@pytest.fixture
def printers(tmp_path: Path) -> PdfPrinters:
    folder = tmp_path / "printed"
    folder.mkdir()
    return PdfPrinters(folder)


@pytest.fixture
def window(qtbot, desk, officers, printers, dialogs) -> Iterator[MainWindow]:
    main = MainWindow(desk, DocumentPrinter(printers))
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    yield main
    main.ops.settle()  # no test leaves work running on a worker into the next one


def sign_in(qtbot, window: MainWindow, username: str, password: str = PASSWORD) -> None:
    window.begin()
    dialog = window.active_dialog
    qtbot.keyClicks(dialog.ui.usernameEdit, username)
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert window.officer is not None and window.officer.username == username
    window.activateWindow()
    qtbot.waitActive(window)
