"""Backups and restore: one zip per backup (database snapshot, archived papers, keys, manifest), rotated, verified.

On the office's PostgreSQL server the database part is the server's own `pg_dump` (custom format) instead of the
file's snapshot; such a backup is verified here but restored with `pg_restore` (see README)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath

from peewee import Database, DatabaseError

from kampar_desk import __version__
from kampar_desk.domain.backups import backups_to_keep
from kampar_desk.domain.errors import DataFolderProblem, DeskError, StorageError
from kampar_desk.domain.letters import DEFAULT_NUMBER_TEMPLATE
from kampar_desk.domain.texts import decimal_id
from kampar_desk.paths import AppPaths
from kampar_desk.services.audit import ChainHead, chain_head, verify_chain_of
from kampar_desk.services.counter_floors import (
    Floors,
    archive_floors,
    database_floors,
    floors_from_json,
    floors_to_json,
    merge_floors,
)
from kampar_desk.services.data_folder import RESTORE_READY, staging_dir
from kampar_desk.services.desk import Desk
from kampar_desk.services.exporting import ExportError, target_fault_reason
from kampar_desk.services.files import TEMPORARY_SUFFIX, sync_folder
from kampar_desk.services.instance import DataFolderLock
from kampar_desk.store import server_dump
from kampar_desk.store.database import DAMAGED_MESSAGE, is_server
from kampar_desk.store.faults import storage_error
from kampar_desk.store.models import MODELS, Counter, Setting
from kampar_desk.store.snapshot import check_integrity, read_only, snapshot_to

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # step, of steps, what is happening

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_MEMBER = "database/kampar-desk.db"
#: On the server: `pg_dump --format=custom` of the office's database, in place of DATABASE_MEMBER.
DUMP_MEMBER = "database/kampar-desk.pgdump"
SQLITE_DATABASE = "sqlite"
SERVER_DATABASE = "postgresql"
#: Folders of the data folder that go into a backup; keys as they are stored (see README, "Cadangan").
ARCHIVED_FOLDERS = ("documents", "letters", "keys", "branding")
NAME_PREFIX = "kampar-desk-"
AUTOMATIC = "otomatis"
ON_EXIT = "keluar"
MANUAL = "manual"
_STAMP = "%Y%m%d-%H%M%S"


class BackupRejected(DeskError):
    """The file is not a whole, genuine Kampar Desk backup; nothing was changed."""


@dataclass(frozen=True)
class BackupManifest:
    """What a backup holds, written last into the zip: counts, the audit chain head, a hash of every member."""

    format: int
    app_version: str
    created_at: str  # UTC
    taken_at: str  # the office's local time, as in the file name
    office_code: str
    reason: str
    counts: dict[str, int]
    audit_count: int
    audit_head: str
    counters: list[dict]
    members: dict[str, str] = field(repr=False)
    #: SQLITE_DATABASE (the file, DATABASE_MEMBER) or SERVER_DATABASE (a pg_dump, DUMP_MEMBER); older backups: file
    database: str = SQLITE_DATABASE

    @classmethod
    def parse(cls, text: bytes) -> BackupManifest:
        data = json.loads(text)
        fields = cls.__dataclass_fields__
        return cls(**{name: data[name] for name in fields if name in data or name != "database"})

    def to_json(self) -> str:
        return json.dumps(self.__dict__, indent=1, sort_keys=True, ensure_ascii=False)

    @property
    def applications(self) -> int:
        return self.counts.get("application", 0)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local office time, from the file name
    reason: str
    size: int

    @property
    def label(self) -> str:
        kinds = {AUTOMATIC: "otomatis", ON_EXIT: "saat keluar", MANUAL: "manual"}
        size = decimal_id(self.size / 1e6, 1)
        return f"{self.taken_at:%d-%m-%Y %H:%M} ({kinds.get(self.reason, self.reason)}, {size} MB)"


def _silent(step: int, of: int, text: str) -> None:
    pass


def backup_name(taken_at: datetime, reason: str) -> str:
    return f"{NAME_PREFIX}{taken_at:{_STAMP}}-{reason}.zip"


def parse_backup_name(path: Path) -> tuple[datetime, str] | None:
    if not (path.name.startswith(NAME_PREFIX) and path.suffix == ".zip"):
        return None
    stem = path.name[len(NAME_PREFIX) : -len(".zip")]
    try:
        return datetime.strptime(stem[:15], _STAMP), stem[16:]
    except ValueError:
        return None


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in a folder (the rotation folder, a USB stick), newest first."""
    found = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            parsed = parse_backup_name(path)
            if parsed and path.is_file():
                found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


