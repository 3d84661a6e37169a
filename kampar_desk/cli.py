"""The command line: argument parsing and every non-GUI command. Qt-free, so it runs on a server or in CI."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, NoReturn, TextIO

from kampar_desk import __version__
from kampar_desk.domain.errors import DeskError, ValidationError
from kampar_desk.domain.labels import label
from kampar_desk.domain.texts import decimal_id, rupiah
from kampar_desk.domain.workflow import Status
from kampar_desk.paths import AppPaths

if TYPE_CHECKING:  # loaded lazily at run time: the parser and --help stay quick
    from kampar_desk.services.desk import Desk
    from kampar_desk.services.self_test import WindowCheck

MAX_DEMO_APPLICATIONS = 100_000  # about ten minutes of real services; benchmarks/build_million.py goes further


#: argparse's own messages (English in the standard library), in Indonesian; the first pattern that matches wins
ARGPARSE_MESSAGES = (
    (r"the following arguments are required: (.+)", r"wajib diisi: \1"),
    (r"unrecognized arguments: (.+)", r"argumen tidak dikenal: \1"),
    (r"one of the arguments (.+) is required", lambda m: "isi salah satu: " + " atau ".join(m[1].split())),
    (r"ambiguous option: (\S+) could match (.+)", r"opsi \1 kurang jelas, bisa berarti \2"),
    (r"argument (\S+): invalid choice: (.+) \(choose from (.+)\)", r"\1: \2 tidak dikenal; pilih salah satu: \3"),
    (r"argument (\S+): invalid int value: (.+)", r"\1: \2 bukan bilangan bulat"),
    (r"argument (\S+): invalid (\S+) value: (.+)", r"\1: nilai \3 tidak dapat dipakai"),
    (r"argument (\S+): expected one argument", r"\1 memerlukan satu nilai"),
    (r"argument (\S+): expected at most one argument", r"\1 paling banyak satu nilai"),
    (r"argument (\S+): expected at least one argument", r"\1 memerlukan sedikitnya satu nilai"),
    (r"argument (\S+): not allowed with argument (\S+)", r"\1 tidak boleh dipakai bersama \2"),
    (r"argument (\S+): ignored explicit argument (.+)", r"\1 tidak menerima nilai \2"),
    (r"argument (\S+): (.+)", r"\1: \2"),
)


def argparse_message(message: str) -> str:
    """An argparse refusal in Indonesian (messages the program gives itself pass unchanged)."""
    for pattern, replacement in ARGPARSE_MESSAGES:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


class _HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, "Pemakaian: " if prefix is None else prefix)


class IndonesianParser(argparse.ArgumentParser):
    """argparse with its own words in Indonesian: usage, section titles, -h, and refusals (one `Galat:` line)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumen"
        self._optionals.title = "opsi"
        self.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"Galat: {argparse_message(message)}. Bantuan: {self.prog} --help\n")


_OFFICIAL_HELP = (
    "akun Pejabat Penandatangan yang membuka kunci stasiun (kata sandi ditanyakan di terminal, atau dibaca dari "
    "masukan standar)"
)


_STATION_HELP = (
    "berkas stasiun mana: 'semua' (bawaan), 'ini' (stasiun ini), atau pengenal stasiun lain (boleh 8 karakter "
    "awal atau 8 karakter akhirnya, seperti pada nama berkas kiriman) atau namanya persis (lihat: kampar-desk station)"
)


