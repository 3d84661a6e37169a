"""Small charts for Beranda drawn with QPainter (PySide6-Essentials has no QtCharts): bars per row, stacked columns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

EMPTY_TEXT = "Belum ada data."
PADDING = 6.0
GAP = 4.0


@dataclass(frozen=True)
class Bar:
    """One row of a `BarChart`."""

    label: str
    value: int
    color: str


@dataclass(frozen=True)
class Segment:
    """One part of a stacked column (drawn bottom up in the order given)."""

    value: int
    color: str
    name: str


@dataclass(frozen=True)
class Column:
    label: str
    segments: tuple[Segment, ...]

    @property
    def total(self) -> int:
        return sum(segment.value for segment in self.segments)


class BarChart(QWidget):
    """Horizontal bars, one per row: its label, a bar as long as its share of the largest value, and the value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: tuple[Bar, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = tuple(bars)
        self.setAccessibleDescription("; ".join(f"{bar.label}: {bar.value}" for bar in self.bars))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> float:
        return self.fontMetrics().height() + GAP

    def sizeHint(self) -> QSize:
        rows = max(len(self.bars), 3)
        return QSize(360, int(rows * self._row_height() + 2 * PADDING))

    def minimumSizeHint(self) -> QSize:
        return QSize(220, int(3 * self._row_height() + 2 * PADDING))

    def _label_width(self) -> float:
        widest = max((self.fontMetrics().horizontalAdvance(bar.label) for bar in self.bars), default=0)
        return min(float(widest), self.width() * 0.45)

    def _value_width(self) -> float:
        return float(self.fontMetrics().horizontalAdvance(str(max((b.value for b in self.bars), default=0)))) + GAP

    def row_rects(self) -> list[QRectF]:
        """Each bar's row: spread over the height up to twice a line's, squeezed when there are more than fit."""
        if not self.bars:
            return []
        height = min(2 * self._row_height(), (self.height() - 2 * PADDING) / len(self.bars))
        width = self.width() - 2 * PADDING
        return [QRectF(PADDING, PADDING + i * height, width, height) for i in range(len(self.bars))]

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn: as long as its share of the largest value (nothing for zero)."""
        largest = max((bar.value for bar in self.bars), default=0)
        left = PADDING + self._label_width() + GAP
        room = max(self.width() - left - PADDING - self._value_width(), 0.0)
        rects = []
        for bar, row in zip(self.bars, self.row_rects(), strict=True):
            length = room * bar.value / largest if largest else 0.0
            thickness = max(min(row.height() - GAP, self.fontMetrics().height()), 1.0)
            rects.append(QRectF(left, row.center().y() - thickness / 2, length, thickness))
        return rects

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(self.foregroundRole())
        if not self.bars:
            _draw_empty(painter, self, text)
            return
        label_width = self._label_width()
        for bar, row, rect in zip(self.bars, self.row_rects(), self.bar_rects(), strict=True):
            painter.setPen(text)
            label = QRectF(row.left(), row.top(), label_width, row.height())
            elided = self.fontMetrics().elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_width))
            painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
            painter.fillRect(rect, QColor(bar.color))
            value = QRectF(rect.right() + GAP, row.top(), self._value_width(), row.height())
            painter.drawText(value, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(bar.value))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = QPointF(event.pos())
            bar = next((b for b, row in zip(self.bars, self.row_rects(), strict=True) if row.contains(position)), None)
            if bar is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), f"{bar.label}: {bar.value}", self)
            return True
        return super().event(event)


class ColumnChart(QWidget):
    """Columns of stacked segments (one column a day, say), the total above each, the day below, a legend on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: tuple[Column, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.columns = tuple(columns)
        self.setAccessibleDescription(
            "; ".join(
                f"{_one_line(c.label)}: " + ", ".join(f"{s.name} {s.value}" for s in c.segments) for c in self.columns
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 180)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, (5 + self._label_lines()) * self.fontMetrics().height())

    def legend(self) -> tuple[Segment, ...]:
        """The series, named once each in the order the first column stacks them."""
        return self.columns[0].segments if self.columns else ()

    def _label_lines(self) -> int:
        return max((column.label.count("\n") + 1 for column in self.columns), default=1)

    def plot_rect(self) -> QRectF:
        line = self.fontMetrics().height()
        top = PADDING + line + GAP + line  # legend, then room for the totals above the tallest column
        below = self._label_lines() * line + GAP
        return QRectF(PADDING, top, self.width() - 2 * PADDING, self.height() - top - below - PADDING)

    def column_rects(self) -> list[list[QRectF]]:
        """Per column, each segment's rectangle bottom up; the tallest column fills the plot's height."""
        if not self.columns:
            return []
        plot = self.plot_rect()
        largest = max(column.total for column in self.columns)
        slot = plot.width() / len(self.columns)
        width = max(slot * 0.6, 1.0)
        rects = []
        for index, column in enumerate(self.columns):
            left = plot.left() + index * slot + (slot - width) / 2
            bottom = plot.bottom()
            stacked = []
            for segment in column.segments:
                height = plot.height() * segment.value / largest if largest else 0.0
                stacked.append(QRectF(left, bottom - height, width, height))
                bottom -= height
            rects.append(stacked)
        return rects

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(self.foregroundRole())
        if not self.columns:
            _draw_empty(painter, self, text)
            return
        metrics = self.fontMetrics()
        line = metrics.height()
        x = PADDING
        for segment in self.legend():
            painter.fillRect(QRectF(x, PADDING + 3, line - 6, line - 6), QColor(segment.color))
            x += line
            painter.setPen(text)
            painter.drawText(QPointF(x, PADDING + metrics.ascent()), segment.name)
            x += metrics.horizontalAdvance(segment.name) + 2 * line
        plot = self.plot_rect()
        painter.setPen(self.palette().color(self.palette().ColorRole.Mid))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        slot = plot.width() / len(self.columns)
        for index, (column, stacked) in enumerate(zip(self.columns, self.column_rects(), strict=True)):
            for segment, rect in zip(column.segments, stacked, strict=True):
                painter.fillRect(rect, QColor(segment.color))
            painter.setPen(text)
            top = stacked[-1].top() if stacked else plot.bottom()
            cell = QRectF(plot.left() + index * slot, top - line, slot, line)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(column.total))
            below = QRectF(plot.left() + index * slot, plot.bottom() + GAP, slot, self._label_lines() * line)
            label = "\n".join(
                metrics.elidedText(part, Qt.TextElideMode.ElideRight, int(slot)) for part in column.label.split("\n")
            )
            painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.columns:
            slot = self.plot_rect().width() / len(self.columns)
            index = int((event.pos().x() - self.plot_rect().left()) // slot) if slot > 0 else -1
            if 0 <= index < len(self.columns):
                column = self.columns[index]
                parts = ", ".join(f"{s.name} {s.value}" for s in column.segments)
                QToolTip.showText(event.globalPos(), f"{_one_line(column.label)}: {parts}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def _draw_empty(painter: QPainter, widget: QWidget, color: QColor) -> None:
    painter.setPen(color)
    painter.drawText(QRectF(widget.rect()), Qt.AlignmentFlag.AlignCenter, EMPTY_TEXT)
    painter.end()


def _one_line(label: str) -> str:
    return " ".join(label.split("\n"))
