"""The words of each kind of letter are data: the recommendation's come from its service file (`[letter]`), the
rejection and cover letters' from `resources/letters/`, one file per kind shared by every service, so a second
service needs only its own service file."""

from __future__ import annotations

from pathlib import Path

from kampar_desk.domain.letters import LetterKind, LetterWording, LetterWordingError, parse_letter_wording
from kampar_desk.domain.standard import LetterTemplate, ServiceStandard
from kampar_desk.paths import resource_path
from kampar_desk.services.desk import Desk

WORDING_FILES = {LetterKind.REJECTION: "surat-penolakan.toml", LetterKind.COVER: "surat-pengantar.toml"}


def load_wordings(folder: Path | None = None) -> dict[LetterKind, LetterWording]:
    """Read and check every wording file; a missing or bad one raises LetterWordingError with file and field."""
    folder = folder or resource_path("letters")
    wordings: dict[LetterKind, LetterWording] = {}
    for kind, name in WORDING_FILES.items():
        try:
            text = (folder / name).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise LetterWordingError(name, "(berkas)", f"tidak ada di folder {folder}.") from None
        except UnicodeDecodeError:
            raise LetterWordingError(name, "(format)", "bukan teks UTF-8.") from None
        wordings[kind] = parse_letter_wording(text, name, kind)
    return wordings


def recommendation_wording(template: LetterTemplate) -> LetterWording:
    """The service file's recommendation wording, laid out as every letter is."""
    return LetterWording(
        kind=LetterKind.RECOMMENDATION,
        subject=template.subject,
        attachment="-",
        addressee=template.addressee,
        addressee_place=template.addressee_place,
        opening=(template.opening,),
        legal_basis=True,
        statement=template.grant,
        applicant_table=True,
        closing=(template.purpose, template.closing),
        tembusan=template.tembusan,
    )


def wording_of(desk: Desk, kind: LetterKind, standard: ServiceStandard) -> LetterWording:
    if kind == LetterKind.RECOMMENDATION:
        return recommendation_wording(standard.letter)
    wordings = desk.cache.get("letter_wordings")
    if wordings is None:
        # Read once per installation: every kind at once, so a bad file shows at the first letter of any kind.
        wordings = desk.cache["letter_wordings"] = load_wordings()
    return wordings[kind]