def build_parser() -> argparse.ArgumentParser:
    parser = IndonesianParser(
        prog="kampar-desk",
        description="Kampar Desk - aplikasi loket DPMPTSP Kabupaten Kampar. Tanpa perintah: membuka jendela aplikasi.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help="tampilkan versi program lalu keluar"
    )
    parser.add_argument(
        "--data-dir",
        metavar="FOLDER",
        help="folder data (basis data, arsip PDF); bawaan: KAMPAR_DESK_DATA atau folder data pengguna",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="server basis data PostgreSQL kantor untuk sekali jalan ini, contoh "
        "postgresql://loket@192.168.1.10/kampar (kata sandi dari PGPASSWORD atau pgpass, jangan ditulis di sini); "
        "bawaan: KAMPAR_DESK_DATABASE_URL, lalu server yang dicatat di folder data (Pengaturan > Basis data), lalu "
        "berkas SQLite di folder data",
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
    audit.add_argument("action", choices=["verify"], help="verify: periksa basis data dan log audit")
    audit.add_argument(
        "--against",
        action="append",
        default=[],
        metavar="BERKAS|JUMLAH:HASH",
        help="jangkar di luar basis data: berkas cadangan, atau kepala rantai dari kaki laporan bulanan (berulang)",
    )
    holidays = commands.add_parser("holidays", help="daftar hari libur (nasional, cuti bersama, lokal) setahun")
    holidays.add_argument("--year", type=int, required=True, metavar="TAHUN", help="tahun, contoh 2026")
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
    report.add_argument("--station", metavar="STASIUN", help=_STATION_HELP)
    track = commands.add_parser(
        "track", help="mencari berkas (nomor pendaftaran, NIK, nomor urut, atau nama pemohon); NIK disamarkan"
    )
    track.add_argument("text", metavar="TEKS", help="yang dicari, seperti di tab Pelacakan ('' untuk semua berkas)")
    track.add_argument("--station", metavar="STASIUN", help=_STATION_HELP)
    backup = commands.add_parser(
        "backup", help="membuat cadangan (basis data, arsip surat dan tanda terima, kunci) ke folder atau flashdisk"
    )
    backup.add_argument("--out", metavar="FOLDER", help="folder tujuan; bawaan: folder cadangan berputar di data")
    backup.add_argument("--list", action="store_true", help="daftar cadangan berputar yang tersimpan")
    db = commands.add_parser("db", help="basis data: memindahkan kantor dari berkas SQLite ke server PostgreSQL")
    db_actions = db.add_subparsers(dest="db_action", metavar="TINDAKAN", required=True)
    move = db_actions.add_parser(
        "migrate-to-postgres",
        help="menyalin seluruh basis data SQLite folder data ini (dan arsipnya) ke basis data PostgreSQL yang baru "
        "dan kosong; sesudahnya folder data ini memakai server itu dan berkas SQLite-nya menjadi hanya-baca",
    )
    move.add_argument(
        "url", metavar="URL", help="basis data tujuan, contoh postgresql://kampar_app@192.168.1.10:5432/kampar"
    )
    move.add_argument(
        "--papers-dir",
        metavar="FOLDER",
        help="folder arsip bersama (documents, letters, keys) yang dijangkau semua loket, mis. folder berbagi di PC "
        "server; bawaan: tetap di folder data ini",
    )
    grant = db_actions.add_parser(
        "grant-counter",
        help="(petugas TI, dengan --database-url akun pemilik) memberi akun loket hak atas catatan; log audit hanya "
        "boleh dibaca dan ditambah",
    )
    grant.add_argument("role", metavar="AKUN", help="akun (role) PostgreSQL yang dipakai loket, mis. kampar_loket")
    restore = commands.add_parser(
        "restore", help="memulihkan folder data dari berkas cadangan (diperiksa dulu; folder lama disimpan)"
    )
    restore.add_argument("file", metavar="BERKAS.zip", help="berkas cadangan")
    restore.add_argument("--check", action="store_true", help="hanya memeriksa keutuhan cadangan, tanpa memulihkan")
    verify = commands.add_parser("verify", help="memeriksa keaslian surat dari isi kode QR atau dari berkas PDF")
    source = verify.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--qr", metavar="ISI", help="teks hasil pindai kode QR surat: kode segel (KD1|…, KD2|…) atau alamat …#KD2…"
    )
    source.add_argument("file", nargs="?", metavar="BERKAS.pdf", help="berkas PDF surat")
    verifier = commands.add_parser(
        "verifier", help="menulis halaman cek keaslian surat (satu berkas index.html) untuk diunggah ke situs kantor"
    )
    verifier.add_argument("--out", required=True, metavar="FOLDER", help="folder tujuan (berkasnya index.html)")
    station = commands.add_parser(
        "station",
        help="stasiun komputer ini untuk bertukar data dengan komputer lain: pengenal, nama, sidik jari kunci; "
        "juga kartu stasiun, percayai dan cabut stasiun lain",
    )
    station_actions = station.add_subparsers(dest="station_action", metavar="TINDAKAN")
    card = station_actions.add_parser("card", help="menulis kartu stasiun ini (hanya kunci publik) ke berkas")
    card.add_argument(
        "--out", required=True, metavar="BERKAS", help="berkas tujuan, atau folder/flashdisk (nama berkas otomatis)"
    )
    trust = station_actions.add_parser(
        "trust", help="memercayai stasiun lain dari kartunya, setelah sidik jarinya dicocokkan lewat telepon"
    )
    trust.add_argument("card", metavar="KARTU", help="berkas kartu stasiun (.json) dari stasiun itu")
    trust.add_argument("--yes", action="store_true", help="tanpa pertanyaan (untuk skrip): sidik jari sudah dicocokkan")
    revoke = station_actions.add_parser("revoke", help="mencabut kepercayaan pada stasiun lain")
    revoke.add_argument("station_id", metavar="ID", help="pengenal stasiun (lihat: kampar-desk station)")
    revoke.add_argument("--yes", action="store_true", help="tanpa pertanyaan (untuk skrip)")
    export = commands.add_parser(
        "export", help="membuat berkas kiriman (.kdsync) untuk stasiun lain: ditandatangani, terenkripsi untuknya"
    )
    export.add_argument("--to", required=True, metavar="ID_STASIUN", help="pengenal stasiun tujuan (yang dipercaya)")
    export.add_argument("--out", required=True, metavar="BERKAS", help="berkas .kdsync, atau folder (flashdisk)")
    export_range = export.add_mutually_exclusive_group()
    export_range.add_argument("--since", metavar="YYYY-MM-DD", help="hanya yang berubah sejak tanggal itu (WIB)")
    export_range.add_argument(
        "--all",
        action="store_true",
        help="semua catatan (bawaan: yang berubah sejak kiriman terakhir yang dikonfirmasi stasiun tujuan)",
    )
    export.add_argument("--official", metavar="NAMA_PENGGUNA", help=_OFFICIAL_HELP)
    receive = commands.add_parser(
        "import", help="menerima berkas kiriman (.kdsync) dari stasiun lain, atau tanda terimanya (.kdterima)"
    )
    receive.add_argument("file", metavar="BERKAS", help="berkas .kdsync, atau tanda terima .kdterima")
    receive.add_argument("--check", action="store_true", help="hanya memeriksa dan menampilkan perubahannya")
    receive.add_argument("--yes", action="store_true", help="terapkan tanpa pertanyaan (untuk skrip)")
    receive.add_argument(
        "--receipt-out", metavar="FOLDER", help="folder tanda terima untuk pengirim (bawaan: folder berkas kiriman)"
    )
    receive.add_argument("--official", metavar="NAMA_PENGGUNA", help=_OFFICIAL_HELP)
    return parser


