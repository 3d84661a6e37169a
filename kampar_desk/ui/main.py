"""Starting the GUI: the log file first, one QApplication in Indonesian, the data folder opened for work (one running
copy per folder), the main window; unexpected errors are logged and told, and the app keeps running."""

from __future__ import annotations

import logging
import sys
import threading
from datetime import date

from PySide6.QtWidgets import QApplication

from kampar_desk.paths import AppPaths
from kampar_desk.services.logbook import start_logging, stop_logging
from kampar_desk.ui.indonesian import install_indonesian

log = logging.getLogger(__name__)


def run_gui(data_dir: str | None = None) -> int:
    paths = AppPaths.resolve(data_dir)
    log_file = start_logging(paths, "gui")
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
        # While the officer types the password, load what the first save needs (holidays, reportlab) off the GUI thread.
        threading.Thread(target=_warm_up, name="warm-up", daemon=True).start()
        return app.exec()
    finally:
        desk_app.shutdown()
        sys.excepthook, threading.excepthook = previous_hooks
        stop_logging()


def _unexpected(desk_app, kind, error, trace) -> None:  # noqa: ANN001 - sys.excepthook's arguments
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    desk_app.unexpected(error)


def _unexpected_in_thread(args: threading.ExceptHookArgs) -> None:
    log.error(
        "Unexpected error in thread %s",
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )


def _warm_up() -> None:
    from kampar_desk.domain.calendar import national_holidays

    national_holidays(date.today().year)
    import phonenumbers  # noqa: F401

    import kampar_desk.services.documents.slips  # noqa: F401
