"""`kampar-desk --self-test`: the real app's work, end to end, in a throwaway data folder.

Meant for the frozen Windows build (run under Wine in CI, or by IT on a counter PC after installing): it proves the
build holds what the app needs at run time — migrations, service files, region and holiday data, fonts, reportlab,
XlsxWriter, cryptography, pyHanko, Argon2 — by doing what an office does with a file: accounts, sign-in that unlocks
the sealed keys, registration with its archived receipt, verification to approval, a signed letter and its
verification, the monthly report, a backup and the audit chain. Real costs throughout (Argon2 included): a smoke
test of the app as shipped, not of a test double.

The folder is made with `tempfile` and removed at the end, pass or fail: neither the user's data folder nor
`KAMPAR_DESK_DATA` is ever read or written. One line per step; the first failure stops the run and its step number
is the exit code. Qt-free: the optional window check (`--offscreen`) is given by the GUI layer.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import logging
import platform
import secrets
import shutil
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from kampar_desk import __version__
from kampar_desk.domain.calendar import national_holidays
from kampar_desk.domain.errors import DeskError
from kampar_desk.domain.roles import Role
from kampar_desk.domain.texts import decimal_id
from kampar_desk.domain.workflow import Status
from kampar_desk.paths import AppPaths
from kampar_desk.services import audit, authenticity, backup, intake, keys, letters, monthly, process, staff
from kampar_desk.services.desk import Desk
from kampar_desk.services.files import TEMPORARY_SUFFIX
from kampar_desk.services.intake import ChecklistAnswer, IntakeForm
from kampar_desk.services.logbook import start_logging, stop_logging
from kampar_desk.services.records import StaffRecord
from kampar_desk.services.recovery import WorkingDesk, open_for_work
from kampar_desk.store.database import migration_state
from kampar_desk.store.models import schema_gaps

log = logging.getLogger(__name__)
T = TypeVar("T")

FOLDER_PREFIX = "kampar-desk-uji-mandiri-"
NO_FILE = "tidak ada berkas uji (langkah pendaftaran tidak berjalan)"
#: A walk-in from Desa Batu Belah, Kecamatan Kampar (the NIK's region and birth date agree with the form).
#: The service and its checklist are filled in by `register`, from the first service of the catalog.
APPLICANT = IntakeForm(
    service_code="",
    nik="1401025708850003",
    kk="1401021203150007",
    name="Uji Mandiri Kampar Desk",
    phone="0812-7646-0487",
    address="Jl. Datuk Tabano No. 12",
    district_code="14.01.02",
    village_code="14.01.02.2001",
    checklist=(),
)

#: `(desk, admin, pdf)` -> a short description: builds the main window on the desk and renders `pdf` (GUI layer).
WindowCheck = Callable[[Desk, StaffRecord, Path], str]


class SelfTestFailed(Exception):
    """A check of the self-test did not hold; the message says what was expected."""


def _check(condition: object, reason: str) -> None:
    if not condition:
        raise SelfTestFailed(reason)


def _made(value: T | None, reason: str) -> T:
    """What an earlier step made; `reason` says what is missing when it did not run."""
    if value is None:
        raise SelfTestFailed(reason)
    return value


def _pdf_ok(path: Path, what: str) -> bytes:
    _check(path.is_file(), f"{what} tidak ada: {path}")
    data = path.read_bytes()
    _check(data.startswith(b"%PDF-") and len(data) > 1000, f"{what} bukan PDF yang utuh: {path} ({len(data)} byte)")
    return data


@dataclass
class SelfTestRun:
    """What the steps share: the throwaway folder, the opened desk, the accounts and what each step made."""

    clock: Callable[[], datetime] | None = None
    root: Path | None = None
    working: WorkingDesk | None = None
    password: str = field(default_factory=lambda: secrets.token_urlsafe(12))
    officers: dict[Role, StaffRecord] = field(default_factory=dict)
    application_id: uuid.UUID | None = None
    receipt: Path | None = None
    received_on: date | None = None
    letter: letters.LetterRecord | None = None

    @property
    def desk(self) -> Desk:
        return _made(self.working, "folder data sementara belum terbuka").desk

    def close(self) -> str | None:
        """Close the desk and the log, remove the folder; the folder's path when it could not all be removed."""
        if self.working is not None:
            with contextlib.suppress(Exception):
                self.working.close()
            self.working = None
        stop_logging(quietly=True)
        if self.root is None:
            return None
        shutil.rmtree(self.root, ignore_errors=True)
        return str(self.root) if self.root.exists() else None


