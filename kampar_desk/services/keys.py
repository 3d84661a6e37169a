"""The office's signing material: the Ed25519 seal key for QR codes and the PKCS#12 used for PAdES signatures."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from kampar_desk.domain.errors import DeskError, PermissionDenied, ValidationError
from kampar_desk.domain.roles import Role
from kampar_desk.services.audit import append_event
from kampar_desk.services.desk import Desk
from kampar_desk.services.files import write_atomically
from kampar_desk.services.records import StaffRecord
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import SealKey, Setting

SEAL_FILE = "seal-ed25519.pem"
LOCAL_P12 = "office-signing.p12"
LOCAL_CA = "office-ca.crt"
IMPORTED_P12 = "imported-signing.p12"
NOT_CERTIFIED = "tanda tangan elektronik tidak tersertifikasi (bukan sertifikat PSrE)"


@dataclass(frozen=True)
class SigningIdentity:
    """Who signs PAdES signatures: the PKCS#12 in use, its certificate chain root, and how to describe it."""

    p12_path: Path
    passphrase: bytes
    trust_root_pem: bytes
    signer_name: str
    imported: bool

    @property
    def description(self) -> str:
        source = "sertifikat yang diimpor kantor" if self.imported else "sertifikat lokal Kampar Desk"
        return f"{self.signer_name} ({source}; {NOT_CERTIFIED})"


def key_id_of(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:8].upper()


def _setting(key: str) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else None


def _store_setting(key: str, value: str) -> None:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        Setting.create(key=key, value=value)
    else:
        row.value = value
        row.save()


def seal_key(desk: Desk) -> tuple[Ed25519PrivateKey, str]:
    """The office's seal key and its id, created on first use and its public half registered for verification."""
    cached = desk.cache.get("seal_key")
    if cached:
        return cached
    path = desk.paths.keys_dir / SEAL_FILE
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        write_atomically(path, pem)
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise DeskError(f"Berkas kunci segel {path} bukan kunci Ed25519.")
    key_id = key_id_of(key.public_key())
    with write_transaction():
        if not SealKey.select().where(SealKey.key_id == key_id).exists():
            raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            SealKey.create(key_id=key_id, public_key=raw.hex())
    desk.cache["seal_key"] = (key, key_id)
    return key, key_id


def public_seal_key(key_id: str) -> Ed25519PublicKey | None:
    row = SealKey.get_or_none(SealKey.key_id == key_id)
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(row.public_key)) if row else None


def _name(common_name: str, office: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, office[:64]),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Kampar Desk - tidak tersertifikasi PSrE"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64]),
        ]
    )


def _certificate(
    subject, issuer, public_key, issuer_key, start: datetime, days: int, authority: bool
) -> x509.Certificate:  # noqa: ANN001
    """A CA certificate (signs certificates) or a signing certificate (digital signature + non-repudiation)."""
    usage = x509.KeyUsage(
        digital_signature=not authority,
        content_commitment=not authority,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=authority,
        crl_sign=authority,
        encipher_only=False,
        decipher_only=False,
    )
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=authority, path_length=0 if authority else None), critical=True)
        .add_extension(usage, critical=True)
        .sign(issuer_key, hashes.SHA256())
    )


def _create_local_identity(desk: Desk) -> None:
    """A self-made CA and signing certificate: real PAdES, honestly labelled as not from a PSrE."""
    office = desk.office().short_name
    now = datetime.now(UTC) - timedelta(minutes=5)
    ca_key, signer_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = _name(f"Segel Lokal {office}", office)
    ca_cert = _certificate(ca_name, ca_name, ca_key.public_key(), ca_key, now, 3650, authority=True)
    signer_name = _name(f"Penandatangan {office}", office)
    signer_cert = _certificate(signer_name, ca_name, signer_key.public_key(), ca_key, now, 1825, authority=False)
    passphrase = secrets.token_urlsafe(24)
    bundle = pkcs12.serialize_key_and_certificates(
        b"kampar-desk",
        signer_key,
        signer_cert,
        [ca_cert],
        serialization.BestAvailableEncryption(passphrase.encode()),
    )
    # The CA's private key is not kept: no one can make a second certificate under this root.
    write_atomically(desk.paths.keys_dir / LOCAL_P12, bundle)
    write_atomically(desk.paths.keys_dir / LOCAL_CA, ca_cert.public_bytes(serialization.Encoding.PEM))
    with write_transaction():
        _store_setting("local_signing_passphrase", passphrase)


def _common_name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else certificate.subject.rfc4514_string()


def signing_identity(desk: Desk) -> SigningIdentity:
    """The imported office certificate if there is one, else the local one (created on first use)."""
    cached = desk.cache.get("signing_identity")
    if cached:
        return cached
    keys = desk.paths.keys_dir
    imported = _setting("imported_signing_passphrase")
    if imported is not None and (keys / IMPORTED_P12).exists():
        path, passphrase = keys / IMPORTED_P12, imported.encode()
    else:
        if not (keys / LOCAL_P12).exists() or _setting("local_signing_passphrase") is None:
            _create_local_identity(desk)
        path, passphrase, imported = keys / LOCAL_P12, _setting("local_signing_passphrase").encode(), None
    _key, certificate, chain = pkcs12.load_key_and_certificates(path.read_bytes(), passphrase)
    root = chain[-1] if chain else certificate
    identity = SigningIdentity(
        p12_path=path,
        passphrase=passphrase,
        trust_root_pem=root.public_bytes(serialization.Encoding.PEM),
        signer_name=_common_name(certificate),
        imported=imported is not None,
    )
    desk.cache["signing_identity"] = identity
    return identity


def import_pkcs12(desk: Desk, actor: StaffRecord, data: bytes, passphrase: str) -> SigningIdentity:
    """Admin: use the office's own certificate (a .p12 from a PSrE or the province) for PAdES from now on."""
    if Role.ADMIN not in actor.roles:
        raise PermissionDenied("Hanya Administrator yang boleh mengganti sertifikat penandatanganan.")
    try:
        key, certificate, _chain = pkcs12.load_key_and_certificates(data, passphrase.encode() or None)
    except ValueError:
        raise ValidationError(
            "p12", "Berkas .p12 tidak dapat dibuka: kata sandinya salah atau berkasnya rusak."
        ) from None
    if key is None or certificate is None:
        raise ValidationError("p12", "Berkas .p12 tidak berisi kunci dan sertifikat penandatangan.")
    if certificate.not_valid_after_utc < datetime.now(UTC):
        raise ValidationError("p12", f"Sertifikat sudah kedaluwarsa sejak {certificate.not_valid_after_utc:%d-%m-%Y}.")
    write_atomically(desk.paths.keys_dir / IMPORTED_P12, data)
    with write_transaction():
        _store_setting("imported_signing_passphrase", passphrase)
        append_event(desk.now(), actor.username, "import_pkcs12", details={"subject": _common_name(certificate)})
    desk.cache.pop("signing_identity", None)
    desk.cache.pop("pades_signer", None)
    return signing_identity(desk)
