"""Indonesian renderings the screens and the printed documents share: dates, money, decimals."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

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


def short_date_time(moment: datetime) -> str:
    """`16-03-2026 09.30`, for tables where the long form does not fit."""
    return f"{moment:%d-%m-%Y %H.%M}"


def decimal_id(value: Decimal | Fraction | float | int | None, places: int = 2, *, trim: bool = False) -> str:
    """`76,63`: a number as written in Indonesian (a comma before the decimals, dots grouping thousands), rounded
    half up to `places` decimals like the SKM rules; `trim` leaves out trailing zeros (`100,0` → `100`,
    `2,50` → `2,5`); no value is `-`."""
    if value is None:
        return "-"
    if isinstance(value, Fraction):  # an SKM mean (NRR) is kept exact until it is shown
        exact = Decimal(value.numerator) / Decimal(value.denominator)
    elif isinstance(value, float):
        # Through its shortest text: 76.625 rounds as written, not as its binary neighbour 76.62499….
        exact = Decimal(repr(value))
    else:
        exact = Decimal(value)
    rounded = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if rounded.is_zero():
        rounded = abs(rounded)  # never "-0,00"
    text = f"{rounded:,.{places}f}".translate(str.maketrans(",.", ".,"))
    if trim and places > 0:
        text = text.rstrip("0").rstrip(",")
    return text


def rupiah(amount: int) -> str:
    """`Rp 150.000` (dots group thousands); zero is `Rp 0 (gratis)`."""
    if amount == 0:
        return "Rp 0 (gratis)"
    return "Rp " + f"{amount:,}".replace(",", ".")
