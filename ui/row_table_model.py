"""The base of every table in the console: lightweight rows, named columns, no database access.

Subclasses name their columns (``COLUMN_COUNT`` and ``headers``) and say what a cell shows
(``display``, and ``cell`` for any other role); rows are frozen dataclasses from a service,
replaced with ``set_rows`` (STYLE.md: tables are models tested without a view).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    COLUMN_COUNT = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    # ---- what subclasses say -------------------------------------------------------------

    def headers(self) -> Sequence[str]:
        """Column titles, translated, in column order."""
        raise NotImplementedError

    def display(self, row: RowT, col: int) -> str | None:
        raise NotImplementedError

    def tooltip(self, row: RowT, col: int) -> str | None:
        return self.display(row, col) or None

    def cell(self, row: RowT, col: int, role: int) -> Any:
        """Any role besides display and tooltip (alignment, accessibility, custom roles)."""
        return None

    # ---- rows ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> tuple[RowT, ...]:
        return tuple(self._rows)

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    # ---- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.headers()
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col)
        return self.cell(row, col, role)
