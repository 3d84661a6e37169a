"""How the GUI speaks to the officer: refusals, confirmations, unexpected errors — always in Indonesian."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from kampar_desk.domain.errors import DeskError

log = logging.getLogger("kampar_desk.ui")


def show_refusal(parent: QWidget | None, error: DeskError, title: str = "Tidak dapat dilakukan") -> None:
    QMessageBox.warning(parent, title, str(error))


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


def attempt(parent: QWidget | None, action: Callable[[], object]) -> bool:
    """Run a service call; a refusal is shown and False returned, so a wrong role or bad input never crashes."""
    try:
        action()
    except DeskError as error:
        show_refusal(parent, error)
        return False
    return True


def show_unexpected(parent: QWidget | None, error: BaseException) -> None:
    log.error("Unexpected error\n%s", "".join(traceback.format_exception(error)))
    QMessageBox.critical(
        parent,
        "Terjadi kesalahan",
        "Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.\n\n"
        f"Rincian untuk petugas TI: {type(error).__name__}: {error}",
    )
