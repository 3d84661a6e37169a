"""Backups of the office's PostgreSQL server: the server's own `pg_dump` (custom format) run on a snapshot that the
backup's manifest is read from too, so the counts and audit head it records are exactly those of the dump."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from peewee import DatabaseError, InterfaceError, PostgresqlDatabase

from kampar_desk.domain.errors import DeskError
from kampar_desk.store.database import describe_server, server_database
from kampar_desk.store.faults import storage_error

log = logging.getLogger(__name__)

#: A folder holding pg_dump and pg_restore (the PostgreSQL "bin" folder), when they are not on PATH.
PG_BIN_ENV = "KAMPAR_DESK_PG_BIN"
#: Where the PostgreSQL installers put them: Windows (EDB installer) and Debian/Ubuntu; newest version first.
_INSTALL_GLOBS = (
    (r"C:\Program Files\PostgreSQL", "*/bin"),
    ("/usr/lib/postgresql", "*/bin"),
)
#: pg_dump of a big office takes minutes; an hour means it hangs (a server that stopped answering).
DUMP_TIMEOUT_S = 3600


class DumpFailed(DeskError):
    """pg_dump or pg_restore is missing, too old for the server, or refused: one Indonesian sentence."""


@dataclass(frozen=True)
class PgTool:
    path: Path
    major: int
    version: str


def _no_window() -> int:
    """A windowed Kampar Desk must not flash a console window for the tool."""
    return getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0


def _executable(folder: Path, name: str) -> Path | None:
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    return None


def _candidates(name: str) -> list[Path]:
    """The configured folder, then PATH, then the installers' folders (newest version first); each once."""
    found: list[Path] = []
    configured = os.environ.get(PG_BIN_ENV, "").strip()
    if configured:
        path = _executable(Path(configured), name)
        if path is not None:
            found.append(path)
    on_path = shutil.which(name)
    if on_path:
        found.append(Path(on_path))
    for root, pattern in _INSTALL_GLOBS:
        with contextlib.suppress(OSError):
            folders = sorted(Path(root).glob(pattern), key=lambda p: _number(p.parent.name), reverse=True)
            found += [path for folder in folders if (path := _executable(folder, name)) is not None]
    unique: list[Path] = []
    for path in found:
        if path not in unique:
            unique.append(path)
    return unique


def _number(text: str) -> float:
    match = re.match(r"(\d+(?:\.\d+)?)", text)
    return float(match[1]) if match else 0.0


def _version(path: Path) -> PgTool | None:
    try:
        done = subprocess.run(
            [str(path), "--version"], capture_output=True, text=True, timeout=30, creationflags=_no_window()
        )
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"\)\s*(\d+)(?:\.(\d+))?", done.stdout)
    if done.returncode != 0 or match is None:
        return None
    return PgTool(path, int(match[1]), match[0].strip(") ").strip())


def find_tool(name: str, server_major: int | None = None) -> PgTool:
    """pg_dump or pg_restore, not older than the server (pg_dump refuses a newer server): the first that fits."""
    tools = [tool for path in _candidates(name) if (tool := _version(path)) is not None]
    fitting = [tool for tool in tools if server_major is None or tool.major >= server_major]
    if fitting:
        return fitting[0]
    if tools:
        best = max(tools, key=lambda tool: tool.major)
        raise DumpFailed(
            f"{name} versi {best.version} ({best.path}) lebih tua dari server basis data (versi {server_major}); "
            f"{name} tidak boleh lebih tua dari server. Pasang alat baris perintah PostgreSQL versi {server_major} "
            f"atau lebih baru (Command Line Tools pada penginstal PostgreSQL), atau jalankan cadangan di PC server, "
            f"lalu sebutkan folder 'bin'-nya di {PG_BIN_ENV} bila tidak ada di PATH."
        )
    raise DumpFailed(
        f"{name} (alat cadangan PostgreSQL) tidak ditemukan di PATH, di {PG_BIN_ENV}, atau di folder pemasangan "
        "PostgreSQL. Pasang alat baris perintah PostgreSQL (Command Line Tools) dengan versi yang sama dengan server "
        f"atau lebih baru, atau jalankan cadangan di PC server; bila sudah terpasang, sebutkan folder 'bin'-nya di "
        f"{PG_BIN_ENV}."
    )


