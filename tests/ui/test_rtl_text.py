"""Text of the Persian interface: identifiers keep their order, names and separators read
as Persian, nothing English is left where a translation belongs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from console.services.interactions import CALL_OUTCOMES
from console.services.transfers import TransferService
from console.services.users import UserService
from console.settings import Settings
from console.storage.db import Database
from tests.ui.conftest import (
    KnownCustomer,
    known_customer,
    open_card,
    open_history,
    show_window,
)
from ui.app import create_window
from ui.callback_form_dialog import CallbackFormDialog
from ui.callback_model import CallbackModel
from ui.formatting import humanize, utcnow
from ui.history_model import HistoryModel
from ui.i18n import LRI, PDI, RLM, apply_language
from ui.main_window import MainWindow
from ui.search_results_model import SearchResultsModel
from ui.transfer_form_dialog import TransferFormDialog


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


class MarkingCatalogue(QTranslator):
    """A catalogue that "translates" every string of some contexts to «string»: what goes
    through translation shows the marks, what bypasses it stays bare."""

    def __init__(self, contexts: set[str]) -> None:
        super().__init__()
        self.contexts = contexts

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"«{source}»" if context in self.contexts else ""


@pytest.fixture
def marking() -> Iterator[MarkingCatalogue]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    catalogue = MarkingCatalogue({"Formatting", "Countries", "Languages"})
    app.installTranslator(catalogue)
    yield catalogue
    app.removeTranslator(catalogue)


def test_country_and_language_on_the_card_are_in_persian(qtbot: QtBot, demo_db_url: str) -> None:
    window = persian_window(qtbot, demo_db_url)
    maryam = known_customer(demo_db_url, "مریم رضایی")
    card = open_card(qtbot, window, maryam.id)
    country = card.findChild(QLabel, "cardCountry")
    language = card.findChild(QLabel, "cardLanguage")
    assert country is not None and language is not None
    assert country.text() == "ایران"
    assert language.text() == "فارسی"


def test_custom_fields_countries_and_languages_go_through_the_catalogue(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, marking: MarkingCatalogue
) -> None:
    card = open_card(qtbot, window, petrova.id)
    captions = [label.text() for label in card.findChildren(QLabel, "fieldCaption")]
    fields = [str(f.property("field")) for f in card.findChildren(QLabel, "cardField")]
    assert "departure_date" in fields and "booking" in fields
    for english in ("Booking", "Departure date"):
        assert english not in captions
        assert f"«{english}»" in captions
    assert card.findChild(QLabel, "cardCountry").text() == "«Russia»"
    assert card.findChild(QLabel, "cardLanguage").text().startswith("«Russian»")


def test_outcomes_in_the_history_and_on_the_card_are_in_persian(
    qtbot: QtBot, demo_db_url: str, petrova: KnownCustomer
) -> None:
    window = persian_window(qtbot, demo_db_url)
    card = open_card(qtbot, window, petrova.id)
    view = open_history(qtbot, window, petrova.id)
    model = view.model
    call_outcomes = [
        model.index(r, HistoryModel.OUTCOME).data()
        for r in range(model.rowCount())
        if model.row_at(r).outcome in CALL_OUTCOMES
    ]
    assert call_outcomes, "no call outcome in Olga's history: nothing to check"
    assert [o for o in call_outcomes if re.search("[A-Za-z]", o)] == []
    last = card.findChild(QLabel, "cardLastContact")
    assert last is not None and card.card is not None and card.card.last_contact is not None
    if card.card.last_contact.outcome:
        assert humanize(card.card.last_contact.outcome) not in last.text()


def test_every_outcome_of_the_history_goes_through_the_catalogue(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    catalogue = MarkingCatalogue({"Formatting", "NoteComposer", "CallbackWorkPanel"})
    app.installTranslator(catalogue)
    try:
        view = open_history(qtbot, window, petrova.id)
        outcomes = [
            view.model.index(r, HistoryModel.OUTCOME).data()
            for r in range(view.model.rowCount())
            if view.model.row_at(r).outcome
        ]
    finally:
        app.removeTranslator(catalogue)
    assert outcomes
    assert [o for o in outcomes if not o.startswith("«")] == []


def test_parts_of_a_line_are_joined_by_a_persian_comma_not_a_dot_like_zero(
    qtbot: QtBot, demo_db_url: str, petrova: KnownCustomer
) -> None:
    window = persian_window(qtbot, demo_db_url)
    card = open_card(qtbot, window, petrova.id)
    last = card.findChild(QLabel, "cardLastContact")
    assert last is not None
    assert "·" not in last.text()
    assert "،" in last.text()
    with qtbot.waitSignal(window.search.results_shown, timeout=5000):
        window.search.box.setText("Петрова")
    tips = [
        window.search.model.index(r, SearchResultsModel.NAME).data(Qt.ItemDataRole.ToolTipRole)
        for r in range(window.search.model.rowCount())
    ]
    assert not [t for t in tips if "·" in t]


def test_parts_of_a_line_keep_the_middle_dot_in_english(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    card = open_card(qtbot, window, petrova.id)
    last = card.findChild(QLabel, "cardLastContact")
    assert last is not None and " · " in last.text()


# ---- counts in sentences ---------------------------------------------------------------------


def _first_reminder(qtbot: QtBot, window: MainWindow) -> str:
    reminder = window.callback_reminder
    qtbot.waitUntil(lambda: reminder.checks >= 1, timeout=5000)
    return reminder.text.text()


def test_a_first_start_on_a_new_database_says_due_now_not_while_closed(
    qtbot: QtBot, window: MainWindow
) -> None:
    text = _first_reminder(qtbot, window)
    n = len(window.callback_reminder.items)
    assert n > 1, "the demo has nothing due for Dana at start: nothing to check"
    assert "While the console was closed" not in text
    assert text.startswith(f"{n} callbacks due now")
    assert "(s)" not in text


def test_a_return_after_a_closed_console_says_what_became_due_while_closed(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    db = Database(demo_db_url)
    try:
        dana = UserService(db).get("dana")
        assert dana.last_seen_at is None  # a new demo: Dana's console never ran
        TransferService(db).heartbeat(dana.id, utcnow() - dt.timedelta(hours=14))
    finally:
        db.dispose()
    window = show_window(qtbot, create_window(demo_db_url, "dana", settings=settings))
    text = _first_reminder(qtbot, window)
    n = len(window.callback_reminder.items)
    assert text.startswith(f"While the console was closed, {n} callbacks became due")


def test_no_sentence_of_the_window_counts_with_a_bracketed_plural() -> None:
    """Counts go through %Ln (Qt's plural forms), never "callback(s)"."""
    ui = Path(__file__).resolve().parents[2] / "ui"
    found = [
        f"{path.name}:{number}"
        for path in sorted(ui.glob("*.py"))
        if path.name != "core_messages.py"  # the core's own sentences, said by console/
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"""(tr|translate)\(.*\w\(s\)""", line)
        or re.search(r'^\s*"[^"]*\w\(s\)', line)
    ]
    assert found == []


