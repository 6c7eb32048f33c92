"""One console per user: the local socket protocol, stale sockets, a console that never answers."""

from __future__ import annotations

import socket
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from console.errors import ValidationError
from console.integrations.pop_listener import PopRequest
from tests.support.local_socket import exchange
from ui import single_instance
from ui.single_instance import ConsoleNotAnswering, InstanceServer, send, server_name

unix_only = pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files")


@pytest.fixture
def name() -> str:
    return f"agent-console-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def server(qtbot: QtBot, name: str) -> Iterator[InstanceServer]:
    instance = InstanceServer(name, default_region="RU")
    assert instance.listen()
    yield instance
    instance.close()


def test_the_name_is_per_user_and_settings_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(single_instance.NAME_ENV, raising=False)
    first = server_name()
    assert first.startswith("agent-console-") and first == server_name()
    monkeypatch.setenv("AGENT_CONSOLE_CONFIG_DIR", str(tmp_path / "other"))
    assert server_name() != first
    monkeypatch.setenv(single_instance.NAME_ENV, "agent-console-mine")
    assert server_name() == "agent-console-mine"


def test_a_pop_line_is_acknowledged_and_announced(
    qtbot: QtBot, server: InstanceServer, name: str
) -> None:
    with qtbot.waitSignal(server.pop_received) as blocker:
        reply = exchange(qtbot, name, b'{"phone": "8 916 555-12-34", "call_id": "7"}\n')
    assert reply == {"ok": True}
    assert blocker.args[0] == PopRequest("8 916 555-12-34", "+79165551234", "7", "")


def test_show_brings_the_console_up(qtbot: QtBot, server: InstanceServer, name: str) -> None:
    with qtbot.waitSignal(server.show_requested):
        assert exchange(qtbot, name, b'{"command": "show"}\n') == {"ok": True}


@pytest.mark.parametrize(
    ("payload", "error"),
    [(b"not json\n", "not valid JSON"), (b'{"phone": "soon"}\n', "is not a phone number"),
     (b"x" * 5000, "too long")],
)  # fmt: skip
def test_a_bad_message_is_refused_with_the_reason(
    qtbot: QtBot, server: InstanceServer, name: str, payload: bytes, error: str
) -> None:
    received: list[object] = []
    server.pop_received.connect(received.append)
    reply = exchange(qtbot, name, payload)
    assert reply["ok"] is False and error in str(reply["error"])
    assert received == []


def test_a_second_server_on_the_same_name_defers_to_the_first(
    qtbot: QtBot, server: InstanceServer, name: str
) -> None:
    second = InstanceServer(name)
    assert second.listen() is False
    assert server.listening


def test_send_says_when_no_console_runs(name: str) -> None:
    assert send({"command": "show"}, name) is False


@unix_only
def test_a_stale_socket_left_by_a_crashed_console_is_taken_over(qtbot: QtBot, name: str) -> None:
    path = Path(QDir.tempPath()) / name
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(str(path))
    crashed.close()  # the file stays, nobody listens: what a crash leaves behind
    assert path.exists()
    instance = InstanceServer(name)
    try:
        assert instance.listen()
        with qtbot.waitSignal(instance.show_requested):
            assert exchange(qtbot, name, b'{"command": "show"}\n') == {"ok": True}
    finally:
        instance.close()


@unix_only
def test_a_console_that_never_answers_is_reported(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setattr(single_instance, "ANSWER_TIMEOUT_MS", 300)
    path = Path(QDir.tempPath()) / name
    hung = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    hung.bind(str(path))
    hung.listen(1)
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(hung.accept()[0]), daemon=True)
    thread.start()
    try:
        with pytest.raises(ConsoleNotAnswering, match="did not answer"):
            send({"command": "show"}, name)
    finally:
        thread.join(timeout=5)
        for conn in accepted:
            conn.close()
        hung.close()
        path.unlink(missing_ok=True)


def test_pop_main_refuses_a_non_number_before_anything_else(name: str) -> None:
    started: list[PopRequest] = []
    with pytest.raises(ValidationError, match="not a phone number"):
        single_instance.pop_main("hello", start=lambda r: started.append(r) or 0)
    assert started == []


def test_pop_main_starts_a_console_when_none_runs(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv(single_instance.NAME_ENV, name)
    started: list[PopRequest] = []
    code = single_instance.pop_main(
        "8 916 555-12-34", call_id="c1", queue="q", default_region="RU",
        start=lambda r: started.append(r) or 0,
    )  # fmt: skip
    assert code == 0
    assert started == [PopRequest("8 916 555-12-34", "+79165551234", "c1", "q")]
