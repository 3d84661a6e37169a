"""Writing reports to a USB stick or any folder: all files whole or none, with a clear reason when the stick refuses."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

from kampar_desk.domain.errors import DeskError
from kampar_desk.domain.texts import decimal_id

Progress = Callable[[int, int, str], None]  # step, of steps, what is happening


class ExportError(DeskError):
    """The target refused the files; nothing half-written is left behind."""


def target_fault_reason(error: OSError, folder: Path) -> str:
    code = error.errno
    if code == errno.ENOSPC or code == errno.EDQUOT:
        return f"Flashdisk/folder {folder} penuh. Kosongkan sebagian isinya lalu ulangi."
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"Flashdisk/folder {folder} tidak dapat ditulisi (terkunci atau hanya-baca)."
    if code in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        lost = f"Flashdisk {folder} terlepas atau rusak saat menulis."
        return f"{lost} Pasang kembali lalu ulangi (berkas lama tetap utuh)."
    return f"Berkas tidak dapat ditulis ke {folder}: {error.strerror or error}."


def export_files(folder: Path, files: Mapping[str, bytes], progress: Progress | None = None) -> list[Path]:
    """Write every file to a temporary name, flush, verify, then rename all; on any failure remove the temporaries."""
    steps = len(files) * 2 + 1
    report = progress or (lambda step, of, text: None)
    report(0, steps, "Memeriksa tujuan")
    if not folder.is_dir():
        raise ExportError(f"Folder tujuan {folder} tidak ada (flashdisk terlepas?).")
    needed = sum(len(data) for data in files.values())
    try:
        free = shutil.disk_usage(folder).free
    except OSError as error:
        raise ExportError(target_fault_reason(error, folder)) from None
    if free < needed + 64 * 1024:
        raise ExportError(
            f"Flashdisk/folder {folder} penuh: perlu {decimal_id(needed / 1e6, 1)} MB, "
            f"tersedia {decimal_id(free / 1e6, 1)} MB."
        )
    temporaries: list[Path] = []
    try:
        for index, (name, data) in enumerate(files.items()):
            report(1 + index, steps, f"Menulis {name}")
            temporary = folder / f".{name}.sementara"
            temporaries.append(temporary)
            with open(temporary, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if hashlib.sha256(temporary.read_bytes()).digest() != hashlib.sha256(data).digest():
                raise OSError(errno.EIO, "isi berkas berbeda setelah ditulis")
        finals = []
        for index, (name, temporary) in enumerate(zip(files, temporaries, strict=True)):
            report(1 + len(files) + index, steps, f"Menyimpan {name}")
            final = folder / name
            os.replace(temporary, final)
            finals.append(final)
    except OSError as error:
        for temporary in temporaries:
            with contextlib.suppress(OSError):  # the stick is gone: nothing more can be cleaned
                temporary.unlink(missing_ok=True)
        raise ExportError(target_fault_reason(error, folder)) from None
    report(steps, steps, "Selesai")
    return finals
