"""Errors the user is expected to meet, as opposed to bugs.

A :class:`UserError` carries a message written for the person at the counter: what happened
and what to do. The UI shows it in a plain dialog; the command line prints it on one line.
Anything else that escapes is a bug and goes to the crash log.
"""

from __future__ import annotations

from collections.abc import Mapping


class UserError(Exception):
    """An expected failure with an actionable, already translated message."""

    def __init__(self, message: str, *, details: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class PermissionDenied(UserError):
    """The signed-in user's role does not allow the requested action."""


class NotFound(UserError):
    """The requested record does not exist (any more)."""


class ConflictError(UserError):
    """The change collides with existing data (a duplicate, a concurrent edit)."""


class ValidationFailed(UserError):
    """Input failed validation; ``errors`` maps a field name to its message."""

    def __init__(self, message: str, errors: Mapping[str, str]) -> None:
        super().__init__(message)
        self.errors = dict(errors)
