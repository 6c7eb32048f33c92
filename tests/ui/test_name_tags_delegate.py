"""Chips next to a name: the name first and whole, chips shrinking to dots before it is cut."""

from __future__ import annotations

from ui.formatting import Chip
from ui.name_tags_delegate import CHIP_GAP, DOT_GAP, chip_layout

DNC = Chip("Do not call", "dnc")
VIP = Chip("VIP", "vip")
TAG = Chip("Refund pending", "tag")
WIDTHS = [80, 30, 100]
DOT = 8


def test_everything_fits_whole_in_a_wide_cell() -> None:
    layout = chip_layout([DNC, VIP, TAG], WIDTHS, DOT, name_width=100, available=400)
    assert layout == [(0, True), (1, True), (2, True)]


def test_a_plain_tag_shrinks_to_a_dot_before_the_name_is_cut() -> None:
    # 100 (name) + 80 + 30 + 100 + gaps does not fit in 240: the plain tag becomes a dot.
    layout = chip_layout([DNC, VIP, TAG], WIDTHS, DOT, name_width=100, available=240)
    assert layout == [(0, True), (1, True), (2, False)]


def test_warnings_shrink_to_dots_too_rather_than_cut_the_name() -> None:
    available = 100 + CHIP_GAP + 3 * (DOT + DOT_GAP)
    layout = chip_layout([DNC, VIP, TAG], WIDTHS, DOT, name_width=100, available=available)
    assert layout == [(0, False), (1, False), (2, False)]


def test_a_name_too_long_for_the_cell_keeps_the_warning_dots_within_a_third() -> None:
    layout = chip_layout([TAG, DNC, VIP], [100, 80, 30], DOT, name_width=500, available=60)
    # A third of 60 is 20: room for one dot and its gap, the do-not-call one.
    assert layout == [(1, False)]
    assert chip_layout([TAG], [100], DOT, name_width=500, available=24) == []
    assert chip_layout([], [], DOT, name_width=10, available=100) == []
