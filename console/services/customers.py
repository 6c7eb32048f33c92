"""Finding customers and reading their card and timeline (the history pane and screen-pop).

Reads go through SQLAlchemy Core on a connection rather than ORM sessions: screen-pop is the
hottest path in the product and the ORM's per-row cost is 2.5-4x raw SQL here (TESTING.md).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, exists, func, literal, select, text, union_all

from console import phones
from console.errors import NotFoundError, Said
from console.services.callbacks import OPEN_SQL, CallbackView, open_for_customer
from console.services.goodwill import GoodwillView, list_goodwill
from console.services.incidents import OPEN as INCIDENT_OPEN
from console.services.incidents import marked as incidents_of
from console.services.transfers import CONTACT_WINDOW, TransferView
from console.services.transfers import open_for_customer as open_transfers_for
from console.storage import dialect
from console.storage.db import Database
from console.storage.models import (
    Callback,
    Customer,
    CustomerEmail,
    CustomerPhone,
    Goodwill,
    Incident,
    IncidentCustomer,
    Interaction,
    Transfer,
    TransferState,
    User,
)
from console.storage.prepared import Prepared
from console.text import (
    account_key,
    closest_words,
    email_key,
    fold,
    fuzzy_scorer,
    inner_trigrams,
    typed_words,
)

# The highest code point: ``key <= x < key + MAX_CHAR`` is a prefix range an ordinary
# b-tree index answers on both databases (LIKE 'x%' would need special collations).
_MAX_CHAR = "\U0010ffff"
# A mistyped name is looked for once it has this many letters, and kept from this score on.
FUZZY_MIN_CHARS = 4
FUZZY_THRESHOLD = 0.3
# Vocabulary words tried for each mistyped word: the closest few, when none is typed exactly.
FUZZY_WORDS = 3


@dataclass(frozen=True)
class PhoneView:
    e164: str
    display: str
    typed: str
    label: str
    primary: bool


@dataclass(frozen=True)
class CustomerSummary:
    """One search result row."""

    id: int
    account_no: str
    full_name: str
    phone: str
    email: str
    country: str
    language: str
    time_zone: str
    tags: tuple[str, ...]
    do_not_call: bool
    matched_by: str
    # Open disruptions this customer is part of (names), so the agent knows before asking.
    incidents: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimelineItem:
    id: int
    kind: str
    direction: str | None
    agent: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    outcome: str
    summary: str


@dataclass(frozen=True)
class CustomerCard:
    id: int
    account_no: str
    full_name: str
    given_name: str
    family_name: str
    phones: tuple[PhoneView, ...]
    emails: tuple[str, ...]
    language: str
    country: str
    time_zone: str
    do_not_call: bool
    tags: tuple[str, ...]
    custom_fields: tuple[tuple[str, str], ...]
    created_at: dt.datetime
    version: int
    interaction_count: int
    last_contact: TimelineItem | None
    # Service recovery already given (newest first), so it is neither repeated nor forgotten.
    goodwill: tuple[GoodwillView, ...] = ()
    # Open promises (pending or claimed callbacks), earliest window first.
    open_callbacks: tuple[CallbackView, ...] = ()
    # Warm transfers waiting for someone to accept, and how many times this customer was
    # passed on in the current contact (the bounce counter).
    open_transfers: tuple[TransferView, ...] = ()
    handovers: int = 0
    # Open disruptions this customer is part of (names; the banner carries their facts).
    incidents: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScreenPop:
    card: CustomerCard
    timeline: tuple[TimelineItem, ...]


# Statements are built once, on the tables, with bound parameters: building a select from ORM
# attributes on every call cost 5x more than running it (agent-console bench, screen-pop).
_C = Customer.__table__
_P = CustomerPhone.__table__
_E = CustomerEmail.__table__
_I = Interaction.__table__
_U = User.__table__
_G = Goodwill.__table__
_CB = Callback.__table__
_T = Transfer.__table__
_INC = Incident.__table__
_IC = IncidentCustomer.__table__

_IDS_BY_PHONE = (
    select(_P.c.customer_id)
    .where(_P.c.e164 == bindparam("e164"))
    .order_by(_P.c.customer_id)
    .limit(bindparam("limit"))
)
_IDS_BY_EMAIL = (
    select(_E.c.customer_id)
    .where(_E.c.email_key >= bindparam("lo"), _E.c.email_key < bindparam("hi"))
    .order_by(_E.c.email_key != bindparam("lo"), _E.c.email_key)
    .limit(bindparam("limit"))
)
_IDS_BY_ACCOUNT = (
    select(_C.c.id)
    .where(_C.c.account_no >= bindparam("lo"), _C.c.account_no < bindparam("hi"))
    .order_by(_C.c.account_no)
    .limit(bindparam("limit"))
)
_SUMMARY_ROWS = select(
    _C.c.id, _C.c.account_no, _C.c.full_name, _C.c.country, _C.c.language, _C.c.time_zone,
    _C.c.tags, _C.c.do_not_call,
).where(_C.c.id.in_(bindparam("ids", expanding=True)))  # fmt: skip
_SUMMARY_PHONES = (
    select(_P.c.customer_id, _P.c.e164, _P.c.is_primary)
    .where(_P.c.customer_id.in_(bindparam("ids", expanding=True)))
    .order_by(_P.c.id)
)
_SUMMARY_EMAILS = (
    select(_E.c.customer_id, _E.c.email, _E.c.is_primary)
    .where(_E.c.customer_id.in_(bindparam("ids", expanding=True)))
    .order_by(_E.c.id)
)
OFFERED = TransferState.OFFERED.value
# A number already in E.164: +, a country code's first digit, up to 15 digits in all.
_E164 = re.compile(r"\+[1-9][0-9]{5,14}")
# The card in one statement, with its contact count; by id, or by the caller's number.
_CARD_COLUMNS = (
    _C.c.id, _C.c.account_no, _C.c.full_name, _C.c.given_name, _C.c.family_name, _C.c.language,
    _C.c.country, _C.c.time_zone, _C.c.do_not_call, _C.c.tags, _C.c.custom_fields,
    _C.c.created_at, _C.c.version,
    select(func.count()).select_from(_I).where(_I.c.customer_id == _C.c.id)
    .scalar_subquery().label("interaction_count"),
    # What else the card shows, asked in the same statement (one index probe each): most
    # customers have no goodwill, open promise, transfer or disruption, and each read skipped
    # is a round trip saved on a team's server.
    exists().where(_G.c.customer_id == _C.c.id).label("has_goodwill"),
    exists().where(_CB.c.customer_id == _C.c.id, OPEN_SQL).label("has_promises"),
    exists().where(_T.c.customer_id == _C.c.id, _T.c.state == dialect.constant(OFFERED))
    .label("has_offered"),
    select(func.count()).select_from(_T).where(
        _T.c.customer_id == _C.c.id,
        _T.c.created_at >= bindparam("since", type_=_T.c.created_at.type),
        text("transfers.state IN ('offered', 'accepted')"),
    ).scalar_subquery().label("handovers"),
    exists().where(_IC.c.customer_id == _C.c.id, _INC.c.id == _IC.c.incident_id,
                   _INC.c.state == dialect.constant(INCIDENT_OPEN)).label("has_incidents"),
)  # fmt: skip
_CARD = Prepared(select(*_CARD_COLUMNS).where(_C.c.id == bindparam("cid")))
_CARD_BY_PHONE = Prepared(
    select(*_CARD_COLUMNS).where(
        _C.c.id
        == select(_P.c.customer_id)
        .where(_P.c.e164 == bindparam("e164"))
        .order_by(_P.c.customer_id)
        .limit(1)
        .scalar_subquery()
    )
)
# Phones and e-mails in one round trip: kind "p" rows carry a phone, "e" rows an e-mail.
_CARD_CONTACTS = Prepared(union_all(
    select(
        literal("p").label("kind"), _P.c.e164.label("value"), _P.c.typed, _P.c.label,
        _P.c.is_primary, _P.c.id,
    ).where(_P.c.customer_id == bindparam("cid")),
    select(
        literal("e"), _E.c.email, literal(""), literal(""), _E.c.is_primary, _E.c.id,
    ).where(_E.c.customer_id == bindparam("cid")),
))  # fmt: skip
_TIMELINE_ALL = (
    select(
        _I.c.id, _I.c.kind, _I.c.direction, _U.c.display_name, _I.c.started_at, _I.c.ended_at,
        _I.c.outcome, _I.c.summary,
    )
    .select_from(_I.outerjoin(_U, _U.c.id == _I.c.agent_id))
    .where(_I.c.customer_id == bindparam("cid"))
    .order_by(_I.c.started_at.desc(), _I.c.id.desc())
    .limit(bindparam("limit"))
)  # fmt: skip
_TIMELINE = Prepared(_TIMELINE_ALL)
_TIMELINE_BEFORE = Prepared(
    _TIMELINE_ALL.where(
        (_I.c.started_at < bindparam("at"))
        | ((_I.c.started_at == bindparam("at")) & (_I.c.id < bindparam("last_id")))
    )
)


class CustomerService:
    def __init__(self, db: Database, *, default_region: str = "") -> None:
        self.db = db
        self.default_region = default_region

    # ---- search ---------------------------------------------------------------------------

    def find(self, text: str, limit: int = 50) -> list[CustomerSummary]:
        """Phone in any format, email, account/booking number or part of a name."""
        text = text.strip()
        if not text or limit <= 0:
            return []
        with self.db.read() as conn:
            found: dict[int, str] = {}

            def add(ids: Iterable[int], how: str) -> None:
                for cid in ids:
                    if len(found) >= limit:
                        return
                    found.setdefault(cid, how)

            phone_like = phones.looks_like_phone(text)
            if phone_like:
                e164 = phones.to_e164(text, self.default_region)
                if e164:
                    add(self._ids_by_phone(conn, e164, limit), "phone")
            if "@" in text:
                key = email_key(text)
                add(conn.scalars(_IDS_BY_EMAIL, _range(key, limit)), "email")
            if " " not in text and any(ch.isdigit() for ch in text):
                add(conn.scalars(_IDS_BY_ACCOUNT, _range(account_key(text), limit)), "account")
            if len(found) < limit and not phone_like:
                key = fold(text)
                add(dialect.search_customer_ids_by_name(conn, key, limit), "name")
                if not found and len(key.replace(" ", "")) >= FUZZY_MIN_CHARS:
                    add(self._fuzzy(conn, key), "similar name")
            return self._summaries(conn, found)

    @staticmethod
    def _fuzzy(conn: Connection, key: str) -> list[int]:
        """Names close to a mistyped query ("petorva" → Petrova), best first.

        Asked only when nothing contains the text as typed, so an exact match is never
        pushed down by look-alikes. Each typed word is matched against the vocabulary of
        name words first (207 words for the demo's million customers; real names have more,
        still far fewer than customers), then the customers holding the closest words are
        scored: first those with a close word for every typed word, then, if they are few,
        those with any.
        """
        groups = close_name_words(conn, key)
        if not groups:
            return []
        rows = dialect.customers_with_name_words(conn, groups, dialect.FUZZY_CANDIDATES)
        if len(groups) > 1 and len(rows) < dialect.FUZZY_CANDIDATES:
            any_word = [sorted({w for group in groups for w in group})]
            rows += dialect.customers_with_name_words(conn, any_word, dialect.FUZZY_CANDIDATES)
        return rank_fuzzy(key, rows)

    @staticmethod
    def _ids_by_phone(conn: Connection, e164: str, limit: int) -> list[int]:
        return list(conn.scalars(_IDS_BY_PHONE, {"e164": e164, "limit": limit}))

    @staticmethod
    def _summaries(conn: Connection, found: dict[int, str]) -> list[CustomerSummary]:
        if not found:
            return []
        ids = list(found)
        rows = {r.id: r for r in conn.execute(_SUMMARY_ROWS, {"ids": ids})}
        phone_of = _primary(conn.execute(_SUMMARY_PHONES, {"ids": ids}))
        email_of = _primary(conn.execute(_SUMMARY_EMAILS, {"ids": ids}))
        in_incidents = incidents_of(conn, ids)
        out = []
        for cid in ids:
            r = rows.get(cid)
            if r is None:
                continue
            out.append(
                CustomerSummary(
                    id=r.id,
                    account_no=r.account_no,
                    full_name=r.full_name,
                    phone=phones.display(phone_of[cid]) if cid in phone_of else "",
                    email=email_of.get(cid, ""),
                    country=r.country,
                    language=r.language,
                    time_zone=r.time_zone,
                    tags=tuple(r.tags or ()),
                    do_not_call=bool(r.do_not_call),
                    matched_by=found[cid],
                    incidents=tuple(in_incidents.get(cid, ())),
                )
            )
        return out

    # ---- the card and the timeline --------------------------------------------------------

    def card(self, customer_id: int) -> CustomerCard:
        with self.db.read() as conn:
            latest = self._timeline(conn, customer_id, 1, None)
            return self._card(conn, customer_id, latest[0] if latest else None)

    def timeline(
        self, customer_id: int, limit: int = 50, before: tuple[dt.datetime, int] | None = None
    ) -> list[TimelineItem]:
        """Newest first; ``before`` (started_at, id) of the last item loaded pages further."""
        with self.db.read() as conn:
            return self._timeline(conn, customer_id, limit, before)

    def pop(self, phone_text: str, timeline_limit: int = 50) -> ScreenPop | None:
        """Screen-pop: the caller's card and latest timeline, or None for an unknown number."""
        # A number in E.164 already (what a PBX sends) is looked up as it is: stored numbers
        # are E.164, so only a miss needs the parser's verdict on what was meant.
        typed = phone_text.strip()
        e164 = typed if _E164.fullmatch(typed) else phones.to_e164(typed, self.default_region)
        if e164 is None:
            return None
        # Three statements for most callers (the card with its counts and what else exists,
        # contacts, timeline), up to seven when they have goodwill, open promises, transfers
        # or disruptions: on PostgreSQL each is a network round trip, and the pop is the one
        # path a caller waits for.
        with self.db.read() as conn:
            rows = _CARD_BY_PHONE.all(conn, {"e164": e164, "since": _contact_since()})
            if not rows and e164 == typed:
                canonical = phones.to_e164(typed, self.default_region)
                if canonical is not None and canonical != e164:
                    rows = _CARD_BY_PHONE.all(conn, {"e164": canonical, "since": _contact_since()})
            if not rows:
                return None
            row = rows[0]
            items = self._timeline(conn, row.id, max(1, timeline_limit), None)
            card = self._card_from_row(conn, row, items[0] if items else None)
            return ScreenPop(card, tuple(items[:timeline_limit]))

    def _card(
        self, conn: Connection, customer_id: int, latest: TimelineItem | None
    ) -> CustomerCard:
        rows = _CARD.all(conn, {"cid": customer_id, "since": _contact_since()})
        row = rows[0] if rows else None
        if row is None:
            raise NotFoundError(Said("Customer {id} does not exist (any more).", id=customer_id))
        return self._card_from_row(conn, row, latest)

    @staticmethod
    def _card_from_row(conn: Connection, row: Any, latest: TimelineItem | None) -> CustomerCard:
        customer_id = row.id
        contacts = sorted(
            _CARD_CONTACTS.all(conn, {"cid": customer_id}),
            key=lambda c: (not c.is_primary, c.id),
        )
        phone_rows = [c for c in contacts if c.kind == "p"]
        emails = [c.value for c in contacts if c.kind == "e"]
        return CustomerCard(
            id=row.id,
            account_no=row.account_no,
            full_name=row.full_name,
            given_name=row.given_name,
            family_name=row.family_name,
            phones=tuple(
                PhoneView(p.value, phones.display(p.value), p.typed, p.label, bool(p.is_primary))
                for p in phone_rows
            ),
            emails=tuple(emails),
            language=row.language,
            country=row.country,
            time_zone=row.time_zone,
            do_not_call=bool(row.do_not_call),
            tags=tuple(row.tags or ()),
            custom_fields=tuple(sorted((k, _fmt(v)) for k, v in (row.custom_fields or {}).items())),
            created_at=row.created_at,
            version=row.version,
            interaction_count=int(row.interaction_count or 0),
            last_contact=latest,
            goodwill=tuple(list_goodwill(conn, customer_id)) if row.has_goodwill else (),
            open_callbacks=(
                tuple(open_for_customer(conn, customer_id)) if row.has_promises else ()
            ),
            open_transfers=(
                tuple(open_transfers_for(conn, customer_id)) if row.has_offered else ()
            ),
            handovers=int(row.handovers or 0),
            incidents=(
                tuple(incidents_of(conn, [customer_id]).get(customer_id, ()))
                if row.has_incidents
                else ()
            ),
        )

    @staticmethod
    def _timeline(
        conn: Connection,
        customer_id: int,
        limit: int,
        before: tuple[dt.datetime, int] | None,
    ) -> list[TimelineItem]:
        params: dict[str, Any] = {"cid": customer_id, "limit": limit}
        stmt = _TIMELINE
        if before is not None:
            stmt = _TIMELINE_BEFORE
            params["at"], params["last_id"] = before
        return [
            TimelineItem(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7])
            for r in stmt.all(conn, params)
        ]


