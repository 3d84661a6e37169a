"""Every internal name an officer could see has office words: statuses, steps, office actions and every audit
event the services write (found by reading their source, so a new event cannot be forgotten)."""

from __future__ import annotations

import ast
import importlib
import itertools
import logging
import typing
from enum import StrEnum
from pathlib import Path

import pytest

from kampar_desk.domain.labels import UNKNOWN, label
from kampar_desk.domain.letters import LetterKind
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import Action, Status

SERVICES = Path(__file__).parents[2] / "kampar_desk" / "services"


class _Module:
    """One services module: its syntax tree, its live module (for constants and enums) and its functions."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        dotted = ".".join(path.relative_to(SERVICES.parent.parent).with_suffix("").parts)
        self.module = importlib.import_module(dotted)
        self.functions = {n.name: n for n in ast.walk(self.tree) if isinstance(n, ast.FunctionDef)}
        self.owner: dict[ast.AST, ast.FunctionDef] = {}
        self.enclosing: dict[ast.FunctionDef, ast.FunctionDef] = {}
        for function in self.functions.values():
            for node in ast.walk(function):
                # The innermost function wins: ast.walk visits outer functions first.
                self.owner[node] = function
                if isinstance(node, ast.FunctionDef) and node is not function:
                    self.enclosing[node] = function

    def where(self, node: ast.AST) -> str:
        return f"{self.path.name}:{getattr(node, 'lineno', '?')}"

    def parameter(self, function: ast.FunctionDef | None, name: str) -> tuple[ast.FunctionDef, int, ast.arg] | None:
        """The function (this one or one it is nested in) that has `name` as a parameter, its position, its arg."""
        while function is not None:
            for index, argument in enumerate(function.args.args + function.args.kwonlyargs):
                if argument.arg == name:
                    return function, index, argument
            function = self.enclosing.get(function)
        return None

    def annotated(self, annotation: ast.expr | None) -> type | None:
        """The class an annotation names (`Action`, or "Action" under postponed annotations)."""
        if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
            annotation = ast.parse(annotation.value, mode="eval").body
        value = getattr(self.module, annotation.id, None) if isinstance(annotation, ast.Name) else None
        return value if isinstance(value, type) else None

    def type_of(self, node: ast.expr, function: ast.FunctionDef | None) -> type | None:
        """The declared type of a parameter, or of a field of one (`accompanying.kind`: LetterKind)."""
        if isinstance(node, ast.Name):
            found = self.parameter(function, node.id)
            return self.annotated(found[2].annotation) if found else None
        if isinstance(node, ast.Attribute):
            owner = self.type_of(node.value, function)
            hint = typing.get_type_hints(owner).get(node.attr) if owner is not None else None
            return hint if isinstance(hint, type) else None
        return None

    def enum_of(self, annotation: ast.expr | None) -> type[StrEnum] | None:
        value = self.annotated(annotation)
        return value if value is not None and issubclass(value, StrEnum) else None

    def values(self, node: ast.expr, at: ast.AST) -> set[str]:
        """Every action name the expression can hold; fails naming the line when it cannot be worked out."""
        found = self.resolve(node, at)
        if not all(isinstance(value, str) for value in found):
            pytest.fail(f"{self.where(node)}: {ast.unparse(node)} is not always a text")
        return {str(value) for value in found}

    def resolve(self, node: ast.expr, at: ast.AST) -> set[object]:
        """The values (texts, enum members) an expression can have where `at` stands."""
        function = self.owner.get(at)
        if isinstance(node, ast.Constant):
            return {node.value}
        if isinstance(node, ast.IfExp):
            return self.resolve(node.body, at) | self.resolve(node.orelse, at)
        if isinstance(node, ast.JoinedStr):
            parts = [
                {part.value} if isinstance(part, ast.Constant) else self.values(part.value, at) for part in node.values
            ]
            return {"".join(combination) for combination in itertools.product(*parts)}
        if isinstance(node, ast.Attribute) and node.attr == "value":
            declared = self.type_of(node.value, function)
            if declared is not None and issubclass(declared, StrEnum):  # any member of the declared enum
                return {member.value for member in declared}
            members = self.resolve(node.value, at)
            if all(isinstance(member, StrEnum) for member in members):
                return {member.value for member in members}
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):  # Action.ISSUE_LETTER
            owner = getattr(self.module, node.value.id, None)
            if isinstance(owner, type) and issubclass(owner, StrEnum):
                return {getattr(owner, node.attr)}
        if isinstance(node, ast.Name):
            found = self.parameter(function, node.id)
            if found is not None:
                owner, index, argument = found
                enum = self.enum_of(argument.annotation)
                return set(enum) if enum is not None else self.from_callers(owner, index, node.id)
            assigned = self.assigned(function, node.id)
            if assigned:
                return set().union(*(self.resolve(value, at) for value in assigned))
            constant = getattr(self.module, node.id, None)
            if isinstance(constant, str):
                return {constant}
        pytest.fail(f"{self.where(node)}: cannot tell which audit action {ast.unparse(node)} writes")

    @staticmethod
    def assigned(function: ast.FunctionDef | None, name: str) -> list[ast.expr]:
        """What a local variable is set to, also through `a, b = (x, y) if … else (z, w)`."""

        def pick(value: ast.expr, index: int) -> list[ast.expr]:
            if isinstance(value, ast.Tuple):
                return [value.elts[index]]
            if isinstance(value, ast.IfExp):
                return pick(value.body, index) + pick(value.orelse, index)
            pytest.fail(f"line {value.lineno}: cannot unpack {ast.unparse(value)}")

        found: list[ast.expr] = []
        for node in ast.walk(function) if function is not None else ():
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id == name:
                        found.append(node.value)
                    elif isinstance(target, ast.Tuple):
                        names = [getattr(element, "id", None) for element in target.elts]
                        if name in names:
                            found += pick(node.value, names.index(name))
        return found

    def from_callers(self, function: ast.FunctionDef, index: int, name: str) -> set[str]:
        """A parameter passed on to append_event: the values every caller in the module gives it."""
        found: set[str] = set()
        for call in ast.walk(self.tree):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == function.name:
                given = next((k.value for k in call.keywords if k.arg == name), None)
                if given is None and index < len(call.args):
                    given = call.args[index]
                if given is not None:
                    found |= self.values(given, call)
        if not found:
            pytest.fail(f"{self.where(function)}: no caller of {function.name} gives `{name}`")
        return found


def audit_actions_in_services() -> dict[str, str]:
    """Action name → where it is written, for every `append_event(...)` in kampar_desk/services."""
    actions: dict[str, str] = {}
    for path in sorted(SERVICES.rglob("*.py")):
        module = _Module(path)
        for call in ast.walk(module.tree):
            if not isinstance(call, ast.Call):
                continue
            callee = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
            if callee != "append_event":
                continue
            given = next((k.value for k in call.keywords if k.arg == "action"), None)
            given = given if given is not None else call.args[2]
            for name in module.values(given, call):
                actions.setdefault(name, module.where(call))
    return actions


AUDIT_ACTIONS = audit_actions_in_services()


def test_the_source_scan_finds_the_events_of_every_kind():
    """The scan itself works: literals, constants, enum values, f-strings and parameters passed on."""
    assert {"register_complaint", "create_first_admin", "set_logo", "reconcile_archive"} <= set(AUDIT_ACTIONS)
    assert {"action_refused", "add_seal_key"} <= set(AUDIT_ACTIONS)  # module constants
    assert {"issue_cover_letter", "issue_recommendation_letter", "issue_rejection_letter"} <= set(AUDIT_ACTIONS)
    assert {"add_local_holiday", "cancel_national_holiday"} <= set(AUDIT_ACTIONS)  # through _set_day(action)
    assert {action.value for action in Action} <= set(AUDIT_ACTIONS)


NAMES = sorted(
    {
        *(s.value for s in Status),
        *(a.value for a in Action),
        *(a.value for a in OfficeAction),
        *(r.value for r in Role),
        *(k.value for k in LetterKind),
        *AUDIT_ACTIONS,
        "cancelled",
        *("filled", "declined", "kiosk", "paper"),
    }
)


@pytest.mark.parametrize("name", NAMES)
def test_every_name_an_officer_could_see_reads_as_office_words(name, caplog):
    with caplog.at_level(logging.WARNING):
        text = label(name)
    assert text != name and text != UNKNOWN, AUDIT_ACTIONS.get(name, name)
    assert "_" not in text and text[0].isupper()
    assert not caplog.records


def test_complaint_channels_and_statuses_read_as_the_complaints_register_shows_them():
    from kampar_desk.services import complaints

    assert {code: label(code) for code in complaints.CHANNELS} == complaints.CHANNELS
    assert {code: label(code) for code in complaints.STATUSES} == complaints.STATUSES


def test_the_labels_agree_with_the_enums_own_labels():
    assert label("handed_over") == Status.HANDED_OVER.label == "Selesai (diserahkan)"
    assert label("issue_letter") == Action.ISSUE_LETTER.label
    assert label("cancel_letter") == OfficeAction.CANCEL_LETTER.label
    assert label("cover") == LetterKind.COVER.label


@pytest.mark.parametrize("name", ["", "no_such_event", "Siti Rahmawati 1401025708850003", "issue_letter "])
def test_an_unknown_name_never_leaks_and_nothing_typed_is_logged(name, caplog):
    with caplog.at_level(logging.DEBUG):
        assert label(name) == UNKNOWN
    assert "1401025708850003" not in caplog.text and "Siti" not in caplog.text
