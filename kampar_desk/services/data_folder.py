"""Before a data folder is opened: finish an interrupted restore, and never take a lost database for a new install."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from kampar_desk.domain.errors import DataFolderProblem
from kampar_desk.paths import DATA_DIR_ENV, AppPaths

log = logging.getLogger(__name__)

RESTORE_READY = "PEMULIHAN-SIAP"
MISSING = "missing"
DAMAGED = "damaged"
NOT_A_FOLDER = "not_a_folder"


def staging_dir(data_dir: Path, stamp: str) -> Path:
    """Where a restore unpacks, beside the data folder (same disk, so the final rename is atomic)."""
    return data_dir.parent / f".{data_dir.name}.pulih-{stamp}"


def finish_interrupted_restore(paths: AppPaths) -> bool:
    """A power cut between the two renames of a restore leaves no data folder: finish the restore now."""
    if paths.data_dir.exists():
        return False
    for staging in sorted(paths.data_dir.parent.glob(f".{paths.data_dir.name}.pulih-*"), reverse=True):
        if (staging / RESTORE_READY).exists():
            os.replace(staging, paths.data_dir)
            (paths.data_dir / RESTORE_READY).unlink()
            log.warning("Finished a restore interrupted before its last rename (%s)", staging.name)
            return True
    return False


def has_archive(paths: AppPaths) -> bool:
    """Whether the folder holds papers or keys: only an installation that has worked has them."""
    return any(path.is_file() for folder in paths.archive_dirs for path in folder.rglob("*"))


def check_data_folder(paths: AppPaths) -> None:
    """Refuse to open a folder whose database is gone while its archive remains (that is no new installation),
    then create the folders a new installation needs."""
    finish_interrupted_restore(paths)
    try:
        # With the office's server the database is not in this folder; the server keeps its own.
        if paths.database_url is None:
            _check_database(paths)
        paths.ensure()
    except NotADirectoryError as error:
        problem = (
            "adalah berkas, bukan folder"
            if error.filename == str(paths.data_dir)
            else f"tidak dapat dipakai karena {error.filename} adalah berkas, bukan folder"
        )
        raise DataFolderProblem(
            NOT_A_FOLDER,
            f"Folder data {paths.data_dir} {problem}; pilih folder lain dengan --data-dir atau {DATA_DIR_ENV}.",
        ) from None


def _check_database(paths: AppPaths) -> None:
    database = paths.database
    if database.exists() and not database.is_file():
        raise DataFolderProblem(DAMAGED, f"{database} bukan berkas basis data.")
    lost = not database.exists() or database.stat().st_size == 0
    if lost and has_archive(paths):
        state = "kosong (0 byte)" if database.exists() else "tidak ada"
        raise DataFolderProblem(
            MISSING,
            f"Basis data di {paths.data_dir} {state}, padahal folder ini berisi arsip surat, tanda terima atau "
            "kunci. Ini bukan pemasangan baru: membuka basis data kosong akan mengulang nomor surat. Pulihkan dari "
            "cadangan terbaru, atau buka folder data yang lain.",
        )
