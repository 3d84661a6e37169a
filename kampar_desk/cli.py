"""The command line: argument parsing and every non-GUI command. Qt-free, so it runs on a server or in CI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date

from kampar_desk import __version__
from kampar_desk.domain.errors import DeskError, ValidationError
from kampar_desk.paths import AppPaths

MAX_DEMO_APPLICATIONS = 100_000  # about ten minutes of real services; benchmarks/build_million.py goes further


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kampar-desk",
        description="Kampar Desk - aplikasi loket DPMPTSP Kabupaten Kampar. Tanpa perintah: membuka jendela aplikasi.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", help="folder data (basis data, arsip PDF); bawaan: KAMPAR_DESK_DATA atau folder data pengguna"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="uji mandiri di folder data sementara (dihapus sesudahnya; folder data yang dipakai tidak disentuh): "
        "satu baris per langkah, kode keluar 0 bila lulus atau nomor langkah yang gagal",
    )
    parser.add_argument(
        "--offscreen",
        action="store_true",
        help="bersama --self-test: juga membangun jendela utama tanpa layar (platform Qt offscreen)",
    )
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")
    commands.add_parser("gui", help="membuka jendela aplikasi (bawaan)")
    demo = commands.add_parser("demo", help="mengisi basis data dengan berkas contoh melalui layanan yang sebenarnya")
    demo.add_argument("--applications", type=int, required=True, metavar="N", help="jumlah berkas contoh")
    demo.add_argument("--seed", type=int, default=2026, metavar="S", help="benih acak (hasil sama untuk benih sama)")
    audit = commands.add_parser("audit", help="memeriksa keutuhan rantai log audit")
    audit.add_argument("action", choices=["verify"])
    audit.add_argument(
        "--against",
        action="append",
        default=[],
        metavar="BERKAS|JUMLAH:HASH",
        help="jangkar di luar basis data: berkas cadangan, atau kepala rantai dari kaki laporan bulanan (berulang)",
    )
    holidays = commands.add_parser("holidays", help="daftar hari libur (nasional, cuti bersama, lokal) setahun")
    holidays.add_argument("--year", type=int, required=True)
    commands.add_parser("services", help="daftar layanan yang dimuat dari resources/services")
    report = commands.add_parser("report", help="laporan ke folder (mis. flashdisk): monthly, skm, complaints")
    report.add_argument(
        "kind",
        choices=["monthly", "skm", "complaints"],
        help="monthly: laporan bulanan; skm: laporan SKM/IKM; complaints: laporan pengaduan",
    )
    report.add_argument("--month", metavar="TAHUN-BULAN", help="bulan, contoh 2026-11 (laporan bulanan)")
    report.add_argument("--semester", metavar="TAHUN-1|TAHUN-2", help="semester, contoh 2026-2 (laporan SKM)")
    report.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="awal periode")
    report.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="akhir periode")
    report.add_argument("--out", required=True, metavar="FOLDER", help="folder tujuan")
    backup = commands.add_parser(
        "backup", help="membuat cadangan (basis data, arsip surat dan tanda terima, kunci) ke folder atau flashdisk"
    )
    backup.add_argument("--out", metavar="FOLDER", help="folder tujuan; bawaan: folder cadangan berputar di data")
    backup.add_argument("--list", action="store_true", help="daftar cadangan berputar yang tersimpan")
    restore = commands.add_parser(
        "restore", help="memulihkan folder data dari berkas cadangan (diperiksa dulu; folder lama disimpan)"
    )
    restore.add_argument("file", metavar="BERKAS.zip", help="berkas cadangan")
    restore.add_argument("--check", action="store_true", help="hanya memeriksa keutuhan cadangan, tanpa memulihkan")
    verify = commands.add_parser("verify", help="memeriksa keaslian surat dari isi kode QR atau dari berkas PDF")
    source = verify.add_mutually_exclusive_group(required=True)
    source.add_argument("--qr", metavar="ISI", help="teks hasil pindai kode QR surat")
    source.add_argument("file", nargs="?", metavar="BERKAS.pdf", help="berkas PDF surat")
    return parser


def _progress(step: int, of: int, text: str) -> None:
    print(f"  [{step}/{of}] {text}", file=sys.stderr)


def _backup(desk, args: argparse.Namespace) -> int:  # noqa: ANN001 - Desk, imported lazily
    from pathlib import Path

    from kampar_desk.services.backup import MANUAL, create_backup, list_backups

    if args.list:
        for info in list_backups(desk.paths.backups_dir):
            print(f"{info.path}  {info.label}")
        return 0
    folder = Path(args.out) if args.out else None
    if folder is not None and folder.exists() and not folder.is_dir():
        raise ValidationError("out", f"Tujuan --out {folder} adalah berkas, bukan folder; sebutkan folder cadangan.")
    if folder is not None and not folder.exists():
        raise ValidationError("out", f"Folder {folder} tidak ada (flashdisk terlepas?). Sebutkan folder yang ada.")
    made = create_backup(desk, folder, MANUAL, _progress)
    print(f"Cadangan dibuat: {made.path} ({made.size / 1e6:.1f} MB)")
    return 0


def _restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from kampar_desk.services.backup import restore_backup, verify_backup

    source = Path(args.file)
    if args.check:
        print(verify_backup(source, _progress).describe())
        return 0
    from kampar_desk.services.logbook import start_logging, stop_logging

    stop_logging()  # the log file lives in the folder about to be moved
    try:
        result = restore_backup(paths, source, progress=_progress)
    finally:
        start_logging(paths, "kampar-desk restore")
    print(result.checked.describe())
    print(f"Dipulihkan ke {result.data_dir}.")
    if result.moved_aside is not None:
        print(f"Folder data sebelumnya disimpan (tidak dihapus) di {result.moved_aside}.")
    return 0


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.offscreen and not args.self_test:
        parser.error("--offscreen hanya dipakai bersama --self-test")
    if args.self_test and (args.command is not None or args.data_dir):
        parser.error("--self-test memakai folder data sementara sendiri: tanpa perintah lain dan tanpa --data-dir")
    return args


def _write_line(stream, line: str) -> None:  # noqa: ANN001 - a text stream or None
    """One line, flushed at once; nothing when there is no console (a windowed start has no stdout or stderr)."""
    if stream is None:
        return
    try:
        stream.write(line + "\n")
    except UnicodeEncodeError:  # a console or pipe in a narrow code page (Windows): the line, never a crash
        stream.write(line.encode("ascii", "replace").decode("ascii") + "\n")
    stream.flush()


def self_test(window_check=None) -> int:  # noqa: ANN001 - services.self_test.WindowCheck, imported lazily
    """`kampar-desk --self-test`: one line per step on stdout, a failing step's traceback on stderr."""
    from kampar_desk.services.self_test import run_self_test

    return run_self_test(
        lambda line: _write_line(sys.stdout, line),
        window_check,
        explain=lambda text: _write_line(sys.stderr, text.rstrip("\n")),
    )


