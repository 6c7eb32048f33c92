"""Text of the Persian interface: identifiers keep their order, names and separators read
as Persian, nothing English is left where a translation belongs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.settings import Settings
from tests.ui.conftest import show_window
from ui.app import create_window
from ui.callback_model import CallbackModel
from ui.i18n import LRI, PDI, apply_language
from ui.main_window import MainWindow
from ui.search_results_model import SearchResultsModel


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "en")


def persian_window(qtbot: QtBot, url: str, user: str = "dana") -> MainWindow:
    settings = Settings(default_region="IR", language="fa")
    return show_window(qtbot, create_window(url, user, settings=settings))


def test_phone_numbers_in_search_results_read_left_to_right_in_persian(
    qtbot: QtBot, demo_db_url: str
) -> None:
    window = persian_window(qtbot, demo_db_url)
    with qtbot.waitSignal(window.search.results_shown, timeout=5000):
        window.search.box.setText("مریم")
    model = window.search.model
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        for col in (SearchResultsModel.PHONE, SearchResultsModel.EMAIL):
            text = model.index(row, col).data()
            if text:
                assert text.startswith(LRI) and text.endswith(PDI), text


def test_phone_numbers_in_the_callbacks_list_read_left_to_right_in_persian(
    qtbot: QtBot, demo_db_url: str
) -> None:
    window = persian_window(qtbot, demo_db_url)
    model = window.callback_table.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    for row in range(model.rowCount()):
        text = model.index(row, CallbackModel.PHONE).data()
        assert text.startswith(LRI) and text.endswith(PDI), text
