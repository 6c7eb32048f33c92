"""Screen-pop in the real window on the demo database: known, unknown and shared numbers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from console.integrations.pop_listener import PopRequest, parse_pop_request
from console.storage.db import Database
from console.storage.models import Customer, CustomerPhone
from tests.ui.conftest import KnownCustomer, type_text
from ui.caller_chooser_dialog import CallerChooserDialog
from ui.customer_edit_dialog import CustomerEditDialog
from ui.main_window import MainWindow
from ui.pop_controller import PopOutcome


def _request(phone: str, call_id: str = "", queue: str = "") -> PopRequest:
    return parse_pop_request({"phone": phone, "call_id": call_id, "queue": queue}, "RU")


def _pop(qtbot: QtBot, window: MainWindow, request: PopRequest) -> PopOutcome:
    with qtbot.waitSignal(window.pop_controller.popped, timeout=10_000) as blocker:
        window.show_pop(request)
    outcome = blocker.args[0]
    assert isinstance(outcome, PopOutcome)
    return outcome


def _add_customer_sharing(db_url: str, e164: str, name: str) -> int:
    """A second customer with the same phone (a family sharing a landline)."""
    db = Database(db_url)
    try:
        with db.write() as conn:
            template = (
                conn.execute(select(Customer).order_by(Customer.id).limit(1)).mappings().one()
            )
            values = {k: v for k, v in template.items() if k != "id"}
            values.update(
                full_name=name,
                given_name=name.split()[0],
                family_name=name.split()[-1],
                name_key=name.casefold(),
                account_no="AC9999991",
                country="EE",
            )
            new_id = conn.execute(insert(Customer).values(**values)).inserted_primary_key[0]
            conn.execute(
                insert(CustomerPhone).values(
                    customer_id=new_id, e164=e164, typed=e164, label="home", is_primary=True
                )
            )
    finally:
        db.dispose()
    return int(new_id)


def test_a_known_number_opens_the_customer_with_why_they_may_be_calling(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    outcome = _pop(qtbot, window, _request("+79165551234", call_id="c-42", queue="ru-desk"))
    assert outcome.kind == "customer" and outcome.customer_id == petrova.id

    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == petrova.id)
    qtbot.waitUntil(lambda: window.history.model.rowCount() > 0)
    assert window.search.box.text() == "+79165551234"
    assert window.history_pane.isVisible()

    banner = window.pop_banner
    assert banner.isVisible() and banner.objectName() == "popBanner"
    assert banner.accessibleName() == "Why they may be calling"
    assert banner.title.text() == petrova.full_name
    info = banner.call_info.text()
    assert "+7 916 555-12-34" in info and "Call ID c-42" in info and "Queue ru-desk" in info
    kinds = [r.kind for r in banner.reasons]
    # The open promise first (Irina owes her a refund decision by Friday); the last contact
    # is her third call this week; the transfer note before it says why.
    assert kinds == ["callback", "transfer", "last_contact"]
    assert banner.reasons[0].title in ("Callback promised", "Callback overdue")
    assert "Irina Volkova" in banner.reasons[0].text
    last = banner.reasons[-1]
    assert last.title == "Last contact (a promise)"
    assert "Callback promised" in last.text and "Третий звонок" in last.text
    assert "refund decision by Friday" in banner.reasons[1].text
    assert "Last contact" in banner.accessibleDescription()


def test_the_banner_never_takes_the_keyboard_from_the_agent(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    window.search.focus_search()
    _pop(qtbot, window, _request(petrova.e164))
    assert QApplication.focusWidget() is window.search.box
    assert window.isActiveWindow()


def test_esc_dismisses_the_banner(qtbot: QtBot, window: MainWindow, petrova: KnownCustomer) -> None:
    _pop(qtbot, window, _request(petrova.e164))
    with qtbot.waitSignal(window.pop_banner.dismissed):
        qtbot.keyClick(window.search.box, Qt.Key.Key_Escape)
    assert not window.pop_banner.isVisible()
    # With the banner gone, Esc in the search box clears it as before.
    qtbot.keyClick(window.search.box, Qt.Key.Key_Escape)
    assert window.search.box.text() == ""


def test_the_close_button_dismisses_the_banner(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    _pop(qtbot, window, _request(petrova.e164))
    qtbot.mouseClick(window.pop_banner.close_button, Qt.MouseButton.LeftButton)
    assert not window.pop_banner.isVisible()


def test_opening_someone_else_dismisses_the_banner(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    _pop(qtbot, window, _request(petrova.e164))
    window.search.set_debounce_interval(0)
    window.search.box.clear()
    type_text(window.search.box, "Emma Wilson")
    qtbot.waitUntil(lambda: window.search.answered_text == "Emma Wilson")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.pop_banner.isVisible())


def test_an_unknown_number_shows_the_new_caller_banner(qtbot: QtBot, window: MainWindow) -> None:
    outcome = _pop(qtbot, window, _request("8 (916) 000-00-01", queue="sales"))
    assert outcome.kind == "new" and outcome.customer_id is None
    banner = window.pop_banner
    assert banner.isVisible() and banner.state == "new"
    assert banner.title.text() == "New caller"
    message = banner.message.text()
    assert "+7 916 000-00-01" in message and "8 (916) 000-00-01" in message
    assert "Queue sales" in banner.call_info.text()
    assert window.card.card is None and not window.history_pane.isVisible()
    assert "+7 916 000-00-01" in window.card.empty.text()
    assert window.search.box.text() == "8 (916) 000-00-01"


def test_create_customer_opens_the_form_with_the_number_and_then_the_new_customer(
    qtbot: QtBot, window: MainWindow
) -> None:
    asked: list[str] = []
    window.pop_banner.create_customer_requested.connect(asked.append)
    _pop(qtbot, window, _request("+79160000001", call_id="c-9"))
    button = window.pop_banner.action_button
    assert button.isVisible() and button.text() == "&Create customer…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == ["+79160000001"]
    dialog = next(
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, CustomerEditDialog) and w.isVisible()
    )  # fmt: skip
    assert dialog.phone_edits[0].text() == "+79160000001"
    dialog.full_name.setText("Новый Клиент")
    dialog.time_zone.setCurrentText("Europe/Moscow")
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    with qtbot.waitSignal(window.pop_controller.popped, timeout=10_000) as blocker:
        dialog.save()
    outcome = blocker.args[0]
    assert outcome.kind == "customer" and outcome.request.call_id == "c-9"
    qtbot.waitUntil(
        lambda: window.card.card is not None and window.card.card.id == outcome.customer_id
    )
    assert window.pop_banner.title.text() == "Новый Клиент"


def test_a_shared_number_opens_the_chooser_and_enter_opens_the_chosen_customer(
    qtbot: QtBot, window: MainWindow, demo_db_url: str, petrova: KnownCustomer
) -> None:
    other = _add_customer_sharing(demo_db_url, petrova.e164, "Андрей Петров")
    outcome = _pop(qtbot, window, _request(petrova.e164))
    assert outcome.kind == "choose"
    chooser = window.pop_controller.chooser
    assert isinstance(chooser, CallerChooserDialog) and chooser.isVisible()
    names = [chooser.list.topLevelItem(i).text(0) for i in range(chooser.list.topLevelItemCount())]
    assert names == [petrova.full_name, "Андрей Петров"]
    assert chooser.list.topLevelItem(1).text(1) == "AC9999991"
    assert window.pop_banner.state == "several"

    qtbot.keyClick(chooser.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.pop_controller.popped, timeout=10_000) as blocker:
        qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    assert blocker.args[0].customer_id == other
    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == other)
    assert window.pop_banner.title.text() == "Андрей Петров"
    assert window.pop_banner.reasons == []  # a new customer has no history to explain the call
    assert window.pop_banner.message.text() == "No earlier contact on file."


def test_esc_in_the_chooser_cancels_and_the_banner_offers_it_again(
    qtbot: QtBot, window: MainWindow, demo_db_url: str, petrova: KnownCustomer
) -> None:
    _add_customer_sharing(demo_db_url, petrova.e164, "Андрей Петров")
    _pop(qtbot, window, _request("+66812345678"))  # somebody else was on the line before
    qtbot.waitUntil(lambda: window.card.card is not None)
    _pop(qtbot, window, _request(petrova.e164))
    assert window.card.card is None and not window.history_pane.isVisible()
    assert "choose who is calling" in window.card.empty.text()
    chooser = window.pop_controller.chooser
    assert chooser is not None
    qtbot.keyClick(chooser.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not chooser.isVisible())
    assert window.card.card is None
    button = window.pop_banner.action_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    again = window.pop_controller.chooser
    assert again is not None and again.isVisible()


def test_a_minimised_window_comes_back_on_a_pop(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    window.showMinimized()
    _pop(qtbot, window, _request(petrova.e164))
    assert not window.isMinimized()


@pytest.mark.parametrize("phone", ["+79165551234", "8 916 555 12 34", "0079165551234"])
def test_any_common_form_of_the_number_finds_the_caller(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, phone: str
) -> None:
    assert _pop(qtbot, window, _request(phone)).customer_id == petrova.id
