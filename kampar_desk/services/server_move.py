"""Moving an office from its local SQLite file to the office's PostgreSQL server (`kampar-desk db migrate-to-postgres`).

Every table is copied through the models (read by the models, written with their columns' conversions, streamed by
`store.server_copy.copy_rows`), in dependency order, in one transaction on the server: a refusal anywhere
leaves the server as empty as it was. The papers go to the shared papers folder first (copying them again is
harmless), the counts of both sides and the audit check of both sides must agree before the commit, and only then
does the data folder name the server (`server.json`) and the old file become read-only.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import CharField, Database, DatabaseError, ForeignKeyField, Model, PostgresqlDatabase

from kampar_desk.domain.audit import AuditCheck
from kampar_desk.domain.errors import DeskError
from kampar_desk.paths import AppPaths
from kampar_desk.services.audit import audit_check
from kampar_desk.services.catalog import load_catalog, load_regions
from kampar_desk.services.desk import Desk
from kampar_desk.services.files import TEMPORARY_SUFFIX
from kampar_desk.services.instance import DataFolderLock
from kampar_desk.services.server_link import write_link
from kampar_desk.store import server_copy
from kampar_desk.store.database import describe_server, is_server_url
from kampar_desk.store.models import MODELS, Application, AuditEvent, Setting, Staff
from kampar_desk.store.snapshot import read_only

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # step, of steps, what is happening

#: The folders of archived papers every counter must reach (see `AppPaths.papers_dir`).
PAPER_FOLDERS = ("documents", "letters", "keys")


class MoveRefused(DeskError):
    """The move cannot go on; nothing was written to the server (or only papers, which a new attempt reuses)."""


@dataclass(frozen=True)
class TableCount:
    table: str
    local: int  # rows in the SQLite file
    server: int  # rows on the server after the copy

    @property
    def equal(self) -> bool:
        return self.local == self.server


@dataclass(frozen=True)
class MoveReport:
    """What `db migrate-to-postgres` did, for the IT person: where to, how many rows per table, the audit verdict."""

    server: str  # host:port/database, never the password
    server_version: str
    counts: tuple[TableCount, ...]
    audit_before: AuditCheck  # the SQLite file
    audit_after: AuditCheck  # the server, checked before the commit
    papers_dir: Path
    papers_copied: int
    papers_present: int  # already in the papers folder with the same content
    sealed_file: Path
    sealed: bool  # False: the old file could not be made read-only (said in `lines`; the move itself stands)
    server_file: Path
    seconds: float

    def lines(self) -> list[str]:
        out = [f"Kantor dipindahkan ke server basis data {self.server} (PostgreSQL {self.server_version}).", ""]
        out.append(f"  {'Tabel':26} {'SQLite':>10} {'Server':>10}")
        for count in self.counts:
            mark = "" if count.equal else "  TIDAK SAMA"
            out.append(f"  {count.table:26} {count.local:>10} {count.server:>10}{mark}")
        out.append("")
        out.append("Log audit di server (diperiksa sebelum disimpan):")
        # no anchors are checked here: `kampar-desk audit verify` checks the backups' anchors on the server later
        out += [f"  {line}" for line in self.audit_after.lines() if not line.startswith("Jangkar di luar")]
        if not self.audit_before.intact:
            out.append("  Catatan: hasil pemeriksaan ini SAMA dengan berkas SQLite sebelum dipindahkan.")
        out.append("")
        out.append(
            f"Arsip (documents, letters, keys) di {self.papers_dir}: {self.papers_copied} berkas disalin"
            + (f", {self.papers_present} sudah ada." if self.papers_present else ".")
        )
        out.append(f"Folder data ini kini memakai server tersebut ({self.server_file}).")
        if self.sealed:
            out.append(
                f"Berkas SQLite lama {self.sealed_file} disimpan sebagai hanya-baca (jangan dihapus: bukti sebelum "
                "pindah)."
            )
        else:
            out.append(
                f"PERHATIAN: berkas SQLite lama {self.sealed_file} tidak dapat dibuat hanya-baca; buat hanya-baca "
                "sendiri (Properti > Hanya-baca) dan jangan dihapus."
            )
        out.append(
            "Langkah berikutnya: arahkan loket lain ke server yang sama (Pengaturan > Basis data), dengan folder "
            "arsip yang sama."
        )
        out.append(f"Waktu pemindahan: {self.seconds:.1f} detik.")
        return out


def _silent(step: int, of: int, text: str) -> None:
    pass


# --- papers ---------------------------------------------------------------------------------------------------------


def _paper_files(root: Path) -> list[Path]:
    files = []
    for name in PAPER_FOLDERS:
        for folder, _subfolders, names in os.walk(root / name):
            files += [Path(folder) / n for n in sorted(names) if not n.endswith(TEMPORARY_SUFFIX)]
    return sorted(files)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _same_folder(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        if a.exists() and b.exists():
            return a.samefile(b)
    return a.resolve() == b.resolve()


def _copy_papers(source: Path, target: Path, report: Progress) -> tuple[int, int]:
    """Copy the archived papers into the shared papers folder: (copied, already there). A paper already there with
    other content is refused before anything is copied: archived papers are never overwritten."""
    report(2, 6, f"Menyalin arsip ke {target}")
    if _same_folder(source, target):
        return 0, len(_paper_files(source))
    files = _paper_files(source)
    pending, present = [], 0
    for path in files:
        destination = target / path.relative_to(source)
        if destination.exists():
            if not destination.is_file() or destination.stat().st_size != path.stat().st_size:
                raise MoveRefused(_paper_clash(destination))
            if _sha256(destination) != _sha256(path):
                raise MoveRefused(_paper_clash(destination))
            present += 1
        else:
            pending.append((path, destination))
    try:
        for index, (path, destination) in enumerate(pending, start=1):
            if index % 200 == 1:
                report(2, 6, f"Menyalin arsip ke {target} ({index} dari {len(pending)} berkas)")
            destination.parent.mkdir(parents=True, exist_ok=True)
            temporary = destination.with_name(destination.name + TEMPORARY_SUFFIX)
            shutil.copy2(path, temporary)
            with open(temporary, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temporary, destination)
    except OSError as error:
        raise MoveRefused(
            f"Arsip tidak dapat disalin ke {target}: {error.strerror or error} ({error.filename}). Basis data belum "
            "dipindahkan; periksa folder arsip (terhubung? boleh ditulisi? cukup tempat?) lalu ulangi."
        ) from None
    return len(pending), present


def _paper_clash(path: Path) -> str:
    return (
        f"Folder arsip tujuan sudah memuat {path} dengan isi yang berbeda. Arsip tidak pernah ditimpa: pakai folder "
        "arsip yang baru dan kosong, lalu ulangi. Tidak ada yang dipindahkan."
    )


# --- the tables -----------------------------------------------------------------------------------------------------


#: How the IT person finds a row: a file's number, an account's user name, a setting's key; else its id.
_ROW_NAMES = {Application: "number", Staff: "username", Setting: "key", AuditEvent: "sequence"}


def _row_name(model: type[Model], fields: Sequence[Any], row: Sequence[Any]) -> str:
    names = [field.name for field in fields]
    wanted = _ROW_NAMES.get(model, "id")
    return f"{wanted} {row[names.index(wanted)]}" if wanted in names else "?"


def _checked(model: type[Model], fields: Sequence[Any], rows: Iterable[tuple]) -> Iterator[tuple]:
    """Rows as the server will take them: a text longer than its column (SQLite never enforced the limit) is refused
    here, naming the row, before the server refuses the whole batch without saying which."""
    limits = [
        (index, field.column_name, field.max_length)
        for index, field in enumerate(fields)
        if isinstance(field, CharField) and field.max_length
    ]
    for row in rows:
        for index, column, limit in limits:
            value = row[index]
            if isinstance(value, str) and len(value) > limit:
                raise MoveRefused(
                    f"Tabel {model._meta.table_name}, baris {_row_name(model, fields, row)}: isian {column} "
                    f"{len(value)} karakter, melebihi batas {limit} yang dipegang server. Tidak ada yang disalin ke "
                    "server; perbaiki isian itu di aplikasi (atau minta bantuan petugas TI), lalu ulangi."
                )
            if isinstance(value, str) and "\x00" in value:
                raise MoveRefused(
                    f"Tabel {model._meta.table_name}, baris {_row_name(model, fields, row)}: isian {column} memuat "
                    "karakter NUL yang tidak diterima server. Tidak ada yang disalin ke server; perbaiki isian itu, "
                    "lalu ulangi."
                )
        yield row


def _parents_first(rows: Iterable[tuple], key: int, parents: Sequence[int]) -> Iterator[tuple]:
    """A table that refers to itself (a re-registered file names its returned one): each row after the row it
    names. The file's arrival order nearly always is that order already; a row is held back only when it is not."""
    seen: set[Any] = set()
    waiting: dict[Any, list[tuple]] = {}
    for row in rows:
        ready = [row]
        while ready:
            current = ready.pop()
            missing = next(
                (
                    current[i]
                    for i in parents
                    if current[i] is not None and current[i] != current[key] and current[i] not in seen
                ),
                None,
            )
            if missing is not None:
                waiting.setdefault(missing, []).append(current)
                continue
            seen.add(current[key])
            yield current
            ready.extend(waiting.pop(current[key], ()))
    # Rows naming a row that does not exist: the server's foreign key refuses them, and the move says which table.
    for rows_left in waiting.values():
        yield from rows_left


