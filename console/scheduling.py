"""When a promised callback may ring the customer.

Calling hours are the customer's, not the agent's: windows are written in the customer's local
wall-clock time, public holidays are the customer's country's, and the daylight-saving edges of
the customer's zone decide which instants those wall-clock times are. Everything here is pure
(no database, no Qt) so the callbacks service and the UI can both ask the same questions and
get the same answers, and so the rules can be tested without either.

Instants are aware UTC ``datetime``s everywhere (house style rule 7); a zone name only turns up
where a wall-clock time has to be read or written.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

from console.errors import DAY_NAMES as DAY_NAMES
from console.errors import MONTH_NAMES as MONTH_NAMES
from console.errors import WEEKDAY_NAMES as WEEKDAY_NAMES
from console.errors import Moment, Said, ValidationError

UTC = dt.UTC

DEFAULT_WINDOWS = "Mon-Fri 09:00-20:00; Sat 10:00-16:00"

# Countries whose working week is not Monday to Friday. Calling hours there follow the working
# week only: weekend hours are a compliance decision, so none are guessed here.
# - Iran: the weekend is Friday, and Thursday afternoon.
# - Saudi Arabia, Kuwait, Qatar, Bahrain, Oman, Jordan, Egypt, Iraq, Algeria, Israel: the weekend
#   is Friday and Saturday, the working week Sunday to Thursday.
# - The United Arab Emirates moved to a Saturday-Sunday weekend in 2022, so the default applies.
COUNTRY_WINDOWS: dict[str, str] = {
    "IR": "Sat-Wed 09:00-20:00; Thu 09:00-13:00",
    **dict.fromkeys(
        ("SA", "KW", "QA", "BH", "OM", "JO", "EG", "IQ", "DZ", "IL"), "Sun-Thu 09:00-20:00"
    ),
}

SEARCH_DAYS = 60
"""How far ahead ``next_slot`` looks before it gives up."""

SLOT_STEP = dt.timedelta(minutes=5)
"""Slots start on a five-minute mark, and the tail of a window is offered only if this long."""

PAST_GRACE = dt.timedelta(minutes=1)
"""A start this close behind ``now`` still counts as now: the agent took a moment to click."""

_MINUS = "\u2212"
_TICK = dt.timedelta(microseconds=1)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=UTC)

RefusalReason = Literal["outside", "holiday", "past"]


class CallingHours(str):
    """Calling windows inside a sentence ("Sat-Wed 09:00-20:00"): English where a ``str`` goes,
    and a front end may write the days and times in the user's language. Windows the user
    must type stay plain text: the parser reads English day names only."""


# --- Data ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WindowRule:
    """One span on one weekday, in the customer's local wall-clock time.

    ``end`` is exclusive and on the same day as ``start``: a window never crosses midnight,
    because "which day's rule is this" would otherwise depend on the zone's DST edges.
    """

    weekday: int  # 0 = Monday … 6 = Sunday
    start: dt.time
    end: dt.time

    def __post_init__(self) -> None:
        # Bad rules can only come from code (user text goes through parse_windows), so a
        # broken one is a bug, not something to show the agent.
        if not 0 <= self.weekday <= 6:
            raise ValueError(f"weekday must be 0..6, got {self.weekday}")
        for value in (self.start, self.end):
            if value.tzinfo is not None or value.second or value.microsecond:
                raise ValueError(f"window times are naive whole minutes, got {value!r}")
        if self.end <= self.start:
            raise ValueError(f"window must end after it starts: {self.start}-{self.end}")


@dataclass(frozen=True)
class CallingPolicy:
    """Which local hours, and whether the customer's public holidays are off limits."""

    rules: tuple[WindowRule, ...]
    country: str = ""  # ISO 3166 alpha-2 for public holidays; "" = no holidays
    honour_holidays: bool = True


@dataclass(frozen=True)
class Slot:
    """A span of real time to call in, with the zone it was planned in for read-backs."""

    start: dt.datetime  # aware, UTC
    end: dt.datetime  # aware, UTC
    zone: str  # IANA zone the slot was planned in

    def __post_init__(self) -> None:
        # Normalise to UTC here so equality and storage never depend on which aware form
        # the caller happened to have.
        _require_aware(self.start, "start")
        _require_aware(self.end, "end")
        if self.end <= self.start:
            raise ValueError(f"slot must end after it starts: {self.start} - {self.end}")
        object.__setattr__(self, "start", self.start.astimezone(UTC))
        object.__setattr__(self, "end", self.end.astimezone(UTC))


