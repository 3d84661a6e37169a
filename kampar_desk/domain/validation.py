"""Checks of what staff type: NIK, KK number, phone number, names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.regions import RegionDirectory

_SIXTEEN_DIGITS = re.compile(r"^\d{16}$")
_PHONE_CHARS = re.compile(r"^[0-9+\-() .]+$")


def _digits_only(field: str, label: str, raw: str) -> str:
    text = raw.strip().replace(" ", "").replace(".", "")
    if not text:
        raise ValidationError(field, f"{label} wajib diisi.")
    if not text.isdigit():
        raise ValidationError(field, f"{label} hanya boleh berisi angka.")
    if not _SIXTEEN_DIGITS.match(text):
        raise ValidationError(field, f"{label} harus 16 digit (yang diketik {len(text)} digit).")
    return text


def _century(two_digits: int, today: date) -> int:
    return 2000 + two_digits if two_digits <= today.year % 100 else 1900 + two_digits


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
    if digits[12:] == "0000":
        raise ValidationError(field, f"Nomor urut {code} (4 digit terakhir) tidak boleh 0000.")
    region, known = regions.describe_prefix(digits[:6])
    warnings = () if known else (f"Kode wilayah {code} {digits[:6]}: {region}. Periksa kembali {document}.",)
    return _PopulationNumber(digits, when, female, region, warnings)


@dataclass(frozen=True)
class NikInfo:
    nik: str
    birth_date: date
    sex: str  # "L" or "P"
    region: str
    warnings: tuple[str, ...]


def check_nik(raw: str, today: date, regions: RegionDirectory) -> NikInfo:
    """Validate a NIK: 16 digits, birth date (day + 40 for women), serial not 0000; an unknown region only warns."""
    parsed = _parse_population_number(raw, today, regions, "nik", "NIK", "NIK", "tanggal lahir", "KTP pemohon", True)
    return NikInfo(parsed.digits, parsed.when, "P" if parsed.female else "L", parsed.region, parsed.warnings)


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
    """An Indonesian phone number in E.164 (`0812-3456-7890` → `+6281234567890`); letters are refused."""
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
    if not phonenumbers.is_valid_number(parsed):
        raise ValidationError("phone", "Nomor telepon tidak valid untuk Indonesia (contoh: 0812-3456-7890).")
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


def name_tokens(name: str) -> set[str]:
    """The words of a name as searched: upper case, letters only (`Siti Nur'aini` → SITI, NURAINI)."""
    words = "".join(ch if ch.isalpha() or ch.isspace() or ch in "-." else "" for ch in name.upper())
    return {word[:40] for word in words.replace("-", " ").replace(".", " ").split() if word}


def mask_population_number(number: str) -> str:
    """A NIK or KK as shown to anyone holding a letter: the region (6 digits) and the last 4, the rest hidden."""
    digits = number.strip()
    return f"{digits[:6]}******{digits[-4:]}" if len(digits) == 16 and digits.isdigit() else "****************"
