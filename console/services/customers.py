"""Finding customers and reading their card and timeline (the history pane and screen-pop).

Reads go through SQLAlchemy Core on a connection rather than ORM sessions: screen-pop is the
hottest path in the product and the ORM's per-row cost is 2.5-4x raw SQL here (TESTING.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from console import phones
from console.errors import NotFoundError
from console.storage import dialect
from console.storage.db import Database
from console.storage.models import Customer, CustomerEmail, CustomerPhone, Interaction, User
from console.text import account_key, email_key, fold

# The highest code point: ``key <= x < key + MAX_CHAR`` is a prefix range an ordinary
# b-tree index answers on both databases (LIKE 'x%' would need special collations).
_MAX_CHAR = "\U0010ffff"


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


@dataclass(frozen=True)
class ScreenPop:
    card: CustomerCard
    timeline: tuple[TimelineItem, ...]


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

            if phones.looks_like_phone(text):
                e164 = phones.to_e164(text, self.default_region)
                if e164:
                    add(self._ids_by_phone(conn, e164, limit), "phone")
            if "@" in text:
                add(self._ids_by_email(conn, text, limit), "email")
            if " " not in text and any(ch.isdigit() for ch in text):
                add(self._ids_by_account(conn, text, limit), "account")
            if len(found) < limit and not phones.looks_like_phone(text):
                key = fold(text)
                add(dialect.search_customer_ids_by_name(conn, key, limit), "name")
            return self._summaries(conn, found)

    @staticmethod
    def _ids_by_phone(conn: Connection, e164: str, limit: int) -> list[int]:
        stmt = (
            select(CustomerPhone.customer_id)
            .where(CustomerPhone.e164 == e164)
            .order_by(CustomerPhone.customer_id)
            .limit(limit)
        )
        return list(conn.scalars(stmt))

    @staticmethod
    def _ids_by_email(conn: Connection, text: str, limit: int) -> list[int]:
        key = email_key(text)
        stmt = (
            select(CustomerEmail.customer_id)
            .where(CustomerEmail.email_key >= key, CustomerEmail.email_key < key + _MAX_CHAR)
            .order_by(CustomerEmail.email_key != key, CustomerEmail.email_key)
            .limit(limit)
        )
        return list(conn.scalars(stmt))

    @staticmethod
    def _ids_by_account(conn: Connection, text: str, limit: int) -> list[int]:
        key = account_key(text)
        stmt = (
            select(Customer.id)
            .where(Customer.account_no >= key, Customer.account_no < key + _MAX_CHAR)
            .order_by(Customer.account_no)
            .limit(limit)
        )
        return list(conn.scalars(stmt))

    @staticmethod
    def _summaries(conn: Connection, found: dict[int, str]) -> list[CustomerSummary]:
        if not found:
            return []
        ids = list(found)
        rows = {r.id: r for r in conn.execute(select(Customer).where(Customer.id.in_(ids)))}
        phone_of = _primary(
            conn.execute(
                select(CustomerPhone.customer_id, CustomerPhone.e164, CustomerPhone.is_primary)
                .where(CustomerPhone.customer_id.in_(ids))
                .order_by(CustomerPhone.id)
            )
        )
        email_of = _primary(
            conn.execute(
                select(CustomerEmail.customer_id, CustomerEmail.email, CustomerEmail.is_primary)
                .where(CustomerEmail.customer_id.in_(ids))
                .order_by(CustomerEmail.id)
            )
        )
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
                )
            )
        return out

    # ---- the card and the timeline --------------------------------------------------------

    def card(self, customer_id: int) -> CustomerCard:
        with self.db.read() as conn:
            return self._card(conn, customer_id)

    def timeline(
        self, customer_id: int, limit: int = 50, before: tuple[dt.datetime, int] | None = None
    ) -> list[TimelineItem]:
        """Newest first; ``before`` (started_at, id) of the last item loaded pages further."""
        with self.db.read() as conn:
            return self._timeline(conn, customer_id, limit, before)

    def pop(self, phone_text: str, timeline_limit: int = 50) -> ScreenPop | None:
        """Screen-pop: the caller's card and latest timeline, or None for an unknown number."""
        e164 = phones.to_e164(phone_text, self.default_region)
        if e164 is None:
            return None
        with self.db.read() as conn:
            ids = self._ids_by_phone(conn, e164, 1)
            if not ids:
                return None
            card = self._card(conn, ids[0])
            return ScreenPop(card, tuple(self._timeline(conn, ids[0], timeline_limit, None)))

    def _card(self, conn: Connection, customer_id: int) -> CustomerCard:
        row = conn.execute(select(Customer).where(Customer.id == customer_id)).one_or_none()
        if row is None:
            raise NotFoundError(f"Customer {customer_id} does not exist (any more).")
        phone_rows = conn.execute(
            select(CustomerPhone)
            .where(CustomerPhone.customer_id == customer_id)
            .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
        ).all()
        emails = conn.scalars(
            select(CustomerEmail.email)
            .where(CustomerEmail.customer_id == customer_id)
            .order_by(CustomerEmail.is_primary.desc(), CustomerEmail.id)
        ).all()
        count = conn.scalar(
            select(func.count())
            .select_from(Interaction)
            .where(Interaction.customer_id == customer_id)
        )
        latest = self._timeline(conn, customer_id, 1, None)
        return CustomerCard(
            id=row.id,
            account_no=row.account_no,
            full_name=row.full_name,
            given_name=row.given_name,
            family_name=row.family_name,
            phones=tuple(
                PhoneView(p.e164, phones.display(p.e164), p.typed, p.label, bool(p.is_primary))
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
            interaction_count=int(count or 0),
            last_contact=latest[0] if latest else None,
        )

    @staticmethod
    def _timeline(
        conn: Connection,
        customer_id: int,
        limit: int,
        before: tuple[dt.datetime, int] | None,
    ) -> list[TimelineItem]:
        stmt = (
            select(
                Interaction.id,
                Interaction.kind,
                Interaction.direction,
                User.display_name,
                Interaction.started_at,
                Interaction.ended_at,
                Interaction.outcome,
                Interaction.summary,
            )
            .outerjoin(User, User.id == Interaction.agent_id)
            .where(Interaction.customer_id == customer_id)
            .order_by(Interaction.started_at.desc(), Interaction.id.desc())
            .limit(limit)
        )
        if before is not None:
            at, last_id = before
            stmt = stmt.where(
                (Interaction.started_at < at)
                | ((Interaction.started_at == at) & (Interaction.id < last_id))
            )
        return [
            TimelineItem(
                id=r[0],
                kind=r[1],
                direction=r[2],
                agent=r[3] or "",
                started_at=r[4],
                ended_at=r[5],
                outcome=r[6],
                summary=r[7],
            )
            for r in conn.execute(stmt)
        ]


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
