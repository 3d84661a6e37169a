"""The file's journey from the counter to the handed-over letter, as data: statuses, actions, who may take them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kampar_desk.domain.errors import TransitionNotAllowed
from kampar_desk.domain.roles import Role


class Status(StrEnum):
    RETURNED = "returned"
    RECEIVED = "received"
    IN_TECHNICAL_REVIEW = "in_technical_review"
    AWAITING_PAYMENT = "awaiting_payment"
    AWAITING_DECISION = "awaiting_decision"
    APPROVED = "approved"
    REJECTED = "rejected"
    ISSUED = "issued"
    SURVEYED = "surveyed"
    HANDED_OVER = "handed_over"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        """Still being worked on by the office, so its service-level clock is running."""
        return self in OPEN_STATUSES


STATUS_LABELS: dict[Status, str] = {
    Status.RETURNED: "Dikembalikan (tidak lengkap)",
    Status.RECEIVED: "Diterima lengkap",
    Status.IN_TECHNICAL_REVIEW: "Kajian teknis",
    Status.AWAITING_PAYMENT: "Menunggu pembayaran",
    Status.AWAITING_DECISION: "Menunggu keputusan",
    Status.APPROVED: "Disetujui",
    Status.REJECTED: "Ditolak",
    Status.ISSUED: "Surat terbit",
    Status.SURVEYED: "SKM tercatat",
    Status.HANDED_OVER: "Selesai (diserahkan)",
}

OPEN_STATUSES = frozenset(
    {Status.RECEIVED, Status.IN_TECHNICAL_REVIEW, Status.AWAITING_PAYMENT, Status.AWAITING_DECISION, Status.APPROVED}
)


class Action(StrEnum):
    REGISTER = "register"
    RETURN = "return"
    VERIFY = "verify"
    RECORD_TECHNICAL_REVIEW = "record_technical_review"
    RECORD_PAYMENT = "record_payment"
    APPROVE = "approve"
    REJECT = "reject"
    ISSUE_LETTER = "issue_letter"
    RECORD_SURVEY = "record_survey"
    HAND_OVER = "hand_over"

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS: dict[Action, str] = {
    Action.REGISTER: "Daftarkan berkas lengkap",
    Action.RETURN: "Kembalikan berkas tidak lengkap",
    Action.VERIFY: "Verifikasi kesesuaian",
    Action.RECORD_TECHNICAL_REVIEW: "Catat hasil kajian teknis",
    Action.RECORD_PAYMENT: "Catat pembayaran",
    Action.APPROVE: "Setujui permohonan",
    Action.REJECT: "Tolak permohonan",
    Action.ISSUE_LETTER: "Terbitkan surat",
    Action.RECORD_SURVEY: "Catat SKM",
    Action.HAND_OVER: "Serahkan surat",
}


@dataclass(frozen=True)
class Transition:
    """An action: the statuses it starts from (None = a new file), where it may lead, and who may take it."""

    action: Action
    sources: frozenset[Status | None]
    targets: frozenset[Status]
    roles: frozenset[Role]


def _t(action: Action, sources: set[Status | None], targets: set[Status], roles: set[Role]) -> Transition:
    return Transition(action, frozenset(sources), frozenset(targets), frozenset(roles))


TRANSITIONS: dict[Action, Transition] = {
    t.action: t
    for t in (
        _t(Action.REGISTER, {None}, {Status.RECEIVED}, {Role.FRONT_OFFICE}),
        _t(Action.RETURN, {None}, {Status.RETURNED}, {Role.FRONT_OFFICE}),
        _t(
            Action.VERIFY,
            {Status.RECEIVED},
            {Status.IN_TECHNICAL_REVIEW, Status.AWAITING_PAYMENT, Status.AWAITING_DECISION},
            {Role.VERIFIER},
        ),
        _t(
            Action.RECORD_TECHNICAL_REVIEW,
            {Status.IN_TECHNICAL_REVIEW},
            {Status.AWAITING_PAYMENT, Status.AWAITING_DECISION},
            {Role.VERIFIER},
        ),
        _t(
            Action.RECORD_PAYMENT,
            {Status.AWAITING_PAYMENT},
            {Status.AWAITING_DECISION},
            {Role.FRONT_OFFICE, Role.VERIFIER},
        ),
        _t(Action.APPROVE, {Status.AWAITING_DECISION}, {Status.APPROVED}, {Role.SIGNING_OFFICIAL}),
        _t(Action.REJECT, {Status.AWAITING_DECISION}, {Status.REJECTED}, {Role.SIGNING_OFFICIAL}),
        _t(Action.ISSUE_LETTER, {Status.APPROVED}, {Status.ISSUED}, {Role.SIGNING_OFFICIAL}),
        _t(Action.RECORD_SURVEY, {Status.ISSUED}, {Status.SURVEYED}, {Role.HANDOVER_OFFICER, Role.FRONT_OFFICE}),
        _t(Action.HAND_OVER, {Status.SURVEYED}, {Status.HANDED_OVER}, {Role.HANDOVER_OFFICER}),
    )
}


def check_transition(action: Action, current: Status | None, target: Status, reference: str = "") -> None:
    """Refuse unless the file's current status allows the action and the action may lead to `target`."""
    transition = TRANSITIONS[action]
    if current not in transition.sources:
        allowed = ", ".join(sorted(f"'{s.label}'" for s in transition.sources if s is not None)) or "berkas baru"
        now = f"'{current.label}'" if current else "belum terdaftar"
        which = f"Berkas {reference}" if reference else "Berkas ini"
        raise TransitionNotAllowed(f"{which} berstatus {now}; '{action.label}' hanya untuk berkas berstatus {allowed}.")
    if target not in transition.targets:
        raise TransitionNotAllowed(f"'{action.label}' tidak dapat membawa berkas ke status '{target.label}'.")


def after_verification(technical_review_needed: bool, fee_rupiah: int) -> Status:
    """Where a verified file goes next (procedure steps 4 and 5 of the standard)."""
    if technical_review_needed:
        return Status.IN_TECHNICAL_REVIEW
    return after_technical_review(fee_rupiah)


def after_technical_review(fee_rupiah: int) -> Status:
    """Payment only for a service with a fee; otherwise straight to the official's decision."""
    return Status.AWAITING_PAYMENT if fee_rupiah > 0 else Status.AWAITING_DECISION
