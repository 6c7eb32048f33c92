"""Bad input anywhere gets a clear answer, never a crash and never a change of data.

Property-based (hypothesis), with modest example counts so the suite stays fast:
- phone numbers in any text and region;
- the screen-pop listener: any body, token and content type, over a real loopback socket;
- CLI arguments: random argument lists through ``console.cli.main`` in-process.
Parsers with their own property tests elsewhere: CSV imports (test_importer), calling
windows and times (test_scheduling), ``callbacks add --at`` (test_callbacks_cli), script
templates (test_scripts_render).
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterator

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from console.cli import main
from console.errors import ValidationError
from console.integrations.pop_listener import MAX_BODY_BYTES, PopListener, PopRequest
from console.phones import looks_like_phone, parse_phone, to_e164
from console.storage.db import Database
from console.storage.models import Callback, Customer, Event, Interaction

REGIONS = st.sampled_from([None, "RU", "GB", "IR", "TH", "US", "EE", "ZZ", ""])
PHONEISH = st.text(alphabet="+0123456789 -().#*xext/", max_size=30)


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(st.text(max_size=60), PHONEISH), region=REGIONS)
def test_any_phone_text_is_a_number_or_a_validation_error(text: str, region: str | None) -> None:
    assert isinstance(looks_like_phone(text), bool)
    e164 = to_e164(text, region)
    assert e164 is None or (e164.startswith("+") and e164[1:].isdigit())
    try:
        phone = parse_phone(text, region)
    except ValidationError as exc:
        assert exc.message and "\n" not in exc.message and len(exc.message) < 200
        assert e164 is None
    else:
        assert phone.e164.startswith("+") and phone.e164[1:].isdigit()
        assert to_e164(phone.e164, None) == phone.e164  # E.164 parses back to itself


# ---- the screen-pop listener ------------------------------------------------------------------

TOKEN = "bad-input-token-0123456789abcdefghijklmnop"


class _Received:
    def __init__(self) -> None:
        self.pops: list[PopRequest] = []

    def __call__(self, request: PopRequest) -> None:
        self.pops.append(request)


@pytest.fixture(scope="module")
def pop() -> Iterator[tuple[PopListener, _Received]]:
    received = _Received()
    server = PopListener(received, token=TOKEN, port=0, default_region="RU", client_timeout_s=1.0)
    server.start()
    yield server, received
    server.stop()


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12,
)  # fmt: skip
_bodies = st.one_of(
    st.binary(max_size=300),
    _json_values.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries(
        {"phone": st.one_of(PHONEISH, st.integers(), st.none())},
        optional={
            "call_id": st.one_of(st.text(max_size=70), st.integers()),
            "queue": st.text(max_size=200),
        },
    ).map(lambda d: json.dumps(d).encode()),
    st.just(b"x" * (MAX_BODY_BYTES + 1)),
)
_content_types = st.sampled_from(
    [None, "application/json", "application/json; charset=utf-8", "text/plain",
     "application/x-www-form-urlencoded", "multipart/form-data", "application/problem+json"]
)  # fmt: skip


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=_bodies,
    token=st.sampled_from([TOKEN, None, "", TOKEN + "x", "Bearer"]),
    content_type=_content_types,
)
def test_any_request_gets_a_clear_status_and_only_good_ones_pop(
    pop: tuple[PopListener, _Received], body: bytes, token: str | None, content_type: str | None
) -> None:
    listener, received = pop
    before = len(received.pops)
    headers = {} if token is None else {"Authorization": f"Bearer {token}"}
    if content_type is not None:
        headers["Content-Type"] = content_type
    answer = requests.post(f"http://127.0.0.1:{listener.port}/pop", data=body, headers=headers,
                           timeout=5)  # fmt: skip
    assert answer.status_code in (202, 400, 401, 413, 415), answer.text
    assert answer.json()["error" if answer.status_code != 202 else "status"]
    popped = len(received.pops) - before
    assert popped == (1 if answer.status_code == 202 else 0)
    if token != TOKEN:
        assert answer.status_code == 401
    elif content_type in ("text/plain", "application/x-www-form-urlencoded",
                          "multipart/form-data"):  # fmt: skip
        assert answer.status_code == 415 and "application/json" in answer.json()["error"]
    elif len(body) > MAX_BODY_BYTES:
        assert answer.status_code == 413


def test_the_listener_still_answers_after_the_hostile_requests(
    pop: tuple[PopListener, _Received],
) -> None:
    listener, received = pop
    answer = requests.post(
        f"http://127.0.0.1:{listener.port}/pop",
        json={"phone": "+7 916 555-12-34"},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=5,
    )
    assert answer.status_code == 202
    assert received.pops[-1].e164 == "+79165551234"


# ---- CLI arguments ---------------------------------------------------------------------------

_WORDS = st.sampled_from(
    ["add", "list", "outcome", "claim-next", "reassign", "windows", "set", "find", "render",
     "show", "--phone", "--at",
     "--agent", "--queue", "--json", "--as", "--to-queue", "--result", "--limit", "-1", "0",
     "99999999999999999999", "dana", "nobody", "+989123456789", "2026-02-30 25:61", "tomorrow",
     "--", "-", "--help-me", "Mon-Fri 09:00-20:00", "\u202e", "\x00", "nan", "1e309"]
)  # fmt: skip
_ARGS = st.lists(st.one_of(_WORDS, st.text(alphabet=string.printable, max_size=12)),
                 max_size=8)  # fmt: skip


def _counts(url: str) -> tuple[int, ...]:
    db = Database(url)
    try:
        with db.read() as conn:
            return tuple(
                int(conn.scalar(select(func.count()).select_from(m)) or 0)
                for m in (Customer, Callback, Interaction, Event)
            )
    finally:
        db.dispose()


@settings(
    max_examples=60, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)  # fmt: skip
@given(command=st.sampled_from(["callbacks", "customers", "scripts", "settings"]), args=_ARGS)
def test_random_cli_arguments_get_a_one_line_answer_and_change_nothing(
    demo_db_url: str, capsys: pytest.CaptureFixture[str], command: str, args: list[str]
) -> None:
    # A command first (no command opens the window); --help prints usage and exits 0.
    argv = ["--db", demo_db_url, command, *[a for a in args if a not in ("--help", "-h")]]
    before = _counts(demo_db_url)
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's usage errors
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out, (argv, err)
    assert code in (0, 1, 2, 3), (argv, code, err)
    if code in (1, 2):
        assert err.strip(), (argv, "an error must say something")
        last = err.strip().splitlines()[-1]
        assert last.startswith(("agent-console", "usage:")) or "error" in last, (argv, err)
    if code != 0:
        assert _counts(demo_db_url) == before, (argv, err)