def _source_rows(model: type[Model], source: Database) -> tuple[list[Any], Iterator[tuple]]:
    fields = list(model._meta.sorted_fields)
    order = {Application: Application.arrival_order, AuditEvent: AuditEvent.sequence}.get(model)
    query = model.select(*fields).order_by(order if order is not None else model._meta.primary_key)
    rows: Iterator[tuple] = query.tuples().bind(source).iterator()
    self_refs = [i for i, f in enumerate(fields) if isinstance(f, ForeignKeyField) and f.rel_model is model]
    if self_refs:
        rows = _parents_first(rows, fields.index(model._meta.primary_key), self_refs)
    return fields, _checked(model, fields, rows)


def _copy_table(model: type[Model], source: Database, target: PostgresqlDatabase) -> int:
    fields, rows = _source_rows(model, source)
    try:
        return server_copy.copy_rows(target, model, fields, rows)
    except (DatabaseError, ValueError, TypeError) as error:  # SQLite's loose types, or a row the server refuses
        detail = (str(error).strip().splitlines() or [type(error).__name__])[0][:200]
        raise MoveRefused(
            f"Server menolak baris tabel {model._meta.table_name} ({detail}). Tidak ada yang disalin ke server; "
            "perbaiki datanya (atau minta bantuan petugas TI), lalu ulangi."
        ) from error


