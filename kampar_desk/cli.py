"""The command line: argument parsing and every non-GUI command. Qt-free, so it runs on a server or in CI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date

from kampar_desk import __version__
from kampar_desk.domain.errors import DeskError, ValidationError
from kampar_desk.paths import AppPaths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kampar-desk",
        description="Kampar Desk - aplikasi loket DPMPTSP Kabupaten Kampar. Tanpa perintah: membuka jendela aplikasi.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", help="folder data (basis data, arsip PDF); bawaan: KAMPAR_DESK_DATA atau folder data pengguna"
    )
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")
    commands.add_parser("gui", help="membuka jendela aplikasi (bawaan)")
    demo = commands.add_parser("demo", help="mengisi basis data dengan berkas contoh melalui layanan yang sebenarnya")
    demo.add_argument("--applications", type=int, required=True, metavar="N", help="jumlah berkas contoh")
    demo.add_argument("--seed", type=int, default=2026, metavar="S", help="benih acak (hasil sama untuk benih sama)")
    audit = commands.add_parser("audit", help="memeriksa keutuhan rantai log audit")
    audit.add_argument("action", choices=["verify"])
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
    verify = commands.add_parser("verify", help="memeriksa keaslian surat dari isi kode QR atau dari berkas PDF")
    source = verify.add_mutually_exclusive_group(required=True)
    source.add_argument("--qr", metavar="ISI", help="teks hasil pindai kode QR surat")
    source.add_argument("file", nargs="?", metavar="BERKAS.pdf", help="berkas PDF surat")
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def _period(args: argparse.Namespace) -> tuple[date, date, str]:
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
    if end < start:
        raise ValidationError("period", "Tanggal akhir tidak boleh sebelum tanggal awal.")
    return start, end, f"{start:%Y%m%d}-{end:%Y%m%d}"


def _report(desk, args: argparse.Namespace) -> int:  # noqa: ANN001
    from pathlib import Path

    from kampar_desk.services import skm_reports

    start, end, name = _period(args)
    folder = Path(args.out)
    if args.kind == "monthly":
        from kampar_desk.services.monthly import export_monthly, monthly_report

        folder.mkdir(parents=True, exist_ok=True)
        for path in export_monthly(desk, monthly_report(desk, start, end), folder):
            print(path)
        return 0
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if args.kind == "skm":
            files = skm_reports.export_skm_report(desk, start, end, folder, name)
        else:
            files = skm_reports.export_complaint_report(desk, start, end, folder)
    except OSError as error:
        raise DeskError(f"Laporan tidak dapat ditulis ke {folder}: {error.strerror}.") from None
    for path in files.paths:
        print(path)
    return 0


def run_command(args: argparse.Namespace) -> int:
    """Run a non-GUI command; refusals print their Indonesian message and exit non-zero."""
    try:
        return _dispatch(args)
    except DeskError as error:
        print(f"Galat: {error}", file=sys.stderr)
        return 2


def _dispatch(args: argparse.Namespace) -> int:
    from kampar_desk.services.desk import open_desk

    desk = open_desk(AppPaths.resolve(args.data_dir))
    if args.command == "demo":
        from kampar_desk.services.demo import fill_demo

        if args.applications < 1:
            print("Galat: --applications harus paling sedikit 1.", file=sys.stderr)
            return 2
        result = fill_demo(desk, args.applications, args.seed)
        print(f"{result.applications} berkas contoh dibuat di {desk.paths.database}")
        for status, count in sorted(result.by_status.items()):
            print(f"  {status:22} {count}")
        print(
            f"Akun contoh: admin, fo.siti, fo.dedi, verif.rina, kadis, serah.yusuf; kata sandi: {result.staff_password}"
        )
        return 0
    if args.command == "audit":
        from kampar_desk.services.audit import verify_audit_log

        report = verify_audit_log(desk)
        print(report.describe())
        return 0 if report.intact else 1
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
        return _report(desk, args)
    if args.command == "verify":
        from pathlib import Path

        from kampar_desk.services.authenticity import verify_file, verify_seal

        verdict = verify_seal(desk, args.qr) if args.qr is not None else verify_file(desk, Path(args.file))
        print(verdict.describe())
        return 0 if verdict.genuine else 1
    raise AssertionError(f"unhandled command {args.command}")
