"""The command line contract: output, --json documents and exit codes (0, 1, 2)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from console.cli import main
from tests.support.headless import run_headless


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse exits for --version and usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == "agent-console 0.1.0"


@pytest.mark.parametrize(("typed", "region"), [("+66 81 234 5678", None), ("081-234-5678", "TH")])
def test_find_by_phone_international_and_national_json(
    capsys: pytest.CaptureFixture[str], demo_url_any: str, typed: str, region: str | None
) -> None:
    argv = ["customers", "find", typed, "--db", demo_url_any, "--json"]
    if region:
        argv = ["--region", region, *argv]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    doc = json.loads(out)
    assert doc["count"] == 1
    assert doc["customers"][0]["full_name"] == "สมชาย ใจดี"
    assert doc["customers"][0]["phone"] == "+66 81 234 5678"
    assert set(doc["customers"][0]) >= {"id", "account_no", "email", "country", "matched_by"}


def test_region_from_settings_file_and_environment(
    capsys: pytest.CaptureFixture[str], demo_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "settings", "set", "default_region", "TH")[0] == 0
    code, out, _ = run(capsys, "customers", "find", "081-234-5678", "--db", demo_db_url)
    assert code == 0 and "สมชาย ใจดี" in out
    monkeypatch.setenv("AGENT_CONSOLE_REGION", "RU")
    monkeypatch.setenv("AGENT_CONSOLE_DB", demo_db_url)
    code, out, _ = run(capsys, "customers", "find", "8 916 555 12 34")
    assert code == 0 and "Ольга Петрова" in out


def test_find_prints_a_table_and_says_when_nothing_matches(
    capsys: pytest.CaptureFixture[str], demo_db_url: str
) -> None:
    code, out, _ = run(capsys, "customers", "find", "olga.petrova@", "--db", demo_db_url)
    assert code == 0
    assert out.splitlines()[0].split()[:2] == ["ACCOUNT", "NAME"]
    code, out, err = run(capsys, "customers", "find", "nobody-like-this", "--db", demo_db_url)
    assert code == 0 and out == "" and "No customer matches" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["customers"],
        ["customers", "find"],
        ["demo-data", "--customers", "0"],
        ["demo-data", "--customers", "many"],
        ["bench", "--claim-seconds", "0"],
        ["bench", "--claim-seconds", "soon"],
        ["no-such-command"],
        ["--nope"],
    ],
)
def test_bad_usage_exits_2_with_usage(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert "usage:" in err and out == ""


def test_user_errors_exit_1_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "customers", "find", "x", "--db", "mysql://u@h/d")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "not supported" in err
    code, _, err = run(capsys, "settings", "set", "colour", "blue")
    assert code == 1 and "no setting “colour”" in err


@pytest.mark.postgres
def test_db_upgrade_then_find_on_postgresql(
    capsys: pytest.CaptureFixture[str], empty_pg_url: str
) -> None:
    code, _, err = run(capsys, "customers", "find", "x", "--db", empty_pg_url)
    assert code == 1 and f"agent-console db upgrade --db {empty_pg_url}" in err
    code, out, _ = run(capsys, "db", "upgrade", "--db", empty_pg_url)
    assert code == 0 and re.search(r"upgraded from empty to \d{4}\.", out)
    code, out, _ = run(capsys, "db", "upgrade", "--db", empty_pg_url)
    assert code == 0 and "up to date" in out
    code, out, _ = run(capsys, "db", "status", "--json", "--db", empty_pg_url)
    assert json.loads(out)["up_to_date"] is True


def test_demo_data_command_builds_and_reports(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    code, out, _ = run(capsys, "demo-data", "--customers", "40", "--db", db_url, "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["customers"] == 40 and doc["interactions"] >= 40
    code, _, err = run(capsys, "demo-data", "--customers", "40", "--db", db_url)
    assert code == 1 and "already has 40 customers" in err


def test_demo_data_text_names_the_callbacks_and_takes_their_density(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'dense.sqlite3'}"
    code, out, _ = run(capsys, "demo-data", "--customers", "60", "--callbacks-per-customer",
                       "4", "--db", url)  # fmt: skip
    assert code == 0
    made = int(re.search(r"([\d,]+) callbacks", out).group(1).replace(",", ""))  # type: ignore[union-attr]
    assert made > 60 * 2  # about four each, the named personas' promises on top
    code, _, err = run(capsys, "demo-data", "--customers", "60", "--callbacks-per-customer",
                       "101", "--db", f"sqlite:///{tmp_path / 'other.sqlite3'}")  # fmt: skip
    assert code == 1 and "between 0 and 100" in err


def test_installed_entry_point_runs_headless_without_qt(demo_db_url: str) -> None:
    """The real `agent-console` script, in a fresh process: the CLI never loads Qt."""
    result = run_headless(
        "import sys\n"
        "from console.cli import main\n"
        f"rc = main(['customers', 'find', 'Kadri', '--db', {demo_db_url!r}, '--json'])\n"
    )
    assert result.returncode == 0, result.stderr
    found = [c["full_name"] for c in json.loads(result.stdout)["customers"]]
    assert "Kadri Tamm" in found
    script = Path(sys.executable).parent / "agent-console"
    if script.exists():
        done = subprocess.run([str(script), "--version"], capture_output=True, text=True)
        assert done.returncode == 0 and done.stdout.strip() == "agent-console 0.1.0"
