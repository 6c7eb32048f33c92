"""The timeline pane: newest first, more as the agent scrolls, full summaries on hover."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.services.incidents import IncidentService
from console.storage.db import Database
from console.storage.models import User
from tests.ui.conftest import (
    KnownCustomer,
    add_interactions,
    known_customer,
    open_history,
    type_text,
)
from ui.history_model import HistoryModel
from ui.history_view import HistoryView
from ui.main_window import MainWindow


def _history(window: MainWindow) -> HistoryView:
    view = window.findChild(HistoryView, "historyView")
    assert view is not None
    return view


def test_a_long_history_loads_page_by_page_as_the_agent_scrolls(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, demo_db_url: str
) -> None:
    added = add_interactions(demo_db_url, petrova.id, 120)
    view = open_history(qtbot, window, petrova.id)
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
    view.page_size = 3  # three rows never fill the pane: the view fetches more by itself
    window.open_customer(petrova.id)
    qtbot.waitUntil(lambda: view.model.rowCount() > 3 and not view.loading, timeout=5000)
    assert view.table.verticalScrollBar().maximum() > 0 or view.exhausted


def test_switching_customers_replaces_the_timeline(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    view = open_history(qtbot, window, petrova.id)
    first = view.model.rows()
    other = petrova.id + 1
    view = open_history(qtbot, window, other)
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
    view = open_history(qtbot, window, petrova.id)
    long = max(view.model.rows(), key=lambda r: len(r.summary))
    row = view.model.rows().index(long)
    tooltip = view.model.index(row, HistoryModel.SUMMARY).data(Qt.ItemDataRole.ToolTipRole)
    # The summary is on screen in full on hover (escaped for rich text).
    assert long.summary.split()[0] in tooltip and long.summary.split()[-1] in tooltip


def test_new_contacts_appear_when_the_hub_announces_them(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, demo_db_url: str
) -> None:
    view = open_history(qtbot, window, petrova.id)
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
    view = open_history(qtbot, window, customer)
    assert view.model.rowCount() == 0
    assert view.empty.text() == "No contacts with this customer yet."
    assert view.empty.isVisibleTo(view)


# ---- filters and search inside ---------------------------------------------------------------


def _contacts(demo_db_url: str, customer_id: int) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from console.storage.db import Database
    from console.storage.models import Interaction

    db = Database(demo_db_url)
    try:
        with db.read() as conn:
            rows = conn.execute(
                select(Interaction.kind, Interaction.summary).where(
                    Interaction.customer_id == customer_id
                )
            ).all()
    finally:
        db.dispose()
    return [(r.kind, r.summary) for r in rows]


def test_type_toggles_show_only_those_contacts(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, demo_db_url: str
) -> None:
    contacts = _contacts(demo_db_url, petrova.id)
    transfers = sum(1 for kind, _ in contacts if kind == "transfer")
    assert 0 < transfers < len(contacts)
    view = open_history(qtbot, window, petrova.id)
    assert view.kinds is None and view.summary.text() == f"{len(contacts)} contacts"

    with qtbot.waitSignal(view.page_loaded, timeout=5000):
        qtbot.mouseClick(view.kind_buttons["transfer"], Qt.MouseButton.LeftButton)
    assert {r.kind for r in view.model.rows()} == {"transfer"}
    assert view.model.rowCount() == transfers
    assert view.summary.text() == f"{transfers} of {len(contacts)} contacts"

    # Keyboard: the toggles take focus and Space switches them.
    calls = view.kind_buttons["call"]
    calls.setFocus()
    with qtbot.waitSignal(view.page_loaded, timeout=5000):
        qtbot.keyClick(calls, Qt.Key.Key_Space)
    assert {r.kind for r in view.model.rows()} == {"transfer", "call"}

    for button in (view.kind_buttons["transfer"], calls):
        with qtbot.waitSignal(view.page_loaded, timeout=5000):
            button.setChecked(False)
    assert view.model.rowCount() == len(contacts)
    assert view.summary.text() == f"{len(contacts)} contacts"


def test_search_inside_finds_a_cyrillic_word_in_petrovas_history(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, demo_db_url: str
) -> None:
    contacts = _contacts(demo_db_url, petrova.id)
    expected = sum(1 for _, summary in contacts if "возврат" in summary.lower())
    assert expected >= 1
    view = open_history(qtbot, window, petrova.id)
    view.search_box.setFocus()
    # Typed key by key: each keystroke restarts the debounce, only the last text is asked.
    type_text(view.search_box, "ВОЗВРАТ")
    qtbot.waitUntil(lambda: view.model.rowCount() == expected and not view.loading, timeout=5000)
    assert all("возврат" in r.summary.lower() for r in view.model.rows())
    assert view.summary.text() == f"{expected} of {len(contacts)} contacts"

    type_text(view.search_box, "ЖЖЖ")
    qtbot.waitUntil(lambda: view.empty.isVisibleTo(view), timeout=5000)
    assert view.empty.text() == "No contacts match. Clear the search or choose other types."


def test_only_the_newest_search_answer_is_shown(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    view = open_history(qtbot, window, petrova.id)
    for text in ("Refund", "Transfer", "Третий"):
        view.search_box.setText(text)
        view.search_box.returnPressed.emit()  # asks at once, without waiting for the pause
    qtbot.waitUntil(lambda: not view.loading, timeout=5000)
    assert view.model.rowCount() == 1
    assert view.model.rows()[0].summary.startswith("Третий звонок")


def test_filters_start_fresh_for_the_next_customer(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    view = open_history(qtbot, window, petrova.id)
    view.kind_buttons["note"].setChecked(True)
    view.search_box.setText("something")
    view = open_history(qtbot, window, petrova.id + 1)
    assert view.kinds is None and view.search_text == ""
    assert view.model.rowCount() > 0


def test_search_box_sits_beside_the_title_when_the_pane_is_narrow(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    view = open_history(qtbot, window, petrova.id)
    toggles = sum(b.sizeHint().width() + 4 for b in view.kind_buttons.values())
    view.resize(toggles + 40, view.height())  # the toggles fit, the search box would not
    qtbot.waitUntil(lambda: view.search_box.parentWidget() is view)
    assert all(b.width() >= b.sizeHint().width() for b in view.kind_buttons.values())
    view.resize(900, view.height())
    qtbot.waitUntil(lambda: view.search_box.parentWidget() is view.filter_bar)


def test_a_disruption_is_on_the_timeline_with_its_own_filter(
    qtbot: QtBot, window: MainWindow, demo_db_url: str
) -> None:
    kadri = known_customer(demo_db_url, "Kadri Tamm")
    db = Database(demo_db_url)
    try:
        with db.read() as conn:
            riina = conn.scalar(select(User.id).where(User.username == "riina"))
        svc = IncidentService(db)
        inc = svc.declare(riina, "AUR-1127 fire on board", "Voyage AUR-1127 is cancelled.")
        svc.add_accounts(inc.id, riina, kadri.account_no)
    finally:
        db.dispose()
    view = open_history(qtbot, window, kadri.id)
    assert view.kind_buttons["incident"].text() == "Disruptions"
    with qtbot.waitSignal(view.page_loaded, timeout=5000):
        qtbot.mouseClick(view.kind_buttons["incident"], Qt.MouseButton.LeftButton)
    rows = view.model.rows()
    assert [r.kind for r in rows] == ["incident"]
    assert "Affected by the disruption “AUR-1127 fire on board”" in rows[0].summary
    assert "Voyage AUR-1127 is cancelled." in rows[0].summary


def test_in_a_pane_narrower_than_the_toggles_they_wrap_instead_of_being_cut(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    view = open_history(qtbot, window, petrova.id)
    toggles = sum(b.sizeHint().width() + 4 for b in view.kind_buttons.values())
    view.resize(toggles * 2 // 3, view.height())
    qtbot.waitUntil(lambda: view.search_box.parentWidget() is view)  # moved beside the title
    qtbot.waitUntil(lambda: len({b.y() for b in view.kind_buttons.values()}) == 2)
    for button in view.kind_buttons.values():
        assert button.width() >= button.sizeHint().width(), button.text()  # never "Tr…rs"
        assert button.isVisible()
        right = button.mapTo(view, button.rect().topRight()).x()
        assert right <= view.width(), button.text()
