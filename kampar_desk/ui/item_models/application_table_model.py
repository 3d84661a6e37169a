"""Files as table rows, fetched page by page from a service so a million matches never load at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kampar_desk.domain.texts import long_date
from kampar_desk.services.records import ApplicationSummary
from kampar_desk.ui.style import ERROR_COLOR

OVERDUE_COLOR = QColor(ERROR_COLOR)

#: page(offset, limit) -> (rows, has_more)
PageSource = Callable[[int, int], tuple[tuple[ApplicationSummary, ...], bool]]


class ApplicationTableModel(QAbstractTableModel):
    """Rows come from `source` in pages of `page_size`; the view asks for more as it scrolls (`canFetchMore`)."""

    COL_NUMBER, COL_NAME, COL_STATUS, COL_REGISTERED, COL_DUE, COL_SLA = range(6)
    HEADERS = ("Nomor", "Nama pemohon", "Status", "Didaftarkan", "Jatuh tempo", "Waktu layanan")
    #: Role returning the ApplicationSummary of a row.
    SummaryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, page_size: int = 100) -> None:
        super().__init__()
        self.page_size = page_size
        self._rows: list[ApplicationSummary] = []
        self._source: PageSource | None = None
        self._has_more = False

    def set_source(self, source: PageSource) -> None:
        """Replace the result set and load its first page."""
        self.beginResetModel()
        self._source = source
        self._rows, self._has_more = [], True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def summary(self, row: int) -> ApplicationSummary:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._source is not None and self._has_more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        source = self._source
        if source is None or not self.canFetchMore(parent):
            return
        rows, self._has_more = source(len(self._rows), self.page_size)
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == self.SummaryRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and row.sla.overdue:
            return QBrush(OVERDUE_COLOR)
        return None

    def _display(self, row: ApplicationSummary, column: int) -> str:
        if column == self.COL_NUMBER:
            return row.number
        if column == self.COL_NAME:
            return row.applicant_name
        if column == self.COL_STATUS:
            return row.status.label
        if column == self.COL_REGISTERED:
            return f"{row.registered_at:%d-%m-%Y %H.%M}"
        if column == self.COL_DUE:
            return long_date(row.sla.due_on) if row.sla.due_on else "-"
        return row.sla.describe()
