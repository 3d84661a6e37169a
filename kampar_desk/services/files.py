"""Files the app writes (archived PDFs, keys, exports): atomically, so a power cut never leaves half a file."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import time
from pathlib import Path

from kampar_desk.domain.errors import DeskError
from kampar_desk.store.database import after_commit, after_rollback

log = logging.getLogger(__name__)

TEMPORARY_SUFFIX = ".tmp"


class ArchiveClash(DeskError):
    """An archived paper with this name exists already: archived papers are never overwritten."""


def temporary_of(path: Path) -> Path:
    return path.with_name(path.name + TEMPORARY_SUFFIX)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (POSIX; Windows has no directory handles to flush)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _write_temporary(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_of(path)
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    return temporary


def replace(source: Path, target: Path, attempts: int = 10) -> None:
    """`os.replace`, tried again for half a second when Windows says the file is in use: an antivirus scanner
    opens every file just written, and the rename that follows would otherwise fail once in a while."""
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == attempts - 1:
                raise
            time.sleep(0.05)


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary name, flush to disk, then rename: a power cut leaves the old file or the new, never half."""
    temporary = _write_temporary(path, data)
    replace(temporary, path)
    sync_folder(path.parent)


def promote(temporary: Path, path: Path) -> bool:
    """Give a staged file its final name; False (logged) when that fails: the next start's reconciliation retries."""
    try:
        replace(temporary, path)
        sync_folder(path.parent)
    except OSError:
        log.exception("Could not move %s into place; the next start reconciles it", temporary.name)
        return False
    return True


def stage_file(path: Path, data: bytes) -> None:
    """Archive a paper as part of the open write transaction: on disk under a temporary name before the commit,
    renamed to `path` after it, removed if the transaction rolls back. An existing archived paper is never
    overwritten: identical bytes are accepted as already archived, anything else is refused."""
    if path.exists():
        if hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(data).digest():
            return
        raise ArchiveClash(
            f"Arsip {path.name} sudah ada dengan isi berbeda; arsip tidak pernah ditimpa, jadi tindakan ini "
            "dibatalkan. Hubungi petugas TI (jalankan 'kampar-desk audit verify')."
        )
    temporary = _write_temporary(path, data)
    after_rollback(lambda: temporary.unlink(missing_ok=True))
    after_commit(lambda: promote(temporary, path))
