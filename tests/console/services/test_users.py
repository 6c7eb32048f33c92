"""UserService: who is at the desk, and whether their console ran before."""

from __future__ import annotations

import datetime as dt

from console.services.transfers import TransferService
from console.services.users import UserService
from console.storage.db import Database
from tests.support.world import _world


def test_a_user_whose_console_never_ran_was_never_seen_and_a_heartbeat_says_when(
    db: Database,
) -> None:
    world = _world(db)
    users = UserService(db)
    assert users.get("ana").last_seen_at is None
    at = dt.datetime(2026, 12, 4, 17, 30, tzinfo=dt.UTC)
    TransferService(db).heartbeat(world.ana, at)
    assert users.get("ana").last_seen_at == at
    assert users.get("ben").last_seen_at is None