# ---- punctuation of the right-to-left interface ---------------------------------------------


def _ink_columns(label: QLabel) -> tuple[int, int]:
    """The leftmost and rightmost columns of a label where text is drawn."""
    image = label.grab().toImage()
    background = image.pixelColor(0, 0)
    columns = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y) != background for y in range(image.height()))
    ]
    assert columns, "nothing drawn"
    return columns[0], columns[-1]


def test_the_callback_forms_time_for_the_agent_reads_from_the_right_in_persian(
    qtbot: QtBot, demo_db_url: str
) -> None:
    window = persian_window(qtbot, demo_db_url)
    maryam = known_customer(demo_db_url, "مریم رضایی")
    dialog = CallbackFormDialog(window.context, maryam.id, parent=window, hub=window.hub)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.agent_time.text()), timeout=5000)
    label = dialog.agent_time
    assert "=" in label.text()
    # Qt takes a line that opens with "=" and digits for left-to-right (on X11 the "=" was
    # drawn at the left, the end of a Persian line): it must open with a right-to-left mark.
    assert label.text().startswith(RLM)
    left, right = _ink_columns(label)
    # Like every line of the form: it starts at the right edge ("=" first, on the right).
    assert right > label.width() - 12, (left, right, label.width())
    assert left > 12, (left, right, label.width())


