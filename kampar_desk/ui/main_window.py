"""The main window: office header, the signed-in officer, one tab per stage of the file's journey."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

from kampar_desk.services.desk import Desk
from kampar_desk.services.records import StaffRecord
from kampar_desk.ui.forms.ui_main_window import Ui_MainWindow


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        office = desk.office()
        self.setWindowTitle(f"Kampar Desk - {office.short_name}")
        self.ui.officeLabel.setText(f"<b>{office.name}</b><br>{office.government.title()}")
        services = ", ".join(s.name for s in desk.catalog.values())
        self.ui.serviceLabel.setText(f"Layanan: {services}")
        self.show_officer(None)

    def show_officer(self, officer: StaffRecord | None) -> None:
        if officer is None:
            self.ui.officerLabel.setText("Belum masuk")
        else:
            self.ui.officerLabel.setText(f"<b>{officer.full_name}</b><br>{officer.role_labels}")
        self.ui.lockButton.setEnabled(officer is not None)
        self.ui.signOutButton.setEnabled(officer is not None)
