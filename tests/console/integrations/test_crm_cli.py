"""`agent-console crm ...`: set-token, check and lookup, with their exit codes."""

from __future__ import annotations

import io
import json
import sys

import pytest
from pytest_httpserver import HTTPServer

from console import secrets
from console.cli import main
from console.integrations.crm import TOKEN_SECRET
from tests.support.headless import run_headless

TOKEN = "cli-token-123"
CUSTOMER = {"id": "C-9", "account_no": "9001", "full_name": "Kadri Tamm",
            "phones": ["+37255551234"], "time_zone": "Europe/Tallinn", "country": "EE"}  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def crm_url(httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]) -> str:
    """Settings point at the local server, with the token in the (in-memory) keyring."""
    url = httpserver.url_for("/api")
    assert run(capsys, "settings", "set", "crm_url", url)[0] == 0
    assert run(capsys, "settings", "set", "crm_timeout_s", "2")[0] == 0
    secrets.set_secret(TOKEN_SECRET, TOKEN)
    return url


def test_set_token_reads_stdin_and_stores_it_in_the_keyring(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"  {TOKEN}\n"))
    code, out, err = run(capsys, "crm", "set-token", "--token-stdin")
    assert code == 0 and "stored in the keyring" in out and err == ""
    assert TOKEN not in out
    assert secrets.get_secret(TOKEN_SECRET) == TOKEN


@pytest.mark.parametrize("typed", ["\n", "two words\n"])
def test_set_token_refuses_what_cannot_be_a_token(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
    code, _, err = run(capsys, "crm", "set-token", "--token-stdin")
    assert code == 1 and "not a CRM token" in err and err.count("\n") == 1
    assert "words" not in err
    assert secrets.get_secret(TOKEN_SECRET) is None


def test_check_reports_a_healthy_crm(
    capsys: pytest.CaptureFixture[str], httpserver: HTTPServer, crm_url: str
) -> None:
    httpserver.expect_request(
        "/api/health", headers={"Authorization": f"Bearer {TOKEN}"}
    ).respond_with_json({"status": "ok"})
    code, out, _ = run(capsys, "crm", "check")
    assert code == 0 and f"The CRM at {crm_url} answered in" in out and "token is accepted" in out
    code, out, _ = run(capsys, "crm", "check", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["ok"] is True and doc["url"] == crm_url
    assert doc["status"] == "ok" and isinstance(doc["latency_ms"], int)


def test_check_exits_1_with_one_line_when_the_crm_refuses_the_token(
    capsys: pytest.CaptureFixture[str], httpserver: HTTPServer, crm_url: str
) -> None:
    httpserver.expect_request("/api/health").respond_with_data("", status=401)
    code, out, err = run(capsys, "crm", "check", "--json")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "The CRM refused the token" in err and "crm set-token" in err
    assert TOKEN not in err


def test_check_without_a_crm_or_a_token_says_what_to_do(
    capsys: pytest.CaptureFixture[str], httpserver: HTTPServer
) -> None:
    code, _, err = run(capsys, "crm", "check")
    assert code == 1 and "settings set crm_url" in err
    assert run(capsys, "settings", "set", "crm_url", httpserver.url_for("/api"))[0] == 0
    code, _, err = run(capsys, "crm", "check")
    assert code == 1 and "agent-console crm set-token" in err


def test_lookup_prints_what_the_crm_knows(
    capsys: pytest.CaptureFixture[str], httpserver: HTTPServer, crm_url: str
) -> None:
    httpserver.expect_request(
        "/api/customers", query_string={"phone": "+37255551234"}
    ).respond_with_json({"customers": [CUSTOMER]})
    code, out, _ = run(capsys, "crm", "lookup", "+372 5555 1234", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["phone"] == "+37255551234" and doc["count"] == 1
    assert doc["customers"][0]["full_name"] == "Kadri Tamm"
    assert doc["customers"][0]["crm_id"] == "C-9"
    code, out, _ = run(capsys, "--region", "EE", "crm", "lookup", "5555 1234")
    assert code == 0 and out.split()[:3] == ["CRM", "ID", "ACCOUNT"] and "Kadri Tamm" in out


def test_lookup_of_an_unknown_number_exits_0_and_says_so(
    capsys: pytest.CaptureFixture[str], httpserver: HTTPServer, crm_url: str
) -> None:
    httpserver.expect_request("/api/customers").respond_with_json({"customers": []})
    code, out, err = run(capsys, "crm", "lookup", "+37255551234")
    assert code == 0 and out == ""
    assert "The CRM knows no customer with the number +372 5555 1234." in err


@pytest.mark.parametrize(
    ("status", "body", "says"),
    [(500, "", "HTTP 500"), (200, "[]", "cannot read"), (404, "", "no /customers address")],
)
def test_lookup_exits_1_when_the_crm_fails(
    capsys: pytest.CaptureFixture[str],
    httpserver: HTTPServer,
    crm_url: str,
    status: int,
    body: str,
    says: str,
) -> None:
    httpserver.expect_request("/api/customers").respond_with_data(body, status=status)
    code, out, err = run(capsys, "crm", "lookup", "+37255551234", "--json")
    assert code == 1 and out == "" and says in err and err.count("\n") == 1


def test_lookup_of_something_that_is_not_a_phone_exits_1(
    capsys: pytest.CaptureFixture[str], crm_url: str
) -> None:
    code, _, err = run(capsys, "crm", "lookup", "not-a-number")
    assert code == 1 and "is not a phone number" in err


def test_crm_commands_run_headless_without_qt(httpserver: HTTPServer, crm_url: str) -> None:
    """In a fresh process, like the PBX would run it: the crm commands never load Qt."""
    httpserver.expect_request("/api/customers").respond_with_json({"customers": [CUSTOMER]})
    result = run_headless(
        "import io, sys\n"
        f"sys.stdin = io.StringIO({TOKEN!r} + '\\n')\n"
        "from console.cli import main\n"
        "assert main(['crm', 'set-token', '--token-stdin']) == 0\n"
        "rc = main(['crm', 'lookup', '+37255551234', '--json'])\n"
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.split("\n", 1)[1])["count"] == 1
    assert httpserver.log[0][0].headers["Authorization"] == f"Bearer {TOKEN}"
