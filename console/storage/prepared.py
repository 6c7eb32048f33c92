"""Statements on the hottest paths, run without SQLAlchemy's per-call work.

The screen-pop is the one read a caller waits for, and claim-next the write eight agents race
for. On SQLite the pop's three statements take about 80 µs in the database; SQLAlchemy's
execution path (parameter processing, execution context, result metadata, events) added
about 60 µs to each. ``Prepared`` compiles a Core statement once per dialect into its SQL
text, parameter order and the per-column converters the column types define (aware UTC
datetimes, booleans, JSON), then runs it on the connection's own DB-API cursor, inside
whatever transaction (or autocommit) SQLAlchemy set up on that connection. Rows are named
tuples with the values ``Connection.execute`` would give; a driver error is wrapped the way
SQLAlchemy wraps it (a dropped connection invalidated, as SQLAlchemy does), so callers and
``Database._translate_errors`` see the usual types.
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Select
from sqlalchemy.sql.selectable import CompoundSelect

from console.storage.dialect import SQLITE
from console.storage.models import UTCDateTime

_Proc = Callable[[Any], Any]
_REQUIRED = object()  # a parameter the caller must give (bindparam without a value)


@dataclass(frozen=True)
class _Compiled:
    sql: str
    # (parameter name, converter or None, the value fixed in the statement or _REQUIRED)
    params: tuple[tuple[str, _Proc | None, Any], ...]
    # (column index, converter) for the columns whose type converts what the driver returns
    columns: tuple[tuple[int, _Proc], ...]
    row: Callable[..., Any]  # a named tuple of the statement's column names
    named: bool  # parameters by name (psycopg) or by position (sqlite3)


def _utc_from_sqlite_text(value: str | None) -> dt.datetime | None:
    """A UTC instant as SQLite stores it ("2026-12-05 04:20:00.123456", naive UTC)."""
    if value is None:
        return None
    # Parsing the offset is eight times faster than datetime.replace(tzinfo=…) afterwards.
    return dt.datetime.fromisoformat(value + "+00:00")


def _driver_error(conn: Connection) -> type[Exception]:
    """The driver's base error class (sqlite3.Error, psycopg.Error)."""
    return conn.dialect.loaded_dbapi.Error


class Prepared:
    """A SELECT (or UNION) built once, run many times; see the module docstring."""

    def __init__(self, statement: Select[Any] | CompoundSelect[Any]) -> None:
        self.statement = statement
        self._compiled: dict[str, _Compiled] = {}

    def _compile(self, dialect: Dialect) -> _Compiled:
        compiled = self.statement.compile(dialect=dialect)
        if compiled.insert_prefetch or compiled.update_prefetch:
            # Column defaults computed in Python (onupdate=…) are SQLAlchemy's execution work.
            raise ValueError("Prepared statements must set every column they write")
        if compiled.positiontup is not None:  # SQLite: qmark, in this order
            binds = [(n, compiled.binds[n]) for n in compiled.positiontup]
        else:  # psycopg: pyformat, by name
            binds = [(compiled.bind_names[b], b) for b in compiled.binds.values()]
        params = []
        for name, bind in binds:
            convert = bind.type.dialect_impl(dialect).bind_processor(dialect)
            fixed = _REQUIRED if bind.required or bind.callable else bind.value
            params.append((name, convert, fixed))
        columns = []
        for i, column in enumerate(self.statement.selected_columns):
            if isinstance(column.type, UTCDateTime) and dialect.name == SQLITE:
                # The same value as the type's two steps (text to naive, then UTC), in one.
                columns.append((i, _utc_from_sqlite_text))
                continue
            convert = column.type.dialect_impl(dialect).result_processor(dialect, None)
            if convert is not None:
                columns.append((i, convert))
        sql = str(compiled)
        if "POSTCOMPILE" in sql:
            raise ValueError("Prepared statements take no expanding (IN list) parameters")
        row = namedtuple("row", self.statement.selected_columns.keys(), rename=True)  # type: ignore[misc]
        named = compiled.positiontup is None
        return _Compiled(sql, tuple(params), tuple(columns), row._make, named)

    def all(self, conn: Connection, params: Mapping[str, Any]) -> list[Any]:
        """Every row, with the values ``Connection.execute`` would give, by position or by
        column name (``row.id``)."""
        compiled = self._compiled.get(conn.dialect.name)
        if compiled is None:
            compiled = self._compiled[conn.dialect.name] = self._compile(conn.dialect)
        values = []
        for name, convert, fixed in compiled.params:
            value = params[name] if fixed is _REQUIRED else params.get(name, fixed)
            values.append(convert(value) if convert is not None else value)
        args: Any = (
            dict(zip((p[0] for p in compiled.params), values, strict=True))
            if compiled.named
            else values
        )
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        cursor = dbapi.cursor()
        try:
            cursor.execute(compiled.sql, args)
            rows = cursor.fetchall() if cursor.description is not None else []
        except Exception as exc:
            base = _driver_error(conn)
            if not isinstance(exc, base):
                raise
            # As SQLAlchemy's own execution does: a connection the server dropped is invalidated
            # (the pool replaces it instead of handing the dead one out again), and says so.
            gone = conn.dialect.is_disconnect(cast(Any, exc), dbapi, cursor)
            error = DBAPIError.instance(
                compiled.sql, args, exc, base, connection_invalidated=gone, dialect=conn.dialect
            )
            if gone:
                conn.invalidate(exc)
            raise error from exc
        finally:
            cursor.close()
        make = compiled.row
        if not compiled.columns:
            return [make(row) for row in rows]
        out = []
        for row in rows:
            values = list(row)
            for i, convert in compiled.columns:
                values[i] = convert(values[i])
            out.append(make(values))
        return out