# --- Errors ----------------------------------------------------------------------------------


class NonexistentLocalTime(ValidationError):
    """The wall-clock time does not exist in that zone (the clocks jump over it).

    The two instants offered are the last whole minute before the jump (``earlier``, e.g.
    01:59 on the old offset) and the transition instant itself (``later``, the first valid
    wall-clock time after the gap, e.g. 03:00 on the new offset). Both are aware UTC.
    """

    def __init__(
        self, message: str, *, zone: str, earlier: dt.datetime, later: dt.datetime
    ) -> None:
        super().__init__(message)
        self.zone = zone
        self.earlier = earlier
        self.later = later


class AmbiguousLocalTime(ValidationError):
    """The wall-clock time happens twice (the clocks go back).

    ``first`` is the earlier occurrence (fold=0, before the clocks go back) and ``second`` the
    later one (fold=1); both aware UTC. Pass ``fold=`` to ``resolve_local`` to pick one.
    """

    def __init__(self, message: str, *, zone: str, first: dt.datetime, second: dt.datetime) -> None:
        super().__init__(message)
        self.zone = zone
        self.first = first
        self.second = second


class SlotRefused(ValidationError):
    """A proposed time may not ring the customer; ``next_slot`` is the first one that may.

    ``next_slot`` is None when nothing is open within ``SEARCH_DAYS`` days. ``reason`` lets the
    UI react without parsing the message: "outside", "holiday" or "past".
    """

    def __init__(self, message: str, *, reason: RefusalReason, next_slot: Slot | None) -> None:
        super().__init__(message)
        self.reason: RefusalReason = reason
        self.next_slot = next_slot


# --- Calling windows as text -----------------------------------------------------------------

_DAY_LOOKUP: dict[str, int] = {
    **{name.lower(): i for i, name in enumerate(DAY_NAMES)},
    **{name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)},
}
_PART_SPLIT = re.compile(r"[;\n]")
_DAY_ITEM = re.compile(r"([A-Za-z]+)(?:\s*[-–]\s*([A-Za-z]+))?")
_SPAN = re.compile(r"([0-9]{1,2}):([0-9]{2})\s*[-–]\s*([0-9]{1,2}):([0-9]{2})")
_SPAN_SEPARATOR = re.compile(r"\s*,\s*|\s+")
_FIRST_DIGIT = re.compile(r"[0-9]")


def windows_for_country(country: str) -> str:
    """The calling windows a customer in that country gets unless someone sets others."""
    return COUNTRY_WINDOWS.get(country.strip().upper(), DEFAULT_WINDOWS)


def policy_for_country(country: str, *, honour_holidays: bool = True) -> CallingPolicy:
    """The default policy for a customer in ``country``: its working week and its holidays."""
    code = country.strip().upper()
    return CallingPolicy(parse_windows(windows_for_country(code)), code, honour_holidays)


def parse_windows(text: str) -> tuple[WindowRule, ...]:
    """Read calling windows typed by a person, e.g. ``Mon-Fri 09:00-20:00; Sat 10:00-16:00``.

    Parts are separated by ``;`` (or new lines). A part is days then spans: days are English
    day names (``Mon`` or ``Monday``, any case), ranges that may wrap (``Sat-Wed``) and lists
    (``Mon,Wed``); spans are ``HH:MM-HH:MM``, several allowed (``09:00-12:00, 13:00-17:00``).
    Overlapping spans on a day are refused rather than merged: they are almost always a typo,
    and merging would hide it. The rules come back sorted by weekday and start.
    """
    if not text.strip():
        raise ValidationError(_NO_WINDOWS)
    rules: list[WindowRule] = []
    for raw in _PART_SPLIT.split(text):
        part = raw.strip()
        if part:
            rules.extend(_parse_part(part))
    if not rules:
        raise ValidationError(_NO_WINDOWS)
    rules.sort(key=_rule_key)
    for before, after in itertools.pairwise(rules):
        if before.weekday == after.weekday and after.start < before.end:
            raise ValidationError(
                Said(
                    "{later} overlaps {earlier}: make them one window or move one of them.",
                    later=_format_rule(after),
                    earlier=_format_rule(before),
                )
            )
    return tuple(rules)


