"""Removable drives for exports: Qt lists the volumes, the platform tells which are USB sticks."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

from kampar_desk.domain.texts import decimal_id

DRIVE_REMOVABLE = 2
# Where Linux desktops mount sticks: /media/USER/LABEL, /run/media/USER/LABEL, or by hand /mnt/LABEL.
LINUX_MOUNT_DEPTH = {"/media/": 2, "/run/media/": 2, "/mnt/": 1}


@dataclass(frozen=True)
class Drive:
    root: Path
    label: str
    free_bytes: int
    read_only: bool

    def describe(self) -> str:
        name = f"{self.root} ({self.label})" if self.label else str(self.root)
        state = "hanya-baca" if self.read_only else f"{decimal_id(self.free_bytes / 1e9, 1)} GB bebas"
        return f"{name} - {state}"


def _is_removable(root: str) -> bool:
    if sys.platform == "win32":
        import ctypes

        # QStorageInfo has no removable flag; Windows says DRIVE_REMOVABLE for USB sticks (some USB disks say FIXED).
        return ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOVABLE
    for prefix, depth in LINUX_MOUNT_DEPTH.items():
        if root.startswith(prefix):
            return 1 <= len(Path(root[len(prefix) :]).parts) <= depth
    return False


def removable_drives() -> list[Drive]:
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isRoot() or not _is_removable(root):
            continue
        drives.append(
            Drive(
                Path(root),
                volume.displayName() if volume.displayName() != root else volume.name(),
                volume.bytesAvailable(),
                volume.isReadOnly(),
            )
        )
    return sorted(drives, key=lambda d: str(d.root))
