"""One file from the walk-in to the handed-over letter, through the real window at 1366x768, every action through the
operation runner, and every text on screen in office words: no internal identifier reaches an officer's eyes."""

import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from kampar_desk.domain.labels import EVENT_LABELS, VALUE_LABELS
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.domain.workflow import Action, Status
from kampar_desk.services.applications import find_by_number
from tests.ui.test_intake_tab import type_applicant
from tests.ui.test_stage_tabs import open_stage, switch

#: every name the code uses for a status, a step, an office action or an audit event
IDENTIFIERS = (
    {s.value for s in Status}
    | {a.value for a in Action}
    | {a.value for a in OfficeAction}
    | set(EVENT_LABELS)
    | set(VALUE_LABELS)
)
SNAKE_CASE = re.compile(r"\b[a-z]+_[a-z_]+\b")
TAG = re.compile(r"<[^>]+>")
PATH = re.compile(r"\S*[/\\]\S*")  # a paper's place on disk may hold anything


def visible_texts(root: QWidget) -> list[str]:
    """What an officer can read: labels, buttons, group titles, tabs, combo boxes and table cells on screen."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), 50)):
                for column in range(model.columnCount()):
                    value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        texts.append(value)
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                if isinstance(header, str):
                    texts.append(header)
    return [text for text in texts if text]


def assert_office_words(window) -> None:
    leaks = []
    for text in visible_texts(window):
        words = PATH.sub(" ", TAG.sub(" ", text))
        found = set(SNAKE_CASE.findall(words)) | {word for word in re.findall(r"[a-z_]+", words) if word in IDENTIFIERS}
        if found:
            leaks.append(f"{sorted(found)} in {text!r}")
    assert not leaks, "internal names on screen:\n" + "\n".join(leaks)


def test_one_file_from_walk_in_to_handover_at_1366x768(qtbot, window, desk, printers, dialogs, clock):
    clock.local(2026, 3, 16, 9)
    window.resize(1366, 728)  # a 1366x768 laptop less the Windows taskbar
    sign_in_as(qtbot, window, "fo.siti")
    assert window.ui.tabs.currentWidget() is window.ui.homePage  # every officer lands on Beranda
    assert_office_words(window)
    tab = window.intake
    type_applicant(qtbot, tab)
    qtbot.mouseClick(tab.ui.allReceivedButton, Qt.MouseButton.LeftButton)
    qtbot.keyClick(tab, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.ops.settle()
    number = "KPR-2026-000001"
    assert find_by_number(desk, number).status == Status.RECEIVED
    assert number in window.notice.label.text() and len(printers.jobs) == 1
    assert_office_words(window)

    switch(qtbot, window, "verif.rina")
    stage = window.verification
    open_stage(window, stage, number)
    assert_office_words(window)
    stage.ui.reviewCheck.setChecked(True)
    qtbot.mouseClick(stage.ui.verifyButton, Qt.MouseButton.LeftButton)
    window.ops.settle()
    assert find_by_number(desk, number).status == Status.IN_TECHNICAL_REVIEW
    notice = window.notice.label.text()
    assert "Surat Pengantar" in notice and f"untuk berkas {number}" in notice and "untuk untuk" not in notice
    assert len(printers.jobs) == 2  # the cover letter printed
    clock.local(2026, 3, 18, 10)
    open_stage(window, window.review, number)
    qtbot.keyClicks(window.review.ui.reviewResultEdit, "Layak direkomendasikan")
    window.review.ui.reviewDateEdit.setDate(QDate(2026, 3, 18))
    qtbot.mouseClick(window.review.ui.recordReviewButton, Qt.MouseButton.LeftButton)
    assert find_by_number(desk, number).status == Status.AWAITING_DECISION
    assert_office_words(window)

    switch(qtbot, window, "kadis")
    open_stage(window, window.review, number)
    qtbot.mouseClick(window.review.ui.approveButton, Qt.MouseButton.LeftButton)  # confirmed by the dialog's Yes
    open_stage(window, window.issuance, number)
    qtbot.mouseClick(window.issuance.ui.issueButton, Qt.MouseButton.LeftButton)
    window.ops.settle()
    assert find_by_number(desk, number).status == Status.ISSUED
    assert_office_words(window)

    switch(qtbot, window, "serah.yusuf")
    open_stage(window, window.issuance, number)
    dialog = window.issuance.open_paper_survey()
    dialog.set_answers((4, 4, 3, 4, 4, 4, 4, 3, 4))
    dialog.save()
    qtbot.keyClicks(window.issuance.ui.receivedByEdit, "Siti Rahmawati")
    qtbot.mouseClick(window.issuance.ui.handOverButton, Qt.MouseButton.LeftButton)
    assert find_by_number(desk, number).status == Status.HANDED_OVER
    assert "diserahkan" in window.notice.label.text()
    assert_office_words(window)

    window.ui.tabs.setCurrentWidget(window.ui.trackingPage)  # the file's timeline, in office words
    qtbot.keyClicks(window.tracking.ui.searchEdit, number)
    qtbot.keyClick(window.tracking.ui.searchEdit, Qt.Key.Key_Return)
    window.ops.settle()
    window.tracking.ui.resultsView.selectRow(0)
    window.ops.settle()
    assert_office_words(window)
    assert not dialogs.texts("warning") and not dialogs.texts("critical")


def sign_in_as(qtbot, window, username):
    from tests.ui.conftest import sign_in

    sign_in(qtbot, window, username)
    window.ops.settle()


def test_the_check_sees_an_identifier_on_screen(qtbot, window):
    import pytest

    leak = QLabel("Status: <b>handed_over</b>", window)
    leak.show()
    with pytest.raises(AssertionError, match="handed_over"):
        assert_office_words(window)
    leak.setText("Berkas tersimpan di C:/arsip/tanda_terima.pdf")  # a path is not a word
    assert_office_words(window)
