"""Beranda's figures: each role's queue, files due today and overdue, counts per status, the last ten working days."""

from datetime import date

import pytest

from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import Status
from kampar_desk.services import home, intake, letters, process
from kampar_desk.services.home import home_figures, queue_statuses
from tests.conftest import intake_form


@pytest.fixture
def office_week(desk, officers, clock):
    """Monday 6 July 2026 (due Monday 13): A waits for verification, D is rejected without its letter yet, E is
    approved. Tuesday 7 July (due Tuesday 14): B waits for verification, C is returned incomplete."""
    front, verifier, official = officers[Role.FRONT_OFFICE], officers[Role.VERIFIER], officers[Role.SIGNING_OFFICIAL]
    clock.local(2026, 7, 6, 9)
    files = {
        name: intake.register_application(desk, front, intake_form(desk, nik=nik)).detail.summary
        for name, nik in (("A", "1401025708850003"), ("D", "1401024101900002"), ("E", "1401026512800001"))
    }
    process.verify(desk, verifier, files["D"].id, compliant=False, note="SKTM sudah kedaluwarsa")
    process.reject(desk, official, files["D"].id, "SKTM sudah kedaluwarsa")
    process.verify(desk, verifier, files["E"].id, compliant=True)
    process.approve(desk, official, files["E"].id)
    clock.local(2026, 7, 7, 10)
    files["B"] = intake.register_application(desk, front, intake_form(desk, nik="1401020101700004")).detail.summary
    incomplete = intake_form(desk, missing=("sktm",), nik="1401021505750005")
    files["C"] = intake.register_application(desk, front, incomplete).detail.summary
    clock.local(2026, 7, 14, 9)
    return {name: summary.number for name, summary in files.items()}


def numbers(file_list: home.FileList) -> list[str]:
    return [summary.number for summary in file_list.files]


def test_each_role_queues_the_statuses_its_workflow_steps_start_from():
    assert queue_statuses(frozenset({Role.VERIFIER})) == {
        Status.RECEIVED,
        Status.IN_TECHNICAL_REVIEW,
        Status.AWAITING_PAYMENT,
    }
    assert queue_statuses(frozenset({Role.SIGNING_OFFICIAL})) == {Status.AWAITING_DECISION, Status.APPROVED}
    assert queue_statuses(frozenset({Role.FRONT_OFFICE})) == {Status.AWAITING_PAYMENT, Status.ISSUED}
    assert queue_statuses(frozenset({Role.HANDOVER_OFFICER})) == {Status.ISSUED, Status.SURVEYED}
    assert queue_statuses(frozenset({Role.ADMIN})) == set()
    both = queue_statuses(frozenset({Role.VERIFIER, Role.HANDOVER_OFFICER}))
    assert both == queue_statuses(frozenset({Role.VERIFIER})) | queue_statuses(frozenset({Role.HANDOVER_OFFICER}))


def test_verifier_sees_their_queue_with_the_overdue_file_first(desk, office_week):
    figures = home_figures(desk, frozenset({Role.VERIFIER}))
    assert figures.today == date(2026, 7, 14) and not figures.office_wide
    assert numbers(figures.queue) == [office_week["A"], office_week["B"]]  # due 13 July, then 14 July
    assert numbers(figures.due_today) == [office_week["B"]]
    assert numbers(figures.overdue) == [office_week["A"]]
    assert figures.overdue.files[0].sla.describe() == "Terlambat 1 hari kerja"


def test_official_queue_holds_decisions_approvals_and_rejections_without_their_letter(desk, officers, office_week):
    official = frozenset({Role.SIGNING_OFFICIAL})
    figures = home_figures(desk, official)
    assert set(numbers(figures.queue)) == {office_week["D"], office_week["E"]}
    assert figures.rejection_letters_due
    # E (approved) has a running clock; D (rejected) is decided, so it is not overdue however long its letter waits.
    assert numbers(figures.overdue) == [office_week["E"]] and figures.due_today.total == 0
    rejected = next(s for s in figures.queue.files if s.number == office_week["D"])
    letters.issue_rejection(desk, officers[Role.SIGNING_OFFICIAL], rejected.id)
    assert numbers(home_figures(desk, official).queue) == [office_week["E"]]


def test_admin_without_a_queue_sees_the_whole_office_due_and_overdue(desk, office_week):
    figures = home_figures(desk, frozenset({Role.ADMIN}))
    assert figures.office_wide and figures.queue.total == 0 and figures.queue_statuses == frozenset()
    assert numbers(figures.due_today) == [office_week["B"]]
    assert numbers(figures.overdue) == [office_week["A"], office_week["E"]]


def test_handover_officer_has_no_running_clocks_to_watch(desk, office_week):
    figures = home_figures(desk, frozenset({Role.HANDOVER_OFFICER}))
    assert figures.queue.total == figures.due_today.total == figures.overdue.total == 0
    assert not figures.office_wide


def test_counts_per_status_cover_every_status_in_workflow_order(desk, office_week):
    figures = home_figures(desk, frozenset({Role.FRONT_OFFICE}))
    counts = {c.status: c.count for c in figures.per_status}
    assert [c.status for c in figures.per_status] == list(Status)
    assert counts == {**dict.fromkeys(Status, 0), Status.RECEIVED: 2, Status.RETURNED: 1, Status.REJECTED: 1,
                      Status.APPROVED: 1}  # fmt: skip
    assert figures.open_files == 3


def test_intake_of_the_last_ten_working_days_splits_complete_and_returned(desk, office_week):
    figures = home_figures(desk, frozenset({Role.FRONT_OFFICE}))
    assert [d.day for d in figures.intake] == [date(2026, 7, day) for day in (1, 2, 3, 6, 7, 8, 9, 10, 13, 14)]
    by_day = {d.day: (d.received, d.returned) for d in figures.intake}
    assert by_day[date(2026, 7, 6)] == (3, 0)
    assert by_day[date(2026, 7, 7)] == (1, 1)
    assert sum(d.total for d in figures.intake) == 5


def test_a_file_due_on_friday_is_not_overdue_over_the_weekend(desk, officers, clock):
    clock.local(2026, 7, 3, 9)  # Friday: due Friday 10 July
    registered = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail.summary
    verifier = frozenset({Role.VERIFIER})
    clock.local(2026, 7, 11, 9)  # Saturday
    figures = home_figures(desk, verifier)
    assert numbers(figures.due_today) == [registered.number] and figures.overdue.total == 0
    clock.local(2026, 7, 13, 8)  # Monday: a working day has begun since
    figures = home_figures(desk, verifier)
    assert numbers(figures.overdue) == [registered.number] and figures.due_today.total == 0


def test_lists_stop_at_their_limit_and_say_how_many_there_are(desk, officers, clock, monkeypatch):
    monkeypatch.setattr(home, "QUEUE_LIMIT", 2)
    clock.local(2026, 7, 6, 9)
    for nik in ("1401025708850003", "1401024101900002", "1401026512800001"):
        intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik=nik))
    queue = home_figures(desk, frozenset({Role.VERIFIER})).queue
    assert len(queue.files) == 2 and queue.total == 3 and queue.not_shown == 1
