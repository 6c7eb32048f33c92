"""Fixtures for the whole suite: an isolated environment per test, both databases, demo data.

Service tests take ``db_url`` (or ``db``), parametrised over SQLite and a real throwaway
PostgreSQL server started once per session; every test gets a fresh, migrated database
(a copied SQLite file, or a PostgreSQL database cloned from a migrated template).
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import psycopg
import pytest

from console.demo import build_demo
from console.storage.db import Database
from tests.support.memory_keyring import MemoryKeyring
from tests.support.pgserver import PgServer, find_bin_dir, start_server

DEMO_TEST_CUSTOMERS = 300
_ENV_VARS = ("AGENT_CONSOLE_DB", "AGENT_CONSOLE_REGION", "AGENT_CONSOLE_USER",
             "AGENT_CONSOLE_LANGUAGE")  # fmt: skip


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No test reads or writes the real user's data, settings, logs or keyring."""
    home = tmp_path / "home"
    for name, sub in (("DATA", "data"), ("CONFIG", "config"), ("LOG", "log")):
        d = home / sub
        d.mkdir(parents=True)
        monkeypatch.setenv(f"AGENT_CONSOLE_{name}_DIR", str(d))
    for var in _ENV_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.memory_keyring.MemoryKeyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield home
    keyring.set_keyring(previous)


# ---- PostgreSQL ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    if find_bin_dir() is None:
        message = (
            "PostgreSQL server binaries (initdb, pg_ctl) are not installed: "
            "apt-get install postgresql (or put pg_ctl on PATH) to run the PostgreSQL cases"
        )
        if os.environ.get("CI"):
            pytest.fail(message + " — CI must run them")
        pytest.skip(message)
    server = start_server()
    yield server
    server.destroy()


@pytest.fixture(scope="session")
def scram_server(pg_server: PgServer) -> Iterator[PgServer]:
    """A second throwaway server where every login needs its password (SCRAM), for team
    mode's login, wrong-password and secret-leak tests (the main one trusts every login)."""
    server = start_server(password="owner-" + os.urandom(6).hex())
    yield server
    server.destroy()


_counter = itertools.count()


def _admin_exec(server: PgServer, sql: str) -> None:
    with psycopg.connect(server.url().replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    """A migrated, empty database that each test's database is cloned from."""
    _admin_exec(pg_server, "CREATE DATABASE ac_template")
    db = Database(pg_server.url("ac_template"))
    db.upgrade()
    db.dispose()
    return "ac_template"


@pytest.fixture(scope="session")
def pg_demo_template(pg_server: PgServer, pg_template: str) -> str:
    _admin_exec(pg_server, f"CREATE DATABASE ac_demo_template TEMPLATE {pg_template}")
    db = Database(pg_server.url("ac_demo_template"))
    build_demo(db, DEMO_TEST_CUSTOMERS)
    db.dispose()
    return "ac_demo_template"


def _pg_clone(server: PgServer, template: str) -> str:
    name = f"t{os.getpid()}_{next(_counter)}"
    _admin_exec(server, f"CREATE DATABASE {name} TEMPLATE {template}")
    return server.url(name)


# ---- SQLite ----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    db.upgrade()
    db.dispose()
    return path


@pytest.fixture(scope="session")
def sqlite_demo_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    path = tmp_path_factory.mktemp("sqlite-demo") / "demo.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    build_demo(db, DEMO_TEST_CUSTOMERS)
    with db.engine.connect() as conn:  # fold the WAL into the file before it is copied
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def _sqlite_copy(template: Path, tmp_path: Path) -> str:
    path = tmp_path / "test.sqlite3"
    shutil.copy(template, path)
    return f"sqlite:///{path}"


# ---- what tests use --------------------------------------------------------------------------

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, migrated, empty database on each backend."""
    if backend == "sqlite":
        return _sqlite_copy(request.getfixturevalue("sqlite_template"), tmp_path)
    server = request.getfixturevalue("pg_server")
    return _pg_clone(server, request.getfixturevalue("pg_template"))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def demo_url_any(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh copy of the small demo database, on each backend."""
    if backend == "sqlite":
        return _sqlite_copy(request.getfixturevalue("sqlite_demo_template"), tmp_path)
    server = request.getfixturevalue("pg_server")
    return _pg_clone(server, request.getfixturevalue("pg_demo_template"))


@pytest.fixture
def pg_demo_url(pg_server: PgServer, pg_demo_template: str) -> str:
    """A fresh PostgreSQL copy of the small demo database."""
    return _pg_clone(pg_server, pg_demo_template)


@pytest.fixture
def demo_db(demo_url_any: str) -> Iterator[Database]:
    database = Database(demo_url_any)
    yield database
    database.dispose()


@pytest.fixture
def demo_db_url(sqlite_demo_template: Path, tmp_path: Path) -> str:
    """A fresh SQLite copy of the small demo database (widget tests)."""
    return _sqlite_copy(sqlite_demo_template, tmp_path)


@pytest.fixture
def empty_pg_url(pg_server: PgServer) -> str:
    """A PostgreSQL database with no schema at all."""
    name = f"e{os.getpid()}_{next(_counter)}"
    _admin_exec(pg_server, f"CREATE DATABASE {name}")
    return pg_server.url(name)
