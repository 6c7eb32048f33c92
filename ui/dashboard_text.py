"""The dashboard's words in the interface language.

The core (console.services.dashboard) never imports Qt: it names every figure by a key (tile
keys, age-bucket keys, alert kinds, with the numbers behind them) and adds an English label
for the CLI and the CSV export. The window shows the words from here instead, so they are in
the catalogues like every other ui/ string; a key this module does not know falls back to the
core's English label. A drill-down's title is built from its kind and values (a name kept as
one run, an hour or a day in the language's digits), never looked up by its English text.
Numbers come out in the language's digits (QLocale).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale

from console.services.dashboard import PERIOD_DAYS, Alert, Backlog, Bar, Drill, Tile
from ui.formatting import hour_clock, number, plain_number, short_day, two_digits
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
    """The titles of the drills that need no value, by kind (console.services.dashboard
    DRILL_KINDS); an age bar's drill is of its bucket's key."""
    return {
        "pending": QCoreApplication.translate("DashboardText", "Pending callbacks"),
        "due_now": QCoreApplication.translate("DashboardText", "Due now"),
        "overdue": QCoreApplication.translate("DashboardText", "Overdue"),
        "due_next_hour": QCoreApplication.translate("DashboardText", "Due in the next hour"),
        "unassigned": QCoreApplication.translate("DashboardText", "Unassigned in queues"),
        "failed_7d": QCoreApplication.translate(
            "DashboardText", "Failed after the maximum of attempts, last 7 days"
        ),
        "kept_today": QCoreApplication.translate("DashboardText", "Kept today"),
        "broken_today": QCoreApplication.translate("DashboardText", "Broken today"),
        "kept_7d": QCoreApplication.translate("DashboardText", "Kept, last 7 days"),
        "broken_7d": QCoreApplication.translate("DashboardText", "Broken, last 7 days"),
        **_age_labels(),
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
    """A drill's title from its kind and values: a name as one run (``isolate``), hours and
    days in the language's digits. A drill of no known kind keeps the core's English."""
    kind = drill.kind
    fixed = _drill_titles().get(kind)
    if fixed is not None:
        return fixed
    name = isolate(drill.name)
    if drill.hour is not None and kind in ("due_today_hour", "due_tomorrow_hour"):
        start, end = hour_clock(drill.hour), hour_clock(drill.hour + 1)
        if kind == "due_today_hour":
            text = QCoreApplication.translate("DashboardText", "Due today {start}–{end}")
        else:
            text = QCoreApplication.translate("DashboardText", "Due tomorrow {start}–{end}")
        return text.format(start=start, end=end)
    if drill.day is not None and kind in ("kept_on", "broken_on"):
        if kind == "kept_on":
            text = QCoreApplication.translate("DashboardText", "Kept on {day}")
        else:
            text = QCoreApplication.translate("DashboardText", "Broken on {day}")
        return text.format(day=short_day(drill.day))
    if kind == "break_soon" and drill.minutes is not None:
        return QCoreApplication.translate(
            "DashboardText", "Promises ending within {minutes} min, nobody on them"
        ).format(minutes=plain_number(drill.minutes))
    # The titles with a name: the agent's, the queue's or the disruption's.
    named = {
        "off_shift_overdue": QCoreApplication.translate(
            "DashboardText", "Overdue, {name} (off shift)"
        ),
        "row_due_now": QCoreApplication.translate("Dashboard", "Due now — {name}"),
        "row_overdue": QCoreApplication.translate("Dashboard", "Overdue — {name}"),
        "row_kept": QCoreApplication.translate("Dashboard", "Kept, last {days} days — {name}"),
        "row_open": QCoreApplication.translate("Dashboard", "Open callbacks — {name}"),
        "row_unassigned": QCoreApplication.translate("Dashboard", "Unassigned — {name}"),
        "disruption": QCoreApplication.translate(
            "IncidentStatsModel", "Callbacks for the disruption “{name}”"
        ),
    }.get(kind)
    if named is not None:
        return named.format(name=name, days=number(PERIOD_DAYS))
    return drill.title


def hour_label(bar: Bar) -> str:
    """A by-hour bar's hour on the chart's axis: "09", "۰۹"."""
    return two_digits(bar.drill.hour) if bar.drill.hour is not None else bar.label


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
