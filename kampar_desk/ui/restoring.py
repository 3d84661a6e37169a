"""Restoring a backup from the GUI: what the officer is told and asked, and the restore itself, an operation behind
a progress dialog. The current data folder is moved aside by the service, never deleted."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from kampar_desk.domain.texts import decimal_id
from kampar_desk.paths import AppPaths
from kampar_desk.services import backup
from kampar_desk.services.logbook import stop_logging
from kampar_desk.ui.jobs import Progress
from kampar_desk.ui.operations import Operations

log = logging.getLogger(__name__)

BACKUP_KINDS = {backup.AUTOMATIC: "Otomatis (harian)", backup.ON_EXIT: "Saat aplikasi ditutup", backup.MANUAL: "Manual"}


def backup_kind(reason: str) -> str:
    return BACKUP_KINDS.get(reason, reason)


def megabytes(size: int) -> str:
    return f"{decimal_id(size / 1e6, 1)} MB"


def restore_question(checked: backup.CheckedBackup, data_dir: Path) -> str:
    aside = data_dir.parent / f"{data_dir.name}-sebelum-pulih-<tanggal>"
    return (
        f"{checked.describe()}\n\n"
        "Semua data diganti dengan isi cadangan ini; yang dicatat setelah cadangan dibuat tidak ikut. "
        f"Folder data yang sekarang TIDAK dihapus: folder itu dipindahkan ke\n{aside}\n\n"
        "Kampar Desk lalu dibuka kembali dengan data cadangan dan petugas perlu masuk lagi. Pulihkan sekarang?"
    )


def restored_text(result: backup.RestoreResult) -> str:
    aside = (
        f"Folder data sebelumnya disimpan, tidak dihapus, di:\n{result.moved_aside}"
        if result.moved_aside is not None
        else "Sebelumnya tidak ada folder data."
    )
    return (
        f"Data dipulihkan. {result.checked.describe()}\n\n{aside}\n\n"
        "Nomor pendaftaran dan nomor surat berikutnya melanjutkan nomor tertinggi yang pernah dipakai."
    )


def restore(
    ops: Operations,
    paths: AppPaths,
    checked: backup.CheckedBackup,
    parent: QWidget | None = None,
    reopen_log: Callable[[], object] | None = None,
) -> backup.RestoreResult | None:
    """Put the backup in place of the data folder, behind a progress dialog; None when it was refused or failed
    (the runner told the officer why). The desk must be closed, and the log file too: Windows refuses to move a
    folder with an open file. With `reopen_log` the log is closed for the swap and `reopen_log` opens it again (in
    the restored folder, or the old one when nothing moved) before the outcome is told and logged.

    The service holds the folder's lock throughout and lifts the restored counters to the numbers the replaced
    folder already gave out."""
    log.warning("Restoring %s into %s", checked.path, paths.data_dir)

    def swap(_officer: object, progress: Progress) -> backup.RestoreResult:
        if reopen_log is not None:
            stop_logging()
        try:
            return backup.restore_backup(paths, checked.path, progress=progress)
        finally:
            if reopen_log is not None:
                reopen_log()

    operation = ops.run(
        parent,
        swap,
        slow=True,
        progress="Memulihkan data dari cadangan...",
        changes=False,
        title="Pemulihan gagal",
        signed_in=False,
    )
    result = operation.wait()
    if not operation.succeeded:
        return None
    log.warning("Restored %s; the previous data folder is kept at %s", checked.path.name, result.moved_aside)
    return result
