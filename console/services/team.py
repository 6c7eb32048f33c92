"""Team mode: who is logged in to the shared PostgreSQL server, and the admin's user management.

The database decides what each login may do (migration 0009, ``console/storage/team.py``);
this service only asks it. On SQLite there are no logins: the file is one person's.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from console.errors import Said, UserFacingError
from console.storage import dialect
from console.storage.db import Database

ROLES = ("agent", "supervisor", "admin")
SQLITE_REFUSAL = Said("Team mode needs PostgreSQL; SQLite is single-user.")


@dataclass(frozen=True)
class TeamUser:
    username: str
    display_name: str
    role: str
    active: bool
    can_login: bool
    groups: str


@dataclass(frozen=True)
class Login:
    """The database login of this connection and whether the database narrows what it sees."""

    name: str
    restricted: bool  # a team login (not the schema's owner nor a superuser)


def generate_password(length: int = 20) -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


@contextmanager
def _refusals() -> Iterator[None]:
    """The admin functions' own refusals (bad name, unknown user, a foreign role) are for the
    admin to read; their messages are written for that."""
    try:
        yield
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) in ("22023", "P0002", "42710"):
            first = (str(exc.orig).strip().splitlines() or ["refused"])[0]
            raise UserFacingError(first[:1].upper() + first[1:] + ".") from exc
        raise


def _unknown_role(role: str) -> Said:
    return Said("Unknown role “{role}”: use agent, supervisor or admin.", role=role)


class TeamService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _require_pg(self) -> None:
        if self.db.kind != dialect.POSTGRESQL:
            raise UserFacingError(SQLITE_REFUSAL)

    def login(self) -> Login | None:
        """None on SQLite, and on a PostgreSQL database not migrated for team mode."""
        if self.db.kind != dialect.POSTGRESQL:
            return None
        with self.db.read() as conn:
            has = conn.scalar(text("SELECT to_regprocedure('console_is_owner()') IS NOT NULL"))
            name = str(conn.scalar(text("SELECT session_user")))
            if not has:
                return Login(name, False)
            owner = bool(conn.scalar(text("SELECT console_is_owner()")))
        return Login(name, not owner)

    def add_user(
        self, username: str, role: str, password: str, *, display_name: str = "",
        time_zone: str = "UTC",
    ) -> int:  # fmt: skip
        """Create (or re-enable) a login and its console user. The password is turned into a
        SCRAM verifier here, so the server and its logs never see it."""
        self._require_pg()
        if role not in ROLES:
            raise UserFacingError(_unknown_role(role))
        with _refusals(), self.db.write() as conn:
            pgconn = conn.connection.driver_connection.pgconn  # type: ignore[union-attr]
            verifier = pgconn.encrypt_password(
                password.encode(), username.encode(), b"scram-sha-256"
            ).decode()
            return int(conn.scalar(
                text("SELECT console_add_user(:u, :d, :r, :v, :z)"),
                {"u": username, "d": display_name, "r": role, "v": verifier, "z": time_zone},
            ))  # fmt: skip

    def set_role(self, username: str, role: str) -> None:
        self._require_pg()
        if role not in ROLES:
            raise UserFacingError(_unknown_role(role))
        with _refusals(), self.db.write() as conn:
            conn.execute(text("SELECT console_set_user_role(:u, :r)"), {"u": username, "r": role})

    def disable_user(self, username: str) -> None:
        self._require_pg()
        with _refusals(), self.db.write() as conn:
            conn.execute(text("SELECT console_disable_user(:u)"), {"u": username})

    def list_users(self) -> list[TeamUser]:
        self._require_pg()
        with self.db.read() as conn:
            if not conn.scalar(text("SELECT console_is_admin()")):
                raise UserFacingError(
                    Said("Only a console admin can manage users: connect as an admin login.")
                )
            rows = conn.execute(text("SELECT * FROM console_list_users()")).all()
        return [TeamUser(r.username, r.display_name, r.role, bool(r.active),
                         bool(r.can_login), r.groups) for r in rows]  # fmt: skip
