"""`agent-console backlog`: the dashboard's figures for scripts and wallboards."""

from __future__ import annotations

import json

import pytest

from console.services.dashboard import DashboardService
from console.storage.db import Database
from tests.console.test_callbacks_cli import run


def test_backlog_json_prints_the_same_figures_as_the_tiles(
    capsys: pytest.CaptureFixture[str], demo_url_any: str
) -> None:
    code, out, err = run(capsys, "--db", demo_url_any, "backlog", "--as", "riina", "--json")
    assert code == 0, err
    doc = json.loads(out)
    db = Database(demo_url_any)
    try:
        riina = DashboardService(db).targets()[0]
        viewer = next(uid for uid, name in riina if name == "Riina Sepp")
        tiles = DashboardService(db).backlog(viewer, "Europe/Tallinn").to_json()["tiles"]
    finally:
        db.dispose()
    assert doc["zone"] == "Europe/Tallinn"  # Riina's zone, as the tab would show it
    for key in ("pending", "overdue", "unassigned", "kept_7d", "broken_7d", "failed_7d"):
        assert doc["tiles"][key] == tiles[key], key
    assert doc["tiles"]["pending"] > 0  # the demo has open promises
    assert {"Dana Kask"} <= {a["name"] for a in doc["agents"]}
    assert {q["name"] for q in doc["queues"]} >= {"General", "Evening"}
    assert set(doc["age_buckets"]) == {
        "later", "next_hour", "due_now", "over_15m", "over_1h", "over_4h", "over_1d", "over_more",
    }  # fmt: skip
    assert len(doc["due_by_hour"]["today"]) == 24 and len(doc["trend"]) == 14


def test_backlog_table_and_refusals(capsys: pytest.CaptureFixture[str], demo_db_url: str) -> None:
    code, out, err = run(capsys, "--db", demo_db_url, "backlog", "--as", "riina")
    assert code == 0, err
    assert "Callback backlog at" in out and "Overdue" in out and "Dana Kask" in out
    assert "KEPT 7 DAYS" in out
    code, out, err = run(capsys, "--db", demo_db_url, "backlog", "--as", "dana")
    assert code == 1 and "for supervisors" in err and out == ""
    code, out, err = run(capsys, "--db", demo_db_url, "backlog", "--zone", "Mars/Base")
    assert code == 1 and "not a time zone" in err
    code, out, err = run(capsys, "--db", demo_db_url, "backlog", "--as", "nobody")
    assert code == 1 and "nobody" in err
