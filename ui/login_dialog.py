"""Sign in to the team's PostgreSQL server: server, user, password, TLS, "Remember me".

Shown at start-up when the configured database is PostgreSQL and the server refuses to let
this person in without a password (none remembered, none in the URL, or a wrong one). The
attempt runs in a worker; what went wrong (wrong password, server unreachable, TLS) is said in
the dialog, and everything typed stays. The password is remembered only in the OS keyring;
where there is none the box says so and is disabled.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from console import login as login_mod
from console.errors import UserFacingError
from console.login import SSLMODES, ServerLogin
from console.secrets import SecretStoreUnavailable
from console.storage.db import open_database
from ui.i18n import localized
from ui.tasks import run_task

log = logging.getLogger(__name__)


def _try_login(login: ServerLogin, password: str, remember: bool) -> str:
    """Worker: connect once (and check the schema); remember the password if asked.
    Returns a note for the person ("" when all is well)."""
    db = open_database(login.url(password))
    db.dispose()
    if not remember:
        login_mod.forget(login)
        return ""
    try:
        login_mod.remember(login, password)
    except SecretStoreUnavailable:
        return "no keyring"
    return ""


class LoginDialog(QDialog):
    def __init__(self, login: ServerLogin, message: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to the team's server"))
        self.setAccessibleName(self.tr("Sign in"))
        self._url: URL | None = None
        self.keyring_note = ""

        self.host = self._line("loginHost", login.host, self.tr("Server"))
        self.port = QSpinBox(objectName="loginPort")
        self.port.setRange(1, 65535)
        self.port.setValue(login.port)
        self.port.setAccessibleName(self.tr("Port"))
        self.database = self._line("loginDatabase", login.database, self.tr("Database"))
        self.user = self._line("loginUser", login.user, self.tr("User"))
        self.password = self._line("loginPassword", "", self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox(objectName="loginSslmode")
        self.sslmode.addItems(list(SSLMODES))
        self.sslmode.setCurrentText(login.sslmode)
        self.sslmode.setAccessibleName(self.tr("TLS mode"))
        self.ca_file = self._line("loginCaFile", login.sslrootcert, self.tr("CA file"))
        browse = QPushButton(self.tr("Browse…"), objectName="loginCaBrowse")
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.remember = QCheckBox(self.tr("Remember me (in this computer's keyring)"),
                                  objectName="loginRemember")  # fmt: skip
        self.remember.setEnabled(False)  # until the keyring answers
        self.keyring_label = QLabel(objectName="loginKeyringNote")
        self.keyring_label.setWordWrap(True)
        self.keyring_label.hide()
        self.error = QLabel(localized(message), objectName="loginError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(bool(message))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&TLS mode:"), self.sslmode)
        form.addRow(self.tr("&CA file:"), ca_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in = self.buttons.addButton(self.tr("Sign in"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.sign_in.setObjectName("loginSignIn")
        self.sign_in.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.keyring_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if login.user else self.user).setFocus()
        run_task(login_mod.keyring_available, self._keyring_answered, owner=self)

    def _line(self, name: str, value: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(value, objectName=name)
        edit.setAccessibleName(accessible)
        return edit

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The CA certificate"), "", self.tr("Certificates (*.pem *.crt);;All (*)")
        )
        if path:
            self.ca_file.setText(path)

    def _keyring_answered(self, available: bool) -> None:
        self.remember.setEnabled(available)
        if not available:
            self.remember.setChecked(False)
            self.keyring_label.setText(self.tr(
                "This computer has no password store (keyring), so the password cannot be "
                "remembered: you will type it each time."))  # fmt: skip
            self.keyring_label.show()

    def server_login(self) -> ServerLogin:
        return ServerLogin(
            host=self.host.text().strip(), port=self.port.value(),
            database=self.database.text().strip(), user=self.user.text().strip(),
            sslmode=self.sslmode.currentText(), sslrootcert=self.ca_file.text().strip(),
        )  # fmt: skip

    def _set_busy(self, busy: bool) -> None:
        for w in (self.host, self.port, self.database, self.user, self.password, self.sslmode,
                  self.ca_file, self.sign_in):  # fmt: skip
            w.setEnabled(not busy)

    def _submit(self) -> None:
        login = self.server_login()
        try:
            login.check()
        except UserFacingError as exc:
            self._show_error(exc)
            return
        password = self.password.text()
        remember = self.remember.isChecked()
        self.error.hide()
        self._set_busy(True)
        run_task(lambda: _try_login(login, password, remember),
                 lambda note: self._signed_in(login, password, note),
                 self._failed, owner=self)  # fmt: skip

    def _signed_in(self, login: ServerLogin, password: str, note: str) -> None:
        self._url = login.url(password)
        self.keyring_note = note
        if note:
            log.warning("the database password was not remembered: no keyring")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, UserFacingError):
            raise exc
        self._show_error(exc)
        self.password.setFocus()
        self.password.selectAll()

    def _show_error(self, exc: UserFacingError) -> None:
        self.error.setText(localized(exc.message))
        self.error.show()

    def url(self) -> URL | None:
        """The URL to open (with the password, kept in memory only) once signed in."""
        return self._url
