"""How times, clocks, languages, countries and tags read on screen."""

from __future__ import annotations

import datetime as dt

import pytest

from ui.formatting import (
    chips_for,
    country_label,
    customer_clock,
    field_label,
    format_duration,
    humanize,
    is_night,
    language_label,
    utc_offset,
)


@pytest.mark.parametrize(
    ("zone", "utc_hour", "text", "night"),
    [
        ("Asia/Bangkok", 15, "22:00", True),
        ("Asia/Bangkok", 1, "08:00", False),
        ("Asia/Tehran", 4, "07:30", True),
        ("America/New_York", 14, "09:00", False),
    ],
)
def test_customer_clock_and_night(zone: str, utc_hour: int, text: str, night: bool) -> None:
    now = dt.datetime(2026, 11, 23, utc_hour, 0, tzinfo=dt.UTC)
    clock = customer_clock(zone, now)
    assert clock is not None
    assert clock.text.startswith(text)
    assert clock.night is night


def test_unknown_zone_has_no_clock() -> None:
    assert customer_clock("Mars/Olympus_Mons", dt.datetime.now(dt.UTC)) is None
    assert customer_clock("", dt.datetime.now(dt.UTC)) is None


def test_night_edges() -> None:
    assert is_night(dt.time(21, 0)) and is_night(dt.time(7, 59))
    assert not is_night(dt.time(8, 0)) and not is_night(dt.time(20, 59))


def test_utc_offsets() -> None:
    def offset(zone: str) -> str:
        from zoneinfo import ZoneInfo

        when = dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC).astimezone(ZoneInfo(zone))
        return utc_offset(when)

    assert offset("Asia/Bangkok") == "UTC+7"
    assert offset("Asia/Tehran") == "UTC+3:30"
    assert offset("America/New_York") == "UTC−5"
    assert offset("UTC") == "UTC"


def test_labels() -> None:
    assert language_label("ru") == "Russian (русский)"
    assert language_label("fa") == "Persian (فارسی)"
    assert language_label("en") == "English"
    assert language_label("en", "GB") == "English"
    assert language_label("es", "MX") == "Spanish (español de México)"
    assert language_label("xx") == "xx"
    assert language_label("") == ""
    assert country_label("th") == "Thailand"
    assert country_label("ZZ") == "ZZ"
    assert field_label("departure_date") == "Departure date"
    assert humanize("callback promised") == "Callback promised"
    assert format_duration(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), None) == ""


def test_chips_recognise_do_not_call_however_it_is_tagged() -> None:
    assert [c.kind for c in chips_for(("DNC",), False)] == ["dnc"]
    assert [c.text for c in chips_for(("vip", "Refund pending"), False)] == [
        "VIP",
        "Refund pending",
    ]
    assert chips_for((), False) == ()
