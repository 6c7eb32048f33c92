"""Engines, URLs and schema versions: one ``Database`` object per desktop (or CLI run)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from console import paths
from console.errors import (
    DatabaseBehindError,
    DatabaseUnavailableError,
    LoginRefusedError,
    PermissionRefusedError,
    Said,
    UserFacingError,
)
from console.storage import dialect

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def normalise_url(raw: str) -> URL:
    """Accept sqlite:///…, a bare file path, postgresql://… or postgresql+psycopg://…."""
    raw = raw.strip()
    if not raw:
        return make_url(f"sqlite:///{paths.default_db_path()}")
    if "://" not in raw:
        return make_url(f"sqlite:///{Path(raw).expanduser().resolve()}")
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise UserFacingError(
            Said("“{url}” is not a database URL: use sqlite:///path/to/file.sqlite3 or "
                 "postgresql+psycopg://user@host:5432/dbname.", url=raw)
        ) from exc  # fmt: skip
    if url.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername not in ("sqlite", "sqlite+pysqlite", "postgresql+psycopg"):
        raise UserFacingError(
            Said("Database type “{kind}” is not supported: use sqlite:/// or postgresql://.",
                 kind=url.drivername)
        )  # fmt: skip
    return url


def display_url(url: URL) -> str:
    """The URL with any password hidden, for the status bar and logs."""
    return url.render_as_string(hide_password=True)


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


class Database:
    """An engine plus the knowledge of which kind of database it is."""

    def __init__(self, url: str | URL, *, pool_size: int = 2) -> None:
        self.url = url if isinstance(url, URL) else normalise_url(url)
        self.kind = (
            dialect.POSTGRESQL if self.url.drivername.startswith("postgresql") else (dialect.SQLITE)
        )
        if self.kind == dialect.SQLITE and self.url.database not in (None, "", ":memory:"):
            Path(self.url.database or "").parent.mkdir(parents=True, exist_ok=True)
        kwargs: dict[str, object] = {}
        if self.kind == dialect.POSTGRESQL:
            # DESIGN.md: at most two query connections per desktop (the LISTEN one is separate).
            kwargs = {
                "pool_size": pool_size,
                "max_overflow": 0,
                "connect_args": {"connect_timeout": 5, "application_name": "agent-console"},
            }
        else:
            kwargs = {"connect_args": {"timeout": 10, "check_same_thread": False}}
        self.engine: Engine = create_engine(self.url, **kwargs)
        dialect.configure_engine(self.engine)
        if self.kind == dialect.POSTGRESQL:
            dialect.ping_idle_connections(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def display(self) -> str:
        return display_url(self.url)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection in a (deferred) transaction for reading."""
        with self._translate_errors(), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A connection in a write transaction (BEGIN IMMEDIATE on SQLite)."""
        with self._translate_errors(), self.engine.connect() as conn:
            conn = conn.execution_options(write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def single_statement(self) -> Iterator[Connection]:
        """A connection without an explicit transaction: each statement commits on its own.
        For a change written as one statement (PostgreSQL's claim-next), BEGIN and COMMIT
        would be two more round trips for nothing: the statement is atomic by itself."""
        with self._translate_errors(), self.engine.connect() as conn:
            yield conn.execution_options(isolation_level="AUTOCOMMIT", write=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """An ORM session as one unit of work: committed on success, rolled back on error."""
        with self._translate_errors(), self.sessions() as session, session.begin():
            session.connection(execution_options={"write": True})
            yield session

    @contextmanager
    def _translate_errors(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            if _is_login_refused(exc):
                raise LoginRefusedError(
                    Said(
                        "The server at {server} refused the user name or password: check "
                        "them, or ask your console admin to reset the password.",
                        server=self.display,
                    ),
                    detail=_first_line(exc),
                ) from exc
            if _is_tls_failure(exc):
                raise DatabaseUnavailableError(
                    Said(
                        "The secure connection (TLS) to {server} failed: {problem}. Check "
                        "the TLS mode (sslmode) and the CA file.",
                        server=self.display,
                        problem=_first_line(exc),
                    ),
                    detail=str(exc),
                ) from exc
            if _is_connection_failure(exc):
                raise DatabaseUnavailableError(
                    Said(
                        "Cannot reach the database at {server}: {problem}. Check that the "
                        "server is running and the address is right.",
                        server=self.display,
                        problem=_first_line(exc),
                    ),
                    detail=str(exc),
                ) from exc
            raise
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient_privilege
                raise PermissionRefusedError(
                    Said(
                        "Your role does not allow this (the database refused it: {problem}). "
                        "Ask a supervisor or your console admin.",
                        problem=_first_line(exc),
                    ),
                    detail=str(exc.orig),
                ) from exc
            raise

    # ---- schema ---------------------------------------------------------------------------

    def schema_state(self) -> SchemaState:
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
        assert head is not None
        with self.read() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        return SchemaState(current=current, head=head)

    def upgrade(self) -> SchemaState:
        """Apply every pending migration (``agent-console db upgrade``)."""
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        with self._translate_errors(), self.engine.connect() as conn:
            conn = conn.execution_options(write=True)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
        state = self.schema_state()
        log.info("database %s at schema %s", self.display, state.current)
        return state

    def ensure_schema(self) -> SchemaState:
        """SQLite files upgrade themselves; a PostgreSQL database that is behind is refused.

        A shared database is upgraded on purpose by whoever runs it, never as a side effect
        of one desktop starting a newer version.
        """
        state = self.schema_state()
        if state.up_to_date:
            return state
        if self.kind == dialect.SQLITE:
            return self.upgrade()
        if state.current is not None and not self._known_revision(state.current):
            raise DatabaseBehindError(
                Said("The database at {server} was migrated by a newer Agent Console (schema "
                     "{schema}); upgrade this program.", server=self.display,
                     schema=state.current)
            )  # fmt: skip
        raise DatabaseBehindError(
            Said("The database at {server} is at schema {schema}, this program needs {head}: "
                 "run `agent-console db upgrade --db {server}` first.", server=self.display,
                 schema=state.current or "none", head=state.head)
        )  # fmt: skip

    def _known_revision(self, revision: str) -> bool:
        from alembic.script import ScriptDirectory

        script = ScriptDirectory(str(MIGRATIONS_DIR))
        return any(rev.revision == revision for rev in script.walk_revisions())

    def has_table(self, name: str) -> bool:
        with self.read() as conn:
            return inspect(conn).has_table(name)

    def dispose(self) -> None:
        self.engine.dispose()


def _is_connection_failure(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return any(
        s in text
        for s in (
            "connection",
            "could not connect",
            "server closed",
            "unable to open database",
            "timeout",
            "terminating",
        )
    )


def _is_tls_failure(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return any(s in text for s in ("ssl", "certificate", "tls"))


def _is_login_refused(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return (
        "password authentication failed" in text
        or ("role" in text and "does not exist" in text)
        or "is not permitted to log in" in text
        or "no password supplied" in text
    )


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", exc)
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


def open_database(url: str | URL, *, ensure: bool = True) -> Database:
    """A PostgreSQL URL without a password uses the one remembered in the keyring (team mode's
    sign-in), so command-line runs on a desktop need no password in the URL either."""
    from console.login import with_saved_password

    db = Database(with_saved_password(url))
    if ensure:
        try:
            db.ensure_schema()
        except BaseException:
            db.dispose()
            raise
    return db
