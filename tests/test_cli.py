"""The command line as an office IT person uses it: a fresh data folder, the demo, the audit check."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kampar_desk.app import main
from kampar_desk.paths import DATA_DIR_ENV, AppPaths, resource_path, resource_root
from kampar_desk.store.database import close_database


def run(*args: str, env_data: Path | None = None) -> subprocess.CompletedProcess:
    env = None
    if env_data is not None:
        import os

        env = {**os.environ, DATA_DIR_ENV: str(env_data)}
    return subprocess.run([sys.executable, "-m", "kampar_desk", *args], capture_output=True, text=True, env=env)


@pytest.mark.slow
def test_demo_fills_every_stage_through_the_real_services(tmp_path):
    result = run("--data-dir", str(tmp_path), "demo", "--applications", "160", "--seed", "7")
    assert result.returncode == 0, result.stderr
    assert "160 berkas contoh dibuat" in result.stdout
    # The statuses print in office words, never as identifiers.
    assert "  Selesai (diserahkan)  " in result.stdout and "handed_over" not in result.stdout
    with sqlite3.connect(tmp_path / "kampar-desk.db") as db:
        statuses = dict(db.execute("SELECT status, COUNT(*) FROM application GROUP BY status").fetchall())
        months = db.execute("SELECT COUNT(DISTINCT substr(registered_at, 1, 7)) FROM application").fetchone()[0]
        resubmitted = db.execute("SELECT COUNT(*) FROM application WHERE previous_id IS NOT NULL").fetchone()[0]
        overdue = db.execute(
            "SELECT COUNT(*) FROM application WHERE status IN ('received','in_technical_review','awaiting_decision',"
            "'approved') AND due_on < date('now')"
        ).fetchone()[0]
    assert {"returned", "received", "rejected", "handed_over"} <= set(statuses)
    assert sum(statuses.values()) >= 160
    assert months >= 12 and resubmitted > 0 and overdue > 0
    check = run("--data-dir", str(tmp_path), "audit", "verify")
    assert check.returncode == 0 and "Log audit utuh" in check.stdout


def test_audit_verify_fails_with_non_zero_exit_on_tampering(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "demo", "--applications", "3"]) == 0
    close_database()
    with sqlite3.connect(tmp_path / "kampar-desk.db") as db:
        db.execute("DROP TRIGGER audit_event_no_update")
        db.execute("UPDATE audit_event SET to_status = 'issued' WHERE sequence = 8")
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "audit", "verify"]) == 1
    assert "RUSAK pada peristiwa #8" in capsys.readouterr().out
    close_database()


def test_data_dir_comes_from_the_environment_when_not_given(tmp_path):
    result = run("services", env_data=tmp_path / "dari-env")
    assert result.returncode == 0, result.stderr
    assert "REK-PAPS     5 hari kerja, gratis" in result.stdout
    assert (tmp_path / "dari-env" / "kampar-desk.db").exists()
    assert AppPaths.resolve(tmp_path / "x").database == (tmp_path / "x" / "kampar-desk.db").resolve()


def test_holidays_command_lists_cuti_bersama(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "holidays", "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "18-03-2026  Cuti bersama    Cuti Bersama Hari Suci Nyepi" in out
    assert "19-03-2026  Libur nasional  Hari Suci Nyepi" in out
    close_database()


def test_bad_demo_argument_gets_an_indonesian_message(tmp_path, capsys):
    for count in ("0", "100000000000"):
        assert main(["--data-dir", str(tmp_path), "demo", "--applications", count]) == 2
        assert "antara 1 dan 100.000" in capsys.readouterr().err
    close_database()


def test_resources_resolve_in_a_frozen_build(monkeypatch, tmp_path):
    assert resource_path("services").is_dir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_root() == tmp_path / "resources"


@pytest.mark.parametrize("command", [[], ["demo"], ["report"], ["holidays"], ["audit"], ["verify"], ["restore"]])
def test_help_is_in_indonesian(capsys, command):
    with pytest.raises(SystemExit) as stopped:
        main([*command, "--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Pemakaian: kampar-desk") and "tampilkan bantuan ini lalu keluar" in out
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["holidays"], "Galat: wajib diisi: --year."),
        (["holidays", "--year", "dua ribu"], "Galat: --year: 'dua ribu' bukan bilangan bulat."),
        (["laporan"], "Galat: PERINTAH: 'laporan' tidak dikenal; pilih salah satu: 'gui', 'demo',"),
        (["report", "bulanan", "--out", "x"], "Galat: kind: 'bulanan' tidak dikenal; pilih salah satu: 'monthly',"),
        (["verify"], "Galat: isi salah satu: --qr atau BERKAS.pdf."),
        (["services", "--semua"], "Galat: argumen tidak dikenal: --semua."),
    ],
)
def test_a_wrong_command_line_is_refused_in_indonesian(capsys, argv, expected):
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("Pemakaian: kampar-desk") and expected in err
    assert "error:" not in err and "usage:" not in err
