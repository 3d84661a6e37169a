"""Beranda: every officer lands on it, sees their own queue loaded off the GUI thread, and opens a file in its stage."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from kampar_desk.domain.roles import Role
from kampar_desk.services import intake, process
from kampar_desk.services.applications import find_by_number
from kampar_desk.ui.charts import Bar, BarChart, Column, ColumnChart, Segment
from tests.conftest import intake_form
from tests.ui.conftest import sign_in


def loaded(qtbot, window) -> None:
    """Wait until Beranda shows the figures of the latest load (read on a worker thread)."""
    home = window.home
    qtbot.waitUntil(lambda: home.loading is not None and home.loading.finished and not home.stale, timeout=10_000)


def register(desk, officers, nik: str) -> str:
    return intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik=nik)).detail.number


def queue_numbers(view: QTableView) -> list[str]:
    model = view.model()
    return [model.summary(row).number for row in range(model.rowCount())]


def activate(qtbot, view: QTableView, row: int) -> None:
    point = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_every_officer_lands_on_beranda_whatever_tab_was_open_before(qtbot, window, officers):
    assert window.ui.tabs.tabText(0) == "Beranda"
    sign_in(qtbot, window, "fo.siti")
    assert window.ui.tabs.currentWidget() is window.ui.homePage
    window.ui.tabs.setCurrentWidget(window.ui.trackingPage)
    window.sign_out(ask=False)
    sign_in(qtbot, window, "verif.rina")
    assert window.ui.tabs.currentWidget() is window.ui.homePage
    loaded(qtbot, window)
    assert "Rina Marlina" in window.home.ui.greetingLabel.text()


def test_the_verifier_sees_their_queue_and_the_office_counts(qtbot, window, desk, officers, clock):
    clock.local(2026, 7, 6, 9)
    first = register(desk, officers, "1401025708850003")  # due Monday 13 July
    clock.local(2026, 7, 7, 9)
    second = register(desk, officers, "1401024101900002")  # due Tuesday 14 July
    clock.local(2026, 7, 14, 9)
    sign_in(qtbot, window, "verif.rina")
    loaded(qtbot, window)
    home = window.home
    assert queue_numbers(home.ui.queueView) == [first, second]
    assert queue_numbers(home.ui.urgentView) == [first, second]  # overdue first, then due today
    assert "2 berkas" in home.ui.queueLabel.text() and "Diterima lengkap" in home.ui.queueLabel.text()
    assert "1 terlambat" in home.ui.urgentLabel.text() and "1 jatuh tempo hari ini" in home.ui.urgentLabel.text()
    counts = {bar.label: bar.value for bar in home.ui.statusChart.bars}
    assert counts["Diterima lengkap"] == 2 and counts["Ditolak"] == 0
    assert [column.total for column in home.ui.intakeChart.columns][-10:] == [0] * 3 + [1, 1] + [0] * 5


def test_an_officer_whose_roles_take_no_step_sees_the_whole_office(qtbot, window, desk, officers, clock):
    clock.local(2026, 7, 6, 9)
    register(desk, officers, "1401025708850003")
    clock.local(2026, 7, 14, 9)
    sign_in(qtbot, window, "admin")
    loaded(qtbot, window)
    home = window.home
    assert home.figures.office_wide and home.models[home.ui.queueView].rowCount() == 0
    assert "tidak mengerjakan tahap berkas" in home.ui.queueLabel.text()
    assert "seluruh kantor" in home.ui.urgentLabel.text() and "1 terlambat" in home.ui.urgentLabel.text()


def test_double_click_or_enter_opens_the_file_in_its_stage_tab(qtbot, window, desk, officers):
    first = register(desk, officers, "1401025708850003")
    second = register(desk, officers, "1401024101900002")
    app_id = find_by_number(desk, second).summary.id
    process.verify(desk, officers[Role.VERIFIER], app_id, compliant=True, technical_review_needed=True)
    sign_in(qtbot, window, "verif.rina")
    loaded(qtbot, window)
    view = window.home.ui.queueView
    numbers = queue_numbers(view)
    assert set(numbers) == {first, second}  # received (verification), in technical review (review)
    activate(qtbot, view, numbers.index(second))
    assert window.ui.tabs.currentWidget() is window.ui.reviewPage
    assert window.review.detail.number == second
    window.ui.tabs.setCurrentWidget(window.ui.homePage)
    loaded(qtbot, window)
    view.setFocus()
    view.setCurrentIndex(view.model().index(queue_numbers(view).index(first), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.ui.tabs.currentWidget() is window.ui.verificationPage
    assert window.verification.detail.number == first


def test_beranda_follows_the_desk_as_it_changes(qtbot, window, desk, officers):
    sign_in(qtbot, window, "verif.rina")
    loaded(qtbot, window)
    assert window.home.figures.queue.total == 0
    number = register(desk, officers, "1401025708850003")
    window.ops.desk_changed.emit()  # what the runner does after every action
    qtbot.waitUntil(lambda: window.home.figures.queue.total == 1, timeout=10_000)
    assert queue_numbers(window.home.ui.queueView) == [number]
    # Unseen, it only notes that it is out of date, and loads when shown again.
    window.ui.tabs.setCurrentWidget(window.ui.trackingPage)
    register(desk, officers, "1401024101900002")
    window.ops.desk_changed.emit()
    assert window.home.stale and window.home.figures.queue.total == 1
    window.ui.tabs.setCurrentWidget(window.ui.homePage)
    qtbot.waitUntil(lambda: window.home.figures.queue.total == 2, timeout=10_000)


# -- charts ---------------------------------------------------------------------------------------------------------


@pytest.fixture
def bar_chart(qtbot) -> BarChart:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_bars([Bar("Diterima lengkap", 12, "#1f5f9e"), Bar("Ditolak", 3, "#a9bfd6"), Bar("Kosong", 0, "#000000")])
    chart.show()
    return chart


def test_bars_are_as_long_as_their_share_of_the_largest(bar_chart):
    full, quarter, empty = bar_chart.bar_rects()
    assert full.width() > 100 and quarter.width() == pytest.approx(full.width() / 4)
    assert empty.width() == 0
    assert full.right() < bar_chart.width()  # room is left for the value beside the longest bar


def test_bars_are_painted_in_their_colour(qtbot, bar_chart):
    image = bar_chart.grab().toImage()
    centre = bar_chart.bar_rects()[0].center().toPoint()
    assert QColor(image.pixel(centre)) == QColor("#1f5f9e")
    assert "Ditolak: 3" in bar_chart.accessibleDescription()


def test_columns_stack_their_segments_and_the_tallest_fills_the_plot(qtbot):
    chart = ColumnChart()
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    days = [
        Column("Sen\n6/7", (Segment(3, "#1f5f9e", "lengkap"), Segment(1, "#d9822b", "dikembalikan"))),
        Column("Sel\n7/7", (Segment(1, "#1f5f9e", "lengkap"), Segment(1, "#d9822b", "dikembalikan"))),
        Column("Rab\n8/7", (Segment(0, "#1f5f9e", "lengkap"), Segment(0, "#d9822b", "dikembalikan"))),
    ]
    chart.set_columns(days)
    chart.show()
    plot = chart.plot_rect()
    (received, returned), (small_received, _), (none_received, none_returned) = chart.column_rects()
    assert received.bottom() == pytest.approx(plot.bottom()) and returned.bottom() == pytest.approx(received.top())
    assert returned.top() == pytest.approx(plot.top())  # 4 files: the tallest column
    assert small_received.height() == pytest.approx(plot.height() / 4)
    assert none_received.height() == none_returned.height() == 0
    assert [s.name for s in chart.legend()] == ["lengkap", "dikembalikan"]
    image = chart.grab().toImage()
    assert QColor(image.pixel(returned.center().toPoint())) == QColor("#d9822b")


def test_an_empty_chart_says_so_instead_of_drawing_nothing(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(300, 120)
    chart.show()
    image = chart.grab().toImage()
    background = QColor(image.pixel(QPoint(2, 2)))
    assert any(QColor(image.pixel(QPoint(x, 60))) != background for x in range(60, 240))