def _progress(step: int, of: int, text: str) -> None:
    print(f"  [{step}/{of}] {text}", file=sys.stderr)


def _backup(desk: Desk, args: argparse.Namespace) -> int:
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
    print(f"Cadangan dibuat: {made.path} ({decimal_id(made.size / 1e6, 1)} MB)")
    return 0


def _move_to_server(args: argparse.Namespace, paths: AppPaths) -> int:
    """`kampar-desk db migrate-to-postgres URL [--papers-dir FOLDER]`: the office's SQLite file to the server."""
    from pathlib import Path

    from kampar_desk.services.server_move import move_to_server
    from kampar_desk.store.database import describe_server

    papers = Path(args.papers_dir).expanduser().resolve() if args.papers_dir else None
    print(f"Memindahkan {paths.database} ke server {describe_server(args.url)} …", file=sys.stderr)
    moved = move_to_server(paths, args.url, papers, _progress)
    print("\n".join(moved.lines()))
    return 0 if moved.audit_after.intact else 1


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


def _verifier(desk: Desk, args: argparse.Namespace) -> int:
    from pathlib import Path

    from kampar_desk.services.verifier import publish_verifier

    published = publish_verifier(desk, None, Path(args.out))
    kilobytes = decimal_id(published.size / 1e3, 0)
    print(f"Halaman cek keaslian ditulis: {published.path} ({len(published.key_ids)} kunci segel, {kilobytes} kB)")
    if published.address:
        print(f"Unggah berkas ini ke situs kantor sehingga terbuka di {published.address} (ganti berkas yang lama).")
    else:
        print(
            "Alamat halaman belum diisi (Pengaturan, Surat & tanda tangan): setelah diisi, kode QR surat yang terbit "
            "membuka halaman ini dari alamat itu."
        )
    return 0


