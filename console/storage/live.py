"""Changes made by other consoles, as they happen (PostgreSQL LISTEN/NOTIFY).

One dedicated connection per desktop listens (DESIGN.md: never through a transaction pooler;
the query pool stays separate). Notifications carry a topic and ids; the listener hands them
to the caller, who fetches what changed. Nothing depends on a notification arriving: every
view also polls now and then, so a notification lost while the connection was down is
caught up by the next poll.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

import psycopg

from console.errors import DatabaseUnavailableError, Said
from console.storage.db import Database
from console.storage.dialect import CHANGES_CHANNEL, POSTGRESQL

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    topic: str
    ids: dict[str, int] = field(default_factory=dict)


def parse_payload(payload: str) -> Change | None:
    """A notification's payload, or None for one this version does not understand."""
    try:
        data: Any = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("topic"), str):
        return None
    ids = {k: v for k, v in data.items() if k != "topic" and isinstance(v, int)}
    return Change(data["topic"], ids)


class ChangeListener:
    """LISTEN on the changes channel; ``wait`` returns what arrived within a timeout."""

    def __init__(self, db: Database) -> None:
        if db.kind != POSTGRESQL:
            raise ValueError("only PostgreSQL delivers notifications; SQLite consoles poll")
        self._url = db.url
        self._conn: psycopg.Connection[Any] | None = None

    def _connect(self) -> psycopg.Connection[Any]:
        if self._conn is not None and not self._conn.closed:
            return self._conn
        url = self._url
        conn: psycopg.Connection[Any] | None = None
        # The URL's query carries the TLS settings (sslmode, sslrootcert): the listening
        # connection must be as secure as the others.
        extra: dict[str, Any] = {k: str(v) for k, v in url.query.items()}
        try:
            conn = psycopg.connect(
                host=url.host or None, port=url.port or None, dbname=url.database or None,
                user=url.username or None, password=url.password or None,
                autocommit=True, connect_timeout=5,
                application_name="agent-console-listen", **extra,
            )  # fmt: skip
            conn.execute(f"LISTEN {CHANGES_CHANNEL}")
        except psycopg.Error as exc:
            if conn is not None:  # connected, then lost before LISTEN (a server going down)
                conn.close()
            problem = str(exc).strip()
            raise DatabaseUnavailableError(
                Said("Live updates cannot reach the database: {problem}", problem=problem)
                if problem
                else Said("Live updates cannot reach the database.")
            ) from exc
        self._conn = conn
        return conn

    def wait(self, timeout_s: float) -> list[Change]:
        """Block up to ``timeout_s`` for notifications; everything that arrived, in order."""
        conn = self._connect()
        out: list[Change] = []
        try:
            for note in conn.notifies(timeout=timeout_s, stop_after=1):
                change = parse_payload(note.payload)
                if change is not None:
                    out.append(change)
            # Whatever else is already queued comes along without waiting again.
            for note in conn.notifies(timeout=0.0):
                change = parse_payload(note.payload)
                if change is not None:
                    out.append(change)
        except psycopg.Error as exc:  # any failure of a LISTEN connection: start afresh
            self.close()
            raise DatabaseUnavailableError(
                Said("Live updates lost the database: {problem}", problem=str(exc))
            ) from exc
        return out

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except psycopg.Error:  # already broken: nothing to release
                log.debug("closing a broken listen connection", exc_info=True)
            self._conn = None
