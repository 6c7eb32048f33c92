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


# The words of a name_key as SQLite can split them inside a trigger (no recursive CTE there):
# the key made a JSON array of its space-separated words, read back by json_each. A key with
# a control character is not valid JSON and adds no word; PostgreSQL skips those keys too.
def _sqlite_words_of(column: str) -> str:
    array = (
        f"""'["' || replace(replace(replace({column}, '\\', '\\\\'), '"', '\\"'), ' ', '","')"""
        """ || '"]'"""
    )
    return f"json_each(CASE WHEN json_valid({array}) THEN {array} ELSE '[]' END)"


_SQLITE_ADD_WORDS = (
    "INSERT INTO name_words (word) SELECT DISTINCT j.value FROM {words} AS j "
    "WHERE j.value <> '' AND NOT EXISTS (SELECT 1 FROM name_words v WHERE v.word = j.value)"
)
# Statement-level on PostgreSQL: a COPY of a million customers adds its words in one query,
# not a million. SECURITY DEFINER: team logins need only SELECT on the vocabulary.
_PG_ADD_WORDS_FUNCTION = """
CREATE FUNCTION console_add_name_words() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  INSERT INTO name_words (word)
  SELECT DISTINCT w.word
  FROM written_names n, unnest(string_to_array(n.name_key, ' ')) AS w(word)
  WHERE w.word <> '' AND n.name_key !~ '[\\x01-\\x1f]'
    AND NOT EXISTS (SELECT 1 FROM name_words v WHERE v.word = w.word);
  RETURN NULL;
END $$
"""
_PG_NAME_WORDS_STATISTICS = 1000


def create_name_vocabulary(conn: Connection) -> None:
    """The vocabulary of name words (table ``name_words``, already created) with its trigram
    index and the triggers that keep it, filled from the customers there are.

    Triggers rather than code in each write path (import, edit, new caller, CRM cache, demo
    and benchmark bulk loads): nothing that writes customers can forget it. Words are only
    ever added: counting customers per word would make every new customer lock its common
    words ("maria") until commit, and an import, all or nothing in one transaction, would
    hold those locks for its whole length; a word nobody has any more finds nobody.
    """
    if conn.dialect.name == SQLITE:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE name_words_fts USING fts5(word, content='name_words', "
            "content_rowid='id', tokenize='trigram case_sensitive 1')"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER name_words_fts_ai AFTER INSERT ON name_words BEGIN "
            "INSERT INTO name_words_fts(rowid, word) VALUES (new.id, new.word); END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER name_words_fts_ad AFTER DELETE ON name_words BEGIN "
            "INSERT INTO name_words_fts(name_words_fts, rowid, word) "
            "VALUES ('delete', old.id, old.word); END"
        )
        conn.exec_driver_sql(
            _SQLITE_ADD_WORDS.format(words=f"customers c, {_sqlite_words_of('c.name_key')}")
        )
        add = _SQLITE_ADD_WORDS.format(words=_sqlite_words_of("new.name_key"))
        conn.exec_driver_sql(
            f"CREATE TRIGGER customers_words_ai AFTER INSERT ON customers BEGIN {add}; END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER customers_words_au AFTER UPDATE OF name_key ON customers "
            f"BEGIN {add}; END"
        )
    else:
        conn.exec_driver_sql(
            "CREATE INDEX ix_name_words_trgm ON name_words USING gin (word gin_trgm_ops)"
        )
        conn.exec_driver_sql(_PG_ADD_WORDS_FUNCTION)
        for event_name in ("INSERT", "UPDATE"):
            conn.exec_driver_sql(
                f"CREATE TRIGGER customers_words_{event_name.lower()} AFTER {event_name} "
                "ON customers REFERENCING NEW TABLE AS written_names FOR EACH STATEMENT "
                "EXECUTE FUNCTION console_add_name_words()"
            )
        conn.exec_driver_sql(
            "INSERT INTO name_words (word) SELECT DISTINCT w.word "
            "FROM customers c, unnest(string_to_array(c.name_key, ' ')) AS w(word) "
            "WHERE w.word <> '' AND c.name_key !~ '[\\x01-\\x1f]'"
        )
        # Typo search asks for the customers holding a word, lowest ids first: with the
        # default sample a word in 1 % of a million names was estimated at 93 rows, and the
        # plan read all 12,000 of them (38 ms) instead of walking ids until it had enough.
        conn.exec_driver_sql(
            "ALTER TABLE customers ALTER COLUMN name_key "
            f"SET STATISTICS {_PG_NAME_WORDS_STATISTICS}"
        )
        conn.exec_driver_sql("ANALYZE customers")
        conn.exec_driver_sql("ANALYZE name_words")


