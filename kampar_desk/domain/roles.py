"""Staff roles and their Indonesian titles."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    FRONT_OFFICE = "front_office"
    VERIFIER = "verifier"
    SIGNING_OFFICIAL = "signing_official"
    HANDOVER_OFFICER = "handover_officer"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.FRONT_OFFICE: "Petugas Front Office",
    Role.VERIFIER: "Verifikator",
    Role.SIGNING_OFFICIAL: "Pejabat Penandatangan",
    Role.HANDOVER_OFFICER: "Petugas Penyerahan",
    Role.ADMIN: "Administrator",
}


def parse_roles(text: str) -> frozenset[Role]:
    """Roles from their stored form `"front_office,verifier"`; unknown names are ignored."""
    known = {role.value: role for role in Role}
    return frozenset(known[name] for name in (part.strip() for part in text.split(",")) if name in known)


def format_roles(roles: frozenset[Role] | set[Role]) -> str:
    return ",".join(sorted(role.value for role in roles))
