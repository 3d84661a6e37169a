"""Penerbitan: numbered letters, sealed with a signed QR and a PAdES signature, archived and never changed."""

from __future__ import annotations

import hashlib
import io
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kampar_desk.domain.errors import NotFound, TransitionNotAllowed, ValidationError
from kampar_desk.domain.letters import (
    DEFAULT_NUMBER_TEMPLATE,
    LetterKind,
    check_number_template,
    format_letter_number,
    letter_file_stem,
)
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.domain.seal import SealClaims, encode_seal, letter_digest
from kampar_desk.domain.texts import long_date
from kampar_desk.domain.workflow import Action, Status, check_transition
from kampar_desk.services.applications import detail_of, load_row
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.files import stage_file, write_atomically
from kampar_desk.services.intake import next_number
from kampar_desk.services.keys import seal_key, signing_identity
from kampar_desk.services.records import ApplicationDetail, StaffRecord
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import Application, Letter, Setting

if TYPE_CHECKING:
    from kampar_desk.services.documents.letters import LetterPage

LOCAL_SIGNATURE = "local"
BSRE_SIGNATURE = "bsre"
LOCAL_NOTE = (
    "Dokumen ini ditandatangani secara elektronik oleh {signer} dengan sertifikat lokal kantor: tanda tangan "
    "elektronik tidak tersertifikasi (bukan sertifikat BSrE/PSrE). Keasliannya dapat diperiksa tanpa internet "
    "dengan memindai kode QR di loket DPMPTSP atau di aplikasi Kampar Desk (menu Cek Keaslian)."
)
IMPORTED_NOTE = (
    "Dokumen ini ditandatangani secara elektronik oleh {signer} dengan sertifikat elektronik kantor. Keasliannya "
    "dapat diperiksa tanpa internet dengan memindai kode QR di loket DPMPTSP atau di aplikasi Kampar Desk."
)


@dataclass(frozen=True)
class LetterRecord:
    id: uuid.UUID
    kind: LetterKind
    number: str
    application_number: str
    applicant_name: str
    issued_on: date
    path: Path
    unsigned_path: Path
    sha256: str
    payload: str
    signature: str
    signer: str
    status: str
    cancel_reason: str

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"


def to_record(desk: Desk, row: Letter) -> LetterRecord:
    application = Application.get_by_id(row.application_id)
    return LetterRecord(
        id=row.id,
        kind=LetterKind(row.kind),
        number=row.number,
        application_number=application.number,
        applicant_name=application.applicant_name,
        issued_on=row.issued_on,
        path=desk.paths.letters_dir / row.file_name,
        unsigned_path=desk.paths.letters_dir / row.unsigned_file_name,
        sha256=row.sha256,
        payload=row.payload,
        signature=row.signature,
        signer=row.signer,
        status=row.status,
        cancel_reason=row.cancel_reason,
    )


def number_template() -> str:
    row = Setting.get_or_none(Setting.key == "letter_number_template")
    return row.value if row else DEFAULT_NUMBER_TEMPLATE


def set_number_template(desk: Desk, actor: StaffRecord, template: str) -> str:
    actor = require(desk, actor, OfficeAction.SET_NUMBER_TEMPLATE)
    template = check_number_template(template)
    with write_transaction():
        row = Setting.get_or_none(Setting.key == "letter_number_template")
        if row is None:
            Setting.create(key="letter_number_template", value=template)
        else:
            row.value = template
            row.save()
        append_event(desk.now(), actor.username, "set_letter_number_template", details={"template": template})
    return template


def _person_rows(desk: Desk, detail: ApplicationDetail) -> tuple[tuple[str, str], ...]:
    village = desk.regions.village(detail.village_code)
    district = desk.regions.district(detail.summary.district_code)
    return (
        ("Nama", detail.summary.applicant_name),
        ("NIK", detail.summary.applicant_nik),
        ("Alamat", detail.applicant_address),
        ("Desa/Kelurahan", village.name if village else "-"),
        ("Kecamatan", district.name if district else "-"),
    )


