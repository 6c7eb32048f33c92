# ruff: noqa: E501  (the attempts table is one attempt per line, read as documentation)
"""Team mode is enforced by PostgreSQL itself: what each role can do with raw SQL.

Every row below is an attempt a modified client could make, run as a real login role (an
agent, a supervisor, an admin) on a migrated database, each in its own transaction rolled back
afterwards. The expected outcome per role is the documentation of team mode's rights:

- ``OK``      the statement succeeded and touched (or returned) the rows;
- ``HIDDEN``  row-level security: the statement ran but saw no such row (0 rows);
- ``REFUSED`` the database raised an error (no privilege, a policy, a trigger).

Ana is an agent in Refunds, Bob an agent in Sales, Sue a supervisor of both, Ada an admin.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy import insert, select, text

from console.errors import LoginRefusedError
from console.services.scripts import ScriptService
from console.services.transfers import TransferNote, TransferService
from console.storage.models import Callback, Event, Script
from tests.conftest import _pg_clone
from tests.support.pgserver import PgServer
from tests.support.team import Team, build_team

pytestmark = pytest.mark.postgres

OK, HIDDEN, REFUSED = "OK", "HIDDEN", "REFUSED"
NOT_ON_SERVER = "NOT ON SERVER"


@dataclass(frozen=True)
class Attempt:
    what: str
    sql: str
    agent: str
    supervisor: str
    admin: str


# {ana}, {bob} … are user ids; {bob_cb} Bob's own callback (Sales), {ana_cb} Ana's own callback
# (Refunds), {queue_cb} an unowned Refunds callback, {to_bob} a transfer offered to Bob.
ATTEMPTS = [
    # what                                         sql                                                                     agent    sup      admin
    Attempt("read customers (screen-pop)",          "SELECT count(*) FROM customers",                                       OK,      OK,      OK),
    Attempt("add a note in one's own name",         "INSERT INTO interactions (customer_id, kind, direction, agent_id, started_at, outcome, summary, version) VALUES ({customer}, 'note', 'internal', {me}, now(), '', 'hello', 1)", OK, OK, OK),
    Attempt("add a note in someone else's name",    "INSERT INTO interactions (customer_id, kind, direction, agent_id, started_at, outcome, summary, version) VALUES ({customer}, 'note', 'internal', {bob}, now(), '', 'forged', 1)", REFUSED, REFUSED, REFUSED),
    Attempt("edit an existing note's text",         "UPDATE interactions SET summary = 'changed'",                          REFUSED, REFUSED, REFUSED),
    Attempt("read one's own callback",              "SELECT count(*) FROM callbacks WHERE id = {ana_cb}",                   OK,      OK,      OK),
    Attempt("read another agent's callback (other queue)", "SELECT count(*) FROM callbacks WHERE id = {bob_cb}",            HIDDEN,  OK,      OK),
    Attempt("the dashboard's per-agent figures: see Bob's backlog", "SELECT count(*) FROM callbacks WHERE owner_id = {bob}", HIDDEN, OK,     OK),
    Attempt("update another agent's callback",      "UPDATE callbacks SET note = 'mine now' WHERE id = {bob_cb}",           HIDDEN,  OK,      OK),
    Attempt("claim an unowned callback of one's queue", "UPDATE callbacks SET state = 'claimed', claimed_by = {me}, claimed_at = now() WHERE id = {queue_cb}", OK, OK, OK),
    Attempt("take an unowned callback of one's queue as one's own", "UPDATE callbacks SET owner_id = {me} WHERE id = {queue_cb}", OK, OK, OK),
    Attempt("give an unowned callback to another agent", "UPDATE callbacks SET owner_id = {bob} WHERE id = {queue_cb}",   REFUSED, OK,      OK),
    Attempt("hand one's own callback to its queue",  "UPDATE callbacks SET owner_id = NULL WHERE id = {ana_cb}",            OK,      OK,      OK),
    Attempt("note on one's own callback",           "UPDATE callbacks SET note = 'called twice' WHERE id = {ana_cb}",       OK,      OK,      OK),
    Attempt("reassign one's callback to another agent", "UPDATE callbacks SET owner_id = {bob} WHERE id = {ana_cb}",        REFUSED, OK,      OK),
    Attempt("reassign another agent's callback to oneself", "UPDATE callbacks SET owner_id = {me} WHERE id = {bob_cb}",    HIDDEN,  OK,      OK),
    Attempt("create a callback owned by another agent", "INSERT INTO callbacks (customer_id, phone_e164, owner_id, created_by, created_at, window_start, window_end, zone, asap, promise, note, priority, priority_reasons, state, due_at, attempts, last_outcome, updated_at, version) VALUES ({customer}, '+79165551234', {bob}, {me}, now(), now(), now() + interval '1 hour', 'UTC', false, '', '', 0, '[]', 'pending', now(), 0, '', now(), 1)", REFUSED, OK, OK),
    Attempt("read a transfer offered to another agent", "SELECT count(*) FROM transfers WHERE id = {to_bob}",              HIDDEN,  OK,      OK),
    Attempt("accept a transfer offered to another agent", "UPDATE transfers SET state = 'accepted', accepted_by = {me} WHERE id = {to_bob}", HIDDEN, OK, OK),
    Attempt("edit a script",                        "UPDATE scripts SET title = 'hacked'",                                  REFUSED, OK,      OK),
    Attempt("declare a disruption",                 "INSERT INTO incidents (name, state, standards, created_by, created_at, version) VALUES ('Fire', 'open', '', {me}, now(), 1)", REFUSED, OK, OK),
    Attempt("change a queue's callback policy",     "UPDATE queues SET max_attempts = 9",                                   REFUSED, OK,      OK),
    Attempt("append to the event log in one's own name", "INSERT INTO events (occurred_at, actor_id, entity, entity_id, action, from_state, to_state, reason, data) VALUES (now(), {me}, 'callback', 1, 'noted', '', '', '', '{{}}')", OK, OK, OK),
    Attempt("append to the event log in another's name", "INSERT INTO events (occurred_at, actor_id, entity, entity_id, action, from_state, to_state, reason, data) VALUES (now(), {bob}, 'callback', 1, 'noted', '', '', '', '{{}}')", REFUSED, REFUSED, REFUSED),
    Attempt("update the event log",                 "UPDATE events SET reason = 'rewritten'",                               REFUSED, REFUSED, REFUSED),
    Attempt("delete from the event log",            "DELETE FROM events",                                                   REFUSED, REFUSED, REFUSED),
    Attempt("truncate the event log",               "TRUNCATE events",                                                      REFUSED, REFUSED, REFUSED),
    Attempt("read another agent's script favourites", "SELECT count(*) FROM script_favourites WHERE user_id = {bob}",      HIDDEN,  OK,      OK),
    Attempt("read another agent's drafts",          "",                                                                     NOT_ON_SERVER, NOT_ON_SERVER, NOT_ON_SERVER),
    Attempt("change one's own role in users",       "UPDATE users SET role = 'admin' WHERE id = {me}",                      REFUSED, REFUSED, REFUSED),
    Attempt("mark oneself signed in (heartbeat)",   "UPDATE users SET last_seen_at = now() WHERE id = {me}",                OK,      OK,      OK),
    Attempt("mark another agent signed in",         "UPDATE users SET last_seen_at = now() WHERE id = {bob}",               HIDDEN,  HIDDEN,  HIDDEN),
    Attempt("create a login with CREATE ROLE",      "CREATE ROLE intruder LOGIN SUPERUSER",                                  REFUSED, REFUSED, REFUSED),
    Attempt("create a console user (admin function)", "SELECT console_add_user('newbie', 'New', 'agent', 'SCRAM-SHA-256$4096:c2FsdA==$a2V5:a2V5', 'UTC')", REFUSED, REFUSED, OK),
    Attempt("promote oneself to admin (admin function)", "SELECT console_set_user_role('{me_login}', 'admin')",            REFUSED, REFUSED, OK),
    Attempt("take over the owner's role via the admin function", "SELECT console_add_user('postgres', 'x', 'admin', 'SCRAM-SHA-256$4096:c2FsdA==$a2V5:a2V5', 'UTC')", REFUSED, REFUSED, REFUSED),
    Attempt("delete a customer",                    "DELETE FROM customers WHERE id = {customer}",                          REFUSED, REFUSED, OK),
    Attempt("read the name words (typo search)",    "SELECT count(*) FROM name_words",                                      OK,      OK,      OK),
    Attempt("rename a customer (its words are added by the database)", "UPDATE customers SET name_key = 'quentin quarrington' WHERE id = {customer}", OK, OK, OK),
    Attempt("add a word to the name words by hand", "INSERT INTO name_words (word) VALUES ('decoy')",                        REFUSED, REFUSED, REFUSED),
    Attempt("remove the name words",                "DELETE FROM name_words",                                               REFUSED, REFUSED, REFUSED),
]  # fmt: skip

ROLES = {"agent": "ana", "supervisor": "sue", "admin": "ada"}


@pytest.fixture
def team(pg_server: PgServer, pg_template: str) -> Iterator[Team]:
    built = build_team(_pg_clone(pg_server, pg_template))
    yield built
    built.dispose()


def _callback(team: Team, owner: str | None, queue: str) -> int:
    now = dt.datetime.now(dt.UTC)
    with team.owner.write() as conn:
        return int(conn.execute(insert(Callback).values(
            customer_id=team.customer, phone_e164="+79165551234", queue_id=team.queue[queue],
            owner_id=team.uid[owner] if owner else None,
            created_by=team.uid[owner or "sue"], window_start=now + dt.timedelta(hours=1),
            window_end=now + dt.timedelta(hours=2), zone="Europe/Moscow",
            due_at=now + dt.timedelta(hours=1),
        ).returning(Callback.id)).scalar_one())  # fmt: skip


def _world(team: Team) -> dict[str, object]:
    ScriptService(team.owner).seed_if_empty()
    note = TransferNote(reason="refund", issue="A refund", tried="Looked")
    TransferService(team.owner).heartbeat(team.uid["bob"])
    to_bob = TransferService(team.owner).send(uuid.uuid4().hex, team.customer, team.uid["sue"],
                                              note, to_user_id=team.uid["bob"])  # fmt: skip
    with team.owner.write() as conn:
        script = conn.scalar(select(Script.id).limit(1))
        conn.execute(text_fav(), {"u": team.uid["bob"], "s": script})
        conn.execute(insert(Event).values(entity="callback", entity_id=1, action="made"))
    return {
        **{name: uid for name, uid in team.uid.items()},
        "customer": team.customer, "to_bob": to_bob.id,
        "bob_cb": _callback(team, "bob", "Sales"), "ana_cb": _callback(team, "ana", "Refunds"),
        "queue_cb": _callback(team, None, "Refunds"),
    }  # fmt: skip


def text_fav() -> object:
    from sqlalchemy import text

    return text("INSERT INTO script_favourites (user_id, script_id, position) VALUES (:u, :s, 1)")


def _outcome(team: Team, who: str, sql: str) -> str:
    if not sql:
        return NOT_ON_SERVER
    with psycopg.connect(team.libpq(who)) as conn:
        try:
            cur = conn.execute(sql)  # type: ignore[arg-type]
            if cur.description is not None:
                row = cur.fetchone()
                value = row[0] if row else None
                return HIDDEN if value in (0, None) else OK
            return OK if cur.rowcount > 0 else HIDDEN
        except psycopg.Error:
            return REFUSED
        finally:
            conn.rollback()


def test_each_role_can_do_exactly_what_the_attempts_table_says(team: Team) -> None:
    ids = _world(team)
    seen: list[str] = []
    for role, who in ROLES.items():
        values = {**ids, "me": team.uid[who], "me_login": team.login[who]}
        for attempt in ATTEMPTS:
            got = _outcome(team, who, attempt.sql.format(**values))
            want = getattr(attempt, role)
            if got != want:
                seen.append(f"{role:10} {attempt.what}: expected {want}, got {got}")
    assert seen == []


def test_drafts_are_not_on_the_server_at_all(team: Team) -> None:
    """The attempts table says NOT ON SERVER for drafts: no table or column holds them."""
    with psycopg.connect(team.libpq("sue")) as conn:
        hits = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND (table_name LIKE '%draft%' "
            "OR column_name LIKE '%draft%')"
        ).fetchall()
    assert hits == []


def test_a_login_without_a_console_user_sees_no_callbacks_and_cannot_write(team: Team,
                                                                          pg_server: PgServer
                                                                          ) -> None:  # fmt: skip
    _world(team)
    stranger = f"{team.dbname}_stranger"
    with psycopg.connect(pg_server.url(team.dbname).replace("+psycopg", ""),
                         autocommit=True) as conn:  # fmt: skip
        conn.execute(f"CREATE ROLE {stranger} LOGIN IN ROLE console_agent")  # type: ignore[arg-type]
    url = f"postgresql://{stranger}@127.0.0.1:{team.port}/{team.dbname}"
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM callbacks").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM transfers").fetchone() == (0,)
        with pytest.raises(psycopg.Error):
            conn.execute("INSERT INTO events (occurred_at, actor_id, entity, entity_id, action, "
                         f"from_state, to_state, reason, data) VALUES (now(), {team.uid['ana']}, "
                         "'callback', 1, 'x', '', '', '', '{}')")  # fmt: skip


def test_migration_is_idempotent_across_databases_of_one_cluster(
    pg_server: PgServer, pg_template: str
) -> None:
    """Roles are the cluster's: a second database migrates while they already exist, and
    downgrading one database leaves them for the others."""
    from console.storage.db import Database

    db = Database(_pg_clone(pg_server, pg_template))
    try:
        from alembic import command
        from alembic.config import Config

        from console.storage.db import MIGRATIONS_DIR

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        with db.engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0008")
            conn.commit()
        with db.read() as conn:
            from sqlalchemy import text

            assert conn.scalar(text("SELECT count(*) FROM pg_policies")) == 0
            roles = conn.scalar(
                text(
                    "SELECT count(*) FROM pg_roles WHERE rolname IN "
                    "('console_agent','console_supervisor','console_admin')"
                )
            )
            assert roles == 3
        assert db.upgrade().up_to_date
    finally:
        db.dispose()


def test_policies_ask_who_is_asking_once_per_statement_not_once_per_row(team: Team) -> None:
    """A bare function call in a policy runs for every row a query touches (a supervisor's
    dashboard was ten times slower than the owner's at 20,000 callbacks); in a scalar
    sub-select PostgreSQL evaluates it once, as an InitPlan."""
    import re

    with team.owner.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT tablename, policyname, coalesce(qual, '') || ' ' || coalesce(with_check, '') "
            "FROM pg_policies WHERE schemaname = 'public'"
        ).all()
    assert len(rows) >= 10
    once = re.compile(r"\(\s*SELECT (console_\w+)\(\) AS \1\)")
    per_row = [f"{t}.{p}: {expr}" for t, p, expr in rows if "console_" in once.sub("", expr)]
    assert per_row == []
    with psycopg.connect(team.libpq("sue")) as conn:
        plan = "\n".join(r[0] for r in conn.execute("EXPLAIN SELECT count(*) FROM callbacks"))
    assert "InitPlan" in plan and "console_is_supervising" not in plan.split("InitPlan")[0]


def test_a_remembered_password_opens_the_database_for_the_command_line_too(
    scram_server: PgServer,
) -> None:
    from console import login
    from console.storage.db import open_database
    from tests.support.team import scram_login

    dana = scram_login(scram_server, "cli")
    server = login.ServerLogin(dana.host, dana.port, dana.database, dana.user)
    bare = server.url().render_as_string(hide_password=False)
    with pytest.raises(LoginRefusedError):
        open_database(bare)
    login.remember(server, dana.password)
    db = open_database(bare)
    try:
        with db.read() as conn:
            assert conn.scalar(text("SELECT session_user")) == dana.user
    finally:
        db.dispose()


def test_the_listening_connection_keeps_the_tls_settings(team: Team) -> None:
    """sslmode=require against a server without TLS: the LISTEN connection refuses too,
    instead of quietly connecting in clear text."""
    from console.errors import DatabaseUnavailableError
    from console.storage.db import Database
    from console.storage.live import ChangeListener

    db = Database(team.url("ana") + "?sslmode=require")
    listener = ChangeListener(db)
    try:
        with pytest.raises(DatabaseUnavailableError, match="SSL"):
            listener.wait(0.1)
    finally:
        listener.close()
        db.dispose()
