"""Backups, restore and damaged data folders from the command line: one sentence on stderr, never a traceback."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kampar_desk", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("cli") / "data"
    assert run("--data-dir", str(data), "demo", "--applications", "6").returncode == 0
    return data


def one_line_refusal(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("Galat")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_backup_to_a_folder_then_restore_it_moves_the_old_folder_aside(office, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    made = run("--data-dir", str(office), "backup", "--out", str(usb))
    assert made.returncode == 0, made.stderr
    [archive] = usb.glob("kampar-desk-*-manual.zip")
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
    assert "manifest.json" in names and "database/kampar-desk.db" in names
    assert any(name.startswith("letters/") for name in names) and any(name.startswith("keys/") for name in names)
    checked = run("--data-dir", str(office), "restore", str(archive), "--check")
    assert checked.returncode == 0 and "utuh" in checked.stdout
    restored = run("--data-dir", str(office), "restore", str(archive))
    assert restored.returncode == 0, restored.stderr
    assert "tidak dihapus" in restored.stdout
    assert list(office.parent.glob("data-sebelum-pulih-*"))
    assert run("--data-dir", str(office), "audit", "verify").returncode == 0


def test_a_lost_database_is_refused_and_the_newest_backup_named(office, tmp_path):
    assert run("--data-dir", str(office), "backup").returncode == 0
    copy = tmp_path / "salinan"
    subprocess.run(["cp", "-a", str(office), str(copy)], check=True)
    (copy / "kampar-desk.db").write_bytes(b"")
    line = one_line_refusal(run("--data-dir", str(copy), "services"))
    assert "bukan pemasangan baru" in line and "kampar-desk restore" in line
    assert (copy / "kampar-desk.db").stat().st_size == 0


def test_a_damaged_database_is_a_sentence(office, tmp_path):
    copy = tmp_path / "rusak"
    subprocess.run(["cp", "-a", str(office), str(copy)], check=True)
    database = copy / "kampar-desk.db"
    data = bytearray(database.read_bytes())
    data[4096 * 2 : 4096 * 3] = bytes(4096 * [0x5A])
    database.write_bytes(bytes(data))
    line = one_line_refusal(run("--data-dir", str(copy), "audit", "verify"))
    assert "rusak" in line


def test_a_bad_backup_file_is_refused_and_nothing_changes(office, tmp_path):
    bad = tmp_path / "kampar-desk-20260101-000000-manual.zip"
    bad.write_bytes(b"bukan zip")
    before = sorted(p.name for p in office.parent.iterdir())
    line = one_line_refusal(run("--data-dir", str(office), "restore", str(bad)))
    assert "bukan berkas cadangan" in line
    assert sorted(p.name for p in office.parent.iterdir()) == before


def test_backup_to_a_file_or_a_missing_folder_is_a_sentence(office, tmp_path):
    afile = tmp_path / "berkas.txt"
    afile.write_text("x")
    assert "bukan folder" in one_line_refusal(run("--data-dir", str(office), "backup", "--out", str(afile)))
    assert "tidak ada" in one_line_refusal(run("--data-dir", str(office), "backup", "--out", str(tmp_path / "E")))
