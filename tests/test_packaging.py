"""The frozen Windows folder (dist/KamparDesk, made by `bash packaging/build-windows.sh`) holds the files the app
opens by path and none of the test-only Wine stand-in DLLs. Skipped when there is no such folder (CI runs the tests
before the build; the build script runs the same checks, packaging/check_frozen.py, on its result)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FROZEN = REPO / "dist" / "KamparDesk"

needs_build = pytest.mark.skipif(
    not (FROZEN / "_internal").is_dir(), reason="no frozen build in dist/KamparDesk (bash packaging/build-windows.sh)"
)


def load_checks():
    # by path: packaging/ is not a package, and `packaging` is also the name of a PyPI library
    spec = importlib.util.spec_from_file_location("check_frozen", REPO / "packaging" / "check_frozen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = load_checks()


@needs_build
def test_holds_the_holidays_indonesian_names_and_metadata():
    assert check.check_holidays(FROZEN) == []
    assert (FROZEN / "_internal" / "holidays" / "locale" / "id" / "LC_MESSAGES" / "ID.mo").is_file()


@needs_build
def test_holds_every_migration_as_a_file():
    assert check.check_migrations(FROZEN) == []
    migrations = Path("kampar_desk", "store", "migrations")
    shipped = sorted(path.name for path in (FROZEN / "_internal" / migrations).glob("0*.py"))
    assert shipped == sorted(path.name for path in (REPO / migrations).glob("0*.py"))


@needs_build
def test_holds_the_service_files_and_other_resources():
    assert check.check_resources(FROZEN) == []
    assert list((FROZEN / "_internal" / "resources" / "services").glob("*.toml"))


@needs_build
def test_holds_both_programs():
    assert check.check_executables(FROZEN) == []


@needs_build
def test_ships_no_wine_stand_in_dll():
    assert set(check.STUB_DLLS) == {"bcryptprimitives.dll", "icuuc.dll"}
    assert check.check_no_stub_dlls(FROZEN) == []


@needs_build
def test_leaves_out_what_the_spec_excludes():
    assert check.check_exclusions(FROZEN) == []


@needs_build
def test_whole_check_passes():
    assert check.problems(FROZEN) == []


def test_the_check_names_what_a_bad_folder_lacks_and_a_shipped_stub(tmp_path):
    """Runs without a build: the checker itself reports a missing file and a stand-in DLL."""
    internal = tmp_path / "_internal"
    (internal / "PySide6").mkdir(parents=True)
    (internal / "PySide6" / "ICUUC.dll").write_bytes(b"MZ")
    found = check.problems(tmp_path)
    assert any("test-only Wine stand-in shipped" in problem and "ICUUC.dll" in problem for problem in found)
    assert any("ID.mo" in problem for problem in found)
    assert any("migrations" in problem and "0001_initial.py" in problem for problem in found)
    assert any("services" in problem for problem in found)
    assert any("kampar-desk-cli.exe" in problem for problem in found)
    assert any("libpq" in problem for problem in found) and any("keyring" in problem for problem in found)
    assert check.problems(tmp_path / "elsewhere") == [f"not a frozen folder (no _internal): {tmp_path / 'elsewhere'}"]
