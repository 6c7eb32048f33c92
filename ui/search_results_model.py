"""Search results as a table: one lightweight row per customer, no database access."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from console.services.customers import CustomerSummary
from ui.formatting import chips_for, country_label

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractTableModel):
    NAME = 0
    PHONE = 1
    EMAIL = 2
    ACCOUNT = 3
    COUNTRY = 4
    COLUMN_COUNT = 5

    # The customer id of a row, and its chips (do-not-call, VIP, other tags) for the delegate.
    CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    CHIPS_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[CustomerSummary, ...] = ()

    def set_rows(self, rows: Sequence[CustomerSummary]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[CustomerSummary, ...]:
        return self._rows

    def row_at(self, row: int) -> CustomerSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NAME: self.tr("Name"),
            self.PHONE: self.tr("Phone"),
            self.EMAIL: self.tr("Email"),
            self.ACCOUNT: self.tr("Account"),
            self.COUNTRY: self.tr("Country"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.NAME:
            chips = chips_for(row.tags, row.do_not_call)
            return ", ".join([row.full_name, *(c.text for c in chips)])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COUNTRY:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.CUSTOMER_ID_ROLE:
            return row.id
        if role == self.CHIPS_ROLE and col == self.NAME:
            return chips_for(row.tags, row.do_not_call)
        return None

    def _tooltip(self, row: CustomerSummary, col: int) -> str | None:
        if col == self.COUNTRY:
            return country_label(row.country)
        if col == self.NAME:
            chips = chips_for(row.tags, row.do_not_call)
            lines = [row.full_name]
            if chips:
                lines.append(" · ".join(c.text for c in chips))
            how = {
                "phone": self.tr("Found by phone number"),
                "email": self.tr("Found by email"),
                "account": self.tr("Found by account number"),
                "name": self.tr("Found by name"),
            }.get(row.matched_by)
            if how:
                lines.append(how)
            return "\n".join(lines)
        return self._display(row, col) or None

    def _display(self, row: CustomerSummary, col: int) -> str | None:
        return {
            self.NAME: row.full_name,
            self.PHONE: row.phone,
            self.EMAIL: row.email,
            self.ACCOUNT: row.account_no,
            self.COUNTRY: row.country,
        }.get(col)
