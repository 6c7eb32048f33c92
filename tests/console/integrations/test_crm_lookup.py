"""Screen-pop with the CRM behind the local database, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError
from pytest_httpserver import HTTPServer
from sqlalchemy import func, insert, select

from console import secrets
from console.integrations.crm import TOKEN_SECRET, CrmConnector
from console.services.crm_lookup import (
    CRM_ID_FIELD,
    FROM_CRM_TAG,
    CallerLookup,
    LookupOutcome,
)
from console.services.customers import CustomerService
from console.settings import Settings
from console.storage.db import Database
from console.storage.models import Customer, CustomerPhone, Event
from console.text import name_key

TOKEN = "lookup-token-42"
PATH = "/crm/customers"


def olga(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "C-77",
        "account_no": "EE-4455",
        "full_name": "Ольга Петрова",
        "given_name": "Ольга",
        "family_name": "Петрова",
        "phones": ["+372 5555 1234"],
        "emails": ["Olga.Petrova@example.ee"],
        "time_zone": "Europe/Tallinn",
        "language": "ru",
        "country": "EE",
        "tags": ["vip"],
        "fields": {"loyalty": "gold"},
    }
    base.update(changes)
    return {k: v for k, v in base.items() if v is not ...}


@pytest.fixture
def lookup(httpserver: HTTPServer, db: Database) -> Iterator[CallerLookup]:
    crm = CrmConnector(httpserver.url_for("/crm"), TOKEN, timeout_s=2.0, backoff=0.01)
    caller_lookup = CallerLookup(CustomerService(db), db, crm)
    yield caller_lookup
    caller_lookup.close()


def add_local_customer(db: Database, account_no: str, full_name: str, e164: str) -> int:
    with db.write() as conn:
        cid = int(
            conn.execute(
                insert(Customer)
                .values(account_no=account_no, full_name=full_name, name_key=name_key(full_name),
                        time_zone="Europe/Tallinn", language="et", country="EE", tags=[],
                        custom_fields={})
                .returning(Customer.id)
            ).scalar_one()
        )  # fmt: skip
        conn.execute(insert(CustomerPhone).values(customer_id=cid, e164=e164, typed=e164,
                                                  label="mobile", is_primary=True))  # fmt: skip
    return cid


def customer_count(db: Database) -> int:
    with db.read() as conn:
        return int(conn.scalar(select(func.count()).select_from(Customer)) or 0)


def test_caller_found_in_the_crm_is_cached_then_popped_locally_without_asking_again(
    httpserver: HTTPServer, db: Database, lookup: CallerLookup
) -> None:
    httpserver.expect_request(PATH, query_string={"phone": "+37255551234"}).respond_with_json(
        {"customers": [olga()]}
    )
    first = lookup.pop("+372 5555 1234")
    assert first.outcome is LookupOutcome.CRM and first.found
    assert first.e164 == "+37255551234"
    assert first.message == "Ольга Петрова was found in the CRM and added to this console."
    assert first.pop is not None
    card = first.pop.card
    assert card.full_name == "Ольга Петрова"
    assert (card.given_name, card.family_name) == ("Ольга", "Петрова")
    assert card.account_no == "EE4455"
    assert [p.e164 for p in card.phones] == ["+37255551234"]
    assert card.phones[0].primary and card.phones[0].typed == "+372 5555 1234"
    assert card.emails == ("Olga.Petrova@example.ee",)
    assert (card.time_zone, card.language, card.country) == ("Europe/Tallinn", "ru", "EE")
    assert card.tags == ("vip", FROM_CRM_TAG)
    assert dict(card.custom_fields) == {"loyalty": "gold", CRM_ID_FIELD: "C-77"}
    assert first.pop.timeline == ()

    second = lookup.pop("+37255551234")
    assert second.outcome is LookupOutcome.LOCAL and second.message == ""
    assert second.pop is not None and second.pop.card.id == card.id
    assert len(httpserver.log) == 1  # the second pop never reached the CRM

    # Cached like any customer: searchable by Latin name, e-mail and account number.
    service = CustomerService(db)
    assert [c.id for c in service.find("petrova olga")] == [card.id]
    assert [c.id for c in service.find("olga petorva")] == [card.id]  # and with a typo
    assert [c.id for c in service.find("olga.petrova@example.ee")] == [card.id]
    assert [c.id for c in service.find("EE-4455")] == [card.id]
    with db.read() as conn:
        key = conn.scalar(select(Customer.name_key).where(Customer.id == card.id))
        event = conn.execute(select(Event.entity, Event.action, Event.data)).one()
    assert key == name_key("Ольга Петрова")
    assert tuple(event) == ("customer", "created", {"account_no": "EE4455", "crm_id": "C-77"})


def test_a_crm_customer_without_account_number_gets_one_from_its_crm_id(
    httpserver: HTTPServer, db: Database, lookup: CallerLookup
) -> None:
    httpserver.expect_request(PATH).respond_with_json({"customers": [olga(account_no=...)]})
    result = lookup.pop("+37255551234")
    assert result.pop is not None and result.pop.card.account_no == "CRMC77"
    assert [c.account_no for c in CustomerService(db).find("CRM-C-77")] == ["CRMC77"]


def test_the_number_called_from_is_kept_even_if_the_crm_lists_others(
    httpserver: HTTPServer, lookup: CallerLookup
) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        {"customers": [olga(phones=["+372 600 1234"])]}
    )
    result = lookup.pop("+372 5555 1234")
    assert result.pop is not None
    assert [p.e164 for p in result.pop.card.phones] == ["+3726001234", "+37255551234"]
    assert lookup.pop("+37255551234").outcome is LookupOutcome.LOCAL


def test_an_account_that_exists_locally_is_not_duplicated(
    httpserver: HTTPServer, db: Database, lookup: CallerLookup
) -> None:
    local_id = add_local_customer(db, "EE4455", "Olga Petrova", "+3726001234")
    httpserver.expect_request(PATH).respond_with_json({"customers": [olga()]})
    result = lookup.pop("+37255551234")
    assert result.outcome is LookupOutcome.CRM
    assert result.pop is not None and result.pop.card.id == local_id
    assert result.pop.card.full_name == "Olga Petrova"  # the local record is left as it is
    assert customer_count(db) == 1


def test_several_crm_customers_on_one_number_are_all_cached_and_the_first_is_shown(
    httpserver: HTTPServer, db: Database, lookup: CallerLookup
) -> None:
    second = olga(id="C-78", account_no="EE-4456", full_name="Ivan Petrov", emails=[])
    httpserver.expect_request(PATH).respond_with_json({"customers": [olga(), second]})
    result = lookup.pop("+37255551234")
    assert result.pop is not None and result.pop.card.full_name == "Ольга Петрова"
    assert customer_count(db) == 2
    again = lookup.pop("+37255551234")
    assert again.pop is not None and again.pop.card.id == result.pop.card.id


def test_a_local_caller_never_reaches_the_crm(
    httpserver: HTTPServer, db: Database, lookup: CallerLookup
) -> None:
    local_id = add_local_customer(db, "1234567", "Kadri Tamm", "+37255551234")
    result = lookup.pop("+372 5555 1234")
    assert result.outcome is LookupOutcome.LOCAL
    assert result.pop is not None and result.pop.card.id == local_id
    assert httpserver.log == []


def test_a_caller_nobody_knows_is_not_found_and_nothing_is_stored(
    httpserver: HTTPServer, db: Database, lookup: CallerLookup
) -> None:
    httpserver.expect_request(PATH).respond_with_json({"customers": []})
    result = lookup.pop("+372 5555 1234")
    assert result.outcome is LookupOutcome.NOT_FOUND and result.pop is None
    assert result.message == "Neither this console nor the CRM knows the number +372 5555 1234."
    assert customer_count(db) == 0


def test_a_withheld_number_is_not_sent_to_the_crm(
    httpserver: HTTPServer, lookup: CallerLookup
) -> None:
    result = lookup.pop("anonymous")
    assert result.outcome is LookupOutcome.NOT_FOUND and result.e164 is None
    assert "not a phone number" in result.message
    assert httpserver.log == []


@pytest.mark.parametrize(
    ("status", "body", "says"),
    [
        (401, "", "The CRM refused the token"),
        (500, "", "has a problem (HTTP 500 after 3 attempts)"),
        (200, "{not json", "cannot read"),
    ],
)
def test_a_failing_crm_gives_a_message_and_the_console_stays_usable(
    httpserver: HTTPServer, db: Database, lookup: CallerLookup, status: int, body: str, says: str
) -> None:
    httpserver.expect_request(PATH).respond_with_data(body, status=status)
    result = lookup.pop("+37255551234")
    assert result.outcome is LookupOutcome.CRM_FAILED and result.pop is None
    assert result.e164 == "+37255551234" and says in result.message
    assert customer_count(db) == 0
    httpserver.clear()
    httpserver.expect_request(PATH).respond_with_json({"customers": [olga()]})
    assert lookup.pop("+37255551234").outcome is LookupOutcome.CRM


def test_from_settings_without_a_crm_only_looks_locally(db: Database) -> None:
    lookup = CallerLookup.from_settings(db, Settings(default_region="EE"))
    result = lookup.pop("5555 1234")
    assert result.outcome is LookupOutcome.NOT_FOUND
    assert result.message == "No customer has the number +372 5555 1234."


def test_from_settings_reports_a_missing_token_on_each_pop_instead_of_failing(
    httpserver: HTTPServer, db: Database
) -> None:
    settings = Settings(crm_url=httpserver.url_for("/crm"))
    lookup = CallerLookup.from_settings(db, settings)
    result = lookup.pop("+37255551234")
    assert result.outcome is LookupOutcome.CRM_FAILED
    assert "agent-console crm set-token" in result.message
    secrets.set_secret(TOKEN_SECRET, TOKEN)
    httpserver.expect_request(PATH, headers={"Authorization": f"Bearer {TOKEN}"}).respond_with_json(
        {"customers": [olga()]}
    )
    lookup = CallerLookup.from_settings(db, settings)
    assert lookup.pop("+37255551234").outcome is LookupOutcome.CRM
    lookup.close()


class _LockedKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("locked")


def test_a_keyring_that_cannot_be_read_is_reported_on_pop_not_at_start(db: Database) -> None:
    keyring.set_keyring(_LockedKeyring())  # the autouse fixture puts the previous one back
    lookup = CallerLookup.from_settings(db, Settings(crm_url="https://crm.example.com"))
    result = lookup.pop("+37255551234")
    assert result.outcome is LookupOutcome.CRM_FAILED
    assert "password store (keyring)" in result.message
