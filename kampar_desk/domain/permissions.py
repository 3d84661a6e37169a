"""Who may do what: one table for every action an officer can take, the workflow's steps and the office's alike."""

from __future__ import annotations

from enum import StrEnum

from kampar_desk.domain.errors import PermissionDenied
from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import TRANSITIONS, Action


class OfficeAction(StrEnum):
    """Actions that are not a step of a file's workflow: letters' upkeep, complaints, administration."""

    CANCEL_LETTER = "cancel_letter"
    EXCHANGE_BSRE = "exchange_bsre"
    REGISTER_COMPLAINT = "register_complaint"
    ASSIGN_COMPLAINT = "assign_complaint"
    HANDLE_COMPLAINT = "handle_complaint"
    FOLLOW_UP_SUGGESTION = "follow_up_suggestion"
    REPRINT_PAPER = "reprint_paper"
    EXPORT_REPORT = "export_report"
    MANAGE_STAFF = "manage_staff"
    EDIT_SETTINGS = "edit_settings"
    EDIT_OFFICE_PROFILE = "edit_office_profile"
    CHANGE_LOGO = "change_logo"
    SET_NUMBER_TEMPLATE = "set_number_template"
    EDIT_CALENDAR = "edit_calendar"
    MANAGE_KEYS = "manage_keys"
    MANAGE_STATIONS = "manage_stations"
    EXCHANGE_BUNDLES = "exchange_bundles"
    PUBLISH_VERIFIER = "publish_verifier"
    BACKUP = "backup"
    RESTORE = "restore"
    SET_DATABASE_SERVER = "set_database_server"

    @property
    def label(self) -> str:
        return OFFICE_ACTION_LABELS[self]


OFFICE_ACTION_LABELS: dict[OfficeAction, str] = {
    OfficeAction.CANCEL_LETTER: "Batalkan surat",
    OfficeAction.EXCHANGE_BSRE: "Kirim/terima surat bertanda tangan BSrE",
    OfficeAction.REGISTER_COMPLAINT: "Catat pengaduan",
    OfficeAction.ASSIGN_COMPLAINT: "Tugaskan pengaduan",
    OfficeAction.HANDLE_COMPLAINT: "Tangani pengaduan",
    OfficeAction.FOLLOW_UP_SUGGESTION: "Tindak lanjuti saran SKM",
    OfficeAction.REPRINT_PAPER: "Cetak ulang dokumen",
    OfficeAction.EXPORT_REPORT: "Ekspor laporan",
    OfficeAction.MANAGE_STAFF: "Kelola akun petugas",
    OfficeAction.EDIT_SETTINGS: "Ubah pengaturan",
    OfficeAction.EDIT_OFFICE_PROFILE: "Ubah profil kantor dan pejabat",
    OfficeAction.CHANGE_LOGO: "Ganti logo kop surat",
    OfficeAction.SET_NUMBER_TEMPLATE: "Ubah format nomor surat",
    OfficeAction.EDIT_CALENDAR: "Ubah kalender hari kerja",
    OfficeAction.MANAGE_KEYS: "Kelola kunci dan sertifikat penandatanganan",
    OfficeAction.MANAGE_STATIONS: "Kelola stasiun untuk bertukar data",
    OfficeAction.EXCHANGE_BUNDLES: "Kirim/periksa berkas kiriman antarstasiun",
    OfficeAction.PUBLISH_VERIFIER: "Terbitkan halaman cek keaslian",
    OfficeAction.BACKUP: "Buat cadangan data",
    OfficeAction.RESTORE: "Pulihkan data dari cadangan",
    OfficeAction.SET_DATABASE_SERVER: "Atur server basis data",
}

#: anything an officer may be refused
Permitted = Action | OfficeAction

EVERY_ROLE = frozenset(Role)
_HEADS = frozenset({Role.SIGNING_OFFICIAL, Role.ADMIN})
_ADMIN = frozenset({Role.ADMIN})

PERMISSIONS: dict[Permitted, frozenset[Role]] = {
    **{action: transition.roles for action, transition in TRANSITIONS.items()},
    OfficeAction.CANCEL_LETTER: _HEADS,
    OfficeAction.EXCHANGE_BSRE: _HEADS,
    OfficeAction.REGISTER_COMPLAINT: EVERY_ROLE,
    OfficeAction.ASSIGN_COMPLAINT: _HEADS,
    # An officer a complaint is assigned to may handle it too: a rule about the record, kept by the service.
    OfficeAction.HANDLE_COMPLAINT: _HEADS,
    OfficeAction.FOLLOW_UP_SUGGESTION: _HEADS,
    OfficeAction.REPRINT_PAPER: EVERY_ROLE,
    OfficeAction.EXPORT_REPORT: EVERY_ROLE,
    OfficeAction.MANAGE_STAFF: _ADMIN,
    OfficeAction.EDIT_SETTINGS: _ADMIN,
    OfficeAction.EDIT_OFFICE_PROFILE: _ADMIN,
    OfficeAction.CHANGE_LOGO: _ADMIN,
    OfficeAction.SET_NUMBER_TEMPLATE: _ADMIN,
    OfficeAction.EDIT_CALENDAR: _ADMIN,
    OfficeAction.MANAGE_KEYS: _ADMIN,
    OfficeAction.MANAGE_STATIONS: _ADMIN,
    OfficeAction.EXCHANGE_BUNDLES: _ADMIN,
    OfficeAction.PUBLISH_VERIFIER: _ADMIN,
    OfficeAction.BACKUP: _ADMIN,
    OfficeAction.RESTORE: _ADMIN,
    OfficeAction.SET_DATABASE_SERVER: _ADMIN,
}


def allows(roles: frozenset[Role], action: Permitted) -> bool:
    return bool(roles & PERMISSIONS[action])


def allowed_actions(roles: frozenset[Role]) -> frozenset[Permitted]:
    """What an officer with these roles may do: the GUI shows only these."""
    return frozenset(action for action, allowed in PERMISSIONS.items() if roles & allowed)


def _role_list(roles: frozenset[Role]) -> str:
    return ", ".join(sorted(role.label for role in roles))


def check_permission(action: Permitted, roles: frozenset[Role]) -> None:
    """Refuse unless one of the officer's roles may take this action."""
    allowed = PERMISSIONS[action]
    if not roles & allowed:
        mine = _role_list(roles) if roles else "tanpa peran"
        raise PermissionDenied(
            f"Tindakan '{action.label}' hanya boleh dilakukan oleh {_role_list(allowed)}; peran Anda: {mine}."
        )
