from datetime import date

import pytest

from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.validation import (
    PHONE_NOT_INDONESIAN,
    age_on,
    check_kk,
    check_name,
    check_nik,
    check_partial_nik,
    display_phone,
    normalize_phone,
)
from kampar_desk.services.catalog import load_regions

TODAY = date(2026, 11, 28)
REGIONS = load_regions()


def test_valid_nik_of_a_woman_from_kecamatan_kampar():
    info = check_nik("1401025708850003", TODAY, REGIONS)
    assert info.sex == "P" and info.birth_date == date(1985, 8, 17)
    assert info.region.startswith("Kecamatan Kampar, Kabupaten Kampar")
    assert info.warnings == ()


def test_nik_of_a_man_and_two_digit_year_in_this_century():
    info = check_nik("3273011203050001", TODAY, REGIONS)
    assert info.sex == "L" and info.birth_date == date(2005, 3, 12)
    assert info.region == "Provinsi Jawa Barat"
    assert info.warnings == (
        "NIK terdaftar di luar Kabupaten Kampar (Provinsi Jawa Barat). Pastikan pemohon berdomisili di "
        "Kabupaten Kampar (KK dan SKTM dari desa/kelurahan di Kabupaten Kampar).",
    )


@pytest.mark.parametrize(
    ("nik", "outside"),
    [
        ("1401025708850003", False),  # Kecamatan Kampar
        ("1401215708850003", False),  # Koto Kampar Hulu, the last kecamatan
        ("3171025708850003", True),  # Jakarta
        ("1471025708850003", True),  # Pekanbaru: Riau, but not Kampar
        ("1406025708850003", True),  # Rokan Hulu: 1406 is Kampar's BPS code, never a NIK prefix of Kampar
    ],
)
def test_a_nik_from_outside_kampar_warns_and_is_still_accepted(nik, outside):
    info = check_nik(nik, TODAY, REGIONS)
    assert any("di luar Kabupaten Kampar" in w for w in info.warnings) is outside
    assert len(info.warnings) == int(outside)


@pytest.mark.parametrize(
    ("nik", "age"),
    [
        ("1401026911090003", 16),  # a woman (29 + 40) born 29-11-2009: 17 tomorrow
        ("1401022811090003", None),  # a man born 28-11-2009: 17 today
        ("1401020101260003", 0),  # born this year
        ("1401025708850003", None),
    ],
)
def test_an_applicant_under_17_warns(nik, age):
    info = check_nik(nik, TODAY, REGIONS)
    if age is None:
        assert info.warnings == ()
    else:
        (warning,) = info.warnings
        assert f"berumur {age} tahun" in warning and "belum 17 tahun" in warning and "KTP" in warning


def test_age_counts_full_years_and_leap_days():
    assert age_on(date(2009, 11, 28), TODAY) == 17 and age_on(date(2009, 11, 29), TODAY) == 16
    assert age_on(date(2008, 2, 29), date(2025, 2, 28)) == 16 and age_on(date(2008, 2, 29), date(2025, 3, 1)) == 17


def test_a_nik_being_typed_tells_what_its_digits_already_say():
    assert check_partial_nik("14010", TODAY, REGIONS).region == ""
    kampar = check_partial_nik("140102", TODAY, REGIONS)
    assert kampar.typed == 6 and kampar.region.startswith("Kecamatan Kampar") and kampar.warnings == ()
    jakarta = check_partial_nik("3171 02", TODAY, REGIONS)
    assert "di luar Kabupaten Kampar" in jakarta.warnings[0] and jakarta.birth_date is None
    young = check_partial_nik("140102691109000", TODAY, REGIONS)
    assert (young.typed, young.sex, young.birth_date) == (15, "P", date(2009, 11, 29))
    assert "belum 17 tahun" in young.warnings[0]
    with pytest.raises(ValidationError, match="tanggal lahir yang tidak ada"):
        check_partial_nik("140102320285", TODAY, REGIONS)
    with pytest.raises(ValidationError, match="hanya boleh berisi angka"):
        check_partial_nik("1401O2", TODAY, REGIONS)


