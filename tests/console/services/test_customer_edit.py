"""Creating and editing customers: every field checked, no silent overwrite, all audited."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from console.errors import ConflictError, FieldErrors
from console.services.customer_edit import CustomerDraft, CustomerEditService
from console.services.customers import CustomerService
from console.storage.db import Database
from console.storage.models import Event, User

DRAFT = CustomerDraft(
    full_name="  Maryam   Rezaei ",
    time_zone="Asia/Tehran",
    country="ir",
    language="fa",
    phones=(("0912 000 1122", "mobile"), ("+98 21 5555 0000", "home")),
    emails=("maryam@example.ir",),
    tags=("VIP",),
    custom_fields=(("booking", "IR1234"),),
)


def agent(db: Database, name: str = "dana") -> int:
    with db.read() as conn:
        uid = conn.scalar(select(User.id).where(User.username == name))
    assert uid is not None
    return int(uid)


def test_new_caller_is_created_searchable_and_audited(demo_db: Database) -> None:
    editor = CustomerEditService(demo_db)
    cid = editor.create(DRAFT, agent(demo_db))
    card = CustomerService(demo_db).card(cid)
    assert card.full_name == "Maryam Rezaei"
    assert card.country == "IR" and card.time_zone == "Asia/Tehran"
    assert [p.e164 for p in card.phones] == ["+989120001122", "+982155550000"]
    assert card.phones[0].primary and card.phones[0].typed == "0912 000 1122"
    assert card.account_no.startswith("AC") and card.version == 1
    assert CustomerService(demo_db).find("+98 912 000 1122")[0].id == cid
    with demo_db.read() as conn:
        actions = conn.execute(
            select(Event.action, Event.actor_id).where(Event.entity == "customer")
        ).all()
    assert [tuple(a) for a in actions] == [("created", agent(demo_db))]


def test_every_bad_field_is_named_at_once(db: Database) -> None:
    bad = dataclasses.replace(
        DRAFT, full_name=" ", time_zone="Tehran", country="XX", language="Farsi!",
        phones=(("12", "mobile"),), emails=("not-an-email",),
    )  # fmt: skip
    with pytest.raises(FieldErrors) as info:
        CustomerEditService(db).create(bad, None)
    assert set(info.value.errors) == {
        "full_name", "time_zone", "country", "language", "phones", "emails"
    }  # fmt: skip
    assert "Asia/Tehran" in info.value.errors["time_zone"]


def test_edit_saves_and_bumps_the_version(demo_db: Database) -> None:
    editor = CustomerEditService(demo_db)
    card = CustomerService(demo_db).card(3)  # مریم رضایی
    draft = dataclasses.replace(
        DRAFT, full_name=card.full_name, phones=(("+98 912 345 6789", "mobile"),),
        emails=("new@example.ir",), do_not_call=True,
    )  # fmt: skip
    version = editor.update(3, card.version, draft, agent(demo_db))
    after = CustomerService(demo_db).card(3)
    assert version == after.version == card.version + 1
    assert after.emails == ("new@example.ir",) and after.do_not_call
    assert "do not call" in after.tags


def test_stale_edit_is_refused_naming_who_changed_it(demo_db: Database) -> None:
    editor = CustomerEditService(demo_db)
    card = CustomerService(demo_db).card(1)
    base = dataclasses.replace(
        DRAFT, full_name=card.full_name, time_zone=card.time_zone, country=card.country,
        phones=tuple((p.typed, p.label) for p in card.phones),
    )  # fmt: skip
    editor.update(
        1, card.version, dataclasses.replace(base, tags=("first",)), agent(demo_db, "irina")
    )
    with pytest.raises(ConflictError) as info:
        editor.update(1, card.version, dataclasses.replace(base, tags=("second",)), agent(demo_db))
    assert "Irina Volkova" in str(info.value) and "reload" in str(info.value)
    assert info.value.current_version == card.version + 1
    assert CustomerService(demo_db).card(1).tags == ("first",)


def test_duplicate_account_number_is_a_field_error(demo_db: Database) -> None:
    taken = CustomerService(demo_db).card(1).account_no
    with pytest.raises(FieldErrors, match="belongs to another customer"):
        CustomerEditService(demo_db).create(
            dataclasses.replace(DRAFT, account_no=taken.lower()), None
        )


def test_renamed_customer_is_found_by_the_new_name(demo_db: Database) -> None:
    card = CustomerService(demo_db).card(5)
    draft = dataclasses.replace(
        DRAFT, full_name="Kadri Tamm-Ilves", time_zone=card.time_zone, country=card.country,
        phones=(("5551 2345", "mobile"),),  # national Estonian form, read with country EE
    )  # fmt: skip
    CustomerEditService(demo_db).update(5, card.version, draft, None)
    assert [r.id for r in CustomerService(demo_db).find("tamm-ilves")] == [5]
