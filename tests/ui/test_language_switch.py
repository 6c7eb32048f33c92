"""File › Language applies at once: the session rebuilds the window in the new language with the
same customer, the same tab, the same place on screen and everything typed; listeners, the
single-instance server and the database connection carry on, once. When the window cannot be
rebuilt now (offline, a dialog open, still busy), the choice applies at the next start and the
agent is told why."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from console import settings as settings_file
from console.integrations.pop_listener import parse_pop_request
from console.services.callbacks import CallbackService
from console.services.dashboard import Drill
from console.services.incidents import IncidentService
from console.services.transfers import TransferNote, TransferService
from console.settings import Settings
from tests.conftest import _pg_clone
from tests.support.local_socket import exchange
from tests.support.pgserver import PgServer
from tests.support.team import build_team
from tests.ui.conftest import KnownCustomer, adopt_window, open_history, show_window, type_text
from tests.ui.test_translations import translation_of
from ui import console_session, tasks
from ui.app import create_window
from ui.callback_model import state_label
from ui.formatting import clock, format_when, utcnow
from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.note_composer import CALL
from ui.single_instance import InstanceServer

NOTE = TransferNote(
    reason="refund", issue="Third call about the refund for AU 213.",
    tried="Checked the booking.", promised="A decision by Friday", identity_verified=True,
    mood="calm",
)  # fmt: skip


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "en")


def switch(qtbot: QtBot, window: MainWindow, code: str) -> MainWindow:
    """Choose a language in File › Language, as the agent would; the window that replaced
    this one once it is on screen (this one is deleted)."""
    with qtbot.waitSignal(window.session.window_replaced, timeout=15_000) as blocker:
        window.language_actions[code].trigger()
    new = blocker.args[0]
    assert isinstance(new, MainWindow) and new is not window
    adopt_window(qtbot, new)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)
    return new


def main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def file_title(code: str) -> str:
    return "&File" if code == "en" else translation_of(code, "MainWindow", "&File")


def _send_transfer(window: MainWindow, customer_id: int, sender: str = "irina") -> int:
    """Another agent hands a customer over to the one at this window (through the service)."""
    svc = TransferService(window.context.db)
    me = window.context.user.id
    svc.heartbeat(me)
    sender_id = window.context.users.get(sender).id
    sent = svc.send(uuid.uuid4().hex, customer_id, sender_id, NOTE, to_user_id=me)
    return sent.id


def test_english_persian_russian_english_keeps_the_customer_the_note_and_one_window(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    session, context = window.session, window.context
    name = f"agent-console-test-{uuid.uuid4().hex[:12]}"
    instance = InstanceServer(name, default_region="RU")
    assert instance.listen()
    session.attach_instance(instance)
    try:
        window.resize(1180, 760)
        open_history(qtbot, window, petrova.id)
        composer = window.history.composer
        composer.focus_editor()
        type_text(composer.editor, "Half a note about the refund")
        typed = composer.editor.toPlainText()
        for code in ("fa", "ru", "en"):
            window = switch(qtbot, window, code)
            # The menus speak the new language, and the layout follows its direction.
            titles = menu_titles(window)
            assert file_title(code) in titles
            assert code == "en" or "&File" not in titles
            assert window.language_actions[code].isChecked()
            rtl = code == "fa"
            want = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            assert QApplication.layoutDirection() == want and window.layoutDirection() == want
            # The same console: the same database and user, not a new connection.
            assert window.session is session and window.context is context
            assert session.window is window and session.live.parent() is session
            # Exactly one main window, on screen, of the same size.
            assert main_windows() == [window] and window.isVisible()
            assert (window.width(), window.height()) == (1180, 760)
            # The same customer, card and timeline, and the half-typed note.
            qtbot.waitUntil(lambda w=window: w.card.card is not None, timeout=5000)
            assert window.card.card is not None and window.card.card.id == petrova.id
            qtbot.waitUntil(lambda w=window: w.history.model.rowCount() > 0, timeout=5000)
            assert window.history.customer_id == petrova.id and window.history_pane.isVisible()
            editor = window.history.composer.editor
            assert editor.toPlainText() == typed  # at once: no key can come before it
            # Typing goes on in the new window, and is carried to the next one too.
            editor.moveCursor(editor.textCursor().MoveOperation.End)
            type_text(editor, f" {code}")
            typed = editor.toPlainText()
        assert typed == "Half a note about the refund fa ru en"
        assert session.switches == 3
        # The single-instance server still answers, and its pop reaches the new window.
        with qtbot.waitSignal(session.popped, timeout=10_000) as popped:
            reply = exchange(qtbot, name, json.dumps({"phone": petrova.e164}).encode() + b"\n")
        assert reply == {"ok": True}
        assert popped.args[0].customer_id == petrova.id
        assert window.pop_banner.isVisible()
        # Changes made elsewhere still arrive (SQLite: the inbox polls).
        sent = _send_transfer(window, petrova.id)
        inbox = window.transfer_inbox
        qtbot.waitUntil(lambda: inbox.current is not None and inbox.current.id == sent,
                        timeout=10_000)  # fmt: skip
        assert inbox.alerts == 1
    finally:
        instance.close()


def test_persian_puts_the_script_library_beside_the_customer_on_the_left(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    window.resize(1400, 850)
    window.script_dock.show()
    open_history(qtbot, window, petrova.id)
    qtbot.waitUntil(lambda: window.script_dock.isVisible())
    assert window.script_dock.geometry().x() > window.centralWidget().geometry().x()
    window = switch(qtbot, window, "fa")
    dock, central = window.script_dock, window.centralWidget()
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    qtbot.waitUntil(dock.isVisible)
    # Mirrored: the library on the left, the card beside it, the search at the right edge.
    assert dock.geometry().right() < central.geometry().x() + 5
    assert window.search_pane.mapTo(window, window.search_pane.rect().topLeft()).x() > (
        window.card_pane.mapTo(window, window.card_pane.rect().topLeft()).x()
    )
    window = switch(qtbot, window, "en")
    assert window.dockWidgetArea(window.script_dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_a_window_built_in_persian_has_the_library_on_the_left(
    qtbot: QtBot, demo_db_url: str
) -> None:
    settings = Settings(default_region="RU", language="fa")
    window = show_window(qtbot, create_window(demo_db_url, "dana", settings=settings))
    assert window.dockWidgetArea(window.script_dock) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_a_maximised_supervisor_on_the_dashboard_stays_there(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    window = show_window(qtbot, create_window(demo_db_url, "riina", settings=settings))
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.show_dashboard()
    assert window.workspace_tabs is not None and window.dashboard is not None
    # A list behind a figure, open beside the dashboard (not modal: the menu is reachable).
    window.dashboard.open_drill(Drill(title="Open callbacks"))
    window = switch(qtbot, window, "ru")
    assert window.dashboard is not None
    assert [d.drill.title for d in window.dashboard.drills] == ["Open callbacks"]
    assert all(d.isVisible() and d.parentWidget() is window for d in window.dashboard.drills)
    assert window.isMaximized()
    assert window.workspace_tabs is not None
    assert window.workspace_tabs.currentWidget() is window.dashboard
    assert translation_of("ru", "MainWindow", "Dashboard") in [
        window.workspace_tabs.tabText(i) for i in range(window.workspace_tabs.count())
    ]


def test_what_was_already_said_is_not_said_again_and_the_work_goes_on(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    """The reminder does not beep again for the same callbacks, the incoming transfer does not
    beep again, the callback being worked and the words typed around it stay."""
    reminder = window.callback_reminder
    qtbot.waitUntil(lambda: reminder.checks >= 1, timeout=5000)
    beeps = reminder.beeps
    sent = _send_transfer(window, petrova.id)
    inbox = window.transfer_inbox
    qtbot.waitUntil(lambda: inbox.current is not None and inbox.current.id == sent,
                    timeout=10_000)  # fmt: skip
    inbox.decline_button.click()
    inbox.reason.setText("Refunds are not mine")
    callbacks = window.callback_service.mine(window.context.user.id)
    window.work_callback(callbacks[0])
    panel = window.callback_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.callback is not None, timeout=5000)
    panel.note.setText("Rang twice")
    window.search.box.setText("Петр")
    window = switch(qtbot, window, "ru")
    new_reminder, new_inbox, new_panel = (
        window.callback_reminder,
        window.transfer_inbox,
        window.callback_panel,
    )
    qtbot.waitUntil(lambda: new_reminder.checks >= 1, timeout=5000)
    qtbot.waitUntil(lambda: new_inbox.current is not None, timeout=10_000)
    assert new_reminder.beeps == 0 and beeps >= 0
    assert new_inbox.alerts == 0 and new_inbox.current is not None
    assert new_inbox.current.id == sent
    assert new_inbox.reason.text() == "Refunds are not mine" and new_inbox.reason.isVisible()
    assert new_panel.isVisible() and new_panel.callback is not None
    assert new_panel.callback.id == callbacks[0].id
    assert new_panel.note.text() == "Rang twice"
    assert window.search.box.text() == "Петр"


def test_offline_the_choice_applies_at_the_next_start_and_says_why(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.hub.report_offline("The database server is restarting.")
    assert window.set_language("ru") is not None
    box = window.findChild(QMessageBox, "languageSaved")
    assert box is not None and box.isVisible()
    assert "Русский" in box.text() and "next time it starts" in box.text()
    assert "cannot be reached" in box.text()
    assert settings_file.load_file_only().language == "ru"
    assert window.session.window is window and "&File" in menu_titles(window)
    assert window.language_actions["ru"].isChecked()
    box.close()


def test_an_open_dialog_keeps_the_language_until_the_next_start(
    qtbot: QtBot, window: MainWindow
) -> None:
    about = window.show_about()
    window.language_actions["fa"].trigger()  # a shortcut or a script: the menu is blocked
    box = window.findChild(QMessageBox, "languageSaved")
    assert box is not None and box.isVisible()
    assert "About Agent Console" in box.text() and "next time it starts" in box.text()
    assert window.session.window is window and "&File" in menu_titles(window)
    box.close()
    about.close()


def test_still_busy_after_a_while_falls_back_to_the_next_start(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(console_session, "SWITCH_WAIT_S", 0.2)
    release = threading.Event()
    tasks.run_task(lambda: release.wait(5), lambda _r: None, owner=window)
    try:
        window.language_actions["ru"].trigger()
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "languageSaved") is not None,
                        timeout=5000)  # fmt: skip
    finally:
        release.set()
    box = window.findChild(QMessageBox, "languageSaved")
    assert box is not None and "still waiting for the database" in box.text()
    assert window.session.window is window and "&File" in menu_titles(window)
    box.close()


def test_closing_the_rebuilt_window_ends_the_console_once(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    session = window.session
    window = switch(qtbot, window, "ru")
    assert not session.closed
    open_history(qtbot, window, petrova.id)
    window.close()
    assert session.closed and not session.live.active


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"])
def test_on_postgresql_notifications_reach_the_rebuilt_window_on_one_listener(
    qtbot: QtBot, demo_url_any: str, settings: Settings, petrova_pg: KnownCustomer
) -> None:
    window = show_window(qtbot, create_window(demo_url_any, "dana", settings=settings))
    session = window.session
    qtbot.waitUntil(lambda: session.live.active, timeout=5000)
    listener = session.live
    window = switch(qtbot, window, "fa")
    assert session.live is listener and listener.active
    threads = [t for t in threading.enumerate() if t.name == "live-updates" and t.is_alive()]
    assert len(threads) == 1
    inbox = window.transfer_inbox
    qtbot.waitUntil(lambda: not inbox._busy, timeout=5000)
    assert inbox.timer.interval() >= 15_000  # only a notification can make it fast
    started = time.perf_counter()
    sent = _send_transfer(window, petrova_pg.id)
    qtbot.waitUntil(lambda: inbox.current is not None and inbox.current.id == sent, timeout=3000)
    assert time.perf_counter() - started < 2.0


@pytest.fixture
def petrova_pg(demo_url_any: str) -> KnownCustomer:
    from tests.ui.conftest import known_customer

    return known_customer(demo_url_any, "Ольга Петрова")


@pytest.mark.postgres
def test_in_team_mode_the_switch_keeps_the_same_login_and_connection(
    qtbot: QtBot, pg_server: PgServer, pg_template: str
) -> None:
    team = build_team(_pg_clone(pg_server, pg_template))
    try:
        window = show_window(qtbot, create_window(team.url("sue"), None, settings=Settings()))
        db, user = window.context.db, window.context.user
        assert user.username == team.login["sue"] and window.dashboard is not None
        window = switch(qtbot, window, "th")
        assert window.context.db is db and window.context.user == user
        assert db.engine.url.username == team.login["sue"]
        status = window.connection_status.text()
        assert translation_of("th", "MainWindow", "team") in status and "team" not in status
        qtbot.waitUntil(lambda: window.session.live.active, timeout=5000)
        window.close()
        qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=5000)
    finally:
        team.dispose()


def test_the_screen_pop_banner_stays_with_its_reasons_in_the_new_language(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    with qtbot.waitSignal(window.session.popped, timeout=10_000):
        window.session.show_pop(parse_pop_request({"phone": petrova.e164, "call_id": "c-7"}))
    banner = window.pop_banner
    assert banner.isVisible() and banner.state == "customer"
    reasons = len(banner.reason_rows())
    popped: list[object] = []
    window.session.popped.connect(popped.append)
    window = switch(qtbot, window, "ru")
    banner = window.pop_banner
    assert banner.isVisible() and banner.state == "customer"
    assert banner.title.text() == petrova.full_name and len(banner.reason_rows()) == reasons
    assert banner.heading.text() == translation_of("ru", "PopBanner", "Why they may be calling")
    assert "c-7" in banner.call_info.text()
    qtbot.waitUntil(lambda: window.card.card is not None, timeout=5000)
    assert window.card.card is not None and window.card.card.id == petrova.id
    assert popped == []  # shown again, not popped again (no second "popped" for the PBX)


def test_every_text_field_on_screen_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    """Whatever field the window shows, its text is there after the switch (a field added
    later without a hand-over fails here)."""
    window.resize(1400, 850)
    window.script_dock.show()
    open_history(qtbot, window, petrova.id)
    qtbot.waitUntil(lambda: window.scripts.current is not None, timeout=5000)
    typed: dict[str, str] = {}
    for field in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
        name = field.objectName()
        if not name or not field.isVisible() or field.isReadOnly() or name in typed:
            continue
        field.setFocus()
        type_text(field, "Петр")
        typed[name] = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    assert {"customerSearchBox", "historySearch", "noteText", "scriptSearch"} <= set(typed)
    window = switch(qtbot, window, "fa")

    def kept() -> dict[str, str]:
        found = {}
        for name in typed:
            field = window.findChild(QWidget, name)
            if isinstance(field, QLineEdit):
                found[name] = field.text()
            elif isinstance(field, QPlainTextEdit):
                found[name] = field.toPlainText()
        return found

    qtbot.waitUntil(lambda: kept() == typed, timeout=5000)


# ---- what the window says is said again, in the new language ---------------------------------


def test_the_note_being_typed_is_simply_there_with_its_call_details_and_no_draft_is_back(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    """Nothing was lost from the agent's point of view: no "Your unsaved draft is back."
    after a switch; reopening the customer later still says it (the real case)."""
    open_history(qtbot, window, petrova.id)
    composer = window.history.composer
    composer.set_mode(CALL)
    composer.direction.setCurrentIndex(composer.direction.findData("outbound"))
    composer.outcome.setCurrentIndex(composer.outcome.findData("no answer"))
    composer.focus_editor()
    type_text(composer.editor, "Left a message about AU 213")
    window = switch(qtbot, window, "ru")
    composer = window.history.composer
    assert composer.editor.toPlainText() == "Left a message about AU 213"
    assert composer.mode == CALL and composer.call_button.isChecked()
    assert composer.direction.isVisible() and composer.outcome.isVisible()
    assert composer.direction.currentData() == "outbound"
    assert composer.outcome.currentData() == "no answer"
    assert not composer.message.isVisible() and composer.message.text() == ""
    # Another customer, then back: now the draft did come back, and it says so (in Russian).
    window.open_customer(4)
    qtbot.waitUntil(lambda: composer.customer_id == 4)
    with qtbot.waitSignal(composer.draft_restored, timeout=5000):
        window.open_customer(petrova.id)
    assert composer.editor.toPlainText() == "Left a message about AU 213"
    back = translation_of("ru", "NoteComposer", "Your unsaved draft is back.")
    assert composer.message.isVisible() and composer.message.text() == back


def test_a_call_being_logged_with_no_words_yet_stays_a_call(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    open_history(qtbot, window, petrova.id)
    composer = window.history.composer
    composer.set_mode(CALL)
    composer.outcome.setCurrentIndex(composer.outcome.findData("voicemail"))
    window = switch(qtbot, window, "fa")
    composer = window.history.composer
    assert composer.mode == CALL and composer.outcome.isVisible()
    assert composer.outcome.currentData() == "voicemail"
    assert composer.editor.toPlainText() == "" and not composer.message.isVisible()


def test_a_pinned_handover_is_written_again_in_the_new_language_with_its_words_as_typed(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    sent = _send_transfer(window, petrova.id)
    inbox = window.transfer_inbox
    qtbot.waitUntil(lambda: inbox.current is not None and inbox.current.id == sent,
                    timeout=10_000)  # fmt: skip
    inbox.accept_button.click()
    pinned = window.history.pinned
    qtbot.waitUntil(pinned.isVisible, timeout=5000)
    assert pinned.text().startswith("Handover accepted ")
    window = switch(qtbot, window, "ru")
    pinned = window.history.pinned
    qtbot.waitUntil(lambda w=window: w.history.customer_id == petrova.id, timeout=5000)
    assert pinned.isVisible()
    transfer = TransferService(window.context.db).get(sent)
    when = (transfer.responded_at or transfer.created_at).astimezone(window.context.agent_zone)
    heading = translation_of("ru", "MainWindow", "Handover accepted {time}")
    lines = pinned.text().split("\n")
    assert lines[0] == heading.format(time=clock(when))
    assert "Handover accepted" not in pinned.text()
    assert f": {NOTE.issue}" in pinned.text() and f": {NOTE.promised}" in pinned.text()
    assert f": {NOTE.tried}" in pinned.text()


def test_the_disruption_banner_is_there_with_its_highlight_in_the_new_language(
    qtbot: QtBot, window: MainWindow, demo_db_url: str
) -> None:
    from tests.ui.test_incidents_ui import NAME, _declare

    watch = window.incident_watch
    qtbot.waitUntil(lambda: watch.answers >= 1, timeout=5000)
    _declare(demo_db_url)
    qtbot.waitUntil(lambda: window.incident_banner is not None
                    and window.incident_banner.isVisible(), timeout=6000)  # fmt: skip
    banner = window.incident_banner
    assert banner is not None and banner.rows[0].flash.text() == "New"
    window = switch(qtbot, window, "ru")
    qtbot.waitUntil(lambda w=window: w.incident_banner is not None
                    and w.incident_banner.isVisible(), timeout=6000)  # fmt: skip
    banner = window.incident_banner
    assert banner is not None and len(banner.rows) >= 1
    row = banner.rows[0]
    title = translation_of("ru", "IncidentRow", "Disruption: {name}")
    assert row.name.text() == title.format(name=NAME)
    assert row.flash.isVisible()
    assert row.flash.text() == translation_of("ru", "IncidentBanner", "New")
    assert banner.announcements == []  # shown again, not announced again


@pytest.mark.parametrize("outcome", ["no_answer", "reached"])
def test_the_callback_panel_says_again_what_the_outcome_was_in_the_new_language(
    qtbot: QtBot, window: MainWindow, outcome: str
) -> None:
    service = CallbackService(window.context.db)
    callback = service.mine(window.context.user.id)[0]
    window.work_callback(callback)
    panel = window.callback_panel
    qtbot.waitUntil(lambda: panel.callback is not None and panel.callback.id == callback.id,
                    timeout=5000)  # fmt: skip
    with qtbot.waitSignal(panel.finished, timeout=5000):
        panel.outcome_buttons[outcome].click()
    english = panel.title.text()
    assert english.startswith("No luck this time") or english.startswith("Callback ")
    window = switch(qtbot, window, "ru")
    panel = window.callback_panel
    assert panel.isVisible() and panel.callback is None
    after = service.get(callback.id)
    if after.state == "pending":
        said = translation_of("ru", "CallbackWorkPanel", "No luck this time. Next try {when}.")
        zone = window.context.agent_zone
        want = said.format(when=format_when(after.due_at, zone, utcnow()))
    else:
        said = translation_of("ru", "CallbackWorkPanel", "Callback {state}.")
        want = said.format(state=state_label(after.state))
    assert panel.title.text() == want and panel.title.text() != english
    assert not any(b.isEnabled() for b in panel.outcome_buttons.values())
    assert not panel.dial_button.isEnabled()


def test_a_long_disruption_banner_stays_scrolled_where_the_agent_left_it(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    from console.storage.db import Database
    from console.storage.models import Queue, User
    from tests.ui.test_incidents_ui import _id_of

    riina = _id_of(demo_db_url, User, User.username, "riina")
    queue = _id_of(demo_db_url, Queue, Queue.name, "Cruise care")
    facts = "\n".join(f"Step {i}: what to tell the passenger." for i in range(1, 41))
    db = Database(demo_db_url)
    try:
        IncidentService(db).declare(riina, "Port closed", facts, queue_id=queue)
    finally:
        db.dispose()
    window = show_window(qtbot, create_window(demo_db_url, "dana", settings=settings))
    window.resize(1100, 640)
    qtbot.waitUntil(lambda: window.incident_banner is not None
                    and window.incident_banner.isVisible(), timeout=6000)  # fmt: skip
    banner = window.incident_banner
    assert banner is not None
    bar = banner.findChild(QScrollArea, "incidentBannerScroll").verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(bar.maximum() // 2)
    where = bar.value()
    assert where > 0 and not banner.rows[0].flash.isVisible()
    window = switch(qtbot, window, "fa")
    qtbot.waitUntil(lambda w=window: w.incident_banner is not None
                    and w.incident_banner.isVisible(), timeout=6000)  # fmt: skip
    banner = window.incident_banner
    assert banner is not None
    bar = banner.findChild(QScrollArea, "incidentBannerScroll").verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == where, timeout=5000)
    assert not banner.rows[0].flash.isVisible()
    assert banner.rows[0].facts.text() == facts


def test_what_the_core_said_in_place_is_said_again_in_the_new_language(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    """The composer's "write the note first" and the inbox's "say why you decline" stay on
    screen, in the new language (not the old one's words, and not gone)."""
    open_history(qtbot, window, petrova.id)
    composer = window.history.composer
    composer.save_button.click()
    qtbot.waitUntil(lambda: not composer.saving, timeout=5000)
    assert composer.message.isVisible()
    assert composer.message.text() == "Write the note before saving it."
    sent = _send_transfer(window, petrova.id)
    inbox = window.transfer_inbox
    qtbot.waitUntil(lambda: inbox.current is not None and inbox.current.id == sent,
                    timeout=10_000)  # fmt: skip
    inbox.decline_button.click()
    inbox.decline_current()  # no reason typed
    qtbot.waitUntil(inbox.status.isVisible, timeout=5000)
    assert inbox.status.text().startswith("Please correct: ")
    window = switch(qtbot, window, "ru")
    composer, inbox = window.history.composer, window.transfer_inbox
    qtbot.waitUntil(lambda: composer.customer_id == petrova.id, timeout=5000)
    note_first = translation_of("ru", "console", "Write the note before saving it.")
    assert composer.message.isVisible() and composer.message.text() == note_first
    qtbot.waitUntil(lambda: inbox.current is not None and inbox.status.isVisible(),
                    timeout=10_000)  # fmt: skip
    correct = translation_of("ru", "console", "Please correct: {problems}.")
    why = translation_of("ru", "console", "tell the sender why, so they can find the right person")
    assert inbox.status.text().startswith(correct.split("{")[0]) and why in inbox.status.text()
    assert inbox.reason.isVisible()


def test_the_callbacks_list_and_the_target_to_try_next_stay_chosen(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    window.show_callbacks()
    table = window.callback_table
    table.scope.setCurrentIndex(table.scope.findData("queues"))
    svc = TransferService(window.context.db)
    me = window.context.user.id
    irina = window.context.users.get("irina").id
    svc.heartbeat(irina)
    sent = svc.send(uuid.uuid4().hex, petrova.id, me, NOTE, to_user_id=irina,
                    timeout=dt.timedelta(seconds=0))  # fmt: skip
    status = window.transfer_status
    status.track(sent)
    qtbot.waitUntil(lambda: status.target.count() > 1 and status.target.isVisible(),
                    timeout=5000)  # fmt: skip
    status.target.setCurrentIndex(status.target.count() - 1)
    chosen = status.target.currentData()
    window = switch(qtbot, window, "ru")
    table, status = window.callback_table, window.transfer_status
    assert window.left_tabs.currentWidget() is table and table.current_scope == "queues"
    assert table.scope.currentText() == translation_of(
        "ru", "CallbackTable", "Waiting in my queues"
    )
    qtbot.waitUntil(lambda: status.target.count() > 1 and status.target.isVisible(),
                    timeout=5000)  # fmt: skip
    assert status.target.currentData() == chosen
    assert "Nobody has accepted" not in status.text.text() and status.text.text()
