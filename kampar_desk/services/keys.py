"""The office's signing material, sealed by the signing officials' passwords and unlocked in memory at sign-in.

Envelope: the secrets (the Ed25519 seal key for QR codes, the passphrases of the PKCS#12 files used for PAdES,
the station's bundle keys: an Ed25519 signing key and an age X25519 identity) are encrypted with AES-256-GCM under a
random office master key in `keys/office-keys.enc`; the master key is wrapped, once per signing official, under a
key derived from that official's password with Argon2id (`keys/vault-<username>.json`). Nothing secret is ever on
disk, in the database or in a log in clear: a copy of the data folder cannot seal, sign or open a bundle without an
official's password. Public halves (seal keys, CA certificates, the station's keys in `local_station`) stay
readable so every letter, old or new, can be verified without unlocking anything."""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyrage
from argon2.low_level import Type, hash_secret_raw
from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from kampar_desk.domain.errors import DeskError, ValidationError
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.domain.roles import Role
from kampar_desk.domain.stations import station_fingerprint
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.files import write_atomically
from kampar_desk.services.records import StaffRecord
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import AuditEvent, LocalStation, SealKey, Setting
from kampar_desk.store.rows import get_setting

log = logging.getLogger(__name__)

OFFICE_KEYS = "office-keys.enc"
VAULT_PREFIX = "vault-"
LOCAL_P12 = "office-signing.p12"
LOCAL_CA = "office-ca.crt"
IMPORTED_P12 = "imported-signing.p12"
LEGACY_SEAL_FILE = "seal-ed25519.pem"  # version 0.1 kept the seal key here in clear: sealed and removed at unlock
LEGACY_SETTINGS = ("local_signing_passphrase", "imported_signing_passphrase")
NOT_CERTIFIED = "tanda tangan elektronik tidak tersertifikasi (bukan sertifikat PSrE)"
ADD_KEY_EVENT = "add_seal_key"
STATION_KEYS_EVENT = "create_station_keys"
UNLOCKED = "office_keys"  # the Desk cache entry holding the unlocked keys for this process

#: Argon2id cost for the key-encryption key (the same order as the password hashes); stored in each vault.
KDF_PARAMS = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 4}


class KeysLocked(DeskError):
    """Issuing needs the office keys, and no signing official has unlocked them in this session."""


@dataclass(frozen=True)
class OfficeSecrets:
    seal_key: bytes  # Ed25519 private key, raw 32 bytes
    local_p12_passphrase: str
    imported_p12_passphrase: str | None = None
    # The station's bundle keys (services/stations.py); a file sealed before stations existed has none, and gets
    # them at its next unlock.
    station_signing_key: bytes | None = None  # Ed25519 private key, raw 32 bytes: signs the bundles sent
    station_age_identity: str | None = None  # AGE-SECRET-KEY-1…: opens the bundles sent to this station

    def to_json(self) -> bytes:
        document = {
            "seal_key": self.seal_key.hex(),
            "local_p12_passphrase": self.local_p12_passphrase,
            "imported_p12_passphrase": self.imported_p12_passphrase,
        }
        if self.station_signing_key is not None and self.station_age_identity is not None:
            document["station_signing_key"] = self.station_signing_key.hex()
            document["station_age_identity"] = self.station_age_identity
        return json.dumps(document).encode()

    @classmethod
    def from_json(cls, data: bytes) -> OfficeSecrets:
        raw = json.loads(data)
        station_key = raw.get("station_signing_key")
        return cls(
            bytes.fromhex(raw["seal_key"]),
            raw["local_p12_passphrase"],
            raw["imported_p12_passphrase"],
            bytes.fromhex(station_key) if station_key else None,
            raw.get("station_age_identity"),
        )


@dataclass(frozen=True)
class UnlockedKeys:
    master: bytes
    secrets: OfficeSecrets


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


def fingerprint(public_hex: str) -> str:
    """What a third party compares with the fingerprint the office publishes: SHA-256 of the key, in groups."""
    digest = hashlib.sha256(bytes.fromhex(public_hex)).hexdigest().upper()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