def test_the_transfer_forms_still_needed_list_uses_persian_commas(
    qtbot: QtBot, demo_db_url: str, petrova: KnownCustomer
) -> None:
    window = persian_window(qtbot, demo_db_url)
    dialog = TransferFormDialog(window.context, petrova.id, parent=window, hub=window.hub)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
    refunds = next(
        i for i in range(dialog.target.count()) if "Refunds" in dialog.target.itemText(i)
    )
    dialog.target.setCurrentIndex(refunds)
    qtbot.waitUntil(lambda: dialog.required is not None, timeout=5000)
    assert len(dialog.required or ()) >= 2
    text = dialog.still_needed.text()
    assert "," not in text and "،" in text, text


def test_the_callback_panel_has_no_full_stop_before_a_separator(
    qtbot: QtBot, window: MainWindow
) -> None:
    mine = [
        c
        for c in window.callback_service.mine(window.context.user.id)
        if c.note and c.promise.rstrip().endswith(".")
    ]
    assert mine, "no callback of Dana's has a note and a promise sentence: nothing to check"
    window.work_callback(mine[0])
    panel = window.callback_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.callback is not None, timeout=5000)
    text = panel.promise.text()
    assert "Promised:" in text
    assert not re.search(r"\.\s*·", text), text


def test_a_phone_number_in_a_script_preview_never_wraps_in_the_middle(
    qtbot: QtBot, window: MainWindow, demo_db_url: str
) -> None:
    from tests.ui.test_scripts_ui import click_script, open_customer

    emma = known_customer(demo_db_url, "Emma Wilson")
    window.script_dock.show()
    lib = open_customer(qtbot, window, emma.id)
    click_script(qtbot, lib, "Callback promise")
    qtbot.waitUntil(lambda: emma.typed_phone[-4:] in lib.preview.toPlainText(), timeout=5000)
    document = lib.preview.document()
    text = document.toPlainText()
    match = re.search(r"\+\d[\d \-]{6,}\d", text)
    assert match is not None, text
    first, last = match.start(), match.end() - 1
    for width in range(200, 520, 3):  # the narrowest script dock and wider
        document.setTextWidth(width)
        block = document.findBlock(first)
        assert block == document.findBlock(last)
        layout = block.layout()
        at = block.position()
        line_first = layout.lineForTextPosition(first - at).lineNumber()
        line_last = layout.lineForTextPosition(last - at).lineNumber()
        assert line_first == line_last, (width, match.group())


def test_the_search_box_says_ctrl_k_even_when_its_hint_is_cut(
    qtbot: QtBot, window: MainWindow
) -> None:
    box = window.search.box
    assert "Ctrl+K" in box.placeholderText()
    assert "Ctrl+K" in box.toolTip()


def test_the_script_library_names_its_language_variants_in_persian(
    qtbot: QtBot, demo_db_url: str
) -> None:
    from tests.ui.test_scripts_ui import open_customer

    window = persian_window(qtbot, demo_db_url)
    window.script_dock.show()
    maryam = known_customer(demo_db_url, "مریم رضایی")
    lib = open_customer(qtbot, window, maryam.id)
    lib.list.setCurrentRow(0)
    box = lib.language_box
    qtbot.waitUntil(lambda: box.count() > 1, timeout=5000)
    names = [box.itemText(i) for i in range(box.count())]
    assert "فارسی" in names and "Persian" not in names, names
