"""Cek Keaslian: is this letter genuine? From a scanned QR seal or from the PDF file itself, without internet."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature

from kampar_desk.domain.errors import DeskError
from kampar_desk.domain.letters import LetterKind, LetterStatus
from kampar_desk.domain.seal import SealClaims, SealFormatError, decode_seal, is_seal, payload_of
from kampar_desk.domain.texts import long_date
from kampar_desk.domain.validation import mask_population_number
from kampar_desk.services.desk import Desk
from kampar_desk.services.keys import fingerprint, public_seal_key, trust_roots, trusted_seal_keys
from kampar_desk.services.letters.sealing import register_digest
from kampar_desk.store.models import Application, Letter


@dataclass(frozen=True)
class PadesCheck:
    count: int
    present: bool
    intact: bool
    trusted: bool
    covers_whole_file: bool
    signer: str
    signed_at: datetime | None


@dataclass(frozen=True)
class Verdict:
    """The answer shown to the officer (and printed by `kampar-desk verify`); `genuine` decides the exit code."""

    genuine: bool
    headline: str
    details: tuple[str, ...]

    def describe(self) -> str:
        return "\n".join((self.headline, *(f"  {line}" for line in self.details)))


def check_pades(data: bytes, trust_roots: tuple[bytes, ...]) -> PadesCheck:
    """Validate the last PAdES signature offline: integrity always; trust only against the given root certificates."""
    from pyhanko.keys import load_certs_from_pemder_data
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception:  # any unreadable file is simply "no valid signature"
        return PadesCheck(0, False, False, False, False, "", None)
    if not signatures:
        return PadesCheck(0, False, False, False, False, "", None)
    roots = [certificate for root in trust_roots for certificate in load_certs_from_pemder_data(root)]
    # Never the operating system's trust list: a counter PC's list says nothing about Indonesian letters.
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    signature = signatures[-1]
    try:
        status = validate_pdf_signature(signature, context)
    except Exception:  # a corrupted signature structure is an invalid signature
        return PadesCheck(len(signatures), True, False, False, False, "", None)
    coverage = getattr(status, "coverage", None)
    whole = coverage is not None and coverage.name == "ENTIRE_FILE"
    signer = status.signing_cert.subject.native.get("common_name", "") if status.signing_cert else ""
    return PadesCheck(
        len(signatures),
        True,
        bool(status.intact and status.valid),
        bool(status.trusted),
        whole,
        signer,
        status.signer_reported_dt,
    )


def _letter_lines(letter: Letter) -> tuple[str, ...]:
    application = Application.get_by_id(letter.application_id)
    return (
        f"Jenis: {LetterKind(letter.kind).label}",
        f"Nomor surat: {letter.number}",
        f"Tanggal: {long_date(letter.issued_on)}",
        f"Nomor pendaftaran: {application.number}",
        f"Pemohon: {application.applicant_name} (NIK {mask_population_number(application.applicant_nik)})",
    )


def _key_line(desk: Desk, key_id: str) -> str:
    public_hex = trusted_seal_keys(desk).get(key_id, "")
    return f"Kunci segel {key_id}, sidik jari {fingerprint(public_hex)}: cocokkan dengan yang diumumkan kantor."


COMPARE = "Cocokkan nomor, tanggal dan nama pemohon di atas dengan yang tercetak di surat."


def _claimed_lines(desk: Desk, claims: SealClaims) -> tuple[str, ...]:
    """What the seal itself says (a KD2 seal also names the kind of letter and the applicant)."""
    kinds = {kind.code: kind.label for kind in LetterKind}
    services = {code: standard.name for code, standard in desk.catalog.items()}
    lines = [
        f"Nomor surat: {claims.letter_number}",
        f"Tanggal: {long_date(claims.issued_on)}",
        f"Nomor pendaftaran: {claims.registration_number}",
        f"Layanan: {services.get(claims.service_code, claims.service_code)}",
    ]
    if claims.kind_code:
        lines.insert(0, f"Jenis: {kinds.get(claims.kind_code, claims.kind_code)}")
    if claims.applicant_name:
        lines.append(f"Pemohon: {claims.applicant_name} (NIK {claims.masked_nik})")
    return tuple(lines)


def verify_seal(desk: Desk, text: str) -> Verdict:
    """Check a scanned QR (the seal, or the verification page's URL carrying it): the signature of a trusted
    office key over the seal's exact text, then this office's register.

    Five answers: genuine and in the register; genuine seal of a trusted key but not in this register; register
    record changed outside the app; unknown key; forged or altered."""
    try:
        payload = payload_of(text)
        claims, message, signature = decode_seal(payload)
    except SealFormatError as error:
        return Verdict(False, "TIDAK DIKENALI", (str(error),))
    public_key = public_seal_key(desk, claims.key_id)
    if public_key is None:
        return Verdict(
            False,
            "KUNCI TIDAK DIKENAL",
            (
                f"Segel dibuat dengan kunci {claims.key_id} yang tidak tercatat sebagai kunci kantor ini atau kunci "
                "yang dipercaya Administrator. Keaslian tidak dapat dipastikan di komputer ini.",
            ),
        )
    try:
        public_key.verify(signature, message)
    except InvalidSignature:
        return Verdict(False, "PALSU ATAU DIUBAH", ("Tanda tangan segel tidak cocok dengan isinya.",))
    letter = Letter.get_or_none(Letter.number == claims.letter_number)
    claimed = (*_claimed_lines(desk, claims), _key_line(desk, claims.key_id))
    if letter is None:
        return Verdict(True, "ASLI (segel sah, surat tidak ada di register komputer ini)", claimed)
    if letter.payload != payload:
        return Verdict(
            False, "TIDAK COCOK", ("Segel sah tetapi berbeda dengan surat yang terdaftar dengan nomor ini.",)
        )
    if register_digest(letter) != claims.digest or letter.digest != claims.digest:
        return Verdict(
            False,
            "DATA REGISTER DIUBAH DI LUAR APLIKASI",
            (
                "Segel surat sah, tetapi data pemohon atau surat di register komputer ini tidak lagi sama dengan "
                "yang disegel. Jangan percaya data register yang tampil; laporkan ke petugas TI "
                "(kampar-desk audit verify).",
                *claimed,
            ),
        )
    if letter.status == LetterStatus.CANCELLED:
        return Verdict(False, "DIBATALKAN", (*_letter_lines(letter), f"Alasan pembatalan: {letter.cancel_reason}"))
    return Verdict(True, "ASLI", (*_letter_lines(letter), _key_line(desk, claims.key_id), COMPARE))


def verify_code(desk: Desk, text: str) -> Verdict:
    """What the officer scanned or typed: a QR seal (bare, or in a verification URL), or a letter number looked
    up in this office's register."""
    code = text.strip()
    if is_seal(code):
        return verify_seal(desk, code)
    letter = Letter.get_or_none(Letter.number == code)
    if letter is None:
        return Verdict(False, "TIDAK TERDAFTAR", (f"Surat bernomor {code} tidak terdaftar di kantor ini.",))
    return verify_seal(desk, letter.payload)


def verify_pdf(desk: Desk, data: bytes) -> Verdict:
    """Check a letter file: its exact bytes against the register, and its PAdES signature."""
    digest = hashlib.sha256(data).hexdigest()
    letter = Letter.get_or_none(Letter.sha256 == digest)
    check = check_pades(data, trust_roots=trust_roots(desk))
    signature_line = (
        f"Tanda tangan PAdES utuh oleh {check.signer}" + (", sertifikat dikenal" if check.trusted else "")
        if check.present and check.intact
        else "Tanda tangan PAdES tidak ada atau rusak"
    )
    if letter is None:
        if check.present and check.intact and check.trusted and check.covers_whole_file:
            return Verdict(
                True, "ASLI (ditandatangani kantor ini, tidak ada di register komputer ini)", (signature_line,)
            )
        return Verdict(
            False,
            "TIDAK ASLI ATAU DIUBAH",
            ("Berkas ini tidak sama dengan surat mana pun yang diterbitkan.", signature_line),
        )
    if not (check.present and check.intact):
        return Verdict(False, "TIDAK ASLI ATAU DIUBAH", (signature_line,))
    if letter.status == LetterStatus.CANCELLED:
        return Verdict(False, "DIBATALKAN", (*_letter_lines(letter), f"Alasan pembatalan: {letter.cancel_reason}"))
    return Verdict(True, "ASLI", (*_letter_lines(letter), signature_line))


def verify_file(desk: Desk, path: Path) -> Verdict:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DeskError(f"Berkas {path} tidak dapat dibaca: {error.strerror}.") from None
    return verify_pdf(desk, data)
