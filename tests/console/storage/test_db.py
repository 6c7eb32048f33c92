"""Schema versions, URLs, and the rules the database itself enforces, on both backends."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import insert, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from console.errors import DatabaseBehindError, DatabaseUnavailableError, UserFacingError
from console.storage import dialect
from console.storage.db import Database, normalise_url, open_database
from console.storage.models import Customer, Event


def test_sqlite_file_is_created_and_upgraded_automatically(tmp_path: Path) -> None:
    path = tmp_path / "new" / "console.sqlite3"
    db = open_database(f"sqlite:///{path}")
    assert path.exists()
    assert db.schema_state().up_to_date
    with db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_bare_path_and_plain_postgresql_urls_are_accepted(tmp_path: Path) -> None:
    assert normalise_url(str(tmp_path / "x.db")).drivername == "sqlite"
    assert normalise_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert normalise_url("").database.endswith("agent-console.sqlite3")  # type: ignore[union-attr]


def test_unknown_database_type_is_refused_clearly() -> None:
    with pytest.raises(UserFacingError, match="not supported"):
        normalise_url("mysql://u@h/db")


@pytest.mark.postgres
def test_postgresql_database_behind_is_refused_naming_the_command(empty_pg_url: str) -> None:
    with pytest.raises(DatabaseBehindError, match="agent-console db upgrade --db"):
        open_database(empty_pg_url)
    db = Database(empty_pg_url)
    assert db.upgrade().up_to_date
    db.dispose()
    open_database(empty_pg_url).dispose()


@pytest.mark.postgres
def test_password_is_hidden_in_messages(pg_server) -> None:  # type: ignore[no-untyped-def]
    db = Database(f"postgresql://postgres:s3cret@127.0.0.1:{pg_server.port}/nosuchdb")
    with pytest.raises(UserFacingError) as info:
        db.schema_state()
    assert "s3cret" not in str(info.value)
    assert "***" in str(info.value)
    db.dispose()


def test_unreachable_server_is_a_user_facing_error() -> None:
    db = Database("postgresql://postgres@127.0.0.1:1/postgres")
    with pytest.raises(DatabaseUnavailableError, match="Cannot reach the database"):
        db.schema_state()
    db.dispose()


def _event(db: Database) -> int:
    with db.write() as conn:
        return int(
            conn.execute(
                insert(Event)
                .values(
                    occurred_at=dt.datetime.now(dt.UTC), entity="customer", entity_id=1,
                    action="created", from_state="", to_state="", reason="", data={},
                )
                .returning(Event.id)
            ).scalar_one()
        )  # fmt: skip


def test_event_log_is_append_only_in_the_database(db: Database) -> None:
    event_id = _event(db)
    with pytest.raises(DBAPIError, match="append-only"), db.write() as conn:
        conn.execute(update(Event).where(Event.id == event_id).values(reason="rewritten"))
    with pytest.raises(DBAPIError, match="append-only"), db.write() as conn:
        conn.execute(text("DELETE FROM events"))
    with db.read() as conn:
        assert conn.scalar(select(Event.reason).where(Event.id == event_id)) == ""


def _customer(db: Database) -> int:
    with db.session() as s:
        c = Customer(
            account_no="AC1", full_name="Test Person", name_key="test person",
            time_zone="UTC", country="EE", language="et",
        )  # fmt: skip
        s.add(c)
        s.flush()
        return c.id


def test_stale_write_fails_instead_of_overwriting(db: Database) -> None:
    cid = _customer(db)
    with db.sessions() as first, db.sessions() as second:
        # Two agents read the same row (each read is its own short transaction) ...
        a = first.get(Customer, cid)
        first.commit()
        b = second.get(Customer, cid)
        second.commit()
        assert a is not None and b is not None
        # ... then both write: the second write is based on a stale version.
        a.full_name = "Changed By A"
        first.commit()
        b.full_name = "Changed By B"
        with pytest.raises(StaleDataError):
            second.commit()
    with db.read() as conn:
        row = conn.execute(select(Customer.full_name, Customer.version)).one()
    assert tuple(row) == ("Changed By A", 2)


def test_name_index_follows_renames(db: Database) -> None:
    from console.services.customers import CustomerService

    cid = _customer(db)
    with db.session() as s:
        c = s.get(Customer, cid)
        assert c is not None
        c.full_name, c.name_key = "Renamed Someone", "renamed someone"
    service = CustomerService(db)
    assert [r.id for r in service.find("renamed")] == [cid]
    assert service.find("test person") == []


@pytest.mark.postgres
def test_a_pooled_connection_that_died_while_idle_is_replaced_not_reported(
    empty_pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No ping per transaction, but a connection idle past the threshold is pinged first: a
    server-side disconnect (restart, dropped network) costs the agent nothing."""
    db = Database(empty_pg_url, pool_size=1)
    other = Database(empty_pg_url, pool_size=1)
    try:
        with db.read() as conn:
            first_pid = conn.scalar(text("SELECT pg_backend_pid()"))
        with other.read() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first_pid})
        monkeypatch.setattr(dialect, "IDLE_PING_S", 0.0)  # the connection counts as idle
        with db.read() as conn:
            assert conn.scalar(text("SELECT pg_backend_pid()")) != first_pid
        monkeypatch.setattr(dialect, "IDLE_PING_S", 3600.0)  # recently used: trusted, no ping
        with db.read() as conn:
            pid = conn.scalar(text("SELECT pg_backend_pid()"))
        with other.read() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        with pytest.raises(DatabaseUnavailableError), db.read() as conn:
            conn.scalar(text("SELECT 1"))
    finally:
        db.dispose()
        other.dispose()