#: The archived folders that live in the papers folder (shared by every counter when the office uses a server).
PAPER_FOLDERS = ("documents", "letters", "keys")


def _archived_files(paths: AppPaths) -> list[tuple[str, Path]]:
    files = []
    for name in ARCHIVED_FOLDERS:
        base = paths.papers_dir if name in PAPER_FOLDERS else paths.data_dir
        for folder, _subfolders, names in os.walk(base / name):
            for file_name in sorted(names):
                if file_name.endswith(TEMPORARY_SUFFIX):
                    continue  # a paper whose action did not commit: not part of the records
                path = Path(folder) / file_name
                files.append((path.relative_to(base).as_posix(), path))
    return sorted(files)


def _add(archive: zipfile.ZipFile, path: Path, name: str, compress: bool) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    archive.write(path, name, compress_type=zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED)
    return digest.hexdigest()


def _describe(db: Database) -> tuple[dict[str, int], ChainHead, list[dict]]:
    counts = {model._meta.table_name: model.select().bind(db).count() for model in MODELS}
    counters = [
        {"series": row.series, "year": row.year, "last": row.last}
        for row in Counter.select().order_by(Counter.series, Counter.year).bind(db)
    ]
    return counts, chain_head(db), counters


def _check_every_page(path: Path) -> None:
    """The daily backup reads every page of the database (`quick_check`, on its own read-only connection): a big
    file is only partly checked at start (`store.database.start_check`), and the copy alone would not read the
    indexes. Damage stops the backup with the same sentence the start gives."""
    found = check_integrity(path, quick=True)
    if found != "ok":
        raise DataFolderProblem("damaged", DAMAGED_MESSAGE.format(path=path, detail=found[:200]))


def create_backup(
    desk: Desk, folder: Path | None = None, reason: str = MANUAL, progress: Progress | None = None
) -> BackupInfo:
    """Write one backup file to `folder` (a USB stick, any folder) or, by default, to the rotated backups.

    Consistent while the app runs (`VACUUM INTO`), written under a temporary name and renamed when whole."""
    report = progress or _silent
    rotating = folder is None
    target = desk.paths.backups_dir if folder is None else folder
    if not target.is_dir():
        raise ExportError(f"Folder tujuan {target} tidak ada (flashdisk terlepas?).")
    taken_at = desk.local_now().replace(microsecond=0)
    final = target / backup_name(taken_at, reason)
    server = is_server()
    # The scratch copy goes to the system's temporary folder: a read-only or full data folder can still be saved.
    if reason == AUTOMATIC and not server:
        _check_every_page(desk.paths.database)
    with tempfile.TemporaryDirectory(prefix="kampar-desk-cadangan-") as scratch:
        snapshot = Path(scratch) / ("kampar-desk.pgdump" if server else "kampar-desk.db")
        report(0, 3, "Menyalin basis data")
        if server:
            counts, head, counters = _dump_server(desk, snapshot)
        else:
            try:
                snapshot_to(snapshot)
                with read_only(snapshot) as db:
                    counts, head, counters = _describe(db)
            except Exception as error:
                fault = storage_error(error)
                if fault is None:
                    raise
                raise fault from error
        # Listed after the snapshot: a letter committed meanwhile has its PDF in the zip even if not its row;
        # the other way round a restored register would name a PDF the backup lacks.
        files = _archived_files(desk.paths)
        steps = len(files) + 3
        needed = snapshot.stat().st_size + sum(path.stat().st_size for _, path in files)
        with contextlib.suppress(OSError):
            free = shutil.disk_usage(target).free
            if free < needed + (1 << 20):
                raise ExportError(
                    f"Tempat di {target} tidak cukup untuk cadangan: perlu sekitar {decimal_id(needed / 1e6, 1)} MB, "
                    f"tersedia {decimal_id(free / 1e6, 1)} MB. Kosongkan sebagian isinya atau pakai flashdisk lain."
                )
        temporary = target / f".{final.name}{TEMPORARY_SUFFIX}"
        try:
            with zipfile.ZipFile(temporary, "w", allowZip64=True) as archive:
                # a pg_dump archive is compressed already
                database_member = DUMP_MEMBER if server else DATABASE_MEMBER
                members = {database_member: _add(archive, snapshot, database_member, compress=not server)}
                for index, (name, path) in enumerate(files, start=1):
                    if index % 50 == 1:
                        report(index, steps, f"Menyalin arsip ({index} dari {len(files)} berkas)")
                    # PDFs and PNGs are compressed already: storing them is as small and much faster.
                    members[name] = _add(archive, path, name, compress=path.suffix not in (".pdf", ".png"))
                manifest = BackupManifest(
                    format=FORMAT_VERSION,
                    app_version=__version__,
                    created_at=desk.now().isoformat(timespec="seconds"),
                    taken_at=taken_at.isoformat(),
                    office_code=desk.office().code,
                    reason=reason,
                    counts=counts,
                    audit_count=head.count,
                    audit_head=head.hash,
                    counters=counters,
                    members=members,
                    database=SERVER_DATABASE if server else SQLITE_DATABASE,
                )
                archive.writestr(MANIFEST, manifest.to_json())
            report(steps - 1, steps, "Memastikan cadangan tersimpan")
            with open(temporary, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temporary, final)
            sync_folder(target)
        except BaseException as error:  # a pulled stick, a full disk, Ctrl+C: never a half file left behind
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
            if isinstance(error, OSError):
                raise ExportError(target_fault_reason(error, target)) from None
            raise
    log.info("Backup written: %s (%s files, audit head %s)", final, len(files) + 1, head.count)
    if rotating:
        rotate_backups(desk.paths)
    report(steps, steps, "Selesai")
    return BackupInfo(final, taken_at, reason, final.stat().st_size)


