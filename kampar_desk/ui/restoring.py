"""Restoring a backup from the GUI: what the officer is told and asked, and the restore itself behind a progress
dialog. The current data folder is moved aside by the service, never deleted."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QWidget

from kampar_desk.paths import AppPaths
from kampar_desk.services import backup
from kampar_desk.ui.jobs import run_with_progress

log = logging.getLogger(__name__)

BACKUP_KINDS = {backup.AUTOMATIC: "Otomatis (harian)", backup.ON_EXIT: "Saat aplikasi ditutup", backup.MANUAL: "Manual"}


def backup_kind(reason: str) -> str:
    return BACKUP_KINDS.get(reason, reason)


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB".replace(".", ",")


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


def restore(paths: AppPaths, checked: backup.CheckedBackup, parent: QWidget | None = None) -> backup.RestoreResult:
    """Put the backup in place of the data folder; the desk must be closed and the log file too (Windows refuses to
    move a folder with an open file). Raises the refusal (a DeskError).

    The service holds the folder's lock throughout and lifts the restored counters to the numbers the replaced
    folder already gave out."""
    log.warning("Restoring %s into %s", checked.path, paths.data_dir)
    result = run_with_progress(
        parent,
        "Memulihkan data dari cadangan...",
        lambda progress: backup.restore_backup(paths, checked.path, progress=progress),
    )
    assert isinstance(result, backup.RestoreResult)
    log.warning("Restored %s; the previous data folder is kept at %s", checked.path.name, result.moved_aside)
    return result