def _parse_part(part: str) -> list[WindowRule]:
    first_digit = _FIRST_DIGIT.search(part)
    days_text = part[: first_digit.start()] if first_digit else part
    spans_text = part[first_digit.start() :] if first_digit else ""
    if not days_text.strip() or not spans_text:
        raise _not_a_window(part)
    days = _parse_days(days_text, part)
    spans = _parse_spans(spans_text, part)
    return [WindowRule(day, start, end) for day in sorted(days) for start, end in spans]


def _parse_days(days_text: str, part: str) -> set[int]:
    days: set[int] = set()
    for item in days_text.split(","):
        match = _DAY_ITEM.fullmatch(item.strip())
        if match is None:
            raise _not_a_window(part)
        first = _day_number(match.group(1), part)
        last = _day_number(match.group(2), part) if match.group(2) else first
        length = (last - first) % 7 + 1  # wraps: Sat-Wed is Sat, Sun, Mon, Tue, Wed
        days.update((first + i) % 7 for i in range(length))
    return days


def _day_number(name: str, part: str) -> int:
    number = _DAY_LOOKUP.get(name.lower())
    if number is None:
        raise ValidationError(
            Said(
                "In “{part}”, “{name}” is not a day: use Mon, Tue, Wed, Thu, Fri, Sat or Sun, "
                "and write it like “{example}”.",
                part=_clip(part),
                name=_clip(name),
                example=DEFAULT_WINDOWS,
            )
        )
    return number


def _parse_spans(spans_text: str, part: str) -> list[tuple[dt.time, dt.time]]:
    spans: list[tuple[dt.time, dt.time]] = []
    position = 0
    while True:
        match = _SPAN.match(spans_text, position)
        if match is None:
            raise _not_a_window(part)
        start = _parse_time(match.group(1), match.group(2), part, is_end=False)
        end = _parse_time(match.group(3), match.group(4), part, is_end=True)
        if end <= start:
            raise ValidationError(
                Said(
                    "“{part}” ends before it starts: a window must end later the same day. "
                    "To call across midnight, split it in two, e.g. "
                    "“Fri 20:00-23:59; Sat 00:00-01:00”.",
                    part=_clip(part),
                )
            )
        spans.append((start, end))
        position = match.end()
        if position == len(spans_text):
            return spans
        separator = _SPAN_SEPARATOR.match(spans_text, position)
        if separator is None or separator.end() == len(spans_text):
            raise _not_a_window(part)
        position = separator.end()


def _parse_time(hours: str, minutes: str, part: str, *, is_end: bool) -> dt.time:
    hour, minute = int(hours), int(minutes)
    if is_end and (hour, minute) == (24, 0):
        raise ValidationError(
            Said(
                "“{part}” ends at 24:00: end the window at 23:59 instead "
                "(windows cannot cross midnight).",
                part=_clip(part),
            )
        )
    if hour > 23 or minute > 59:
        raise ValidationError(
            Said(
                "“{part}” has the impossible time {time}: hours go from 00 to 23 and minutes "
                "from 00 to 59, e.g. “{example}”.",
                part=_clip(part),
                time=f"{hours}:{minutes}",
                example=DEFAULT_WINDOWS,
            )
        )
    return dt.time(hour, minute)


_NO_WINDOWS = Said("No calling windows given: write it like “{example}”.", example=DEFAULT_WINDOWS)


def _not_a_window(part: str) -> ValidationError:
    return ValidationError(
        Said("“{part}” is not a window: write it like “{example}”.", part=_clip(part),
             example=DEFAULT_WINDOWS)
    )  # fmt: skip


def _clip(text: str, limit: int = 40) -> str:
    # Arbitrary pasted text must not turn into an error message the size of a page.
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_windows(rules: Iterable[WindowRule]) -> str:
    """The shortest text ``parse_windows`` reads back into the same rules.

    Days with identical spans are grouped, consecutive days (wrapping past Sunday) become
    ranges, and groups are ordered by their earliest weekday so that the defaults read
    exactly as they are written above. An empty rule set gives "".
    """
    by_day: dict[int, list[tuple[dt.time, dt.time]]] = {}
    for rule in sorted(rules, key=_rule_key):
        by_day.setdefault(rule.weekday, []).append((rule.start, rule.end))
    groups: dict[tuple[tuple[dt.time, dt.time], ...], set[int]] = {}
    for day, day_spans in by_day.items():
        groups.setdefault(tuple(day_spans), set()).add(day)
    parts = []
    for spans, days in sorted(groups.items(), key=lambda item: min(item[1])):
        span_text = ", ".join(f"{_hhmm(start)}-{_hhmm(end)}" for start, end in spans)
        parts.append(f"{_format_days(days)} {span_text}")
    return "; ".join(parts)


