"""A stage's queue (Verifikasi, Pemeriksaan, Penerbitan): files waiting there, the most urgent due date first."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QWidget

from kampar_desk.domain.workflow import Status
from kampar_desk.services.applications import queue
from kampar_desk.services.desk import Desk
from kampar_desk.ui.forms.ui_queue_tab import Ui_QueueTab
from kampar_desk.ui.item_models.application_table_model import ApplicationTableModel


class QueueTab(QWidget):
    def __init__(self, desk: Desk, title: str, statuses: tuple[Status, ...], note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.statuses = desk, statuses
        self.ui = Ui_QueueTab()
        self.ui.setupUi(self)
        self.title = title
        self.ui.noteLabel.setText(note)
        self.model = ApplicationTableModel()
        self.ui.queueView.setModel(self.model)
        header = self.ui.queueView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ApplicationTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.ui.refreshButton.clicked.connect(self.refresh)

    def refresh(self) -> None:
        rows = tuple(queue(self.desk, self.statuses, limit=500))
        self.model.set_source(lambda offset, limit: (rows[offset : offset + limit], offset + limit < len(rows)))
        overdue = sum(1 for r in rows if r.sla.overdue)
        labels = ", ".join(s.label for s in self.statuses)
        late = f", <span style='color:#b00020'><b>{overdue} terlambat</b></span>" if overdue else ""
        self.ui.titleLabel.setText(f"<b>{self.title}</b>: {len(rows)} berkas ({labels}){late}")
