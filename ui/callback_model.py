"""Callbacks as a table: one lightweight row per promise, in work order, no database access.

The "when" column is in the agent's own time (that is when they must act); the customer's
local time sits beside it, because the promise was made on the customer's clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from console import phones
from console.services.callbacks import CallbackView
from ui.formatting import (
    clock,
    format_full,
    format_when,
    number,
    short_day,
    utcnow,
    zone_or_none,
)
from ui.i18n import ltr
from ui.row_table_model import RowTableModel
from ui.theme import qcolor

BUCKET_COLOURS = {
    "overdue": ("#fef2f2", "#991b1b"),
    "due": ("#fffbeb", "#92400e"),
}


def bucket_label(bucket: str) -> str:
    return {
        "overdue": QCoreApplication.translate("CallbackModel", "Overdue"),
        "due": QCoreApplication.translate("CallbackModel", "Due now"),
        "today": QCoreApplication.translate("CallbackModel", "Later today"),
        "upcoming": QCoreApplication.translate("CallbackModel", "Upcoming"),
        "closed": QCoreApplication.translate("CallbackModel", "Closed"),
    }.get(bucket, bucket)


def state_label(state: str) -> str:
    return {
        "pending": QCoreApplication.translate("CallbackModel", "pending"),
        "claimed": QCoreApplication.translate("CallbackModel", "in progress"),
        "kept": QCoreApplication.translate("CallbackModel", "kept"),
        "broken": QCoreApplication.translate("CallbackModel", "broken"),
        "failed": QCoreApplication.translate("CallbackModel", "failed — needs a supervisor"),
        "cancelled": QCoreApplication.translate("CallbackModel", "cancelled"),
    }.get(state, state)


def customer_window(cb: CallbackView) -> str:
    """ "Tue 01 Dec 14:00–14:30 (Asia/Tehran)": the promise, on the customer's clock."""
    zone = zone_or_none(cb.zone) or dt.UTC
    start, end = cb.window_start.astimezone(zone), cb.window_end.astimezone(zone)
    return f"{short_day(start)} {clock(start)}–{clock(end)} ({ltr(cb.zone)})"


def customer_window_short(cb: CallbackView) -> str:
    """ "Tue 01 Dec 14:00–14:30 Tehran": the same, narrow enough for a table column."""
    zone = zone_or_none(cb.zone) or dt.UTC
    start, end = cb.window_start.astimezone(zone), cb.window_end.astimezone(zone)
    city = cb.zone.rsplit("/", 1)[-1].replace("_", " ")
    return f"{short_day(start)} {clock(start)}–{clock(end)} {ltr(city)}"


class CallbackModel(RowTableModel[CallbackView]):
    STATUS = 0
    WHEN = 1
    CUSTOMER_TIME = 2
    CUSTOMER = 3
    PHONE = 4
    PRIORITY = 5
    OWNER = 6
    ATTEMPTS = 7
    PROMISE = 8
    COLUMN_COUNT = 9

    CALLBACK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    # What the proxy sorts by: real values, not their text.
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, agent_zone: dt.tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = agent_zone
        self._zone_name = str(agent_zone)
        self.clock = utcnow

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Status"), self.tr("Your time"), self.tr("Their time"),
            self.tr("Customer"), self.tr("Phone"), self.tr("Priority"), self.tr("Owner"),
            self.tr("Tries"), self.tr("Promise"),
        )  # fmt: skip

    def bucket(self, row: CallbackView) -> str:
        return row.bucket(self.clock(), self._zone_name)

    def display(self, row: CallbackView, col: int) -> str | None:
        now = self.clock()
        if col == self.STATUS:
            if row.state == "claimed":
                return self.tr("In progress ({agent})").format(agent=row.claimed_by)
            return bucket_label(self.bucket(row))
        if col == self.WHEN:
            return format_when(row.due_at, self._zone, now)
        if col == self.CUSTOMER_TIME:
            return customer_window_short(row)
        if col == self.CUSTOMER:
            return row.customer_name
        if col == self.PHONE:
            return ltr(phones.display(row.phone_e164))
        if col == self.PRIORITY:
            return number(row.priority) if row.priority else ""
        if col == self.OWNER:
            if row.owner:
                return row.owner
            return self.tr("Queue: {queue}").format(queue=row.queue)
        if col == self.ATTEMPTS:
            attempts = number(row.attempts)
            return f"{attempts}/{number(row.max_attempts)}" if row.max_attempts else attempts
        if col == self.PROMISE:
            return " ".join((row.note or row.promise).split())
        return None

    def tooltip(self, row: CallbackView, col: int) -> str | None:
        if col == self.WHEN:
            return format_full(row.due_at, self._zone)
        if col == self.CUSTOMER_TIME:
            return self.tr("Promised on the customer's clock: {window}").format(
                window=customer_window(row)
            )
        if col == self.PRIORITY and row.priority_reasons:
            return "\n".join(row.priority_reasons)
        if col == self.OWNER and row.handed_from:
            return self.tr("Moved from {agent} to the queue").format(agent=row.handed_from)
        if col == self.PROMISE:
            return "\n".join(p for p in (row.promise, row.note) if p)
        return self.display(row, col) or None

    def cell(self, row: CallbackView, col: int, role: int) -> Any:
        if role == self.CALLBACK_ID_ROLE:
            return row.id
        if role == self.SORT_ROLE:
            if col == self.STATUS:
                return ("overdue", "due", "today", "upcoming", "closed").index(self.bucket(row))
            if col in (self.WHEN, self.CUSTOMER_TIME):
                return row.due_at.timestamp()
            if col == self.PRIORITY:
                return row.priority
            if col == self.ATTEMPTS:
                return row.attempts
            return self.display(row, col) or ""
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = BUCKET_COLOURS.get(self.bucket(row))
            if colours is None:
                return None
            back, fore = colours
            return QBrush(qcolor(back if role == Qt.ItemDataRole.BackgroundRole else fore))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.PRIORITY, self.ATTEMPTS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.STATUS:
            return f"{self.display(row, col)}, {row.customer_name}"
        return None

    def counts(self) -> dict[str, int]:
        out = {"overdue": 0, "due": 0, "today": 0, "upcoming": 0}
        for row in self._rows:
            bucket = self.bucket(row)
            if bucket in out:
                out[bucket] += 1
        return out

    def index_of(self, callback_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == callback_id:
                return i
        return None
