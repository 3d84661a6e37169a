"""The log file: one rotating, size-capped file in logs/, set up at start for the GUI and the CLI alike."""

from __future__ import annotations

import logging
import re
import sys
import tempfile
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kampar_desk import __version__
from kampar_desk.paths import AppPaths

MAX_BYTES = 1_000_000
KEEP_FILES = 5
FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"
# 16-digit runs are NIK or KK numbers: a log may be mailed to IT, so only the region and the last digits stay.
_POPULATION_NUMBER = re.compile(r"(?<![0-9])([0-9]{6})[0-9]{6}([0-9]{4})(?![0-9])")


def mask_population_numbers(text: str) -> str:
    return _POPULATION_NUMBER.sub(r"\1******\2", text)


class _MaskingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return mask_population_numbers(super().format(record))


_handler: RotatingFileHandler | None = None


def _open_handler(log_file: Path) -> RotatingFileHandler | None:
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        return RotatingFileHandler(log_file, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8")
    except OSError:
        return None


def start_logging(paths: AppPaths, program: str) -> Path | None:
    """Send the app's log records to `logs/kampar-desk.log` (1 MB, 5 files kept).

    A data folder that does not exist yet (or refuses writing) is not created here, where an interrupted restore
    may be waiting to be finished: the log then goes to the system's temporary folder. None if both refuse."""
    global _handler
    stop_logging(quietly=True)
    handler, log_file = None, paths.log_file
    if paths.data_dir.is_dir():
        handler = _open_handler(log_file)
    if handler is None:
        log_file = Path(tempfile.gettempdir()) / "kampar-desk.log"
        handler = _open_handler(log_file)
    root = logging.getLogger()
    if handler is None:
        return None  # stop_logging above left a silent handler: records are never printed on the console
    handler.setFormatter(_MaskingFormatter(FORMAT))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _handler = handler
    logging.getLogger("kampar_desk").info(
        "%s %s started (Python %s, data folder %s)", program, __version__, sys.version.split()[0], paths.data_dir
    )
    return log_file


_SILENT = logging.NullHandler()


def stop_logging(quietly: bool = False) -> None:
    global _handler
    if _handler is not None:
        if not quietly:
            logging.getLogger("kampar_desk").info("stopped")
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    # With no handler at all Python prints warnings on stderr: an officer's console is no place for them.
    root = logging.getLogger()
    if _SILENT not in root.handlers:
        root.addHandler(_SILENT)
