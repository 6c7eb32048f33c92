"""The vocabulary of name words behind typo-tolerant search (migration 0010): every way a
customer is written keeps it, on both databases, and an existing database is filled when it
is upgraded."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import insert, select, update

from console.demo import build_demo
from console.importer import import_customers
from console.services.customer_edit import CustomerDraft, CustomerEditService
from console.services.customers import CustomerService
from console.storage.db import MIGRATIONS_DIR, Database
from console.storage.models import Customer, NameWord
from console.text import name_key

DRAFT = CustomerDraft(
    full_name="Zbigniew Brzęczyszczykiewicz",
    time_zone="Europe/Warsaw",
    country="PL",
    language="pl",
    phones=(("+48 601 000 111", "mobile"),),
)


def vocabulary(db: Database) -> set[str]:
    with db.read() as conn:
        return set(conn.scalars(select(NameWord.word)))


def words_of_every_name(db: Database) -> set[str]:
    with db.read() as conn:
        return {w for key in conn.scalars(select(Customer.name_key)) for w in key.split(" ")}


def similar(db: Database, typed: str) -> list[int]:
    found = CustomerService(db).find(typed, limit=50)
    assert all(r.matched_by == "similar name" for r in found), typed
    return [r.id for r in found]


def test_a_new_caller_is_found_by_a_typo_of_their_name(db: Database) -> None:
    cid = CustomerEditService(db).create(DRAFT, None)
    assert {"zbigniew", "brzeczyszczykiewicz"} <= vocabulary(db)
    assert similar(db, "zbigniew brzeczyszczykiwicz") == [cid]
    assert similar(db, "Brzęczyszczykewicz") == [cid]


def test_a_renamed_customer_is_found_by_the_new_name_and_no_longer_by_the_old(
    db: Database,
) -> None:
    editor = CustomerEditService(db)
    cid = editor.create(DRAFT, None)
    other = editor.create(dataclasses.replace(DRAFT, full_name="Anna Kowalska", phones=()), None)
    assert similar(db, "brzeczyszczykiwicz") == [cid]
    editor.update(cid, 1, dataclasses.replace(DRAFT, full_name="Zbigniew Wiśniewski"), None)
    assert similar(db, "wisniewksi") == [cid]
    # The old word stays in the vocabulary (it is append-only) and finds nobody.
    assert "brzeczyszczykiewicz" in vocabulary(db)
    assert similar(db, "brzeczyszczykiwicz") == []
    assert similar(db, "kowalksa") == [other]


def test_imported_customers_are_found_by_typos(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    path.write_text(
        "account_no,full_name,phone,time_zone,country\n"
        "AB-1,Ольга Петрова,+7 916 555-12-34,Europe/Moscow,RU\n"
        '"AB-2","Wilson, Emma",07700 900123,Europe/London,GB\n'
        "AB-3,Siobhán O'Brien,+353 85 123 4567,Europe/Dublin,IE\n",
        encoding="utf-8",
    )
    assert import_customers(db, path).imported == 3
    assert words_of_every_name(db) == vocabulary(db)
    with db.read() as conn:
        ids = dict(conn.execute(select(Customer.account_no, Customer.id)).tuples().all())
    assert similar(db, "petorva") == [ids["AB1"]]
    assert similar(db, "Ольга Петорва") == [ids["AB1"]]
    assert similar(db, "emma wilsn") == [ids["AB2"]]
    # Vocabulary words are split on spaces only, as typed words are: "o'brein" meets
    # "o'brien", and "obrien" (no apostrophe) still comes close enough.
    assert similar(db, "o'brein") == [ids["AB3"]]
    assert similar(db, "siobhan obrien") == [ids["AB3"]]


def test_every_name_of_the_demo_data_is_in_the_vocabulary(demo_db: Database) -> None:
    """The demo (and the benchmark) load customers in bulk: COPY on PostgreSQL, executemany
    on SQLite; the triggers fill the vocabulary either way."""
    assert vocabulary(demo_db) == words_of_every_name(demo_db)


def test_a_name_with_a_control_character_adds_no_word_on_either_database(db: Database) -> None:
    """SQLite splits names in its trigger through JSON, which refuses control characters;
    PostgreSQL skips those names too, so both vocabularies stay the same."""
    with db.write() as conn:
        conn.execute(insert(Customer).values(
            account_no="AC1", full_name="Odd\x01Name Person", name_key="odd\x01name person",
            time_zone="UTC", country="EE", language="et", tags=[], custom_fields={},
        ))  # fmt: skip
    assert vocabulary(db) == set()
    with db.write() as conn:
        conn.execute(update(Customer).values(full_name="Odd Person", name_key="odd person"))
    assert vocabulary(db) == {"odd", "person"}


# ---- the migration on a database that already has customers ----------------------------------


def _migrate(db: Database, revision: str, *, down: bool = False) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn.execution_options(write=True)
        (command.downgrade if down else command.upgrade)(cfg, revision)
        conn.commit()


@pytest.fixture
def empty_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'old.sqlite3'}"
    return str(request.getfixturevalue("empty_pg_url"))


def test_upgrading_a_database_with_customers_fills_the_vocabulary(empty_url: str) -> None:
    db = Database(empty_url)
    try:
        _migrate(db, "0009")
        assert not db.has_table("name_words")
        build_demo(db, 60)
        _migrate(db, "head")
        names = words_of_every_name(db)
        assert len(names) > 60 and vocabulary(db) == names
        with db.read() as conn:
            cid, family = conn.execute(
                select(Customer.id, Customer.family_name)
                .where(Customer.family_name.like("_______%"))
                .order_by(Customer.id)
            ).first() or (0, "")
        typed = name_key(family)[:-2] + name_key(family)[-1]  # the last but one letter left out
        assert cid in similar(db, typed)
        # Written after the upgrade: the triggers keep it.
        new = CustomerEditService(db).create(DRAFT, None)
        assert similar(db, "brzeczyszczykiwicz") == [new]
        # And back: the vocabulary goes, typo search of 0009's code is not there to use it,
        # but a second upgrade fills it again.
        _migrate(db, "0009", down=True)
        assert not db.has_table("name_words")
        _migrate(db, "head")
        assert vocabulary(db) == words_of_every_name(db)
    finally:
        db.dispose()
