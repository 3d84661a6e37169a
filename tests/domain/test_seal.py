"""The seal's text: both versions round-trip, one spelling only, and a verification URL gives the seal back."""

from __future__ import annotations

from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.seal import (
    CURRENT_PREFIX,
    SealClaims,
    SealFormatError,
    check_verification_address,
    decode_seal,
    encode_seal,
    is_seal,
    payload_of,
    seal_url,
    sealed_name,
)

KEY = Ed25519PrivateKey.generate()
ADDRESS = "https://dpmptsp.kamparkab.go.id/cek-surat/"


def current(**changes) -> SealClaims:
    fields = {
        "key_id": "A1B2C3D4",
        "letter_number": "503/0001/REK/DPMPTSP/III/2026",
        "registration_number": "KPR-2026-000001",
        "issued_on": date(2026, 3, 25),
        "service_code": "REK-PAPS",
        "digest": "HAAK7ZMV6LF3IEH3",
        "kind_code": "REK",
        "applicant_name": sealed_name("Siti  Nur'aini | Rahmawati"),
        "masked_nik": "140102******0003",
        "version": CURRENT_PREFIX,
    }
    return SealClaims(**{**fields, **changes})


def sealed(claims: SealClaims) -> str:
    return encode_seal(claims, KEY.sign(claims.message()))


def test_kd2_carries_what_a_recipient_compares_and_round_trips():
    claims = current()
    text = sealed(claims)
    assert text.startswith("KD2|A1B2C3D4|503/0001/REK/DPMPTSP/III/2026|KPR-2026-000001|2026-03-25|REK-PAPS|REK|")
    assert "|SITI NUR'AINI RAHMAWATI|140102******0003|" in text
    decoded, message, signature = decode_seal(text)
    assert decoded == claims and message == claims.message() and len(signature) == 64
    KEY.public_key().verify(signature, message)


def test_kd1_seals_still_decode_as_before():
    legacy = SealClaims("A1B2C3D4", "503/0001/REK", "KPR-2026-000001", date(2026, 3, 25), "REK-PAPS", "DIGEST")
    text = sealed(legacy)
    assert text.startswith("KD1|A1B2C3D4|503/0001/REK|KPR-2026-000001|2026-03-25|REK-PAPS|DIGEST|")
    decoded, message, _ = decode_seal(text)
    assert decoded == legacy and decoded.applicant_name == "" and message == legacy.message()


def test_a_name_with_any_letters_is_signed_as_utf8():
    claims = current(applicant_name=sealed_name("Ñoño Müller"))
    decoded, message, _ = decode_seal(sealed(claims))
    assert decoded.applicant_name == "ÑOÑO MÜLLER" and message == claims.message()


@pytest.mark.parametrize(
    "spoil",
    [
        lambda text: text.replace("KD2|", "KD3|"),  # unknown version
        lambda text: text.rsplit("|", 2)[0] + "|" + text.rsplit("|", 1)[1],  # a field missing
        lambda text: text.replace("2026-03-25", "2026-02-30"),  # no such day
        lambda text: text.replace("2026-03-25", "20260325"),  # another ISO spelling
        lambda text: text.replace("2026-03-25", "٢٠٢٦-03-25"),  # digits of another script
        lambda text: text[:-3] + text[-3:].lower(),  # base32 in small letters
        lambda text: text + "AA",  # a length base32 cannot have
    ],
)
def test_malformed_seals_are_refused_before_any_signature_is_checked(spoil):
    with pytest.raises(SealFormatError):
        decode_seal(spoil(sealed(current())))


def test_a_second_spelling_of_the_same_signature_is_refused():
    text = sealed(current())
    # 64 bytes take 103 base32 characters; the last one carries 2 bits and 3 unused bits that must be zero.
    last = text[-1]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    sibling = alphabet[alphabet.index(last) ^ 1]
    with pytest.raises(SealFormatError):
        decode_seal(text[:-1] + sibling)


def test_the_verification_url_carries_the_seal_in_its_fragment_in_qr_friendly_characters():
    text = sealed(current())
    url = seal_url(ADDRESS, text)
    address, fragment = url.split("#")
    assert address == ADDRESS
    assert "|" not in fragment and " " not in fragment and "%7C" in fragment and "SITI%20NUR%27AINI" in fragment
    assert payload_of(url) == text == payload_of(fragment) == payload_of(text)
    assert is_seal(url) and is_seal(fragment) and is_seal(text) and is_seal("KD1|x")
    assert not is_seal("503/0001/REK/DPMPTSP/III/2026")
    with pytest.raises(SealFormatError, match="persen"):
        payload_of(ADDRESS + "#KD2%7CA1%ZZ")
    with pytest.raises(SealFormatError, match="persen"):
        payload_of(ADDRESS + "#KD2%7C%FF%FE")  # no UTF-8 text


def test_a_raw_seal_is_never_percent_decoded():
    legacy = SealClaims("A1B2C3D4", "503/10%25/REK", "KPR-2026-000001", date(2026, 3, 25), "REK-PAPS", "DIGEST")
    text = sealed(legacy)
    assert payload_of(text) == text


def test_the_verification_address_must_be_a_full_web_address():
    assert check_verification_address("  ") == ""
    assert check_verification_address(f" {ADDRESS} ") == ADDRESS
    assert check_verification_address("http://10.0.0.5/cek/index.html") == "http://10.0.0.5/cek/index.html"
    for wrong, said in (
        ("dpmptsp.kamparkab.go.id/cek", "ditulis lengkap"),
        ("ftp://dpmptsp.kamparkab.go.id/", "ditulis lengkap"),
        ("https://dpmptsp kamparkab.go.id/", "spasi"),
        (ADDRESS + "#kode", "tanda #"),
        ("https://" + "a" * 200 + ".id/", "terlalu panjang"),
    ):
        with pytest.raises(ValidationError, match=said):
            check_verification_address(wrong)
