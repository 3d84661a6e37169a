"""A service's Standar Pelayanan (the 14 components of PermenPAN-RB 15/2014) as typed, immutable data."""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from kampar_desk.domain.errors import StandardFileError
from kampar_desk.domain.letters import LETTER_FIELDS

SCHEMA_VERSION = 1


class TechnicalReview(StrEnum):
    """When a file goes to the technical agency before the decision (`technical_review` in the service file)."""

    IF_NEEDED = "if_needed"  # when the verifier asks for it
    ALWAYS = "always"
    NEVER = "never"

    def needed(self, verifier_asks: bool) -> bool:
        return self is TechnicalReview.ALWAYS or (self is TechnicalReview.IF_NEEDED and verifier_asks)


@dataclass(frozen=True)
class Requirement:
    code: str
    text: str


@dataclass(frozen=True)
class ComplaintChannel:
    code: str
    text: str


@dataclass(frozen=True)
class EvaluationItem:
    text: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signatory:
    place: str
    date: date
    title: str
    name: str
    rank: str
    nip: str


@dataclass(frozen=True)
class LetterTemplate:
    """The recommendation letter's wording; `{placeholders}` are filled from the file (see LETTER_PLACEHOLDERS)."""

    subject: str
    addressee: str
    addressee_place: str
    opening: str
    grant: str
    purpose: str
    closing: str
    tembusan: tuple[str, ...]


#: the same `{fields}` as every letter's wording
LETTER_PLACEHOLDERS = frozenset(LETTER_FIELDS)


@dataclass(frozen=True)
class ServiceStandard:
    """Everything the office publishes about one service; `code` identifies it in files and numbers."""

    code: str
    name: str
    legal_basis: tuple[str, ...]
    requirements: tuple[Requirement, ...]
    procedure_flow: str
    procedure_steps: tuple[str, ...]
    time_limit_working_days: int
    time_limit_text: str
    fee_rupiah: int
    fee_text: str
    product: str
    facilities: tuple[str, ...]
    competencies: tuple[str, ...]
    supervision_intro: str
    supervision: tuple[str, ...]
    complaint_channels: tuple[ComplaintChannel, ...]
    staff_count: int
    staff_count_text: str
    service_guarantees: tuple[str, ...]
    security_guarantees: tuple[str, ...]
    evaluation: tuple[EvaluationItem, ...]
    technical_agency: str
    technical_review: TechnicalReview
    letter_classification: str
    signatory: Signatory
    letter: LetterTemplate

    @property
    def has_fee(self) -> bool:
        return self.fee_rupiah > 0

    def requirement(self, code: str) -> Requirement | None:
        return next((r for r in self.requirements if r.code == code), None)