# --- the steps -----------------------------------------------------------------------------------------------------


def open_folder(run: SelfTestRun) -> str:
    run.root = root = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
    paths = AppPaths(root / "data", local_only=True)  # never the office's server a counter may be set to use
    paths.data_dir.mkdir()
    log_file = start_logging(paths, "kampar-desk --self-test")
    _check(log_file == paths.log_file, f"berkas log tidak dapat ditulis di {paths.logs_dir}")
    run.working = open_for_work(paths, run.clock)
    applied, pending = migration_state()
    _check(applied, "tidak ada migrasi basis data yang ikut terpasang (folder migrations hilang?)")
    _check(not pending, f"migrasi belum dijalankan: {', '.join(pending)}")
    gaps = schema_gaps()
    _check(not gaps, f"tabel atau kolom basis data tidak ada: {', '.join(gaps[:5])}")
    _check(paths.database.is_file() and paths.log_file.is_file(), "basis data atau berkas log tidak dibuat")
    return f"{len(applied)} migrasi, {root}"


def resources(run: SelfTestRun) -> str:
    desk = run.desk
    _check(len(desk.catalog) > 0, "tidak ada layanan yang dimuat dari resources/services")
    district = desk.regions.district(APPLICANT.district_code)
    village = desk.regions.village(APPLICANT.village_code)
    _check(district is not None and village is not None, "data wilayah Kabupaten Kampar tidak lengkap")
    year = desk.today().year
    days_off = national_holidays(year)
    _check(len(days_off) >= 10, f"hari libur nasional {year} tidak terbaca ({len(days_off)} hari)")
    return f"{len(desk.catalog)} layanan, {len(days_off)} hari libur {year}"


def accounts(run: SelfTestRun) -> str:
    desk, password = run.desk, run.password
    admin = staff.create_first_admin(desk, "uji.admin", "Admin Uji Mandiri", password)
    run.officers[Role.ADMIN] = admin
    for role, username, name in (
        (Role.FRONT_OFFICE, "uji.loket", "Petugas Loket Uji"),
        (Role.VERIFIER, "uji.verifikator", "Verifikator Uji"),
        (Role.SIGNING_OFFICIAL, "uji.pejabat", "Pejabat Uji"),
    ):
        run.officers[role] = staff.create_staff(desk, admin, username, name, password, frozenset({role}))
    return f"{len(run.officers)} akun"


def sign_in(run: SelfTestRun) -> str:
    desk = run.desk
    official = staff.sign_in(desk, run.officers[Role.SIGNING_OFFICIAL].username, run.password)
    _check(keys.unlocked(desk) is not None, "kunci tanda tangan kantor tidak terbuka saat pejabat masuk")
    run.officers[Role.SIGNING_OFFICIAL] = official
    key = keys.current_key(desk)
    return f"kunci segel {key[0]}" if key else "kunci terbuka"


