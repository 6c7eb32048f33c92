"""Callbacks: every promised callback is kept, on the customer's clock, or visibly handed on.

A callback is a promise with a deadline. The rules this module keeps:

- The time is chosen in the customer's zone, inside their calling window, never on a public
  holiday there and never in a daylight-saving gap or fold without an explicit choice
  (console.scheduling does the arithmetic).
- Work order: overdue first, then priority, then due time. ``claim_next`` takes the top item
  atomically (``FOR UPDATE SKIP LOCKED`` on PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` write
  transaction serialises claims), so no callback is ever worked by two agents.
- A personal callback nobody acted on within the queue's grace period after its window
  opened, or whose owner is off shift, moves to its queue (``sweep``) exactly once, even with
  many consoles sweeping at the same time: the move is a conditional UPDATE and only the
  console whose UPDATE changed the row records it.
- Outcomes: reached, no answer, busy, voicemail, wrong number, reschedule. Unanswered
  attempts retry by the queue's steps up to its maximum, then the callback fails and needs a
  supervisor. Final states: kept (reached inside the window plus the queue's tolerance),
  broken (reached late), failed, cancelled.
- Every state change is in the event log; scheduling, attempts, hand-on, reassignment and
  the final state are also on the customer's timeline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Connection,
    Integer,
    Table,
    Text,
    and_,
    bindparam,
    case,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    union_all,
    update,
)
from sqlalchemy import (
    cast as cast_,
)

from console import phones, scheduling
from console.errors import (
    ConflictError,
    FieldErrors,
    Moment,
    NotFoundError,
    Said,
    UserFacingError,
    ValidationError,
    joined,
)
from console.scheduling import CallingPolicy, Slot
from console.services.audit import record_event
from console.services.priority import score_customer
from console.services.users import require_supervising
from console.storage.db import Database
from console.storage.dialect import (
    CHANGES_CHANNEL,
    POSTGRESQL,
    announce,
    constant,
    fixed_limit,
)
from console.storage.models import (
    OPEN_CALLBACK_STATES,
    Callback,
    CallbackState,
    CallingWindow,
    Customer,
    CustomerPhone,
    Event,
    Interaction,
    InteractionKind,
    Queue,
    User,
    UserQueue,
    utcnow,
)
from console.storage.prepared import Prepared

OUTCOMES = ("reached", "no_answer", "busy", "voicemail", "wrong_number", "reschedule")
OUTCOME_LABELS = {
    "reached": "reached",
    "no_answer": "no answer",
    "busy": "busy",
    "voicemail": "voicemail left",
    "wrong_number": "wrong number",
    "reschedule": "asked to reschedule",
}
# The outcomes as a sentence says them to the agent (OUTCOME_LABELS are the stored words).
OUTCOME_WORDS = {
    "reached": Said("reached"),
    "no_answer": Said("no answer"),
    "busy": Said("busy"),
    "voicemail": Said("voicemail left"),
    "wrong_number": Said("wrong number"),
    "reschedule": Said("asked to reschedule"),
}
# A callback's state as a sentence says it ("This callback is already kept").
STATE_WORDS = {
    "pending": Said("pending"),
    "claimed": Said("claimed"),
    "kept": Said("kept"),
    "broken": Said("broken"),
    "failed": Said("failed"),
    "cancelled": Said("cancelled"),
}
UNANSWERED = ("no_answer", "busy", "voicemail")
MODES = ("at", "asap", "next_window")
OWNERS = ("me", "queue")
# A claim nobody finished (a crash, a forgotten tab) returns to the work list after this.
CLAIM_TIMEOUT = dt.timedelta(hours=1)
MAX_NOTE = 4000
MIN_DURATION, MAX_DURATION = 5, 240
BUCKETS = ("overdue", "due", "today", "upcoming", "closed")
_STEP = re.compile(r"^\+(\d{1,4})([mhd])$")

_CB = cast(Table, Callback.__table__)
_C = Customer.__table__
_P = CustomerPhone.__table__
_Q = Queue.__table__
_U = User.__table__
_UQ = UserQueue.__table__
_W = CallingWindow.__table__


@dataclass(frozen=True)
class CallbackView:
    id: int
    customer_id: int
    customer_name: str
    phone_e164: str
    queue_id: int | None
    queue: str
    owner_id: int | None
    owner: str
    window_start: dt.datetime
    window_end: dt.datetime
    zone: str
    asap: bool
    promise: str
    note: str
    priority: int
    priority_reasons: tuple[str, ...]
    state: str
    due_at: dt.datetime
    attempts: int
    max_attempts: int
    last_outcome: str
    claimed_by_id: int | None
    claimed_by: str
    handed_on_at: dt.datetime | None
    handed_from: str
    snoozed_until: dt.datetime | None
    closed_at: dt.datetime | None
    created_at: dt.datetime
    version: int

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_CALLBACK_STATES

    @property
    def phone_display(self) -> str:
        return phones.display(self.phone_e164)

    def is_overdue(self, now: dt.datetime) -> bool:
        """The promised window has passed and nobody has reached the customer."""
        return self.is_open and now > self.window_end

    def bucket(self, now: dt.datetime, zone: str) -> str:
        """overdue, due (now), today, upcoming (in the viewer's zone) or closed."""
        if not self.is_open:
            return "closed"
        if self.is_overdue(now):
            return "overdue"
        if self.due_at <= now:
            return "due"
        tz = _zone_or_utc(zone)
        if self.due_at.astimezone(tz).date() == now.astimezone(tz).date():
            return "today"
        return "upcoming"

    @property
    def slot(self) -> Slot:
        return Slot(self.window_start, self.window_end, self.zone)


@dataclass(frozen=True)
class ScheduleRequest:
    """What the agent chose in the callback form (or an IVR sent through the CLI)."""

    customer_id: int
    mode: str = "at"  # "at", "asap" or "next_window"
    # Wall-clock time in the customer's zone (naive), for mode "at".
    local_start: dt.datetime | None = None
    # For a wall-clock time that happens twice (clocks going back): 0 = first, 1 = second.
    fold: int | None = None
    duration_minutes: int = 30
    phone_e164: str = ""  # empty: the customer's primary number
    note: str = ""
    owner: str = "me"  # "me" or "queue"
    queue_id: int | None = None  # empty: the agent's first queue


@dataclass(frozen=True)
class Plan:
    """A checked slot and the sentence the agent reads back; nothing is saved yet."""

    slot: Slot
    promise: str
    customer_zone: str
    agent_zone: str
    phone_e164: str
    queue_id: int
    policy_text: str


@dataclass(frozen=True)
class OutcomeResult:
    callback: CallbackView
    # The follow-up when the customer asked for another time.
    rescheduled: CallbackView | None = None


@dataclass(frozen=True)
class SweepResult:
    handed_on: tuple[CallbackView, ...] = ()
    released: tuple[CallbackView, ...] = ()


@dataclass(frozen=True)
class QueuePolicy:
    queue_id: int
    name: str
    retry_steps: tuple[str, ...]
    max_attempts: int
    grace: dt.timedelta
    tolerance: dt.timedelta


@dataclass(frozen=True)
class ListFilter:
    owner_id: int | None = None
    queue_ids: tuple[int, ...] = ()
    states: tuple[str, ...] = OPEN_CALLBACK_STATES
    due_before: dt.datetime | None = None
    overdue_at: dt.datetime | None = None
    customer_id: int | None = None
    ids: tuple[int, ...] = ()
    limit: int = 500


# ---- statements ------------------------------------------------------------------------------

_OWNER = _U.alias("owner_u")
_CLAIMER = _U.alias("claimer_u")
_FROM = _U.alias("from_u")


def _view_of(cb: Any) -> Any:
    """The list row of a callback: ``cb`` is the callbacks table or a CTE with its columns."""
    return select(
        cb.c.id, cb.c.customer_id, _C.c.full_name, cb.c.phone_e164, cb.c.queue_id,
        _Q.c.name.label("queue_name"), cb.c.owner_id, _OWNER.c.display_name.label("owner_name"),
        cb.c.window_start, cb.c.window_end, cb.c.zone, cb.c.asap, cb.c.promise, cb.c.note,
        cb.c.priority, cb.c.priority_reasons, cb.c.state, cb.c.due_at, cb.c.attempts,
        _Q.c.max_attempts, cb.c.last_outcome, cb.c.claimed_by,
        _CLAIMER.c.display_name.label("claimer_name"), cb.c.handed_on_at,
        _FROM.c.display_name.label("from_name"), cb.c.snoozed_until, cb.c.closed_at,
        cb.c.created_at, cb.c.version,
    ).select_from(
        cb.join(_C, _C.c.id == cb.c.customer_id)
        .outerjoin(_Q, _Q.c.id == cb.c.queue_id)
        .outerjoin(_OWNER, _OWNER.c.id == cb.c.owner_id)
        .outerjoin(_CLAIMER, _CLAIMER.c.id == cb.c.claimed_by)
        .outerjoin(_FROM, _FROM.c.id == cb.c.handed_from)
    )  # fmt: skip


_VIEW = _view_of(_CB)


def work_order(now: Any) -> tuple[Any, ...]:
    """Overdue first, then priority, then due time (and id, so the order is total)."""
    return (
        case((_CB.c.window_end < now, 0), else_=1),
        _CB.c.priority.desc(),
        _CB.c.due_at,
        _CB.c.id,
    )


# The partial indexes hold open work only. A planner uses one only when the query repeats its
# condition with the same literals (SQLite never matches a bound parameter against them), so
# these conditions are SQL text, written exactly as in the migration.
OPEN_SQL = text("callbacks.state IN ('pending', 'claimed')")
QUEUE_OPEN_SQL = text("callbacks.state = 'pending' AND callbacks.owner_id IS NULL")
CLAIMED_SQL = text("callbacks.state = 'claimed'")

# Built once (the card and every screen-pop read it): open promises of one customer.
_OPEN_FOR_CUSTOMER = Prepared(
    _VIEW.where(_CB.c.customer_id == bindparam("cid", type_=Integer), OPEN_SQL)
    .order_by(_CB.c.window_start, _CB.c.id)
    .limit(20)
)


def _mine_ids(me: Any, queues: Any | None, *, due: Any | None = None) -> Any:
    """Ids of my open work (mine, claimed by me, and optionally my queues'), each branch
    answered by its own partial index instead of one OR that scans the table."""
    parts = [
        select(_CB.c.id).where(_CB.c.owner_id == me, OPEN_SQL),
        select(_CB.c.id).where(_CB.c.claimed_by == me, CLAIMED_SQL),
    ]
    if queues is not None:
        parts.append(select(_CB.c.id).where(QUEUE_OPEN_SQL, _CB.c.queue_id.in_(queues)))
    if due is not None:
        parts = [p.where(_CB.c.due_at <= due) for p in parts]
    return union_all(*parts)


# Claim-next walks the work-order index (pending only: priority, due time, id) and stops at the
# first row that is mine or my queues'; two probes keep "overdue first" without sorting every
# due row: first the overdue, then the rest. Rows another agent is claiming right now are
# skipped (PostgreSQL SKIP LOCKED); SQLite ignores FOR UPDATE, its write lock serialises.
PENDING_SQL = text("callbacks.state = 'pending'")


def _claim_probe(my_queues: Any) -> Any:
    """The first pending, due callback that is mine or in ``my_queues`` (an expanding
    parameter on SQLite, a subquery on PostgreSQL), in work order, skipping rows held."""
    now = bindparam("now", type_=_CB.c.due_at.type)
    me = bindparam("me", type_=Integer)
    return (
        select(_CB.c.id)
        .where(PENDING_SQL, _CB.c.due_at <= now,
               or_(_CB.c.owner_id == me,
                   and_(_CB.c.owner_id.is_(None), _CB.c.queue_id.in_(my_queues))))
        .order_by(_CB.c.priority.desc(), _CB.c.due_at, _CB.c.id)
        .limit(fixed_limit(1))
        .with_for_update(skip_locked=True)
    )  # fmt: skip


_CLAIM_PROBE = _claim_probe(bindparam("queues", expanding=True))
_CLAIM_OVERDUE = _CLAIM_PROBE.where(_CB.c.window_end < bindparam("now"))
_CLAIM_DUE = _CLAIM_PROBE.where(_CB.c.window_end >= bindparam("now"))


def _claim_in_one_statement() -> Any:
    """PostgreSQL's claim-next as one statement, one round trip, no BEGIN/COMMIT: pick the
    top row I may take (the pick below, skipping rows other agents hold), mark it claimed,
    log the event, notify the other consoles and return the list row. The multi-statement
    path takes ten round trips; with eight agents on one server that waiting was most of a
    claim's time.

    The pick is a CTE joined to the UPDATE (UPDATE … FROM pick), not a subquery in its
    WHERE: when another agent has just changed the row, PostgreSQL rechecks it (EvalPlanQual)
    and would evaluate a subquery's probes again, which under load made a claim find
    nothing although callbacks were due; a CTE is evaluated once."""
    now = bindparam("now", type_=_CB.c.due_at.type)
    me = bindparam("me", type_=Integer)
    pick = select(_PICK_IN_ONE_STATEMENT.selected_columns[0].label("id")).cte("pick")
    claimed = (
        update(_CB)
        .where(_CB.c.id == pick.c.id, PENDING_SQL)
        .values(state=CallbackState.CLAIMED.value, claimed_by=me, claimed_at=now,
                updated_at=now, updated_by=me, version=_CB.c.version + 1)
        .returning(*_CB.c)
        .cte("claimed")
    )  # fmt: skip
    logged, told = _logged_and_told(claimed, "claimed", "pending", CallbackState.CLAIMED.value)
    return _view_of(claimed).add_columns(told).add_cte(logged)


def _logged_and_told(changed: Any, action: str, before: str, after: str) -> tuple[Any, Any]:
    """For a one-statement change (``changed``: a CTE of the rows changed, with ``id``): the
    event rows it logs (a CTE to add) and the notification it sends (a column to select)."""
    me = bindparam("me", type_=Integer)
    ev = cast(Table, Event.__table__)
    logged = (
        insert(ev)
        .from_select(
            ["occurred_at", "actor_id", "entity", "entity_id", "action", "from_state",
             "to_state", "reason", "data"],
            select(bindparam("logged_at", type_=ev.c.occurred_at.type), me,
                   literal("callback"), changed.c.id, literal(action), literal(before),
                   literal(after), literal(""), literal({}, type_=ev.c.data.type)),
        )
        .cte(f"logged_{action}")
    )  # fmt: skip
    payload = func.json_build_object("topic", "callbacks", "id", changed.c.id)
    told = func.pg_notify(CHANGES_CHANNEL, cast_(payload, Text)).label("told")
    return logged, told


def _release_in_one_statement() -> Any:
    """PostgreSQL's release (put back unworked) as one statement, like the claim."""
    me = bindparam("me", type_=Integer)
    now = bindparam("now", type_=_CB.c.due_at.type)
    released = (
        update(_CB)
        .where(_CB.c.id == bindparam("cb_id", type_=Integer), _CB.c.claimed_by == me,
               _CB.c.state == constant(CallbackState.CLAIMED.value))
        .values(state=CallbackState.PENDING.value, claimed_by=None, claimed_at=None,
                updated_at=now, updated_by=me, version=_CB.c.version + 1)
        .returning(_CB.c.id)
        .cte("released")
    )  # fmt: skip
    logged, told = _logged_and_told(released, "released", "claimed", "pending")
    return select(told).select_from(released).add_cte(logged)


def _pick_in_one_statement() -> Any:
    """PostgreSQL: the top callback I may take, locked, in one round trip (both probes, the
    second evaluated only when the first finds nothing; my queues read in the same query)."""
    now = bindparam("now", type_=_CB.c.due_at.type)
    probe = _claim_probe(
        select(_UQ.c.queue_id).where(_UQ.c.user_id == bindparam("me", type_=Integer))
    )
    return select(
        func.coalesce(
            probe.where(_CB.c.window_end < now).scalar_subquery(),
            probe.where(_CB.c.window_end >= now).scalar_subquery(),
        )
    )


_PICK_IN_ONE_STATEMENT = _pick_in_one_statement()
_CLAIM_ONE_STATEMENT = Prepared(_claim_in_one_statement())
_RELEASE_ONE_STATEMENT = Prepared(_release_in_one_statement())


# An agent's queues in a stable order: the first is where their callbacks are handed on.
_MY_QUEUES = select(_UQ.c.queue_id).where(_UQ.c.user_id == bindparam("me")).order_by(_UQ.c.queue_id)


def _row_to_view(r: Any) -> CallbackView:
    """A row of ``_view_of`` (extra columns after it ignored), unpacked by position: lists of
    hundreds of callbacks spend their time here, and names cost a lookup per field."""
    (
        id_,
        customer_id,
        full_name,
        phone_e164,
        queue_id,
        queue_name,
        owner_id,
        owner_name,
        window_start,
        window_end,
        zone,
        asap,
        promise,
        note,
        priority,
        priority_reasons,
        state,
        due_at,
        attempts,
        max_attempts,
        last_outcome,
        claimed_by,
        claimer_name,
        handed_on_at,
        from_name,
        snoozed_until,
        closed_at,
        created_at,
        version,
        *_,
    ) = r
    return CallbackView(
        id=id_, customer_id=customer_id, customer_name=full_name,
        phone_e164=phone_e164, queue_id=queue_id, queue=queue_name or "",
        owner_id=owner_id, owner=owner_name or "", window_start=window_start,
        window_end=window_end, zone=zone, asap=bool(asap), promise=promise,
        note=note, priority=int(priority), priority_reasons=tuple(priority_reasons or ()),
        state=state, due_at=due_at, attempts=int(attempts),
        max_attempts=int(max_attempts or 0), last_outcome=last_outcome,
        claimed_by_id=claimed_by, claimed_by=claimer_name or "",
        handed_on_at=handed_on_at, handed_from=from_name or "",
        snoozed_until=snoozed_until, closed_at=closed_at, created_at=created_at,
        version=int(version),
    )  # fmt: skip


# "My callbacks", the list every agent's console reloads on each change: built once.
_MINE_VIEW = (
    _VIEW.where(OPEN_SQL, _CB.c.id.in_(_mine_ids(bindparam("me", type_=Integer), None)))
    .order_by(*work_order(bindparam("now", type_=_CB.c.due_at.type)))
    .limit(bindparam("limit", type_=Integer))
)


def fetch_views(
    conn: Connection, flt: ListFilter, now: dt.datetime | None = None
) -> list[CallbackView]:
    if flt == ListFilter(owner_id=flt.owner_id, limit=flt.limit) and flt.owner_id is not None:
        params = {"me": flt.owner_id, "now": now or utcnow(), "limit": flt.limit}
        return [_row_to_view(r) for r in conn.execute(_MINE_VIEW, params)]
    stmt = _VIEW
    if flt.ids:
        stmt = stmt.where(_CB.c.id.in_(flt.ids))
    open_only = tuple(sorted(flt.states)) == tuple(sorted(OPEN_CALLBACK_STATES))
    if open_only:
        stmt = stmt.where(OPEN_SQL)
    elif flt.states:
        stmt = stmt.where(_CB.c.state.in_(flt.states))
    queues = list(flt.queue_ids) if flt.queue_ids else None
    if flt.owner_id is not None and open_only:
        stmt = stmt.where(_CB.c.id.in_(_mine_ids(flt.owner_id, queues)))
    elif flt.owner_id is not None and queues:
        stmt = stmt.where(
            or_(
                _CB.c.owner_id == flt.owner_id,
                _CB.c.claimed_by == flt.owner_id,
                and_(_CB.c.owner_id.is_(None), _CB.c.queue_id.in_(queues)),
            )
        )
    elif flt.owner_id is not None:
        stmt = stmt.where(or_(_CB.c.owner_id == flt.owner_id, _CB.c.claimed_by == flt.owner_id))
    elif queues and open_only:
        stmt = stmt.where(QUEUE_OPEN_SQL, _CB.c.queue_id.in_(queues))
    elif queues:
        stmt = stmt.where(_CB.c.owner_id.is_(None), _CB.c.queue_id.in_(queues))
    if flt.customer_id is not None:
        stmt = stmt.where(_CB.c.customer_id == flt.customer_id)
    if flt.due_before is not None:
        stmt = stmt.where(_CB.c.due_at <= flt.due_before)
    if flt.overdue_at is not None:
        stmt = stmt.where(_CB.c.window_end < flt.overdue_at)
    order_now = now or utcnow()
    stmt = stmt.order_by(*work_order(order_now)).limit(flt.limit)
    return [_row_to_view(r) for r in conn.execute(stmt)]


def filtered_views(
    conn: Connection, condition: Any, now: dt.datetime, limit: int
) -> list[CallbackView]:
    """List rows matching a condition on the callbacks table, in work order."""
    stmt = _VIEW.where(condition).order_by(*work_order(now)).limit(limit)
    return [_row_to_view(r) for r in conn.execute(stmt)]


def open_for_customer(conn: Connection, customer_id: int) -> list[CallbackView]:
    """Open promises for the card and the screen-pop ("why they may be calling")."""
    return [_row_to_view(r) for r in _OPEN_FOR_CUSTOMER.all(conn, {"cid": customer_id})]


def _zone_or_utc(zone: str) -> dt.tzinfo:
    try:
        return ZoneInfo(zone)
    except (KeyError, ValueError):
        return dt.UTC


def parse_retry_steps(text: str) -> tuple[str, ...]:
    """'+15m,+1h,next_window' → its steps; a clear message for anything else."""
    steps = tuple(s.strip().lower() for s in text.split(",") if s.strip())
    bad = [s for s in steps if s != "next_window" and not _STEP.match(s)]
    if not steps or bad:
        raise FieldErrors(
            {"retry_steps": Said("“{text}” is not a retry policy: write steps like "
                                 "“+15m,+1h,next_window” (minutes m, hours h, days d, or "
                                 "next_window)", text=text)}
        )  # fmt: skip
    return steps


def _step_delta(step: str) -> dt.timedelta:
    m = _STEP.match(step)
    assert m is not None
    amount, unit = int(m.group(1)), m.group(2)
    return {"m": dt.timedelta(minutes=amount), "h": dt.timedelta(hours=amount),
            "d": dt.timedelta(days=amount)}[unit]  # fmt: skip


def is_on_shift(shift_start: str, shift_end: str, zone: str, now: dt.datetime) -> bool:
    """True when ``now`` falls in the user's shift (their zone); no shift set means always."""
    if not shift_start or not shift_end:
        return True
    try:
        start = dt.time.fromisoformat(shift_start)
        end = dt.time.fromisoformat(shift_end)
    except ValueError:
        return True
    local = now.astimezone(_zone_or_utc(zone)).time()
    if start <= end:
        return start <= local < end
    return local >= start or local < end  # a night shift across midnight


def _state_word(state: str) -> str:
    return STATE_WORDS.get(state, state)


def _clean_note(text: str) -> str:
    text = text.strip()
    if len(text) > MAX_NOTE:
        raise FieldErrors(
            {"note": Said("at most {n} characters (it has {length})", n=MAX_NOTE,
                          length=len(text))}
        )  # fmt: skip
    return text


class CallbackService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- policy --------------------------------------------------------------------------

    @staticmethod
    def calling_policy(conn: Connection, queue_id: int | None, country: str) -> CallingPolicy:
        """The most specific calling window: queue+country, country, the built-in country
        default, queue, catch-all (see CallingWindow)."""
        country = (country or "").upper()
        rows = conn.execute(
            select(_W.c.queue_id, _W.c.country, _W.c.windows, _W.c.honour_holidays).where(
                or_(_W.c.queue_id.is_(None), _W.c.queue_id == queue_id),
                or_(_W.c.country == "", _W.c.country == country),
            )
        ).all()
        by_key = {(r.queue_id, r.country): r for r in rows}
        text, holidays_on = None, True
        for key in ((queue_id, country), (None, country)):
            if country and key in by_key:
                text, holidays_on = by_key[key].windows, bool(by_key[key].honour_holidays)
                break
        if text is None and country in scheduling.COUNTRY_WINDOWS:
            text = scheduling.COUNTRY_WINDOWS[country]
        if text is None:
            for key in ((queue_id, ""), (None, "")):
                if key in by_key:
                    text, holidays_on = by_key[key].windows, bool(by_key[key].honour_holidays)
                    break
        return CallingPolicy(
            rules=scheduling.parse_windows(text or scheduling.DEFAULT_WINDOWS),
            country=country,
            honour_holidays=holidays_on,
        )

    @staticmethod
    def queue_policy(conn: Connection, queue_id: int) -> QueuePolicy:
        row = conn.execute(
            select(_Q.c.id, _Q.c.name, _Q.c.retry_steps, _Q.c.max_attempts, _Q.c.grace_minutes,
                   _Q.c.kept_tolerance_minutes).where(_Q.c.id == queue_id)
        ).one_or_none()  # fmt: skip
        if row is None:
            raise NotFoundError(Said("There is no queue {id}.", id=queue_id))
        try:
            steps = parse_retry_steps(row.retry_steps)
        except FieldErrors:
            steps = ("+15m", "+1h", "next_window")
        return QueuePolicy(
            row.id, row.name, steps, max(1, int(row.max_attempts)),
            dt.timedelta(minutes=int(row.grace_minutes)),
            dt.timedelta(minutes=int(row.kept_tolerance_minutes)),
        )  # fmt: skip

    def set_queue_policy(
        self,
        queue_name: str,
        *,
        retry_steps: str | None = None,
        max_attempts: int | None = None,
        grace_minutes: int | None = None,
        tolerance_minutes: int | None = None,
    ) -> QueuePolicy:
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        if retry_steps is not None:
            values["retry_steps"] = ",".join(parse_retry_steps(retry_steps))
        for key, value, low, high in (
            ("max_attempts", max_attempts, 1, 20),
            ("grace_minutes", grace_minutes, 0, 24 * 60),
            ("kept_tolerance_minutes", tolerance_minutes, 0, 24 * 60),
        ):
            if value is None:
                continue
            if not low <= value <= high:
                errors[key] = Said("between {low} and {high}", low=low, high=high)
            values[key] = value
        if errors:
            raise FieldErrors(errors)
        with self.db.write() as conn:
            qid = conn.scalar(select(_Q.c.id).where(_Q.c.name == queue_name))
            if qid is None:
                raise NotFoundError(Said("There is no queue “{name}”.", name=queue_name))
            if values:
                conn.execute(
                    update(Queue).where(Queue.id == qid).values(**values,
                                                                version=Queue.version + 1)
                )  # fmt: skip
            return self.queue_policy(conn, qid)

    def set_windows(
        self, windows: str, *, queue_name: str = "", country: str = "", holidays: bool = True
    ) -> str:
        """Set the calling window for a queue and/or country (or the catch-all)."""
        rules = scheduling.parse_windows(windows)
        country = country.strip().upper()
        if country and not (len(country) == 2 and country.isalpha()):
            raise FieldErrors({"country": Said("a two-letter ISO code such as IR or EE")})
        text = scheduling.format_windows(rules)
        with self.db.write() as conn:
            qid = None
            if queue_name:
                qid = conn.scalar(select(_Q.c.id).where(_Q.c.name == queue_name))
                if qid is None:
                    raise NotFoundError(Said("There is no queue “{name}”.", name=queue_name))
            cond = and_(
                _W.c.queue_id.is_(None) if qid is None else _W.c.queue_id == qid,
                _W.c.country == country,
            )
            done = conn.execute(
                update(CallingWindow)
                .where(cond)
                .values(windows=text, honour_holidays=holidays,
                        version=CallingWindow.version + 1)
            )  # fmt: skip
            if done.rowcount == 0:
                conn.execute(
                    insert(CallingWindow).values(queue_id=qid, country=country, windows=text,
                                                 honour_holidays=holidays, version=1)
                )  # fmt: skip
        return text

    def list_windows(self) -> list[tuple[str, str, str, bool]]:
        """(queue, country, windows, holidays) rows, catch-all first."""
        with self.db.read() as conn:
            rows = conn.execute(
                select(_Q.c.name, _W.c.country, _W.c.windows, _W.c.honour_holidays)
                .select_from(_W.outerjoin(_Q, _Q.c.id == _W.c.queue_id))
                .order_by(_W.c.queue_id.is_not(None), _Q.c.name, _W.c.country)
            ).all()
        return [(r[0] or "", r[1], r[2], bool(r[3])) for r in rows]

    # ---- planning and scheduling ---------------------------------------------------------

    def plan(
        self, request: ScheduleRequest, actor_id: int | None, now: dt.datetime | None = None
    ) -> Plan:
        """Check a request and word the promise, without saving (the form calls this live)."""
        with self.db.read() as conn:
            return self._plan(conn, request, actor_id, now or utcnow())

    def _plan(
        self, conn: Connection, req: ScheduleRequest, actor_id: int | None, now: dt.datetime
    ) -> Plan:
        errors: dict[str, str] = {}
        if req.mode not in MODES:
            errors["mode"] = Said(
                "choose a time, as soon as possible, or their next calling window"
            )
        if req.owner not in OWNERS:
            errors["owner"] = Said("me or a queue")
        if not MIN_DURATION <= req.duration_minutes <= MAX_DURATION:
            errors["duration"] = Said(
                "between {low} and {high} minutes", low=MIN_DURATION, high=MAX_DURATION
            )
        if req.mode == "at" and req.local_start is None:
            errors["time"] = Said("pick a date and time in the customer's time")
        if errors:
            raise FieldErrors(errors)
        cust = conn.execute(
            select(_C.c.id, _C.c.full_name, _C.c.time_zone, _C.c.country, _C.c.do_not_call)
            .where(_C.c.id == req.customer_id)
        ).one_or_none()  # fmt: skip
        if cust is None:
            raise NotFoundError(
                Said("Customer {id} does not exist (any more).", id=req.customer_id)
            )
        if cust.do_not_call:
            raise UserFacingError(
                Said(
                    "{name} is marked do-not-call: no callback can be promised. "
                    "Offer another channel (e-mail) or ask a supervisor.",
                    name=cust.full_name,
                )
            )
        numbers = conn.execute(
            select(_P.c.e164, _P.c.is_primary).where(_P.c.customer_id == req.customer_id)
            .order_by(_P.c.is_primary.desc(), _P.c.id)
        ).all()  # fmt: skip
        if not numbers:
            raise FieldErrors(
                {"phone": Said("{name} has no phone number on file: add one to the card first "
                               "(Ctrl+E), then schedule the callback", name=cust.full_name)}
            )  # fmt: skip
        phone = req.phone_e164 or numbers[0].e164
        if phone not in {n.e164 for n in numbers}:
            raise FieldErrors(
                {"phone": Said("{phone} is not one of the customer's numbers", phone=phone)}
            )
        zone = cust.time_zone
        scheduling.check_zone(zone)
        agent_zone = "UTC"
        agent_queues: list[int] = []
        if actor_id is not None:
            agent_zone = conn.scalar(select(_U.c.time_zone).where(_U.c.id == actor_id)) or "UTC"
            agent_queues = list(conn.scalars(_MY_QUEUES, {"me": actor_id}))
        queue_id = req.queue_id
        if queue_id is None:
            if not agent_queues:
                raise FieldErrors(
                    {"queue": Said("you are in no queue, so nobody could take this callback "
                                   "over if you cannot make it: choose a queue")}
                )  # fmt: skip
            queue_id = agent_queues[0]
        elif conn.scalar(select(_Q.c.id).where(_Q.c.id == queue_id)) is None:
            raise FieldErrors({"queue": Said("there is no queue {id}", id=queue_id)})
        policy = self.calling_policy(conn, queue_id, cust.country)
        duration = dt.timedelta(minutes=req.duration_minutes)
        slot: Slot | None
        if req.mode == "at":
            assert req.local_start is not None
            start = scheduling.resolve_local(req.local_start, zone, fold=req.fold)
            end = start + duration
            scheduling.check_slot(start, end, zone, policy, now=now)
            slot = Slot(start, end, zone)
        elif req.mode == "asap":
            slot = scheduling.asap_slot(now, zone, policy, duration=duration)
        else:
            slot = self._next_window(now, zone, policy, duration)
        if slot is None:
            message = (
                Said("No calling window opens for {name} in the next {days} days ({zone}). "
                     "Check the calling windows for {country}.", name=cust.full_name, days=60,
                     zone=zone, country=cust.country)
                if cust.country else
                Said("No calling window opens for {name} in the next {days} days ({zone}). "
                     "Check the calling windows for their country.", name=cust.full_name,
                     days=60, zone=zone)
            )  # fmt: skip
            raise UserFacingError(message)
        return Plan(
            slot=slot,
            promise=scheduling.promise_sentence(slot, now=now),
            customer_zone=zone,
            agent_zone=agent_zone,
            phone_e164=phone,
            queue_id=queue_id,
            policy_text=scheduling.format_windows(policy.rules),
        )

    @staticmethod
    def _next_window(
        after: dt.datetime, zone: str, policy: CallingPolicy, duration: dt.timedelta
    ) -> Slot | None:
        """The start of the next calling window that opens after ``after`` (not the current)."""
        tz = _zone_or_utc(zone)
        day = after.astimezone(tz).date()
        for offset in range(62):
            for start, end in scheduling.window_spans(day + dt.timedelta(days=offset), zone,
                                                      policy):  # fmt: skip
                if start > after:
                    return Slot(start, min(end, start + duration), zone)
        return None

    def schedule(
        self, request: ScheduleRequest, actor_id: int | None, now: dt.datetime | None = None
    ) -> CallbackView:
        now = now or utcnow()
        note = _clean_note(request.note)
        with self.db.write() as conn:
            plan = self._plan(conn, request, actor_id, now)
            return self._insert(conn, request, plan, note, actor_id, now)

    def _insert(
        self,
        conn: Connection,
        request: ScheduleRequest,
        plan: Plan,
        note: str,
        actor_id: int | None,
        now: dt.datetime,
        *,
        rescheduled_from: int | None = None,
    ) -> CallbackView:
        score = score_customer(conn, request.customer_id, now)
        owner = actor_id if request.owner == "me" else None
        cid = conn.execute(
            insert(Callback).values(
                customer_id=request.customer_id, phone_e164=plan.phone_e164,
                queue_id=plan.queue_id, owner_id=owner, created_by=actor_id, created_at=now,
                window_start=plan.slot.start, window_end=plan.slot.end, zone=plan.slot.zone,
                asap=request.mode == "asap",
                promise=str(scheduling.promise_sentence(plan.slot, now=now, relative=False)),
                note=note,
                priority=score.points, priority_reasons=list(score.reasons),
                state=CallbackState.PENDING.value, due_at=plan.slot.start, attempts=0,
                last_outcome="", rescheduled_from=rescheduled_from, updated_at=now,
                updated_by=actor_id, version=1,
            ).returning(Callback.id)
        ).scalar_one()  # fmt: skip
        _log(
            conn, actor_id=actor_id, entity="callback", entity_id=cid, action="scheduled",
            to_state=CallbackState.PENDING.value,
            data={"customer_id": request.customer_id, "window_start": plan.slot.start.isoformat(),
                  "window_end": plan.slot.end.isoformat(), "zone": plan.slot.zone,
                  "owner_id": owner, "queue_id": plan.queue_id,
                  "rescheduled_from": rescheduled_from},
        )  # fmt: skip
        summary = f"Callback promised: {plan.promise}"
        if note:
            summary += f"\nNote: {note}"
        _timeline(conn, request.customer_id, actor_id, now, "scheduled", summary)
        return self._get(conn, cid)

    # ---- reading ---------------------------------------------------------------------------

    def get(self, callback_id: int) -> CallbackView:
        with self.db.read() as conn:
            return self._get(conn, callback_id)

    @staticmethod
    def _get(conn: Connection, callback_id: int) -> CallbackView:
        rows = fetch_views(conn, ListFilter(ids=(callback_id,), states=()))
        if not rows:
            raise NotFoundError(Said("Callback {id} does not exist.", id=callback_id))
        return rows[0]

    def mine(self, agent_id: int, now: dt.datetime | None = None) -> list[CallbackView]:
        """Open callbacks I own or have claimed, in work order (the "My callbacks" view)."""
        with self.db.read() as conn:
            return fetch_views(conn, ListFilter(owner_id=agent_id), now)

    def for_queues(
        self, queue_ids: Sequence[int], now: dt.datetime | None = None, limit: int = 500
    ) -> list[CallbackView]:
        """Open callbacks waiting in these queues (owned by nobody yet)."""
        if not queue_ids:
            return []
        with self.db.read() as conn:
            return fetch_views(conn, ListFilter(queue_ids=tuple(queue_ids), limit=limit), now)

    def search(self, flt: ListFilter, now: dt.datetime | None = None) -> list[CallbackView]:
        with self.db.read() as conn:
            return fetch_views(conn, flt, now)

    def for_customer(self, customer_id: int) -> list[CallbackView]:
        with self.db.read() as conn:
            return open_for_customer(conn, customer_id)

    def queue_ids_of(self, agent_id: int) -> list[int]:
        with self.db.read() as conn:
            return list(conn.scalars(_MY_QUEUES, {"me": agent_id}))

    def reminders(
        self, agent_id: int, lead: dt.timedelta, now: dt.datetime | None = None
    ) -> list[CallbackView]:
        """My open callbacks due within ``lead`` (or overdue), unless snoozed."""
        now = now or utcnow()
        with self.db.read() as conn:
            rows = fetch_views(conn, ListFilter(owner_id=agent_id, due_before=now + lead), now)
        return [r for r in rows if r.snoozed_until is None or r.snoozed_until <= now]

    def handed_on_from(self, agent_id: int, since: dt.datetime) -> list[CallbackView]:
        """Callbacks that moved from this agent to a queue since ``since`` (to tell them)."""
        with self.db.read() as conn:
            stmt = (
                _VIEW.where(_CB.c.handed_from == agent_id, _CB.c.handed_on_at > since)
                .order_by(_CB.c.handed_on_at)
                .limit(200)
            )
            return [_row_to_view(r) for r in conn.execute(stmt)]

    # ---- working ---------------------------------------------------------------------------

    def claim_next(
        self, agent_id: int, queue_id: int | None = None, now: dt.datetime | None = None
    ) -> CallbackView | None:
        """Take the top callback of my work list atomically; None when nothing is due."""
        now = now or utcnow()
        if queue_id is None and self.db.kind == POSTGRESQL:
            with self.db.single_statement() as conn:
                rows = _CLAIM_ONE_STATEMENT.all(
                    conn, {"now": now, "me": agent_id, "logged_at": utcnow()}
                )
            return _row_to_view(rows[0]) if rows else None
        with self.db.write() as conn:
            queues = list(conn.scalars(_MY_QUEUES, {"me": agent_id}))
            if queue_id is not None:
                if queue_id not in queues:
                    raise UserFacingError(Said("You are not a member of that queue."))
                queues = [queue_id]
            params = {"now": now, "me": agent_id, "queues": queues or [-1]}
            cid = conn.scalar(_CLAIM_OVERDUE, params)
            if cid is None:
                cid = conn.scalar(_CLAIM_DUE, params)
            if cid is None:
                return None
            self._mark_claimed(conn, cid, agent_id, now, None)
            return self._get(conn, cid)

    def claim(
        self, callback_id: int, agent_id: int, now: dt.datetime | None = None
    ) -> CallbackView:
        """Take one particular callback (opened from a list)."""
        now = now or utcnow()
        with self.db.write() as conn:
            cb = self._get(conn, callback_id)
            if cb.state == CallbackState.CLAIMED.value and cb.claimed_by_id == agent_id:
                return cb
            if cb.state != CallbackState.PENDING.value:
                state = _state_word(cb.state)
                message = (
                    Said("This callback is already {state} by {name}: your list was out of "
                         "date and has been refreshed.", state=state, name=cb.claimed_by)
                    if cb.claimed_by else
                    Said("This callback is already {state}: your list was out of date and has "
                         "been refreshed.", state=state)
                )  # fmt: skip
                raise ConflictError(message, changed_by=cb.claimed_by, current_version=cb.version)
            if cb.owner_id not in (None, agent_id):
                raise UserFacingError(
                    Said(
                        "This callback belongs to {owner}; ask a supervisor to reassign it.",
                        owner=cb.owner,
                    )
                )
            self._mark_claimed(conn, callback_id, agent_id, now, cb.version)
            return self._get(conn, callback_id)

    @staticmethod
    def _mark_claimed(
        conn: Connection, cid: int, agent_id: int, now: dt.datetime, version: int | None
    ) -> None:
        cond = [_CB.c.id == cid, _CB.c.state == constant(CallbackState.PENDING.value)]
        if version is not None:
            cond.append(_CB.c.version == version)
        done = conn.execute(
            update(_CB).where(*cond).values(
                state=CallbackState.CLAIMED.value, claimed_by=agent_id, claimed_at=now,
                updated_at=now, updated_by=agent_id, version=_CB.c.version + 1,
            )
        )  # fmt: skip
        if done.rowcount != 1:
            raise ConflictError(Said("Someone else took this callback a moment ago."))
        _log(conn, actor_id=agent_id, entity="callback", entity_id=cid, action="claimed",
                     from_state="pending", to_state="claimed")  # fmt: skip

    def release(self, callback_id: int, agent_id: int, now: dt.datetime | None = None) -> None:
        """Put a claimed callback back, unworked (closed the customer without calling)."""
        now = now or utcnow()
        if self.db.kind == POSTGRESQL:
            with self.db.single_statement() as conn:
                _RELEASE_ONE_STATEMENT.all(
                    conn, {"cb_id": callback_id, "me": agent_id, "now": now, "logged_at": utcnow()}
                )
            return
        with self.db.write() as conn:
            done = conn.execute(
                update(_CB).where(_CB.c.id == callback_id, _CB.c.claimed_by == agent_id,
                                  _CB.c.state == constant(CallbackState.CLAIMED.value))
                .values(state=CallbackState.PENDING.value, claimed_by=None, claimed_at=None,
                        updated_at=now, updated_by=agent_id, version=_CB.c.version + 1)
            )  # fmt: skip
            if done.rowcount == 1:
                _log(
                    conn, actor_id=agent_id, entity="callback", entity_id=callback_id,
                    action="released", from_state="claimed", to_state="pending",
                )  # fmt: skip

    def record_outcome(
        self,
        callback_id: int,
        expected_version: int,
        actor_id: int,
        outcome: str,
        *,
        note: str = "",
        reschedule: ScheduleRequest | None = None,
        now: dt.datetime | None = None,
    ) -> OutcomeResult:
        now = now or utcnow()
        if outcome not in OUTCOMES:
            words = joined(list(OUTCOME_WORDS.values()), ", ")
            raise FieldErrors({"outcome": Said("one of {outcomes}", outcomes=words)})
        if outcome == "reschedule" and reschedule is None:
            raise FieldErrors({"time": Said("pick the new time the customer asked for")})
        note = _clean_note(note)
        with self.db.write() as conn:
            cb = self._get(conn, callback_id)
            self._check_workable(conn, cb, expected_version, actor_id)
            policy = self.queue_policy(conn, cb.queue_id) if cb.queue_id else None
            tolerance = policy.tolerance if policy else dt.timedelta(minutes=10)
            attempts = cb.attempts + 1
            values: dict[str, Any] = {
                "attempts": attempts, "last_outcome": outcome, "claimed_by": None,
                "claimed_at": None, "updated_at": now, "updated_by": actor_id,
                "version": cb.version + 1, "snoozed_until": None,
            }  # fmt: skip
            next_due: dt.datetime | None = None
            if outcome in ("reached", "reschedule"):
                inside = cb.window_start - tolerance <= now <= cb.window_end + tolerance
                state = CallbackState.KEPT if inside else CallbackState.BROKEN
                values.update(state=state.value, closed_at=now)
            elif outcome == "wrong_number":
                state = CallbackState.FAILED
                values.update(state=state.value, closed_at=now)
            else:
                max_attempts = policy.max_attempts if policy else 3
                if attempts >= max_attempts:
                    state = CallbackState.FAILED
                    values.update(state=state.value, closed_at=now)
                else:
                    state = CallbackState.PENDING
                    steps = policy.retry_steps if policy else ("+15m", "+1h", "next_window")
                    next_due = self._retry_at(conn, cb, steps[min(attempts, len(steps)) - 1], now)
                    values.update(state=state.value, due_at=next_due)
            done = conn.execute(
                update(_CB).where(_CB.c.id == cb.id, _CB.c.version == cb.version).values(**values)
            )
            if done.rowcount != 1:
                raise self._conflict(conn, cb.id)
            label = OUTCOME_LABELS[outcome]
            _log(
                conn, actor_id=actor_id, entity="callback", entity_id=cb.id, action="attempt",
                from_state=cb.state, to_state=state.value, reason=note,
                data={"outcome": outcome, "attempt": attempts,
                      "next_due": next_due.isoformat() if next_due else None},
            )  # fmt: skip
            summary = f"Callback attempt {attempts}: {label}."
            if state == CallbackState.PENDING and next_due is not None:
                local = next_due.astimezone(_zone_or_utc(cb.zone))
                summary += f" Next try {local:%a %d %b %H:%M} ({cb.zone})."
            elif state == CallbackState.FAILED:
                summary += " Failed: needs a supervisor."
            else:
                summary += f" Promise {state.value}."
            if note:
                summary += f"\nNote: {note}"
            _timeline(conn, cb.customer_id, actor_id, now, state.value, summary,
                      direction="outbound")  # fmt: skip
            follow_up = None
            if outcome == "reschedule":
                assert reschedule is not None
                req = replace(reschedule, customer_id=cb.customer_id,
                              queue_id=reschedule.queue_id or cb.queue_id)  # fmt: skip
                plan = self._plan(conn, req, actor_id, now)
                follow_up = self._insert(conn, req, plan, _clean_note(req.note) or cb.note,
                                         actor_id, now, rescheduled_from=cb.id)  # fmt: skip
            return OutcomeResult(self._get(conn, cb.id), follow_up)

    def _retry_at(
        self, conn: Connection, cb: CallbackView, step: str, now: dt.datetime
    ) -> dt.datetime:
        """When to try again: the step, moved into the customer's calling window."""
        country = conn.scalar(select(_C.c.country).where(_C.c.id == cb.customer_id)) or ""
        policy = self.calling_policy(conn, cb.queue_id, country)
        # An early attempt never moves the next try before the promised window.
        if step == "next_window":
            slot = self._next_window(now, cb.zone, policy, dt.timedelta(minutes=5))
        else:
            slot = scheduling.next_slot(max(now + _step_delta(step), cb.window_start), cb.zone,
                                        policy, duration=dt.timedelta(minutes=5))  # fmt: skip
        if slot is not None and slot.start < cb.window_start:
            slot = scheduling.next_slot(cb.window_start, cb.zone, policy,
                                        duration=dt.timedelta(minutes=5))  # fmt: skip
        return slot.start if slot is not None else now + dt.timedelta(days=1)

    def _check_workable(
        self, conn: Connection, cb: CallbackView, expected_version: int, actor_id: int
    ) -> None:
        if not cb.is_open:
            last = conn.execute(
                select(_CB.c.updated_at, _U.c.display_name)
                .select_from(_CB.outerjoin(_U, _U.c.id == _CB.c.updated_by))
                .where(_CB.c.id == cb.id)
            ).one()
            who = last.display_name or Said("someone")
            raise ConflictError(
                Said("This callback is already {state} (by {name} at {time} UTC): nothing was "
                     "changed.", state=_state_word(cb.state), name=who,
                     time=Moment(last.updated_at, "time")),
                changed_by=who, current_version=cb.version,
            )  # fmt: skip
        if cb.version != expected_version:
            raise self._conflict(conn, cb.id)
        if cb.state == CallbackState.CLAIMED.value and cb.claimed_by_id != actor_id:
            raise ConflictError(
                Said("{name} is working on this callback right now.", name=cb.claimed_by),
                changed_by=cb.claimed_by, current_version=cb.version,
            )  # fmt: skip
        if cb.state == CallbackState.PENDING.value and cb.owner_id not in (None, actor_id):
            require_supervising(
                conn, actor_id,
                Said("This callback belongs to {owner}; ask a supervisor to reassign it.",
                     owner=cb.owner),
            )  # fmt: skip

    @staticmethod
    def _conflict(conn: Connection, callback_id: int) -> ConflictError:
        row = conn.execute(
            select(_CB.c.version, _CB.c.updated_at, _U.c.display_name)
            .select_from(_CB.outerjoin(_U, _U.c.id == _CB.c.updated_by))
            .where(_CB.c.id == callback_id)
        ).one_or_none()
        if row is None:
            return ConflictError(Said("This callback no longer exists."))
        who = row.display_name or Said("someone")
        return ConflictError(
            Said("This callback was changed by {name} at {time} UTC while you had it open: "
                 "reload to see it. Your note is kept.", name=who,
                 time=Moment(row.updated_at, "time")),
            changed_by=who, current_version=row.version,
        )  # fmt: skip

    def cancel(
        self, callback_id: int, expected_version: int, actor_id: int, reason: str,
        now: dt.datetime | None = None,
    ) -> CallbackView:  # fmt: skip
        now = now or utcnow()
        reason = reason.strip()
        if not reason:
            raise FieldErrors(
                {"reason": Said("say why the promise is withdrawn (the customer may ask)")}
            )
        with self.db.write() as conn:
            cb = self._get(conn, callback_id)
            self._check_workable(conn, cb, expected_version, actor_id)
            done = conn.execute(
                update(_CB).where(_CB.c.id == cb.id, _CB.c.version == cb.version).values(
                    state=CallbackState.CANCELLED.value, closed_at=now, claimed_by=None,
                    claimed_at=None, updated_at=now, updated_by=actor_id,
                    version=cb.version + 1,
                )
            )  # fmt: skip
            if done.rowcount != 1:
                raise self._conflict(conn, cb.id)
            _log(conn, actor_id=actor_id, entity="callback", entity_id=cb.id,
                         action="cancelled", from_state=cb.state, to_state="cancelled",
                         reason=reason)  # fmt: skip
            _timeline(conn, cb.customer_id, actor_id, now, "cancelled",
                      f"Callback cancelled: {reason}")  # fmt: skip
            return self._get(conn, cb.id)

    def snooze(
        self, callback_id: int, actor_id: int, minutes: int, reason: str,
        now: dt.datetime | None = None,
    ) -> CallbackView:  # fmt: skip
        """Quiet the reminder for a while; the callback stays due and visible."""
        now = now or utcnow()
        reason = reason.strip()
        errors: dict[str, str] = {}
        if not reason:
            errors["reason"] = Said("say why (it is shown to your supervisor)")
        if not 1 <= minutes <= 240:
            errors["minutes"] = Said("between {low} and {high}", low=1, high=240)
        if errors:
            raise FieldErrors(errors)
        with self.db.write() as conn:
            until = now + dt.timedelta(minutes=minutes)
            done = conn.execute(
                update(_CB).where(_CB.c.id == callback_id,
                                  _CB.c.state.in_(OPEN_CALLBACK_STATES))
                .values(snoozed_until=until)
            )  # fmt: skip
            if done.rowcount != 1:
                raise NotFoundError(Said("This callback is no longer open."))
            _log(conn, actor_id=actor_id, entity="callback", entity_id=callback_id,
                         action="snoozed", reason=reason,
                         data={"until": until.isoformat(), "minutes": minutes})  # fmt: skip
            return self._get(conn, callback_id)

    def reassign(
        self,
        callback_ids: Iterable[int],
        actor_id: int,
        *,
        to_user_id: int | None = None,
        to_queue_id: int | None = None,
        reason: str = "",
        now: dt.datetime | None = None,
    ) -> list[CallbackView]:
        """Supervisors move one or many open callbacks to an agent or a queue at once, always
        saying why (an empty reason is refused)."""
        now = now or utcnow()
        ids = sorted(set(callback_ids))
        if (to_user_id is None) == (to_queue_id is None):
            raise FieldErrors({"to": Said("choose one agent or one queue")})
        if not ids:
            raise FieldErrors({"callbacks": Said("select at least one callback")})
        if not reason.strip():
            # Scenario 6: the event log says who moved a promise and why.
            raise ValidationError(
                Said("Say why these callbacks move: the reason is kept in each one's history.")
            )
        with self.db.write() as conn:
            require_supervising(conn, actor_id, Said("Only a supervisor can reassign callbacks."))
            target = ""
            if to_user_id is not None:
                target = conn.scalar(select(_U.c.display_name).where(
                    _U.c.id == to_user_id, _U.c.active.is_(True))) or ""  # fmt: skip
                if not target:
                    raise NotFoundError(Said("That agent does not exist or is disabled."))
            else:
                target = conn.scalar(select(_Q.c.name).where(_Q.c.id == to_queue_id)) or ""
                if not target:
                    raise NotFoundError(Said("That queue does not exist."))
            current = fetch_views(conn, ListFilter(ids=tuple(ids), states=(), limit=len(ids)))
            closed = [c for c in current if not c.is_open]
            if closed or len(current) != len(ids):
                raise ConflictError(
                    Said(
                        "{n} of the selected callbacks were closed meanwhile; the list was "
                        "refreshed and nothing was changed.",
                        n=len(closed) or len(ids) - len(current),
                    )
                )
            values: dict[str, Any] = {
                "owner_id": to_user_id, "state": CallbackState.PENDING.value,
                "claimed_by": None, "claimed_at": None, "updated_at": now,
                "updated_by": actor_id, "version": _CB.c.version + 1,
            }  # fmt: skip
            if to_queue_id is not None:
                values["queue_id"] = to_queue_id
            conn.execute(
                update(_CB).where(_CB.c.id.in_(ids), _CB.c.state.in_(OPEN_CALLBACK_STATES))
                .values(**values)
            )  # fmt: skip
            for cb in current:
                _log(
                    conn, actor_id=actor_id, entity="callback", entity_id=cb.id,
                    action="reassigned", from_state=cb.owner or cb.queue, to_state=target,
                    reason=reason.strip(),
                    data={"from_owner_id": cb.owner_id, "from_queue_id": cb.queue_id,
                          "to_user_id": to_user_id, "to_queue_id": to_queue_id},
                )  # fmt: skip
                _timeline(conn, cb.customer_id, actor_id, now, "reassigned",
                          f"Callback reassigned from {cb.owner or cb.queue} to {target}: "
                          f"{reason.strip()}")  # fmt: skip
            return fetch_views(conn, ListFilter(ids=tuple(ids), states=(), limit=len(ids)), now)

    # ---- the sweep -------------------------------------------------------------------------

    def sweep(self, now: dt.datetime | None = None) -> SweepResult:
        """Hand on personal callbacks nobody acted on, and release abandoned claims.

        Every console runs this on its poll; the conditional UPDATEs make each move happen
        exactly once however many consoles sweep at the same moment.
        """
        now = now or utcnow()
        handed: list[int] = []
        released: list[int] = []
        with self.db.write() as conn:
            rows = conn.execute(
                select(_CB.c.id, _CB.c.customer_id, _CB.c.owner_id, _CB.c.queue_id,
                       _CB.c.window_start, _Q.c.grace_minutes, _Q.c.name, _U.c.display_name,
                       _U.c.shift_start, _U.c.shift_end, _U.c.time_zone, _U.c.active)
                .select_from(_CB.join(_Q, _Q.c.id == _CB.c.queue_id)
                             .join(_U, _U.c.id == _CB.c.owner_id))
                .where(OPEN_SQL, _CB.c.state == constant(CallbackState.PENDING.value),
                       _CB.c.owner_id.is_not(None), _CB.c.attempts == 0,
                       _CB.c.due_at <= now)
            ).all()  # fmt: skip
            for r in rows:
                late = now >= r.window_start + dt.timedelta(minutes=int(r.grace_minutes))
                off = not r.active or not is_on_shift(r.shift_start, r.shift_end, r.time_zone,
                                                      now)  # fmt: skip
                if not (late or off):
                    continue
                why = (
                    f"{r.display_name} is off shift" if off else
                    f"nobody acted within {r.grace_minutes} minutes of the window opening"
                )  # fmt: skip
                done = conn.execute(
                    update(_CB).where(_CB.c.id == r.id, _CB.c.owner_id == r.owner_id,
                                      _CB.c.state == constant(CallbackState.PENDING.value),
                                      _CB.c.attempts == 0)
                    .values(owner_id=None, handed_on_at=now, handed_from=r.owner_id,
                            updated_at=now, updated_by=None, version=_CB.c.version + 1)
                )  # fmt: skip
                if done.rowcount != 1:
                    continue
                handed.append(r.id)
                _log(conn, actor_id=None, entity="callback", entity_id=r.id,
                             action="handed_on", from_state=r.display_name, to_state=r.name,
                             reason=why, data={"from_owner_id": r.owner_id,
                                               "queue_id": r.queue_id})  # fmt: skip
                moved = f"Callback moved from {r.display_name} to queue {r.name}: {why}."
                _timeline(conn, r.customer_id, None, now, "handed on", moved)
            stale = conn.execute(
                select(_CB.c.id, _CB.c.claimed_by).where(
                    CLAIMED_SQL,
                    _CB.c.claimed_at < now - CLAIM_TIMEOUT)
            ).all()  # fmt: skip
            for s in stale:
                done = conn.execute(
                    update(_CB).where(_CB.c.id == s.id, CLAIMED_SQL,
                                      _CB.c.claimed_by == s.claimed_by)
                    .values(state=CallbackState.PENDING.value, claimed_by=None,
                            claimed_at=None, updated_at=now, version=_CB.c.version + 1)
                )  # fmt: skip
                if done.rowcount == 1:
                    released.append(s.id)
                    _log(conn, actor_id=None, entity="callback", entity_id=s.id,
                                 action="claim_expired", from_state="claimed",
                                 to_state="pending",
                                 reason=f"no outcome within {CLAIM_TIMEOUT} of the claim",
                                 data={"claimed_by": s.claimed_by})  # fmt: skip
            moved_ids = tuple(handed + released)
            views = {} if not moved_ids else {v.id: v for v in fetch_views(
                conn, ListFilter(ids=moved_ids, states=(), limit=len(moved_ids)))}  # fmt: skip
        return SweepResult(
            tuple(views[i] for i in handed if i in views),
            tuple(views[i] for i in released if i in views),
        )


def _log(conn: Connection, **event: Any) -> None:
    """Record a callback's state change and tell the other consoles (at commit)."""
    record_event(conn, **event)
    announce(conn, "callbacks", id=event["entity_id"])


def _timeline(
    conn: Connection,
    customer_id: int,
    actor_id: int | None,
    now: dt.datetime,
    outcome: str,
    summary: str,
    *,
    direction: str = "internal",
) -> None:
    conn.execute(
        insert(Interaction).values(
            customer_id=customer_id, kind=InteractionKind.CALLBACK.value, direction=direction,
            agent_id=actor_id, started_at=now, ended_at=None, outcome=outcome,
            summary=summary, version=1,
        )
    )  # fmt: skip