class _Reader:
    """Pulls typed fields out of a parsed TOML table, naming the file and field in every refusal."""

    def __init__(self, file: str, data: Mapping[str, Any], prefix: str = "") -> None:
        self.file, self.data, self.prefix = file, data, prefix

    def _name(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def fail(self, key: str, reason: str) -> StandardFileError:
        return StandardFileError(self.file, self._name(key), reason)

    def raw(self, key: str) -> Any:
        if key not in self.data:
            raise self.fail(key, "tidak ada (wajib diisi).")
        return self.data[key]

    def text(self, key: str) -> str:
        value = self.raw(key)
        if not isinstance(value, str):
            raise self.fail(key, f"harus berupa teks, bukan {type(value).__name__}.")
        if not value.strip():
            raise self.fail(key, "kosong.")
        return value.strip()

    def integer(self, key: str, minimum: int) -> int:
        value = self.raw(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, "harus berupa bilangan bulat.")
        if value < minimum:
            raise self.fail(key, f"harus paling sedikit {minimum} (tertulis {value}).")
        return value

    def day(self, key: str) -> date:
        value = self.raw(key)
        if not isinstance(value, date):
            raise self.fail(key, "harus berupa tanggal (contoh 2022-02-25).")
        return value

    def texts(self, key: str, minimum: int = 1) -> tuple[str, ...]:
        value = self.raw(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, "harus berupa daftar teks yang tidak kosong.")
        if len(value) < minimum:
            raise self.fail(key, f"harus berisi paling sedikit {minimum} butir (tertulis {len(value)}).")
        return tuple(v.strip() for v in value)

    def tables(self, key: str, minimum: int = 1) -> list[_Reader]:
        value = self.raw(key)
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(key, "harus berupa daftar tabel ([[...]]).")
        if len(value) < minimum:
            raise self.fail(key, f"harus berisi paling sedikit {minimum} butir (tertulis {len(value)}).")
        return [_Reader(self.file, v, f"{self._name(key)}[{i + 1}].") for i, v in enumerate(value)]

    def table(self, key: str) -> _Reader:
        value = self.raw(key)
        if not isinstance(value, dict):
            raise self.fail(key, "harus berupa tabel ([...]).")
        return _Reader(self.file, value, f"{self._name(key)}.")


def _unique_codes(reader: _Reader, key: str, codes: list[str]) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise reader.fail(key, f"memuat kode '{code}' lebih dari sekali.")
        seen.add(code)


def _check_placeholders(reader: _Reader, key: str, text: str) -> None:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        raise reader.fail(key, "memuat tanda { } yang tidak berpasangan.") from None
    unknown = names - LETTER_PLACEHOLDERS
    if unknown:
        allowed = ", ".join("{" + name + "}" for name in sorted(LETTER_PLACEHOLDERS))
        raise reader.fail(key, f"memuat isian tidak dikenal {', '.join(sorted(unknown))}; yang boleh: {allowed}.")


def parse_standard(text: str, file: str) -> ServiceStandard:
    """Parse one service file; a malformed or incomplete file raises StandardFileError naming file, field, reason."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise StandardFileError(file, "(format)", f"bukan TOML yang sah: {exc}.") from None
    top = _Reader(file, data)
    if top.integer("schema", 1) != SCHEMA_VERSION:
        raise top.fail("schema", f"harus {SCHEMA_VERSION}.")

    requirements = [Requirement(r.text("code"), r.text("text")) for r in top.tables("requirements")]
    _unique_codes(top, "requirements", [r.code for r in requirements])
    channels = [ComplaintChannel(c.text("code"), c.text("text")) for c in top.tables("complaint_channels")]
    _unique_codes(top, "complaint_channels", [c.code for c in channels])

    procedure = top.table("procedure")
    time_limit = top.table("time_limit")
    fee = top.table("fee")
    supervision = top.table("internal_supervision")
    staff = top.table("staff")
    signed = top.table("signatory")

    evaluation = []
    for item in top.tables("evaluation"):
        details = item.texts("details", 0) if "details" in item.data else ()
        evaluation.append(EvaluationItem(item.text("text"), details))

    letter = top.table("letter")
    template = LetterTemplate(
        subject=letter.text("subject"),
        addressee=letter.text("addressee"),
        addressee_place=letter.text("addressee_place"),
        opening=letter.text("opening"),
        grant=letter.text("grant"),
        purpose=letter.text("purpose"),
        closing=letter.text("closing"),
        tembusan=letter.texts("tembusan", 0),
    )
    for field in ("subject", "addressee", "addressee_place", "opening", "grant", "purpose", "closing"):
        _check_placeholders(letter, field, getattr(template, field))

    try:
        policy = TechnicalReview(top.text("technical_review"))
    except ValueError:
        raise top.fail("technical_review", f"harus salah satu dari {', '.join(TechnicalReview)}.") from None

    return ServiceStandard(
        code=top.text("code"),
        name=top.text("name"),
        legal_basis=top.texts("legal_basis"),
        requirements=tuple(requirements),
        procedure_flow=procedure.text("flow"),
        procedure_steps=procedure.texts("steps"),
        time_limit_working_days=time_limit.integer("working_days", 1),
        time_limit_text=time_limit.text("text"),
        fee_rupiah=fee.integer("rupiah", 0),
        fee_text=fee.text("text"),
        product=top.text("product"),
        facilities=top.texts("facilities"),
        competencies=top.texts("competencies"),
        supervision_intro=supervision.text("intro"),
        supervision=supervision.texts("items"),
        complaint_channels=tuple(channels),
        staff_count=staff.integer("count", 1),
        staff_count_text=staff.text("text"),
        service_guarantees=top.texts("service_guarantees"),
        security_guarantees=top.texts("security_guarantees"),
        evaluation=tuple(evaluation),
        technical_agency=top.text("technical_agency"),
        technical_review=policy,
        letter_classification=top.text("letter_classification"),
        letter=template,
        signatory=Signatory(
            place=signed.text("place"),
            date=signed.day("date"),
            title=signed.text("title"),
            name=signed.text("name"),
            rank=signed.text("rank"),
            nip=signed.text("nip"),
        ),
    )
