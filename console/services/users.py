"""Who is at this desk: users, their roles and queues."""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select

from console.errors import NotFoundError, Said, UserFacingError
from console.storage.db import Database
from console.storage.models import Queue, Role, User, UserQueue


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: str
    time_zone: str
    language: str
    queues: tuple[str, ...]
    # When this person's console last said it was running, as read at sign-in (before this
    # console's own first heartbeat): None on the very first start, so a console can tell a
    # return ("while the console was closed…") from a first start.
    last_seen_at: dt.datetime | None = None

    @property
    def is_supervisor(self) -> bool:
        return self.role in (Role.SUPERVISOR, Role.ADMIN)


class UserService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, username: str) -> UserInfo:
        with self.db.read() as conn:
            row = conn.execute(select(User).where(User.username == username)).one_or_none()
            if row is None:
                raise NotFoundError(
                    Said("There is no user “{name}” in this database; pick one from "
                         "`agent-console users` or leave the user setting empty.", name=username)
                )  # fmt: skip
            queues = conn.scalars(
                select(Queue.name)
                .join(UserQueue, UserQueue.queue_id == Queue.id)
                .where(UserQueue.user_id == row.id)
                .order_by(Queue.name)
            ).all()
            return UserInfo(
                row.id,
                row.username,
                row.display_name,
                row.role,
                row.time_zone,
                row.language,
                tuple(queues),
                row.last_seen_at,
            )

    def list(self) -> list[UserInfo]:
        with self.db.read() as conn:
            names = conn.scalars(select(User.username).order_by(User.username)).all()
        return [self.get(n) for n in names]

    def resolve(self, username: str | None) -> UserInfo:
        """The user this desktop acts as.

        In team mode (a PostgreSQL login that is not the schema's owner) the login is the
        person: ``--user`` cannot make anyone act as someone else. On SQLite (single-user) and
        for the owner: given a name, that user. Otherwise the OS login name if the database
        knows it, else the first active agent (a demo or trial), else a local user created on
        the spot so a fresh database always has someone at the desk.
        """
        team_login = self._team_login()
        if team_login is not None:
            return self._resolve_team(team_login, username)
        if username:
            return self.get(username)
        login = _os_login()
        with self.db.write() as conn:
            found = conn.scalar(select(User.username).where(User.username == login))
            if found is None:
                found = conn.scalar(
                    select(User.username)
                    .where(User.active.is_(True), User.role == Role.AGENT.value)
                    .order_by(User.id)
                    .limit(1)
                )
            if found is None:
                conn.execute(
                    insert(User).values(
                        username=login,
                        display_name=login,
                        role=Role.ADMIN.value,
                        time_zone=local_zone_name(),
                        language="en",
                        shift_start="",
                        shift_end="",
                        active=True,
                        version=1,
                    )
                )
                found = login
        return self.get(found)

    def in_team_mode(self) -> bool:
        """A PostgreSQL login that is not the schema's owner: the database narrows its view."""
        return self._team_login() is not None

    def _team_login(self) -> str | None:
        from console.services.team import TeamService

        login = TeamService(self.db).login()
        return login.name if login is not None and login.restricted else None

    def _resolve_team(self, login: str, username: str | None) -> UserInfo:
        if username and username != login:
            raise UserFacingError(
                Said("You are signed in to the database as “{login}”: in team mode you act as "
                     "yourself, not as “{name}”. Leave out --user (or sign in as {name}).",
                     login=login, name=username)
            )  # fmt: skip
        with self.db.read() as conn:
            active = conn.scalar(select(User.active).where(User.username == login))
        if active is None:
            raise NotFoundError(
                Said("Your database login “{login}” has no console user in this database: ask "
                     "your console admin to run `agent-console admin add-user {login} --role "
                     "agent`.", login=login)
            )  # fmt: skip
        if not active:
            raise UserFacingError(
                Said("The console user “{login}” is disabled: ask your console admin.",
                     login=login)
            )  # fmt: skip
        return self.get(login)


def _os_login() -> str:
    try:
        return getpass.getuser() or "agent"
    except (OSError, KeyError):
        return "agent"


def local_zone_name() -> str:
    """The IANA name of this machine's zone where it can be read, else UTC."""
    import os
    from pathlib import Path

    tz = os.environ.get("TZ")
    if tz and "/" in tz:
        return tz.lstrip(":")
    link = Path("/etc/localtime")
    try:
        target = str(link.resolve())
    except OSError:
        return "UTC"
    marker = "zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else "UTC"


# Who may act for the team: reassign others' work, see the dashboard, declare disruptions.
SUPERVISING_ROLES = (Role.SUPERVISOR.value, Role.ADMIN.value)


def is_supervising(conn: Connection, user_id: int) -> bool:
    return conn.scalar(select(User.role).where(User.id == user_id)) in SUPERVISING_ROLES


def require_supervising(conn: Connection, user_id: int, refusal: Said) -> None:
    """Raise ``refusal`` (a sentence the user reads) unless the user is a supervisor or admin."""
    if not is_supervising(conn, user_id):
        raise UserFacingError(refusal)
