"""The dashboard's words: in English exactly the core's, in another language translated, with
the figures in that language's digits; the drill-down titles built from their kind and values
(a name kept whole, hours and days in the language's digits); the CSV export in English."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QGraphicsTextItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.services.dashboard import (
    DRILL_KINDS,
    Backlog,
    DashboardService,
    Drill,
    Thresholds,
    age_text,
    make_drill,
)
from console.settings import Settings
from console.storage.db import Database
from console.storage.models import User
from tests.ui.conftest import show_window
from ui.app import create_window
from ui.dashboard_models import AgentModel, QueueModel
from ui.dashboard_tab import DashboardTab
from ui.dashboard_text import alert_text, bar_label, drill_title, tile_label, tile_text
from ui.i18n import FSI, PDI, apply_language

PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def latin_digits(text: str) -> list[str]:
    return [ch for ch in text if ch.isascii() and ch.isdigit()]


def every_drill(backlog: Backlog) -> list[Drill]:
    """The drills of every figure: tiles, bars, trend days, alerts, and each table cell."""
    drills = [t.drill for t in backlog.tiles] + [a.drill for a in backlog.alerts]
    drills += [b.drill for b in (*backlog.age, *backlog.hours_today, *backlog.hours_tomorrow)]
    drills += [d for day in backlog.trend for d in (day.kept_drill, day.broken_drill)]
    for model, rows in ((AgentModel(), backlog.agents), (QueueModel(), backlog.queues)):
        drills += [
            model.row_drill(row, col, backlog.at)
            for row in rows
            for col in range(model.COLUMN_COUNT)
        ]
    return drills


class OneStringCatalogue(QTranslator):
    """A catalogue holding only the strings given: proves a text went through tr() without
    depending on the shipped translations (new strings are translated later)."""

    def __init__(self, strings: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.strings = strings

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.strings.get((context, source))

    def isEmpty(self) -> bool:
        return False


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
    for bar in backlog.age:
        assert bar_label(bar) == bar.label
    for alert in backlog.alerts:
        assert alert_text(alert, backlog) == alert.message
    drills = every_drill(backlog)
    assert {d.kind for d in drills} | {"disruption"} == set(DRILL_KINDS)
    for drill in drills:
        assert drill_title(drill) == drill.title, drill.kind
    disruption = make_drill("disruption", name="Ferry fire", incident_id=1)
    assert drill_title(disruption) == "Callbacks for the disruption “Ferry fire”"
    assert disruption.title == drill_title(disruption)


def test_persian_words_and_digits(app: QApplication, backlog: Backlog) -> None:
    apply_language(app, "fa")
    pending = next(t for t in backlog.tiles if t.key == "pending")
    assert tile_label(pending) != "Pending"
    assert not any(ch.isascii() and ch.isdigit() for ch in tile_text(pending))
    for alert in backlog.alerts:
        if alert.kind == "overdue_above":
            text = alert_text(alert, backlog)
            assert "overdue" not in text and "۰" in text  # "above 0", in Persian digits


def test_persian_drill_titles_keep_names_whole_and_hours_in_persian_digits(
    app: QApplication, backlog: Backlog
) -> None:
    apply_language(app, "fa")
    # (The titles without values are whole catalogue strings: their digits are the
    # translator's.)
    valued = [d for d in every_drill(backlog) if d.name or d.hour is not None or d.day or d.minutes]
    assert {d.kind for d in valued} >= {"due_today_hour", "kept_on", "break_soon", "row_kept"}
    for drill in valued:
        title = drill_title(drill)
        assert not latin_digits(title), (drill.kind, title)
        if drill.name:
            # The agent's or queue's name is one run: it neither reorders nor is reordered.
            assert title.count(FSI) == 1 and f"{FSI}{drill.name}{PDI}" in title, title
    off = next(a for a in backlog.alerts if a.kind == "off_shift")
    assert f"{FSI}{off.drill.name}{PDI}" in drill_title(off.drill)
    two_pm = backlog.hours_today[14].drill
    assert "۱۴:۰۰" in drill_title(two_pm) and "۱۵:۰۰" in drill_title(two_pm)
    assert "۲۴:۰۰" in drill_title(backlog.hours_tomorrow[23].drill)
    soon = next(a for a in backlog.alerts if a.kind == "break_soon")
    assert "۱۴۴۰" in drill_title(soon.drill)  # the threshold of the fixture: 24 h
    kept = AgentModel().row_drill(backlog.agents[0], AgentModel.KEPT, backlog.at)
    assert "۷" in drill_title(kept)  # "last 7 days"


def test_drill_titles_with_values_go_through_the_catalogue(
    app: QApplication, backlog: Backlog
) -> None:
    apply_language(app, "fa")
    catalogue = OneStringCatalogue({
        ("DashboardText", "Due today {start}–{end}"): "سررسید امروز {start} تا {end}",
        ("DashboardText", "Overdue, {name} (off shift)"): "معوق، {name} (خارج از شیفت)",
    })  # fmt: skip
    app.installTranslator(catalogue)
    try:
        assert drill_title(backlog.hours_today[9].drill) == "سررسید امروز ۰۹:۰۰ تا ۱۰:۰۰"
        off = next(a for a in backlog.alerts if a.kind == "off_shift")
        assert drill_title(off.drill) == f"معوق، {FSI}{off.drill.name}{PDI} (خارج از شیفت)"
    finally:
        app.removeTranslator(catalogue)


# ---- the dashboard in Persian, as the supervisor sees it --------------------------------------


def _persian_dashboard(qtbot: QtBot, demo_db_url: str) -> DashboardTab:
    settings = Settings(default_region="RU", language="fa")
    window = show_window(qtbot, create_window(demo_db_url, "riina", settings=settings))
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_D, CTRL_SHIFT)
    tab = window.dashboard
    assert tab is not None
    qtbot.waitUntil(lambda: tab.backlog is not None and bool(tab.tiles), timeout=5000)
    return tab


def drawn_text(chart: QChart) -> list[str]:
    """The text QtCharts drew on a chart (axis labels, legend), as the user reads it."""
    texts = []
    for item in chart.scene().items():
        shown = item.toGraphicsObject()
        meta = shown.metaObject() if shown is not None else None
        while meta is not None and meta.className() != "QGraphicsTextItem":
            meta = meta.superClass()
        if shown is not None and meta is not None and item.isVisible():
            address = shiboken6.getCppPointer(shown)[0]
            texts.append(shiboken6.wrapInstance(address, QGraphicsTextItem).toPlainText())
    return texts


def figures_drawn(chart: QChart) -> list[str]:
    return [t for t in drawn_text(chart) if t and not any(ch.isalpha() for ch in t)]


def test_persian_dashboard_axes_tables_and_lists_use_persian_digits(
    qtbot: QtBot, demo_db_url: str, app: QApplication
) -> None:
    tab = _persian_dashboard(qtbot, demo_db_url)
    hours = tab.hours_chart.category_axis.categoriesLabels()
    assert hours[:4] == ["۰۰", "۰۳", "۰۶", "۰۹"] and len(hours) == 8
    for chart in (tab.age_chart, tab.hours_chart, tab.trend_chart):
        # The figures drawn on the axes (the words beside them are catalogue strings).
        qtbot.waitUntil(lambda c=chart: bool(figures_drawn(c.chart)), timeout=5000)
        figures = figures_drawn(chart.chart)
        assert all(PERSIAN_DIGITS & set(f) and not latin_digits(f) for f in figures), figures
    assert "۱۴:۰۰" in tab.hours_chart.describe(0, 14)

    model = tab.agent_model
    late = next(i for i in range(model.rowCount()) if model.row_at(i).overdue)
    for col in range(model.COLUMN_COUNT):
        text = str(model.data(model.index(late, col)))
        assert not latin_digits(text), text
    chip = next(b for b in tab.alert_buttons if b.alert.kind == "off_shift")
    assert chip.text().startswith(FSI) and not latin_digits(chip.text())

    dialog = tab.open_tile("pending")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.total is not None, timeout=5000)
    for text in (dialog.windowTitle(), dialog.summary.text()):
        assert not latin_digits(text) and PERSIAN_DIGITS & set(text), text
    dialog.close()


def test_csv_export_stays_english_in_persian(
    qtbot: QtBot, demo_db_url: str, app: QApplication, tmp_path: Path
) -> None:
    """A data file: the same words and digits whatever the interface language."""
    tab = _persian_dashboard(qtbot, demo_db_url)
    path = tmp_path / "backlog.csv"
    tab.export_csv(path)
    text = path.read_text(encoding="utf-8-sig")
    assert not PERSIAN_DIGITS & set(text)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["Callback backlog", "Updated"]
    assert list(AgentModel.EXPORT_HEADERS) in rows and list(QueueModel.EXPORT_HEADERS) in rows
    assert ["Hour", "Today", "Tomorrow"] in rows and any(r[:1] == ["14:00"] for r in rows)
    assert tab.backlog is not None
    late = next(r for r in tab.backlog.agents if r.overdue)
    line = next(r for r in rows if r and r[0] == late.name)
    assert line[1].startswith(("Yes", "No"))
    assert line[5] == age_text(late.oldest_overdue_s)  # the core's English: "8 h 30 min"


def test_csv_column_names_are_the_english_table_headers(app: QApplication) -> None:
    apply_language(app, "en")
    assert tuple(AgentModel().headers()) == AgentModel.EXPORT_HEADERS
    assert tuple(QueueModel().headers()) == QueueModel.EXPORT_HEADERS
