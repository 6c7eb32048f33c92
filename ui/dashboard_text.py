"""The dashboard's words in the interface language.

The core (console.services.dashboard) never imports Qt: it names every figure by a key (tile
keys, age-bucket keys, alert kinds, with the numbers behind them) and adds an English label
for the CLI and the CSV export. The window shows the words from here instead, so they are in
the catalogues like every other ui/ string; a key this module does not know falls back to the
core's English label. Numbers come out in the language's digits (QLocale).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale

from console.services.dashboard import Alert, Backlog, Bar, Drill, Tile
from ui.formatting import number, plain_number
from ui.i18n import isolate


def _tile_labels() -> dict[str, str]:
    return {
        "pending": QCoreApplication.translate("DashboardText", "Pending"),
        "due_now": QCoreApplication.translate("DashboardText", "Due now"),
        "overdue": QCoreApplication.translate("DashboardText", "Overdue"),
        "due_next_hour": QCoreApplication.translate("DashboardText", "Due in the next hour"),
        "unassigned": QCoreApplication.translate("DashboardText", "Unassigned in queues"),
        "failed_7d": QCoreApplication.translate("DashboardText", "Failed (7 days)"),
        "oldest_overdue_s": QCoreApplication.translate("DashboardText", "Oldest overdue"),
        "kept_today": QCoreApplication.translate("DashboardText", "Kept today"),
        "broken_today": QCoreApplication.translate("DashboardText", "Broken today"),
        "service_level_today": QCoreApplication.translate("DashboardText", "Kept in window today"),
        "kept_7d": QCoreApplication.translate("DashboardText", "Kept (7 days)"),
        "broken_7d": QCoreApplication.translate("DashboardText", "Broken (7 days)"),
        "service_level_7d": QCoreApplication.translate("DashboardText", "Kept in window (7 days)"),
    }


# The core's English age labels by key (console.services.dashboard.AGE_BUCKETS).
_AGE_ENGLISH = {
    "later": "Later",
    "next_hour": "Next hour",
    "due_now": "Due now",
    "over_15m": "Overdue < 15 min",
    "over_1h": "Overdue 15–60 min",
    "over_4h": "Overdue 1–4 h",
    "over_1d": "Overdue 4–24 h",
    "over_more": "Overdue > 1 day",
}


def _age_labels() -> dict[str, str]:
    return {
        "later": QCoreApplication.translate("DashboardText", "Later"),
        "next_hour": QCoreApplication.translate("DashboardText", "Next hour"),
        "due_now": QCoreApplication.translate("DashboardText", "Due now"),
        "over_15m": QCoreApplication.translate("DashboardText", "Overdue < 15 min"),
        "over_1h": QCoreApplication.translate("DashboardText", "Overdue 15–60 min"),
        "over_4h": QCoreApplication.translate("DashboardText", "Overdue 1–4 h"),
        "over_1d": QCoreApplication.translate("DashboardText", "Overdue 4–24 h"),
        "over_more": QCoreApplication.translate("DashboardText", "Overdue > 1 day"),
    }


def _drill_titles() -> dict[str, str]:
    """The core's fixed drill titles (those with a name or a time in them stay English)."""
    ages = _age_labels()
    return {
        "Pending callbacks": QCoreApplication.translate("DashboardText", "Pending callbacks"),
        "Due now": QCoreApplication.translate("DashboardText", "Due now"),
        "Overdue": QCoreApplication.translate("DashboardText", "Overdue"),
        "Due in the next hour": QCoreApplication.translate("DashboardText", "Due in the next hour"),
        "Unassigned in queues": QCoreApplication.translate("DashboardText", "Unassigned in queues"),
        "Failed after the maximum of attempts, last 7 days": QCoreApplication.translate(
            "DashboardText", "Failed after the maximum of attempts, last 7 days"
        ),
        "Kept today": QCoreApplication.translate("DashboardText", "Kept today"),
        "Broken today": QCoreApplication.translate("DashboardText", "Broken today"),
        "Kept, last 7 days": QCoreApplication.translate("DashboardText", "Kept, last 7 days"),
        "Broken, last 7 days": QCoreApplication.translate("DashboardText", "Broken, last 7 days"),
        **{english: ages[key] for key, english in _AGE_ENGLISH.items()},
    }


def tile_label(tile: Tile) -> str:
    return _tile_labels().get(tile.key, tile.label)


def age_text(seconds: float | None) -> str:
    """ "45 min", "3 h 20 min", "2 d 4 h" (console.services.dashboard.age_text), translated."""
    if seconds is None:
        return "—"
    minutes = max(0, math.floor(seconds / 60))
    if minutes < 60:
        return QCoreApplication.translate("DashboardText", "{m} min").format(m=number(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        if minutes:
            return QCoreApplication.translate("DashboardText", "{h} h {m} min").format(
                h=number(hours), m=number(minutes)
            )
        return QCoreApplication.translate("DashboardText", "{h} h").format(h=number(hours))
    days, hours = divmod(hours, 24)
    if hours:
        return QCoreApplication.translate("DashboardText", "{d} d {h} h").format(
            d=number(days), h=number(hours)
        )
    return QCoreApplication.translate("DashboardText", "{d} d").format(d=number(days))


def share_text(share: float | None) -> str:
    if share is None:
        return "—"
    return f"{number(round(share * 100))}{QLocale().percent()}"


def tile_text(tile: Tile) -> str:
    """The figure in the language's digits; the core's text where the key is unknown."""
    if tile.key not in _tile_labels():
        return tile.text
    if tile.key == "oldest_overdue_s":
        return age_text(tile.value)
    if tile.key.startswith("service_level"):
        return share_text(tile.value)
    return "—" if tile.value is None else number(int(tile.value))


def bar_label(bar: Bar) -> str:
    return _age_labels().get(bar.key, bar.label)


def drill_title(drill: Drill) -> str:
    return _drill_titles().get(drill.title, drill.title)


def alert_text(alert: Alert, backlog: Backlog | None) -> str:
    """An alert's sentence; its figures come with the alert and the backlog's thresholds."""
    if backlog is None or not alert.count:
        return alert.message
    n = alert.count
    if alert.kind == "break_soon":
        minutes = plain_number(backlog.thresholds.break_within_min)
        if n == 1:
            text = QCoreApplication.translate(
                "DashboardText", "{n} promise will break within {minutes} min with nobody on it"
            )
        else:
            text = QCoreApplication.translate(
                "DashboardText",
                "{n} promises will break within {minutes} min with nobody on them",
            )
        return text.format(n=number(n), minutes=minutes)
    if alert.kind == "overdue_above":
        return QCoreApplication.translate(
            "DashboardText", "{n} overdue (alert above {limit})"
        ).format(n=number(n), limit=number(backlog.thresholds.overdue_above))
    if alert.kind == "off_shift":
        row = next((r for r in backlog.agents if r.id == alert.drill.owner_id), None)
        if row is None:
            return alert.message
        if n == 1:
            text = QCoreApplication.translate(
                "DashboardText", "{name} is off shift with {n} overdue callback"
            )
        else:
            text = QCoreApplication.translate(
                "DashboardText", "{name} is off shift with {n} overdue callbacks"
            )
        return text.format(name=isolate(row.name), n=number(n))
    return alert.message
