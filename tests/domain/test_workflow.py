import pytest

from kampar_desk.domain.errors import PermissionDenied, TransitionNotAllowed
from kampar_desk.domain.permissions import check_permission
from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import (
    TRANSITIONS,
    Action,
    Status,
    after_technical_review,
    after_verification,
    check_transition,
)

EXPECTED_ROLES = {
    Action.REGISTER: {Role.FRONT_OFFICE},
    Action.RETURN: {Role.FRONT_OFFICE},
    Action.VERIFY: {Role.VERIFIER},
    Action.RECORD_TECHNICAL_REVIEW: {Role.VERIFIER},
    Action.RECORD_PAYMENT: {Role.FRONT_OFFICE, Role.VERIFIER},
    Action.APPROVE: {Role.SIGNING_OFFICIAL},
    Action.REJECT: {Role.SIGNING_OFFICIAL},
    Action.ISSUE_LETTER: {Role.SIGNING_OFFICIAL},
    Action.RECORD_SURVEY: {Role.HANDOVER_OFFICER, Role.FRONT_OFFICE},
    Action.HAND_OVER: {Role.HANDOVER_OFFICER},
}


def test_every_action_is_allowed_only_to_the_roles_that_do_it():
    assert set(TRANSITIONS) == set(Action)
    for action, roles in EXPECTED_ROLES.items():
        for role in Role:
            if role in roles:
                check_permission(action, frozenset({role}))
            else:
                with pytest.raises(PermissionDenied):
                    check_permission(action, frozenset({role}))


def test_admin_alone_takes_no_workflow_step():
    for action in Action:
        with pytest.raises(PermissionDenied):
            check_permission(action, frozenset({Role.ADMIN}))


def test_refusal_names_the_action_and_who_may_do_it():
    with pytest.raises(PermissionDenied) as refused:
        check_permission(Action.APPROVE, frozenset({Role.FRONT_OFFICE}))
    assert str(refused.value) == (
        "Tindakan 'Setujui permohonan' hanya boleh dilakukan oleh Pejabat Penandatangan; "
        "peran Anda: Petugas Front Office."
    )


def test_handover_before_the_survey_is_refused_with_the_status_needed():
    with pytest.raises(TransitionNotAllowed) as refused:
        check_transition(Action.HAND_OVER, Status.ISSUED, Status.HANDED_OVER, "KPR-2026-000001")
    assert "KPR-2026-000001 berstatus 'Surat terbit'" in str(refused.value)
    assert "'SKM tercatat'" in str(refused.value)


def test_each_status_is_reachable_and_the_happy_path_is_allowed():
    reachable = {target for t in TRANSITIONS.values() for target in t.targets}
    assert reachable == set(Status)
    path = [
        (Action.REGISTER, None, Status.RECEIVED),
        (Action.VERIFY, Status.RECEIVED, Status.IN_TECHNICAL_REVIEW),
        (Action.RECORD_TECHNICAL_REVIEW, Status.IN_TECHNICAL_REVIEW, Status.AWAITING_PAYMENT),
        (Action.RECORD_PAYMENT, Status.AWAITING_PAYMENT, Status.AWAITING_DECISION),
        (Action.APPROVE, Status.AWAITING_DECISION, Status.APPROVED),
        (Action.ISSUE_LETTER, Status.APPROVED, Status.ISSUED),
        (Action.RECORD_SURVEY, Status.ISSUED, Status.SURVEYED),
        (Action.HAND_OVER, Status.SURVEYED, Status.HANDED_OVER),
    ]
    for action, source, target in path:
        check_transition(action, source, target)


def test_an_action_cannot_lead_to_a_status_it_does_not_produce():
    with pytest.raises(TransitionNotAllowed):
        check_transition(Action.APPROVE, Status.AWAITING_DECISION, Status.ISSUED)


def test_returned_and_finished_files_take_no_further_step():
    for status in (Status.RETURNED, Status.REJECTED, Status.HANDED_OVER):
        for action in Action:
            for target in TRANSITIONS[action].targets:
                with pytest.raises(TransitionNotAllowed):
                    check_transition(action, status, target)


def test_payment_only_when_the_service_has_a_fee():
    assert after_verification(technical_review_needed=True, fee_rupiah=0) == Status.IN_TECHNICAL_REVIEW
    assert after_verification(technical_review_needed=False, fee_rupiah=0) == Status.AWAITING_DECISION
    assert after_verification(technical_review_needed=False, fee_rupiah=150_000) == Status.AWAITING_PAYMENT
    assert after_technical_review(0) == Status.AWAITING_DECISION
    assert after_technical_review(1) == Status.AWAITING_PAYMENT
