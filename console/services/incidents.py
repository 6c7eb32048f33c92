"""Disruptions: when a flight is cancelled or a ship is on fire, every affected customer hears
from us first, and every agent says the same, current thing.

A supervisor declares a disruption with the facts agents may tell customers and the standards
the company commits to; every edit of them is kept with who and when. Who is affected comes
from a list of account or booking numbers (all or nothing, with a report per line) or from a
customer field (for example ``voyage = AUR-1127``). Affected customers are marked wherever an
agent meets them, their callbacks go first (the "Part of an open disruption" priority rule),
and one action promises a callback to every affected customer who has none open: in their
calling window, the most urgent first (the priority rules: departure within 7 days, VIP …),
spread over the queue's agents so the promises can be kept. Running it again creates none.
Closing a disruption removes the banner; its callbacks stay owned and visible, and each
customer's timeline keeps the record.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Table, and_, bindparam, exists, func, insert, select, update

from console import scheduling
from console.errors import (
    ConflictError,
    FieldErrors,
    Moment,
    NotFoundError,
    Said,
    UserFacingError,
    ValidationError,
)
from console.progress import Progress, no_progress
from console.services.audit import record_event
from console.services.callbacks import OPEN_SQL, CallbackService
from console.services.priority import BROKEN_LOOKBACK, evaluate, load_rules
from console.services.users import require_supervising
from console.storage.db import Database
from console.storage.dialect import SQLITE, announce
from console.storage.models import (
    Callback,
    CallbackState,
    Customer,
    CustomerPhone,
    Event,
    Incident,
    IncidentCustomer,
    IncidentFact,
    Interaction,
    InteractionKind,
    Queue,
    User,
    UserQueue,
    utcnow,
)
from console.storage.prepared import Prepared

TOPIC = "incidents"
PENDING = CallbackState.PENDING.value
CLAIMED = CallbackState.CLAIMED.value
OPEN = "open"
CLOSED = "closed"
MAX_NAME = 200
MAX_FACTS = 4000
MAX_ACCOUNTS = 200_000
# Proactive callbacks: each agent of the queue keeps two promises per quarter hour.
SPREAD_STEP = dt.timedelta(minutes=15)
PER_AGENT_PER_STEP = 2
CHUNK = 500
# Customer fields a disruption can be declared on besides the free custom fields.
BUILTIN_FIELDS = {"country": "country", "language": "language", "time_zone": "time_zone"}
_FIELD_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")

_I = cast(Table, Incident.__table__)
_F = cast(Table, IncidentFact.__table__)
_IC = cast(Table, IncidentCustomer.__table__)
_C = cast(Table, Customer.__table__)
_P = cast(Table, CustomerPhone.__table__)
_CB = cast(Table, Callback.__table__)
_U = cast(Table, User.__table__)
_Q = cast(Table, Queue.__table__)
_UQ = cast(Table, UserQueue.__table__)
_EV = cast(Table, Event.__table__)
_IX = cast(Table, Interaction.__table__)


@dataclass(frozen=True)
class IncidentView:
    id: int
    name: str
    state: str
    facts: str
    standards: str
    facts_at: dt.datetime
    facts_by: str
    queue_id: int | None
    queue: str
    created_at: dt.datetime
    created_by: str
    closed_at: dt.datetime | None
    affected: int
    version: int

    @property
    def is_open(self) -> bool:
        return self.state == OPEN


@dataclass(frozen=True)
class FactsEdit:
    facts: str
    standards: str
    written_by: str
    written_at: dt.datetime


@dataclass(frozen=True)
class RowProblem:
    line: int
    value: str
    reason: str

    def problem(self) -> Said:
        """ "AUR-1 : no customer has this account or booking number" (without the line)."""
        return Said("{value}: {reason}", value=self.value or Said("(empty)"), reason=self.reason)

    def text(self) -> Said:
        return Said("line {line}: {problem}", line=self.line, problem=self.problem())


@dataclass(frozen=True)
class AffectedReport:
    """What adding customers did: all or nothing, so ``problems`` means nothing was added."""

    matched: int
    added: int
    already: int
    problems: tuple[RowProblem, ...] = ()

    @property
    def applied(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class CallbackRun:
    """What "call every affected customer" did."""

    created: int
    had_open: int
    do_not_call: int
    no_phone: int
    no_window: int
    seconds: float
    first_due: dt.datetime | None = None
    last_due: dt.datetime | None = None


@dataclass(frozen=True)
class IncidentStats:
    """One disruption's line on the dashboard panel."""

    incident: IncidentView
    affected: int
    reached: int
    pending: int
    broken: int
    no_callback: int  # affected customers with no promise: none for it, none open
    avg_wait_s: float | None  # declaration to reaching the customer, over those reached


