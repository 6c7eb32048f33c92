"""Start the console: the application object, its look, the database, the window.

``create_window`` builds everything on a database and returns the window without an event
loop (tests and screenshots use it); ``run`` is what ``agent-console`` calls. The window belongs
to a ``ConsoleSession`` (``window.session``), which outlives it: File › Language rebuilds the
window, and the session's ``window`` is always the current one.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy.engine import URL

import console
from console import logs, paths
from console.errors import LoginRefusedError, UserFacingError
from console.integrations.pop_listener import PopRequest
from console.services.customers import CustomerService
from console.services.scripts import ScriptService
from console.services.users import UserService
from console.settings import Settings
from console.settings import load as load_settings
from console.storage.db import Database, open_database
from ui import theme
from ui.console_session import ConsoleSession
from ui.context import ConsoleContext
from ui.errors import install_excepthook, message_box, present
from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.pop_controller import PopOutcome
from ui.single_instance import InstanceServer, send
from ui.theme import themed
from ui.view_state import APPLICATION, ORGANIZATION

log = logging.getLogger(__name__)

STYLE_SHEET = "style.qss"
APP_ICON = "icons/agent-console.svg"
# Readable on a busy day: nothing below 10 pt.
MIN_POINT_SIZE = 10.0
# Set to 1 to print a line once the window is shown, and exit (cold-start measurement).
STARTUP_PROBE = "AGENT_CONSOLE_EXIT_AFTER_SHOWN"
# Set to 1 to print a line when a screen-pop is on screen and when the PBX listener serves
# ("agent-console: popped 42", "agent-console: pop listener on 127.0.0.1:8765"): end-to-end
# tests and PBX integrators watch stdout for them.
POP_PROBE = "AGENT_CONSOLE_POP_PROBE"


def apply_look(app: QApplication, theme_setting: str = "", *, again: bool = False) -> None:
    """Fusion, the theme's palette and style sheet, a readable font size and the icon (once
    per app, or ``again`` when the theme changes; the theme is the setting's, or the
    operating system's)."""
    if app.property("agentConsoleLook") and not again:
        return
    chosen = theme.choose(theme_setting)
    app.setStyle(theme.style(chosen))
    theme.apply(app, chosen)
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    resources = paths.resources_dir()
    style = resources / STYLE_SHEET
    if style.is_file():
        app.setStyleSheet(themed(style.read_text(encoding="utf-8")))
    else:
        log.warning("style sheet %s is missing; using the plain Fusion look", style)
    icon = resources / APP_ICON
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    app.setProperty("agentConsoleLook", True)


def settle_heap() -> None:
    """Take the startup objects out of the garbage collector's full scans, once.

    Qt wrappers, SQLAlchemy's caches and phone metadata live as long as the window. Every full
    collection re-scanned them all: 60-70 ms on the GUI thread with a million-customer
    database open (agent-console bench, scripted session), a visible stall mid-call. Collect
    once while starting, then freeze what survived; later collections see only new objects.
    """
    gc.collect()
    gc.freeze()


def seed_scripts_if_empty(db: Database) -> None:
    """A console on a fresh database starts with the shipped script library. Part of opening
    the database (one cheap read once scripts exist); a failure is logged, never fatal: the
    console works without scripts, and `agent-console scripts seed` adds them later."""
    try:
        report = ScriptService(db).seed_if_empty()
    except (UserFacingError, ValueError, OSError) as exc:
        log.warning("the shipped scripts could not be added: %s", exc)
        return
    if report is not None:
        log.info("seeded the shipped scripts: %s", ", ".join(report.created) or "none")