def _letter_content(
    desk: Desk,
    kind: LetterKind,
    detail: ApplicationDetail,
    number: str,
    issued_on: date,
    seal_payload: str,
    signature_note: str,
) -> LetterPage:
    # reportlab loads only when a letter is printed, which keeps the app's start fast
    from kampar_desk.services.documents.letters import LetterPage

    office = desk.office()
    standard = desk.catalog[detail.summary.service_code]
    template = standard.letter
    review = f" serta kajian teknis oleh {standard.technical_agency}" if detail.technical_review_result else ""
    values = {
        "nama_pemohon": detail.summary.applicant_name,
        "nomor_pendaftaran": detail.number,
        "tanggal_diterima": long_date(detail.received_on) if detail.received_on else "-",
        "layanan": standard.name,
        "produk": standard.product,
        "dinas_teknis": standard.technical_agency,
        "kajian_teknis": review,
    }
    common = dict(
        office=office,
        number=number,
        place_date=f"{office.city}, {long_date(issued_on)}",
        nature="Biasa",
        signer_title=office.head_title + ",",
        signer_name=office.head_name,
        signer_rank=office.head_rank,
        signer_nip=office.head_nip,
        seal_payload=seal_payload,
        signature_note=signature_note,
    )
    if kind == LetterKind.RECOMMENDATION:
        return LetterPage(
            title=f"Surat Rekomendasi {number}",
            attachment="-",
            subject=template.subject.format(**values),
            addressee=template.addressee.format(**values),
            addressee_place=template.addressee_place.format(**values),
            opening=(template.opening.format(**values),),
            listed=standard.legal_basis,
            statement=template.grant.format(**values),
            person_rows=_person_rows(desk, detail),
            closing=(template.purpose.format(**values), template.closing.format(**values)),
            tembusan=template.tembusan,
            **common,
        )
    if kind == LetterKind.REJECTION:
        reason = detail.decision_reason or detail.verification_note or "tidak memenuhi persyaratan"
        return LetterPage(
            title=f"Surat Penolakan {number}",
            attachment="-",
            subject=f"Penolakan Permohonan {standard.name}",
            addressee=f"Saudara/i {detail.summary.applicant_name}",
            addressee_place="Tempat",
            opening=(
                f"Berdasarkan permohonan Saudara/i yang diterima pada tanggal {values['tanggal_diterima']} dengan "
                f"nomor pendaftaran {detail.number}, setelah dilakukan verifikasi kesesuaian persyaratan, dengan "
                f"ini kami sampaikan bahwa permohonan {standard.name} belum dapat disetujui dengan alasan: "
                f"{reason}.",
            ),
            listed=(),
            statement="",
            person_rows=(),
            closing=(
                "Saudara/i dapat mengajukan permohonan kembali setelah persyaratan dipenuhi. Keberatan atau "
                "pengaduan dapat disampaikan melalui saluran pengaduan DPMPTSP Kabupaten Kampar.",
                "Demikian disampaikan untuk dimaklumi.",
            ),
            tembusan=("Arsip.",),
            **common,
        )
    return LetterPage(
        title=f"Surat Pengantar {number}",
        attachment="1 (satu) berkas",
        subject=f"Permohonan Kajian Teknis {standard.name}",
        addressee=f"Kepala {standard.technical_agency}"
        if not standard.technical_agency.lower().startswith("kepala")
        else standard.technical_agency,
        addressee_place=office.city,
        opening=(
            f"Bersama ini kami sampaikan berkas permohonan {standard.name} dengan nomor pendaftaran "
            f"{detail.number} yang telah memenuhi syarat administrasi, atas nama:",
        ),
        listed=(),
        statement="",
        person_rows=_person_rows(desk, detail),
        closing=(
            "Sehubungan dengan hal tersebut, mohon kiranya Saudara dapat melaksanakan kajian teknis dan, bila "
            "diperlukan, survei lapangan, serta menyampaikan hasilnya kepada kami.",
            "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
        ),
        tembusan=("Arsip.",),
        **common,
    )


def _sign_pades(desk: Desk, unsigned: bytes) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    identity = signing_identity(desk)
    cached = desk.cache.get("pades_signer")
    if cached is None or cached[0] != identity.p12_path:
        # Decrypting the PKCS#12 costs tens of milliseconds: once per identity, not once per letter.
        cached = (
            identity.p12_path,
            signers.SimpleSigner.load_pkcs12(str(identity.p12_path), passphrase=identity.passphrase),
        )
        desk.cache["pades_signer"] = cached
    signer = cached[1]
    meta = signers.PdfSignatureMetadata(
        field_name="TTE-DPMPTSP",
        reason="Penerbitan surat oleh DPMPTSP Kabupaten Kampar",
        location=desk.office().city,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(unsigned))
    output = signers.sign_pdf(writer, meta, signer=signer, new_field_spec=fields.SigFieldSpec("TTE-DPMPTSP"))
    return output.getvalue()


