"""The counter's password for the office's server, kept in the operating system's credential store (Windows
Credential Manager; the Secret Service on Linux), never in a file of ours."""

from __future__ import annotations

import contextlib
import logging

log = logging.getLogger(__name__)

SERVICE = "Kampar Desk basis data"


class SecretStoreMissing(RuntimeError):
    """This computer has no credential store that keeps a secret protected (keyring's fail or plaintext backends)."""


def account(url: str) -> str:
    """The store's key for a server address: user@host:port/database (the password never part of it)."""
    from psycopg.conninfo import conninfo_to_dict

    parts = conninfo_to_dict(url)
    host = parts.get("host") or "localhost"
    return f"{parts.get('user') or ''}@{host}:{parts.get('port') or 5432}/{parts.get('dbname') or ''}"


def _protected_store():
    import keyring
    from keyring.backends import fail

    store = keyring.get_keyring()
    # A backend that cannot keep a secret, or keeps it readable by anyone with the disk, is no store at all here.
    if isinstance(store, fail.Keyring) or "plaintext" in type(store).__module__.lower():
        raise SecretStoreMissing(type(store).__name__)
    return store


def store_available() -> bool:
    """Whether this computer has a credential store that protects what it keeps."""
    try:
        _protected_store()
    except SecretStoreMissing:
        return False
    return True


def stored_password(url: str) -> str | None:
    """The password kept for this address, or None (no store, nothing kept, or a store that will not answer)."""
    from keyring.errors import KeyringError

    try:
        return _protected_store().get_password(SERVICE, account(url))
    except (SecretStoreMissing, KeyringError):
        return None
    except Exception:  # a store that fails in its own way must not keep the counter from opening (libpq may ask)
        log.warning("The credential store did not answer", exc_info=True)
        return None


def store_password(url: str, password: str) -> None:
    """Keep `password` for this address; `SecretStoreMissing` where no protected store exists."""
    _protected_store().set_password(SERVICE, account(url), password)


def forget_password(url: str) -> None:
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(SecretStoreMissing, PasswordDeleteError, KeyringError):
        _protected_store().delete_password(SERVICE, account(url))
