"""Storage faults as sentences: SQLite and file-system errors mapped to what happened and what to do, in Indonesian."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from peewee import DatabaseError, InterfaceError

from kampar_desk.domain.errors import DeskError, StorageError

LOCKED = "locked"
READ_ONLY = "read_only"
DISK_FULL = "disk_full"
DAMAGED = "damaged"
MISSING = "missing"
IO = "io"

MESSAGES = {
    LOCKED: (
        "Basis data sedang dikunci oleh program lain dan tetap terkunci setelah ditunggu beberapa detik. "
        "Tutup Kampar Desk atau program lain yang membuka folder data yang sama, lalu ulangi."
    ),
    READ_ONLY: (
        "Folder data tidak dapat ditulisi (hanya-baca atau tanpa izin). Perubahan tidak disimpan. "
        "Periksa izin folder data atau pilih folder data lain, lalu ulangi; hubungi petugas TI bila perlu."
    ),
    DISK_FULL: (
        "Disk penuh: perubahan tidak dapat disimpan. Kosongkan ruang disk (hapus berkas yang tidak perlu "
        "atau pindahkan cadangan lama ke flashdisk), lalu ulangi."
    ),
    DAMAGED: (
        "Basis data rusak dan tidak dapat dibaca dengan aman. Jangan ubah folder data; pulihkan dari cadangan "
        "terbaru (Pengaturan > Cadangan, atau perintah 'kampar-desk restore') dan hubungi petugas TI."
    ),
    MISSING: "Folder atau berkas data tidak ditemukan (dipindahkan atau flashdisk terlepas?). Periksa lalu ulangi.",
    IO: "Disk tidak dapat dibaca atau ditulisi (galat perangkat). Simpan pekerjaan, lalu hubungi petugas TI.",
}

_SQLITE_TEXTS = (
    ("database is locked", LOCKED),
    ("database table is locked", LOCKED),
    ("busy", LOCKED),
    ("readonly", READ_ONLY),
    ("read-only", READ_ONLY),
    ("disk is full", DISK_FULL),
    ("malformed", DAMAGED),
    ("not a database", DAMAGED),
    ("corrupt", DAMAGED),
    ("disk i/o error", IO),
    ("unable to open database file", MISSING),
)

_ERRNOS = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.ENOENT: MISSING,
    errno.ENOTDIR: MISSING,
    errno.EIO: IO,
    errno.ENODEV: IO,
    errno.ENXIO: IO,
}


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error and what it arose from: a failed ROLLBACK after a full disk hides the disk-full error."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        # An explicit cause always; the implicit context only from a database error (a failed ROLLBACK after a
        # full disk): a bug raised while handling a missing file is a bug, not a storage fault.
        database_error = isinstance(current, (sqlite3.Error, DatabaseError, InterfaceError))
        current = current.__cause__ or (current.__context__ if database_error else None)


def fault_kind(error: BaseException) -> str | None:
    """Which storage fault an exception is, or None when it is not one (a bug, a refusal)."""
    for cause in _causes(error):
        if isinstance(cause, (sqlite3.Error, DatabaseError, InterfaceError)):
            text = str(cause).lower()
            if "no transaction is active" in text:
                continue
            for needle, kind in _SQLITE_TEXTS:
                if needle in text:
                    return kind
        elif isinstance(cause, OSError) and cause.errno in _ERRNOS:
            return _ERRNOS[cause.errno]
    return None


def storage_error(error: BaseException, folder: Path | None = None) -> StorageError | None:
    """The Indonesian sentence for a storage fault; None for anything else (refusals pass through unchanged).

    SQLite says only "unable to open database file" for a read-only folder: `folder` tells that apart."""
    if isinstance(error, DeskError):
        return None
    kind = fault_kind(error)
    if kind == MISSING and folder is not None and folder.is_dir() and not os.access(folder, os.W_OK):
        kind = READ_ONLY
    return StorageError(kind, MESSAGES[kind]) if kind else None
