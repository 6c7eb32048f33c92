"""Errors reach the agent kindly; bugs end in the crash dialog and the log."""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from console.errors import DatabaseUnavailableError, UserFacingError
from ui import errors
from ui.crash_dialog import CrashDialog
from ui.hub import Hub


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """Every dialog the errors module would show, captured instead of shown."""
    dialogs: list[QDialog] = []
    monkeypatch.setattr(errors, "present", lambda dialog, blocking=False: dialogs.append(dialog))
    return dialogs


@pytest.fixture(autouse=True)
def _no_leftover_crash_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(errors, "_crash_dialog", None)


def _raise_and_catch() -> tuple[type[BaseException], BaseException, TracebackType | None]:
    try:
        {}["missing"]
    except KeyError:
        return sys.exc_info()  # type: ignore[return-value]
    raise AssertionError("unreachable")


def test_a_user_facing_error_shows_its_message_and_detail(
    qtbot: QtBot, shown: list[QDialog]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    error = UserFacingError(
        "This callback was changed by Dana at 14:02 — reload to see it.", detail="version 3 != 4"
    )
    errors.show_error(parent, error)
    assert len(shown) == 1
    box = shown[0]
    assert isinstance(box, QMessageBox)
    assert box.text() == "This callback was changed by Dana at 14:02 — reload to see it."
    assert box.detailedText() == "version 3 != 4"
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.parent() is parent
    box.deleteLater()


def test_the_message_box_opens_without_blocking(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    errors.show_error(parent, UserFacingError("The database is behind: run db upgrade."))
    box = parent.findChild(QMessageBox, "errorMessage")
    assert box is not None and box.isVisible()  # reached only because nothing blocked
    assert box.text() == "The database is behind: run db upgrade."
    box.close()


def test_a_bug_goes_to_the_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: hooked.append(exc))
    bug = ValueError("bug")
    errors.show_error(None, bug)
    assert hooked == [bug]


def test_a_lost_database_turns_the_window_offline_instead_of_a_dialog(
    qtbot: QtBot, shown: list[QDialog]
) -> None:
    hub = Hub()
    errors.handle_error(None, hub, DatabaseUnavailableError("Cannot reach the database."))
    assert shown == []
    assert not hub.online and hub.offline_message == "Cannot reach the database."
    errors.handle_error(None, hub, UserFacingError("Something to fix."))
    assert len(shown) == 1
    shown[0].deleteLater()


def test_the_excepthook_logs_the_traceback_and_shows_the_crash_dialog(
    qtbot: QtBot, shown: list[QDialog], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        errors.excepthook(*_raise_and_catch())
    assert "unhandled exception" in caplog.text
    assert "KeyError: 'missing'" in caplog.text
    assert len(shown) == 1
    dialog = shown[0]
    assert isinstance(dialog, CrashDialog)
    assert "KeyError: 'missing'" in dialog.details()
    assert "Traceback (most recent call last)" in dialog.details()
    assert "Agent Console 0." in dialog.details()

    # A second crash while the dialog is open joins it rather than stacking dialogs.
    errors.excepthook(*_raise_and_catch())
    assert len(shown) == 1
    assert dialog.details().count("KeyError: 'missing'") == 2
    dialog.deleteLater()


def test_copy_details_puts_the_traceback_on_the_clipboard(qtbot: QtBot) -> None:
    errors.excepthook(*_raise_and_catch())
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
    )
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Traceback (most recent call last)" in copied
    assert "KeyError: 'missing'" in copied
    assert dialog.copy_button.text() == "Copied"
    dialog.close()


def test_install_excepthook_routes_unhandled_exceptions(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, shown: list[QDialog]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    before = sys.excepthook
    previous = errors.install_excepthook()
    assert previous is before
    assert sys.excepthook is errors.excepthook


def test_a_crash_on_another_thread_reaches_the_dialog_on_the_gui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, shown: list[QDialog]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    info = _raise_and_catch()
    thread = threading.Thread(target=lambda: errors.excepthook(*info))
    thread.start()
    thread.join(5)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert isinstance(shown[0], CrashDialog)
    shown[0].deleteLater()
