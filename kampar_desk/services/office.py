"""The office profile (letterhead, numbering prefix) and its signing official, edited by the admin."""

from __future__ import annotations

import dataclasses
import io
import re

from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.files import write_atomically
from kampar_desk.services.records import OfficeRecord, StaffRecord
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import OfficeProfile

LIMITS = {f.name: f.max_length for f in OfficeProfile._meta.sorted_fields if getattr(f, "max_length", None)}
LABELS = {
    "code": "Kode kantor",
    "government": "Pemerintah",
    "name": "Nama dinas",
    "short_name": "Nama singkat",
    "address": "Alamat",
    "phone": "Telepon/WA",
    "email": "E-mail",
    "website": "Laman",
    "city": "Kota (tempat surat)",
    "head_title": "Jabatan pejabat",
    "head_name": "Nama pejabat",
    "head_rank": "Pangkat/golongan",
    "head_nip": "NIP",
}


def _check(field: str, value: str) -> str:
    text = " ".join(str(value).split())
    if not text:
        raise ValidationError(field, f"{LABELS[field]} wajib diisi.")
    if len(text) > LIMITS.get(field, 250):
        raise ValidationError(field, f"{LABELS[field]} terlalu panjang (paling banyak {LIMITS[field]} huruf).")
    if field == "code" and not re.fullmatch(r"[A-Z]{2,6}", text):
        raise ValidationError(field, "Kode kantor 2-6 huruf besar (contoh KPR); dipakai di depan nomor pendaftaran.")
    if field == "head_nip" and not re.fullmatch(r"\d{18}", text.replace(" ", "")):
        raise ValidationError(field, "NIP harus 18 digit (contoh 19681024 200003 1 002).")
    if field == "email" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text):
        raise ValidationError(field, "Alamat e-mail tidak valid.")
    return text


def update_office_profile(desk: Desk, actor: StaffRecord, **changes: str) -> OfficeRecord:
    """Admin only. The office code changes the prefix of numbers issued from now on; old numbers stay."""
    actor = require(desk, actor, OfficeAction.EDIT_OFFICE_PROFILE)
    unknown = set(changes) - set(LABELS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], f"Isian profil tidak dikenal: {', '.join(sorted(unknown))}.")
    cleaned = {field: _check(field, value) for field, value in changes.items()}
    with write_transaction():
        row = OfficeProfile.select().get()
        before = {field: getattr(row, field) for field in cleaned}
        for field, value in cleaned.items():
            setattr(row, field, value)
        row.save()
        changed = {f: {"from": before[f], "to": v} for f, v in cleaned.items() if before[f] != v}
        append_event(desk.now(), actor.username, "update_office_profile", details=changed)
    desk.forget_office()
    return desk.office()


def office_fields(office: OfficeRecord) -> dict[str, str]:
    return {
        field.name: str(getattr(office, field.name)) for field in dataclasses.fields(office) if field.name in LABELS
    }


def set_logo(desk: Desk, actor: StaffRecord, data: bytes) -> None:
    """Admin: replace the letterhead emblem with an image (PNG or JPEG), stored as PNG for every future paper."""
    from PIL import Image, UnidentifiedImageError

    actor = require(desk, actor, OfficeAction.CHANGE_LOGO)
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            if min(image.size) < 64:
                raise ValidationError("logo", "Gambar logo terlalu kecil (paling sedikit 64 x 64 piksel).")
            converted = io.BytesIO()
            image.convert("RGBA").save(converted, format="PNG")
    except (UnidentifiedImageError, OSError):
        raise ValidationError("logo", "Berkas ini bukan gambar PNG atau JPEG yang dapat dibaca.") from None
    write_atomically(desk.paths.logo_file, converted.getvalue())
    with write_transaction():
        append_event(desk.now(), actor.username, "set_logo", details={"bytes": len(converted.getvalue())})
    desk.forget_office()


def remove_logo(desk: Desk, actor: StaffRecord) -> None:
    actor = require(desk, actor, OfficeAction.CHANGE_LOGO)
    desk.paths.logo_file.unlink(missing_ok=True)
    with write_transaction():
        append_event(desk.now(), actor.username, "remove_logo")
    desk.forget_office()
