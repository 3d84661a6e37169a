"""Small real file systems for fault tests: a tmpfs that is read-only or tiny (needs root, skipped otherwise)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest


def mounted(tmp_path: Path, options: str, name: str = "stick") -> Path:
    target = tmp_path / name
    target.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)]).returncode:
        pytest.skip("mounting a test filesystem needs root")
    return target


def remount(target: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(target)], check=True)


def unmount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], check=False)