def _dump_server(desk: Desk, target: Path) -> tuple[dict[str, int], ChainHead, list[dict]]:
    """The office's server into `target` with its own pg_dump, and the manifest's figures read from the very
    snapshot pg_dump dumps (counters may keep working meanwhile)."""
    url = desk.paths.database_url
    if url is None:
        raise DeskError("Alamat server basis data tidak diketahui: cadangan server tidak dapat dibuat.")
    with server_dump.server_snapshot(url) as view:
        described = _describe(view.db)
        tool = server_dump.dump(url, view, target)
    log.info("Server dumped with %s (%s) for server %s", tool.path, tool.version, view.server_version)
    return described


def rotate_backups(paths: AppPaths) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps; returns what was deleted."""
    backups = list_backups(paths.backups_dir)
    keep = backups_to_keep(info.taken_at for info in backups)
    removed = []
    for info in backups:
        if info.taken_at not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    return removed


def automatic_backups_apply(desk: Desk) -> bool:
    """Whether this PC takes the automatic backups (first start of the day, on exit). Not on the office's server:
    each counter would dump the whole office and copy every paper over the network, and closing would wait for it;
    the server is backed up once, on the server PC, by a scheduled `kampar-desk backup` (README)."""
    del desk
    return not is_server()


def backup_taken_today(desk: Desk) -> bool:
    today = desk.today()
    return any(info.taken_at.date() == today for info in list_backups(desk.paths.backups_dir))


# --- verification and restore -------------------------------------------------------------------------------------


#: How a server backup is restored (README, "Bila server mati"): into a new database, never over the running one.
SERVER_RESTORE_HINT = (
    f"pulihkan ke basis data baru di server dengan pg_restore ({DUMP_MEMBER} dari berkas zip ini: "
    "createdb kampar_pulih, lalu pg_restore --no-owner -d kampar_pulih kampar-desk.pgdump), salin folder documents, "
    "letters dan keys ke folder arsip bersama, lalu arahkan loket ke basis data itu (Pengaturan > Basis data)."
)


@dataclass(frozen=True)
class CheckedBackup:
    path: Path
    manifest: BackupManifest

    def describe(self) -> str:
        m = self.manifest
        taken = datetime.fromisoformat(m.taken_at)
        text = (
            f"Cadangan {self.path.name} utuh, dibuat {taken:%d-%m-%Y %H:%M}: {m.applications} berkas permohonan, "
            f"{m.counts.get('letter', 0)} surat, {len(m.members) - 1} berkas arsip, rantai audit {m.audit_count} "
            "peristiwa."
        )
        if m.database == SERVER_DATABASE:
            text += f" Basis data dari server PostgreSQL (pg_dump): {SERVER_RESTORE_HINT}"
        return text


def _safe_member(name: str) -> bool:
    """Only the database and files inside the archived folders: nothing that could land elsewhere when unpacked."""
    if name in (DATABASE_MEMBER, DUMP_MEMBER):
        return True
    path = PurePosixPath(name)
    return (
        len(path.parts) >= 2
        and path.parts[0] in ARCHIVED_FOLDERS
        and not name.endswith("/")
        and ".." not in path.parts
        and "\\" not in name
        and ":" not in name
        and not path.name.endswith(TEMPORARY_SUFFIX)
    )


def verify_backup(path: Path, progress: Progress | None = None) -> CheckedBackup:
    """Check a backup before it may replace anything: every member's hash, the database's integrity, the audit chain."""
    report = progress or _silent
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BackupRejected(f"Berkas cadangan {path} tidak ditemukan.") from None
    except (zipfile.BadZipFile, OSError):
        raise BackupRejected(f"{path.name} rusak atau bukan berkas cadangan Kampar Desk.") from None
    with archive, tempfile.TemporaryDirectory(prefix="kampar-desk-periksa-") as scratch:
        try:
            manifest = BackupManifest.parse(archive.read(MANIFEST))
        except (KeyError, ValueError, TypeError):
            raise BackupRejected(f"{path.name} tidak memuat daftar isi cadangan yang sah (manifest).") from None
        if not isinstance(manifest.members, dict):
            raise BackupRejected(f"{path.name} tidak memuat daftar isi cadangan yang sah (manifest).")
        if manifest.format != FORMAT_VERSION:
            raise BackupRejected(f"{path.name} dibuat dengan format cadangan {manifest.format} yang tidak dikenal.")
        listed = archive.namelist()
        names = set(listed) - {MANIFEST}
        duplicated = len(listed) != len(set(listed)) or len({name.lower() for name in listed}) != len(listed)
        database_member = DUMP_MEMBER if manifest.database == SERVER_DATABASE else DATABASE_MEMBER
        if duplicated or names != set(manifest.members) or database_member not in names:
            raise BackupRejected(f"{path.name} tidak lengkap: isinya berbeda dari daftar isinya.")
        unsafe = [name for name in names if not _safe_member(name)]
        if unsafe:
            raise BackupRejected(f"{path.name} memuat nama berkas yang tidak sah ({unsafe[0]}).")
        for index, name in enumerate(sorted(names), start=1):
            if index % 50 == 1:
                report(index, len(names) + 2, f"Memeriksa isi ({index} dari {len(names)})")
            digest = hashlib.sha256()
            try:
                with archive.open(name) as member:
                    for block in iter(lambda: member.read(1 << 20), b""):  # the lambda is consumed at once
                        digest.update(block)
            except (zipfile.BadZipFile, OSError, EOFError):
                raise BackupRejected(f"{path.name} rusak: {name} tidak dapat dibaca.") from None
            if digest.hexdigest() != manifest.members[name]:
                raise BackupRejected(f"{path.name} rusak: isi {name} tidak sesuai dengan daftar isinya.")
        report(len(names) + 1, len(names) + 2, "Memeriksa basis data")
        if manifest.database == SERVER_DATABASE:
            _check_dump(path, Path(archive.extract(DUMP_MEMBER, scratch)))
            return CheckedBackup(path, manifest)
        database_copy = Path(archive.extract(DATABASE_MEMBER, scratch))
        integrity = check_integrity(database_copy)
        if integrity != "ok":
            raise BackupRejected(f"Basis data di {path.name} rusak ({integrity}).")
        with read_only(database_copy) as db:
            chain = verify_chain_of(db)
            head = chain_head(db)
        if not chain.intact:
            raise BackupRejected(f"Rantai audit di {path.name} tidak utuh: {chain.describe()}")
        if (head.count, head.hash) != (manifest.audit_count, manifest.audit_head):
            raise BackupRejected(f"Rantai audit di {path.name} tidak sama dengan yang dicatat saat pencadangan.")
    return CheckedBackup(path, manifest)


def _check_dump(backup: Path, dump: Path) -> None:
    """A server backup's database part must be a whole pg_dump archive (`pg_restore --list` reads it). Without
    pg_restore on this PC only the hashes were checked; the chain is checked after the restore (`audit verify`)."""
    try:
        tool = server_dump.find_tool("pg_restore")
    except server_dump.DumpFailed as missing:
        log.warning("Server backup %s: archive not listed (%s)", backup.name, missing)
        return
    try:
        server_dump.list_dump(dump, tool)
    except server_dump.DumpFailed as error:
        raise BackupRejected(f"Basis data di {backup.name} rusak: {error}") from None


def newest_good_backup(paths: AppPaths) -> CheckedBackup | None:
    """The newest backup in the rotation folder that passes `verify_backup` (used when the database is lost)."""
    for info in list_backups(paths.backups_dir):
        try:
            return verify_backup(info.path)
        except BackupRejected as error:
            log.warning("Backup %s skipped: %s", info.path.name, error)
    return None


@dataclass(frozen=True)
class RestoreResult:
    checked: CheckedBackup
    data_dir: Path
    moved_aside: Path | None


FLOORS_FILE = "counter-floors.json"


def floors_of_folder(paths: AppPaths) -> Floors:
    """The numbers already given out by the installation a restore replaces: its counters (when its database can
    still be read) and every number in its archive, so the restored office never gives one out twice."""
    templates = {DEFAULT_NUMBER_TEMPLATE}
    from_database: Floors = {}
    readable = paths.database.is_file() and paths.database.stat().st_size > 0
    if readable and check_integrity(paths.database, quick=True) == "ok":
        try:
            with read_only(paths.database) as db:
                from_database = database_floors(db)
                row = Setting.select().where(Setting.key == "letter_number_template").bind(db).first()
                if row is not None:
                    templates.add(row.value)
        except DatabaseError as error:
            log.warning("The database being replaced could not be read for its counters: %s", error)
    pending: Floors = {}
    floors_file = paths.data_dir / FLOORS_FILE
    if floors_file.exists():  # an earlier restore's floors, not yet applied by a start: they still hold
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            pending = floors_from_json(json.loads(floors_file.read_text(encoding="utf-8")))
    return merge_floors(from_database, pending, archive_floors(paths, templates))


def _free_stamp(data_dir: Path) -> str:
    """A time stamp no earlier restore of this folder has used (two restores in one second must not clash)."""
    base = f"{datetime.now():{_STAMP}}"
    stamp, n = base, 1
    while any(
        p.exists() for p in (staging_dir(data_dir, stamp), data_dir.parent / f"{data_dir.name}-sebelum-pulih-{stamp}")
    ):
        n += 1
        stamp = f"{base}-{n}"
    return stamp


def _unpack(backup: Path, manifest: BackupManifest, staging: Path, report: Progress) -> None:
    with zipfile.ZipFile(backup) as archive:
        names = sorted(manifest.members)
        for index, name in enumerate(names, start=1):
            if index % 50 == 1:
                report(index, len(names), f"Memulihkan ({index} dari {len(names)} berkas)")
            target = staging / ("kampar-desk.db" if name == DATABASE_MEMBER else name)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(name) as source, open(target, "wb") as sink:
                shutil.copyfileobj(source, sink, 1 << 20)
                sink.flush()
                os.fsync(sink.fileno())


def restore_backup(
    paths: AppPaths, backup: Path, floors: list[dict] | None = None, progress: Progress | None = None
) -> RestoreResult:
    """Replace the data folder by a verified backup. The caller has closed the database and the log file (Windows
    cannot move a folder holding an open file) and holds no lock on it.

    The backup is verified first (a bad one changes nothing); it is unpacked beside the data folder, the current
    folder is moved aside (never deleted) and the restored one takes its place with one rename. `floors` are the
    counters of the folder being replaced, so numbers given out after the backup are never given out again."""
    report = progress or _silent
    if paths.database_url is not None:
        # The office's records are on the server: replacing this folder by an old local file would split the office.
        raise BackupRejected(
            f"Folder data ini memakai server basis data kantor; folder data tidak diganti oleh {backup.name}. "
            "Cadangan server dipulihkan oleh petugas TI di server: " + SERVER_RESTORE_HINT
        )
    checked = verify_backup(backup, progress)
    if checked.manifest.database == SERVER_DATABASE:
        raise BackupRejected(
            f"{backup.name} adalah cadangan server basis data PostgreSQL; folder data tidak diganti. Untuk memulihkan: "
            + SERVER_RESTORE_HINT
        )
    # Held for the whole swap: no Kampar Desk may open the folder while it is replaced (the lock file lies beside
    # the folder, so holding it does not stop the folder from moving).
    with DataFolderLock(paths):
        return _restore_locked(paths, backup, checked, floors, report)


def _restore_locked(
    paths: AppPaths, backup: Path, checked: CheckedBackup, floors: list[dict] | None, report: Progress
) -> RestoreResult:
    if paths.data_dir.exists() and not paths.data_dir.is_dir():
        raise DeskError(f"{paths.data_dir} adalah berkas, bukan folder data; pulihkan ke folder lain.")
    if floors is None:
        floors = floors_to_json(floors_of_folder(paths))
    data_dir = paths.data_dir
    stamp = _free_stamp(data_dir)
    staging = staging_dir(data_dir, stamp)
    moved_aside = data_dir.parent / f"{data_dir.name}-sebelum-pulih-{stamp}" if data_dir.exists() else None
    with zipfile.ZipFile(backup) as archive:
        needed = sum(info.file_size for info in archive.infolist())
    with contextlib.suppress(OSError):
        free = shutil.disk_usage(data_dir.parent).free
        if free < needed + (16 << 20):
            raise StorageError(
                "disk_full",
                f"Tempat di disk tidak cukup untuk memulihkan: perlu sekitar {decimal_id(needed / 1e6, 0)} MB, "
                f"tersedia {decimal_id(free / 1e6, 0)} MB. Tidak ada yang diubah; kosongkan ruang disk lalu ulangi.",
            )
    try:
        staging.mkdir(parents=True)
        _unpack(backup, checked.manifest, staging, report)
        if floors:
            (staging / FLOORS_FILE).write_text(json.dumps(floors), encoding="utf-8")
        (staging / RESTORE_READY).write_text(backup.name, encoding="utf-8")
        sync_folder(staging)
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)  # only what was unpacked from the zip is in it
        if isinstance(error, OSError):
            raise (storage_error(error) or DeskError(f"Pemulihan gagal: {error.strerror or error}.")) from error
        raise
    try:
        if moved_aside is not None:
            os.replace(data_dir, moved_aside)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise DeskError(
            f"Folder data {data_dir} tidak dapat dipindahkan (masih dibuka program lain?). Tidak ada yang diubah; "
            "tutup Kampar Desk dan program lain yang membuka folder itu, lalu ulangi."
        ) from error
    try:
        os.replace(staging, data_dir)
    except OSError as error:
        if moved_aside is not None:
            os.replace(moved_aside, data_dir)  # put the office's folder back as it was
        shutil.rmtree(staging, ignore_errors=True)
        raise DeskError(
            f"Pemulihan gagal dan dibatalkan; folder data tetap seperti semula ({error.strerror})."
        ) from error
    (data_dir / RESTORE_READY).unlink()
    sync_folder(data_dir.parent)
    if moved_aside is not None:
        # The rotated backups and the log stay with the installation; if one cannot move, it stays aside, whole.
        for name in (paths.backups_dir.name, paths.logs_dir.name):
            try:
                if (moved_aside / name).is_dir():
                    shutil.rmtree(data_dir / name, ignore_errors=True)
                    os.replace(moved_aside / name, data_dir / name)
            except OSError:
                log.warning("Could not bring %s over from the folder moved aside", name, exc_info=True)
    report(1, 1, "Selesai")
    log.warning("Restored %s into %s (old folder moved to %s)", backup, data_dir, moved_aside)
    return RestoreResult(checked, data_dir, moved_aside)