@pytest.mark.parametrize(
    ("nik", "fragment"),
    [
        ("", "wajib diisi"),
        ("14010257088500", "16 digit"),
        ("14010257088500031", "16 digit"),
        ("1401O25708850003", "hanya boleh berisi angka"),
        ("1401023202850003", "tanggal lahir yang tidak ada"),  # 32 Feb
        ("1401027202850003", "tanggal lahir yang tidak ada"),  # 72-40 = 32
        ("1401022902850003", "tanggal lahir yang tidak ada"),  # 29 Feb 1985
        ("1401021212260003", "masa depan"),
        ("1401025708850000", "0000"),
    ],
)
def test_nik_refusals_name_the_problem(nik, fragment):
    with pytest.raises(ValidationError) as refused:
        check_nik(nik, TODAY, REGIONS)
    assert fragment in str(refused.value) and refused.value.field == "nik"


def test_leap_day_birth_is_accepted():
    assert check_nik("1401026902000001", TODAY, REGIONS).birth_date == date(2000, 2, 29)


def test_unknown_region_warns_but_does_not_refuse():
    unknown_kecamatan = check_nik("1401995708850003", TODAY, REGIONS)
    assert unknown_kecamatan.warnings and "kode kecamatan 99 tidak dikenal" in unknown_kecamatan.warnings[0]
    unknown_province = check_nik("9901025708850003", TODAY, REGIONS)
    assert "kode provinsi 99 tidak dikenal" in unknown_province.warnings[0]
    riau_regency = check_nik("1471025708850003", TODAY, REGIONS)
    assert riau_regency.region.startswith("Kota Pekanbaru")
    assert not any("tidak dikenal" in w for w in riau_regency.warnings)


def test_kk_number_rules():
    info = check_kk("1401021203150007", TODAY, REGIONS)
    assert info.issued_on == date(2015, 3, 12)
    with pytest.raises(ValidationError, match="tidak boleh sama dengan NIK"):
        check_kk("1401025708850003", TODAY, REGIONS, nik="1401025708850003")
    with pytest.raises(ValidationError, match="tanggal penerbitan yang tidak ada"):
        check_kk("1401025203150007", TODAY, REGIONS)  # no +40 on a KK: day 52 is invalid
    with pytest.raises(ValidationError, match="0000"):
        check_kk("1401021203150000", TODAY, REGIONS)


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("0812-7646-0487", "+6281276460487"),
        ("+62 812 7646 0487", "+6281276460487"),
        ("6281276460487", "+6281276460487"),
        ("+62812-7646-0487", "+6281276460487"),
        ("(0762) 21234", "+6276221234"),
    ],
)
def test_phone_numbers_are_stored_in_e164(typed, e164):
    assert normalize_phone(typed) == e164


@pytest.mark.parametrize(
    ("typed", "fragment"), [("0812-CALL-ME", "hanya boleh"), ("12345", "tidak valid"), ("", "wajib")]
)
def test_phone_refusals(typed, fragment):
    with pytest.raises(ValidationError, match=fragment):
        normalize_phone(typed)


@pytest.mark.parametrize("typed", ["+60 12-345 6789", "+60123456789", "+65 9123 4567", "+1 202 555 0143", "12345"])
def test_only_indonesian_phone_numbers_are_accepted(typed):
    """A Malaysian or Singaporean mobile is a valid number, but not one the office can reach: refused in Indonesian."""
    with pytest.raises(ValidationError) as refused:
        normalize_phone(typed)
    assert str(refused.value) == PHONE_NOT_INDONESIAN and "hanya nomor Indonesia" in PHONE_NOT_INDONESIAN
    assert refused.value.field == "phone"


def test_phone_displayed_the_counter_way():
    assert display_phone("+6281276460487") == "0812-7646-0487"


def test_names_are_cleaned_and_checked():
    assert check_name("  Siti   Aminah ") == "Siti Aminah"
    with pytest.raises(ValidationError, match="wajib"):
        check_name("   ")
    with pytest.raises(ValidationError, match="angka"):
        check_name("Siti 2")
