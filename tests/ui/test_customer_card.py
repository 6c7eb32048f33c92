"""The card shows who the customer is, how to reach them, their clock and the last contact."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from console.storage.db import Database
from console.storage.models import Customer
from tests.ui.conftest import KnownCustomer, known_customer
from ui.customer_card import CustomerCard
from ui.main_window import MainWindow


def _card(window: MainWindow) -> CustomerCard:
    card = window.findChild(CustomerCard, "customerCard")
    assert card is not None
    return card


def _open(qtbot: QtBot, window: MainWindow, customer_id: int) -> CustomerCard:
    card = _card(window)
    with qtbot.waitSignal(card.loaded, timeout=5000):
        window.open_customer(customer_id)
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
    card = _open(qtbot, window, petrova.id)
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
    card = _open(qtbot, window, miller.id)
    chips = card.findChildren(QLabel, "chip")
    dnc = [c for c in chips if c.property("kind") == "dnc"]
    assert [c.text() for c in dnc] == ["Do not call"]
    # The do-not-call tag is not repeated as a plain tag.
    assert [c.text() for c in chips if c.property("kind") == "tag"] == []

    somchai = known_customer(demo_db_url, "สมชาย ใจดี")
    card = _open(qtbot, window, somchai.id)
    assert [c.property("kind") for c in card.findChildren(QLabel, "chip") if c.text() == "VIP"]


def test_local_time_and_night_warning(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    card = _card(window)
    # 20:30 UTC is 23:30 in Moscow: night there.
    card.clock = lambda: dt.datetime(2026, 11, 23, 20, 30, tzinfo=dt.UTC)
    _open(qtbot, window, petrova.id)
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
    card = _open(qtbot, window, maryam.id)
    name = card.findChild(QLabel, "cardName")
    assert name is not None and name.text() == "مریم رضایی"
    assert name.alignment() & Qt.AlignmentFlag.AlignRight
    assert name.alignment() & Qt.AlignmentFlag.AlignAbsolute
    latin = known_customer(demo_db_url, "Emma Wilson")
    card = _open(qtbot, window, latin.id)
    name = card.findChild(QLabel, "cardName")
    assert name is not None and not name.alignment() & Qt.AlignmentFlag.AlignRight


def test_card_reloads_when_the_hub_announces_a_change(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, demo_db_url: str
) -> None:
    card = _open(qtbot, window, petrova.id)
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
    card = _open(qtbot, window, petrova.id)
    with qtbot.assertNotEmitted(card.loaded, wait=300):
        window.hub.customers_changed.emit(petrova.id + 1)


def test_fields_sit_in_two_columns_when_wide_and_stack_when_narrow(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    window.resize(1600, 760)
    window.main_splitter.setSizes([500, 1100])
    qtbot.waitUntil(lambda: _card(window).width() > CustomerCard.TWO_COLUMNS_MIN_WIDTH)
    card = _open(qtbot, window, petrova.id)
    assert card.fields_side_by_side
    window.main_splitter.setSizes([600, 200])
    qtbot.waitUntil(lambda: not card.fields_side_by_side)
    # Stacked, the fields scroll down, never sideways.
    scrolls = card.findChildren(QScrollArea)
    assert scrolls and not any(a.horizontalScrollBar().isVisible() for a in scrolls)
