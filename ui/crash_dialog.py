"""The dialog a bug ends in: what happened, where the log is, and the details to send."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Shows a traceback with a "Copy details" button; several crashes collect in one dialog."""

    def __init__(self, details: str, log_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Agent Console — something went wrong"))
        self.resize(720, 480)

        heading = QLabel(self.tr("Something went wrong inside Agent Console."), self)
        heading.setObjectName("dialogHeading")
        explanation = QLabel(
            self.tr(
                "This is a bug, not something you did. You can keep working; if the console "
                "behaves oddly, restart it. Please send the details below to your support "
                "team. They were also written to the log:\n{log}"
            ).format(log=log_file),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._details = QPlainTextEdit(self)
        self._details.setObjectName("crashDetails")
        self._details.setAccessibleName(self.tr("Error details"))
        self._details.setReadOnly(True)
        self._details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._details.setPlainText(details)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setObjectName("copyDetails")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self._details, 1)
        layout.addWidget(buttons)

    def details(self) -> str:
        return self._details.toPlainText()

    def add_details(self, details: str) -> None:
        """Another crash while this dialog is open: append rather than stack dialogs."""
        self._details.setPlainText(self.details().rstrip() + "\n\n" + "-" * 60 + "\n" + details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.copy_button.setText(self.tr("Copied"))
