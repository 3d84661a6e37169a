"""The "Stasiun" choice on Laporan and Pelacakan: hidden at a lone station, and the counts and results follow it."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from kampar_desk.services import stations
from tests.services.test_station_scope import OTHER_ID, OTHER_NAME, make_two_stations
from tests.services.test_stations import other_card
from tests.ui.conftest import sign_in


def items(combo) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]


def test_the_choice_is_hidden_until_another_station_is_known(qtbot, window, desk):
    sign_in(qtbot, window, "fo.siti")
    window.ui.tabs.setCurrentWidget(window.ui.reportsPage)
    window.ops.settle()
    reports = window.reports
    assert not reports.ui.stationCombo.isVisible() and not reports.ui.stationLabel.isVisible()
    assert reports.report is not None and reports.report.station is None
    window.ui.tabs.setCurrentWidget(window.ui.trackingPage)
    window.ops.settle()
    tracking = window.tracking
    assert not tracking.ui.stationCombo.isVisible() and not tracking.ui.stationLabel.isVisible()
    # The admin trusts another station (Pengaturan): once the desk changed, the choice appears where it is seen.
    stations.trust_station(desk, None, other_card(OTHER_NAME, OTHER_ID))
    window.ops.desk_changed.emit()
    window.ops.settle()
    assert tracking.ui.stationCombo.isVisible() and tracking.ui.stationLabel.isVisible()
    own = stations.this_station(desk).name
    assert items(tracking.ui.stationCombo) == ["Semua stasiun", f"Stasiun ini: {own}", f"Stasiun: {OTHER_NAME}"]
    window.ui.tabs.setCurrentWidget(window.ui.reportsPage)
    window.ops.settle()
    assert reports.ui.stationCombo.isVisible() and items(reports.ui.stationCombo) == items(tracking.ui.stationCombo)


def test_laporan_counts_and_exports_the_station_picked(qtbot, window, desk, officers, clock, tmp_path):
    two = make_two_stations(desk, officers, clock)
    sign_in(qtbot, window, "fo.siti")
    window.ui.tabs.setCurrentWidget(window.ui.reportsPage)
    tab = window.reports
    window.ops.settle()
    combo = tab.ui.stationCombo
    assert combo.isVisible() and combo.currentText() == "Semua stasiun"
    assert tab.report is not None and (tab.report.received, tab.report.returned, tab.report.skm_count) == (3, 3, 3)
    assert "Semua stasiun" in tab.ui.figuresView.toPlainText()

    combo.setCurrentIndex(combo.findText(f"Stasiun: {OTHER_NAME}"))  # counted again at once, on a worker
    window.ops.settle()
    assert tab.report.station == two.other
    assert (tab.report.received, tab.report.returned, tab.report.skm_count) == (1, 2, 1)
    assert f"Stasiun: {OTHER_NAME}" in tab.ui.figuresView.toPlainText()
    paths = tab.export_to(tmp_path).wait()
    book = openpyxl.load_workbook(paths[0], data_only=True)
    assert book["Ringkasan"]["A3"].value == f"Stasiun: {OTHER_NAME}"
    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(min_row=5, values_only=True)}
    assert summary["Berkas dikembalikan (tidak lengkap)"] == 2

    combo.setCurrentIndex(1)
    window.ops.settle()
    assert tab.report.station == "" and (tab.report.received, tab.report.returned) == (2, 1)
    window.ops.desk_changed.emit()  # a recount keeps the station picked
    window.ops.settle()
    assert combo.currentIndex() == 1 and tab.report.station == ""
    assert window.grab().save(str(tmp_path / "laporan-stasiun.png"))


def test_tracking_searches_the_station_picked(qtbot, window, desk, officers, clock):
    two = make_two_stations(desk, officers, clock)
    sign_in(qtbot, window, "fo.siti")
    window.ui.tabs.setCurrentWidget(window.ui.trackingPage)
    window.ops.settle()
    tab = window.tracking
    combo = tab.ui.stationCombo
    assert combo.isVisible()
    qtbot.keyClicks(tab.ui.searchEdit, "siti")
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 6 and tab.ui.resultLabel.text() == "6 berkas untuk nama 'SITI' (Semua stasiun)."

    combo.setCurrentIndex(combo.findText(f"Stasiun: {OTHER_NAME}"))  # the results on screen follow the pick
    assert tab.ui.resultLabel.text() == f"3 berkas untuk nama 'SITI' (Stasiun: {OTHER_NAME})."
    assert {tab.model.summary(row).id for row in range(tab.model.rowCount())} == set(two.there)

    combo.setCurrentIndex(1)
    assert {tab.model.summary(row).id for row in range(tab.model.rowCount())} == set(two.here)
    tab.ui.searchEdit.setText(two.there_nik)  # a NIK of a file of the other station: none at this one
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 0
    combo.setCurrentIndex(0)
    assert tab.model.rowCount() == 1 and tab.current is not None and tab.current.id in two.there