def _period(args: argparse.Namespace) -> tuple[date, date, str]:
    from kampar_desk.domain.calendar import check_year
    from kampar_desk.services.monthly import month_range
    from kampar_desk.services.survey import semester

    if getattr(args, "month", None):
        start, end = month_range(args.month)
        return start, end, args.month
    if getattr(args, "semester", None):
        start, end = semester(args.semester)
        return start, end, args.semester
    if not (args.start and args.end):
        raise ValidationError(
            "period", "Sebutkan --month TAHUN-BULAN, --semester TAHUN-1/TAHUN-2, atau --from dan --to (YYYY-MM-DD)."
        )
    try:
        start, end = date.fromisoformat(args.start), date.fromisoformat(args.end)
    except ValueError:
        raise ValidationError("period", "Tanggal ditulis YYYY-MM-DD, contoh 2026-07-01.") from None
    check_year(start.year, "start")
    check_year(end.year, "end")
    if end < start:
        raise ValidationError("period", "Tanggal akhir tidak boleh sebelum tanggal awal.")
    return start, end, f"{start:%Y%m%d}-{end:%Y%m%d}"


def _report(desk, args: argparse.Namespace, period: tuple[date, date, str]) -> int:  # noqa: ANN001
    from pathlib import Path

    from kampar_desk.services import skm_reports

    start, end, name = period
    folder = Path(args.out)
    existing = next(path for path in (folder, *folder.parents) if path.exists())
    if not existing.is_dir():
        problem = "" if existing == folder else f"tidak dapat dibuat karena {existing} "
        raise ValidationError(
            "out", f"Tujuan --out {folder} {problem}adalah berkas, bukan folder; sebutkan folder untuk laporan."
        )
    try:
        if args.kind == "monthly":
            from kampar_desk.services.monthly import export_monthly, monthly_report

            report = monthly_report(desk, start, end)
            folder.mkdir(parents=True, exist_ok=True)
            written = export_monthly(desk, report, folder)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            if args.kind == "skm":
                written = skm_reports.export_skm_report(desk, start, end, folder, name).paths
            else:
                written = skm_reports.export_complaint_report(desk, start, end, folder).paths
    except OSError as error:
        raise DeskError(f"Laporan tidak dapat ditulis ke {folder}: {error.strerror}.") from None
    for path in written:
        print(path)
    return 0


