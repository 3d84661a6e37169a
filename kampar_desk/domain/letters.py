"""Official letters: kinds, the numbering template (Tata Naskah Dinas style), roman months, the wording files."""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple

from kampar_desk.domain.errors import StandardFileError, ValidationError

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
DEFAULT_NUMBER_TEMPLATE = "{klasifikasi}/{urut:04d}/{jenis}/DPMPTSP/{bulan_romawi}/{tahun}"
TEMPLATE_FIELDS = {"klasifikasi", "urut", "jenis", "bulan", "bulan_romawi", "tahun"}


class LetterKind(StrEnum):
    RECOMMENDATION = "recommendation"
    REJECTION = "rejection"
    COVER = "cover"

    @property
    def label(self) -> str:
        return {"recommendation": "Surat Rekomendasi", "rejection": "Surat Penolakan", "cover": "Surat Pengantar"}[
            self.value
        ]

    @property
    def code(self) -> str:
        """The `{jenis}` part of the number: keeps the yearly series of each kind apart."""
        return {"recommendation": "REK", "rejection": "TLK", "cover": "PGT"}[self.value]


class LetterStatus(StrEnum):
    """A register row's state: a cancelled letter keeps its number and row, with the reason."""

    ISSUED = "issued"
    CANCELLED = "cancelled"


def check_number_template(template: str) -> str:
    """A template must name the sequence, the year and the kind, so every letter number is unique."""
    text = template.strip()
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        raise ValidationError(
            "letter_number_template", "Format nomor surat tidak dapat dibaca (periksa tanda { })."
        ) from None
    unknown = fields - TEMPLATE_FIELDS
    if unknown:
        allowed = ", ".join("{" + f + "}" for f in sorted(TEMPLATE_FIELDS))
        raise ValidationError(
            "letter_number_template", f"Bagian tidak dikenal: {', '.join(sorted(unknown))}. Boleh: {allowed}."
        )
    missing = {"urut", "tahun", "jenis"} - fields
    if missing:
        names = ", ".join("{" + f + "}" for f in sorted(missing))
        raise ValidationError(
            "letter_number_template", f"Format nomor surat harus memuat {names} agar nomor tidak terulang."
        )
    if "|" in text or not text.isascii():
        raise ValidationError(
            "letter_number_template", "Nomor surat hanya boleh huruf, angka dan tanda baca biasa (tanpa |)."
        )
    try:
        format_letter_number(text, "503", 1, LetterKind.RECOMMENDATION, date(2026, 1, 1))
    except (ValueError, KeyError, IndexError):
        raise ValidationError("letter_number_template", "Format nomor surat tidak dapat dipakai.") from None
    return text


def number_template_problem(template: str) -> str | None:
    """Why `check_number_template` would refuse this template, or None: said while the admin types it."""
    try:
        check_number_template(template)
    except ValidationError as error:
        return str(error)
    return None


def format_letter_number(template: str, classification: str, sequence: int, kind: LetterKind, issued_on: date) -> str:
    return template.format(
        klasifikasi=classification,
        urut=sequence,
        jenis=kind.code,
        bulan=issued_on.month,
        bulan_romawi=ROMAN_MONTHS[issued_on.month - 1],
        tahun=issued_on.year,
    )


def letter_file_stem_part(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-." else "-" for ch in text)


def letter_file_stem(number: str) -> str:
    """A letter number as a file name (`503/0001/REK/…` → `503-0001-REK-…`)."""
    return letter_file_stem_part(number).strip("-")


_FIELD_PATTERNS = {
    "klasifikasi": r"[A-Za-z0-9.\-]*?",
    "urut": r"(?P<urut>[0-9]+)",
    "jenis": r"(?P<jenis>REK|TLK|PGT)",
    "bulan": r"[0-9]{1,2}",
    "bulan_romawi": r"[IVX]+",
    "tahun": r"(?P<tahun>[0-9]{4})",
}
KIND_BY_CODE = {kind.code: kind for kind in LetterKind}


def letter_stem_pattern(template: str) -> re.Pattern[str]:
    """Recognises the archived file names (`letter_file_stem`) of numbers made with `template`: the sequence,
    kind and year can be read back from the archive even when the register is lost."""
    parts, seen = [], set()
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(letter_file_stem_part(literal)))
        if name is not None:
            # A regex names a group only once: a field used again (perhaps formatted otherwise) is matched unnamed.
            pattern = _FIELD_PATTERNS[name]
            parts.append(re.sub(r"\(\?P<\w+>(.*)\)", r"(?:\1)", pattern) if name in seen else pattern)
            seen.add(name)
    body = "".join(parts)
    return re.compile(r"-*" + body + r"-*(?:-belum-ttd|-bsre)?")


class Salutation(NamedTuple):
    short: str  # before the name: "Sdr." / "Sdri."
    word: str  # in a sentence: "Saudara" / "Saudari"


def salutation(nik: str) -> Salutation:
    """How a letter addresses the applicant: a woman's NIK carries her day of birth plus 40 (digits 7–8)."""
    digits = nik.strip()
    if len(digits) != 16 or not digits.isdigit():
        raise ValueError("a NIK has 16 digits")
    return Salutation("Sdri.", "Saudari") if int(digits[6:8]) > 40 else Salutation("Sdr.", "Saudara")


