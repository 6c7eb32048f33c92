"""Help › Keyboard shortcuts: every action of the window and its key, in one table.

The table is for keyboard and screen-reader users above all: it takes the focus, a row is
selected and read out as a whole, Page Up/Down, Home and End scroll it, and typing filters it
(the filter box above takes what is typed).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# A menu letter as translations write it after the text, "وارد کردن(&I)" or "Import (&I)".
_TRAILING_MNEMONIC = re.compile(r"\s*\(&[^&\s)]\)")


def keys_of(action: QAction) -> str:
    """All of an action's keys as the platform writes them ("F1, Ctrl+/")."""
    return ", ".join(
        keys.toString(QKeySequence.SequenceFormat.NativeText) for keys in action.shortcuts()
    )


def command_name(text: str) -> str:
    """A menu command as a sentence names it: no menu letter in either form ("&Import…",
    "وارد کردن(&I)…"), no trailing ellipsis; "&&" is a literal "&"."""
    text = _TRAILING_MNEMONIC.sub("", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("….").strip()


class ShortcutsDialog(QDialog):
    def __init__(
        self,
        actions: list[QAction],
        extra: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setSizeGripEnabled(True)
        self.resize(680, 560)
        rows = [(command_name(action.text()), keys_of(action)) for action in actions
                if action.shortcuts()] + list(extra)  # fmt: skip

        heading = QLabel(self)
        heading.setText(
            self.tr("Every command you can reach from the keyboard. Type to filter; "
                    "Page Up, Page Down, Home and End move through the list.")
        )  # fmt: skip
        heading.setObjectName("shortcutsHeading")
        heading.setWordWrap(True)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter by command or key"))
        self.filter.setAccessibleName(self.tr("Filter the shortcuts"))
        self.filter.setAccessibleDescription(self.tr("Filter by command or key"))
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)

        table = QTableWidget(len(rows), 2, self)
        self.table = table
        table.setObjectName("shortcutsTable")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A focusable table with one selected row: keys scroll it, a screen reader reads it.
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        table.setTabKeyNavigation(False)
        table.setShowGrid(False)
        table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for i, (text, keys) in enumerate(rows):
            name_item = QTableWidgetItem(text)
            keys_item = QTableWidgetItem(keys)
            # The whole row is read when it is selected: "Import customers: Ctrl+I".
            spoken = f"{text}: {keys}"
            for item in (name_item, keys_item):
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            table.setItem(i, 0, name_item)
            table.setItem(i, 1, keys_item)
        table.installEventFilter(self)
        if rows:
            table.setCurrentCell(0, 0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.filter)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        table.setFocus()

    def visible_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.table.rowCount()):
            haystack = " ".join(self.table.item(row, col).text() for col in (0, 1)).casefold()
            self.table.setRowHidden(row, not all(w in haystack for w in words))
        shown = self.visible_rows()
        current = self.table.currentRow()
        if shown and current not in shown:
            self.table.setCurrentCell(shown[0], 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.table and self._is_typing(event):
                # Typing in the list filters it: the text goes to the filter box.
                self.filter.setFocus()
                self.filter.insert(event.text())
                return True
            if watched is self.table and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
                # The first or last command, not the first or last column of the row.
                shown = self.visible_rows()
                if shown:
                    row = shown[0] if event.key() == Qt.Key.Key_Home else shown[-1]
                    self.table.setCurrentCell(row, 0)
                return True
            if watched is self.filter and event.key() in (
                Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Up, Qt.Key.Key_PageUp
            ):  # fmt: skip
                self.table.setFocus()
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _is_typing(event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        text = event.text()
        return (
            mods == Qt.KeyboardModifier.NoModifier
            and len(text) == 1
            and text.isprintable()
            and not text.isspace()
        )
