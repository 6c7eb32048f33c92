"""`agent-console scripts …`: list, render for a customer, export/import with line reports,
seed and versions, with their exit codes (0 ok, 1 user error or not ready, 2 usage)."""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest

from console.cli import main
from console.services.customers import CustomerService
from console.services.incidents import IncidentService
from console.services.scripts import load_shipped
from console.storage.db import Database
from tests.support.world import World, _world

SHIPPED_KEYS = [d.key for d in load_shipped()]
WHEN = "Callback time (customer's time)"


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], url: str) -> None:
        self.capsys, self.url = capsys, url

    def __call__(self, command: str) -> tuple[int, str, str]:
        try:
            code = main(["--db", self.url, "scripts", *shlex.split(command)])
        except SystemExit as exc:  # argparse exits 2 for usage errors
            code = int(exc.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, command: str) -> Any:
        code, out, err = self(f"{command} --json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def world(sqlite_template: Path, tmp_path: Path) -> World:
    path = tmp_path / "cli.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    world = _world(db)
    db.dispose()
    return world


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], world: World) -> Cli:
    tool = Cli(capsys, str(world.db.url))
    code, out, _ = tool("seed")
    assert code == 0 and f"{len(SHIPPED_KEYS)} added" in out
    return tool


def test_seed_again_changes_nothing_and_list_shows_the_library(cli: Cli) -> None:
    assert cli.json("seed") == {"created": [], "updated": [], "unchanged": SHIPPED_KEYS}
    listed = cli.json("list")
    assert [s["key"] for s in listed] == SHIPPED_KEYS
    latte = listed[0]
    assert latte["shortcut"] == "Ctrl+Alt+L" and latte["languages"] == ["en", "th", "ru", "fa"]
    assert [v["rtl"] for v in latte["variants"]] == [False, False, False, True]
    assert latte["queues"] == [] and latte["active"] is True and latte["version"] == 1
    code, out, _ = cli("list --as ana --search goodwill")
    assert code == 0 and "apology-goodwill" in out and "latte" not in out
    assert out.splitlines()[0].split() == [
        "KEY",
        "TITLE",
        "CATEGORY",
        "SHORTCUT",
        "LANGUAGES",
        "QUEUES",
        "STATE",
    ]
    assert [s["key"] for s in cli.json("list --queue Evening --category Disruptions")] == [
        "disruption-update",
        "disruption-no-news",
    ]
    code, _, err = cli("list --search 'no such script'")
    assert code == 0 and "No scripts match" in err


def test_render_fills_a_script_for_a_customer_found_by_phone(cli: Cli) -> None:
    command = (
        f"render callback-instead-of-hold --customer '+1 212 555 0100' --as ana "
        f'--answer "{WHEN}=15:00"'
    )
    doc = cli.json(command)
    assert (doc["key"], doc["language"], doc["fallback"], doc["rtl"]) == (
        "callback-instead-of-hold",
        "en",
        False,
        False,
    )
    assert doc["ready"] and doc["missing"] == [] and doc["unanswered"] == []
    assert doc["questions"] == [WHEN]
    assert "call you back at 15:00 your time, on +1 212-555-0100" in doc["text"]
    code, out, err = cli(command)
    assert code == 0 and out.startswith("Rather than keep you on hold") and err == ""


def test_render_exits_1_while_something_is_missing(cli: Cli, world: World) -> None:
    code, out, err = cli("render callback-instead-of-hold --customer '+1 212 555 0100' --json")
    assert code == 1
    doc = json.loads(out)
    assert not doc["ready"] and doc["unanswered"] == [WHEN]
    gap = doc["gaps"][0]
    assert doc["text"][gap["start"] : gap["end"]] == f"[{WHEN}]"
    assert f"answer “{WHEN}”" in err and "--answer" in err
    # Maryam by account number: Persian, right to left, and her record has no phone gap.
    account = CustomerService(world.db).card(world.maryam).account_no
    code, out, err = cli(f"render callback-promise --customer {account.lower()} --as ana --json")
    doc = json.loads(out)
    assert code == 1 and doc["missing"] == ["callback.window"] and "callback.window" in err
    assert (doc["language"], doc["rtl"]) == ("fa", True)
    code, out, _ = cli(
        f"render callback-promise --customer {account} --language en "
        "--fill 'callback.promise=We will call you at 14:00.'"
    )
    assert code == 0 and "We will call you at 14:00." in out


