"""Callbacks in the real window: the work list, F8, outcomes, reminders, the card, export."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from console.services.callbacks import CallbackService
from console.storage.models import Callback, Queue, User
from ui.callback_form_dialog import CallbackFormDialog
from ui.callback_model import CallbackModel
from ui.callback_reminder import SnoozeDialog
from ui.main_window import MainWindow

EMMA = 4


def _callback(window: MainWindow, customer: int, *, minutes_from_now: int, mine: bool = True,
              note: str = "Check the replacement arrived") -> int:  # fmt: skip
    """A promise whose window opens ``minutes_from_now`` (negative: already open)."""
    db = window.context.db
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    start = now + dt.timedelta(minutes=minutes_from_now)
    with db.write() as conn:
        queue = conn.scalar(select(Queue.id).where(Queue.name == "General"))
        return int(
            conn.execute(
                insert(Callback).values(
                    customer_id=customer, phone_e164="+447700900123", queue_id=queue,
                    owner_id=window.context.user.id if mine else None,
                    created_by=window.context.user.id, created_at=now - dt.timedelta(days=1),
                    window_start=start, window_end=start + dt.timedelta(minutes=30),
                    zone="Europe/London", asap=False,
                    promise="We will call you today between 14:00 and 14:30 your time.",
                    note=note, priority=0, priority_reasons=[], state="pending",
                    due_at=start, attempts=0, last_outcome="", updated_at=now, version=1,
                ).returning(Callback.id)
            ).scalar_one()
        )  # fmt: skip


def _clear_work(window: MainWindow) -> CallbackService:
    """Cancel the demo's open callbacks this agent could take, so a test's own come first."""
    service = CallbackService(window.context.db)
    me = window.context.user.id
    for cb in [*service.mine(me), *service.for_queues(service.queue_ids_of(me))]:
        service.cancel(cb.id, cb.version, me, "cleared for a test")
    return service


def _table_ids(window: MainWindow) -> list[int]:
    model = window.callback_table.model
    return [model.row_at(i).id for i in range(model.rowCount())]


def test_my_callbacks_list_what_is_due_with_counts(qtbot: QtBot, window: MainWindow) -> None:
    due = _callback(window, EMMA, minutes_from_now=-5)
    ahead = _callback(window, EMMA, minutes_from_now=60 * 24 * 3)
    window.callbacks_action.trigger()
    assert window.left_tabs.currentWidget() is window.callback_table
    qtbot.waitUntil(lambda: {due, ahead} <= set(_table_ids(window)))
    model = window.callback_table.model
    row = model.index_of(due)
    assert row is not None
    assert model.data(model.index(row, CallbackModel.STATUS)) == "Due now"
    assert model.data(model.index(row, CallbackModel.CUSTOMER)) == "Emma Wilson"
    assert model.data(model.index(row, CallbackModel.CUSTOMER_TIME)).endswith(" London")
    tip = model.data(model.index(row, CallbackModel.CUSTOMER_TIME), Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("(Europe/London)")
    assert "due now" in window.callback_table.counts.text()
    title = window.left_tabs.tabText(window.left_tabs.indexOf(window.callback_table))
    assert title.startswith("Callbacks (")


def test_f8_takes_the_next_callback_and_one_click_records_the_outcome(
    qtbot: QtBot, window: MainWindow
) -> None:
    service = _clear_work(window)
    cid = _callback(window, EMMA, minutes_from_now=-5)
    window.next_callback_action.trigger()
    panel = window.callback_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.callback is not None)
    assert panel.callback is not None and panel.callback.id == cid
    assert "Emma Wilson" in panel.title.text() and "Europe/London" in panel.title.text()
    assert panel.dial_button.text() == "Dial +44 7700 900123"
    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == EMMA)
    panel.note.setText("Replacement arrived, customer happy")
    with qtbot.waitSignal(panel.finished, timeout=5000) as got:
        panel.outcome_buttons["reached"].click()
    assert got.args == [cid, "kept"]
    assert panel.title.text() == "Callback kept."
    assert service.get(cid).state == "kept"
    qtbot.waitUntil(
        lambda: (
            window.history.model.rowCount() > 0
            and "Callback attempt 1: reached" in window.history.model.row_at(0).summary
        )
    )
    # Nothing else is due: F8 says so instead of failing.
    window.next_callback_action.trigger()
    qtbot.waitUntil(lambda: "Nothing is due" in window.statusBar().currentMessage())


def test_no_answer_says_when_the_next_try_is(qtbot: QtBot, window: MainWindow) -> None:
    cid = _callback(window, EMMA, minutes_from_now=-5)
    cb = CallbackService(window.context.db).get(cid)
    window.work_callback(cb)
    panel = window.callback_panel
    qtbot.waitUntil(lambda: panel.callback is not None and panel.callback.id == cid)
    with qtbot.waitSignal(panel.finished, timeout=5000) as got:
        panel.outcome_buttons["no_answer"].click()
    assert got.args == [cid, "pending"]
    assert panel.title.text().startswith("No luck this time. Next try")


def test_a_callback_someone_else_took_is_refused_kindly(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = _callback(window, EMMA, minutes_from_now=-5, mine=False)
    service = CallbackService(window.context.db)
    with window.context.db.read() as conn:
        other = conn.scalar(select(User.id).where(User.username == "marko"))
    assert other is not None
    cb = service.get(cid)
    service.claim(cid, other)
    shown: list[str] = []
    monkeypatch.setattr("ui.main_window.show_error", lambda _p, e: shown.append(str(e)))
    window.work_callback(cb)
    qtbot.waitUntil(lambda: bool(shown))
    assert "already claimed by Marko Saar" in shown[0]
    assert not window.callback_panel.isVisible()


def test_reminder_banner_alerts_once_and_snoozes_with_a_reason(
    qtbot: QtBot, window: MainWindow
) -> None:
    service = _clear_work(window)
    reminder = window.callback_reminder
    qtbot.waitUntil(lambda: not reminder._busy)
    cid = _callback(window, EMMA, minutes_from_now=3)
    beeps, checks = reminder.beeps, reminder.checks
    reminder.check()
    qtbot.waitUntil(lambda: reminder.checks > checks)
    assert reminder.isVisible()
    assert reminder.items[0].id == cid
    assert "Emma Wilson" in reminder.text.text() and "min" in reminder.text.text()
    assert reminder.beeps == beeps + 1
    reminder.check()  # the same stage again: no second beep
    qtbot.waitUntil(lambda: not reminder._busy)
    assert reminder.beeps == beeps + 1
    dialog = reminder.snooze()
    assert isinstance(dialog, SnoozeDialog)
    dialog.minutes.setValue(15)
    dialog.reason.setText("")
    dialog._accept()
    assert dialog.error.isVisible()  # a reason is required
    dialog.reason.setText("On another call")
    dialog._accept()
    qtbot.waitUntil(lambda: service.get(cid).snoozed_until is not None)
    qtbot.waitUntil(lambda: not reminder.isVisible())


def test_the_card_shows_the_open_promise(qtbot: QtBot, window: MainWindow) -> None:
    _callback(window, EMMA, minutes_from_now=120, note="Gift replacement check")
    window.open_customer(EMMA)
    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == EMMA)
    label = window.card.findChild(QLabel, "cardPromises")
    assert label is not None
    text = label.text().replace("\u2060", "")  # the zone's word joiner keeps it on one line
    assert "Gift replacement check" in text and "Europe/London" in text


def test_export_my_callbacks_to_a_calendar_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    cid = _callback(window, EMMA, minutes_from_now=90)
    out = tmp_path / "mine.ics"
    window.export_calendar(str(out))
    qtbot.waitUntil(out.exists)
    cal = Calendar.from_ical(out.read_bytes())
    uids = {str(e.get("UID")) for e in cal.walk("VEVENT")}
    assert f"callback-{cid}@agent-console" in uids
    qtbot.waitUntil(lambda: "exported" in window.statusBar().currentMessage())


def test_sorting_uses_real_values_not_their_text(qtbot: QtBot, window: MainWindow) -> None:
    service = CallbackService(window.context.db)
    soon = service.get(_callback(window, EMMA, minutes_from_now=-5))
    later = service.get(_callback(window, EMMA, minutes_from_now=60 * 24 * 40))
    table = window.callback_table
    table.model.set_rows([replace(soon, priority=9), replace(later, priority=50)])
    table.table.sortByColumn(CallbackModel.PRIORITY, Qt.SortOrder.DescendingOrder)
    ids = [table.proxy.data(table.proxy.index(r, 0), CallbackModel.CALLBACK_ID_ROLE)
           for r in range(2)]  # fmt: skip
    assert ids == [later.id, soon.id]  # 50 before 9, although "9" > "50" as text
    table.table.sortByColumn(CallbackModel.WHEN, Qt.SortOrder.AscendingOrder)
    ids = [table.proxy.data(table.proxy.index(r, 0), CallbackModel.CALLBACK_ID_ROLE)
           for r in range(2)]  # fmt: skip
    assert ids == [soon.id, later.id]


def test_reschedule_keeps_the_promise_and_makes_the_new_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    maryam = 3
    service = _clear_work(window)
    cid = _callback(window, maryam, minutes_from_now=-5, note="Refund decision")
    window.next_callback_action.trigger()
    panel = window.callback_panel
    qtbot.waitUntil(lambda: panel.callback is not None and panel.callback.id == cid)
    dialog = panel.reschedule()
    assert isinstance(dialog, CallbackFormDialog)
    assert dialog.windowTitle() == "Reschedule the callback"
    qtbot.waitUntil(dialog.schedule_button.isEnabled, timeout=5000)
    with qtbot.waitSignal(panel.finished, timeout=5000) as got:
        dialog.schedule_button.click()
    assert got.args == [cid, "rescheduled"]
    old = service.get(cid)
    assert old.state in ("kept", "broken") and old.last_outcome == "reschedule"
    (new,) = [c for c in service.for_customer(maryam) if c.note == "Refund decision"]
    assert new.id != cid and new.owner == "Dana Kask"


def _whole_history_rows(window: MainWindow) -> int:
    table = window.history.table
    viewport = table.viewport()
    if not table.isVisible() or viewport.visibleRegion().isEmpty():
        return 0
    shown = viewport.visibleRegion().boundingRect()
    rows = 0
    for row in range(window.history.model.rowCount()):
        rect = table.visualRect(window.history.model.index(row, 0))
        if rect.isValid() and shown.contains(rect.adjusted(1, 0, 0, 0)):
            rows += 1
    return rows


# 1177×736: the window the console opens on a 1280×800 screen (92 %, ``_default_geometry``).
@pytest.mark.parametrize(("size", "rows"), [((1280, 800), 5), ((1177, 736), 5), ((1024, 640), 2)])
def test_after_f8_the_history_keeps_room(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int], rows: int
) -> None:
    """The desk after F8: the start-up reminder steps aside once the agent acts, the
    callback's buttons fit one row at 1280 wide, and the customer's history stays readable."""
    from tests.ui.test_pop_banner import desk_at

    desk_at(qtbot, window, size)
    reminder = window.callback_reminder
    qtbot.waitUntil(reminder.isVisible, timeout=5000)
    assert "callbacks due now" in reminder.text.text()  # a first start: none "while closed"
    panel = window.callback_panel
    with qtbot.waitSignal(window.history.page_loaded, timeout=5000):
        window.next_callback_action.trigger()
    qtbot.waitUntil(lambda: panel.isVisible() and panel.callback is not None)
    qtbot.wait(200)
    assert reminder.isHidden() or reminder.height() <= reminder.fontMetrics().height() * 2 + 20
    if size[0] >= 1177:
        buttons = [panel.dial_button, *panel.outcome_buttons.values(),
                   panel.reschedule_button, panel.put_back]  # fmt: skip
        assert len({b.mapTo(panel, b.rect().topLeft()).y() for b in buttons}) == 1
    assert window.history.model.rowCount() >= rows
    assert _whole_history_rows(window) >= rows
