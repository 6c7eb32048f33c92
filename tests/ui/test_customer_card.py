"""The card shows who the customer is, how to reach them, their clock and the last contact."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QScrollArea
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from console.storage.db import Database
from console.storage.models import Customer, CustomerEmail
from tests.ui.conftest import KnownCustomer, known_customer, open_card
from ui.customer_card import CustomerCard
from ui.main_window import MainWindow


def _card(window: MainWindow) -> CustomerCard:
    card = window.findChild(CustomerCard, "customerCard")
    assert card is not None
    return card


def _label(card: CustomerCard, name: str) -> str:
    label = card.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def _chips(card: CustomerCard) -> list[str]:
    return [c.text() for c in card.findChildren(QLabel, "chip") if c.isVisibleTo(card)]


def test_no_customer_shows_what_to_do(window: MainWindow) -> None:
    card = _card(window)
    assert card.empty.isVisible()
    assert card.empty.text() == ("Search for a customer, or take a call: their card appears here.")


def test_card_shows_the_customer(qtbot: QtBot, window: MainWindow, petrova: KnownCustomer) -> None:
    card = open_card(qtbot, window, petrova.id)
    assert not card.empty.isVisible()
    assert _label(card, "cardName") == "Ольга Петрова"
    assert petrova.account_no in _label(card, "cardAccount")
    assert "Refund pending" in _chips(card)
    phones = _label(card, "cardPhones")
    assert "+7 916 555-12-34" in phones and "Mobile" in phones
    assert _label(card, "cardEmails") == petrova.email
    assert _label(card, "cardLanguage").startswith("Russian")
    assert _label(card, "cardCountry") == "Russia"
    assert _label(card, "cardTimeZone") == "Europe/Moscow"
    fields = {
        label.property("field"): label.text() for label in card.findChildren(QLabel, "cardField")
    }
    assert fields["booking"] == "K7QX2M"
    assert fields["flight"] == "AU 213"
    assert "departure_date" in fields
    last = _label(card, "cardLastContact")
    assert "Call" in last and "Callback promised" in last
    assert card.card is not None
    assert _label(card, "cardInteractionCount") == f"{card.card.interaction_count} contacts in all"


def test_do_not_call_and_vip_are_shown_prominently(
    qtbot: QtBot, window: MainWindow, demo_db_url: str
) -> None:
    miller = known_customer(demo_db_url, "John Miller")
    card = open_card(qtbot, window, miller.id)
    chips = card.findChildren(QLabel, "chip")
    dnc = [c for c in chips if c.property("kind") == "dnc"]
    assert [c.text() for c in dnc] == ["Do not call"]
    # The do-not-call tag is not repeated as a plain tag.
    assert [c.text() for c in chips if c.property("kind") == "tag"] == []

    somchai = known_customer(demo_db_url, "สมชาย ใจดี")
    card = open_card(qtbot, window, somchai.id)
    assert [c.property("kind") for c in card.findChildren(QLabel, "chip") if c.text() == "VIP"]


def test_local_time_and_night_warning(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    card = _card(window)
    # 20:30 UTC is 23:30 in Moscow: night there.
    card.clock = lambda: dt.datetime(2026, 11, 23, 20, 30, tzinfo=dt.UTC)
    open_card(qtbot, window, petrova.id)
    assert _label(card, "cardLocalTime").startswith("23:30")
    assert "UTC+3" in _label(card, "cardLocalTime")
    assert "Night there" in _chips(card)

    # 09:00 UTC is 12:00 in Moscow: a fine time to call.
    card.clock = lambda: dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    card.update_clock()
    assert _label(card, "cardLocalTime").startswith("12:00")
    assert "Night there" not in _chips(card)


def test_a_persian_name_reads_right_to_left_from_the_right_edge(
    qtbot: QtBot, window: MainWindow, demo_db_url: str
) -> None:
    maryam = known_customer(demo_db_url, "مریم رضایی")
    card = open_card(qtbot, window, maryam.id)
    name = card.findChild(QLabel, "cardName")
    assert name is not None and name.text() == "مریم رضایی"
    assert name.alignment() & Qt.AlignmentFlag.AlignRight
    assert name.alignment() & Qt.AlignmentFlag.AlignAbsolute
    latin = known_customer(demo_db_url, "Emma Wilson")
    card = open_card(qtbot, window, latin.id)
    name = card.findChild(QLabel, "cardName")
    assert name is not None and not name.alignment() & Qt.AlignmentFlag.AlignRight


def test_card_reloads_when_the_hub_announces_a_change(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, demo_db_url: str
) -> None:
    card = open_card(qtbot, window, petrova.id)
    db = Database(demo_db_url)
    with db.write() as conn:
        conn.execute(
            update(Customer).where(Customer.id == petrova.id).values(full_name="Ольга Петрова-Смит")
        )
    db.dispose()
    with qtbot.waitSignal(card.loaded):
        window.hub.customers_changed.emit(petrova.id)
    assert _label(card, "cardName") == "Ольга Петрова-Смит"


def test_a_change_to_another_customer_does_not_reload_the_card(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    card = open_card(qtbot, window, petrova.id)
    with qtbot.assertNotEmitted(card.loaded, wait=300):
        window.hub.customers_changed.emit(petrova.id + 1)


def test_fields_sit_in_two_columns_when_wide_and_stack_when_narrow(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    window.resize(1600, 760)
    window.main_splitter.setSizes([500, 1100])
    qtbot.waitUntil(lambda: _card(window).width() > CustomerCard.TWO_COLUMNS_MIN_WIDTH)
    card = open_card(qtbot, window, petrova.id)
    assert card.fields_side_by_side
    across = sum(window.main_splitter.sizes())
    window.main_splitter.setSizes([across - 400, 400])
    qtbot.waitUntil(lambda: not card.fields_side_by_side)
    # Stacked, the fields scroll down, never sideways.
    scrolls = card.findChildren(QScrollArea)
    assert scrolls and not any(a.horizontalScrollBar().isVisible() for a in scrolls)


def _size_card(
    qtbot: QtBot, window: MainWindow, width: int, height: int, *, exact: bool = True
) -> CustomerCard:
    """Give the card pane this much room through the window's own splitters.

    Not ``exact``: the card may keep more width than asked for (its minimum).
    """
    card = _card(window)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    frame_w = window.card_pane.width() - card.width()
    frame_h = window.card_pane.height() - card.height()
    across = sum(window.main_splitter.sizes())
    window.main_splitter.setSizes([across - width - frame_w, width + frame_w])
    down = sum(window.detail_splitter.sizes())
    window.detail_splitter.setSizes([height + frame_h, down - height - frame_h])
    if exact:
        qtbot.waitUntil(lambda: (card.width(), card.height()) == (width, height))
    else:
        qtbot.waitUntil(lambda: card.height() == height and card.width() >= width)
        qtbot.wait(50)
    return card


def _card_scroll(card: CustomerCard) -> QScrollArea:
    scroll = card.findChild(QScrollArea, "cardScroll")
    assert scroll is not None
    return scroll


def test_no_scrollbar_when_the_card_fits_and_one_when_it_does_not(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    # Like the real window at 1280x800: a card pane about 700 px wide and 330 px tall.
    open_card(qtbot, window, petrova.id)
    card = _size_card(qtbot, window, 700, 330)
    assert card.fields_side_by_side
    scroll = _card_scroll(card)
    content = scroll.widget()
    assert content is not None
    qtbot.waitUntil(lambda: content.width() == scroll.viewport().width())
    # The laid-out fields need less than the pane's height...
    assert content.heightForWidth(card.width()) < 330
    # ...so nothing scrolls, and every value shows in full (wrapped labels are not squeezed).
    qtbot.wait(50)
    assert not scroll.verticalScrollBar().isVisible()
    assert scroll.verticalScrollBar().maximum() == 0
    for label in content.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.objectName()

    # A short pane: the same card does not fit, and scrolls.
    _size_card(qtbot, window, 700, 150)
    qtbot.waitUntil(scroll.verticalScrollBar().isVisible)
    assert scroll.verticalScrollBar().maximum() > 0

    # A narrow pane: the fields stack, need more height than 330 px, and scroll down.
    _size_card(qtbot, window, 500, 330)
    qtbot.waitUntil(lambda: not card.fields_side_by_side)
    qtbot.waitUntil(scroll.verticalScrollBar().isVisible)
    assert scroll.verticalScrollBar().maximum() > 0
    assert not scroll.horizontalScrollBar().isVisible()


def test_a_narrow_card_never_cuts_fields_off_on_the_right(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, demo_db_url: str
) -> None:
    db = Database(demo_db_url)
    with db.write() as conn:
        conn.execute(
            update(CustomerEmail)
            .where(CustomerEmail.customer_id == petrova.id)
            .values(email="olga.petrova.bookings@example-travel.ru")
        )
    db.dispose()
    card = _card(window)
    # 23:30 in Moscow: the "Night there" chip widens the local time row too.
    card.clock = lambda: dt.datetime(2026, 11, 23, 20, 30, tzinfo=dt.UTC)
    open_card(qtbot, window, petrova.id)
    scroll = _card_scroll(card)
    # The card never scrolls sideways: whatever its width, the page must fit in it, whether
    # the fields sit side by side (only when both columns fit) or stack.
    for width in (680, 650, 300):
        _size_card(qtbot, window, width, 330, exact=False)
        content = scroll.widget()
        assert content is not None
        assert content.width() <= scroll.viewport().width(), (width, card.fields_side_by_side)
        assert not scroll.horizontalScrollBar().isVisible()
    assert not card.fields_side_by_side


def test_open_promises_and_handovers_come_first_above_the_fold(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    # README: "the card and the screen-pop show open promises first".
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    card = open_card(qtbot, window, petrova.id)
    scroll = _card_scroll(card)
    viewport = scroll.viewport()
    qtbot.wait(50)
    assert scroll.verticalScrollBar().value() == 0
    promises = card.findChild(QLabel, "cardPromises")
    phones = card.findChild(QLabel, "cardPhones")
    assert promises is not None and phones is not None
    assert "Refund decision" in promises.text()
    # Above the fields, and wholly inside what the card shows without scrolling.
    assert promises.mapTo(viewport, promises.rect().topLeft()).y() < (
        phones.mapTo(viewport, phones.rect().topLeft()).y()
    )
    shown = promises.visibleRegion().boundingRect()
    assert shown.height() == promises.height() >= promises.heightForWidth(promises.width())
    bottom = promises.mapTo(viewport, promises.rect().bottomLeft()).y()
    assert bottom <= viewport.height()
    handovers = card.findChild(QLabel, "cardHandovers")
    if handovers is not None:
        assert handovers.mapTo(viewport, handovers.rect().bottomLeft()).y() <= viewport.height()


def test_a_promise_keeps_its_time_zone_whole_at_any_width(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    card = open_card(qtbot, window, petrova.id)
    promises = card.findChild(QLabel, "cardPromises")
    assert promises is not None
    document = QTextDocument()
    document.setDefaultFont(promises.font())
    document.setHtml(promises.text())
    assert "Europe/Moscow" in document.toPlainText().replace("\u2060", "")
    for width in range(150, 520, 4):
        document.setTextWidth(width)
        assert document.size().height() > 0  # laid out
        block = document.begin()
        lines = 0
        while block.isValid():
            layout = block.layout()
            lines += layout.lineCount()
            for i in range(layout.lineCount()):
                start = layout.lineAt(i).textStart()
                assert start == 0 or block.text()[start - 1] != "/", width
            block = block.next()
        assert lines > 1
