"""Prepared statements (the screen-pop's fast path on SQLite) answer exactly what SQLAlchemy
answers, on both backends, and fail the way SQLAlchemy fails."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import bindparam, literal, select, union_all
from sqlalchemy.exc import DBAPIError, StatementError

from console.services import customers
from console.storage.db import Database
from console.storage.dialect import constant
from console.storage.models import Customer, CustomerEmail, CustomerPhone, Interaction
from console.storage.prepared import Prepared

_C, _P, _E, _I = (m.__table__ for m in (Customer, CustomerPhone, CustomerEmail, Interaction))


def both(db: Database, statement: Prepared, params: dict[str, object]) -> tuple[list, list]:  # type: ignore[type-arg]
    with db.read() as conn:
        fast = [tuple(r) for r in statement.all(conn, params)]
        usual = [tuple(r) for r in conn.execute(statement.statement, params)]
    return fast, usual


def test_the_card_rows_are_those_sqlalchemy_gives(demo_db: Database) -> None:
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=3650)
    for cid in (1, 2, 3):
        fast, usual = both(demo_db, customers._CARD, {"cid": cid, "since": since})
        assert fast == usual and len(fast) == 1
        created = fast[0][customers._CARD.statement.selected_columns.keys().index("created_at")]
        assert created.tzinfo is dt.UTC
        fast, usual = both(demo_db, customers._TIMELINE, {"cid": cid, "limit": 50})
        assert fast == usual and fast
        assert all(r[4].tzinfo is dt.UTC for r in fast)  # started_at, aware UTC
        fast, usual = both(demo_db, customers._CARD_CONTACTS, {"cid": cid})
        assert sorted(fast) == sorted(usual) and fast


def test_rows_are_read_by_column_name_too(demo_db: Database) -> None:
    with demo_db.read() as conn:
        row = customers._CARD.all(conn, {"cid": 1, "since": dt.datetime.now(dt.UTC)})[0]
    assert row.id == 1 and row.full_name and isinstance(row.do_not_call, bool)
    assert isinstance(row.tags, list)  # JSON decoded


def test_fixed_values_booleans_and_nulls_round_trip(demo_db: Database) -> None:
    stmt = Prepared(
        union_all(
            select(literal("p").label("kind"), _P.c.is_primary, _P.c.label).where(
                _P.c.customer_id == bindparam("cid")
            ),
            select(literal("e"), _E.c.is_primary, literal(None)).where(
                _E.c.customer_id == bindparam("cid")
            ),
        )
    )
    fast, usual = both(demo_db, stmt, {"cid": 1})
    assert sorted(fast, key=repr) == sorted(usual, key=repr)
    assert {r[0] for r in fast} == {"p", "e"}


def test_a_missing_parameter_is_an_error_not_a_null(demo_db: Database) -> None:
    # (A programming error: KeyError on the fast path, SQLAlchemy's StatementError otherwise.)
    with demo_db.read() as conn, pytest.raises((KeyError, StatementError), match="cid"):
        customers._TIMELINE.all(conn, {"limit": 5})


def test_a_driver_error_comes_wrapped_as_sqlalchemy_wraps_it(demo_db: Database) -> None:
    stmt = Prepared(select(_I.c.id).where(_I.c.customer_id == bindparam("cid")))
    with demo_db.read() as conn:
        assert stmt.all(conn, {"cid": 1})
    with demo_db.write() as conn:
        conn.exec_driver_sql("ALTER TABLE interactions RENAME TO interactions_gone")
    # A table that is gone: the same error type conn.execute raises, so the callers and
    # Database's translation into a message for the user see what they always see.
    with pytest.raises(DBAPIError) as fast, demo_db.read() as conn:
        stmt.all(conn, {"cid": 1})
    with pytest.raises(DBAPIError) as usual, demo_db.read() as conn:
        conn.execute(stmt.statement, {"cid": 1})
    assert type(fast.value) is type(usual.value)
    assert type(fast.value.orig) is type(usual.value.orig)
    assert "interactions" in str(fast.value)


def test_expanding_parameters_are_refused_at_first_use(demo_db: Database) -> None:
    stmt = Prepared(select(_C.c.id).where(_C.c.id.in_(bindparam("ids", expanding=True))))
    with demo_db.read() as conn, pytest.raises(ValueError, match="expanding"):
        stmt.all(conn, {"ids": [1, 2]})


def test_a_one_statement_write_runs_in_autocommit_and_is_kept(demo_db: Database) -> None:
    from sqlalchemy import update

    bump = (
        Prepared(
            select(literal(1).label("one")).add_cte(
                update(_C)
                .where(_C.c.id == bindparam("cid"))
                .values(version=_C.c.version + 1, updated_at=bindparam("at"))
                .returning(_C.c.id)
                .cte("bumped")
            )
        )
        if demo_db.kind == "postgresql"
        else None
    )
    if bump is None:  # SQLite has no data-modifying CTE; the claim there is several statements
        return
    with demo_db.read() as conn:
        before = conn.scalar(select(_C.c.version).where(_C.c.id == 1))
    with demo_db.single_statement() as conn:
        assert [tuple(r) for r in bump.all(conn, {"cid": 1, "at": dt.datetime.now(dt.UTC)})] == [
            (1,)
        ]
    with demo_db.read() as conn:
        assert conn.scalar(select(_C.c.version).where(_C.c.id == 1)) == before + 1
    unset = Prepared(
        select(literal(1).label("one")).add_cte(
            update(_C).where(_C.c.id == 1).values(version=2).returning(_C.c.id).cte("u")
        )
    )
    with demo_db.single_statement() as conn, pytest.raises(ValueError, match="every column"):
        unset.all(conn, {})


def test_a_constant_is_written_into_the_sql_quoted(demo_db: Database) -> None:
    stmt = select(_C.c.id).where(_C.c.full_name == constant("O'Brien"), _C.c.id == 1)
    sql = str(stmt.compile(dialect=demo_db.engine.dialect))
    assert "'O''Brien'" in sql
    with demo_db.read() as conn:
        assert conn.execute(stmt).all() == []


def test_a_connection_the_server_dropped_is_invalidated_not_handed_out_again(
    demo_db: Database,
) -> None:
    if demo_db.kind != "postgresql":
        pytest.skip("a file database has no server to drop the connection")
    stmt = Prepared(select(_C.c.id).where(_C.c.id == bindparam("cid")))
    other = Database(demo_db.url)
    try:
        with demo_db.single_statement() as conn:
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with other.single_statement() as killer:
                killer.exec_driver_sql(f"SELECT pg_terminate_backend({int(pid)})")
            with pytest.raises(DBAPIError) as dropped:
                stmt.all(conn, {"cid": 1})
        assert dropped.value.connection_invalidated
        # The pool gave the dead connection up: the next read gets a live one at once.
        with demo_db.read() as conn:
            assert [r[0] for r in stmt.all(conn, {"cid": 1})] == [1]
    finally:
        other.dispose()
