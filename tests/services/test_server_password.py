"""The counter's server password lives in the computer's credential store (Windows Credential Manager), never in
server.json, the log or the audit log; a computer without a protected store is told so and keeps nothing."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.roles import Role
from kampar_desk.services import server_link
from kampar_desk.store.database import server_database
from kampar_desk.store.models import AuditEvent
from kampar_desk.store.server_secret import SERVICE, account, stored_password
from tests import backends
from tests.services.test_server_link import session_server

pytestmark = backends.needs_server()

#: the session server's own password when it checks passwords (pg_virtualenv), else one a trusting server ignores
SECRET = os.environ.get("PGPASSWORD") or "sandi-loket-2026"


class OperatingSystemStore(KeyringBackend):
    """Stands in for Windows Credential Manager (a store the operating system protects) on this Linux machine."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def credential_store() -> Iterator[OperatingSystemStore]:
    before = keyring.get_keyring()
    store = OperatingSystemStore()
    keyring.set_keyring(store)
    try:
        yield store
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def shared_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "arsip-bersama"
    folder.mkdir()
    return folder


def test_the_password_goes_to_the_credential_store_and_is_used_at_the_next_connection(
    desk, officers, shared_folder, credential_store, caplog, monkeypatch
):
    caplog.set_level(logging.DEBUG)
    url = session_server()
    server_link.save_link(desk, officers[Role.ADMIN], url, shared_folder, SECRET)
    assert credential_store.kept == {(SERVICE, account(url)): SECRET}
    assert SECRET not in desk.paths.server_file.read_text(encoding="utf-8")
    assert json.loads(desk.paths.server_file.read_text(encoding="utf-8"))["url"] == url
    assert all(SECRET not in (event.details or "") for event in AuditEvent.select())
    assert SECRET not in caplog.text
    with monkeypatch.context() as without:  # only the kept password can get this connection in
        without.delenv("PGPASSWORD", raising=False)
        opened = server_database(url)
        try:
            opened.connect()
            assert opened.connection().info.password == SECRET  # libpq was given the kept password
        finally:
            opened.close()
    server_link.clear_link(desk, officers[Role.ADMIN])
    assert credential_store.kept == {} and stored_password(url) is None


def test_a_computer_without_a_protected_store_is_told_and_nothing_is_saved(desk, officers, shared_folder):
    before, saved = (
        keyring.get_keyring(),
        desk.paths.server_file.read_bytes() if desk.paths.server_file.exists() else None,
    )
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(ValidationError, match="Windows Credential Manager") as refused:
            server_link.save_link(desk, officers[Role.ADMIN], session_server(), shared_folder, SECRET)
        assert refused.value.field == "password" and SECRET not in str(refused.value)
        assert (desk.paths.server_file.read_bytes() if desk.paths.server_file.exists() else None) == saved
        assert stored_password(session_server()) is None  # and nothing is read from such a store either
    finally:
        keyring.set_keyring(before)
