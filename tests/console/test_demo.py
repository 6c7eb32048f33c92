"""The demo data: enough to play every scenario, in many scripts and zones."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from console import scheduling
from console.demo import DEFAULT_RULES, DISRUPTED_VOYAGE, build_demo
from console.errors import UserFacingError
from console.services.callbacks import CallbackService, CallbackView, ListFilter, fetch_views
from console.services.priority import load_rules
from console.storage.db import Database
from console.storage.models import Callback, Customer, Interaction, Queue, User

# Tuesday 3 November 2026, 12:07 in Tallinn: the week has a Russian holiday (Wednesday 4th).
NOW = dt.datetime(2026, 11, 3, 10, 7, 31, tzinfo=dt.UTC)
OPEN = ("pending", "claimed")


def test_demo_has_what_the_scenarios_need(db: Database) -> None:
    summary = build_demo(db, 2000)
    assert summary.customers == 2000
    assert summary.interactions >= 20_000
    with db.read() as conn:
        zones = set(conn.scalars(select(Customer.time_zone)))
        countries = set(conn.scalars(select(Customer.country)))
        languages = Counter(conn.scalars(select(Customer.language)))
        oldest, newest = conn.execute(
            select(func.min(Interaction.started_at), func.max(Interaction.started_at))
        ).one()
        roles = Counter(conn.scalars(select(User.role)))
        fields = list(conn.scalars(select(Customer.custom_fields)))
        thai = conn.scalar(select(func.count()).where(Customer.full_name.like("%สม%")))
    assert len(zones) >= 8
    assert len(countries) >= 5
    assert {"en", "th", "ru", "fa"} <= set(languages)
    assert newest - oldest > dt.timedelta(days=700)
    assert roles["agent"] >= 10 and roles["supervisor"] >= 2 and roles["admin"] >= 1
    affected = sum(1 for f in fields if f.get("voyage") == DISRUPTED_VOYAGE)
    assert 200 <= affected <= 500  # "a few hundred"
    assert affected == summary.affected
    # The README's demo table says how many are on the voyage: what "add by voyage" finds.
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    said = re.search(r"\((\d+) customers are on that voyage\)", readme)
    assert said is not None and int(said.group(1)) == affected
    assert thai and thai > 0
    assert 1800 <= summary.callbacks <= 2200  # one per customer on average
    with db.read() as conn:
        states = Counter(conn.scalars(select(Callback.state)))
        rows = conn.execute(
            select(Callback.state, Callback.attempts, Callback.last_outcome, Callback.closed_at,
                   Callback.window_start)
        ).all()  # fmt: skip
    share = {state: n / summary.callbacks for state, n in states.items()}
    assert 0.02 <= share["pending"] + share.get("claimed", 0) <= 0.06
    assert 0.65 <= share["kept"] <= 0.8 and 0.08 <= share["broken"] <= 0.16
    assert 0.03 <= share["failed"] <= 0.1 and 0.02 <= share["cancelled"] <= 0.07
    outcomes = {"kept": {"reached"}, "broken": {"reached"}, "failed": {"no_answer", "wrong_number"},
                "cancelled": {""}}  # fmt: skip
    built_at = dt.datetime.now(dt.UTC)
    for state, attempts, outcome, closed_at, window_start in rows:
        if state in OPEN:
            assert closed_at is None
            continue
        assert outcome in outcomes[state]
        assert (attempts == 0) if state == "cancelled" else (1 <= attempts <= 3)
        assert closed_at is not None and window_start - dt.timedelta(days=4) < closed_at
        assert closed_at <= built_at
    oldest = min(r.window_start for r in rows if r.state not in OPEN)
    assert max(r.closed_at for r in rows if r.closed_at) - oldest > dt.timedelta(days=600)


@pytest.fixture
def demo_now(db: Database) -> Database:
    """The small demo, built at a known moment, on each backend."""
    build_demo(db, 300, now=NOW)
    return db


def _views(db: Database, customer_id: int) -> list[CallbackView]:
    with db.read() as conn:
        return fetch_views(conn, ListFilter(customer_id=customer_id, states=()), NOW)


def _user_id(db: Database, username: str) -> int:
    with db.read() as conn:
        return int(conn.scalar(select(User.id).where(User.username == username)) or 0)


def test_mrs_petrova_has_an_open_promise_for_friday_noon_moscow(demo_now: Database) -> None:
    (cb,) = _views(demo_now, 1)
    assert cb.customer_name == "Ольга Петрова" and cb.state == "pending"
    assert cb.note == "Refund decision by Friday"
    assert (cb.owner, cb.queue) == ("Irina Volkova", "Refunds")
    local = cb.window_start.astimezone(ZoneInfo("Europe/Moscow"))
    # This coming Friday: 6 November, 12:00-12:30 her time.
    assert local.replace(tzinfo=None) == dt.datetime(2026, 11, 6, 12, 0)
    assert cb.window_end - cb.window_start == dt.timedelta(minutes=30)
    assert cb.due_at == cb.window_start and cb.zone == "Europe/Moscow"
    assert "on Friday 6 November between 12:00 and 12:30 your time" in cb.promise


def test_the_tehran_customer_is_promised_tuesday_afternoon_her_time(demo_now: Database) -> None:
    (cb,) = _views(demo_now, 3)
    assert cb.customer_name == "مریم رضایی" and cb.state == "pending"
    assert (cb.owner, cb.queue) == ("Parisa Karimi", "Persian desk")
    assert cb.note == "Refund for flight AU 871"
    local = cb.window_start.astimezone(ZoneInfo("Asia/Tehran"))
    assert local.replace(tzinfo=None) == dt.datetime(2026, 11, 10, 14, 0)  # next Tuesday
    assert "between 14:00 and 14:30 your time (Asia/Tehran)" in cb.promise


def test_the_wrong_gift_follow_up_was_kept_last_week(demo_now: Database) -> None:
    (cb,) = _views(demo_now, 4)
    assert cb.customer_name == "Emma Wilson"
    assert (cb.state, cb.last_outcome, cb.attempts) == ("kept", "reached", 1)
    assert cb.note == "Check the replacement gift arrived"
    assert dt.timedelta(days=5) <= NOW - cb.window_start <= dt.timedelta(days=10)
    assert cb.closed_at is not None and cb.window_start <= cb.closed_at <= cb.window_end


def test_the_vip_departing_soon_waits_in_cruise_care_half_an_hour_overdue(
    demo_now: Database,
) -> None:
    (cb,) = _views(demo_now, 5)
    assert cb.customer_name == "Kadri Tamm" and cb.state == "pending"
    assert cb.owner_id is None and cb.queue == "Cruise care"
    assert dt.timedelta(minutes=30) <= NOW - cb.window_end < dt.timedelta(minutes=35)
    assert cb.bucket(NOW, "Europe/Tallinn") == "overdue"
    assert cb.priority == 80
    assert cb.priority_reasons == ("Departs within 7 days +50", "VIP +30")


def test_the_demo_user_has_work_in_every_bucket_of_my_callbacks(demo_now: Database) -> None:
    dana = _user_id(demo_now, "dana")
    mine = CallbackService(demo_now).mine(dana, NOW)
    buckets = Counter(cb.bucket(NOW, "Europe/Tallinn") for cb in mine)
    assert buckets["overdue"] >= 2 and buckets["due"] >= 2
    assert buckets["today"] >= 2 and buckets["upcoming"] >= 3
    personas = {1, 2, 3, 4, 5, 6}
    assert not personas & {cb.customer_id for cb in mine}
    with demo_now.read() as conn:
        dnc = set(conn.scalars(select(Customer.id).where(Customer.do_not_call.is_(True))))
    assert not dnc & {cb.customer_id for cb in mine}
    # Her queues only, and none of them is handed on by the first sweep the console runs.
    assert {cb.queue for cb in mine} <= {"General", "Refunds", "Cruise care"}
    swept = CallbackService(demo_now).sweep(NOW)
    assert not {cb.id for cb in swept.handed_on} & {cb.id for cb in mine}


def test_no_do_not_call_customer_has_a_callback(demo_now: Database) -> None:
    with demo_now.read() as conn:
        found = conn.scalar(
            select(func.count())
            .select_from(Callback)
            .join(Customer, Customer.id == Callback.customer_id)
            .where(Customer.do_not_call.is_(True))
        )
        dnc = conn.scalar(select(func.count()).where(Customer.do_not_call.is_(True)))
    assert dnc and found == 0


def test_every_open_window_is_inside_the_customers_calling_window(demo_now: Database) -> None:
    with demo_now.read() as conn:
        rows = conn.execute(
            select(Callback.customer_id, Callback.window_start, Callback.window_end, Callback.zone,
                   Callback.owner_id, Callback.queue_id, Callback.created_at,
                   Customer.time_zone, Customer.country, Customer.language)
            .join(Customer, Customer.id == Callback.customer_id)
            .where(Callback.state.in_(OPEN))
        ).all()  # fmt: skip
        queues = dict(conn.execute(select(Queue.id, Queue.name)).tuples().all())
        members = {
            (row.user_id, row.queue_id)
            for row in conn.execute(select(User.id.label("user_id"), Queue.id.label("queue_id"))
                                    .select_from(User).join(User.queues))
        }  # fmt: skip
    assert len(rows) >= 13
    desks = {"th": "Thai desk", "ru": "Russian desk", "fa": "Persian desk"}
    for r in rows:
        assert r.zone == r.time_zone
        day = r.window_start.astimezone(ZoneInfo(r.zone)).date()
        spans = scheduling.window_spans(day, r.zone, scheduling.policy_for_country(r.country))
        assert any(a <= r.window_start and r.window_end <= b for a, b in spans), r
        assert r.window_end - r.window_start == dt.timedelta(minutes=30)
        assert r.created_at <= NOW
        assert r.owner_id is None or (r.owner_id, r.queue_id) in members
        if r.customer_id > 6 and r.language in desks:  # generated work goes to their desk
            assert queues[r.queue_id] == desks[r.language]
    queue_owned = sum(1 for r in rows if r.owner_id is None)
    assert 0 < queue_owned < len(rows)


@pytest.mark.parametrize("per_customer", [0.5, 2.0])
def test_callbacks_per_customer_sets_the_volume(db: Database, per_customer: float) -> None:
    summary = build_demo(db, 500, now=NOW, callbacks_per_customer=per_customer)
    with db.read() as conn:
        stored = conn.scalar(select(func.count()).select_from(Callback))
    assert stored == summary.callbacks
    assert abs(summary.callbacks - 500 * per_customer) <= 0.1 * 500 * per_customer


def test_demo_scores_callbacks_with_the_rules_the_migration_seeds(db: Database) -> None:
    with db.read() as conn:
        assert load_rules(conn) == list(DEFAULT_RULES)


def _dump(db: Database) -> list[Any]:
    with db.read() as conn:
        customers = conn.execute(
            select(Customer.full_name, Customer.custom_fields).order_by(Customer.id)
        ).all()
        callbacks = conn.execute(select(Callback.__table__).order_by(Callback.id)).all()
    return [tuple(r) for r in customers] + [tuple(r) for r in callbacks]


def test_demo_is_the_same_for_the_same_seed(db: Database, tmp_path: Path) -> None:
    """The same seed gives the same customers and callbacks, on SQLite and on PostgreSQL."""
    now = dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC)
    build_demo(db, 50, seed=3, now=now)
    other = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    other.upgrade()
    build_demo(other, 50, seed=3, now=now)
    try:
        first, second = _dump(db), _dump(other)
    finally:
        other.dispose()
    assert len(first) > 50 and first == second


def test_demo_refuses_a_database_that_has_customers(db: Database) -> None:
    build_demo(db, 20)
    with pytest.raises(UserFacingError, match="already has 20 customers"):
        build_demo(db, 20)


def test_demo_reports_progress_to_the_end(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    build_demo(db, 25, progress=lambda done, total, stage: seen.append((done, total)))
    assert seen[0] == (0, 25) and seen[-1] == (25, 25)


def test_ids_continue_after_bulk_load(db: Database) -> None:
    """Bulk load writes explicit ids; a later ordinary insert must not collide with them."""
    build_demo(db, 30)
    with db.session() as s:
        c = Customer(account_no="NEW1", full_name="New Person", name_key="new person",
                     time_zone="UTC", country="EE")  # fmt: skip
        s.add(c)
        s.flush()
        assert c.id == 31
