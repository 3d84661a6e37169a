"""Office settings kept in the database: paper layout, printer, preview, idle lock, verification address."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.paper import PaperLayout
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.domain.seal import check_verification_address
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import StaffRecord
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import Setting
from kampar_desk.store.rows import put_setting


@dataclass(frozen=True)
class DeskSettings:
    receipt_layout: PaperLayout = PaperLayout.A5
    printer_name: str = ""  # empty: the system's default printer
    print_preview: bool = False
    idle_lock_minutes: int = 5
    complaint_response_days: int = 5  # working days to answer a complaint (Kampar's neighbours promise 5)
    #: where the office published its verification page (services/verifier); empty: letters' QR holds the seal only
    verification_address: str = ""


def _decode(field: dataclasses.Field, text: str) -> PaperLayout | bool | int | str:
    if field.type in ("PaperLayout", PaperLayout):
        return PaperLayout(text)
    if field.type in ("bool", bool):
        return text == "1"
    if field.type in ("int", int):
        return int(text)
    return text


def _encode(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value.value if isinstance(value, PaperLayout) else value)


def get_settings(desk: Desk) -> DeskSettings:
    stored = {row.key: row.value for row in Setting.select()}
    values = {}
    for field in dataclasses.fields(DeskSettings):
        if field.name in stored:
            try:
                values[field.name] = _decode(field, stored[field.name])
            except ValueError:
                continue  # a value from a newer version or hand-edited: keep the default rather than fail
    return DeskSettings(**values)


def update_settings(desk: Desk, actor: StaffRecord, **changes: object) -> DeskSettings:
    """Admin only; unknown names or bad values are refused and nothing is saved."""
    actor = require(desk, actor, OfficeAction.EDIT_SETTINGS)
    known = {f.name for f in dataclasses.fields(DeskSettings)}
    unknown = set(changes) - known
    if unknown:
        raise ValidationError(sorted(unknown)[0], f"Pengaturan tidak dikenal: {', '.join(sorted(unknown))}.")
    minutes = changes.get("idle_lock_minutes")
    if minutes is not None and not (isinstance(minutes, int) and 1 <= minutes <= 120):
        raise ValidationError("idle_lock_minutes", "Kunci otomatis harus antara 1 dan 120 menit.")
    days = changes.get("complaint_response_days")
    if days is not None and not (isinstance(days, int) and 1 <= days <= 60):
        raise ValidationError("complaint_response_days", "Batas tanggapan pengaduan harus antara 1 dan 60 hari kerja.")
    if "verification_address" in changes:
        changes["verification_address"] = check_verification_address(str(changes["verification_address"]))
    if "receipt_layout" in changes:
        changes["receipt_layout"] = PaperLayout(changes["receipt_layout"])
    with write_transaction():
        for key, value in changes.items():
            put_setting(key, _encode(value))
        append_event(desk.now(), actor.username, "update_settings", details={k: _encode(v) for k, v in changes.items()})
    return get_settings(desk)
