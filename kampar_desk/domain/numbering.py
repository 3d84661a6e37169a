"""Formats of the office's numbers: registration numbers for complete files, return numbers for incomplete ones."""

from __future__ import annotations

import re

REGISTRATION_SERIES = "registration"
RETURN_SERIES = "return"


def registration_number(office_code: str, year: int, sequence: int) -> str:
    """`KPR-2026-000123`: office prefix so numbers from two offices never collide; scanner-friendly characters."""
    return f"{office_code}-{year}-{sequence:06d}"


def return_number(office_code: str, year: int, sequence: int) -> str:
    """`KPR-2026-K00012`: numbers for returned (incomplete) files come from their own yearly series."""
    return f"{office_code}-{year}-K{sequence:05d}"


RECEIPT_KIND = "tanda-terima"
RETURN_SLIP_KIND = "slip-pengembalian"
#: Archived intake papers, `KPR-2026-000123-tanda-terima-a5.pdf` or `KPR-2026-K00012-slip-pengembalian-a4.pdf`
#: (a `.tmp` suffix while the registration commits): the number and its series can be read back from the archive.
INTAKE_PAPER_NAME = re.compile(
    r"(?P<number>[A-Z0-9]+-(?P<year>[0-9]{4})-(?P<returned>K?)(?P<sequence>[0-9]+))"
    rf"-(?:{RECEIPT_KIND}|{RETURN_SLIP_KIND})-[a-z0-9]+\.pdf(?:\.tmp)?"
)


def intake_paper_name(number: str, returned: bool, layout: str) -> str:
    return f"{number}-{RETURN_SLIP_KIND if returned else RECEIPT_KIND}-{layout}.pdf"
