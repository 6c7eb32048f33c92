"""Adding a note or logging a call from the history pane; drafts that survive the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.drafts import DraftStore
from console.settings import Settings
from console.storage.db import Database
from console.storage.models import Event, Interaction
from tests.ui.conftest import KnownCustomer, open_history, show_window, type_text
from ui.app import create_window
from ui.history_view import HistoryView
from ui.main_window import MainWindow
from ui.note_composer import NoteComposer


def _history(window: MainWindow) -> HistoryView:
    view = window.findChild(HistoryView, "historyView")
    assert view is not None
    return view


def _composer(window: MainWindow) -> NoteComposer:
    composer = window.findChild(NoteComposer, "noteComposer")
    assert composer is not None
    return composer


def _latest(db_url: str, customer_id: int) -> Interaction:
    db = Database(db_url)
    try:
        with db.session() as session:
            row = session.scalars(
                select(Interaction)
                .where(Interaction.customer_id == customer_id)
                .order_by(Interaction.started_at.desc(), Interaction.id.desc())
                .limit(1)
            ).one()
            session.expunge(row)
            return row
    finally:
        db.dispose()


def _ctrl_enter(qtbot: QtBot, composer: NoteComposer) -> None:
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    shown: list[QDialog] = []
    monkeypatch.setattr("ui.errors.present", lambda dialog, **_kw: shown.append(dialog))
    return shown


def test_ctrl_n_puts_the_cursor_in_the_composer(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    composer = _composer(window)
    assert not composer.isEnabled()  # no customer open yet
    open_history(qtbot, window, petrova.id)
    assert not composer.options.isVisible()  # compact until used
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is composer.editor)
    assert composer.options.isVisible()


def test_a_note_saved_with_ctrl_enter_appears_on_top_and_in_the_database(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, demo_db_url: str
) -> None:
    view = open_history(qtbot, window, petrova.id)
    composer = _composer(window)
    composer.focus_editor()
    type_text(composer.editor, "Обещала прислать чек по почте")
    with (
        qtbot.waitSignal(window.hub.interactions_changed, timeout=5000) as announced,
        qtbot.waitSignal(view.page_loaded, timeout=5000),
    ):
        _ctrl_enter(qtbot, composer)
    assert announced.args == [petrova.id]
    top = view.model.rows()[0]
    assert (top.kind, top.summary, top.agent) == ("note", "Обещала прислать чек по почте",
                                                  "Dana Kask")  # fmt: skip
    stored = _latest(demo_db_url, petrova.id)
    assert (stored.id, stored.kind, stored.summary) == (top.id, "note", top.summary)
    assert composer.editor.toPlainText() == "" and not composer.saving
    db = Database(demo_db_url)
    with db.read() as conn:
        action = conn.scalar(
            select(Event.action).where(Event.entity == "interaction", Event.entity_id == top.id)
        )
    db.dispose()
    assert action == "created"


def test_a_call_outcome_is_logged(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, demo_db_url: str
) -> None:
    view = open_history(qtbot, window, petrova.id)
    composer = _composer(window)
    composer.focus_editor()
    qtbot.mouseClick(composer.call_button, Qt.MouseButton.LeftButton)
    assert composer.direction.isVisible() and composer.outcome.isVisible()
    assert composer.save_button.text() == "Save call"
    composer.direction.setCurrentIndex(composer.direction.findData("outbound"))
    composer.outcome.setCurrentIndex(composer.outcome.findData("voicemail"))
    composer.editor.setFocus()
    type_text(composer.editor, "Left a message about the refund")
    with qtbot.waitSignal(view.page_loaded, timeout=5000):
        qtbot.mouseClick(composer.save_button, Qt.MouseButton.LeftButton)
    top = view.model.rows()[0]
    assert (top.kind, top.direction, top.outcome) == ("call", "outbound", "voicemail")
    assert _latest(demo_db_url, petrova.id).summary == "Left a message about the refund"
    assert composer.mode == "note"  # back to the everyday mode


def test_an_empty_note_is_refused_inline_without_a_dialog(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, dialogs: list[QDialog]
) -> None:
    view = open_history(qtbot, window, petrova.id)
    before = view.model.rowCount()
    composer = _composer(window)
    composer.focus_editor()
    type_text(composer.editor, "   ")
    _ctrl_enter(qtbot, composer)
    qtbot.waitUntil(lambda: composer.message.isVisible() and not composer.saving)
    assert composer.message.text() == "Write the note before saving it."
    assert QApplication.focusWidget() is composer.editor
    assert dialogs == []
    assert view.model.rowCount() == before
    type_text(composer.editor, "x")
    assert not composer.message.isVisible()  # typing clears the complaint


def test_a_draft_survives_closing_the_window_and_comes_back(
    qtbot: QtBot,
    window: MainWindow,
    petrova: KnownCustomer,
    demo_db_url: str,
    settings: Settings,
) -> None:
    open_history(qtbot, window, petrova.id)
    composer = _composer(window)
    composer.focus_editor()
    qtbot.mouseClick(composer.call_button, Qt.MouseButton.LeftButton)
    composer.outcome.setCurrentIndex(composer.outcome.findData("escalated"))
    composer.editor.setFocus()
    type_text(composer.editor, "Клиентка просит начальника")
    window.close()  # no save: at once, without waiting for the typing pause

    again = show_window(qtbot, create_window(demo_db_url, "dana", settings=settings))
    restored = _composer(again)
    with qtbot.waitSignal(restored.draft_restored, timeout=5000):
        open_history(qtbot, again, petrova.id)
    assert restored.editor.toPlainText() == "Клиентка просит начальника"
    assert restored.mode == "call"
    assert restored.outcome.currentData() == "escalated"
    assert restored.message.text() == "Your unsaved draft is back."


def test_a_draft_is_on_disk_shortly_after_typing_as_if_the_console_crashed(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    open_history(qtbot, window, petrova.id)
    composer = _composer(window)
    composer.focus_editor()
    with qtbot.waitSignal(composer.draft_written, timeout=3000) as written:
        type_text(composer.editor, "half a thought")
    draft = DraftStore().load(written.args[0])
    assert draft is not None and draft.text == "half a thought"
    assert draft.meta["customer_id"] == petrova.id


def test_each_customer_keeps_their_own_draft(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    open_history(qtbot, window, petrova.id)
    composer = _composer(window)
    composer.focus_editor()
    type_text(composer.editor, "for Петрова")
    open_history(qtbot, window, petrova.id + 1)
    assert composer.editor.toPlainText() == ""
    with qtbot.waitSignal(composer.draft_restored, timeout=5000):
        open_history(qtbot, window, petrova.id)
    assert composer.editor.toPlainText() == "for Петрова"


def test_saving_discards_the_draft(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    view = open_history(qtbot, window, petrova.id)
    composer = _composer(window)
    composer.focus_editor()
    with qtbot.waitSignal(composer.draft_written, timeout=3000) as written:
        type_text(composer.editor, "Refund approved by Refunds lead")
    key = written.args[0]
    assert DraftStore().load(key) is not None
    with qtbot.waitSignal(view.page_loaded, timeout=5000):
        _ctrl_enter(qtbot, composer)
    qtbot.waitUntil(lambda: DraftStore().load(key) is None, timeout=3000)
    assert DraftStore().pending() == []


def test_the_keyboard_alone_logs_a_call(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    view = open_history(qtbot, window, petrova.id)
    composer = _composer(window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is composer.editor)

    def tab() -> object:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        return QApplication.focusWidget()

    # Note / Log call behave like radio buttons: Tab reaches the chosen one, arrows switch.
    assert tab() is composer.note_button
    qtbot.keyClick(composer.note_button, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is composer.call_button
    qtbot.keyClick(composer.call_button, Qt.Key.Key_Space)
    assert composer.mode == "call"
    assert tab() is composer.direction
    assert tab() is composer.outcome
    assert tab() is composer.save_button
    with qtbot.waitSignal(view.page_loaded, timeout=5000):
        qtbot.keyClick(composer.save_button, Qt.Key.Key_Space)
    top = view.model.rows()[0]
    assert (top.kind, top.direction, top.outcome, top.summary) == ("call", "inbound",
                                                                   "resolved", "")  # fmt: skip


def test_log_call_mode_shows_its_choices_whole_and_saves_under_its_own_name(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    from tests.ui.test_pop_banner import desk_at

    desk_at(qtbot, window, (1280, 800))
    open_history(qtbot, window, petrova.id)
    composer = _composer(window)
    composer.focus_editor()
    dock_width = window.script_dock.width()
    qtbot.mouseClick(composer.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(composer.outcome.isVisible)
    # Two controls never share a name: the mode is "Log call", the button saves the call.
    assert composer.call_button.text() == "Log call"
    assert composer.save_button.text() == "Save call"
    for combo in (composer.direction, composer.outcome):
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            qtbot.wait(10)
            # Wide enough for its longest choice ("Callback promised"), nothing cut.
            assert combo.width() >= combo.sizeHint().width(), combo.currentText()
            assert combo.visibleRegion().boundingRect().size() == combo.size()
    assert composer.save_button.visibleRegion().boundingRect().size() == (
        composer.save_button.size()
    )
    # Choosing the mode does not push the script library around.
    assert window.script_dock.width() == dock_width


def test_the_note_box_grows_with_its_text_up_to_a_cap_then_scrolls(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    from tests.ui.test_pop_banner import desk_at

    desk_at(qtbot, window, (1280, 800))
    open_history(qtbot, window, petrova.id)
    composer = _composer(window)
    composer.focus_editor()
    editor = composer.editor
    line = editor.fontMetrics().lineSpacing()
    # A script inserted: several paragraphs the agent must read and check before saving.
    script = "\n\n".join(
        ["Thank you for taking the time to explain everything; I want to put this right."] * 4
    )
    editor.insertPlainText(script)
    qtbot.wait(50)
    assert editor.viewport().height() >= 4 * line
    # A very long text stops growing (the history keeps its rows) and scrolls instead.
    editor.insertPlainText("\n" + "\n".join(f"line {n}" for n in range(60)))
    qtbot.wait(50)
    assert editor.viewport().height() <= 12 * line
    assert editor.verticalScrollBar().isVisible()
    assert window.history.table.height() > 4 * line
