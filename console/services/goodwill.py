"""Goodwill gestures (refunds, vouchers, upgrades): recorded, shown, never given twice by accident.

Service recovery fails two ways: the gesture is forgotten (the next agent promises it again)
or given twice (two agents each send a voucher). Every gesture is on the card; giving a
second one of the same kind within ``REPEAT_WINDOW`` needs an explicit confirmation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, insert, select, update

from console.errors import (
    ConflictError,
    FieldErrors,
    Moment,
    NotFoundError,
    Said,
    UserFacingError,
)
from console.services.audit import record_event
from console.storage.db import Database
from console.storage.models import Customer, Goodwill, GoodwillKind, User, utcnow
from console.storage.prepared import Prepared

REPEAT_WINDOW = dt.timedelta(days=90)
KINDS = tuple(k.value for k in GoodwillKind)
MAX_REASON = 2000


@dataclass(frozen=True)
class GoodwillView:
    id: int
    kind: str
    amount_minor: int
    currency: str
    reason: str
    given_by: str
    given_at: dt.datetime
    voided: bool
    version: int

    @property
    def amount_text(self) -> str:
        """ "EUR 20.00", or "" for a gesture with no money value."""
        if not self.amount_minor:
            return ""
        return f"{self.currency} {self.amount_minor / 100:,.2f}"


class RepeatGoodwillError(UserFacingError):
    """A gesture of this kind was given recently; giving another needs a confirmation."""

    def __init__(self, message: str, previous: GoodwillView) -> None:
        super().__init__(message)
        self.previous = previous


_G = Goodwill.__table__
_U = User.__table__
_LIST = (
    select(_G.c.id, _G.c.kind, _G.c.amount_minor, _G.c.currency, _G.c.reason,
           _U.c.display_name, _G.c.given_at, _G.c.voided_at, _G.c.version)
    .select_from(_G.outerjoin(_U, _U.c.id == _G.c.given_by))
    .order_by(_G.c.given_at.desc(), _G.c.id.desc())
)  # fmt: skip


# Built once: the card reads it on every screen-pop, and a statement built per call costs more
# Python (construction and cache key) than SQLite takes to answer it.
_LIST_FOR_CUSTOMER = Prepared(
    _LIST.where(_G.c.customer_id == bindparam("cid")).limit(bindparam("limit"))
)


def list_goodwill(conn: Connection, customer_id: int, limit: int = 20) -> list[GoodwillView]:
    rows = _LIST_FOR_CUSTOMER.all(conn, {"cid": customer_id, "limit": limit})
    return [
        GoodwillView(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6], r[7] is not None, r[8])
        for r in rows
    ]


class GoodwillService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, customer_id: int) -> list[GoodwillView]:
        with self.db.read() as conn:
            return list_goodwill(conn, customer_id)

    def give(
        self,
        customer_id: int,
        actor_id: int | None,
        kind: str,
        reason: str,
        *,
        amount_minor: int = 0,
        currency: str = "",
        confirm_repeat: bool = False,
    ) -> GoodwillView:
        errors: dict[str, str] = {}
        if kind not in KINDS:
            errors["kind"] = Said("choose one of {choices}", choices=", ".join(KINDS))
        reason = reason.strip()
        if not reason:
            errors["reason"] = Said("say why (the next agent reads it)")
        elif len(reason) > MAX_REASON:
            errors["reason"] = Said("at most {n} characters", n=MAX_REASON)
        currency = currency.strip().upper()
        if amount_minor < 0:
            errors["amount"] = Said("cannot be negative")
        elif amount_minor and not (len(currency) == 3 and currency.isalpha()):
            errors["currency"] = Said("a three-letter code such as EUR")
        if errors:
            raise FieldErrors(errors)
        with self.db.write() as conn:
            if conn.scalar(select(Customer.id).where(Customer.id == customer_id)) is None:
                raise NotFoundError(Said("Customer {id} no longer exists.", id=customer_id))
            recent = [
                g for g in list_goodwill(conn, customer_id)
                if g.kind == kind and not g.voided and g.given_at > utcnow() - REPEAT_WINDOW
            ]  # fmt: skip
            if recent and not confirm_repeat:
                prev = recent[0]
                what = f"{prev.amount_text} {prev.kind}".strip()
                raise RepeatGoodwillError(
                    Said("A {what} was already given on {date} by {who} (“{reason}”). Confirm "
                         "to give another one.", what=what, date=Moment(prev.given_at, "date"),
                         who=prev.given_by or Said("someone"), reason=prev.reason),
                    prev,
                )  # fmt: skip
            gid = conn.execute(
                insert(Goodwill).values(
                    customer_id=customer_id, kind=kind, amount_minor=amount_minor,
                    currency=currency, reason=reason, given_by=actor_id, given_at=utcnow(),
                    void_reason="", version=1,
                ).returning(Goodwill.id)
            ).scalar_one()  # fmt: skip
            record_event(
                conn, actor_id=actor_id, entity="goodwill", entity_id=gid, action="given",
                to_state="given",
                data={"customer_id": customer_id, "kind": kind, "amount_minor": amount_minor},
            )  # fmt: skip
            return next(g for g in list_goodwill(conn, customer_id) if g.id == gid)

    def void(self, goodwill_id: int, expected_version: int, actor_id: int | None, why: str) -> None:
        """Mark a gesture recorded by mistake; it stays visible, struck through."""
        if not why.strip():
            raise FieldErrors({"reason": Said("say why it is voided")})
        with self.db.write() as conn:
            done = conn.execute(
                update(Goodwill)
                .where(Goodwill.id == goodwill_id, Goodwill.version == expected_version,
                       Goodwill.voided_at.is_(None))
                .values(voided_at=utcnow(), voided_by=actor_id, void_reason=why.strip(),
                        version=expected_version + 1)
            )  # fmt: skip
            if done.rowcount != 1:
                raise ConflictError(
                    Said("This gesture was changed or voided by someone else meanwhile: reload.")
                )
            record_event(
                conn, actor_id=actor_id, entity="goodwill", entity_id=goodwill_id,
                action="voided", from_state="given", to_state="voided", reason=why.strip(),
            )  # fmt: skip
