"""Search as you type, through the real window: every way an agent looks a customer up."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QHeaderView
from pytestqt.qtbot import QtBot

from console.services.customers import CustomerSummary
from console.text import name_key
from tests.ui.conftest import KnownCustomer, known_customer, type_text
from ui import tasks
from ui.customer_search import CustomerSearch
from ui.main_window import MainWindow
from ui.name_tags_delegate import CHIP_COLOURS
from ui.search_results_model import SearchResultsModel


def _search(window: MainWindow) -> CustomerSearch:
    search = window.findChild(CustomerSearch, "customerSearch")
    assert search is not None
    return search


def _shows(search: CustomerSearch, customer_id: int) -> Callable[[], bool]:
    return lambda: any(row.id == customer_id for row in search.visible_rows())


def _answered(search: CustomerSearch, text: str) -> Callable[[], bool]:
    """The status line says the search for exactly this text is done."""
    return lambda: search.answered_text == text and not search.status_text().startswith("Search")


@pytest.mark.parametrize(
    "typed",
    [
        pytest.param("Петров", id="russian-name-fragment"),
        pytest.param("ольга петр", id="russian-words-any-case"),
        pytest.param("olga.petrova@example.ru", id="email"),
        pytest.param("OLGA.PETROVA@", id="email-prefix-any-case"),
        pytest.param("account", id="account-number"),
        pytest.param("8 (916) 555-12-34", id="phone-national"),
        pytest.param("+7 916 555 12 34", id="phone-international"),
        pytest.param("0079165551234", id="phone-international-00"),
    ],
)
def test_typing_shows_the_matching_customer(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, typed: str
) -> None:
    if typed == "account":
        typed = petrova.account_no.lower()
    search = _search(window)
    type_text(search.box, typed)
    qtbot.waitUntil(_shows(search, petrova.id), timeout=5000)
    row = next(i for i, r in enumerate(search.visible_rows()) if r.id == petrova.id)
    shown = search.proxy.index(row, SearchResultsModel.NAME).data()
    assert shown == "Ольга Петрова"
    assert search.status_text().endswith(("customer", "customers"))


def test_a_name_fragment_finds_only_names_containing_it(qtbot: QtBot, window: MainWindow) -> None:
    search = _search(window)
    type_text(search.box, "Петров")
    qtbot.waitUntil(_answered(search, "Петров"))
    rows = search.visible_rows()
    assert rows
    assert all("петров" in name_key(r.full_name) for r in rows)
    assert search.status_text() == f"{len(rows)} customers" or len(rows) == 1


def test_thai_and_persian_names_are_found(qtbot: QtBot, window: MainWindow) -> None:
    search = _search(window)
    for name in ("สมชาย ใจดี", "مریم رضایی"):
        search.box.clear()
        type_text(search.box, name)
        qtbot.waitUntil(_answered(search, name))
        assert name in [r.full_name for r in search.visible_rows()]


def test_no_match_says_so(qtbot: QtBot, window: MainWindow) -> None:
    search = _search(window)
    type_text(search.box, "Zzyzx Qwv")
    qtbot.waitUntil(_answered(search, "Zzyzx Qwv"))
    assert search.visible_rows() == []
    assert search.status_text() == "No customer matches “Zzyzx Qwv”"
    assert search.hint.isVisibleTo(search)
    assert not search.results.isVisibleTo(search)


def test_look_alikes_for_a_typo_are_marked_as_similar(qtbot: QtBot, window: MainWindow) -> None:
    search = _search(window)
    type_text(search.box, "olga petorva")
    qtbot.waitUntil(_answered(search, "olga petorva"))
    rows = search.visible_rows()
    assert rows and rows[0].full_name == "Ольга Петрова"
    assert {r.matched_by for r in rows} == {"similar name"}
    assert search.status.isVisible()
    expected = "1 similar name" if len(rows) == 1 else f"{len(rows)} similar names"
    assert search.status_text() == f"No exact match: {expected} in italics"
    for row in range(search.proxy.rowCount()):
        font = search.proxy.index(row, SearchResultsModel.NAME).data(Qt.ItemDataRole.FontRole)
        assert font is not None and font.italic()
    # A name that is found as typed is not marked.
    search.box.clear()
    type_text(search.box, "Петрова")
    qtbot.waitUntil(_answered(search, "Петрова"))
    assert search.status_text().endswith("customers")
    assert search.proxy.index(0, SearchResultsModel.NAME).data(Qt.ItemDataRole.FontRole) is None


def test_status_says_searching_while_the_agent_types(qtbot: QtBot, window: MainWindow) -> None:
    search = _search(window)
    type_text(search.box, "Emma")
    assert search.status_text() == "Searching…"
    qtbot.waitUntil(_answered(search, "Emma"))
    assert "customer" in search.status_text()


def test_the_search_waits_for_a_pause_in_typing(qtbot: QtBot, window: MainWindow) -> None:
    search = _search(window)
    type_text(search.box, "Emma Wil")
    # Typing fast starts no query until the debounce interval has passed (other panes of the
    # window may have their own work in flight: ask the search itself).
    assert not search.busy
    qtbot.waitUntil(lambda: search.busy or search.answered_text == "Emma Wil")
    qtbot.waitUntil(_answered(search, "Emma Wil"))


def test_quick_typing_ends_with_the_results_of_the_final_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    search = _search(window)
    search.set_debounce_interval(0)  # every keystroke its own query, answers racing back
    for text in ("Ольга Петрова", "Kadri Tamm", "Emma Wilson"):
        search.box.clear()
        type_text(search.box, text)
    qtbot.waitUntil(lambda: tasks.pending_count() == 0)
    qtbot.waitUntil(_answered(search, "Emma Wilson"))
    rows = search.visible_rows()
    assert rows and all("emma wilson" in name_key(r.full_name) for r in rows)


def test_a_slow_older_answer_never_replaces_a_newer_one(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    search = _search(window)
    service = window.context.customers
    real_find = service.find
    release_old = threading.Event()

    def find(text: str, limit: int = 50) -> list[CustomerSummary]:
        if text == "Петрова":
            # The older query is slow: it answers only after the newer one was shown.
            assert release_old.wait(10)
        return real_find(text, limit)

    monkeypatch.setattr(service, "find", find)
    search.set_debounce_interval(0)
    type_text(search.box, "Петрова")
    qtbot.waitUntil(lambda: search.busy)
    search.box.clear()
    type_text(search.box, "Emma")
    qtbot.waitUntil(_answered(search, "Emma"))
    discarded_before = search.discarded_answers
    release_old.set()
    qtbot.waitUntil(lambda: tasks.pending_count() == 0)
    assert search.discarded_answers > discarded_before
    assert search.answered_text == "Emma"
    assert all("emma" in name_key(r.full_name) for r in search.visible_rows())


def test_enter_before_the_answer_opens_the_first_match(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    search = _search(window)
    with qtbot.waitSignal(search.customer_chosen, timeout=5000) as chosen:
        type_text(search.box, petrova.e164)
        qtbot.keyClick(search.box, Qt.Key.Key_Return)
    assert chosen.args == [petrova.id]


def test_enter_opens_the_selected_result(qtbot: QtBot, window: MainWindow) -> None:
    search = _search(window)
    type_text(search.box, "Петров")
    qtbot.waitUntil(_answered(search, "Петров"))
    rows = search.visible_rows()
    assert len(rows) >= 2
    qtbot.keyClick(search.box, Qt.Key.Key_Down)
    qtbot.keyClick(search.results, Qt.Key.Key_Down)
    with qtbot.waitSignal(search.customer_chosen) as chosen:
        qtbot.keyClick(search.results, Qt.Key.Key_Return)
    assert chosen.args == [rows[1].id]


def test_up_from_the_first_result_and_typing_go_back_to_the_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    search = _search(window)
    type_text(search.box, "Emma")
    qtbot.waitUntil(_answered(search, "Emma"))
    qtbot.keyClick(search.box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is search.results
    qtbot.keyClick(search.results, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is search.box
    qtbot.keyClick(search.box, Qt.Key.Key_Down)
    qtbot.keyClicks(search.results, " W")
    assert QApplication.focusWidget() is search.box
    assert search.box.text() == "Emma W"


def test_escape_clears_the_search(qtbot: QtBot, window: MainWindow) -> None:
    search = _search(window)
    type_text(search.box, "Emma")
    qtbot.waitUntil(_answered(search, "Emma"))
    qtbot.keyClick(search.box, Qt.Key.Key_Escape)
    assert search.box.text() == ""
    assert search.visible_rows() == []
    assert search.status_text() == ""


def test_results_show_vip_and_do_not_call(
    qtbot: QtBot, window: MainWindow, demo_db_url: str
) -> None:
    search = _search(window)
    miller = known_customer(demo_db_url, "John Miller")
    type_text(search.box, miller.e164)
    qtbot.waitUntil(_shows(search, miller.id))
    index = search.proxy.index(0, SearchResultsModel.NAME)
    chips = [c.text for c in index.data(SearchResultsModel.CHIPS_ROLE)]
    assert chips[0] == "Do not call"
    assert "Do not call" in index.data(Qt.ItemDataRole.ToolTipRole)
    # And it is painted: the cell holds the chip's red.
    cell = search.results.visualRect(index)
    image = search.results.viewport().grab(cell).toImage()
    red = QColor(CHIP_COLOURS["dnc"][0]).rgb()
    pixels = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
    assert red in pixels


def test_tags_shrink_to_dots_and_never_cut_the_name(qtbot: QtBot, window: MainWindow) -> None:
    search = _search(window)
    type_text(search.box, "Ольга Петрова")
    qtbot.waitUntil(_answered(search, "Ольга Петрова"))
    row = next(i for i, r in enumerate(search.visible_rows()) if r.full_name == "Ольга Петрова")
    index = search.proxy.index(row, SearchResultsModel.NAME)
    tags = [c.text for c in index.data(SearchResultsModel.CHIPS_ROLE)]
    assert "Refund pending" in tags
    delegate = search.results.itemDelegateForColumn(SearchResultsModel.NAME)
    metrics = search.results.fontMetrics()
    name_width = metrics.horizontalAdvance("Ольга Петрова")
    chips_width = metrics.horizontalAdvance("Refund pending") + 30
    search.results.horizontalHeader().setSectionResizeMode(
        SearchResultsModel.NAME, QHeaderView.ResizeMode.Interactive
    )
    for width in (name_width + chips_width + 60, name_width + 40):
        search.results.setColumnWidth(SearchResultsModel.NAME, width)
        search.results.viewport().grab()
        painted = delegate.painted[row]
        assert painted.name == "Ольга Петрова"  # whole, whatever the width
        whole = {chip.text: full for chip, _box, full in painted.chips}
        assert set(whole) == set(tags)
        cell = search.results.visualRect(index)
        assert all(cell.contains(box) for _chip, box, _full in painted.chips)
    assert not any(whole.values())  # the narrow cell: dots after the name
    # Right to left: the name starts at the right, its chips come after it, to its left.
    search.results.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    search.results.setColumnWidth(SearchResultsModel.NAME, name_width + chips_width + 60)
    search.results.viewport().grab()
    painted = delegate.painted[row]
    assert painted.name == "Ольга Петрова"
    assert all(box.right() < painted.name_rect.left() for _c, box, _f in painted.chips)
    assert painted.name_rect.right() > search.results.visualRect(index).center().x()


def test_rows_have_one_fixed_height(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QHeaderView

    search = _search(window)
    vertical = search.results.verticalHeader()
    assert vertical.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    type_text(search.box, "Петров")
    qtbot.waitUntil(_answered(search, "Петров"))
    heights = {search.results.rowHeight(r) for r in range(search.proxy.rowCount())}
    assert len(heights) == 1


def test_a_narrow_pane_hides_minor_columns_and_keeps_the_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    search = _search(window)
    fitter = search.column_fitter
    type_text(search.box, "Петров")
    qtbot.waitUntil(_answered(search, "Петров"))
    window.main_splitter.setSizes([260, 500])
    qtbot.waitUntil(lambda: SearchResultsModel.COUNTRY in fitter.hidden_columns())
    assert SearchResultsModel.NAME not in fitter.hidden_columns()
    window.main_splitter.setSizes([2000, 300])
    window.resize(2400, 700)
    qtbot.waitUntil(lambda: fitter.hidden_columns() == ())


def test_namesakes_are_told_apart_by_their_account_after_the_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    search = _search(window)
    window.resize(1280, 800)
    type_text(search.box, "emma wilson")
    qtbot.waitUntil(_answered(search, "emma wilson"))
    rows = search.visible_rows()
    emmas = [r for r in rows if r.full_name == "Emma Wilson"]
    assert len(emmas) >= 2
    delegate = search.results.itemDelegateForColumn(SearchResultsModel.NAME)
    search.results.viewport().grab()
    for i, row in enumerate(rows):
        painted = delegate.painted[i]
        assert painted.name == "Emma Wilson"
        # On screen after the whole name: the account, or its end where the pane is narrow.
        assert painted.note in (row.account_no, "…" + row.account_no[-4:])
        assert painted.note_rect is not None
        assert painted.note_rect.left() > painted.name_rect.right()
        assert search.results.visualRect(search.proxy.index(i, 0)).contains(painted.note_rect)
        accessible = search.proxy.index(i, 0).data(Qt.ItemDataRole.AccessibleTextRole)
        assert accessible.startswith(f"Emma Wilson, {row.account_no}")
    # A name found once needs no note.
    search.box.clear()
    type_text(search.box, "Kadri Tamm")
    qtbot.waitUntil(_answered(search, "Kadri Tamm"))
    unique = [r for r in search.visible_rows() if r.full_name == "Kadri Tamm"]
    if len(unique) == 1:
        row = search.visible_rows().index(unique[0])
        assert not search.proxy.index(row, 0).data(SearchResultsModel.NOTE_ROLE)
