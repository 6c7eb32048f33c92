"""Which chips fit next to a name: the warnings always, decoration only where there is room."""

from __future__ import annotations

from ui.formatting import Chip
from ui.name_tags_delegate import CHIP_GAP, chips_that_fit

DNC = Chip("Do not call", "dnc")
VIP = Chip("VIP", "vip")
TAG = Chip("Refund pending", "tag")


def test_everything_fits_in_a_wide_cell() -> None:
    assert chips_that_fit([DNC, VIP, TAG], [80, 30, 100], name_width=100, available=400) == [
        0,
        1,
        2,
    ]


def test_a_plain_tag_gives_way_to_the_name_but_warnings_stay() -> None:
    # 100 (name) + 80 + 30 + 100 + gaps does not fit in 240: the plain tag is dropped.
    assert chips_that_fit([DNC, VIP, TAG], [80, 30, 100], name_width=100, available=240) == [0, 1]


def test_warnings_show_even_if_the_name_must_be_elided() -> None:
    assert chips_that_fit([DNC], [80], name_width=300, available=200) == [0]


def test_chips_never_take_more_than_two_thirds_of_the_cell() -> None:
    assert chips_that_fit([DNC, VIP], [80, 30], name_width=10, available=90) == []
    assert chips_that_fit([DNC, VIP], [80, 30], name_width=10, available=80 * 3 // 2 + 1) == [0]
    assert CHIP_GAP > 0
