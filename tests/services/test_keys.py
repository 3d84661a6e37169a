"""Signing keys sealed by the official's password, and verification that says exactly what it knows."""

from __future__ import annotations

import io
import shutil
import sqlite3
from datetime import date

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kampar_desk.domain.roles import Role
from kampar_desk.domain.seal import SealClaims, decode_seal, encode_seal
from kampar_desk.paths import AppPaths
from kampar_desk.services import authenticity, keys, letters
from kampar_desk.services.desk import open_desk
from kampar_desk.store.database import close_database
from kampar_desk.store.models import SealKey, Setting
from tests.conftest import PASSWORD
from tests.services.test_letters import approved_file


@pytest.fixture
def issued(desk, officers, clock):
    app_id = approved_file(desk, officers, clock)
    return letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], app_id)


def _every_byte_of(folder) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


def test_no_private_key_or_passphrase_is_ever_in_clear(desk, issued):
    unlocked = keys.unlocked(desk).secrets
    close_database()
    everything = _every_byte_of(desk.paths.data_dir)
    for secret in (unlocked.seal_key, unlocked.seal_key.hex().encode(), unlocked.local_p12_passphrase.encode()):
        assert secret not in everything
    assert b"PRIVATE KEY" not in everything
    for name in ("office-keys.enc", "vault-kadis.json", keys.LOCAL_P12):
        assert (desk.paths.keys_dir / name).stat().st_mode & 0o077 == 0, name
    open_desk(desk.paths)
    assert not Setting.select().where(Setting.key.in_(keys.LEGACY_SETTINGS)).exists()


def test_a_copy_of_the_data_folder_cannot_seal_or_sign_what_verify_calls_genuine(desk, issued, tmp_path, clock):
    close_database()
    stolen = AppPaths(tmp_path / "salinan")
    shutil.copytree(desk.paths.data_dir, stolen.data_dir)
    thief = open_desk(stolen, clock=clock)
    with pytest.raises(keys.KeysLocked):
        keys.seal_key(thief)
    with pytest.raises(keys.KeysLocked):
        keys.signing_identity(thief)
    # The thief makes a key of their own and puts its public half into the key table by hand.
    forged_key = Ed25519PrivateKey.generate()
    public = forged_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    forged_id = keys.key_id_of(forged_key.public_key())
    SealKey.create(key_id=forged_id, public_key=public.hex())
    claims, _, _ = decode_seal(issued.payload)
    fake = SealClaims(
        forged_id,
        "503/9999/REK/DPMPTSP/III/2026",
        claims.registration_number,
        date(2026, 3, 25),
        claims.service_code,
        claims.digest,
    )
    verdict = authenticity.verify_seal(thief, encode_seal(fake, forged_key.sign(fake.message())))
    assert not verdict.genuine and verdict.headline == "KUNCI TIDAK DIKENAL"
    # The same key id with a swapped public half is not trusted either.
    SealKey.update(public_key=public.hex()).where(SealKey.key_id == claims.key_id).execute()
    assert not authenticity.verify_seal(thief, issued.payload).genuine
    # A PDF signed with a certificate of the thief's own is neither in the register nor trusted.
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    from tests.services.test_signatures import make_p12

    p12 = make_p12("Kepala DPMPTSP Kampar", b"curian")
    (tmp_path / "thief.p12").write_bytes(p12)
    signer = signers.SimpleSigner.load_pkcs12(str(tmp_path / "thief.p12"), passphrase=b"curian")
    writer = IncrementalPdfFileWriter(io.BytesIO(issued.unsigned_path.read_bytes()))
    signed = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name="TTE"), signer=signer).getvalue()
    assert not authenticity.verify_pdf(thief, signed).genuine
    close_database()


def test_the_officials_password_change_rewraps_the_keys(desk, officers, issued):
    official = officers[Role.SIGNING_OFFICIAL]
    keys.password_changed(desk, official.username, "kata-sandi-baru")
    close_database()
    fresh = open_desk(desk.paths)
    with pytest.raises(Exception, match="tidak dapat dibuka"):
        keys.unlock_at_sign_in(fresh, official, PASSWORD)
    assert keys.unlock_at_sign_in(fresh, official, "kata-sandi-baru")
    assert authenticity.verify_seal(fresh, issued.payload).headline == "ASLI"
    close_database()


