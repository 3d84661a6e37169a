"""Certified signing with BSrE (online, outside the app): export the unsigned final letter, import it signed."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.letters import letter_file_stem
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.files import stage_file, write_atomically
from kampar_desk.services.letters.records import load_letter, to_record
from kampar_desk.services.letters.sealing import BSRE_SIGNATURE
from kampar_desk.services.records import LetterRecord, StaffRecord
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import Application


def export_for_bsre(desk: Desk, actor: StaffRecord, letter_id: uuid.UUID, folder: Path) -> Path:
    """The final letter before any signature, for signing with BSrE (online) and importing back."""
    require(desk, actor, OfficeAction.EXCHANGE_BSRE)
    row = load_letter(letter_id)
    source = desk.paths.letters_dir / row.unsigned_file_name
    target = folder / f"{letter_file_stem(row.number)}-untuk-TTE.pdf"
    write_atomically(target, source.read_bytes())
    return target


def import_bsre_signed(desk: Desk, actor: StaffRecord, letter_id: uuid.UUID, signed: bytes) -> LetterRecord:
    """Store a BSrE-signed letter beside the original: it must be the exported document plus one intact PAdES
    signature over the whole of it."""
    # authenticity imports the letters package: imported here, when a signed file comes back
    from kampar_desk.services.authenticity import check_pades

    actor = require(desk, actor, OfficeAction.EXCHANGE_BSRE)
    row = load_letter(letter_id)
    unsigned = (desk.paths.letters_dir / row.unsigned_file_name).read_bytes()
    if not signed.startswith(unsigned):
        raise ValidationError("file", "Berkas ini bukan surat yang diekspor untuk TTE (isinya berbeda).")
    check = check_pades(signed, trust_roots=())
    if check.count > 1:
        raise ValidationError(
            "file", "Tandatangani berkas hasil ekspor untuk TTE, bukan surat yang sudah bertanda tangan."
        )
    if not check.present or not check.intact:
        raise ValidationError("file", "Berkas tidak memuat tanda tangan PAdES yang utuh.")
    if not check.covers_whole_file:
        raise ValidationError(
            "file", "Tanda tangan tidak mencakup seluruh dokumen: ada perubahan setelah ditandatangani."
        )
    name = f"{row.year}/{letter_file_stem(row.number)}-bsre.pdf"
    with write_transaction():
        stage_file(desk.paths.letters_dir / name, signed)
        row.file_name, row.sha256 = name, hashlib.sha256(signed).hexdigest()
        row.signature, row.signer = BSRE_SIGNATURE, check.signer
        row.save()
        application = Application.get_by_id(row.application_id)
        append_event(
            desk.now(),
            actor.username,
            "import_bsre_signed",
            application,
            application.status,
            application.status,
            {"letter": row.number, "signer": check.signer, "sha256": row.sha256},
        )
    return to_record(desk, row, application)
