"""The one error type a user can act on.

Anything that is not a ``UserFacingError`` is a bug: it propagates, gets logged with its
traceback, and the UI shows a crash dialog (qutebrowser's KnownError/BugError split).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal, get_args

# English names, from our own tables: strftime's %a and %b follow the operating system's locale.
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

MomentStyle = Literal["time", "date", "day_month", "day_time", "long_date", "long_date_year"]
"""How a ``Moment`` reads, by example in English:

- ``time``: 14:05
- ``date``: 05 Dec 2026
- ``day_month``: 05 Dec
- ``day_time``: Tue 05 Dec 14:05
- ``long_date``: Tuesday 5 December
- ``long_date_year``: Tuesday 5 December 2026
"""
MOMENT_STYLES: tuple[MomentStyle, ...] = get_args(MomentStyle)
_TIME_STYLES = frozenset({"time", "day_time"})
_DATE_STYLES = frozenset(MOMENT_STYLES) - {"time"}


class Moment(str):
    """A date or a time inside a sentence: English where a ``str`` goes, and a value a front
    end can write in the user's language (its day and month names, its digits).

    ``value`` is a wall-clock reading, already in the zone the sentence speaks of (the
    customer's, or UTC when the sentence says "UTC"): a front end formats its fields as they
    are and never converts it to another zone. Naive and aware datetimes read the same.
    """

    value: dt.datetime | dt.date | dt.time
    style: MomentStyle

    def __new__(cls, value: dt.datetime | dt.date | dt.time, style: MomentStyle) -> Moment:
        if style not in MOMENT_STYLES:
            raise ValueError(f"unknown moment style {style!r}")
        has_time = isinstance(value, dt.datetime | dt.time)
        has_date = isinstance(value, dt.date)  # a datetime is a date too
        if (style in _TIME_STYLES and not has_time) or (style in _DATE_STYLES and not has_date):
            raise TypeError(f"a {type(value).__name__} cannot be written as {style!r}")
        moment = super().__new__(cls, _english(value, style))
        moment.value = value
        moment.style = style
        return moment

    def __reduce__(self) -> tuple[type[Moment], tuple[object, str]]:
        return (Moment, (self.value, self.style))


def _english(value: dt.datetime | dt.date | dt.time, style: MomentStyle) -> str:
    if style == "time":
        assert isinstance(value, dt.datetime | dt.time)
        return f"{value.hour:02d}:{value.minute:02d}"
    assert isinstance(value, dt.date)
    day_month = f"{value.day:02d} {MONTH_ABBREVIATIONS[value.month - 1]}"
    long_date = f"{WEEKDAY_NAMES[value.weekday()]} {value.day} {MONTH_NAMES[value.month - 1]}"
    if style == "date":
        return f"{day_month} {value.year}"
    if style == "day_month":
        return day_month
    if style == "day_time":
        assert isinstance(value, dt.datetime)
        return f"{DAY_NAMES[value.weekday()]} {day_month} {value.hour:02d}:{value.minute:02d}"
    if style == "long_date":
        return long_date
    return f"{long_date} {value.year}"


class Said(str):
    """A sentence for the user, in English, that keeps its template and values.

    It is the English text wherever a ``str`` goes (the CLI, logs, tests), and a front end
    can say it in the user's language: the GUI looks the template up in its catalogues
    (context "console", extracted from ``Said("…")`` calls by ``python -m ui.translations
    update``) and fills in the values. The template must be a literal for that to work.

    Values that are numbers (``int``, ``float``) or ``Moment``s come out in the user's
    language too (digits, day and month names), so pass them as such, not pre-formatted; a
    value that is itself a ``Said`` is said in the user's language as well. Templates use
    plain ``{name}`` fields, or ``{n:,}`` for a number with its thousands grouped ("4,000"):
    no other format spec, since the front end writes each value by its type.
    """

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Said:
        said = super().__new__(cls, template.format(**values) if values else template)
        said.template = template
        said.values = values
        return said


def joined(parts: Sequence[str], separator: Literal["; ", ", "] = "; ") -> str:
    """Sentences (``Said`` or not) run together, each still sayable in the user's language."""
    if not parts:
        return ""
    said: str = parts[-1]
    for part in reversed(parts[:-1]):
        if separator == "; ":
            said = Said("{first}; {rest}", first=part, rest=said)
        else:
            said = Said("{first}, {rest}", first=part, rest=said)
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
        problems = [
            Said("{field}: {problem}", field=field.replace("_", " "), problem=msg)
            for field, msg in errors.items()
        ]
        super().__init__(Said("Please correct: {problems}.", problems=joined(problems)))
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
