"""The operation runner and the office's server: an action that met another counter's write is run again whole before
the officer hears of it; a server that is gone is said like every other storage fault, and the status bar knows."""

from __future__ import annotations

from kampar_desk.domain.errors import StorageError
from kampar_desk.store.faults import CONFLICT, MESSAGES, OFFLINE
from kampar_desk.ui.feedback import NOTHING_LOST
from tests.ui.conftest import sign_in


class Conflicting:
    """A service call that meets another counter's write `times` times, then succeeds."""

    def __init__(self, times: int) -> None:
        self.times, self.calls = times, 0

    def __call__(self, _officer: object) -> str:
        self.calls += 1
        if self.calls <= self.times:
            raise StorageError(CONFLICT, MESSAGES[CONFLICT])
        return "tersimpan"


def test_a_conflict_is_retried_whole_and_the_officer_sees_nothing_of_it(qtbot, window, dialogs):
    sign_in(qtbot, window, "fo.siti")
    work = Conflicting(2)
    assert window.ops.run(window, work).wait() == "tersimpan"
    assert work.calls == 3 and dialogs.shown == []
    on_worker = Conflicting(1)
    assert window.ops.run(window, on_worker, slow=True).wait() == "tersimpan"
    assert on_worker.calls == 2 and dialogs.shown == []


def test_a_conflict_that_stays_is_said_once_like_any_storage_fault(qtbot, window, dialogs):
    sign_in(qtbot, window, "fo.siti")
    work = Conflicting(10)
    operation = window.ops.run(window, work, title="Berkas belum disimpan")
    assert not operation.succeeded and work.calls == 3
    [(kind, title, text)] = dialogs.shown
    assert (kind, title) == ("warning", "Berkas belum disimpan")
    assert text.startswith(MESSAGES[CONFLICT]) and NOTHING_LOST in text


def test_a_server_gone_is_said_at_once_and_the_status_bar_follows(qtbot, window, dialogs):
    sign_in(qtbot, window, "fo.siti")
    lost: list[bool] = []
    window.ops.connection_lost.connect(lambda: lost.append(True))
    calls: list[int] = []

    def offline(_officer: object) -> None:
        calls.append(1)
        raise StorageError(OFFLINE, MESSAGES[OFFLINE])

    window.ops.run(window, offline)
    assert calls == [1]  # not retried: the server does not come back in a quarter of a second
    [(_kind, _title, text)] = dialogs.shown
    assert text.startswith(MESSAGES[OFFLINE])
    assert lost == [True]
    if window.link.on_server:
        assert window.connection_label.text() == "Server tidak terhubung — mencoba lagi…"
