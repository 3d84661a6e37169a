"""Dates read from Qt's date widgets as Python dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def python_date(day: QDate) -> date:
    """The same day as a `date` (PySide6 types `QDate.toPython()` as `object`)."""
    return date(day.year(), day.month(), day.day())
