"""The database goes away in the middle of a shift, and comes back: nothing typed is lost.

A real window on this test's OWN throwaway PostgreSQL server (not the session one: this test
stops it and starts it again on the same port). The agent has a note typed and the callback
form open with a promise typed; the server stops; within 5 s the offline banner shows, the
actions that need the server are greyed out and say why, the texts are still on screen and
in the local drafts; Save on the note is accepted as "saved when the connection is back". The
server starts again: the console reconnects by itself, saves that note exactly once, reloads
its views and the banner goes away.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from console.demo import build_demo
from console.drafts import DraftStore, note_key
from console.settings import Settings
from console.storage.db import Database
from console.storage.models import Interaction
from tests.support.pgserver import PgServer, find_bin_dir, start_server
from tests.ui.conftest import known_customer, open_history, show_window, type_text
from ui import tasks
from ui.app import create_window
from ui.callback_form_dialog import CallbackFormDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.postgres

NOTE = "Refund promised by Friday, customer very upset"
PROMISE = "Call back about the refund decision"


@pytest.fixture(scope="module")
def own_server() -> Iterator[PgServer]:
    """A server this module may stop and start at will, with the demo data on it."""
    if find_bin_dir() is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    server = start_server()
    try:
        db = Database(server.url())
        db.upgrade()
        build_demo(db, 60)
        db.dispose()
        yield server
    finally:
        server.destroy()


def _notes_with(url: str, text: str) -> int:
    db = Database(url)
    try:
        with db.read() as conn:
            return int(
                conn.scalar(
                    select(func.count()).select_from(Interaction).where(Interaction.summary == text)
                )
                or 0
            )
    finally:
        db.dispose()


def _server_down(server: PgServer) -> bool:
    return not (server.data / "postmaster.pid").exists()


def test_outage_keeps_everything_typed_and_saves_the_note_once_back(
    qtbot: QtBot, own_server: PgServer
) -> None:
    url = own_server.url()
    petrova = known_customer(url, "Ольга Петрова")
    window: MainWindow = show_window(
        qtbot, create_window(url, "dana", settings=Settings(default_region="RU"))
    )
    window.retry_delays_s = (0.5, 1.0, 2.0)
    qtbot.waitUntil(lambda: window.live.active, timeout=5000)
    history = open_history(qtbot, window, petrova.id)
    qtbot.waitUntil(lambda: window.card.card is not None, timeout=5000)
    composer = history.composer
    composer.focus_editor()
    type_text(composer.editor, NOTE)

    form = window.schedule_callback()
    assert isinstance(form, CallbackFormDialog)
    qtbot.waitUntil(lambda: form.schedule_button.isEnabled(), timeout=10_000)
    form.note.setFocus()
    type_text(form.note, PROMISE)
    assert window.offline_banner.isHidden()
    assert window.schedule_action.isEnabled()

    # ---- the server goes away; the agent is idle ------------------------------------------
    stopped = time.monotonic()
    own_server.stop("immediate")
    assert _server_down(own_server)
    qtbot.waitUntil(lambda: window.offline_banner.isVisible(), timeout=5000)
    noticed = time.monotonic() - stopped
    assert noticed <= 5.0, f"the banner took {noticed:.1f} s"
    assert "Offline" in window.offline_banner.text()
    assert "press F5" in window.offline_banner.text()
    assert window.connection_status.property("state") == "offline"

    # What needs the server is greyed out, and says why.
    for action in window.server_actions():
        assert not action.isEnabled(), action.text()
        assert "cannot be reached" in action.toolTip(), action.text()
    assert not form.schedule_button.isEnabled()
    assert "cannot be reached" in form.schedule_button.toolTip()

    # Everything typed is on screen and on disk.
    assert composer.editor.toPlainText() == NOTE
    assert form.note.toPlainText() == PROMISE
    display = window.context.db.display
    qtbot.waitUntil(
        lambda: (
            (d := DraftStore().load(note_key(display, petrova.id))) is not None and d.text == NOTE
        ),
        timeout=3000,
    )
    form.save_draft()
    qtbot.waitUntil(
        lambda: (d := DraftStore().load(form.draft_key)) is not None and PROMISE in d.text,
        timeout=3000,
    )

    # Save while offline: refused for now, kept, and promised for later.
    composer.save()
    qtbot.waitUntil(lambda: not composer.saving, timeout=10_000)
    assert petrova.id in composer.pending_saves
    assert "saved as soon as the connection is back" in composer.message.text()
    assert composer.editor.toPlainText() == NOTE
    assert window.offline_banner.isVisible()

    # ---- the server is back on the same port ----------------------------------------------
    own_server.start()
    qtbot.waitUntil(lambda: window.offline_banner.isHidden(), timeout=20_000)
    assert window.connection_status.property("state") == "online"
    assert window.schedule_action.isEnabled()
    # The note the agent pressed Save on is saved once; the composer is empty again.
    qtbot.waitUntil(lambda: _notes_with(url, NOTE) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: composer.editor.toPlainText() == "", timeout=5000)
    assert not composer.pending_saves
    qtbot.waitUntil(lambda: DraftStore().load(note_key(display, petrova.id)) is None, timeout=3000)
    # The views reloaded: the saved note is on the timeline.
    qtbot.waitUntil(
        lambda: any(
            NOTE in str(history.model.index(r, c).data())
            for r in range(min(history.model.rowCount(), 5))
            for c in range(history.model.columnCount())
        ),
        timeout=5000,
    )
    # The callback form kept its text and can schedule again.
    assert form.note.toPlainText() == PROMISE
    qtbot.waitUntil(lambda: form.schedule_button.isEnabled(), timeout=10_000)

    # Another blip (offline, online again) does not save the note a second time.
    window.hub.report_offline("blip")
    window.hub.report_online()
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=5000)
    qtbot.wait(300)
    assert _notes_with(url, NOTE) == 1
    form.reject()