# --- sealing ---------------------------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _encrypt(key: bytes, plaintext: bytes, context: str) -> dict:
    nonce = secrets.token_bytes(12)
    return {"nonce": _b64(nonce), "ciphertext": _b64(AESGCM(key).encrypt(nonce, plaintext, context.encode()))}


def _decrypt(key: bytes, box: dict, context: str) -> bytes:
    return AESGCM(key).decrypt(_unb64(box["nonce"]), _unb64(box["ciphertext"]), context.encode())


def _derive(password: str, salt: bytes, params: dict) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params["time_cost"],
        memory_cost=params["memory_cost"],
        parallelism=params["parallelism"],
        hash_len=32,
        type=Type.ID,
    )


def _write_private(path: Path, data: bytes) -> None:
    """Readable by this user's account only (0600 on POSIX; on Windows the per-user data folder is private)."""
    write_atomically(path, data)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)


def _vault_path(desk: Desk, username: str) -> Path:
    return desk.paths.keys_dir / f"{VAULT_PREFIX}{username}.json"


def _write_vault(desk: Desk, username: str, password: str, master: bytes) -> None:
    salt = secrets.token_bytes(16)
    params = dict(KDF_PARAMS)
    box = _encrypt(_derive(password, salt, params), master, f"vault:{username}")
    document = {"format": 1, "username": username, "kdf": {"name": "argon2id", "salt": _b64(salt), **params}, **box}
    _write_private(_vault_path(desk, username), json.dumps(document, indent=1).encode())


def _open_vault(desk: Desk, username: str, password: str) -> bytes | None:
    path = _vault_path(desk, username)
    if not path.exists():
        return None
    document = json.loads(path.read_bytes())
    kdf = document["kdf"]
    key = _derive(password, _unb64(kdf["salt"]), kdf)
    try:
        return _decrypt(key, document, f"vault:{username}")
    except InvalidTag:
        raise DeskError(
            f"Kunci tanda tangan untuk akun {username} tidak dapat dibuka dengan kata sandi ini. Hubungi petugas TI."
        ) from None


def _write_secrets(desk: Desk, master: bytes, office_secrets: OfficeSecrets) -> None:
    box = _encrypt(master, office_secrets.to_json(), "office-keys")
    _write_private(desk.paths.keys_dir / OFFICE_KEYS, json.dumps({"format": 1, **box}).encode())


def _read_secrets(desk: Desk, master: bytes) -> OfficeSecrets:
    box = json.loads((desk.paths.keys_dir / OFFICE_KEYS).read_bytes())
    try:
        return OfficeSecrets.from_json(_decrypt(master, box, "office-keys"))
    except InvalidTag:
        raise DeskError("Berkas kunci kantor (keys/office-keys.enc) rusak atau diganti. Hubungi petugas TI.") from None


def unlocked(desk: Desk) -> UnlockedKeys | None:
    return desk.cache.get(UNLOCKED)


def _remember(desk: Desk, keys: UnlockedKeys) -> None:
    desk.cache[UNLOCKED] = keys
    for stale in ("seal_key", "signing_identity", "pades_signer"):
        desk.cache.pop(stale, None)


# --- the key pairs -----------------------------------------------------------------------------------------------


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
    subject: x509.Name,
    issuer: x509.Name,
    public_key: ec.EllipticCurvePublicKey,
    issuer_key: ec.EllipticCurvePrivateKey,
    start: datetime,
    days: int,
    authority: bool,
) -> x509.Certificate:
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


