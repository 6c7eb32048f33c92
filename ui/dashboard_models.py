"""The dashboard's two tables as models: one row per agent, one row per queue.

Rows are ``console.services.dashboard.Row`` values. A refresh updates the rows in place
(changed cells, rows added or removed) instead of resetting the model, so a sorted view keeps
its order and the supervisor's selection survives the 1.5-second refreshes. Each cell knows
the drill-down behind its figure (``drill_for``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from console.services import dashboard as core
from console.services.dashboard import PERIOD_DAYS, Drill, Row, make_drill
from ui.dashboard_text import age_text, share_text
from ui.formatting import calling_windows, number
from ui.i18n import separator
from ui.row_table_model import RowTableModel
from ui.theme import qcolor

# Amber for "needs a look" (an agent off shift who still holds overdue promises); red text for
# overdue figures. Both keep a contrast above 7:1 against their background.
OFF_SHIFT_BACK = "#fef3c7"
OFF_SHIFT_FORE = "#78350f"
OVERDUE_FORE = "#b91c1c"


class _DashboardRowModel(RowTableModel[Row]):
    """What both tables share: numbers sort by value, drills per cell, in-place updates."""

    ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2
    NAME = 0
    DUE = 3
    OVERDUE = 4
    OLDEST = 5
    KEPT = 6
    COLUMN_COUNT = 7
    NUMERIC: tuple[int, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.at: dt.datetime | None = None

    # ---- rows, in place ------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row], at: dt.datetime | None = None) -> None:
        """Replace the rows without a reset: changed rows emit dataChanged, vanished rows are
        removed and new ones appended (a sorting proxy puts them in their place)."""
        if at is not None:
            self.at = at
        wanted = {r.id: r for r in rows}
        for i in range(len(self._rows) - 1, -1, -1):
            if self._rows[i].id not in wanted:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
        last = self.COLUMN_COUNT - 1
        for i, old in enumerate(self._rows):
            new = wanted[old.id]
            if new != old:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        have = {r.id for r in self._rows}
        added = [r for r in rows if r.id not in have]
        if added:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            # Text columns' titles sit over their text; the figures' titles are centred (a
            # right-aligned title would run under the sort arrow).
            side = (
                Qt.AlignmentFlag.AlignLeft
                if section not in self.NUMERIC
                else Qt.AlignmentFlag.AlignHCenter
            )
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    # ---- cells ---------------------------------------------------------------------------

    def sort_value(self, row: Row, col: int) -> Any:
        raise NotImplementedError

    def highlighted(self, row: Row) -> bool:
        return False

    def cell(self, row: Row, col: int, role: int) -> Any:
        if role == self.ROW_ID_ROLE:
            return row.id
        if role == self.SORT_ROLE:
            return self.sort_value(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.highlighted(row):
            return QBrush(qcolor(OFF_SHIFT_BACK))
        if role == Qt.ItemDataRole.ForegroundRole:
            if col in (self.OVERDUE, self.OLDEST) and row.overdue:
                return QBrush(qcolor(OVERDUE_FORE))
            if self.highlighted(row):
                return QBrush(qcolor(OFF_SHIFT_FORE))
            return None
        if role == Qt.ItemDataRole.FontRole and col == self.OVERDUE and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.headers()[col]}: {self.display(row, col)}"
        return None

    def common_display(self, row: Row, col: int) -> str | None:
        if col == self.NAME:
            return row.name
        if col == self.DUE:
            return number(row.due)
        if col == self.OVERDUE:
            return number(row.overdue)
        if col == self.OLDEST:
            return age_text(row.oldest_overdue_s) if row.overdue else "—"
        if col == self.KEPT:
            return share_text(row.kept_share)
        return None

    # ---- the CSV export: a data file, the same in every language ---------------------------

    EXPORT_HEADERS: tuple[str, ...] = ()

    def export_value(self, row: Row, col: int) -> object:
        """A cell as the CSV has it: counts as numbers (a spreadsheet sums them), the rest in
        the core's English, whatever the interface language."""
        if col == self.NAME:
            return row.name
        if col == self.OLDEST:
            return core.age_text(row.oldest_overdue_s) if row.overdue else "—"
        if col == self.KEPT:
            return core.share_text(row.kept_share)
        return self.sort_value(row, col)

    def common_sort(self, row: Row, col: int) -> Any:
        if col == self.NAME:
            return row.name.casefold()
        if col == self.DUE:
            return row.due
        if col == self.OVERDUE:
            return row.overdue
        if col == self.OLDEST:
            return row.oldest_overdue_s if row.overdue and row.oldest_overdue_s else -1.0
        if col == self.KEPT:
            return row.kept_share if row.kept_share is not None else -1.0
        return None

    def tooltip(self, row: Row, col: int) -> str | None:
        if col == self.KEPT:
            if not row.promised:
                return QCoreApplication.translate(
                    "Dashboard", "No promise ended in the last {days} days."
                ).format(days=number(PERIOD_DAYS))
            return QCoreApplication.translate(
                "Dashboard", "{kept} of {promised} promises kept in their window, last {days} days."
            ).format(kept=number(row.kept), promised=number(row.promised), days=number(PERIOD_DAYS))
        return QCoreApplication.translate(
            "Dashboard", "{value} — double-click or press Enter to list the callbacks."
        ).format(value=self.display(row, col))

    # ---- drill-down ----------------------------------------------------------------------

    def drill_for(self, source_row: int, col: int) -> Drill | None:
        """The callbacks behind the figure in this cell."""
        if self.at is None or not 0 <= source_row < len(self._rows):
            return None
        return self.row_drill(self._rows[source_row], col, self.at)

    def row_drill(self, row: Row, col: int, at: dt.datetime) -> Drill:
        raise NotImplementedError

    def _drill(self, row: Row, col: int, at: dt.datetime, **scope: Any) -> Drill | None:
        """The drill of a figure both tables have (ui.dashboard_text words its title)."""
        if col == self.DUE:
            return make_drill("row_due_now", name=row.name, due_to=at, window_end_from=at, **scope)
        if col in (self.OVERDUE, self.OLDEST):
            return make_drill("row_overdue", name=row.name, window_end_to=at, **scope)
        if col == self.KEPT:
            return make_drill(
                "row_kept",
                name=row.name,
                open_only=False,
                states=("kept",),
                closed_from=at - dt.timedelta(days=PERIOD_DAYS),
                closed_to=at,
                **scope,
            )
        return None


