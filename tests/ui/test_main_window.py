"""The window as the agent uses it: keyboard only, status bar, About, remembered geometry."""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

import console
from console.settings import Settings
from tests.ui.conftest import KnownCustomer, show_window, type_text
from ui.about_dialog import AboutDialog
from ui.app import create_window
from ui.customer_card import CustomerCard
from ui.customer_search import CustomerSearch
from ui.history_model import HistoryModel
from ui.history_view import HistoryView
from ui.main_window import MainWindow
from ui.view_state import STATE_FILE, open_view_state


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_keyboard_only_finds_and_opens_a_customer_with_newest_history_first(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    search = window.findChild(CustomerSearch, "customerSearch")
    card = window.findChild(CustomerCard, "customerCard")
    history = window.findChild(HistoryView, "historyView")
    assert search is not None and card is not None and history is not None
    assert not history.isVisible()  # nothing to show before a customer is open

    window.centralWidget().setFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert _focused() is search.box

    type_text(search.box, "Ольга Петр")
    qtbot.waitUntil(lambda: any(r.id == petrova.id for r in search.visible_rows()))
    target_row = next(i for i, r in enumerate(search.visible_rows()) if r.id == petrova.id)

    qtbot.keyClick(search.box, Qt.Key.Key_Down)
    assert _focused() is search.results
    for _ in range(target_row):
        qtbot.keyClick(search.results, Qt.Key.Key_Down)
    with qtbot.waitSignal(card.loaded, timeout=5000), qtbot.waitSignal(history.page_loaded):
        qtbot.keyClick(search.results, Qt.Key.Key_Return)

    name = card.findChild(QLabel, "cardName")
    assert name is not None and name.text() == "Ольга Петрова"
    assert history.isVisible()
    starts = [item.started_at for item in history.model.rows()]
    assert len(starts) >= 5
    assert starts == sorted(starts, reverse=True)
    first_when = history.model.index(0, HistoryModel.WHEN).data()
    assert first_when  # a formatted time is on screen, not an empty cell


def test_ctrl_k_in_the_search_box_selects_its_text_instead_of_deleting_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.search.box.setFocus()
    qtbot.keyClicks(window.search.box, "Tamm")
    window.search.box.setCursorPosition(0)
    qtbot.keyClick(window.search.box, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.text() == "Tamm"
    assert window.search.box.selectedText() == "Tamm"


def test_status_bar_names_the_database_and_the_user(window: MainWindow) -> None:
    status = window.findChild(QLabel, "connectionStatus")
    assert status is not None
    text = status.text()
    assert text.startswith("Connected · single-user · ")  # SQLite is one person's file
    assert window.context.db.display in text
    assert "Dana Kask (agent)" in text


def test_menus_show_the_keyboard_shortcuts(window: MainWindow) -> None:
    menus = {
        m.title().replace("&", ""): m for m in window.menuBar().findChildren(QMenu) if m.title()
    }
    assert {"File", "Customer", "Help"} <= set(menus)

    def shortcut(menu: str, text: str) -> str:
        action = next(a for a in menus[menu].actions() if a.text().replace("&", "") == text)
        return action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)

    assert shortcut("File", "Quit") == "Ctrl+Q"
    assert shortcut("Customer", "Find customer…") == "Ctrl+K"
    assert shortcut("Customer", "Refresh") == "F5"


def test_only_built_panes_are_shown(window: MainWindow) -> None:
    for name in ("dashboardTab", "incidentBanner"):
        assert window.findChild(QWidget, name) is None
    for name in ("customerSearch", "customerCard", "historyView", "connectionStatus",
                 "callbackTable", "transferInbox", "scriptList"):  # fmt: skip
        widget = window.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName()


def test_about_shows_the_version_and_the_database(qtbot: QtBot, window: MainWindow) -> None:
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog, "aboutDialog")
    assert dialog is not None and dialog.isVisible()
    assert console.__version__ in dialog.version_label.text()
    assert window.context.db.display in dialog.details_label.text()
    assert "Python" in dialog.details_label.text()
    dialog.close()


def test_f5_reloads_what_is_on_screen(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    window.open_customer(petrova.id)
    qtbot.waitUntil(lambda: window.card.card is not None)
    with qtbot.waitSignal(window.card.loaded), qtbot.waitSignal(window.history.page_loaded):
        qtbot.keyClick(_focused(), Qt.Key.Key_F5)


def test_geometry_and_splitters_are_remembered_in_the_config_dir(
    qtbot: QtBot, demo_db_url: str, settings: Settings, isolated_env: object
) -> None:
    first = show_window(qtbot, create_window(demo_db_url, "dana", settings=settings))
    # Within the offscreen screen (800x800): restoreGeometry keeps windows on screen.
    first.resize(790, 610)
    first.main_splitter.setSizes([300, 470])
    qtbot.waitUntil(lambda: first.size() == QSize(790, 610))
    saved_sizes = first.main_splitter.sizes()
    first.close()

    state = open_view_state()
    assert state.fileName() == os.path.join(os.environ["AGENT_CONSOLE_CONFIG_DIR"], STATE_FILE)
    geometry = state.value("MainWindow/geometry")
    assert isinstance(geometry, QByteArray) and not geometry.isEmpty()

    second = show_window(qtbot, create_window(demo_db_url, "dana", settings=settings))
    assert second.size() == QSize(790, 610)
    assert second.main_splitter.sizes() == saved_sizes


def test_view_state_goes_to_the_config_dir_not_the_users_settings(isolated_env: object) -> None:
    path = open_view_state().fileName()
    assert path.startswith(os.environ["AGENT_CONSOLE_CONFIG_DIR"])


def test_a_lost_database_shows_offline_and_reconnects(qtbot: QtBot, window: MainWindow) -> None:
    window.retry_delays_s = (0.05,)
    window.hub.report_offline("Cannot reach the database at somewhere.")
    status = window.connection_status
    assert status.text().startswith("Offline")
    assert window.offline_banner.isVisible()
    assert "Cannot reach the database" in window.offline_banner.text()
    # The retry reads through the real service; the SQLite file is there, so it comes back.
    qtbot.waitUntil(lambda: status.text().startswith("Connected"), timeout=5000)
    assert not window.offline_banner.isVisible()


def test_typing_into_the_search_pane_types_into_its_box(qtbot: QtBot, window: MainWindow) -> None:
    search = window.findChild(CustomerSearch, "customerSearch")
    assert search is not None
    qtbot.keyClicks(search, "Emma")
    box = search.findChild(QLineEdit, "customerSearchBox")
    assert box is not None and box.text() == "Emma"