def _confirm(question: str) -> bool:
    """Ask on the terminal; with no terminal (a script, a scheduled task) refuse rather than guess."""
    if sys.stdin is None or not sys.stdin.isatty():
        raise DeskError(
            "Tidak ada terminal untuk meminta konfirmasi. Jalankan perintah ini di terminal, atau tambahkan --yes "
            "setelah sidik jari dicocokkan."
        )
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("ya", "y")


def _station(desk: Desk, args: argparse.Namespace) -> int:
    """`kampar-desk station [card|trust|revoke]`; changes act as 'sistem', as `backup` and `verifier` do."""
    from pathlib import Path

    from kampar_desk.services import stations

    if args.station_action == "card":
        path = stations.save_card(desk, Path(args.out))
        station = stations.this_station(desk)
        print(f"Kartu stasiun ditulis: {path}")
        print(f"Sidik jari stasiun: {station.fingerprint}")
        print("Bawa kartu ini ke stasiun penerima; petugas di sana mencocokkan sidik jarinya lewat telepon.")
        return 0
    if args.station_action == "trust":
        card = stations.card_to_trust(desk, Path(args.card))
        print("Kartu stasiun:")
        print(f"  Nama        : {card.name}")
        print(f"  Kantor      : {card.office_code} - {card.office_name}")
        print(f"  Pengenal    : {card.station_id}")
        print(f"  Sidik jari  : {card.fingerprint}")
        if not args.yes:
            print(
                "Telepon petugas di stasiun itu dan cocokkan sidik jari ini dengan yang tampil di layarnya "
                "(Pengaturan, Sinkronisasi, atau 'kampar-desk station')."
            )
            if not _confirm("Sidik jarinya sama dan stasiun ini dipercaya? Ketik 'ya' untuk memercayai: "):
                print("Dibatalkan; tidak ada yang diubah.", file=sys.stderr)
                return 1
        trusted = stations.trust_station(desk, None, card)
        print(f"Stasiun {trusted.name} ({trusted.id}) dipercaya.")
        return 0
    if args.station_action == "revoke":
        known = stations.known_station(desk, args.station_id)
        print(f"Stasiun {known.name} ({known.id}), sidik jari {known.fingerprint}, {known.status}.")
        if not args.yes and not _confirm(
            "Cabut kepercayaan? Kiriman dari stasiun ini akan ditolak. Ketik 'ya' untuk mencabut: "
        ):
            print("Dibatalkan; tidak ada yang diubah.", file=sys.stderr)
            return 1
        revoked = stations.revoke_station(desk, None, known.id)
        print(f"Stasiun {revoked.name} dicabut: kirimannya ditolak sampai kartu barunya dipercayai.")
        return 0
    station = stations.this_station(desk)
    print("Stasiun ini")
    print(f"  Nama        : {station.name}")
    print(f"  Pengenal    : {station.id}")
    print(f"  Kantor      : {station.office_code} - {station.office_name}")
    if station.has_keys:
        print(f"  Sidik jari stasiun          : {station.fingerprint}")
        print(f"  Kunci tanda tangan (Ed25519): {station.signing_key_fingerprint}")
        print(f"  Kunci enkripsi (age)        : {station.age_recipient}")
    else:
        print("  Kunci stasiun belum dibuat: dibuat saat Pejabat Penandatangan masuk ke aplikasi di komputer ini.")
    known = stations.known_stations(desk)
    print(f"Stasiun lain yang dikenal: {len(known)}")
    for other in known:
        print(f"  {other.status:10} {other.name} ({other.office_code})  {other.id}  sidik jari {other.fingerprint}")
    return 0


