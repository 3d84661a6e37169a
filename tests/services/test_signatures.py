"""PAdES signatures: the local certificate, an imported .p12, and the BSrE round trip (export, sign, import)."""

import io
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from kampar_desk.domain.errors import PermissionDenied, ValidationError
from kampar_desk.domain.roles import Role
from kampar_desk.services import authenticity, intake_documents, keys, letters
from kampar_desk.services.applications import find_by_number
from tests.services.test_letters import approved_file


def make_p12(common_name: str, passphrase: bytes, days: int = 365) -> bytes:
    """A CA-issued signing certificate, as a PSrE would hand out (test-made, so nothing here is trusted)."""
    now = datetime.now(UTC)
    start = now - timedelta(days=10)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{common_name} Root")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(start)
        .not_valid_after(now + timedelta(days=days + 1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(start)
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        b"t", key, cert, [ca], serialization.BestAvailableEncryption(passphrase)
    )


def letter_application(desk, letter):
    return find_by_number(desk, letter.application_number).summary.id


def sign_elsewhere(pdf: bytes, p12: bytes, passphrase: bytes) -> bytes:
    """What BSrE's signing service does to the exported file: an incremental PAdES signature."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12_data(p12, other_certs=[], passphrase=passphrase)
    meta = signers.PdfSignatureMetadata(field_name="bcs_ecs_1", subfilter=fields.SigSeedSubFilter.PADES)
    return signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), meta, signer=signer).getvalue()


def test_local_certificate_is_labelled_as_not_psre_certified(desk, officers):
    identity = keys.signing_identity(desk)
    assert not identity.imported and "tidak tersertifikasi" in identity.description
    assert (desk.paths.keys_dir / keys.LOCAL_P12).exists() and (desk.paths.keys_dir / keys.LOCAL_CA).exists()


def test_bsre_round_trip_stores_the_signed_letter(desk, officers, clock, tmp_path):
    letter = letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], approved_file(desk, officers, clock))
    exported = letters.export_for_bsre(desk, officers[Role.SIGNING_OFFICIAL], letter.id, tmp_path)
    assert exported.read_bytes() == letter.unsigned_path.read_bytes()
    assert not authenticity.check_pades(exported.read_bytes(), ()).present
    signed = sign_elsewhere(exported.read_bytes(), make_p12("Pejabat BSrE Uji", b"rahasia"), b"rahasia")
    with pytest.raises(PermissionDenied):
        letters.import_bsre_signed(desk, officers[Role.FRONT_OFFICE], letter.id, signed)
    stored = letters.import_bsre_signed(desk, officers[Role.SIGNING_OFFICIAL], letter.id, signed)
    assert stored.signature == "bsre" and stored.signer == "Pejabat BSrE Uji"
    assert stored.path.name.endswith("-bsre.pdf") and stored.path.read_bytes() == signed
    assert letter.path.exists()  # the locally signed original is kept unchanged
    verdict = authenticity.verify_pdf(desk, signed)
    assert verdict.genuine and any("Pejabat BSrE Uji" in line for line in verdict.details)


def test_bsre_import_refuses_another_document_or_a_broken_signature(desk, officers, clock, tmp_path):
    letter = letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], approved_file(desk, officers, clock))
    p12 = make_p12("Pejabat BSrE Uji", b"x")
    other = sign_elsewhere(letter.path.read_bytes(), p12, b"x")  # the locally signed file, not the export
    with pytest.raises(ValidationError, match="bukan surat yang sudah bertanda tangan"):
        letters.import_bsre_signed(desk, officers[Role.SIGNING_OFFICIAL], letter.id, other)
    receipt = intake_documents.intake_document(desk, letter_application(desk, letter)).path.read_bytes()
    with pytest.raises(ValidationError, match="bukan surat yang diekspor"):
        letters.import_bsre_signed(desk, officers[Role.SIGNING_OFFICIAL], letter.id, sign_elsewhere(receipt, p12, b"x"))
    signed = bytearray(sign_elsewhere(letter.unsigned_path.read_bytes(), p12, b"x"))
    signed[-300] ^= 0x01
    with pytest.raises(ValidationError):
        letters.import_bsre_signed(desk, officers[Role.SIGNING_OFFICIAL], letter.id, bytes(signed))
    unsigned_only = letter.unsigned_path.read_bytes()
    with pytest.raises(ValidationError, match="PAdES"):
        letters.import_bsre_signed(desk, officers[Role.SIGNING_OFFICIAL], letter.id, unsigned_only)


def test_admin_imports_the_office_p12_for_future_letters(desk, officers, clock):
    data = make_p12("Kepala DPMPTSP Kampar", b"sandi-kantor")
    with pytest.raises(PermissionDenied):
        keys.import_pkcs12(desk, officers[Role.SIGNING_OFFICIAL], data, "sandi-kantor")
    with pytest.raises(ValidationError, match="kata sandinya salah"):
        keys.import_pkcs12(desk, officers[Role.ADMIN], data, "salah")
    with pytest.raises(ValidationError, match="kedaluwarsa"):
        keys.import_pkcs12(desk, officers[Role.ADMIN], make_p12("Lama", b"a", days=-1), "a")
    identity = keys.import_pkcs12(desk, officers[Role.ADMIN], data, "sandi-kantor")
    assert identity.imported and identity.signer_name == "Kepala DPMPTSP Kampar"
    letter = letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], approved_file(desk, officers, clock))
    check = authenticity.check_pades(letter.path.read_bytes(), (identity.trust_root_pem,))
    assert check.intact and check.trusted and check.signer == "Kepala DPMPTSP Kampar"


def test_verify_command_exit_codes(desk, officers, clock, tmp_path):
    letter = letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], approved_file(desk, officers, clock))
    data_dir = str(desk.paths.data_dir)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "kampar_desk", "--data-dir", data_dir, "verify", *args],
            capture_output=True,
            text=True,
        )

    genuine = run("--qr", letter.payload)
    assert genuine.returncode == 0 and genuine.stdout.startswith("ASLI") and letter.number in genuine.stdout
    forged = run("--qr", letter.payload.replace("KPR-2026-000001", "KPR-2026-000009"))
    assert forged.returncode == 1 and forged.stdout.startswith("PALSU ATAU DIUBAH")
    assert run(str(letter.path)).returncode == 0
    altered = tmp_path / "ubah.pdf"
    content = bytearray(letter.path.read_bytes())
    content[len(content) // 2] ^= 0x01
    altered.write_bytes(bytes(content))
    result = run(str(altered))
    assert result.returncode == 1 and "TIDAK ASLI ATAU DIUBAH" in result.stdout
    missing = run(str(tmp_path / "tidak-ada.pdf"))
    assert missing.returncode == 2 and "tidak dapat dibaca" in missing.stderr
