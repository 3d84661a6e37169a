"""Storage faults as sentences: SQLite, PostgreSQL and file errors mapped to what happened and what to do."""

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
#: the office's database server cannot be reached (cable, server PC off, server restarting)
OFFLINE = "offline"
#: another counter held what this action needed past the wait, or the server broke a deadlock: retry the action
CONFLICT = "conflict"
#: the server did not finish a statement within the statement timeout (it is there, but busy or stuck)
TIMEOUT = "timeout"
#: the server refused this counter's account the change (a role without the right, as on the audit log)
DENIED = "denied"

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
    OFFLINE: (
        "Server basis data tidak terhubung (kabel jaringan terlepas, PC server mati, atau server sedang dinyalakan "
        "ulang). Perubahan ini belum tersimpan: periksa jaringan, lalu ulangi."
    ),
    TIMEOUT: (
        "Server basis data terlalu lama menjawab (lebih dari satu menit), jadi tindakan ini dihentikan dan tidak ada "
        "yang berubah. Ulangi sebentar lagi; bila terus terjadi, hubungi petugas TI."
    ),
    DENIED: (
        "Akun basis data loket ini tidak berhak melakukan perubahan ini di server, jadi tidak ada yang diubah. "
        "Hubungi petugas TI bila perubahan ini memang perlu."
    ),
    CONFLICT: (
        "Loket lain sedang menyimpan dan belum selesai setelah ditunggu beberapa detik. Perubahan ini belum "
        "tersimpan: ulangi sebentar lagi; bila terus terjadi, hubungi petugas TI."
    ),
}

#: PostgreSQL's SQLSTATE codes (exact, then by their two-letter class)
_SQLSTATES = {
    "55P03": CONFLICT,  # lock_not_available: lock_timeout passed
    "40001": CONFLICT,  # serialization_failure
    "40P01": CONFLICT,  # deadlock_detected
    "57014": TIMEOUT,  # query_canceled: statement_timeout passed
    "57P01": OFFLINE,  # admin_shutdown
    "57P02": OFFLINE,  # crash_shutdown
    "57P03": OFFLINE,  # cannot_connect_now: the server is starting
    "25P03": OFFLINE,  # idle_in_transaction_session_timeout: this counter's session was cut off
    "53100": DISK_FULL,  # disk_full
    "25006": READ_ONLY,  # read_only_sql_transaction
    "42501": DENIED,  # insufficient_privilege
    "XX001": DAMAGED,  # data_corrupted
    "XX002": DAMAGED,  # index_corrupted
    "58030": IO,  # io_error
}
_SQLSTATE_CLASSES = {"08": OFFLINE, "53": DISK_FULL}

#: what psycopg says when it has no SQLSTATE to give (a connection that never came, or is gone)
_CONNECTION_TEXTS = (
    "connection is closed",
    "server closed the connection",
    "connection already closed",
    "terminating connection",
    "connection timeout expired",
    "connection failed",
    "could not connect",
    "consuming input failed",
    "sending query failed",
    "connection refused",
    "timeout expired",
    "no route to host",
    "connection to server",
)

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
        if isinstance(cause, (sqlite3.Error, DatabaseError, InterfaceError)) or _is_psycopg(cause):
            state = _sqlstate(cause)
            if state in _SQLSTATES or state[:2] in _SQLSTATE_CLASSES:
                return _SQLSTATES.get(state) or _SQLSTATE_CLASSES[state[:2]]
            text = str(cause).lower()
            if "no transaction is active" in text:
                continue
            if _is_psycopg(cause) and any(needle in text for needle in _CONNECTION_TEXTS):
                return OFFLINE
            for needle, kind in _SQLITE_TEXTS:
                if needle in text:
                    return kind
        elif isinstance(cause, OSError) and cause.errno in _ERRNOS:
            return _ERRNOS[cause.errno]
    return None


def _sqlstate(error: BaseException) -> str:
    return str(getattr(error, "sqlstate", None) or getattr(error, "pgcode", None) or "")


def _is_psycopg(error: BaseException) -> bool:
    """psycopg's own errors, or peewee's wrapping of one (peewee keeps the driver's error as the context)."""
    module = type(error).__module__
    if module.startswith("psycopg"):
        return True
    context = error.__context__
    return context is not None and type(context).__module__.startswith("psycopg")


def storage_error(error: BaseException, folder: Path | None = None) -> StorageError | None:
    """The Indonesian sentence for a storage fault; None for anything else (refusals pass through unchanged).

    SQLite says only "unable to open database file" for a read-only folder: `folder` tells that apart."""
    if isinstance(error, DeskError):
        return None
    kind = fault_kind(error)
    if kind == MISSING and folder is not None and folder.is_dir() and not os.access(folder, os.W_OK):
        kind = READ_ONLY
    return StorageError(kind, MESSAGES[kind]) if kind else None
