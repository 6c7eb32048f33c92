"""The callback form (scenario 2): both clocks, the customer's windows, refusals said inline.

Every test drives the real dialog on the real window's database and looks at what the agent
sees: the clocks, the fields, the promise sentence, the refusal box and its buttons.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QGuiApplication, QTextDocumentFragment
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from console import scheduling
from console.drafts import DraftStore
from console.services.callbacks import CallbackService
from console.services.customer_edit import CustomerDraft, CustomerEditService
from tests.ui.conftest import open_history
from ui.callback_form_dialog import CallbackFormDialog
from ui.history_model import HistoryModel
from ui.main_window import MainWindow

MARYAM = 3  # مریم رضایی, Asia/Tehran, IR
JOHN_MILLER = 6  # America/New_York, do-not-call
TEHRAN = ZoneInfo("Asia/Tehran")
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """Refusals are said in the form: any message box would be a failure (and never blocks)."""
    shown: list[QDialog] = []
    monkeypatch.setattr("ui.errors.present", lambda dialog, **_kw: shown.append(dialog))
    return shown


def open_form(qtbot: QtBot, window: MainWindow, customer_id: int) -> CallbackFormDialog:
    """The form as the agent gets it: shown, with the service's first answer in."""
    dialog = CallbackFormDialog(window.context, customer_id, parent=window, hub=window.hub)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(
        lambda: dialog.schedule_button.isEnabled() or dialog.problem.isVisible(), timeout=5000
    )
    return dialog


def wait_valid(qtbot: QtBot, dialog: CallbackFormDialog) -> None:
    qtbot.waitUntil(dialog.schedule_button.isEnabled, timeout=5000)


def plain(label: QLabel) -> str:
    """A label's text as it reads on screen (rich text flattened, one line)."""
    text = QTextDocumentFragment.fromHtml(label.text()).toPlainText()
    return " ".join(text.split())


def shown_start(dialog: CallbackFormDialog) -> dt.datetime:
    """The wall-clock time in the date and time fields (the customer's)."""
    return dt.datetime.combine(
        dialog.date_edit.date().toPython(), dialog.time_edit.time().toPython()
    )


def set_when(dialog: CallbackFormDialog, day: dt.date, hour: int, minute: int = 0) -> None:
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.time_edit.setTime(QTime(hour, minute))


def next_tehran_friday() -> tuple[dt.date, dt.date]:
    """A Friday at least two days ahead whose Friday and Saturday are no public holidays."""
    day = dt.datetime.now(TEHRAN).date() + dt.timedelta(days=2)
    while not (
        day.weekday() == 4
        and scheduling.holiday_name(day, "IR") is None
        and scheduling.holiday_name(day + dt.timedelta(days=1), "IR") is None
    ):
        day += dt.timedelta(days=1)
    return day, day + dt.timedelta(days=1)


def next_us_sunday(month: int, nth: int) -> dt.date:
    """The nth Sunday of a month, in the first year where it is still ahead."""
    today = dt.date.today()
    for year in range(today.year, today.year + 3):
        first = dt.date(year, month, 1)
        sunday = first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
        if sunday > today + dt.timedelta(days=1):
            return sunday
    raise AssertionError("unreachable")


def new_york_customer(window: MainWindow) -> int:
    """A New York customer with a phone, and windows open nearly all day (for DST nights)."""
    db = window.context.db
    CallbackService(db).set_windows("Mon-Sun 00:30-23:30")
    return CustomerEditService(db).create(
        CustomerDraft(
            full_name="Ann Carter",
            time_zone="America/New_York",
            country="US",
            phones=(("+1 212 555 0142", "mobile"),),
        ),
        window.context.user.id,
    )