def _sealed_data(row: Application, kind: LetterKind, number: str, issued_on: date) -> dict[str, str]:
    """What the seal's digest covers: who, what, decided how. Recomputed at verification from the register."""
    return {
        "number": number,
        "kind": kind.value,
        "registration": row.number,
        "service": row.service_code,
        "name": row.applicant_name,
        "nik": row.applicant_nik,
        "issued_on": issued_on.isoformat(),
        "decision": row.decision_reason if kind == LetterKind.REJECTION else "",
    }


def register_digest(letter: Letter) -> str:
    """The digest a letter's seal should carry, computed from the register as it is now: a record changed outside
    the app no longer matches its letters' seals."""
    application = Application.get_by_id(letter.application_id)
    return letter_digest(_sealed_data(application, LetterKind(letter.kind), letter.number, letter.issued_on))


def _create_letter(desk: Desk, actor: StaffRecord, row: Application, kind: LetterKind) -> Letter:
    """Inside the caller's transaction: number, seal, PDF, PAdES signature, archive, register row, audit event."""
    from kampar_desk.services.documents.letters import letter_pdf

    now = desk.now()
    issued_on = desk.to_local(now).date()
    detail = detail_of(desk, row)
    standard = desk.catalog[row.service_code]
    sequence = next_number(f"letter-{kind.value}", issued_on.year)
    number = format_letter_number(number_template(), standard.letter_classification, sequence, kind, issued_on)
    key, key_id = seal_key(desk)
    digest = letter_digest(_sealed_data(row, kind, number, issued_on))
    claims = SealClaims(key_id, number, row.number, issued_on, row.service_code, digest)
    payload = encode_seal(claims, key.sign(claims.message()))
    identity = signing_identity(desk)
    note = (IMPORTED_NOTE if identity.imported else LOCAL_NOTE).format(signer=identity.signer_name)
    unsigned = letter_pdf(_letter_content(desk, kind, detail, number, issued_on, payload, note))
    signed = _sign_pades(desk, unsigned)
    stem = f"{issued_on.year}/{letter_file_stem(number)}"
    # Staged before the register row, renamed after the commit: a letter number is never without its PDF.
    stage_file(desk.paths.letters_dir / f"{stem}-belum-ttd.pdf", unsigned)
    stage_file(desk.paths.letters_dir / f"{stem}.pdf", signed)
    letter = Letter.create(
        application=row.id,
        kind=kind.value,
        number=number,
        year=issued_on.year,
        sequence=sequence,
        issued_at=now,
        issued_on=issued_on,
        issued_by=actor.id,
        payload=payload,
        digest=digest,
        file_name=f"{stem}.pdf",
        unsigned_file_name=f"{stem}-belum-ttd.pdf",
        sha256=hashlib.sha256(signed).hexdigest(),
        unsigned_sha256=hashlib.sha256(unsigned).hexdigest(),
        signature=LOCAL_SIGNATURE,
        signer=identity.description,
    )
    append_event(
        now,
        actor.username,
        f"issue_{kind.value}_letter",
        row,
        row.status,
        row.status,
        {"letter": number, "sha256": letter.sha256},
    )
    return letter


def issue_recommendation(desk: Desk, actor: StaffRecord, application_id: uuid.UUID) -> LetterRecord:
    """The approved file's recommendation letter: the Penerbitan step (approved → issued)."""
    actor = require(desk, actor, Action.ISSUE_LETTER)
    with write_transaction():
        row = load_row(application_id)
        check_transition(Action.ISSUE_LETTER, Status(row.status), Status.ISSUED, row.number)
        letter = _create_letter(desk, actor, row, LetterKind.RECOMMENDATION)
        row.issued_at, row.issued_on = letter.issued_at, letter.issued_on
        row.status = Status.ISSUED.value
        row.save()
        append_event(
            desk.now(),
            actor.username,
            Action.ISSUE_LETTER.value,
            row,
            Status.APPROVED.value,
            Status.ISSUED.value,
            {"letter": letter.number},
        )
    return to_record(desk, letter)