def _unlock_station_keys(desk: Desk, official: str | None) -> None:
    """The station keys sign and open bundles: a signing official's password unlocks them for this command."""
    from kampar_desk.services import keys, staff

    if keys.unlocked(desk) is not None:
        return
    if not official:
        raise DeskError(
            "Kunci stasiun masih terkunci: tambahkan --official NAMA_PENGGUNA (akun Pejabat Penandatangan); kata "
            "sandinya ditanyakan di terminal."
        )
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"Kata sandi {official}: ")
    else:
        password = sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""
    staff.sign_in(desk, official, password)
    if keys.unlocked(desk) is None:
        raise DeskError(f"Akun {official} tidak dapat membuka kunci stasiun: pakai akun Pejabat Penandatangan.")


def _export(desk: Desk, args: argparse.Namespace) -> int:
    """`kampar-desk export --to ID --out FILE [--since DATE | --all]`, acting as 'sistem'."""
    from datetime import datetime, timedelta
    from pathlib import Path

    from kampar_desk.services.bundles import export_bundle

    since = None
    if args.since:
        try:
            day = date.fromisoformat(args.since)
        except ValueError:
            raise ValidationError("since", "Tanggal --since ditulis YYYY-MM-DD, contoh 2026-07-01.") from None
        # midnight at the office, in the database's naive UTC
        since = datetime(day.year, day.month, day.day) - timedelta(hours=desk.office().utc_offset_hours)
    _unlock_station_keys(desk, args.official)
    made = export_bundle(desk, None, args.to, Path(args.out), since, everything=args.all)
    print(f"Berkas kiriman ditulis: {made.path} ({decimal_id(made.size / 1e6, 1)} MB)")
    print(f"  Untuk stasiun : {made.recipient.name} ({made.recipient.id})")
    if args.since:
        content = f"yang berubah sejak {args.since}"
    elif made.since is None:
        content = "semua catatan"
    else:
        content = f"yang berubah sejak kiriman yang dikonfirmasi ({desk.to_local(made.since):%d-%m-%Y %H:%M} WIB)"
    print(f"  Isi           : {content}")
    _print_counts(made.counts, made.letter_files)
    print(f"  SHA-256       : {made.sha256}")
    return 0


def _print_counts(counts: dict[str, int], letter_files: int) -> None:
    from kampar_desk.domain.bundles import KIND_LABELS

    for kind, label_text in KIND_LABELS.items():
        print(f"    {label_text:22} {counts.get(kind, 0)}")
    print(f"    {'Berkas PDF surat':22} {letter_files}")