def _counts(source: Database, target: Database) -> tuple[TableCount, ...]:
    return tuple(
        TableCount(model._meta.table_name, model.select().bind(source).count(), model.select().bind(target).count())
        for model in MODELS
    )


def _empty_or_refuse(target: Database, where: str) -> None:
    held = [(model._meta.table_name, model.select().bind(target).count()) for model in MODELS]
    held = [(table, count) for table, count in held if count]
    if held:
        listed = ", ".join(f"{table} {count}" for table, count in held[:6])
        raise MoveRefused(
            f"Basis data server {where} sudah berisi data ({listed}). Kantor hanya dipindahkan ke basis data yang "
            "baru dan kosong, agar tidak ada yang tercampur atau tertimpa: buat basis data baru di server (lihat "
            "README), lalu ulangi. Tidak ada yang diubah."
        )


# --- the audit log --------------------------------------------------------------------------------------------------


def _audit(desk: Desk, db: Database) -> AuditCheck:
    """`kampar-desk audit verify`'s own check (the chain and every record against its last event) on `db`."""
    with db.bind_ctx(MODELS):
        return audit_check(desk, (), rotated=False)


def _verdict(check: AuditCheck) -> tuple[Any, ...]:
    chain = check.chain
    findings = tuple(sorted((finding.record, finding.problem) for finding in check.findings))
    return chain.events_checked, chain.first_broken_sequence, findings, check.records_checked


def _refuse_different_audit(before: AuditCheck, after: AuditCheck) -> None:
    if _verdict(before) == _verdict(after):
        return
    known = {(finding.record, finding.problem) for finding in before.findings}
    new = [finding.describe() for finding in after.findings if (finding.record, finding.problem) not in known]
    detail = new[0] if new else f"{before.chain.describe()} → {after.chain.describe()}"
    raise MoveRefused(
        "Pemeriksaan log audit di server tidak sama dengan di berkas SQLite (" + detail + "). Tidak ada yang "
        "disimpan di server; simpan keluaran ini dan hubungi petugas TI."
    )


# --- the move -------------------------------------------------------------------------------------------------------


