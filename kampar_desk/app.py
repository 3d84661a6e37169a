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
        from kampar_desk.ui.main import run_gui

        return run_gui(args.data_dir)
    return run_command(args)
