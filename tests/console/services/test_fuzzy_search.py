"""Typo-tolerant name search: finds the customer, and answers the same on both databases."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.services.customers import CustomerService
from console.storage.db import Database
from console.text import fuzzy_score, trigrams
from tests.conftest import _pg_clone, _sqlite_copy
from tests.support.pgserver import PgServer

TYPOS = ["olga petorva", "petorva", "emma wilsn", "wilsn", "مریم رضاعی", "สมชาย ใจดื", "tamn",
         "jonson", "ivanva", "kadri tamn"]  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "customer_id"),
    [("olga petorva", 1), ("Ольга Петорва", 1), ("emma wilsn", 4), ("مریم رضاعی", 3),
     ("สมชาย ใจดื", 2), ("kadri tamn", 5)],
)  # fmt: skip
def test_a_mistyped_name_still_finds_the_customer(
    demo_db: Database, typed: str, customer_id: int
) -> None:
    found = CustomerService(demo_db).find(typed, limit=10)
    assert customer_id in [r.id for r in found]
    assert all(r.matched_by == "similar name" for r in found)


def test_exact_matches_are_never_mixed_with_look_alikes(demo_db: Database) -> None:
    found = CustomerService(demo_db).find("wilson", limit=50)
    assert found and {r.matched_by for r in found} == {"name"}


def test_nonsense_finds_nobody(demo_db: Database) -> None:
    assert CustomerService(demo_db).find("qwxz zzqv") == []
    assert CustomerService(demo_db).find("xyz") == []  # too short to guess at


@pytest.mark.postgres
def test_both_databases_give_the_same_fuzzy_answers(
    sqlite_demo_template: Path, pg_server: PgServer, pg_demo_template: str, tmp_path: Path
) -> None:
    sqlite_db = Database(_sqlite_copy(sqlite_demo_template, tmp_path))
    pg_db = Database(_pg_clone(pg_server, pg_demo_template))
    try:
        for query in TYPOS:
            on_sqlite = [r.id for r in CustomerService(sqlite_db).find(query, limit=20)]
            on_pg = [r.id for r in CustomerService(pg_db).find(query, limit=20)]
            assert on_sqlite == on_pg, query
            assert on_sqlite, query
    finally:
        sqlite_db.dispose()
        pg_db.dispose()


def test_scores_follow_pg_trgm_and_ignore_word_order() -> None:
    assert trigrams("cat") == {"  c", " ca", "cat", "at "}
    assert fuzzy_score("petrova olga", "olga petrova") == 1.0
    assert fuzzy_score("petorva", "ольга петрова olga petrova") == pytest.approx(4 / 12)
    assert fuzzy_score("", "anything") == 0.0