def _seal(path: Path) -> bool:
    """The old file made read-only; a refusal is only told (the office is on the server already)."""
    try:
        server_copy.seal_source(path)
    except (OSError, DatabaseError):
        log.warning("Could not make %s read-only after the move", path, exc_info=True)
        return False
    return True


def move_to_server(
    paths: AppPaths, url: str, papers_dir: Path | None = None, progress: Progress | None = None
) -> MoveReport:
    """Copy the office in `paths`' SQLite file (and its papers, to `papers_dir` when given) to the empty PostgreSQL
    database at `url`; then the data folder uses the server and the old file is read-only."""
    report = progress or _silent
    started = time.perf_counter()
    if not is_server_url(url):
        raise MoveRefused(
            f"{describe_server(url) if '://' in url else url!r} bukan alamat server PostgreSQL. Tulis seperti "
            "postgresql://pengguna@192.168.1.10:5432/kampar."
        )
    source_file = paths.database
    if paths.server_file.is_file():
        raise MoveRefused(
            f"Folder data {paths.data_dir} sudah memakai server basis data ({paths.server_file}). Kantor ini sudah "
            "dipindahkan; tidak ada yang diubah."
        )
    if not source_file.is_file() or source_file.stat().st_size == 0:
        raise MoveRefused(f"Tidak ada basis data SQLite di {source_file}: tidak ada yang dapat dipindahkan.")
    papers = papers_dir if papers_dir is not None else paths.data_dir
    with DataFolderLock(paths):  # no Kampar Desk writes to the file while it is copied
        report(0, 6, f"Menghubungi server {describe_server(url)}")
        target = server_copy.connect_target(url)
        try:
            version = server_copy.server_version(target)
            _empty_or_refuse(target, describe_server(url))
            report(1, 6, "Memeriksa berkas SQLite")
            server_copy.prepare_source(source_file)
            copied, present = _copy_papers(paths.data_dir, papers, report)
            desk = Desk(paths=paths, catalog=load_catalog(), regions=load_regions())
            with read_only(source_file) as source:
                report(3, 6, "Memeriksa log audit berkas SQLite")
                before = _audit(desk, source)
                counts, after = _copy_all(source, target, desk, before, url, report)
        finally:
            target.close()
        write_link(paths, url, papers_dir)
        sealed = _seal(source_file)
    seconds = time.perf_counter() - started
    rows = sum(count.server for count in counts)
    log.warning("Office moved to %s in %.1f s: %d rows, %d papers copied", describe_server(url), seconds, rows, copied)
    report(6, 6, "Selesai")
    return MoveReport(
        server=describe_server(url),
        server_version=version,
        counts=counts,
        audit_before=before,
        audit_after=after,
        papers_dir=papers,
        papers_copied=copied,
        papers_present=present,
        sealed_file=source_file,
        sealed=sealed,
        server_file=paths.server_file,
        seconds=seconds,
    )


def _dependency_order(models: Sequence[type[Model]]) -> list[type[Model]]:
    """Each table after the tables its foreign keys name (a table naming itself is handled by `_parents_first`)."""
    ordered: list[type[Model]] = []

    def visit(model: type[Model]) -> None:
        if model in ordered:
            return
        for field in model._meta.sorted_fields:
            if isinstance(field, ForeignKeyField) and field.rel_model is not model:
                visit(field.rel_model)
        ordered.append(model)

    for model in models:
        visit(model)
    return ordered


def _copy_all(
    source: Database, target: PostgresqlDatabase, desk: Desk, before: AuditCheck, url: str, report: Progress
) -> tuple[tuple[TableCount, ...], AuditCheck]:
    """The copy itself, in one transaction: refused whole unless the counts and the audit check match."""
    models = _dependency_order(MODELS)
    with server_copy.copy_transaction(target):
        _empty_or_refuse(target, describe_server(url))  # again under the lock: nobody filled it meanwhile
        for model in models:
            report(4, 6, f"Menyalin tabel {model._meta.table_name}")
            _copy_table(model, source, target)
        server_copy.reset_sequences(target)
        report(5, 6, "Membandingkan jumlah baris dan memeriksa log audit di server")
        counts = _counts(source, target)
        different = [count for count in counts if not count.equal]
        if different:
            listed = ", ".join(f"{c.table} {c.local} → {c.server}" for c in different)
            raise MoveRefused(f"Jumlah baris di server tidak sama ({listed}). Tidak ada yang disimpan di server.")
        after = _audit(desk, target)
        _refuse_different_audit(before, after)
    return counts, after
