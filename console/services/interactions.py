"""A customer's timeline, filtered and searched, and the contacts an agent adds to it.

Reads follow ``CustomerService``: SQLAlchemy Core on a connection with statements built once
(the timeline opens on every screen-pop). Pages are keyed by (started_at, id), so a customer
with 10,000 contacts opens as fast as one with 10 and paging never skips or repeats a row.

Writes are one transaction each (``Database.write``): the interaction and its audit ``Event``
are stored together or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    bindparam,
    func,
    insert,
    or_,
    select,
)

from console.errors import NotFoundError, Said, ValidationError
from console.services.audit import record_event
from console.services.customers import TimelineItem
from console.storage import dialect
from console.storage.db import Database
from console.storage.models import (
    Customer,
    Direction,
    Interaction,
    InteractionKind,
    User,
    utcnow,
)

# Every kind a timeline can be filtered by, in the order the filter row shows them.
KINDS: tuple[str, ...] = tuple(kind.value for kind in InteractionKind)
# What an agent may record as the result of a call: one list for the service and the UI.
CALL_OUTCOMES: tuple[str, ...] = (
    "resolved",
    "informed",
    "callback promised",
    "transferred",
    "escalated",
    "no answer",
    "voicemail",
)
CALL_DIRECTIONS: tuple[str, ...] = (Direction.INBOUND.value, Direction.OUTBOUND.value)
# A note is a few paragraphs; anything longer is almost certainly a paste by mistake.
MAX_TEXT_LENGTH = 10_000
# Longer search text cannot be a phrase anyone remembers from a contact.
MAX_SEARCH_LENGTH = 200
# A call logged "in the future" is a clock or typing mistake; allow a little clock skew.
_CLOCK_SKEW = dt.timedelta(minutes=5)
AUDIT_ENTITY = "interaction"
AUDIT_CREATED = "created"


class InteractionValidationError(ValidationError):
    """What the agent typed cannot be saved; ``field`` says which input to fix."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class TimelinePage:
    """The first page of a (possibly filtered) timeline and the counts to show above it."""

    items: tuple[TimelineItem, ...]
    # Contacts that pass the filters, and every contact with this customer.
    matching: int
    total: int


_I = Interaction.__table__
_U = User.__table__
_C = Customer.__table__

_COLUMNS = (
    _I.c.id, _I.c.kind, _I.c.direction, _U.c.display_name, _I.c.started_at, _I.c.ended_at,
    _I.c.outcome, _I.c.summary,
)  # fmt: skip
_OF_CUSTOMER = _I.c.customer_id == bindparam("cid")
_OF_KINDS = _I.c.kind.in_(bindparam("kinds", expanding=True))
_BEFORE = (_I.c.started_at < bindparam("at")) | (
    (_I.c.started_at == bindparam("at")) & (_I.c.id < bindparam("last_id"))
)
_PATTERN = bindparam("pattern", type_=_I.c.summary.type)


def _page_statement(*conditions: ColumnElement[bool]) -> Select[Any]:
    return (
        select(*_COLUMNS)
        .select_from(_I.outerjoin(_U, _U.c.id == _I.c.agent_id))
        .where(_OF_CUSTOMER, *conditions)
        .order_by(_I.c.started_at.desc(), _I.c.id.desc())
        .limit(bindparam("limit"))
    )


def _count_statement(*conditions: ColumnElement[bool]) -> Select[Any]:
    return select(func.count()).select_from(_I).where(_OF_CUSTOMER, *conditions)


# (kinds filtered, after a page key) -> statement; text search adds a dialect-specific
# condition and is built per call (it follows a debounced keystroke, not a screen-pop).
_PAGES: dict[tuple[bool, bool], Select[Any]] = {
    (False, False): _page_statement(),
    (True, False): _page_statement(_OF_KINDS),
    (False, True): _page_statement(_BEFORE),
    (True, True): _page_statement(_OF_KINDS, _BEFORE),
}
_COUNTS: dict[bool, Select[Any]] = {False: _count_statement(), True: _count_statement(_OF_KINDS)}
_CUSTOMER_EXISTS = select(_C.c.id).where(_C.c.id == bindparam("cid"))
_AGENT_NAME = select(_U.c.display_name).where(_U.c.id == bindparam("uid"))


