"""The screen-pop listener: a PBX or softphone on this machine tells the console who is calling.

``POST /pop`` with ``{"phone": "...", "call_id"?: "...", "queue"?: "..."}`` and the header
``Authorization: Bearer <token>``. It binds to 127.0.0.1 only and checks a token kept in the
keyring (secret ``pop-listener-token``), so neither another machine nor a web page the agent
opens can pop a caller without it. No Qt here: the UI gives ``PopListener`` a callback, which
runs on the listener's request thread and must hand the pop over to the GUI thread itself.

Responses: 202 accepted; 400 malformed JSON or a missing/invalid phone; 401 wrong or missing
token; 404 another path; 405 another method; 408 a client too slow to send its body; 411 no
Content-Length; 413 a body over 4 KiB; 503 the console could not take the pop.
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets as token_source
import socket
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from console import phones
from console.errors import Said, UserFacingError, ValidationError
from console.secrets import get_secret, set_secret

log = logging.getLogger(__name__)

TOKEN_SECRET = "pop-listener-token"
LOOPBACK = "127.0.0.1"
POP_PATH = "/pop"
MAX_BODY_BYTES = 4096
# A client that connects and then stalls is dropped after this long; others are not held up
# (each request has its own thread).
CLIENT_TIMEOUT_S = 5.0
# Call ids and queue names longer than this are not something a PBX sends: refuse them.
MAX_FIELD_CHARS = 200
# What a refused client may still send before its connection is closed.
_DRAIN_LIMIT = 1 << 20


class PopListenerError(UserFacingError):
    """The listener cannot start (port taken, a host other than loopback...)."""


@dataclass(frozen=True)
class PopRequest:
    """Who is calling: the number as the PBX or the agent gave it, and its E.164 form."""

    phone: str
    e164: str
    call_id: str = ""
    queue: str = ""

    def to_json(self) -> dict[str, str]:
        return {"phone": self.phone, "call_id": self.call_id, "queue": self.queue}


def parse_pop_request(doc: Any, default_region: str = "") -> PopRequest:
    """Validate a pop from any source (HTTP body, the single-instance socket, the command line).

    Raises ``ValidationError`` with what is wrong.
    """
    if not isinstance(doc, Mapping):
        raise ValidationError(
            Said('The pop must be a JSON object such as {"phone": "+4930123456"}.')
        )
    phone = doc.get("phone")
    if not isinstance(phone, str) or not phone.strip():
        raise ValidationError(Said("The pop needs a phone number in the field “phone”."))
    phone = phone.strip()
    e164 = phones.to_e164(phone, default_region) if phones.looks_like_phone(phone) else None
    if e164 is None:
        refusal = (
            Said("“{phone}” is not a phone number: start it with + and the country code, or "
                 "give a national number for {region}.", phone=phone[:40],
                 region=default_region.upper())
            if default_region else
            Said("“{phone}” is not a phone number: start it with + and the country code.",
                 phone=phone[:40])
        )  # fmt: skip
        raise ValidationError(refusal)
    fields: dict[str, str] = {}
    for name in ("call_id", "queue"):
        value = doc.get(name)
        if value is None:
            value = ""
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise ValidationError(Said("The field “{name}” must be text.", name=name))
        if len(value) > MAX_FIELD_CHARS:
            raise ValidationError(
                Said("The field “{name}” is longer than {n} characters.", name=name,
                     n=MAX_FIELD_CHARS)
            )  # fmt: skip
        fields[name] = value.strip()
    return PopRequest(phone=phone, e164=e164, call_id=fields["call_id"], queue=fields["queue"])


# ---- the token -----------------------------------------------------------------------------


def new_token() -> str:
    return token_source.token_urlsafe(32)


def listener_token(*, rotate: bool = False) -> str:
    """The token PBX integrations must send, generated (and kept in the keyring) on first use.

    ``rotate`` replaces it: integrations holding the old one get 401 from then on. Raises
    ``SecretStoreUnavailable`` where the machine has no keyring.
    """
    token = None if rotate else get_secret(TOKEN_SECRET)
    if not token:
        token = new_token()
        set_secret(TOKEN_SECRET, token)
        log.info("screen-pop listener token %s", "rotated" if rotate else "generated")
    return token


# ---- the server ----------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # Never share the port with another process (SO_REUSEADDR would not, but be explicit).
    allow_reuse_address = False
    listener: PopListener


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "AgentConsolePop/1"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        # The socket timeout bounds every read: a stalled client costs one thread for at most
        # this long and never delays anybody else.
        super().setup()
        self.connection.settimeout(self.server.listener.client_timeout_s)
        self._body_read = False

    def finish(self) -> None:
        super().finish()
        if not self._body_read and self.command in ("POST", "PUT", "PATCH"):
            self._drain()

    def _drain(self) -> None:
        """Refused before its body was read: let the client finish sending, then close.

        Closing a socket with unread data resets the connection, and the client would see
        "connection reset" instead of the 401 or 413 it was sent.
        """
        try:
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(1.0)
            received = 0
            while received < _DRAIN_LIMIT:
                chunk = self.connection.recv(65536)
                if not chunk:
                    break
                received += len(chunk)
        except OSError:
            pass

    # -- routing ------------------------------------------------------------------------------

    def do_POST(self) -> None:
        if self._path() != POP_PATH:
            self._reply(HTTPStatus.NOT_FOUND, {"error": "Not found: the only path is POST /pop."})
            return
        self._pop()

    def _other_method(self) -> None:
        if self._path() != POP_PATH:
            self._reply(HTTPStatus.NOT_FOUND, {"error": "Not found: the only path is POST /pop."})
            return
        self._reply(
            HTTPStatus.METHOD_NOT_ALLOWED,
            {"error": "Use POST for /pop."},
            extra_headers={"Allow": "POST"},
        )

    do_GET = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _other_method

    def _path(self) -> str:
        return self.path.split("?", 1)[0]

    # -- POST /pop ----------------------------------------------------------------------------

    def _pop(self) -> None:
        listener = self.server.listener
        if not self._authorised(listener.token):
            # Who and why, never the value sent: a near-miss token is almost the real one.
            sent = self.headers.get("Authorization", "")
            why = (
                "no token"
                if not sent.strip()
                else (
                    "a wrong token" if sent.lower().startswith("bearer ") else "not a bearer token"
                )
            )
            log.warning("screen-pop refused from %s: %s", self.client_address[0], why)
            self._reply(
                HTTPStatus.UNAUTHORIZED,
                {"error": "Missing or wrong token: send “Authorization: Bearer <token>” "
                 "(agent-console pop-token prints it)."},
                extra_headers={"WWW-Authenticate": 'Bearer realm="agent-console"'},
            )  # fmt: skip
            return
        kind = (self.headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
        if kind and kind != "application/json" and not kind.endswith("+json"):
            self._reply(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                {"error": f"The body must be JSON: send “Content-Type: application/json” "
                 f"(got “{kind[:60]}”)."},
            )  # fmt: skip
            return
        if self.headers.get("Transfer-Encoding"):
            self._reply(HTTPStatus.LENGTH_REQUIRED, {"error": "Send a Content-Length header."})
            return
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            self._reply(HTTPStatus.LENGTH_REQUIRED, {"error": "Send a Content-Length header."})
            return
        try:
            length = int(length_text)
        except ValueError:
            length = -1
        if length < 0:
            self._reply(HTTPStatus.BAD_REQUEST, {"error": "Content-Length is not a number."})
            return
        if length > MAX_BODY_BYTES:
            self._reply(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                {"error": f"The body is larger than {MAX_BODY_BYTES} bytes."},
            )
            return
        try:
            body = self.rfile.read(length)
            self._body_read = True
        except TimeoutError:
            self._body_read = True  # nothing more is worth waiting for
            log.info("screen-pop client %s too slow to send its body", self.client_address[0])
            self._reply(HTTPStatus.REQUEST_TIMEOUT, {"error": "The body did not arrive in time."})
            return
        if len(body) < length:
            self.close_connection = True
            return  # the client went away mid-body: nobody to answer
        try:
            doc = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self._reply(HTTPStatus.BAD_REQUEST, {"error": "The body is not valid JSON."})
            return
        try:
            request = parse_pop_request(doc, listener.default_region)
        except ValidationError as exc:
            self._reply(HTTPStatus.BAD_REQUEST, {"error": exc.message})
            return
        try:
            listener.on_pop(request)
        except Exception:
            log.exception("the console could not take a screen-pop")
            self._reply(
                HTTPStatus.SERVICE_UNAVAILABLE, {"error": "The console could not take the pop."}
            )
            return
        log.info("screen-pop accepted (call id %r, queue %r)", request.call_id, request.queue)
        self._reply(HTTPStatus.ACCEPTED, {"status": "accepted", "phone": request.e164})

    def _authorised(self, token: str) -> bool:
        header = self.headers.get("Authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer":
            return False
        # Constant time: the answer's timing says nothing about how much of the token matched.
        return hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8"))

    # -- plumbing -----------------------------------------------------------------------------

    def _reply(
        self,
        status: HTTPStatus,
        doc: dict[str, Any],
        *,
        extra_headers: dict[str, str] | None = None,
    ) -> None:
        body = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        # One request per connection: nothing waits on an idle keep-alive socket.
        self.close_connection = True
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            for name, value in (extra_headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except OSError:
            log.info("screen-pop client %s went away before the answer", self.client_address[0])

    def log_message(self, format: str, *args: Any) -> None:
        # To the log file, not stderr; the request line never holds the token (it is a header).
        log.info("screen-pop %s " + format, self.client_address[0], *args)


class PopListener:
    """``POST /pop`` on 127.0.0.1, served from a daemon thread until ``stop``."""

    def __init__(
        self,
        on_pop: Callable[[PopRequest], None],
        *,
        token: str,
        port: int = 0,
        host: str = LOOPBACK,
        default_region: str = "",
        client_timeout_s: float = CLIENT_TIMEOUT_S,
    ) -> None:
        if host != LOOPBACK:
            raise PopListenerError(
                Said("The screen-pop listener only binds to {loopback} (this computer), not "
                     "“{host}”.", loopback=LOOPBACK, host=host)
            )  # fmt: skip
        if not token:
            raise PopListenerError(Said("The screen-pop listener needs a token."))
        if not 0 <= port <= 65535:
            raise PopListenerError(
                Said("Port {port} is not a TCP port: use 1–65535, or 0 for any.", port=str(port))
            )
        self.on_pop = on_pop
        self.token = token
        self.host = host
        self.requested_port = port
        self.default_region = default_region
        self.client_timeout_s = client_timeout_s
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        """The port actually bound (the one the system chose when 0 was asked for)."""
        if self._server is None:
            raise RuntimeError("the listener is not running")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{POP_PATH}"

    def start(self) -> None:
        if self._server is not None:
            return
        try:
            server = _Server((self.host, self.requested_port), _Handler)
        except OSError as exc:
            raise PopListenerError(
                Said(
                    "The screen-pop listener cannot use port {port} on {host} ({problem}); "
                    "choose another with agent-console settings set pop_listener_port PORT "
                    "(0 = any free port).",
                    port=str(self.requested_port),
                    host=self.host,
                    problem=exc.strerror or str(exc),
                ),
                detail=str(exc),
            ) from exc
        server.listener = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.25},
            name="pop-listener",
            daemon=True,
        )
        self._thread.start()
        log.info("screen-pop listener on %s", self.url)

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if thread is not None:
            thread.join(timeout=2.0)
        log.info("screen-pop listener stopped")
