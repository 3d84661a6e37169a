"""Work off the GUI thread (backups, checks, restores, reports): a worker runs it, progress and the outcome come back as
signals. `Operations.run` is what starts one; nothing else uses a Job directly.

The database connection is per thread (peewee): a worker that touches the database opens its own and closes it
when the work ends, so closing the desk on the GUI thread leaves no connection behind."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal

from kampar_desk.store.database import close_database

log = logging.getLogger("kampar_desk.ui")

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress], object]


class Job(QObject):
    """One piece of work in the thread pool. Signals arrive on the GUI thread; `result`/`error` once `done`."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()
    _ended = Signal(object, object)  # from the worker: result, error

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.result: object = None
        self.error: BaseException | None = None
        self.running = False
        self.done = False
        self._runner: _Runner | None = None
        self._ended.connect(self._end)

    def start(self, pool: QThreadPool | None = None) -> Job:
        self.running = True
        self._runner = _Runner(self)
        (pool or QThreadPool.globalInstance()).start(self._runner)
        return self

    def run_in_worker(self) -> None:
        result = error = None
        try:
            result = self.work(self.progressed.emit)
        except BaseException as caught:  # handed to the GUI thread, where the runner shows or logs it
            error = caught
        finally:
            with contextlib.suppress(Exception):
                close_database()  # this worker thread's own connection
        self._ended.emit(result, error)

    def _end(self, result: object, error: BaseException | None) -> None:
        self.result, self.error = result, error
        self.running, self.done = False, True
        if error is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(error)
        self.finished.emit()

    def wait(self) -> None:
        """Keep the GUI responsive (repaints, progress) until the job has ended and its signals were delivered."""
        if self.done or not self.running:
            return
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        if not self.done:
            loop.exec()


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(False)  # the job keeps it until the end; PySide must not free it under Python's feet

    def run(self) -> None:
        self.job.run_in_worker()
