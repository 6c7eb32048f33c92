"""`agent-console callbacks …`: the IVR's add, the work list, claim/outcome, calendar, windows,
policies and priority rules, with their exit codes (0, 1, 2 and 3 for "nothing due").

The demo gains callbacks of its own over time, so nothing here counts the demo's callbacks:
tests look for the ones they created. Times are chosen from the real clock (the service refuses
the past), on days that are not public holidays where the customer lives.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shlex
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from console import cli_callbacks, scheduling
from console.cli import main
from console.services.callbacks import OUTCOMES
from console.services.priority import KINDS
from console.storage.db import Database
from console.storage.models import Queue, User, UserQueue

UTC = dt.UTC
TEHRAN = ZoneInfo("Asia/Tehran")
MARYAM = "'+98 912 345 6789'"  # customer 3, مریم رضایی, Asia/Tehran, IR (quoted for the shell)
JOHN = "'+1 212 555 0187'"  # customer 6, do-not-call
EMMA = "'+44 7700 900123'"  # customer 4, Europe/London, GB
SOMCHAI = "'+66 81 234 5678'"  # customer 2, Asia/Bangkok, TH
NOBODY = "'+1 212 555 0100'"
q = shlex.quote


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse exits 2 for usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


class Cli:
    """`agent-console --db URL callbacks …`, run in-process; commands read as typed in a shell."""

    def __init__(self, capsys: pytest.CaptureFixture[str], url: str) -> None:
        self.capsys, self.url = capsys, url

    def __call__(self, command: str, *, user: str = "") -> tuple[int, str, str]:
        acting = ["--user", user] if user else []
        return run(self.capsys, *acting, "--db", self.url, "callbacks", *shlex.split(command))

    def json(self, command: str, *, user: str = "") -> Any:
        code, out, err = self(f"{command} --json", user=user)
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], demo_url_any: str) -> Cli:
    """The demo database, on SQLite and on PostgreSQL."""
    return Cli(capsys, demo_url_any)


@pytest.fixture
def cli1(capsys: pytest.CaptureFixture[str], demo_db_url: str) -> Cli:
    """The demo on SQLite only, where the database does not matter (time arithmetic, parsing)."""
    return Cli(capsys, demo_db_url)


@pytest.fixture
def desk(demo_url_any: str) -> str:
    """An agent "tess" alone in a new queue, so claim-next sees only what a test created."""
    db = Database(demo_url_any)
    with db.write() as conn:
        queue = conn.execute(
            insert(Queue)
            .values(name="Test desk", description="", time_zone="UTC", version=1)
            .returning(Queue.id)
        ).scalar_one()
        tess = conn.execute(
            insert(User)
            .values(username="tess", display_name="Tess Test", role="agent", time_zone="UTC",
                    language="en", shift_start="", shift_end="", active=True, version=1)
            .returning(User.id)
        ).scalar_one()  # fmt: skip
        conn.execute(insert(UserQueue).values(user_id=tess, queue_id=queue))
    db.dispose()
    return demo_url_any


def next_tehran_tuesday() -> dt.date:
    """A Tuesday at least two days ahead; neither it nor the Wednesday is a holiday in Iran."""
    first = dt.datetime.now(TEHRAN).date() + dt.timedelta(days=2)
    day = first + dt.timedelta(days=(1 - first.weekday()) % 7)
    while any(scheduling.holiday_name(day + dt.timedelta(days=n), "IR") for n in (0, 1)):
        day += dt.timedelta(days=7)
    return day


def at(day: dt.date, hhmm: str) -> str:
    return q(f"{day:%Y-%m-%d} {hhmm}")


def utc_text(day: dt.date, hhmm: str, zone: ZoneInfo = TEHRAN) -> str:
    local = dt.datetime.combine(day, dt.time.fromisoformat(hhmm), zone)
    return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---- add -------------------------------------------------------------------------------------


def test_add_takes_the_customers_local_time_and_prints_utc_json(cli: Cli) -> None:
    day = next_tehran_tuesday()
    code, out, err = cli(f"add --phone {MARYAM} --at {at(day, '14:00')} --agent dana "
                         "--queue Refunds --note 'Refund decision' --json")  # fmt: skip
    assert code == 0, err
    assert "مریم رضایی" in out  # not \u escapes
    doc = json.loads(out)
    assert doc["window_start"] == utc_text(day, "14:00") == f"{day:%Y-%m-%d}T10:30:00Z"
    assert doc["window_end"] == utc_text(day, "14:30") == f"{day:%Y-%m-%d}T11:00:00Z"
    assert doc["due_at"] == doc["window_start"]
    assert doc["window_local"] == f"{day:%Y-%m-%d} 14:00–14:30"
    assert doc["customer_id"] == 3 and doc["customer"] == "مریم رضایی"
    assert (doc["phone"], doc["zone"]) == ("+989123456789", "Asia/Tehran")
    assert (doc["owner"], doc["queue"], doc["state"]) == ("Dana Kask", "Refunds", "pending")
    assert (doc["attempts"], doc["last_outcome"], doc["note"]) == (0, "", "Refund decision")
    assert "between 14:00 and 14:30 your time (Asia/Tehran)" in doc["promise"]
    assert isinstance(doc["priority"], int) and isinstance(doc["priority_reasons"], list)
    assert list(doc) == [
        "id", "customer_id", "customer", "phone", "queue", "owner", "window_start",
        "window_end", "zone", "window_local", "promise", "note", "priority",
        "priority_reasons", "state", "due_at", "attempts", "last_outcome",
    ]  # fmt: skip

    # The work lists show it: everyone's and Dana's, not the Refunds queue's (it is Dana's),
    # and not the due ones (it is days away).
    assert doc in cli.json("list --limit 100000")
    assert doc["id"] in [c["id"] for c in cli.json("list --agent dana --limit 100000")]
    assert doc["id"] not in [c["id"] for c in cli.json("list --queue Refunds --limit 100000")]
    assert doc["id"] not in [c["id"] for c in cli.json("list --due --limit 100000")]
    code, out, _ = cli("list --agent dana --limit 100000")
    assert code == 0 and out.split()[:3] == ["ID", "DUE", "(CUSTOMER'S"]
    line = next(ln for ln in out.splitlines() if ln.startswith(f"{doc['id']} "))
    assert f"{day:%Y-%m-%d} 14:00 Asia/Tehran" in line and "مریم رضایی" in line
    assert "+98 912 345 6789" in line and "Dana Kask" in line and "pending" in line


@pytest.mark.parametrize(
    "when", ["{d}T10:30Z", "{d}T14:00+03:30", "{d} 10:30:00z", "{d}T14:00", "{d} 14:00"]
)
def test_an_instant_with_an_offset_and_a_local_time_mean_the_same_callback(
    cli1: Cli, when: str
) -> None:
    day = next_tehran_tuesday()
    at_text = q(when.format(d=f"{day:%Y-%m-%d}"))
    # No --agent: the queue owns it, and the acting user comes from --user.
    doc = cli1.json(f"add --phone '0912 345 6789' --region IR --at {at_text} "
                    "--queue 'Cruise care'", user="riina")  # fmt: skip
    assert doc["window_start"] == f"{day:%Y-%m-%d}T10:30:00Z"
    assert doc["window_local"] == f"{day:%Y-%m-%d} 14:00–14:30"
    assert (doc["owner"], doc["queue"]) == (None, "Cruise care")


def test_asap_and_next_window_land_inside_the_customers_calling_window(cli1: Cli) -> None:
    for mode in ("--asap", "--next-window"):
        doc = cli1.json(f"add --phone {MARYAM} {mode} --agent dana --duration 15")
        start = dt.datetime.fromisoformat(doc["window_start"]).astimezone(TEHRAN)
        end = dt.datetime.fromisoformat(doc["window_end"]).astimezone(TEHRAN)
        assert start.weekday() != 4 and 9 <= start.hour < 20  # Iran: not on Friday
        assert dt.timedelta(minutes=5) <= end - start <= dt.timedelta(minutes=15)
        assert doc["queue"] in ("General", "Refunds", "Cruise care")  # one of Dana's


REFUSALS = {
    "unknown number": (f"--phone {NOBODY} --asap --agent dana",
                       "No customer has the number +1 212-555-0100: add the customer"),
    "do-not-call": (f"--phone {JOHN} --asap --agent dana", "John Miller is marked do-not-call"),
    "not a number": ("--phone 12 --asap --agent dana", "“12” is not a phone number"),
    "unknown agent": (f"--phone {MARYAM} --asap --agent nobody", "There is no user “nobody”"),
    "unknown queue": (f"--phone {MARYAM} --asap --agent dana --queue Nope",
                      "There is no queue “Nope”: use one of Cruise care, Evening,"),
    "nobody acting": (f"--phone {MARYAM} --asap", "Give --agent NAME"),
    "too long": (f"--phone {MARYAM} --asap --agent dana --duration 500",
                 "duration: between 5 and 240 minutes"),
}  # fmt: skip


def test_add_refusals_exit_1_with_one_clear_line_and_create_nothing(cli: Cli) -> None:
    before = cli.json("list --all-states --limit 100000")
    for case, (args, needle) in REFUSALS.items():
        code, out, err = cli(f"add {args} --json")
        assert (code, out) == (1, ""), case
        assert err.startswith("agent-console: ") and err.count("\n") == 1, case
        assert needle in err, case
    assert cli.json("list --all-states --limit 100000") == before


@pytest.mark.parametrize(
    ("when", "needle", "next_possible"),
    [
        (lambda day: at(day, "23:00"), "outside the customer's calling hours", (1, "09:00")),
        (lambda day: at(day - dt.timedelta(days=14), "14:00"), "is in the past", None),
    ],
    ids=["outside-window", "past"],
)
def test_a_refused_slot_exits_1_and_names_the_next_possible_time(
    cli: Cli,
    when: Callable[[dt.date], str],
    needle: str,
    next_possible: tuple[int, str] | None,
) -> None:
    day = next_tehran_tuesday()
    code, out, err = cli(f"add --phone {MARYAM} --at {when(day)} --agent dana --json")
    assert code == 1 and out == ""
    first, second = err.splitlines()
    assert first.startswith("agent-console: ") and needle in first
    assert re.fullmatch(r"Next possible: \d{4}-\d\d-\d\d \d\d:\d\d \(Asia/Tehran\)", second)
    if next_possible is not None:
        days, hhmm = next_possible
        wednesday = day + dt.timedelta(days=days)
        assert second == f"Next possible: {wednesday:%Y-%m-%d} {hhmm} (Asia/Tehran)"


def _coming_last_sunday(month: int) -> dt.date:
    """The next last Sunday of ``month`` (when Europe changes its clocks) after tomorrow."""
    today = dt.date.today()
    for year in (today.year, today.year + 1):
        end = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
        day = end - dt.timedelta(days=(end.weekday() + 1) % 7)
        if day > today + dt.timedelta(days=1):
            return day
    raise AssertionError("unreachable")


def test_daylight_saving_gap_and_fold_name_the_choices(cli1: Cli) -> None:
    spring = _coming_last_sunday(3)  # London: 01:00 jumps to 02:00
    code, _, err = cli1(f"add --phone {EMMA} --agent dana --at {at(spring, '01:30')}")
    assert code == 1 and "does not exist in Europe/London" in err
    assert f'Use --at "{spring:%Y-%m-%d} 00:59" or --at "{spring:%Y-%m-%d} 02:00".' in err
    autumn = _coming_last_sunday(10)  # London: 02:00 goes back to 01:00
    code, _, err = cli1(f"add --phone {EMMA} --agent dana --at {at(autumn, '01:30')}")
    assert code == 1 and "happens twice in Europe/London" in err
    assert "Add --fold 0 for the first or --fold 1 for the second." in err
    # With the choice made, the time is judged on its merits: a Sunday night is outside hours.
    code, _, err = cli1(f"add --phone {EMMA} --agent dana --at {at(autumn, '01:30')} --fold 1")
    assert code == 1 and "outside the customer's calling hours" in err and "Next possible" in err


@pytest.mark.parametrize(
    "text",
    ["tomorrow 14:00", "2026-11-24", "24.11.2026 14:00", "2026-13-01 10:00", "2026-02-30 10:00",
     "2026-11-24 24:00", "2026-11-24 14:00:30", "2026-11-24T10:30+25:00", "1999-11-24 14:00",
     "2026-W48-2T14:00", "", "۲۰۲۶-۱۱-۲۴ ۱۴:۰۰"],
)  # fmt: skip
def test_an_unreadable_at_is_bad_usage_exit_2(
    capsys: pytest.CaptureFixture[str], text: str
) -> None:
    code, out, err = run(capsys, "callbacks", "add", "--phone", "+989123456789", "--at", text,
                         "--agent", "dana", "--json")  # fmt: skip
    assert code == 2 and out == ""
    assert "usage: agent-console callbacks add" in err and "error: argument --at: " in err


# ---- claim-next, outcome, list --due ---------------------------------------------------------


def test_claim_next_then_outcome_reached_keeps_the_promise(
    capsys: pytest.CaptureFixture[str], desk: str
) -> None:
    cli = Cli(capsys, desk)
    # A customer whose day is not about to end, and a window open all day long there.
    phone, country, zone = EMMA, "GB", ZoneInfo("Europe/London")
    if dt.datetime.now(zone).time() >= dt.time(23, 0):
        phone, country, zone = SOMCHAI, "TH", ZoneInfo("Asia/Bangkok")
    code, _, err = cli(f"windows set 'Mon-Sun 00:00-23:59' --queue 'Test desk' --country "
                       f"{country} --no-holidays")  # fmt: skip
    assert code == 0, err
    if dt.datetime.now(UTC).second >= 55:  # the minute must not turn while the CLI runs
        time.sleep(60.1 - dt.datetime.now(UTC).second)
    this_minute = dt.datetime.now(zone).strftime("%Y-%m-%d %H:%M")
    added = cli.json(f"add --phone {phone} --at {q(this_minute)} --queue 'Test desk' "
                     "--duration 10 --note 'Wants the refund explained'", user="tess")  # fmt: skip
    assert (added["owner"], added["queue"], added["state"]) == (None, "Test desk", "pending")

    assert [c["id"] for c in cli.json("list --due --queue 'Test desk'")] == [added["id"]]
    assert cli.json("list --overdue --queue 'Test desk'") == []

    claimed = cli.json("claim-next --agent tess")
    assert (claimed["id"], claimed["state"]) == (added["id"], "claimed")
    code, out, err = cli("claim-next --agent tess")
    assert (
        code == 3
        and out == ""
        and err == ("agent-console: no callback is due for Tess Test right now.\n")
    )
    code, out, err = cli("claim-next --agent tess --queue 'Test desk' --json")
    assert code == 3 and json.loads(out) is None and "Tess Test in Test desk" in err
    code, _, err = cli("claim-next --agent dana --queue 'Test desk'")
    assert code == 1 and "not a member of that queue" in err

    # Nobody else can record an outcome while tess holds the claim.
    code, _, err = cli(f"outcome {added['id']} --agent riina --result reached")
    assert code == 1 and "Tess Test is working on this callback right now" in err
    done = cli.json(f"outcome {added['id']} --agent tess --result reached --note Explained")
    assert (done["id"], done["state"], done["attempts"]) == (added["id"], "kept", 1)
    assert done["last_outcome"] == "reached"
    code, _, err = cli(f"outcome {added['id']} --agent tess --result busy")
    assert code == 1 and "This callback is already kept" in err
    closed = cli.json("list --queue 'Test desk' --all-states")
    assert [(c["id"], c["state"]) for c in closed] == [(added["id"], "kept")]


def test_no_answer_is_retried_by_the_queue_policy(cli1: Cli) -> None:
    day = next_tehran_tuesday()
    code, out, err = cli1(f"add --phone {MARYAM} --at {at(day, '14:00')} --agent dana")
    assert code == 0, err
    first, promise = out.splitlines()
    found = re.fullmatch(
        rf"Callback (\d+) for مریم رضایی \(\+98 912 345 6789\): {day:%Y-%m-%d} 14:00–14:30 "
        r"\(Asia/Tehran\), owned by Dana Kask\.",
        first,
    )
    assert found is not None and "between 14:00 and 14:30 your time" in promise
    added = {"id": int(found.group(1))}
    code, out, err = cli1(f"outcome {added['id']} --agent dana --result no_answer")
    assert code == 0, err
    assert re.fullmatch(
        rf"Callback {added['id']} \(مریم رضایی\): no answer\. Next try "
        r"\d{4}-\d\d-\d\d \d\d:\d\d \(Asia/Tehran\), attempt 2 of 3\.\n",
        out,
    )
    code, _, err = cli1("outcome 999999 --agent dana --result busy")
    assert code == 1 and "Callback 999999 does not exist" in err
    code, _, err = cli1(f"outcome {added['id']} --agent dana --result reschedule")
    assert code == 2 and "invalid choice: 'reschedule'" in err


# ---- export-ics ------------------------------------------------------------------------------


def test_export_ics_writes_my_open_callbacks_as_a_calendar(cli: Cli, tmp_path: Path) -> None:
    day = next_tehran_tuesday()
    added = cli.json(f"add --phone {MARYAM} --at {at(day, '15:30')} --agent dana "
                     "--note 'Line one\nLine two'")  # fmt: skip
    uid = f"callback-{added['id']}@agent-console"
    target = tmp_path / "dana.ics"
    code, out, err = cli(f"export-ics --agent dana --out {q(str(target))}")
    assert code == 0 and str(target) in out, err
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Callbacks: Dana Kask"
    event_ = next(e for e in calendar.walk("VEVENT") if str(e["UID"]) == uid)
    start = dt.datetime.combine(day, dt.time(15, 30), TEHRAN)
    assert event_.decoded("DTSTART") == start
    assert event_.decoded("DTEND") == start + dt.timedelta(minutes=30)
    assert str(event_["SUMMARY"]) == "Call back مریم رضایی (+989123456789)"
    assert "Line one\nLine two" in str(event_["DESCRIPTION"])

    # Without --out the calendar goes to stdout; another agent's export leaves Dana's out.
    code, out, _ = cli("export-ics --agent riina")
    assert code == 0 and out.startswith("BEGIN:VCALENDAR\r\n")
    assert uid not in {str(e["UID"]) for e in icalendar.Calendar.from_ical(out).walk("VEVENT")}

    code, _, err = cli(f"export-ics --agent dana --out {q(str(tmp_path / 'no' / 'x.ics'))}")
    assert code == 1 and "The calendar could not be saved" in err


# ---- windows, policy, rules, sweep -------------------------------------------------------------


def test_windows_set_list_and_a_queue_country_window_wins(cli: Cli) -> None:
    code, out, err = cli("windows set 'sat-wed 10:00-18:00' --queue Refunds --country ir")
    assert code == 0, err
    assert out == "Calling window for queue Refunds, country IR: Sat-Wed 10:00-18:00.\n"
    row = {"queue": "Refunds", "country": "IR", "windows": "Sat-Wed 10:00-18:00", "holidays": True}
    assert row in cli.json("windows list")
    code, out, _ = cli("windows list")
    assert re.search(r"^Refunds\s+IR\s+Sat-Wed 10:00-18:00\s+honoured$", out, re.M)

    day = next_tehran_tuesday()
    code, _, err = cli(f"add --phone {MARYAM} --at {at(day, '09:30')} --agent dana "
                       "--queue Refunds")  # fmt: skip
    assert code == 1 and f"Next possible: {day:%Y-%m-%d} 10:00 (Asia/Tehran)" in err
    # Other queues keep Iran's built-in hours.
    cli.json(f"add --phone {MARYAM} --at {at(day, '09:30')} --agent dana --queue General")

    code, _, err = cli("windows set 'Mon-Fri 09:00-25:00'")
    assert code == 1 and "has the impossible time 25:00" in err
    code, _, err = cli("windows set 'Mon 09:00-10:00' --country Iran")
    assert code == 1 and "a two-letter ISO code" in err


def test_policy_prints_and_changes_a_queues_retry_policy(cli: Cli) -> None:
    code, out, _ = cli("policy --queue General")
    assert code == 0 and out.startswith("Queue: General\nRetry after no answer: ")
    doc = cli.json("policy --queue General --retry '+10m, +2h,NEXT_WINDOW' --max-attempts 4 "
                   "--grace 5 --tolerance 20")  # fmt: skip
    assert doc == {"queue": "General", "retry_steps": ["+10m", "+2h", "next_window"],
                   "max_attempts": 4, "grace_minutes": 5, "tolerance_minutes": 20}  # fmt: skip
    assert cli.json("policy --queue General") == doc
    for args, needle in (
        ("--retry soon", "“soon” is not a retry policy"),
        ("--max-attempts 0", "max attempts: between 1 and 20"),
        ("--grace -1", "grace minutes: between 0 and 1440"),
    ):
        code, _, err = cli(f"policy --queue General {args}")
        assert code == 1 and needle in err
    assert cli.json("policy --queue General") == doc  # a refused change changes nothing
    code, _, err = cli("policy --queue Nope")
    assert code == 1 and "There is no queue “Nope”" in err
    code, _, err = cli("policy --queue General --grace soon")
    assert code == 2 and "invalid int value" in err


def test_rules_add_list_disable_and_enable(cli: Cli) -> None:
    rule = cli.json("rules add 'Sailing within 3 days' --kind date_within_days "
                    "--field departure_date --value 3 --points -40")  # fmt: skip
    assert (rule["active"], rule["points"], rule["kind"]) == (True, -40, "date_within_days")
    assert rule["description"] == "Sailing within 3 days: departure_date within 3 days, -40"
    assert rule in cli.json("rules list")
    rid = rule["id"]
    code, out, _ = cli(f"rules disable {rid}")
    assert code == 0 and out.startswith(f"Rule {rid} disabled: Sailing within 3 days")
    code, out, _ = cli("rules list")
    assert re.search(rf"^{rid}\s+no\s+Sailing within 3 days", out, re.M)
    code, out, _ = cli(f"rules enable {rid}")
    assert code == 0 and out.startswith(f"Rule {rid} enabled")
    assert next(r for r in cli.json("rules list") if r["id"] == rid)["active"] is True

    code, _, err = cli("rules disable 999999")
    assert code == 1 and "There is no priority rule 999999" in err
    code, _, err = cli("rules add X --kind field_equals --points 5")
    assert code == 1 and "name the customer field" in err
    code, _, err = cli("rules add X --kind astrology --points 5")
    assert code == 2 and "invalid choice: 'astrology'" in err


def test_sweep_prints_one_json_document_and_moves_each_callback_once(cli: Cli) -> None:
    assert set(cli.json("sweep")) == {"handed_on", "released"}
    # Whatever the demo had for the first sweep, a second one finds nothing left to move.
    assert cli.json("sweep") == {"handed_on": [], "released": []}
    code, out, _ = cli("sweep")
    assert code == 0 and out.startswith("Handed on 0 untouched callback(s) to their queue")


# ---- the contract ----------------------------------------------------------------------------


def test_the_parsers_choices_follow_the_services() -> None:
    assert tuple(o for o in OUTCOMES if o != "reschedule") == cli_callbacks.RESULTS
    assert cli_callbacks.RULE_KINDS == KINDS


@pytest.mark.parametrize(
    "command",
    [
        "",
        "add --phone +989123456789",
        "add --phone +989123456789 --asap --next-window",
        "add --phone +989123456789 --asap --fold 2",
        "list --due --overdue",
        "list --agent dana --queue General",
        "claim-next",
        "outcome x --agent dana --result reached",
        "windows",
        "rules add X --kind tag",
    ],
)
def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, err = run(capsys, "callbacks", *shlex.split(command))
    assert code == 2 and out == "" and "usage: agent-console callbacks" in err


_offsets = st.sampled_from(["", "Z", "z", "+03:30", "-05:00", "+0000", "+14", "-23:59", "+24:00"])
_at_texts = st.one_of(
    st.text(max_size=30),
    st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2})?\Z"),
    st.builds(
        lambda d, sep, off: d.strftime(f"%Y-%m-%d{sep}%H:%M") + off,
        st.datetimes(min_value=dt.datetime(1998, 1, 1), max_value=dt.datetime(2202, 12, 31)),
        st.sampled_from([" ", "T", "t", "  "]),
        _offsets,
    ),
    # Well-formed times around now, so that many examples get as far as the calling window.
    st.builds(
        lambda d, off: d.strftime("%Y-%m-%d %H:%M") + off,
        st.datetimes(
            min_value=dt.datetime.now() - dt.timedelta(days=3),
            max_value=dt.datetime.now() + dt.timedelta(days=30),
        ),
        st.sampled_from(["", "", "Z", "+03:30"]),
    ),
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_at_texts)
def test_any_at_text_gets_an_answer_never_a_traceback(cli1: Cli, text: str) -> None:
    code, out, err = run(cli1.capsys, "--db", cli1.url, "callbacks", "add", "--phone",
                         "+989123456789", "--at", text, "--agent", "dana", "--json")  # fmt: skip
    assert code in (0, 1, 2), (code, err)
    event(f"exit {code}")
    if code == 0:
        assert json.loads(out)["zone"] == "Asia/Tehran"
    else:
        assert out == "" and err.strip() and "Traceback" not in err


def test_only_a_supervisor_reassigns_from_the_command_line(
    demo_url_any: str, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = main(["callbacks", "list", "--agent", "dana", "--json", "--db", demo_url_any])
    assert listed == 0
    ids = [str(c["id"]) for c in json.loads(capsys.readouterr().out)[:2]]
    assert len(ids) == 2
    refused = main(["callbacks", "reassign", *ids, "--as", "dana", "--to-agent", "marko",
                    "--reason", "Marko asked", "--db", demo_url_any])  # fmt: skip
    assert refused == 1 and "Only a supervisor" in capsys.readouterr().err
    code, _, err = run(capsys, "callbacks", "reassign", *ids, "--as", "riina", "--to-queue",
                       "Evening", "--db", demo_url_any)  # fmt: skip
    assert code == 2 and "--reason" in err  # no reason at all: bad usage
    blank = main(["callbacks", "reassign", *ids, "--as", "riina", "--to-queue", "Evening",
                  "--reason", "  ", "--db", demo_url_any])  # fmt: skip
    assert blank == 1
    assert "Say why these callbacks move" in capsys.readouterr().err
    done = main(["callbacks", "reassign", *ids, "--as", "riina", "--to-queue", "Evening",
                 "--reason", "Dana left early", "--json", "--db", demo_url_any])  # fmt: skip
    assert done == 0
    moved = json.loads(capsys.readouterr().out)
    assert {c["queue"] for c in moved} == {"Evening"} and {c["owner"] for c in moved} == {None}
