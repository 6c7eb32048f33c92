"""Callbacks on both databases: scheduled on the customer's clock, claimed once, kept or
visibly handed on."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import Counter
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, insert, select, text

from console import scheduling
from console.errors import ConflictError, FieldErrors, UserFacingError
from console.services.callbacks import CallbackService, ListFilter, ScheduleRequest
from console.services.customer_edit import CustomerDraft, CustomerEditService
from console.services.customers import CustomerService
from console.storage.db import Database
from console.storage.dialect import POSTGRESQL
from console.storage.live import ChangeListener
from console.storage.models import Callback, Event, Interaction, User, UserQueue
from tests.support.world import World, _world

UTC = dt.UTC
TEHRAN = ZoneInfo("Asia/Tehran")
# Tuesday 24 November 2026, 08:00 UTC = 11:30 in Tehran (no DST there since 2023).
NOW = dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


@pytest.fixture
def w(db: Database) -> World:
    return _world(db)


def _at(w: World, customer: int, local: dt.datetime, **kw: object) -> ScheduleRequest:
    return ScheduleRequest(customer_id=customer, mode="at", local_start=local, **kw)  # type: ignore[arg-type]


def _count(db: Database, model: type) -> int:
    with db.read() as conn:
        return int(conn.scalar(select(func.count()).select_from(model)) or 0)


# ---- scheduling ---------------------------------------------------------------------------


def test_callback_is_stored_in_utc_and_promised_in_the_customers_time(w: World) -> None:
    cb = w.svc.schedule(
        _at(w, w.maryam, dt.datetime(2026, 11, 24, 14, 0), note="Refund decision"), w.ana, NOW
    )
    assert cb.window_start == dt.datetime(2026, 11, 24, 10, 30, tzinfo=UTC)
    assert cb.window_end == dt.datetime(2026, 11, 24, 11, 0, tzinfo=UTC)
    # Stored with its date, so it reads right on any later day.
    assert cb.promise == (
        "We will call you on Tuesday 24 November between 14:00 and 14:30 your time (Asia/Tehran)."
    )
    plan = w.svc.plan(_at(w, w.maryam, dt.datetime(2026, 11, 24, 15, 0)), w.ana, NOW)
    assert plan.promise.startswith("We will call you today between 15:00")  # as read back
    assert (cb.owner, cb.queue, cb.state, cb.zone) == ("Ana", "General", "pending", "Asia/Tehran")
    # Read back through a second connection: the instant is exactly the same.
    other = Database(w.db.url)
    again = CallbackService(other).get(cb.id)
    other.dispose()
    assert again.window_start == cb.window_start and again.window_start.tzinfo is not None
    # On the card as an open promise, on the timeline, in the event log.
    card = CustomerService(w.db).card(w.maryam)
    assert [p.promise for p in card.open_callbacks] == [cb.promise]
    assert card.last_contact is not None and "Refund decision" in card.last_contact.summary
    with w.db.read() as conn:
        actions = conn.scalars(select(Event.action).where(Event.entity == "callback")).all()
    assert actions == ["scheduled"]


def test_friday_in_tehran_is_refused_with_the_next_saturday_window(w: World) -> None:
    with pytest.raises(scheduling.SlotRefused) as info:
        w.svc.schedule(_at(w, w.maryam, dt.datetime(2026, 11, 27, 11, 0)), w.ana, NOW)
    assert info.value.next_slot is not None
    start = info.value.next_slot.start.astimezone(TEHRAN)
    assert (start.date(), start.hour, start.minute) == (dt.date(2026, 11, 28), 9, 0)
    assert _count(w.db, Callback) == 0


@pytest.mark.parametrize(
    ("customer", "local", "error", "needle"),
    [
        ("maryam", dt.datetime(2026, 11, 23, 14, 0), scheduling.SlotRefused, "past|already"),
        ("maryam", dt.datetime(2026, 11, 24, 21, 30), scheduling.SlotRefused, "Asia/Tehran"),
        ("john", dt.datetime(2027, 3, 14, 2, 30), scheduling.NonexistentLocalTime, "03:00"),
        ("nophone", dt.datetime(2026, 11, 24, 14, 0), FieldErrors, "no phone number"),
        ("dnc", dt.datetime(2026, 11, 24, 14, 0), UserFacingError, "do-not-call"),
    ],
    ids=["past", "outside-window", "dst-gap", "no-phone", "do-not-call"],
)
def test_bad_callback_requests_are_refused_and_change_nothing(
    w: World, customer: str, local: dt.datetime, error: type[Exception], needle: str
) -> None:
    before = _count(w.db, Interaction)
    with pytest.raises(error, match=needle):
        w.svc.schedule(_at(w, getattr(w, customer), local), w.ana, NOW)
    assert _count(w.db, Callback) == 0 and _count(w.db, Interaction) == before


def test_unknown_mode_owner_and_duration_name_each_field(w: World) -> None:
    req = ScheduleRequest(w.maryam, mode="someday", owner="boss", duration_minutes=0)
    with pytest.raises(FieldErrors) as info:
        w.svc.schedule(req, w.ana, NOW)
    assert set(info.value.errors) == {"mode", "owner", "duration"}


def test_asap_and_next_window_pick_real_slots(w: World) -> None:
    asap = w.svc.plan(ScheduleRequest(w.maryam, mode="asap"), w.ana, NOW)
    assert asap.slot.start == NOW  # 11:30 Tuesday in Tehran is inside the window
    nxt = w.svc.plan(ScheduleRequest(w.maryam, mode="next_window"), w.ana, NOW)
    assert nxt.slot.start.astimezone(TEHRAN) == dt.datetime(2026, 11, 25, 9, 0, tzinfo=TEHRAN)
    assert nxt.customer_zone == "Asia/Tehran" and nxt.agent_zone == "Europe/Tallinn"


def test_queue_owned_callback_and_the_queue_and_country_windows(w: World) -> None:
    w.svc.set_windows("Mon-Sun 08:00-22:00", queue_name="Evening", country="IR")
    req = _at(w, w.maryam, dt.datetime(2026, 11, 27, 21, 0), owner="queue", queue_id=w.evening)
    cb = w.svc.schedule(req, w.ana, NOW)  # a Friday evening is fine for the Evening queue
    assert (cb.owner_id, cb.queue) == (None, "Evening")
    assert ("Evening", "IR", "Mon-Sun 08:00-22:00", True) in w.svc.list_windows()


# ---- work order and claiming ----------------------------------------------------------------


def _due(w: World, customer: int, local: dt.datetime, owner: str = "queue") -> int:
    return w.svc.schedule(
        _at(w, customer, local, owner=owner), w.ana, NOW - dt.timedelta(days=2)
    ).id


def test_claim_next_takes_overdue_first_then_priority_then_due_time(w: World) -> None:
    w.svc.set_windows("Mon-Sun 00:05-23:55")
    early_low = _due(w, w.john, dt.datetime(2026, 11, 23, 9, 0))  # overdue (window passed)
    late_high = _due(w, w.maryam, dt.datetime(2026, 11, 24, 11, 0))  # due, departure soon
    late_low = _due(w, w.john, dt.datetime(2026, 11, 24, 2, 45))  # due, no priority
    assert w.svc.get(late_high).priority == 50
    order = [w.svc.claim_next(w.ben, now=NOW) for _ in range(4)]
    assert [c.id if c else None for c in order] == [early_low, late_high, late_low, None]
    assert order[0] is not None and order[0].state == "claimed" and order[0].claimed_by == "Ben"


def test_claim_next_logs_the_claim_and_tells_the_other_consoles(w: World) -> None:
    """PostgreSQL claims in one statement; its row, event and notification must all be there."""
    w.svc.set_windows("Mon-Sun 00:05-23:55")
    cid = _due(w, w.john, dt.datetime(2026, 11, 24, 2, 0))
    listener = ChangeListener(w.db) if w.db.kind == POSTGRESQL else None
    try:
        if listener is not None:
            listener.wait(0.05)
        got = w.svc.claim_next(w.ben, now=NOW)
        assert got is not None and got.id == cid
        assert (got.state, got.claimed_by, got.queue, got.customer_name) == (
            "claimed", "Ben", "General", w.svc.get(cid).customer_name,
        )  # fmt: skip
        assert got.version == w.svc.get(cid).version == 2
        with w.db.read() as conn:
            log = conn.execute(
                select(Event.action, Event.actor_id, Event.from_state, Event.to_state)
                .where(Event.entity == "callback", Event.entity_id == cid).order_by(Event.id)
            ).all()  # fmt: skip
        assert log[-1] == ("claimed", w.ben, "pending", "claimed")
        if listener is not None:
            changes = listener.wait(2.0)
            assert any(c.topic == "callbacks" and c.ids.get("id") == cid for c in changes)
    finally:
        if listener is not None:
            listener.close()
    assert w.svc.claim_next(w.ben, now=NOW) is None  # nothing else due: nothing logged
    with w.db.read() as conn:
        claims = conn.scalar(
            select(func.count()).select_from(Event).where(Event.action == "claimed")
        )
    assert claims == 1


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_postgresql_plans_claim_next_once_not_at_every_claim(w: World) -> None:
    """A prepared claim-next is kept as one generic plan after PostgreSQL's five trial plans
    (a bound LIMIT made the generic plan look ten times dearer, so every claim was planned
    afresh: half of a claim's time on the server)."""
    w.svc.set_windows("Mon-Sun 00:05-23:55")
    _due(w, w.john, dt.datetime(2026, 11, 24, 2, 0))
    one = Database(w.db.url, pool_size=1)  # one connection: its prepared statements are ours
    try:
        svc = CallbackService(one)
        for _ in range(20):
            got = svc.claim_next(w.ben, now=NOW)
            assert got is not None
            svc.release(got.id, w.ben, now=NOW)
        with one.read() as conn:
            plans = conn.execute(
                text("SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements "
                     "WHERE statement LIKE 'WITH pick%'")
            ).one()  # fmt: skip
    finally:
        one.dispose()
    assert plans.custom_plans <= 5 and plans.generic_plans >= 10, plans
    # What made the difference at 1,000,000 callbacks (this small table cannot show it).
    assert "LIMIT $" not in plans.statement and "LIMIT 1 FOR UPDATE" in plans.statement


def test_a_claimed_callback_cannot_be_claimed_by_another_agent(w: World) -> None:
    w.svc.set_windows("Mon-Sun 00:05-23:55")
    cid = _due(w, w.john, dt.datetime(2026, 11, 24, 2, 0))
    w.svc.claim(cid, w.ana, now=NOW)
    with pytest.raises(ConflictError, match="already claimed by Ana"):
        w.svc.claim(cid, w.ben, now=NOW)
    assert w.svc.claim_next(w.ben, now=NOW) is None


@pytest.mark.timeout(90)
def test_eight_agents_claiming_for_ten_seconds_never_share_or_lose_one(w: World) -> None:
    created = 5000
    with w.db.write() as conn:
        rows = [
            {"customer_id": w.john, "phone_e164": "+12125550100", "queue_id": w.queue,
             "owner_id": None, "window_start": NOW, "window_end": NOW + dt.timedelta(hours=1),
             "zone": "America/New_York", "asap": False, "promise": "", "note": "",
             "priority": i % 5, "priority_reasons": [], "state": "pending",
             "due_at": NOW - dt.timedelta(minutes=i % 60), "attempts": 0, "last_outcome": "",
             "created_at": NOW, "updated_at": NOW, "version": 1}
            for i in range(created)
        ]  # fmt: skip
        conn.execute(insert(Callback), rows)
    agents = [w.ana, w.ben, w.sue]
    with w.db.write() as conn:
        for i in range(5):
            uid = conn.execute(
                insert(User).values(username=f"extra{i}", display_name=f"Extra {i}", role="agent",
                                    time_zone="UTC", language="en", shift_start="",
                                    shift_end="", active=True, version=1).returning(User.id)
            ).scalar_one()  # fmt: skip
            conn.execute(insert(UserQueue).values(user_id=uid, queue_id=w.queue))
            agents.append(uid)
    claims: list[int] = []
    finished: list[int] = []
    errors: list[BaseException] = []
    deadline = time.monotonic() + 10
    # Each agent has their own console (engine and connections), like eight desktops. Most
    # claims are put back so the pool never drains; every 25th is worked to the end.
    services = [CallbackService(Database(w.db.url)) for _ in agents]

    def work(agent: int, svc: CallbackService) -> None:
        n = 0
        try:
            while time.monotonic() < deadline:
                cb = svc.claim_next(agent, now=NOW)
                assert cb is not None, "the pool drained: make it bigger"
                claims.append(cb.id)
                n += 1
                if n % 25 == 0:
                    svc.record_outcome(cb.id, cb.version, agent, "reached", now=NOW)
                    finished.append(cb.id)
                else:
                    svc.release(cb.id, agent)
        except BaseException as exc:  # surfaced below: "database is locked" would land here
            errors.append(exc)

    threads = [
        threading.Thread(target=work, args=(a, s)) for a, s in zip(agents, services, strict=True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in services:
        s.db.dispose()
    assert errors == []
    assert len(claims) > 100
    with w.db.read() as conn:
        states = Counter(conn.scalars(select(Callback.state)).all())
        log = conn.execute(
            select(Event.entity_id, Event.action, Event.actor_id)
            .where(Event.entity == "callback").order_by(Event.id)
        ).all()  # fmt: skip
    # Replay the event log: a callback is never claimed while someone else holds it.
    holder: dict[int, int] = {}
    for cid, action, actor in log:
        if action == "claimed":
            assert cid not in holder, (
                f"callback {cid} claimed by {actor} while {holder[cid]} held it"
            )
            holder[cid] = actor
        elif action in ("released", "attempt"):
            assert holder.pop(cid) == actor
    assert holder == {}
    assert states == Counter({"pending": created - len(finished), "kept": len(finished)})
    assert len(set(finished)) == len(finished)  # none worked twice


# ---- outcomes -------------------------------------------------------------------------------


def test_no_answer_retries_inside_the_window_then_fails_after_the_maximum(w: World) -> None:
    cb = w.svc.schedule(_at(w, w.maryam, dt.datetime(2026, 11, 24, 14, 0)), w.ana, NOW)
    t1 = cb.window_start + dt.timedelta(minutes=5)
    r1 = w.svc.record_outcome(cb.id, cb.version, w.ana, "no_answer", now=t1).callback
    assert (r1.state, r1.attempts, r1.due_at) == ("pending", 1, t1 + dt.timedelta(minutes=15))
    t2 = r1.due_at
    r2 = w.svc.record_outcome(r1.id, r1.version, w.ana, "busy", now=t2).callback
    assert r2.due_at == t2 + dt.timedelta(hours=1)
    r3 = w.svc.record_outcome(r2.id, r2.version, w.ana, "voicemail", now=r2.due_at).callback
    assert (r3.state, r3.attempts, r3.last_outcome) == ("failed", 3, "voicemail")
    with pytest.raises(ConflictError, match="already failed"):
        w.svc.record_outcome(r3.id, r3.version, w.ana, "reached", now=r2.due_at)
    summaries = [i.summary for i in CustomerService(w.db).timeline(w.maryam)]
    assert summaries[0].startswith("Callback attempt 3: voicemail left. Failed: needs a supervisor")


def test_reached_inside_the_window_is_kept_and_late_is_broken(w: World) -> None:
    a = w.svc.schedule(_at(w, w.maryam, dt.datetime(2026, 11, 24, 14, 0)), w.ana, NOW)
    b = w.svc.schedule(_at(w, w.maryam, dt.datetime(2026, 11, 24, 15, 0)), w.ana, NOW)
    kept = w.svc.record_outcome(a.id, a.version, w.ana, "reached",
                                now=a.window_end + dt.timedelta(minutes=9)).callback  # fmt: skip
    broken = w.svc.record_outcome(b.id, b.version, w.ana, "reached",
                                  now=b.window_end + dt.timedelta(minutes=11)).callback  # fmt: skip
    assert (kept.state, broken.state) == ("kept", "broken")
    assert kept.closed_at is not None and not kept.is_open


def test_reschedule_closes_the_promise_and_creates_the_follow_up(w: World) -> None:
    a = w.svc.schedule(_at(w, w.maryam, dt.datetime(2026, 11, 24, 14, 0), note="refund"),
                       w.ana, NOW)  # fmt: skip
    new = ScheduleRequest(0, mode="at", local_start=dt.datetime(2026, 11, 25, 10, 0))
    result = w.svc.record_outcome(a.id, a.version, w.ana, "reschedule", reschedule=new,
                                  now=a.window_start)  # fmt: skip
    assert result.callback.state == "kept"
    assert result.rescheduled is not None and result.rescheduled.note == "refund"
    assert result.rescheduled.promise.startswith(
        "We will call you on Wednesday 25 November between 10:00"
    )


def test_stale_outcome_names_who_changed_it(w: World) -> None:
    cb = w.svc.schedule(_at(w, w.maryam, dt.datetime(2026, 11, 24, 14, 0)), w.ana, NOW)
    w.svc.reassign([cb.id], w.sue, to_queue_id=w.queue, reason="Ana is ill")
    with pytest.raises(ConflictError, match="changed by Sue"):
        w.svc.record_outcome(cb.id, cb.version, w.ana, "reached", now=cb.window_start)


def test_wrong_number_fails_at_once_and_cancel_needs_a_reason(w: World) -> None:
    a = w.svc.schedule(_at(w, w.maryam, dt.datetime(2026, 11, 24, 14, 0)), w.ana, NOW)
    assert w.svc.record_outcome(a.id, a.version, w.ana, "wrong_number",
                                now=a.window_start).callback.state == "failed"  # fmt: skip
    b = w.svc.schedule(_at(w, w.maryam, dt.datetime(2026, 11, 24, 16, 0)), w.ana, NOW)
    with pytest.raises(FieldErrors):
        w.svc.cancel(b.id, b.version, w.ana, " ")
    assert w.svc.cancel(b.id, b.version, w.ana, "Customer wrote instead").state == "cancelled"


# ---- hand-on, reassignment, reminders ------------------------------------------------------


def test_untouched_personal_callback_moves_to_the_queue_exactly_once(w: World) -> None:
    cb = w.svc.schedule(_at(w, w.maryam, dt.datetime(2026, 11, 24, 14, 0)), w.ana, NOW)
    assert w.svc.sweep(cb.window_start + dt.timedelta(minutes=14)).handed_on == ()
    later = cb.window_start + dt.timedelta(minutes=16)
    consoles = [CallbackService(Database(w.db.url)) for _ in range(4)]
    results: list[int] = []
    barrier = threading.Barrier(len(consoles))

    def sweep(svc: CallbackService) -> None:
        barrier.wait()
        results.append(len(svc.sweep(later).handed_on))

    threads = [threading.Thread(target=sweep, args=(s,)) for s in consoles]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in consoles:
        s.db.dispose()
    assert sorted(results) == [0, 0, 0, 1]
    moved = w.svc.get(cb.id)
    assert (moved.owner_id, moved.queue, moved.handed_from) == (None, "General", "Ana")
    with w.db.read() as conn:
        events = conn.scalars(select(Event.action).where(Event.action == "handed_on")).all()
    assert len(events) == 1
    # The owner is told.
    assert [c.id for c in w.svc.handed_on_from(w.ana, NOW)] == [cb.id]
    # Now a colleague in the queue can claim it.
    assert w.svc.claim_next(w.ben, now=later) is not None


def test_callback_of_an_owner_off_shift_moves_at_once(w: World) -> None:
    with w.db.write() as conn:
        conn.execute(
            User.__table__.update().where(User.id == w.ana).values(shift_start="06:00",
                                                                   shift_end="08:00")
        )  # fmt: skip
    cb = w.svc.schedule(_at(w, w.maryam, dt.datetime(2026, 11, 24, 14, 0)), w.ana, NOW)
    moved = w.svc.sweep(cb.window_start + dt.timedelta(minutes=1)).handed_on
    assert [c.id for c in moved] == [cb.id]


def test_only_supervisors_reassign(w: World) -> None:
    cb = w.svc.schedule(_at(w, w.maryam, dt.datetime(2026, 11, 24, 14, 0)), w.ana, NOW)
    with pytest.raises(UserFacingError, match="Only a supervisor"):
        w.svc.reassign([cb.id], w.ben, to_user_id=w.ben, reason="I want it")
    (moved,) = w.svc.reassign([cb.id], w.sue, to_user_id=w.ben, reason="Ana left early")
    assert moved.owner == "Ben"
    assert [c.id for c in w.svc.mine(w.ben, NOW)] == [cb.id]


def test_reassigning_without_a_reason_is_refused_and_moves_nothing(w: World) -> None:
    cb = w.svc.schedule(_at(w, w.maryam, dt.datetime(2026, 11, 24, 14, 0)), w.ana, NOW)
    for reason in ("", "   "):
        with pytest.raises(UserFacingError) as refused:
            w.svc.reassign([cb.id], w.sue, to_queue_id=w.queue, reason=reason)
        assert refused.value.message == (
            "Say why these callbacks move: the reason is kept in each one's history."
        )
    assert [c.id for c in w.svc.mine(w.ana, NOW)] == [cb.id]  # still Ana's
    (moved,) = w.svc.reassign([cb.id], w.sue, to_queue_id=w.queue, reason=" Ana is ill ")
    assert moved.owner_id is None and moved.queue_id == w.queue


def test_reminders_respect_lead_time_and_snooze(w: World) -> None:
    cb = w.svc.schedule(_at(w, w.maryam, dt.datetime(2026, 11, 24, 14, 0)), w.ana, NOW)
    lead = dt.timedelta(minutes=5)
    assert w.svc.reminders(w.ana, lead, cb.window_start - dt.timedelta(minutes=6)) == []
    t = cb.window_start - dt.timedelta(minutes=4)
    assert [c.id for c in w.svc.reminders(w.ana, lead, t)] == [cb.id]
    w.svc.snooze(cb.id, w.ana, 10, "On another call", now=t)
    assert w.svc.reminders(w.ana, lead, t + dt.timedelta(minutes=9)) == []
    assert len(w.svc.reminders(w.ana, lead, t + dt.timedelta(minutes=11))) == 1


def test_views_bucket_my_callbacks(w: World) -> None:
    w.svc.set_windows("Mon-Sun 00:05-23:55")
    due = _due(w, w.john, dt.datetime(2026, 11, 24, 2, 45), owner="me")
    over = _due(w, w.john, dt.datetime(2026, 11, 23, 9, 0), owner="me")
    later = _due(w, w.maryam, dt.datetime(2026, 11, 24, 18, 0), owner="me")
    upcoming = _due(w, w.maryam, dt.datetime(2026, 11, 25, 18, 0), owner="me")
    buckets = {c.id: c.bucket(NOW, "Europe/Tallinn") for c in w.svc.mine(w.ana, NOW)}
    assert buckets == {over: "overdue", due: "due", later: "today", upcoming: "upcoming"}
    overdue = w.svc.search(ListFilter(overdue_at=NOW), NOW)
    assert [c.id for c in overdue] == [over]


def test_priority_follows_the_customer(w: World) -> None:
    cb = w.svc.schedule(_at(w, w.maryam, dt.datetime(2026, 11, 24, 14, 0)), w.ana, NOW)
    assert (cb.priority, cb.priority_reasons) == (50, ("Departs within 7 days +50",))
    card = CustomerService(w.db).card(w.maryam)
    draft = CustomerDraft(card.full_name, card.time_zone, card.country, card.language,
                          phones=(("+98 912 345 6789", "mobile"),), tags=("VIP",),
                          custom_fields=(("departure_date", "2027-02-01"),))  # fmt: skip
    CustomerEditService(w.db).update(w.maryam, card.version, draft, w.ana)
    again = w.svc.get(cb.id)
    assert (again.priority, again.priority_reasons, again.version) == (30, ("VIP +30",), cb.version)


def test_an_early_unanswered_attempt_never_moves_the_next_try_before_the_window(w: World) -> None:
    cb = w.svc.schedule(_at(w, w.maryam, dt.datetime(2026, 11, 25, 14, 0)), w.ana, NOW)
    early = w.svc.record_outcome(cb.id, cb.version, w.ana, "no_answer", now=NOW).callback
    assert early.due_at == cb.window_start
