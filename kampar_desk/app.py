"""Composition root: the `kampar-desk` entry point picks the GUI or a command; the only module above ui and cli."""

from __future__ import annotations

from collections.abc import Sequence

from kampar_desk.cli import parse_args, run_command


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command in (None, "gui"):
        from kampar_desk.ui.main import run_gui

        return run_gui(args.data_dir)
    return run_command(args)
