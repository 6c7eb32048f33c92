"""Editing and creating customers through the real window: validation, conflicts, no loss."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from console.services.customer_edit import CustomerDraft, CustomerEditService
from console.services.customers import CustomerService
from console.storage.db import Database
from tests.ui.conftest import open_card
from ui.main_window import MainWindow
from ui.tasks import pending_count


def test_ctrl_e_edits_the_open_customer_and_the_card_follows(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_card(qtbot, window, 3)
    dialog = window.edit_customer()
    assert dialog is not None
    assert dialog.full_name.text() == "مریم رضایی"
    assert dialog.time_zone.currentText() == "Asia/Tehran"
    assert dialog.country_code() == "IR"
    dialog.tags.setText("VIP, prefers e-mail")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: window.card.card is not None and "VIP" in window.card.card.tags)
    assert "prefers e-mail" in window.card.card.tags


def test_bad_fields_are_marked_and_nothing_typed_is_lost(qtbot: QtBot, window: MainWindow) -> None:
    open_card(qtbot, window, 1)
    dialog = window.edit_customer()
    assert dialog is not None
    dialog.time_zone.setCurrentText("Moscow")
    dialog.emails.setText("olga at example")
    dialog.full_name.setText("Ольга Петрова-Смирнова")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors["time_zone"].isVisible())
    assert "Asia/Tehran" in dialog.errors["time_zone"].text()
    assert dialog.errors["emails"].isVisible()
    assert not dialog.errors["full_name"].isVisible()
    assert dialog.isVisible() and dialog.full_name.text() == "Ольга Петрова-Смирнова"
    assert dialog.save_button.isEnabled()


def test_conflict_names_who_changed_it_and_keeps_the_text(
    qtbot: QtBot, window: MainWindow, demo_db_url: str
) -> None:
    open_card(qtbot, window, 5)
    dialog = window.edit_customer()
    assert dialog is not None
    dialog.tags.setText("VIP, rebooked")
    # Meanwhile another agent saves the same customer.
    other = Database(demo_db_url)
    card = CustomerService(other).card(5)
    theirs = CustomerDraft(
        full_name=card.full_name, time_zone=card.time_zone, country=card.country,
        phones=tuple((p.typed, p.label) for p in card.phones), tags=("VIP", "called back"),
    )  # fmt: skip
    irina = 3  # Irina Volkova in the demo staff list
    CustomerEditService(other).update(5, card.version, theirs, irina)
    other.dispose()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.banner.isVisible())
    assert "Irina Volkova" in dialog.banner.text()
    assert dialog.reload_button.isVisible()
    assert dialog.tags.text() == "VIP, rebooked"
    dialog.reload_button.click()
    qtbot.waitUntil(lambda: "now the base" in dialog.banner.text())
    assert "called back" in dialog.banner.text() and dialog.tags.text() == "VIP, rebooked"
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: pending_count() == 0)
    assert window.card.card is not None
    qtbot.waitUntil(lambda: "rebooked" in window.card.card.tags)


def test_new_customer_from_an_unknown_number_is_prefilled_and_opened(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.new_customer("+98 912 000 4455")
    assert dialog.phone_edits[0].text() == "+98 912 000 4455"
    assert dialog.country_code() == "IR"
    assert dialog.time_zone.currentText() == "Asia/Tehran"
    dialog.full_name.setText("Kaveh Jafari")
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save_button.click()
    new_id = saved.args[0]
    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == new_id)
    assert window.card.card.full_name == "Kaveh Jafari"
    assert window.card.card.phones[0].e164 == "+989120004455"


def test_edit_without_an_open_customer_says_what_to_do(window: MainWindow) -> None:
    assert window.edit_customer() is None
    assert "Open a customer first" in window.statusBar().currentMessage()


def test_draft_fields_round_trip(qtbot: QtBot, window: MainWindow) -> None:
    open_card(qtbot, window, 1)
    dialog = window.edit_customer()
    assert dialog is not None
    draft = dialog.draft()
    card = window.card.card
    assert card is not None
    assert draft.full_name == card.full_name and draft.country == "RU"
    assert dict(draft.custom_fields)["flight"] == "AU 213"
    assert dataclasses.asdict(draft)["phones"][0][0] == "+7 916 555-12-34"
    dialog.reject()


def test_the_form_shows_the_phone_as_the_card_does_and_language_from_a_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_card(qtbot, window, 1)
    card = window.card.card
    assert card is not None and card.phones[0].typed == "8 (916) 555-12-34"
    dialog = window.edit_customer()
    assert dialog is not None
    assert dialog.phone_edits[0].text() == card.phones[0].display == "+7 916 555-12-34"
    assert dialog.language.currentText() == "Russian (русский) (ru)"
    assert dialog.language.findData("fa") >= 0 and dialog.language.count() > 100
    assert dialog.language_code() == "ru"
    # Typing part of a name offers it, like Country and Time zone.
    dialog.language.setCurrentText("Persian (فارسی) (fa)")
    assert dialog.language_code() == "fa"
    empty = dialog.phone_edits[1]
    assert empty.text() == ""
    metrics = empty.fontMetrics()
    assert metrics.horizontalAdvance(empty.placeholderText()) < empty.width() - 8  # not cut
    dialog.reject()
