"""Starting the GUI: one QApplication, the desk opened on the data folder, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from kampar_desk.domain.errors import DeskError
from kampar_desk.paths import AppPaths


def run_gui(data_dir: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    app.setApplicationName("Kampar Desk")
    from kampar_desk.services.desk import open_desk
    from kampar_desk.ui.main_window import MainWindow

    try:
        desk = open_desk(AppPaths.resolve(data_dir))
    except DeskError as error:
        QMessageBox.critical(None, "Kampar Desk tidak dapat dibuka", str(error))
        return 2
    window = MainWindow(desk)
    window.show()
    return app.exec()
