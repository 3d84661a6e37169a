"""After a crash: match the archive to the register (papers a committed action lacks, stray temporaries, counters)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from kampar_desk.domain.letters import DEFAULT_NUMBER_TEMPLATE
from kampar_desk.domain.numbering import INTAKE_PAPER_NAME
from kampar_desk.paths import AppPaths
from kampar_desk.services.audit import append_event
from kampar_desk.services.backup import FLOORS_FILE
from kampar_desk.services.counter_floors import (
    archive_floors,
    floors_from_json,
    merge_floors,
    raise_counters,
    register_floors,
)
from kampar_desk.services.data_folder import RESTORE_READY, check_data_folder
from kampar_desk.services.desk import Desk, open_desk
from kampar_desk.services.files import TEMPORARY_SUFFIX, promote
from kampar_desk.services.instance import DataFolderLock
from kampar_desk.services.letters.numbering import number_template
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import Application, Letter
from kampar_desk.store.rows import get_setting, put_setting

log = logging.getLogger(__name__)


CHECKED_UNTIL = "archive_checked_until"
SYSTEM_ACTOR = "sistem"
# Records committed this long before the last check are looked at again: clocks of two PCs may differ a little.
_MARGIN = timedelta(minutes=10)
_FIRST_LOOK_BACK = timedelta(days=1)


@dataclass
class ReconcileReport:
    """What the start-up pass repaired; `missing_letters` cannot be rebuilt (signed letters are unique)."""

    promoted: list[str] = field(default_factory=list)
    removed_temporaries: list[str] = field(default_factory=list)
    regenerated: list[str] = field(default_factory=list)
    missing_letters: list[str] = field(default_factory=list)
    counters_raised: list[dict] = field(default_factory=list)
    failed_steps: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(items for items, _ in self._parts())

    def _parts(self) -> tuple[tuple[list, str], ...]:
        return (
            (self.regenerated, f"{len(self.regenerated)} tanda terima/slip dibuat ulang"),
            (self.promoted, f"{len(self.promoted)} arsip surat dipulihkan"),
            (self.removed_temporaries, f"{len(self.removed_temporaries)} berkas sementara dihapus"),
            (self.counters_raised, f"{len(self.counters_raised)} penghitung nomor dinaikkan"),
            (self.missing_letters, f"ARSIP SURAT HILANG: {', '.join(self.missing_letters)}"),
            (self.failed_steps, f"pemeriksaan tidak selesai ({', '.join(self.failed_steps)}; rincian di log)"),
        )

    def describe(self) -> str:
        return "; ".join(text for items, text in self._parts() if items) or "arsip sesuai dengan basis data"


def _relative(paths: AppPaths, path: Path) -> str:
    return path.relative_to(paths.data_dir).as_posix()


def _temporaries(folder: Path) -> list[Path]:
    return sorted(folder.rglob(f"*{TEMPORARY_SUFFIX}")) if folder.is_dir() else []


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _finish_letters(desk: Desk, since: datetime, report: ReconcileReport) -> None:
    """Letters committed since the last check: a PDF left under its temporary name (killed between the commit and
    the rename) is moved into place when its hash is the registered one; a letter with no PDF at all is reported."""
    paths = desk.paths
    # updated_at too: a BSrE-signed PDF is imported long after its letter was issued.
    query = Letter.select().where((Letter.issued_at >= since) | (Letter.updated_at >= since))
    for letter in query.iterator():
        for name, digest in ((letter.file_name, letter.sha256), (letter.unsigned_file_name, letter.unsigned_sha256)):
            final = paths.letters_dir / name
            if final.exists():
                continue
            temporary = final.with_name(final.name + TEMPORARY_SUFFIX)
            if temporary.exists() and _sha256(temporary) == digest and promote(temporary, final):
                report.promoted.append(_relative(paths, final))
            elif name == letter.file_name:
                report.missing_letters.append(letter.number)


def _recent_folders(desk: Desk, since: datetime) -> list[Path]:
    """The archive folders an action since `since` can have written to."""
    paths = desk.paths
    first, last = desk.to_local(since).date().replace(day=1), desk.today()
    folders, month = [], first
    while month <= last:
        folders.append(paths.documents_dir / f"{month:%Y}" / f"{month:%m}")
        month = (month + timedelta(days=32)).replace(day=1)
    folders += [paths.letters_dir / str(year) for year in range(first.year, last.year + 1)]
    return folders


def _claimed_by_a_letter(temporary: Path) -> bool:
    digest = _sha256(temporary)
    return Letter.select().where((Letter.sha256 == digest) | (Letter.unsigned_sha256 == digest)).exists()


def _remove_temporaries(desk: Desk, since: datetime, report: ReconcileReport) -> None:
    """Temporaries no committed action claims: the actions that wrote them never happened. A letter's PDF is
    never among them: one whose hash is in the register is moved into place instead."""
    for folder in _recent_folders(desk, since):
        for temporary in _temporaries(folder):
            final = temporary.with_name(temporary.name.removesuffix(TEMPORARY_SUFFIX))
            if folder.is_relative_to(desk.paths.letters_dir) and _claimed_by_a_letter(temporary):
                if not final.exists() and promote(temporary, final):
                    report.promoted.append(_relative(desk.paths, final))
                continue
            temporary.unlink(missing_ok=True)
            report.removed_temporaries.append(_relative(desk.paths, temporary))


_LITTER_AGE = timedelta(hours=1)


def _remove_litter(desk: Desk) -> None:
    """What a killed backup or restore leaves: a half zip, a scratch copy of the database, an unpacked folder
    never marked ready. Old enough that no other running command can still be writing it."""
    now = time.time()
    candidates = [
        *desk.paths.backups_dir.glob(f".*{TEMPORARY_SUFFIX}"),
        *Path(tempfile.gettempdir()).glob("kampar-desk-cadangan-*"),
        *Path(tempfile.gettempdir()).glob("kampar-desk-periksa-*"),
        *(
            staging
            for staging in desk.paths.data_dir.parent.glob(f".{desk.paths.data_dir.name}.pulih-*")
            if not (staging / RESTORE_READY).exists()
        ),
    ]
    for path in candidates:
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime < _LITTER_AGE.total_seconds():
                continue
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink()
            log.info("Removed %s left by an interrupted backup or restore", path)


def _numbers_with_papers(month: Path) -> set[str]:
    names = os.listdir(month) if month.is_dir() else []
    # A temporary is not an archived paper (and the pass before this one has removed them anyway).
    papers = (name for name in names if not name.endswith(TEMPORARY_SUFFIX))
    return {match["number"] for name in papers if (match := INTAKE_PAPER_NAME.fullmatch(name))}


def _regenerate_intake_papers(desk: Desk, since: datetime, report: ReconcileReport) -> None:
    """Receipts and return slips are built from the record alone, so a missing one is rebuilt exactly."""
    query = Application.select(Application.id, Application.number, Application.registered_at).where(
        Application.registered_at >= since
    )
    archived: dict[Path, set[str]] = {}
    for row in query.iterator():
        local = desk.to_local(row.registered_at)
        month = desk.paths.documents_dir / f"{local:%Y}" / f"{local:%m}"
        if month not in archived:
            archived[month] = _numbers_with_papers(month)
        if row.number not in archived[month]:
            # loaded on first use: keeps the start fast
            from kampar_desk.services.intake_documents import intake_document

            with write_transaction():
                intake_document(desk, row.id)
            report.regenerated.append(row.number)


def _attempt(report: ReconcileReport, name: str, step: Callable[[], object]) -> None:
    try:
        step()
    except Exception:
        log.exception("Start-up reconciliation step %s failed", name)
        report.failed_steps.append(name)


def reconcile(desk: Desk) -> ReconcileReport:
    """Run at every start of the process that holds the data folder's lock (never beside a running writer)."""
    report = ReconcileReport()
    checked = get_setting(CHECKED_UNTIL)
    started = desk.now()
    # Only an action cut short by a crash can lack its paper, and only the last ones before it: the first start
    # of an installation that never checked looks back one day, not over years of files registered before.
    since = datetime.fromisoformat(checked) - _MARGIN if checked else started - _FIRST_LOOK_BACK
    if since > started:  # the PC's clock went back (a flat CMOS battery): look back from now instead
        since = started - _FIRST_LOOK_BACK
    # Each step on its own: one that fails is logged and named, and the app still opens.
    for step in (_finish_letters, _remove_temporaries, _regenerate_intake_papers):
        _attempt(report, step.__name__, lambda step=step: step(desk, since, report))
    _attempt(report, "remove_litter", lambda: _remove_litter(desk))
    floors_file = desk.paths.data_dir / FLOORS_FILE
    floors: dict = {}

    def gather_floors() -> None:
        pending = floors_from_json(json.loads(floors_file.read_text(encoding="utf-8"))) if floors_file.exists() else {}
        year = desk.today().year
        floors.update(
            merge_floors(
                pending,
                register_floors(desk.office().code, year),
                archive_floors(desk.paths, {DEFAULT_NUMBER_TEMPLATE, number_template()}, {year}),
            )
        )

    _attempt(report, "counter_floors", gather_floors)
    with write_transaction():
        report.counters_raised = raise_counters(floors)
        if report.changed:
            append_event(
                started,
                SYSTEM_ACTOR,
                "reconcile_archive",
                details={
                    "regenerated": report.regenerated,
                    "promoted": report.promoted,
                    "removed_temporaries": report.removed_temporaries,
                    "missing_letters": report.missing_letters,
                    "counters_raised": report.counters_raised,
                    "failed_steps": report.failed_steps,
                },
            )
        put_setting(CHECKED_UNTIL, started.isoformat())
    floors_file.unlink(missing_ok=True)
    if report.changed:
        log.warning("Start-up reconciliation: %s", report.describe())
    return report


@dataclass
class WorkingDesk:
    """A data folder opened for work: the desk, the lock that keeps a second copy out, what the start repaired."""

    desk: Desk
    lock: DataFolderLock
    reconciled: ReconcileReport

    def close(self) -> None:
        from kampar_desk.store.database import close_database

        close_database()
        self.lock.release()


def open_for_work(paths: AppPaths, clock: Callable[[], datetime] | None = None) -> WorkingDesk:
    """Lock the data folder, open it (refusing a lost or damaged database) and reconcile the archive."""
    check_data_folder(paths)  # before the lock file is made: it would recreate a folder an interrupted restore moved
    lock = DataFolderLock(paths).acquire()
    try:
        desk = open_desk(paths, clock)
        report = reconcile(desk)
    except BaseException:
        lock.release()
        raise
    return WorkingDesk(desk, lock, report)
