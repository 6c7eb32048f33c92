"""One console per user: a second start, or ``agent-console pop PHONE``, goes to the running one.

The running console listens on a local socket (QLocalServer: a Unix socket or a Windows named
pipe) whose name is derived from the user and the settings directory, so each user has their
own and isolated environments (tests, a second profile) never meet. A client sends one JSON
line — ``{"phone", "call_id", "queue"}`` for a pop, ``{"command": "show"}`` to come to the
front — and the console answers one line, ``{"ok": true}`` or ``{"ok": false, "error": ...}``.
The socket only accepts its own user (``UserAccessOption``).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from console import paths, phones
from console.errors import UserFacingError, ValidationError
from console.integrations.pop_listener import PopRequest, parse_pop_request

log = logging.getLogger(__name__)

# Overrides the socket name (tests, or two consoles side by side on purpose).
NAME_ENV = "AGENT_CONSOLE_INSTANCE"
# How long a client waits for the running console to connect and to answer.
CONNECT_TIMEOUT_MS = 1_000
ANSWER_TIMEOUT_MS = 4_000
# A message is one short JSON line; anything longer is not from us.
MAX_MESSAGE_BYTES = 4096
# A peer that connects and says nothing is dropped after this long.
PEER_TIMEOUT_MS = 5_000

SHOW_COMMAND = "show"


class ConsoleNotAnswering(UserFacingError):
    """A console seems to run but did not acknowledge the message in time."""


def server_name() -> str:
    """Per user and per settings directory: ``agent-console-<hash>``."""
    override = os.environ.get(NAME_ENV, "").strip()
    if override:
        return override
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = f"{user}\0{paths.config_dir().resolve()}".encode()
    return "agent-console-" + hashlib.sha256(key).hexdigest()[:20]


# ---- the client side (a second start, agent-console pop) -------------------------------------


def send(message: dict[str, Any], name: str | None = None) -> bool:
    """Deliver one message to the running console; False when no console runs.

    Blocking, so only for a process that has no window (the command line, a second start).
    Raises ``ConsoleNotAnswering`` when a console accepted the connection but did not answer,
    and ``ValidationError`` when it refused the message.
    """
    name = name or server_name()
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        log.info("no console answers on %s: %s", name, socket.errorString())
        return False
    try:
        socket.write(QByteArray(json.dumps(message).encode("utf-8") + b"\n"))
        if not socket.waitForBytesWritten(ANSWER_TIMEOUT_MS):
            raise _not_answering()
        answer = b""
        while not answer.endswith(b"\n"):
            if not socket.bytesAvailable() and not socket.waitForReadyRead(ANSWER_TIMEOUT_MS):
                raise _not_answering()
            answer += bytes(socket.readAll().data())
            if len(answer) > MAX_MESSAGE_BYTES:
                raise _not_answering()
    finally:
        socket.abort()
    try:
        reply = json.loads(answer.decode("utf-8"))
    except ValueError:
        raise _not_answering() from None
    if not isinstance(reply, dict) or reply.get("ok") is not True:
        error = reply.get("error") if isinstance(reply, dict) else None
        raise ValidationError(str(error or "The running console refused the message."))
    return True


def _not_answering() -> ConsoleNotAnswering:
    return ConsoleNotAnswering(
        "A console is running but did not answer within a few seconds; "
        "bring it to the front yourself, or close it and try again."
    )


def pop_main(
    phone: str,
    *,
    call_id: str = "",
    queue: str = "",
    default_region: str = "",
    start: Callable[[PopRequest], int],
) -> int:
    """``agent-console pop PHONE``: pop in the running console, or ``start`` one that pops.

    Returns the exit code; raises ``UserFacingError`` (the command line prints it, exit 1).
    """
    request = parse_pop_request(
        {"phone": phone, "call_id": call_id, "queue": queue}, default_region
    )
    if send(request.to_json()):
        print(f"agent-console: the running console shows {phones.display(request.e164)}")
        return 0
    log.info("no console runs: starting one to pop %s", request.call_id or "a caller")
    return start(request)


def show_running(name: str | None = None) -> bool:
    """Ask a running console to come to the front; False when none runs."""
    return send({"command": SHOW_COMMAND}, name)


# ---- the server side (the running console) ---------------------------------------------------


class InstanceServer(QObject):
    """Listens for pops and "show yourself" from later starts of the console."""

    pop_received = Signal(object)  # PopRequest
    show_requested = Signal()

    def __init__(
        self, name: str | None = None, *, default_region: str = "", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.default_region = default_region
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def listen(self) -> bool:
        """Start listening; False when another console already answers on this name.

        A socket file left by a console that crashed answers nobody: it is removed and the
        name taken over. (Asking first matters: on Unix, listening with access options
        renames a new socket over an existing one instead of failing.)
        """
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_TIMEOUT_MS):
            probe.abort()
            log.info("another console already runs on %s", self.name)
            return False
        if probe.error() != QLocalSocket.LocalSocketError.ServerNotFoundError:
            log.warning("removing a stale console socket %s (%s)", self.name, probe.errorString())
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            log.info("single-instance server on %s", self._server.fullServerName())
            return True
        raise UserFacingError(
            f"The console cannot listen on its local socket {self.name} "
            f"({self._server.errorString()}); another program may hold it.",
        )

    def close(self) -> None:
        self._server.close()
        for socket in list(self._buffers):
            socket.abort()
        self._buffers.clear()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                return
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            QTimer.singleShot(PEER_TIMEOUT_MS, socket, lambda s=socket: self._timed_out(s))

    def _forget(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            socket.deleteLater()

    def _timed_out(self, socket: QLocalSocket) -> None:
        if socket in self._buffers:
            log.info("dropped a console peer that sent nothing complete in time")
            socket.abort()
            self._forget(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE_BYTES:
                self._answer(socket, {"ok": False, "error": "The message is too long."})
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        try:
            message = json.loads(line.decode("utf-8"))
        except ValueError:
            self._answer(socket, {"ok": False, "error": "The message is not valid JSON."})
            return
        if isinstance(message, dict) and message.get("command") == SHOW_COMMAND:
            self._answer(socket, {"ok": True})
            self.show_requested.emit()
            return
        try:
            request = parse_pop_request(message, self.default_region)
        except ValidationError as exc:
            self._answer(socket, {"ok": False, "error": exc.message})
            return
        self._answer(socket, {"ok": True})
        self.pop_received.emit(request)

    def _answer(self, socket: QLocalSocket, reply: dict[str, Any]) -> None:
        self._buffers[socket] = b""
        socket.write(QByteArray(json.dumps(reply).encode("utf-8") + b"\n"))
        socket.flush()
        socket.disconnectFromServer()