def _create_local_identity(desk: Desk) -> str:
    """A self-made CA and signing certificate: real PAdES, honestly labelled as not from a PSrE; returns the
    PKCS#12 passphrase (kept only inside the sealed secrets)."""
    office = desk.office().short_name
    now = datetime.now(UTC) - timedelta(minutes=5)
    ca_key, signer_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = _name(f"Segel Lokal {office}", office)
    ca_cert = _certificate(ca_name, ca_name, ca_key.public_key(), ca_key, now, 3650, authority=True)
    signer_name = _name(f"Penandatangan {office}", office)
    signer_cert = _certificate(signer_name, ca_name, signer_key.public_key(), ca_key, now, 1825, authority=False)
    passphrase = secrets.token_urlsafe(24)
    bundle = pkcs12.serialize_key_and_certificates(
        b"kampar-desk", signer_key, signer_cert, [ca_cert], serialization.BestAvailableEncryption(passphrase.encode())
    )
    # The CA's private key is not kept: no one can make a second certificate under this root. Earlier roots stay
    # beside it (office-ca-<serial>.crt), so letters signed before a key change still verify.
    ca_pem = ca_cert.public_bytes(serialization.Encoding.PEM)
    _write_private(desk.paths.keys_dir / LOCAL_P12, bundle)
    write_atomically(desk.paths.keys_dir / LOCAL_CA, ca_pem)
    write_atomically(desk.paths.keys_dir / f"office-ca-{ca_cert.serial_number:x}.crt", ca_pem)
    return passphrase


def _register_seal_key(desk: Desk, actor: str, key: Ed25519PrivateKey, reason: str) -> str:
    """Inside the caller's transaction: the public half joins the key history, with an audit event carrying it
    (verification trusts only keys the audit log records)."""
    key_id = key_id_of(key.public_key())
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    SealKey.update(retired_at=desk.now()).where(SealKey.retired_at.is_null() & (SealKey.key_id != key_id)).execute()
    if not SealKey.select().where(SealKey.key_id == key_id).exists():
        SealKey.create(key_id=key_id, public_key=raw)
    append_event(desk.now(), actor, ADD_KEY_EVENT, details={"key_id": key_id, "public_key": raw, "reason": reason})
    return key_id


