"""The dashboard's words: in English exactly the core's, in another language translated, with
the figures in that language's digits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from console.services.dashboard import Backlog, DashboardService, Thresholds
from console.storage.db import Database
from console.storage.models import User
from ui.dashboard_text import alert_text, bar_label, drill_title, tile_label, tile_text
from ui.i18n import apply_language


@pytest.fixture
def backlog(demo_db_url: str) -> Iterator[Backlog]:
    """The demo's backlog as a supervisor sees it, with every kind of alert raised."""
    db = Database(demo_db_url)
    try:
        with db.read() as conn:
            riina = conn.scalar(select(User.id).where(User.username == "riina"))
        # Low thresholds: the demo then has promises at risk and too many overdue.
        yield DashboardService(db).backlog(
            riina, "Europe/Tallinn", Thresholds(break_within_min=24 * 60, overdue_above=0)
        )
    finally:
        db.dispose()


@pytest.fixture
def app() -> Iterator[QApplication]:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    yield instance
    apply_language(instance, "en")


def test_english_words_are_the_cores_words(app: QApplication, backlog: Backlog) -> None:
    """The window's English must not drift from the CLI's: same labels, figures, sentences."""
    apply_language(app, "en")
    kinds = {a.kind for a in backlog.alerts}
    assert {"break_soon", "overdue_above", "off_shift"} <= kinds, kinds
    for tile in backlog.tiles:
        assert (tile_label(tile), tile_text(tile)) == (tile.label, tile.text)
        assert drill_title(tile.drill) == tile.drill.title
    for bar in backlog.age:
        assert bar_label(bar) == bar.label
        assert drill_title(bar.drill) == bar.drill.title
    for alert in backlog.alerts:
        assert alert_text(alert, backlog) == alert.message


def test_persian_words_and_digits(app: QApplication, backlog: Backlog) -> None:
    apply_language(app, "fa")
    pending = next(t for t in backlog.tiles if t.key == "pending")
    assert tile_label(pending) != "Pending"
    assert not any(ch.isascii() and ch.isdigit() for ch in tile_text(pending))
    for alert in backlog.alerts:
        if alert.kind == "overdue_above":
            text = alert_text(alert, backlog)
            assert "overdue" not in text and "۰" in text  # "above 0", in Persian digits
