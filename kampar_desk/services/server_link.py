"""Which database this counter uses (the local SQLite file, or the office's PostgreSQL server named in the data
folder's server file), the connection test, and the admin's choice of server (Pengaturan > Basis data).

The server file holds the server's address and the shared papers folder, never a password: libpq reads that from
PGPASSWORD or from the password file the office's IT person sets up for each Windows user. A new choice takes effect
at the next start; the running app keeps the database it opened.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from kampar_desk.domain.errors import StorageError, ValidationError
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.paths import DATABASE_URL_ENV, AppPaths
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.files import write_atomically
from kampar_desk.services.records import StaffRecord
from kampar_desk.store.database import (
    check_server,
    describe_server,
    is_server_url,
    names_password,
    ping_server,
    write_transaction,
)
from kampar_desk.store.server_secret import SecretStoreMissing, forget_password, store_available, store_password

#: where the server address of this run came from (see AppPaths.database_url)
FLAG = "flag"
ENV = "env"
FILE = "file"
SOURCE_LABELS = {
    FLAG: "--database-url saat aplikasi dibuka",
    ENV: f"variabel lingkungan {DATABASE_URL_ENV}",
    FILE: "Pengaturan > Basis data",
}

#: audit actions (labels in domain/labels.EVENT_LABELS)
LINKED = "link_database_server"
UNLINKED = "unlink_database_server"

NEXT_START = "Berlaku saat Kampar Desk dibuka lagi: tutup aplikasi ini, lalu buka kembali."
URL_EXAMPLE = "postgresql://kampar_app@192.168.1.10:5432/kampar"
BAD_URL = f"Alamat server harus diawali postgresql://, contoh {URL_EXAMPLE}."
UNREADABLE_URL = f"Alamat server tidak dapat dibaca ({{detail}}). Contoh alamat yang benar: {URL_EXAMPLE}."
PASSWORD_IN_URL = (
    "Alamat server memuat kata sandi. Kata sandi tidak disimpan di berkas pengaturan: hapus dari alamat dan isi "
    "kotak Kata sandi, yang disimpan di Windows Credential Manager pengguna Windows ini."
)
NO_PAPERS_DIR = (
    "Folder arsip bersama wajib diisi: semua loket menyimpan dan membuka dokumen dan surat di folder yang sama, "
    r"misalnya \\PC-SERVER\arsip-kampar."
)
PAPERS_DIR_NOT_ABSOLUTE = (
    r"Folder arsip bersama harus ditulis lengkap, misalnya \\PC-SERVER\arsip-kampar atau D:\arsip."
)
PAPERS_DIR_MISSING = (
    "Folder arsip bersama {folder} tidak ditemukan dari komputer ini. Periksa nama folder dan jaringan (folder itu "
    "harus sudah dibagikan dan dapat dibuka dari loket ini), lalu ulangi."
)
PAPERS_DIR_READ_ONLY = (
    "Folder arsip bersama {folder} tidak dapat ditulisi dari komputer ini ({detail}). Minta petugas TI memberi izin "
    "tulis untuk pengguna Windows loket ini, lalu ulangi."
)


@dataclass(frozen=True)
class ServerLink:
    """The database a data folder opens: `url` None means the local SQLite file `database_file`."""

    url: str | None
    #: the shared folder of the archived papers (with a server), else None: the papers stay in the data folder
    papers_dir: Path | None
    #: host:port/database, never the password; "" for the local file
    address: str
    #: FLAG, ENV or FILE; None for the local file
    source: str | None
    database_file: Path

    @property
    def on_server(self) -> bool:
        return self.url is not None

    def describe(self) -> str:
        """One line for the officer: 'Berkas lokal: <path>' or 'Server: host:port/db'."""
        return f"Server: {self.address}" if self.on_server else f"Berkas lokal: {self.database_file}"


def current_link(paths: AppPaths) -> ServerLink:
    """Where the data of `paths` is: `--database-url`, then KAMPAR_DESK_DATABASE_URL, then the server file, else
    the local file (the order AppPaths.database_url follows)."""
    url, source = paths.given_database_url or None, FLAG
    if url is None:
        url, source = os.environ.get(DATABASE_URL_ENV, "").strip() or None, ENV
    if url is None:
        url, source = paths.saved_server().get("url") or None, FILE
    if url is None:
        return ServerLink(None, None, "", None, paths.database)
    return ServerLink(url, paths.papers_dir, describe_server(url), source, paths.database)


def saved_link(paths: AppPaths) -> ServerLink:
    """What Pengaturan > Basis data saved (the server file alone): what the next start uses when neither
    `--database-url` nor KAMPAR_DESK_DATABASE_URL is given."""
    saved = paths.saved_server()
    url = saved.get("url") or None
    if url is None:
        return ServerLink(None, None, "", None, paths.database)
    papers = Path(saved["papers_dir"]) if saved.get("papers_dir") else paths.data_dir
    return ServerLink(url, papers, describe_server(url), FILE, paths.database)


NO_SECRET_STORE = (
    "Komputer ini tidak punya penyimpanan sandi yang aman (Windows Credential Manager), jadi kata sandi tidak "
    "disimpan. Kosongkan kata sandi dan minta petugas TI menyiapkan PGPASSWORD atau pgpass.conf (lihat README)."
)


def check_url(url: str) -> str:
    """The address, trimmed, when it names a PostgreSQL server in a form libpq reads; `ValidationError` if not."""
    from psycopg.conninfo import conninfo_to_dict

    url = url.strip()
    if not is_server_url(url):
        raise ValidationError("url", BAD_URL)
    try:
        conninfo_to_dict(url)
    except Exception as error:  # whatever libpq's parser says about a mistyped address, said as such
        detail = (str(error).strip().splitlines() or [type(error).__name__])[0][:120]
        raise ValidationError("url", UNREADABLE_URL.format(detail=detail)) from error
    return url


def test_link(url: str, password: str = "") -> str:
    """Connect once to `url` (the settings' 'Uji koneksi'), with `password` or the one kept for it: a sentence with the
    server's version, or `DataFolderProblem` (kind OFFLINE) saying why not."""
    url = check_url(url)
    version = check_server(url, password)
    return f"Koneksi berhasil: server basis data {describe_server(url)} menjawab (PostgreSQL {version})."


def _check_papers_dir(papers_dir: str | Path | None) -> Path:
    """The shared papers folder must be named in full, exist and take a file from this counter."""
    text = str(papers_dir or "").strip()
    if not text:
        raise ValidationError("papers_dir", NO_PAPERS_DIR)
    folder = Path(text)
    if not folder.is_absolute():
        raise ValidationError("papers_dir", PAPERS_DIR_NOT_ABSOLUTE)
    if not folder.is_dir():
        raise ValidationError("papers_dir", PAPERS_DIR_MISSING.format(folder=folder))
    probe = folder / f".kampar-desk-uji-{uuid.uuid4().hex}.tmp"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise ValidationError(
            "papers_dir", PAPERS_DIR_READ_ONLY.format(folder=folder, detail=error.strerror or error)
        ) from error
    return folder


def url_without_password(url: str) -> str:
    """The address as the data folder keeps it: the password stays out of every file (libpq finds it elsewhere)."""
    parts = urlsplit(url)
    if parts.password is not None:
        user, _at, host = parts.netloc.rpartition("@")
        parts = parts._replace(netloc=f"{user.partition(':')[0]}@{host}")
    if parts.query:  # libpq also takes the password as a query parameter
        kept = [pair for pair in parse_qsl(parts.query, keep_blank_values=True) if pair[0].lower() != "password"]
        parts = parts._replace(query=urlencode(kept))
    return urlunsplit(parts)


def write_link(paths: AppPaths, url: str, papers_dir: Path | None) -> None:
    """The data folder's server file (read by `AppPaths.saved_server`), written whole or not at all, never with a
    password; without a papers folder the papers stay in the data folder."""
    named = {"url": url_without_password(url)}
    if papers_dir is not None:
        named["papers_dir"] = str(papers_dir)
    write_atomically(paths.server_file, (json.dumps(named, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def save_link(
    desk: Desk, actor: StaffRecord, url: str, papers_dir: str | Path | None, password: str = ""
) -> ServerLink:
    """Admin only: name the office's server and the shared papers folder in the data folder's server file, after a
    connection test; recorded in the audit log of the database open now. Takes effect at the next start.

    `password` (may be empty when the IT person set PGPASSWORD or pgpass up instead) goes to the computer's
    credential store (Windows Credential Manager), never into the file, the log or the audit event."""
    actor = require(desk, actor, OfficeAction.SET_DATABASE_SERVER)
    url = check_url(url)
    if names_password(url):
        raise ValidationError("url", PASSWORD_IN_URL)
    folder = _check_papers_dir(papers_dir)
    if password and not store_available():
        raise ValidationError("password", NO_SECRET_STORE)
    check_server(url, password)  # a counter restarted onto a server it cannot reach could not work at all
    details = {"server": describe_server(url), "papers_dir": str(folder)}
    with write_transaction():
        append_event(desk.now(), actor.username, LINKED, details=details)
        # inside the transaction: a file that cannot be written (a StorageError) takes the audit event back with it
        write_link(desk.paths, url, folder)
    if password:  # kept only once the choice itself is saved
        try:
            store_password(url, password)
        except SecretStoreMissing as missing:
            raise ValidationError("password", NO_SECRET_STORE) from missing
    return saved_link(desk.paths)


def clear_link(desk: Desk, actor: StaffRecord) -> ServerLink:
    """Admin only: forget the saved server, so the next start opens the local file again (the server's data stays
    on the server; nothing is copied here). Recorded in the audit log of the database open now."""
    actor = require(desk, actor, OfficeAction.SET_DATABASE_SERVER)
    server_file = desk.paths.server_file
    saved = desk.paths.saved_server()
    if not server_file.exists():
        return saved_link(desk.paths)
    details = {"server": describe_server(saved["url"]) if saved.get("url") else ""}
    with write_transaction():
        append_event(desk.now(), actor.username, UNLINKED, details=details)
        server_file.unlink()
    if saved.get("url"):
        forget_password(saved["url"])
    return saved_link(desk.paths)


def ping() -> bool:
    """Whether the open database answers now (the status bar asks every few seconds, on a worker thread)."""
    try:
        ping_server()
    except StorageError:
        return False
    return True


def grant_counter(desk: Desk, role: str) -> str:
    """`kampar-desk db grant-counter ROLE`, run by IT with the owner's address: the counters' role may read and write
    the records and only read and add to the audit log (store/server_roles.py). Returns what was done, in Indonesian."""
    from kampar_desk.store.database import is_server
    from kampar_desk.store.server_roles import grant_counter_role, may_change_audit_log, valid_role_name

    del desk  # opened (and so migrated) by the caller with the owner's account: that is the point of the command
    if not is_server():
        raise ValidationError(
            "database_url", "Perintah ini untuk server PostgreSQL: jalankan dengan --database-url alamat server."
        )
    if not valid_role_name(role):
        raise ValidationError("role", f"Nama akun loket {role!r} tidak sah: huruf kecil, angka dan garis bawah saja.")
    grant_counter_role(role)
    if may_change_audit_log(role):
        raise ValidationError(
            "role", f"Akun {role} masih berhak mengubah log audit: apakah akun itu pemilik basis data?"
        )
    return f"Akun loket {role}: boleh membaca dan menulis catatan, log audit hanya dibaca dan ditambah."