def _issue_once(
    desk: Desk,
    actor: StaffRecord,
    application_id: uuid.UUID,
    kind: LetterKind,
    action: Action,
    status: Status,
    wrong_status: str,
    already: str,
) -> LetterRecord:
    """A letter that accompanies a status without changing it, at most one live letter of its kind per file."""
    actor = require(desk, actor, action)
    with write_transaction():
        row = load_row(application_id)
        if row.status != status:
            raise TransitionNotAllowed(f"Berkas {row.number} {wrong_status}.")
        if _active(row.id, kind) is not None:
            raise TransitionNotAllowed(f"{already} berkas {row.number} sudah terbit.")
        letter = _create_letter(desk, actor, row, kind)
    return to_record(desk, letter)


def issue_rejection(desk: Desk, actor: StaffRecord, application_id: uuid.UUID) -> LetterRecord:
    """The rejected file's letter stating the reason (one per file; the status stays rejected)."""
    return _issue_once(
        desk,
        actor,
        application_id,
        LetterKind.REJECTION,
        Action.REJECT,
        Status.REJECTED,
        "tidak berstatus ditolak",
        "Surat penolakan",
    )


def issue_cover_letter(desk: Desk, actor: StaffRecord, application_id: uuid.UUID) -> LetterRecord:
    """Surat pengantar to the technical agency for a file in technical review (one per file unless cancelled)."""
    return _issue_once(
        desk,
        actor,
        application_id,
        LetterKind.COVER,
        Action.RECORD_TECHNICAL_REVIEW,
        Status.IN_TECHNICAL_REVIEW,
        "tidak sedang menunggu kajian teknis",
        "Surat pengantar",
    )


def _active(application_id: uuid.UUID, kind: LetterKind) -> Letter | None:
    return (
        Letter.select()
        .where((Letter.application == application_id) & (Letter.kind == kind.value) & (Letter.status == "issued"))
        .first()
    )


def cancel_letter(desk: Desk, actor: StaffRecord, letter_id: uuid.UUID, reason: str) -> LetterRecord:
    """A cancelled letter keeps its number in the register, with the reason; verification reports it cancelled."""
    actor = require(desk, actor, OfficeAction.CANCEL_LETTER)
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("reason", "Alasan pembatalan wajib diisi.")
    with write_transaction():
        row = Letter.get_or_none(Letter.id == letter_id)
        if row is None:
            raise NotFound("Surat tidak ditemukan.")
        if row.status == "cancelled":
            raise TransitionNotAllowed(f"Surat {row.number} sudah dibatalkan.")
        row.status, row.cancel_reason, row.cancelled_at, row.cancelled_by = "cancelled", reason, desk.now(), actor.id
        row.save()
        application = Application.get_by_id(row.application_id)
        append_event(
            desk.now(),
            actor.username,
            "cancel_letter",
            application,
            application.status,
            application.status,
            {"letter": row.number, "reason": reason},
        )
    return to_record(desk, row)


def letters_of(desk: Desk, application_id: uuid.UUID) -> list[LetterRecord]:
    rows = Letter.select().where(Letter.application == application_id).order_by(Letter.issued_at)
    return [to_record(desk, row) for row in rows]


def find_letter(desk: Desk, number: str) -> LetterRecord:
    row = Letter.get_or_none(Letter.number == number.strip())
    if row is None:
        raise NotFound(f"Surat bernomor {number.strip()} tidak terdaftar di kantor ini.")
    return to_record(desk, row)


def register(desk: Desk, year: int) -> list[LetterRecord]:
    """The letter register of a year, in number order per kind, cancelled letters included."""
    rows = Letter.select().where(Letter.year == year).order_by(Letter.kind, Letter.sequence)
    return [to_record(desk, row) for row in rows]


def export_for_bsre(desk: Desk, letter_id: uuid.UUID, folder: Path) -> Path:
    """The final letter before any signature, for signing with BSrE (online) and importing back."""
    row = Letter.get_or_none(Letter.id == letter_id)
    if row is None:
        raise NotFound("Surat tidak ditemukan.")
    source = desk.paths.letters_dir / row.unsigned_file_name
    target = folder / f"{letter_file_stem(row.number)}-untuk-TTE.pdf"
    write_atomically(target, source.read_bytes())
    return target


def import_bsre_signed(desk: Desk, actor: StaffRecord, letter_id: uuid.UUID, signed: bytes) -> LetterRecord:
    """Store a BSrE-signed letter: it must be the exported document plus a valid PAdES signature over it."""
    from kampar_desk.services.authenticity import check_pades

    actor = require(desk, actor, OfficeAction.EXCHANGE_BSRE)
    row = Letter.get_or_none(Letter.id == letter_id)
    if row is None:
        raise NotFound("Surat tidak ditemukan.")
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
    return to_record(desk, row)
