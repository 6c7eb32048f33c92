"""Every SQLite/PostgreSQL difference lives here, behind functions named for what they do."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, event, func, literal_column, text
from sqlalchemy.exc import DBAPIError, DisconnectionError

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
# FTS5's trigram tokenizer (and pg_trgm) index three-character runs; shorter words scan.
TRIGRAM = 3


# A pooled connection back in use within this many seconds is trusted; one idle longer is
# pinged first (a server restart or a dropped network is found before the agent's query, not
# by it). Pinging on every checkout, as ``pool_pre_ping`` does, costs a round trip per
# transaction: with eight agents claiming on one server that was an eighth of a claim's time.
IDLE_PING_S = 10.0


def ping_idle_connections(engine: Engine) -> None:
    """Ping a pooled PostgreSQL connection on checkout only when it has been idle a while."""

    @event.listens_for(engine, "checkin")
    def _returned(dbapi_conn: Any, record: Any) -> None:
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check(dbapi_conn: Any, record: Any, proxy: Any) -> None:
        returned = record.info.get("returned_at")
        if returned is None or time.monotonic() - returned < IDLE_PING_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_conn)
        except Exception:  # any failure means "reconnect"
            alive = False
        if not alive:
            raise DisconnectionError("a pooled connection went away while idle")


def configure_engine(engine: Engine) -> None:
    """Per-connection settings: SQLite gets WAL, foreign keys and explicit transactions."""
    if engine.dialect.name != SQLITE:
        return

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (see _on_begin).
        dbapi_conn.isolation_level = None
        # Unicode-aware lower() for contains_text (SQLite's own folds ASCII only).
        dbapi_conn.create_function("console_lower", 1, _py_lower, deterministic=True)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writes that must not race take the write lock up front (no lock upgrade deadlocks).
        immediate = conn.get_execution_options().get("write", False)
        sql = "BEGIN IMMEDIATE" if immediate else "BEGIN"
        # On the driver's connection: through exec_driver_sql this cost a third of a
        # screen-pop's Python time; a failure is wrapped as SQLAlchemy would have wrapped it.
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        try:
            dbapi.execute(sql)
        except sqlite3.Error as exc:
            raise DBAPIError.instance(sql, (), exc, sqlite3.Error, dialect=conn.dialect) from exc


# ---- schema objects the ORM metadata cannot express --------------------------------------


def create_name_search(conn: Connection) -> None:
    """The index behind substring name search: FTS5 trigram on SQLite, pg_trgm on PostgreSQL."""
    if conn.dialect.name == SQLITE:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE customer_name_fts USING fts5("
            "name_key, content='customers', content_rowid='id', tokenize='trigram')"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers BEGIN "
            "INSERT INTO customer_name_fts(rowid, name_key) VALUES (new.id, new.name_key); END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers BEGIN "
            "INSERT INTO customer_name_fts(customer_name_fts, rowid, name_key) "
            "VALUES ('delete', old.id, old.name_key); END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER customers_fts_au AFTER UPDATE OF name_key ON customers BEGIN "
            "INSERT INTO customer_name_fts(customer_name_fts, rowid, name_key) "
            "VALUES ('delete', old.id, old.name_key); "
            "INSERT INTO customer_name_fts(rowid, name_key) VALUES (new.id, new.name_key); END"
        )
    else:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        conn.exec_driver_sql(
            "CREATE INDEX ix_customers_name_trgm ON customers USING gin (name_key gin_trgm_ops)"
        )


def drop_name_search(conn: Connection) -> None:
    if conn.dialect.name == SQLITE:
        for trig in ("customers_fts_ai", "customers_fts_ad", "customers_fts_au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trig}")
        conn.exec_driver_sql("DROP TABLE IF EXISTS customer_name_fts")
    else:
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_customers_name_trgm")


def create_append_only_guard(conn: Connection, table: str) -> None:
    """Make the database itself refuse UPDATE and DELETE on an audit table."""
    message = f"{table} is append-only"
    if conn.dialect.name == SQLITE:
        for op in ("UPDATE", "DELETE"):
            conn.exec_driver_sql(
                f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
    else:
        conn.exec_driver_sql(
            f"CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{message}'; END $$"
        )
        conn.exec_driver_sql(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()"
        )
        conn.exec_driver_sql(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_append_only()"
        )


def drop_append_only_guard(conn: Connection, table: str) -> None:
    if conn.dialect.name == SQLITE:
        for op in ("update", "delete"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_no_{op}")
    else:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {table}_append_only()")


def add_reference_column(
    conn: Connection, table: str, column: str, ref_table: str, constraint: str
) -> None:
    """A nullable integer column referencing ``ref_table.id``, added in place.

    SQLite can add a column with an inline REFERENCES clause but not a named constraint, and
    Alembic's batch mode would rebuild the table instead (slow, and it drops triggers).
    """
    if conn.dialect.name == SQLITE:
        conn.exec_driver_sql(
            f"ALTER TABLE {table} ADD COLUMN {column} INTEGER REFERENCES {ref_table}(id)"
        )
    else:
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER")
        conn.exec_driver_sql(
            f"ALTER TABLE {table} ADD CONSTRAINT {constraint} "
            f"FOREIGN KEY ({column}) REFERENCES {ref_table}(id)"
        )


# ---- queries ---------------------------------------------------------------------------------


def constant(value: str) -> ColumnElement[str]:
    """A fixed word (a state, an empty text) written into the SQL, not bound as a parameter.

    SQLite re-prepares a statement at every execution when a bound parameter is compared with
    a column that a partial index's WHERE names (``transfers.state = ?`` against
    ``ix_transfers_offered … WHERE state = 'offered'``): binding it expires the statement, in
    case the new value lets the partial index be used. That cost 90 µs of a 130 µs screen-pop
    at 1,000,000 customers. Only for the program's own constants, never for user input.
    """
    return literal_column("'" + value.replace("'", "''") + "'")


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_customer_ids_by_name(conn: Connection, key: str, limit: int) -> Sequence[int]:
    """Customers whose folded name contains every word of ``key`` (any order), by name.

    Both databases return the same rows: every word must occur as a substring of name_key.
    SQLite answers from the FTS5 trigram index, PostgreSQL from the pg_trgm GIN index; words
    shorter than three characters are checked with LIKE on the rows the index found.
    """
    words = [w for w in key.split() if w]
    if not words:
        return []
    long_words = [w for w in words if len(w) >= TRIGRAM]
    params: dict[str, Any] = {"limit": limit}
    likes = []
    for i, word in enumerate(words):
        params[f"w{i}"] = f"%{_like_escape(word)}%"
        likes.append(f"c.name_key LIKE :w{i} ESCAPE '\\'")
    where = " AND ".join(likes)
    if conn.dialect.name == SQLITE and long_words:
        params["match"] = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
        sql = (
            "SELECT c.id FROM customer_name_fts f JOIN customers c ON c.id = f.rowid "
            f"WHERE customer_name_fts MATCH :match AND {where} "
            "ORDER BY c.name_key, c.id LIMIT :limit"
        )
    else:
        sql = f"SELECT c.id FROM customers c WHERE {where} ORDER BY c.name_key, c.id LIMIT :limit"
    return [row[0] for row in conn.execute(text(sql), params)]


def contains_text(
    conn: Connection, column: ColumnElement[str], pattern: ColumnElement[str]
) -> ColumnElement[bool]:
    """``column LIKE pattern`` ignoring case in any script, the same on both databases.

    ``pattern`` is a LIKE pattern escaped with a backslash (``%``, ``_`` and ``\\`` taken
    literally). PostgreSQL's lower() folds every script in a UTF-8 database whose LC_CTYPE is
    not plain "C"; SQLite's folds ASCII only, so on SQLite the same SQL calls Python's
    ``str.lower``, registered on every connection by ``configure_engine``.
    """
    lower: Any = func.console_lower if conn.dialect.name == SQLITE else func.lower
    return lower(column).like(lower(pattern), escape="\\")  # type: ignore[no-any-return]


def _py_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


# How many candidates the trigram index hands to the fuzzy scorer (console.text.fuzzy_score).
FUZZY_CANDIDATES = 200
# pg_trgm word similarity a candidate needs on PostgreSQL; low, the scorer decides.
_PG_WORD_SIMILARITY = 0.3


def fuzzy_name_candidates(conn: Connection, key: str) -> Sequence[tuple[int, str]]:
    """(id, name_key) of names sharing trigrams with a mistyped query, best first.

    Candidates only: both databases' rows go through the same Python scorer, so both answer
    the same customers in the same order. PostgreSQL uses pg_trgm's word similarity (``<%``,
    GIN-indexed); SQLite asks FTS5 for names holding any of the query's trigrams, by bm25.
    """
    if conn.dialect.name == SQLITE:
        grams = sorted({w[i : i + 3] for w in key.split() for i in range(len(w) - 2)})
        if not grams:
            return []
        match = " OR ".join('"' + g.replace('"', '""') + '"' for g in grams)
        rows = conn.execute(
            text(
                "SELECT c.id, c.name_key FROM customer_name_fts f "
                "JOIN customers c ON c.id = f.rowid "
                "WHERE customer_name_fts MATCH :match ORDER BY f.rank LIMIT :n"
            ),
            {"match": match, "n": FUZZY_CANDIDATES},
        )
    else:
        conn.execute(
            text("SELECT set_config('pg_trgm.word_similarity_threshold', :t, true)"),
            {"t": str(_PG_WORD_SIMILARITY)},
        )
        rows = conn.execute(
            text(
                "SELECT id, name_key FROM customers WHERE :q <% name_key "
                "ORDER BY :q <<-> name_key, id LIMIT :n"
            ),
            {"q": key, "n": FUZZY_CANDIDATES},
        )
    return [(int(r[0]), str(r[1])) for r in rows]


# ---- live changes ----------------------------------------------------------------------------

CHANGES_CHANNEL = "agent_console"


def announce(conn: Connection, topic: str, **ids: int | None) -> None:
    """Tell other consoles that something changed, when this transaction commits.

    PostgreSQL: NOTIFY on one channel (delivered at commit, dropped on rollback), carrying
    only the topic and ids so clients fetch what changed. SQLite has no server to notify:
    consoles poll the (local, cheap) tables instead.
    """
    if conn.dialect.name != POSTGRESQL:
        return
    import json

    payload = json.dumps({"topic": topic, **{k: v for k, v in ids.items() if v is not None}})
    conn.execute(text("SELECT pg_notify(:channel, :payload)"),
                 {"channel": CHANGES_CHANNEL, "payload": payload})  # fmt: skip
