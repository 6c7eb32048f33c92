"""The warm transfer form (scenario 1): who can take the call, what the note must carry.

Every test drives the real dialog on the real window's demo database as Dana and checks what
the agent sees (the target list, the required markers, "Still needed", the banner) and what
the service stored (the receiver's inbox, the customer's timeline, the bounce reason).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from console.drafts import DraftStore
from console.services.transfers import TransferNote, TransferService, TransferView
from console.services.users import UserInfo, UserService
from tests.ui.conftest import type_text
from ui.main_window import MainWindow
from ui.transfer_form_dialog import TransferFormDialog

PETROVA = 1  # Ольга Петрова: the customer who has explained it three times
SCREENSHOT = "/tmp/transfer_form.png"
SCREENSHOT_BOUNCE = "/tmp/transfer_form_bounce.png"


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """Refusals are said in the form: any message box would be a failure (and never blocks)."""
    shown: list[QDialog] = []
    monkeypatch.setattr("ui.errors.present", lambda dialog, **_kw: shown.append(dialog))
    return shown


def user(window: MainWindow, username: str) -> UserInfo:
    return UserService(window.context.db).get(username)


def open_form(qtbot: QtBot, window: MainWindow, customer_id: int = PETROVA) -> TransferFormDialog:
    """The form as the agent gets it: shown, with the customer, targets and draft loaded."""
    dialog = TransferFormDialog(window.context, customer_id, parent=window, hub=window.hub)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
    return dialog


def item_index(dialog: TransferFormDialog, text: str) -> int:
    """The target whose line starts with ``text`` ("Queue: Refunds", "Irina Volkova")."""
    for i in range(dialog.target.count()):
        if dialog.target.itemText(i).startswith(text):
            return i
    raise AssertionError(f"no target {text!r} in {targets(dialog)}")


def targets(dialog: TransferFormDialog) -> list[str]:
    return [dialog.target.itemText(i) for i in range(dialog.target.count())]


def enabled(dialog: TransferFormDialog, index: int) -> bool:
    model = dialog.target.model()
    return bool(model.flags(model.index(index, 0)) & Qt.ItemFlag.ItemIsEnabled)


def choose(qtbot: QtBot, dialog: TransferFormDialog, text: str) -> None:
    """Pick a target from the list, then wait for what it requires."""
    dialog.target.setCurrentIndex(item_index(dialog, text))
    qtbot.waitUntil(lambda: dialog.required is not None, timeout=5000)


def marked(dialog: TransferFormDialog) -> set[str]:
    return {key for key, label in dialog.labels.items() if label.text().endswith(" *")}


def fill_refunds_minimum(qtbot: QtBot, dialog: TransferFormDialog, issue: str) -> None:
    dialog.reason.setCurrentIndex(dialog.reason.findData("refund"))
    qtbot.keyClicks(dialog.issue, issue)
    qtbot.keyClicks(dialog.tried, "Checked booking K7QX2M: the fare is refundable")


def send(qtbot: QtBot, dialog: TransferFormDialog) -> TransferView:
    with qtbot.waitSignal(dialog.sent, timeout=5000) as blocker:
        dialog.send_button.click()
    view = blocker.args[0]
    assert isinstance(view, TransferView)
    return view


def test_targets_list_colleagues_with_availability_then_queues(
    qtbot: QtBot, window: MainWindow
) -> None:
    irina = user(window, "irina")
    TransferService(window.context.db).heartbeat(irina.id)
    dialog = open_form(qtbot, window)

    assert dialog.objectName() == "transferForm"
    assert dialog.windowTitle() == "Warm transfer: Ольга Петрова"
    lines = targets(dialog)
    assert not any(line.startswith("Dana Kask") for line in lines)  # not to herself
    first_queue = next(i for i, line in enumerate(lines) if line.startswith("Queue: "))
    agents = [line for line in lines[:first_queue] if line]
    assert agents and all(" · " in line for line in agents)
    assert all(line.startswith("Queue: ") for line in lines[first_queue:] if line)

    irina_at = item_index(dialog, "Irina Volkova")
    assert dialog.target.itemText(irina_at) == "Irina Volkova · available"
    assert enabled(dialog, irina_at)
    marko_at = item_index(dialog, "Marko Saar")
    assert re.fullmatch(r"Marko Saar · (not signed in|off shift)", lines[marko_at])
    assert not enabled(dialog, marko_at)  # greyed: nobody would answer
    assert not dialog.select_target("agent", user(window, "marko").id)
    assert dialog.target_key is None
    refunds = lines[item_index(dialog, "Queue: Refunds")]
    assert re.fullmatch(r"Queue: Refunds · \d+ signed in", refunds)

    assert dialog.still_needed.text() == "Still needed: a colleague or queue"
    assert not dialog.send_button.isEnabled()


# The search popup asks the offscreen platform for things it cannot do (and says so).
@pytest.mark.qt_log_ignore(r"^This plugin does not support (raise\(\)|grabbing the keyboard)")
def test_typing_part_of_a_queue_name_chooses_it(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_form(qtbot, window)
    search = dialog.target_search
    search.setFocus()
    qtbot.keyClicks(search, "refu")
    qtbot.keyClick(search, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.target_key is not None, timeout=5000)
    assert dialog.target.currentText().startswith("Queue: Refunds")
    qtbot.waitUntil(lambda: dialog.required is not None, timeout=5000)


def test_refunds_needs_reason_issue_and_what_was_tried_before_send(
    qtbot: QtBot, window: MainWindow
) -> None:
    db = window.context.db
    irina = user(window, "irina")
    dialog = open_form(qtbot, window)
    choose(qtbot, dialog, "Queue: Refunds")

    assert dialog.required == ("reason", "issue", "tried")
    assert marked(dialog) == {"target", "reason", "issue", "tried"}
    assert dialog.labels["reason"].text() == "&Reason *"
    assert not dialog.send_button.isEnabled()
    assert dialog.still_needed.text() == (
        "Still needed: reason, the customer's issue, and what was already tried"
    )

    dialog.reason.setCurrentIndex(dialog.reason.findData("refund"))
    qtbot.keyClicks(dialog.issue, "Refund for cancelled AU 213 (EUR 640)")
    assert dialog.still_needed.text() == "Still needed: what was already tried"
    assert not dialog.send_button.isEnabled()
    qtbot.keyClicks(dialog.tried, "Checked booking K7QX2M: the fare is refundable")
    assert dialog.send_button.isEnabled()
    assert dialog.still_needed.text() == "Ready to send (Ctrl+Enter)."

    with qtbot.waitSignal(window.hub.interactions_changed, timeout=5000) as announced:
        view = send(qtbot, dialog)
    assert announced.args == [PETROVA]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert view.to_queue == "Refunds" and view.note.issue == "Refund for cancelled AU 213 (EUR 640)"
    inbox = TransferService(db).inbox(irina.id)
    assert [t.id for t in inbox] == [view.id]
    assert inbox[0].from_user == "Dana Kask" and inbox[0].note.reason == "refund"
    timeline = window.context.customers.timeline(PETROVA)
    transfers = [item for item in timeline if item.kind == "transfer"]
    assert transfers and "Refund for cancelled AU 213 (EUR 640)" in transfers[0].summary
    qtbot.waitUntil(lambda: DraftStore().load(dialog.draft_key) is None, timeout=5000)


def test_ctrl_enter_sends_once_everything_required_is_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_form(qtbot, window)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    choose(qtbot, dialog, "Queue: Refunds")
    fill_refunds_minimum(qtbot, dialog, "Refund decision is late")
    assert not dialog.send_button.isDefault()
    qtbot.keyClick(dialog.issue, Qt.Key.Key_Return)  # Enter in a line is not "send"
    assert not dialog.sending and dialog.isVisible()
    dialog.notes.setFocus()
    with qtbot.waitSignal(dialog.sent, timeout=5000):
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.notes.toPlainText() == ""  # the shortcut sent; it typed no new line


def test_a_colleague_who_signed_out_is_refused_inline_and_nothing_is_lost(
    qtbot: QtBot, window: MainWindow, message_boxes: list[QDialog]
) -> None:
    service = TransferService(window.context.db)
    irina = user(window, "irina")
    service.heartbeat(irina.id)
    dialog = open_form(qtbot, window)
    choose(qtbot, dialog, "Irina Volkova")
    assert dialog.target_key == f"agent:{irina.id}"
    fill_refunds_minimum(qtbot, dialog, "Wants the refund decision today")
    qtbot.keyClicks(dialog.notes, "Speaks Russian; prefers Irina")
    assert dialog.send_button.isEnabled()

    # Irina's console went away while Dana was typing.
    service.heartbeat(irina.id, now=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10))
    dialog.send_button.click()
    qtbot.waitUntil(dialog.banner.isVisible, timeout=5000)

    assert "Irina Volkova is not signed in" in dialog.banner.text()
    assert dialog.isVisible() and not message_boxes
    assert dialog.issue.text() == "Wants the refund decision today"
    assert dialog.tried.toPlainText() == "Checked booking K7QX2M: the fare is refundable"
    assert dialog.notes.toPlainText() == "Speaks Russian; prefers Irina"
    assert dialog.reason.currentData() == "refund"
    # The list now says who can answer; the draft on disk has every word.
    qtbot.waitUntil(lambda: not enabled(dialog, item_index(dialog, "Irina Volkova")), timeout=5000)
    shown = dialog.target.itemText(item_index(dialog, "Irina Volkova"))
    assert re.fullmatch(r"Irina Volkova · (not signed in|off shift)", shown)
    assert dialog.still_needed.text() == "Still needed: a colleague who is signed in, or a queue"
    assert not dialog.send_button.isEnabled()
    qtbot.waitUntil(lambda: DraftStore().load(dialog.draft_key) is not None, timeout=5000)
    draft = DraftStore().load(dialog.draft_key)
    assert draft is not None and json.loads(draft.text)["notes"] == "Speaks Russian; prefers Irina"
    assert service.inbox(irina.id) == []

    # Sending to her queue instead goes through, with the same note.
    choose(qtbot, dialog, "Queue: Refunds")
    assert not dialog.banner.isVisible()
    view = send(qtbot, dialog)
    assert view.to_queue == "Refunds" and view.note.notes == "Speaks Russian; prefers Irina"


def test_a_send_retried_after_a_lost_answer_never_makes_a_second_transfer(
    qtbot: QtBot, window: MainWindow
) -> None:
    service = TransferService(window.context.db)
    irina = user(window, "irina")
    dialog = open_form(qtbot, window)
    choose(qtbot, dialog, "Queue: Refunds")
    fill_refunds_minimum(qtbot, dialog, "Refund for AU 213")
    # The first attempt reached the database, but its answer never came back.
    refunds = service.inbox(irina.id)
    landed = service.send(dialog.request_key, PETROVA, window.context.user.id, dialog.note(),
                          to_queue_id=int(str(dialog.target_key).split(":")[1]))  # fmt: skip
    assert len(service.inbox(irina.id)) == len(refunds) + 1

    view = send(qtbot, dialog)  # the agent presses Send again
    assert view.id == landed.id
    assert len(service.inbox(irina.id)) == len(refunds) + 1
    timeline = window.context.customers.timeline(PETROVA)
    assert [i.summary for i in timeline].count(timeline[0].summary) == 1
    assert "Refund for AU 213" in timeline[0].summary


def test_everything_typed_is_kept_as_a_draft_and_comes_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_form(qtbot, window)
    choose(qtbot, dialog, "Queue: Refunds")
    dialog.mood.setCurrentIndex(dialog.mood.findData("frustrated"))
    dialog.identity.setChecked(True)
    with qtbot.waitSignal(dialog.draft_written, timeout=5000):
        type_text(dialog.issue, "Третий звонок: возврат за AU 213")
    key, request_key = dialog.draft_key, dialog.request_key
    assert key.startswith("transfer:") and key.endswith(f":{PETROVA}")
    draft = DraftStore().load(key)
    assert draft is not None
    assert json.loads(draft.text)["issue"] == "Третий звонок: возврат за AU 213"
    dialog.reject()

    again = open_form(qtbot, window)
    assert again.issue.text() == "Третий звонок: возврат за AU 213"
    assert again.mood.currentData() == "frustrated"
    assert again.identity.isChecked()
    assert again.target.currentText().startswith("Queue: Refunds")
    assert again.banner.isVisible() and "unsaved transfer note is back" in again.banner.text()
    # A send tried before closing may have landed: the retry uses the same key.
    assert again.request_key == request_key
    qtbot.waitUntil(lambda: again.required is not None, timeout=5000)


def test_closing_right_after_typing_still_keeps_the_text(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_form(qtbot, window)
    qtbot.keyClicks(dialog.notes, "Customer is driving, keep it short")
    dialog.reject()  # before the draft timer fired

    draft = DraftStore().load(dialog.draft_key)
    assert draft is not None and json.loads(draft.text)["notes"] == (
        "Customer is driving, keep it short"
    )
    again = open_form(qtbot, window)
    assert again.notes.toPlainText() == "Customer is driving, keep it short"


def test_a_third_handover_needs_a_reason_the_supervisor_reads(
    qtbot: QtBot, window: MainWindow
) -> None:
    service = TransferService(window.context.db)
    marko, irina, sergei = (user(window, name) for name in ("marko", "irina", "sergei"))
    service.heartbeat(irina.id)
    service.heartbeat(sergei.id)
    note = TransferNote(reason="refund", issue="Refund for AU 213", tried="Checked the booking")
    first = service.send(uuid.uuid4().hex, PETROVA, marko.id, note, to_user_id=irina.id)
    service.accept(first.id, irina.id)
    second = service.send(uuid.uuid4().hex, PETROVA, irina.id, note, to_user_id=sergei.id)
    service.accept(second.id, sergei.id)

    dialog = open_form(qtbot, window)
    assert dialog.handovers == 2
    assert dialog.bounce_box.isVisible() and dialog.bounce_reason.isVisible()
    assert "Ольга Петрова was already passed on 2 times in this contact" in (
        dialog.bounce_explanation.text()
    )
    assert dialog.labels["bounce_reason"].text() == "&Why another handover? *"
    choose(qtbot, dialog, "Queue: Refunds")
    fill_refunds_minimum(qtbot, dialog, "Refund decision still missing")
    assert dialog.still_needed.text() == "Still needed: why another handover is needed"
    assert not dialog.send_button.isEnabled()

    qtbot.keyClicks(dialog.bounce_reason, "Only the Refunds lead can approve EUR 640")
    view = send(qtbot, dialog)
    assert view.handover_no == 3
    assert view.bounce_reason == "Only the Refunds lead can approve EUR 640"


def test_a_queue_that_takes_only_verified_customers_marks_identity_required(
    qtbot: QtBot, window: MainWindow
) -> None:
    TransferService(window.context.db).set_required("Refunds", "reason,issue,identity_verified")
    dialog = open_form(qtbot, window)
    choose(qtbot, dialog, "Queue: Refunds")

    assert marked(dialog) == {"target", "reason", "issue", "identity_verified"}
    assert dialog.labels["identity_verified"].text() == "I&dentity *"
    assert dialog.identity.accessibleDescription() == "Required"
    dialog.reason.setCurrentIndex(dialog.reason.findData("refund"))
    qtbot.keyClicks(dialog.issue, "Refund for AU 213")
    assert dialog.still_needed.text() == "Still needed: identity verified"
    assert not dialog.send_button.isEnabled()
    dialog.identity.setChecked(True)
    assert dialog.send_button.isEnabled()

    # Another target with other rules: the markers follow it.
    choose(qtbot, dialog, "Queue: General")
    qtbot.waitUntil(lambda: dialog.required == ("reason", "issue", "tried"), timeout=5000)
    assert marked(dialog) == {"target", "reason", "issue", "tried"}


def test_what_the_service_refuses_is_shown_next_to_its_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    service = TransferService(window.context.db)
    dialog = open_form(qtbot, window)
    choose(qtbot, dialog, "Queue: Refunds")
    fill_refunds_minimum(qtbot, dialog, "Refund for AU 213")
    # A supervisor tightens the queue's rules while Dana is typing.
    service.set_required("Refunds", "reason,issue,tried,mood")
    dialog.send_button.click()

    error = dialog.field_errors["mood"]
    qtbot.waitUntil(error.isVisible, timeout=5000)
    assert error.text() == "The customer's mood is required by this queue"
    qtbot.waitUntil(lambda: "mood" in marked(dialog), timeout=5000)
    assert dialog.still_needed.text() == "Still needed: the customer's mood"
    assert not dialog.send_button.isEnabled()
    assert dialog.issue.text() == "Refund for AU 213"

    assert dialog.banner.text() == "Not sent yet: please correct what is marked."
    dialog.mood.setCurrentIndex(dialog.mood.findData("worried"))
    assert not error.isVisible() and not dialog.banner.isVisible()
    view = send(qtbot, dialog)
    assert view.note.mood == "worried"


def test_the_only_open_promise_is_linked_and_carried_into_the_note(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_form(qtbot, window)
    assert dialog.promise_link.isEnabled() and dialog.promise_link.count() == 2
    assert dialog.promise_link.itemText(1) == "Refund decision by Friday"
    callback_id = dialog.promise_link.itemData(1)
    # Ольга has one open promise: it is linked and said without the agent asking.
    assert dialog.promise_link.currentIndex() == 1
    promised = dialog.promised.toPlainText()
    assert promised.startswith("Refund decision by Friday. We will call you on")
    # Editable, and an agent's edit is kept.
    dialog.promised.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(dialog.promised, " Irina decides.")
    promised = dialog.promised.toPlainText()
    assert promised.endswith("Irina decides.")
    choose(qtbot, dialog, "Queue: Refunds")
    fill_refunds_minimum(qtbot, dialog, "Refund decision for AU 213")
    view = send(qtbot, dialog)
    assert view.note.callback_id == callback_id
    assert view.note.promised == promised


def test_fill_sets_the_fields_a_script_knows(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_form(qtbot, window)
    qtbot.keyClicks(dialog.issue, "typed by the agent")

    skipped = dialog.fill(
        {
            "reason": "Booking change",
            "issue": "Move AU 213 to Monday",
            "tried": "No seats on Sunday",
            "promised": "A call back today",
            "identity_verified": "yes",
            "mood": "calm",
            "notes": "Travels with a child",
            "colour": "blue",
        }
    )

    assert skipped == ["colour"]
    note = dialog.note()
    assert (note.reason, note.issue, note.tried, note.promised, note.identity_verified,
            note.mood, note.notes) == ("booking change", "Move AU 213 to Monday",
                                       "No seats on Sunday", "A call back today", True,
                                       "calm", "Travels with a child")  # fmt: skip
    assert dialog.fill({"mood": "ecstatic"}) == ["mood"]
    assert dialog.mood.currentData() == "calm"
    dialog.issue.undo()  # what the agent had typed is one Ctrl+Z away
    assert dialog.issue.text() == "typed by the agent"


def test_every_field_has_a_label_with_a_mnemonic_and_a_logical_tab_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_form(qtbot, window)
    # Only the form's own widgets: wrapping Qt's private children of the combos in Python
    # objects outlives them and crashes the garbage collector later.
    own = [value for value in vars(dialog).values() if isinstance(value, QWidget)]
    own += [*dialog.labels.values(), *dialog.field_errors.values()]
    for widget in own:
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(widget, QLabel):
            assert widget.objectName().startswith("transfer"), widget
            assert widget.accessibleName(), widget.objectName()
    for key, label in dialog.labels.items():
        assert "&" in label.text() and label.buddy() is not None, key
    # Alt+letter reaches every field and button, each letter once.
    labels = [*dialog.labels.values(), dialog.promise_link_label]
    assert dialog.promise_link_label.buddy() is dialog.promise_link
    texts = [label.text() for label in labels]
    texts += [dialog.send_button.text(), dialog.cancel_button.text()]
    letters = [m.group(1).lower() for text in texts if (m := re.search(r"&(\w)", text))]
    assert len(letters) == len(texts) and len(letters) == len(set(letters)), texts

    # Tab walks the form top to bottom, as the agent fills it in.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.target.setFocus()
    qtbot.waitUntil(dialog.target.hasFocus)
    expected = [dialog.reason, dialog.issue, dialog.tried, dialog.promised, dialog.promise_link,
                dialog.identity, dialog.mood, dialog.notes, dialog.send_button]  # fmt: skip
    dialog.identity.setChecked(False)
    order: list[QWidget] = []
    for _ in expected:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        order.append(now)
    # Send is still disabled (nothing typed), so Tab skips it to Cancel.
    assert order == [*expected[:-1], dialog.cancel_button]


def test_a_customer_who_is_gone_is_said_in_the_form_and_nothing_can_be_sent(
    qtbot: QtBot, window: MainWindow, message_boxes: list[QDialog]
) -> None:
    dialog = TransferFormDialog(window.context, 999_999, parent=window, hub=window.hub)
    dialog.show()
    qtbot.waitUntil(dialog.banner.isVisible, timeout=5000)

    assert "does not exist" in dialog.banner.text()
    assert dialog.customer_name.text() == "Customer not available"
    assert not dialog.ready and not dialog.send_button.isEnabled()
    assert not dialog.inputs.isEnabled() and not message_boxes
    assert dialog.still_needed.text() == "Nothing can be sent from this form now."


def test_the_form_looks_right_at_its_default_size(qtbot: QtBot, window: MainWindow) -> None:
    service = TransferService(window.context.db)
    service.heartbeat(user(window, "irina").id)
    dialog = open_form(qtbot, window)
    choose(qtbot, dialog, "Queue: Refunds")
    dialog.reason.setCurrentIndex(dialog.reason.findData("refund"))
    qtbot.keyClicks(dialog.issue, "Refund for cancelled AU 213 (EUR 640)")
    dialog.promise_link.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not dialog.still_needed.text().startswith("Checking"))
    assert abs(dialog.width() - 600) <= 20 and abs(dialog.height() - 620) <= 40
    assert_nothing_clipped(qtbot, dialog)
    dialog.grab().save(SCREENSHOT)


def test_the_form_with_the_bounce_field_is_not_cramped(qtbot: QtBot, window: MainWindow) -> None:
    service = TransferService(window.context.db)
    marko, irina, sergei = (user(window, name) for name in ("marko", "irina", "sergei"))
    service.heartbeat(irina.id)
    service.heartbeat(sergei.id)
    note = TransferNote(reason="refund", issue="Refund for AU 213", tried="Checked the booking")
    for sender, receiver in ((marko, irina), (irina, sergei)):
        sent = service.send(uuid.uuid4().hex, PETROVA, sender.id, note, to_user_id=receiver.id)
        service.accept(sent.id, receiver.id)
    dialog = open_form(qtbot, window)
    choose(qtbot, dialog, "Queue: Refunds")
    fill_refunds_minimum(qtbot, dialog, "Refund decision still missing")
    assert dialog.bounce_box.isVisible()
    assert_nothing_clipped(qtbot, dialog)
    dialog.grab().save(SCREENSHOT_BOUNCE)


def assert_nothing_clipped(qtbot: QtBot, dialog: TransferFormDialog) -> None:
    """Every visible label and button has at least the room its text needs."""
    qtbot.waitUntil(lambda: not dialog._fit_timer.isActive())
    own = [value for value in vars(dialog).values() if isinstance(value, QWidget)]
    labels = [w for w in own if isinstance(w, QLabel)]
    labels += [*dialog.labels.values(), *dialog.field_errors.values()]
    for label in labels:
        if not label.isVisibleTo(dialog) or not label.text():
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            assert label.height() >= need, (label.objectName(), label.height(), need)
        else:
            hint = label.sizeHint()
            assert label.width() >= hint.width(), (label.objectName(), label.text())
            assert label.height() >= hint.height(), (label.objectName(), label.text())
    for button in (dialog.send_button, dialog.cancel_button):
        if button.isVisibleTo(dialog):
            assert button.width() >= button.sizeHint().width(), button.objectName()
    for edit in (dialog.tried, dialog.promised, dialog.notes):
        lines = edit.height() / edit.fontMetrics().lineSpacing()
        assert lines >= 2, (edit.objectName(), lines)


def test_a_queue_with_nobody_signed_in_nudges_towards_a_callback(
    qtbot: QtBot, window: MainWindow
) -> None:
    TransferService(window.context.db).heartbeat(user(window, "irina").id)
    dialog = open_form(qtbot, window)
    lines = targets(dialog)
    empty = next(line for line in lines if line.endswith("· nobody signed in"))
    staffed = next(line for line in lines if re.search(r"· [1-9]\d* signed in$", line))
    assert not dialog.queue_nudge.isVisible()
    choose(qtbot, dialog, empty.split(" · ")[0])
    name = empty.split(" · ")[0].removeprefix("Queue: ")
    assert dialog.queue_nudge.isVisible() and dialog.callback_instead_button.isVisible()
    assert dialog.queue_nudge.text() == (
        f"Nobody is signed in to {name} now: the customer would wait on hold for no one. "
        "Promise a callback instead?"
    )
    nudge = dialog.queue_nudge
    assert nudge.height() >= nudge.heightForWidth(nudge.width())
    dialog.target.setCurrentIndex(item_index(dialog, staffed.split(" · ")[0]))
    assert not dialog.queue_nudge.isVisible()
    choose(qtbot, dialog, empty.split(" · ")[0])
    with qtbot.waitSignal(dialog.callback_instead, timeout=2000) as blocker:
        qtbot.mouseClick(dialog.callback_instead_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [PETROVA]
    assert not dialog.isVisible()


def test_making_it_a_callback_carries_what_the_call_is_about(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Nobody can take the transfer: the callback form opens with the issue and what was
    tried already in its note, so the agent does not type them twice."""
    from tests.ui.conftest import open_card
    from ui.callback_form_dialog import CallbackFormDialog

    TransferService(window.context.db).heartbeat(user(window, "irina").id)
    open_card(qtbot, window, PETROVA)
    dialog = window.transfer_customer()
    assert isinstance(dialog, TransferFormDialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
    empty = next(line for line in targets(dialog) if line.endswith("· nobody signed in"))
    choose(qtbot, dialog, empty.split(" · ")[0])
    dialog.issue.setText("Refund decision for AU 213")
    dialog.tried.setPlainText("Asked the Refunds lead twice")
    qtbot.mouseClick(dialog.callback_instead_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(f.isVisible() for f in window.findChildren(CallbackFormDialog)), timeout=5000
    )
    form = next(f for f in window.findChildren(CallbackFormDialog) if f.isVisible())
    assert form.note.toPlainText() == "Refund decision for AU 213\nAsked the Refunds lead twice"
    form.reject()