def _import(desk: Desk, args: argparse.Namespace) -> int:
    """`kampar-desk import FILE [--check] [--yes]`: a bundle (previewed, then applied after a yes) or a receipt."""
    from pathlib import Path

    from kampar_desk.services import sync

    path = Path(args.file)
    _unlock_station_keys(desk, args.official)
    if path.suffix.lower() == sync.RECEIPT_SUFFIX:
        if args.check:
            raise DeskError("--check hanya untuk berkas kiriman (.kdsync), bukan tanda terima.")
        recorded = sync.import_receipt(desk, None, path)
        receipt = recorded.receipt
        if recorded.recorded:
            print(f"Tanda terima dicatat: stasiun {receipt.receiver_name} telah menerima kiriman ")
            print(f"  yang dibuat {desk.to_local(receipt.bundle_created_at):%d-%m-%Y %H:%M} WIB.")
            print("  Kiriman berikutnya untuknya hanya memuat yang berubah sesudah itu.")
        else:
            print(f"Tanda terima dari {receipt.receiver_name} ini (atau yang lebih baru) sudah pernah dicatat.")
        return 0
    plan = sync.preview_bundle(desk, None, path)
    print(f"Berkas kiriman UTUH dan sah: {path}")
    print(plan.describe(desk.to_local))
    if args.check:
        print("Tidak ada yang diubah (hanya diperiksa).")
        return 0
    if plan.changes and not args.yes:
        if sys.stdin is None or not sys.stdin.isatty():
            raise DeskError("Tambahkan --yes untuk menerapkan kiriman tanpa pertanyaan (dijalankan dari skrip).")
        if input("Terapkan perubahan ini? [y/T] ").strip().lower() not in ("y", "ya"):
            print("Tidak diterapkan; tidak ada yang diubah.")
            return 1
    folder = Path(args.receipt_out) if args.receipt_out else None
    result = sync.import_bundle(desk, None, path, receipt_folder=folder)
    print("Kiriman diterapkan." if result.applied else "Tidak ada yang berubah.")
    if result.receipt is not None:
        print(f"Tanda terima untuk stasiun pengirim: {result.receipt}")
        print("  Bawa ke stasiun pengirim dan jalankan di sana: kampar-desk import BERKAS_TANDA_TERIMA")
    else:
        print(f"Tanda terima TIDAK ditulis: {result.receipt_problem}")
    return 0


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.offscreen and not args.self_test:
        parser.error("--offscreen hanya dipakai bersama --self-test")
    if args.self_test and (args.command is not None or args.data_dir):
        parser.error("--self-test memakai folder data sementara sendiri: tanpa perintah lain dan tanpa --data-dir")
    return args


def _write_line(stream: TextIO | None, line: str) -> None:
    """One line, flushed at once; nothing when there is no console (a windowed start has no stdout or stderr)."""
    if stream is None:
        return
    try:
        stream.write(line + "\n")
    except UnicodeEncodeError:  # a console or pipe in a narrow code page (Windows): the line, never a crash
        stream.write(line.encode("ascii", "replace").decode("ascii") + "\n")
    stream.flush()


def self_test(window_check: WindowCheck | None = None) -> int:
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


def _report(desk: Desk, args: argparse.Namespace, period: tuple[date, date, str]) -> int:
    from pathlib import Path

    from kampar_desk.services import skm_reports
    from kampar_desk.services.station_scope import resolve_station

    start, end, name = period
    station = resolve_station(desk, args.station).value  # an unknown station is refused before any file is written
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

            report = monthly_report(desk, start, end, station=station)
            folder.mkdir(parents=True, exist_ok=True)
            written = export_monthly(desk, report, folder)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            if args.kind == "skm":
                written = skm_reports.export_skm_report(desk, start, end, folder, name, station=station).paths
            else:
                written = skm_reports.export_complaint_report(desk, start, end, folder, station=station).paths
    except OSError as error:
        raise DeskError(f"Laporan tidak dapat ditulis ke {folder}: {error.strerror}.") from None
    for path in written:
        print(path)
    return 0


def _track(desk: Desk, args: argparse.Namespace) -> int:
    """`kampar-desk track TEXT [--station X]`: the matching files, newest first, one line each; the NIK masked."""
    from kampar_desk.domain.validation import mask_population_number
    from kampar_desk.services import tracking
    from kampar_desk.services.station_scope import resolve_station, station_names

    scope = resolve_station(desk, args.station)
    page = tracking.search(desk, args.text, station=scope.value)
    names = station_names(desk)
    query = page.query
    # what was asked is said back too, and a NIK never appears whole on screen
    asked = f"NIK {mask_population_number(query.text)}" if query.kind == tracking.QueryKind.NIK else query.describe()
    more = "+" if page.has_more else ""
    print(f"{len(page.rows)}{more} berkas untuk {asked} ({scope.label}).")
    status_width = max(len(status.label) for status in Status)
    for row in page.rows:
        origin = page.stations.get(row.id, "")
        print(
            f"{row.number:18} {row.applicant_name:30} NIK {mask_population_number(row.applicant_nik)}  "
            f"{row.status.label:{status_width}}  {row.registered_at:%d-%m-%Y}  {names.get(origin, origin)}"
        )
    if page.has_more:
        print(f"Hanya {len(page.rows)} berkas terbaru yang ditampilkan: persempit pencarian.")
    return 0


