"""Office words for every internal name an officer could meet: statuses, steps, office actions, audit events."""

from __future__ import annotations

import logging
import re

from kampar_desk.domain.letters import LetterKind
from kampar_desk.domain.permissions import OFFICE_ACTION_LABELS
from kampar_desk.domain.roles import ROLE_LABELS
from kampar_desk.domain.workflow import ACTION_LABELS, STATUS_LABELS

log = logging.getLogger(__name__)

#: what an unknown name reads as: never the name itself
UNKNOWN = "Kegiatan lain"

#: Audit events that are neither a workflow step nor an office action (those carry their own labels), by the
#: action name the services write. Phrased like the steps: what was done.
EVENT_LABELS: dict[str, str] = {
    # letters
    "issue_recommendation_letter": "Terbitkan surat rekomendasi",
    "issue_rejection_letter": "Terbitkan surat penolakan",
    "issue_cover_letter": "Terbitkan surat pengantar",
    "import_bsre_signed": "Simpan surat bertanda tangan BSrE",
    "set_letter_number_template": "Ubah format nomor surat",
    # complaints
    "respond_complaint": "Tanggapi pengaduan",
    "follow_up_complaint": "Tindak lanjuti pengaduan",
    "suggestion_to_complaint": "Catat saran SKM sebagai pengaduan",
    "move_skm_suggestions": "Pindahkan saran SKM ke daftar Saran SKM",  # written once, by migration 0008
    # calendar
    "add_local_holiday": "Tambah hari libur daerah",
    "cancel_national_holiday": "Batalkan hari libur nasional",
    "remove_local_day": "Hapus perubahan kalender",
    # office profile and settings
    "update_office_profile": "Ubah profil kantor",
    "set_logo": "Pasang logo kop surat",
    "remove_logo": "Hapus logo kop surat",
    "update_settings": "Ubah pengaturan",
    "link_database_server": "Pakai server basis data kantor",
    "unlink_database_server": "Kembali ke berkas basis data lokal",
    # accounts and signing in
    "create_first_admin": "Buat akun Administrator pertama",
    "create_staff": "Buat akun petugas",
    "update_staff": "Ubah akun petugas",
    "reset_password": "Atur ulang kata sandi",
    "rehash_password": "Perbarui penyimpanan kata sandi",
    "sign_in_refused": "Masuk ditolak",
    "account_locked": "Akun dikunci sementara",
    "unlock_account": "Buka kunci akun",
    "action_refused": "Tindakan ditolak",
    # keys
    "add_seal_key": "Tambah kunci segel surat",
    "trust_seal_key": "Percayai kunci segel surat",
    "seal_legacy_keys": "Segel kunci penandatanganan lama",
    "share_signing_keys": "Bagikan kunci penandatanganan",
    "import_pkcs12": "Impor sertifikat penandatanganan",
    # stations (exchanging records by file)
    "create_station_keys": "Buat kunci stasiun",
    "rename_station": "Ubah nama stasiun",
    "trust_station": "Percayai stasiun lain",
    "revoke_station": "Cabut kepercayaan stasiun",
    "export_bundle": "Buat berkas kiriman untuk stasiun lain",
    "import_bundle": "Terima berkas kiriman dari stasiun lain",
    "acknowledge_bundle": "Catat tanda terima kiriman dari stasiun lain",
    # the app's own work
    "reconcile_archive": "Cocokkan arsip dengan basis data",
    "mark_demo_data": "Tandai sebagai data contoh",
}

#: Where a complaint came from (the channels of the service standard) and where it stands.
COMPLAINT_CHANNELS: dict[str, str] = {
    "kotak": "Kotak pengaduan",
    "email": "E-mail",
    "website": "Website",
    "lapor": "SP4N-LAPOR!",
    "telepon": "Telepon/WhatsApp",
    "skm": "Saran SKM",
    "langsung": "Datang langsung",
}
COMPLAINT_STATUSES: dict[str, str] = {
    "open": "Baru",
    "in_progress": "Ditindaklanjuti",
    "answered": "Sudah ditanggapi",
    "closed": "Selesai",
}

#: The values of records an officer sees: letters, complaints, the SKM, the reasons of a refusal, the calendar.
VALUE_LABELS: dict[str, str] = {
    **{kind.value: kind.label for kind in LetterKind},
    "cancelled": "Dibatalkan",
    **COMPLAINT_CHANNELS,
    **COMPLAINT_STATUSES,
    # the SKM of a file
    "filled": "Kuesioner diisi",
    "declined": "Menolak mengisi kuesioner",
    "kiosk": "Kiosk layar sentuh",
    "paper": "Kuesioner kertas",
    # why an action or a sign-in was refused
    "role": "Peran tidak mengizinkan",
    "roles_changed": "Peran diubah Administrator",
    "deactivated": "Akun dinonaktifkan",
    "wrong_password": "Kata sandi salah",
    "unknown_user": "Nama pengguna tidak dikenal",
    "locked": "Akun terkunci",
    # days off (calendar_admin.DayOff.source)
    "nasional": "Libur nasional",
    "cuti bersama": "Cuti bersama",
    "lokal": "Libur daerah",
}

# Later tables win: a status is named as a status ("issued" is "Surat terbit" also for a letter that stands).
_LABELS: dict[str, str] = {
    **VALUE_LABELS,
    **{role.value: text for role, text in ROLE_LABELS.items()},
    **EVENT_LABELS,
    **{action.value: text for action, text in OFFICE_ACTION_LABELS.items()},
    **{action.value: text for action, text in ACTION_LABELS.items()},
    **{status.value: text for status, text in STATUS_LABELS.items()},
}

_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]{0,60}")


def label(name: str) -> str:
    """The office words for an internal name (a status, a step, an office action, an audit event, a letter kind,
    a complaint channel…); an unknown name reads as `UNKNOWN`, never as itself."""
    text = _LABELS.get(name)
    if text is not None:
        return text
    # Only a name shaped like an identifier is logged: whatever else was passed in might be something typed.
    if isinstance(name, str) and _IDENTIFIER.fullmatch(name):
        log.warning("No office label for %s", name)
    return UNKNOWN


def is_known(name: str) -> bool:
    return name in _LABELS
