"""Help › Keyboard shortcuts, used from the keyboard: the list scrolls, filters and reads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from console.settings import Settings
from tests.ui.conftest import show_window
from ui.app import create_window
from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.shortcuts_dialog import ShortcutsDialog, command_name


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "en")


def _open(qtbot: QtBot, window: MainWindow) -> tuple[ShortcutsDialog, QTableWidget]:
    dialog = window.show_shortcuts()
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    assert table is not None
    return dialog, table


def _row_on_screen(table: QTableWidget, row: int) -> bool:
    rect = table.visualRect(table.model().index(row, 0))
    return table.viewport().rect().contains(rect)


def test_page_down_and_end_bring_the_last_shortcut_into_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog, table = _open(qtbot, window)
    last = table.rowCount() - 1
    assert not _row_on_screen(table, last), "the list fits: nothing to scroll in this test"
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_PageDown)
    assert table.verticalScrollBar().value() > 0
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert _row_on_screen(table, last)
    assert table.currentRow() == last
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert _row_on_screen(table, 0) and table.currentRow() == 0
    dialog.close()


def test_a_selected_row_is_read_out_whole_and_the_dialog_can_be_resized(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog, table = _open(qtbot, window)
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    row = table.currentRow()
    spoken = table.item(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert table.item(row, 0).text() in spoken and table.item(row, 1).text() in spoken
    assert table.selectionModel().isRowSelected(row, table.rootIndex())
    assert dialog.isSizeGripEnabled()
    assert dialog.minimumSize() != dialog.maximumSize()


def test_typing_filters_the_list(qtbot: QtBot, window: MainWindow) -> None:
    dialog, table = _open(qtbot, window)
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClicks(table, "quit")
    shown = dialog.visible_rows()
    assert [table.item(r, 0).text() for r in shown] == ["Quit"]
    assert dialog.filter.text() == "quit"
    dialog.filter.clear()
    assert len(dialog.visible_rows()) == table.rowCount()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("&Import customers…", "Import customers"),
        ("وارد کردن مشتریان(&I)…", "وارد کردن مشتریان"),
        ("خروج(&Q)", "خروج"),
        ("Export (&E)...", "Export"),
        ("Save && close", "Save & close"),
    ],
)
def test_a_menu_letter_is_removed_in_either_form(text: str, name: str) -> None:
    assert command_name(text) == name


def test_persian_shortcuts_have_no_menu_letter_leftovers(qtbot: QtBot, demo_db_url: str) -> None:
    settings = Settings(default_region="RU", language="fa")
    window = show_window(qtbot, create_window(demo_db_url, "dana", settings=settings))
    dialog, table = _open(qtbot, window)
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert any("(&" in a.text() for a in window.findChildren(type(window.actions()[0]))), (
        "no Persian command has a menu letter: nothing to check"
    )
    leftovers = [n for n in names if "(" in n and n.rstrip().endswith(")")]
    assert leftovers == []
    dialog.close()