def _legacy_secrets(desk: Desk) -> OfficeSecrets | None:
    """Version 0.1 kept the seal key and the passphrases in clear: take them over once, to be sealed."""
    pem = desk.paths.keys_dir / LEGACY_SEAL_FILE
    local = get_setting(LEGACY_SETTINGS[0])
    if not pem.exists() or local is None:
        return None
    key = serialization.load_pem_private_key(pem.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        return None
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return OfficeSecrets(raw, local, get_setting(LEGACY_SETTINGS[1]))


def _adopt_legacy_key_history(desk: Desk, actor: str) -> None:
    """Version 0.1 added seal keys without an audit event; the keys in use until now become history with one."""
    recorded = trusted_seal_keys(desk)
    for row in SealKey.select().order_by(SealKey.created_at):
        if row.key_id not in recorded:
            details = {"key_id": row.key_id, "public_key": row.public_key, "reason": "kunci versi 0.1"}
            append_event(desk.now(), actor, ADD_KEY_EVENT, details=details)


def _forget_legacy(desk: Desk) -> None:
    pem = desk.paths.keys_dir / LEGACY_SEAL_FILE
    if pem.exists():
        pem.write_bytes(b"\0" * pem.stat().st_size)  # best effort on a plain disk; the key is sealed now
        pem.unlink()
    Setting.delete().where(Setting.key.in_(LEGACY_SETTINGS)).execute()


def _new_office_keys(desk: Desk, actor: str, reason: str) -> UnlockedKeys:
    """Inside the caller's transaction: a new seal key and local certificate under a new master key."""
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    keys = UnlockedKeys(secrets.token_bytes(32), OfficeSecrets(raw, _create_local_identity(desk)))
    _write_secrets(desk, keys.master, keys.secrets)
    _register_seal_key(desk, actor, key, reason)
    return _ensure_station_keys(desk, actor, keys, reason)


# --- the station's bundle keys -----------------------------------------------------------------------------------


def _station_public_halves(office_secrets: OfficeSecrets) -> tuple[str, str] | None:
    """(Ed25519 public key hex, age recipient) of the sealed station keys, None when there are none yet."""
    if office_secrets.station_signing_key is None or office_secrets.station_age_identity is None:
        return None
    signing = Ed25519PrivateKey.from_private_bytes(office_secrets.station_signing_key).public_key()
    signing_hex = signing.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    recipient = str(pyrage.x25519.Identity.from_str(office_secrets.station_age_identity).to_public())
    return signing_hex, recipient


def _ensure_station_keys(desk: Desk, actor: str, keys: UnlockedKeys, reason: str) -> UnlockedKeys:
    """Inside a write transaction (its own when the caller has none): sealed secrets without station keys (a file
    from before stations, or new office keys) get a new pair; the station row's public halves are then set from
    the sealed private halves whenever they differ, with an event carrying them (the audit log vouches for them)."""
    halves = _station_public_halves(keys.secrets)
    station = LocalStation.select().get()
    if halves is not None and (station.signing_key, station.age_recipient) == halves:
        return keys
    with write_transaction():
        if halves is None:
            signing = Ed25519PrivateKey.generate().private_bytes(
                serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
            )
            identity = str(pyrage.x25519.Identity.generate())
            keys = UnlockedKeys(
                keys.master,
                dataclasses.replace(keys.secrets, station_signing_key=signing, station_age_identity=identity),
            )
            _write_secrets(desk, keys.master, keys.secrets)
            halves = _station_public_halves(keys.secrets)
            assert halves is not None
        else:
            reason = "kunci stasiun yang tersegel dicatat ulang"
        station.signing_key, station.age_recipient = halves
        station.keys_created_at = desk.now()
        station.save()
        details = {
            "station": str(station.id),
            "signing_key": halves[0],
            "age_recipient": halves[1],
            "fingerprint": station_fingerprint(station.id, *halves),
            "reason": reason,
        }
        append_event(desk.now(), actor, STATION_KEYS_EVENT, details=details, record=station)
    return keys


# --- what the accounts service calls -------------------------------------------------------------------------


def unlock_at_sign_in(desk: Desk, officer: StaffRecord, password: str) -> bool:
    """Called when a signing official's password has just been verified: open their vault (creating the office
    keys on the first sign-in of the first official, sealing version 0.1's clear keys, or sharing keys another
    official unlocked in this session). False when keys exist that are sealed for other officials only."""
    if Role.SIGNING_OFFICIAL not in officer.roles:
        return False
    master = _open_vault(desk, officer.username, password)
    if master is not None:
        opened = UnlockedKeys(master, _read_secrets(desk, master))
        _remember(desk, _ensure_station_keys(desk, officer.username, opened, "kunci stasiun pertama"))
        return True
    current = unlocked(desk)
    with write_transaction():
        # Office keys with no vault at all are an interrupted first creation nobody can ever open: made anew.
        sealed_for_others = (desk.paths.keys_dir / OFFICE_KEYS).exists() and any(
            desk.paths.keys_dir.glob(f"{VAULT_PREFIX}*.json")
        )
        if current is None and sealed_for_others:
            return False
        if current is None:
            legacy = _legacy_secrets(desk)
            if legacy is not None:
                current = UnlockedKeys(secrets.token_bytes(32), legacy)
                _write_secrets(desk, current.master, legacy)
                _adopt_legacy_key_history(desk, officer.username)
                _forget_legacy(desk)
                append_event(desk.now(), officer.username, "seal_legacy_keys", details={"username": officer.username})
                current = _ensure_station_keys(desk, officer.username, current, "kunci stasiun pertama")
            else:
                current = _new_office_keys(desk, officer.username, "kunci pertama kantor")
        _write_vault(desk, officer.username, password, current.master)
        append_event(desk.now(), officer.username, "share_signing_keys", details={"username": officer.username})
    _remember(desk, current)
    return True


def password_changed(desk: Desk, username: str, new_password: str) -> None:
    """The official changed their own password while signed in: wrap the unlocked master key again."""
    current = unlocked(desk)
    if current is not None and _vault_path(desk, username).exists():
        _write_vault(desk, username, new_password, current.master)


def password_reset_by_admin(desk: Desk, actor: str, username: str, new_password: str) -> str | None:
    """An admin set someone's password: their vault cannot be opened any more. For a signing official that means
    a new key pair (old public keys stay in the key history, so every earlier letter still verifies); every vault
    is dropped and this official's is made anew. Returns the sentence to show, or None when nothing changed."""
    if not _vault_path(desk, username).exists():
        return None
    with write_transaction():
        for vault in desk.paths.keys_dir.glob(f"{VAULT_PREFIX}*.json"):
            vault.unlink()
        (desk.paths.keys_dir / IMPORTED_P12).unlink(missing_ok=True)
        keys = _new_office_keys(desk, actor, f"kata sandi {username} direset Administrator")
        _write_vault(desk, username, new_password, keys.master)
        append_event(desk.now(), actor, "share_signing_keys", details={"username": username})
    _remember(desk, keys)
    key_id = key_id_of(Ed25519PrivateKey.from_private_bytes(keys.secrets.seal_key).public_key())
    return (
        f"Kunci tanda tangan lama tidak dapat dibuka tanpa kata sandi lama, jadi pasangan kunci baru dibuat "
        f"(kunci segel {key_id}). Surat yang terbit sebelumnya tetap dapat diperiksa. Pejabat Penandatangan lain "
        "menerima kunci baru saat masuk setelah akun ini; sertifikat kantor yang diimpor perlu diimpor ulang. "
        "Halaman cek keaslian yang sudah diunggah perlu ditulis ulang (Pengaturan, Surat & tanda tangan) agar "
        "mengenal kunci baru. Kunci stasiun juga baru: stasiun lain yang bertukar data dengan komputer ini perlu "
        "mencabut kartu lamanya dan memercayai kartu stasiun yang baru (Pengaturan, Sinkronisasi)."
    )


# --- what issuing and verifying use ---------------------------------------------------------------------------


def _require_unlocked(desk: Desk) -> UnlockedKeys:
    keys = unlocked(desk)
    if keys is None:
        raise KeysLocked(
            "Kunci tanda tangan kantor masih terkunci: Pejabat Penandatangan perlu masuk ke aplikasi ini terlebih "
            "dahulu (kata sandinya membuka kunci untuk sesi ini)."
        )
    return keys


def seal_key(desk: Desk) -> tuple[Ed25519PrivateKey, str]:
    """The office's unlocked seal key and its id."""
    cached = desk.cache.get("seal_key")
    if cached:
        return cached
    key = Ed25519PrivateKey.from_private_bytes(_require_unlocked(desk).secrets.seal_key)
    desk.cache["seal_key"] = (key, key_id_of(key.public_key()))
    return desk.cache["seal_key"]


def station_secrets(desk: Desk) -> tuple[Ed25519PrivateKey, pyrage.x25519.Identity]:
    """The station's unlocked bundle keys: the Ed25519 key that signs the bundles it sends and the age identity that
    opens the bundles sent to it (services/stations.py checks them against the station's public halves)."""
    office_secrets = _require_unlocked(desk).secrets
    if office_secrets.station_signing_key is None or office_secrets.station_age_identity is None:
        # Every unlock adds them (`_ensure_station_keys`): only a file changed behind the app's back lacks them.
        raise DeskError("Kunci stasiun tidak ada di berkas kunci kantor. Minta Pejabat Penandatangan masuk lagi.")
    signing = Ed25519PrivateKey.from_private_bytes(office_secrets.station_signing_key)
    return signing, pyrage.x25519.Identity.from_str(office_secrets.station_age_identity)


def trusted_seal_keys(desk: Desk) -> dict[str, str]:
    """key id → public key (hex) of every seal key the audit log records as added: this office's key history
    and keys the admin trusted. A row put into the key table by hand has no such event and is not trusted."""
    trusted = {}
    events = AuditEvent.select(AuditEvent.details).where(AuditEvent.action.in_((ADD_KEY_EVENT, "trust_seal_key")))
    for event in events:
        details = json.loads(event.details)
        trusted[details["key_id"]] = details["public_key"]
    return trusted


def public_seal_key(desk: Desk, key_id: str) -> Ed25519PublicKey | None:
    """The public key a seal names, when it is trusted and its register row agrees with the audit log."""
    public_hex = trusted_seal_keys(desk).get(key_id)
    row = SealKey.get_or_none(SealKey.key_id == key_id)
    if public_hex is None or row is None or row.public_key != public_hex:
        return None
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))