def register(run: SelfTestRun) -> str:
    desk = run.desk
    standard = next(iter(desk.catalog.values()))
    form = dataclasses.replace(
        APPLICANT,
        service_code=standard.code,
        checklist=tuple(ChecklistAnswer(r.code, True, "asli + fotokopi") for r in standard.requirements),
    )
    detail = intake.register_application(desk, run.officers[Role.FRONT_OFFICE], form).detail
    _check(detail.summary.status == Status.RECEIVED, f"berkas tidak diterima lengkap ({detail.summary.status})")
    run.application_id = detail.summary.id
    number = detail.summary.number
    found = sorted(desk.paths.documents_dir.rglob(f"{number}-tanda-terima-*.pdf"))
    _check(len(found) == 1, f"tanda terima {number} tidak diarsipkan di {desk.paths.documents_dir}")
    _pdf_ok(found[0], "tanda terima")
    leftovers = sorted(desk.paths.documents_dir.rglob(f"*{TEMPORARY_SUFFIX}"))
    _check(not leftovers, f"berkas sementara tertinggal: {leftovers[:1]}")
    run.receipt, run.received_on = found[0], detail.received_on
    return f"{number}, {found[0].relative_to(desk.paths.data_dir).as_posix()}"


def approve(run: SelfTestRun) -> str:
    desk, app_id = run.desk, _made(run.application_id, NO_FILE)
    verifier = run.officers[Role.VERIFIER]
    verified = process.verify(desk, verifier, app_id, True, technical_review_needed=True)
    status = verified.detail.summary.status
    if status == Status.IN_TECHNICAL_REVIEW:
        cover = verified.cover_letter
        _check(cover is not None and cover.path.exists(), "surat pengantar ke dinas teknis tidak terbit")
        status = process.record_technical_review(desk, verifier, app_id, "Layak", desk.today()).summary.status
    if status == Status.AWAITING_PAYMENT:
        status = process.record_payment(desk, verifier, app_id, "UJI-MANDIRI").summary.status
    status = process.approve(desk, run.officers[Role.SIGNING_OFFICIAL], app_id).summary.status
    _check(status == Status.APPROVED, f"berkas tidak disetujui ({status})")
    return status.label


def issue_letter(run: SelfTestRun) -> str:
    desk = run.desk
    app_id = _made(run.application_id, NO_FILE)
    letter = letters.issue_letter(desk, run.officers[Role.SIGNING_OFFICIAL], app_id).letter
    data = _pdf_ok(letter.path, "PDF surat")
    _check(hashlib.sha256(data).hexdigest() == letter.sha256, "PDF surat berbeda dari yang tercatat di register")
    run.letter = letter
    return letter.number


