"""The timeline pane: newest first, more as the agent scrolls, full summaries on hover."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from tests.ui.conftest import KnownCustomer, add_interactions
from ui.history_model import HistoryModel
from ui.history_view import HistoryView
from ui.main_window import MainWindow


def _history(window: MainWindow) -> HistoryView:
    view = window.findChild(HistoryView, "historyView")
    assert view is not None
    return view


def _open(qtbot: QtBot, window: MainWindow, customer_id: int) -> HistoryView:
    view = _history(window)
    with qtbot.waitSignal(view.page_loaded, timeout=5000):
        window.open_customer(customer_id)
    return view


def test_a_long_history_loads_page_by_page_as_the_agent_scrolls(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, demo_db_url: str
) -> None:
    added = add_interactions(demo_db_url, petrova.id, 120)
    view = _open(qtbot, window, petrova.id)
    assert view.model.rowCount() == view.page_size == 50
    assert "scroll down for older ones" in view.summary.text()

    bar = view.table.verticalScrollBar()
    while not view.exhausted:
        before = view.model.rowCount()
        # The view lays new rows out lazily: scroll once they are there, as a person would.
        qtbot.waitUntil(lambda: bar.maximum() > bar.value())
        with qtbot.waitSignal(view.page_loaded, timeout=5000):
            bar.setValue(bar.maximum())
        assert view.model.rowCount() > before
    rows = view.model.rows()
    assert len(rows) == len({r.id for r in rows}) >= 120
    keys = [(r.started_at, r.id) for r in rows]
    assert keys == sorted(keys, reverse=True)
    assert set(added) <= {r.started_at for r in rows}
    qtbot.waitUntil(lambda: window.card.card is not None)
    assert window.card.card is not None
    assert len(rows) == window.card.card.interaction_count  # every contact, once
    assert view.summary.text() == f"{len(rows)} contacts"


def test_a_tall_pane_keeps_loading_until_it_is_full(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, demo_db_url: str
) -> None:
    add_interactions(demo_db_url, petrova.id, 30)
    view = _history(window)
    view.page_size = 5  # five rows never fill the pane: the view fetches more by itself
    window.open_customer(petrova.id)
    qtbot.waitUntil(lambda: view.model.rowCount() > 5 and not view.loading, timeout=5000)
    assert view.table.verticalScrollBar().maximum() > 0 or view.exhausted


def test_switching_customers_replaces_the_timeline(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    view = _open(qtbot, window, petrova.id)
    first = view.model.rows()
    other = petrova.id + 1
    view = _open(qtbot, window, other)
    assert view.customer_id == other
    assert not {r.id for r in first} & {r.id for r in view.model.rows()}


def test_rows_are_fixed_height_and_the_summary_stretches(window: MainWindow) -> None:
    view = _history(window)
    assert view.table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    header = view.table.horizontalHeader()
    assert header.sectionResizeMode(HistoryModel.SUMMARY) == QHeaderView.ResizeMode.Stretch


def test_the_full_summary_is_in_the_tooltip(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    view = _open(qtbot, window, petrova.id)
    long = max(view.model.rows(), key=lambda r: len(r.summary))
    row = view.model.rows().index(long)
    tooltip = view.model.index(row, HistoryModel.SUMMARY).data(Qt.ItemDataRole.ToolTipRole)
    # The summary is on screen in full on hover (escaped for rich text).
    assert long.summary.split()[0] in tooltip and long.summary.split()[-1] in tooltip


def test_new_contacts_appear_when_the_hub_announces_them(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, demo_db_url: str
) -> None:
    view = _open(qtbot, window, petrova.id)
    before = view.model.rowCount()
    add_interactions(demo_db_url, petrova.id, 3)
    with qtbot.waitSignal(view.page_loaded):
        window.hub.interactions_changed.emit(petrova.id)
    assert view.model.rowCount() == before + 3


def test_a_customer_without_contacts_says_so(
    qtbot: QtBot, window: MainWindow, demo_db_url: str
) -> None:
    from sqlalchemy import delete

    from console.storage.db import Database
    from console.storage.models import Interaction

    db = Database(demo_db_url)
    with db.write() as conn:
        customer = 42
        conn.execute(delete(Interaction).where(Interaction.customer_id == customer))
    db.dispose()
    view = _open(qtbot, window, customer)
    assert view.model.rowCount() == 0
    assert view.empty.text() == "No contacts with this customer yet."
    assert view.empty.isVisibleTo(view)
