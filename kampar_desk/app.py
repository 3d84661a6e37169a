"""Composition root: the `kampar-desk` entry point picks the GUI or a command; the only module above ui and cli."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from kampar_desk.cli import parse_args, run_command, self_test


def _console_or_nothing() -> None:
    """A windowed build (no console) starts with sys.stdout and sys.stderr set to None: give them a sink, so a
    library that writes there directly cannot fail. The app itself writes to the log file, never to them."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process's life


def _start_services() -> None:
    """The Qt-free modules the window's start uses, loaded before Qt: once PySide6 is loaded, its import hook reads the
    source of every module imported after it, tens of milliseconds over these (a frozen build has no sources). Only
    the code: the service files are read when the data folder opens, after Qt, so a bad one is still told in a dialog.
    """
    import kampar_desk.services.applications
    import kampar_desk.services.demo
    import kampar_desk.services.logbook
    import kampar_desk.services.recovery
    import kampar_desk.services.settings
    import kampar_desk.services.staff  # noqa: F401


def main(argv: Sequence[str] | None = None) -> int:
    _console_or_nothing()
    args = parse_args(argv)
    if args.self_test:
        window_check = None
        if args.offscreen:
            # Before any Qt import: Wine does not pass QT_* variables through, so the flag sets the platform itself.
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            from kampar_desk.ui.main import self_test_window

            window_check = self_test_window
        return self_test(window_check)
    if args.command in (None, "gui"):
        _start_services()
        from kampar_desk.ui.main import run_gui

        return run_gui(args.data_dir, args.database_url)
    return run_command(args)
