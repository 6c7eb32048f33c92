"""Goodwill: on the card, never given twice by accident, voided not deleted."""

from __future__ import annotations

import pytest

from console.errors import ConflictError, FieldErrors
from console.services.customers import CustomerService
from console.services.goodwill import GoodwillService, RepeatGoodwillError
from console.storage.db import Database


def test_demo_voucher_is_on_emma_wilsons_card(demo_db: Database) -> None:
    card = CustomerService(demo_db).card(4)
    assert card.full_name == "Emma Wilson"
    (voucher,) = card.goodwill
    assert voucher.kind == "voucher" and voucher.amount_text == "EUR 20.00"
    assert voucher.given_by == "Tom Hughes" and not voucher.voided


def test_second_gesture_of_a_kind_needs_confirmation(demo_db: Database) -> None:
    service = GoodwillService(demo_db)
    with pytest.raises(RepeatGoodwillError, match=r"EUR 20\.00 voucher was already given") as info:
        service.give(4, None, "voucher", "Another one", amount_minor=1000, currency="EUR")
    assert info.value.previous.given_by == "Tom Hughes"
    assert len(service.list(4)) == 1
    service.give(4, None, "voucher", "Second delay", amount_minor=1000, currency="eur",
                 confirm_repeat=True)  # fmt: skip
    assert [g.amount_text for g in service.list(4)] == ["EUR 10.00", "EUR 20.00"]
    service.give(4, None, "upgrade", "Seat upgrade on next flight")  # another kind: no question


def test_bad_goodwill_input_names_the_fields(demo_db: Database) -> None:
    with pytest.raises(FieldErrors) as info:
        GoodwillService(demo_db).give(1, None, "cash", " ", amount_minor=500, currency="€")
    assert set(info.value.errors) == {"kind", "reason", "currency"}


def test_void_keeps_the_record_and_refuses_a_stale_void(demo_db: Database) -> None:
    service = GoodwillService(demo_db)
    (voucher,) = service.list(4)
    service.void(voucher.id, voucher.version, None, "Recorded on the wrong customer")
    (after,) = service.list(4)
    assert after.voided
    with pytest.raises(ConflictError):
        service.void(voucher.id, voucher.version, None, "again")
    # A voided gesture does not block a new one.
    service.give(4, None, "voucher", "The real one", amount_minor=2000, currency="EUR")
