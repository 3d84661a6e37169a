"""Refusals the rules raise; each carries a message in Indonesian that a screen or the command line can show as is."""

from __future__ import annotations


class DeskError(Exception):
    """Base of every refusal; `str(error)` is the Indonesian message for the officer."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DeskError):
    """What the officer typed is not acceptable; `field` names the input."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class PermissionDenied(DeskError):
    """The signed-in officer's roles do not allow this action."""


class AccountChanged(PermissionDenied):
    """Since signing in, the officer's account was deactivated or its roles changed: sign in again (the GUI does)."""


class TransitionNotAllowed(DeskError):
    """The file is not in a status from which this action can be taken."""


class NotFound(DeskError):
    """The file, account or record asked for does not exist."""


class StandardFileError(DeskError):
    """A service standard file is malformed or incomplete: which file, which field, why."""

    def __init__(self, file: str, field: str, reason: str) -> None:
        super().__init__(f"Berkas standar pelayanan {file}: bagian '{field}' {reason}")
        self.file = file
        self.field = field
        self.reason = reason


class StorageError(DeskError):
    """The disk or the database refused: locked, read-only, full, damaged or missing. `kind` says which."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class DataFolderProblem(DeskError):
    """The data folder cannot be opened as it is (database missing or damaged); `backup` is the newest good one."""

    def __init__(self, kind: str, message: str, backup: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.backup = backup


class AlreadyRunning(DeskError):
    """Another Kampar Desk holds this data folder; two writers must never race on one database."""
