"""A caller the console does not know is looked up in the CRM, cached, and popped."""

from __future__ import annotations

import json

from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot

from console import secrets
from console.integrations.pop_listener import parse_pop_request
from console.settings import Settings
from tests.ui.conftest import show_window
from ui.app import create_window
from ui.pop_controller import PopOutcome


def crm_window(qtbot: QtBot, demo_db_url: str, httpserver: HTTPServer):  # type: ignore[no-untyped-def]
    secrets.set_secret("crm-token", "desk-token")
    settings = Settings(default_region="EE", crm_url=httpserver.url_for("/crm"), crm_timeout_s=2.0)
    return show_window(qtbot, create_window(demo_db_url, "dana", settings=settings))


def test_unknown_caller_found_in_the_crm_opens_as_a_customer(
    qtbot: QtBot, demo_db_url: str, httpserver: HTTPServer
) -> None:
    httpserver.expect_request(
        "/crm/customers", headers={"Authorization": "Bearer desk-token"}
    ).respond_with_data(
        json.dumps({"customers": [{
            "id": "C-9", "account_no": "EE-9", "full_name": "Mari Mets",
            "phones": ["+372 5000 9999"], "time_zone": "Europe/Tallinn", "country": "EE",
        }]}),
        content_type="application/json",
    )  # fmt: skip
    window = crm_window(qtbot, demo_db_url, httpserver)
    with qtbot.waitSignal(window.pop_controller.popped, timeout=10_000) as popped:
        window.show_pop(parse_pop_request({"phone": "+372 5000 9999"}, "EE"))
    outcome: PopOutcome = popped.args[0]
    assert outcome.kind == "customer"
    qtbot.waitUntil(
        lambda: window.card.card is not None and window.card.card.full_name == "Mari Mets"
    )
    assert "CRM" in window.statusBar().currentMessage()
    # Cached: a second pop is answered locally, without asking the CRM again.
    with qtbot.waitSignal(window.pop_controller.popped, timeout=10_000):
        window.show_pop(parse_pop_request({"phone": "+372 5000 9999"}, "EE"))
    assert len(httpserver.log) == 1


def test_crm_failure_still_opens_the_new_caller_card_and_says_why(
    qtbot: QtBot, demo_db_url: str, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/crm/customers").respond_with_data("boom", status=500)
    window = crm_window(qtbot, demo_db_url, httpserver)
    with qtbot.waitSignal(window.pop_controller.popped, timeout=15_000) as popped:
        window.show_pop(parse_pop_request({"phone": "+372 5000 1111"}, "EE"))
    assert popped.args[0].kind == "new"
    assert window.pop_banner.isVisible()
    assert "CRM" in window.statusBar().currentMessage()
