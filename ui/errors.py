"""The one place errors reach the agent (Anki's aqt/errors.py, qutebrowser's Known/Bug split).

A ``UserFacingError`` is something the agent can act on: it gets a plain message box with the
message (and its detail behind "Show Details"). Anything else is a bug: it goes through
``sys.excepthook``, which logs the traceback and shows the crash dialog.

Every dialog shown from here goes through ``present``, the single seam tests replace so that
nothing ever blocks a test run.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

import console
from console import logs, paths
from console.errors import DatabaseUnavailableError, UserFacingError
from ui.accessibility import prepare
from ui.crash_dialog import CrashDialog
from ui.hub import Hub
from ui.i18n import localized

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def present(dialog: QDialog, *, blocking: bool = False) -> None:
    """Show a dialog: window-modal and non-blocking, or (before any event loop) blocking."""
    prepare(dialog)
    if blocking:
        dialog.exec()
    else:
        dialog.open()


def message_box(parent: QWidget | None, error: UserFacingError) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("errorMessage")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Agent Console"))
    box.setText(localized(error.message))
    if error.detail:
        box.setDetailedText(error.detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the agent about an error: kindly if they can act on it, as a bug otherwise."""
    if isinstance(error, UserFacingError):
        log.info("shown to the user: %s", error.message)
        present(message_box(parent, error))
    else:
        sys.excepthook(type(error), error, error.__traceback__)


def handle_error(parent: QWidget | None, hub: Hub | None, error: BaseException) -> None:
    """Like ``show_error``, but a lost database turns the window offline instead of nagging."""
    if hub is not None and isinstance(error, DatabaseUnavailableError):
        hub.report_offline(error.message)
    else:
        show_error(parent, error)


# ---- bugs --------------------------------------------------------------------------------------


def crash_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """What a bug report needs: versions, then the traceback."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    header = (
        f"Agent Console {console.__version__} · Python {platform.python_version()} · "
        f"PySide6 {pyside_version} · Qt {qVersion()} · {platform.platform()}"
    )
    return header + "\n\n" + "".join(traceback.format_exception(exc_type, exc, tb))


_crash_dialog: CrashDialog | None = None


def show_crash(details: str) -> CrashDialog:
    """Show (or extend) the crash dialog on the GUI thread."""
    global _crash_dialog
    if _crash_dialog is not None and shiboken6.isValid(_crash_dialog):
        _crash_dialog.add_details(details)
        _crash_dialog.raise_()
        return _crash_dialog
    parent = QApplication.activeWindow()
    dialog = CrashDialog(details, str(paths.log_dir() / logs.LOG_FILE), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _crash_dialog = dialog
    present(dialog)
    return dialog


class _CrashRelay(QObject):
    """Carries a crash from another thread to the GUI thread."""

    crashed = Signal(str)

    @Slot(str)
    def show(self, details: str) -> None:
        show_crash(details)


_relay: _CrashRelay | None = None


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log the traceback, then show the crash dialog (from any thread)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("unhandled exception", exc_info=(exc_type, exc, tb))
    details = crash_details(exc_type, exc, tb)
    app = QApplication.instance()
    try:
        if app is None:
            sys.__excepthook__(exc_type, exc, tb)
        elif QThread.currentThread() is app.thread():
            show_crash(details)
        elif _relay is not None and shiboken6.isValid(_relay):
            _relay.crashed.emit(details)
        else:
            sys.__excepthook__(exc_type, exc, tb)
    except Exception:
        # Never let the crash handler itself crash the process silently.
        log.exception("the crash dialog failed")
        sys.__excepthook__(exc_type, exc, tb)


def install_excepthook() -> ExceptHook:
    """Route unhandled exceptions to the log and the crash dialog; returns the previous hook."""
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):
        _relay = _CrashRelay()
        _relay.crashed.connect(_relay.show, Qt.ConnectionType.QueuedConnection)
    previous = sys.excepthook
    sys.excepthook = excepthook
    return previous
