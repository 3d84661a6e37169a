"""`kampar-desk --self-test`: the smoke test the frozen Windows build runs under Wine (see packaging/)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kampar_desk.app import main
from kampar_desk.paths import DATA_DIR_ENV, DATABASE_URL_ENV, PAPERS_DIR_ENV
from kampar_desk.services import monthly, self_test

ROOT = Path(__file__).resolve().parent.parent
STEPS = len(self_test.STEPS)
OK_LINE = re.compile(r"OK   +(\d+) (.+) \((\d+) ms\)(: .*)?")


def step_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith(("OK ", "GAGAL "))]


def assert_all_ok(out: str, count: int) -> None:
    lines = step_lines(out)
    assert len(lines) == count, out
    for number, line in enumerate(lines, start=1):
        match = OK_LINE.fullmatch(line)
        assert match and int(match[1]) == number, line
    assert f"Uji mandiri lulus: {count} langkah" in out


@pytest.mark.slow
def test_the_self_test_passes_with_real_costs_and_touches_no_data_folder(tmp_path):
    """As the frozen build runs it: a fresh process, real Argon2, no QT_QPA_PLATFORM in the environment (Wine drops
    it), a KAMPAR_DESK_DATA and a user data folder that must stay untouched, its own temporary folder emptied."""
    real_data, home, temporary = tmp_path / "data-kantor", tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temporary.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    env.update(
        {
            DATA_DIR_ENV: str(real_data),
            # a counter set to the office's server by environment: the self-test must not follow it (it would
            # migrate the live server); unreachable here, so following it fails step 1
            DATABASE_URL_ENV: "postgresql://kantor@127.0.0.1:1/kampar",
            PAPERS_DIR_ENV: str(tmp_path / "arsip-kantor"),
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "share"),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
            "TMPDIR": str(temporary),
        }
    )
    result = subprocess.run(
        [sys.executable, "-m", "kampar_desk", "--self-test", "--offscreen"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert_all_ok(result.stdout, STEPS + 1)
    assert "GAGAL" not in result.stdout
    assert step_lines(result.stdout)[-1].startswith(f"OK   {STEPS + 1} jendela utama (Qt offscreen)")
    assert "platform offscreen" in result.stdout
    assert result.stderr == "", result.stderr
    total = float(re.search(r"langkah dalam ([0-9,]+) s", result.stdout)[1].replace(",", "."))
    assert total < 15, f"the self-test took {total} s"
    assert not real_data.exists(), "KAMPAR_DESK_DATA was touched"
    assert not (tmp_path / "arsip-kantor").exists(), "KAMPAR_DESK_PAPERS_DIR was touched"
    assert list(home.rglob("*")) == [], "the user's data folder was touched"
    assert list(temporary.iterdir()) == [], "the throwaway folder was left behind"


def test_the_self_test_runs_in_process_with_the_window(qapp, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert main(["--self-test", "--offscreen"]) == 0
    out = capsys.readouterr().out
    assert_all_ok(out, STEPS + 1)
    assert list(tmp_path.iterdir()) == []


def test_a_broken_step_says_gagal_with_its_number_and_stops(tmp_path, monkeypatch, capsys):
    def full_stick(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    monkeypatch.setattr(monthly, "export_monthly", full_stick)
    failing = next(number for number, (_, step) in enumerate(self_test.STEPS, 1) if step is self_test.monthly_report)

    assert main(["--self-test"]) == failing

    captured = capsys.readouterr()
    lines = step_lines(captured.out)
    assert len(lines) == failing
    assert all(OK_LINE.fullmatch(line) for line in lines[:-1])
    assert lines[-1] == (
        f"GAGAL {failing:>2} laporan bulanan xlsx dan PDF: OSError: [Errno 28] No space left on device"
    )
    assert f"Uji mandiri GAGAL pada langkah {failing} dari {STEPS}" in captured.out
    assert "Traceback" in captured.err and "full_stick" in captured.err
    assert list(tmp_path.iterdir()) == [], "the throwaway folder is removed after a failure too"


def test_a_failed_check_names_what_was_expected(tmp_path, monkeypatch, capsys):
    """Missing service files (as in a frozen build without them) fail the step that needs them, in a sentence."""
    from kampar_desk.services.catalog import ServiceCatalog

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    monkeypatch.setattr("kampar_desk.services.desk.load_catalog", lambda: ServiceCatalog([]))

    assert main(["--self-test"]) == 2

    lines = step_lines(capsys.readouterr().out)
    expected = "GAGAL  2 layanan, wilayah dan hari libur: tidak ada layanan yang dimuat dari resources/services"
    assert lines[-1] == expected


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--offscreen"], "--offscreen hanya dipakai bersama --self-test"),
        (["--self-test", "--data-dir", "x"], "--self-test memakai folder data sementara sendiri"),
        (["--self-test", "services"], "--self-test memakai folder data sementara sendiri"),
    ],
)
def test_self_test_flags_are_refused_in_other_company(capsys, argv, expected):
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    assert expected in capsys.readouterr().err
