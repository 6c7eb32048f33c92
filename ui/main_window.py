"""The console's window: search on the left; the open customer's card and history on the right.

The window belongs to a ``ConsoleSession`` (ui/console_session.py), which outlives it: choosing
another language rebuilds the window, and ``memory``/``carried`` hand what the agent had on
screen and typed from the old window to the new one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from console import settings as settings_file
from console.drafts import DraftStore, note_customer
from console.errors import DatabaseUnavailableError, NotFoundError, UserFacingError
from console.integrations.calendar import CalendarItem, callbacks_to_ics, write_ics
from console.integrations.pop_listener import PopRequest
from console.services.callbacks import CallbackService, CallbackView
from console.services.customers import CustomerCard as CardData
from console.services.dashboard import SUPERVISING_ROLES, Drill
from console.services.incidents import IncidentService
from console.services.transfers import TransferService, TransferView
from console.services.users import UserInfo
from console.storage.dialect import POSTGRESQL
from ui import tasks
from ui.about_dialog import AboutDialog
from ui.accessibility import announce, prepare
from ui.callback_reminder import CallbackReminder, ReminderMemory
from ui.callback_table import CallbackTable
from ui.callback_work_panel import CallbackWorkPanel, PanelMemory
from ui.customer_card import CustomerCard
from ui.customer_edit_dialog import CustomerEditDialog
from ui.customer_search import CustomerSearch
from ui.errors import present, show_error
from ui.formatting import number
from ui.goodwill_dialog import GoodwillDialog
from ui.history_view import HistoryMemory, HistoryView
from ui.hub import Hub
from ui.i18n import LANGUAGES, current_language, isolate, ltr
from ui.import_dialog import ImportDialog
from ui.incident_banner import IncidentBanner, IncidentMemory, IncidentWatch
from ui.live_updates import LiveUpdates
from ui.note_composer import ComposerMemory
from ui.pop_banner import PopBanner
from ui.pop_controller import PopController, PopMemory
from ui.script_library import (
    COMPACT_WIDTH,
    ScriptLibrary,
    ScriptMemory,
    leading_area,
    trailing_area,
)
from ui.shortcuts_dialog import ShortcutsDialog
from ui.transfer_inbox import InboxMemory, TransferInbox
from ui.transfer_status import StatusMemory, TransferStatus
from ui.view_state import open_view_state

if TYPE_CHECKING:
    from ui.console_session import ConsoleSession
    from ui.dashboard_tab import DashboardTab

FIND_SHORTCUT = QKeySequence("Ctrl+K")


def _pane(name: str, child: QWidget, accessible: str, *, margin: int = 12) -> QFrame:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setAccessibleName(accessible)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(margin, margin, margin, margin - 2 if margin else 0)
    layout.addWidget(child)
    return frame


@dataclass(frozen=True)
class DockMemory:
    visible: bool
    floating: bool
    # Beside the customer ("trailing": the right in a left-to-right window), or the other side.
    trailing: bool
    geometry: QByteArray
    width: int


@dataclass(frozen=True)
class WindowMemory:
    """What one window hands to the window that replaces it: where it was on screen, what the
    agent had open, chosen and typed, and what it already told them (so nothing beeps twice)."""

    geometry: QByteArray
    # Where it was, exactly (restoreGeometry keeps a window inside the screen's bounds).
    rect: QRect
    state: Qt.WindowState
    visible: bool
    active: bool
    splitters: dict[str, QByteArray]
    customer_id: int | None
    history: HistoryMemory
    # The note being typed (also on disk by now), its mode and what the composer says.
    note: ComposerMemory | None
    search_text: str
    left_tab: int
    workspace_tab: int
    # Which callbacks the Callbacks tab lists ("mine", "queues").
    callback_scope: str
    dock: DockMemory
    dock_was_open: bool
    callback_panel: PanelMemory | None
    reminder: ReminderMemory
    inbox: InboxMemory
    transfer: StatusMemory | None
    incidents: IncidentMemory
    pop: PopMemory | None
    popped_customer: int | None
    scripts: ScriptMemory
    drills: tuple[Drill, ...] = ()
    focus: str = ""


class MainWindow(QMainWindow):
    # Seconds between attempts to reach a lost database: quick at first, then patient.
    retry_delays_s: tuple[float, ...] = (2.0, 5.0, 10.0, 30.0)

    def __init__(self, session: ConsoleSession, *, carried: WindowMemory | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        context = session.context
        self.context = context
        # Set once this window has been replaced by a rebuilt one: closing it is no ending.
        self._retired = False
        self.hub = Hub(self)
        self.setWindowTitle(self.tr("Agent Console") + session.title_suffix)
        self.setMinimumSize(760, 520)

        self.search = CustomerSearch(
            context.customers, self.hub, limit=context.settings.search_limit
        )
        self.card = CustomerCard(context.customers, self.hub, context.agent_zone)
        self.history = HistoryView(
            context.customers,
            self.hub,
            context.agent_zone,
            user_id=context.user.id,
            page_size=context.settings.timeline_limit,
        )
        self.callback_service = CallbackService(context.db)
        self.callback_table = CallbackTable(
            self.callback_service, self.hub, context.user.id, context.agent_zone
        )
        self.left_tabs = QTabWidget()
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.setAccessibleName(self.tr("Customers and callbacks"))
        self.left_tabs.setDocumentMode(True)
        self.left_tabs.addTab(self.search, self.tr("Customers"))
        self.left_tabs.addTab(self.callback_table, self.tr("Callbacks"))
        self.search_pane = _pane("searchPane", self.left_tabs, self.tr("Find a customer"))
        self.card_pane = _pane("cardPane", self.card, self.tr("Customer"), margin=0)
        self.history_pane = _pane("historyPane", self.history, self.tr("History"))
        self.history_pane.hide()  # until a customer is open

        self.detail_splitter = QSplitter(Qt.Orientation.Vertical)
        self.detail_splitter.setObjectName("detailSplitter")
        self.detail_splitter.setChildrenCollapsible(False)
        self.detail_splitter.addWidget(self.card_pane)
        self.detail_splitter.addWidget(self.history_pane)
        # When a banner or the callback being worked takes height, the card (which scrolls,
        # open promises first) gives up more of it than the history.
        self.detail_splitter.setStretchFactor(0, 2)
        self.detail_splitter.setStretchFactor(1, 1)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.setChildrenCollapsible(False)
        # The screen-pop banner ("why they may be calling") sits above the card and the
        # history, with the height its lines need (word-wrapped labels get their height for
        # the width in a box layout); the card and the history share what is left and scroll.
        self.detail_column = QWidget()
        self.detail_column.setObjectName("detailColumn")
        detail_layout = QVBoxLayout(self.detail_column)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.setSpacing(8)
        self.pop_banner = PopBanner(context.agent_zone, self.detail_column)
        detail_layout.addWidget(self.pop_banner)
        detail_layout.addWidget(self.detail_splitter, 1)

        self.main_splitter.addWidget(self.search_pane)
        self.main_splitter.addWidget(self.detail_column)
        # A bigger or smaller window (or the script library opening beside it) changes the
        # customer's room, not the search's: a few results need no more width.
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)

        self.offline_banner = QLabel(self)
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setAccessibleName(self.tr("Offline"))
        self.offline_banner.setWordWrap(True)
        self.offline_banner.hide()

        # The callback being worked, with its dial and outcome buttons: full width above both
        # panes, so the card and the history keep their room during the call.
        self.callback_panel = CallbackWorkPanel(context, self.callback_service, self.hub, self)
        self.callback_reminder = CallbackReminder(
            self.callback_service, self.hub, context.user.id,
            lead_minutes=context.settings.callback_reminder_lead_min,
            poll_seconds=context.settings.callback_poll_s, tray=session.tray, parent=self,
            sound=context.settings.callback_reminder_sound,
            returning=context.user.last_seen_at is not None,
        )  # fmt: skip

        # Warm transfers: incoming ones with their note, and the state of the one I sent.
        # PostgreSQL notifies at once (poll only as a safety net); SQLite is polled.
        self.transfer_service = TransferService(context.db)
        poll = 15.0 if context.db.kind == POSTGRESQL else 2.0
        self.transfer_inbox = TransferInbox(
            self.transfer_service, self.hub, context.user.id, context.customers,
            poll_seconds=poll, parent=self,
        )  # fmt: skip
        self.transfer_status = TransferStatus(
            self.transfer_service, self.hub, context.user.id, poll_seconds=poll, parent=self
        )
        self.incident_service = IncidentService(context.db)
        self.incident_dialog: QWidget | None = None
        self._popped_customer: int | None = None

        central = QWidget(self)
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(8)
        # Open disruptions: the facts every agent tells customers, on every console, live; the
        # banner is built above the others when a first disruption is open.
        self.incident_watch = IncidentWatch(
            self.incident_service, self.hub, context.agent_zone, layout,
            poll_seconds=poll, parent=self,
        )  # fmt: skip
        layout.addWidget(self.offline_banner)
        layout.addWidget(self.callback_reminder)
        layout.addWidget(self.transfer_inbox)
        layout.addWidget(self.transfer_status)
        layout.addWidget(self.callback_panel)
        # Supervisors and admins get a second tab, the live backlog dashboard; agents keep the
        # desk alone (no tab bar, and the dashboard is never built).
        self.workspace_tabs: QTabWidget | None = None
        self.dashboard: DashboardTab | None = None
        if context.user.role in SUPERVISING_ROLES:
            from ui.dashboard_tab import DashboardTab

            self.dashboard = DashboardTab(context, self.hub)
            self.workspace_tabs = QTabWidget(central)
            self.workspace_tabs.setObjectName("workspaceTabs")
            self.workspace_tabs.setAccessibleName(self.tr("Desk and dashboard"))
            self.workspace_tabs.setDocumentMode(True)
            self.workspace_tabs.addTab(self.main_splitter, self.tr("Desk"))
            self.workspace_tabs.addTab(self.dashboard, self.tr("Dashboard"))
            self.dashboard.open_customer_requested.connect(self.open_customer)
            self.dashboard.status_message.connect(self.statusBar().showMessage)
            layout.addWidget(self.workspace_tabs, 1)
        else:
            layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)

        self.connection_status = QLabel(self)
        self.connection_status.setObjectName("connectionStatus")
        self.connection_status.setAccessibleName(self.tr("Connection status"))
        self.statusBar().addPermanentWidget(self.connection_status)
        self.statusBar().setSizeGripEnabled(True)

        # Scripted responses: a dock beside the customer; Alt+1…9 and each script's own keys.
        self.scripts = ScriptLibrary(context, self.hub, self)
        self.script_dock = self.scripts.install(self)
        # The dashboard needs the whole width: the library steps aside while it is showing
        # and comes back (if it was open) on the desk.
        self._dock_was_open = False
        if self.workspace_tabs is not None:
            self.workspace_tabs.currentChanged.connect(self._workspace_changed)

        self._build_actions()
        self._retry_index = 0
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._try_reconnect)

        self.search.customer_chosen.connect(self.open_customer)
        self.callback_table.open_requested.connect(self.work_callback)
        self.callback_table.next_requested.connect(self.next_callback)
        self.callback_table.counts_changed.connect(self._callback_counts)
        self.callback_reminder.open_requested.connect(self.work_callback)
        self.callback_reminder.show_list_requested.connect(self.show_callbacks)
        self.callback_table.reload()
        if carried is not None:
            # What the previous window already said is not said (or beeped) again.
            self.callback_reminder.resume(carried.reminder)
            self.transfer_inbox.resume(carried.inbox)
            self.incident_watch.resume(carried.incidents)
        self.callback_reminder.start()
        self.transfer_inbox.accepted.connect(self._transfer_accepted)
        self.transfer_inbox.start()
        self.incident_watch.changed.connect(self._incidents_changed)
        self.incident_watch.start()
        self.pop_controller = PopController(self)
        self.pop_controller.popped.connect(self._popped)
        self.card.loaded.connect(self._mark_popped)
        self.hub.connection_changed.connect(self._connection_changed)
        self._show_connection()
        if carried is None:
            self._restore_state()
        else:
            self._take_over(carried)
        self.drafts_menu: QMenu | None = None
        self._offer_unsaved_notes(tell=carried is None)
        prepare(self)
        self._commands_win_in_fields()

    @property
    def retired(self) -> bool:
        """True once a rebuilt window replaced this one (it is closing, or closed)."""
        return self._retired

    @property
    def live(self) -> LiveUpdates:
        """Other consoles' changes (the session's listener, delivering to this window's hub)."""
        return self.session.live

    # ---- actions and menus ---------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        # Ctrl+Q everywhere (Windows has no standard Quit key).
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.close)
        self.settings_action = self._action(
            self.tr("&Settings…"), QKeySequence("Ctrl+,"), self.show_settings
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.import_action = self._action(
            self.tr("&Import customers…"), QKeySequence("Ctrl+I"), self.import_customers
        )
        self.find_action = self._action(
            self.tr("&Find customer…"), FIND_SHORTCUT, self.find_customer
        )
        self.refresh_action = self._action(self.tr("&Refresh"), QKeySequence("F5"), self.refresh)
        self.add_note_action = self._action(
            self.tr("Add &note"), QKeySequence("Ctrl+N"), self.history.start_note
        )
        self.edit_customer_action = self._action(
            self.tr("&Edit customer…"), QKeySequence("Ctrl+E"), self.edit_customer
        )
        self.new_customer_action = self._action(
            self.tr("Ne&w customer…"), QKeySequence("Ctrl+Shift+N"), self.new_customer
        )
        self.goodwill_action = self._action(
            self.tr("Give &goodwill…"), QKeySequence("Ctrl+G"), self.give_goodwill
        )
        self.schedule_action = self._action(
            self.tr("Schedule &callback…"), QKeySequence("Ctrl+B"), self.schedule_callback
        )
        self.callbacks_action = self._action(
            self.tr("&My callbacks"), QKeySequence("Ctrl+Shift+B"), self.show_callbacks
        )
        self.next_callback_action = self._action(
            self.tr("&Next callback"), QKeySequence("F8"), self.next_callback
        )
        self.export_calendar_action = self._action(
            self.tr("&Export my callbacks to a calendar…"),
            QKeySequence("Ctrl+Shift+X"),
            self.export_calendar,
        )
        self.transfer_action = self._action(
            self.tr("Warm &transfer…"), QKeySequence("Ctrl+T"), self.transfer_customer
        )
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), QKeySequence("F1"), self.show_shortcuts
        )
        # F1 is taken by some desktops and laptops' function-key modes: Ctrl+/ too.
        self.shortcuts_action.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
        self.about_action = self._action(self.tr("&About Agent Console"), None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_calendar_action)
        file_menu.addSeparator()
        self.language_menu = self._build_language_menu(file_menu)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        customer_menu = menus.addMenu(self.tr("&Customer"))
        self.customer_menu = customer_menu
        customer_menu.addAction(self.find_action)
        customer_menu.addAction(self.refresh_action)
        customer_menu.addAction(self.add_note_action)
        customer_menu.addSeparator()
        customer_menu.addAction(self.edit_customer_action)
        customer_menu.addAction(self.new_customer_action)
        customer_menu.addAction(self.goodwill_action)
        customer_menu.addAction(self.transfer_action)
        callback_menu = menus.addMenu(self.tr("C&allbacks"))
        callback_menu.addAction(self.schedule_action)
        callback_menu.addAction(self.next_callback_action)
        callback_menu.addAction(self.callbacks_action)
        if self.workspace_tabs is not None:
            self.desk_action = self._action(
                self.tr("&Desk"), QKeySequence("Ctrl+Shift+E"), self.show_desk
            )
            self.dashboard_action = self._action(
                self.tr("D&ashboard"), QKeySequence("Ctrl+Shift+D"), self.show_dashboard
            )
            view_menu = menus.addMenu(self.tr("&View"))
            view_menu.addAction(self.desk_action)
            view_menu.addAction(self.dashboard_action)
        # Declaring and managing disruptions: supervisors and admins only.
        self.incident_action: QAction | None = None
        if self.context.user.role in SUPERVISING_ROLES:
            self.incident_action = self._action(
                self.tr("&Declare or manage…"), QKeySequence("Ctrl+Shift+I"), self.manage_incidents
            )
            incident_menu = menus.addMenu(self.tr("Disrupt&ion"))
            incident_menu.setObjectName("disruptionMenu")
            incident_menu.addAction(self.incident_action)
        self.scripts_menu = self.scripts.build_menu(menus)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_language_menu(self, parent: QMenu) -> QMenu:
        """File > Language: the system's, or one of the shipped languages by its own name."""
        menu = parent.addMenu(self.tr("&Language"))
        menu.setObjectName("languageMenu")
        group = QActionGroup(menu)
        setting = self.session.language_setting.strip()
        choices = [("", self.tr("System language")), *LANGUAGES.items()]
        self.language_actions: dict[str, QAction] = {}
        for code, name in choices:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == setting or (bool(setting) and code == current_language()))
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_actions[code] = action
        return menu

    def set_language(self, code: str) -> QMessageBox | None:
        """Save the interface language ("" = the system's) and show the console in it now.

        Widgets build their text once, so the session rebuilds the window in the new language
        (same customer, same tab, same place, nothing typed lost). When that cannot be done
        right now, the box that says it applies at the next start is returned (else None;
        the rebuild may still be waiting for answers in flight: ``session.window_replaced``).
        """
        try:
            saved = settings_file.load_file_only()
            settings_file.save(settings_file.with_value(saved, "language", code))
        except (UserFacingError, OSError) as exc:
            show_error(self, exc if isinstance(exc, UserFacingError) else UserFacingError(
                self.tr("The language could not be saved in {path}: {error}").format(
                    path=settings_file.settings_path(), error=exc.strerror or exc
                )
            ))  # fmt: skip
            return None
        self.session.language_setting = code
        self._check_language(code)
        self.session.switch_language(code)
        return self.findChild(QMessageBox, "languageSaved")

    def _check_language(self, setting: str) -> None:
        for code, action in self.language_actions.items():
            action.setChecked(code == setting)

    def language_later(self, code: str, reason: str) -> QMessageBox:
        """The language could not change now: it will at the next start, and this says why."""
        name = LANGUAGES.get(code) or self.tr("the system language")
        box = QMessageBox(self)
        box.setObjectName("languageSaved")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Language"))
        text = self.tr("Agent Console will be in {language} the next time it starts.").format(
            language=name
        )
        text += "\n" + self.tr("It cannot change now: {reason}.").format(reason=reason)
        if os.environ.get(settings_file.ENV_OVERRIDES["language"]):
            text += "\n" + self.tr(
                "This computer sets AGENT_CONSOLE_LANGUAGE, which still wins over this choice."
            )
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        present(box)
        return box

    def language_changed(self) -> None:
        """Said once the rebuilt window is on screen, in its language."""
        name = LANGUAGES.get(current_language(), current_language())
        text = self.tr("The console is now in {language}.").format(language=name)
        if os.environ.get(settings_file.ENV_OVERRIDES["language"]):
            text += " " + self.tr(
                "This computer sets AGENT_CONSOLE_LANGUAGE, which still wins over this choice."
            )
        self.statusBar().showMessage(text, 10_000)
        announce(self.connection_status, text)

    # ---- handing over to a rebuilt window ----------------------------------------------------

    def switch_blocker(self) -> str | None:
        """Why this window cannot be rebuilt right now (None: it can), in words for the agent.

        Answers in flight are waited for by the session; what is left here is what a new
        window could not take over: an open dialog (its fields, its pending answer), and a
        database that cannot be reached (the new window could not even show the customer).
        """
        if not self.hub.online:
            return self.tr("the database cannot be reached right now")
        if self.history.composer.pending_saves:
            return self.tr("a note is waiting to be saved")
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, QDialog) or not widget.isVisible():
                continue
            owner = widget.parentWidget()
            while owner is not None and owner is not self:
                owner = owner.parentWidget()
            if owner is None or self._reopenable(widget):
                continue
            title = widget.windowTitle() or widget.accessibleName()
            return self.tr("close “{window}” first").format(window=title)
        return None

    def _reopenable(self, dialog: QDialog) -> bool:
        """A dashboard list with nothing typed in it: the new window opens it again."""
        from ui.dashboard_drill import DrillDialog

        if not isinstance(dialog, DrillDialog):
            return False
        sub = dialog.reassign_dialog
        return sub is None or not shiboken6.isValid(sub) or not sub.isVisible()

    def memory(self) -> WindowMemory:
        """Everything the next window takes over; every draft is on disk when this returns."""
        note = self.history.composer.handover()
        dock = self.script_dock
        area = self.dockWidgetArea(dock)
        state = self.windowState() & ~Qt.WindowState.WindowActive
        focus = QApplication.focusWidget()
        focus_name = focus.objectName() if focus is not None and self.isAncestorOf(focus) else ""
        drills: tuple[Drill, ...] = ()
        if self.dashboard is not None:
            drills = tuple(d.drill for d in self.dashboard.drills
                           if shiboken6.isValid(d) and d.isVisible())  # fmt: skip
        card = self.card.card
        return WindowMemory(
            geometry=self.saveGeometry(),
            rect=self.geometry(),
            state=Qt.WindowState(state),
            visible=self.isVisible(),
            active=self.isActiveWindow(),
            splitters={
                "mainSplitter": self.main_splitter.saveState(),
                "detailSplitter": self.detail_splitter.saveState(),
            },
            customer_id=card.id if card is not None else self.card.customer_id,
            history=self.history.memory(),
            note=note,
            search_text=self.search.box.text(),
            left_tab=self.left_tabs.currentIndex(),
            callback_scope=self.callback_table.current_scope,
            workspace_tab=self.workspace_tabs.currentIndex() if self.workspace_tabs else 0,
            dock=DockMemory(
                visible=dock.isVisible(),
                floating=dock.isFloating(),
                trailing=area != leading_area(self.layoutDirection()),
                geometry=dock.saveGeometry(),
                width=dock.width(),
            ),
            dock_was_open=self._dock_was_open,
            callback_panel=self.callback_panel.memory(),
            reminder=self.callback_reminder.memory(),
            inbox=self.transfer_inbox.memory(),
            transfer=self.transfer_status.memory(),
            incidents=self.incident_watch.memory(),
            pop=self.pop_controller.memory(),
            popped_customer=self._popped_customer,
            scripts=self.scripts.memory(),
            drills=drills,
            focus=focus_name,
        )

    def _take_over(self, m: WindowMemory) -> None:
        """Show what the previous window showed (called while this one is being built)."""
        self.restoreGeometry(m.geometry)
        if m.state != self.windowState():
            self.setWindowState(m.state)
        if m.state == Qt.WindowState.WindowNoState:
            self.setGeometry(m.rect)
        for name, splitter in (("mainSplitter", self.main_splitter),
                               ("detailSplitter", self.detail_splitter)):  # fmt: skip
            value = m.splitters.get(name)
            if value is not None and not value.isEmpty():
                splitter.restoreState(value)
        dock = self.script_dock
        direction = self.layoutDirection()
        area = trailing_area(direction) if m.dock.trailing else leading_area(direction)
        if self.dockWidgetArea(dock) != area:
            self.addDockWidget(area, dock)
        if m.dock.floating:
            dock.setFloating(True)
            dock.restoreGeometry(m.dock.geometry)
        elif m.dock.visible:
            self.resizeDocks([dock], [m.dock.width], Qt.Orientation.Horizontal)
        dock.setVisible(m.dock.visible)
        self.scripts.placed()
        self.left_tabs.setCurrentIndex(m.left_tab)
        scope = self.callback_table.scope.findData(m.callback_scope)
        if scope >= 0:
            self.callback_table.scope.setCurrentIndex(scope)
        if m.search_text:
            self.search.box.setText(m.search_text)
        self.history.composer.take_over(m.note)
        if m.customer_id is not None:
            self.open_customer(m.customer_id)
            self.history.resume(m.history)
            self.scripts.resume(m.scripts)
        else:
            self.history.resume(m.history)  # a pinned note for later
        self._popped_customer = m.popped_customer
        self.pop_controller.resume(m.pop)
        self.callback_panel.resume(m.callback_panel)
        self.transfer_status.resume(m.transfer)
        if self.workspace_tabs is not None:
            self.workspace_tabs.setCurrentIndex(m.workspace_tab)
        self._dock_was_open = m.dock_was_open
        if self.dashboard is not None:
            for drill in m.drills:
                self.dashboard.open_drill(drill)
        if m.focus:
            target = self.findChild(QWidget, m.focus)
            if target is not None:
                QTimer.singleShot(0, self, lambda: target.setFocus(Qt.FocusReason.OtherFocusReason))

    def retire(self) -> None:
        """A rebuilt window took over: stop this one's polls; closing it ends nothing."""
        self._retired = True
        self.save_state()
        self._stop_work()
        self.pop_controller.close()

    def _stop_work(self) -> None:
        self._retry_timer.stop()
        self.callback_reminder.stop()
        self.transfer_inbox.stop()
        self.transfer_status.timer.stop()
        self.incident_watch.stop()
        if self.dashboard is not None:
            self.dashboard.stop()

    def _workspace_changed(self, index: int) -> None:
        if self.workspace_tabs is None:
            return
        if self.workspace_tabs.widget(index) is self.dashboard:
            self._dock_was_open = self.script_dock.isVisible()
            self.script_dock.hide()
        elif self._dock_was_open:
            self.script_dock.show()

    def show_desk(self) -> None:
        """View › Desk (Ctrl+Shift+E): search, card and history (supervisors)."""
        if self.workspace_tabs is not None:
            self.workspace_tabs.setCurrentWidget(self.main_splitter)

    def show_dashboard(self) -> None:
        """View › Dashboard (Ctrl+Shift+D): the live callback backlog (supervisors)."""
        if self.workspace_tabs is not None and self.dashboard is not None:
            self.workspace_tabs.setCurrentWidget(self.dashboard)
            self.dashboard.focus_first()

    # ---- disruptions -----------------------------------------------------------------------

    def manage_incidents(self) -> QWidget | None:
        """Disruption › Declare or manage (Ctrl+Shift+I): supervisors and admins only."""
        if self.context.user.role not in SUPERVISING_ROLES:
            return None
        from ui.incident_dialog import IncidentDialog

        dialog = self.incident_dialog
        if isinstance(dialog, IncidentDialog) and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = IncidentDialog(self.context, self.hub, self, service=self.incident_service)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _=None: setattr(self, "incident_dialog", None))
        self.incident_dialog = dialog
        present(dialog)
        return dialog

    @property
    def incident_banner(self) -> IncidentBanner | None:
        """The disruption banner, once a disruption was open (None before)."""
        return self.incident_watch.banner

    def _incidents_changed(self) -> None:
        """Who is affected changed: the marks on the card and in the results follow."""
        self.card.reload()
        self.search.refresh()

    def _popped(self, outcome: object) -> None:
        customer_id = getattr(outcome, "customer_id", None)
        self._popped_customer = customer_id if getattr(outcome, "kind", "") == "customer" else None
        card = self.card.card
        if card is not None and card.id == self._popped_customer:
            self._mark_popped(card.id)

    def _mark_popped(self, customer_id: int) -> None:
        """The screen-pop banner says when the caller is affected by an open disruption."""
        card = self.card.card
        if (
            card is not None
            and card.id == customer_id == self._popped_customer
            and self.pop_banner.isVisible()
            and self.pop_banner.state == "customer"
        ):
            self.pop_banner.show_incidents(card.incidents)

    def find_customer(self) -> None:
        self.show_desk()
        self.left_tabs.setCurrentWidget(self.search)
        self.search.focus_search()

    # ---- callbacks -------------------------------------------------------------------------

    def schedule_callback(self, note: str = "") -> QWidget | None:
        """Promise the open customer a callback (Ctrl+B); ``note``: what it is about, when it
        replaces a transfer nobody could take."""
        card = self.card.card
        if card is None:
            self.statusBar().showMessage(self.tr("Open a customer first."), 5000)
            return None
        from ui.callback_form_dialog import CallbackFormDialog

        dialog = CallbackFormDialog(self.context, card.id, parent=self, hub=self.hub)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.scheduled.connect(lambda _id: self.hub.callbacks_changed.emit())
        if note and not dialog.note.toPlainText().strip():
            dialog.note.setPlainText(note)
        present(dialog)
        return dialog

    # ---- warm transfers --------------------------------------------------------------------

    def transfer_customer(self) -> QWidget | None:
        """Hand the open customer over with a structured note (Ctrl+T)."""
        card = self.card.card
        if card is None:
            self.statusBar().showMessage(self.tr("Open a customer first."), 5000)
            return None
        from ui.transfer_form_dialog import TransferFormDialog

        dialog = TransferFormDialog(self.context, card.id, parent=self, hub=self.hub)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sent.connect(self.transfer_status.track)
        dialog.callback_instead.connect(
            lambda _customer: self.schedule_callback(note=dialog.callback_note())
        )
        self.scripts.attach(dialog)  # script keys and the library work in its fields
        present(dialog)
        return dialog

    def _transfer_accepted(self, transfer: TransferView) -> None:
        self.open_customer(transfer.customer_id)
        self.history.pin(transfer)

    def show_callbacks(self) -> None:
        """My callbacks (Ctrl+Shift+B): overdue, due now, later today, upcoming."""
        self.show_desk()
        self.left_tabs.setCurrentWidget(self.callback_table)
        self.callback_table.reload()
        self.callback_table.focus_table()

    def next_callback(self) -> None:
        """Take the top callback of my work list (F8) and open its customer."""
        service, user = self.callback_service, self.context.user.id
        tasks.run_task(
            lambda: service.claim_next(user), self._claimed_next, self._callback_error,
            owner=self,
        )  # fmt: skip

    def _claimed_next(self, callback: CallbackView | None) -> None:
        if callback is None:
            self.statusBar().showMessage(
                self.tr("Nothing is due right now: no callback to take."), 8000
            )
            return
        self._start_work(callback)

    def work_callback(self, callback: CallbackView) -> None:
        """Open a callback chosen from a list or a reminder: claim it, then work it."""
        service, user = self.callback_service, self.context.user.id
        tasks.run_task(
            lambda: service.claim(callback.id, user), self._start_work, self._callback_error,
            owner=self,
        )  # fmt: skip

    def _start_work(self, callback: CallbackView) -> None:
        # The agent is acting on their callbacks: the reminder steps aside (as its Open
        # button does) until another one falls due; the Callbacks tab keeps the count.
        self.callback_reminder.hide()
        self.hub.callbacks_changed.emit()
        self.open_customer(callback.customer_id)
        self.callback_panel.show_callback(callback)

    def _callback_error(self, error: BaseException) -> None:
        self.hub.callbacks_changed.emit()
        if isinstance(error, DatabaseUnavailableError):
            self.hub.report_offline(error.message)
        else:
            show_error(self, error)

    def _callback_counts(self, counts: dict[str, int]) -> None:
        urgent = counts.get("overdue", 0) + counts.get("due", 0)
        index = self.left_tabs.indexOf(self.callback_table)
        title = (
            self.tr("Callbacks ({n})").format(n=number(urgent)) if urgent else self.tr("Callbacks")
        )
        self.left_tabs.setTabText(index, title)

    def export_calendar(self, path: str = "") -> None:
        """File › Export my callbacks to an iCalendar file (Outlook, Google, Apple)."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export my callbacks"), "callbacks.ics",
                self.tr("Calendar files (*.ics)"),
            )  # fmt: skip
        if not path:
            return
        service, user = self.callback_service, self.context.user
        from pathlib import Path

        def export() -> int:
            rows = service.mine(user.id)
            items = [
                CalendarItem(
                    callback_id=c.id, customer_name=c.customer_name, phone=c.phone_e164,
                    start=c.window_start, end=c.window_end, customer_zone=c.zone,
                    promise=c.promise, note=c.note, state=c.state, updated=c.created_at,
                    sequence=c.version,
                )
                for c in rows
            ]  # fmt: skip
            name = f"Callbacks of {user.display_name}"
            write_ics(Path(path), callbacks_to_ics(items, calendar_name=name))
            return len(items)

        tasks.run_task(
            export,
            lambda n: self.statusBar().showMessage(
                (
                    self.tr("%Ln callback exported to {path}.", "", n)
                    if n == 1
                    else self.tr("%Ln callbacks exported to {path}.", "", n)
                ).format(path=path),
                8000,
            ),
            self._callback_error,
            owner=self,
        )

    def refresh(self) -> None:
        self.search.refresh()
        self.card.reload()
        self.history.reload()
        self.callback_table.reload()
        if self.dashboard is not None and self.dashboard.isVisible():
            self.dashboard.refresh()
        if not self.hub.online:
            self._try_reconnect()

    def open_customer(self, customer_id: int) -> None:
        self.show_desk()  # a supervisor on the dashboard sees the customer too (pops, drills)
        self.card.show_customer(customer_id)
        self.scripts.set_customer(customer_id)
        if self.history_pane.isHidden():
            self.history_pane.show()
            # The first customer: the history gets three fifths (the card scrolls, promises
            # first), unless the agent has already given the card less.
            sizes = self.detail_splitter.sizes()
            total = sum(sizes)
            if total and sizes[0] > total // 2:
                self.detail_splitter.setSizes([total * 2 // 5, total - total * 2 // 5])
        self.history.show_customer(customer_id)

    def show_pop(self, request: PopRequest) -> None:
        """Screen-pop this caller: bring the window up and show who is calling and why."""
        self.pop_controller.pop(request)

    def edit_customer(self) -> CustomerEditDialog | None:
        """Edit the open customer (Ctrl+E); says so when none is open."""
        card = self.card.card
        if card is None:
            self.statusBar().showMessage(self.tr("Open a customer first, then edit it."), 5000)
            return None
        return self._edit_dialog(card=card)

    def give_goodwill(self) -> GoodwillDialog | None:
        """Record a refund, voucher or upgrade on the open customer (Ctrl+G)."""
        card = self.card.card
        if card is None:
            self.statusBar().showMessage(self.tr("Open a customer first."), 5000)
            return None
        dialog = GoodwillDialog(self.context, card.id, card.full_name, self, hub=self.hub,
                                country=card.country)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        present(dialog)
        return dialog

    def new_customer(self, phone: str = "") -> CustomerEditDialog:
        """A card for a caller the database does not know (Ctrl+Shift+N, or an unknown pop)."""
        return self._edit_dialog(prefill_phone=phone)

    def _edit_dialog(
        self, *, card: CardData | None = None, prefill_phone: str = ""
    ) -> CustomerEditDialog:
        dialog = CustomerEditDialog(
            self.context, self, card=card, prefill_phone=prefill_phone, hub=self.hub
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if card is None:
            dialog.saved.connect(self.open_customer)
        present(dialog)
        return dialog

    def import_customers(self) -> ImportDialog:
        """File › Import customers (Ctrl+I): a CSV file, all or nothing."""
        dialog = ImportDialog(self.context.db, self.context.settings.default_region, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _count: self.search.refresh())
        present(dialog)
        return dialog

    def _offer_unsaved_notes(self, *, tell: bool = True) -> None:
        """Notes typed but not saved last time (a crash, a closed laptop) are offered back
        (a rebuilt window offers them again, quietly; this run's own drafts are not "from
        last time": they come back when their customer opens)."""
        database, customers = self.context.db.display, self.context.customers
        started = self.session.started_at

        def find() -> list[tuple[int, str, str]]:
            found = []
            for draft in DraftStore().pending():
                if draft.saved_at >= started:
                    continue
                customer_id = note_customer(draft.key, database)
                if customer_id is None or not draft.text.strip():
                    continue
                try:
                    name = customers.card(customer_id).full_name
                except NotFoundError:
                    continue  # the customer is gone; the draft stays on disk, harmless
                found.append((customer_id, name, draft.text.strip()))
            return found

        tasks.run_task(find, lambda notes: self._show_unsaved_notes(notes, tell=tell),
                       lambda _e: None, owner=self)  # fmt: skip

    def _show_unsaved_notes(self, notes: list[tuple[int, str, str]], *, tell: bool = True) -> None:
        if not notes:
            return
        menu = QMenu(self.tr("&Unsaved notes ({n})").format(n=number(len(notes))), self)
        menu.setObjectName("unsavedNotesMenu")
        for customer_id, name, text in notes:
            preview = text if len(text) <= 40 else text[:39] + "…"
            action = menu.addAction(f"{name} — {preview}")
            action.triggered.connect(lambda _=False, cid=customer_id: self.open_customer(cid))
        self.customer_menu.addSeparator()
        self.customer_menu.addMenu(menu)
        self.drafts_menu = menu
        if not tell:
            return
        self.statusBar().showMessage(
            self.tr("%Ln unsaved note from last time: Customer ▸ Unsaved notes.", "", len(notes))
            if len(notes) == 1
            else self.tr(
                "%Ln unsaved notes from last time: Customer ▸ Unsaved notes.", "", len(notes)
            ),
            20_000,
        )

    def show_about(self) -> AboutDialog:
        kind = "PostgreSQL" if self.context.db.kind == "postgresql" else "SQLite"
        dialog = AboutDialog(self.context.db.display, kind, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        present(dialog)
        return dialog

    def show_settings(self) -> QDialog:
        """File › Settings… (Ctrl+,): theme, telephony, reminders, dashboard alerts."""
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        present(dialog)
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help › Keyboard shortcuts (F1, Ctrl+/): every menu command with keys, in menu order,
        read from the menus themselves so a new command can never be left out."""
        actions: list[QAction] = []
        for top in self.menuBar().actions():
            menu = top.menu()
            if not isinstance(menu, QMenu):
                continue
            for action in menu.actions():
                if action.isSeparator() or action.menu() is not None:
                    continue
                if action.shortcuts() and action not in actions:
                    actions.append(action)
        extra = [
            (self.tr("Move from the search box into the results"), self.tr("Down")),
            (self.tr("Open the selected customer"), self.tr("Enter")),
            (self.tr("Back to the search box"), self.tr("Up on the first result, or Esc")),
            (self.tr("Clear the search"), self.tr("Esc in the search box")),
            (self.tr("Next or previous field in a form"), self.tr("Tab / Shift+Tab")),
            (self.tr("Open a menu"), self.tr("Alt + the underlined letter")),
        ]
        _script_actions, script_keys = self.scripts.shortcut_help()
        extra += script_keys
        dialog = ShortcutsDialog(actions, extra, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        present(dialog)
        return dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Text fields claim keys the menus show for commands (on X11, Ctrl+K deletes to the end
        # of the line and Ctrl+E moves there): the console's command wins, as its menu says.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) in self._command_keys()
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _command_keys(self) -> list[QKeySequence]:
        return [keys for action in self.actions() for keys in action.shortcuts()]

    def _commands_win_in_fields(self) -> None:
        """Watch every text field of the window for keys that belong to a command."""
        for field in self.findChildren(QWidget):
            if isinstance(field, (QLineEdit, QPlainTextEdit, QTextEdit)):
                field.installEventFilter(self)

    # ---- connection ----------------------------------------------------------------------

    def _role_label(self, user: UserInfo) -> str:
        return {
            "agent": self.tr("agent"),
            "supervisor": self.tr("supervisor"),
            "admin": self.tr("admin"),
        }.get(user.role, user.role)

    def _show_connection(self) -> None:
        user = self.context.user
        who = f"{isolate(user.display_name)} ({self._role_label(user)})"
        if self.hub.online:
            # SQLite is one person's file; say so, so nobody expects colleagues to see it.
            mode = (
                self.tr("team") if self.context.db.kind == "postgresql" else self.tr("single-user")
            )
            text = self.tr("Connected · {mode} · {database} · {user}").format(
                mode=mode, database=ltr(self.context.db.display), user=who
            )
            state = "online"
            self.offline_banner.hide()
        else:
            text = self.tr("Offline · reconnecting… · {user}").format(user=who)
            state = "offline"
            self.offline_banner.setText(
                self.tr(
                    "Offline: {message}\nWhat is on screen may be out of date. The console "
                    "keeps trying to reconnect; press F5 to try now."
                ).format(message=self.hub.offline_message)
            )
            if self.offline_banner.isHidden():
                self.offline_banner.show()
                announce(self.offline_banner, self.offline_banner.text())
        self._enable_server_actions(self.hub.online)
        self.connection_status.setText(text)
        self.connection_status.setToolTip(self.hub.offline_message or self.context.db.display)
        self.connection_status.setProperty("state", state)
        self.connection_status.style().unpolish(self.connection_status)
        self.connection_status.style().polish(self.connection_status)

    def server_actions(self) -> list[QAction]:
        """The actions that write to (or need fresh data from) the database."""
        actions = [self.import_action, self.edit_customer_action, self.new_customer_action,
                   self.goodwill_action, self.schedule_action, self.next_callback_action,
                   self.export_calendar_action, self.transfer_action]  # fmt: skip
        if self.incident_action is not None:
            actions.append(self.incident_action)
        return actions

    def _enable_server_actions(self, online: bool) -> None:
        """Offline, what needs the server is greyed out and says why (tooltip, status tip)."""
        why = self.tr(
            "Needs the database, which cannot be reached right now. The console reconnects by "
            "itself; what you type is kept."
        )
        for action in self.server_actions():
            if action.property("onlineTip") is None:
                action.setProperty("onlineTip", action.toolTip())
            action.setEnabled(online)
            tip = str(action.property("onlineTip")) if online else why
            action.setToolTip(tip)
            action.setStatusTip("" if online else why)

    def _connection_changed(self, online: bool, _message: str) -> None:
        self._show_connection()
        if online:
            self._retry_index = 0
            self._retry_timer.stop()
            self.statusBar().showMessage(
                self.tr("Connected again: notes waiting to be saved are saved now."), 5000
            )
            # Whatever changed while offline (notifications were lost): every view reloads.
            self.search.refresh()
            self.card.reload()
            self.history.reload()
            self.callback_table.reload()
            self.hub.callbacks_changed.emit()
            self.hub.transfers_changed.emit()
            self.hub.incidents_changed.emit()
            if self.dashboard is not None and self.dashboard.isVisible():
                self.dashboard.refresh()
        elif not self._retry_timer.isActive():
            self._schedule_retry()

    def _schedule_retry(self) -> None:
        delays = self.retry_delays_s
        delay = delays[min(self._retry_index, len(delays) - 1)]
        self._retry_index += 1
        self._retry_timer.start(int(delay * 1000))

    def _try_reconnect(self) -> None:
        users, username = self.context.users, self.context.user.username
        tasks.run_task(
            lambda: users.get(username),
            lambda _user: self.hub.report_online(),
            self._reconnect_failed,
            owner=self,
        )

    def _reconnect_failed(self, error: BaseException) -> None:
        if isinstance(error, DatabaseUnavailableError):
            self.hub.report_offline(error.message)
            if not self._retry_timer.isActive():
                self._schedule_retry()
        else:
            show_error(self, error)

    # ---- remembered geometry -------------------------------------------------------------

    def _restore_state(self) -> None:
        state = open_view_state()
        geometry = state.value("MainWindow/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._default_geometry()
        for key, splitter in (
            ("MainWindow/mainSplitter", self.main_splitter),
            ("MainWindow/detailSplitter", self.detail_splitter),
        ):
            value = state.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                splitter.restoreState(value)

    def _default_geometry(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        available = screen.availableGeometry()
        width = min(1440, int(available.width() * 0.92))
        height = min(900, int(available.height() * 0.92))
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        self.move(available.center() - self.rect().center())
        total = self.width() - 20
        # The search needs less room than the card and history, and never more than ~460 px;
        # the script library (ScriptLibrary: from 1100 px wide) takes its ~310 px from here.
        library = 310 if self.width() >= COMPACT_WIDTH else 0
        left = max(340, min(460, int((total - library) * 0.4)))
        self.main_splitter.setSizes([left, total - left])
        # The card (open promises first, then the fields) gets two fifths, the history the
        # rest. The menu bar, the status bar and the margins take about 90 px of the height.
        detail = self.height() - 90
        card = min(max(300, detail * 2 // 5), detail // 2)
        self.detail_splitter.setSizes([card, detail - card])

    def save_state(self) -> None:
        state = open_view_state()
        state.setValue("MainWindow/geometry", self.saveGeometry())
        state.setValue("MainWindow/mainSplitter", self.main_splitter.saveState())
        state.setValue("MainWindow/detailSplitter", self.detail_splitter.saveState())
        state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._retired:  # replaced by a rebuilt window: the console goes on
            super().closeEvent(event)
            return
        self.save_state()
        self._stop_work()
        self.session.shutdown()  # listeners off, running reads finish, the database closes
        self.pop_controller.close()
        super().closeEvent(event)