def test_form_shows_both_clocks_and_opens_on_the_customers_next_window(
    qtbot: QtBot, window: MainWindow, message_boxes: list[QDialog]
) -> None:
    night_before = scheduling.is_night(dt.datetime.now(dt.UTC), "Asia/Tehran")
    dialog = open_form(qtbot, window, MARYAM)
    wait_valid(qtbot, dialog)

    assert dialog.objectName() == "callbackForm"
    assert dialog.customer_name.text() == "مریم رضایی"
    clock = r"\w+ \d\d:\d\d"
    assert re.fullmatch(rf"Customer time {clock} \(Asia/Tehran\)", plain(dialog.customer_clock))
    assert re.fullmatch(rf"Your time {clock} \(Europe/Tallinn\)", plain(dialog.agent_clock))
    now_there = dt.datetime.now(TEHRAN)
    if night_before == scheduling.is_night(now_there, "Asia/Tehran"):  # not 08:00 or 21:00 just now
        assert dialog.night_warning.isVisible() == night_before

    # The default is a valid slot in Tehran's calling windows, in Tehran's time.
    start = shown_start(dialog)
    assert start > now_there.replace(tzinfo=None)
    assert dialog.duration.currentText() == "30 min"
    if start.weekday() == 3:  # Thursday: mornings only
        assert dt.time(9) <= start.time() and start.time() <= dt.time(12, 30)
    else:
        assert start.weekday() in (5, 6, 0, 1, 2)  # Saturday to Wednesday
        assert dt.time(9) <= start.time() <= dt.time(19, 30)
    assert "Sat-Wed 09:00-20:00; Thu 09:00-13:00" in dialog.windows_label.text()

    promise = dialog.promise.text()
    assert promise.startswith("We will call you ")
    assert f"between {start:%H:%M} and " in promise and "(Asia/Tehran)" in promise
    in_tallinn = start.replace(tzinfo=TEHRAN).astimezone(ZoneInfo("Europe/Tallinn"))
    assert f"{in_tallinn:%H:%M}–" in dialog.agent_time.text()
    assert dialog.agent_time.text().endswith("your time (Europe/Tallinn)")

    assert dialog.phone.currentText().startswith("+98 912 345 6789")
    owners = [dialog.owner.itemText(i) for i in range(dialog.owner.count())]
    assert owners[0] == "Me (Dana Kask)" and "Queue: General" in owners
    assert not dialog.problem.isVisible()

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == promise
    assert not message_boxes


def test_a_friday_in_tehran_is_refused_inline_with_the_next_slot_one_click_away(
    qtbot: QtBot, window: MainWindow, message_boxes: list[QDialog]
) -> None:
    friday, saturday = next_tehran_friday()
    dialog = open_form(qtbot, window, MARYAM)
    wait_valid(qtbot, dialog)

    set_when(dialog, friday, 10)
    qtbot.waitUntil(dialog.next_slot_button.isVisible, timeout=5000)
    assert "outside the customer's calling hours" in dialog.problem_text.text()
    assert not dialog.schedule_button.isEnabled()
    offer = dialog.next_slot_button.text().replace("&", "")
    assert offer.startswith("Use next slot: ")
    assert f" {saturday.day:02d} " in offer and offer.endswith(" 09:00")
    assert dialog.promise.text() == "Pick a time the customer can be called."

    qtbot.mouseClick(dialog.next_slot_button, Qt.MouseButton.LeftButton)
    wait_valid(qtbot, dialog)
    assert shown_start(dialog) == dt.datetime.combine(saturday, dt.time(9))
    assert not dialog.problem.isVisible()
    assert dialog.promise.text() == (
        f"We will call you on Saturday {saturday.day} {scheduling.MONTH_NAMES[saturday.month - 1]}"
        " between 09:00 and 09:30 "
        "your time (Asia/Tehran)."
    )
    assert not message_boxes


def test_scheduling_saves_the_promise_and_puts_it_on_the_timeline(
    qtbot: QtBot, window: MainWindow
) -> None:
    history = open_history(qtbot, window, MARYAM)
    dialog = open_form(qtbot, window, MARYAM)
    wait_valid(qtbot, dialog)
    qtbot.keyClicks(dialog.note, "Refund decision by then")
    promise, start = dialog.promise.text(), shown_start(dialog)

    with qtbot.waitSignal(dialog.scheduled, timeout=5000) as scheduled:
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    callback_id = scheduled.args[0]
    saved = {cb.id: cb for cb in CallbackService(window.context.db).for_customer(MARYAM)}
    assert callback_id in saved
    callback = saved[callback_id]
    # Stored with its date (never "today"/"tomorrow"), with the same window as read back.
    window_text = promise[promise.index(" between ") :]
    assert callback.promise.endswith(window_text) and " on " in callback.promise
    assert callback.note == "Refund decision by then"
    assert callback.window_start.astimezone(TEHRAN).replace(tzinfo=None) == start
    assert callback.owner == "Dana Kask"

    def timeline_has_it() -> bool:
        col = HistoryModel.SUMMARY
        texts = [str(history.model.index(r, col).data()) for r in range(history.model.rowCount())]
        return any(t.startswith("Callback promised: " + promise) for t in texts)

    qtbot.waitUntil(timeline_has_it, timeout=5000)
    qtbot.waitUntil(lambda: DraftStore().load(dialog.draft_key) is None, timeout=5000)


