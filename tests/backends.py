"""The two databases the suite runs on: the local SQLite file, and a PostgreSQL server when one is configured.

The server is the one the PG* environment variables name (`pg_virtualenv` sets them; see `.ci/run`). Every test that
touches the database runs once per backend; on the server, each data folder a test opens gets a fresh database made
from a migrated template, named in the folder's server file exactly as Pengaturan > Basis data names it, so the
app's own code (and a `kampar-desk` subprocess on the same folder) finds it the way a counter does.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
from collections.abc import Iterator
from pathlib import Path

from peewee import PostgresqlDatabase

from kampar_desk.paths import SERVER_FILE
from kampar_desk.store.database import apply_migrations

SQLITE = "sqlite"
POSTGRES = "postgres"
TEMPLATE = f"kd_template_{os.getpid()}"
_numbers = itertools.count(1)
_template_ready = False


def server_configured() -> bool:
    return bool(os.environ.get("PGHOST"))


SKIPPED_WITHOUT_SERVER = "PostgreSQL tidak dikonfigurasi (PGHOST kosong): jalankan dalam pg_virtualenv (.ci/run)"


def needs_server():
    """Mark for a test about the server itself (no SQLite counterpart)."""
    import pytest

    return pytest.mark.skipif(not server_configured(), reason=SKIPPED_WITHOUT_SERVER)


def create_login_role(role: str) -> None:
    """A login role with the session's password (pg_virtualenv's server checks passwords; a private one trusts)."""
    password = os.environ.get("PGPASSWORD", "")
    with admin_connection() as admin:
        admin.execute_sql(f'DROP ROLE IF EXISTS "{role}"')
        quoted = password.replace("'", "''")  # a utility statement takes no bound parameters
        admin.execute_sql(f'CREATE ROLE "{role}" LOGIN' + (f" PASSWORD '{quoted}'" if password else ""))


def server_url(name: str) -> str:
    """A URL without password: libpq takes PGPASSWORD from the environment, as a counter takes it from its store."""
    user = os.environ.get("PGUSER", "postgres")
    host = os.environ.get("PGHOST", "localhost")
    port = os.environ.get("PGPORT", "5432")
    return f"postgresql://{user}@{host}:{port}/{name}"


@contextlib.contextmanager
def admin_connection(name: str | None = None) -> Iterator[PostgresqlDatabase]:
    """The server's superuser on `name` (default: the maintenance database), as IT with psql would be."""
    db = PostgresqlDatabase(name or os.environ.get("PGDATABASE", "postgres"), prefer_psycopg3=True, autoconnect=True)
    try:
        yield db
    finally:
        db.close()


def _ensure_template() -> None:
    global _template_ready
    if _template_ready:
        return
    with admin_connection() as admin:
        admin.execute_sql(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')
        admin.execute_sql(f'CREATE DATABASE "{TEMPLATE}"')
    template = PostgresqlDatabase(TEMPLATE, prefer_psycopg3=True)
    try:
        apply_migrations(template)
    finally:
        template.close()
    _template_ready = True


def create_database(migrated: bool = True) -> str:
    """A fresh database on the server (migrated, or empty); its name."""
    name = f"kd_{os.getpid()}_{next(_numbers)}"
    if migrated:
        _ensure_template()
    with admin_connection() as admin:
        admin.execute_sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{TEMPLATE}"' if migrated else ""))
    return name


def drop_database(name: str) -> None:
    with admin_connection() as admin:
        admin.execute_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def scratch_database(migrated: bool = True) -> Iterator[str]:
    """A fresh database on the server for the `with` block (its name); the app's connection to it is closed and the
    database dropped afterwards."""
    from kampar_desk.store.database import close_database

    name = create_database(migrated)
    try:
        yield name
    finally:
        close_database()
        drop_database(name)


def drop_template() -> None:
    if _template_ready:
        drop_database(TEMPLATE)


class ServerFolders:
    """Gives each data folder a test opens its own database on the server (created on first use)."""

    def __init__(self) -> None:
        self.created: list[str] = []

    def url_for(self, data_dir: Path) -> str:
        server_file = data_dir / SERVER_FILE
        if server_file.is_file():
            return json.loads(server_file.read_text(encoding="utf-8"))["url"]
        name = create_database()
        self.created.append(name)
        url = server_url(name)
        data_dir.mkdir(parents=True, exist_ok=True)
        server_file.write_text(json.dumps({"url": url}), encoding="utf-8")
        return url

    def drop_all(self) -> None:
        for name in self.created:
            drop_database(name)


class PrivateServer:
    """A throw-away PostgreSQL cluster for a plain `uv run pytest` on a machine that has PostgreSQL installed but no
    server configured (CI gives one through pg_virtualenv instead). As root the server runs as `postgres`, which
    initdb requires. Nothing is started when PostgreSQL is not installed: the server runs are then skipped, and
    the summary says why."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.bin: Path | None = None

    def start(self) -> bool:
        import glob
        import shutil
        import socket
        import subprocess
        import tempfile

        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
        initdb = found[-1] if found else shutil.which("initdb")
        if not initdb:
            return False
        self.bin = Path(initdb).parent
        self.folder = Path(tempfile.mkdtemp(prefix="kd-pg-"))
        as_root = os.geteuid() == 0
        prefix: list[str] = []
        if as_root:
            shutil.chown(self.folder, "postgres", "postgres")
            prefix = ["runuser", "-u", "postgres", "--"]
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        data = self.folder / "data"
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "check": True}
        subprocess.run(
            [*prefix, str(self.bin / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
             "--locale=C.UTF-8", "--no-sync"], **quiet,
        )  # fmt: skip
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {self.folder} -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=200"
        )
        subprocess.run(
            [*prefix, str(self.bin / "pg_ctl"), "-D", str(data), "-l", str(self.folder / "server.log"), "-w", "-o",
             options, "start"], **quiet,
        )  # fmt: skip
        os.environ.update({"PGHOST": "127.0.0.1", "PGPORT": str(port), "PGUSER": "postgres", "PGDATABASE": "postgres"})
        return True

    def stop(self) -> None:
        import shutil
        import subprocess

        if self.folder is None or self.bin is None:
            return
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run(
            [*prefix, str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
        )  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)
