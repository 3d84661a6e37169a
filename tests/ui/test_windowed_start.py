"""The windowed build has no console: sys.stdout and sys.stderr are None. The GUI starts, logs to its file, shows an
unexpected error in a dialog naming that file, and closes; the command line still works, its output going nowhere."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtWidgets import QApplication

from kampar_desk.app import main
from kampar_desk.paths import AppPaths
from kampar_desk.services.backup import ON_EXIT
from kampar_desk.store.database import close_database
from kampar_desk.ui import feedback
from kampar_desk.ui.main import run_gui
from kampar_desk.ui.main_window import MainWindow


@contextlib.contextmanager
def no_console() -> Iterator[None]:
    """As in a windowed build; afterwards the streams come back and the sinks `main` may have given them are closed.
    In the test's body: pytest installs its capturing streams only after the fixtures are set up."""
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = None
    try:
        yield
    finally:
        sinks = [stream for stream in (sys.stdout, sys.stderr) if stream is not None and stream not in saved]
        sys.stdout, sys.stderr = saved
        for stream in sinks:
            stream.close()


def test_the_gui_starts_logs_and_tells_errors_without_a_console(qapp, tmp_path, monkeypatch, capfd):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(feedback.QMessageBox, "critical", lambda parent, title, text, *a: shown.append((title, text)))
    seen: dict[str, object] = {}

    def windows() -> list[MainWindow]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    def fail() -> None:
        raise RuntimeError("galat uji tanpa konsol")

    def finish() -> None:
        (window,) = windows()
        seen["title"] = window.windowTitle()
        window.close()  # the real close: the exit backup behind its progress dialog
        QTimer.singleShot(0, qapp.quit)

    def act() -> None:
        seen["streams"] = sys.stdout, sys.stderr
        qWarning("peringatan Qt uji tanpa konsol")
        QTimer.singleShot(0, fail)
        QTimer.singleShot(50, finish)

    QTimer.singleShot(0, act)
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: qapp.exit(99))
    watchdog.start(60_000)
    try:
        with no_console():
            code = run_gui(str(tmp_path / "data"))
    finally:
        watchdog.stop()

    assert code == 0
    assert seen["streams"] == (None, None)
    assert seen["title"] == "Kampar Desk 0.2.0 - DPMPTSP Kabupaten Kampar"
    log_file = AppPaths(tmp_path / "data").log_file
    assert shown == [("Terjadi kesalahan", feedback.unexpected_text(RuntimeError("galat uji tanpa konsol"), log_file))]
    text = log_file.read_text(encoding="utf-8")
    assert "gui 0.2.0 started" in text
    assert "Traceback" in text and "RuntimeError: galat uji tanpa konsol" in text
    assert "kampar_desk.qt: peringatan Qt uji tanpa konsol" in text
    assert "stopped" in text.splitlines()[-1]
    assert list((tmp_path / "data" / "backups").glob(f"*-{ON_EXIT}.zip")), "the exit backup was taken"
    out, err = capfd.readouterr()
    assert (out, err) == ("", ""), "nothing may be written where a windowed build has no console"


def test_the_command_line_works_without_a_console(tmp_path):
    data = str(tmp_path / "data")
    try:
        with no_console():
            assert main(["--data-dir", data, "holidays", "--year", "2026"]) == 0
            assert sys.stdout is not None and sys.stderr is not None  # sinks: a library writing there cannot fail
            assert main(["--data-dir", data, "report", "monthly", "--month", "2026-13", "--out", "x"]) == 2
            with pytest.raises(SystemExit) as stopped:
                main(["--version"])
            assert stopped.value.code == 0
    finally:
        close_database()
    assert (tmp_path / "data" / "logs" / "kampar-desk.log").is_file()