def test_the_note_survives_closing_the_form_without_scheduling(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_form(qtbot, window, MARYAM)
    with qtbot.waitSignal(dialog.draft_written, timeout=5000):
        qtbot.keyClicks(dialog.note, "Promised to check the refund")
    assert DraftStore().load(dialog.draft_key) is not None  # kept while typing, not on close
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected

    again = open_form(qtbot, window, MARYAM)
    qtbot.waitUntil(lambda: again.note.toPlainText() == "Promised to check the refund")
    assert again.field_errors["note"].text() == "Your unsaved note is back."
    # Typed and closed at once: the close itself keeps it.
    qtbot.keyClicks(again.note, ", and to email the form")
    again.reject()

    third = open_form(qtbot, window, MARYAM)
    qtbot.waitUntil(
        lambda: third.note.toPlainText() == "Promised to check the refund, and to email the form"
    )


def test_a_do_not_call_customer_cannot_be_promised_a_callback(
    qtbot: QtBot, window: MainWindow, message_boxes: list[QDialog]
) -> None:
    dialog = open_form(qtbot, window, JOHN_MILLER)
    qtbot.waitUntil(lambda: "do-not-call" in dialog.problem_text.text(), timeout=5000)
    assert dialog.problem.isVisible()
    assert "John Miller is marked do-not-call" in dialog.problem_text.text()
    assert not dialog.schedule_button.isEnabled()

    with qtbot.waitSignal(dialog.plan_updated, timeout=5000):
        dialog.mode_asap.click()
    assert "do-not-call" in dialog.problem_text.text()
    assert not dialog.schedule_button.isEnabled()
    assert not message_boxes


def test_a_time_in_the_spring_forward_gap_offers_both_sides_of_the_jump(
    qtbot: QtBot, window: MainWindow
) -> None:
    customer = new_york_customer(window)
    spring = next_us_sunday(3, 2)
    dialog = open_form(qtbot, window, customer)
    wait_valid(qtbot, dialog)

    set_when(dialog, spring, 2, 30)
    qtbot.waitUntil(dialog.choice_second.isVisible, timeout=5000)
    assert "does not exist in America/New_York" in dialog.problem_text.text()
    assert dialog.choice_first.text() == "01:59 (UTC−05:00)"
    assert dialog.choice_second.text() == "03:00 (UTC−04:00)"
    assert not dialog.schedule_button.isEnabled()

    dialog.choice_second.click()
    wait_valid(qtbot, dialog)
    assert shown_start(dialog) == dt.datetime.combine(spring, dt.time(3))
    assert "between 03:00 and 03:30 your time (America/New_York)" in dialog.promise.text()
    assert not dialog.problem.isVisible()


def test_a_time_that_happens_twice_is_scheduled_for_the_occurrence_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    customer = new_york_customer(window)
    autumn = next_us_sunday(11, 1)
    dialog = open_form(qtbot, window, customer)
    wait_valid(qtbot, dialog)

    set_when(dialog, autumn, 1, 30)
    qtbot.waitUntil(dialog.choice_second.isVisible, timeout=5000)
    assert "happens twice" in dialog.problem_text.text()
    assert dialog.choice_first.text() == "First 01:30 (UTC−04:00)"
    assert dialog.choice_second.text() == "Second 01:30 (UTC−05:00)"

    dialog.choice_second.click()
    wait_valid(qtbot, dialog)
    assert dialog.plan is not None
    expected = dt.datetime(autumn.year, autumn.month, autumn.day, 6, 30, tzinfo=dt.UTC)
    assert dialog.plan.slot.start == expected
    assert dialog.choice_second.isChecked()  # still says which 01:30 it is

    with qtbot.waitSignal(dialog.scheduled, timeout=5000):
        dialog.schedule_button.click()
    saved = CallbackService(window.context.db).for_customer(customer)
    assert [cb.window_start for cb in saved] == [expected]


def test_a_note_too_long_is_marked_next_to_the_note_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_form(qtbot, window, MARYAM)
    wait_valid(qtbot, dialog)
    before = len(CallbackService(window.context.db).for_customer(MARYAM))
    dialog.note.setPlainText("x" * 4001)

    dialog.schedule_button.click()
    error = dialog.field_errors["note"]
    qtbot.waitUntil(error.isVisible, timeout=5000)
    assert "At most 4000 characters" in error.text()
    assert dialog.isVisible() and dialog.schedule_button.isEnabled()
    assert len(CallbackService(window.context.db).for_customer(MARYAM)) == before


def test_tab_order_follows_the_form(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_form(qtbot, window, MARYAM)
    wait_valid(qtbot, dialog)
    named = {w for w in dialog.findChildren(QWidget) if w.objectName().startswith("callback")}
    order: list[str] = []
    widget = dialog.date_edit
    for _ in range(1000):
        takes_tab = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        usable = widget.isVisible() and widget.isEnabled() and takes_tab
        if widget in named and usable and widget.objectName() not in order:
            order.append(widget.objectName())
        if widget is dialog.schedule_button:
            break
        widget = widget.nextInFocusChain()
    # The promise (and its Copy button) is shown above the buttons: Tab reaches it first.
    assert order == ["callbackDate", "callbackTime", "callbackDuration", "callbackPhone",
                     "callbackOwner", "callbackNote", "callbackCopyPromise",
                     "callbackSchedule"]  # fmt: skip


def midday_customer(window: MainWindow, windows: str) -> tuple[int, ZoneInfo]:
    """A customer in a zone where it is about noon now, with these calling windows (no
    holidays), so what the form opens on does not depend on when the test runs."""
    offset = 12 - dt.datetime.now(dt.UTC).hour
    name = "Etc/GMT" if offset == 0 else f"Etc/GMT{'-' if offset > 0 else '+'}{abs(offset)}"
    db = window.context.db
    CallbackService(db).set_windows(windows, holidays=False)
    customer = CustomerEditService(db).create(
        CustomerDraft(full_name="Gunnar Jónsson", time_zone=name, country="IS",
                      phones=(("+354 611 2345", "mobile"),)),
        window.context.user.id,
    )  # fmt: skip
    return customer, ZoneInfo(name)


def test_the_form_opens_today_when_the_customers_window_is_open_and_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    customer, zone = midday_customer(window, "Mon-Sun 08:00-18:00")
    before = dt.datetime.now(zone).replace(tzinfo=None)
    dialog = open_form(qtbot, window, customer)
    wait_valid(qtbot, dialog)
    start = shown_start(dialog)
    # The soonest :00 or :30 at least 15 minutes ahead: today, not the next window.
    soonest = (before + dt.timedelta(minutes=15)).replace(second=0, microsecond=0)
    soonest += dt.timedelta(minutes=-soonest.minute % 30)
    assert start.date() == before.date()
    assert start.minute in (0, 30)
    assert soonest <= start <= soonest + dt.timedelta(minutes=30)  # a minute may have passed
    assert dialog.when_why.isVisible()
    assert dialog.when_why.text() == "Their calling window is open now."
    assert dialog.mode == "at" and dialog.mode_next.isEnabled()  # the next window stays a choice
    # Another time chosen by hand: the reason no longer applies.
    set_when(dialog, start.date(), 16)
    qtbot.waitUntil(lambda: not dialog.when_why.isVisible())


def test_the_form_opens_on_the_next_window_when_theirs_is_closed_and_says_which(
    qtbot: QtBot, window: MainWindow
) -> None:
    today = dt.datetime.now(dt.UTC).date()
    day = today + dt.timedelta(days=2)
    weekday = f"{day:%a}"
    customer, zone = midday_customer(window, f"{weekday} 09:00-17:00")
    day = dt.datetime.now(zone).date() + dt.timedelta(days=1)
    while f"{day:%a}" != weekday:
        day += dt.timedelta(days=1)
    dialog = open_form(qtbot, window, customer)
    wait_valid(qtbot, dialog)
    assert shown_start(dialog) == dt.datetime.combine(day, dt.time(9))
    assert dialog.when_why.isVisible()
    assert dialog.when_why.text() == (
        f"Their calling window is closed now. Next window: {day:%A} 09:00"
    )
    assert dialog.when_why.height() >= dialog.when_why.heightForWidth(dialog.when_why.width())
