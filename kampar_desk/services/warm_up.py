"""What the start defers and the first minutes need, loaded off the GUI thread once the window is up."""

from __future__ import annotations

from datetime import date


def warm_up() -> None:
    """The keys' cryptography (signing in), Beranda's figures, the holidays (working days: the first lookup loads
    the package's tables, about 0.15 s; each further year costs under a millisecond), phone numbers and reportlab
    (the first registration's receipt)."""
    import kampar_desk.services.home
    import kampar_desk.services.keys
    from kampar_desk.domain.calendar import national_holidays

    national_holidays(date.today().year)
    import phonenumbers  # noqa: F401

    import kampar_desk.services.documents.slips  # noqa: F401