def _format_days(days: set[int]) -> str:
    if len(days) == 7:
        return f"{DAY_NAMES[0]}-{DAY_NAMES[6]}"
    runs: list[list[int]] = []
    for first in sorted(days):
        if (first - 1) % 7 in days:
            continue  # not the start of a run
        run = [first]
        while (run[-1] + 1) % 7 in days:
            run.append((run[-1] + 1) % 7)
        runs.append(run)
    runs.sort(key=min)
    return ",".join(
        DAY_NAMES[run[0]] if len(run) == 1 else f"{DAY_NAMES[run[0]]}-{DAY_NAMES[run[-1]]}"
        for run in runs
    )


def _format_rule(rule: WindowRule) -> str:
    return f"{DAY_NAMES[rule.weekday]} {_hhmm(rule.start)}-{_hhmm(rule.end)}"


def _rule_key(rule: WindowRule) -> tuple[int, dt.time, dt.time]:
    return (rule.weekday, rule.start, rule.end)


# --- Zones and wall-clock times --------------------------------------------------------------


def check_zone(zone: str) -> ZoneInfo:
    """The zone for an IANA name, or a ValidationError the agent can act on."""
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: a directory such as "America"; ValueError: paths and non-zone files.
        raise ValidationError(
            Said(
                "Unknown time zone “{zone}”: use an IANA name such as Europe/Tallinn.",
                zone=_clip(zone),
            )
        ) from None


def resolve_local(local: dt.datetime, zone: str, *, fold: int | None = None) -> dt.datetime:
    """The UTC instant a customer means by a naive wall-clock time in their zone.

    A time the clocks jump over raises ``NonexistentLocalTime``: shifting it silently would
    promise the customer a time they never agreed to. A time that happens twice raises
    ``AmbiguousLocalTime`` unless ``fold`` (0 = first, 1 = second occurrence) says which;
    ``fold`` is ignored for ordinary times.
    """
    if local.tzinfo is not None:
        raise ValueError("resolve_local takes a naive wall-clock time")
    if fold not in (None, 0, 1):
        raise ValueError(f"fold must be None, 0 or 1, got {fold}")
    tz = check_zone(zone)
    # zoneinfo interprets fold=0 with the offset before a transition and fold=1 with the one
    # after; they differ only near a transition, and a round trip tells a gap from a fold.
    as_first = local.replace(tzinfo=tz, fold=0).astimezone(UTC)
    as_second = local.replace(tzinfo=tz, fold=1).astimezone(UTC)
    if as_first == as_second:
        return as_first
    round_trips = [_wall(u, tz) == local for u in (as_first, as_second)]
    if all(round_trips):
        if fold is None:
            raise _ambiguous(local, zone, tz, as_first, as_second)
        return as_second if fold == 1 else as_first
    if not any(round_trips):
        transition = _first_change(min(as_first, as_second), max(as_first, as_second), tz)
        raise _nonexistent(local, zone, tz, transition)
    # One reading exists and the other lands elsewhere: a transition right next to this
    # time, but not over it. The reading that comes back unchanged is the real one.
    return as_first if round_trips[0] else as_second


def _ambiguous(
    local: dt.datetime, zone: str, tz: ZoneInfo, first: dt.datetime, second: dt.datetime
) -> AmbiguousLocalTime:
    transition = _first_change(first, second, tz)
    before, after = _offset(transition - _TICK, tz), _offset(transition, tz)
    message = Said(
        "{date} {time} happens twice in {zone}: the clocks go back from {from_time} to "
        "{to_time}. Choose the first {time} ({first_offset}) or the second {time} "
        "({second_offset}).",
        date=Moment(local.date(), "date"),
        time=Moment(local.time(), "time"),
        zone=zone,
        from_time=Moment((transition + before).time(), "time"),
        to_time=Moment((transition + after).time(), "time"),
        first_offset=_format_offset(before),
        second_offset=_format_offset(after),
    )
    return AmbiguousLocalTime(message, zone=zone, first=first, second=second)


