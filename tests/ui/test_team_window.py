"""The real window on a team database, as an agent's and a supervisor's own login."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from console.settings import Settings
from console.storage.models import Callback
from tests.conftest import _pg_clone
from tests.support.pgserver import PgServer
from tests.support.team import Team, build_team
from tests.ui.conftest import show_window
from ui import errors, tasks
from ui.app import create_window
from ui.main_window import MainWindow

pytestmark = pytest.mark.postgres


@pytest.fixture
def team(pg_server: PgServer, pg_template: str) -> Iterator[Team]:
    built = build_team(_pg_clone(pg_server, pg_template))
    yield built
    built.dispose()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    dialogs: list[QDialog] = []
    monkeypatch.setattr(errors, "present", lambda d, **_: dialogs.append(d))
    return dialogs


def _close(qtbot: QtBot, window: MainWindow) -> None:
    """Close, let every answer arrive, and close the pool again: a change notification queued
    before the close still reloads a view, from the fresh pool that dispose() leaves (a
    window-lifecycle gap outside team mode, reported, not fixed here)."""
    window.close()
    qtbot.wait(300)  # a notification already queued (our own claim's) still reloads a view
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=5000)
    window.context.db.dispose()


def test_an_agents_window_works_their_callback_and_has_no_dashboard(
    qtbot: QtBot, team: Team, shown: list[QDialog]
) -> None:
    now = dt.datetime.now(dt.UTC)
    with team.owner.write() as conn:
        mine = conn.execute(insert(Callback).values(
            customer_id=team.customer, phone_e164="+79165551234",
            queue_id=team.queue["Refunds"], owner_id=team.uid["ana"],
            created_by=team.uid["ana"], window_start=now - dt.timedelta(minutes=5),
            window_end=now + dt.timedelta(hours=1), zone="Europe/Moscow",
            due_at=now - dt.timedelta(minutes=5),
        ).returning(Callback.id)).scalar_one()  # fmt: skip
    window = show_window(qtbot, create_window(team.url("ana"), None, settings=Settings()))
    assert window.context.user.username == team.login["ana"]
    assert window.dashboard is None
    qtbot.keyClick(window, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: window.callback_panel.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=5000)
    with team.owner.read() as conn:
        assert conn.scalar(select(Callback.claimed_by).where(Callback.id == mine)) == (
            team.uid["ana"])  # fmt: skip
    assert shown == []  # no error and no crash on the way
    _close(qtbot, window)


def test_a_supervisors_window_shows_the_dashboard_of_everyone(
    qtbot: QtBot, team: Team, shown: list[QDialog]
) -> None:
    window = show_window(qtbot, create_window(team.url("sue"), None, settings=Settings()))
    assert window.dashboard is not None
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=5000)
    assert shown == []
    _close(qtbot, window)
