"""The demo data: enough to play every scenario, in many scripts and zones."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import func, select

from console.demo import DISRUPTED_VOYAGE, build_demo
from console.errors import UserFacingError
from console.storage.db import Database
from console.storage.models import Customer, Interaction, User


def test_demo_has_what_the_scenarios_need(db: Database) -> None:
    summary = build_demo(db, 2000)
    assert summary.customers == 2000
    assert summary.interactions >= 20_000
    with db.read() as conn:
        zones = set(conn.scalars(select(Customer.time_zone)))
        countries = set(conn.scalars(select(Customer.country)))
        languages = Counter(conn.scalars(select(Customer.language)))
        oldest, newest = conn.execute(
            select(func.min(Interaction.started_at), func.max(Interaction.started_at))
        ).one()
        roles = Counter(conn.scalars(select(User.role)))
        fields = list(conn.scalars(select(Customer.custom_fields)))
        thai = conn.scalar(select(func.count()).where(Customer.full_name.like("%สม%")))
    assert len(zones) >= 8
    assert len(countries) >= 5
    assert {"en", "th", "ru", "fa"} <= set(languages)
    assert newest - oldest > dt.timedelta(days=700)
    assert roles["agent"] >= 10 and roles["supervisor"] >= 2 and roles["admin"] >= 1
    affected = sum(1 for f in fields if f.get("voyage") == DISRUPTED_VOYAGE)
    assert 200 <= affected <= 500  # "a few hundred"
    assert affected == summary.affected
    assert thai and thai > 0


def test_demo_is_the_same_for_the_same_seed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC)
    dumps = []
    for i in range(2):
        db = Database(f"sqlite:///{tmp_path / f'{i}.sqlite3'}")
        db.upgrade()
        build_demo(db, 50, seed=3, now=now)
        with db.read() as conn:
            dumps.append(conn.execute(select(Customer.full_name, Customer.custom_fields)).all())
        db.dispose()
    assert dumps[0] == dumps[1]


def test_demo_refuses_a_database_that_has_customers(db: Database) -> None:
    build_demo(db, 20)
    with pytest.raises(UserFacingError, match="already has 20 customers"):
        build_demo(db, 20)


def test_demo_reports_progress_to_the_end(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    build_demo(db, 25, progress=lambda done, total, stage: seen.append((done, total)))
    assert seen[0] == (0, 25) and seen[-1] == (25, 25)


def test_ids_continue_after_bulk_load(db: Database) -> None:
    """Bulk load writes explicit ids; a later ordinary insert must not collide with them."""
    build_demo(db, 30)
    with db.session() as s:
        c = Customer(account_no="NEW1", full_name="New Person", name_key="new person",
                     time_zone="UTC", country="EE")  # fmt: skip
        s.add(c)
        s.flush()
        assert c.id == 31
