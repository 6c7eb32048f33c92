"""iCalendar export of an agent's callbacks, so they show up in Outlook, Google or Apple Calendar.

Each callback becomes one event whose UID depends only on the callback's id and whose
SEQUENCE is the row's version: importing a newer export updates the events in place instead
of adding duplicates, and a cancelled callback turns into a cancelled event.

Times are written in UTC (``...Z``), so the file needs no VTIMEZONE and every calendar shows
the window in the agent's own zone; the customer's local time is spelled out in the
description, because that is the clock the promise was made in.

Events are marked ``CLASS:PRIVATE``: they carry customers' names, numbers and notes, and
calendars synced to Exchange or Google are often visible to colleagues.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from console.errors import Said, UserFacingError
from console.storage.models import OPEN_CALLBACK_STATES, CallbackState
from console.validation import is_time_zone

PRODID = "-//Agent Console//Callbacks//EN"
ALARM_BEFORE = dt.timedelta(minutes=5)

_E164 = re.compile(r"\+[1-9][0-9]{1,14}")
_HOST = re.compile(r"[^\s@<>]+")


@dataclass(frozen=True)
class CalendarItem:
    """One callback as the calendar sees it; built by the callbacks service, no ORM here."""

    callback_id: int
    customer_name: str
    phone: str  # E.164
    start: dt.datetime  # aware UTC (the promised window)
    end: dt.datetime  # aware UTC
    customer_zone: str  # IANA zone of the customer
    promise: str  # the promise sentence read to the customer
    note: str
    state: str  # a CallbackState value: "pending", "claimed", "kept", ...
    updated: dt.datetime  # aware UTC, becomes DTSTAMP/LAST-MODIFIED
    sequence: int  # the row's version, becomes SEQUENCE so calendar apps update in place


def callbacks_to_ics(
    items: Iterable[CalendarItem], *, calendar_name: str, host: str = "agent-console"
) -> bytes:
    """The callbacks as one iCalendar (RFC 5545) file, UTF-8 with CRLF line ends.

    Raises ``ValueError`` for data no caller should produce (naive datetimes, an end before
    the start, an unknown state, a phone not in E.164, the same callback twice): those are
    bugs upstream, not something the agent can fix.
    """
    if not _HOST.fullmatch(host):
        raise ValueError(f"host must be a bare host name for the UIDs, got {host!r}")
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    # PUBLISH: a snapshot to import or subscribe to, not an invitation to answer.
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", calendar_name)
    seen: set[int] = set()
    for item in items:
        if item.callback_id in seen:
            raise ValueError(f"callback {item.callback_id} appears twice in the export")
        seen.add(item.callback_id)
        cal.add_component(_event(item, host))
    data: bytes = cal.to_ical()
    return data


def _event(item: CalendarItem, host: str) -> icalendar.Event:
    start = _utc(item.start, "start", item)
    end = _utc(item.end, "end", item)
    updated = _utc(item.updated, "updated", item)
    if end < start:
        raise ValueError(f"callback {item.callback_id} ends before it starts")
    if not _E164.fullmatch(item.phone):
        raise ValueError(f"callback {item.callback_id} has a phone not in E.164: {item.phone!r}")
    state = CallbackState(item.state)  # ValueError for a state this program does not know
    is_open = state.value in OPEN_CALLBACK_STATES
    # One line: calendar apps show the summary in a single row.
    name = " ".join(item.customer_name.split())
    summary = f"Call back {name} ({item.phone})"

    event = icalendar.Event()
    event.add("uid", f"callback-{item.callback_id}@{host}")
    event.add("dtstamp", updated)
    event.add("last-modified", updated)
    event.add("sequence", item.sequence)
    event.add("dtstart", start)
    if end > start:
        # RFC 5545 wants DTEND later than DTSTART; without it the event is an instant.
        event.add("dtend", end)
    event.add("summary", summary)
    event.add("description", _description(item, start, end, state))
    event.add("location", f"tel:{item.phone}")
    event.add("url", f"tel:{item.phone}")
    event.add("status", "CANCELLED" if state is CallbackState.CANCELLED else "CONFIRMED")
    event.add("class", "PRIVATE")
    if is_open:
        # Only open callbacks remind: a kept or cancelled one needs no call.
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", -ALARM_BEFORE)
        alarm.add("description", f"{summary} in 5 minutes")
        event.add_component(alarm)
    return event


def _utc(value: dt.datetime, field: str, item: CalendarItem) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"callback {item.callback_id}: {field} is a naive datetime")
    return value.astimezone(dt.UTC)


def _description(
    item: CalendarItem, start: dt.datetime, end: dt.datetime, state: CallbackState
) -> str:
    promise, note = _plain_lines(item.promise), _plain_lines(item.note)
    lines = []
    if promise:
        lines.append(f"Promise: {promise}")
    lines.append(f"Customer's time: {_local_window(start, end, item.customer_zone)}")
    if note:
        lines += ["", "Note:", note]
    lines += ["", f"Callback {item.callback_id}, {state.value}."]
    return "\n".join(lines)


def _plain_lines(text: str) -> str:
    """Text pasted from Windows or old Macs ends lines in CR: iCalendar knows only "\\n"."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _local_window(start: dt.datetime, end: dt.datetime, zone_name: str) -> str:
    """The window on the customer's clock, e.g. "2025-03-04 14:00–14:30 (Asia/Bangkok)"."""
    if not is_time_zone(zone_name):
        return f"time zone {zone_name}" if zone_name.strip() else "time zone not known"
    zone = ZoneInfo(zone_name)
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    text = local_start.strftime("%Y-%m-%d %H:%M")
    if local_end != local_start:
        same_day = local_end.date() == local_start.date()
        text += "–" + local_end.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")
    return f"{text} ({zone_name})"


def write_ics(path: Path, data: bytes) -> None:
    """Write the export so a calendar app polling the file never reads half of it.

    The bytes go to a temporary file next to ``path``, are flushed to disk, and replace
    ``path`` in one step; on failure the temporary file is removed and the old export is
    left as it was. The file is created readable by its owner only (customer data).
    """
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        reason = exc.strerror or str(exc)
        raise UserFacingError(
            Said("The calendar could not be saved to “{path}” ({problem}). Choose another "
                 "folder, or close the file if another program has it open.", path=str(path),
                 problem=reason),
            detail=str(exc),
        ) from exc  # fmt: skip