def current_key(desk: Desk) -> tuple[str, str] | None:
    """(key id, fingerprint) of the seal key in use, for Pengaturan, the Standar Pelayanan notice and `verify`."""
    row = SealKey.select().where(SealKey.retired_at.is_null()).order_by(SealKey.created_at.desc()).first()
    return (row.key_id, fingerprint(row.public_key)) if row else None


def key_history(desk: Desk) -> tuple[tuple[str, str], ...]:
    """(key id, fingerprint) of every seal key a letter may carry, the one in use first: what the office publishes
    (the Standar Pelayanan notice, the verification page) so anyone can compare."""
    rows = SealKey.select().order_by(SealKey.retired_at.is_null(False), SealKey.created_at.desc())
    return tuple(
        (row.key_id, fingerprint(row.public_key)) for row in rows if public_seal_key(desk, row.key_id) is not None
    )


def trust_roots(desk: Desk) -> tuple[bytes, ...]:
    """Every CA certificate the office has signed under, local or imported (public: verifying needs no unlocking)."""
    roots = sorted({*desk.paths.keys_dir.glob("office-ca*.crt"), *desk.paths.keys_dir.glob("imported-ca-*.crt")})
    return tuple(path.read_bytes() for path in roots)


def _common_name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else certificate.subject.rfc4514_string()


