"""Disruptions on both databases: declare, edit the facts, mark the affected, call them all
first (once), see the figures, close."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select

from console.errors import ConflictError, FieldErrors, UserFacingError
from console.services.callbacks import CallbackService, ScheduleRequest
from console.services.customer_edit import CustomerDraft, CustomerEditService
from console.services.customers import CustomerService
from console.services.dashboard import DashboardService, Drill
from console.services.incidents import IncidentService, parse_accounts
from console.storage.db import Database
from console.storage.models import Callback, Customer, CustomerPhone, Event, Interaction
from tests.support.world import World, _world

UTC = dt.UTC
# Tuesday 24 November 2026, 08:00 UTC: 11:30 in Tehran, 03:00 in New York.
NOW = dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
FACTS = "Voyage AUR-1127 is cancelled after a fire on board. Nobody was hurt."


@pytest.fixture
def w(db: Database) -> World:
    return _world(db)


def _passengers(w: World, n: int, voyage: str = "AUR-1127", *, soon_every: int = 0) -> list[int]:
    """``n`` customers booked on a voyage, in bulk (a real ship carries thousands); account
    numbers P0000001… and bookings B1… in the order of the ids returned."""
    with w.db.write() as conn:
        start = conn.scalar(select(func.count()).select_from(Customer)) or 0
        rows = []
        for i in range(1, n + 1):
            k = start + i
            departure = "2026-11-26" if soon_every and i % soon_every == 0 else "2027-03-01"
            rows.append({
                "account_no": f"P{k:07d}", "given_name": "Pax", "family_name": str(i),
                "full_name": f"Pax {i}", "name_key": f"pax {i}", "time_zone": "Europe/Tallinn",
                "country": "EE", "language": "en", "do_not_call": False, "tags": [],
                "custom_fields": {"voyage": voyage, "booking": f"B{k}",
                                  "departure_date": departure},
                "created_at": NOW, "updated_at": NOW, "version": 1,
            })  # fmt: skip
        ids = list(
            conn.execute(
                insert(Customer).returning(Customer.id, sort_by_parameter_order=True), rows
            ).scalars()
        )
        conn.execute(insert(CustomerPhone), [
            {"customer_id": cid, "e164": f"+3725{start + i:07d}", "typed": "", "label": "mobile",
             "is_primary": True} for i, cid in enumerate(ids, start=1)
        ])  # fmt: skip
    return ids


def _account(w: World, customer_id: int) -> str:
    with w.db.read() as conn:
        return str(conn.scalar(select(Customer.account_no).where(Customer.id == customer_id)))


def _booking(w: World, customer_id: int) -> str:
    with w.db.read() as conn:
        fields = conn.scalar(select(Customer.custom_fields).where(Customer.id == customer_id))
    return str(fields["booking"])


def _declare(w: World, svc: IncidentService | None = None) -> int:
    svc = svc or IncidentService(w.db)
    return svc.declare(w.sue, "AUR-1127 fire on board", FACTS,
                       standards="Refunds are processed within 5 business days.",
                       queue_id=w.queue, now=NOW).id  # fmt: skip


def test_a_supervisor_declares_and_edits_the_facts_every_edit_kept(w: World) -> None:
    svc = IncidentService(w.db)
    inc = svc.declare(w.sue, "AUR-1127 fire on board", FACTS, queue_id=w.queue, now=NOW)
    assert (inc.name, inc.state, inc.facts, inc.facts_by, inc.affected) == (
        "AUR-1127 fire on board", "open", FACTS, "Sue", 0,
    )  # fmt: skip
    later = NOW + dt.timedelta(minutes=40)
    edited = svc.update_facts(inc.id, w.sue, "Passengers fly home on Thursday.",
                              standards="Hotel costs are covered.", version=inc.version,
                              now=later)  # fmt: skip
    assert (edited.facts, edited.standards, edited.facts_at) == (
        "Passengers fly home on Thursday.", "Hotel costs are covered.", later,
    )  # fmt: skip
    assert [(h.facts, h.written_at) for h in svc.history(inc.id)] == [
        ("Passengers fly home on Thursday.", later), (FACTS, NOW),
    ]  # fmt: skip
    with pytest.raises(ConflictError, match="Sue changed the facts"):
        svc.update_facts(inc.id, w.sue, "An older draft", version=inc.version)
    assert [i.id for i in svc.open_incidents()] == [inc.id]


def test_agents_cannot_declare_or_edit_and_bad_input_is_named(w: World) -> None:
    svc = IncidentService(w.db)
    with pytest.raises(UserFacingError, match="Only a supervisor"):
        svc.declare(w.ana, "Strike", "Flights are delayed")
    with pytest.raises(FieldErrors) as err:
        svc.declare(w.sue, " ", "")
    assert set(err.value.errors) == {"name", "facts"}
    inc = _declare(w, svc)
    with pytest.raises(UserFacingError, match="Only a supervisor"):
        svc.update_facts(inc, w.ben, "I think it is fine")
    with pytest.raises(FieldErrors, match="facts"):
        svc.update_facts(inc, w.sue, "   ")


def test_a_list_of_accounts_is_all_or_nothing_with_a_report_per_line(w: World) -> None:
    pax = _passengers(w, 3)
    svc = IncidentService(w.db)
    inc = _declare(w, svc)
    first = _account(w, pax[0])
    bad = f"account_no,name\n{first},Pax 1\nNOPE-1,Ghost\n\n{first},again\n"
    report = svc.add_accounts(inc, w.sue, bad)
    assert not report.applied and report.added == 0
    assert [p.text() for p in report.problems] == [
        "line 3: NOPE-1: no customer has this account or booking number",
        f"line 5: {first}: repeats line 2",
    ]
    assert svc.get(inc).affected == 0  # nothing was added
    good = f"{first}\n{_booking(w, pax[1])}\n"  # an account number and a booking number
    report = svc.add_accounts(inc, w.sue, good)
    assert (report.applied, report.added, report.already) == (True, 2, 0)
    again = svc.add_accounts(inc, w.sue, good)
    assert (again.added, again.already) == (0, 2)
    assert svc.get(inc).affected == 2


def test_parse_accounts_takes_the_named_column_or_the_first() -> None:
    assert parse_accounts("name,booking\nAna,K7QX2M\nBen,TH5521\n") == [
        (2, "K7QX2M"),
        (3, "TH5521"),
    ]
    assert parse_accounts("A-1\n\n A-2 \n") == [(1, "A-1"), (3, "A-2")]


def test_affected_customers_are_marked_and_their_callbacks_go_first(w: World) -> None:
    pax = _passengers(w, 2)
    cbs = CallbackService(w.db)
    cbs.set_windows("Mon-Sun 00:05-23:55")
    john = cbs.schedule(ScheduleRequest(customer_id=w.john, mode="asap", owner="queue"), w.ana,
                        NOW)  # fmt: skip
    first = cbs.schedule(ScheduleRequest(customer_id=pax[0], mode="asap", owner="queue"), w.ana,
                         NOW)  # fmt: skip
    assert first.priority == john.priority == 0
    svc = IncidentService(w.db)
    inc = _declare(w, svc)
    report = svc.add_matching(inc, w.sue, "voyage", "AUR-1127", now=NOW)
    assert (report.added, report.applied) == (2, True)
    assert [i.name for i in svc.for_customer(pax[0])] == ["AUR-1127 fire on board"]
    assert svc.marked([pax[0], w.john]) == {pax[0]: ["AUR-1127 fire on board"]}
    moved = cbs.get(first.id)
    assert moved.priority == 60 and "Part of an open disruption +60" in moved.priority_reasons
    assert cbs.claim_next(w.ben, now=NOW + dt.timedelta(hours=1)).id == first.id  # type: ignore[union-attr]
    # The card and the screen-pop say so, and the timeline keeps the record.
    card = CustomerService(w.db).card(pax[0])
    assert card.incidents == ("AUR-1127 fire on board",)
    with w.db.read() as conn:
        kinds = conn.scalars(
            select(Interaction.kind).where(Interaction.customer_id == pax[1])
        ).all()
    assert "incident" in kinds
    nobody = svc.add_matching(inc, w.sue, "voyage", "NO-SUCH", now=NOW)
    assert not nobody.applied and nobody.problems[0].reason == "no customer matches"


def test_one_action_calls_every_affected_customer_once_urgent_first(w: World) -> None:
    pax = _passengers(w, 12, soon_every=4)  # three depart within 7 days
    edit = CustomerEditService(w.db)
    dnc = edit.create(CustomerDraft("Do Not Call", "Europe/Tallinn", "EE",
                                    phones=(("+372 5555 0001", ""),), do_not_call=True,
                                    custom_fields=(("voyage", "AUR-1127"),)), None)  # fmt: skip
    nophone = edit.create(CustomerDraft("No Phone", "Europe/Tallinn", "EE",
                                        custom_fields=(("voyage", "AUR-1127"),)), None)  # fmt: skip
    cbs = CallbackService(w.db)
    cbs.set_windows("Mon-Fri 09:00-20:00")
    cbs.schedule(ScheduleRequest(customer_id=pax[0], mode="asap", owner="queue"), w.ana, NOW)
    svc = IncidentService(w.db)
    inc = _declare(w, svc)
    svc.add_matching(inc, w.sue, "voyage", "AUR-1127", now=NOW)
    seen: list[tuple[int, int]] = []
    run = svc.create_callbacks(inc, w.sue, progress=lambda d, t, _s: seen.append((d, t)), now=NOW)
    assert (run.created, run.had_open, run.do_not_call, run.no_phone) == (11, 1, 1, 1)
    assert seen and seen[-1][0] == seen[-1][1]
    with w.db.read() as conn:
        rows = conn.execute(
            select(Callback.customer_id, Callback.due_at, Callback.priority, Callback.window_start)
            .where(Callback.incident_id == inc).order_by(Callback.due_at, Callback.id)
        ).all()  # fmt: skip
    assert (
        len(rows) == 11 and nophone not in {r[0] for r in rows} and dnc not in {r[0] for r in rows}
    )
    tallinn = dt.timezone(dt.timedelta(hours=2))
    for r in rows:  # inside the window, in the customer's time
        local = r.window_start.astimezone(tallinn)
        assert local.weekday() < 5 and dt.time(9) <= local.time() < dt.time(20)
    urgent = {pax[3], pax[7], pax[11]}
    assert {r[0] for r in rows[:3]} == urgent  # departing within 7 days: called first
    assert rows[0].priority > rows[-1].priority
    # Two agents in the queue (Ana, Ben, Sue: three) keep six promises per quarter hour.
    assert rows[-1].due_at - rows[0].due_at >= dt.timedelta(minutes=15)
    again = svc.create_callbacks(inc, w.sue, now=NOW)
    assert (again.created, again.had_open) == (0, 12)
    panel = svc.panel(w.sue, now=NOW)
    assert [(s.affected, s.pending, s.reached, s.no_callback) for s in panel] == [(14, 11, 0, 2)]
    # The dashboard drills into the disruption's callbacks.
    dash = DashboardService(w.db)
    assert dash.count(w.sue, Drill("AUR-1127", incident_id=inc)) == 11


def test_a_customer_in_two_disruptions_gets_one_callback(w: World) -> None:
    pax = _passengers(w, 2)
    svc = IncidentService(w.db)
    CallbackService(w.db).set_windows("Mon-Sun 00:05-23:55")
    fire = _declare(w, svc)
    strike = svc.declare(w.sue, "Port strike", "Tallinn port is closed today.", queue_id=w.queue,
                         now=NOW).id  # fmt: skip
    svc.add_matching(fire, w.sue, "voyage", "AUR-1127", now=NOW)
    svc.add_accounts(strike, w.sue, _account(w, pax[0]), now=NOW)
    assert [i.name for i in svc.for_customer(pax[0])] == ["Port strike", "AUR-1127 fire on board"]
    assert svc.create_callbacks(fire, w.sue, now=NOW).created == 2
    assert svc.create_callbacks(strike, w.sue, now=NOW).created == 0


def test_closing_removes_the_banner_and_keeps_the_callbacks_and_the_record(w: World) -> None:
    pax = _passengers(w, 3)
    svc = IncidentService(w.db)
    CallbackService(w.db).set_windows("Mon-Sun 00:05-23:55")
    inc = _declare(w, svc)
    svc.add_matching(inc, w.sue, "voyage", "AUR-1127", now=NOW)
    svc.create_callbacks(inc, w.sue, now=NOW)
    cbs = CallbackService(w.db)
    got = cbs.claim_next(w.ben, now=NOW + dt.timedelta(minutes=5))
    assert got is not None
    cbs.record_outcome(got.id, got.version, w.ben, "reached",
                       now=got.window_start + dt.timedelta(minutes=1))  # fmt: skip
    stats = svc.panel(w.sue, now=NOW + dt.timedelta(minutes=10))[0]
    assert (stats.reached, stats.pending, stats.broken) == (1, 2, 0)
    assert stats.avg_wait_s is not None and stats.avg_wait_s > 0
    closed = svc.close(inc, w.sue, now=NOW + dt.timedelta(hours=2))
    assert closed.state == "closed" and svc.open_incidents() == []
    assert svc.for_customer(pax[1]) == []
    with w.db.read() as conn:
        still = conn.scalar(
            select(func.count()).select_from(Callback)
            .where(Callback.incident_id == inc, Callback.state == "pending")
        )  # fmt: skip
        record = conn.scalar(
            select(func.count()).select_from(Interaction)
            .where(Interaction.customer_id == pax[2], Interaction.kind == "incident")
        )  # fmt: skip
        events = conn.scalars(
            select(Event.action).where(Event.entity == "incident", Event.entity_id == inc)
            .order_by(Event.id)
        ).all()  # fmt: skip
    assert still == 2 and record == 1
    assert events == ["declared", "customers_added", "callbacks_created", "closed"]
    with pytest.raises(UserFacingError, match="closed"):
        svc.add_matching(inc, w.sue, "voyage", "AUR-1127")
    # Its closed callbacks lost the disruption's priority; the panel still lists it.
    assert [s.incident.state for s in svc.panel(w.sue, now=NOW + dt.timedelta(hours=3))] == [
        "closed"
    ]


def test_ten_thousand_affected_customers_get_their_callbacks(w: World) -> None:
    """The figure (seconds) is in `agent-console bench`; here: every one, exactly once."""
    _passengers(w, 10_000, soon_every=10)
    svc = IncidentService(w.db)
    CallbackService(w.db).set_windows("Mon-Sun 08:00-21:00")
    inc = _declare(w, svc)
    assert svc.add_matching(inc, w.sue, "voyage", "AUR-1127", now=NOW).added == 10_000
    run = svc.create_callbacks(inc, w.sue, now=NOW)
    assert run.created == 10_000 and run.no_window == 0
    with w.db.read() as conn:
        per_customer = conn.execute(
            select(Callback.customer_id, func.count()).where(Callback.incident_id == inc)
            .group_by(Callback.customer_id).having(func.count() > 1)
        ).all()  # fmt: skip
    assert per_customer == []
    assert svc.create_callbacks(inc, w.sue, now=NOW).created == 0
