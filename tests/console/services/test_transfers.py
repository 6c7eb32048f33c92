"""Warm transfers on both databases: two consoles, a structured note, accept or decline,
no dead ends, the bounce counter, and live delivery on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from console.errors import ConflictError, FieldErrors, UserFacingError
from console.services.customers import CustomerService
from console.services.transfers import TransferNote, TransferService
from console.storage.db import Database
from console.storage.live import ChangeListener, parse_payload
from console.storage.models import Event, Transfer
from tests.conftest import _pg_clone
from tests.support.world import World, _world

NOTE = TransferNote(
    reason="refund", issue="Wants a refund for the cancelled flight AU 871.",
    tried="Checked the booking; refund needs Refunds' approval.",
    promised="A decision by Friday", identity_verified=True, mood="frustrated",
)  # fmt: skip


@pytest.fixture
def w(db: Database) -> World:
    world = _world(db)
    svc = TransferService(db)
    for user in (world.ana, world.ben, world.sue):
        svc.heartbeat(user)  # every console is running
    return world


def _key() -> str:
    return uuid.uuid4().hex


def test_send_and_accept_between_two_consoles_keeps_the_note_on_the_timeline(w: World) -> None:
    sender = TransferService(w.db)
    receiver_db = Database(w.db.url)  # the other desktop
    try:
        receiver = TransferService(receiver_db)
        sent = sender.send(_key(), w.maryam, w.ana, NOTE, to_user_id=w.ben)
        assert (sent.state, sent.target, sent.handover_no) == ("offered", "Ben", 1)
        (offered,) = receiver.inbox(w.ben)
        assert offered.id == sent.id and offered.note == NOTE
        assert receiver.inbox(w.sue) == []  # addressed to Ben alone
        accepted = receiver.accept(sent.id, w.ben)
        assert (accepted.state, accepted.accepted_by) == ("accepted", "Ben")
        assert sender.sent(w.ana, sent.created_at)[0].state == "accepted"  # the sender sees it
        assert receiver.latest_accepted(w.maryam) == accepted
    finally:
        receiver_db.dispose()
    item = CustomerService(w.db).timeline(w.maryam)[0]
    assert item.kind == "transfer" and item.outcome == "accepted by Ben"
    assert "Promised: A decision by Friday" in item.summary
    assert "Identity verified" in item.summary and "Mood: frustrated" in item.summary


def test_missing_required_fields_are_named_and_nothing_is_sent(w: World) -> None:
    svc = TransferService(w.db)
    with pytest.raises(FieldErrors) as info:
        svc.send(_key(), w.maryam, w.ana, TransferNote(reason="refund"), to_queue_id=w.queue)
    assert set(info.value.errors) == {"issue", "tried"}
    svc.set_required("General", "reason,issue,identity_verified")
    with pytest.raises(FieldErrors) as info:
        svc.send(_key(), w.maryam, w.ana, TransferNote(reason="refund", issue="x"),
                 to_queue_id=w.queue)  # fmt: skip
    assert set(info.value.errors) == {"identity_verified"}
    with w.db.read() as conn:
        assert conn.scalar(select(func.count()).select_from(Transfer)) == 0


def test_an_agent_who_is_not_signed_in_cannot_be_chosen(w: World) -> None:
    svc = TransferService(w.db)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
    with pytest.raises(UserFacingError, match="Ben is not signed in"):
        svc.send(_key(), w.maryam, w.ana, NOTE, to_user_id=w.ben, now=later)
    targets = {t.name: t for t in svc.targets(w.ana, now=later)}
    assert not targets["Ben"].available and targets["Ben"].availability == "not signed in"
    assert targets["General"].kind == "queue"


def test_a_retried_send_after_a_lost_connection_is_one_transfer(w: World) -> None:
    svc = TransferService(w.db)
    key = _key()
    first = svc.send(key, w.maryam, w.ana, NOTE, to_queue_id=w.queue)
    again = svc.send(key, w.maryam, w.ana, NOTE, to_queue_id=w.queue)
    assert first.id == again.id
    with w.db.read() as conn:
        assert conn.scalar(select(func.count()).select_from(Transfer)) == 1


def test_two_agents_accepting_one_queue_transfer_exactly_one_wins(w: World) -> None:
    sent = TransferService(w.db).send(_key(), w.maryam, w.sue, NOTE, to_queue_id=w.queue)
    dbs = [Database(w.db.url) for _ in range(2)]
    results: dict[int, str] = {}
    barrier = threading.Barrier(2)

    def accept(agent: int, db: Database) -> None:
        barrier.wait()
        try:
            TransferService(db).accept(sent.id, agent)
            results[agent] = "won"
        except ConflictError as exc:
            results[agent] = exc.message

    threads = [
        threading.Thread(target=accept, args=(a, d))
        for a, d in zip((w.ana, w.ben), dbs, strict=True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for d in dbs:
        d.dispose()
    assert sorted(results.values())[-1] == "won"
    loser = next(m for m in results.values() if m != "won")
    assert "took this transfer at " in loser and "before you" in loser
    with w.db.read() as conn:
        accepted = conn.scalar(
            select(func.count()).select_from(Event).where(Event.action == "accepted")
        )
    assert accepted == 1


def test_decline_needs_a_reason_and_the_sender_can_try_elsewhere(w: World) -> None:
    svc = TransferService(w.db)
    sent = svc.send(_key(), w.maryam, w.ana, NOTE, to_user_id=w.ben)
    with pytest.raises(FieldErrors):
        svc.decline(sent.id, w.ben, "  ")
    declined = svc.decline(sent.id, w.ben, "Not my area: Refunds decides")
    assert (declined.state, declined.decline_reason) == ("declined", "Not my area: Refunds decides")
    with pytest.raises(ConflictError, match="already declined"):
        svc.accept(sent.id, w.ben)
    again = svc.retry(sent.id, w.ana, _key(), to_queue_id=w.queue)
    assert again.state == "offered" and again.note == NOTE and again.handover_no == 1


def test_nobody_answering_becomes_a_callback_owned_by_the_target_queue(w: World) -> None:
    svc = TransferService(w.db)
    sent = svc.send(_key(), w.maryam, w.ana, NOTE, to_queue_id=w.evening)
    assert sent.expired(sent.expires_at) and not sent.expired(sent.created_at)
    converted = svc.to_callback(sent.id, w.ana)
    assert converted.state == "converted" and converted.converted_callback_id is not None
    card = CustomerService(w.db).card(w.maryam)
    (promise,) = card.open_callbacks
    assert promise.queue == "Evening" and promise.owner_id is None
    assert "Wants a refund for the cancelled flight AU 871." in promise.note
    with pytest.raises(ConflictError):
        svc.accept(sent.id, w.ben)  # too late: it is a callback now


def test_the_third_handover_in_one_contact_needs_a_reason(w: World) -> None:
    svc = TransferService(w.db)
    first = svc.send(_key(), w.maryam, w.ana, NOTE, to_user_id=w.ben)
    svc.accept(first.id, w.ben)
    second = svc.send(_key(), w.maryam, w.ben, NOTE, to_user_id=w.sue)
    svc.accept(second.id, w.sue)
    assert CustomerService(w.db).card(w.maryam).handovers == 2
    with pytest.raises(FieldErrors) as info:
        svc.send(_key(), w.maryam, w.sue, NOTE, to_user_id=w.ana)
    assert "already passed on 2 times" in info.value.errors["bounce_reason"]
    third = svc.send(_key(), w.maryam, w.sue, NOTE, to_user_id=w.ana,
                     bounce_reason="Needs Ana's Persian")  # fmt: skip
    assert third.handover_no == 3 and third.bounce_reason == "Needs Ana's Persian"
    card = CustomerService(w.db).card(w.maryam)
    assert card.handovers == 3 and [t.id for t in card.open_transfers] == [third.id]


def test_only_the_addressee_or_queue_members_can_answer(w: World) -> None:
    svc = TransferService(w.db)
    sent = svc.send(_key(), w.maryam, w.ana, NOTE, to_queue_id=w.evening)
    with pytest.raises(UserFacingError, match="you are not in it"):
        svc.accept(sent.id, w.sue)
    assert [t.id for t in svc.inbox(w.ben)] == [sent.id]
    with pytest.raises(UserFacingError, match="Only the sender"):
        svc.withdraw(sent.id, w.ben)


@pytest.fixture
def pg_w(pg_server: object, pg_template: str) -> Iterator[World]:
    db = Database(_pg_clone(pg_server, pg_template))  # type: ignore[arg-type]
    world = _world(db)
    for user in (world.ana, world.ben, world.sue):
        TransferService(db).heartbeat(user)
    yield world
    db.dispose()


@pytest.mark.postgres
def test_live_delivery_on_postgresql_reaches_the_receiver_within_a_second(pg_w: World) -> None:
    w = pg_w
    listener = ChangeListener(w.db)
    try:
        assert listener.wait(0.05) == []  # connected and listening
        svc = TransferService(w.db)
        latencies = []
        for _ in range(5):
            started = time.perf_counter()
            sent = svc.send(_key(), w.maryam, w.ana, NOTE, to_user_id=w.ben)
            changes = listener.wait(2.0)
            inbox = svc.inbox(w.ben)  # what the receiver's console fetches on the notification
            latencies.append(time.perf_counter() - started)
            assert any(c.topic == "transfers" and c.ids.get("id") == sent.id for c in changes)
            assert sent.id in {t.id for t in inbox}
            svc.decline(sent.id, w.ben, "busy")
            listener.wait(0.5)
        assert max(latencies) < 1.0
    finally:
        listener.close()


def test_notification_payloads_are_parsed_defensively() -> None:
    assert parse_payload('{"topic": "transfers", "id": 4, "x": "no"}').ids == {"id": 4}  # type: ignore[union-attr]
    assert parse_payload("not json") is None
    assert parse_payload('["topic"]') is None


def test_transfers_of_customers_in_an_open_disruption_come_first(w: World) -> None:
    from console.services.incidents import IncidentService

    svc = TransferService(w.db)
    earlier = svc.send(_key(), w.john, w.ana, NOTE, to_queue_id=w.queue)
    later = svc.send(_key(), w.maryam, w.ana, NOTE, to_queue_id=w.queue)
    assert [t.id for t in svc.inbox(w.ben)] == [earlier.id, later.id]  # oldest first
    incidents = IncidentService(w.db)
    inc = incidents.declare(w.sue, "Tehran flights cancelled", "Flights to Tehran are cancelled.")
    incidents.add_matching(inc.id, w.sue, "country", "IR")
    assert [t.id for t in svc.inbox(w.ben)] == [later.id, earlier.id]
    incidents.close(inc.id, w.sue)
    assert [t.id for t in svc.inbox(w.ben)] == [earlier.id, later.id]


def test_the_screen_pop_shows_all_the_card_shows_and_skips_what_is_not_there(w: World) -> None:
    """The pop asks in its first statement what else the customer has and reads only that:
    with everything present it equals the card; with nothing, the card is empty of it."""
    from console.services.goodwill import GoodwillService
    from console.services.incidents import IncidentService

    customers = CustomerService(w.db)
    bare = customers.pop("+98 912 345 6789")
    assert bare is not None
    assert (bare.card.goodwill, bare.card.open_callbacks, bare.card.open_transfers,
            bare.card.handovers, bare.card.incidents) == ((), (), (), 0, ())  # fmt: skip
    svc = TransferService(w.db)
    sent = svc.send(_key(), w.maryam, w.ana, NOTE, to_user_id=w.ben)
    svc.to_callback(svc.send(_key(), w.maryam, w.ana, NOTE, to_queue_id=w.evening).id, w.ana)
    GoodwillService(w.db).give(w.maryam, w.ana, "voucher", "Missed callback", amount_minor=2500,
                               currency="EUR")  # fmt: skip
    incidents = IncidentService(w.db)
    fire = incidents.declare(w.sue, "AUR-1127 fire on board", facts="Ship returning to port.")
    incidents.add_matching(fire.id, w.sue, "time_zone", "Asia/Tehran")
    popped = customers.pop("+98 912 345 6789")
    assert popped is not None and popped.card == customers.card(w.maryam)
    card = popped.card
    assert [t.id for t in card.open_transfers] == [sent.id] and card.handovers == 1
    assert len(card.open_callbacks) == 1 and card.goodwill[0].reason == "Missed callback"
    assert card.incidents == ("AUR-1127 fire on board",)
