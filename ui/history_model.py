"""A customer's timeline as a table, newest first; pages are appended as the agent scrolls."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from console.services.customers import TimelineItem
from ui.formatting import (
    direction_label,
    format_duration,
    format_full,
    format_when,
    kind_label,
    outcome_label,
    utcnow,
)
from ui.row_table_model import RowTableModel


class HistoryModel(RowTableModel[TimelineItem]):
    WHEN = 0
    TYPE = 1
    DIRECTION = 2
    AGENT = 3
    OUTCOME = 4
    SUMMARY = 5
    COLUMN_COUNT = 6

    ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        zone: dt.tzinfo,
        parent: QObject | None = None,
        *,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        # Times show in the agent's zone; "today" and "yesterday" are the agent's too.
        self.zone = zone
        self.clock = clock

    def append_rows(self, rows: Sequence[TimelineItem]) -> None:
        """The next (older) page; items already shown are skipped."""
        known = {item.id for item in self._rows}
        new = [item for item in rows if item.id not in known]
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._rows.extend(new)
        self.endInsertRows()

    def page_key(self) -> tuple[dt.datetime, int] | None:
        """What ``CustomerService.timeline(before=...)`` needs to load the next page."""
        if not self._rows:
            return None
        last = self._rows[-1]
        return (last.started_at, last.id)

    def headers(self) -> Sequence[str]:
        return (self.tr("When"), self.tr("Type"), self.tr("Direction"), self.tr("Agent"),
                self.tr("Outcome"), self.tr("Summary"))  # fmt: skip

    def cell(self, row: TimelineItem, col: int, role: int) -> Any:
        return row if role == self.ITEM_ROLE else None

    def display(self, item: TimelineItem, col: int) -> str | None:
        if col == self.WHEN:
            return format_when(item.started_at, self.zone, self.clock())
        if col == self.TYPE:
            return kind_label(item.kind)
        if col == self.DIRECTION:
            return direction_label(item.direction)
        if col == self.AGENT:
            return item.agent
        if col == self.OUTCOME:
            return outcome_label(item.outcome)
        if col == self.SUMMARY:
            # One line in the table; the tooltip has the whole text.
            return " ".join(item.summary.split())
        return None

    def tooltip(self, item: TimelineItem, col: int) -> str | None:
        if col == self.WHEN:
            text = format_full(item.started_at, self.zone)
            duration = format_duration(item.started_at, item.ended_at)
            if duration:
                text += "\n" + self.tr("Duration: {duration}").format(duration=duration)
            return text
        if col == self.SUMMARY:
            if not item.summary.strip():
                return None
            # Rich text so Qt wraps a long summary instead of drawing one endless line.
            body = html.escape(item.summary.strip()).replace("\n", "<br>")
            return f"<p style='white-space: pre-wrap'>{body}</p>"
        return self.display(item, col) or None
