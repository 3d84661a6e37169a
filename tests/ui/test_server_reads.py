"""On the office's server the views read on a worker: the window keeps answering while a read waits on the network,
and a server that does not answer is said in the view (and the status bar), never in a dialog at every refresh."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from kampar_desk.domain.roles import Role
from kampar_desk.paths import DATABASE_URL_ENV, PAPERS_DIR_ENV, SERVER_FILE, AppPaths
from kampar_desk.services import intake, tracking
from kampar_desk.services.desk import Desk, open_desk
from kampar_desk.store import database as store
from kampar_desk.store.database import is_server
from kampar_desk.ui import main_window, stage_tab
from kampar_desk.ui.main_window import MainWindow
from kampar_desk.ui.operations import OFFLINE_VIEW
from tests import backends
from tests.conftest import PASSWORD, intake_form
from tests.services.test_server_link import UNREACHABLE

pytestmark = backends.needs_server()

NUMBER = "KPR-2026-000001"


@pytest.fixture
def desk(tmp_path: Path, clock, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    """A data folder whose server file names a fresh database on the session's server, as a counter's would."""
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    monkeypatch.delenv(PAPERS_DIR_ENV, raising=False)
    with backends.scratch_database() as name:
        data = tmp_path / "data"
        data.mkdir()
        (data / SERVER_FILE).write_text(json.dumps({"url": backends.server_url(name)}), encoding="utf-8")
        opened = open_desk(AppPaths(data), clock=clock)
        assert is_server()
        yield opened


def signed_in(window: MainWindow, officer) -> None:
    """Straight past the sign-in dialog, which itself signs in on a worker here."""
    window.signed_in(officer)
    assert window.officer is officer


def on_a_worker(threads: list[threading.Thread]) -> bool:
    return bool(threads) and all(thread is not threading.main_thread() for thread in threads)


def test_signing_in_waits_for_the_server_on_a_worker(qtbot, window, officers):
    window.begin()
    dialog = window.active_dialog
    qtbot.keyClicks(dialog.ui.usernameEdit, "verif.rina")
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert window.officer is None and not dialog.ui.signInButton.isEnabled()  # asked, the answer still to come
    qtbot.waitUntil(lambda: window.officer is not None, timeout=10000)
    assert window.officer is not None and window.officer.username == "verif.rina"


def test_a_stage_reads_its_queue_and_file_on_a_worker_while_the_window_keeps_answering(
    qtbot, window, desk, officers, clock, monkeypatch
):
    clock.local(2026, 3, 16, 9)
    intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk))
    queue_threads: list[threading.Thread] = []
    file_threads: list[threading.Thread] = []
    original_queue, original_file = main_window.queue, stage_tab.read_file

    def slow_queue(*args, **kwargs):
        queue_threads.append(threading.current_thread())
        time.sleep(2)  # a server behind a bad cable
        return original_queue(*args, **kwargs)

    def read_file(*args, **kwargs):
        file_threads.append(threading.current_thread())
        return original_file(*args, **kwargs)

    monkeypatch.setattr(main_window, "queue", slow_queue)
    monkeypatch.setattr(stage_tab, "read_file", read_file)
    signed_in(window, officers[Role.VERIFIER])
    ticks: list[float] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    started = time.monotonic()
    window.ui.tabs.setCurrentWidget(window.ui.verificationPage)
    stage = window.verification
    assert time.monotonic() - started < 1  # the tab came up at once; its queue is still being read
    assert stage.queue_reads.pending and stage.detail is None
    stage.select_number(NUMBER)  # asked while the queue is read (as Beranda does): selected once it is there
    qtbot.waitUntil(lambda: stage.detail is not None, timeout=15000)
    assert stage.detail is not None and stage.detail.number == NUMBER
    assert stage.ui.actionStack.currentWidget() is stage.ui.verifyPage
    assert "1 berkas" in stage.ui.titleLabel.text()
    assert on_a_worker(queue_threads) and on_a_worker(file_threads)
    assert len([tick for tick in ticks if tick - started < 2]) >= 10  # the event loop ran throughout the wait
    timer.stop()


def test_tracking_searches_on_a_worker_and_a_late_answer_is_dropped(qtbot, window, desk, officers, clock, monkeypatch):
    clock.local(2026, 3, 16, 9)
    intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk))
    threads: list[threading.Thread] = []
    original = tracking.search

    def search(desk, text, *args, **kwargs):
        threads.append(threading.current_thread())
        if text == "lambat":
            time.sleep(1.5)  # overtaken by the next search
        return original(desk, text, *args, **kwargs)

    monkeypatch.setattr(tracking, "search", search)
    signed_in(window, officers[Role.FRONT_OFFICE])
    window.ui.tabs.setCurrentWidget(window.ui.trackingPage)
    tab = window.tracking
    tab.ui.searchEdit.setText("lambat")
    slow = tab.search()
    assert slow.job is not None and not slow.finished
    tab.ui.searchEdit.setText(NUMBER)
    tab.search().wait()
    assert tab.model.rowCount() == 1 and tab.current is not None and tab.current.number == NUMBER
    qtbot.waitUntil(lambda: tab.detail_reads.pending is False and NUMBER in tab.ui.detailLabel.text(), timeout=5000)
    slow.wait()
    assert tab.searched == NUMBER and tab.model.rowCount() == 1  # the older answer did not overwrite the newer
    assert on_a_worker(threads)


def test_a_server_that_does_not_answer_is_said_in_each_view_without_a_dialog(qtbot, window, desk, officers, dialogs):
    signed_in(window, officers[Role.ADMIN])
    window.ops.settle()
    opened = store.database.obj
    store.database.initialize(store.server_database(UNREACHABLE))  # the cable pulled: nothing answers any more
    try:
        window.ui.tabs.setCurrentWidget(window.ui.verificationPage)
        stage = window.verification
        qtbot.waitUntil(lambda: OFFLINE_VIEW in stage.ui.titleLabel.text(), timeout=15000)
        assert window.connection_label.text() == "Server tidak terhubung — mencoba lagi…"
        stage.refresh().wait()  # again: still said in the view, still no dialog
        assert OFFLINE_VIEW in stage.ui.titleLabel.text()
        window.ui.tabs.setCurrentWidget(window.ui.complaintsPage)
        complaints = window.complaints
        qtbot.waitUntil(lambda: OFFLINE_VIEW in complaints.ui.detailLabel.text(), timeout=15000)
        window.ui.tabs.setCurrentWidget(window.ui.trackingPage)
        tracking_tab = window.tracking
        tracking_tab.ui.searchEdit.setText(NUMBER)
        tracking_tab.search().wait()
        assert OFFLINE_VIEW in tracking_tab.ui.resultLabel.text()
        window.ui.tabs.setCurrentWidget(window.ui.homePage)
        qtbot.waitUntil(lambda: OFFLINE_VIEW in window.home.ui.greetingLabel.text(), timeout=15000)
        window.ops.settle()
        assert dialogs.shown == []
    finally:
        window.ops.settle()
        store.database.obj.close()
        store.database.initialize(opened)
