"""The iCalendar export, read back with icalendar the way a calendar app would read it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from console.errors import UserFacingError
from console.integrations.calendar import CalendarItem, callbacks_to_ics, write_ics

UTC = dt.UTC


def _item(**changes: object) -> CalendarItem:
    base = CalendarItem(
        callback_id=42,
        customer_name="สมชาย ใจดี",
        phone="+66812345678",
        start=dt.datetime(2025, 3, 4, 7, 0, tzinfo=UTC),
        end=dt.datetime(2025, 3, 4, 7, 30, tzinfo=UTC),
        customer_zone="Asia/Bangkok",
        promise="We will call you back between 14:00 and 14:30 today.",
        note="Refund for AU 213; asked for EUR, not THB.\nPrefers Thai, ภาษาไทย.",
        state="pending",
        updated=dt.datetime(2025, 3, 3, 12, 5, 9, tzinfo=UTC),
        sequence=3,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _parse(data: bytes) -> icalendar.Calendar:
    cal = icalendar.Calendar.from_ical(data)
    assert isinstance(cal, icalendar.Calendar)
    return cal


def _events(data: bytes) -> list[icalendar.Event]:
    return [e for e in _parse(data).walk("VEVENT") if isinstance(e, icalendar.Event)]


def test_calendar_header() -> None:
    cal = _parse(callbacks_to_ics([_item()], calendar_name="Dana’s callbacks; Q1, Bangkok"))
    assert str(cal["PRODID"]) == "-//Agent Console//Callbacks//EN"
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["METHOD"]) == "PUBLISH"
    assert str(cal["X-WR-CALNAME"]) == "Dana’s callbacks; Q1, Bangkok"


def test_every_event_field() -> None:
    (event,) = _events(callbacks_to_ics([_item()], calendar_name="Callbacks", host="pc-17"))
    assert str(event["UID"]) == "callback-42@pc-17"
    assert event.decoded("DTSTART") == dt.datetime(2025, 3, 4, 7, 0, tzinfo=UTC)
    assert event.decoded("DTEND") == dt.datetime(2025, 3, 4, 7, 30, tzinfo=UTC)
    assert event.decoded("DTSTART").utcoffset() == dt.timedelta(0)
    assert str(event["SUMMARY"]) == "Call back สมชาย ใจดี (+66812345678)"
    assert str(event["LOCATION"]) == "tel:+66812345678"
    assert str(event["URL"]) == "tel:+66812345678"
    assert event.decoded("SEQUENCE") == 3
    assert event.decoded("DTSTAMP") == dt.datetime(2025, 3, 3, 12, 5, 9, tzinfo=UTC)
    assert event.decoded("LAST-MODIFIED") == dt.datetime(2025, 3, 3, 12, 5, 9, tzinfo=UTC)
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["CLASS"]) == "PRIVATE"
    assert str(event["DESCRIPTION"]) == (
        "Promise: We will call you back between 14:00 and 14:30 today.\n"
        "Customer's time: 2025-03-04 14:00–14:30 (Asia/Bangkok)\n"
        "\n"
        "Note:\n"
        "Refund for AU 213; asked for EUR, not THB.\n"
        "Prefers Thai, ภาษาไทย.\n"
        "\n"
        "Callback 42, pending."
    )
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == dt.timedelta(minutes=-5)
    assert str(alarm["DESCRIPTION"]) == "Call back สมชาย ใจดี (+66812345678) in 5 minutes"


def test_utc_times_are_written_with_z_and_lines_end_in_crlf() -> None:
    data = callbacks_to_ics([_item()], calendar_name="Callbacks")
    assert b"DTSTART:20250304T070000Z\r\n" in data
    assert b"DTEND:20250304T073000Z\r\n" in data
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded in octets


@pytest.mark.parametrize(
    ("name", "note"),
    [
        ("Мария Иванова-Петрова", "Перезвонить; спросить, про возврат.\nВторая строка"),
        ("مریم رضایی", "تماس مجدد؛ درباره بازپرداخت، ساعت ۱۴:۰۰\\ پایان"),
        ('O\'Brien, "Pat"; Jr.', "a,b;c:d\\e\r\nf\n\ng " + "ก" * 80),
    ],
)
def test_non_ascii_and_special_characters_survive(name: str, note: str) -> None:
    (event,) = _events(
        callbacks_to_ics([_item(customer_name=name, note=note, promise="")], calendar_name=name)
    )
    assert str(event["SUMMARY"]) == f"Call back {name} (+66812345678)"
    description = str(event["DESCRIPTION"])
    assert not description.startswith("Promise")  # an empty promise is left out
    assert f"\nNote:\n{note.replace(chr(13), '').strip()}\n\nCallback 42" in description


def test_summary_is_kept_to_one_line() -> None:
    (event,) = _events(
        callbacks_to_ics([_item(customer_name=" Anna\n  Schmidt\t")], calendar_name="x")
    )
    assert str(event["SUMMARY"]) == "Call back Anna Schmidt (+66812345678)"


def test_uid_is_stable_and_sequence_follows_the_row_version() -> None:
    first = _events(callbacks_to_ics([_item(sequence=1)], calendar_name="x"))[0]
    later = _events(
        callbacks_to_ics(
            [_item(sequence=5, note="moved", updated=dt.datetime(2025, 3, 4, 1, tzinfo=UTC))],
            calendar_name="renamed",
        )
    )[0]
    assert str(first["UID"]) == str(later["UID"]) == "callback-42@agent-console"
    assert (first.decoded("SEQUENCE"), later.decoded("SEQUENCE")) == (1, 5)


def test_same_input_gives_the_same_bytes() -> None:
    items = [_item(), _item(callback_id=43)]
    assert callbacks_to_ics(items, calendar_name="x") == callbacks_to_ics(items, calendar_name="x")


@pytest.mark.parametrize(
    ("state", "status", "alarms"),
    [
        ("pending", "CONFIRMED", 1),
        ("claimed", "CONFIRMED", 1),
        ("kept", "CONFIRMED", 0),
        ("broken", "CONFIRMED", 0),
        ("failed", "CONFIRMED", 0),
        ("cancelled", "CANCELLED", 0),
    ],
)
def test_status_and_reminder_follow_the_state(state: str, status: str, alarms: int) -> None:
    (event,) = _events(callbacks_to_ics([_item(state=state)], calendar_name="x"))
    assert str(event["STATUS"]) == status
    assert len(event.walk("VALARM")) == alarms
    assert str(event["DESCRIPTION"]).endswith(f"Callback 42, {state}.")


def test_one_event_per_callback_in_order() -> None:
    items = [_item(callback_id=i, phone=f"+4930123456{i}") for i in (7, 3, 9)]
    events = _events(callbacks_to_ics(items, calendar_name="x"))
    assert [str(e["UID"]) for e in events] == [
        "callback-7@agent-console",
        "callback-3@agent-console",
        "callback-9@agent-console",
    ]
    assert [str(e["URL"]) for e in events] == ["tel:+49301234567", "tel:+49301234563",
                                               "tel:+49301234569"]  # fmt: skip


def test_no_callbacks_is_an_empty_but_valid_calendar() -> None:
    cal = _parse(callbacks_to_ics(iter([]), calendar_name="x"))
    assert cal.walk("VEVENT") == []
    assert str(cal["X-WR-CALNAME"]) == "x"


def test_other_aware_zones_are_converted_to_utc() -> None:
    bangkok = ZoneInfo("Asia/Bangkok")
    item = _item(start=dt.datetime(2025, 3, 4, 14, 0, tzinfo=bangkok),
                 end=dt.datetime(2025, 3, 4, 14, 30, tzinfo=bangkok))  # fmt: skip
    data = callbacks_to_ics([item], calendar_name="x")
    assert b"DTSTART:20250304T070000Z\r\n" in data


def test_window_across_midnight_and_unknown_zone_in_description() -> None:
    item = _item(
        start=dt.datetime(2025, 3, 4, 16, 30, tzinfo=UTC),
        end=dt.datetime(2025, 3, 4, 17, 30, tzinfo=UTC),
        customer_zone="Asia/Tehran",
    )
    (event,) = _events(callbacks_to_ics([item], calendar_name="x"))
    assert "Customer's time: 2025-03-04 20:00–21:00 (Asia/Tehran)" in str(event["DESCRIPTION"])
    item = dataclasses.replace(item, customer_zone="Asia/Bangkok")
    (event,) = _events(callbacks_to_ics([item], calendar_name="x"))
    assert "2025-03-04 23:30–2025-03-05 00:30 (Asia/Bangkok)" in str(event["DESCRIPTION"])
    for zone, shown in (("Mars/Olympus", "time zone Mars/Olympus"), ("", "time zone not known")):
        item = dataclasses.replace(item, customer_zone=zone)
        (event,) = _events(callbacks_to_ics([item], calendar_name="x"))
        assert f"Customer's time: {shown}\n" in str(event["DESCRIPTION"])


def test_zero_length_window_has_no_dtend() -> None:
    at = dt.datetime(2025, 3, 4, 7, 0, tzinfo=UTC)
    (event,) = _events(callbacks_to_ics([_item(start=at, end=at)], calendar_name="x"))
    assert event.decoded("DTSTART") == at
    assert "DTEND" not in event


@pytest.mark.parametrize("field", ["start", "end", "updated"])
def test_naive_datetimes_are_a_programming_error(field: str) -> None:
    naive = dt.datetime(2025, 3, 4, 7, 0)
    with pytest.raises(ValueError, match=f"{field} is a naive datetime"):
        callbacks_to_ics([_item(**{field: naive})], calendar_name="x")


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"end": dt.datetime(2025, 3, 4, 6, 0, tzinfo=UTC)}, "ends before it starts"),
        ({"state": "snoozed"}, "snoozed"),
        ({"phone": "+66812345678\r\nX-EVIL:1"}, "E.164"),
        ({"phone": "0812345678"}, "E.164"),
    ],
)
def test_impossible_items_are_a_programming_error(changes: dict[str, object], says: str) -> None:
    with pytest.raises(ValueError, match=says):
        callbacks_to_ics([_item(**changes)], calendar_name="x")


def test_the_same_callback_twice_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="appears twice"):
        callbacks_to_ics([_item(), _item(note="again")], calendar_name="x")


@pytest.mark.parametrize("host", ["", "agent console", "a@b"])
def test_host_must_be_a_bare_name(host: str) -> None:
    with pytest.raises(ValueError, match="host"):
        callbacks_to_ics([_item()], calendar_name="x", host=host)


# ---- writing the file -----------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder of its own (tmp_path also holds the test's isolated home)."""
    path = tmp_path / "exports"
    path.mkdir()
    return path


