"""The supervisor's dashboard: the callback backlog at a glance, and what stands behind it.

Everything here reads; changes go through ``CallbackService.reassign``. A refresh is a handful
of grouped queries, each answered from a small index, never a scan of the history:

- the open backlog (pending and claimed) grouped by owner, claimer, queue and age bucket, from
  the partial index that holds open callbacks only (a few percent of the table);
- open callbacks due today and tomorrow by hour of the viewer's day;
- promises that ended in the last 14 days, from the index on ``closed_at``: kept, broken
  (reached after the window) and failed (not reached after the maximum of attempts);
- open promises whose window has already ended (overdue) count as broken on the day their
  window ended: a promise nobody kept is broken whether or not anyone closed it.

Service level = kept / (kept + broken + failed + overdue) over the period. Per agent, a closed
promise belongs to whoever recorded its last outcome and an open one to its owner (or the
agent holding it); per queue, to its queue.

Every figure has a ``Drill``: the filter that lists exactly the callbacks it counts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Table, and_, case, func, literal, or_, select

from console.errors import Said
from console.services.callbacks import (
    OPEN_SQL,
    CallbackView,
    filtered_views,
    is_on_shift,
)
from console.services.users import SUPERVISING_ROLES, require_supervising
from console.storage.db import Database
from console.storage.dialect import constant
from console.storage.models import Callback, CallbackState, Event, Queue, Role, User, utcnow

_CB = cast(Table, Callback.__table__)
_U = cast(Table, User.__table__)
_Q = cast(Table, Queue.__table__)
_EV = cast(Table, Event.__table__)

KEPT = CallbackState.KEPT.value
BROKEN = CallbackState.BROKEN.value
FAILED = CallbackState.FAILED.value
PENDING = CallbackState.PENDING.value
CLAIMED = CallbackState.CLAIMED.value

# Backlog by age: how long ago the promise fell due (open callbacks only).
AGE_BUCKETS: tuple[tuple[str, str], ...] = (
    ("later", "Later"),
    ("next_hour", "Next hour"),
    ("due_now", "Due now"),
    ("over_15m", "Overdue < 15 min"),
    ("over_1h", "Overdue 15–60 min"),
    ("over_4h", "Overdue 1–4 h"),
    ("over_1d", "Overdue 4–24 h"),
    ("over_more", "Overdue > 1 day"),
)
OVERDUE_BUCKETS = ("over_15m", "over_1h", "over_4h", "over_1d", "over_more")
TREND_DAYS = 14
PERIOD_DAYS = 7

# Every kind of drill-down, with its English title; {name}, {start}, {end}, {day}, {minutes}
# and {days} come from the drill (``make_drill``). An age bar's drill is of its bucket's key.
# The window words each kind in its language (ui/dashboard_text.py, by the same keys).
DRILL_KINDS: dict[str, str] = {
    "pending": "Pending callbacks",
    "due_now": "Due now",
    "overdue": "Overdue",
    "due_next_hour": "Due in the next hour",
    "unassigned": "Unassigned in queues",
    "failed_7d": "Failed after the maximum of attempts, last 7 days",
    "kept_today": "Kept today",
    "broken_today": "Broken today",
    "kept_7d": "Kept, last 7 days",
    "broken_7d": "Broken, last 7 days",
    **dict(AGE_BUCKETS),
    "due_today_hour": "Due today {start}–{end}",
    "due_tomorrow_hour": "Due tomorrow {start}–{end}",
    "kept_on": "Kept on {day}",
    "broken_on": "Broken on {day}",
    "break_soon": "Promises ending within {minutes} min, nobody on them",
    "off_shift_overdue": "Overdue, {name} (off shift)",
    # A row of the per-agent or per-queue table (the window makes these).
    "row_due_now": "Due now — {name}",
    "row_overdue": "Overdue — {name}",
    "row_kept": "Kept, last {days} days — {name}",
    "row_open": "Open callbacks — {name}",
    "row_unassigned": "Unassigned — {name}",
    "disruption": "Callbacks for the disruption “{name}”",
}


@dataclass(frozen=True)
class Thresholds:
    """When the dashboard raises an alert (supervisor settings)."""

    break_within_min: int = 10  # a promise ends within this many minutes and nobody holds it
    overdue_above: int = 20  # more overdue callbacks than this in all


@dataclass(frozen=True)
class Drill:
    """The callbacks behind one figure: every condition given must hold.

    ``title`` is English, for the command line and logs. ``kind`` and the values after it
    (a name, an hour, a day, minutes) say the same as data, so the window can word the title
    in its own language with the name kept whole and the numbers in the language's digits
    (ui/dashboard_text.py); the kinds are listed in ``DRILL_KINDS``.
    """

    title: str
    open_only: bool = True
    states: tuple[str, ...] = ()
    owner_id: int | None = None  # open: owned or held by this agent; closed: closed by them
    queue_id: int | None = None
    unassigned: bool = False  # no owner and nobody holding it
    unclaimed: bool = False  # nobody holding it
    due_from: dt.datetime | None = None
    due_to: dt.datetime | None = None  # exclusive
    window_end_from: dt.datetime | None = None
    window_end_to: dt.datetime | None = None  # exclusive
    closed_from: dt.datetime | None = None
    closed_to: dt.datetime | None = None  # exclusive
    # Promises broken in a period: closed broken/failed in it, or still open with the window
    # ended in it (the same rule the figures use).
    broken_from: dt.datetime | None = None
    broken_to: dt.datetime | None = None
    incident_id: int | None = None  # callbacks made for this disruption
    # What the title says, as data (see the docstring).
    kind: str = ""
    name: str = ""  # the agent, queue or disruption the figure is about
    hour: int | None = None  # the wall-clock hour a by-hour bar starts at (0-23)
    day: dt.date | None = None  # the viewer's day a trend bar stands for
    minutes: int | None = None  # the alert threshold of "break_soon"


@dataclass(frozen=True)
class Tile:
    key: str
    label: str
    value: int | float | None
    text: str
    drill: Drill
    alert: bool = False


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    drill: Drill
    key: str = ""  # the age bars: their AGE_BUCKETS key (the label is for people)


@dataclass(frozen=True)
class TrendDay:
    day: dt.date
    kept: int
    broken: int
    kept_drill: Drill
    broken_drill: Drill


@dataclass
class Row:
    """One line of the per-agent or per-queue table."""

    id: int
    name: str
    owned: int = 0
    unassigned: int = 0  # queues only: open, no owner, nobody holding it
    due: int = 0
    overdue: int = 0
    oldest_overdue_s: float | None = None
    kept: int = 0
    promised: int = 0  # kept + broken + failed + overdue over the period
    on_shift: bool = True  # agents only
    shift: str = ""

    @property
    def kept_share(self) -> float | None:
        return self.kept / self.promised if self.promised else None


@dataclass(frozen=True)
class Alert:
    kind: str  # break_soon | overdue_above | off_shift
    message: str  # English, for the CLI; the window words it from kind and count (translated)
    drill: Drill
    count: int = 0  # the promises at risk, the callbacks overdue, or the agent's overdue ones


@dataclass(frozen=True)
class Backlog:
    at: dt.datetime
    zone: str
    thresholds: Thresholds
    tiles: tuple[Tile, ...]
    age: tuple[Bar, ...]
    hours_today: tuple[Bar, ...]
    hours_tomorrow: tuple[Bar, ...]
    trend: tuple[TrendDay, ...]
    agents: tuple[Row, ...]
    queues: tuple[Row, ...]
    alerts: tuple[Alert, ...]

    def tile(self, key: str) -> Tile:
        return next(t for t in self.tiles if t.key == key)

    def to_json(self) -> dict[str, Any]:
        """The figures as plain data (``agent-console backlog --json``): stable names."""

        def row(r: Row, kind: str) -> dict[str, Any]:
            out: dict[str, Any] = {
                "id": r.id, "name": r.name, "owned": r.owned, "due": r.due,
                "overdue": r.overdue, "oldest_overdue_s": _round(r.oldest_overdue_s),
                "kept": r.kept, "promised": r.promised, "kept_share": _round(r.kept_share, 4),
            }  # fmt: skip
            if kind == "agent":
                out.update(on_shift=r.on_shift, shift=r.shift)
            else:
                out["unassigned"] = r.unassigned
            return out

        return {
            "at": self.at.isoformat(),
            "zone": self.zone,
            "thresholds": dataclasses.asdict(self.thresholds),
            "tiles": {t.key: _round(t.value, 4) for t in self.tiles},
            "age_buckets": {k: b.count for (k, _), b in zip(AGE_BUCKETS, self.age, strict=True)},
            "due_by_hour": {
                "today": [b.count for b in self.hours_today],
                "tomorrow": [b.count for b in self.hours_tomorrow],
            },
            "trend": [
                {"day": d.day.isoformat(), "kept": d.kept, "broken": d.broken} for d in self.trend
            ],
            "agents": [row(r, "agent") for r in self.agents],
            "queues": [row(r, "queue") for r in self.queues],
            "alerts": [{"kind": a.kind, "message": a.message} for a in self.alerts],
        }


def make_drill(
    kind: str,
    *,
    name: str = "",
    hour: int | None = None,
    day: dt.date | None = None,
    minutes: int | None = None,
    **conditions: Any,
) -> Drill:
    """A drill of a kind of ``DRILL_KINDS``, its English title written from the same values
    the window words it from."""
    title = DRILL_KINDS[kind].format(
        name=name,
        start="" if hour is None else f"{hour:02d}:00",
        end="" if hour is None else f"{hour + 1:02d}:00",
        day="" if day is None else f"{day:%a %d %b}",
        minutes=minutes,
        days=PERIOD_DAYS,
    )
    return Drill(title, kind=kind, name=name, hour=hour, day=day, minutes=minutes, **conditions)


def _round(value: float | int | None, digits: int = 1) -> float | int | None:
    if value is None or isinstance(value, int):
        return value
    return round(value, digits)


def age_text(seconds: float | None) -> str:
    """A duration as a supervisor reads it: "45 min", "3 h 20 min", "2 d 4 h"."""
    if seconds is None:
        return "—"
    minutes = max(0, math.floor(seconds / 60))
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h" if hours else f"{days} d"


def share_text(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.0f}%"


def _cases(column: Any, edges: Sequence[dt.datetime]) -> Any:
    """Index of the interval of ``edges`` the column falls in (-1 before the first)."""
    return case(*((column < edge, i - 1) for i, edge in enumerate(edges)), else_=len(edges) - 1)


def drill_condition(d: Drill) -> Any:
    """The SQL condition for a drill (usable in a WHERE on the callbacks table)."""
    conds: list[Any] = []
    if d.open_only:
        conds.append(OPEN_SQL)
    if d.states:
        conds.append(_CB.c.state.in_(d.states))
    if d.owner_id is not None:
        if d.open_only:
            conds.append(
                or_(
                    and_(_CB.c.state == constant(CLAIMED), _CB.c.claimed_by == d.owner_id),
                    and_(_CB.c.state == constant(PENDING), _CB.c.owner_id == d.owner_id),
                )
            )
        else:
            conds.append(
                or_(
                    and_(_CB.c.state.in_((PENDING, CLAIMED)), _CB.c.owner_id == d.owner_id),
                    and_(_CB.c.state.in_((KEPT, BROKEN, FAILED)), _CB.c.updated_by == d.owner_id),
                )
            )
    if d.queue_id is not None:
        conds.append(_CB.c.queue_id == d.queue_id)
    if d.incident_id is not None:
        conds.append(_CB.c.incident_id == d.incident_id)
    if d.unassigned:
        conds += [_CB.c.owner_id.is_(None), _CB.c.state == constant(PENDING)]
    if d.unclaimed:
        conds.append(_CB.c.state == constant(PENDING))
    for col, lo, hi in (
        (_CB.c.due_at, d.due_from, d.due_to),
        (_CB.c.window_end, d.window_end_from, d.window_end_to),
        (_CB.c.closed_at, d.closed_from, d.closed_to),
    ):
        if lo is not None:
            conds.append(col >= lo)
        if hi is not None:
            conds.append(col < hi)
    if d.broken_from is not None and d.broken_to is not None:
        conds.append(
            or_(
                and_(_CB.c.state.in_((BROKEN, FAILED)), _CB.c.closed_at >= d.broken_from,
                     _CB.c.closed_at < d.broken_to),
                and_(OPEN_SQL, _CB.c.window_end >= d.broken_from,
                     _CB.c.window_end < d.broken_to),
            )
        )  # fmt: skip
    return and_(*conds) if conds else literal(True)


@dataclass(frozen=True)
class Edges:
    """The instants (UTC) the figures are cut at, for one moment seen from one zone."""

    today: dt.datetime  # the viewer's midnight
    tomorrow: dt.datetime
    after: dt.datetime  # the midnight after tomorrow
    trend: list[dt.datetime]  # 15 midnights: 14 days ending with today
    hours: list[dt.datetime]  # 49 wall-clock hours: today's and tomorrow's
    age: list[dt.datetime]  # now - 1 day, - 4 h, - 1 h, - 15 min
    week_ago: dt.datetime


def edges(now: dt.datetime, zone: str) -> Edges:
    tz = ZoneInfo(zone)
    local_day = now.astimezone(tz).date()

    def at(days: int, hour: int = 0) -> dt.datetime:
        # By the calendar and the wall clock: 24-hour steps would drift across a DST change.
        day = local_day + dt.timedelta(days=days)
        return dt.datetime.combine(day, dt.time(hour), tz).astimezone(dt.UTC)

    hour = dt.timedelta(hours=1)
    return Edges(
        today=at(0), tomorrow=at(1), after=at(2),
        trend=[at(-i) for i in range(TREND_DAYS - 1, -1, -1)] + [at(1)],
        hours=[at(d, h) for d in (0, 1) for h in range(24)] + [at(2)],
        age=[now - dt.timedelta(days=1), now - 4 * hour, now - hour,
             now - dt.timedelta(minutes=15)],
        week_ago=now - dt.timedelta(days=PERIOD_DAYS),
    )  # fmt: skip


@dataclass
class _Acc:
    """Running totals while reading the grouped rows."""

    age: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    oldest_overdue: dt.datetime | None = None
    agents: dict[int, Row] = field(default_factory=dict)
    queues: dict[int, Row] = field(default_factory=dict)
    kept: int = 0  # over the period
    promised: int = 0
    failed: int = 0


class DashboardService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def check_viewer(conn: Connection, viewer_id: int | None) -> None:
        if viewer_id is None:
            return
        require_supervising(conn, viewer_id, Said("The dashboard is for supervisors and admins."))

    def backlog(
        self,
        viewer_id: int | None,
        zone: str,
        thresholds: Thresholds | None = None,
        now: dt.datetime | None = None,
    ) -> Backlog:
        """Every figure of the dashboard, as of ``now``, with days in ``zone``."""
        now = now or utcnow()
        thresholds = thresholds or Thresholds()
        e = edges(now, zone)
        today, tomorrow, after = e.today, e.tomorrow, e.after
        trend_edges, hour_edges, age_edges, week_ago = e.trend, e.hours, e.age, e.week_ago

        acc = _Acc()
        with self.db.read() as conn:
            self.check_viewer(conn, viewer_id)
            people = conn.execute(
                select(_U.c.id, _U.c.display_name, _U.c.time_zone, _U.c.shift_start,
                       _U.c.shift_end)
                .where(_U.c.active.is_(True),
                       _U.c.role.in_((Role.AGENT.value, *SUPERVISING_ROLES)))
            ).all()  # fmt: skip
            for p in people:
                acc.agents[p.id] = Row(
                    p.id, p.display_name,
                    on_shift=is_on_shift(p.shift_start, p.shift_end, p.time_zone, now),
                    shift=f"{p.shift_start}–{p.shift_end}" if p.shift_start else "",
                )  # fmt: skip
            for q in conn.execute(select(_Q.c.id, _Q.c.name)):
                acc.queues[q.id] = Row(q.id, q.name)
            self._open(conn, acc, now, age_edges)
            due_hours = self._due_by_hour(conn, hour_edges)
            kept_days, broken_days = self._trend(conn, trend_edges, now)
            self._period(conn, acc, week_ago, now)
            at_risk = conn.scalar(
                select(func.count()).select_from(_CB).where(
                    OPEN_SQL, _CB.c.state == constant(PENDING), _CB.c.window_end >= now,
                    _CB.c.window_end < now + dt.timedelta(minutes=thresholds.break_within_min),
                )
            )  # fmt: skip
        return self._assemble(
            acc, now, zone, thresholds, today, tomorrow, after, week_ago, trend_edges,
            hour_edges, due_hours, kept_days, broken_days, int(at_risk or 0), age_edges,
        )  # fmt: skip

    # ---- the queries -----------------------------------------------------------------------

    @staticmethod
    def _open(conn: Connection, acc: _Acc, now: dt.datetime, age_edges: list[dt.datetime]) -> None:
        overdue_age = _cases(_CB.c.window_end, [*age_edges, now])  # -1 … 4 (4: not overdue)
        not_overdue = case(
            (_CB.c.due_at < now, 2), (_CB.c.due_at < now + dt.timedelta(hours=1), 1), else_=0
        )
        bucket = case((_CB.c.window_end < now, 6 - overdue_age), else_=not_overdue)
        stmt = (
            select(_CB.c.state, _CB.c.owner_id, _CB.c.claimed_by, _CB.c.queue_id,
                   bucket.label("bucket"), func.count().label("n"),
                   func.min(_CB.c.window_end).label("oldest"))
            .where(OPEN_SQL)
            .group_by(_CB.c.state, _CB.c.owner_id, _CB.c.claimed_by, _CB.c.queue_id, bucket)
        )  # fmt: skip
        for r in conn.execute(stmt):
            key = AGE_BUCKETS[int(r.bucket)][0]
            n = int(r.n)
            acc.age[key] += n
            overdue = key in OVERDUE_BUCKETS
            holder = r.claimed_by if r.state == CLAIMED else r.owner_id
            rows = [acc.queues.get(r.queue_id)]
            if holder is not None:
                rows.append(acc.agents.get(holder))
            for row in rows:
                if row is None:
                    continue
                row.owned += n
                row.due += n if key == "due_now" else 0
                if overdue:
                    row.overdue += n
                    age = (now - r.oldest).total_seconds()
                    row.oldest_overdue_s = max(row.oldest_overdue_s or 0.0, age)
            q = acc.queues.get(r.queue_id)
            if q is not None and r.owner_id is None and r.state == PENDING:
                q.unassigned += n
            if overdue and (acc.oldest_overdue is None or r.oldest < acc.oldest_overdue):
                acc.oldest_overdue = r.oldest

    @staticmethod
    def _due_by_hour(conn: Connection, edges: list[dt.datetime]) -> list[int]:
        slot = _cases(_CB.c.due_at, edges)
        counts = [0] * (len(edges) - 1)
        stmt = (
            select(slot.label("slot"), func.count().label("n"))
            .where(OPEN_SQL, _CB.c.due_at >= edges[0], _CB.c.due_at < edges[-1])
            .group_by(slot)
        )
        for r in conn.execute(stmt):
            if 0 <= r.slot < len(counts):
                counts[int(r.slot)] += int(r.n)
        return counts

    @staticmethod
    def _trend(
        conn: Connection, edges: list[dt.datetime], now: dt.datetime
    ) -> tuple[list[int], list[int]]:
        kept, broken = [0] * (len(edges) - 1), [0] * (len(edges) - 1)
        day = _cases(_CB.c.closed_at, edges)
        closed = (
            select(day.label("day"), _CB.c.state, func.count().label("n"))
            .where(_CB.c.closed_at >= edges[0], _CB.c.closed_at < edges[-1],
                   _CB.c.state.in_((KEPT, BROKEN, FAILED)))
            .group_by(day, _CB.c.state)
        )  # fmt: skip
        for r in conn.execute(closed):
            if 0 <= r.day < len(kept):
                (kept if r.state == KEPT else broken)[int(r.day)] += int(r.n)
        ended = _cases(_CB.c.window_end, edges)
        overdue = (
            select(ended.label("day"), func.count().label("n"))
            .where(OPEN_SQL, _CB.c.window_end >= edges[0], _CB.c.window_end < now)
            .group_by(ended)
        )
        for r in conn.execute(overdue):
            if 0 <= r.day < len(broken):
                broken[int(r.day)] += int(r.n)
        return kept, broken

    @staticmethod
    def _period(conn: Connection, acc: _Acc, since: dt.datetime, now: dt.datetime) -> None:
        """Kept share per agent and queue over the period (closed, and overdue in it)."""
        closed = (
            select(_CB.c.updated_by, _CB.c.queue_id, _CB.c.state, func.count().label("n"))
            .where(_CB.c.closed_at >= since, _CB.c.closed_at < now,
                   _CB.c.state.in_((KEPT, BROKEN, FAILED)))
            .group_by(_CB.c.updated_by, _CB.c.queue_id, _CB.c.state)
        )  # fmt: skip
        for r in conn.execute(closed):
            n = int(r.n)
            acc.promised += n
            acc.kept += n if r.state == KEPT else 0
            acc.failed += n if r.state == FAILED else 0
            for row in (acc.agents.get(r.updated_by), acc.queues.get(r.queue_id)):
                if row is not None:
                    row.promised += n
                    row.kept += n if r.state == KEPT else 0
        overdue = (
            select(_CB.c.state, _CB.c.owner_id, _CB.c.claimed_by, _CB.c.queue_id,
                   func.count().label("n"))
            .where(OPEN_SQL, _CB.c.window_end >= since, _CB.c.window_end < now)
            .group_by(_CB.c.state, _CB.c.owner_id, _CB.c.claimed_by, _CB.c.queue_id)
        )  # fmt: skip
        for r in conn.execute(overdue):
            acc.promised += int(r.n)
            holder = r.claimed_by if r.state == CLAIMED else r.owner_id
            for row in (acc.agents.get(holder), acc.queues.get(r.queue_id)):
                if row is not None:
                    row.promised += int(r.n)

    # ---- putting it together -----------------------------------------------------------------

    @staticmethod
    def _assemble(
        acc: _Acc, now: dt.datetime, zone: str, th: Thresholds, today: dt.datetime,
        tomorrow: dt.datetime, after: dt.datetime, week_ago: dt.datetime,
        trend_edges: list[dt.datetime], hour_edges: list[dt.datetime], due_hours: list[int],
        kept_days: list[int], broken_days: list[int], at_risk: int,
        age_edges: list[dt.datetime],
    ) -> Backlog:  # fmt: skip
        age = acc.age
        overdue = sum(age[k] for k in OVERDUE_BUCKETS)
        pending = sum(age.values())
        unassigned = sum(q.unassigned for q in acc.queues.values())
        kept_today, broken_today = kept_days[-1], broken_days[-1]
        # The last seven calendar days of the trend are close to, but not, "the last 7 x 24 h":
        # the 7-day tiles use the rolling period, like the per-agent and per-queue tables.
        kept_7d, promised_7d, failed_7d = acc.kept, acc.promised, acc.failed
        oldest = round((now - acc.oldest_overdue).total_seconds()) if acc.oldest_overdue else None
        hour = dt.timedelta(hours=1)
        risk_to = now + dt.timedelta(minutes=th.break_within_min)

        def share(kept: int, promised: int) -> float | None:
            return kept / promised if promised else None

        tiles = [
            Tile("pending", "Pending", pending, f"{pending:,}", make_drill("pending")),
            Tile("due_now", "Due now", age["due_now"], f"{age['due_now']:,}",
                 make_drill("due_now", due_to=now, window_end_from=now)),
            Tile("overdue", "Overdue", overdue, f"{overdue:,}",
                 make_drill("overdue", window_end_to=now), alert=overdue > th.overdue_above),
            Tile("due_next_hour", "Due in the next hour", age["next_hour"],
                 f"{age['next_hour']:,}", make_drill("due_next_hour", due_from=now,
                                                      due_to=now + hour, window_end_from=now)),
            Tile("unassigned", "Unassigned in queues", unassigned, f"{unassigned:,}",
                 make_drill("unassigned", unassigned=True)),
            Tile("failed_7d", "Failed (7 days)", failed_7d, f"{failed_7d:,}",
                 make_drill("failed_7d", open_only=False, states=(FAILED,), closed_from=week_ago,
                            closed_to=now)),
            Tile("oldest_overdue_s", "Oldest overdue", oldest, age_text(oldest),
                 make_drill("overdue", window_end_to=now)),
            Tile("kept_today", "Kept today", kept_today, f"{kept_today:,}",
                 make_drill("kept_today", open_only=False, states=(KEPT,), closed_from=today,
                            closed_to=tomorrow)),
            Tile("broken_today", "Broken today", broken_today, f"{broken_today:,}",
                 make_drill("broken_today", open_only=False, broken_from=today, broken_to=now)),
            Tile("service_level_today", "Kept in window today",
                 share(kept_today, kept_today + broken_today),
                 share_text(share(kept_today, kept_today + broken_today)),
                 make_drill("kept_today", open_only=False, states=(KEPT,), closed_from=today,
                            closed_to=tomorrow)),
            Tile("kept_7d", "Kept (7 days)", kept_7d, f"{kept_7d:,}",
                 make_drill("kept_7d", open_only=False, states=(KEPT,), closed_from=week_ago,
                            closed_to=now)),
            Tile("broken_7d", "Broken (7 days)", promised_7d - kept_7d,
                 f"{promised_7d - kept_7d:,}",
                 make_drill("broken_7d", open_only=False, broken_from=week_ago, broken_to=now)),
            Tile("service_level_7d", "Kept in window (7 days)", share(kept_7d, promised_7d),
                 share_text(share(kept_7d, promised_7d)),
                 make_drill("broken_7d", open_only=False, broken_from=week_ago, broken_to=now)),
        ]  # fmt: skip
        ages = []
        for i, (key, label) in enumerate(AGE_BUCKETS):
            ages.append(Bar(label, age[key], _age_drill(i, key, now, age_edges), key=key))
        hours = [
            Bar(f"{h:02d}", due_hours[d * 24 + h],
                make_drill("due_tomorrow_hour" if d else "due_today_hour", hour=h,
                           due_from=hour_edges[d * 24 + h], due_to=hour_edges[d * 24 + h + 1]))
            for d in (0, 1) for h in range(24)
        ]  # fmt: skip
        trend = []
        for i in range(len(trend_edges) - 1):
            lo, hi = trend_edges[i], trend_edges[i + 1]
            day = lo.astimezone(ZoneInfo(zone)).date()
            trend.append(
                TrendDay(
                    day, kept_days[i], broken_days[i],
                    make_drill("kept_on", day=day, open_only=False, states=(KEPT,),
                               closed_from=lo, closed_to=hi),
                    make_drill("broken_on", day=day, open_only=False, broken_from=lo,
                               broken_to=min(hi, now)),
                )
            )  # fmt: skip
        alerts: list[Alert] = []
        if at_risk:
            alerts.append(Alert(
                "break_soon",
                f"{at_risk} promise{'s' if at_risk != 1 else ''} will break within "
                f"{th.break_within_min} min with nobody on {'them' if at_risk != 1 else 'it'}",
                make_drill("break_soon", minutes=th.break_within_min, unclaimed=True,
                           window_end_from=now, window_end_to=risk_to),
                count=at_risk,
            ))  # fmt: skip
        if overdue > th.overdue_above:
            alerts.append(Alert(
                "overdue_above", f"{overdue:,} overdue (alert above {th.overdue_above})",
                make_drill("overdue", window_end_to=now), count=overdue,
            ))  # fmt: skip
        for r in sorted(acc.agents.values(), key=lambda r: r.name):
            if r.overdue and not r.on_shift:
                alerts.append(Alert(
                    "off_shift",
                    f"{r.name} is off shift with {r.overdue} overdue callback"
                    f"{'s' if r.overdue != 1 else ''}",
                    make_drill("off_shift_overdue", name=r.name, owner_id=r.id,
                               window_end_to=now),
                    count=r.overdue,
                ))  # fmt: skip
        agents = tuple(r for r in acc.agents.values() if r.owned or r.promised)
        return Backlog(
            now, zone, th, tuple(tiles), tuple(ages), tuple(hours[:24]), tuple(hours[24:]),
            tuple(trend), tuple(sorted(agents, key=lambda r: r.name.casefold())),
            tuple(sorted(acc.queues.values(), key=lambda r: r.name.casefold())), tuple(alerts),
        )  # fmt: skip

    # ---- change detection and reassignment targets ---------------------------------------------

    def change_marker(self) -> int:
        """A number that grows with every callback state change (the newest event id): a
        console without notifications (SQLite) polls this cheaply and refreshes only when it
        moved."""
        with self.db.read() as conn:
            return int(conn.scalar(select(func.max(_EV.c.id))) or 0)

    def targets(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """Who and where callbacks can be reassigned to: active people and every queue."""
        with self.db.read() as conn:
            people = [
                (int(r.id), str(r.display_name))
                for r in conn.execute(
                    select(_U.c.id, _U.c.display_name)
                    .where(_U.c.active.is_(True))
                    .order_by(func.lower(_U.c.display_name))
                )
            ]
            queues = [
                (int(r.id), str(r.name))
                for r in conn.execute(select(_Q.c.id, _Q.c.name).order_by(func.lower(_Q.c.name)))
            ]
        return people, queues

    # ---- drill-down ----------------------------------------------------------------------------

    def drill(
        self, viewer_id: int | None, d: Drill, *, limit: int = 1000, now: dt.datetime | None = None
    ) -> list[CallbackView]:
        """The callbacks behind a figure, in work order (at most ``limit``)."""
        with self.db.read() as conn:
            self.check_viewer(conn, viewer_id)
            return filtered_views(conn, drill_condition(d), now or utcnow(), limit)

    def count(self, viewer_id: int | None, d: Drill) -> int:
        with self.db.read() as conn:
            self.check_viewer(conn, viewer_id)
            return int(
                conn.scalar(select(func.count()).select_from(_CB).where(drill_condition(d))) or 0
            )


def _age_drill(i: int, key: str, now: dt.datetime, edges: list[dt.datetime]) -> Drill:
    hour = dt.timedelta(hours=1)
    day_ago, four_h, one_h, quarter = edges
    conditions: list[dict[str, Any]] = [
        {"due_from": now + hour, "window_end_from": now},
        {"due_from": now, "due_to": now + hour, "window_end_from": now},
        {"due_to": now, "window_end_from": now},
        {"window_end_from": quarter, "window_end_to": now},
        {"window_end_from": one_h, "window_end_to": quarter},
        {"window_end_from": four_h, "window_end_to": one_h},
        {"window_end_from": day_ago, "window_end_to": four_h},
        {"window_end_to": day_ago},
    ]
    return make_drill(key, **conditions[i])
