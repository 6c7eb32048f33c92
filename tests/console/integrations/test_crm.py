"""The CRM connector against a real local HTTP server: every way a CRM answers, or does not."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from console import secrets
from console.integrations.crm import (
    TOKEN_SECRET,
    CrmConnector,
    CrmError,
    CrmMalformedResponse,
    CrmNotConfigured,
    CrmRequestRejected,
    CrmServerError,
    CrmTimeout,
    CrmUnauthorized,
    CrmUnreachable,
)
from console.secrets import SecretStoreUnavailable
from console.settings import Settings

TOKEN = "s3cret-Token_0123456789"
PHONE = "+66812345678"


def record(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "C-1001",
        "account_no": "700-1234",
        "full_name": "สมชาย ใจดี",
        "given_name": "สมชาย",
        "family_name": "ใจดี",
        "phones": ["+66 81 234 5678", "+66 2 123 4567"],
        "emails": ["somchai@example.com"],
        "time_zone": "Asia/Bangkok",
        "language": "th",
        "country": "th",
        "tags": ["gold"],
        "fields": {"voyage": "SP-22", "cabin": 7114, "vip": True},
        "something_new": {"ignored": True},
    }
    base.update(changes)
    return {k: v for k, v in base.items() if v is not ...}


@pytest.fixture
def connector(httpserver: HTTPServer) -> Iterator[CrmConnector]:
    crm = CrmConnector(httpserver.url_for("/api/"), TOKEN, timeout_s=2.0, retries=2, backoff=0.01)
    yield crm
    crm.close()


def customers_path() -> str:
    return "/api/customers"


def attempts(httpserver: HTTPServer) -> int:
    return len(httpserver.log)


def test_lookup_sends_the_bearer_token_and_reads_the_customer(
    httpserver: HTTPServer, connector: CrmConnector
) -> None:
    httpserver.expect_request(
        customers_path(),
        method="GET",
        query_string={"phone": PHONE},
        headers={"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"},
    ).respond_with_json({"customers": [record()]})
    [found] = connector.lookup(PHONE)
    assert found.crm_id == "C-1001"
    assert found.account_no == "7001234"  # normalised like every local account number
    assert found.full_name == "สมชาย ใจดี"
    assert found.phones == ("+66812345678", "+6621234567")
    assert found.phones_typed == ("+66 81 234 5678", "+66 2 123 4567")
    assert found.emails == ("somchai@example.com",)
    assert (found.time_zone, found.language, found.country) == ("Asia/Bangkok", "th", "TH")
    assert found.tags == ("gold",)
    assert dict(found.fields) == {"voyage": "SP-22", "cabin": 7114, "vip": True}
    assert attempts(httpserver) == 1


def test_empty_list_means_the_crm_does_not_know_the_number(
    httpserver: HTTPServer, connector: CrmConnector
) -> None:
    httpserver.expect_request(customers_path()).respond_with_json({"customers": []})
    assert connector.lookup(PHONE) == []


def test_numeric_id_and_missing_optional_fields_are_accepted(
    httpserver: HTTPServer, connector: CrmConnector
) -> None:
    minimal = {"id": 42, "full_name": "Kadri Tamm", "phones": ["+3725551234"],
               "time_zone": "Europe/Tallinn", "country": "EE"}  # fmt: skip
    httpserver.expect_request(customers_path()).respond_with_json({"customers": [minimal]})
    [found] = connector.lookup("+3725551234")
    assert (found.crm_id, found.account_no, found.language) == ("42", "CRM42", "en")
    assert (found.emails, found.tags, dict(found.fields)) == ((), (), {})


def test_401_tells_the_agent_to_set_a_new_token_without_retrying(
    httpserver: HTTPServer, connector: CrmConnector
) -> None:
    httpserver.expect_request(customers_path()).respond_with_json({"error": "bad token"}, 401)
    with pytest.raises(CrmUnauthorized) as info:
        connector.lookup(PHONE)
    assert "The CRM refused the token" in info.value.message
    assert "agent-console crm set-token" in info.value.message
    assert attempts(httpserver) == 1


@pytest.mark.parametrize(("status", "kind"), [(400, CrmRequestRejected), (403, CrmUnauthorized),
                                              (404, CrmRequestRejected)])  # fmt: skip
def test_client_errors_are_reported_at_once(
    httpserver: HTTPServer, connector: CrmConnector, status: int, kind: type[CrmError]
) -> None:
    httpserver.expect_request(customers_path()).respond_with_data("no", status=status)
    with pytest.raises(kind) as info:
        connector.lookup(PHONE)
    assert attempts(httpserver) == 1
    assert "\n" not in info.value.message
    if status == 404:
        assert "crm_url" in info.value.message


def test_500_is_retried_then_reported_with_the_number_of_attempts(
    httpserver: HTTPServer, connector: CrmConnector
) -> None:
    httpserver.expect_request(customers_path()).respond_with_data("boom", status=500)
    with pytest.raises(CrmServerError) as info:
        connector.lookup(PHONE)
    assert attempts(httpserver) == 3  # the first try and two retries
    assert "HTTP 500 after 3 attempts" in info.value.message


def test_503_then_200_succeeds_on_the_retry(
    httpserver: HTTPServer, connector: CrmConnector
) -> None:
    httpserver.expect_oneshot_request(customers_path()).respond_with_data("busy", status=503)
    httpserver.expect_request(customers_path()).respond_with_json({"customers": [record()]})
    assert [c.crm_id for c in connector.lookup(PHONE)] == ["C-1001"]
    assert attempts(httpserver) == 2


def test_retries_are_bounded_in_time_even_when_retry_after_asks_for_more(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request(customers_path()).respond_with_data(
        "later", status=503, headers={"Retry-After": "3600"}
    )
    crm = CrmConnector(httpserver.url_for("/api"), TOKEN, timeout_s=2.0, retries=1, backoff=0.01)
    started = time.monotonic()
    with crm, pytest.raises(CrmServerError):
        crm.lookup(PHONE)
    assert time.monotonic() - started < 3.5  # one pause, capped at MAX_BACKOFF_S
    assert attempts(httpserver) == 2


def test_a_slow_crm_times_out_with_a_clear_message_and_is_not_retried(
    httpserver: HTTPServer,
) -> None:
    done = threading.Event()

    def slow(request: Request) -> Response:
        time.sleep(0.6)
        done.set()
        return Response('{"customers": []}', content_type="application/json")

    httpserver.expect_request(customers_path()).respond_with_handler(slow)
    crm = CrmConnector(httpserver.url_for("/api"), TOKEN, timeout_s=0.3, retries=2, backoff=0.01)
    started = time.monotonic()
    with crm, pytest.raises(CrmTimeout) as info:
        crm.lookup(PHONE)
    assert time.monotonic() - started < 0.6
    assert "The CRM at http://localhost:" in info.value.message
    assert "did not answer within 0.3 s" in info.value.message
    assert done.wait(5)  # let the server finish before the next test uses it
    assert attempts(httpserver) == 1


def test_a_closed_port_is_reported_as_unreachable_after_retries() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    crm = CrmConnector(f"http://127.0.0.1:{port}", TOKEN, timeout_s=0.5, retries=2, backoff=0.01)
    with crm, pytest.raises(CrmUnreachable) as info:
        crm.lookup(PHONE)
    assert info.value.message.startswith(f"Cannot reach the CRM at http://127.0.0.1:{port}")
    assert "crm_url" in info.value.message


def test_an_answer_that_is_not_json_is_reported_as_unreadable(
    httpserver: HTTPServer, connector: CrmConnector
) -> None:
    httpserver.expect_request(customers_path()).respond_with_data(
        "<html>Login page</html>", content_type="text/html"
    )
    with pytest.raises(CrmMalformedResponse) as info:
        connector.lookup(PHONE)
    assert "answered something this console cannot read (not JSON)" in info.value.message


@pytest.mark.parametrize(
    ("doc", "says"),
    [
        ([record()], 'no "customers" list'),
        ({"customer": [record()]}, 'no "customers" list'),
        ({"customers": {"id": "C-1"}}, 'no "customers" list'),
        ({"customers": ["C-1001"]}, "customer #1 is not an object"),
        ({"customers": [record(id=...)]}, 'customer #1 has no "id"'),
        ({"customers": [record(id=True)]}, 'customer #1 has no "id"'),
        ({"customers": [record(full_name=" ")]}, 'customer C-1001 has no usable "full_name"'),
        ({"customers": [record(full_name=...)]}, 'customer C-1001 has no usable "full_name"'),
        ({"customers": [record(phones="+66812345678")]}, '"phones" (a list of text expected)'),
        ({"customers": [record(phones=["081 234 5678"])]}, "not in international form"),
        ({"customers": [record(emails=["not an address"])]}, "not an address"),
        ({"customers": [record(time_zone="Mars/Olympus")]}, "unknown time zone “Mars/Olympus”"),
        ({"customers": [record(time_zone="ICT")]}, "unknown time zone “ICT”"),
        ({"customers": [record(country="Thailand")]}, '"country" longer than 2'),
        ({"customers": [record(country="XX")]}, "the country “XX”"),
        ({"customers": [record(language="thai language")]}, "the language"),
        ({"customers": [record(tags=[1, 2])]}, '"tags" (a list of text expected)'),
        ({"customers": [record(fields={"a": {"b": 1}})]}, '"fields" that are not an object'),
        ({"customers": [record(), record(id="C-2", time_zone="Nowhere")]}, "customer C-2"),
    ],
)
def test_json_of_the_wrong_shape_is_rejected_with_what_is_wrong(
    httpserver: HTTPServer, connector: CrmConnector, doc: Any, says: str
) -> None:
    httpserver.expect_request(customers_path()).respond_with_json(doc)
    with pytest.raises(CrmMalformedResponse) as info:
        connector.lookup(PHONE)
    assert "answered something this console cannot read" in info.value.message
    assert says in info.value.message
    assert "\n" not in info.value.message


def test_health_check_reports_status_and_latency(
    httpserver: HTTPServer, connector: CrmConnector
) -> None:
    httpserver.expect_request(
        "/api/health", headers={"Authorization": f"Bearer {TOKEN}"}
    ).respond_with_json({"status": "ok", "version": "7.1"})
    health = connector.check()
    assert health.status == "ok" and health.latency_ms >= 0
    assert health.url == httpserver.url_for("/api")


def test_the_token_never_appears_in_messages_or_logs(
    httpserver: HTTPServer, connector: CrmConnector, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    # A careless CRM that echoes the Authorization header back in its error page.
    httpserver.expect_oneshot_request(customers_path()).respond_with_data(
        f"denied: Bearer {TOKEN}", status=401
    )
    for _ in range(3):
        httpserver.expect_oneshot_request(customers_path()).respond_with_data(
            f"crashed handling Bearer {TOKEN}", status=500
        )
    httpserver.expect_request(customers_path()).respond_with_json({"customers": [record()]})
    errors: list[CrmError] = []
    for _ in range(2):
        with pytest.raises(CrmError) as info:
            connector.lookup(PHONE)
        errors.append(info.value)
    assert [type(e) for e in errors] == [CrmUnauthorized, CrmServerError]
    assert connector.lookup(PHONE)
    assert attempts(httpserver) == 5
    request = httpserver.log[0][0]
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    for error in errors:
        assert TOKEN not in str(error) and TOKEN not in (error.detail or "")
        assert TOKEN not in repr(error.args)
    assert caplog.records, "the connector logs its requests"
    assert TOKEN not in caplog.text


def test_a_token_that_cannot_go_in_a_header_is_refused_without_echoing_it() -> None:
    with pytest.raises(CrmNotConfigured) as info:
        CrmConnector("https://crm.example.com", "abc\ndef", timeout_s=1)
    assert "abc" not in info.value.message and "set-token" in info.value.message


@pytest.mark.parametrize(
    "url", ["crm.example.com", "ftp://crm.example.com", "https://", "https://crm/?x=1",
            "https://user:pw@crm.example.com"],
)  # fmt: skip
def test_a_bad_crm_url_is_refused_with_a_hint(url: str) -> None:
    with pytest.raises(CrmError) as info:
        CrmConnector(url, TOKEN, timeout_s=1)
    assert "crm_url" in info.value.message
    assert "pw" not in info.value.message


def test_from_settings_is_none_without_a_crm_and_reads_the_token_from_the_keyring() -> None:
    assert CrmConnector.from_settings(Settings()) is None
    settings = Settings(crm_url="https://crm.example.com/api/", crm_timeout_s=1.5)
    with pytest.raises(CrmNotConfigured) as info:
        CrmConnector.from_settings(settings)
    assert "agent-console crm set-token" in info.value.message
    secrets.set_secret(TOKEN_SECRET, TOKEN)
    crm = CrmConnector.from_settings(settings)
    assert crm is not None
    with crm:
        assert (crm.base_url, crm.timeout_s) == ("https://crm.example.com/api", 1.5)


class _BrokenKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the keyring is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("the keyring is locked")


def test_from_settings_says_so_when_there_is_no_usable_keyring() -> None:
    keyring.set_keyring(_BrokenKeyring())  # the autouse fixture puts the previous one back
    with pytest.raises(SecretStoreUnavailable):
        CrmConnector.from_settings(Settings(crm_url="https://crm.example.com"))
