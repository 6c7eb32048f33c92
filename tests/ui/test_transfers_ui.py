"""Warm transfers between two real windows on one database: the receiver's banner, accept
with the note pinned, decline, no dead ends, and two receivers racing for one transfer."""

from __future__ import annotations

import datetime as dt
import re
import time
import uuid

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.services.transfers import TransferNote, TransferService, TransferView
from console.settings import Settings
from console.storage.models import Queue
from tests.ui.conftest import show_window
from ui.app import create_window
from ui.main_window import MainWindow

PETROVA = 1
NOTE = TransferNote(
    reason="refund", issue="Third call about the refund for AU 213.",
    tried="Checked the booking; the refund needs a Refunds decision.",
    promised="A decision by Friday", identity_verified=True, mood="frustrated",
)  # fmt: skip


def _second(qtbot: QtBot, demo_db_url: str, settings: Settings, user: str) -> MainWindow:
    return show_window(qtbot, create_window(demo_db_url, user, settings=settings))


def _user_id(window: MainWindow, username: str) -> int:
    return window.context.users.get(username).id


def _send(window: MainWindow, to: str = "irina", **kw: object) -> TransferView:
    svc = TransferService(window.context.db)
    target = _user_id(window, to)
    svc.heartbeat(target)
    return svc.send(uuid.uuid4().hex, PETROVA, window.context.user.id, NOTE,
                    to_user_id=target, **kw)  # type: ignore[arg-type]  # fmt: skip


def test_the_receiver_sees_the_note_accepts_and_the_sender_sees_it_live(
    qtbot: QtBot, window: MainWindow, demo_db_url: str, settings: Settings
) -> None:
    irina = _second(qtbot, demo_db_url, settings, "irina")
    sent = _send(window)
    window.transfer_status.track(sent)
    assert "Waiting for Irina Volkova to accept" in window.transfer_status.text.text()
    inbox = irina.transfer_inbox
    qtbot.waitUntil(lambda: inbox.isVisible() and inbox.current is not None, timeout=5000)
    assert inbox.title.text() == "Transfer for you: Ольга Петрова"
    assert "Issue: Third call about the refund for AU 213." in inbox.note.text()
    assert "Promised: A decision by Friday" in inbox.note.text()
    assert "From Dana Kask" in inbox.note.text() and inbox.alerts >= 1
    # Who the customer is, before accepting: a line of her card.
    qtbot.waitUntil(inbox.customer.isVisible)
    assert "+7 916 555-12-34" in inbox.customer.text() and "open promise" in inbox.customer.text()
    inbox.accept_button.click()
    qtbot.waitUntil(lambda: irina.card.card is not None and irina.card.card.id == PETROVA)
    pinned = irina.history.pinned
    qtbot.waitUntil(pinned.isVisible)
    assert pinned.text().startswith("Handover accepted") and "A decision by Friday" in pinned.text()
    assert not inbox.isVisible()
    status = window.transfer_status
    qtbot.waitUntil(lambda: "accepted Ольга Петрова" in status.text.text(), timeout=5000)
    assert status.property("state") == "accepted"
    # The note stays on her timeline for good.
    item = window.context.customers.timeline(PETROVA)[0]
    assert item.kind == "transfer" and item.outcome == "accepted by Irina Volkova"


def test_a_decline_offers_another_target_or_a_callback(
    qtbot: QtBot, window: MainWindow, demo_db_url: str, settings: Settings
) -> None:
    irina = _second(qtbot, demo_db_url, settings, "irina")
    sent = _send(window)
    window.transfer_status.track(sent)
    inbox = irina.transfer_inbox
    qtbot.waitUntil(lambda: inbox.current is not None, timeout=5000)
    inbox.decline_button.click()
    assert inbox.reason.isVisible()
    inbox.decline_current()  # no reason yet: said in place, nothing sent
    qtbot.waitUntil(inbox.status.isVisible)
    assert "tell the sender why" in inbox.status.text()
    inbox.reason.setText("Refund decisions are Marko's")
    inbox.decline_current()
    status = window.transfer_status
    qtbot.waitUntil(lambda: "declined: Refund decisions are Marko's" in status.text.text(),
                    timeout=5000)  # fmt: skip
    assert status.retry_button.isVisible() and status.callback_button.isVisible()
    status.callback_button.click()
    qtbot.waitUntil(lambda: "will be called back by Irina Volkova" in status.text.text())
    card = window.context.customers.card(PETROVA)
    assert any("Third call about the refund" in cb.note for cb in card.open_callbacks)


def test_nobody_accepting_in_time_is_never_a_dead_end(qtbot: QtBot, window: MainWindow) -> None:
    sent = _send(window, timeout=dt.timedelta(seconds=0))
    status = window.transfer_status
    status.track(sent)
    qtbot.waitUntil(lambda: "Nobody has accepted" in status.text.text())
    assert status.property("state") == "stuck"
    assert status.callback_button.isVisible() and status.retry_button.isVisible()
    qtbot.waitUntil(lambda: status.target.count() > 0)
    queue_items = [status.target.itemText(i) for i in range(status.target.count())]
    assert any(text.startswith("Queue: Refunds") for text in queue_items)


def test_two_receivers_racing_for_a_queue_transfer_one_is_told_kindly(
    qtbot: QtBot, window: MainWindow, demo_db_url: str, settings: Settings
) -> None:
    irina = _second(qtbot, demo_db_url, settings, "irina")
    svc = TransferService(window.context.db)
    with window.context.db.read() as conn:
        refunds = conn.scalar(select(Queue.id).where(Queue.name == "Refunds"))
    sender = _user_id(window, "riina")
    sent = svc.send(uuid.uuid4().hex, PETROVA, sender, NOTE, to_queue_id=refunds)
    for w in (window, irina):
        qtbot.waitUntil(lambda w=w: w.transfer_inbox.current is not None, timeout=5000)
        assert w.transfer_inbox.title.text().startswith("Transfer for queue Refunds")
    svc.accept(sent.id, _user_id(window, "irina"))  # Irina's click lands first
    window.transfer_inbox.accept_button.click()
    status = window.transfer_inbox.status
    qtbot.waitUntil(status.isVisible)
    assert re.fullmatch(
        r"Irina Volkova took this transfer at \d\d:\d\d UTC, before you: nothing to do\.",
        status.text(),
    ), status.text()
    assert window.card.card is None or window.card.card.id != PETROVA


@pytest.mark.postgres
def test_on_postgresql_the_banner_appears_within_a_second_of_sending(
    qtbot: QtBot, pg_demo_url: str, settings: Settings
) -> None:
    sender = show_window(qtbot, create_window(pg_demo_url, "dana", settings=settings))
    irina = _second(qtbot, pg_demo_url, settings, "irina")
    qtbot.waitUntil(lambda: irina.live.active)
    inbox = irina.transfer_inbox
    qtbot.waitUntil(lambda: not inbox._busy)
    assert inbox.timer.interval() >= 15_000  # only notifications can make it this fast
    latencies = []
    svc = TransferService(sender.context.db)
    for _ in range(5):
        started = time.perf_counter()
        sent = _send(sender)
        qtbot.waitUntil(lambda s=sent: inbox.current is not None and inbox.current.id == s.id,
                        timeout=3000)  # fmt: skip
        latencies.append(time.perf_counter() - started)
        svc.decline(sent.id, _user_id(sender, "irina"), "measuring")
        qtbot.waitUntil(lambda: inbox.current is None, timeout=3000)
    assert max(latencies) < 1.0, latencies
