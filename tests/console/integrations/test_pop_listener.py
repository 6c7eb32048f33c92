"""The screen-pop listener, against the real server on a free loopback port."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import requests

from console import secrets
from console.errors import ValidationError
from console.integrations.pop_listener import (
    MAX_BODY_BYTES,
    TOKEN_SECRET,
    PopListener,
    PopListenerError,
    PopRequest,
    listener_token,
    parse_pop_request,
)

TOKEN = "test-token-0123456789abcdefghijklmnopqrstuv"


class Received:
    def __init__(self) -> None:
        self.pops: list[PopRequest] = []
        self.event = threading.Event()

    def __call__(self, request: PopRequest) -> None:
        self.pops.append(request)
        self.event.set()


@pytest.fixture
def received() -> Received:
    return Received()


@pytest.fixture
def listener(received: Received) -> Iterator[PopListener]:
    server = PopListener(received, token=TOKEN, port=0, default_region="RU", client_timeout_s=1.0)
    server.start()
    yield server
    server.stop()


def _post(listener: PopListener, body: object, *, token: str | None = TOKEN,
          path: str = "/pop") -> requests.Response:  # fmt: skip
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return requests.post(
        f"http://127.0.0.1:{listener.port}{path}", data=data, headers=headers, timeout=5
    )


def test_an_accepted_pop_reaches_the_callback_with_the_normalised_phone(
    listener: PopListener, received: Received
) -> None:
    response = _post(listener, {"phone": "8 (916) 555-12-34", "call_id": "c-17", "queue": "ru"})
    assert response.status_code == 202
    assert response.json() == {"status": "accepted", "phone": "+79165551234"}
    assert received.pops == [
        PopRequest(phone="8 (916) 555-12-34", e164="+79165551234", call_id="c-17", queue="ru")
    ]


def test_listener_reports_the_port_the_system_chose(listener: PopListener) -> None:
    assert listener.port > 0
    assert listener.url == f"http://127.0.0.1:{listener.port}/pop"


@pytest.mark.parametrize("token", ["wrong-token", "", None])
def test_a_wrong_or_missing_token_is_refused_with_401(
    listener: PopListener, received: Received, token: str | None
) -> None:
    response = _post(listener, {"phone": "+79165551234"}, token=token)
    assert response.status_code == 401
    assert "pop-token" in response.json()["error"]
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert received.pops == []


def test_a_basic_auth_header_is_not_a_token(listener: PopListener, received: Received) -> None:
    response = requests.post(listener.url, json={"phone": "+79165551234"},
                             auth=("user", TOKEN), timeout=5)  # fmt: skip
    assert response.status_code == 401
    assert received.pops == []


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"\xff\xfe", b'["+79165551234"]', b"{}", b'{"phone": "call me"}',
     b'{"phone": 79165551234}', b'{"phone": "+79165551234", "queue": ["a"]}'],
)  # fmt: skip
def test_malformed_json_or_a_bad_phone_is_refused_with_400(
    listener: PopListener, received: Received, body: bytes
) -> None:
    response = _post(listener, body)
    assert response.status_code == 400
    assert response.json()["error"]
    assert received.pops == []


def test_a_body_over_4_kib_is_refused_with_413(listener: PopListener, received: Received) -> None:
    body = json.dumps({"phone": "+79165551234", "queue": "x" * MAX_BODY_BYTES}).encode()
    response = _post(listener, body)
    assert response.status_code == 413
    assert received.pops == []


def test_another_path_is_404_and_another_method_405(listener: PopListener) -> None:
    assert _post(listener, {"phone": "+79165551234"}, path="/other").status_code == 404
    assert requests.get(f"http://127.0.0.1:{listener.port}/", timeout=5).status_code == 404
    response = requests.get(listener.url, timeout=5)
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"
    assert requests.put(listener.url, data=b"{}", timeout=5).status_code == 405


def test_a_slow_client_times_out_without_holding_up_others(
    listener: PopListener, received: Received
) -> None:
    slow = socket.create_connection(("127.0.0.1", listener.port), timeout=10)
    try:
        slow.sendall(
            b"POST /pop HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Authorization: Bearer " + TOKEN.encode() + b"\r\nContent-Length: 40\r\n\r\n{"
        )
        started = time.monotonic()
        # While the slow client stalls, another one is served at once.
        response = _post(listener, {"phone": "+79165551234"})
        assert response.status_code == 202
        assert time.monotonic() - started < 0.9
        # The stalled one is answered 408 and closed once its timeout (1 s here) passes.
        answer = slow.recv(4096)
        assert answer.startswith(b"HTTP/1.1 408")
        assert time.monotonic() - started < 5
    finally:
        slow.close()
    assert len(received.pops) == 1


def test_a_client_that_never_sends_a_request_line_is_dropped(listener: PopListener) -> None:
    idle = socket.create_connection(("127.0.0.1", listener.port), timeout=10)
    try:
        assert _post(listener, {"phone": "+79165551234"}).status_code == 202
        assert idle.recv(4096) == b""  # closed by the server after its timeout
    finally:
        idle.close()


@pytest.mark.parametrize("host", ["0.0.0.0", "", "::", "192.168.1.10", "localhost"])
def test_binding_to_anything_but_loopback_is_refused(host: str) -> None:
    with pytest.raises(PopListenerError, match=r"127\.0\.0\.1"):
        PopListener(lambda _r: None, token=TOKEN, host=host)


def test_a_port_in_use_is_explained(listener: PopListener) -> None:
    other = PopListener(lambda _r: None, token=TOKEN, port=listener.port)
    with pytest.raises(PopListenerError, match="pop_listener_port"):
        other.start()


def test_a_callback_that_fails_answers_503(listener: PopListener) -> None:
    def broken(_request: PopRequest) -> None:
        raise RuntimeError("window gone")

    listener.on_pop = broken
    assert _post(listener, {"phone": "+79165551234"}).status_code == 503


def test_stop_frees_the_port(received: Received) -> None:
    server = PopListener(received, token=TOKEN)
    server.start()
    port = server.port
    server.stop()
    with pytest.raises(requests.ConnectionError):
        requests.post(f"http://127.0.0.1:{port}/pop", json={}, timeout=2)


def test_the_token_is_generated_once_kept_in_the_keyring_and_rotated_on_request() -> None:
    assert secrets.get_secret(TOKEN_SECRET) is None
    first = listener_token()
    assert len(first) >= 40
    assert secrets.get_secret(TOKEN_SECRET) == first
    assert listener_token() == first
    rotated = listener_token(rotate=True)
    assert rotated != first and secrets.get_secret(TOKEN_SECRET) == rotated


def test_parse_pop_request_accepts_numeric_call_ids_and_strips_fields() -> None:
    request = parse_pop_request({"phone": " +66 81 234 5678 ", "call_id": 4711, "queue": " th "})
    assert request == PopRequest("+66 81 234 5678", "+66812345678", "4711", "th")


def test_parse_pop_request_names_the_region_for_national_numbers() -> None:
    with pytest.raises(ValidationError, match="national number for TH"):
        parse_pop_request({"phone": "12"}, "th")


# ---- agent-console pop-token -----------------------------------------------------------------


def test_pop_token_command_prints_the_token_and_new_rotates_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from console.cli import main

    assert main(["pop-token"]) == 0
    first = capsys.readouterr().out.strip()
    assert first == secrets.get_secret(TOKEN_SECRET)
    assert main(["pop-token"]) == 0
    assert capsys.readouterr().out.strip() == first
    assert main(["pop-token", "--new"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() not in ("", first)
    assert "restart the console" in captured.err


def test_pop_token_command_explains_a_missing_keyring(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    from console.cli import main

    monkeypatch.setattr(keyring.core, "_keyring_backend", FailKeyring())
    assert main(["pop-token"]) == 1
    assert "keyring" in capsys.readouterr().err


@pytest.mark.parametrize(("token", "why"), [("wrong-" + TOKEN[6:], "a wrong token"),
                                            (None, "no token")])  # fmt: skip
def test_a_refused_pop_is_logged_without_any_token_value(
    listener: PopListener, caplog: pytest.LogCaptureFixture, token: str | None, why: str
) -> None:
    import logging

    with caplog.at_level(logging.INFO, logger="console.integrations.pop_listener"):
        assert _post(listener, {"phone": "+79165551234"}, token=token).status_code == 401
        deadline = time.monotonic() + 5
        while "refused" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.01)
    assert f"screen-pop refused from 127.0.0.1: {why}" in caplog.text
    assert TOKEN not in caplog.text and TOKEN[6:] not in caplog.text
