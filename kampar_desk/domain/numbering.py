"""Formats of the office's numbers: registration numbers for complete files, return numbers for incomplete ones."""

from __future__ import annotations

REGISTRATION_SERIES = "registration"
RETURN_SERIES = "return"


def registration_number(office_code: str, year: int, sequence: int) -> str:
    """`KPR-2026-000123`: office prefix so numbers from two offices never collide; scanner-friendly characters."""
    return f"{office_code}-{year}-{sequence:06d}"


def return_number(office_code: str, year: int, sequence: int) -> str:
    """`KPR-2026-K00012`: numbers for returned (incomplete) files come from their own yearly series."""
    return f"{office_code}-{year}-K{sequence:05d}"
