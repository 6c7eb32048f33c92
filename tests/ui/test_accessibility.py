"""Screen readers, the keyboard and contrast, checked on the real window and every dialog.

What a screen reader says for a widget is what Qt's accessibility bridge reports:
``QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)``. Qt derives it
from ``accessibleName()``, else a button's own text, else the text of a label whose buddy the
widget is (a ``QFormLayout`` row label is one). The walker asks the bridge itself, so a rule
of ours can never disagree with what the user actually hears.
"""

from __future__ import annotations

import ast
import contextlib
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QSlider,
    QTabBar,
    QTableView,
    QTableWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from console.services.callbacks import CallbackService
from console.services.customers import CustomerService
from console.settings import Settings
from tests.ui.conftest import KnownCustomer, open_card, show_window
from ui import tasks
from ui.accessibility import announcer
from ui.app import create_window
from ui.main_window import MainWindow
from ui.shortcuts_dialog import keys_of

UI = Path(__file__).resolve().parents[2] / "ui"

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
    QTabBar,
)


def path_of(widget: QWidget, root: QWidget) -> str:
    parts = []
    node: QWidget | None = widget
    while node is not None and node is not root:
        parts.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return "/".join(reversed(parts))


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def interactive(root: QWidget) -> Iterator[QWidget]:
    """Visible widgets a user can focus or operate, as their own accessible objects."""
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if isinstance(widget, (QHeaderView, QScrollBar)):
            continue  # parts of their table or scroll area, named by Qt itself
        parent = widget.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo box or a spin box: the box is what is read
        yield widget


def has_name(widget: QWidget) -> bool:
    """Whether a screen reader says what the control is for, not only what it holds.

    For a combo box with no name of its own the bridge answers with the current item
    ("Mobile", "30 min"): the user hears a value with no question, so a combo box needs an
    accessible name set on it.
    """
    if isinstance(widget, QComboBox):
        return bool(labels_of(widget))
    return bool(spoken_name(widget))