def _connection(url: str) -> tuple[str, dict[str, str]]:
    """The connection string for a tool without the password (a process list would show it) and the environment
    that carries it instead."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    parts = {key: str(value) for key, value in conninfo_to_dict(url).items() if value is not None}
    environment = dict(os.environ)
    password = parts.pop("password", None)
    if not password:
        from kampar_desk.store.server_secret import stored_password

        password = stored_password(url)  # the counter's password as Pengaturan > Basis data kept it
    if password:
        environment["PGPASSWORD"] = password
    environment.setdefault("PGCONNECT_TIMEOUT", "10")
    return make_conninfo(**parts), environment


@dataclass(frozen=True)
class ServerSnapshot:
    """A read-only view of the server at one moment: `db` reads it, `snapshot` lets pg_dump dump exactly it."""

    db: PostgresqlDatabase
    snapshot: str
    server_major: int
    server_version: str


@contextlib.contextmanager
def server_snapshot(url: str) -> Iterator[ServerSnapshot]:
    """A repeatable-read transaction on its own connection, its snapshot exported for pg_dump; held open (the
    counters' idle limit lifted for this session only) until the dump is written."""
    db = server_database(url, application_name="kampar-desk-cadangan")
    try:
        db.connect()
        db.execute_sql("SET statement_timeout = 0")
        db.execute_sql("SET idle_in_transaction_session_timeout = 0")
        major = int(db.execute_sql("SHOW server_version_num").fetchone()[0]) // 10000
        version = str(db.execute_sql("SHOW server_version").fetchone()[0]).split()[0]
        with db.atomic():
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            snapshot = str(db.execute_sql("SELECT pg_export_snapshot()").fetchone()[0])
            yield ServerSnapshot(db, snapshot, major, version)
    except (DatabaseError, InterfaceError) as error:
        raise (storage_error(error) or error) from error
    finally:
        with contextlib.suppress(Exception):
            db.close()


def _first_error(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    wanted = [line for line in lines if "error" in line.lower() or "galat" in line.lower()] or lines
    return (wanted[0] if wanted else "tanpa keterangan")[:300]


def dump(url: str, view: ServerSnapshot, target: Path) -> PgTool:
    """`pg_dump -Fc` of the server as `view` sees it into `target`; the tool used."""
    tool = find_tool("pg_dump", view.server_major)
    conninfo, environment = _connection(url)
    command = [
        str(tool.path),
        "--format=custom",
        "--compress=6",
        f"--snapshot={view.snapshot}",
        f"--file={target}",
        f"--dbname={conninfo}",
    ]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            env=environment,
            timeout=DUMP_TIMEOUT_S,
            creationflags=_no_window(),
        )
    except subprocess.TimeoutExpired:
        raise DumpFailed(
            f"pg_dump tidak selesai dalam {DUMP_TIMEOUT_S // 60} menit (server {describe_server(url)} berhenti "
            "menjawab?). Cadangan tidak dibuat; periksa server lalu ulangi."
        ) from None
    except OSError as error:
        raise DumpFailed(f"pg_dump ({tool.path}) tidak dapat dijalankan: {error.strerror or error}.") from None
    if done.returncode != 0:
        log.error("pg_dump failed (%s): %s", done.returncode, done.stderr)
        raise DumpFailed(
            f"pg_dump gagal mencadangkan server {describe_server(url)}: {_first_error(done.stderr)} "
            "Cadangan tidak dibuat; periksa pesan ini (atau log aplikasi) lalu ulangi."
        )
    return tool


def list_dump(path: Path, tool: PgTool | None = None) -> list[str]:
    """`pg_restore --list` of a dump: its table of contents; refuses a file that is not a whole pg_dump archive."""
    tool = tool or find_tool("pg_restore")
    try:
        done = subprocess.run(
            [str(tool.path), "--list", str(path)],
            capture_output=True,
            text=True,
            timeout=600,
            creationflags=_no_window(),
        )
    except (OSError, subprocess.SubprocessError) as error:
        raise DumpFailed(f"pg_restore ({tool.path}) tidak dapat dijalankan: {error}.") from None
    if done.returncode != 0:
        raise DumpFailed(f"Salinan basis data server tidak dapat dibaca pg_restore: {_first_error(done.stderr)}")
    return [line for line in done.stdout.splitlines() if line and not line.startswith(";")]