def run_command(args: argparse.Namespace) -> int:
    """Run a non-GUI command. Refusals and storage faults print one Indonesian line on stderr and exit 2; an
    unexpected error prints one line naming the log file (which holds the traceback) and exits 1."""
    import logging

    from kampar_desk.services.logbook import start_logging, stop_logging
    from kampar_desk.store.faults import storage_error

    log = logging.getLogger("kampar_desk.cli")
    paths = AppPaths.resolve(args.data_dir)
    log_file = start_logging(paths, f"kampar-desk {args.command}")
    try:
        return _dispatch(args, paths)
    except KeyboardInterrupt:
        log.warning("Interrupted by the user")
        print("Dibatalkan.", file=sys.stderr)
        return 130
    except DeskError as error:
        log.warning("Refused: %s", error)
        print(f"Galat: {_with_backup_hint(error, paths)}", file=sys.stderr)
        return 2
    except Exception as error:
        fault = storage_error(error)
        if fault is not None:
            log.error("Storage fault: %s", fault, exc_info=True)
            print(f"Galat: {fault}", file=sys.stderr)
            return 2
        log.exception("Unexpected error")
        where = f" Rincian untuk petugas TI ada di {log_file}." if log_file else ""
        print(f"Galat tak terduga: {type(error).__name__}: {error}.{where}", file=sys.stderr)
        return 1
    finally:
        stop_logging()


def _with_backup_hint(error: DeskError, paths: AppPaths) -> str:
    """A lost or damaged database: name the newest backup that passes verification and the command to restore it."""
    from kampar_desk.domain.errors import DataFolderProblem

    if not isinstance(error, DataFolderProblem) or error.kind == "not_a_folder":
        return str(error)
    from kampar_desk.services.backup import newest_good_backup

    found = newest_good_backup(paths)
    if found is None:
        return f"{error} Tidak ada cadangan utuh di {paths.backups_dir}; cari cadangan di flashdisk."
    return f"{error} Cadangan utuh terbaru: {found.describe()} Pulihkan dengan: kampar-desk restore {found.path}"


def _dispatch(args: argparse.Namespace, paths: AppPaths) -> int:
    from kampar_desk.services.desk import open_desk

    if args.command == "restore":
        return _restore(args, paths)
    if args.command == "report":
        period = _period(args)  # a wrong period is refused before anything is opened or created
    if args.command == "holidays":
        from kampar_desk.domain.calendar import check_year

        check_year(args.year)
    if args.command == "demo":
        from kampar_desk.services.demo import fill_demo
        from kampar_desk.services.recovery import open_for_work

        if not 1 <= args.applications <= MAX_DEMO_APPLICATIONS:
            print(f"Galat: --applications antara 1 dan {MAX_DEMO_APPLICATIONS:,}.".replace(",", "."), file=sys.stderr)
            return 2
        working = open_for_work(paths)
        try:
            result = fill_demo(working.desk, args.applications, args.seed)
        finally:
            working.close()
        print(f"{result.applications} berkas contoh dibuat di {paths.database}")
        for status, count in sorted(result.by_status.items()):
            print(f"  {status:22} {count}")
        print(
            f"Akun contoh: admin, fo.siti, fo.dedi, verif.rina, kadis, serah.yusuf; kata sandi: {result.staff_password}"
        )
        print("Folder data ini ditandai DATA CONTOH: jangan dipakai untuk pelayanan yang sebenarnya.")
        return 0
    desk = open_desk(paths)
    if args.command == "backup":
        return _backup(desk, args)
    if args.command == "audit":
        from kampar_desk.services.audit import anchor_from_argument, audit_check
        from kampar_desk.store.snapshot import check_integrity

        anchors = [anchor_from_argument(text) for text in args.against]
        integrity = check_integrity(desk.paths.database)
        if integrity != "ok":
            print(f"Basis data RUSAK (integrity_check: {integrity}). Pulihkan dari cadangan terbaru.")
        report = audit_check(desk, anchors)
        print("\n".join(report.lines()))
        return 0 if report.intact and integrity == "ok" else 1
    if args.command == "holidays":
        from kampar_desk.services.calendar_admin import days_off

        for day in days_off(desk, args.year):
            print(f"{day.day:%d-%m-%Y}  {day.source:8}  {day.name}")
        return 0
    if args.command == "services":
        for standard in desk.catalog.values():
            fee = "gratis" if not standard.has_fee else f"Rp {standard.fee_rupiah:,}".replace(",", ".")
            print(f"{standard.code:12} {standard.time_limit_working_days} hari kerja, {fee}: {standard.name}")
        return 0
    if args.command == "report":
        return _report(desk, args, period)
    if args.command == "verify":
        from pathlib import Path

        from kampar_desk.services.authenticity import verify_file, verify_seal

        verdict = verify_seal(desk, args.qr) if args.qr is not None else verify_file(desk, Path(args.file))
        print(verdict.describe())
        return 0 if verdict.genuine else 1
    raise AssertionError(f"unhandled command {args.command}")
