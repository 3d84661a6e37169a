"""Indonesian renderings the screens and the printed documents share: dates, money."""

from __future__ import annotations

from datetime import date, datetime

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def long_date(day: date) -> str:
    """`30 Maret 2026`, as written in letters and receipts."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def weekday_date(day: date) -> str:
    """`Senin, 30 Maret 2026`."""
    return f"{DAYS[day.weekday()]}, {long_date(day)}"


def date_time(moment: datetime) -> str:
    """`Senin, 16 Maret 2026 pukul 09.30 WIB` (Indonesian uses a dot between hours and minutes)."""
    return f"{weekday_date(moment.date())} pukul {moment:%H.%M} WIB"


def rupiah(amount: int) -> str:
    """`Rp 150.000` (dots group thousands); zero is `Rp 0 (gratis)`."""
    if amount == 0:
        return "Rp 0 (gratis)"
    return "Rp " + f"{amount:,}".replace(",", ".")
