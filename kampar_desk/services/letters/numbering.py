"""Letter numbers: the office's template (Pengaturan) and a gap-free yearly counter per kind of letter."""

from __future__ import annotations

from datetime import date

from kampar_desk.domain.letters import DEFAULT_NUMBER_TEMPLATE, LetterKind, check_number_template, format_letter_number
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.counter_floors import letter_series
from kampar_desk.services.desk import Desk
from kampar_desk.services.intake import next_number
from kampar_desk.services.records import StaffRecord
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import Counter
from kampar_desk.store.rows import get_setting, put_setting

TEMPLATE_SETTING = "letter_number_template"


def number_template() -> str:
    return get_setting(TEMPLATE_SETTING, DEFAULT_NUMBER_TEMPLATE)


def set_number_template(desk: Desk, actor: StaffRecord, template: str) -> str:
    actor = require(desk, actor, OfficeAction.SET_NUMBER_TEMPLATE)
    template = check_number_template(template)
    with write_transaction():
        put_setting(TEMPLATE_SETTING, template)
        append_event(desk.now(), actor.username, "set_letter_number_template", details={"template": template})
    return template


def letter_number(classification: str, sequence: int, kind: LetterKind, issued_on: date) -> str:
    return format_letter_number(number_template(), classification, sequence, kind, issued_on)


def coming_sequence(kind: LetterKind, year: int) -> int:
    """The sequence the next letter of this kind will take, read without taking it (nothing is written)."""
    counter = Counter.get_or_none((Counter.series == letter_series(kind.value)) & (Counter.year == year))
    return (counter.last if counter else 0) + 1


def take_sequence(kind: LetterKind, year: int) -> int:
    """Take the next sequence inside the caller's write transaction: it is used only if that commits."""
    return next_number(letter_series(kind.value), year)
