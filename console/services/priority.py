"""Priority rules: why one promised callback goes before another.

A contact center in a surge must reach the customers travelling soonest first (SCENARIOS.md,
"A ship on fire"). Rules are rows a supervisor edits; each adds points when it matches the
customer. They are evaluated when a callback is created and again whenever its customer
changes, and the reasons are kept with the callback so an agent sees *why* it is on top.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, insert, select, update

from console.errors import FieldErrors, NotFoundError, Said
from console.storage.db import Database
from console.storage.models import (
    OPEN_CALLBACK_STATES,
    Callback,
    CallbackState,
    Customer,
    Incident,
    IncidentCustomer,
    PriorityRule,
)

KINDS = ("tag", "field_equals", "date_within_days", "broken_promises", "in_open_incident")
BROKEN_LOOKBACK = dt.timedelta(days=90)
_R = PriorityRule.__table__
_CB = Callback.__table__
_C = Customer.__table__


@dataclass(frozen=True)
class Rule:
    id: int
    name: str
    kind: str
    field: str
    value: str
    points: int
    active: bool = True
    version: int = 1

    def describe(self) -> str:
        """What the rule says, for `callbacks rules list` and the settings view."""
        what = {
            "tag": f"tagged {self.value}",
            "field_equals": f"{self.field} = {self.value}",
            "date_within_days": f"{self.field} within {self.value} days",
            "broken_promises": "per promise broken in the last 90 days",
            "in_open_incident": "part of an open disruption",
        }.get(self.kind, self.kind)
        return f"{self.name}: {what}, {self.points:+d}"


@dataclass(frozen=True)
class Score:
    points: int
    reasons: tuple[str, ...]


def validate_rule(name: str, kind: str, field: str, value: str, points: int) -> None:
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = Said("give the rule a name agents will understand")
    if kind not in KINDS:
        errors["kind"] = Said("one of {choices}", choices=", ".join(KINDS))
    if kind in ("field_equals", "date_within_days") and not field.strip():
        errors["field"] = Said("name the customer field, such as departure_date")
    if kind in ("tag", "field_equals") and not value.strip():
        errors["value"] = Said("the value to match")
    if kind == "date_within_days":
        try:
            if int(value) < 0:
                raise ValueError
        except ValueError:
            errors["value"] = Said("a number of days, such as 7")
    if not -1000 <= points <= 1000:
        errors["points"] = Said("between {low} and {high}", low=-1000, high=1000)
    if errors:
        raise FieldErrors(errors)


def evaluate(
    rules: Iterable[Rule],
    *,
    tags: Sequence[str],
    custom_fields: Mapping[str, Any],
    broken_promises: int,
    today: dt.date,
    in_open_incident: bool = False,
) -> Score:
    """Points and reasons for one customer; a pure function so it is tested on its own."""
    points = 0
    reasons: list[str] = []
    folded_tags = {t.casefold() for t in tags}
    for rule in rules:
        if not rule.active:
            continue
        gained = 0
        if rule.kind == "tag":
            gained = rule.points if rule.value.casefold() in folded_tags else 0
        elif rule.kind == "field_equals":
            have = custom_fields.get(rule.field)
            gained = rule.points if have is not None and str(have) == rule.value else 0
        elif rule.kind == "date_within_days":
            day = _as_date(custom_fields.get(rule.field))
            if day is not None and 0 <= (day - today).days <= int(rule.value or 0):
                gained = rule.points
        elif rule.kind == "broken_promises":
            gained = rule.points * broken_promises
        elif rule.kind == "in_open_incident":
            gained = rule.points if in_open_incident else 0
        if gained:
            points += gained
            label = rule.name
            if rule.kind == "broken_promises":
                label = f"{rule.name} ({broken_promises})"
            reasons.append(f"{label} {gained:+d}")
    return Score(points, tuple(reasons))


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


_ACTIVE_RULES = select(
    _R.c.id, _R.c.name, _R.c.kind, _R.c.field, _R.c.value, _R.c.points, _R.c.active, _R.c.version
).order_by(_R.c.id)


def load_rules(conn: Connection, *, active_only: bool = True) -> list[Rule]:
    stmt = _ACTIVE_RULES.where(_R.c.active.is_(True)) if active_only else _ACTIVE_RULES
    return [Rule(*row) for row in conn.execute(stmt)]


def broken_count(conn: Connection, customer_id: int, now: dt.datetime) -> int:
    return int(
        conn.scalar(
            select(func.count())
            .select_from(_CB)
            .where(
                _CB.c.customer_id == customer_id,
                _CB.c.state.in_((CallbackState.BROKEN.value, CallbackState.FAILED.value)),
                _CB.c.closed_at >= now - BROKEN_LOOKBACK,
            )
        )
        or 0
    )


def score_customer(
    conn: Connection, customer_id: int, now: dt.datetime, rules: list[Rule] | None = None
) -> Score:
    row = conn.execute(
        select(_C.c.tags, _C.c.custom_fields, _C.c.time_zone).where(_C.c.id == customer_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(Said("Customer {id} does not exist (any more).", id=customer_id))
    from zoneinfo import ZoneInfo

    try:
        today = now.astimezone(ZoneInfo(row.time_zone)).date()
    except (KeyError, ValueError):
        today = now.date()
    return evaluate(
        load_rules(conn) if rules is None else rules,
        tags=list(row.tags or ()),
        custom_fields=dict(row.custom_fields or {}),
        broken_promises=broken_count(conn, customer_id, now),
        today=today,
        in_open_incident=in_open_incident(conn, customer_id),
    )


def in_open_incident(conn: Connection, customer_id: int) -> bool:
    """Whether the customer is part of a disruption that is still open."""
    ic, inc = IncidentCustomer.__table__, Incident.__table__
    return (
        conn.scalar(
            select(ic.c.incident_id)
            .select_from(ic.join(inc, inc.c.id == ic.c.incident_id))
            .where(ic.c.customer_id == customer_id, inc.c.state == "open")
            .limit(1)
        )
        is not None
    )


def reprioritise_customer(conn: Connection, customer_id: int, now: dt.datetime) -> int:
    """Re-score the customer's open callbacks (inside the caller's transaction).

    Priority is derived, not edited, so it does not bump the version: an agent holding the
    callback open can still record their outcome.
    """
    score = score_customer(conn, customer_id, now)
    result = conn.execute(
        update(Callback)
        .where(
            and_(
                Callback.customer_id == customer_id,
                Callback.state.in_(OPEN_CALLBACK_STATES),
            )
        )
        .values(priority=score.points, priority_reasons=list(score.reasons))
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)


class PriorityRuleService:
    """Supervisors edit the rules (CLI `agent-console callbacks rules`)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self) -> list[Rule]:
        with self.db.read() as conn:
            return load_rules(conn, active_only=False)

    def add(self, name: str, kind: str, field: str, value: str, points: int) -> Rule:
        validate_rule(name, kind, field, value, points)
        with self.db.write() as conn:
            rid = conn.execute(
                insert(PriorityRule)
                .values(name=name.strip(), kind=kind, field=field.strip(), value=value.strip(),
                        points=points, active=True, version=1)
                .returning(PriorityRule.id)
            ).scalar_one()  # fmt: skip
            return next(r for r in load_rules(conn, active_only=False) if r.id == rid)

    def set_active(self, rule_id: int, active: bool) -> Rule:
        with self.db.write() as conn:
            done = conn.execute(
                update(PriorityRule)
                .where(PriorityRule.id == rule_id)
                .values(active=active, version=PriorityRule.version + 1)
            )
            if done.rowcount != 1:
                raise NotFoundError(Said("There is no priority rule {id}.", id=rule_id))
            return next(r for r in load_rules(conn, active_only=False) if r.id == rule_id)
