"""What one save writes, now that it writes it in few statements: the whole checklist in the standard's order,
gap-free numbers with the counter's bookkeeping, and the record state the audit event vouches for."""

import json

from kampar_desk.domain.roles import Role
from kampar_desk.services import intake, record_states
from kampar_desk.services.audit import audit_check
from kampar_desk.store.models import AuditEvent, ChecklistItem, Counter
from tests.conftest import intake_form


def _checklist(application_id):
    query = ChecklistItem.select().where(ChecklistItem.application == application_id)
    return list(query.order_by(ChecklistItem.position))


def test_the_checklist_is_complete_in_the_standards_order_with_the_answers(desk, officers):
    fo = officers[Role.FRONT_OFFICE]
    requirements = desk.catalog["REK-PAPS"].requirements
    saved = intake.register_application(desk, fo, intake_form(desk)).detail
    returned = intake.register_application(
        desk, fo, intake_form(desk, nik="1401025708850050", missing=("sktm", "kk"), warning_override="Anak kedua.")
    ).detail
    for detail, missing in ((saved, ()), (returned, ("sktm", "kk"))):
        rows = _checklist(detail.summary.id)
        assert [r.position for r in rows] == list(range(1, len(requirements) + 1))
        assert [(r.requirement_code, r.requirement_text) for r in rows] == [(q.code, q.text) for q in requirements]
        assert [r.received for r in rows] == [q.code not in missing for q in requirements]
        assert [r.note for r in rows] == [
            "tidak dibawa" if q.code in missing else "asli + fotokopi" for q in requirements
        ]
        assert {(r.version, r.verification_note) for r in rows} == {(1, "")}
        assert len({r.id for r in rows}) == len(rows)
        assert [(c.code, c.received) for c in detail.checklist] == [(r.requirement_code, r.received) for r in rows]


def test_numbers_stay_gap_free_per_series_and_the_counter_keeps_its_bookkeeping(desk, officers, clock):
    fo = officers[Role.FRONT_OFFICE]
    numbers = []
    for index in range(7):
        missing = ("ktp",) if index % 3 == 2 else ()
        form = intake_form(desk, nik=f"140102570885{index + 10:04d}", missing=missing, warning_override="Uji.")
        numbers.append(intake.register_application(desk, fo, form).detail.number)
    assert numbers == [
        "KPR-2026-000001",
        "KPR-2026-000002",
        "KPR-2026-K00001",
        "KPR-2026-000003",
        "KPR-2026-000004",
        "KPR-2026-K00002",
        "KPR-2026-000005",
    ]
    counters = {(c.series, c.year): c for c in Counter.select()}
    registration, returned = counters[("registration", 2026)], counters[("return", 2026)]
    # created at the first number (version 1), then one version per number, as BaseModel.save counts them
    assert (registration.last, registration.version) == (5, 5)
    assert (returned.last, returned.version) == (2, 2)
    # any series (letters and complaints take theirs here too) starts at 1 and counts per year
    assert intake.next_number("bench", 2026) == 1
    assert intake.next_number("bench", 2026) == 2
    assert intake.next_number("bench", 2027) == 1


def test_the_event_vouches_for_the_file_as_stored(desk, officers, clock):
    """The state an intake event records is computed from the rows just written: it must equal the state read back
    from the database, for a complete file, a returned one with a warning, and its resubmission."""
    fo = officers[Role.FRONT_OFFICE]
    complete = intake.register_application(desk, fo, intake_form(desk)).detail
    returned = intake.register_application(
        desk, fo, intake_form(desk, nik="1401025708850050", missing=("sktm",), warning_override="Anak kedua.")
    ).detail
    clock.advance(days=1, microseconds=123)
    form = intake.prefill_from_returned(desk, returned.summary.id)
    answers = tuple(intake.ChecklistAnswer(a.code, True, a.note) for a in form.checklist)
    form = intake.IntakeForm(**{**form.__dict__, "checklist": answers, "warning_override": "Anak kedua."})
    again = intake.register_application(desk, fo, form).detail
    for detail in (complete, returned, again):
        record = record_states.key(record_states.APPLICATION, detail.summary.id)
        event = AuditEvent.get(AuditEvent.application == detail.summary.id)
        assert record_states.states_of([record]) == {record: json.loads(event.state_hash)[record]}
    assert audit_check(desk, rotated=False).intact
