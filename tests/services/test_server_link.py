"""Pengaturan > Basis data as a service: where the data is, the connection test, and the admin's choice of the
office's server written to the data folder's server file (never a password), taking effect at the next start."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from kampar_desk.domain.errors import DataFolderProblem, PermissionDenied, ValidationError
from kampar_desk.domain.labels import label
from kampar_desk.domain.roles import Role
from kampar_desk.paths import DATABASE_URL_ENV, AppPaths
from kampar_desk.services import audit, server_link
from kampar_desk.store import database as store
from kampar_desk.store.faults import OFFLINE
from kampar_desk.store.models import AuditEvent
from tests import backends

UNREACHABLE = "postgresql://x@127.0.0.1:1/nope"
needs_server = backends.needs_server()


def session_server() -> str:
    """A database every PostgreSQL server has, on the server this test session uses."""
    return backends.server_url("postgres")


def server_file_text(paths: AppPaths) -> str | None:
    return paths.server_file.read_text(encoding="utf-8") if paths.server_file.exists() else None


def events(action: str) -> list[AuditEvent]:
    return list(AuditEvent.select().where(AuditEvent.action == action).order_by(AuditEvent.sequence))


@pytest.fixture
def shared_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "arsip-bersama"
    folder.mkdir()
    return folder


# -- where the data is ----------------------------------------------------------------------------------------------


def test_a_data_folder_without_server_file_uses_its_local_file(tmp_path, monkeypatch):
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    paths = AppPaths(tmp_path / "data")
    link = server_link.current_link(paths)
    assert not link.on_server and link.url is None and link.source is None and link.papers_dir is None
    assert link.describe() == f"Berkas lokal: {paths.database}"
    assert server_link.saved_link(paths) == link


def test_the_flag_wins_over_the_environment_which_wins_over_the_server_file(tmp_path, monkeypatch):
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    data = tmp_path / "data"
    data.mkdir()
    (data / "server.json").write_text(
        json.dumps({"url": "postgresql://app@file-host/kampar", "papers_dir": str(tmp_path)}), encoding="utf-8"
    )
    from_file = server_link.current_link(AppPaths(data))
    assert (from_file.source, from_file.address, from_file.papers_dir) == ("file", "file-host:5432/kampar", tmp_path)
    assert from_file.describe() == "Server: file-host:5432/kampar"
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql://app:rahasia@env-host:6543/kantor")
    from_env = server_link.current_link(AppPaths(data))
    assert (from_env.source, from_env.address) == ("env", "env-host:6543/kantor")
    assert "rahasia" not in from_env.describe()
    from_flag = server_link.current_link(AppPaths(data, "postgresql://app@flag-host/lain"))
    assert (from_flag.source, from_flag.address) == ("flag", "flag-host:5432/lain")
    # what Pengaturan saved stays the file's, whatever this run was given
    assert server_link.saved_link(AppPaths(data, "postgresql://app@flag-host/lain")).address == "file-host:5432/kampar"


# -- the connection test --------------------------------------------------------------------------------------------


def test_an_unreachable_server_is_said_in_indonesian_within_seconds():
    started = time.monotonic()
    with pytest.raises(DataFolderProblem) as refused:
        server_link.test_link(UNREACHABLE)
    assert time.monotonic() - started < 6
    assert refused.value.kind == OFFLINE
    assert "127.0.0.1:1/nope" in str(refused.value) and "tidak dapat dihubungi" in str(refused.value)


@pytest.mark.parametrize("typed", ["", "192.168.1.10", "http://server/kampar", "sqlite:///kampar.db"])
def test_an_address_that_is_not_a_postgresql_url_is_refused_before_connecting(typed):
    with pytest.raises(ValidationError, match="postgresql://") as refused:
        server_link.test_link(typed)
    assert refused.value.field == "url"


@needs_server
def test_the_session_server_answers_with_its_version():
    said = server_link.test_link(f"  {session_server()}  ")
    assert said.startswith("Koneksi berhasil") and "PostgreSQL " in said
    assert server_link.check_url(session_server()) == session_server()


def test_ping_says_whether_the_open_database_answers(desk):
    assert server_link.ping() is True
    opened = store.database.obj
    store.database.initialize(store.server_database(UNREACHABLE))
    try:
        assert server_link.ping() is False
    finally:
        store.database.obj.close()
        store.database.initialize(opened)
    assert server_link.ping() is True


# -- the admin's choice ---------------------------------------------------------------------------------------------


def test_only_the_admin_chooses_the_server(desk, officers, shared_folder):
    before = server_file_text(desk.paths)
    with pytest.raises(PermissionDenied):
        server_link.save_link(desk, officers[Role.FRONT_OFFICE], session_server(), shared_folder)
    with pytest.raises(PermissionDenied):
        server_link.clear_link(desk, officers[Role.SIGNING_OFFICIAL])
    assert server_file_text(desk.paths) == before


def test_a_password_in_the_address_is_refused_and_where_it_belongs_is_said(desk, officers, shared_folder):
    before = server_file_text(desk.paths)
    for url in (
        "postgresql://kampar_app:rahasia@192.168.1.10:5432/kampar",
        "postgresql://kampar_app@192.168.1.10/kampar?password=rahasia",
    ):
        with pytest.raises(ValidationError) as refused:
            server_link.save_link(desk, officers[Role.ADMIN], url, shared_folder)
        said = str(refused.value)
        assert refused.value.field == "url" and "rahasia" not in said
        assert "tidak disimpan" in said and "Kata sandi" in said and "Windows Credential Manager" in said
    assert server_file_text(desk.paths) == before
    assert events(server_link.LINKED) == []


def test_the_shared_papers_folder_must_be_named_in_full_and_reachable(desk, officers, tmp_path):
    admin, before = officers[Role.ADMIN], server_file_text(desk.paths)
    for folder, words in (
        ("", "wajib diisi"),
        ("arsip", "ditulis lengkap"),
        (str(tmp_path / "tidak-ada"), "tidak ditemukan"),
    ):
        with pytest.raises(ValidationError, match=words) as refused:
            server_link.save_link(desk, admin, session_server(), folder)
        assert refused.value.field == "papers_dir"
    assert server_file_text(desk.paths) == before


def test_an_unreachable_server_is_not_saved(desk, officers, shared_folder):
    before = server_file_text(desk.paths)
    with pytest.raises(DataFolderProblem, match="tidak dapat dihubungi"):
        server_link.save_link(desk, officers[Role.ADMIN], UNREACHABLE, shared_folder)
    assert server_file_text(desk.paths) == before
    assert events(server_link.LINKED) == []


@needs_server
def test_the_admin_saves_the_server_for_the_next_start_and_goes_back_to_the_local_file(desk, officers, shared_folder):
    admin, url = officers[Role.ADMIN], session_server()
    saved = server_link.save_link(desk, admin, f" {url} ", str(shared_folder))
    assert json.loads(desk.paths.server_file.read_text(encoding="utf-8")) == {
        "url": url,
        "papers_dir": str(shared_folder),
    }
    assert list(shared_folder.iterdir()) == []  # the write probe left nothing behind
    assert saved.on_server and saved.source == "file" and saved.papers_dir == shared_folder
    assert saved == server_link.saved_link(desk.paths)
    [linked] = events(server_link.LINKED)
    assert linked.actor == "admin"
    assert json.loads(linked.details) == {"server": store.describe_server(url), "papers_dir": str(shared_folder)}
    assert label(server_link.LINKED) == "Pakai server basis data kantor"

    back = server_link.clear_link(desk, admin)
    assert not back.on_server and not desk.paths.server_file.exists()
    [unlinked] = events(server_link.UNLINKED)
    assert json.loads(unlinked.details) == {"server": store.describe_server(url)}
    assert label(server_link.UNLINKED) == "Kembali ke berkas basis data lokal"
    # nothing saved any more: clearing again changes nothing and records nothing
    assert not server_link.clear_link(desk, admin).on_server
    assert len(events(server_link.UNLINKED)) == 1
    assert audit.verify_audit_log(desk).intact
