"""Beranda: the tab every officer lands on: their queue, files due today and overdue, the office's counts in charts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from kampar_desk.domain.errors import StorageError
from kampar_desk.domain.texts import DAYS, weekday_date
from kampar_desk.domain.workflow import OPEN_STATUSES, Status
from kampar_desk.services.home import FileList, HomeFigures, home_figures
from kampar_desk.ui.charts import Bar, Column, Segment
from kampar_desk.ui.forms.ui_home_tab import Ui_HomeTab
from kampar_desk.ui.item_models.application_table_model import ApplicationTableModel
from kampar_desk.ui.operations import OFFLINE_VIEW, Operation, Operations
from kampar_desk.ui.style import ERROR_COLOR, GOOD_COLOR, WARNING_COLOR, colored

#: the bars of the officer's own queue stand out; the rest of the office is drawn quieter
QUEUE_BAR_COLOR = "#1f5f9e"
OTHER_BAR_COLOR = "#a9bfd6"
RECEIVED_COLOR = "#1f5f9e"
RETURNED_COLOR = "#d9822b"


class HomeTab(QWidget):
    """Loads its figures through the runner, off the GUI thread, whenever it is shown and when the desk changes while
    it is seen. Activating a file (double click or Enter) asks the window to open it in its stage."""

    #: the registration number of the file to open in its stage tab
    open_requested = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.figures: HomeFigures | None = None
        self.loading: Operation | None = None
        self.stale = True
        self.ui = Ui_HomeTab()
        self.ui.setupUi(self)
        self.ui.splitter.setSizes([800, 540])
        self.models: dict[QTableView, ApplicationTableModel] = {}
        for view in (self.ui.queueView, self.ui.urgentView):
            self._set_up(view)
        self.ui.refreshButton.clicked.connect(self.load)
        ops.desk_changed.connect(self._desk_changed)

    def _set_up(self, view: QTableView) -> None:
        model = ApplicationTableModel()
        view.setModel(model)
        self.models[view] = model
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ApplicationTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        view.setColumnHidden(ApplicationTableModel.COL_REGISTERED, True)
        view.activated.connect(lambda index, model=model: self._activated(model, index))

    def _activated(self, model: ApplicationTableModel, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(model.summary(index.row()).number)

    # -- loading ------------------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Every time it comes into view (after sign-in, unlock, or from another tab): the figures of now."""
        super().showEvent(event)
        self.load()

    def _desk_changed(self) -> None:
        if self.isVisible():
            self.load()
        else:
            self.stale = True  # loaded when next shown

    def load(self) -> Operation:
        """Read the figures for the signed-in officer's roles on a worker; one load at a time, the latest wins."""
        if self.loading is not None and not self.loading.finished:
            self.stale = True
            return self.loading
        self.stale = False
        desk = self.ops.desk
        self.loading = self.ops.run(
            self,
            lambda officer: home_figures(desk, officer.roles),
            done=self.show_figures,
            offline=self._offline,
            slow=True,
            changes=False,
        )
        self.loading.ended.connect(self._loaded)
        return self.loading

    def _loaded(self, _figures: object) -> None:
        if self.stale and self.isVisible():
            self.load()

    def _offline(self, _error: StorageError) -> None:
        """Said in place of the greeting, not in a dialog at every load; the figures of the last load stay."""
        self.ui.greetingLabel.setText(colored(OFFLINE_VIEW, ERROR_COLOR, bold=True))

    # -- showing ------------------------------------------------------------------------------------------------------

    def show_figures(self, figures: HomeFigures) -> None:
        self.figures = figures
        officer = self.ops.officer()
        who = f"<b>{officer.full_name}</b> ({officer.role_labels})" if officer is not None else ""
        self.ui.greetingLabel.setText(f"Selamat bekerja, {who}. {weekday_date(figures.today)}.")
        self._show_cards(figures)
        self._show_lists(figures)
        self._show_charts(figures)

    def _show_cards(self, figures: HomeFigures) -> None:
        def card(count: int, caption: str, color: str = "") -> str:
            number = f"<span style='font-size:18pt'><b>{count}</b></span>"
            return f"{colored(number, color) if color else number}<br>{caption}"

        office = " (seluruh kantor)" if figures.office_wide else ""
        self.ui.queueCard.setText(card(figures.queue.total, "berkas di antrian Anda"))
        due_color = WARNING_COLOR if figures.due_today.total else ""
        self.ui.dueTodayCard.setText(card(figures.due_today.total, f"jatuh tempo hari ini{office}", due_color))
        self.ui.overdueCard.setText(
            card(figures.overdue.total, f"terlambat{office}", ERROR_COLOR if figures.overdue.total else GOOD_COLOR)
        )
        self.ui.openCard.setText(card(figures.open_files, "berkas dalam proses di kantor"))

    def _show_lists(self, figures: HomeFigures) -> None:
        if figures.queue_statuses:
            waiting = ", ".join(s.label for s in Status if s in figures.queue_statuses)
            if figures.rejection_letters_due:
                waiting += "; surat penolakan yang belum terbit"
            queue = f"<b>Antrian Anda</b>: {figures.queue.total} berkas ({waiting}){_not_shown(figures.queue)}."
            queue += " Klik dua kali untuk membuka berkas di tahapnya."
        else:
            queue = (
                "<b>Antrian Anda</b>: peran Anda tidak mengerjakan tahap berkas. Berkas yang jatuh tempo hari ini "
                "dan yang terlambat di seluruh kantor ada di bawah."
            )
        self.ui.queueLabel.setText(queue)
        late = colored(f"{figures.overdue.total} terlambat", ERROR_COLOR, bold=True) if figures.overdue.total else ""
        due = f"{figures.due_today.total} jatuh tempo hari ini"
        where = " di seluruh kantor" if figures.office_wide else " dari antrian Anda"
        counts = f"{late}, {due}" if late else f"tidak ada yang terlambat, {due}"
        shown = _not_shown(figures.overdue) + _not_shown(figures.due_today)
        if figures.queue_statuses and not figures.queue_statuses & OPEN_STATUSES:
            counts = "berkas di antrian Anda sudah diputuskan, waktu layanannya tidak berjalan lagi"
        self.ui.urgentLabel.setText(f"<b>Perlu segera</b>{where}: {counts}{shown}.")
        for view, rows in (
            (self.ui.queueView, figures.queue.files),
            (self.ui.urgentView, figures.overdue.files + figures.due_today.files),
        ):
            self.models[view].set_source(
                lambda offset, limit, rows=rows: (rows[offset : offset + limit], offset + limit < len(rows))
            )

    def _show_charts(self, figures: HomeFigures) -> None:
        mine = " (seluruh kantor; biru tua: antrian Anda)" if figures.queue_statuses else " (seluruh kantor)"
        self.ui.statusChartLabel.setText(f"<b>Berkas per status</b>{mine}")
        self.ui.statusChart.set_bars(
            [
                Bar(c.status.label, c.count, QUEUE_BAR_COLOR if c.status in figures.queue_statuses else OTHER_BAR_COLOR)
                for c in figures.per_status
            ]
        )
        self.ui.intakeChart.set_columns(
            [
                Column(
                    f"{DAYS[d.day.weekday()][:3]}\n{d.day.day}/{d.day.month}",
                    (
                        Segment(d.received, RECEIVED_COLOR, "lengkap"),
                        Segment(d.returned, RETURNED_COLOR, "dikembalikan"),
                    ),
                )
                for d in figures.intake
            ]
        )


def _not_shown(file_list: FileList) -> str:
    return f" ({file_list.not_shown} lagi tidak ditampilkan)" if file_list.not_shown else ""