def run_command(args: argparse.Namespace) -> int:
    """Run a non-GUI command. Refusals and storage faults print one Indonesian line on stderr and exit 2; an
    unexpected error prints one line naming the log file (which holds the traceback) and exits 1."""
    import logging

    from kampar_desk.services.logbook import start_logging, stop_logging
    from kampar_desk.store.faults import storage_error

    log = logging.getLogger("kampar_desk.cli")
    paths = AppPaths.resolve(args.data_dir, args.database_url)
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

    if not isinstance(error, DataFolderProblem) or error.kind in ("not_a_folder", "offline", "denied"):
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
    if args.command == "db" and args.db_action == "migrate-to-postgres":
        return _move_to_server(args, paths)
    if args.command == "db":
        from kampar_desk.services.server_link import grant_counter

        print(grant_counter(open_desk(paths), args.role))
        return 0
    if args.command == "report":
        period = _period(args)  # a wrong period is refused before anything is opened or created
    if args.command == "holidays":
        from kampar_desk.domain.calendar import check_year

        check_year(args.year)
    if args.command == "demo":
        from kampar_desk.services.demo import fill_demo
        from kampar_desk.services.recovery import open_for_work

        if not 1 <= args.applications <= MAX_DEMO_APPLICATIONS:
            print(f"Galat: --applications antara 1 dan {decimal_id(MAX_DEMO_APPLICATIONS, 0)}.", file=sys.stderr)
            return 2
        working = open_for_work(paths)
        try:
            result = fill_demo(working.desk, args.applications, args.seed)
        finally:
            working.close()
        print(f"{result.applications} berkas contoh dibuat di {paths.database}")
        for status, count in sorted(result.by_status.items(), key=lambda item: list(Status).index(Status(item[0]))):
            print(f"  {label(status):28} {count}")
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
        from kampar_desk.store.database import is_server
        from kampar_desk.store.snapshot import check_integrity

        anchors = [anchor_from_argument(text) for text in args.against]
        # on the office's server there is no database file to check here: the server keeps its own pages
        integrity = "ok" if is_server() else check_integrity(desk.paths.database)
        if integrity != "ok":
            print(f"Basis data RUSAK (integrity_check: {integrity}). Pulihkan dari cadangan terbaru.")
        report = audit_check(desk, anchors)
        print("\n".join(report.lines()))
        return 0 if report.intact and integrity == "ok" else 1
    if args.command == "holidays":
        from kampar_desk.services.calendar_admin import days_off

        for day in days_off(desk, args.year):
            print(f"{day.day:%d-%m-%Y}  {day.source_label:14}  {day.name}")
        return 0
    if args.command == "services":
        for standard in desk.catalog.values():
            fee = "gratis" if not standard.has_fee else rupiah(standard.fee_rupiah)
            print(f"{standard.code:12} {standard.time_limit_working_days} hari kerja, {fee}: {standard.name}")
        return 0
    if args.command == "report":
        return _report(desk, args, period)
    if args.command == "track":
        return _track(desk, args)
    if args.command == "verifier":
        return _verifier(desk, args)
    if args.command == "station":
        return _station(desk, args)
    if args.command == "export":
        return _export(desk, args)
    if args.command == "import":
        return _import(desk, args)
    if args.command == "verify":
        from pathlib import Path

        from kampar_desk.services.authenticity import verify_file, verify_seal

        verdict = verify_seal(desk, args.qr) if args.qr is not None else verify_file(desk, Path(args.file))
        print(verdict.describe())
        return 0 if verdict.genuine else 1
    raise AssertionError(f"unhandled command {args.command}")