def test_an_admin_reset_makes_a_new_key_pair_and_earlier_letters_still_verify(desk, officers, issued, clock):
    official, admin = officers[Role.SIGNING_OFFICIAL], officers[Role.ADMIN]
    old_key = decode_seal(issued.payload)[0].key_id
    said = keys.password_reset_by_admin(desk, admin.username, official.username, "sandi-dari-admin")
    assert "pasangan kunci baru" in said
    app_id = approved_file(desk, officers, clock, nik="1401021708900002")
    second = letters.issue_recommendation(desk, official, app_id)
    new_key = decode_seal(second.payload)[0].key_id
    assert new_key != old_key
    assert SealKey.get(SealKey.key_id == old_key).retired_at is not None
    assert authenticity.verify_seal(desk, issued.payload).headline == "ASLI"
    assert authenticity.verify_pdf(desk, issued.path.read_bytes()).genuine
    assert authenticity.verify_seal(desk, second.payload).headline == "ASLI"
    close_database()
    fresh = open_desk(desk.paths)
    assert keys.unlock_at_sign_in(fresh, official, "sandi-dari-admin")
    close_database()


def test_keys_of_version_0_1_are_sealed_at_the_first_sign_in_and_their_letters_still_verify(desk, officers, tmp_path):
    # Version 0.1: the seal key as a clear PEM, its public half in the table with no audit event.
    legacy = Ed25519PrivateKey.generate()
    pem = legacy.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    legacy_desk_keys = desk.paths.keys_dir
    for path in legacy_desk_keys.iterdir():
        path.unlink()
    SealKey.delete().execute()
    (legacy_desk_keys / keys.LEGACY_SEAL_FILE).write_bytes(pem)
    raw_public = legacy.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    SealKey.create(key_id=keys.key_id_of(legacy.public_key()), public_key=raw_public.hex())
    passphrase = keys._create_local_identity(desk)
    Setting.create(key="local_signing_passphrase", value=passphrase)
    desk.cache.clear()
    assert keys.unlock_at_sign_in(desk, officers[Role.SIGNING_OFFICIAL], PASSWORD)
    assert not (legacy_desk_keys / keys.LEGACY_SEAL_FILE).exists()
    assert not Setting.select().where(Setting.key == "local_signing_passphrase").exists()
    assert keys.seal_key(desk)[1] == keys.key_id_of(legacy.public_key())
    assert keys.key_id_of(legacy.public_key()) in keys.trusted_seal_keys(desk)


@pytest.mark.sqlite_only
def test_verify_masks_the_nik_and_names_a_register_edited_outside_the_app(desk, issued):
    verdict = authenticity.verify_seal(desk, issued.payload)
    text = verdict.describe()
    assert verdict.headline == "ASLI" and "140102******0003" in text and "1401025708850003" not in text
    assert "sidik jari" in text
    close_database()
    with sqlite3.connect(desk.paths.database) as connection:
        connection.execute(
            "UPDATE application SET applicant_name = 'Orang Lain' WHERE number = ?", (issued.application_number,)
        )
    open_desk(desk.paths)
    edited = authenticity.verify_seal(desk, issued.payload)
    assert not edited.genuine and edited.headline == "DATA REGISTER DIUBAH DI LUAR APLIKASI"
    close_database()


def test_signing_in_opens_the_keys_and_password_changes_through_the_accounts_service(desk, officers, tmp_path):
    from kampar_desk.services import staff

    official, admin = officers[Role.SIGNING_OFFICIAL], officers[Role.ADMIN]
    close_database()
    fresh = open_desk(desk.paths)
    assert keys.unlocked(fresh) is None
    staff.sign_in(fresh, official.username, PASSWORD)
    assert keys.unlocked(fresh) is not None
    said = staff.reset_password(fresh, official, official.username, "ganti-sendiri-1")
    assert "pasangan kunci baru" not in said
    key_before = keys.current_key(fresh)
    said = staff.reset_password(fresh, admin, official.username, "dari-admin-123")
    assert "pasangan kunci baru" in said and keys.current_key(fresh) != key_before
    close_database()
    again = open_desk(desk.paths)
    staff.sign_in(again, official.username, "dari-admin-123")
    assert keys.current_key(again)[0] == keys.seal_key(again)[1]
    close_database()
