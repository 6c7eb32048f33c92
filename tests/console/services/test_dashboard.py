"""The supervisor dashboard's figures against a hand-built backlog, on both databases.

Every figure is checked twice: against the value worked out by hand below, and against the
list its drill-down opens (the count a supervisor sees must be the rows they get)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import insert, select, update

from console.errors import UserFacingError
from console.services.dashboard import Backlog, DashboardService, Drill, Thresholds, age_text
from console.storage.db import Database
from console.storage.models import Callback, Event, User
from tests.support.world import World, _world

UTC = dt.UTC
# Tuesday 24 November 2026, 12:00 UTC = 14:00 in Tallinn (the supervisor's zone).
NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
ZONE = "Europe/Tallinn"
H = dt.timedelta(hours=1)
M = dt.timedelta(minutes=1)
D = dt.timedelta(days=1)


@pytest.fixture
def w(db: Database) -> World:
    return _world(db)


def _cb(w: World, key: str, ids: dict[str, int], **kw: Any) -> None:
    """One callback row exactly as the scenario needs it (times relative to NOW)."""
    end = kw.pop("window_end")
    row = {
        "customer_id": w.john, "phone_e164": "+12125550100", "queue_id": w.queue,
        "owner_id": None, "window_start": end - 30 * M, "window_end": end,
        "zone": "America/New_York", "asap": False, "promise": "", "note": key,
        "priority": 0, "priority_reasons": [], "state": "pending", "due_at": end - 30 * M,
        "attempts": 0, "last_outcome": "", "created_at": NOW - 20 * D, "updated_at": NOW,
        "version": 1,
    }  # fmt: skip
    row.update(kw)
    with w.db.write() as conn:
        ids[key] = int(
            conn.execute(insert(Callback).values(**row).returning(Callback.id)).scalar_one()
        )


def _scenario(w: World) -> dict[str, int]:
    ids: dict[str, int] = {}
    # Closed today: kept (Ana), reached late = broken (Ben), failed after the attempts (Ben).
    _cb(w, "A_kept", ids, window_end=NOW - 90 * M, state="kept", closed_at=NOW - 2 * H,
        updated_by=w.ana, last_outcome="reached")  # fmt: skip
    _cb(w, "B_late", ids, window_end=NOW - 3 * H, state="broken", closed_at=NOW - H,
        updated_by=w.ben, last_outcome="reached")  # fmt: skip
    _cb(w, "C_failed", ids, window_end=NOW - 4 * H, state="failed", closed_at=NOW - 3 * H,
        updated_by=w.ben, attempts=3, last_outcome="no_answer")  # fmt: skip
    # Open: Ana's, 30 min overdue; two unassigned in the queue due now, one ending in 5 min;
    # Ben's due in half an hour; Ben's tomorrow in the evening queue; Ana's two days overdue.
    _cb(w, "D_overdue", ids, window_end=NOW - 30 * M, due_at=NOW - H, owner_id=w.ana)
    _cb(w, "E_due", ids, window_end=NOW + 20 * M, due_at=NOW - 5 * M)
    _cb(w, "F_at_risk", ids, window_end=NOW + 5 * M, due_at=NOW - 10 * M)
    _cb(w, "G_next_hour", ids, window_end=NOW + H, due_at=NOW + 30 * M, owner_id=w.ben)
    _cb(w, "H_tomorrow", ids, window_end=NOW + D - 3 * H + 30 * M, due_at=NOW + D - 4 * H,
        owner_id=w.ben, queue_id=w.evening)  # tomorrow 10:00 in Tallinn  # fmt: skip
    _cb(w, "L_old", ids, window_end=NOW - 2 * D, due_at=NOW - 2 * D - 30 * M, owner_id=w.ana)
    # History: kept three days ago (Ana), cancelled today, broken ten days ago.
    _cb(w, "I_kept_3d", ids, window_end=NOW - 3 * D, state="kept", closed_at=NOW - 3 * D,
        updated_by=w.ana)  # fmt: skip
    _cb(w, "J_cancelled", ids, window_end=NOW - H, state="cancelled", closed_at=NOW - 2 * H,
        updated_by=w.sue)  # fmt: skip
    _cb(w, "K_broken_10d", ids, window_end=NOW - 10 * D - H, state="broken",
        closed_at=NOW - 10 * D, updated_by=w.ben)  # fmt: skip
    # Ana's shift ended at 10:00 her time: her overdue callbacks are an alert.
    with w.db.write() as conn:
        conn.execute(
            update(User).where(User.id == w.ana).values(shift_start="06:00", shift_end="10:00")
        )
    return ids


def _ids_of(w: World, d: Drill, ids: dict[str, int]) -> set[str]:
    names = {v: k for k, v in ids.items()}
    return {names[c.id] for c in DashboardService(w.db).drill(w.sue, d, now=NOW)}


def _backlog(w: World, **kw: Any) -> Backlog:
    return DashboardService(w.db).backlog(w.sue, ZONE, Thresholds(**kw), now=NOW)


def test_tiles_match_the_hand_built_backlog(w: World) -> None:
    _scenario(w)
    b = _backlog(w, overdue_above=1)
    tiles = {t.key: t.value for t in b.tiles}
    assert tiles == {
        "pending": 6, "due_now": 2, "overdue": 2, "due_next_hour": 1, "unassigned": 2,
        "failed_7d": 1, "oldest_overdue_s": 2 * 86400, "kept_today": 1,
        "broken_today": 3,  # reached late, failed, and Ana's overdue one (its window ended today)
        "service_level_today": 0.25, "kept_7d": 2, "broken_7d": 4,
        "service_level_7d": pytest.approx(2 / 6),
    }  # fmt: skip
    assert b.tile("oldest_overdue_s").text == "2 d"
    assert b.tile("overdue").alert  # above the threshold of 1
    assert [bar.count for bar in b.age] == [1, 1, 2, 0, 1, 0, 0, 1]
    assert b.hours_today[13].count == 3 and b.hours_today[14].count == 1
    assert sum(bar.count for bar in b.hours_today) == 4
    assert [bar.count for bar in b.hours_tomorrow if bar.count] == [1]
    assert b.hours_tomorrow[10].count == 1
    trend = {d.day: (d.kept, d.broken) for d in b.trend}
    assert len(b.trend) == 14 and b.trend[-1].day == dt.date(2026, 11, 24)
    assert trend[dt.date(2026, 11, 24)] == (1, 3)
    assert trend[dt.date(2026, 11, 22)] == (0, 1)  # Ana's two-day-old promise, never kept
    assert trend[dt.date(2026, 11, 21)] == (1, 0)
    assert trend[dt.date(2026, 11, 14)] == (0, 1)


def test_agent_and_queue_tables(w: World) -> None:
    _scenario(w)
    b = _backlog(w)
    agents = {r.name: r for r in b.agents}
    ana, ben = agents["Ana"], agents["Ben"]
    assert (ana.owned, ana.due, ana.overdue, ana.kept, ana.promised) == (2, 0, 2, 2, 4)
    assert ana.kept_share == 0.5 and not ana.on_shift
    assert ana.oldest_overdue_s == 2 * 86400.0
    assert (ben.owned, ben.overdue, ben.kept, ben.promised, ben.kept_share) == (2, 0, 0, 2, 0.0)
    queues = {r.name: r for r in b.queues}
    assert (queues["General"].owned, queues["General"].unassigned) == (5, 2)
    assert (queues["General"].overdue, queues["Evening"].owned) == (2, 1)
    assert queues["General"].kept_share == pytest.approx(2 / 6)
    doc = b.to_json()
    assert doc["tiles"]["pending"] == 6
    assert {a["name"]: a["on_shift"] for a in doc["agents"]} == {"Ana": False, "Ben": True}


def test_alerts_name_the_promise_about_to_break_and_the_agent_who_left(w: World) -> None:
    _scenario(w)
    b = _backlog(w, overdue_above=5, break_within_min=10)
    assert [(a.kind, a.message) for a in b.alerts] == [
        ("break_soon", "1 promise will break within 10 min with nobody on it"),
        ("off_shift", "Ana is off shift with 2 overdue callbacks"),
    ]
    ids = _scenario_ids(w)
    assert _ids_of(w, b.alerts[0].drill, ids) == {"F_at_risk"}
    assert _ids_of(w, b.alerts[1].drill, ids) == {"D_overdue", "L_old"}
    assert [a.kind for a in _backlog(w, overdue_above=1).alerts] == [
        "break_soon", "overdue_above", "off_shift",
    ]  # fmt: skip


def _scenario_ids(w: World) -> dict[str, int]:
    with w.db.read() as conn:
        return {r.note: r.id for r in conn.execute(select(Callback.note, Callback.id))}


def test_every_figure_drills_down_to_exactly_the_callbacks_it_counts(w: World) -> None:
    ids = _scenario(w)
    b = _backlog(w)
    dash = DashboardService(w.db)
    sue = w.sue
    expected = {
        "pending": {"D_overdue", "E_due", "F_at_risk", "G_next_hour", "H_tomorrow", "L_old"},
        "due_now": {"E_due", "F_at_risk"},
        "overdue": {"D_overdue", "L_old"},
        "due_next_hour": {"G_next_hour"},
        "unassigned": {"E_due", "F_at_risk"},
        "failed_7d": {"C_failed"},
        "kept_today": {"A_kept"},
        "broken_today": {"B_late", "C_failed", "D_overdue"},
        "kept_7d": {"A_kept", "I_kept_3d"},
        "broken_7d": {"B_late", "C_failed", "D_overdue", "L_old"},
    }
    for key, names in expected.items():
        assert _ids_of(w, b.tile(key).drill, ids) == names, key
        assert dash.count(sue, b.tile(key).drill) == b.tile(key).value, key
    for bar in (*b.age, *b.hours_today, *b.hours_tomorrow):
        assert dash.count(sue, bar.drill) == bar.count, bar.drill.title
    for day in b.trend:
        assert dash.count(sue, day.kept_drill) == day.kept, day.kept_drill.title
        assert dash.count(sue, day.broken_drill) == day.broken, day.broken_drill.title
    for row in b.agents:
        assert dash.count(sue, Drill("", owner_id=row.id)) == row.owned
        assert dash.count(sue, Drill("", owner_id=row.id, window_end_to=NOW)) == row.overdue
    for row in b.queues:
        assert dash.count(sue, Drill("", queue_id=row.id)) == row.owned
        assert dash.count(sue, Drill("", queue_id=row.id, unassigned=True)) == row.unassigned


def test_reassigning_from_the_dashboard_moves_the_figures_and_is_logged(w: World) -> None:
    ids = _scenario(w)
    b = _backlog(w)
    off_shift = next(a for a in b.alerts if a.kind == "off_shift")
    dash = DashboardService(w.db)
    chosen = [c.id for c in dash.drill(w.sue, off_shift.drill, now=NOW)]
    assert sorted(chosen) == sorted([ids["D_overdue"], ids["L_old"]])
    w.svc.reassign(chosen, w.sue, to_queue_id=w.evening, reason="Ana left at 10", now=NOW)
    after = _backlog(w)
    assert "Ana" not in {r.name for r in after.agents if r.owned}
    assert not [a for a in after.alerts if a.kind == "off_shift"]
    evening = next(r for r in after.queues if r.name == "Evening")
    assert (evening.owned, evening.unassigned, evening.overdue) == (3, 2, 2)
    assert after.tile("unassigned").value == 4
    assert after.tile("overdue").value == 2  # still overdue: moved, not kept
    with w.db.read() as conn:
        log = conn.execute(
            select(Event.entity_id, Event.actor_id, Event.reason).where(
                Event.action == "reassigned"
            )
        ).all()
    assert sorted(log) == sorted((i, w.sue, "Ana left at 10") for i in chosen)


def test_an_agent_cannot_open_the_dashboard(w: World) -> None:
    _scenario(w)
    dash = DashboardService(w.db)
    with pytest.raises(UserFacingError, match="for supervisors"):
        dash.backlog(w.ana, ZONE, now=NOW)
    with pytest.raises(UserFacingError, match="for supervisors"):
        dash.drill(w.ben, Drill("Overdue", window_end_to=NOW))


def test_an_empty_database_shows_zeros_not_errors(w: World) -> None:
    b = _backlog(w)
    assert b.tile("pending").value == 0 and b.tile("oldest_overdue_s").value is None
    assert b.tile("service_level_7d").text == "—" and b.alerts == ()
    assert b.tile("oldest_overdue_s").text == "—"


def test_days_follow_the_viewers_calendar_across_a_dst_change(w: World) -> None:
    """29 March 2026 has 23 hours in Tallinn: today's 24 hour bars still cover it exactly."""
    now = dt.datetime(2026, 3, 29, 12, 0, tzinfo=UTC)
    b = DashboardService(w.db).backlog(w.sue, ZONE, now=now)
    assert [bar.label for bar in b.hours_today][:4] == ["00", "01", "02", "03"]
    first, last = b.hours_today[0].drill, b.hours_today[-1].drill
    assert first.due_from == dt.datetime(2026, 3, 28, 22, 0, tzinfo=UTC)
    assert last.due_to == dt.datetime(2026, 3, 29, 21, 0, tzinfo=UTC)  # midnight, EEST
    assert b.trend[-1].day == dt.date(2026, 3, 29)


def test_age_text() -> None:
    assert [age_text(s) for s in (None, 59, 600, 3600, 4500, 86400, 90000 + 3600)] == [
        "—", "0 min", "10 min", "1 h", "1 h 15 min", "1 d", "1 d 2 h",
    ]  # fmt: skip


def test_the_change_marker_moves_with_every_callback_change(w: World) -> None:
    ids = _scenario(w)
    dash = DashboardService(w.db)
    before = dash.change_marker()
    assert dash.change_marker() == before  # nothing changed: a poll finds nothing to do
    w.svc.claim(ids["E_due"], w.ben, now=NOW)
    assert dash.change_marker() > before
    people, queues = dash.targets()
    assert [name for _, name in queues] == ["Evening", "General"]
    assert {"Ana", "Ben", "Sue"} <= {name for _, name in people}
