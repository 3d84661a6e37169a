"""How the GUI speaks to the officer: refusals, confirmations, unexpected errors — always in Indonesian."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from kampar_desk.domain.errors import AccountChanged, DeskError, StorageError

log = logging.getLogger("kampar_desk.ui")


NOTHING_LOST = "Isian yang sudah diketik tidak hilang dan tetap di layar."


def refusal_text(error: DeskError) -> str:
    """The refusal's sentence; a storage fault also says that what was typed is still there."""
    return f"{error}\n\n{NOTHING_LOST}" if isinstance(error, StorageError) else str(error)


def show_refusal(parent: QWidget | None, error: DeskError, title: str = "Tidak dapat dilakukan") -> None:
    log.info("Refused (%s): %s", title, error)
    QMessageBox.warning(parent, title, refusal_text(error))
    if isinstance(error, AccountChanged):
        _account_changed(parent, error)


def _account_changed(parent: QWidget | None, error: AccountChanged) -> None:
    """The account was deactivated or its roles changed since sign-in: the window holding `parent` (the main
    window: its `account_changed`) returns to the sign-in."""
    widget = parent
    while widget is not None:
        handler = getattr(widget, "account_changed", None)
        if callable(handler):
            handler(error)
            return
        widget = widget.parentWidget()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def unexpected_text(error: BaseException, log_file: Path | None) -> str:
    where = (
        f"Rinciannya dicatat di berkas log:\n{log_file}\nKirimkan berkas itu kepada petugas TI."
        if log_file is not None
        else "Berkas log tidak dapat ditulis; catat rincian di bawah ini untuk petugas TI."
    )
    return (
        "Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman, dan pekerjaan dapat dilanjutkan; "
        "bila kesalahan ini berulang, tutup lalu buka kembali Kampar Desk.\n\n"
        f"{where}\n\nRincian: {type(error).__name__}: {error}"
    )


def show_unexpected(parent: QWidget | None, error: BaseException, log_file: Path | None = None) -> None:
    """Log the error with its traceback and tell the officer, naming the log file; the app keeps running."""
    log.error("Unexpected error\n%s", "".join(traceback.format_exception(error)))
    QMessageBox.critical(parent, "Terjadi kesalahan", unexpected_text(error, log_file))