def test_write_replaces_the_file_and_leaves_no_temporary_file(folder: Path) -> None:
    target = folder / "callbacks.ics"
    target.write_bytes(b"old export")
    data = callbacks_to_ics([_item()], calendar_name="x")
    write_ics(target, data)
    assert target.read_bytes() == data
    assert os.listdir(folder) == ["callbacks.ics"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_written_file_is_private_to_the_agent(tmp_path: Path) -> None:
    target = tmp_path / "callbacks.ics"
    write_ics(target, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert target.stat().st_mode & 0o077 == 0


def test_missing_folder_names_the_path(tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "callbacks.ics"
    with pytest.raises(UserFacingError) as info:
        write_ics(target, b"data")
    assert f"“{target}”" in info.value.message
    assert "Choose another folder" in info.value.message


def test_folder_that_is_a_file_names_the_path(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    target = tmp_path / "file" / "callbacks.ics"
    with pytest.raises(UserFacingError, match="could not be saved to"):
        write_ics(target, b"data")


def test_failed_replace_keeps_the_old_file_and_removes_the_temporary_one(folder: Path) -> None:
    target = folder / "callbacks.ics"
    target.mkdir()  # os.replace cannot put a file over a folder, even as root
    (target / "keep").write_text("old")
    with pytest.raises(UserFacingError) as info:
        write_ics(target, b"data")
    assert str(target) in info.value.message
    assert os.listdir(folder) == ["callbacks.ics"]
    assert (target / "keep").read_text() == "old"


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root ignores folder permissions"
)
def test_read_only_folder_names_the_path(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(UserFacingError, match="locked"):
            write_ics(folder / "callbacks.ics", b"data")
    finally:
        folder.chmod(0o700)
