"""The benchmark runs end to end at a tiny size, so it never rots (no timing is asserted)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select, update

from console.bench import _schema_head, percentile, prepare_dataset, run_bench, sqlite_data_path
from console.cli import main
from console.errors import UserFacingError
from console.storage.db import Database
from console.storage.models import Callback, Event, Setting

CASES = {
    "screen-pop by phone (card + 50 latest)",
    "name search (substring, 50 rows)",
    "fuzzy name search (a typo)",
    "my callbacks (open, ≤ 500 rows)",
    "dashboard refresh (all tiles, charts, tables)",
    "script render (customer's fields + LATTE)",
}
# Tiny runs (under 50 samples) claim for a quarter of a second per side.
CLAIMS = {"claim next (1 agent, 0.25 s)", "claim next (8 agents, 0.25 s)"}
DESKTOP = {
    "cold start to window shown",
    "resident memory, demo data open",
    "longest GUI-thread stall, scripted session",
    "longest GUI-thread stall while searching and popping",
}


@pytest.fixture(autouse=True)
def bench_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("AGENT_CONSOLE_CACHE_DIR", str(cache))
    return cache


def test_percentiles_are_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50
    assert percentile(values, 95) == 95
    assert percentile([7.0], 95) == 7


@pytest.mark.slow
@pytest.mark.postgres
def test_bench_reports_every_case_on_both_databases_and_the_desktop(
    empty_pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["bench", "--customers", "60", "--samples", "5", "--db", empty_pg_url, "--json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    seen = {(c["case"], c["backend"]) for c in report["cases"]}
    assert seen == {
        (case, db) for case in CASES | CLAIMS | {"disruption: 20 affected → callbacks"}
        for db in ("sqlite", "postgresql")
    } | {("transfer send → receiver has the note", "postgresql")}  # fmt: skip
    for case in report["cases"]:
        assert 0 < case["product_p50_ms"] <= case["product_p95_ms"]
        assert case["raw_p95_ms"] > 0 and case["ratio_p95"] > 0
        if case["case"] in CASES:
            assert case["samples"] == 5
        if case["case"].startswith("disruption"):
            assert case["extra"]["created"] == case["extra"]["affected"] == 20
        if case["case"].startswith("transfer"):
            assert case["extra"]["transfers"] == 7  # ten sent, three to warm up
    for case in (c for c in report["cases"] if c["case"] in CLAIMS):
        _assert_claims_were_clean(case)
    my_callbacks = [c for c in report["cases"] if c["case"].startswith("my callbacks")]
    assert all(c["extra"]["same_rows_as_raw"] for c in my_callbacks)
    assert {d["figure"] for d in report["desktop"]} == DESKTOP
    by_figure = {d["figure"]: d for d in report["desktop"]}
    assert len(by_figure["cold start to window shown"]["detail"]["runs_ms"]) == 5
    assert by_figure["longest GUI-thread stall, scripted session"]["detail"]["customers_opened"] > 0
    phases = by_figure["longest GUI-thread stall, scripted session"]["detail"]["max_stall_by_phase"]
    searching = by_figure["longest GUI-thread stall while searching and popping"]["value"]
    assert searching == phases["search and open a customer"] > 0
    assert report["data"]["postgresql"]["customers"] == 60
    assert report["data"]["postgresql"]["callbacks"] == report["data"]["sqlite"]["callbacks"] > 0
    assert report["machine"]["cores"] >= 1 and "postgresql" in report["versions"]


def _assert_claims_were_clean(case: dict[str, Any]) -> None:
    extra = case["extra"]
    assert extra["duplicates"] == 0 and extra["errors"] == 0, extra
    assert extra["product_claims"] > 0 and extra["raw_claims"] > 0
    assert case["samples"] >= extra["product_claims"]


def _open_callbacks(url: str) -> list[tuple[Any, ...]]:
    db = Database(url)
    try:
        with db.read() as conn:
            rows = conn.execute(
                select(Callback.id, Callback.state, Callback.claimed_by, Callback.version).order_by(
                    Callback.id
                )
            ).all()
            events = conn.scalar(select(func.count()).select_from(Event))
    finally:
        db.dispose()
    return [tuple(r) for r in rows] + [("events", events)]


def test_bench_reuses_its_data_set_and_prints_a_table(
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = run_bench(customers=40, samples=3, desktop=False)
    path = sqlite_data_path(40, _schema_head())
    before = _open_callbacks(f"sqlite:///{path}")
    second = run_bench(customers=40, samples=3, desktop=False)
    assert first.data["sqlite"]["built_now"] and not second.data["sqlite"]["built_now"]
    # Claims were made and undone: the cached data set is as the generator left it.
    assert _open_callbacks(f"sqlite:///{path}") == before
    for case in (c for c in second.cases if c.case in CLAIMS):
        _assert_claims_were_clean(asdict(case))
    assert main(["bench", "--customers", "40", "--samples", "3", "--no-desktop"]) == 0
    out = capsys.readouterr().out
    assert "screen-pop by phone" in out and "raw p50/p95 ms" in out
    assert "my callbacks" in out and "claims per second" in out


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_a_data_set_built_for_another_schema_is_rebuilt(
    backend: str, request: pytest.FixtureRequest
) -> None:
    if backend == "sqlite":
        url = f"sqlite:///{sqlite_data_path(40, _schema_head())}"
        run_bench(customers=40, samples=3, desktop=False)
    else:
        url = request.getfixturevalue("empty_pg_url")
    db = Database(url)
    try:
        if backend == "postgresql":
            db.upgrade()
            prepare_dataset(db, 40, lambda *_: None)
        with db.write() as conn:  # as the benchmark of an older schema labelled it
            conn.execute(update(Setting).where(Setting.key == "bench_key").values(value="bench:40"))
        info = prepare_dataset(db, 40, lambda *_: None)
        assert info["built_now"] and info["callbacks"] > 0
    finally:
        db.dispose()


def test_a_data_set_left_with_claims_not_undone_is_rebuilt() -> None:
    run_bench(customers=40, samples=3, desktop=False)
    db = Database(f"sqlite:///{sqlite_data_path(40, _schema_head())}")
    try:
        assert prepare_dataset(db, 40, lambda *_: None)["built_now"] is False
        with db.write() as conn:  # as a run killed while claiming leaves it
            conn.execute(insert(Setting).values(key="bench_claims_running", value="x"))
        assert prepare_dataset(db, 40, lambda *_: None)["built_now"] is True
    finally:
        db.dispose()


@pytest.mark.postgres
def test_bench_refuses_a_postgresql_database_holding_other_data(pg_demo_url: str) -> None:
    with pytest.raises(UserFacingError, match="holds other data"):
        run_bench(customers=40, samples=3, desktop=False, pg_url=pg_demo_url)


@pytest.mark.postgres
def test_only_runs_the_chosen_cases_with_the_same_inputs_on_both_databases(
    empty_pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["bench", "--customers", "60", "--samples", "5", "--db", empty_pg_url,
                 "--only", "fuzzy", "--only", "SCRIPT", "--json"])  # fmt: skip
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert [(c["case"], c["backend"]) for c in report["cases"]] == [
        (case, db) for db in ("sqlite", "postgresql")
        for case in ("fuzzy name search (a typo)", "script render (customer's fields + LATTE)")
    ]  # fmt: skip
    assert report["desktop"] == []
    fuzzy = [c["extra"] for c in report["cases"] if c["case"].startswith("fuzzy")]
    # Raw SQL found the same customers as the product; both databases, the same typos.
    assert all(x["same_customers_as_raw"] for x in fuzzy)
    assert fuzzy[0] == fuzzy[1] and fuzzy[0]["found"] > 0