class AgentModel(_DashboardRowModel):
    """Agent, On shift, Owned, Due now, Overdue, Oldest overdue, Kept % (7 days)."""

    ON_SHIFT = 1
    OWNED = 2
    NUMERIC = (2, 3, 4, 5, 6)
    EXPORT_HEADERS = ("Agent", "On shift", "Owned", "Due now", "Overdue", "Oldest overdue",
                      "Kept % (7 days)")  # fmt: skip

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("Dashboard", "Agent"),
            QCoreApplication.translate("Dashboard", "On shift"),
            QCoreApplication.translate("Dashboard", "Owned"),
            QCoreApplication.translate("Dashboard", "Due now"),
            QCoreApplication.translate("Dashboard", "Overdue"),
            QCoreApplication.translate("Dashboard", "Oldest overdue"),
            QCoreApplication.translate("Dashboard", "Kept % (7 days)"),
        )

    def highlighted(self, row: Row) -> bool:
        return not row.on_shift and row.overdue > 0

    def display(self, row: Row, col: int) -> str | None:
        if col == self.ON_SHIFT:
            state = (
                QCoreApplication.translate("Dashboard", "Yes")
                if row.on_shift
                else QCoreApplication.translate("Dashboard", "No")
            )
            return f"{state}{separator()}{calling_windows(row.shift)}" if row.shift else state
        if col == self.OWNED:
            return number(row.owned)
        return self.common_display(row, col)

    def tooltip(self, row: Row, col: int) -> str | None:
        if col == self.ON_SHIFT:
            text = (
                QCoreApplication.translate("Dashboard", "On shift now")
                if row.on_shift
                else QCoreApplication.translate("Dashboard", "Off shift now")
            )
            if row.shift:
                text += " " + QCoreApplication.translate(
                    "Dashboard", "(shift {shift}, their time)"
                ).format(shift=calling_windows(row.shift))
            if self.highlighted(row):
                n = row.overdue
                text += "\n" + (
                    self.tr("Still holds %Ln overdue callback: reassign it.", "", n)
                    if n == 1
                    else self.tr("Still holds %Ln overdue callbacks: reassign them.", "", n)
                )
            return text
        return super().tooltip(row, col)

    def export_value(self, row: Row, col: int) -> object:
        if col == self.ON_SHIFT:
            state = "Yes" if row.on_shift else "No"
            return f"{state}{separator()}{row.shift}" if row.shift else state
        return super().export_value(row, col)

    def sort_value(self, row: Row, col: int) -> Any:
        if col == self.ON_SHIFT:
            return int(row.on_shift)
        if col == self.OWNED:
            return row.owned
        return self.common_sort(row, col)

    def row_drill(self, row: Row, col: int, at: dt.datetime) -> Drill:
        drill = self._drill(row, col, at, owner_id=row.id)
        if drill is not None:
            return drill
        return make_drill("row_open", name=row.name, owner_id=row.id)


class QueueModel(_DashboardRowModel):
    """Queue, Open, Unassigned, Due now, Overdue, Oldest overdue, Kept %."""

    OPEN = 1
    UNASSIGNED = 2
    NUMERIC = (1, 2, 3, 4, 5, 6)
    EXPORT_HEADERS = ("Queue", "Open", "Unassigned", "Due now", "Overdue", "Oldest overdue",
                      "Kept %")  # fmt: skip

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("Dashboard", "Queue"),
            QCoreApplication.translate("Dashboard", "Open"),
            QCoreApplication.translate("Dashboard", "Unassigned"),
            QCoreApplication.translate("Dashboard", "Due now"),
            QCoreApplication.translate("Dashboard", "Overdue"),
            QCoreApplication.translate("Dashboard", "Oldest overdue"),
            QCoreApplication.translate("Dashboard", "Kept %"),
        )

    def display(self, row: Row, col: int) -> str | None:
        if col == self.OPEN:
            return number(row.owned)
        if col == self.UNASSIGNED:
            return number(row.unassigned)
        return self.common_display(row, col)

    def sort_value(self, row: Row, col: int) -> Any:
        if col == self.OPEN:
            return row.owned
        if col == self.UNASSIGNED:
            return row.unassigned
        return self.common_sort(row, col)

    def row_drill(self, row: Row, col: int, at: dt.datetime) -> Drill:
        drill = self._drill(row, col, at, queue_id=row.id)
        if drill is not None:
            return drill
        if col == self.UNASSIGNED:
            return make_drill("row_unassigned", name=row.name, queue_id=row.id, unassigned=True)
        return make_drill("row_open", name=row.name, queue_id=row.id)
