"""``agent-console bench --load``: many agents at once, then every write counted.

The short run (a few agents, a few seconds on the session's PostgreSQL) runs by default; the
full one (50 agents, 60 s) is marked ``load`` and deselected unless asked for (-m load).
The verification itself is tested too: a write an agent reported but the database lacks, and
a row written twice, must both be caught.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from console.cli import main
from console.loadtest import AgentResult, LoadError, _prepare, _verify, run_load
from console.storage.db import Database
from console.storage.models import Interaction, Transfer

pytestmark = pytest.mark.postgres


def test_a_short_load_run_writes_everything_exactly_once(pg_demo_url: str) -> None:
    report = run_load(pg_demo_url, agents=5, seconds=4, think_ms=10)
    assert report.errors == 0, report.first_errors
    assert report.ok
    assert report.supervisors == 1
    ops = {f.op: f for f in report.operations}
    for op in ("search", "pop", "note", "dashboard"):
        assert ops[op].count > 0, op
        assert 0 < ops[op].p50_ms <= ops[op].p95_ms
    assert report.notes_written > 0
    assert report.notes_found_once == report.notes_written
    assert report.callbacks_found == report.callbacks_written
    assert report.transfers_found_once == report.transfers_sent
    assert report.accepts_found == report.accepts
    assert report.double_claims == 0
    assert report.lost_writes == 0 and report.extra_rows == 0


def test_the_count_catches_a_lost_write_and_a_double_write(pg_demo_url: str) -> None:
    db = Database(pg_demo_url)
    try:
        plan = _prepare(db, 3)
        mark = f"load-{plan.run}-0-"
        written = AgentResult(agent=0, notes=[mark + "1", mark + "2", mark + "3"])
        now = dt.datetime.now(dt.UTC)
        with db.write() as conn:
            rows = [mark + "1", mark + "2", mark + "2", mark + "9"]  # 3 lost, 2 twice, 9 extra
            conn.execute(
                insert(Interaction),
                [
                    {"customer_id": plan.customers[0], "kind": "note", "direction": "internal",
                     "agent_id": plan.users[0], "started_at": now, "ended_at": None,
                     "outcome": "", "summary": text, "version": 1}
                    for text in rows
                ],
            )  # fmt: skip
        report = _verify(db, plan, [written], 3, 1.0, 0.0, 1.0)
    finally:
        db.dispose()
    assert report.notes_written == 3
    assert report.notes_found_once == 1
    assert report.lost_writes == 2
    assert report.extra_rows == 1
    assert not report.ok


def test_the_count_catches_a_transfer_sent_but_missing(pg_demo_url: str) -> None:
    db = Database(pg_demo_url)
    try:
        plan = _prepare(db, 3)
        with db.read() as conn:
            assert conn.scalar(select(Transfer.id).where(Transfer.request_key == "nope")) is None
        report = _verify(db, plan, [AgentResult(agent=1, transfers=["nope"])], 3, 1.0, 0.0, 1.0)
    finally:
        db.dispose()
    assert report.transfers_sent == 1 and report.transfers_found_once == 0
    assert report.lost_writes == 1 and not report.ok


def test_sqlite_is_refused_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path}/x.sqlite3"
    with pytest.raises(LoadError, match="PostgreSQL only"):
        run_load(url, agents=2, seconds=1)
    code = main(["bench", "--load", "--db", url, "--seconds", "1"])
    assert code == 1
    err = capsys.readouterr().err
    assert "PostgreSQL only" in err and "Traceback" not in err


def test_the_command_prints_json(pg_demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["bench", "--load", "--agents", "3", "--seconds", "2", "--json",
                 "--db", pg_demo_url])  # fmt: skip
    data = json.loads(capsys.readouterr().out)
    assert code == 0, data
    assert data["ok"] is True and data["agents"] == 3
    assert {f["op"] for f in data["operations"]} >= {"search", "pop"}


@pytest.mark.load
def test_fifty_agents_for_sixty_seconds(pg_demo_url: str) -> None:
    """The full run (-m load); AGENT_CONSOLE_LOAD_DB points it at a bigger database."""
    url = os.environ.get("AGENT_CONSOLE_LOAD_DB", pg_demo_url)
    report = run_load(url, agents=50, seconds=60)
    print(report.to_json())
    assert report.ok, report.first_errors
