"""Several customers share the calling number: the agent picks who is on the line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.services.customers import CustomerSummary
from ui.formatting import country_label

_ID_ROLE = Qt.ItemDataRole.UserRole


class CallerChooserDialog(QDialog):
    """Arrows move, Enter opens the selected customer, Esc cancels."""

    customer_chosen = Signal(int)

    def __init__(
        self, number: str, matches: Sequence[CustomerSummary], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callerChooser")
        self.setWindowTitle(self.tr("Who is calling?"))
        self.setAccessibleName(self.tr("Choose the caller"))
        self.setMinimumWidth(520)

        text = self.tr("%Ln customers have the number {number}. Who is calling?", "", len(matches))
        heading = QLabel(text.format(number=number), self)
        heading.setObjectName("chooserHeading")
        heading.setWordWrap(True)

        self.list = QTreeWidget(self)
        self.list.setObjectName("callerChoices")
        self.list.setAccessibleName(self.tr("Customers with this number"))
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Account"), self.tr("Country")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for match in matches:
            columns = [match.full_name, match.account_no, country_label(match.country)]
            item = QTreeWidgetItem(columns)
            item.setData(0, _ID_ROLE, match.id)
            item.setToolTip(0, match.email or match.phone)
            self.list.addTopLevelItem(item)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(lambda _item, _column: self.accept())
        if matches:
            self.list.setCurrentItem(self.list.topLevelItem(0))

        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(0, _ID_ROLE))

    def accept(self) -> None:
        chosen = self.chosen_id()
        super().accept()
        if chosen is not None:
            self.customer_chosen.emit(chosen)
