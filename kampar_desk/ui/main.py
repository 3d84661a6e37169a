"""Starting the GUI: the log file first, one QApplication in Indonesian, the data folder opened for work (one running
copy per folder), the main window; unexpected errors are logged and told, and the app keeps running.

The windowed build has no console (sys.stdout and sys.stderr are None): nothing here prints, Qt's own warnings go to
the log file, and an unexpected error is a dialog naming that file."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QSize,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtWidgets import QApplication

from kampar_desk import __version__
from kampar_desk.paths import AppPaths
from kampar_desk.services.logbook import start_logging, stop_logging
from kampar_desk.ui.indonesian import install_indonesian

if TYPE_CHECKING:  # services load after the window toolkit is up (see run_gui)
    from kampar_desk.services.desk import Desk
    from kampar_desk.services.records import StaffRecord
    from kampar_desk.ui.startup import DeskApp

log = logging.getLogger(__name__)
qt_log = logging.getLogger("kampar_desk.qt")

#: nobody types a user name and password faster than this after the sign-in dialog appears
WARM_UP_AFTER_MS = 1000

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:  # `context` unused: Qt's signature
    """Qt's warnings (a missing plugin, a printer refusing) into the log file instead of a console nobody sees."""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def run_gui(data_dir: str | None = None, database_url: str | None = None) -> int:
    paths = AppPaths.resolve(data_dir, database_url)
    log_file = start_logging(paths, "gui")
    previous_qt_handler = qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Kampar Desk")
    install_indonesian(app)
    # Services and widgets load after the window toolkit is up, so a bad service file is shown in a dialog.
    from kampar_desk.ui.startup import DeskApp

    desk_app = DeskApp(paths, log_file=log_file)
    previous_hooks = sys.excepthook, threading.excepthook
    sys.excepthook = lambda kind, error, trace: _unexpected(desk_app, kind, error, trace)
    threading.excepthook = _unexpected_in_thread
    try:
        code = desk_app.start()
        if code is not None:
            return code
        # While the officer types the password, load what signing in and the first save need off the GUI thread; a
        # moment after the sign-in shows, so that its painting does not share the interpreter with these imports.
        QTimer.singleShot(WARM_UP_AFTER_MS, _start_warm_up)
        return app.exec()
    finally:
        desk_app.shutdown()
        sys.excepthook, threading.excepthook = previous_hooks
        qInstallMessageHandler(previous_qt_handler)
        stop_logging()


def _unexpected(
    desk_app: DeskApp, kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    desk_app.unexpected(error)


def _unexpected_in_thread(args: threading.ExceptHookArgs) -> None:
    log.error(
        "Unexpected error in thread %s",
        args.thread.name if args.thread else "?",
        exc_info=args.exc_value,  # the exception carries its traceback
    )


def _start_warm_up() -> None:
    from kampar_desk.services.warm_up import warm_up

    threading.Thread(target=warm_up, name="warm-up", daemon=True).start()


def self_test_window(desk: Desk, admin: StaffRecord, pdf: Path) -> str:
    """The last step of `kampar-desk --self-test --offscreen`: the real main window built on the self-test's desk,
    shown, signed in as its admin, every tab opened, closed; and an archived PDF rendered by QtPdf as printing does.
    Proves the GUI modules and the Qt plugins load (in the frozen build too). Returns what ran."""
    previous_qt_handler = qInstallMessageHandler(_qt_message)  # into the self-test's log, as in the real app
    app = QApplication.instance() or QApplication(["kampar-desk", "-platform", "offscreen"])
    assert isinstance(app, QApplication)  # a window needs the widgets' application, not a bare QCoreApplication
    translator = install_indonesian(app)
    try:
        return _self_test_window(app, desk, admin, pdf)
    finally:
        app.removeTranslator(translator)
        qInstallMessageHandler(previous_qt_handler)


def _self_test_window(app: QApplication, desk: Desk, admin: StaffRecord, pdf: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    from kampar_desk.ui.main_window import MainWindow

    window = MainWindow(desk)
    try:
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        window.signed_in(admin)
        for index in range(window.ui.tabs.count()):
            window.ui.tabs.setCurrentIndex(index)
            app.processEvents()
        if __version__ not in window.windowTitle():
            raise RuntimeError(f"judul jendela tanpa versi {__version__}: {window.windowTitle()!r}")
        shown = window.ui.tabs.count()
    finally:
        window.discarded = True  # closes without asking and without a backup
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    document = QPdfDocument()
    try:
        document.load(str(pdf))
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            raise RuntimeError(f"QtPdf tidak dapat membuka {pdf.name}: {document.error().name}")
        if document.render(0, QSize(400, 566)).isNull():
            raise RuntimeError(f"QtPdf tidak dapat menggambar {pdf.name}")
    finally:
        document.close()
    return f"platform {app.platformName()}, Qt {qVersion()}, {shown} tab, {pdf.name} digambar"