def _nonexistent(
    local: dt.datetime, zone: str, tz: ZoneInfo, transition: dt.datetime
) -> NonexistentLocalTime:
    earlier = transition - dt.timedelta(minutes=1)
    before, after = _offset(earlier, tz), _offset(transition, tz)
    message = Said(
        "{date} {time} does not exist in {zone}: the clocks jump from {from_time} to "
        "{to_time}. Choose {earlier} or {later}.",
        date=Moment(local.date(), "date"),
        time=Moment(local.time(), "time"),
        zone=zone,
        from_time=Moment((transition + before).time(), "time"),
        to_time=Moment((transition + after).time(), "time"),
        earlier=_choice(earlier, tz, local.date()),
        later=_choice(transition, tz, local.date()),
    )
    return NonexistentLocalTime(message, zone=zone, earlier=earlier, later=transition)


def _choice(moment: dt.datetime, tz: ZoneInfo, asked_day: dt.date) -> str:
    wall = moment.astimezone(tz)
    offset = wall.utcoffset()
    assert offset is not None
    time, utc_offset = Moment(wall.time(), "time"), _format_offset(offset)
    if wall.date() == asked_day:
        return Said("{time} ({offset})", time=time, offset=utc_offset)
    day = Moment(wall.date(), "day_month")
    return Said("{day} {time} ({offset})", day=day, time=time, offset=utc_offset)


