"""Checks a frozen Windows folder (dist/KamparDesk) holds the files the app opens by path, and no test-only DLL.

The app finds these by path at run time, so a build that lacks one still starts and then fails in the field
(a missing `holidays` translation stopped `demo`): the service standards, office defaults and region codes,
the numbered migrations, holidays' Indonesian names (and its metadata). The stand-in DLLs built from
packaging/wine-stubs/ for Wine must never be shipped.

    python3 packaging/check_frozen.py [dist/KamparDesk]     exit code 1 naming each problem

Standard library only: run by packaging/build-windows.sh with the machine's python3 and by tests/test_packaging.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = REPO / "dist" / "KamparDesk"
EXECUTABLES = ("kampar-desk.exe", "kampar-desk-cli.exe")
# holidays' gettext domain for Indonesia; `language="id"` reads id, the default names read en_US as fallback
HOLIDAY_TRANSLATIONS = ("holidays/locale/id/LC_MESSAGES/ID.mo", "holidays/locale/en_US/LC_MESSAGES/ID.mo")
# Never shipped: they would shadow Windows' own DLLs (see packaging/wine-stubs/)
STUB_DLLS = tuple(sorted(f"{source.stem}.dll" for source in (REPO / "packaging" / "wine-stubs").glob("*.c")))
# Left out of the build on purpose (see packaging/kampar_desk.spec)
EXCLUDED = ("_wmi.pyd", "tkinter", "_tkinter.pyd", "opengl32sw.dll")


def bundle(folder: Path) -> Path:
    """The folder PyInstaller puts next to the executables (`sys._MEIPASS` when frozen)."""
    return folder / "_internal"


def source_files(source: Path, pattern: str) -> list[str]:
    return sorted(
        str(path.relative_to(source)).replace("\\", "/")
        for path in source.rglob(pattern)
        if path.is_file() and "__pycache__" not in path.parts
    )


def missing_copies(source: Path, copy: Path, pattern: str = "*") -> list[str]:
    """Files under `source` with no identical copy under `copy`."""
    problems = []
    for relative in source_files(source, pattern):
        copied = copy / relative
        if not copied.is_file():
            problems.append(f"missing {copied}")
        elif copied.read_bytes() != (source / relative).read_bytes():
            problems.append(f"differs from the source: {copied}")
    return problems


def check_executables(folder: Path) -> list[str]:
    return [f"missing {folder / name}" for name in EXECUTABLES if not (folder / name).is_file()]


def check_resources(folder: Path) -> list[str]:
    """Service standards, office defaults and region codes: resources/ copied whole (paths.resource_root)."""
    problems = missing_copies(REPO / "resources", bundle(folder) / "resources")
    if not source_files(REPO / "resources" / "services", "*.toml"):
        problems.append("no service file in resources/services of the source tree")
    return problems


def check_migrations(folder: Path) -> list[str]:
    """The numbered migrations as .py files where paths.migrations_dir() looks when frozen."""
    source = REPO / "kampar_desk" / "store" / "migrations"
    problems = missing_copies(source, bundle(folder) / "kampar_desk" / "store" / "migrations", "*.py")
    if not source_files(source, "0*.py"):
        problems.append(f"no migration in {source}")
    return problems


def check_holidays(folder: Path) -> list[str]:
    internal = bundle(folder)
    problems = [f"missing {internal / name}" for name in HOLIDAY_TRANSLATIONS if not (internal / name).is_file()]
    if not list(internal.glob("holidays-*.dist-info/METADATA")):
        problems.append(f"missing holidays-*.dist-info in {internal} (holidays/version.py reads it)")
    return problems


def check_server_client(folder: Path) -> list[str]:
    """What a counter needs to reach the office's PostgreSQL server: psycopg's libpq and compiled modules, and keyring's
    entry points (it picks the Windows Credential Manager through them; its pure-Python modules are in the archive)."""
    internal = bundle(folder)
    problems = []
    if not [path for path in internal.rglob("libpq*.dll")]:
        problems.append(f"no libpq*.dll in {internal} (psycopg_binary)")
    if not list(internal.glob("psycopg_binary/pq.*.pyd")):
        problems.append(f"missing psycopg_binary/pq.*.pyd in {internal}")
    if not list(internal.glob("keyring-*.dist-info/entry_points.txt")):
        problems.append(f"missing keyring-*.dist-info/entry_points.txt in {internal}")
    return problems


def check_no_stub_dlls(folder: Path) -> list[str]:
    if not STUB_DLLS:
        return [f"no stub sources found in {REPO / 'packaging' / 'wine-stubs'}"]
    return [f"test-only Wine stand-in shipped: {path}" for path in folder.rglob("*") if path.name.lower() in STUB_DLLS]


def check_exclusions(folder: Path) -> list[str]:
    return [f"should have been left out: {path}" for path in folder.rglob("*") if path.name.lower() in EXCLUDED]


CHECKS = (
    check_executables,
    check_resources,
    check_migrations,
    check_holidays,
    check_server_client,
    check_no_stub_dlls,
    check_exclusions,
)


def problems(folder: Path = DEFAULT_FOLDER) -> list[str]:
    if not bundle(folder).is_dir():
        return [f"not a frozen folder (no _internal): {folder}"]
    return [problem for check in CHECKS for problem in check(folder)]


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else DEFAULT_FOLDER
    found = problems(folder)
    for problem in found:
        print(f"check_frozen: {problem}", file=sys.stderr)
    if found:
        print(f"check_frozen: {len(found)} problem(s) in {folder}", file=sys.stderr)
        return 1
    files = sum(1 for path in folder.rglob("*") if path.is_file())
    print(f"check_frozen: {folder} OK ({files} files; resources, migrations, holidays, libpq, keyring; no stub DLL)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
