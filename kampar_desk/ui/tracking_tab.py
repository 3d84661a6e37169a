"""Pelacakan: one search box for numbers, NIKs, names and the scanner; the file's timeline from the audit log."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from kampar_desk.domain.errors import DeskError
from kampar_desk.domain.workflow import ACTION_LABELS, Status
from kampar_desk.services import audit, intake_documents, tracking
from kampar_desk.services.applications import get_application
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import ApplicationSummary, StaffRecord
from kampar_desk.services.settings import get_settings
from kampar_desk.ui.feedback import show_info, show_refusal
from kampar_desk.ui.forms.ui_tracking_tab import Ui_TrackingTab
from kampar_desk.ui.item_models.application_table_model import ApplicationTableModel
from kampar_desk.ui.printing import DocumentPrinter

EVENT_LABELS = {action.value: label for action, label in ACTION_LABELS.items()}


def status_label(value: str) -> str:
    try:
        return Status(value).label
    except ValueError:
        return value or "-"


class TrackingTab(QWidget):
    """A scanner types the code and Enter: the file opens at once when the number matches exactly one."""

    reregister_requested = Signal(object)

    def __init__(
        self,
        desk: Desk,
        officer: Callable[[], StaffRecord | None],
        printer: DocumentPrinter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.officer, self.printer = desk, officer, printer
        self.current: ApplicationSummary | None = None
        self.ui = Ui_TrackingTab()
        self.ui.setupUi(self)
        self.model = ApplicationTableModel()
        self.ui.resultsView.setModel(self.model)
        header = self.ui.resultsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ApplicationTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.ui.splitter.setSizes([700, 460])
        self.ui.timelineTable.setColumnCount(4)
        self.ui.timelineTable.setHorizontalHeaderLabels(["Waktu", "Petugas", "Langkah", "Status"])
        self.ui.timelineTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.searchEdit.returnPressed.connect(self.search)
        self.ui.searchButton.clicked.connect(self.search)
        self.ui.resultsView.selectionModel().currentRowChanged.connect(self._row_changed)
        self.ui.reprintButton.clicked.connect(self.reprint)
        self.ui.reregisterButton.clicked.connect(self._reregister)
        self._show_detail(None)

    def search(self) -> None:
        text = self.ui.searchEdit.text()
        self.model.set_source(lambda offset, limit: self._page(text, offset, limit))
        count = self.model.rowCount()
        query = tracking.classify(text)
        more = "+" if self.model.canFetchMore(QModelIndex()) else ""
        self.ui.resultLabel.setText(f"{count}{more} berkas untuk {query.describe()}.")
        if count:
            self.ui.resultsView.selectRow(0)
        else:
            self._show_detail(None)
        if query.kind == tracking.QueryKind.NUMBER:
            self.ui.searchEdit.selectAll()  # the next scan replaces this one

    def _page(self, text: str, offset: int, limit: int) -> tuple[tuple[ApplicationSummary, ...], bool]:
        page = tracking.search(self.desk, text, offset, limit)
        return page.rows, page.has_more

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(self.model.summary(current.row()) if current.isValid() else None)

    def _show_detail(self, summary: ApplicationSummary | None) -> None:
        self.current = summary
        table = self.ui.timelineTable
        table.setRowCount(0)
        self.ui.reprintButton.setEnabled(summary is not None)
        self.ui.reregisterButton.setEnabled(summary is not None and summary.status == Status.RETURNED)
        if summary is None:
            self.ui.detailLabel.setText("Pilih berkas untuk melihat riwayatnya.")
            return
        detail = get_application(self.desk, summary.id)
        sla = detail.summary.sla
        color = "#b00020" if sla.overdue else "#1b5e20"
        lines = [
            f"<h3>{detail.number}</h3>",
            f"<b>{detail.summary.applicant_name}</b> (NIK {detail.summary.applicant_nik})",
            f"Layanan: {detail.service_name}",
            f"Status: <b>{detail.status.label}</b>",
            f"Waktu layanan: <span style='color:{color}'><b>{sla.describe()}</b></span>",
        ]
        if detail.missing and detail.status == Status.RETURNED:
            lines.append("Kurang: " + "; ".join(m.text for m in detail.missing))
        if detail.previous_number:
            lines.append(f"Melengkapi berkas {detail.previous_number}")
        self.ui.detailLabel.setText("<br>".join(lines))
        events = audit.timeline(self.desk, summary.id)
        table.setRowCount(len(events))
        for row, event in enumerate(events):
            values = (
                f"{event.at:%d-%m-%Y %H.%M}",
                event.actor,
                EVENT_LABELS.get(event.action, event.action),
                f"{status_label(event.from_status)} \u2192 {status_label(event.to_status)}"
                if event.from_status
                else status_label(event.to_status),
            )
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeRowsToContents()

    def reprint(self) -> None:
        if self.current is None:
            return
        try:
            document = intake_documents.intake_document(self.desk, self.current.id)
        except DeskError as error:
            show_refusal(self, error)
            return
        settings = get_settings(self.desk)
        outcome = self.printer.print_pdf(document.path, settings.printer_name, settings.print_preview, self)
        show_info(self, document.title, outcome.describe())

    def _reregister(self) -> None:
        if self.current is not None and self.current.status == Status.RETURNED:
            self.reregister_requested.emit(self.current.id)
