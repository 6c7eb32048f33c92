"""Calling windows, public holidays and daylight-saving edges decide when a callback may ring.

Every instant asserted here was checked against zoneinfo (tzdata) by hand; the comments give
the local reading so a failure is easy to follow.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.errors import UserFacingError, ValidationError
from console.scheduling import (
    COUNTRY_WINDOWS,
    DEFAULT_WINDOWS,
    AmbiguousLocalTime,
    CallingPolicy,
    NonexistentLocalTime,
    Slot,
    SlotRefused,
    WindowRule,
    asap_slot,
    check_slot,
    check_zone,
    format_windows,
    holiday_name,
    is_night,
    local_parts,
    next_slot,
    parse_windows,
    policy_for_country,
    promise_sentence,
    resolve_local,
    window_spans,
    windows_for_country,
)

UTC = dt.UTC
LONDON = "Europe/London"
TEHRAN = "Asia/Tehran"
NEW_YORK = "America/New_York"
LORD_HOWE = "Australia/Lord_Howe"
DEFAULT = CallingPolicy(parse_windows(DEFAULT_WINDOWS), "GB")
IRAN = policy_for_country("IR")
HALF_HOUR = dt.timedelta(minutes=30)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=UTC)


def local(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def refusal(start: dt.datetime, zone: str, policy: CallingPolicy, now: dt.datetime) -> SlotRefused:
    with pytest.raises(SlotRefused) as caught:
        check_slot(start, start + HALF_HOUR, zone, policy, now=now)
    return caught.value


# --- Parsing and formatting windows ----------------------------------------------------------


@pytest.mark.parametrize("text", [DEFAULT_WINDOWS, *COUNTRY_WINDOWS.values()])
def test_built_in_windows_format_back_to_exactly_the_same_text(text: str) -> None:
    assert format_windows(parse_windows(text)) == text


def test_day_ranges_wrap_past_sunday() -> None:
    rules = parse_windows("Sat-Wed 09:00-20:00")
    assert [rule.weekday for rule in rules] == [0, 1, 2, 5, 6]
    assert {(rule.start, rule.end) for rule in rules} == {(dt.time(9), dt.time(20))}


def test_single_days_lists_and_several_spans_on_one_day_are_read() -> None:
    rules = parse_windows("mon,WED 10:00-12:00; Monday 14:00-15:30;\nfri 8:00-9:00, 17:00-18:00;")
    assert rules == (
        WindowRule(0, dt.time(10), dt.time(12)),
        WindowRule(0, dt.time(14), dt.time(15, 30)),
        WindowRule(2, dt.time(10), dt.time(12)),
        WindowRule(4, dt.time(8), dt.time(9)),
        WindowRule(4, dt.time(17), dt.time(18)),
    )
    assert format_windows(rules) == (
        "Mon 10:00-12:00, 14:00-15:30; Wed 10:00-12:00; Fri 08:00-09:00, 17:00-18:00"
    )


def test_format_groups_consecutive_days_and_the_whole_week() -> None:
    every_day = tuple(WindowRule(day, dt.time(9), dt.time(17)) for day in range(7))
    assert format_windows(every_day) == "Mon-Sun 09:00-17:00"
    some = tuple(WindowRule(day, dt.time(9), dt.time(17)) for day in (0, 1, 3, 5, 6))
    assert format_windows(some) == "Sat-Tue,Thu 09:00-17:00"
    assert format_windows(()) == ""


EXAMPLE = "write it like “Mon-Fri 09:00-20:00; Sat 10:00-16:00”."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Mon-Fri 9-20", f"“Mon-Fri 9-20” is not a window: {EXAMPLE}"),
        ("", f"No calling windows given: {EXAMPLE}"),
        (" ; \n ", f"No calling windows given: {EXAMPLE}"),
        ("09:00-17:00", f"“09:00-17:00” is not a window: {EXAMPLE}"),
        ("Mon-Fri", f"“Mon-Fri” is not a window: {EXAMPLE}"),
        ("Mon 09:00-12:00,", f"“Mon 09:00-12:00,” is not a window: {EXAMPLE}"),
        ("Mon 09:00-12:00 lunch", f"“Mon 09:00-12:00 lunch” is not a window: {EXAMPLE}"),
        (
            "Mpn-Fri 09:00-20:00",
            "In “Mpn-Fri 09:00-20:00”, “Mpn” is not a day: use Mon, Tue, Wed, Thu, Fri, Sat or "
            f"Sun, and {EXAMPLE}",
        ),
        (
            "Mon 09:00-25:00",
            "“Mon 09:00-25:00” has the impossible time 25:00: hours go from 00 to 23 and minutes "
            "from 00 to 59, e.g. “Mon-Fri 09:00-20:00; Sat 10:00-16:00”.",
        ),
        (
            "Mon 09:00-24:00",
            "“Mon 09:00-24:00” ends at 24:00: end the window at 23:59 instead "
            "(windows cannot cross midnight).",
        ),
        (
            "Fri 20:00-02:00",
            "“Fri 20:00-02:00” ends before it starts: a window must end later the same day. "
            "To call across midnight, split it in two, e.g. “Fri 20:00-23:59; Sat 00:00-01:00”.",
        ),
        (
            "Mon-Fri 09:00-12:00; Wed 11:00-13:00",
            "Wed 11:00-13:00 overlaps Wed 09:00-12:00: make them one window or move one of them.",
        ),
    ],
)
def test_bad_windows_are_refused_with_a_message_naming_the_bad_part(
    text: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_windows(text)
    assert str(caught.value) == message
    assert isinstance(caught.value, UserFacingError)


def test_windows_that_only_touch_are_allowed() -> None:
    assert len(parse_windows("Mon 09:00-12:00; Mon 12:00-13:00")) == 2


def test_a_long_bad_paste_is_clipped_in_the_message() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_windows("x" * 500)
    assert len(str(caught.value)) < 120


_WINDOWISH = st.text(alphabet=st.sampled_from(list("MonTueWedSatSun-–,:;0123456789 \n")))


@given(st.one_of(st.text(), _WINDOWISH))
def test_parse_windows_only_ever_raises_validation_error(text: str) -> None:
    try:
        rules = parse_windows(text)
    except ValidationError:
        return
    assert rules
    assert parse_windows(format_windows(rules)) == rules


@st.composite
def rule_sets(draw: st.DrawFn) -> tuple[WindowRule, ...]:
    """Sorted, non-overlapping rules: what parse_windows itself returns."""
    rules = []
    for day in range(7):
        edges = sorted(draw(st.sets(st.integers(0, 23 * 60 + 59), max_size=6)))
        if len(edges) % 2:
            edges.pop()
        for start, end in zip(edges[::2], edges[1::2], strict=True):
            rules.append(WindowRule(day, dt.time(*divmod(start, 60)), dt.time(*divmod(end, 60))))
    return tuple(rules)


@given(rule_sets())
def test_formatted_rule_sets_parse_back_to_the_same_rules(rules: tuple[WindowRule, ...]) -> None:
    if rules:
        assert parse_windows(format_windows(rules)) == rules
    else:
        assert format_windows(rules) == ""


def test_a_rule_built_in_code_must_make_sense() -> None:
    with pytest.raises(ValueError):
        WindowRule(7, dt.time(9), dt.time(10))
    with pytest.raises(ValueError):
        WindowRule(0, dt.time(10), dt.time(9))


def test_country_windows_follow_the_local_working_week() -> None:
    assert windows_for_country("ir") == "Sat-Wed 09:00-20:00; Thu 09:00-13:00"
    assert windows_for_country("SA") == "Sun-Thu 09:00-20:00"
    # The UAE moved to a Saturday-Sunday weekend in 2022.
    assert windows_for_country("AE") == DEFAULT_WINDOWS
    assert windows_for_country("") == DEFAULT_WINDOWS
    assert (IRAN.rules, IRAN.country) == (parse_windows(COUNTRY_WINDOWS["IR"]), "IR")


# --- Zones and daylight saving ---------------------------------------------------------------


@pytest.mark.parametrize("zone", ["Mars/Olympus", "America", "", "../etc/passwd"])
def test_unknown_zone_is_a_validation_error_that_names_it(zone: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_zone(zone)
    assert str(caught.value) == (
        f"Unknown time zone “{zone}”: use an IANA name such as Europe/Tallinn."
    )


def test_unknown_zone_is_refused_by_every_entry_point() -> None:
    now = utc(2026, 11, 24, 12)
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        next_slot(now, "Mars/Olympus", DEFAULT)
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        check_slot(now, now + HALF_HOUR, "Mars/Olympus", DEFAULT, now=now)
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        resolve_local(local("2026-11-24 12:00"), "Mars/Olympus")


def test_new_york_spring_gap_offers_the_minute_before_and_the_transition() -> None:
    with pytest.raises(NonexistentLocalTime) as caught:
        resolve_local(local("2026-03-08 02:30"), NEW_YORK)
    assert caught.value.earlier == utc(2026, 3, 8, 6, 59)  # 01:59 EST
    assert caught.value.later == utc(2026, 3, 8, 7, 0)  # 03:00 EDT
    assert str(caught.value) == (
        "08 Mar 2026 02:30 does not exist in America/New_York: the clocks jump from 02:00 to "
        "03:00. Choose 01:59 (UTC−05:00) or 03:00 (UTC−04:00)."
    )


@pytest.mark.parametrize("fold", [0, 1])
def test_a_nonexistent_time_is_never_shifted_even_with_a_fold(fold: int) -> None:
    with pytest.raises(NonexistentLocalTime):
        resolve_local(local("2026-03-08 02:30"), NEW_YORK, fold=fold)


def test_new_york_fall_fold_has_two_occurrences_an_hour_apart() -> None:
    with pytest.raises(AmbiguousLocalTime) as caught:
        resolve_local(local("2026-11-01 01:30"), NEW_YORK)
    first, second = caught.value.first, caught.value.second
    assert (first, second) == (utc(2026, 11, 1, 5, 30), utc(2026, 11, 1, 6, 30))
    assert second - first == dt.timedelta(hours=1)
    assert str(caught.value) == (
        "01 Nov 2026 01:30 happens twice in America/New_York: the clocks go back from 02:00 to "
        "01:00. Choose the first 01:30 (UTC−04:00) or the second 01:30 (UTC−05:00)."
    )
    assert resolve_local(local("2026-11-01 01:30"), NEW_YORK, fold=0) == first
    assert resolve_local(local("2026-11-01 01:30"), NEW_YORK, fold=1) == second


def test_london_gap_and_fold() -> None:
    with pytest.raises(NonexistentLocalTime) as gap:
        resolve_local(local("2026-03-29 01:30"), LONDON)
    assert (gap.value.earlier, gap.value.later) == (utc(2026, 3, 29, 0, 59), utc(2026, 3, 29, 1))
    assert "Choose 00:59 (UTC+00:00) or 02:00 (UTC+01:00)." in str(gap.value)
    with pytest.raises(AmbiguousLocalTime) as fold:
        resolve_local(local("2026-10-25 01:30"), LONDON)
    assert (fold.value.first, fold.value.second) == (
        utc(2026, 10, 25, 0, 30),  # 01:30 BST
        utc(2026, 10, 25, 1, 30),  # 01:30 GMT
    )


def test_lord_howe_shifts_by_thirty_minutes() -> None:
    # tzdata: +10:30 -> +11:00 at 2026-10-04 02:00 local, +11:00 -> +10:30 at 2026-04-05 02:00.
    tz = ZoneInfo(LORD_HOWE)
    assert utc(2026, 10, 3, 15, 29).astimezone(tz).utcoffset() == dt.timedelta(hours=10.5)
    assert utc(2026, 10, 3, 15, 30).astimezone(tz).utcoffset() == dt.timedelta(hours=11)
    with pytest.raises(NonexistentLocalTime) as gap:
        resolve_local(local("2026-10-04 02:15"), LORD_HOWE)
    assert (gap.value.earlier, gap.value.later) == (
        utc(2026, 10, 3, 15, 29),  # 01:59 +10:30
        utc(2026, 10, 3, 15, 30),  # 02:30 +11:00
    )
    assert str(gap.value) == (
        "04 Oct 2026 02:15 does not exist in Australia/Lord_Howe: the clocks jump from 02:00 to "
        "02:30. Choose 01:59 (UTC+10:30) or 02:30 (UTC+11:00)."
    )
    with pytest.raises(AmbiguousLocalTime) as fold:
        resolve_local(local("2026-04-05 01:45"), LORD_HOWE)
    assert (fold.value.first, fold.value.second) == (
        utc(2026, 4, 4, 14, 45),  # 01:45 +11:00
        utc(2026, 4, 4, 15, 15),  # 01:45 +10:30
    )
    assert resolve_local(local("2026-04-05 02:15"), LORD_HOWE) == utc(2026, 4, 4, 15, 45)


def test_tehran_2022_transitions_and_none_since_dst_was_abolished() -> None:
    with pytest.raises(NonexistentLocalTime) as gap:
        resolve_local(local("2022-03-22 00:30"), TEHRAN)
    assert (gap.value.earlier, gap.value.later) == (
        utc(2022, 3, 21, 20, 29),  # 21 Mar 23:59 +03:30
        utc(2022, 3, 21, 20, 30),  # 22 Mar 01:00 +04:30
    )
    assert str(gap.value) == (
        "22 Mar 2022 00:30 does not exist in Asia/Tehran: the clocks jump from 00:00 to 01:00. "
        "Choose 21 Mar 23:59 (UTC+03:30) or 01:00 (UTC+04:30)."
    )
    with pytest.raises(AmbiguousLocalTime) as fold:
        resolve_local(local("2022-09-21 23:30"), TEHRAN)
    assert (fold.value.first, fold.value.second) == (utc(2022, 9, 21, 19), utc(2022, 9, 21, 20))
    # 2026: no daylight saving, so the old gap hour is an ordinary +03:30 time.
    assert resolve_local(local("2026-03-22 00:30"), TEHRAN) == utc(2026, 3, 21, 21)
    assert resolve_local(local("2026-09-21 23:30"), TEHRAN) == utc(2026, 9, 21, 20)


def test_an_ordinary_time_ignores_fold_and_needs_to_be_naive() -> None:
    assert resolve_local(local("2026-07-01 12:00"), NEW_YORK, fold=1) == utc(2026, 7, 1, 16)
    with pytest.raises(ValueError):
        resolve_local(utc(2026, 7, 1, 12), NEW_YORK)


def test_local_parts_and_night() -> None:
    moment = utc(2026, 11, 24, 4, 30)
    assert local_parts(moment, TEHRAN) == dt.datetime(2026, 11, 24, 8, tzinfo=ZoneInfo(TEHRAN))
    assert not is_night(moment, TEHRAN)  # 08:00 in Tehran
    assert is_night(moment, LONDON)  # 04:30 in London
    assert is_night(utc(2026, 11, 24, 21), LONDON)
    assert not is_night(utc(2026, 11, 24, 20, 59), LONDON)


# --- Holidays --------------------------------------------------------------------------------


def test_holiday_names_come_from_the_holidays_package_in_english() -> None:
    assert holiday_name(dt.date(2026, 3, 24), "IR") == "Nowruz Holiday"
    assert holiday_name(dt.date(2026, 3, 21), "ir") == "Eid al-Fitr; Nowruz"
    assert holiday_name(dt.date(2026, 2, 24), "EE") == "Independence Day"
    assert holiday_name(dt.date(2026, 3, 25), "IR") is None


@pytest.mark.parametrize("country", ["", "XX", "Narnia"])
def test_unknown_country_has_no_holidays_and_does_not_crash(country: str) -> None:
    assert holiday_name(dt.date(2026, 12, 25), country) is None
    policy = CallingPolicy(parse_windows(DEFAULT_WINDOWS), country)
    start = utc(2026, 12, 25, 10)  # Christmas Day, a Friday
    check_slot(start, start + HALF_HOUR, LONDON, policy, now=utc(2026, 12, 1))
    assert next_slot(start, LONDON, policy) == Slot(start, start + HALF_HOUR, LONDON)


# --- Checking a proposed time ----------------------------------------------------------------


def test_a_time_inside_the_window_is_accepted() -> None:
    start = utc(2026, 11, 24, 14)  # Tue 14:00 GMT
    check_slot(start, start + HALF_HOUR, LONDON, DEFAULT, now=utc(2026, 11, 24, 9))


def test_a_time_outside_the_window_is_refused_with_the_next_window() -> None:
    refused = refusal(utc(2026, 11, 24, 21), LONDON, DEFAULT, now=utc(2026, 11, 24, 9))
    assert refused.reason == "outside"
    assert refused.next_slot == Slot(utc(2026, 11, 25, 9), utc(2026, 11, 25, 9, 30), LONDON)
    assert str(refused) == (
        "Tue 24 Nov 21:00-21:30 (Europe/London) is outside the customer's calling hours "
        "(Mon-Fri 09:00-20:00; Sat 10:00-16:00). "
        "The next calling window opens Wed 25 Nov 09:00 (Europe/London)."
    )


def test_a_call_running_past_closing_is_refused_and_offered_the_tail() -> None:
    start = utc(2026, 11, 24, 19, 45)
    with pytest.raises(SlotRefused) as caught:
        check_slot(start, start + HALF_HOUR, LONDON, DEFAULT, now=utc(2026, 11, 24, 9))
    assert caught.value.next_slot == Slot(start, utc(2026, 11, 24, 20), LONDON)
    assert str(caught.value).endswith(
        "The earliest time you can call is Tue 24 Nov 19:45 (Europe/London)."
    )


def test_tehran_customer_on_a_friday_is_refused_until_saturday_morning() -> None:
    friday_11 = utc(2026, 11, 20, 7, 30)  # Fri 11:00 in Tehran (+03:30)
    refused = refusal(friday_11, TEHRAN, IRAN, now=utc(2026, 11, 19, 8))
    assert refused.reason == "outside"
    saturday_9 = utc(2026, 11, 21, 5, 30)
    assert refused.next_slot == Slot(saturday_9, saturday_9 + HALF_HOUR, TEHRAN)
    assert str(refused).endswith("The next calling window opens Sat 21 Nov 09:00 (Asia/Tehran).")


def test_a_public_holiday_is_refused_naming_the_holiday() -> None:
    nowruz = utc(2026, 3, 24, 7, 30)  # Tue 11:00 in Tehran
    refused = refusal(nowruz, TEHRAN, IRAN, now=utc(2026, 3, 23))
    assert refused.reason == "holiday"
    wednesday_9 = utc(2026, 3, 25, 5, 30)
    assert refused.next_slot == Slot(wednesday_9, wednesday_9 + HALF_HOUR, TEHRAN)
    assert str(refused) == (
        "24 Mar 2026 is a public holiday in IR (Nowruz Holiday). "
        "The next calling window opens Wed 25 Mar 09:00 (Asia/Tehran)."
    )


def test_the_next_slot_skips_a_run_of_holidays_and_the_weekend() -> None:
    # Fri 25 Dec Christmas, Sat 26 Boxing Day, Sun closed, Mon 28 Boxing Day (observed).
    refused = refusal(utc(2026, 12, 25, 10), LONDON, DEFAULT, now=utc(2026, 12, 1))
    assert refused.reason == "holiday"
    assert str(refused) == (
        "25 Dec 2026 is a public holiday in GB (Christmas Day). "
        "The next calling window opens Tue 29 Dec 09:00 (Europe/London)."
    )


def test_holidays_are_ignored_when_the_policy_says_so() -> None:
    policy = CallingPolicy(IRAN.rules, "IR", honour_holidays=False)
    nowruz = utc(2026, 3, 24, 7, 30)
    check_slot(nowruz, nowruz + HALF_HOUR, TEHRAN, policy, now=utc(2026, 3, 23))


def test_a_time_in_the_past_is_refused_with_the_earliest_slot_from_now() -> None:
    now = utc(2026, 11, 24, 14, 2)
    refused = refusal(utc(2026, 11, 24, 13), LONDON, DEFAULT, now=now)
    assert refused.reason == "past"
    assert refused.next_slot == Slot(utc(2026, 11, 24, 14, 5), utc(2026, 11, 24, 14, 35), LONDON)
    assert str(refused) == (
        "Tue 24 Nov 13:00 (Europe/London) is in the past. "
        "The earliest time you can call is Tue 24 Nov 14:05 (Europe/London)."
    )


def test_a_start_less_than_a_minute_ago_still_counts_as_now() -> None:
    start = utc(2026, 11, 24, 14)
    check_slot(start, start + HALF_HOUR, LONDON, DEFAULT, now=start + dt.timedelta(seconds=59))


def test_a_slot_must_end_after_it_starts() -> None:
    start = utc(2026, 11, 24, 14)
    with pytest.raises(ValidationError, match="end after it starts"):
        check_slot(start, start, LONDON, DEFAULT, now=start)


# --- Finding slots ---------------------------------------------------------------------------


def test_next_slot_rounds_up_to_five_minutes() -> None:
    assert next_slot(utc(2026, 11, 24, 14, 1), LONDON, DEFAULT) == Slot(
        utc(2026, 11, 24, 14, 5), utc(2026, 11, 24, 14, 35), LONDON
    )
    on_the_mark = next_slot(utc(2026, 11, 24, 14, 5), LONDON, DEFAULT)
    assert on_the_mark is not None
    assert on_the_mark.start == utc(2026, 11, 24, 14, 5)
    a_microsecond_late = next_slot(utc(2026, 11, 24, 14, 5) + dt.timedelta(microseconds=1),
                                   LONDON, DEFAULT)  # fmt: skip
    assert a_microsecond_late is not None
    assert a_microsecond_late.start == utc(2026, 11, 24, 14, 10)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ((19, 45), Slot(utc(2026, 11, 24, 19, 45), utc(2026, 11, 24, 20), LONDON)),
        ((19, 52), Slot(utc(2026, 11, 24, 19, 55), utc(2026, 11, 24, 20), LONDON)),
        ((19, 56), Slot(utc(2026, 11, 25, 9), utc(2026, 11, 25, 9, 30), LONDON)),
    ],
)
def test_the_tail_of_a_window_is_a_slot_if_at_least_five_minutes(
    after: tuple[int, int], expected: Slot
) -> None:
    assert next_slot(utc(2026, 11, 24, *after), LONDON, DEFAULT) == expected


def test_next_slot_across_the_weekend() -> None:
    saturday_evening = utc(2026, 11, 28, 17)
    assert next_slot(saturday_evening, LONDON, DEFAULT) == Slot(
        utc(2026, 11, 30, 9), utc(2026, 11, 30, 9, 30), LONDON
    )
    weekdays_only = CallingPolicy(parse_windows("Mon-Fri 09:00-17:00"))
    friday_evening = utc(2026, 11, 27, 18)
    slot = next_slot(friday_evening, LONDON, weekdays_only, duration=dt.timedelta(hours=1))
    assert slot == Slot(utc(2026, 11, 30, 9), utc(2026, 11, 30, 10), LONDON)


def test_next_slot_is_none_without_rules_or_when_nothing_fits_in_sixty_days() -> None:
    now = utc(2026, 11, 24, 12)
    assert next_slot(now, LONDON, CallingPolicy(())) is None
    four_minutes = CallingPolicy(parse_windows("Mon 09:00-09:04"))
    assert next_slot(now, LONDON, four_minutes) is None
    refused = refusal(now, LONDON, four_minutes, now=now)
    assert refused.next_slot is None
    assert str(refused).endswith(
        "Nothing is open in the next 60 days: check the customer's calling hours."
    )


def test_a_window_on_the_spring_forward_day_is_clipped_to_the_hours_that_exist() -> None:
    sunday_night = CallingPolicy(parse_windows("Sun 02:00-04:00"))
    assert window_spans(dt.date(2026, 3, 8), NEW_YORK, sunday_night) == [
        (utc(2026, 3, 8, 7), utc(2026, 3, 8, 8))  # 03:00-04:00 EDT
    ]
    assert window_spans(dt.date(2026, 3, 1), NEW_YORK, sunday_night) == [
        (utc(2026, 3, 1, 7), utc(2026, 3, 1, 9))  # an ordinary Sunday: 02:00-04:00 EST
    ]
    assert next_slot(utc(2026, 3, 8, 5), NEW_YORK, sunday_night) == Slot(
        utc(2026, 3, 8, 7), utc(2026, 3, 8, 7, 30), NEW_YORK
    )
    assert window_spans(dt.date(2026, 10, 4), LORD_HOWE, sunday_night) == [
        (utc(2026, 10, 3, 15, 30), utc(2026, 10, 3, 17))  # 02:30-04:00 +11:00
    ]


def test_a_window_on_the_fall_back_day_covers_both_occurrences_of_the_repeated_hour() -> None:
    repeated = CallingPolicy(parse_windows("Sun 01:30-01:45"))
    assert window_spans(dt.date(2026, 11, 1), NEW_YORK, repeated) == [
        (utc(2026, 11, 1, 5, 30), utc(2026, 11, 1, 5, 45)),  # EDT
        (utc(2026, 11, 1, 6, 30), utc(2026, 11, 1, 6, 45)),  # EST
    ]
    whole_day = CallingPolicy(parse_windows("Sun 00:00-23:59"))
    assert window_spans(dt.date(2026, 11, 1), NEW_YORK, whole_day) == [
        (utc(2026, 11, 1, 4), utc(2026, 11, 2, 4, 59))  # 25 hours less a minute
    ]


def test_a_sunday_window_in_london_is_checked_on_the_fall_back_day() -> None:
    sunday = CallingPolicy(parse_windows("Sun 10:00-16:00"))
    start = utc(2026, 10, 25, 10)  # 10:00 GMT, the clocks went back at 02:00 BST
    check_slot(start, start + HALF_HOUR, LONDON, sunday, now=utc(2026, 10, 24))
    too_early = refusal(utc(2026, 10, 25, 9, 30), LONDON, sunday, now=utc(2026, 10, 24))
    assert too_early.next_slot == Slot(start, start + HALF_HOUR, LONDON)


def test_window_spans_is_empty_on_a_holiday() -> None:
    assert window_spans(dt.date(2026, 3, 24), TEHRAN, IRAN) == []
    assert window_spans(dt.date(2026, 3, 25), TEHRAN, IRAN) == [
        (utc(2026, 3, 25, 5, 30), utc(2026, 3, 25, 16, 30))
    ]


def test_asap_inside_a_window_starts_now_rounded_up() -> None:
    assert asap_slot(utc(2026, 11, 24, 14, 2), LONDON, DEFAULT) == Slot(
        utc(2026, 11, 24, 14, 5), utc(2026, 11, 24, 14, 35), LONDON
    )


def test_asap_outside_a_window_waits_for_the_next_one() -> None:
    assert asap_slot(utc(2026, 11, 24, 21, 10), LONDON, DEFAULT) == Slot(
        utc(2026, 11, 25, 9), utc(2026, 11, 25, 9, 30), LONDON
    )


def test_slots_are_stored_in_utc_and_must_be_aware() -> None:
    tehran = ZoneInfo(TEHRAN)
    slot = Slot(dt.datetime(2026, 11, 24, 14, tzinfo=tehran),
                dt.datetime(2026, 11, 24, 14, 30, tzinfo=tehran), TEHRAN)  # fmt: skip
    assert slot.start == utc(2026, 11, 24, 10, 30)
    assert slot.start.tzinfo is UTC
    with pytest.raises(ValueError):
        Slot(dt.datetime(2026, 11, 24, 14), dt.datetime(2026, 11, 24, 15), TEHRAN)


# --- Reading the promise back ----------------------------------------------------------------


def test_promise_for_today() -> None:
    slot = Slot(utc(2026, 11, 24, 16), utc(2026, 11, 24, 16, 30), LONDON)
    assert promise_sentence(slot, now=utc(2026, 11, 24, 9)) == (
        "We will call you today between 16:00 and 16:30 your time (Europe/London)."
    )


def test_promise_for_tomorrow_uses_the_customers_date_not_utcs() -> None:
    # Noon UTC on the 24th is the 24th in Tehran, so a slot on the 25th is "tomorrow".
    slot = Slot(utc(2026, 11, 25, 5, 30), utc(2026, 11, 25, 6), TEHRAN)
    assert promise_sentence(slot, now=utc(2026, 11, 24, 12)) == (
        "We will call you tomorrow between 09:00 and 09:30 your time (Asia/Tehran)."
    )
    # 21:00 UTC on the 23rd is 00:30 on the 24th in Tehran: the slot on the 24th is "today".
    assert promise_sentence(slot, now=utc(2026, 11, 23, 21)).startswith("We will call you tomorrow")
    assert promise_sentence(slot, now=utc(2026, 11, 24, 21)).startswith("We will call you today")


def test_promise_for_a_later_date_names_weekday_and_month_without_padding() -> None:
    slot = Slot(utc(2026, 11, 24, 10, 30), utc(2026, 11, 24, 11), TEHRAN)
    assert promise_sentence(slot, now=utc(2026, 11, 20, 9)) == (
        "We will call you on Tuesday 24 November between 14:00 and 14:30 your time (Asia/Tehran)."
    )
    early_month = Slot(utc(2026, 12, 3, 9), utc(2026, 12, 3, 9, 30), LONDON)
    assert promise_sentence(early_month, now=utc(2026, 11, 24, 9)) == (
        "We will call you on Thursday 3 December between 09:00 and 09:30 your time (Europe/London)."
    )


def test_promise_in_another_year_says_the_year() -> None:
    slot = Slot(utc(2027, 1, 4, 9), utc(2027, 1, 4, 9, 30), LONDON)
    assert promise_sentence(slot, now=utc(2026, 12, 30, 9)) == (
        "We will call you on Monday 4 January 2027 between 09:00 and 09:30 your time "
        "(Europe/London)."
    )
