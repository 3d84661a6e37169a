"""Official letters: kinds, the numbering template (Tata Naskah Dinas style), roman months."""

from __future__ import annotations

import re
import string
from datetime import date
from enum import StrEnum

from kampar_desk.domain.errors import ValidationError

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
