"""The benchmark runs end to end at a tiny size, so it never rots (no timing is asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.bench import percentile, run_bench
from console.cli import main
from console.errors import UserFacingError

CASES = {
    "screen-pop by phone (card + 50 latest)",
    "name search (substring, 50 rows)",
    "fuzzy name search (a typo)",
}
DESKTOP = {
    "cold start to window shown",
    "resident memory, demo data open",
    "longest GUI-thread stall, scripted session",
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
    assert seen == {(case, db) for case in CASES for db in ("sqlite", "postgresql")}
    for case in report["cases"]:
        assert case["samples"] == 5
        assert 0 < case["product_p50_ms"] <= case["product_p95_ms"]
        assert case["raw_p95_ms"] > 0 and case["ratio_p95"] > 0
    assert {d["figure"] for d in report["desktop"]} == DESKTOP
    by_figure = {d["figure"]: d for d in report["desktop"]}
    assert len(by_figure["cold start to window shown"]["detail"]["runs_ms"]) == 5
    assert by_figure["longest GUI-thread stall, scripted session"]["detail"]["customers_opened"] > 0
    assert report["data"]["postgresql"]["customers"] == 60
    assert report["machine"]["cores"] >= 1 and "postgresql" in report["versions"]


def test_bench_reuses_its_data_set_and_prints_a_table(
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = run_bench(customers=40, samples=3, desktop=False)
    second = run_bench(customers=40, samples=3, desktop=False)
    assert first.data["sqlite"]["built_now"] and not second.data["sqlite"]["built_now"]
    assert main(["bench", "--customers", "40", "--samples", "3", "--no-desktop"]) == 0
    out = capsys.readouterr().out
    assert "screen-pop by phone" in out and "raw p50/p95 ms" in out


@pytest.mark.postgres
def test_bench_refuses_a_postgresql_database_holding_other_data(pg_demo_url: str) -> None:
    with pytest.raises(UserFacingError, match="holds other data"):
        run_bench(customers=40, samples=3, desktop=False, pg_url=pg_demo_url)