def drop_name_vocabulary(conn: Connection) -> None:
    if conn.dialect.name == SQLITE:
        for trig in ("customers_words_ai", "customers_words_au", "name_words_fts_ai",
                     "name_words_fts_ad"):  # fmt: skip
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trig}")
        conn.exec_driver_sql("DROP TABLE IF EXISTS name_words_fts")
    else:
        for trig in ("customers_words_insert", "customers_words_update"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trig} ON customers")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS console_add_name_words()")
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_name_words_trgm")
        conn.exec_driver_sql("ALTER TABLE customers ALTER COLUMN name_key SET STATISTICS -1")


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


def fixed_limit(rows: int) -> ColumnElement[int]:
    """A LIMIT written into the SQL (``LIMIT 1``), not bound as a parameter.

    PostgreSQL plans a prepared statement for its parameters five times, then keeps one
    generic plan if that plan's estimated cost is no worse than theirs. A bound LIMIT is
    unknown to a generic plan, which then assumes a tenth of the rows are wanted: claim-next's
    generic plan was estimated at 5,041 against 607 for the custom ones, so PostgreSQL planned
    the statement afresh at every claim, half of a claim's time on the server (0.7 of 1.4 ms at
    1,000,000 callbacks). Only for the program's own row counts.
    """
    return literal_column(str(int(rows)))


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


# How many customers typo-tolerant search hands to its scorer (console.text.fuzzy_score).
FUZZY_CANDIDATES = 200


def name_words_with_grams(conn: Connection, grams: Sequence[str]) -> list[str]:
    """The vocabulary's words (``name_words``) containing any of ``grams`` (three characters
    each), as a sorted list: exactly the same words on both databases.

    SQLite asks a case-sensitive FTS5 trigram index (a three-character phrase is one
    trigram), PostgreSQL ORs LIKEs over a pg_trgm GIN index; both test plain substrings.
    """
    if not grams:
        return []
    params: dict[str, Any] = {}
    if conn.dialect.name == SQLITE:
        params["match"] = " OR ".join('"' + g.replace('"', '""') + '"' for g in grams)
        sql = (
            "SELECT DISTINCT w.word FROM name_words_fts f JOIN name_words w ON w.id = f.rowid "
            "WHERE name_words_fts MATCH :match"
        )
    else:
        likes = []
        for i, gram in enumerate(grams):
            params[f"g{i}"] = f"%{_like_escape(gram)}%"
            likes.append(f"word LIKE :g{i} ESCAPE '\\'")
        sql = f"SELECT DISTINCT word FROM name_words WHERE {' OR '.join(likes)}"
    return sorted(str(row[0]) for row in conn.execute(text(sql), params))


def customers_with_name_words(
    conn: Connection, groups: Sequence[Sequence[str]], limit: int
) -> list[tuple[int, str]]:
    """(id, name_key) of customers whose name_key contains, for every group, one of its
    words (as a substring), lowest ids first, at most ``limit``.

    Lowest ids first, not by name: both indexes hand matches over in id order and stop at
    the limit, where ordering by name had to read and sort every match (a family name of the
    demo data is held by 6,000-24,000 of a million customers: 48 ms median on SQLite). The
    same rows on both databases.
    """
    groups = [list(g) for g in groups if g]
    if not groups:
        return []
    params: dict[str, Any] = {"limit": limit}
    where = []
    for i, group in enumerate(groups):
        alternatives = []
        for j, word in enumerate(group):
            name = f"w{i}_{j}"
            if conn.dialect.name == SQLITE:
                params[name] = word
                alternatives.append(f"instr(c.name_key, :{name}) > 0")
            else:
                params[name] = f"%{_like_escape(word)}%"
                alternatives.append(f"c.name_key LIKE :{name} ESCAPE '\\'")
        where.append("(" + " OR ".join(alternatives) + ")")
    if conn.dialect.name == SQLITE:
        # The FTS5 query finds the rows (its own case folding may find a few more); instr()
        # keeps exactly those whose key holds the words, as PostgreSQL's LIKE does.
        params["match"] = " AND ".join(
            "(" + " OR ".join('"' + w.replace('"', '""') + '"' for w in group) + ")"
            for group in groups
        )
        sql = (
            "SELECT c.id, c.name_key FROM customer_name_fts f "
            "JOIN customers c ON c.id = f.rowid "
            f"WHERE customer_name_fts MATCH :match AND {' AND '.join(where)} "
            "ORDER BY f.rowid LIMIT :limit"
        )
    else:
        sql = (
            f"SELECT c.id, c.name_key FROM customers c WHERE {' AND '.join(where)} "
            "ORDER BY c.id LIMIT :limit"
        )
    return [(int(r[0]), str(r[1])) for r in conn.execute(text(sql), params)]


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
