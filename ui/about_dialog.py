"""Help › About: what this is, which version, on which Qt and Python, and which database."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import console


class AboutDialog(QDialog):
    def __init__(self, database: str, database_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Agent Console"))
        self.setMinimumWidth(460)

        icon = QLabel(self)
        app_icon = QGuiApplication.windowIcon()
        if not app_icon.isNull():
            icon.setPixmap(app_icon.pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)

        name = QLabel(self.tr("Agent Console"), self)
        name.setObjectName("dialogHeading")
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.version_label = QLabel(
            self.tr("Version {version}").format(version=console.__version__), self
        )
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        description = QLabel(
            self.tr(
                "A desktop console for contact-center agents and supervisors: customer "
                "history, callbacks, warm transfers, scripts and a live backlog."
            ),
            self,
        )
        description.setWordWrap(True)
        description.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.details_label = QLabel(
            self.tr(
                "Database: {kind} · {database}\nQt {qt} · PySide6 {pyside} · Python {python}"
            ).format(
                kind=database_kind,
                database=database,
                qt=qVersion(),
                pyside=pyside_version,
                python=platform.python_version(),
            ),
            self,
        )
        self.details_label.setObjectName("aboutDetails")
        self.details_label.setWordWrap(True)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(icon)
        layout.addWidget(name)
        layout.addWidget(self.version_label)
        layout.addWidget(description)
        layout.addSpacing(6)
        layout.addWidget(self.details_label)
        layout.addWidget(buttons)
