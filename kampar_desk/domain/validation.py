"""Checks of what staff type: NIK, KK number, phone number, names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.regions import RegionDirectory
from kampar_desk.domain.texts import long_date

_SIXTEEN_DIGITS = re.compile(r"^\d{16}$")
_PHONE_CHARS = re.compile(r"^[0-9+\-() .]+$")
INDONESIA_CALLING_CODE = 62
PHONE_NOT_INDONESIAN = "Nomor telepon tidak valid: hanya nomor Indonesia yang diterima (contoh: 0812-3456-7890)."
#: The age at which a resident gets a KTP (UU 24/2013 Pasal 63: 17 years old, or younger when married).
KTP_AGE = 17


def _typed_digits(field: str, label: str, raw: str) -> str:
    text = raw.strip().replace(" ", "").replace(".", "")
    if text and not text.isdigit():
        raise ValidationError(field, f"{label} hanya boleh berisi angka.")
    return text


def _digits_only(field: str, label: str, raw: str) -> str:
    text = _typed_digits(field, label, raw)
    if not text:
        raise ValidationError(field, f"{label} wajib diisi.")
    if not _SIXTEEN_DIGITS.match(text):
        raise ValidationError(field, f"{label} harus 16 digit (yang diketik {len(text)} digit).")
    return text


def _century(two_digits: int, today: date) -> int:
    return 2000 + two_digits if two_digits <= today.year % 100 else 1900 + two_digits


def age_on(birth: date, today: date) -> int:
    """Full years of age on `today` (someone born on 29 February turns a year older on 1 March)."""
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _date_part(
    digits: str, today: date, field: str, label: str, date_label: str, female_offset: bool
) -> tuple[date, bool]:
    """The DDMMYY at digits 7-12 (day + 40 for a woman's NIK) and whether it marks a woman."""
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    female = female_offset and day > 40
    if female:
        day -= 40
    try:
        when = date(_century(year, today), month, day)
    except ValueError:
        shown = f"{digits[6:8]}-{digits[8:10]}-{digits[10:12]}"
        raise ValidationError(field, f"{label} memuat {date_label} yang tidak ada ({shown}).") from None
    if when > today:
        raise ValidationError(field, f"{label} memuat {date_label} di masa depan.")
    return when, female


def _region(digits: str, regions: RegionDirectory, code: str, document: str) -> tuple[str, tuple[str, ...]]:
    """The region named by the first 6 digits; an unknown code warns (codes change when a regency is split)."""
    region, known = regions.describe_prefix(digits[:6])
    return region, () if known else (f"Kode wilayah {code} {digits[:6]}: {region}. Periksa kembali {document}.",)


@dataclass(frozen=True)
class _PopulationNumber:
    """NIK and KK share a layout: region (6 digits), a date DDMMYY, a 4-digit serial."""

    digits: str
    when: date
    female: bool
    region: str
    warnings: tuple[str, ...]


def _parse_population_number(
    raw: str,
    today: date,
    regions: RegionDirectory,
    field: str,
    code: str,
    label: str,
    date_label: str,
    document: str,
    female_offset: bool,
) -> _PopulationNumber:
    digits = _digits_only(field, label, raw)
    when, female = _date_part(digits, today, field, label, date_label, female_offset)
    if digits[12:] == "0000":
        raise ValidationError(field, f"Nomor urut {code} (4 digit terakhir) tidak boleh 0000.")
    region, warnings = _region(digits, regions, code, document)
    return _PopulationNumber(digits, when, female, region, warnings)


def _applicant_warnings(
    digits: str, region: str, known: bool, birth: date | None, today: date, regions: RegionDirectory
) -> list[str]:
    """Doubts about an applicant a NIK already shows: registered outside the office's regency (the service asks for
    an SKTM of a Kampar desa/kelurahan), or younger than the KTP age. A NIK never changes when its holder moves, and
    a married minor has a KTP: the officer decides, so these warn and never refuse."""
    warnings = []
    if known and not regions.in_home_regency(digits):
        home = regions.home_regency_name
        warnings.append(
            f"NIK terdaftar di luar {home} ({region}). Pastikan pemohon berdomisili di {home} "
            f"(KK dan SKTM dari desa/kelurahan di {home})."
        )
    if birth is not None and (age := age_on(birth, today)) < KTP_AGE:
        warnings.append(
            f"Menurut NIK, pemohon berumur {age} tahun (lahir {long_date(birth)}), belum {KTP_AGE} tahun: "
            f"KTP hanya dimiliki warga berumur {KTP_AGE} tahun atau yang sudah kawin. Periksa KTP pemohon."
        )
    return warnings


@dataclass(frozen=True)
class NikInfo:
    nik: str
    birth_date: date
    sex: str  # "L" or "P"
    region: str
    warnings: tuple[str, ...]


def check_nik(raw: str, today: date, regions: RegionDirectory) -> NikInfo:
    """Validate a NIK: 16 digits, birth date (day + 40 for women), serial not 0000. An unknown region, a NIK from
    outside the office's regency and an applicant younger than 17 only warn."""
    parsed = _parse_population_number(raw, today, regions, "nik", "NIK", "NIK", "tanggal lahir", "KTP pemohon", True)
    doubts = _applicant_warnings(parsed.digits, parsed.region, not parsed.warnings, parsed.when, today, regions)
    warnings = (*parsed.warnings, *doubts)
    return NikInfo(parsed.digits, parsed.when, "P" if parsed.female else "L", parsed.region, warnings)


@dataclass(frozen=True)
class NikProgress:
    """A NIK still being typed (fewer than 16 digits): what the digits so far already tell."""

    typed: int  # digits typed so far
    region: str  # "" until the 6 region digits are in
    birth_date: date | None  # known once the 12 digits up to the birth date are in
    sex: str  # "L", "P", or "" before the birth date
    warnings: tuple[str, ...]


def check_partial_nik(raw: str, today: date, regions: RegionDirectory) -> NikProgress:
    """Read a NIK as far as it is typed (up to 15 digits); a letter or an impossible birth date is refused at once."""
    digits = _typed_digits("nik", "NIK", raw)
    if len(digits) >= 16:
        raise ValueError("a complete NIK is checked with check_nik")
    if len(digits) < 6:
        return NikProgress(len(digits), "", None, "", ())
    region, region_warnings = _region(digits, regions, "NIK", "KTP pemohon")
    birth, sex = None, ""
    if len(digits) >= 12:
        birth, female = _date_part(digits, today, "nik", "NIK", "tanggal lahir", True)
        sex = "P" if female else "L"
    warnings = (*region_warnings, *_applicant_warnings(digits, region, not region_warnings, birth, today, regions))
    return NikProgress(len(digits), region, birth, sex, warnings)


@dataclass(frozen=True)
class KkInfo:
    number: str
    issued_on: date
    region: str
    warnings: tuple[str, ...]


def check_kk(raw: str, today: date, regions: RegionDirectory, nik: str | None = None) -> KkInfo:
    """Validate a Kartu Keluarga number: 16 digits, region, issue date DDMMYY (no +40), differs from the NIK."""
    if nik and _digits_only("kk", "Nomor KK", raw) == nik:
        raise ValidationError("kk", "Nomor KK tidak boleh sama dengan NIK.")
    parsed = _parse_population_number(
        raw, today, regions, "kk", "KK", "Nomor KK", "tanggal penerbitan", "kartu keluarga", False
    )
    return KkInfo(parsed.digits, parsed.when, parsed.region, parsed.warnings)


def normalize_phone(raw: str) -> str:
    """An Indonesian phone number in E.164 (`0812-3456-7890` → `+6281234567890`); letters and numbers of other
    countries are refused."""
    import phonenumbers  # ~50 ms to import: loaded with the first phone number, not at start-up

    text = raw.strip()
    if not text:
        raise ValidationError("phone", "Nomor telepon wajib diisi.")
    # libphonenumber maps letters to keypad digits, so anything but digits and separators is refused first.
    if not _PHONE_CHARS.match(text):
        raise ValidationError("phone", "Nomor telepon hanya boleh berisi angka, spasi, tanda +, - dan ( ).")
    try:
        parsed = phonenumbers.parse(text, "ID")
    except phonenumbers.NumberParseException:
        raise ValidationError("phone", "Nomor telepon tidak dapat dibaca.") from None
    # A valid foreign number (+60 Malaysia, +65 Singapore) is refused too: the office calls and texts from Indonesia.
    if parsed.country_code != INDONESIA_CALLING_CODE or not phonenumbers.is_valid_number(parsed):
        raise ValidationError("phone", PHONE_NOT_INDONESIAN)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """E.164 shown the way the counter writes it: `+6281234567890` → `0812-3456-7890`."""
    import phonenumbers

    if not e164.startswith("+62"):
        return e164
    national = "0" + e164[3:]
    if national.startswith("08"):
        groups = [national[:4], national[4:8], national[8:]]
        return "-".join(g for g in groups if g)
    return phonenumbers.format_number(phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.NATIONAL)


def check_name(raw: str, field: str = "name", label: str = "Nama") -> str:
    """A person's name: required, at most 100 characters, whitespace folded."""
    name = " ".join(raw.split())
    if not name:
        raise ValidationError(field, f"{label} wajib diisi.")
    if len(name) > 100:
        raise ValidationError(field, f"{label} terlalu panjang (paling banyak 100 huruf).")
    if any(ch.isdigit() for ch in name):
        raise ValidationError(field, f"{label} tidak boleh berisi angka.")
    return name


def search_words(text: str) -> list[str]:
    """The words of a name as searched, in order: upper case, letters only (`Siti Nur'aini` → SITI, NURAINI)."""
    words = "".join(ch if ch.isalpha() or ch.isspace() or ch in "-." else "" for ch in text.upper())
    return words.replace("-", " ").replace(".", " ").split()


def name_key(name: str) -> str:
    """A name as the search index holds it: its search words joined by one space (`Siti Nur'aini` → SITI NURAINI)."""
    return " ".join(search_words(name))[:100]


def mask_population_number(number: str) -> str:
    """A NIK or KK as shown to anyone holding a letter: the region (6 digits) and the last 4, the rest hidden."""
    digits = number.strip()
    return f"{digits[:6]}******{digits[-4:]}" if len(digits) == 16 and digits.isdigit() else "****************"
