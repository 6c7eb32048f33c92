"""Team mode on the test PostgreSQL server: a migrated database with real login roles.

Logins are cluster-wide while every test has its own database, so each test's logins carry the
database's name (``t123_4_ana``); the users table maps them to console users as in production.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from sqlalchemy import insert
from sqlalchemy.engine import make_url

from console.services.customer_edit import CustomerDraft, CustomerEditService
from console.services.team import TeamService
from console.storage.db import Database
from console.storage.models import Queue, UserQueue
from tests.support.pgserver import PgServer

_scram_counter = itertools.count()

# name: (role, queues)
PEOPLE = {
    "ana": ("agent", ("Refunds",)),
    "bob": ("agent", ("Sales",)),
    "cy": ("agent", ("Refunds",)),
    "sue": ("supervisor", ("Refunds", "Sales")),
    "ada": ("admin", ()),
}


@dataclass
class Team:
    owner: Database
    dbname: str
    port: int
    login: dict[str, str] = field(default_factory=dict)  # ana -> t123_4_ana
    uid: dict[str, int] = field(default_factory=dict)
    queue: dict[str, int] = field(default_factory=dict)
    dbs: dict[str, Database] = field(default_factory=dict)
    customer: int = 0

    def url(self, who: str, password: str = "") -> str:
        auth = self.login[who] + (f":{password}" if password else "")
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{self.dbname}"

    def libpq(self, who: str) -> str:
        return f"postgresql://{self.login[who]}@127.0.0.1:{self.port}/{self.dbname}"

    def db(self, who: str) -> Database:
        """A Database connected as that person's login (one per desktop)."""
        if who not in self.dbs:
            self.dbs[who] = Database(self.url(who))
        return self.dbs[who]

    def dispose(self) -> None:
        for d in self.dbs.values():
            d.dispose()
        self.owner.dispose()


def build_team(owner_url: str, password: str = "not-used-with-trust") -> Team:
    url = make_url(owner_url)
    owner = Database(owner_url)
    team = Team(owner, str(url.database), int(url.port or 5432))
    with owner.write() as conn:
        for q in ("Refunds", "Sales"):
            team.queue[q] = int(conn.execute(
                insert(Queue).values(name=q, description="", time_zone="Europe/Tallinn",
                                     version=1).returning(Queue.id)).scalar_one())  # fmt: skip
    svc = TeamService(owner)
    for name, (role, _queues) in PEOPLE.items():
        login = f"{team.dbname}_{name}"
        team.login[name] = login
        team.uid[name] = svc.add_user(login, role, password, display_name=name.title(),
                                      time_zone="Europe/Tallinn")  # fmt: skip
    with owner.write() as conn:
        rows = [{"user_id": team.uid[n], "queue_id": team.queue[q]}
                for n, (_r, qs) in PEOPLE.items() for q in qs]  # fmt: skip
        conn.execute(insert(UserQueue), rows)
    team.customer = CustomerEditService(owner).create(
        CustomerDraft("Ольга Петрова", "Europe/Moscow", "RU", "ru",
                      phones=(("+7 916 555-12-34", "mobile"),)), None)  # fmt: skip
    return team


@dataclass(frozen=True)
class ScramLogin:
    """A migrated database on the password-checking server and one agent's login on it."""

    host: str
    port: int
    database: str
    user: str
    password: str
    owner_url: str


def scram_login(server: PgServer, tag: str, role: str = "agent") -> ScramLogin:
    import os

    import psycopg

    dbname = f"s{os.getpid()}_{tag}_{next(_scram_counter)}"
    with psycopg.connect(server.url().replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {dbname}")  # type: ignore[arg-type]
    owner = Database(server.url(dbname))
    try:
        owner.upgrade()
        login, password = f"{dbname}_dana", "Dana-" + os.urandom(8).hex()
        TeamService(owner).add_user(login, role, password, display_name="Dana Smith")
    finally:
        owner.dispose()
    return ScramLogin("127.0.0.1", server.port, dbname, login, password, server.url(dbname))