_CHANGE_AFFECTED_REFUSAL = Said("Only a supervisor can change who a disruption affects.")


def _clean(text: str, limit: int, what: str) -> str:
    text = (text or "").strip()
    if len(text) > limit:
        raise FieldErrors(
            {what: Said("at most {n:,} characters ({length:,} given)", n=limit, length=len(text))}
        )
    return text


def parse_accounts(text: str) -> list[tuple[int, str]]:
    """(line number, value) from a CSV export or a plain list: the column named like an
    account or booking number, else the first; a header line is recognised and skipped."""
    rows = list(csv.reader(io.StringIO(text)))
    out: list[tuple[int, str]] = []
    column = 0
    start = 0
    if rows:
        header = [h.strip().casefold() for h in rows[0]]
        named = [i for i, h in enumerate(header) if h in ("account", "account_no", "account no",
                 "account number", "booking", "booking_no", "booking number", "pnr")]  # fmt: skip
        if named:
            column, start = named[0], 1
    for number, row in enumerate(rows[start:], start=start + 1):
        if not row or not any(cell.strip() for cell in row):
            continue
        value = row[column].strip() if column < len(row) else ""
        out.append((number, value))
    return out


class IncidentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- declaring and editing ---------------------------------------------------------------

    @staticmethod
    def _require_supervisor(conn: Connection, actor_id: int, refusal: Said) -> None:
        require_supervising(conn, actor_id, refusal)

    def declare(
        self,
        actor_id: int,
        name: str,
        facts: str,
        *,
        standards: str = "",
        queue_id: int | None = None,
        now: dt.datetime | None = None,
    ) -> IncidentView:
        now = now or utcnow()
        errors: dict[str, str] = {}
        name = _clean(name, MAX_NAME, "name")
        facts = _clean(facts, MAX_FACTS, "facts")
        standards = _clean(standards, MAX_FACTS, "standards")
        if not name:
            errors["name"] = Said(
                "give it a name agents recognise, such as “AUR-1127 fire on board”"
            )
        if not facts:
            errors["facts"] = Said(
                "write what agents may tell customers now (you can edit it later)"
            )
        if errors:
            raise FieldErrors(errors)
        with self.db.write() as conn:
            self._require_supervisor(
                conn, actor_id, Said("Only a supervisor can declare a disruption.")
            )
            if (
                queue_id is not None
                and conn.scalar(select(_Q.c.id).where(_Q.c.id == queue_id)) is None
            ):
                raise FieldErrors({"queue": Said("there is no queue {id}", id=queue_id)})
            iid = conn.execute(
                insert(_I).values(name=name, state=OPEN, standards=standards, queue_id=queue_id,
                                  created_by=actor_id, created_at=now, version=1)
                .returning(_I.c.id)
            ).scalar_one()  # fmt: skip
            conn.execute(insert(_F).values(incident_id=iid, facts=facts, standards=standards,
                                           written_by=actor_id, written_at=now))  # fmt: skip
            record_event(conn, actor_id=actor_id, entity="incident", entity_id=iid,
                         action="declared", to_state=OPEN, data={"name": name})  # fmt: skip
            announce(conn, TOPIC, id=iid)
            return self._get(conn, iid)

    def update_facts(
        self,
        incident_id: int,
        actor_id: int,
        facts: str,
        *,
        standards: str | None = None,
        version: int | None = None,
        now: dt.datetime | None = None,
    ) -> IncidentView:
        """New facts (and standards) for every agent, as a new timestamped edit. With
        ``version``, an edit based on an older version is refused, naming who changed it."""
        now = now or utcnow()
        facts = _clean(facts, MAX_FACTS, "facts")
        if not facts:
            raise FieldErrors(
                {"facts": Said("agents need something to say: the facts cannot be empty")}
            )
        with self.db.write() as conn:
            self._require_supervisor(
                conn, actor_id, Said("Only a supervisor can edit a disruption's facts.")
            )
            current = self._get(conn, incident_id)
            if not current.is_open:
                raise UserFacingError(
                    Said("“{name}” is closed: its facts no longer change.", name=current.name)
                )
            if version is not None and version != current.version:
                raise ConflictError(
                    Said("{who} changed the facts of “{name}” at {time} UTC while you were "
                         "editing: your text is kept; reload to see theirs.",
                         who=current.facts_by, name=current.name,
                         time=Moment(current.facts_at, "time")),
                    changed_by=current.facts_by, current_version=current.version,
                )  # fmt: skip
            new_standards = (
                current.standards
                if standards is None
                else _clean(standards, MAX_FACTS, "standards")
            )
            conn.execute(insert(_F).values(incident_id=incident_id, facts=facts,
                                           standards=new_standards, written_by=actor_id,
                                           written_at=now))  # fmt: skip
            conn.execute(
                update(_I).where(_I.c.id == incident_id)
                .values(standards=new_standards, version=_I.c.version + 1)
            )  # fmt: skip
            record_event(conn, actor_id=actor_id, entity="incident", entity_id=incident_id,
                         action="facts_edited")  # fmt: skip
            announce(conn, TOPIC, id=incident_id)
            return self._get(conn, incident_id)

    def history(self, incident_id: int) -> list[FactsEdit]:
        with self.db.read() as conn:
            rows = conn.execute(
                select(_F.c.facts, _F.c.standards, _U.c.display_name, _F.c.written_at)
                .select_from(_F.outerjoin(_U, _U.c.id == _F.c.written_by))
                .where(_F.c.incident_id == incident_id).order_by(_F.c.id.desc())
            ).all()  # fmt: skip
        return [FactsEdit(r[0], r[1], r[2] or "", r[3]) for r in rows]

    def close(
        self, incident_id: int, actor_id: int, now: dt.datetime | None = None
    ) -> IncidentView:
        now = now or utcnow()
        with self.db.write() as conn:
            self._require_supervisor(
                conn, actor_id, Said("Only a supervisor can close a disruption.")
            )
            current = self._get(conn, incident_id)
            if not current.is_open:
                return current
            conn.execute(
                update(_I).where(_I.c.id == incident_id, _I.c.state == OPEN)
                .values(state=CLOSED, closed_by=actor_id, closed_at=now,
                        version=_I.c.version + 1)
            )  # fmt: skip
            record_event(conn, actor_id=actor_id, entity="incident", entity_id=incident_id,
                         action="closed", from_state=OPEN, to_state=CLOSED)  # fmt: skip
            self._reprioritise(conn, incident_id, now)
            announce(conn, TOPIC, id=incident_id)
            return self._get(conn, incident_id)

    # ---- who is affected ---------------------------------------------------------------------

    def add_accounts(
        self, incident_id: int, actor_id: int, text: str, now: dt.datetime | None = None
    ) -> AffectedReport:
        """Add the customers listed by account or booking number: every line must match one
        customer, else nothing is added and the report says which lines and why."""
        now = now or utcnow()
        wanted = parse_accounts(text)
        if not wanted:
            raise FieldErrors(
                {"accounts": Said("the list is empty: one account or booking per line")}
            )
        if len(wanted) > MAX_ACCOUNTS:
            raise FieldErrors({"accounts": Said("at most {n:,} lines at a time", n=MAX_ACCOUNTS)})
        with self.db.write() as conn:
            self._require_supervisor(conn, actor_id, _CHANGE_AFFECTED_REFUSAL)
            self._require_open(conn, incident_id)
            values = {v for _, v in wanted if v}
            by_account = self._match_column(conn, _C.c.account_no, values)
            missing = values - set(by_account)
            by_booking = self._match_field(conn, "booking", missing) if missing else {}
            problems: list[RowProblem] = []
            seen: dict[str, int] = {}
            ids: set[int] = set()
            for line, value in wanted:
                if not value:
                    problems.append(RowProblem(line, value, Said("no account or booking number")))
                    continue
                if value in seen:
                    problems.append(
                        RowProblem(line, value, Said("repeats line {line}", line=seen[value]))
                    )
                    continue
                seen[value] = line
                found = by_account.get(value) or by_booking.get(value)
                if not found:
                    problems.append(RowProblem(line, value, Said(
                        "no customer has this account or booking number")))  # fmt: skip
                elif len(found) > 1:
                    problems.append(RowProblem(line, value, Said(
                        "{n} customers share this booking: list their account numbers",
                        n=len(found))))  # fmt: skip
                else:
                    ids.add(found[0])
            if problems:
                return AffectedReport(len(ids), 0, 0, tuple(problems))
            added, already = self._add(conn, incident_id, actor_id, ids, now)
            return AffectedReport(len(ids), added, already)

    def add_matching(
        self,
        incident_id: int,
        actor_id: int,
        field: str,
        value: str,
        now: dt.datetime | None = None,
    ) -> AffectedReport:
        """Add every customer whose field equals the value (a custom field such as voyage or
        flight, or country, language, time_zone)."""
        now = now or utcnow()
        field, value = field.strip(), value.strip()
        errors: dict[str, str] = {}
        if not _FIELD_NAME.match(field):
            errors["field"] = Said("a customer field name such as voyage or flight")
        if not value:
            errors["value"] = Said("the value to match, such as AUR-1127")
        if errors:
            raise FieldErrors(errors)
        with self.db.write() as conn:
            self._require_supervisor(conn, actor_id, _CHANGE_AFFECTED_REFUSAL)
            self._require_open(conn, incident_id)
            if field in BUILTIN_FIELDS:
                col = _C.c[BUILTIN_FIELDS[field]]
                ids = set(conn.scalars(select(_C.c.id).where(col == value)))
            else:
                ids = {i for found in self._match_field(conn, field, {value}).values()
                       for i in found}  # fmt: skip
            if not ids:
                nobody = RowProblem(0, f"{field} = {value}", Said("no customer matches"))
                return AffectedReport(0, 0, 0, (nobody,))
            added, already = self._add(conn, incident_id, actor_id, ids, now)
            return AffectedReport(len(ids), added, already)

    @staticmethod
    def _match_column(conn: Connection, column: Any, values: set[str]) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        ordered = sorted(values)
        for i in range(0, len(ordered), CHUNK):
            chunk = ordered[i : i + CHUNK]
            for cid, value in conn.execute(select(_C.c.id, column).where(column.in_(chunk))):
                out.setdefault(str(value), []).append(int(cid))
        return out

    @staticmethod
    def _match_field(conn: Connection, field: str, values: set[str]) -> dict[str, list[int]]:
        """Customers by a custom field's value (one pass over the field, any number of values)."""
        extracted: Any
        if conn.dialect.name == SQLITE:
            extracted = func.json_extract(_C.c.custom_fields, f'$."{field}"')
        else:
            extracted = _C.c.custom_fields.op("->>")(field)
        out: dict[str, list[int]] = {}
        ordered = sorted(values)
        for i in range(0, len(ordered), CHUNK):
            chunk = ordered[i : i + CHUNK]
            rows = conn.execute(select(_C.c.id, extracted).where(extracted.in_(chunk)))
            for cid, value in rows:
                out.setdefault(str(value), []).append(int(cid))
        return out

    def _add(
        self, conn: Connection, incident_id: int, actor_id: int, ids: set[int], now: dt.datetime
    ) -> tuple[int, int]:
        have = set(conn.scalars(select(_IC.c.customer_id).where(_IC.c.incident_id == incident_id)))
        new = sorted(ids - have)
        if new:
            name = conn.scalar(select(_I.c.name).where(_I.c.id == incident_id)) or ""
            facts = self._current_facts(conn, incident_id)
            for i in range(0, len(new), CHUNK):
                chunk = new[i : i + CHUNK]
                conn.execute(insert(_IC), [
                    {"incident_id": incident_id, "customer_id": c, "added_at": now,
                     "added_by": actor_id} for c in chunk
                ])  # fmt: skip
                conn.execute(insert(_IX), [
                    {"customer_id": c, "kind": InteractionKind.INCIDENT.value,
                     "direction": "internal", "agent_id": actor_id, "started_at": now,
                     "ended_at": None, "outcome": "affected",
                     "summary": f"Affected by the disruption “{name}”.\nFacts: {facts}",
                     "version": 1} for c in chunk
                ])  # fmt: skip
            record_event(conn, actor_id=actor_id, entity="incident", entity_id=incident_id,
                         action="customers_added", data={"added": len(new)})  # fmt: skip
            self._reprioritise(conn, incident_id, now)
            announce(conn, TOPIC, id=incident_id)
        return len(new), len(ids) - len(new)

    @staticmethod
    def _reprioritise(conn: Connection, incident_id: int, now: dt.datetime) -> int:
        """Re-score the open callbacks of this disruption's customers (joining or leaving an
        open disruption moves them in every queue)."""
        from console.services.priority import reprioritise_customer

        customers = list(conn.scalars(
            select(_CB.c.customer_id.distinct()).where(
                OPEN_SQL,
                _CB.c.customer_id.in_(
                    select(_IC.c.customer_id).where(_IC.c.incident_id == incident_id)
                ),
            )
        ))  # fmt: skip
        for customer in customers:
            reprioritise_customer(conn, customer, now)
        if customers:
            announce(conn, "callbacks")
        return len(customers)

    # ---- reading -----------------------------------------------------------------------------

    @staticmethod
    def _require_open(conn: Connection, incident_id: int) -> None:
        state = conn.scalar(select(_I.c.state).where(_I.c.id == incident_id))
        if state is None:
            raise NotFoundError(Said("There is no disruption {id}.", id=incident_id))
        if state != OPEN:
            raise UserFacingError(Said("This disruption is closed: open a new one for new news."))

    @staticmethod
    def _current_facts(conn: Connection, incident_id: int) -> str:
        return str(
            conn.scalar(
                select(_F.c.facts).where(_F.c.incident_id == incident_id)
                .order_by(_F.c.id.desc()).limit(1)
            ) or ""
        )  # fmt: skip

    @staticmethod
    def _views(conn: Connection, where: Any) -> list[IncidentView]:
        latest = (
            select(_F.c.incident_id, func.max(_F.c.id).label("fid"))
            .group_by(_F.c.incident_id).subquery()
        )  # fmt: skip
        writer = _U.alias("writer")
        creator = _U.alias("creator")
        affected = (
            select(func.count()).select_from(_IC).where(_IC.c.incident_id == _I.c.id)
            .scalar_subquery()
        )  # fmt: skip
        rows = conn.execute(
            select(_I.c.id, _I.c.name, _I.c.state, _F.c.facts, _F.c.standards, _F.c.written_at,
                   writer.c.display_name, _I.c.queue_id, _Q.c.name, _I.c.created_at,
                   creator.c.display_name, _I.c.closed_at, affected, _I.c.version)
            .select_from(
                _I.join(latest, latest.c.incident_id == _I.c.id)
                .join(_F, _F.c.id == latest.c.fid)
                .outerjoin(writer, writer.c.id == _F.c.written_by)
                .outerjoin(creator, creator.c.id == _I.c.created_by)
                .outerjoin(_Q, _Q.c.id == _I.c.queue_id)
            )
            .where(where)
            .order_by(_I.c.created_at.desc(), _I.c.id.desc())
        ).all()  # fmt: skip
        return [
            IncidentView(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7], r[8] or "",
                         r[9], r[10] or "", r[11], int(r[12] or 0), int(r[13]))
            for r in rows
        ]  # fmt: skip

    def _get(self, conn: Connection, incident_id: int) -> IncidentView:
        found = self._views(conn, _I.c.id == incident_id)
        if not found:
            raise NotFoundError(Said("There is no disruption {id}.", id=incident_id))
        return found[0]

    def get(self, incident_id: int) -> IncidentView:
        with self.db.read() as conn:
            return self._get(conn, incident_id)

    def open_incidents(self) -> list[IncidentView]:
        """What the banner shows on every console: open disruptions, newest first."""
        with self.db.read() as conn:
            return self._views(conn, _I.c.state == OPEN)

    def recent(self, days: int = 30, now: dt.datetime | None = None) -> list[IncidentView]:
        """Open disruptions and those closed in the last ``days`` (the dashboard panel)."""
        now = now or utcnow()
        with self.db.read() as conn:
            return self._views(
                conn, (_I.c.state == OPEN) | (_I.c.closed_at >= now - dt.timedelta(days=days))
            )

    def for_customer(self, customer_id: int) -> list[IncidentView]:
        """The open disruptions this customer is part of (card and screen-pop)."""
        with self.db.read() as conn:
            return for_customer(conn, customer_id)

    def marked(self, customer_ids: Iterable[int]) -> dict[int, list[str]]:
        """Names of the open disruptions each of these customers is in (search results)."""
        ids = sorted(set(customer_ids))
        if not ids:
            return {}
        with self.db.read() as conn:
            return marked(conn, ids)

    # ---- proactive callbacks -----------------------------------------------------------------

    def create_callbacks(
        self,
        incident_id: int,
        actor_id: int,
        *,
        progress: Progress = no_progress,
        now: dt.datetime | None = None,
    ) -> CallbackRun:
        """Promise a callback to every affected customer with none open: the most urgent
        first, each in the customer's next calling window, spread over the queue's agents
        (two promises per agent per quarter hour) so that the promises can be kept."""
        now = now or utcnow()
        started = time.monotonic()
        with self.db.write() as conn:
            self._require_supervisor(
                conn, actor_id, Said("Only a supervisor can create callbacks for a disruption.")
            )
            self._require_open(conn, incident_id)
            inc = conn.execute(select(_I.c.name, _I.c.queue_id).where(_I.c.id == incident_id)).one()
            queue_id = inc.queue_id
            if queue_id is None:
                raise FieldErrors(
                    {"queue": Said("choose the queue that will make these callbacks")}
                )
            members = int(
                conn.scalar(select(func.count()).select_from(_UQ).where(_UQ.c.queue_id == queue_id))
                or 0
            )
            has_open = exists().where(_CB.c.customer_id == _C.c.id, OPEN_SQL)
            affected = select(_IC.c.customer_id).where(_IC.c.incident_id == incident_id)
            rows = conn.execute(
                select(_C.c.id, _C.c.time_zone, _C.c.country, _C.c.do_not_call, _C.c.tags,
                       _C.c.custom_fields, has_open.label("has_open"))
                .where(_C.c.id.in_(affected))
            ).all()  # fmt: skip
            total = len(rows)
            had_open = sum(1 for r in rows if r.has_open)
            dnc = sum(1 for r in rows if not r.has_open and r.do_not_call)
            todo = [r for r in rows if not r.has_open and not r.do_not_call]
            progress(0, max(1, len(todo)), "planning")
            phones = self._primary_phones(conn, [r.id for r in todo])
            broken: dict[int, int] = dict(conn.execute(
                select(_CB.c.customer_id, func.count())
                .where(_CB.c.customer_id.in_(affected),
                       _CB.c.state.in_((CallbackState.BROKEN.value, CallbackState.FAILED.value)),
                       _CB.c.closed_at >= now - BROKEN_LOOKBACK)
                .group_by(_CB.c.customer_id)
            ).tuples().all())  # fmt: skip
            rules = load_rules(conn)
            scored = []
            for r in todo:
                if r.id not in phones:
                    continue
                fields = dict(r.custom_fields or {})
                score = evaluate(rules, tags=list(r.tags or ()), custom_fields=fields,
                                 broken_promises=int(broken.get(r.id, 0)),
                                 today=_local_today(now, r.time_zone),
                                 in_open_incident=True)  # fmt: skip
                departure = str(fields.get("departure_date") or "9999")
                scored.append((-score.points, departure, r.id, r, score))
            scored.sort(key=lambda s: s[:3])
            no_phone = len(todo) - len(scored)
            capacity = max(1, members) * PER_AGENT_PER_STEP
            policies: dict[str, scheduling.CallingPolicy] = {}
            created: list[dict[str, Any]] = []
            no_window = 0
            for i, (_, _, cid, r, score) in enumerate(scored):
                country = r.country or ""
                if country not in policies:
                    policies[country] = CallbackService.calling_policy(conn, queue_id, country)
                earliest = now + (i // capacity) * SPREAD_STEP
                try:
                    slot = scheduling.next_slot(earliest, r.time_zone, policies[country])
                except ValidationError:
                    slot = None
                if slot is None:
                    no_window += 1
                    continue
                created.append({
                    "customer_id": cid, "phone_e164": phones[cid], "queue_id": queue_id,
                    "owner_id": None, "created_by": actor_id, "created_at": now,
                    "window_start": slot.start, "window_end": slot.end, "zone": slot.zone,
                    "asap": True,
                    "promise": str(scheduling.promise_sentence(slot, now=now, relative=False)),
                    "note": f"Disruption: {inc.name}", "priority": score.points,
                    "priority_reasons": list(score.reasons), "state": PENDING,
                    "due_at": slot.start, "attempts": 0, "last_outcome": "",
                    "updated_at": now, "updated_by": actor_id, "version": 1,
                    "incident_id": incident_id,
                })  # fmt: skip
                if (i + 1) % CHUNK == 0:
                    progress(i + 1, len(todo), "planning")
            for i in range(0, len(created), CHUNK):
                chunk = created[i : i + CHUNK]
                ids = conn.execute(
                    insert(_CB).returning(_CB.c.id, sort_by_parameter_order=True), chunk
                ).scalars().all()  # fmt: skip
                conn.execute(insert(_EV), [
                    {"occurred_at": now, "actor_id": actor_id, "entity": "callback",
                     "entity_id": cb_id, "action": "scheduled", "from_state": "",
                     "to_state": PENDING, "reason": f"disruption {incident_id}",
                     "data": {"customer_id": row["customer_id"], "incident_id": incident_id,
                              "queue_id": queue_id}}
                    for cb_id, row in zip(ids, chunk, strict=True)
                ])  # fmt: skip
                conn.execute(insert(_IX), [
                    {"customer_id": row["customer_id"], "kind": InteractionKind.CALLBACK.value,
                     "direction": "internal", "agent_id": actor_id, "started_at": now,
                     "ended_at": None, "outcome": "scheduled",
                     "summary": f"Callback promised because of “{inc.name}”: {row['promise']}",
                     "version": 1}
                    for row in chunk
                ])  # fmt: skip
                progress(i + len(chunk), len(created), "saving")
            if not created:
                progress(1, 1, "saving")
            record_event(conn, actor_id=actor_id, entity="incident", entity_id=incident_id,
                         action="callbacks_created",
                         data={"created": len(created), "affected": total})  # fmt: skip
            announce(conn, "callbacks")
            announce(conn, TOPIC, id=incident_id)
        dues = [c["due_at"] for c in created]
        return CallbackRun(
            created=len(created), had_open=had_open, do_not_call=dnc, no_phone=no_phone,
            no_window=no_window, seconds=time.monotonic() - started,
            first_due=min(dues) if dues else None, last_due=max(dues) if dues else None,
        )  # fmt: skip

    @staticmethod
    def _primary_phones(conn: Connection, customer_ids: Sequence[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for i in range(0, len(customer_ids), CHUNK):
            chunk = customer_ids[i : i + CHUNK]
            rows = conn.execute(
                select(_P.c.customer_id, _P.c.e164).where(_P.c.customer_id.in_(chunk))
                .order_by(_P.c.customer_id, _P.c.is_primary.desc(), _P.c.id)
            )  # fmt: skip
            for cid, e164 in rows:
                out.setdefault(int(cid), e164)
        return out

    # ---- the dashboard panel -----------------------------------------------------------------

    def panel(self, viewer_id: int | None, now: dt.datetime | None = None) -> list[IncidentStats]:
        """Per disruption (open, or closed in the last 30 days): affected, reached, pending,
        broken promises and the average wait from declaration to reaching the customer."""
        now = now or utcnow()
        out: list[IncidentStats] = []
        with self.db.read() as conn:
            if viewer_id is not None:
                self._require_supervisor(
                    conn, viewer_id, Said("Only a supervisor can see the disruption figures.")
                )
            views = self._views(
                conn, (_I.c.state == OPEN) | (_I.c.closed_at >= now - dt.timedelta(days=30))
            )
            for v in views:
                counts: dict[str, int] = dict(conn.execute(
                    select(_CB.c.state, func.count()).where(_CB.c.incident_id == v.id)
                    .group_by(_CB.c.state)
                ).tuples().all())  # fmt: skip
                overdue = int(conn.scalar(
                    select(func.count()).select_from(_CB)
                    .where(_CB.c.incident_id == v.id, OPEN_SQL, _CB.c.window_end < now)
                ) or 0)  # fmt: skip
                reached_at = list(conn.scalars(
                    select(_CB.c.closed_at).where(
                        _CB.c.incident_id == v.id,
                        _CB.c.state.in_((CallbackState.KEPT.value, CallbackState.BROKEN.value)),
                    )
                ))  # fmt: skip
                promised = exists().where(
                    _CB.c.customer_id == _IC.c.customer_id,
                    (_CB.c.incident_id == v.id) | OPEN_SQL,
                )
                without = int(conn.scalar(
                    select(func.count()).select_from(_IC)
                    .where(_IC.c.incident_id == v.id, ~promised)
                ) or 0)  # fmt: skip
                waits = [(t - v.created_at).total_seconds() for t in reached_at if t]
                out.append(IncidentStats(
                    incident=v, affected=v.affected,
                    reached=len(reached_at),
                    pending=int(counts.get(PENDING, 0)) + int(counts.get(CLAIMED, 0)),
                    broken=int(counts.get(CallbackState.BROKEN.value, 0))
                    + int(counts.get(CallbackState.FAILED.value, 0)) + overdue,
                    no_callback=without,
                    avg_wait_s=sum(waits) / len(waits) if waits else None,
                ))  # fmt: skip
        return out


def _local_today(now: dt.datetime, zone: str) -> dt.date:
    try:
        return now.astimezone(scheduling.check_zone(zone)).date()
    except ValidationError:
        return now.date()


def for_customer(conn: Connection, customer_id: int) -> list[IncidentView]:
    """Open disruptions this customer is part of (inside a caller's transaction)."""
    mine = select(_IC.c.incident_id).where(_IC.c.customer_id == customer_id)
    return IncidentService._views(conn, and_(_I.c.state == OPEN, _I.c.id.in_(mine)))


_MARKED_ONE = Prepared(
    select(_IC.c.customer_id, _I.c.name)
    .select_from(_IC.join(_I, _I.c.id == _IC.c.incident_id))
    .where(_I.c.state == OPEN, _IC.c.customer_id == bindparam("cid"))
    .order_by(_I.c.created_at)
)  # fmt: skip


def marked(conn: Connection, customer_ids: Sequence[int]) -> dict[int, list[str]]:
    """The open disruptions each customer is part of (names, oldest first)."""
    out: dict[int, list[str]] = {}
    if len(customer_ids) == 1:  # the card and the screen-pop: a statement built once
        names = [str(name) for _cid, name in _MARKED_ONE.all(conn, {"cid": customer_ids[0]})]
        return {int(customer_ids[0]): names} if names else {}
    for i in range(0, len(customer_ids), CHUNK):
        chunk = customer_ids[i : i + CHUNK]
        rows = conn.execute(
            select(_IC.c.customer_id, _I.c.name)
            .select_from(_IC.join(_I, _I.c.id == _IC.c.incident_id))
            .where(_I.c.state == OPEN, _IC.c.customer_id.in_(chunk))
            .order_by(_I.c.created_at)
        )  # fmt: skip
        for cid, name in rows:
            out.setdefault(int(cid), []).append(str(name))
    return out
