"""Starting the GUI: one QApplication in Indonesian, the desk opened on the data folder, the main window."""

from __future__ import annotations

import sys
import threading
from datetime import date

from PySide6.QtWidgets import QApplication, QMessageBox

from kampar_desk.domain.errors import DeskError
from kampar_desk.paths import AppPaths
from kampar_desk.ui.indonesian import install_indonesian


def run_gui(data_dir: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Kampar Desk")
    install_indonesian(app)
    # Services and widgets load after the window toolkit is up, so a bad service file is shown in a dialog.
    from kampar_desk.services.desk import open_desk
    from kampar_desk.ui.feedback import show_unexpected
    from kampar_desk.ui.main_window import MainWindow

    try:
        desk = open_desk(AppPaths.resolve(data_dir))
    except DeskError as error:
        QMessageBox.critical(None, "Kampar Desk tidak dapat dibuka", str(error))
        return 2
    window = MainWindow(desk)
    sys.excepthook = lambda kind, error, trace: show_unexpected(window, error)
    window.resize(1280, 800)
    window.show()
    window.begin()
    # While the officer types the password, load what the first save needs (holidays, reportlab) off the GUI thread.
    threading.Thread(target=_warm_up, name="warm-up", daemon=True).start()
    return app.exec()


def _warm_up() -> None:
    from kampar_desk.domain.calendar import national_holidays

    national_holidays(date.today().year)
    import phonenumbers  # noqa: F401

    import kampar_desk.services.documents.slips  # noqa: F401