def _contact_since() -> dt.datetime:
    """Handovers count within the current contact: transfers made since this moment."""
    return dt.datetime.now(dt.UTC) - CONTACT_WINDOW


def _range(key: str, limit: int) -> dict[str, Any]:
    return {"lo": key, "hi": key + _MAX_CHAR, "limit": limit}


def _primary(rows: Iterable[Sequence[Any]]) -> dict[int, str]:
    """The primary value per customer, else the first one (rows come in id order)."""
    out: dict[int, str] = {}
    for cid, value, is_primary in rows:
        if is_primary or cid not in out:
            out[cid] = value
    return out


def _fmt(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def close_name_words(conn: Connection, key: str) -> list[list[str]]:
    """For each typed word, the closest words of the vocabulary of name words (see
    console.text.closest_words). The vocabulary proposes every word sharing a three-letter
    run with a typed word; similarity (pg_trgm's) is computed here in Python, so both
    databases choose the same words."""
    typed = typed_words(key)
    vocabulary = dialect.name_words_with_grams(conn, inner_trigrams(typed))
    return closest_words(typed, vocabulary, FUZZY_THRESHOLD, FUZZY_WORDS)


def rank_fuzzy(key: str, rows: Iterable[tuple[int, str]]) -> list[int]:
    """Candidate (id, name_key) rows scored against the typed key: ids of those scoring at
    least FUZZY_THRESHOLD, best first, then by name and id."""
    score_of = fuzzy_scorer(key)
    scored = {
        cid: (-round(score, 6), name, cid)
        for cid, name in rows
        if (score := score_of(name)) >= FUZZY_THRESHOLD
    }
    return [cid for *_, cid in sorted(scored.values())]