def signing_identity(desk: Desk) -> SigningIdentity:
    """The imported office certificate if there is one, else the local one; needs the unlocked keys."""
    cached = desk.cache.get("signing_identity")
    if cached:
        return cached
    office_secrets = _require_unlocked(desk).secrets
    keys_dir = desk.paths.keys_dir
    imported_passphrase = office_secrets.imported_p12_passphrase
    imported = imported_passphrase is not None and (keys_dir / IMPORTED_P12).exists()
    if imported_passphrase is not None and imported:
        path, passphrase = keys_dir / IMPORTED_P12, imported_passphrase.encode()
    else:
        path, passphrase = keys_dir / LOCAL_P12, office_secrets.local_p12_passphrase.encode()
    _key, certificate, chain = pkcs12.load_key_and_certificates(path.read_bytes(), passphrase)
    if certificate is None:  # both files are checked when written (`import_pkcs12`, the local identity)
        raise DeskError(f"Berkas {path.name} tidak berisi sertifikat penandatangan. Hubungi petugas TI.")
    root = chain[-1] if chain else certificate
    identity = SigningIdentity(
        p12_path=path,
        passphrase=passphrase,
        trust_root_pem=root.public_bytes(serialization.Encoding.PEM),
        signer_name=_common_name(certificate),
        imported=imported,
    )
    desk.cache["signing_identity"] = identity
    return identity


def import_pkcs12(desk: Desk, actor: StaffRecord, data: bytes, passphrase: str) -> SigningIdentity:
    """Admin: use the office's own certificate (a .p12 from a PSrE or the province) for PAdES from now on; its
    passphrase joins the sealed secrets, so the keys must be unlocked (the official has signed in)."""
    actor = require(desk, actor, OfficeAction.MANAGE_KEYS)
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
    current = _require_unlocked(desk)
    updated = UnlockedKeys(current.master, dataclasses.replace(current.secrets, imported_p12_passphrase=passphrase))
    _write_private(desk.paths.keys_dir / IMPORTED_P12, data)
    root = (_chain or [certificate])[-1]
    write_atomically(
        desk.paths.keys_dir / f"imported-ca-{root.serial_number:x}.crt", root.public_bytes(serialization.Encoding.PEM)
    )
    with write_transaction():
        _write_secrets(desk, updated.master, updated.secrets)
        append_event(desk.now(), actor.username, "import_pkcs12", details={"subject": _common_name(certificate)})
    _remember(desk, updated)
    return signing_identity(desk)
