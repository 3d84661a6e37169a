"""The one way the GUI runs a user action: signed-in check, worker for slow work, one place for refusals and faults.

Every button, shortcut and menu entry that changes or produces something calls `Operations.run` with one service
call. The runner checks that an officer is signed in, runs the call (on a worker thread when it can be slow:
papers, letters, reports, exports, backups, imports), disables what triggered it until the call ends, shows
progress for long work, turns a refusal or a storage fault into the Indonesian dialog (`feedback`), logs anything
unexpected with its traceback, and emits `desk_changed` so every view refreshes. No widget catches an exception
itself. Printing is an operation too (`print_paper`), and its outcome is announced with the file's number and a
way to open or reprint the paper. An action that met another counter's write (a conflict on the office's server) is
run again whole (`store.database.retrying`) before the officer hears of it.

On the office's PostgreSQL server every call goes to a worker: a pulled network cable can hold a query for many
seconds (Windows has no client-side timeout), and the window must keep answering meanwhile. Views read what they show
through `read` (inline on the local file, where a read takes well under a millisecond; on a worker on the server),
keep the newest of their reads with a `Latest`, and say a server that does not answer in the view itself."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from kampar_desk.domain.errors import AccountChanged, DeskError, StorageError
from kampar_desk.domain.permissions import Permitted, allows
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import StaffRecord
from kampar_desk.services.settings import DeskSettings, get_settings
from kampar_desk.store.database import is_server, retrying
from kampar_desk.store.faults import OFFLINE, storage_error
from kampar_desk.ui.feedback import show_refusal, show_unexpected
from kampar_desk.ui.jobs import Job, Progress
from kampar_desk.ui.printing import DocumentPrinter, PrintOutcome

log = logging.getLogger(__name__)

Trigger = QWidget | QAction
T = TypeVar("T")

#: what a view says in place of its data while the office's server does not answer
OFFLINE_VIEW = "Server tidak terhubung — data belum dapat dimuat."


@dataclass(frozen=True)
class Notice:
    """What the officer is told after an action: a sentence naming the file, and the paper it concerns, if any."""

    text: str
    paper: Path | None = None
    paper_title: str = ""
    warning: bool = False


@dataclass(frozen=True)
class _Handlers:
    """What the caller of `run` asked to happen when its work ends."""

    done: Callable[[Any], object] | None
    refused: Callable[[DeskError], object] | None
    inline: bool
    failed: Callable[[BaseException], object] | None
    offline: Callable[[StorageError], object] | None
    changes: bool
    title: str
    triggers: Sequence[Trigger]


class Latest:
    """The reads of one view part, newest wins: what a read brings after a newer one started is dropped (the
    officer moved on to another file, filter or refresh), so a slow answer never overwrites a fresh one."""

    def __init__(self) -> None:
        self.generation = 0
        #: a read was started and its answer has not been shown yet
        self.pending = False

    def begin(self) -> int:
        self.generation += 1
        self.pending = True
        return self.generation

    def drop(self) -> None:
        """Whatever is still being read is no longer wanted (the view shows something that needs no read)."""
        self.begin()
        self.pending = False

    def ended(self, generation: int) -> None:
        if generation == self.generation:
            self.pending = False

    def keep(self, generation: int, then: Callable[[T], object]) -> Callable[[T], None]:
        def if_newest(value: T) -> None:
            if generation == self.generation:
                self.pending = False
                then(value)

        return if_newest


class Operation(QObject):
    """One running (or finished) action. `wait()` keeps the GUI alive until it has ended, and gives its result."""

    ended = Signal(object)  # the result, or None when it was refused or failed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result: Any = None
        self.error: BaseException | None = None
        self.job: Job | None = None
        self.finished = False
        #: a background check nobody asked for: no busy cursor while it runs
        self.quiet = False

    @property
    def succeeded(self) -> bool:
        return self.finished and self.error is None

    def wait(self) -> Any:
        if self.job is not None:
            self.job.wait()
        return self.result


class Operations(QObject):
    """Shared by every tab of one main window; `officer` says who is signed in now (None when nobody is)."""

    desk_changed = Signal()
    announced = Signal(object)  # Notice
    busy_changed = Signal(bool)
    #: an action failed because the office's database server did not answer (the status bar says so at once)
    connection_lost = Signal()

    def __init__(
        self,
        desk: Desk | None,
        officer: Callable[[], StaffRecord | None],
        printer: DocumentPrinter | None = None,
        log_file: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self.officer = officer
        self.printer = printer or DocumentPrinter()
        self.log_file = log_file
        self.running: list[Operation] = []
        self._busy_triggers: set[int] = set()
        # Its own workers: a long backup and a report counting at once must not queue a letter behind them, as the
        # global pool (one thread per core: two on a counter PC) would.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max(4, QThreadPool.globalInstance().maxThreadCount()))

    @property
    def desk(self) -> Desk:
        """The open data folder's desk; the runner of the start path has none until a folder is open."""
        if self._desk is None:
            raise RuntimeError("no data folder is open yet")
        return self._desk

    def may(self, action: Permitted) -> bool:
        """Whether the signed-in officer's roles allow `action`: widgets show only what the officer may do."""
        officer = self.officer()
        return officer is not None and allows(officer.roles, action)

    @property
    def on_server(self) -> bool:
        """Whether the open desk keeps its records on the office's server, where any query may wait on the network.
        The start path's runner (no desk yet) runs inline: it opens the folder before anything else can happen."""
        return self._desk is not None and is_server()

    # -- running an action --------------------------------------------------------------------------------------------

    def run(
        self,
        parent: QWidget | None,
        work: Callable[..., Any],
        *,
        done: Callable[[Any], object] | None = None,
        refused: Callable[[DeskError], object] | None = None,
        inline: bool = False,
        failed: Callable[[BaseException], object] | None = None,
        offline: Callable[[StorageError], object] | None = None,
        slow: bool = False,
        progress: str = "",
        triggers: Sequence[Trigger] = (),
        changes: bool = True,
        title: str = "Tidak dapat dilakukan",
        signed_in: bool = True,
        quiet: bool = False,
    ) -> Operation:
        """Run `work(officer)`; `done(result)` follows on the GUI thread.

        `slow` work runs on a worker; on the office's server every call does (a query may wait on the network), so
        a caller never counts on the result being there when `run` returns: it acts in `done`, or `wait()`s.
        `progress` (slow work only) names a modal progress dialog, for work the officer waits for (exports,
        restores); `work` then gets a second argument, the progress callback. With `signed_in=False` the officer may
        be None (a letter's verification, the sign-in). `refused(error)` lets the widget mark the field at fault;
        with `inline=True` it has said the refusal on screen itself (a sign-in, a kiosk) and no dialog follows.
        `failed` takes any failure instead of a dialog: for background work that must never be in the way (the
        automatic backups), which then says it elsewhere; the failure is logged either way. `offline(error)` takes
        a server that did not answer instead of a dialog (a view's read says it in the view). `quiet` work (the
        status bar's connection check) shows no busy cursor: the officer did not ask for it."""
        operation = Operation(self)
        officer = self.officer()
        if signed_in and officer is None:
            operation.finished = True
            return operation
        if any(id(trigger) in self._busy_triggers for trigger in triggers):
            operation.finished = True  # a second click or shortcut while the first is still running
            return operation

        handlers = _Handlers(done, refused, inline, failed, offline, changes, title, triggers)

        def call(report: Progress | None = None) -> Any:
            try:
                return retrying(lambda: work(officer, report) if progress else work(officer))
            except DeskError:
                raise
            except Exception as error:  # a read outside a transaction meets the driver's own error: say it plainly
                fault = storage_error(error)
                if fault is None:
                    raise
                log.warning("Storage fault: %s (%s)", fault, error)
                raise fault from error

        if not slow and not self.on_server:
            self._start(operation, triggers, quiet)
            try:
                result = call()
            except BaseException as error:  # the one place where an action's failure is turned into words
                self._end(operation, parent, None, error, handlers)
            else:
                self._end(operation, parent, result, None, handlers)
            return operation

        dialog = self._progress_dialog(parent, progress) if progress else None
        job = Job(lambda report: call(report))
        operation.job = job
        if dialog is not None:
            job.progressed.connect(lambda step, of, text: _show_progress(dialog, step, of, text))
        job.finished.connect(lambda: self._end(operation, parent, job.result, job.error, handlers, dialog))
        self._start(operation, triggers, quiet)
        job.start(self.pool)
        return operation

    def read(
        self,
        parent: QWidget | None,
        work: Callable[[], T],
        done: Callable[[T], object],
        *,
        latest: Latest | None = None,
        offline: Callable[[StorageError], object] | None = None,
        refused: Callable[[DeskError], object] | None = None,
        slow: bool = False,
    ) -> Operation:
        """A view's read of what it shows: `work()` returns plain records, `done(result)` puts them on screen.

        Inline on the local file; on a worker on the server (and with `slow`, always). Nothing changed, so no
        `desk_changed`, and no busy cursor: the officer did not ask for it. With `latest`, a read that a newer one
        of the same view overtook is dropped, whatever it brought. A server that does not answer goes to
        `offline(error)` (the view says `OFFLINE_VIEW` in place of its data) and to the status bar through
        `connection_lost`, never to a dialog at each refresh; `refused(error)` says a refusal in the view."""
        generation = latest.begin() if latest is not None else 0
        if latest is not None:
            done = latest.keep(generation, done)
            offline = latest.keep(generation, offline) if offline is not None else None
            refused = latest.keep(generation, refused) if refused is not None else None
        operation = self.run(
            parent,
            lambda _officer: work(),
            done=done,
            refused=refused,
            inline=refused is not None,
            offline=offline,
            slow=slow,
            changes=False,
            signed_in=False,
            quiet=True,
        )
        if latest is not None:  # a read that failed in another way is not waited for either
            if operation.finished:
                latest.ended(generation)
            else:
                operation.ended.connect(lambda _result: latest.ended(generation))
        return operation

    def _start(self, operation: Operation, triggers: Sequence[Trigger], quiet: bool = False) -> None:
        self.running.append(operation)
        for trigger in triggers:
            self._busy_triggers.add(id(trigger))
            trigger.setEnabled(False)
        operation.quiet = quiet
        if not quiet and len(self._busy()) == 1:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.busy_changed.emit(True)

    def _busy(self) -> list[Operation]:
        """The running actions an officer started (quiet background checks excluded)."""
        return [operation for operation in self.running if not operation.quiet]

    def _end(
        self,
        operation: Operation,
        parent: QWidget | None,
        result: Any,
        error: BaseException | None,
        handlers: _Handlers,
        dialog: QProgressDialog | None = None,
    ) -> None:
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        for trigger in handlers.triggers:
            self._busy_triggers.discard(id(trigger))
            trigger.setEnabled(True)
        if operation in self.running:
            self.running.remove(operation)
        if not operation.quiet and not self._busy():
            QGuiApplication.restoreOverrideCursor()
            self.busy_changed.emit(False)
        operation.finished = True
        operation.error = error
        lost = isinstance(error, StorageError) and error.kind == OFFLINE
        if lost:
            self.connection_lost.emit()
        if error is None:
            operation.result = result
            if handlers.done is not None:
                self._then(parent, handlers.done, result)
            if handlers.changes:
                self.desk_changed.emit()
        elif lost and handlers.offline is not None:
            assert isinstance(error, StorageError)
            log.warning("Server unreachable: %s", error)
            handlers.offline(error)
        elif handlers.failed is not None:
            if isinstance(error, DeskError):
                log.info("Refused: %s", error)
            else:
                log.error("Unexpected failure", exc_info=error)
            handlers.failed(error)
        elif isinstance(error, DeskError):
            refused, inline = handlers.refused, handlers.inline
            if refused is not None:
                refused(error)
            if not (inline and refused is not None) or isinstance(error, AccountChanged):
                show_refusal(parent, error, handlers.title)  # an account changed also returns the window to the sign-in
        else:
            show_unexpected(parent, error, self.log_file)
        operation.ended.emit(operation.result)

    def _then(self, parent: QWidget | None, done: Callable[[Any], object], result: Any) -> None:
        """What the GUI does with a result (print, show) may itself fail: the action is saved, so say it plainly."""
        try:
            done(result)
        except DeskError as error:
            show_refusal(parent, error, "Tersimpan, tetapi belum selesai")
        except Exception as error:  # the record is saved; a fault in showing it must not hide that
            show_unexpected(parent, error, self.log_file)

    @staticmethod
    def _progress_dialog(parent: QWidget | None, title: str) -> QProgressDialog:
        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(title)
        dialog.setCancelButton(None)  # type: ignore[arg-type] - Qt takes None: no cancel, the step must finish
        dialog.setRange(0, 0)
        dialog.setMinimumWidth(420)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        return dialog

    def settle(self) -> None:
        """Wait until every running action has ended (closing the window, tests)."""
        while self.running:
            self.running[0].wait()

    # -- telling the officer ------------------------------------------------------------------------------------------

    def announce(self, text: str, paper: Path | None = None, paper_title: str = "", warning: bool = False) -> None:
        self.announced.emit(Notice(text, paper, paper_title, warning))

    # -- papers -------------------------------------------------------------------------------------------------------

    def print_paper(
        self, parent: QWidget | None, path: Path, title: str, about: str = "", settings: DeskSettings | None = None
    ) -> PrintOutcome | None:
        """Print an archived paper on the office's printer (with preview when set) and announce where it went.
        A printer that fails is said plainly, once: the paper stays archived and the notice bar offers a reprint.
        Returns None then. `settings` (the printer's name, the preview) are read here unless given."""
        settings = settings or get_settings(self.desk)
        subject = f"{title} untuk {about}" if about else title
        try:
            outcome = self.printer.print_pdf(path, settings.printer_name, settings.print_preview, parent)
        except Exception as error:  # a printer driver's fault must not hide that the paper is saved
            log.error("Printing %s failed", path.name, exc_info=error)
            reason = str(error) if isinstance(error, DeskError) else f"{type(error).__name__}: {error}"
            self.announce(f"{subject}: belum tercetak ({reason}).", path, title, warning=True)
            QMessageBox.warning(
                parent,
                "Tersimpan, belum tercetak",
                f"{subject} sudah tersimpan di arsip, tetapi belum tercetak ({reason}).\n\n"
                "Setelah printer siap, cetak ulang dengan tombol 'Cetak ulang' di bawah layar, "
                "atau dari tab Pelacakan.",
            )
            return None
        self.announce(f"{subject}: {outcome.describe()}", path, title, warning=not outcome.printed)
        return outcome

    def reprint(self, parent: QWidget, path: Path, title: str, about: str = "") -> Operation:
        """The printer's settings are read as any call is (on a worker on the server); printing is the GUI's own."""
        desk = self.desk
        return self.run(
            parent,
            lambda _officer: get_settings(desk),
            done=lambda settings: self.print_paper(parent, path, title, about, settings),
            changes=False,
        )

    @staticmethod
    def open_paper(path: Path) -> bool:
        """Open an archived paper in the PC's PDF reader."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class FollowsDesk(QObject):
    """Keeps a view in step with the desk: refreshed at once when a change happens while it is seen, otherwise when
    it is next shown, so a hidden tab costs nothing. `stale` starts True for a view that loads nothing until shown."""

    def __init__(self, ops: Operations, view: QWidget, refresh: Callable[[], object], stale: bool = True) -> None:
        super().__init__(view)
        self.view, self.refresh_view, self.stale = view, refresh, stale
        ops.desk_changed.connect(self.changed)
        view.installEventFilter(self)

    def changed(self) -> None:
        if self.view.isVisible():
            self.refresh()
        else:
            self.stale = True

    def refresh(self) -> None:
        self.stale = False
        self.refresh_view()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show and self.stale:
            self.refresh()
        return False


def _show_progress(dialog: QProgressDialog, step: int, of: int, text: str) -> None:
    dialog.setRange(0, max(of, 1))
    dialog.setValue(min(step, max(of, 1)))
    if text:
        dialog.setLabelText(text)
