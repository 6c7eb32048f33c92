"""The sign-in dialog against a real PostgreSQL server that checks passwords (SCRAM)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from console import login
from console.errors import UserFacingError
from console.login import ServerLogin
from console.secrets import SERVICE
from console.settings import Settings
from tests.support.pgserver import PgServer, free_port
from tests.support.team import ScramLogin, scram_login
from ui import tasks
from ui.login_dialog import LoginDialog

pytestmark = pytest.mark.postgres


@pytest.fixture
def dana(scram_server: PgServer) -> ScramLogin:
    return scram_login(scram_server, "ui")


def _server(who: ScramLogin, **changes: object) -> ServerLogin:
    base = ServerLogin(who.host, who.port, who.database, who.user)
    return ServerLogin(**{**base.__dict__, **changes})  # type: ignore[arg-type]


@pytest.fixture
def dialog_for(qtbot: QtBot) -> Iterator[object]:
    made: list[LoginDialog] = []

    def make(server: ServerLogin, message: str = "") -> LoginDialog:
        d = LoginDialog(server, message)
        qtbot.addWidget(d)
        made.append(d)
        qtbot.waitUntil(lambda: tasks.pending_count() == 0)  # the keyring check answered
        return d

    yield make
    qtbot.waitUntil(lambda: tasks.pending_count() == 0)


def _sign_in(qtbot: QtBot, d: LoginDialog, password: str) -> None:
    d.password.clear()
    qtbot.keyClicks(d.password, password)
    qtbot.mouseClick(d.sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tasks.pending_count() == 0 and d.sign_in.isEnabled())
                    or d.result() == QDialog.DialogCode.Accepted)  # fmt: skip


def test_a_wrong_password_is_said_in_the_dialog_and_what_was_typed_stays(
    qtbot: QtBot, dana: ScramLogin, dialog_for: object
) -> None:
    d = dialog_for(_server(dana))  # type: ignore[operator]
    assert d.objectName() == "loginDialog"
    _sign_in(qtbot, d, "not-her-password")
    assert not d.error.isHidden() and "refused the user name or password" in d.error.text()
    assert "not-her-password" not in d.error.text()
    assert d.result() != QDialog.DialogCode.Accepted
    assert (d.host.text(), d.port.value(), d.database.text(), d.user.text()) == (
        dana.host, dana.port, dana.database, dana.user)  # fmt: skip
    assert d.password.text() == "not-her-password"  # kept, selected for retyping


def test_the_right_password_signs_in_and_remember_me_uses_the_keyring_only(
    qtbot: QtBot, dana: ScramLogin, dialog_for: object
) -> None:
    d = dialog_for(_server(dana))  # type: ignore[operator]
    assert d.remember.isEnabled() and not d.keyring_label.isVisible()
    d.remember.setChecked(True)
    _sign_in(qtbot, d, dana.password)
    assert d.result() == QDialog.DialogCode.Accepted
    url = d.url()
    assert url is not None and url.password == dana.password
    key = f"db-password:{dana.user}@{dana.host}:{dana.port}"
    assert keyring.get_password(SERVICE, key) == dana.password
    # Next start: the URL without a password gets it from the keyring.
    bare = _server(dana).url()
    assert login.with_saved_password(bare).password == dana.password


def test_without_a_keyring_remember_me_is_off_and_says_why(
    qtbot: QtBot, dana: ScramLogin, dialog_for: object
) -> None:
    keyring.set_keyring(FailKeyring())
    d = dialog_for(_server(dana))  # type: ignore[operator]
    assert not d.remember.isEnabled() and not d.remember.isChecked()
    assert "no password store (keyring)" in d.keyring_label.text()
    assert not d.keyring_label.isHidden()
    _sign_in(qtbot, d, dana.password)
    assert d.result() == QDialog.DialogCode.Accepted  # signing in still works


def test_an_unreachable_server_and_a_tls_failure_are_told_apart(
    qtbot: QtBot, dana: ScramLogin, dialog_for: object
) -> None:
    d = dialog_for(_server(dana, port=free_port()))  # type: ignore[operator]
    _sign_in(qtbot, d, dana.password)
    assert "Cannot reach the database" in d.error.text()
    d = dialog_for(_server(dana, sslmode="require"))  # type: ignore[operator]
    _sign_in(qtbot, d, dana.password)
    assert "secure connection (TLS)" in d.error.text()
    assert d.sslmode.currentText() == "require"
    d = dialog_for(_server(dana, sslmode="verify-full"))  # type: ignore[operator]
    _sign_in(qtbot, d, dana.password)
    assert "choose the CA file" in d.error.text()


def test_start_up_uses_the_remembered_password_and_the_login_is_the_user(
    qtbot: QtBot, dana: ScramLogin
) -> None:
    from ui.app import _open_signed_in

    server = _server(dana)
    login.remember(server, dana.password)
    with pytest.raises(UserFacingError, match="act as yourself"):
        _open_signed_in(server.url().render_as_string(hide_password=False), "riina",
                        settings=Settings(), title_suffix="")  # fmt: skip
    window = _open_signed_in(server.url().render_as_string(hide_password=False), None,
                             settings=Settings(), title_suffix="")  # fmt: skip
    assert window is not None
    qtbot.addWidget(window)
    assert window.context.user.username == dana.user
    assert window.context.user.display_name == "Dana Smith"
    window.close()
    window.context.db.dispose()


def test_start_up_without_a_usable_password_asks_in_the_dialog(
    qtbot: QtBot, dana: ScramLogin
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import _open_signed_in

    seen: list[str] = []

    def answer() -> None:
        d = QApplication.activeModalWidget()
        if not isinstance(d, LoginDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(d.error.text())
        d.password.setText(dana.password)
        d.sign_in.click()

    QTimer.singleShot(0, answer)
    url = _server(dana).url().render_as_string(hide_password=False)
    window = _open_signed_in(url, None, settings=Settings(), title_suffix="")
    assert window is not None
    qtbot.addWidget(window)
    assert seen and "refused the user name or password" in seen[0]
    assert window.context.user.username == dana.user
    assert keyring.get_password(SERVICE, _server(dana).secret_name) is None  # not asked to
    window.close()
    window.context.db.dispose()
