"""What makes a letter provably the office's: the signed QR seal over its data and the PAdES signature of its PDF."""

from __future__ import annotations

import io
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from kampar_desk.domain.errors import DeskError
from kampar_desk.domain.letters import LetterKind
from kampar_desk.domain.seal import CURRENT_PREFIX, SealClaims, encode_seal, letter_digest, seal_url, sealed_name
from kampar_desk.domain.validation import mask_population_number
from kampar_desk.services.desk import Desk
from kampar_desk.services.settings import get_settings
from kampar_desk.store.models import Application, Letter

if TYPE_CHECKING:
    from kampar_desk.services.keys import SigningIdentity

LOCAL_SIGNATURE = "local"
BSRE_SIGNATURE = "bsre"
LOCAL_NOTE = (
    "Dokumen ini ditandatangani secara elektronik oleh {signer} dengan sertifikat lokal kantor: tanda tangan "
    "elektronik tidak tersertifikasi (bukan sertifikat BSrE/PSrE)."
)
IMPORTED_NOTE = "Dokumen ini ditandatangani secara elektronik oleh {signer} dengan sertifikat elektronik kantor."
#: beside the QR, after the note: how anyone holding the letter checks it
PHONE_CHECK = (
    "Cek keaslian: pindai kode QR ini dengan kamera ponsel. Halaman resmi {host} harus menyatakan ASLI dengan "
    "nomor, tanggal dan nama yang sama dengan surat ini."
)
COUNTER_CHECK = (
    "Keasliannya dapat diperiksa tanpa internet dengan memindai kode QR ini di loket DPMPTSP atau di aplikasi "
    "Kampar Desk (menu Cek Keaslian)."
)


def sealed_data(row: Application, kind: LetterKind, number: str, issued_on: date) -> dict[str, str]:
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
    return letter_digest(sealed_data(application, LetterKind(letter.kind), letter.number, letter.issued_on))


def seal(desk: Desk, row: Application, kind: LetterKind, number: str, issued_on: date) -> tuple[str, str]:
    """(seal, digest) of a letter: its data signed with the office's unlocked seal key, in the current version
    (KD2: with what a recipient compares with the paper, the applicant's name and masked NIK)."""
    from kampar_desk.services.keys import seal_key  # loaded on first use: keeps the start fast

    key, key_id = seal_key(desk)
    digest = letter_digest(sealed_data(row, kind, number, issued_on))
    claims = SealClaims(
        key_id,
        number,
        row.number,
        issued_on,
        row.service_code,
        digest,
        kind_code=kind.code,
        applicant_name=sealed_name(row.applicant_name),
        masked_nik=mask_population_number(row.applicant_nik),
        version=CURRENT_PREFIX,
    )
    return encode_seal(claims, key.sign(claims.message())), digest


def qr_content(desk: Desk, payload: str) -> tuple[str, str]:
    """(what the letter's QR holds, the line printed under it): the verification page's URL with the seal in its
    fragment when the office has published one (Pengaturan), else the seal itself as before."""
    address = get_settings(desk).verification_address
    if not address:
        return payload, COUNTER_CHECK
    return seal_url(address, payload), PHONE_CHECK.format(host=urlsplit(address).netloc)


def signature_note(identity: SigningIdentity) -> str:
    """The line on the letter saying how it is signed (and, for the local certificate, that it is not certified)."""
    return (IMPORTED_NOTE if identity.imported else LOCAL_NOTE).format(signer=identity.signer_name)


def sign_pades(desk: Desk, unsigned: bytes) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    from kampar_desk.services.keys import signing_identity

    identity = signing_identity(desk)
    cached = desk.cache.get("pades_signer")
    if cached is None or cached[0] != identity.p12_path:
        # Decrypting the PKCS#12 costs tens of milliseconds: once per identity, not once per letter.
        loaded = signers.SimpleSigner.load_pkcs12(str(identity.p12_path), passphrase=identity.passphrase)
        if loaded is None:
            raise DeskError(
                f"Sertifikat penandatangan {identity.p12_path.name} tidak dapat dibuka, sehingga surat tidak "
                "diterbitkan. Hubungi petugas TI."
            )
        cached = desk.cache["pades_signer"] = (identity.p12_path, loaded)
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