def create_window(
    db_url: str | URL,
    user: str | None = None,
    *,
    settings: Settings | None = None,
    title_suffix: str = "",
) -> MainWindow:
    """The whole console on this database, not yet shown; needs an existing QApplication.

    The window's ``session`` holds the database, the services and the listeners; it outlives
    the window when the window is rebuilt in another language (``session.window``).

    Opens (and on SQLite migrates) the database and resolves the user on the calling thread:
    the one blocking step allowed, before there is a window to freeze. Raises
    ``UserFacingError`` when the database cannot be used or the user does not exist.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_window needs a QApplication: create one first")
    settings = settings if settings is not None else load_settings()
    apply_language(app, settings.language)
    apply_look(app, settings.theme)
    db = open_database(db_url or settings.db_url)
    try:
        users = UserService(db)
        info = users.resolve(user or settings.user or None)
        # In team mode only a supervisor's login may write the library; an agent's console
        # would only be refused (and say so in the log at every start).
        if info.is_supervisor or db.kind != "postgresql" or not users.in_team_mode():
            seed_scripts_if_empty(db)
    except BaseException:
        db.dispose()
        raise
    log.info("console on %s as %s (%s)", db.display, info.username, info.role)
    context = ConsoleContext(
        db=db,
        user=info,
        settings=settings,
        customers=CustomerService(db, default_region=settings.default_region),
        users=users,
    )
    return ConsoleSession(context, title_suffix=title_suffix).window


def _open_signed_in(
    db_url: str, user: str | None, *, settings: Settings, title_suffix: str
) -> MainWindow | None:
    """The window, after the team's server let this person in. A PostgreSQL URL without a
    password gets the one remembered in the keyring; when the server refuses (no usable
    password, or a wrong one) the sign-in dialog asks, as often as needed. None: cancelled."""
    from console import login

    raw = db_url or settings.db_url
    url: str | URL = raw
    if raw and login.is_postgresql(raw):
        url = login.with_saved_password(raw)
    while True:
        try:
            return create_window(url, user, settings=settings, title_suffix=title_suffix)
        except LoginRefusedError as exc:
            log.info("sign-in needed: %s", exc.message)
            message = exc.message
        from ui.login_dialog import LoginDialog

        current = url if isinstance(url, URL) else login.normalise_url(url)
        dialog = LoginDialog(login.ServerLogin.from_url(current), message)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.url() is None:
            return None
        url = dialog.url() or url


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Agent Console"))
    app.setApplicationVersion(console.__version__)
    app.setDesktopFileName("agent-console")
    return app


def _close_on_interrupt(app: QApplication) -> QTimer:
    """Ctrl+C in the terminal closes the windows properly (geometry saved) instead of nothing.

    Python only runs signal handlers between bytecodes, so a timer wakes the interpreter.
    """
    signal.signal(signal.SIGINT, lambda *_: app.closeAllWindows())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def _hand_over(name: str, pop: PopRequest | None) -> int:
    """A console already runs for this user: give it the pop (or bring it up) and leave."""
    try:
        delivered = send(pop.to_json() if pop else {"command": "show"}, name)
    except UserFacingError as exc:
        print(f"agent-console: {exc.message}", file=sys.stderr)
        return 1
    if not delivered:
        print("agent-console: the running console closed just now; start it again.",
              file=sys.stderr)  # fmt: skip
        return 1
    print("agent-console: the console is already running; it has been brought to the front.")
    return 0


def _print_pop(outcome: PopOutcome) -> None:
    if outcome.kind == "customer":
        print(f"agent-console: popped {outcome.customer_id}", flush=True)
    elif outcome.kind == "new":
        print(f"agent-console: popped new caller {outcome.request.e164}", flush=True)
    else:
        print(f"agent-console: popped chooser {outcome.request.e164}", flush=True)


def run(
    db_url: str,
    *,
    user: str | None,
    settings: Settings,
    title_suffix: str = "",
    pop: PopRequest | None = None,
) -> int:
    """Start the console and return its exit code: 0, or 1 when it could not start.

    One console per user: when one already runs, it gets ``pop`` (or comes to the front)
    and this process leaves with 0. ``pop`` is shown once the window is.
    """
    app = _application()
    logs.setup()
    install_excepthook()
    apply_language(app, settings.language)  # before anything says a word
    apply_look(app, settings.theme)
    instance: InstanceServer | None = None
    if not os.environ.get(STARTUP_PROBE):  # a cold-start measurement stands alone
        instance = InstanceServer(default_region=settings.default_region, parent=app)
        try:
            if not instance.listen():
                return _hand_over(instance.name, pop)
        except UserFacingError as exc:
            log.warning("running without the single-instance socket: %s", exc.message)
            instance = None
    try:
        window = _open_signed_in(db_url, user, settings=settings, title_suffix=title_suffix)
        if window is None:  # the person cancelled the sign-in
            if instance is not None:
                instance.close()
            return 1
    except UserFacingError as exc:
        if instance is not None:
            instance.close()
        log.warning("the console could not start: %s", exc.message)
        print(f"agent-console: {exc.message}", file=sys.stderr)
        present(message_box(None, exc), blocking=True)
        return 1
    settle_heap()
    window.show()
    # Without a window manager (kiosk sessions, Xvfb) nothing gives the window focus.
    window.raise_()
    window.activateWindow()
    _close_on_interrupt(app)
    if os.environ.get(STARTUP_PROBE):
        # Cold-start measurement (agent-console bench): say when the first event-loop pass
        # after show() has run, i.e. the window is on screen, then leave.
        def _probe() -> None:
            print("agent-console: window shown", flush=True)
            app.quit()

        QTimer.singleShot(0, _probe)
    # The session outlives the window (a language switch rebuilds it): pops, the listener and
    # the probes go through it, to whichever window is current.
    session = window.session
    if os.environ.get(POP_PROBE):
        session.popped.connect(_print_pop)
        session.listener_started.connect(
            lambda port: print(f"agent-console: pop listener on 127.0.0.1:{port}", flush=True)
        )
    if instance is not None:
        session.attach_instance(instance)
    if settings.pop_listener:
        session.start_listener()
    if pop is not None:
        QTimer.singleShot(0, lambda: session.show_pop(pop))
    try:
        return int(app.exec())
    finally:
        session.shutdown()
        if instance is not None:
            instance.close()
