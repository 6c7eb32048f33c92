"""Signing in to a team's PostgreSQL server: server, user, TLS, and the password's one home.

The password lives only in the OS keyring (one entry per server and user) when the person
ticks "Remember me"; settings keep the URL without it (``db_url``, TLS options as the URL's
``sslmode`` and ``sslrootcert``). Where no keyring exists, nothing is remembered and the
person is told so; there is no plain-text fallback.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.engine import URL

from console import secrets
from console.errors import Said, UserFacingError, joined
from console.storage.db import normalise_url

log = logging.getLogger(__name__)

SSLMODES = ("disable", "prefer", "require", "verify-ca", "verify-full")


@dataclass(frozen=True)
class ServerLogin:
    """What the login dialog edits: everything but the password."""

    host: str = "localhost"
    port: int = 5432
    database: str = "agent_console"
    user: str = ""
    sslmode: str = "prefer"
    sslrootcert: str = ""  # the CA file for verify-ca / verify-full

    @classmethod
    def from_url(cls, url: URL) -> ServerLogin:
        query = dict(url.query)
        mode = str(query.get("sslmode") or "prefer")
        return cls(
            host=url.host or "localhost", port=int(url.port or 5432),
            database=url.database or "", user=url.username or "",
            sslmode=mode if mode in SSLMODES else "prefer",
            sslrootcert=str(query.get("sslrootcert") or ""),
        )  # fmt: skip

    def url(self, password: str | None = None) -> URL:
        query: dict[str, str] = {}
        if self.sslmode != "prefer":
            query["sslmode"] = self.sslmode
        if self.sslrootcert:
            query["sslrootcert"] = self.sslrootcert
        return URL.create(
            "postgresql+psycopg", username=self.user or None, password=password or None,
            host=self.host, port=self.port, database=self.database, query=query,
        )  # fmt: skip

    @property
    def secret_name(self) -> str:
        """The keyring entry: one per server and user."""
        return f"db-password:{self.user}@{self.host}:{self.port}"

    def check(self) -> None:
        missing = [n for n, v in ((Said("server"), self.host), (Said("database"), self.database),
                                  (Said("user"), self.user)) if not v.strip()]  # fmt: skip
        if missing:
            raise UserFacingError(Said("Please fill in: {fields}.", fields=joined(missing, ", ")))
        if self.sslmode not in SSLMODES:
            raise UserFacingError(
                Said("TLS mode must be one of {modes}.", modes=", ".join(SSLMODES))
            )
        if self.sslmode in ("verify-ca", "verify-full") and not self.sslrootcert:
            raise UserFacingError(
                Said("TLS mode {mode} checks the server's certificate: choose the CA file that "
                     "signed it.", mode=self.sslmode)
            )  # fmt: skip


def is_postgresql(raw_url: str | URL) -> bool:
    url = raw_url if isinstance(raw_url, URL) else normalise_url(raw_url)
    return url.drivername.startswith("postgresql")


def saved_password(login: ServerLogin) -> str | None:
    """The remembered password, or None (none stored, or no keyring on this computer)."""
    try:
        return secrets.get_secret(login.secret_name)
    except secrets.SecretStoreUnavailable as exc:
        log.info("no keyring: the database password cannot be remembered (%s)", exc.detail)
        return None


def with_saved_password(raw_url: str | URL) -> URL:
    """A PostgreSQL URL with the remembered password added when it has none."""
    url = raw_url if isinstance(raw_url, URL) else normalise_url(raw_url)
    if not url.drivername.startswith("postgresql") or url.password:
        return url
    password = saved_password(ServerLogin.from_url(url))
    return url.set(password=password) if password else url


def remember(login: ServerLogin, password: str) -> None:
    """Store the password in the keyring; raises ``SecretStoreUnavailable`` where there is
    none (then nothing is stored anywhere)."""
    secrets.set_secret(login.secret_name, password)


def forget(login: ServerLogin) -> None:
    try:
        secrets.delete_secret(login.secret_name)
    except secrets.SecretStoreUnavailable:
        return


def keyring_available() -> bool:
    """Whether "Remember me" can work here (asks the backend once; may take a moment)."""
    try:
        secrets.get_secret("availability-check")
    except secrets.SecretStoreUnavailable:
        return False
    return True
