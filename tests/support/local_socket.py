"""Talking to the console's single-instance server from a test."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot


def exchange(qtbot: QtBot, name: str, payload: bytes) -> dict[str, object]:
    """Send one request line and read the answer line, without blocking the event loop the
    server needs to answer."""
    client = QLocalSocket()
    client.connectToServer(name)
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.ConnectedState)
    client.write(QByteArray(payload))
    received = bytearray()

    def answered() -> bool:
        received.extend(bytes(client.readAll().data()))
        return received.endswith(b"\n")

    qtbot.waitUntil(answered)
    client.abort()
    reply = json.loads(received.decode())
    assert isinstance(reply, dict)
    return reply
