"""The change hub announces connection changes once, not on every call."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.hub import Hub


def test_offline_and_online_are_announced_once_each(qtbot: QtBot) -> None:
    hub = Hub()
    seen: list[tuple[bool, str]] = []
    hub.connection_changed.connect(lambda online, message: seen.append((online, message)))
    hub.report_online()  # already online: nothing to say
    hub.report_offline("Cannot reach the database.")
    hub.report_offline("Cannot reach the database.")
    assert not hub.online and hub.offline_message == "Cannot reach the database."
    hub.report_offline("The server closed the connection.")
    hub.report_online()
    hub.report_online()
    assert seen == [
        (False, "Cannot reach the database."),
        (False, "The server closed the connection."),
        (True, ""),
    ]
    assert hub.online and hub.offline_message == ""


def test_change_signals_carry_the_customer_id(qtbot: QtBot) -> None:
    hub = Hub()
    with qtbot.waitSignal(hub.customers_changed) as customers:
        hub.customers_changed.emit(7)
    with qtbot.waitSignal(hub.interactions_changed) as interactions:
        hub.interactions_changed.emit(8)
    assert customers.args == [7] and interactions.args == [8]