def test_render_quotes_the_facts_of_the_customers_open_disruption(cli: Cli, world: World) -> None:
    code, out, err = cli("render disruption-update --customer '+1 212 555 0100' --as ana")
    assert code == 1 and "incident.facts" in err  # no disruption: nothing to quote yet
    incidents = IncidentService(world.db)
    inc = incidents.declare(world.sue, "JFK snowstorm", "All flights from JFK are cancelled today.",
                            standards="Hotels are on us.")  # fmt: skip
    incidents.add_matching(inc.id, world.sue, "country", "US")
    code, out, err = cli("render disruption-update --customer '+1 212 555 0100' --as ana")
    assert code == 0, err
    assert "All flights from JFK are cancelled today." in out and "Hotels are on us." in out
    incidents.close(inc.id, world.sue)
    code, _, err = cli("render disruption-update --customer '+1 212 555 0100' --as ana")
    assert code == 1 and "incident.facts" in err


def test_list_all_filters_the_whole_library_and_refuses_an_agent(cli: Cli) -> None:
    assert [s["key"] for s in cli.json("list --all --search goodwill")] == ["apology-goodwill"]
    code, _, err = cli("list --all --as ana")
    assert code == 1 and "--all lists the whole library" in err


def test_render_refusals(cli: Cli) -> None:
    code, _, err = cli("render latte --customer '+44 20 7946 0000'")
    assert code == 1 and "No customer has the phone or account number" in err
    code, _, err = cli("render nope --customer '+1 212 555 0100'")
    assert code == 1 and "no script “nope”" in err
    code, _, err = cli("render latte --customer '+1 212 555 0100' --answer 'no equals sign'")
    assert code == 2 and "is not NAME=TEXT" in err
    code, _, err = cli("render latte")
    assert code == 2 and "--customer" in err
    code, _, err = cli("render latte --customer '+1 212 555 0100' --as nobody")
    assert code == 1 and "no user “nobody”" in err


def test_export_then_import_round_trips(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "scripts.json"
    code, out, _ = cli(f"export {path}")
    assert code == 0 and f"{len(SHIPPED_KEYS)} script(s) written" in out
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "agent-console-scripts"
    code, out, _ = cli(f"import {path} --as sue")
    assert code == 0 and out.strip() == f"Scripts imported: {len(SHIPPED_KEYS)} unchanged."
    code, out, _ = cli("export -")
    assert code == 0 and json.loads(out)["scripts"][0]["key"] == "latte"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["scripts"][0]["title"] = "LATTE, our way"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    report = cli.json(f"import {path} --as sue")
    assert report["ok"] and report["updated"] == ["latte"]
    history = cli.json("versions latte")
    assert [(h["version"], h["action"], h["by"]) for h in history] == [
        (2, "imported", "Sue"),
        (1, "seeded", None),
    ]
    assert history[1]["content"]["title"] == "LATTE: service recovery"
    code, out, _ = cli("versions latte")
    assert code == 0 and "(the program)" in out and "imported" in out


def test_a_bad_import_prints_every_problem_by_line_and_imports_nothing(
    cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    code, _, _ = cli(f"export {path}")
    text = path.read_text(encoding="utf-8")
    text = text.replace('"Ctrl+Alt+P"', '"Ctrl+Alt+L"').replace(
        "{{ customer.phone }}", "{{ customer.password }}", 1
    )
    path.write_text(text, encoding="utf-8")
    code, out, err = cli(f"import {path} --as sue")
    assert code == 1 and "nothing was imported" in err
    lines = out.splitlines()
    password_line = text[: text.index("customer.password")].count("\n") + 1
    assert (
        f"line {password_line}: script 'callback-promise', variant 'en': unknown field "
        "customer.password" in lines
    )
    assert any("shortcut Ctrl+Alt+L is also script 'latte's" in line for line in lines)
    assert cli.json("list")[1]["shortcut"] == "Ctrl+Alt+P"  # unchanged
    code, _, err = cli(f"import {path} --as ana")
    assert code == 1 and "only supervisors and admins" in err
    code, _, err = cli(f"import {tmp_path / 'missing.json'} --as sue")
    assert code == 1 and "Cannot read" in err
    code, _, err = cli(f"import {path}")
    assert code == 2 and "--as" in err
