"""Every filesystem location the app uses: user data folders and bundled resources, frozen or not."""

from __future__ import annotations

import errno
import json
import os
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import platformdirs

APP_NAME = "KamparDesk"
APP_AUTHOR = "DPMPTSP Kabupaten Kampar"
DATA_DIR_ENV = "KAMPAR_DESK_DATA"
DATABASE_URL_ENV = "KAMPAR_DESK_DATABASE_URL"
PAPERS_DIR_ENV = "KAMPAR_DESK_PAPERS_DIR"
#: In the data folder: the office's PostgreSQL server this counter uses (no password; see services/server_link.py).
SERVER_FILE = "server.json"


def resource_root() -> Path:
    """The folder holding `resources/`: beside the package in a checkout or wheel, in `_MEIPASS` when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource such as `resource_path("services")` or `resource_path("regions", "kampar.json")`."""
    return resource_root().joinpath(*parts)


def migrations_dir() -> Path:
    """Folder of numbered schema migrations (shipped as data in a frozen build, see packaging/)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "kampar_desk" / "store" / "migrations"
    return Path(__file__).resolve().parent / "store" / "migrations"


@dataclass(frozen=True)
class AppPaths:
    """The per-installation folders: database, archived PDFs, exports, logs."""

    data_dir: Path
    #: `--database-url`: wins over KAMPAR_DESK_DATABASE_URL and the data folder's server file for this run.
    given_database_url: str | None = None
    #: the local file whatever the environment or a server file says (the self-test's throwaway folder)
    local_only: bool = False

    @property
    def database(self) -> Path:
        """The local SQLite file (the default, and what `db migrate-to-postgres` copies from)."""
        return self.data_dir / "kampar-desk.db"

    @property
    def server_file(self) -> Path:
        """Names the office's PostgreSQL server when this counter uses one (written by Pengaturan > Basis data)."""
        return self.data_dir / SERVER_FILE

    @cached_property
    def database_url(self) -> str | None:
        """The PostgreSQL server's address this run uses, or None for the local SQLite file: `--database-url`, then
        KAMPAR_DESK_DATABASE_URL, then the data folder's server file. Read once: a server chosen in the settings takes
        effect at the next start, papers and database together."""
        if self.local_only:
            return None
        if self.given_database_url:
            return self.given_database_url
        return os.environ.get(DATABASE_URL_ENV, "").strip() or self.saved_server()["url"] or None

    @cached_property
    def papers_dir(self) -> Path:
        """Where the archived papers live: the data folder, or with a server the shared folder its file names (every
        counter must reach the same papers)."""
        if self.database_url is not None:
            chosen = os.environ.get(PAPERS_DIR_ENV, "").strip() or self.saved_server()["papers_dir"]
            if chosen:
                return Path(chosen)
        return self.data_dir

    def saved_server(self) -> dict[str, str]:
        """The data folder's server file as it stands now: its "url" and "papers_dir" ("" when absent, unreadable,
        or not set)."""
        try:
            saved = json.loads(self.server_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            saved = {}
        if not isinstance(saved, dict):
            saved = {}
        return {key: str(saved.get(key) or "").strip() for key in ("url", "papers_dir")}

    @property
    def documents_dir(self) -> Path:
        return self.papers_dir / "documents"

    @property
    def letters_dir(self) -> Path:
        return self.papers_dir / "letters"

    @property
    def logo_file(self) -> Path:
        """The letterhead emblem (PNG) chosen by the admin; absent means a text-only letterhead."""
        return self.data_dir / "branding" / "logo.png"

    @property
    def keys_dir(self) -> Path:
        """The office's signing keys, sealed by the signing officials' passwords (see services/keys.py)."""
        return self.papers_dir / "keys"

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / "exports"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs_dir / "kampar-desk.log"

    @property
    def backups_dir(self) -> Path:
        """The rotated automatic backups (7 daily, 5 weekly, 12 monthly); copy them to a USB stick too."""
        return self.data_dir / "backups"

    @property
    def lock_file(self) -> Path:
        """Held by the one Kampar Desk that has this data folder open; the OS frees it if that process dies. Beside
        the folder, not in it, so a restore can hold it while it moves the folder (Windows moves no folder holding
        an open file)."""
        return self.data_dir.parent / f".{self.data_dir.name}.kampar-desk.lock"

    @property
    def archive_dirs(self) -> tuple[Path, ...]:
        """Folders whose content only a real installation has: their presence means the database is not new."""
        return (self.documents_dir, self.letters_dir, self.keys_dir)

    def ensure(self) -> AppPaths:
        """Create the folders; `NotADirectoryError` naming the file when one of them or a parent is a file."""
        for folder in (
            self.data_dir,
            self.documents_dir,
            self.letters_dir,
            self.keys_dir,
            self.exports_dir,
            self.logs_dir,
            self.backups_dir,
        ):
            existing = next(path for path in (folder, *folder.parents) if path.exists())
            if not existing.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(existing))
            folder.mkdir(parents=True, exist_ok=True)
        return self

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None, database_url: str | None = None) -> AppPaths:
        """`--data-dir` wins, then `KAMPAR_DESK_DATA`, then the user's local (non-roaming) data folder."""
        chosen = data_dir or os.environ.get(DATA_DIR_ENV)
        if chosen:
            return cls(Path(chosen).expanduser().resolve(), database_url)
        return cls(platformdirs.user_data_path(APP_NAME, APP_AUTHOR, roaming=False), database_url)
