"""The console session: what outlives one window, so the window can be rebuilt in another
language while the console keeps running.

Qt widgets build their text once (no widget of the console handles ``LanguageChange``), so
choosing another language in File › Language builds a fresh window in it and retires the old
one. What must not notice the swap lives here, once per console: the database and services
(``ConsoleContext``: never reconnected), the live-update listener (one LISTEN connection on
PostgreSQL), the single-instance server's and the PBX listener's pops (always handed to the
current window), and the tray icon. The old window hands over what the agent had on screen
and typed (``MainWindow.memory``), the new one takes it over, and only then does the old one
close: drafts are flushed to disk first, nothing prompts, and the application does not quit
on the way (the new window is on screen before the old one closes).

A switch waits (briefly) for answers in flight: a write whose answer went to a retired window
would be lost to the agent. When something cannot be carried over (offline, a dialog open,
still busy after a few seconds), the choice is saved and applies at the next start, and the
agent is told why.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from console.errors import UserFacingError
from console.integrations.pop_listener import (
    PopListener,
    PopListenerError,
    PopRequest,
    listener_token,
)
from ui import tasks, theme
from ui.context import ConsoleContext
from ui.errors import show_error
from ui.formatting import utcnow
from ui.i18n import apply_language, current_language, localized, resolve_language
from ui.live_updates import LiveUpdates
from ui.pop_controller import NO_STACKING_PLATFORMS
from ui.single_instance import InstanceServer

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

# How long a language switch waits for answers in flight before it gives up for now.
SWITCH_WAIT_S = 5.0
_SWITCH_POLL_MS = 25


class ConsoleSession(QObject):
    """One per running console; ``window`` is the current main window."""

    # The window was rebuilt (in another language); the argument is the new one, on screen.
    window_replaced = Signal(object)
    # A pop is on screen, in whichever window showed it (PopOutcome).
    popped = Signal(object)
    # The PBX listener is serving on this port.
    listener_started = Signal(int)
    _posted = Signal(object)  # PopRequest, from the listener's thread

    def __init__(self, context: ConsoleContext, *, title_suffix: str = "") -> None:
        super().__init__()
        from ui.main_window import MainWindow

        self.context = context
        self.title_suffix = title_suffix
        # Drafts saved after this are this run's own, not "unsaved notes from last time".
        self.started_at = utcnow()
        # The language as chosen (File › Language saves it; "" = the system's).
        self.language_setting = context.settings.language
        self.instance: InstanceServer | None = None
        self.listener: PopListener | None = None
        self.tray = self._tray()
        self.closed = False
        self.switches = 0
        self._wanted: str | None = None
        # A theme to change to with the next rebuild (the OS switched light/dark).
        self._theme_wanted: str | None = None
        self._posted.connect(self.show_pop, Qt.ConnectionType.QueuedConnection)
        self.window: MainWindow = MainWindow(self)
        self.window.pop_controller.popped.connect(self.popped)
        self.live = LiveUpdates(context.db, self.window.hub, self)
        self.live.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.styleHints().colorSchemeChanged.connect(self.follow_theme)

    def _tray(self) -> QSystemTrayIcon | None:
        """The console's one tray icon (reminders show their message there), if any."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(QApplication.windowIcon(), self)
        tray.setToolTip(QCoreApplication.translate("CallbackReminder", "Agent Console"))
        tray.show()
        return tray

    # ---- pops: the single-instance server and the PBX listener ---------------------------

    def attach_instance(self, instance: InstanceServer) -> None:
        """Later starts of the console (and ``agent-console pop``) reach the current window."""
        self.instance = instance
        instance.pop_received.connect(self.show_pop)
        instance.show_requested.connect(self.bring_to_front)

    def show_pop(self, request: PopRequest) -> None:
        if not self.closed:
            self.window.show_pop(request)

    def bring_to_front(self) -> None:
        if not self.closed:
            self.window.pop_controller.bring_to_front()

    def post(self, request: PopRequest) -> None:
        """Thread-safe: the listener's request thread hands a pop to the GUI thread."""
        self._posted.emit(request)

    def start_listener(self) -> None:
        """Serve ``POST /pop`` on 127.0.0.1 (setting pop_listener); the token comes first.

        The keyring may be slow (D-Bus) or missing: it is asked off the GUI thread, and a
        failure tells the agent the listener is off without stopping the console.
        """
        if self.listener is not None:
            return
        tasks.run_task(listener_token, self._start_listener, self._listener_failed, owner=self)

    def stop_listener(self) -> None:
        listener, self.listener = self.listener, None
        if listener is not None:
            listener.stop()

    def _start_listener(self, token: str) -> None:
        settings = self.context.settings
        listener = PopListener(
            self.post,
            token=token,
            port=settings.pop_listener_port,
            default_region=settings.default_region,
        )
        try:
            listener.start()
        except PopListenerError as exc:
            self._listener_failed(exc)
            return
        self.listener = listener
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "PopController", "Screen-pop listener on 127.0.0.1:{port}"
            ).format(port=listener.port),
            10_000,
        )
        self.listener_started.emit(listener.port)

    def _listener_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            show_error(self.window, error)
            return
        log.warning("screen-pop listener not started: %s", error.message)
        message = QCoreApplication.translate(
            "PopController", "The screen-pop listener is off: {reason}"
        ).format(reason=localized(error.message))
        show_error(self.window, UserFacingError(message, detail=error.detail))

    # ---- the language ----------------------------------------------------------------------

    def switch_language(self, setting: str) -> None:
        """Show the console in this language ("" = the system's) now: the window is rebuilt
        once nothing is in flight. When it cannot be, the window says the choice applies at
        the next start, and why (``MainWindow.language_later``)."""
        code = resolve_language(setting)
        waiting = self._wanted is not None
        self._wanted = code
        if not waiting:
            self._switch_when_idle(time.monotonic() + SWITCH_WAIT_S)

    def follow_theme(self, scheme: Qt.ColorScheme | None = None) -> None:
        """The operating system turned light or dark: with the theme setting on "system", the
        window is rebuilt in the new colours (its style sheets are built with them), the same
        way and with the same care as for a language. When it cannot be rebuilt now, the
        palette and the application's style sheet change at once, and the rest follows at the
        next rebuild or start."""
        setting = self.context.settings.theme.strip().lower()
        if setting in (theme.LIGHT, theme.DARK) and scheme is not None:
            return  # the agent chose one: it stays (called without a scheme: it changed)
        if scheme is None or scheme == Qt.ColorScheme.Unknown:
            chosen = theme.choose(setting)
        else:
            chosen = theme.DARK if scheme == Qt.ColorScheme.Dark else theme.LIGHT
        if self.closed or chosen == theme.current():
            return
        self._theme_wanted = chosen
        if self._wanted is None:
            self._wanted = current_language()
            self._switch_when_idle(time.monotonic() + SWITCH_WAIT_S)

    def _switch_when_idle(self, deadline: float) -> None:
        code, window = self._wanted, self.window
        if code is None or self.closed or not shiboken6.isValid(window):
            self._wanted = self._theme_wanted = None
            return
        if code == current_language() and self._theme_wanted is None:
            self._wanted = None
            return
        reason = window.switch_blocker()
        if reason is None and tasks.pending_count():
            if time.monotonic() < deadline:
                QTimer.singleShot(_SWITCH_POLL_MS, self, lambda: self._switch_when_idle(deadline))
                return
            reason = self.tr("the console is still waiting for the database")
        self._wanted = None
        if reason is not None:
            if self._theme_wanted is not None:
                log.info("theme %s: colours only for now (%s)", self._theme_wanted, reason)
                self._apply_theme()
            if code != current_language():
                log.info("language %s applies at the next start: %s", code, reason)
                window.language_later(code, reason)
            return
        self._rebuild(code)

    def _apply_theme(self) -> None:
        from ui.app import apply_look

        wanted, self._theme_wanted = self._theme_wanted, None
        app = QApplication.instance()
        if wanted is not None and isinstance(app, QApplication):
            apply_look(app, wanted, again=True)

    def _rebuild(self, code: str) -> None:
        from ui.main_window import MainWindow

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        old, previous = self.window, current_language()
        memory = old.memory()  # flushes every draft to disk, synchronously
        apply_language(app, code)
        self._apply_theme()
        try:
            new = MainWindow(self, carried=memory)
        except BaseException:
            apply_language(app, previous)  # the old window goes on, in its language
            raise
        old.retire()
        self.window = new
        self.live.set_hub(new.hub)
        new.pop_controller.popped.connect(self.popped)
        if self.tray is not None:
            self.tray.setToolTip(QCoreApplication.translate("CallbackReminder", "Agent Console"))
        if memory.visible:
            new.show()
            if memory.active:
                if QGuiApplication.platformName() not in NO_STACKING_PLATFORMS:
                    new.raise_()  # headless platforms have no stacking order (and warn)
                new.activateWindow()
        old.close()  # retired: no prompts, no shutdown; the new window keeps the app alive
        old.deleteLater()
        self.switches += 1
        log.info("window rebuilt in %s", code)
        if code != previous:  # a new theme alone is no news about the language
            new.language_changed()
        self.window_replaced.emit(new)

    # ---- the end -------------------------------------------------------------------------

    def shutdown(self) -> None:
        """The console is closing for good (its window closed): stop listening, let running
        reads finish, close the database."""
        if self.closed:
            return
        self.closed = True
        self._wanted = None
        self.live.stop()
        self.stop_listener()
        if self.instance is not None:
            self.instance.close()
        if self.tray is not None:
            self.tray.hide()
        # Let running reads finish before the engine goes away (they are short).
        tasks.wait_for_workers(5_000)
        self.context.db.dispose()