def like_pattern(text: str) -> str:
    """A LIKE pattern that finds ``text`` anywhere, its own % _ and \\ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class InteractionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- reading --------------------------------------------------------------------------

    def timeline(
        self,
        customer_id: int,
        *,
        kinds: Collection[str] | None = None,
        text: str = "",
        limit: int = 50,
        before: tuple[dt.datetime, int] | None = None,
    ) -> list[TimelineItem]:
        """Newest first; only ``kinds`` (None: every kind) whose summary or outcome contains
        ``text`` (any case). ``before`` is (started_at, id) of the last item already shown."""
        kinds_list, needle = _filters(kinds, text)
        if kinds_list == [] or limit <= 0:
            return []
        with self.db.read() as conn:
            return self._page(conn, customer_id, kinds_list, needle, limit, before)

    def count(
        self, customer_id: int, *, kinds: Collection[str] | None = None, text: str = ""
    ) -> int:
        """How many contacts ``timeline`` would return over all its pages."""
        kinds_list, needle = _filters(kinds, text)
        if kinds_list == []:
            return 0
        with self.db.read() as conn:
            return self._count(conn, customer_id, kinds_list, needle)

    def first_page(
        self,
        customer_id: int,
        *,
        kinds: Collection[str] | None = None,
        text: str = "",
        limit: int = 50,
    ) -> TimelinePage:
        """The first page with its counts, read in one transaction so they agree."""
        kinds_list, needle = _filters(kinds, text)
        with self.db.read() as conn:
            total = self._count(conn, customer_id, None, "")
            if kinds_list == [] or limit <= 0:
                return TimelinePage((), 0, total)
            if kinds_list is None and not needle:
                matching = total
            else:
                matching = self._count(conn, customer_id, kinds_list, needle)
            items = self._page(conn, customer_id, kinds_list, needle, limit, None)
            return TimelinePage(tuple(items), matching, total)

    @staticmethod
    def _page(
        conn: Connection,
        customer_id: int,
        kinds: list[str] | None,
        needle: str,
        limit: int,
        before: tuple[dt.datetime, int] | None,
    ) -> list[TimelineItem]:
        params: dict[str, Any] = {"cid": customer_id, "limit": limit}
        if kinds is not None:
            params["kinds"] = kinds
        if before is not None:
            params["at"], params["last_id"] = before
        stmt = _PAGES[(kinds is not None, before is not None)]
        if needle:
            stmt = stmt.where(_text_condition(conn))
            params["pattern"] = like_pattern(needle)
        return [
            TimelineItem(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7])
            for r in conn.execute(stmt, params)
        ]

    @staticmethod
    def _count(conn: Connection, customer_id: int, kinds: list[str] | None, needle: str) -> int:
        params: dict[str, Any] = {"cid": customer_id}
        if kinds is not None:
            params["kinds"] = kinds
        stmt = _COUNTS[kinds is not None]
        if needle:
            stmt = stmt.where(_text_condition(conn))
            params["pattern"] = like_pattern(needle)
        return int(conn.scalar(stmt, params) or 0)

    # ---- writing --------------------------------------------------------------------------

    def add_note(self, customer_id: int, agent_id: int | None, text: str) -> TimelineItem:
        """Store a note on the customer's timeline, stamped now, with an audit event."""
        body = _required_text(text, "text", Said("Write the note before saving it."))
        return self._add(
            customer_id,
            agent_id,
            kind=InteractionKind.NOTE.value,
            direction=Direction.INTERNAL.value,
            started_at=utcnow(),
            ended_at=None,
            outcome="",
            summary=body,
        )

    def log_call(
        self,
        customer_id: int,
        agent_id: int | None,
        direction: str,
        outcome: str,
        summary: str,
        started_at: dt.datetime | None = None,
        ended_at: dt.datetime | None = None,
    ) -> TimelineItem:
        """Record a call and its outcome; the summary may be empty ("no answer" says it all)."""
        if direction not in CALL_DIRECTIONS:
            raise InteractionValidationError(
                Said("Choose whether the call was inbound or outbound."), field="direction"
            )
        if outcome not in CALL_OUTCOMES:
            raise InteractionValidationError(
                Said("“{outcome}” is not a call outcome: choose one from the list.",
                     outcome=outcome),
                field="outcome",
            )  # fmt: skip
        body = _optional_text(summary, "summary")
        now = utcnow()
        start = _aware(started_at, "started_at") if started_at is not None else now
        end = _aware(ended_at, "ended_at") if ended_at is not None else None
        if start > now + _CLOCK_SKEW:
            raise InteractionValidationError(
                Said("A call cannot start in the future: check the start time."),
                field="started_at",
            )
        if end is not None and end < start:
            raise InteractionValidationError(
                Said("The call cannot end before it started: check the end time."),
                field="ended_at",
            )
        return self._add(
            customer_id,
            agent_id,
            kind=InteractionKind.CALL.value,
            direction=direction,
            started_at=start,
            ended_at=end,
            outcome=outcome,
            summary=body,
        )

    def _add(
        self,
        customer_id: int,
        agent_id: int | None,
        *,
        kind: str,
        direction: str,
        started_at: dt.datetime,
        ended_at: dt.datetime | None,
        outcome: str,
        summary: str,
    ) -> TimelineItem:
        with self.db.write() as conn:
            if conn.scalar(_CUSTOMER_EXISTS, {"cid": customer_id}) is None:
                raise NotFoundError(
                    Said(
                        "Customer {id} does not exist any more, so nothing was saved. "
                        "Search for the customer again.",
                        id=customer_id,
                    )
                )
            agent = ""
            if agent_id is not None:
                name = conn.scalar(_AGENT_NAME, {"uid": agent_id})
                if name is None:
                    raise NotFoundError(
                        Said("Your user account (id {id}) no longer exists, so nothing was "
                             "saved. Ask an administrator to restore it.", id=agent_id)
                    )  # fmt: skip
                agent = str(name)
            interaction_id = conn.execute(
                insert(Interaction)
                .values(
                    customer_id=customer_id,
                    kind=kind,
                    direction=direction,
                    agent_id=agent_id,
                    started_at=started_at,
                    ended_at=ended_at,
                    outcome=outcome,
                    summary=summary,
                    version=1,
                )
                .returning(_I.c.id)
            ).scalar_one()
            record_event(
                conn,
                actor_id=agent_id,
                entity=AUDIT_ENTITY,
                entity_id=interaction_id,
                action=AUDIT_CREATED,
                to_state=kind,
                data={"customer_id": customer_id, "kind": kind, "outcome": outcome},
            )
        return TimelineItem(
            interaction_id, kind, direction, agent, started_at, ended_at, outcome, summary
        )


