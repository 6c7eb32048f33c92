"""The one error type a user can act on.

Anything that is not a ``UserFacingError`` is a bug: it propagates, gets logged with its
traceback, and the UI shows a crash dialog (qutebrowser's KnownError/BugError split).
"""

from __future__ import annotations


class Said(str):
    """A sentence for the user, in English, that keeps its template and values.

    It is the English text wherever a ``str`` goes (the CLI, logs, tests), and a front end
    can say it in the user's language: the GUI looks the template up in its catalogues
    (context "console", extracted from ``Said("…")`` calls by ``python -m ui.translations
    update``) and fills in the values. The template must be a literal for that to work.
    """

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Said:
        said = super().__new__(cls, template.format(**values) if values else template)
        said.template = template
        said.values = values
        return said


class UserFacingError(Exception):
    """An error whose message is written for the agent and says what to do."""

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class NotFoundError(UserFacingError):
    """Something the user asked for does not exist (any more)."""


class ValidationError(UserFacingError):
    """Input the user typed is not acceptable; the message names the field and the rule."""


class FieldErrors(ValidationError):
    """Several fields of a form are wrong; ``errors`` maps each field to what to fix."""

    def __init__(self, errors: dict[str, str]) -> None:
        lines = "; ".join(f"{field.replace('_', ' ')}: {msg}" for field, msg in errors.items())
        super().__init__(f"Please correct: {lines}.")
        self.errors = dict(errors)


class DatabaseBehindError(UserFacingError):
    """The database schema is older than this program expects."""


class DatabaseUnavailableError(UserFacingError):
    """The database could not be reached or opened."""


class LoginRefusedError(DatabaseUnavailableError):
    """The server refused this user name and password (team mode)."""


class PermissionRefusedError(UserFacingError):
    """The database refused an action this login's role does not allow (team mode)."""


class ConflictError(UserFacingError):
    """A write was based on a stale read: someone else changed the row in between."""

    def __init__(
        self, message: str, *, changed_by: str = "", current_version: int | None = None
    ) -> None:
        super().__init__(message)
        self.changed_by = changed_by
        self.current_version = current_version
