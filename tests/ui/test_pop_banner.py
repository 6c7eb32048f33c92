"""Why they may be calling: reasons derived from the timeline, and how the banner shows them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from console.integrations.pop_listener import parse_pop_request
from console.services.callbacks import CallbackView
from console.services.customers import TimelineItem
from tests.ui.conftest import KnownCustomer
from ui.main_window import MainWindow
from ui.pop_banner import PopBanner, call_reasons
from ui.script_library import COMPACT_WIDTH

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


def desk_at(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    """The window at this size as an agent starts it: the script library beside the customer
    from 1100 px wide (310 px of it), behind Ctrl+Shift+S below that (ScriptLibrary)."""
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    dock = window.script_dock
    if size[0] >= COMPACT_WIDTH:
        dock.show()
        window.resizeDocks([dock], [310], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: dock.isVisible() and dock.width() >= 300)
    else:
        dock.hide()


def _whole_text_shown(window: QWidget, label: QLabel) -> bool:
    """The label has the height its wrapped text needs, all of it inside the window."""
    if label.height() < label.heightForWidth(label.width()):
        return False
    shown = label.visibleRegion().boundingRect()
    if shown.size() != label.size():
        return False
    top_left = label.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, label.size()))


@pytest.mark.parametrize("size", [(1280, 800), (1024, 640)])
def test_on_a_call_every_reason_line_is_shown_whole(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, size: tuple[int, int]
) -> None:
    """Scenario 1: the open promise, the transfer note and the last contact are readable
    before hello: never cut mid-line, a time zone never broken at its "/"."""
    from tests.ui.test_pop_controller import _pop, _request

    desk_at(qtbot, window, size)
    _pop(qtbot, window, _request(petrova.e164))
    qtbot.waitUntil(lambda: window.card.customer_id == petrova.id, timeout=5000)
    banner = window.pop_banner
    qtbot.waitUntil(banner.isVisible)
    qtbot.wait(100)
    texts = banner.findChildren(QLabel, "popReasonText")
    kinds = [t.property("kind") for t in texts]
    assert "callback" in kinds and "transfer" in kinds and "last_contact" in kinds
    for label in texts:
        assert _whole_text_shown(window, label), (label.property("kind"), label.text())
    promise = next(t for t in texts if t.property("kind") == "callback")
    assert "Refund decision by Friday" in promise.text()
    # The card is still there below the banner, scrolling within what is left.
    assert window.card.isVisible() and window.card.height() > 60


def _line_starts(label: QLabel, width: int) -> list[int]:
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
    layout.endLayout()
    return [layout.lineAt(i).textStart() for i in range(layout.lineCount())]


def test_a_time_zone_is_never_broken_at_its_slash(qtbot: QtBot) -> None:
    banner = PopBanner(ZONE)
    qtbot.addWidget(banner)
    request = parse_pop_request({"phone": "+79165551234"})
    reasons = call_reasons([], ZONE, NOW, [_open_callback(overdue=False)])
    banner.show_customer(request, "Ольга Петрова", reasons)
    label = banner.findChild(QLabel, "popReasonText")
    assert label is not None and "Moscow" in label.text()
    text = label.text()
    for width in range(120, 420, 3):
        starts = _line_starts(label, width)
        assert not any(text[:s].rstrip("\u2060").endswith("/") for s in starts), width
