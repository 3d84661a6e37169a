"""Beranda: what an officer sees first after signing in: their queue, files due today and overdue, the office's counts.

Read-only and bounded: lists stop at a limit (with the full count beside them), counts are aggregates, and every
filter is on an indexed column (status, due date, registration time), so a large database costs the same."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from peewee import Case, Expression, fn

from kampar_desk.domain.calendar import WorkingCalendar
from kampar_desk.domain.permissions import allowed_actions
from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import OPEN_STATUSES, TRANSITIONS, Action, Status
from kampar_desk.services.applications import awaiting_rejection_letter, summarize
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import ApplicationSummary
from kampar_desk.store.models import Application

QUEUE_LIMIT = 200
LIST_LIMIT = 100
INTAKE_WORKING_DAYS = 10


@dataclass(frozen=True)
class FileList:
    """The most urgent files of a list (up to a limit) and how many the list holds in all."""

    files: tuple[ApplicationSummary, ...]
    total: int

    @property
    def not_shown(self) -> int:
        return self.total - len(self.files)


@dataclass(frozen=True)
class StatusCount:
    status: Status
    count: int


@dataclass(frozen=True)
class DayIntake:
    """Files recorded at the counter on one working day: registered complete, and returned incomplete."""

    day: date
    received: int
    returned: int

    @property
    def total(self) -> int:
        return self.received + self.returned


@dataclass(frozen=True)
class HomeFigures:
    today: date
    roles: frozenset[Role]
    #: statuses whose next step these roles take (empty for a role that takes no step of a file, the admin)
    queue_statuses: frozenset[Status]
    #: a rejected file whose rejection letter is not out yet waits for these roles too
    rejection_letters_due: bool
    queue: FileList
    #: files whose clock runs, due today and overdue: among the queue's, or the whole office's (`office_wide`) for
    #: roles without a queue
    due_today: FileList
    overdue: FileList
    office_wide: bool
    #: every status in the workflow's order, zeros included
    per_status: tuple[StatusCount, ...]
    #: the last working days, oldest first (today when it is one)
    intake: tuple[DayIntake, ...]

    @property
    def open_files(self) -> int:
        return sum(c.count for c in self.per_status if c.status in OPEN_STATUSES)


def queue_statuses(roles: frozenset[Role]) -> frozenset[Status]:
    """The statuses a file waits in for a step these roles may take (the sources of their workflow actions)."""
    actions = [action for action in allowed_actions(roles) if isinstance(action, Action)]
    return frozenset(s for action in actions for s in TRANSITIONS[action].sources if s is not None)


def rejection_letters_due(roles: frozenset[Role]) -> bool:
    """A rejected file waits for its rejection letter, issued by whoever may issue letters (`letters.issue_letter`)."""
    return Action.ISSUE_LETTER in allowed_actions(roles)


def home_figures(desk: Desk, roles: frozenset[Role]) -> HomeFigures:
    calendar, today = desk.calendar(), desk.today()
    statuses = queue_statuses(roles)
    letters_due = rejection_letters_due(roles)
    waiting = _in_statuses(statuses)
    if letters_due:
        waiting = waiting | awaiting_rejection_letter()
    # Clocks run only in the open statuses: an officer watches those of their queue, one without a queue (the
    # admin) the whole office's.
    scope = statuses & OPEN_STATUSES if statuses else OPEN_STATUSES
    last_working = _last_working_day(calendar, today)
    due_scope = _in_statuses(scope) & Application.due_on.is_null(False)

    def listed(condition: Expression, limit: int) -> FileList:
        query = Application.select().where(condition)
        rows = query.order_by(Application.due_on, Application.registered_at, Application.number).limit(limit)
        return FileList(tuple(summarize(desk, row, calendar, today) for row in rows), query.count())

    return HomeFigures(
        today=today,
        roles=roles,
        queue_statuses=statuses,
        rejection_letters_due=letters_due,
        queue=listed(waiting, QUEUE_LIMIT),
        due_today=listed(due_scope & (Application.due_on >= last_working) & (Application.due_on <= today), LIST_LIMIT),
        overdue=listed(due_scope & (Application.due_on < last_working), LIST_LIMIT),
        office_wide=not statuses,
        per_status=_per_status(),
        intake=_intake(desk, calendar, today),
    )


def _in_statuses(statuses: frozenset[Status]) -> Expression:
    # An empty IN () is valid in peewee on every database: it matches nothing.
    return Application.status.in_(sorted(s.value for s in statuses))


def _last_working_day(calendar: WorkingCalendar, today: date) -> date:
    """Today, or the working day before it: a file due then is overdue only once another working day has begun."""
    day = today
    while not calendar.is_working_day(day):
        day -= timedelta(days=1)
    return day


def _per_status() -> tuple[StatusCount, ...]:
    counted = dict(
        Application.select(Application.status, fn.COUNT(Application.id))
        .group_by(Application.status)
        .tuples()
        .iterator()
    )
    return tuple(StatusCount(status, counted.get(status.value, 0)) for status in Status)


def _intake(desk: Desk, calendar: WorkingCalendar, today: date) -> tuple[DayIntake, ...]:
    days: list[date] = []
    day = today
    while len(days) < INTAKE_WORKING_DAYS:
        if calendar.is_working_day(day):
            days.append(day)
        day -= timedelta(days=1)
    offset = timedelta(hours=desk.office().utc_offset_hours)
    returned = fn.SUM(Case(None, [(Application.received_on.is_null(), 1)], 0))
    intake = []
    for day in reversed(days):
        start = datetime.combine(day, time.min) - offset  # the office's midnight, in the stored UTC
        total, returned_count = (
            Application.select(fn.COUNT(Application.id), returned)
            .where((Application.registered_at >= start) & (Application.registered_at < start + timedelta(days=1)))
            .scalar(as_tuple=True)
        )
        intake.append(DayIntake(day, total - (returned_count or 0), returned_count or 0))
    return tuple(intake)
