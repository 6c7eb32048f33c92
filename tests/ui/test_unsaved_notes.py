"""Notes typed but never saved (a crash, a closed laptop) are offered back at the next start."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from console.drafts import DraftStore, note_key
from console.settings import Settings
from console.storage.db import Database
from tests.ui.conftest import show_window
from ui.app import create_window


def test_a_draft_left_from_last_time_is_offered_and_opens_its_customer(
    qtbot: QtBot, demo_db_url: str
) -> None:
    display = Database(demo_db_url).display
    DraftStore().save(note_key(display, 1), "Обещала перезвонить в пятницу", {})
    DraftStore().save(note_key("sqlite:////some/other.sqlite3", 2), "another database", {})
    window = show_window(
        qtbot, create_window(demo_db_url, "dana", settings=Settings(default_region="RU"))
    )
    qtbot.waitUntil(lambda: window.drafts_menu is not None, timeout=5000)
    assert window.drafts_menu is not None
    actions = window.drafts_menu.actions()
    assert [a.text().split(" — ")[0] for a in actions] == ["Ольга Петрова"]
    assert "unsaved note" in window.statusBar().currentMessage()
    actions[0].trigger()
    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == 1)
    composer = window.history.composer
    qtbot.waitUntil(lambda: "перезвонить" in composer.editor.toPlainText(), timeout=5000)


def test_no_drafts_no_menu(qtbot: QtBot, demo_db_url: str) -> None:
    window = show_window(qtbot, create_window(demo_db_url, "dana"))
    qtbot.wait(200)
    assert window.drafts_menu is None