#: What a letter's wording may use in `{braces}`, filled from the file, the service and the office.
LETTER_FIELDS = {
    "nama_pemohon": "nama pemohon",
    "sapaan": "Sdr. atau Sdri. (dari NIK)",
    "saudara": "Saudara atau Saudari (dari NIK)",
    "nomor_pendaftaran": "nomor pendaftaran berkas",
    "tanggal_diterima": "tanggal berkas diterima lengkap",
    "layanan": "nama layanan",
    "produk": "produk layanan",
    "dinas_teknis": "dinas teknis",
    "kepala_dinas_teknis": "jabatan pimpinan dinas teknis (Kepala ...)",
    "kajian_teknis": "' serta kajian teknis oleh ...' bila ada kajian teknis, kosong bila tidak",
    "alasan": "alasan penolakan (surat penolakan)",
    "kota": "kota kantor",
}


class LetterWordingError(StandardFileError):
    """A letter wording file is malformed or incomplete: which file, which field, why."""

    def __init__(self, file: str, field: str, reason: str) -> None:
        super().__init__(file, field, reason)
        self.message = f"Berkas isi surat {file}: bagian '{field}' {reason}"
        self.args = (self.message,)


@dataclass(frozen=True)
class LetterWording:
    """The words of one kind of letter, in the order the page shows them; `{fields}` see LETTER_FIELDS."""

    kind: LetterKind
    subject: str
    attachment: str
    addressee: str
    addressee_place: str
    opening: tuple[str, ...]
    legal_basis: bool  # the service's legal basis listed after the opening
    statement: str
    applicant_table: bool  # name, NIK, address, village, district of the applicant
    closing: tuple[str, ...]
    tembusan: tuple[str, ...]

    def texts(self) -> dict[str, str]:
        """Every worded part by its field name (list items as `opening[1]`), for checking the `{fields}`."""
        parts = {name: getattr(self, name) for name in ("subject", "attachment", "addressee", "addressee_place")}
        parts["statement"] = self.statement
        for name in ("opening", "closing", "tembusan"):
            parts.update({f"{name}[{i}]": text for i, text in enumerate(getattr(self, name), start=1)})
        return parts


WORDING_SCHEMA = 1
_WORDING_KEYS = {
    "schema",
    "kind",
    "subject",
    "attachment",
    "addressee",
    "addressee_place",
    "opening",
    "legal_basis",
    "statement",
    "applicant_table",
    "closing",
    "tembusan",
}


def letter_fields_of(text: str) -> set[str]:
    """The `{fields}` a text uses; ValueError when its braces do not pair."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def check_letter_fields(text: str, fail: Callable[[str, str], Exception], field: str) -> None:
    """Refuse unpaired braces and unknown fields through `fail(field, reason)` (which raises)."""
    try:
        names = letter_fields_of(text)
    except ValueError:
        raise fail(field, "memuat tanda { } yang tidak berpasangan.") from None
    unknown = names - set(LETTER_FIELDS)
    if unknown:
        allowed = ", ".join("{" + name + "}" for name in LETTER_FIELDS)
        raise fail(field, f"memuat isian tidak dikenal {', '.join(sorted(unknown))}; yang boleh: {allowed}.")


def parse_letter_wording(text: str, file: str, kind: LetterKind) -> LetterWording:
    """Parse one wording file; anything missing, mistyped or unknown raises LetterWordingError naming the field."""

    def fail(field: str, reason: str) -> LetterWordingError:
        return LetterWordingError(file, field, reason)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise fail("(format)", f"bukan TOML yang sah: {exc}.") from None
    unknown = sorted(set(data) - _WORDING_KEYS)
    if unknown:
        raise fail(unknown[0], f"tidak dikenal; yang boleh: {', '.join(sorted(_WORDING_KEYS))}.")

    def raw(key: str, default: Any = None) -> Any:
        if key not in data:
            if default is None:
                raise fail(key, "tidak ada (wajib diisi).")
            return default
        return data[key]

    def words(key: str, default: str | None = None) -> str:
        value = raw(key, default)
        if not isinstance(value, str):
            raise fail(key, f"harus berupa teks, bukan {type(value).__name__}.")
        if not value.strip() and default is None:
            raise fail(key, "kosong.")
        return " ".join(value.split())

    def paragraphs(key: str, minimum: int) -> tuple[str, ...]:
        value = raw(key, [] if minimum == 0 else None)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail(key, "harus berupa daftar teks yang tidak kosong.")
        if len(value) < minimum:
            raise fail(key, f"harus berisi paling sedikit {minimum} butir (tertulis {len(value)}).")
        return tuple(" ".join(v.split()) for v in value)

    def yes_no(key: str) -> bool:
        value = raw(key, False)
        if not isinstance(value, bool):
            raise fail(key, "harus true atau false.")
        return value

    schema = raw("schema")
    if schema != WORDING_SCHEMA or isinstance(schema, bool):
        raise fail("schema", f"harus {WORDING_SCHEMA}.")
    if words("kind") != kind.value:
        raise fail("kind", f"harus '{kind.value}' ({kind.label}) untuk berkas ini.")
    wording = LetterWording(
        kind=kind,
        subject=words("subject"),
        attachment=words("attachment"),
        addressee=words("addressee"),
        addressee_place=words("addressee_place"),
        opening=paragraphs("opening", 1),
        legal_basis=yes_no("legal_basis"),
        statement=words("statement", ""),
        applicant_table=yes_no("applicant_table"),
        closing=paragraphs("closing", 1),
        tembusan=paragraphs("tembusan", 0),
    )
    for field, part in wording.texts().items():
        check_letter_fields(part, fail, field)
    return wording
