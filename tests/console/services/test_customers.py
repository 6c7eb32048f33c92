"""Finding customers, their card and timeline: the same answers on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from console.errors import NotFoundError
from console.services.customers import CustomerService
from console.storage.db import Database
from console.storage.models import Customer
from console.text import fold, name_key


@pytest.fixture
def service(demo_db: Database) -> CustomerService:
    return CustomerService(demo_db, default_region="TH")


def names(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [r.full_name for r in rows]


@pytest.mark.parametrize(
    "typed",
    ["+66 81 234 5678", "+66812345678", "0066 81 234 5678", "081-234-5678", "(081) 234 5678"],
)
def test_phone_in_any_common_format_finds_the_caller(service: CustomerService, typed: str) -> None:
    found = service.find(typed)
    assert names(found) == ["สมชาย ใจดี"]
    assert found[0].matched_by == "phone"
    assert found[0].phone == "+66 81 234 5678"


def test_national_number_needs_the_region_setting(demo_db: Database) -> None:
    assert CustomerService(demo_db, default_region="").find("081-234-5678") == []
    russian = CustomerService(demo_db, default_region="RU")
    assert names(russian.find("8 (916) 555-12-34")) == ["Ольга Петрова"]


def test_email_is_found_whatever_its_case(service: CustomerService) -> None:
    assert names(service.find("Olga.Petrova@EXAMPLE.ru")) == ["Ольга Петрова"]


def test_email_prefix_lists_matching_addresses(service: CustomerService) -> None:
    found = service.find("olga.petrova@")
    assert "Ольга Петрова" in names(found)
    assert all(r.email.startswith("olga.petrova") for r in found)


def test_account_number_with_spaces_or_lower_case(
    service: CustomerService, demo_db: Database
) -> None:
    with demo_db.read() as conn:
        account = conn.scalar(select(Customer.account_no).where(Customer.id == 1))
    assert account
    spaced = f"{account[:4].lower()} {account[4:]}"
    assert names(service.find(account)) == ["Ольга Петрова"]
    assert service.find(spaced.replace(" ", "-"))[0].full_name == "Ольга Петрова"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("петрова", "Ольга Петрова"),
        ("ОЛЬГА ПЕТР", "Ольга Петрова"),
        ("петрова ольга", "Ольга Петрова"),  # word order does not matter
        ("ใจดี", "สมชาย ใจดี"),
        ("رضایی", "مریم رضایی"),
        ("رضائی مریم".replace("ئ", "ی"), "مریم رضایی"),
        ("KADRI tamm", "Kadri Tamm"),
        ("wilson", "Emma Wilson"),
        ("petrova", "Ольга Петрова"),  # Latin spelling of a Cyrillic name
        ("Olga PETROVA", "Ольга Петрова"),
    ],
)
def test_name_parts_in_any_script_and_case(
    service: CustomerService, query: str, expected: str
) -> None:
    assert expected in names(service.find(query, limit=50))


def test_accents_and_arabic_letter_forms_are_folded(service: CustomerService) -> None:
    # Arabic yeh/kaf typed on an Arabic keyboard find the Persian spelling.
    assert "مریم رضایی" in names(service.find("مريم رضايي"))
    assert name_key("José Müller") == name_key("jose muller")


def test_short_word_filters_by_substring(service: CustomerService) -> None:
    # Words shorter than a trigram still filter, so both databases answer the same rows.
    found = service.find("tamm ka", limit=50)
    assert "Kadri Tamm" in names(found)
    assert all("ka" in name_key(n) and "tamm" in name_key(n) for n in names(found))


def test_name_search_matches_a_reference_over_every_customer(
    service: CustomerService, demo_db: Database
) -> None:
    """The database's answer equals a plain Python scan: same rows, same order, both backends."""
    with demo_db.read() as conn:
        everyone = conn.execute(select(Customer.id, Customer.name_key)).all()
    for query in ("ова", "jo", "สม", "ی", "ander", "müll", "tamm"):
        words = fold(query).split()
        expected = sorted(
            ((key, cid) for cid, key in everyone if all(w in key for w in words)),
        )[:25]
        # Look-alikes (fuzzy matches, tested on their own) only come when nothing contains it.
        got = [r for r in service.find(query, limit=25) if r.matched_by == "name"]
        assert [r.id for r in got] == [cid for _, cid in expected], query


def test_nothing_found_and_empty_query(service: CustomerService) -> None:
    assert service.find("zzzzqqq") == []
    assert service.find("   ") == []
    assert service.find("100%_\\") == []


def test_card_shows_everything_the_agent_needs(service: CustomerService) -> None:
    card = service.card(1)
    assert card.full_name == "Ольга Петрова"
    assert card.phones[0].display == "+7 916 555-12-34"
    assert card.phones[0].typed == "8 (916) 555-12-34"
    assert card.emails == ("olga.petrova@example.ru",)
    assert (card.language, card.country, card.time_zone) == ("ru", "RU", "Europe/Moscow")
    assert "refund pending" in card.tags
    assert dict(card.custom_fields)["flight"] == "AU 213"
    assert card.interaction_count >= 13
    assert card.last_contact is not None
    assert "до пятницы" in card.last_contact.summary


def test_do_not_call_flag_is_on_the_card(service: CustomerService) -> None:
    miller = service.find("john miller")[0]
    assert miller.do_not_call
    assert service.card(miller.id).do_not_call


def test_missing_customer_is_a_clear_error(service: CustomerService) -> None:
    with pytest.raises(NotFoundError, match="does not exist"):
        service.card(10_000_000)


def test_timeline_is_newest_first_and_pages_without_gaps(service: CustomerService) -> None:
    first = service.timeline(1, limit=5)
    assert [t.started_at for t in first] == sorted((t.started_at for t in first), reverse=True)
    assert first[0].summary.startswith("Третий звонок")
    assert first[1].kind == "transfer" and "refund decision by Friday" in first[1].summary
    rest = service.timeline(1, limit=100, before=(first[-1].started_at, first[-1].id))
    everything = service.timeline(1, limit=100)
    assert [t.id for t in first + rest] == [t.id for t in everything]
    assert all(t.started_at.tzinfo == dt.UTC for t in everything)


def test_screen_pop_by_phone_returns_card_and_latest_items(service: CustomerService) -> None:
    pop = service.pop("+7 916 555 12 34")
    assert pop is not None
    assert pop.card.full_name == "Ольга Петрова"
    assert len(pop.timeline) == min(50, pop.card.interaction_count)
    assert service.pop("+1 202 555 0000") is None
    assert service.pop("not a phone") is None


def test_screen_pop_takes_a_pbx_number_as_it_is_and_a_near_e164_one_by_its_meaning(
    service: CustomerService,
) -> None:
    # What a PBX sends (E.164) is looked up directly; "+66 0…" (the national 0 kept after
    # the country code) is E.164-shaped but not canonical: the parser's reading finds him.
    for typed in ("+66812345678", "+660812345678", " +66812345678 "):
        pop = service.pop(typed)
        assert pop is not None and pop.card.full_name == "สมชาย ใจดี", typed
    assert service.pop("+66999999999") is None
