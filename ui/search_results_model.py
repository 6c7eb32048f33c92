"""Search results as a table: one lightweight row per customer, no database access."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from console.services.customers import CustomerSummary
from ui.formatting import Chip, chips_for, country_label
from ui.i18n import ltr, separator
from ui.row_table_model import RowTableModel


def _chips(row: CustomerSummary) -> tuple[Chip, ...]:
    """Do-not-call first, then a mark for an open disruption, then VIP and the other tags."""
    chips = chips_for(row.tags, row.do_not_call)
    if not row.incidents:
        return chips
    dnc = tuple(c for c in chips if c.kind == "dnc")
    mark = Chip(QCoreApplication.translate("SearchResultsModel", "Disruption"), "incident")
    return (*dnc, mark, *(c for c in chips if c.kind != "dnc"))


class SearchResultsModel(RowTableModel[CustomerSummary]):
    NAME = 0
    PHONE = 1
    EMAIL = 2
    ACCOUNT = 3
    COUNTRY = 4
    COLUMN_COUNT = 5

    # The customer id of a row, and its chips (do-not-call, VIP, other tags) for the delegate.
    CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    CHIPS_ROLE = Qt.ItemDataRole.UserRole + 2
    # A quiet note after the name that tells namesakes apart (their account number).
    NOTE_ROLE = Qt.ItemDataRole.UserRole + 3

    def set_rows(self, rows: Sequence[CustomerSummary]) -> None:
        names = Counter(r.full_name for r in rows)
        self._namesakes = {name for name, n in names.items() if n > 1}
        super().set_rows(rows)

    def _note(self, row: CustomerSummary) -> str:
        return row.account_no if row.full_name in getattr(self, "_namesakes", ()) else ""

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Phone"), self.tr("Email"), self.tr("Account"),
                self.tr("Country"))  # fmt: skip

    def cell(self, row: CustomerSummary, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.NAME:
            chips = chips_for(row.tags, row.do_not_call)
            marks = [self._incident_text(row)] if row.incidents else []
            note = [self._note(row)] if self._note(row) else []
            return ", ".join([row.full_name, *note, *marks, *(c.text for c in chips)])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COUNTRY:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.CUSTOMER_ID_ROLE:
            return row.id
        if role == self.CHIPS_ROLE and col == self.NAME:
            return _chips(row)
        if role == self.NOTE_ROLE and col == self.NAME:
            return self._note(row)
        if role == Qt.ItemDataRole.FontRole and row.matched_by == "similar name":
            font = QFont()
            font.setItalic(True)  # a look-alike, not a match: the status line says so too
            return font
        return None

    def _incident_text(self, row: CustomerSummary) -> str:
        return self.tr("Disruption: {names}").format(names="; ".join(row.incidents))

    def tooltip(self, row: CustomerSummary, col: int) -> str | None:
        if col == self.COUNTRY:
            return country_label(row.country)
        if col == self.NAME:
            chips = chips_for(row.tags, row.do_not_call)
            lines = [row.full_name]
            if row.incidents:
                lines.append(self._incident_text(row))
            if chips:
                lines.append(separator().join(c.text for c in chips))
            how = {
                "phone": self.tr("Found by phone number"),
                "email": self.tr("Found by email"),
                "account": self.tr("Found by account number"),
                "name": self.tr("Found by name"),
                "similar name": self.tr("A similar name: nobody's name contains what you typed"),
            }.get(row.matched_by)
            if how:
                lines.append(how)
            return "\n".join(lines)
        return self.display(row, col) or None

    def display(self, row: CustomerSummary, col: int) -> str | None:
        return {
            self.NAME: row.full_name,
            # Identifiers read left to right, whole, in a right-to-left interface too.
            self.PHONE: ltr(row.phone),
            self.EMAIL: ltr(row.email),
            self.ACCOUNT: ltr(row.account_no),
            self.COUNTRY: row.country,
        }.get(col)