def verify_letter(run: SelfTestRun) -> str:
    desk, letter = run.desk, _made(run.letter, "tidak ada surat untuk diperiksa")
    seal = authenticity.verify_seal(desk, letter.payload)
    _check(seal.genuine, f"kode QR surat tidak dinyatakan asli: {seal.headline}")
    data = letter.path.read_bytes()
    pdf = authenticity.verify_pdf(desk, data)
    _check(pdf.genuine, f"PDF surat tidak dinyatakan asli: {pdf.headline}")
    altered = bytearray(data)
    altered[len(altered) // 2] ^= 0x01
    _check(not authenticity.verify_pdf(desk, bytes(altered)).genuine, "PDF surat yang diubah tetap dinyatakan asli")
    return f"QR {seal.headline}, PDF {pdf.headline}, PDF diubah ditolak"


def monthly_report(run: SelfTestRun) -> str:
    desk = run.desk
    month = f"{run.received_on or desk.today():%Y-%m}"  # the file's month, even past midnight of its last day
    start, end = monthly.month_range(month)
    report = monthly.monthly_report(desk, start, end)
    _check(report.received >= 1, f"berkas yang didaftarkan tidak terhitung di laporan {month}")
    folder = desk.paths.data_dir.parent / "laporan"
    folder.mkdir()
    written = monthly.export_monthly(desk, report, folder)
    names = sorted(path.suffix for path in written)
    _check(names == [".pdf", ".xlsx"], f"laporan bulanan tidak lengkap: {[path.name for path in written]}")
    for path in written:
        magic = b"%PDF-" if path.suffix == ".pdf" else b"PK\x03\x04"  # an xlsx is a zip
        _check(path.read_bytes().startswith(magic), f"{path.name} rusak")
    return ", ".join(path.name for path in written)


def take_backup(run: SelfTestRun) -> str:
    desk = run.desk
    folder = desk.paths.data_dir.parent / "cadangan"
    folder.mkdir()
    made = backup.create_backup(desk, folder, backup.MANUAL)
    checked = backup.verify_backup(made.path)
    _check(checked.manifest.counts.get("letter", 0) >= 1, "cadangan tidak memuat surat yang diterbitkan")
    return f"{made.path.name} ({decimal_id(made.size / 1e6, 1)} MB) utuh"


def audit_chain(run: SelfTestRun) -> str:
    report = audit.verify_audit_log(run.desk)
    _check(report.intact, report.describe())
    _check(report.events_checked > 0, "log audit kosong")
    return f"{report.events_checked} peristiwa utuh"


STEPS: tuple[tuple[str, Callable[[SelfTestRun], str]], ...] = (
    ("folder data sementara dan migrasi", open_folder),
    ("layanan, wilayah dan hari libur", resources),
    ("akun admin, front office, verifikator, pejabat", accounts),
    ("pejabat masuk, kunci tanda tangan terbuka", sign_in),
    ("pendaftaran berkas dan tanda terima", register),
    ("verifikasi, kajian teknis, persetujuan", approve),
    ("surat rekomendasi diterbitkan dan ditandatangani", issue_letter),
    ("cek keaslian surat (QR dan PDF)", verify_letter),
    ("laporan bulanan xlsx dan PDF", monthly_report),
    ("cadangan dibuat dan diperiksa", take_backup),
    ("rantai log audit", audit_chain),
)
WINDOW_STEP = "jendela utama (Qt offscreen) dan PDF di QtPdf"


def _reason(error: BaseException) -> str:
    if isinstance(error, SelfTestFailed | DeskError):
        return str(error)
    return f"{type(error).__name__}: {error}"


def run_self_test(
    say: Callable[[str], None],
    window_check: WindowCheck | None = None,
    explain: Callable[[str], None] | None = None,
    clock: Callable[[], datetime] | None = None,
) -> int:
    """Run every step, `say`ing one line each; 0 when all pass, else the number of the first failing step (whose
    traceback goes to `explain`). The throwaway folder is removed either way."""
    steps = list(STEPS)
    if window_check is not None:
        steps.append((WINDOW_STEP, lambda run: window_check(run.desk, run.officers[Role.ADMIN], run.receipt or Path())))
    say(
        f"Uji mandiri Kampar Desk {__version__} (Python {platform.python_version()}, {platform.system()} "
        f"{platform.release()}, {'beku' if getattr(sys, 'frozen', False) else 'dari sumber'})"
    )
    run = SelfTestRun(clock=clock)
    began = time.perf_counter()
    failed = 0
    try:
        for number, (name, step) in enumerate(steps, start=1):
            started = time.perf_counter()
            try:
                detail = step(run)
            except Exception as error:  # every failure is a step's verdict
                log.exception("Self-test step %d (%s) failed", number, name)
                say(f"GAGAL {number:>2} {name}: {_reason(error)}")
                if explain is not None:
                    explain("".join(traceback.format_exception(error)))
                failed = number
                break
            elapsed = round((time.perf_counter() - started) * 1000)
            say(f"OK   {number:>2} {name} ({elapsed} ms)" + (f": {detail}" if detail else ""))
    finally:
        left = run.close()
    if left is not None and explain is not None:
        explain(f"Folder sementara tidak terhapus seluruhnya: {left}")
    total = time.perf_counter() - began
    if failed:
        say(f"Uji mandiri GAGAL pada langkah {failed} dari {len(steps)} ({decimal_id(total, 1)} s).")
        return failed
    say(f"Uji mandiri lulus: {len(steps)} langkah dalam {decimal_id(total, 1)} s.")
    return 0