def _text_condition(conn: Connection) -> ColumnElement[bool]:
    return or_(
        dialect.contains_text(conn, _I.c.summary, _PATTERN),
        dialect.contains_text(conn, _I.c.outcome, _PATTERN),
    )


def _filters(kinds: Collection[str] | None, text: str) -> tuple[list[str] | None, str]:
    """Normalised filters: None means every kind; [] means none (nothing can match)."""
    needle = " ".join(text.split())[:MAX_SEARCH_LENGTH]
    if kinds is None:
        return None, needle
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown interaction kinds: {sorted(unknown)}")
    if set(kinds) == set(KINDS):
        return None, needle
    return sorted(kinds), needle


def _required_text(text: str, field: str, empty_message: Said) -> str:
    body = text.strip()
    if not body:
        raise InteractionValidationError(empty_message, field=field)
    return _optional_text(body, field)


def _optional_text(text: str, field: str) -> str:
    body = text.strip()
    if len(body) > MAX_TEXT_LENGTH:
        raise InteractionValidationError(
            Said("This text is {length:,} characters long; the most a contact can hold is "
                 "{n:,}. Shorten it, or attach the rest in an email.", length=len(body),
                 n=MAX_TEXT_LENGTH),
            field=field,
        )  # fmt: skip
    return body


def _aware(value: dt.datetime, name: str) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError(f"{name} must be timezone-aware")
    return value.astimezone(dt.UTC)
