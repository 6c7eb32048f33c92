"""The timeline with filters and search inside, and adding notes and calls: both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select

from console.errors import NotFoundError, UserFacingError
from console.services.customers import CustomerService
from console.services.interactions import (
    CALL_OUTCOMES,
    KINDS,
    MAX_TEXT_LENGTH,
    InteractionService,
    InteractionValidationError,
    like_pattern,
)
from console.storage.db import Database
from console.storage.models import Customer, Event, Interaction, User

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


def _customer(db: Database, name: str = "Test Customer") -> int:
    with db.write() as conn:
        return int(
            conn.execute(
                insert(Customer)
                .values(
                    account_no=f"AC{abs(hash(name)) % 10_000_000:07d}",
                    full_name=name,
                    name_key=name.casefold(),
                    time_zone="Europe/Tallinn",
                    country="EE",
                    tags=[],
                    custom_fields={},
                )
                .returning(Customer.id)
            ).scalar_one()
        )


def _agent(db: Database, username: str = "dana") -> int:
    with db.write() as conn:
        return int(
            conn.execute(
                insert(User)
                .values(username=username, display_name="Dana Kask", time_zone="Europe/Tallinn")
                .returning(User.id)
            ).scalar_one()
        )


def _add(db: Database, customer_id: int, rows: list[dict[str, object]]) -> None:
    defaults: dict[str, object] = {
        "customer_id": customer_id,
        "kind": "call",
        "direction": "inbound",
        "agent_id": None,
        "ended_at": None,
        "outcome": "",
        "summary": "",
        "version": 1,
    }
    with db.write() as conn:
        conn.execute(insert(Interaction), [defaults | row for row in rows])


@pytest.fixture
def empty(db: Database) -> tuple[InteractionService, int, int]:
    return InteractionService(db), _customer(db), _agent(db)


def _all_pages(
    service: InteractionService, customer_id: int, limit: int, **filters: object
) -> list[tuple[dt.datetime, int]]:
    keys: list[tuple[dt.datetime, int]] = []
    before = None
    while True:
        page = service.timeline(customer_id, limit=limit, before=before, **filters)  # type: ignore[arg-type]
        keys.extend((item.started_at, item.id) for item in page)
        if len(page) < limit:
            return keys
        before = (page[-1].started_at, page[-1].id)


# ---- reading ---------------------------------------------------------------------------------


def test_unfiltered_timeline_is_the_customer_services_timeline(demo_db: Database) -> None:
    ours = InteractionService(demo_db).timeline(1, limit=500)
    theirs = CustomerService(demo_db).timeline(1, limit=500)
    assert ours == theirs
    assert ours, "the demo gives Петрова a history"


@pytest.mark.slow
def test_ten_thousand_contacts_page_without_gaps_or_duplicates(
    db: Database, empty: tuple[InteractionService, int, int]
) -> None:
    service, customer, _agent_id = empty
    other = _customer(db, "Someone Else")
    # Groups of three share a timestamp, so the id must break ties in the page key.
    _add(
        db,
        customer,
        [
            {
                "kind": KINDS[i % len(KINDS)],
                "started_at": NOW - dt.timedelta(minutes=i // 3),
                "summary": f"contact {i}",
            }
            for i in range(10_000)
        ],
    )
    _add(db, other, [{"started_at": NOW, "summary": "not hers"}])

    keys = _all_pages(service, customer, 137)
    assert len(keys) == len(set(keys)) == 10_000
    assert keys == sorted(keys, reverse=True)
    assert service.count(customer) == 10_000

    calls = _all_pages(service, customer, 250, kinds={"call", "note"})
    assert len(calls) == len(set(calls)) == service.count(customer, kinds={"call", "note"})
    assert len(calls) == sum(1 for i in range(10_000) if KINDS[i % len(KINDS)] in ("call", "note"))
    assert calls == sorted(calls, reverse=True)

    found = _all_pages(service, customer, 7, text="CONTACT 99")
    # "contact 99", "contact 990".."contact 999", "contact 9900".."contact 9999"
    assert len(found) == 1 + 10 + 100 == service.count(customer, text="contact 99")


def test_filter_by_kind(db: Database, empty: tuple[InteractionService, int, int]) -> None:
    service, customer, _agent_id = empty
    _add(
        db,
        customer,
        [
            {"kind": kind, "started_at": NOW - dt.timedelta(hours=i), "summary": kind}
            for i, kind in enumerate(KINDS)
        ],
    )
    assert [i.kind for i in service.timeline(customer, kinds={"note"})] == ["note"]
    assert {i.kind for i in service.timeline(customer, kinds={"order", "transfer"})} == {
        "order",
        "transfer",
    }
    assert len(service.timeline(customer, kinds=set(KINDS))) == len(KINDS)
    assert service.timeline(customer, kinds=set()) == []
    assert service.count(customer, kinds=set()) == 0
    with pytest.raises(ValueError, match="unknown interaction kinds"):
        service.timeline(customer, kinds={"fax"})


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ВОЗВРАТ", {"Просит возврат за AU 213"}),
        ("возврат за au", {"Просит возврат за AU 213"}),
        ("Ёлка", {"ёлка у окна"}),
        ("بازپرداخت", {"درخواست بازپرداخت برای AU 455"}),
        ("เปลี่ยนที่นั่ง", {"ขอเปลี่ยนที่นั่ง AU 871"}),
        ("ÉTÉ", {"Réservation pour l'été"}),
        ("100%", {"100% refund"}),
        ("%", {"100% refund"}),
        ("a_b", {"code a_b"}),
        ("_", {"code a_b"}),
        ("back\\slash", {"path back\\slash"}),
        ("\\", {"path back\\slash"}),
        ("voicemail", {"left a message"}),  # the outcome matches too
        ("  refund   ", {"100% refund", "100 refund"}),
        ("nothing like this", set()),
    ],
)
def test_search_inside_ignores_case_in_any_script_and_takes_like_characters_literally(
    db: Database, empty: tuple[InteractionService, int, int], query: str, expected: set[str]
) -> None:
    service, customer, _agent_id = empty
    summaries = [
        "Просит возврат за AU 213",
        "ёлка у окна",
        "درخواست بازپرداخت برای AU 455",
        "ขอเปลี่ยนที่นั่ง AU 871",
        "Réservation pour l'été",
        "100% refund",
        "100 refund",
        "code a_b",
        "code axb",
        "path back\\slash",
        "path backslash",
    ]
    rows: list[dict[str, object]] = [
        {"started_at": NOW - dt.timedelta(hours=i), "summary": s} for i, s in enumerate(summaries)
    ]
    rows.append({"started_at": NOW - dt.timedelta(days=9), "summary": "left a message",
                 "outcome": "voicemail"})  # fmt: skip
    _add(db, customer, rows)
    found = {item.summary for item in service.timeline(customer, text=query, limit=100)}
    assert found == expected
    assert service.count(customer, text=query) == len(expected)


def test_search_finds_cyrillic_in_petrovas_demo_history(demo_db: Database) -> None:
    service = InteractionService(demo_db)
    found = service.timeline(1, text="ТРЕТИЙ ЗВОНОК")
    assert [item.kind for item in found] == ["call"]
    assert "Третий звонок" in found[0].summary


def test_kind_and_text_filters_combine_and_the_first_page_carries_counts(
    db: Database, empty: tuple[InteractionService, int, int]
) -> None:
    service, customer, _agent_id = empty
    _add(
        db,
        customer,
        [
            {"kind": "call", "started_at": NOW - dt.timedelta(hours=1), "summary": "refund asked"},
            {"kind": "note", "started_at": NOW - dt.timedelta(hours=2), "summary": "refund due"},
            {"kind": "note", "started_at": NOW - dt.timedelta(hours=3), "summary": "seat"},
        ],
    )
    page = service.first_page(customer, kinds={"note"}, text="REFUND", limit=10)
    assert [i.summary for i in page.items] == ["refund due"]
    assert (page.matching, page.total) == (1, 3)
    page = service.first_page(customer, limit=2)
    assert [i.summary for i in page.items] == ["refund asked", "refund due"]
    assert (page.matching, page.total) == (3, 3)
    page = service.first_page(customer, kinds=set())
    assert (page.items, page.matching, page.total) == ((), 0, 3)


def test_like_pattern_escapes_its_own_wildcards() -> None:
    assert like_pattern("50%_off\\") == "%50\\%\\_off\\\\%"


# ---- writing ---------------------------------------------------------------------------------


def _events(db: Database) -> list[Event]:
    with db.session() as session:
        return list(session.scalars(select(Event).order_by(Event.id)))


def test_a_note_is_stored_on_top_with_an_audit_event(
    db: Database, empty: tuple[InteractionService, int, int]
) -> None:
    service, customer, agent = empty
    _add(db, customer, [{"started_at": NOW - dt.timedelta(days=1), "summary": "older"}])
    item = service.add_note(customer, agent, "  Обещала перезвонить в пятницу.\nБилет K7QX2M  ")
    assert item.kind == "note" and item.direction == "internal"
    assert item.summary == "Обещала перезвонить в пятницу.\nБилет K7QX2M"
    assert item.agent == "Dana Kask"
    assert service.timeline(customer, limit=1) == [item]
    events = _events(db)
    assert [(e.entity, e.entity_id, e.action, e.actor_id) for e in events] == [
        ("interaction", item.id, "created", agent)
    ]
    assert events[0].data == {"customer_id": customer, "kind": "note", "outcome": ""}


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_an_empty_note_is_refused_kindly(
    db: Database, empty: tuple[InteractionService, int, int], text: str
) -> None:
    service, customer, agent = empty
    with pytest.raises(InteractionValidationError, match="Write the note") as caught:
        service.add_note(customer, agent, text)
    assert caught.value.field == "text"
    assert isinstance(caught.value, UserFacingError)
    assert service.count(customer) == 0 and _events(db) == []


def test_a_note_longer_than_the_limit_is_refused(
    empty: tuple[InteractionService, int, int],
) -> None:
    service, customer, agent = empty
    service.add_note(customer, agent, "x" * MAX_TEXT_LENGTH)
    with pytest.raises(InteractionValidationError, match="10,000"):
        service.add_note(customer, agent, "x" * (MAX_TEXT_LENGTH + 1))
    assert service.count(customer) == 1


def test_nothing_is_written_for_a_customer_or_agent_that_is_gone(
    db: Database, empty: tuple[InteractionService, int, int]
) -> None:
    service, customer, agent = empty
    with pytest.raises(NotFoundError, match="does not exist any more"):
        service.add_note(customer + 1000, agent, "hello")
    with pytest.raises(NotFoundError, match="user account"):
        service.log_call(customer, agent + 1000, "inbound", "resolved", "hello")
    with db.read() as conn:
        assert conn.scalar(select(func.count()).select_from(Interaction)) == 0
    assert _events(db) == []


def test_a_call_is_logged_with_its_outcome_times_and_audit_event(
    db: Database, empty: tuple[InteractionService, int, int]
) -> None:
    service, customer, agent = empty
    start = NOW - dt.timedelta(minutes=12)
    item = service.log_call(
        customer, agent, "outbound", "callback promised", " Will call back Friday ", start, NOW
    )
    assert (item.kind, item.direction, item.outcome) == ("call", "outbound", "callback promised")
    assert (item.started_at, item.ended_at, item.summary) == (start, NOW, "Will call back Friday")
    assert service.timeline(customer) == [item]
    assert [(e.action, e.to_state) for e in _events(db)] == [("created", "call")]
    # No summary is fine for a call: the outcome says it.
    quiet = service.log_call(customer, agent, "outbound", "no answer", "")
    assert quiet.summary == "" and quiet.started_at >= start


@pytest.mark.parametrize(
    ("direction", "outcome", "start", "end", "field"),
    [
        ("sideways", "resolved", None, None, "direction"),
        ("internal", "resolved", None, None, "direction"),
        ("inbound", "sold a car", None, None, "outcome"),
        ("inbound", "resolved", NOW + dt.timedelta(hours=1), None, "started_at"),
        ("inbound", "resolved", NOW, NOW - dt.timedelta(minutes=1), "ended_at"),
    ],
)
def test_a_call_with_impossible_details_is_refused(
    empty: tuple[InteractionService, int, int],
    direction: str,
    outcome: str,
    start: dt.datetime | None,
    end: dt.datetime | None,
    field: str,
) -> None:
    service, customer, agent = empty
    with pytest.raises(InteractionValidationError) as caught:
        service.log_call(customer, agent, direction, outcome, "text", start, end)
    assert caught.value.field == field
    assert service.count(customer) == 0


def test_every_listed_outcome_is_accepted(empty: tuple[InteractionService, int, int]) -> None:
    service, customer, agent = empty
    for outcome in CALL_OUTCOMES:
        service.log_call(customer, agent, "inbound", outcome, "")
    assert service.count(customer, kinds={"call"}) == len(CALL_OUTCOMES)


def test_naive_times_are_a_programming_error(empty: tuple[InteractionService, int, int]) -> None:
    service, customer, agent = empty
    with pytest.raises(ValueError, match="timezone-aware"):
        service.log_call(customer, agent, "inbound", "resolved", "", dt.datetime(2026, 1, 1))
