"""Typo-tolerant name search: finds the customer, and answers the same on both databases."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from console.services.customers import CustomerService
from console.storage.db import Database
from console.storage.models import Customer
from console.text import (
    SWAP_WEIGHT,
    closest_words,
    fold,
    fuzzy_score,
    swaps,
    trigrams,
    word_similarity,
)
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


def demo_typos(db: Database) -> list[tuple[int, str]]:
    """(customer id, their name with a typo in the family name) for every demo customer: a
    letter left out, a letter doubled, and two neighbouring letters swapped."""
    with db.read() as conn:
        people = conn.execute(
            select(Customer.id, Customer.given_name, Customer.family_name).order_by(Customer.id)
        ).all()
    out = []
    for cid, given_name, family_name in people:
        given, family = fold(given_name), fold(family_name)
        i = len(family) // 2
        if given and len(family) >= 5:
            out.append((cid, f"{given} {family[:i]}{family[i + 1 :]}"))
            out.append((cid, f"{given} {family[:i]}{family[i]}{family[i:]}"))
        if given and len(family) >= 4 and family[i] != family[i + 1]:
            out.append((cid, f"{given} {family[:i]}{family[i + 1]}{family[i]}{family[i + 2 :]}"))
    return out


def test_every_demo_customer_is_found_by_their_name_with_a_typo(demo_db: Database) -> None:
    service = CustomerService(demo_db)
    typos = demo_typos(demo_db)
    missed = [(cid, typed) for cid, typed in typos
              if cid not in [r.id for r in service.find(typed, limit=50)]]  # fmt: skip
    assert len(typos) > 500
    assert missed == []


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
        typos = demo_typos(sqlite_db)
        assert typos == demo_typos(pg_db)
        for _cid, query in typos:
            on_sqlite = [r.id for r in CustomerService(sqlite_db).find(query, limit=50)]
            on_pg = [r.id for r in CustomerService(pg_db).find(query, limit=50)]
            assert on_sqlite == on_pg, query
    finally:
        sqlite_db.dispose()
        pg_db.dispose()


def test_scores_follow_pg_trgm_and_ignore_word_order() -> None:
    assert trigrams("cat") == {"  c", " ca", "cat", "at "}
    assert fuzzy_score("petrova olga", "olga petrova") == 1.0
    assert word_similarity("petorva", "petrova") == pytest.approx(4 / 12)  # pg_trgm's
    # ... but "petorva" is "petrova" with two letters swapped: that match is worth 0.8.
    assert fuzzy_score("petorva", "ольга петрова olga petrova") == pytest.approx(SWAP_WEIGHT)
    assert fuzzy_score("", "anything") == 0.0


def test_each_typed_word_is_matched_to_the_closest_words_of_the_vocabulary() -> None:
    vocabulary = ["olga", "olgas", "petrov", "petrova", "petrovic", "o'brien", "smith", "smyth"]
    # Typed as the vocabulary has it, a word is taken alone; others by similarity, best first
    # (petrova 0.8 through the swap "petrova", petrov 0.53 and petrovic 0.44 through it too);
    # a typed word with no close word is left out.
    assert closest_words(["olga", "petorva", "zzzz"], vocabulary, 0.3, 3) == [
        ["olga"], ["petrova", "petrov", "petrovic"],
    ]  # fmt: skip
    assert closest_words(["petorva"], vocabulary, 0.3, 1) == [["petrova"]]
    assert closest_words(["petorva"], vocabulary, 0.6, 3) == [["petrova"]]
    # Trigrams alone: "smtih" shares 2 of 10 with smith and with smyth, under 0.3 for both.
    assert word_similarity("smtih", "smith") == word_similarity("smtih", "smyth") == 0.2
    assert closest_words(["smtih"], vocabulary, 0.3, 3) == [["smith"]]
    assert closest_words(["o'brein"], vocabulary, 0.3, 3) == [["o'brien"]]
    assert closest_words(["brien"], vocabulary, 0.3, 3) == [["o'brien"]]  # through a part


def test_swaps_are_each_pair_of_neighbouring_letters_swapped_once() -> None:
    assert swaps("smtih") == ["mstih", "stmih", "smith", "smthi"]
    assert swaps("anna") == ["nana", "anan"]  # swapping a double letter changes nothing
    assert swaps("a") == []


def test_a_short_name_with_two_letters_swapped_finds_the_customer(demo_db: Database) -> None:
    """The slip trigrams judge worst: "tmam" shares no three-letter run with "tamm", and
    "smtih" a fifth of its trigrams with "smith"; both found nobody before swaps counted."""
    service = CustomerService(demo_db)
    tamm = service.find("tmam", limit=10)
    assert 5 in [r.id for r in tamm]  # Kadri Tamm
    assert all(r.full_name.endswith(" Tamm") and r.matched_by == "similar name" for r in tamm)
    smith = service.find("smtih", limit=50)
    assert len(smith) >= 3 and all(r.full_name.endswith(" Smith") for r in smith)
