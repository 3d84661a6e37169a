"""Fits a 1366x768 laptop with its taskbar: no tab asks for more than 1280x680, the app starts maximized, and at
1366x728 a stage shows the whole checklist, its action and several letters without scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kampar_desk.domain.roles import Role
from kampar_desk.services import intake, letters, process, staff
from kampar_desk.store.database import close_database
from kampar_desk.ui.printing import DocumentPrinter
from kampar_desk.ui.startup import DeskApp
from tests.conftest import PASSWORD, intake_form
from tests.ui.conftest import sign_in

NOTE = "SKTM dari kepala desa sudah diperiksa ulang bersama pemohon dan petugas dinas sosial kecamatan."
LONG_NOTE = " ".join([NOTE] * 10)


def register(desk, officers, nik: str):
    return intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik=nik)).detail


@pytest.fixture
def busy_desk(desk, officers):
    """A file at each stage, the reviewed one with its notes and cover letter, the issued one with two letters, one
    awaiting decision with the longest notes; and an officer holding every role (every tab, the longest header)."""
    verifier, official = officers[Role.VERIFIER], officers[Role.SIGNING_OFFICIAL]
    received = register(desk, officers, "1401025708850003")
    reviewed = register(desk, officers, "1401024101900002")
    process.verify(desk, verifier, reviewed.summary.id, True, NOTE, technical_review_needed=True)
    noted = register(desk, officers, "1401020101700004")
    process.verify(desk, verifier, noted.summary.id, True, LONG_NOTE, technical_review_needed=True)
    process.record_technical_review(desk, verifier, noted.summary.id, LONG_NOTE[:500], desk.today(), LONG_NOTE)
    issued = register(desk, officers, "1401026512800001")
    process.verify(desk, verifier, issued.summary.id, True, "Lengkap", technical_review_needed=True)
    process.record_technical_review(desk, verifier, issued.summary.id, "Layak", desk.today())
    process.approve(desk, official, issued.summary.id)
    letters.issue_recommendation(desk, official, issued.summary.id)
    staff.create_staff(desk, officers[Role.ADMIN], "semua.peran", "Nur Aisyah Rahmawati", PASSWORD, frozenset(Role))
    return {"received": received.number, "reviewed": reviewed.number, "issued": issued.number, "noted": noted.number}


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_no_tab_asks_for_more_than_1280_by_680(qtbot, window, busy_desk):
    sign_in(qtbot, window, "semua.peran")
    stages = {window.ui.reviewPage: busy_desk["noted"], window.ui.issuancePage: busy_desk["issued"]}
    tabs = window.ui.tabs
    assert all(tabs.isTabVisible(index) for index in range(tabs.count()))
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle()
        page = tabs.currentWidget()
        if page in stages:
            stage = {window.ui.reviewPage: window.review, window.ui.issuancePage: window.issuance}[page]
            stage.select_number(stages[page])
            settle()
        for size in (window.minimumSizeHint(), window.minimumSize()):
            assert size.width() <= 1280 and size.height() <= 680, f"{tabs.tabText(index)}: {size.toTuple()}"


@pytest.mark.parametrize("page", ["verification", "review", "issuance"])
def test_at_1366_by_728_a_stage_shows_the_whole_checklist_its_action_and_several_letters(
    qtbot, window, busy_desk, page
):
    sign_in(qtbot, window, "semua.peran")
    window.resize(1366, 728)
    window.ui.tabs.setCurrentWidget(getattr(window.ui, f"{page}Page"))
    stage = getattr(window, page)
    stage.select_number(busy_desk[{"verification": "received", "review": "reviewed", "issuance": "issued"}[page]])
    settle()
    checklist = stage.ui.checklistTable
    assert checklist.rowCount() == 6
    rows = sum(checklist.rowHeight(row) for row in range(checklist.rowCount()))
    assert rows <= checklist.viewport().height()
    letters_table = stage.ui.lettersTable
    assert letters_table.viewport().height() >= 3 * letters_table.verticalHeader().defaultSectionSize()
    action = stage.ui.actionStack.currentWidget()
    assert action.isVisible() and action.visibleRegion().boundingRect().size() == action.size()
    if page == "verification":
        # The verifier's pane, the widest action: nothing to scroll either way.
        scroll = stage.ui.detailScroll
        assert not scroll.verticalScrollBar().isVisible() and not scroll.horizontalScrollBar().isVisible()


def test_the_app_opens_its_window_maximized(qtbot, desk, officers, printers, clock):
    close_database()  # the fixture's connection: the app opens the folder itself
    app = DeskApp(desk.paths, DocumentPrinter(printers), clock=clock)
    try:
        assert app.start() is None
        assert app.window is not None and app.window.isMaximized()
    finally:
        if app.window is not None:
            app.window.discarded = True
            app.window.close()
        app.shutdown()
