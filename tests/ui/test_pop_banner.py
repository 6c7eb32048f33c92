"""Why they may be calling: reasons derived from the timeline, and how the banner shows them."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from console.integrations.pop_listener import parse_pop_request
from console.services.callbacks import CallbackView
from console.services.customers import TimelineItem
from ui.pop_banner import PopBanner, call_reasons

NOW = dt.datetime(2026, 3, 12, 12, 0, tzinfo=dt.UTC)
ZONE = dt.UTC


def _item(item_id: int, days_ago: float, kind: str = "call", outcome: str = "resolved",
          summary: str = "", agent: str = "Irina Volkova") -> TimelineItem:  # fmt: skip
    at = NOW - dt.timedelta(days=days_ago)
    return TimelineItem(item_id, kind, "inbound", agent, at, None, outcome, summary)


def test_no_history_gives_no_reasons() -> None:
    assert call_reasons([], ZONE, NOW) == []


def test_a_promise_a_recent_transfer_and_the_last_contact_in_that_order() -> None:
    timeline = [
        _item(3, 1, summary="Asked about baggage."),
        _item(2, 4, kind="transfer", outcome="accepted", summary="Why: refund; tried: X."),
        _item(1, 6, outcome="callback promised", summary="Callback on Thursday."),
    ]
    reasons = call_reasons(timeline, ZONE, NOW)
    assert [r.kind for r in reasons] == ["promise", "transfer", "last_contact"]
    assert "Callback on Thursday." in reasons[0].text and "Irina Volkova" in reasons[0].text
    assert reasons[1].text.endswith("Why: refund; tried: X.")
    assert reasons[2].title == "Last contact"
    assert "Call · Resolved · by Irina Volkova" in reasons[2].text
    assert reasons[2].text.endswith("Asked about baggage.")


def test_old_transfers_and_old_promises_are_history_not_reasons() -> None:
    timeline = [
        _item(3, 2, summary="Seat changed."),
        _item(2, 20, kind="transfer", outcome="accepted", summary="Old transfer."),
        _item(1, 45, outcome="callback promised", summary="Long ago."),
    ]
    assert [r.kind for r in call_reasons(timeline, ZONE, NOW)] == ["last_contact"]


def test_a_promise_is_found_in_a_note_in_any_language() -> None:
    for text in ("Обещано: решение до пятницы.", "We promised a voucher.", "Rückruf versprochen"):
        timeline = [_item(2, 1, summary="Hello again."), _item(1, 3, summary=text)]
        assert call_reasons(timeline, ZONE, NOW)[0].kind == "promise", text


def test_long_notes_are_clipped_on_the_banner() -> None:
    reasons = call_reasons([_item(1, 1, summary="word " * 200)], ZONE, NOW)
    assert len(reasons[0].text) < 400 and reasons[0].text.endswith("…")


def test_the_banner_lists_one_row_per_reason(qtbot: QtBot) -> None:
    banner = PopBanner(ZONE)
    qtbot.addWidget(banner)
    request = parse_pop_request({"phone": "+4930123456", "call_id": "77"})
    reasons = call_reasons(
        [_item(2, 1), _item(1, 3, kind="transfer", outcome="accepted", summary="Note.")],
        ZONE,
        NOW,
    )
    banner.show_customer(request, "Max Mustermann", reasons)
    assert not banner.isHidden()
    assert banner.reason_rows() == [(r.title, r.text) for r in reasons]
    titles = [w.text() for w in banner.findChildren(type(banner.title), "popReasonTitle")]
    assert titles == ["Recent transfer", "Last contact"]
    assert "Call ID 77" in banner.call_info.text() and "+49 30 123456" in banner.call_info.text()


def _open_callback(overdue: bool) -> CallbackView:
    start = NOW - dt.timedelta(hours=2) if overdue else NOW + dt.timedelta(days=1)
    return CallbackView(
        id=7, customer_id=1, customer_name="Ольга Петрова", phone_e164="+79165551234",
        queue_id=2, queue="Refunds", owner_id=3, owner="Irina Volkova", window_start=start,
        window_end=start + dt.timedelta(minutes=30), zone="Europe/Moscow", asap=False,
        promise="We will call you tomorrow between 15:00 and 15:30 your time (Europe/Moscow).",
        note="Refund decision by Friday", priority=0, priority_reasons=(), state="pending",
        due_at=start, attempts=0, max_attempts=3, last_outcome="", claimed_by_id=None,
        claimed_by="", handed_on_at=None, handed_from="", snoozed_until=None, closed_at=None,
        created_at=NOW - dt.timedelta(days=2), version=1,
    )  # fmt: skip


def test_an_open_callback_is_the_first_reason_and_replaces_the_guess_from_notes() -> None:
    timeline = [
        _item(2, 1, summary="Asked about baggage."),
        _item(1, 2, outcome="callback promised", summary="Refund decision by Friday."),
    ]
    reasons = call_reasons(timeline, ZONE, NOW, [_open_callback(overdue=False)])
    assert [r.kind for r in reasons] == ["callback", "last_contact"]
    assert reasons[0].title == "Callback promised"
    assert "(Europe/Moscow), owned by Irina Volkova: Refund decision by Friday" in reasons[0].text
    overdue = call_reasons([], ZONE, NOW, [_open_callback(overdue=True)])
    assert [r.title for r in overdue] == ["Callback overdue"]
