"""`kampar-desk db migrate-to-postgres` and `--database-url` from the command line: counts and the audit verdict in
Indonesian, never the password; the moved office answers through the server; refusals in one sentence."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kampar_desk.paths import DATABASE_URL_ENV, PAPERS_DIR_ENV
from kampar_desk.services.backup import DUMP_MEMBER
from kampar_desk.store.server_dump import find_tool
from tests import backends

ROOT = Path(__file__).resolve().parent.parent
#: the session server's own password when it checks passwords (pg_virtualenv), else one a trusting server ignores
PASSWORD = os.environ.get("PGPASSWORD") or "sandi-rahasia-server"


def run(*args: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in (DATABASE_URL_ENV, PAPERS_DIR_ENV)}
    return subprocess.run(
        [sys.executable, "-m", "kampar_desk", *args], capture_output=True, text=True, cwd=ROOT, env=environment
    )


@pytest.fixture(scope="module")
def demo_office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-server") / "data"
    made = run("--data-dir", str(data), "demo", "--applications", "8")
    assert made.returncode == 0, made.stderr
    return data


@pytest.fixture
def office(demo_office: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(demo_office, copy)
    return copy


@pytest.fixture
def server() -> Iterator[str]:
    if not backends.server_configured():
        pytest.skip(backends.SKIPPED_WITHOUT_SERVER)
    with backends.scratch_database(migrated=False) as name:
        yield name


def with_password(name: str) -> str:
    """The server's URL with a password in it, as an IT person might type it (the test server trusts anyway)."""
    return backends.server_url(name).replace("@", f":{PASSWORD}@", 1)


def test_migrate_to_postgres_prints_the_counts_and_the_verdict_and_never_the_password(office, server, tmp_path):
    papers = tmp_path / "arsip-bersama"
    moved = run(
        "--data-dir", str(office), "db", "migrate-to-postgres", with_password(server), "--papers-dir", str(papers)
    )
    assert moved.returncode == 0, moved.stderr
    assert "Kantor dipindahkan ke server basis data" in moved.stdout
    assert "Log audit utuh" in moved.stdout and "Catatan sesuai log audit" in moved.stdout
    application_line = next(line for line in moved.stdout.splitlines() if line.strip().startswith("application "))
    local, on_server = application_line.split()[1:3]
    assert local == on_server and int(local) >= 8
    written = [moved.stdout, moved.stderr, (office / "server.json").read_text(encoding="utf-8")]
    written += [log.read_text(encoding="utf-8") for log in (office / "logs").glob("*.log*")]
    assert not [text for text in written if PASSWORD in text]
    assert json.loads(written[2]) == {"url": backends.server_url(server), "papers_dir": str(papers)}

    # the data folder now works on the server: the audit check passes there, and a backup is a pg_dump archive
    verified = run("--data-dir", str(office), "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Log audit utuh" in verified.stdout
    usb = tmp_path / "usb"
    usb.mkdir()
    saved = run("--data-dir", str(office), "backup", "--out", str(usb))
    assert saved.returncode == 0, saved.stderr
    [archive] = usb.glob("kampar-desk-*-manual.zip")
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        dump = Path(opened.extract(DUMP_MEMBER, tmp_path / "isi"))
    assert any(name.startswith("letters/") for name in names) and any(name.startswith("keys/") for name in names)
    listed = subprocess.run([str(find_tool("pg_restore").path), "--list", str(dump)], capture_output=True, text=True)
    assert listed.returncode == 0 and "TABLE DATA public letter" in listed.stdout

    # a second move of the same folder is refused: it already names its server
    again = run("--data-dir", str(office), "db", "migrate-to-postgres", backends.server_url(server))
    assert again.returncode == 2 and "sudah memakai server basis data" in again.stderr


def test_database_url_opens_the_office_on_the_server_from_any_data_folder(office, server, tmp_path):
    url = backends.server_url(server)
    assert run("--data-dir", str(office), "db", "migrate-to-postgres", url).returncode == 0
    here = run("--data-dir", str(office), "track", "")
    elsewhere = run("--data-dir", str(tmp_path / "loket-2"), "--database-url", url, "track", "")
    assert here.returncode == 0 and elsewhere.returncode == 0, here.stderr + elsewhere.stderr
    assert elsewhere.stdout == here.stdout and "berkas untuk" in here.stdout
    assert not (tmp_path / "loket-2" / "kampar-desk.db").exists()


def test_an_unreachable_server_is_one_indonesian_sentence(office):
    refused = run("--data-dir", str(office), "db", "migrate-to-postgres", "postgresql://x@127.0.0.1:1/nope")
    assert refused.returncode == 2, refused.stderr
    assert "Traceback" not in refused.stderr
    [line] = [line for line in refused.stderr.splitlines() if line.startswith("Galat")]
    assert "Server basis data 127.0.0.1:1/nope tidak dapat dihubungi" in line
    assert "Cadangan utuh terbaru" not in line and "restore" not in line
    assert not (office / "server.json").exists()
