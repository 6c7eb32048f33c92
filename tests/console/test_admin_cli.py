"""``agent-console admin …`` on a real PostgreSQL server, as an admin's and an agent's login."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from console.cli import main
from tests.conftest import _pg_clone
from tests.support.pgserver import PgServer
from tests.support.team import Team, build_team


@pytest.fixture
def team(pg_server: PgServer, pg_template: str) -> Iterator[Team]:
    built = build_team(_pg_clone(pg_server, pg_template))
    yield built
    built.dispose()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _superuser(team: Team) -> psycopg.Connection:
    return psycopg.connect(f"postgresql://postgres@127.0.0.1:{team.port}/{team.dbname}",
                           autocommit=True)  # fmt: skip


@pytest.mark.postgres
def test_an_admin_adds_a_user_with_a_password_from_stdin(
    team: Team, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"{team.dbname}_dana"
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    code, out, err = run(capsys, "admin", "add-user", name, "--role", "agent",
                         "--display-name", "Dana Smith", "--password-stdin",
                         "--db", team.url("ada"))  # fmt: skip
    assert (code, err) == (0, "")
    assert out == f"Added {name} as an agent.\n"
    with _superuser(team) as conn:
        (verifier,) = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                                   (name,)).fetchone() or (None,)  # fmt: skip
        groups = conn.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s",
            (name,),
        ).fetchall()
    assert str(verifier).startswith("SCRAM-SHA-256$") and "horse" not in str(verifier)
    assert groups == [("console_agent",)]
    code, out, _ = run(capsys, "admin", "list-users", "--json", "--db", team.url("ada"))
    dana = next(u for u in json.loads(out) if u["username"] == name)
    assert dana == {"username": name, "display_name": "Dana Smith", "role": "agent",
                    "active": True, "can_login": True, "groups": ["console_agent"]}  # fmt: skip


@pytest.mark.postgres
def test_a_generated_password_is_shown_once_and_never_in_json(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    name = f"{team.dbname}_eve"
    code, out, _ = run(capsys, "admin", "add-user", name, "--role", "supervisor",
                       "--generate", "--db", team.url("ada"))  # fmt: skip
    assert code == 0
    line = out.splitlines()[-1]
    assert line.startswith(f"Password for {name} (shown once")
    assert len(line.rsplit(": ", 1)[1]) == 20
    code, _, err = run(capsys, "admin", "add-user", name + "x", "--role", "agent",
                       "--generate", "--json", "--db", team.url("ada"))  # fmt: skip
    assert code == 1 and "never carries a password" in err


@pytest.mark.postgres
def test_set_role_and_disable_user(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    bob = team.login["bob"]
    assert run(capsys, "admin", "set-role", bob, "--role", "supervisor",
               "--db", team.url("ada"))[:2] == (0, f"{bob} is now a supervisor.\n")  # fmt: skip
    code, out, _ = run(capsys, "admin", "list-users", "--db", team.url("ada"))
    assert code == 0
    row = next(line for line in out.splitlines() if line.startswith(bob))
    assert row.split()[1:3] == ["supervisor", "active"]
    assert run(capsys, "admin", "disable-user", bob, "--db", team.url("ada"))[0] == 0
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(team.libpq("bob")).close()
    code, out, _ = run(capsys, "admin", "list-users", "--json", "--db", team.url("ada"))
    entry = next(u for u in json.loads(out) if u["username"] == bob)
    assert (entry["active"], entry["can_login"], entry["role"]) == (False, False, "supervisor")


@pytest.mark.postgres
@pytest.mark.parametrize("who", ["ana", "sue"])
def test_non_admins_are_refused_clearly(
    team: Team, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, who: str
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("long enough password\n"))
    for argv in (["add-user", "mallory", "--role", "admin", "--password-stdin"],
                 ["set-role", team.login[who], "--role", "admin"],
                 ["disable-user", team.login["bob"]], ["list-users"]):  # fmt: skip
        code, out, err = run(capsys, "admin", *argv, "--db", team.url(who))
        assert code == 1 and out == ""
        assert "admin" in err and err.count("\n") == 1, err
    with _superuser(team) as conn:
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'mallory'"
                            ).fetchone() == (0,)  # fmt: skip
        assert conn.execute("SELECT role FROM users WHERE username = %s",
                            (team.login[who],)).fetchone() != ("admin",)  # fmt: skip


@pytest.mark.postgres
def test_bad_names_and_unknown_users_are_said(team: Team, capsys: pytest.CaptureFixture[str]
                                              ) -> None:  # fmt: skip
    code, _, err = run(capsys, "admin", "set-role", "nobody_here", "--role", "agent",
                       "--db", team.url("ada"))  # fmt: skip
    assert code == 1 and "no console user nobody_here" in err
    code, _, err = run(capsys, "admin", "add-user", "postgres", "--role", "agent", "--generate",
                       "--db", team.url("ada"))  # fmt: skip
    assert code == 1 and "exists and is not a console user" in err
    code, _, err = run(capsys, "admin", "add-user", "Bad Name", "--role", "agent", "--generate",
                       "--db", team.url("ada"))  # fmt: skip
    assert code == 1 and "lower-case letters" in err


def test_sqlite_is_single_user_and_says_so(
    sqlite_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'one.sqlite3'}"
    code, out, err = run(capsys, "admin", "list-users", "--db", url)
    assert (code, out) == (1, "")
    assert "Team mode needs PostgreSQL; SQLite is single-user" in err


@pytest.mark.postgres
def test_a_user_added_by_the_cli_logs_in_with_that_password_only(
    scram_server: PgServer, pg_template: str, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from console.storage.db import Database

    dbname = f"s{os.getpid()}_cli"
    with psycopg.connect(scram_server.url().replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {dbname}")  # type: ignore[arg-type]
    owner = Database(scram_server.url(dbname))
    owner.upgrade()
    owner.dispose()
    name = f"{dbname}_fay"
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-Passw0rd\n"))
    assert run(capsys, "admin", "add-user", name, "--role", "agent", "--password-stdin",
               "--db", scram_server.url(dbname))[0] == 0  # fmt: skip
    base = f"postgresql://{name}:%s@127.0.0.1:{scram_server.port}/{dbname}"
    with psycopg.connect(base % "s3cret-Passw0rd") as conn:
        assert conn.execute("SELECT console_user_id() IS NOT NULL").fetchone() == (True,)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(base % "wrong").close()