def labels_of(widget: QWidget) -> list[str]:
    """The texts of the labels the bridge relates to this widget ("labelled by")."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return []
    return [
        other.text(QAccessible.Text.Name)
        for other, _flag in iface.relations(QAccessible.RelationFlag.Label)
        if other.text(QAccessible.Text.Name).strip()
    ]


def nameless(root: QWidget) -> list[str]:
    return [
        f"{path_of(w, root)} ({type(w).__name__} {spoken_name(w)!r})"
        for w in interactive(root)
        if not has_name(w)
    ]


def undescribed(root: QWidget) -> list[str]:
    """Visible text fields with a hint (placeholder) that a screen reader is not given."""
    found = []
    for edit in interactive(root):
        if not isinstance(edit, (QLineEdit, QPlainTextEdit, QTextEdit)) or edit.isReadOnly():
            continue
        if not edit.placeholderText().strip():
            continue
        iface = QAccessible.queryAccessibleInterface(edit)
        if not iface.text(QAccessible.Text.Description).strip():
            found.append(f"{path_of(edit, root)} ({edit.placeholderText()!r})")
    return found


def tab_trapping(root: QWidget) -> list[str]:
    """Visible tables where Tab walks every cell instead of moving on."""
    return [
        path_of(view, root)
        for view in root.findChildren(QTableView)
        if view.isVisible() and view.tabKeyNavigation()
    ]


def headerless(root: QWidget) -> list[str]:
    """Visible tables and trees whose model gives a column no header text to read out."""
    found = []
    for view in root.findChildren(QAbstractItemView):
        if not isinstance(view, (QTableView, QTreeView)) or not view.isVisible():
            continue
        model = view.model()
        if model is None:
            continue
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        if header.isHidden() and isinstance(view, QTreeView) and model.columnCount() == 1:
            continue  # a plain list drawn by a tree: its accessible name says what it lists
        for col in range(model.columnCount()):
            if view.isColumnHidden(col):
                continue
            text = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if not str(text or "").strip():
                found.append(f"{path_of(view, root)} column {col}")
    return found


def _supervisor(qtbot: QtBot, demo_db_url: str, settings: Settings) -> MainWindow:
    return show_window(qtbot, create_window(demo_db_url, "riina", settings=settings))


# ---- the main window ----------------------------------------------------------------------


def test_every_control_of_the_agents_window_has_a_spoken_name(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    open_card(qtbot, window, petrova.id)
    qtbot.waitUntil(lambda: window.history.isVisible())
    window.script_dock.show()
    with qtbot.waitSignal(window.search.results_shown, timeout=5000):
        window.search.box.setText("Петр")
    assert nameless(window) == []
    assert headerless(window) == []
    assert tab_trapping(window) == []
    assert undescribed(window) == []
    window.left_tabs.setCurrentWidget(window.callback_table)
    assert nameless(window) == []
    assert headerless(window) == []
    assert tab_trapping(window) == []
    assert undescribed(window) == []


def test_every_control_of_the_supervisors_window_and_dashboard_has_a_spoken_name(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    window = _supervisor(qtbot, demo_db_url, settings)
    window.script_dock.show()
    assert nameless(window) == []
    window.show_dashboard()
    tab = window.dashboard
    assert tab is not None
    qtbot.waitUntil(lambda: tab.backlog is not None and bool(tab.tiles), timeout=5000)
    assert nameless(window) == []
    assert headerless(window) == []
    assert tab_trapping(window) == []
    assert undescribed(window) == []


# ---- every dialog -------------------------------------------------------------------------
# Each is opened the way the console opens it, on the demo database, and walked while shown.

Opener = Callable[[QtBot, str, Settings], QDialog]


def _agent(qtbot: QtBot, url: str, settings: Settings) -> MainWindow:
    return show_window(qtbot, create_window(url, "dana", settings=settings))


def _with_customer(qtbot: QtBot, url: str, settings: Settings, user: str = "dana") -> MainWindow:
    window = show_window(qtbot, create_window(url, user, settings=settings))
    customer = CustomerService(window.context.db).find("Петрова", limit=1)[0]
    open_card(qtbot, window, customer.id)
    return window


def _ready(qtbot: QtBot, dialog: QDialog | QWidget | None) -> QDialog:
    assert isinstance(dialog, QDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=10_000)
    return dialog


def open_about(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    return _ready(qtbot, _agent(qtbot, url, settings).show_about())


def open_settings(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    """File › Settings… as a supervisor sees it (with the dashboard's alerts)."""
    return _ready(qtbot, _supervisor(qtbot, url, settings).show_settings())


def open_login(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    """The team-mode sign-in, as start-up shows it when the server refuses a login."""
    from console.login import ServerLogin
    from ui.login_dialog import LoginDialog

    login = ServerLogin("db.example.org", 5432, "agent_console", "dana", "verify-full")
    dialog = LoginDialog(login, "The server refused the password for dana.")
    qtbot.addWidget(dialog)
    dialog.show()
    return _ready(qtbot, dialog)


def open_shortcuts(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    return _ready(qtbot, _agent(qtbot, url, settings).show_shortcuts())


def open_customer_edit(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    return _ready(qtbot, _with_customer(qtbot, url, settings).edit_customer())


def open_goodwill(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    return _ready(qtbot, _with_customer(qtbot, url, settings).give_goodwill())


def open_callback_form(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    dialog = _ready(qtbot, _with_customer(qtbot, url, settings).schedule_callback())
    qtbot.waitUntil(lambda: getattr(dialog, "ready", True), timeout=5000)
    return dialog


def open_transfer_form(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    dialog = _ready(qtbot, _with_customer(qtbot, url, settings).transfer_customer())
    qtbot.waitUntil(lambda: getattr(dialog, "ready", False), timeout=5000)
    return dialog


def open_import(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    return _ready(qtbot, _agent(qtbot, url, settings).import_customers())


def open_snooze(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    from ui.callback_reminder import SnoozeDialog

    window = _agent(qtbot, url, settings)
    mine = CallbackService(window.context.db).mine(window.context.user.id)
    dialog = SnoozeDialog(mine[0], window)
    dialog.show()
    return _ready(qtbot, dialog)


def open_caller_chooser(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    from ui.caller_chooser_dialog import CallerChooserDialog

    window = _agent(qtbot, url, settings)
    matches = CustomerService(window.context.db).find("Петров", limit=5)
    dialog = CallerChooserDialog("+7 916 555-12-34", matches, window)
    dialog.show()
    return _ready(qtbot, dialog)


def open_crash(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    from ui.crash_dialog import CrashDialog

    window = _agent(qtbot, url, settings)
    dialog = CrashDialog("Traceback (most recent call last):\nKeyError: 'x'", "/tmp/log", window)
    dialog.show()
    return _ready(qtbot, dialog)


def _drill(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    window = _supervisor(qtbot, url, settings)
    window.show_dashboard()
    tab = window.dashboard
    assert tab is not None
    qtbot.waitUntil(lambda: tab.backlog is not None and bool(tab.tiles), timeout=5000)
    tab.tiles["overdue"].click()
    dialog = _ready(qtbot, tab.drills[-1])
    qtbot.waitUntil(lambda: getattr(dialog, "total", None) is not None, timeout=5000)
    return dialog


def open_drill(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    return _drill(qtbot, url, settings)


def open_reassign(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    from ui.dashboard_drill import DrillDialog

    drill = _drill(qtbot, url, settings)
    assert isinstance(drill, DrillDialog)
    # The rows come after the count: select one once it is there (in a long run of tests the
    # count could answer first and the selection then found no row).
    qtbot.waitUntil(lambda: drill.table.model().rowCount() > 0, timeout=5000)
    drill.table.selectRow(0)
    qtbot.waitUntil(lambda: drill.table.selectionModel().hasSelection(), timeout=5000)
    dialog = _ready(qtbot, drill.reassign_selected())
    qtbot.waitUntil(lambda: dialog.queue.count() > 0, timeout=5000)
    return dialog


def open_incident(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    dialog = _ready(qtbot, _supervisor(qtbot, url, settings).manage_incidents())
    qtbot.waitUntil(lambda: getattr(dialog, "list_loaded", False), timeout=5000)
    return dialog


def open_script_editor(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    window = _supervisor(qtbot, url, settings)
    qtbot.waitUntil(lambda: bool(window.scripts.scripts()), timeout=5000)
    dialog = _ready(qtbot, window.scripts.open_editor(window.scripts.scripts()[0].id))
    qtbot.waitUntil(lambda: getattr(dialog, "current", None) is not None, timeout=5000)
    return dialog


def open_script_popup(qtbot: QtBot, url: str, settings: Settings) -> QDialog:
    window = _with_customer(qtbot, url, settings)
    form = open_transfer_form_on(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.scripts.scripts()), timeout=5000)
    return _ready(qtbot, window.scripts.open_popup(form))


def open_transfer_form_on(qtbot: QtBot, window: MainWindow) -> QDialog:
    dialog = _ready(qtbot, window.transfer_customer())
    qtbot.waitUntil(lambda: getattr(dialog, "ready", False), timeout=5000)
    return dialog


OPENERS: dict[str, Opener] = {
    "AboutDialog": open_about,
    "CallbackFormDialog": open_callback_form,
    "CallerChooserDialog": open_caller_chooser,
    "CrashDialog": open_crash,
    "CustomerEditDialog": open_customer_edit,
    "DrillDialog": open_drill,
    "GoodwillDialog": open_goodwill,
    "ImportDialog": open_import,
    "LoginDialog": open_login,
    "IncidentDialog": open_incident,
    "ReassignDialog": open_reassign,
    "ScriptEditorDialog": open_script_editor,
    "ScriptPopup": open_script_popup,
    "SettingsDialog": open_settings,
    "ShortcutsDialog": open_shortcuts,
    "SnoozeDialog": open_snooze,
    "TransferFormDialog": open_transfer_form,
}


def dialog_classes() -> set[str]:
    """Every QDialog subclass defined in ui/, read from the source."""
    found = set()
    for module in UI.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                getattr(base, "id", "") == "QDialog" for base in node.bases
            ):
                found.add(node.name)
    return found


def test_every_dialog_of_the_console_is_walked() -> None:
    """A new dialog must be added to OPENERS, so the walker checks it too."""
    assert dialog_classes() == set(OPENERS)


@pytest.mark.parametrize("name", sorted(OPENERS))
def test_every_control_of_each_dialog_has_a_spoken_name(
    qtbot: QtBot, demo_db_url: str, settings: Settings, name: str
) -> None:
    dialog = OPENERS[name](qtbot, demo_db_url, settings)
    assert type(dialog).__name__ == name
    assert spoken_name(dialog), f"{name} has no title or accessible name"
    controls = list(interactive(dialog))
    assert controls, "the walker found nothing to check"
    assert nameless(dialog) == []
    assert headerless(dialog) == []
    assert tab_trapping(dialog) == []
    assert undescribed(dialog) == []


# ---- banners speak up ---------------------------------------------------------------------


@pytest.fixture
def spoken() -> Iterator[list[tuple[QWidget, str]]]:
    """What was announced to screen readers during the test (widget, text)."""
    heard: list[tuple[QWidget, str]] = []

    def hear(widget: QWidget, text: str) -> None:
        heard.append((widget, text))

    announcer.announced.connect(hear)
    yield heard
    announcer.announced.disconnect(hear)


def test_the_offline_banner_is_announced_once_when_the_database_is_lost(
    qtbot: QtBot, window: MainWindow, spoken: list[tuple[QWidget, str]]
) -> None:
    window._retry_timer.stop()
    window.retry_delays_s = (3600.0,)
    window.hub.report_offline("The database server does not answer.")
    assert window.offline_banner.isVisible()
    assert [(w, t) for w, t in spoken if w is window.offline_banner] == [
        (window.offline_banner, window.offline_banner.text())
    ]
    assert "The database server does not answer." in spoken[-1][1]
    window.hub.report_offline("The database server does not answer.")  # the same: no repeat
    assert len([w for w, _ in spoken if w is window.offline_banner]) == 1


def test_the_callback_reminder_is_announced_with_who_to_call(
    qtbot: QtBot, window: MainWindow, spoken: list[tuple[QWidget, str]]
) -> None:
    from tests.ui.test_callbacks_ui import EMMA, _callback, _clear_work

    _clear_work(window)
    reminder = window.callback_reminder
    qtbot.waitUntil(lambda: not reminder._busy)
    _callback(window, EMMA, minutes_from_now=3)
    spoken.clear()  # what was due while the console was closed is said at start
    reminder.check()
    qtbot.waitUntil(lambda: any(w is reminder for w, _ in spoken), timeout=5000)
    text = next(t for w, t in spoken if w is reminder)
    assert "Emma Wilson" in text and text == reminder.text.text()


def test_the_screen_pop_is_announced_with_the_callers_name(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, spoken: list[tuple[QWidget, str]]
) -> None:
    from tests.ui.test_pop_controller import _pop, _request

    _pop(qtbot, window, _request(petrova.e164))
    banner = window.pop_banner
    qtbot.waitUntil(lambda: any(w is banner for w, _ in spoken), timeout=5000)
    text = [t for w, t in spoken if w is banner][-1]
    assert text.startswith(petrova.full_name)
    assert QApplication.focusWidget() is not banner  # spoken, not focused


def test_a_disruption_declared_meanwhile_is_announced_with_its_facts(
    qtbot: QtBot, window: MainWindow, demo_db_url: str, spoken: list[tuple[QWidget, str]]
) -> None:
    from tests.ui.test_incidents_ui import FACTS, NAME, _declare

    watch = window.incident_watch
    qtbot.waitUntil(lambda: watch.answers > 0, timeout=5000)
    _declare(demo_db_url)
    watch.check()
    qtbot.waitUntil(lambda: watch.banner is not None and watch.banner.isVisible(), timeout=5000)
    assert [t for w, t in spoken if w is watch.banner] == [f"New disruption: {NAME}. {FACTS}"]


# ---- the keyboard -------------------------------------------------------------------------

# Menu commands that have no key of their own, and why that is fine.
WITHOUT_KEYS = {
    "About Agent Console": "read once; Alt+H, A reaches it",
    "Insert the chosen script": "Enter in the library inserts it (listed in the help)",
    "Copy the chosen script": "Ctrl+C in the library list copies it (listed in the help)",
    "New script…": "supervisors do it in Manage scripts (Ctrl+Shift+M), a button there",
    "Import scripts…": "supervisors do it in Manage scripts (Ctrl+Shift+M), a button there",
    "Export scripts…": "supervisors do it in Manage scripts (Ctrl+Shift+M), a button there",
}


def menu_commands(window: MainWindow) -> list[QAction]:
    found = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        found += [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]
    return found


def help_rows(window: MainWindow) -> dict[str, str]:
    dialog = window.show_shortcuts()
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    assert table is not None
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    dialog.close()
    return rows


@pytest.mark.parametrize("user", ["dana", "riina"])
def test_every_menu_command_has_keys_and_the_help_lists_them(
    qtbot: QtBot, demo_db_url: str, settings: Settings, user: str
) -> None:
    window = show_window(qtbot, create_window(demo_db_url, user, settings=settings))
    rows = help_rows(window)
    commands = menu_commands(window)
    assert len(commands) >= 15
    keyless = [a.text().replace("&", "") for a in commands if not a.shortcuts()]
    assert [t for t in keyless if t not in WITHOUT_KEYS] == []
    for action in commands:
        if action.shortcuts():
            name = action.text().replace("&", "").rstrip("….")
            assert rows.get(name) == keys_of(action), name
    # No two commands share a key (one of them would never run).
    keys = [k.toString() for a in window.actions() for k in a.shortcuts()]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


@pytest.mark.parametrize("key", ["F1", "Ctrl+/"])
def test_f1_and_ctrl_slash_open_the_keyboard_help(
    qtbot: QtBot, window: MainWindow, key: str
) -> None:
    sequence = QKeySequence(key)[0]
    qtbot.keyClick(window.search.box, sequence.key(), sequence.keyboardModifiers())
    qtbot.waitUntil(lambda: window.findChild(QDialog, "shortcutsDialog") is not None)
    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.close()


# ---- focus order --------------------------------------------------------------------------


def _focusable(dialog: QWidget) -> list[QWidget]:
    """What Tab should reach: visible, enabled widgets that take the focus by Tab."""
    return [
        w
        for w in dialog.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))
    ]


def tab_cycle(qtbot: QtBot, dialog: QWidget) -> list[QWidget]:
    """Press Tab from the first field until the focus comes back: the widgets in Tab order."""
    start = QApplication.focusWidget()
    assert start is not None and dialog.isAncestorOf(start)
    order = [start]
    for _ in range(120):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is order[-1]:
            continue  # Tab moved between the sections of a date or time field
        if now is start:
            return order
        order.append(now)
    raise AssertionError(
        f"Tab never came back to {_name(start)}: " + ", ".join(_name(w) for w in order[-12:])
    )


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def backwards_steps(dialog: QWidget, order: list[QWidget]) -> list[str]:
    """Steps of the Tab order that go up the screen, or left on the same line."""
    found = []
    for a, b in itertools.pairwise(order):
        ra = a.rect().translated(a.mapTo(dialog, a.rect().topLeft()))
        rb = b.rect().translated(b.mapTo(dialog, b.rect().topLeft()))
        same_line = abs(ra.center().y() - rb.center().y()) < min(ra.height(), rb.height()) / 2
        if (same_line and rb.left() < ra.left()) or (not same_line and rb.top() < ra.top()):
            found.append(f"{_name(a)} {ra.getRect()} -> {_name(b)} {rb.getRect()}")
    return found


FORMS = {
    "CallbackFormDialog": open_callback_form,
    "TransferFormDialog": open_transfer_form,
    "CustomerEditDialog": open_customer_edit,
    "GoodwillDialog": open_goodwill,
    "SnoozeDialog": open_snooze,
    "ReassignDialog": open_reassign,
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_tab_walks_each_form_top_to_bottom_and_reaches_every_field(
    qtbot: QtBot, demo_db_url: str, settings: Settings, name: str
) -> None:
    dialog = FORMS[name](qtbot, demo_db_url, settings)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first = dialog.focusWidget() or dialog.nextInFocusChain()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    order = tab_cycle(qtbot, dialog)
    unreached = [w.objectName() or type(w).__name__ for w in _focusable(dialog) if w not in order]
    assert unreached == []
    # The cycle starts where the dialog puts the cursor; read it from the top-left field.
    top = min(order, key=lambda w: (w.mapTo(dialog, w.rect().topLeft()).y(),
                                    w.mapTo(dialog, w.rect().topLeft()).x()))  # fmt: skip
    i = order.index(top)
    assert backwards_steps(dialog, order[i:] + order[:i]) == []


# ---- a larger font -------------------------------------------------------------------------


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons given less room than their text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        hint = widget.minimumSizeHint() if isinstance(widget, QAbstractButton) else None
        if isinstance(widget, QLabel):
            if widget.wordWrap():
                need_w, need_h = 0, widget.heightForWidth(widget.width())
            else:
                need_w, need_h = widget.sizeHint().width(), widget.sizeHint().height()
        else:
            assert hint is not None
            need_w, need_h = hint.width(), hint.height()
        if widget.width() + 1 < need_w or widget.height() + 1 < need_h:
            found.append(
                f"{path_of(widget, root)} {widget.width()}x{widget.height()} < {need_w}x{need_h}"
            )
    return found


def settled_clipping(qtbot: QtBot, root: QWidget) -> list[str]:
    """What stays clipped once pending layouts have run (forms re-fit after loading)."""
    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(lambda: not clipped(root), timeout=3000)
    return clipped(root)


@pytest.fixture
def large_font() -> Iterator[QFont]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    font = QFont(before)
    font.setPointSizeF(16.0)
    app.setFont(font)
    yield before
    app.setFont(before)


def test_a_16_pt_font_gives_a_larger_callback_form_with_no_text_clipped(
    qtbot: QtBot, demo_db_url: str, settings: Settings, large_font: QFont
) -> None:
    dialog = open_callback_form(qtbot, demo_db_url, settings)
    date_edit = dialog.findChild(QWidget, "callbackDate")
    assert date_edit is not None
    assert dialog.font().pointSizeF() == 16.0
    # The fields grow with the font: the text is half as tall again, the field holds it.
    usual = QFontMetrics(large_font).height()
    assert date_edit.fontMetrics().height() >= usual * 1.5
    with contextlib.suppress(WaitTimeout):  # the form re-fits once its data is in
        qtbot.waitUntil(lambda: date_edit.height() >= date_edit.fontMetrics().height() + 4)
    assert date_edit.height() >= date_edit.fontMetrics().height() + 4
    assert settled_clipping(qtbot, dialog) == []


def test_transfers_are_announced_to_the_receiver_and_the_answer_to_the_sender(
    qtbot: QtBot, window: MainWindow, demo_db_url: str, settings: Settings,
    spoken: list[tuple[QWidget, str]],
) -> None:  # fmt: skip
    from tests.ui.test_transfers_ui import _send

    irina = show_window(qtbot, create_window(demo_db_url, "irina", settings=settings))
    sent = _send(window)
    window.transfer_status.track(sent)
    inbox = irina.transfer_inbox
    qtbot.waitUntil(lambda: any(w is inbox for w, _ in spoken), timeout=5000)
    said = [t for w, t in spoken if w is inbox]
    assert len(said) == 1 and said[0].startswith("Transfer for you: Ольга Петрова")
    assert "Promised: A decision by Friday" in said[0]
    assert not [w for w, _ in spoken if w is window.transfer_status]  # waiting: nothing said
    inbox.accept_button.click()
    status = window.transfer_status
    qtbot.waitUntil(lambda: any(w is status for w, _ in spoken), timeout=5000)
    assert [t for w, t in spoken if w is status] == [
        "Irina Volkova accepted Ольга Петрова: hand the customer over now."
    ]


def test_every_control_of_the_busy_desk_has_a_spoken_name(
    qtbot: QtBot, window: MainWindow, demo_db_url: str, petrova: KnownCustomer
) -> None:
    """The desk mid-call: a screen-pop, a callback being worked, a transfer offered to me, one
    I sent waiting, a disruption banner and a note being typed."""
    import uuid

    from console.services.transfers import TransferService
    from tests.ui.test_incidents_ui import _declare
    from tests.ui.test_pop_controller import _pop, _request
    from tests.ui.test_transfers_ui import NOTE, _send

    _declare(demo_db_url)
    window.incident_watch.check()
    qtbot.waitUntil(lambda: window.incident_banner is not None, timeout=5000)
    _pop(qtbot, window, _request(petrova.e164, call_id="c-1", queue="General"))
    callback = CallbackService(window.context.db).mine(window.context.user.id)[0]
    window.work_callback(callback)
    qtbot.waitUntil(window.callback_panel.isVisible, timeout=5000)
    service = TransferService(window.context.db)
    me = window.context.user.id
    service.heartbeat(me)
    irina = window.context.users.get("irina").id
    service.send(uuid.uuid4().hex, petrova.id, irina, NOTE, to_user_id=me)
    window.transfer_inbox.check()
    qtbot.waitUntil(window.transfer_inbox.isVisible, timeout=5000)
    window.transfer_status.track(_send(window))
    window.history.start_note()
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=10_000)
    for banner in (window.pop_banner, window.callback_panel, window.transfer_inbox,
                   window.transfer_status, window.incident_banner):  # fmt: skip
        assert banner is not None and banner.isVisible()
        assert spoken_name(banner), type(banner).__name__
    assert nameless(window) == []
    assert headerless(window) == []
    assert tab_trapping(window) == []
    assert undescribed(window) == []


@pytest.mark.parametrize("field", ["search", "history search", "note"])
def test_every_window_key_works_while_typing_in_a_field(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer, field: str
) -> None:
    """Text fields claim some keys for themselves (on X11, Ctrl+E is end of line and Ctrl+K
    deletes to it): the window's commands, shown in the menus, must win."""
    open_card(qtbot, window, petrova.id)
    fired: list[str] = []
    for action in window.actions():
        if action.shortcuts():
            action.triggered.disconnect()  # only whether the key reaches the command counts
            action.triggered.connect(lambda _=False, a=action: fired.append(a.text()))
    target = {
        "search": window.search.box,
        "history search": window.history.search_box,
        "note": window.history.composer.editor,
    }[field]
    missed = []
    for action in window.actions():
        for keys in action.shortcuts():
            target.setFocus()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is target)
            fired.clear()
            combo = keys[0]
            qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())
            if fired != [action.text()]:
                missed.append(f"{keys.toString()} ({action.text()}): {fired}")
    assert missed == []


@pytest.mark.parametrize("user", ["dana", "riina"])
def test_tab_reaches_every_control_of_the_window_and_comes_back(
    qtbot: QtBot, demo_db_url: str, settings: Settings, petrova: KnownCustomer, user: str
) -> None:
    """No keyboard trap (a text box that swallows Tab) and nothing only a mouse can reach."""
    window = show_window(qtbot, create_window(demo_db_url, user, settings=settings))
    open_card(qtbot, window, petrova.id)
    window.script_dock.show()
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=10_000)
    window.search.box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.box)
    order = tab_cycle(qtbot, window)
    unreached = [path_of(w, window) for w in _focusable(window) if w not in order]
    assert unreached == []
    if window.dashboard is not None:
        window.show_dashboard()
        tab = window.dashboard
        qtbot.waitUntil(lambda: tab.backlog is not None and bool(tab.tiles), timeout=5000)
        qtbot.waitUntil(lambda: tab.isAncestorOf(QApplication.focusWidget()))
        order = tab_cycle(qtbot, window)
        unreached = [path_of(w, window) for w in _focusable(window) if w not in order]
        assert unreached == []


@pytest.mark.parametrize("name", sorted(OPENERS))
def test_no_dialog_clips_its_text_at_16_pt(
    qtbot: QtBot, demo_db_url: str, settings: Settings, name: str, large_font: QFont
) -> None:
    dialog = OPENERS[name](qtbot, demo_db_url, settings)
    assert dialog.font().pointSizeF() == 16.0
    assert settled_clipping(qtbot, dialog) == []
