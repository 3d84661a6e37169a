"""Pelacakan: one search box for numbers, NIKs, names and the scanner; the file's timeline from the audit log."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from kampar_desk.domain.errors import DeskError, StorageError
from kampar_desk.domain.workflow import Status
from kampar_desk.services import intake_documents, tracking
from kampar_desk.services.applications import get_application
from kampar_desk.services.intake_documents import ArchivedDocument
from kampar_desk.services.records import ApplicationDetail, ApplicationSummary
from kampar_desk.services.station_scope import StationScope, station_choices
from kampar_desk.ui.forms.ui_tracking_tab import Ui_TrackingTab
from kampar_desk.ui.item_models.application_table_model import ApplicationTableModel
from kampar_desk.ui.operations import OFFLINE_VIEW, FollowsDesk, Latest, Operation, Operations
from kampar_desk.ui.station_picker import StationPicker
from kampar_desk.ui.style import ERROR_COLOR, GOOD_COLOR, colored


class TrackingTab(QWidget):
    """A scanner types the code and Enter: the file opens at once when the number matches exactly one. The results
    and the timeline follow the desk: after any action they are read again (now when shown, else when next shown).
    Once another station is known, a "Stasiun" choice keeps the search to all stations, this one or another."""

    reregister_requested = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.desk = ops, ops.desk
        self.current: ApplicationSummary | None = None
        self.searched: str | None = None  # the text of the results on screen
        self.searched_station: str | None = None  # and their station (`station_scope`: None every station)
        self.result_reads, self.detail_reads = Latest(), Latest()
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
        self.follows = FollowsDesk(ops, self, self.refresh, stale=False)
        self.stations = StationPicker(self.ui.stationLabel, self.ui.stationCombo)
        self.ui.stationCombo.currentIndexChanged.connect(self._station_picked)
        # the stations to pick from, read on a worker when the tab is shown (and again after a change meanwhile)
        self.follows_stations = FollowsDesk(ops, self, self.load_stations)
        self._show_detail(None)

    # -- searching ----------------------------------------------------------------------------------------------------

    def load_stations(self) -> Operation:
        """Fill the "Stasiun" choice (hidden while no other station is known); a pick that is gone searches again."""
        desk = self.desk

        def fill(choices: tuple[StationScope, ...]) -> None:
            if self.stations.fill(choices):
                self._station_picked()

        # A server that does not answer leaves the choice as it was: the status bar and the results say it.
        return self.ops.read(self, lambda: station_choices(desk), fill, offline=lambda _error: None, slow=True)

    def _station_picked(self) -> None:
        if self.searched is not None:  # the results on screen follow the station picked
            self.search()

    def search(self) -> Operation:
        text = self.ui.searchEdit.text()
        scope = self.stations.scope()

        def shown(first: tracking.SearchPage) -> None:
            self._show_results(text, scope.value, first)
            count = self.model.rowCount()
            query = tracking.classify(text)
            more = "+" if self.model.canFetchMore(QModelIndex()) else ""
            where = f" ({scope.label})" if self.ui.stationCombo.isVisibleTo(self) else ""
            self.ui.resultLabel.setText(f"{count}{more} berkas untuk {query.describe()}{where}.")
            if count:
                self.ui.resultsView.selectRow(0)
            else:
                self._show_detail(None)
            if query.kind == tracking.QueryKind.NUMBER:
                self.ui.searchEdit.selectAll()  # the next scan replaces this one

        def refused(error: DeskError) -> None:  # a name too short to search: said under the box, the results kept
            self.ui.resultLabel.setText(colored(str(error), ERROR_COLOR))

        return self._read_first_page(text, scope.value, shown, refused)

    def refresh(self) -> Operation | None:
        """Read the results on screen again, keeping the selected file selected."""
        if self.searched is None:
            return None
        keep = self.current.id if self.current is not None else None
        text, station = self.searched, self.searched_station

        def reselect(first: tracking.SearchPage) -> None:
            self._show_results(text, station, first)
            row = next((r for r in range(self.model.rowCount()) if self.model.summary(r).id == keep), None)
            if row is not None:
                self.ui.resultsView.selectRow(row)
                self._show_detail(self.model.summary(row))
            else:
                self._show_detail(None)

        return self._read_first_page(text, station, reselect)

    def _read_first_page(
        self,
        text: str,
        station: str | None,
        shown: Callable[[tracking.SearchPage], None],
        refused: Callable[[DeskError], None] | None = None,
    ) -> Operation:
        """The first page is read before the list changes, so a refusal (a name too short) leaves it as it was."""
        desk, size = self.desk, self.model.page_size
        return self.ops.read(
            self,
            lambda: tracking.search(desk, text, None, size, station=station),
            shown,
            latest=self.result_reads,
            offline=self._offline,
            refused=refused,
        )

    def _offline(self, _error: StorageError) -> None:
        self.ui.resultLabel.setText(colored(OFFLINE_VIEW, ERROR_COLOR, bold=True))

    def _show_results(self, text: str, station: str | None, first: tracking.SearchPage) -> None:
        self.searched, self.searched_station = text, station
        cursor = [first.next_after]  # where the next page continues: after the last file shown

        def page(loaded: int, limit: int) -> tuple[tuple[ApplicationSummary, ...], bool]:
            if not loaded:
                return first.rows, first.has_more
            # Further pages are read inline as the officer scrolls (the model's fetchMore asks for them on the GUI
            # thread): one short page at a time, after the first page came back from the same server.
            found = tracking.search(self.desk, text, cursor[0], limit, station=station)
            cursor[0] = found.next_after
            return found.rows, found.has_more

        self.model.set_source(page)

    # -- the selected file --------------------------------------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(self.model.summary(current.row()) if current.isValid() else None)

    def _show_detail(self, summary: ApplicationSummary | None) -> Operation | None:
        self.current = summary
        self.ui.timelineTable.setRowCount(0)
        self.ui.reprintButton.setEnabled(summary is not None)
        self.ui.reregisterButton.setEnabled(summary is not None and summary.status == Status.RETURNED)
        if summary is None:
            self.detail_reads.drop()
            self.ui.detailLabel.setText("Pilih berkas untuk melihat riwayatnya.")
            return None
        desk, application_id = self.desk, summary.id
        return self.ops.read(
            self,
            lambda: (get_application(desk, application_id), tracking.file_history(desk, application_id)),
            self._fill_detail,
            latest=self.detail_reads,
            offline=lambda _error: self.ui.detailLabel.setText(colored(OFFLINE_VIEW, ERROR_COLOR, bold=True)),
        )

    def _fill_detail(self, found: tuple[ApplicationDetail, list[tracking.HistoryStep]]) -> None:
        detail, steps = found
        sla = detail.summary.sla
        lines = [
            f"<h3>{detail.number}</h3>",
            f"<b>{detail.summary.applicant_name}</b> (NIK {detail.summary.applicant_nik})",
            f"Layanan: {detail.service_name}",
            f"Status: <b>{detail.status.label}</b>",
            f"Waktu layanan: {colored(sla.describe(), ERROR_COLOR if sla.overdue else GOOD_COLOR, bold=True)}",
        ]
        if detail.missing and detail.status == Status.RETURNED:
            lines.append("Kurang: " + "; ".join(m.text for m in detail.missing))
        if detail.previous_number:
            lines.append(f"Melengkapi berkas {detail.previous_number}")
        self.ui.detailLabel.setText("<br>".join(lines))
        table = self.ui.timelineTable
        table.setRowCount(len(steps))
        for row, step in enumerate(steps):
            what = f"{step.step}. {step.note}" if step.note else step.step
            for column, value in enumerate((step.when, step.officer, what, step.status)):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeRowsToContents()

    def reprint(self) -> Operation | None:
        """The file's tanda terima or return slip: made (if it is not archived yet) off the GUI thread, printed."""
        if self.current is None:
            return None
        desk, application_id = self.desk, self.current.id

        def print_it(document: ArchivedDocument) -> None:
            self.ops.reprint(self, document.path, document.title)

        return self.ops.run(
            self,
            lambda _officer: intake_documents.intake_document(desk, application_id),
            done=print_it,
            slow=True,
            changes=False,
            triggers=(self.ui.reprintButton,),
        )

    def _reregister(self) -> None:
        if self.current is not None and self.current.status == Status.RETURNED:
            self.reregister_requested.emit(self.current.id)
