"""Click-to-dial: the plans built from settings, and real commands started as a softphone would be.

The "softphone" is this Python interpreter running a small script kept in a folder whose name
has a space in it; it writes the arguments it received next to itself, so a test sees exactly
what a real softphone would have been given.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

import pytest

from console.errors import UserFacingError, ValidationError
from console.integrations.dialer import DialPlan, plan_dial, run_dial_command

NUMBER = "+66812345678"

SOFTPHONE = """\
import json, pathlib, sys, time
here = pathlib.Path(__file__).parent
mode = sys.argv[1]
if mode == "late-fail":
    time.sleep(float(sys.argv[2]))
(here / "argv.json").write_text(json.dumps(sys.argv[1:]), encoding="utf-8")
if mode == "fail":
    sys.stderr.write("\\nError: no SIP account is signed in\\nsecond line\\n")
    sys.exit(3)
if mode == "fail-silently":
    sys.exit(2)
if mode == "late-fail":
    sys.stderr.write("Registration lost\\n")
    sys.exit(4)
if mode == "linger":
    time.sleep(1.0)
"""


@pytest.fixture
def softphone(tmp_path: Path) -> Path:
    """The softphone script, in a folder with a space in its name."""
    folder = tmp_path / "Soft Phone"
    folder.mkdir()
    script = folder / "sp.py"
    script.write_text(SOFTPHONE, encoding="utf-8")
    return script


def _template(script: Path, mode: str, rest: str = "{number}") -> str:
    return f'"{sys.executable}" -I -S "{script}" {mode} {rest}'


def _argv_written(script: Path, wait_s: float = 3.0) -> list[str]:
    out = script.with_name("argv.json")
    deadline = time.monotonic() + wait_s
    while not out.exists():
        assert time.monotonic() < deadline, "the softphone never ran"
        time.sleep(0.01)
    data: list[str] = json.loads(out.read_text(encoding="utf-8"))
    return data


# ---- plans: URLs ----------------------------------------------------------------------------


def test_tel_is_the_default_and_display_is_international_format() -> None:
    plan = plan_dial(NUMBER)
    assert plan == DialPlan(kind="url", url="tel:+66812345678", display="Dialling +66 81 234 5678…")


def test_callto_scheme_is_case_insensitive() -> None:
    assert plan_dial(NUMBER, scheme=" CallTo ").url == "callto:+66812345678"


@pytest.mark.parametrize("domain", ["pbx.example.com", "pbx.example.com:5061", "10.1.2.3"])
def test_sip_puts_the_number_at_the_domain(domain: str) -> None:
    plan = plan_dial(NUMBER, scheme="sip", sip_domain=f" {domain} ")
    assert plan.kind == "url"
    assert plan.url == f"sip:+66812345678@{domain}"
    assert plan.display == f"Dialling +66 81 234 5678 via {domain}…"


def test_sip_without_a_domain_asks_for_it_in_settings() -> None:
    with pytest.raises(ValidationError, match="Settings → Telephony") as info:
        plan_dial(NUMBER, scheme="sip", sip_domain="  ")
    assert "domain" in info.value.message


@pytest.mark.parametrize(
    "domain", ["pbx example.com", "evil@pbx.example.com", "pbx.example.com;transport=tls?x", "-x"]
)
def test_sip_domain_that_is_not_a_host_name_is_refused(domain: str) -> None:
    with pytest.raises(ValidationError, match="is not a SIP domain"):
        plan_dial(NUMBER, scheme="sip", sip_domain=domain)


@pytest.mark.parametrize("scheme", ["https", "javascript", "", "skype"])
def test_unknown_scheme_is_refused(scheme: str) -> None:
    with pytest.raises(ValidationError, match="choose tel, sip or callto"):
        plan_dial(NUMBER, scheme=scheme)


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "66812345678",  # no +
        "+0812345678",  # country codes never start with 0
        "+1234567",  # 7 digits
        "+1234567890123456",  # 16 digits
        "+66 81 234 5678",  # display form, not E.164
        "+1555; rm -rf /",
        "+15551234567; rm -rf /",
        "+15551234567 && calc.exe",
        "+1555$(id)",
        "+15551234567`id`",
        "+15551234567\n",
        "+15551234567|nc",
        "tel:+15551234567",
        "+๖๖๘๑๒๓๔๕๖๗๘",  # Thai digits: \d would have let these through
    ],
)
def test_a_number_that_is_not_strict_e164_is_refused_and_named(bad: str) -> None:
    for settings in ({}, {"command": "linphonecsh dial {number}"}):
        with pytest.raises(ValidationError, match="cannot be dialled") as info:
            plan_dial(bad, **settings)
        assert f"“{bad[:40]}”" in info.value.message


def test_number_with_15_digits_is_accepted() -> None:
    assert plan_dial("+123456789012345").url == "tel:+123456789012345"


# ---- plans: commands ------------------------------------------------------------------------


def test_command_template_gets_the_number_as_one_argument() -> None:
    plan = plan_dial(NUMBER, command="linphonecsh dial {number}", scheme="sip")
    assert plan.kind == "command"
    assert plan.argv == ("linphonecsh", "dial", "+66812345678")
    assert plan.url == ""
    assert plan.display == "Dialling +66 81 234 5678 with your softphone…"


def test_quoted_windows_path_with_spaces_keeps_its_backslashes() -> None:
    template = '"C:\\Program Files\\Soft Phone\\sp.exe" --call {number}'
    assert plan_dial(NUMBER, command=template).argv == (
        "C:\\Program Files\\Soft Phone\\sp.exe",
        "--call",
        "+66812345678",
    )


def test_unquoted_windows_path_and_digits_placeholder() -> None:
    template = "C:\\Tools\\sp.exe /dial:{number_digits} /from:{number}"
    assert plan_dial(NUMBER, command=template).argv == (
        "C:\\Tools\\sp.exe",
        "/dial:66812345678",
        "/from:+66812345678",
    )


def test_single_quotes_group_and_hash_and_other_braces_are_literal() -> None:
    template = '/opt/soft phone/bin/sp \'{number}#\' \'--json={"to": "{number}", "n": {0}}\''
    assert plan_dial(NUMBER, command=template).argv == (
        "/opt/soft",
        "phone/bin/sp",
        "+66812345678#",
        '--json={"to": "+66812345678", "n": {0}}',
    )


def test_blank_command_falls_back_to_the_url() -> None:
    assert plan_dial(NUMBER, command="   ").url == "tel:+66812345678"


@pytest.mark.parametrize(
    ("template", "says"),
    [
        ("linphonecsh dial", "does not say where the number goes"),
        ("sp.exe --call {numbr}", "does not say where the number goes"),
        ("{number} --call", "must start with the program"),
        ('"" --call {number}', "must start with the program"),
        ('"C:\\Program Files\\sp.exe --call {number}', "quote that is never closed"),
    ],
)
def test_bad_command_template_is_refused(template: str, says: str) -> None:
    with pytest.raises(ValidationError, match=says) as info:
        plan_dial(NUMBER, command=template)
    assert "Settings → Telephony" in info.value.message


# ---- running commands -----------------------------------------------------------------------


def test_command_runs_with_exact_arguments_from_a_path_with_spaces(softphone: Path) -> None:
    plan = plan_dial(NUMBER, command=_template(softphone, "ok", "--call={number} {number_digits}"))
    run_dial_command(plan)
    assert _argv_written(softphone) == ["ok", "--call=+66812345678", "66812345678"]


def test_shell_syntax_in_the_template_is_passed_as_plain_arguments(
    softphone: Path, tmp_path: Path
) -> None:
    marker = tmp_path / "pwned"
    template = _template(softphone, "ok", f"{{number}} ; touch {marker} && echo $(id) `id` | cat")
    run_dial_command(plan_dial(NUMBER, command=template))
    argv = _argv_written(softphone)
    assert argv == ["ok", NUMBER, ";", "touch", str(marker), "&&", "echo", "$(id)", "`id`", "|",
                    "cat"]  # fmt: skip
    assert not marker.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_program_path_with_spaces_is_started(softphone: Path, tmp_path: Path) -> None:
    folder = tmp_path / "Program Files" / "My Python"
    folder.mkdir(parents=True)
    program = folder / "py thon"
    program.symlink_to(sys.executable)
    template = f'"{program}" -I -S "{softphone}" ok {{number}}'
    run_dial_command(plan_dial(NUMBER, command=template))
    assert _argv_written(softphone) == ["ok", NUMBER]


def test_missing_program_says_where_to_fix_it(tmp_path: Path) -> None:
    missing = tmp_path / "No Such" / "softphone"
    plan = plan_dial(NUMBER, command=f'"{missing}" dial {{number}}')
    with pytest.raises(UserFacingError) as info:
        run_dial_command(plan)
    assert info.value.message == (
        f"The dial command “{missing}” was not found: check Settings → Telephony."
    )


def test_missing_program_on_path_is_named_as_typed() -> None:
    plan = plan_dial(NUMBER, command="agent-console-no-such-softphone dial {number}")
    with pytest.raises(UserFacingError, match="“agent-console-no-such-softphone” was not found"):
        run_dial_command(plan)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX execute permission")
def test_program_that_may_not_be_run_is_reported(tmp_path: Path) -> None:
    program = tmp_path / "softphone"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    os.chmod(program, 0o644)
    with pytest.raises(UserFacingError, match="may not be run"):
        run_dial_command(plan_dial(NUMBER, command=f"{program} {{number}}"))


def test_immediate_failure_reports_exit_code_and_first_stderr_line(softphone: Path) -> None:
    plan = plan_dial(NUMBER, command=_template(softphone, "fail"))
    with pytest.raises(UserFacingError) as info:
        run_dial_command(plan, grace_s=3.0)
    message = info.value.message
    assert "failed (exit code 3): Error: no SIP account is signed in." in message
    assert "second line" not in message
    assert message.startswith(f"The dial command “{sys.executable}”")


def test_immediate_failure_without_stderr_says_so(softphone: Path) -> None:
    plan = plan_dial(NUMBER, command=_template(softphone, "fail-silently"))
    with pytest.raises(UserFacingError, match=r"failed \(exit code 2\) and printed no reason"):
        run_dial_command(plan, grace_s=3.0)


def test_long_running_softphone_does_not_block_the_caller(softphone: Path) -> None:
    plan = plan_dial(NUMBER, command=_template(softphone, "linger"))
    started = time.monotonic()
    run_dial_command(plan, grace_s=0.2)
    assert time.monotonic() - started < 0.8
    assert _argv_written(softphone) == ["linger", NUMBER]


def _watchers() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name.startswith("dial-watch-")}


def test_failure_after_the_grace_moment_reaches_the_callback(softphone: Path) -> None:
    errors: list[UserFacingError] = []
    reported = threading.Event()

    def on_late_failure(error: UserFacingError) -> None:
        errors.append(error)
        reported.set()

    plan = plan_dial(NUMBER, command=_template(softphone, "late-fail 0.2"))
    run_dial_command(plan, grace_s=0.05, timeout_s=5.0, on_late_failure=on_late_failure)
    assert not errors  # returned before the failure
    assert reported.wait(5.0)
    assert "failed (exit code 4): Registration lost." in errors[0].message


def test_failure_after_the_watch_period_is_not_reported(softphone: Path) -> None:
    before = _watchers()
    errors: list[UserFacingError] = []
    plan = plan_dial(NUMBER, command=_template(softphone, "late-fail 0.2"))
    run_dial_command(plan, grace_s=0.02, timeout_s=0.05, on_late_failure=errors.append)
    for watcher in _watchers() - before:
        watcher.join(5.0)  # the watcher reaps the process when it exits
    assert _argv_written(softphone) == ["late-fail", "0.2", NUMBER]
    assert errors == []


def test_url_plan_cannot_be_run_as_a_command() -> None:
    with pytest.raises(ValueError, match="command plan"):
        run_dial_command(plan_dial(NUMBER))
