"""The rows an import rejected: line, column, value and why, as a table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from console.importer import Rejection
from ui.formatting import plain_number
from ui.row_table_model import RowTableModel


class RejectionsModel(RowTableModel[Rejection]):
    LINE = 0
    COLUMN = 1
    VALUE = 2
    REASON = 3
    COLUMN_COUNT = 4

    def headers(self) -> Sequence[str]:
        return (self.tr("Line"), self.tr("Column"), self.tr("Value"), self.tr("Problem"))

    def display(self, row: Rejection, col: int) -> str | None:
        return {
            self.LINE: plain_number(row.line),
            self.COLUMN: row.column,
            self.VALUE: row.value,
            self.REASON: row.reason,
        }.get(col)

    def cell(self, row: Rejection, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
