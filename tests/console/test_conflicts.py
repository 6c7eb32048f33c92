"""Two agents, two sessions, one row: the stale write fails, names who changed what and when,
and changes nothing. Each case on SQLite and PostgreSQL, each session its own engine (as two
desktops are)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

import pytest

from console.errors import ConflictError
from console.services.callbacks import CallbackService, ScheduleRequest
from console.services.customer_edit import CustomerDraft, CustomerEditService
from console.services.customers import CustomerService
from console.services.transfers import TransferNote, TransferService
from console.storage.db import Database
from tests.support.world import World, _world

TIME = re.compile(r"\b\d\d:\d\d UTC\b")


@pytest.fixture
def two(db_url: str) -> Iterator[tuple[World, Database, Database]]:
    first = Database(db_url)
    world = _world(first)
    second = Database(db_url)
    yield world, first, second
    second.dispose()
    first.dispose()


def _base(db: Database, customer_id: int) -> tuple[int, CustomerDraft]:
    card = CustomerService(db).card(customer_id)
    draft = CustomerDraft(
        full_name=card.full_name, time_zone=card.time_zone, country=card.country,
        phones=tuple((p.typed, p.label) for p in card.phones), tags=card.tags,
    )  # fmt: skip
    return card.version, draft


def test_customer_edit(two: tuple[World, Database, Database]) -> None:
    w, mine, theirs = two
    version, draft = _base(mine, w.maryam)
    CustomerEditService(theirs).update(
        w.maryam, version, dataclasses.replace(draft, tags=("theirs",)), w.ben
    )
    with pytest.raises(ConflictError) as info:
        CustomerEditService(mine).update(
            w.maryam, version, dataclasses.replace(draft, tags=("mine",)), w.ana
        )
    message = info.value.message
    assert "customer was changed by Ben" in message and TIME.search(message), message
    assert "your text is kept" in message
    assert info.value.changed_by == "Ben"
    assert CustomerService(mine).card(w.maryam).tags == ("theirs",)


def test_callback_outcome_after_a_colleague_reassigned_it(
    two: tuple[World, Database, Database],
) -> None:
    w, mine, theirs = two
    cb = CallbackService(mine).schedule(ScheduleRequest(w.maryam, mode="asap"), w.ana)
    CallbackService(theirs).reassign([cb.id], w.sue, to_queue_id=w.queue, reason="Ana is ill")
    with pytest.raises(ConflictError) as info:
        CallbackService(mine).record_outcome(cb.id, cb.version, w.ana, "reached")
    message = info.value.message
    assert "callback was changed by Sue" in message and TIME.search(message), message
    assert "note is kept" in message
    after = CallbackService(mine).get(cb.id)
    assert after.state == "pending" and after.owner_id is None  # theirs stands, not mine


def test_callback_outcome_after_it_was_closed(two: tuple[World, Database, Database]) -> None:
    w, mine, theirs = two
    cb = CallbackService(mine).schedule(ScheduleRequest(w.maryam, mode="asap"), w.ana)
    CallbackService(theirs).cancel(cb.id, cb.version, w.ana, "Customer wrote instead")
    with pytest.raises(ConflictError) as info:
        CallbackService(mine).record_outcome(cb.id, cb.version, w.ana, "reached")
    message = info.value.message
    assert "already cancelled" in message and "by Ana" in message, message
    assert TIME.search(message)
    assert CallbackService(mine).get(cb.id).state == "cancelled"


def test_transfer_accepted_by_a_colleague_first(two: tuple[World, Database, Database]) -> None:
    w, mine, theirs = two
    svc = TransferService(mine)
    for user in (w.ana, w.ben, w.sue):
        svc.heartbeat(user)
    note = TransferNote(reason="refund", issue="Refund not received", tried="Checked")
    sent = svc.send("k-" + dt.datetime.now().isoformat(), w.maryam, w.ana, note,
                    to_queue_id=w.queue)  # fmt: skip
    TransferService(theirs).accept(sent.id, w.ben)
    with pytest.raises(ConflictError) as info:
        TransferService(mine).accept(sent.id, w.sue)
    message = info.value.message
    assert message.startswith("Ben took this transfer at ") and TIME.search(message), message
    assert info.value.changed_by == "Ben"
    assert TransferService(mine).get(sent.id).accepted_by == "Ben"
