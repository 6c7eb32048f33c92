"""Goodwill on the card, and the deliberate second click for a repeat gesture."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.goodwill_dialog import currency_for, parse_amount
from ui.main_window import MainWindow


def test_emma_wilsons_voucher_is_on_her_card(qtbot: QtBot, window: MainWindow) -> None:
    window.open_customer(4)
    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == 4)
    label = window.card.findChild(QLabel, "cardGoodwill")
    assert label is not None
    assert "EUR 20.00 Voucher" in label.text() and "Tom Hughes" in label.text()


def test_repeat_voucher_needs_a_second_deliberate_click(qtbot: QtBot, window: MainWindow) -> None:
    window.open_customer(4)
    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == 4)
    dialog = window.give_goodwill()
    assert dialog is not None
    dialog.amount.setText("15")
    dialog.reason.setPlainText("Replacement also late")
    dialog.give_button.click()
    qtbot.waitUntil(lambda: dialog.banner.isVisible())
    assert "already given" in dialog.banner.text()
    assert dialog.give_button.text() == "Give another anyway"
    with qtbot.waitSignal(dialog.given, timeout=5000):
        dialog.give_button.click()
    qtbot.waitUntil(lambda: window.card.card is not None and len(window.card.card.goodwill) == 2)
    assert window.card.card.goodwill[0].amount_text == "GBP 15.00"  # she lives in the UK


@pytest.mark.parametrize(
    ("text", "minor"), [("20", 2000), ("20.5", 2050), ("20,50", 2050), ("", 0), ("x", None),
                        ("-1", None), ("1.005", None)],
)  # fmt: skip
def test_amounts_are_read_in_minor_units(text: str, minor: int | None) -> None:
    assert parse_amount(text) == minor


@pytest.mark.parametrize(
    ("customer", "currency"),
    [(1, "RUB"), (2, "THB"), (3, "IRR"), (4, "GBP")],  # Ольга, สมชาย, مریم, Emma
)
def test_the_currency_is_the_customers_own(
    qtbot: QtBot, window: MainWindow, customer: int, currency: str
) -> None:
    window.open_customer(customer)
    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == customer)
    dialog = window.give_goodwill()
    assert dialog is not None
    assert dialog.currency.text() == currency
    dialog.reject()


def test_unknown_countries_fall_back_to_euro() -> None:
    assert [currency_for(c) for c in ("EE", "us", "", "ZZ")] == ["EUR", "USD", "EUR", "EUR"]