def _wall(moment: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    return moment.astimezone(tz).replace(tzinfo=None)


def _offset(moment: dt.datetime, tz: ZoneInfo) -> dt.timedelta:
    offset = moment.astimezone(tz).utcoffset()
    assert offset is not None  # a ZoneInfo always has one
    return offset


def _first_change(low: dt.datetime, high: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """The first whole second after ``low`` whose UTC offset differs from ``low``'s.

    zoneinfo does not expose its transition table, so bisect. Callers know exactly one
    transition lies in (low, high]; tzdata transitions fall on whole seconds.
    """
    lo = int(low.timestamp())
    hi = -int(-high.timestamp() // 1)  # ceiling
    start = _offset(dt.datetime.fromtimestamp(lo, UTC), tz)
    while hi - lo > 1:
        middle = (lo + hi) // 2
        if _offset(dt.datetime.fromtimestamp(middle, UTC), tz) == start:
            lo = middle
        else:
            hi = middle
    return dt.datetime.fromtimestamp(hi, UTC)


def local_parts(moment: dt.datetime, zone: str) -> dt.datetime:
    """The aware wall-clock reading of an instant in ``zone``, for UIs to format."""
    _require_aware(moment, "moment")
    return moment.astimezone(check_zone(zone))


def is_night(moment: dt.datetime, zone: str) -> bool:
    """Whether the customer is probably asleep (before 08:00 or from 21:00 their time)."""
    hour = local_parts(moment, zone).hour
    return hour < 8 or hour >= 21


# --- Holidays --------------------------------------------------------------------------------


def holiday_name(day: dt.date, country: str) -> str | None:
    """The English name of the public holiday on ``day`` in ``country``, if any.

    A country the holidays package does not know has no holidays rather than an error: the
    country comes from customer data, and a callback must still be plannable.
    """
    code = country.strip().upper()
    if not code:
        return None
    return _holidays_in(code, day.year).get(day)


@functools.lru_cache(maxsize=256)
def _holidays_in(country: str, year: int) -> Mapping[dt.date, str]:
    # Building a year of holidays is cheap but not free, and next_slot asks about every day.
    try:
        calendar = holidays.country_holidays(country, years=year, language="en_US")
    except NotImplementedError:  # the package's "country not available"
        return {}
    return {day: str(name) for day, name in calendar.items()}


# --- Windows as instants ---------------------------------------------------------------------


def window_spans(
    day: dt.date, zone: str, policy: CallingPolicy
) -> list[tuple[dt.datetime, dt.datetime]]:
    """The aware-UTC spans in which calls may ring on that local date, sorted and merged.

    Empty on a public holiday when the policy honours them. A span is the set of instants
    whose wall-clock time is inside the window, so on DST days a window covering the gap is
    clipped to what exists (02:00-04:00 on a spring-forward day is 03:00-04:00), and a window
    inside the repeated hour yields both occurrences.
    """
    tz = check_zone(zone)
    if policy.honour_holidays and holiday_name(day, policy.country):
        return []
    pieces: list[tuple[dt.datetime, dt.datetime]] = []
    for rule in policy.rules:
        if rule.weekday == day.weekday():
            pieces.extend(_instants_between(day, rule.start, rule.end, tz))
    return _merge(pieces)


def _instants_between(
    day: dt.date, start: dt.time, end: dt.time, tz: ZoneInfo
) -> list[tuple[dt.datetime, dt.datetime]]:
    # Within one UTC offset, wall time [start, end) is the instants [start - off, end - off).
    # Every offset in force during the window shows up at one of its ends, with one fold or
    # the other; keep, for each, the part of its interval where that offset really applies.
    # Assumes at most one transition inside a window, which holds for every zone in tzdata.
    first, last = dt.datetime.combine(day, start), dt.datetime.combine(day, end)
    offsets = {
        offset
        for wall in (first, last)
        for fold in (0, 1)
        if (offset := wall.replace(tzinfo=tz, fold=fold).utcoffset()) is not None
    }
    pieces = []
    for offset in offsets:
        low = (first - offset).replace(tzinfo=UTC)
        high = (last - offset).replace(tzinfo=UTC)
        starts_right = _offset(low, tz) == offset
        ends_right = _offset(high - _TICK, tz) == offset
        if starts_right and ends_right:
            pieces.append((low, high))
        elif starts_right:
            pieces.append((low, _first_change(low, high - _TICK, tz)))
        elif ends_right:
            pieces.append((_first_change(low, high - _TICK, tz), high))
    return pieces


def _merge(
    pieces: list[tuple[dt.datetime, dt.datetime]],
) -> list[tuple[dt.datetime, dt.datetime]]:
    merged: list[tuple[dt.datetime, dt.datetime]] = []
    for start, end in sorted(pieces):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# --- Slots -----------------------------------------------------------------------------------


def next_slot(
    after: dt.datetime,
    zone: str,
    policy: CallingPolicy,
    *,
    duration: dt.timedelta = dt.timedelta(minutes=30),
) -> Slot | None:
    """The earliest slot of ``duration`` at or after ``after`` (rounded up to five minutes).

    A slot lies wholly inside one open span. When only the tail of a span is left and it is
    shorter than ``duration`` but at least five minutes, that tail is the slot: a short call
    before closing beats making the customer wait for tomorrow. Looks ``SEARCH_DAYS`` local
    days ahead; None if nothing is open in that time (for instance, a policy without rules).
    """
    _require_aware(after, "after")
    if duration <= dt.timedelta(0):
        raise ValueError(f"duration must be positive, got {duration}")
    tz = check_zone(zone)
    if not policy.rules:
        return None
    earliest = _round_up(after)
    first_day = earliest.astimezone(tz).date()
    for offset in range(SEARCH_DAYS + 1):
        for span_start, span_end in window_spans(first_day + dt.timedelta(offset), zone, policy):
            begin = max(span_start, earliest)
            if span_end - begin >= duration:
                return Slot(begin, begin + duration, zone)
            if span_end - begin >= SLOT_STEP:
                return Slot(begin, span_end, zone)
    return None


def asap_slot(
    now: dt.datetime,
    zone: str,
    policy: CallingPolicy,
    *,
    duration: dt.timedelta = dt.timedelta(minutes=30),
) -> Slot | None:
    """The slot for "call me as soon as you can".

    Now (rounded up to five minutes) when a window is open, else the start of the next one;
    the same rule as ``next_slot`` so a promise never lands outside the customer's hours.
    """
    return next_slot(now, zone, policy, duration=duration)


def check_slot(
    start: dt.datetime,
    end: dt.datetime,
    zone: str,
    policy: CallingPolicy,
    *,
    now: dt.datetime,
) -> None:
    """Refuse a proposed call time the customer's rules do not allow, offering the next one.

    Checked in the order an agent can fix them: in the past, then a public holiday (named,
    so the agent can tell the customer why), then outside the calling windows. The slot must
    fit wholly inside one open span. Times in the message are the customer's local times.
    """
    for value, name in ((start, "start"), (end, "end"), (now, "now")):
        _require_aware(value, name)
    tz = check_zone(zone)
    if end <= start:
        raise ValidationError(Said("The callback must end after it starts: pick a later end time."))
    duration = end - start
    if start < now - PAST_GRACE:
        offer = next_slot(now, zone, policy, duration=duration)
        raise SlotRefused(
            Said(
                "{start} ({zone}) is in the past. {offer}",
                start=_when(start, tz),
                zone=zone,
                offer=_offer_text(offer, policy),
            ),
            reason="past",
            next_slot=offer,
        )
    local_day = start.astimezone(tz).date()
    holiday = holiday_name(local_day, policy.country) if policy.honour_holidays else None
    if holiday:
        offer = next_slot(max(start, now), zone, policy, duration=duration)
        raise SlotRefused(
            Said(
                "{date} is a public holiday in {country} ({holiday}). {offer}",
                date=Moment(local_day, "date"),
                country=policy.country.strip().upper(),
                holiday=holiday,
                offer=_offer_text(offer, policy),
            ),
            reason="holiday",
            next_slot=offer,
        )
    spans = window_spans(local_day, zone, policy)
    if not any(span_start <= start and end <= span_end for span_start, span_end in spans):
        offer = next_slot(max(start, now), zone, policy, duration=duration)
        hours = CallingHours(format_windows(policy.rules)) or Said("none set")
        raise SlotRefused(
            Said(
                "{start}-{end} ({zone}) is outside the customer's calling hours ({hours}). {offer}",
                start=_when(start, tz),
                end=Moment(end.astimezone(tz), "time"),
                zone=zone,
                hours=hours,
                offer=_offer_text(offer, policy),
            ),
            reason="outside",
            next_slot=offer,
        )


def _offer_text(offer: Slot | None, policy: CallingPolicy) -> Said:
    if offer is None:
        return Said(
            "Nothing is open in the next {days} days: check the customer's calling hours.",
            days=SEARCH_DAYS,
        )
    tz = check_zone(offer.zone)
    day = offer.start.astimezone(tz).date()
    opens = any(start == offer.start for start, _ in window_spans(day, offer.zone, policy))
    when = _when(offer.start, tz)
    if opens:
        return Said("The next calling window opens {start} ({zone}).", start=when, zone=offer.zone)
    return Said("The earliest time you can call is {start} ({zone}).", start=when, zone=offer.zone)


def promise_sentence(slot: Slot, *, now: dt.datetime, relative: bool = True) -> Said:
    """What the agent reads back to the customer, in the customer's time.

    English where a ``str`` goes (a stored promise is English); the callback form says it in
    the interface language. ``relative=False`` never says "today" or "tomorrow": the form a
    stored promise keeps, so it reads right on any later day.
    """
    _require_aware(now, "now")
    tz = check_zone(slot.zone)
    start, end = slot.start.astimezone(tz), slot.end.astimezone(tz)
    today = now.astimezone(tz).date()
    day = start.date()
    begin, until = Moment(start, "time"), Moment(end, "time")
    if relative and day == today:
        return Said("We will call you today between {start} and {end} your time ({zone}).",
                    start=begin, end=until, zone=slot.zone)  # fmt: skip
    if relative and day == today + dt.timedelta(days=1):
        return Said("We will call you tomorrow between {start} and {end} your time ({zone}).",
                    start=begin, end=until, zone=slot.zone)  # fmt: skip
    date = Moment(day, "long_date" if day.year == today.year else "long_date_year")
    return Said(
        "We will call you on {date} between {start} and {end} your time ({zone}).",
        date=date, start=begin, end=until, zone=slot.zone,
    )  # fmt: skip


# --- Small helpers ---------------------------------------------------------------------------


def _require_aware(value: dt.datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime, got {value!r}")


def _round_up(moment: dt.datetime) -> dt.datetime:
    # timedelta arithmetic, not float timestamps: microseconds must not be rounded away.
    remainder = (moment - _EPOCH) % SLOT_STEP
    moment = moment.astimezone(UTC)
    return moment if not remainder else moment + (SLOT_STEP - remainder)


def _hhmm(value: dt.time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def _format_offset(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else _MINUS
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def _when(moment: dt.datetime, tz: ZoneInfo) -> Moment:
    """ "Tue 05 Dec 14:00" on the wall clock of ``tz``."""
    return Moment(moment.astimezone(tz), "day_time")
