"""The script library: the right words one click (or one key) away, filled in for the customer.

A dock beside the customer (objectName ``scriptList``): search as you type, categories,
favourites (Alt+1…9 for the first nine), each script's own shortcut, and a live preview of the
script filled in by the core (``console.scripts``) for the open customer in their language.

- What the template needs and the record lacks, and each ``ask("…")`` question, is highlighted
  in the preview and gets a line in a small form; Insert stays disabled until all are typed, so
  "[first name]" or "{{" never reaches a customer.
- Insert puts the text at the caret of the text field the agent was in (the note, a transfer
  note field) as one undoable edit, the caret where the script's cursor marker was; with no
  such field it copies to the clipboard and says so. Each use is counted per script and agent.
- The customer's language picks the variant; when it is missing the fallback is said
  ("Thai not available — English shown") and the agent can pick another variant. Persian is
  shown and inserted right to left.

Everything that reads the database runs through ``run_task``; rendering runs on the GUI
thread (the core caches compiled templates: a render takes well under 5 ms). The render
context (customer, agent, open callback, newest open disruption) is read once when the
customer opens and again when their record, callbacks or disruptions change.

The transfer form is window-modal, so the dock cannot be clicked while it is open: ``attach``
gives such a dialog the script shortcuts, Alt+1…9 and the library key, which opens the
library as a small window over the dialog (``ScriptPopup``) inserting into its fields.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console import scripts as sc
from console.services.scripts import (
    FAVOURITE_HOTKEYS,
    ScriptService,
    ScriptView,
    filter_views,
    script_context,
)
from ui.accessibility import label_combos, name_clear_button
from ui.context import ConsoleContext
from ui.errors import handle_error, present
from ui.formatting import language_name as _language_name
from ui.formatting import number
from ui.hub import Hub
from ui.i18n import localized, separator
from ui.script_text import (
    insert_into,
    is_single_line,
    isolate_numbers,
    keep_phones_whole,
    prepare,
    room_for,
    utf16_len,
)
from ui.tasks import LatestOnly, run_task
from ui.theme import qcolor, themed

log = logging.getLogger(__name__)

LIBRARY_SHORTCUT = "Ctrl+Shift+S"
FAVOURITE_SHORTCUT = "Ctrl+Shift+F"
MANAGE_SHORTCUT = "Ctrl+Shift+M"
DOCK_SHORTCUT = "Ctrl+Shift+L"
# The text fields a script may go into: those inside these widgets (by objectName).
TARGET_HOSTS = ("noteComposer", "transferForm")
SEARCH_DELAY_MS = 120
# Below this window width the library starts closed (Ctrl+Shift+S opens it).
COMPACT_WIDTH = 1100
GAP_BACKGROUND = "#fde68a"
GAP_FOREGROUND = "#7c2d12"
MUTED_TEXT = "#475569"
_ID = Qt.ItemDataRole.UserRole
_SUBTITLE = Qt.ItemDataRole.UserRole + 1
_BADGE = Qt.ItemDataRole.UserRole + 2


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def language_name(code: str) -> str:
    """ "Thai" for th, "Persian" for fa, in the interface language ("فارسی" in Persian)."""
    return _language_name(code)


def _host_of(widget: QObject | None) -> QWidget | None:
    """The note composer or transfer form a widget lives in, if any."""
    node = widget
    while node is not None:
        if isinstance(node, QWidget) and node.objectName() in TARGET_HOSTS:
            return node
        node = node.parent()
    return None


def is_target(widget: QObject | None) -> bool:
    """A text field a script may be inserted into (editable, in a note or transfer form)."""
    if not isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return False
    if widget.isReadOnly() or isinstance(widget.parent(), QComboBox):
        return False
    return _host_of(widget) is not None


class _ScriptDelegate(QStyledItemDelegate):
    """Two lines per script: the title (starred when a favourite) with its keys on the right,
    then the category and how often this agent used it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        subtitle = str(index.data(_SUBTITLE) or "")
        badge = str(index.data(_BADGE) or "")
        rect = opt.rect.adjusted(8, 4, -8, -4)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        bold = QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(opt.font)
        small.setPointSizeF(max(8.0, opt.font.pointSizeF() * 0.88))
        text_colour = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = qcolor(MUTED_TEXT) if not selected else text_colour
        half = rect.height() // 2
        badge_width = 0
        if badge:
            painter.setFont(small)
            badge_width = QFontMetrics(small).horizontalAdvance(badge) + 12
            keys = QRect(rect.right() - badge_width, rect.top() + half, badge_width,
                         rect.height() - half)  # fmt: skip
            keys = QStyle.visualRect(opt.direction, opt.rect, keys)  # on the left in Persian
            painter.setPen(muted)
            painter.drawText(
                keys, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, badge
            )
        painter.setFont(bold)
        painter.setPen(text_colour)
        first = QRect(rect.left(), rect.top(), rect.width(), half)
        elided = QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, first.width())
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.setFont(small)
        painter.setPen(muted)
        second = QRect(rect.left(), rect.top() + half, rect.width() - badge_width,
                       rect.height() - half)  # fmt: skip
        second = QStyle.visualRect(opt.direction, opt.rect, second)
        elided = QFontMetrics(small).elidedText(
            subtitle, Qt.TextElideMode.ElideRight, second.width()
        )
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.lineSpacing() * 2 + 10)


class _ScriptList(QListWidget):
    """The list: Enter inserts, Ctrl+C copies, Esc goes back to the text field."""

    insert_requested = Signal()
    copy_requested = Signal()
    leave_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.insert_requested.emit()
            event.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            event.accept()
        else:
            super().keyPressEvent(event)


@dataclasses.dataclass(frozen=True)
class _Need:
    """One value the agent must type: a field the record lacks or an ask("…")."""

    kind: str
    key: str
    label: str


@dataclasses.dataclass(frozen=True)
class ScriptMemory:
    """What the agent had typed and chosen in the library, for the next window's."""

    search: str
    category: str
    script_id: int | None
    language: str
    values: tuple[tuple[tuple[str, str], str], ...]


def trailing_area(direction: Qt.LayoutDirection) -> Qt.DockWidgetArea:
    """The side beside the customer's card: the right in a left-to-right window, the left in
    a right-to-left one. Qt does not mirror dock areas with the layout direction (a dock
    added on the right stays on the right in Persian), so the console picks the side."""
    if direction == Qt.LayoutDirection.RightToLeft:
        return Qt.DockWidgetArea.LeftDockWidgetArea
    return Qt.DockWidgetArea.RightDockWidgetArea


def leading_area(direction: Qt.LayoutDirection) -> Qt.DockWidgetArea:
    if direction == Qt.LayoutDirection.RightToLeft:
        return Qt.DockWidgetArea.RightDockWidgetArea
    return Qt.DockWidgetArea.LeftDockWidgetArea


class ScriptLibrary(QWidget):
    # (text, milliseconds): for the window's status bar.
    status_message = Signal(str, int)
    # The list of scripts was (re)loaded.
    loaded = Signal()
    # The render context of this customer is in.
    context_loaded = Signal(int)
    # (script id, where): the text went into a field (its accessible name) or "clipboard".
    inserted = Signal(int, str)
    # (script id, this agent's count) once the use was recorded.
    used = Signal(int, int)
    # The dock should be shown (a shortcut needs the form).
    reveal_requested = Signal()
    # A supervisor asked to edit this script (0: a new one).
    edit_requested = Signal(int)

    def __init__(
        self,
        context: ConsoleContext,
        hub: Hub | None,
        parent: QWidget | None = None,
        *,
        fixed_target: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scriptList")
        self.setAccessibleName(self.tr("Script library"))
        self.context = context
        self.service = ScriptService(context.db)
        self._hub = hub
        self._agent_id = context.user.id
        self.can_edit = context.user.is_supervisor
        self._lists = LatestOnly(self)
        self._contexts = LatestOnly(self)
        self._all: dict[int, ScriptView] = {}
        self._shown: list[ScriptView] = []
        self._current: ScriptView | None = None
        self._customer_id: int | None = None
        self._ctx: sc.ScriptContext | None = None
        self._ctx_customer: int | None = None
        self._language = ""  # the variant the agent chose; "" = the customer's
        self._query: tuple[str, str] = ("", "")
        self._values: dict[tuple[str, str], str] = {}
        self._needs: list[_Need] = []
        self._result: sc.RenderResult | None = None
        self._pending: tuple[int, QWidget | None] | None = None
        self._resuming: ScriptMemory | None = None
        self._fixed = fixed_target is not None
        self._target: QWidget | None = fixed_target
        self._hosts: list[QWidget] = []
        self._script_keys: dict[int, list[QShortcut]] = {}
        self.favourite_action: QAction | None = None

        self._build()
        label_combos(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        if not self._fixed:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.connect(self._focus_changed)
        if hub is not None:
            hub.customers_changed.connect(self._customer_changed)
            hub.callbacks_changed.connect(self._reload_context)
            incidents = getattr(hub, "incidents_changed", None)
            if incidents is not None:
                incidents.connect(self._reload_context)
        self._show_target()
        self._render()
        self.reload()

    # ---- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("scriptSearch")
        self.search_box.setAccessibleName(self.tr("Search scripts"))
        self.search_box.setPlaceholderText(self.tr("Search scripts…"))
        self.search_box.setToolTip(
            self.tr("Search scripts ({key}): ↑/↓ choose, Enter inserts, Esc goes back").format(
                key=LIBRARY_SHORTCUT
            )
        )
        name_clear_button(self.search_box)
        self.search_box.textEdited.connect(lambda _t: self._search_timer.start())
        self.search_box.installEventFilter(self)

        self.category = QComboBox(self)
        self.category.setObjectName("scriptCategory")
        self.category.setAccessibleName(self.tr("Category"))
        self.category.addItem(self.tr("All categories"), "")
        self.category.activated.connect(lambda _i: self.reload())

        self.list = _ScriptList(self)
        self.list.setObjectName("scriptItems")
        self.list.setAccessibleName(self.tr("Scripts"))
        self.list.setItemDelegate(_ScriptDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.currentItemChanged.connect(self._item_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.insert_current())
        self.list.insert_requested.connect(self.insert_current)
        self.list.copy_requested.connect(self.copy_current)
        self.list.leave_requested.connect(self.return_to_target)
        self.list.setMinimumHeight(120)

        self.empty = QLabel(self)
        self.empty.setObjectName("scriptEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.favourite_button = QToolButton(self)
        self.favourite_button.setObjectName("scriptFavourite")
        self.favourite_button.setCheckable(True)
        self.favourite_button.setAccessibleName(self.tr("Favourite"))
        self.favourite_button.setToolTip(
            self.tr("Favourite: the first nine get Alt+1…9 ({key})").format(key=FAVOURITE_SHORTCUT)
        )
        self.favourite_button.clicked.connect(self.toggle_favourite)

        self.title = QLabel(self)
        self.title.setObjectName("scriptTitle")
        self.title.setWordWrap(True)
        title_font = QFont(self.title.font())
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(title_font)

        self.language_box = QComboBox(self)
        self.language_box.setObjectName("scriptLanguage")
        self.language_box.setAccessibleName(self.tr("Language of the script"))
        self.language_box.setToolTip(self.tr("Show another language of this script"))
        self.language_box.activated.connect(self._language_chosen)

        self.notice = QLabel(self)
        self.notice.setObjectName("scriptLanguageNotice")
        self.notice.setAccessibleName(self.tr("Language notice"))
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(themed("color: #92400e;"))
        self.notice.hide()

        self.preview = QTextEdit(self)
        self.preview.setObjectName("scriptPreview")
        self.preview.setAccessibleName(self.tr("Preview of the filled script"))
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setMinimumHeight(110)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.gaps = QWidget(self)
        self.gaps.setObjectName("scriptGaps")
        self.gaps.setAccessibleName(self.tr("Values to type"))
        self.gap_layout = QVBoxLayout(self.gaps)
        self.gap_layout.setContentsMargins(0, 0, 0, 0)
        self.gap_layout.setSpacing(3)
        self.gap_inputs: list[QLineEdit] = []
        self.gaps.hide()

        self.target_label = QLabel(self)
        self.target_label.setObjectName("scriptTarget")
        self.target_label.setAccessibleName(self.tr("Where the script goes"))
        self.target_label.setWordWrap(True)
        self.target_label.setStyleSheet(themed("color: #475569;"))

        self.insert_button = QPushButton(self.tr("Insert"), self)
        self.insert_button.setObjectName("scriptInsert")
        self.insert_button.setAccessibleName(self.tr("Insert the script"))
        self.insert_button.setToolTip(
            self.tr("Insert at the cursor of the note or transfer field (Enter)")
        )
        self.insert_button.clicked.connect(self.insert_current)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("scriptCopy")
        self.copy_button.setAccessibleName(self.tr("Copy the script"))
        self.copy_button.setToolTip(self.tr("Copy the filled text to the clipboard (Ctrl+C)"))
        self.copy_button.clicked.connect(self.copy_current)
        self.edit_button: QPushButton | None = None
        if self.can_edit and not self._fixed:
            self.edit_button = QPushButton(self.tr("Edit…"), self)
            self.edit_button.setObjectName("scriptEditButton")
            self.edit_button.setAccessibleName(self.tr("Edit the script"))
            self.edit_button.setToolTip(self.tr("Change this script (supervisors)"))
            self.edit_button.clicked.connect(self._edit_current)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.search_box, 3)
        top.addWidget(self.category, 2)
        heading = QHBoxLayout()
        heading.setSpacing(6)
        heading.addWidget(self.favourite_button)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.language_box)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        if self.edit_button is not None:
            buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.insert_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.empty)
        layout.addLayout(heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.gaps)
        layout.addWidget(self.target_label)
        layout.addLayout(buttons)

    # ---- public --------------------------------------------------------------------------

    @property
    def current(self) -> ScriptView | None:
        return self._current

    @property
    def result(self) -> sc.RenderResult | None:
        """What the preview shows (None: no script chosen)."""
        return self._result

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    @property
    def target(self) -> QWidget | None:
        """The text field the next insertion goes into, if any."""
        target = self._target
        if target is None or not shiboken6.isValid(target):
            return None
        return target

    def scripts(self) -> list[ScriptView]:
        """The scripts in the list, in its order."""
        return list(self._shown)

    def favourites(self) -> list[ScriptView]:
        """This agent's favourites in their order (the first nine have Alt+1…9)."""
        mine = [v for v in self._all.values() if v.favourite is not None]
        mine.sort(key=lambda v: (v.favourite, v.id))
        return mine

    def focus_search(self) -> None:
        """Ctrl+Shift+S: into the search box, its text selected."""
        self.reveal_requested.emit()
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def set_customer(self, customer_id: int | None) -> None:
        """The open customer: their details fill the scripts (read off the GUI thread)."""
        if customer_id != self._customer_id:
            self._customer_id = customer_id
            self._ctx, self._ctx_customer = None, None
            self._language = ""
            self._values.clear()
            self._render()
        self._reload_context()
        self.reload()  # supervisors' changes since the last customer show up

    def memory(self) -> ScriptMemory:
        current = self._current.id if self._current is not None else None
        return ScriptMemory(self.search_box.text(), str(self.category.currentData() or ""),
                            current, self._language, tuple(self._values.items()))  # fmt: skip

    def resume(self, memory: ScriptMemory) -> None:
        """Take over another window's search, category, chosen script and typed values (after
        ``set_customer``: the values belong to the open customer)."""
        if memory.category and self.category.findData(memory.category) < 0:
            self.category.addItem(memory.category, memory.category)
        self.category.setCurrentIndex(max(0, self.category.findData(memory.category)))
        self.search_box.setText(memory.search)
        self._resuming = memory
        self.loaded.connect(self._resumed, Qt.ConnectionType.SingleShotConnection)
        self.reload()

    def _resumed(self) -> None:
        memory, self._resuming = self._resuming, None
        view = self._all.get(memory.script_id) if memory and memory.script_id is not None else None
        if memory is None or view is None:
            return
        # The script the agent was on, even if the search typed last would not list it.
        row = next((i for i, v in enumerate(self._shown) if v.id == view.id), None)
        if row is not None:
            self.list.blockSignals(True)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)
        if self._current is None or self._current.id != view.id:
            self._choose(view)
        self._language = memory.language
        self._values.update(dict(memory.values))
        self._needs = []  # the value fields are built again, with what was typed in them
        self._render()

    def set_context(self, customer_id: int, ctx: sc.ScriptContext) -> None:
        """Use an already-read context (the popup gets the dock's)."""
        self._customer_id, self._ctx, self._ctx_customer = customer_id, ctx, customer_id
        self._render()

    def adopt(self, views: list[ScriptView]) -> None:
        """Start from a list already read (the popup shows the dock's at once)."""
        self._all = {v.id: v for v in views}
        self._fill_categories(views)
        self._fill_list(views)

    def reload(self) -> None:
        """Read the scripts this agent may use (and the filtered list) off the GUI thread."""
        self._search_timer.stop()
        service, agent = self.service, self._agent_id
        text, category = self.search_box.text(), str(self.category.currentData() or "")

        def work() -> tuple[list[ScriptView], list[ScriptView]]:
            everything = service.search(agent)  # one read; the filter works on what it found
            return everything, filter_views(everything, text, category)

        query = (text.strip(), category)
        self._lists.run(work, lambda lists: self._loaded(lists, query), self._failed)

    def select(self, script_id: int) -> bool:
        """Show this script (clearing a filter that hides it); False when it is unknown."""
        view = self._all.get(script_id)
        if view is None:
            return False
        row = next((i for i, v in enumerate(self._shown) if v.id == script_id), None)
        if row is None:
            self.search_box.clear()
            self.category.setCurrentIndex(0)
            self._fill_list(list(self._all.values()))
            row = next((i for i, v in enumerate(self._shown) if v.id == script_id), 0)
        self.list.setCurrentRow(row)
        self.list.scrollToItem(self.list.currentItem())
        if self._current is None or self._current.id != script_id:
            self._choose(view)
        return True

    def insert_current(self) -> bool:
        """Insert the shown script into the remembered field (or copy it when there is none)."""
        view, result = self._current, self._result
        if view is None or result is None:
            return False
        if not result.ready:
            self._ask_for_values()
            return False
        target = self._usable_target()
        if target is None:
            said = (
                self.tr("No note or transfer field was chosen: “{title}” is on the clipboard — "
                        "paste it with Ctrl+V.")
                if self.target is None
                else self.tr("The field you were in cannot take it now (saving, or another "
                             "customer's): “{title}” is on the clipboard instead.")
            )  # fmt: skip
            return self.copy_current(said=said.format(title=view.title))
        prepared = prepare(
            result.text, result.cursor, rtl=result.rtl, single_line=is_single_line(target)
        )
        if not room_for(target, prepared.text):
            return self.copy_current(
                said=self.tr(
                    "“{title}” is too long for that field: it is on the clipboard instead."
                ).format(title=view.title)
            )
        window = target.window()
        window.activateWindow()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        insert_into(target, prepared)
        where = target.accessibleName() or self.tr("the text field")
        self.status_message.emit(
            self.tr("“{title}” inserted into {where}.").format(title=view.title, where=where), 5000
        )
        self._after_use(view, where)
        return True

    def copy_current(self, *, said: str = "") -> bool:
        """Put the filled text on the clipboard (only once nothing is missing)."""
        view, result = self._current, self._result
        if view is None or result is None:
            return False
        if not result.ready:
            self._ask_for_values()
            return False
        clipboard = QGuiApplication.clipboard()
        text = prepare(result.text, None, rtl=result.rtl, single_line=False).text
        clipboard.setText(text)
        self.status_message.emit(
            said or self.tr("“{title}” copied to the clipboard.").format(title=view.title), 8000
        )
        self._after_use(view, "clipboard")
        return True

    def use_script(self, script_id: int, host: QWidget | None = None) -> None:
        """A script's shortcut: insert it at once, or show what is still needed."""
        view = self._all.get(script_id)
        if view is None:
            return
        if host is not None and not self._fixed and host is not self.window():
            focus = QApplication.focusWidget()
            if is_target(focus) and host.isAncestorOf(focus):
                self._target = focus
        if self._customer_id is not None and self._ctx_customer != self._customer_id:
            self._pending = (script_id, host)  # the customer's details are still coming
            self.select(script_id)
            return
        self.select(script_id)
        result = self._result
        if result is not None and result.ready:
            self.insert_current()
            return
        if host is not None and host is not self.window() and not self._fixed:
            self.open_popup(host, script_id)
            return
        self._ask_for_values()

    def use_favourite(self, place: int, host: QWidget | None = None) -> None:
        """Alt+number: the agent's favourite at that place."""
        favourites = self.favourites()
        if not 1 <= place <= len(favourites):
            self.status_message.emit(
                self.tr("No favourite script {n}: star a script in the library ({key}).").format(
                    n=number(place), key=FAVOURITE_SHORTCUT
                ),
                6000,
            )
            return
        self.use_script(favourites[place - 1].id, host)

    def toggle_favourite(self) -> None:
        view = self._current
        if view is None:
            self.favourite_button.setChecked(False)
            return
        service, agent, sid = self.service, self._agent_id, view.id
        adding = view.favourite is None

        def work() -> object:
            if adding:
                return service.add_favourite(agent, sid)
            return service.remove_favourite(agent, sid)

        title = view.title
        message = (
            self.tr("“{title}” is a favourite now.")
            if adding
            else self.tr("“{title}” is no longer a favourite.")
        ).format(title=title)
        run_task(work, lambda _r: self._favourites_changed(message), self._failed, owner=self)

    def move_favourite(self, step: int) -> None:
        view = self._current
        favourites = self.favourites()
        if view is None or view.favourite is None:
            return
        ids = [v.id for v in favourites]
        at = ids.index(view.id)
        to = max(0, min(len(ids) - 1, at + step))
        if to == at:
            return
        ids.insert(to, ids.pop(at))
        service, agent = self.service, self._agent_id
        run_task(
            lambda: service.reorder_favourites(agent, ids),
            lambda _r: self._favourites_changed(""),
            self._failed,
            owner=self,
        )

    def return_to_target(self) -> None:
        target = self._usable_target()
        if target is not None:
            target.window().activateWindow()
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- the window's side ---------------------------------------------------------------

    def install(self, window: QMainWindow) -> QDockWidget:
        """Dock the library beside the customer (mirrored in a right-to-left window) and give
        it the shortcuts."""
        dock = QDockWidget(self.tr("Scripts"), window)
        dock.setObjectName("scriptDock")
        dock.setAccessibleName(self.tr("Script library"))
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        dock.setWidget(self)
        self.setMinimumWidth(300)
        window.addDockWidget(trailing_area(window.layoutDirection()), dock)
        window.resizeDocks([dock], [340], Qt.Orientation.Horizontal)
        self.reveal_requested.connect(lambda: (dock.show(), dock.raise_()))
        self.status_message.connect(window.statusBar().showMessage)
        self.edit_requested.connect(lambda sid: self.open_editor(sid or None))
        self.install_shortcuts(window)
        self.dock = dock
        self._window_shown = False
        window.installEventFilter(self)
        return dock

    def placed(self) -> None:
        """The dock's side, size and visibility were taken over from a window this one
        replaces: the first show leaves them as they are."""
        self._window_shown = True

    def build_menu(self, menus: QMenuBar, before: QAction | None = None) -> QMenu:
        """The Scripts menu: the library's keys, and for supervisors the editing actions."""
        window = self.window()
        menu = QMenu(self.tr("&Scripts"), menus)
        menu.setObjectName("scriptsMenu")

        def action(text: str, keys: str | None, slot: Callable[[], object]) -> QAction:
            item = QAction(text, window)
            if keys:
                item.setShortcut(QKeySequence(keys))
            item.triggered.connect(lambda _checked=False: slot())
            window.addAction(item)
            menu.addAction(item)
            return item

        self.library_action = action(
            self.tr("Script &library"), LIBRARY_SHORTCUT, self.focus_search
        )
        self.insert_action = action(self.tr("&Insert the chosen script"), None, self.insert_current)
        self.copy_action = action(self.tr("&Copy the chosen script"), None, self.copy_current)
        self.favourite_action = action(
            self.tr("Add to or remove from &favourites"), FAVOURITE_SHORTCUT, self.toggle_favourite
        )
        dock = getattr(self, "dock", None)
        if isinstance(dock, QDockWidget):
            toggle = dock.toggleViewAction()
            toggle.setText(self.tr("Show the script &library"))
            toggle.setShortcut(QKeySequence(DOCK_SHORTCUT))
            window.addAction(toggle)
            menu.addAction(toggle)
        self.manage_action: QAction | None = None
        if self.can_edit:
            menu.addSeparator()
            self.manage_action = action(
                self.tr("&Manage scripts…"), MANAGE_SHORTCUT, lambda: self.open_editor(None)
            )
            self.new_action = action(self.tr("&New script…"), None, lambda: self.open_editor(0))
            self.import_action = action(
                self.tr("&Import scripts…"), None, lambda: self.open_editor(None, then="import")
            )
            self.export_action = action(
                self.tr("&Export scripts…"), None, lambda: self.open_editor(None, then="export")
            )
        if before is not None:
            menus.insertMenu(before, menu)
        else:
            menus.addMenu(menu)
        return menu

    def shortcut_help(self) -> tuple[list[QAction], list[tuple[str, str]]]:
        """For Help › Keyboard shortcuts: the Scripts menu's keys and the library's own."""
        actions = [self.library_action]
        if self.favourite_action is not None:
            actions.append(self.favourite_action)
        if self.manage_action is not None:
            actions.append(self.manage_action)
        keys = [
            (self.tr("Insert favourite script 1…9"), self.tr("Alt+1 … Alt+9")),
            (
                self.tr("Insert a script by its own shortcut"),
                self.tr("shown beside it in the library"),
            ),
            (self.tr("Choose a script while searching"), self.tr("Up / Down")),
            (self.tr("Insert the chosen script"), self.tr("Enter in the library")),
            (self.tr("Copy the chosen script"), self.tr("Ctrl+C in the list")),
            (self.tr("Back to the note from the library"), self.tr("Esc")),
        ]
        keys += [
            (self.tr("Insert “{title}”").format(title=v.title), v.shortcut)
            for v in self._all.values()
            if v.shortcut
        ]
        return actions, keys

    def open_editor(self, script_id: int | None, *, then: str = "") -> QDialog | None:
        """Supervisors: the script editor (None: the library; 0: a new script)."""
        if not self.can_edit:
            return None
        from ui.script_editor_dialog import ScriptEditorDialog

        existing = self.window().findChild(ScriptEditorDialog, "scriptEditor")
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            dialog = existing
        else:
            dialog = ScriptEditorDialog(self.context, self.window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.changed.connect(self.reload)
            present(dialog)
        if script_id == 0:
            dialog.new_script()
        elif script_id is not None:
            dialog.show_script(script_id)
        if then == "import":
            dialog.import_file()
        elif then == "export":
            dialog.export_file()
        return dialog

    def install_shortcuts(self, host: QWidget) -> None:
        """Alt+1…9 and each script's own shortcut work in this window (the main window, or a
        form such as the warm transfer)."""
        self._hosts = [h for h in self._hosts if shiboken6.isValid(h)]
        if host in self._hosts:
            return
        self._hosts.append(host)
        for n in range(1, FAVOURITE_HOTKEYS + 1):
            key = QShortcut(QKeySequence(f"Alt+{n}"), host)
            key.setObjectName(f"scriptFavouriteKey{n}")
            key.activated.connect(lambda n=n, h=host: self.use_favourite(n, h))
        if host is not self.window():
            library = QShortcut(QKeySequence(LIBRARY_SHORTCUT), host)
            library.activated.connect(lambda h=host: self.open_popup(h))
        self._script_shortcuts(host)

    def attach(self, dialog: QWidget) -> None:
        """A form over the window (the warm transfer): scripts go into its fields too."""
        self.install_shortcuts(dialog)

    def open_popup(self, host: QWidget, script_id: int | None = None) -> ScriptPopup | None:
        """The library over a modal form, inserting into the field that had the focus."""
        focus = QApplication.focusWidget()
        target = focus if is_target(focus) and host.isAncestorOf(focus) else None
        popup = ScriptPopup(self.context, self._hub, host, target)
        popup.library.adopt(list(self._all.values()))
        if self._ctx is not None and self._ctx_customer is not None:
            popup.library.set_context(self._ctx_customer, self._ctx)
        else:
            popup.library.set_customer(self._customer_id)
        popup.library.used.connect(lambda sid, n: self._used(sid, n))
        present(popup)
        if script_id is not None:
            popup.choose(script_id)
        else:
            popup.library.focus_search()
        return popup

    # ---- loading -------------------------------------------------------------------------

    def _loaded(
        self, lists: tuple[list[ScriptView], list[ScriptView]], query: tuple[str, str]
    ) -> None:
        if self._hub is not None:
            self._hub.report_online()
        everything, shown = lists
        self._all = {v.id: v for v in everything}
        self._fill_categories(everything)
        # A new search shows its best match; a reload keeps the script the agent is on.
        best_first = query != self._query and bool(query[0])
        self._query = query
        self._fill_list(shown, best_first=best_first)
        for host in list(self._hosts):
            if shiboken6.isValid(host):
                self._script_shortcuts(host)
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        handle_error(self, self._hub, error)

    def _fill_categories(self, views: Sequence[ScriptView]) -> None:
        current = str(self.category.currentData() or "")
        names = list(dict.fromkeys(v.category for v in views))
        have = [str(self.category.itemData(i)) for i in range(1, self.category.count())]
        if names == have:
            return
        self.category.blockSignals(True)
        try:
            while self.category.count() > 1:
                self.category.removeItem(1)
            for name in names:
                self.category.addItem(name, name)
            self.category.setCurrentIndex(max(0, self.category.findData(current)))
        finally:
            self.category.blockSignals(False)

    def _fill_list(self, views: list[ScriptView], *, best_first: bool = False) -> None:
        keep = self._current.id if self._current is not None and not best_first else None
        hotkeys = {v.id: n for n, v in enumerate(self.favourites()[:FAVOURITE_HOTKEYS], 1)}
        self._shown = views
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for view in views:
                star = "★ " if view.favourite is not None else ""
                item = QListWidgetItem(star + view.title)
                item.setData(_ID, view.id)
                uses = (
                    self.tr("used once")
                    if view.uses == 1
                    else self.tr("used {n} times").format(n=number(view.uses))
                    if view.uses
                    else self.tr("not used yet")
                )
                item.setData(_SUBTITLE, f"{view.category}{separator()}{uses}")
                keys = [
                    k
                    for k in (
                        f"Alt+{hotkeys[view.id]}" if view.id in hotkeys else "",
                        view.shortcut,
                    )
                    if k
                ]
                item.setData(_BADGE, "  ".join(keys))
                tip = view.description or view.title
                if keys:
                    tip += "\n" + separator().join(keys)
                item.setToolTip(tip)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{star and self.tr('Favourite') + ': '}{view.title}, "
                    f"{view.category}, {uses}" + (f", {', '.join(keys)}" if keys else ""),
                )
                self.list.addItem(item)
        finally:
            self.list.blockSignals(False)
        self.empty.setVisible(not views)
        if not views:
            has_filter = bool(self.search_box.text().strip() or self.category.currentData())
            self.empty.setText(
                self.tr("No script matches.")
                if has_filter
                else self.tr("No scripts for your queues yet.")
            )
        row = next((i for i, v in enumerate(views) if v.id == keep), 0 if views else -1)
        self.list.setCurrentRow(row)
        chosen = views[row] if row >= 0 else None
        if chosen is None:
            self._choose(None)
        elif self._current is None or chosen.id != self._current.id or chosen != self._current:
            self._choose(chosen, keep_values=chosen.id == keep)

    def _script_shortcuts(self, host: QWidget) -> None:
        key = id(host)
        for old in self._script_keys.pop(key, []):
            if shiboken6.isValid(old):
                old.setEnabled(False)
                old.deleteLater()
        mine = set(self._script_keys_of_all())
        taken = {
            a.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            for a in host.findChildren(QAction)
            if not a.shortcut().isEmpty()
        } | {
            s.key().toString(QKeySequence.SequenceFormat.PortableText)
            for s in host.findChildren(QShortcut)
            if s not in mine and s.isEnabled()
        }
        made: list[QShortcut] = []
        for view in self._all.values():
            if not view.shortcut:
                continue
            if view.shortcut in taken:
                log.warning(
                    "script %s: %s is already a console shortcut; not bound",
                    view.key,
                    view.shortcut,
                )
                continue
            shortcut = QShortcut(QKeySequence(view.shortcut), host)
            shortcut.setObjectName(f"scriptKey_{view.key}")
            shortcut.activated.connect(lambda sid=view.id, h=host: self.use_script(sid, h))
            taken.add(view.shortcut)
            made.append(shortcut)
        self._script_keys[key] = made

    def _script_keys_of_all(self) -> list[QShortcut]:
        return [s for keys in self._script_keys.values() for s in keys]

    def _reload_context(self) -> None:
        customer_id = self._customer_id
        if customer_id is None:
            return
        db, agent = self.context.db, self._agent_id

        def work() -> sc.ScriptContext:
            # The open disruption's facts come with the context (one read).
            return script_context(db, customer_id, agent)

        self._contexts.run(work, lambda ctx: self._context_in(customer_id, ctx), self._failed)

    def _context_in(self, customer_id: int, ctx: sc.ScriptContext) -> None:
        if customer_id != self._customer_id:
            return
        self._ctx, self._ctx_customer = ctx, customer_id
        self._render()
        self.context_loaded.emit(customer_id)
        pending, self._pending = self._pending, None
        if pending is not None:
            self.use_script(*pending)

    def _customer_changed(self, customer_id: int) -> None:
        if customer_id == self._customer_id:
            self._reload_context()

    def _favourites_changed(self, message: str) -> None:
        if message:
            self.status_message.emit(message, 5000)
        self.reload()

    def _after_use(self, view: ScriptView, where: str) -> None:
        self.inserted.emit(view.id, where)
        service, agent, sid = self.service, self._agent_id, view.id
        run_task(
            lambda: service.record_use(sid, agent),
            lambda n: self._used(sid, n),
            self._failed,
            owner=self,
        )
        if not self._fixed:
            self._values.clear()
            self._needs = []
            self._render()

    def _used(self, script_id: int, uses: int) -> None:
        view = self._all.get(script_id)
        if view is not None:
            self._all[script_id] = dataclasses.replace(view, uses=uses)
            self._shown = [self._all.get(v.id, v) if v.id == script_id else v for v in self._shown]
            self._fill_list(self._shown)
        self.used.emit(script_id, uses)

    # ---- choosing and rendering ----------------------------------------------------------

    def _item_changed(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        view = self._all.get(int(item.data(_ID)))
        if view is not None and (self._current is None or view.id != self._current.id):
            self._choose(view)

    def _choose(self, view: ScriptView | None, *, keep_values: bool = False) -> None:
        same = view is not None and self._current is not None and view.id == self._current.id
        self._current = view
        if not (same and keep_values):
            self._language = ""
            self._values.clear()
        self._render()

    def _language_chosen(self, index: int) -> None:
        self._language = str(self.language_box.itemData(index) or "")
        self._render()

    def _answers(self) -> tuple[dict[str, str], dict[str, str]]:
        answers = {k: v for (kind, k), v in self._values.items() if kind == "question" and v}
        fill = {k: v for (kind, k), v in self._values.items() if kind == "field" and v}
        return answers, fill

    def _render(self) -> None:
        view = self._current
        has_customer = self._customer_id is not None
        self.favourite_button.setEnabled(view is not None)
        if self.edit_button is not None:
            self.edit_button.setEnabled(view is not None)
        if view is None:
            self._result = None
            self.title.setText(self.tr("Choose a script"))
            self.favourite_button.setChecked(False)
            self.favourite_button.setText("☆")
            self.language_box.clear()
            self.language_box.setEnabled(False)
            self.notice.hide()
            self.preview.clear()
            self._set_needs([])
            self._update_buttons()
            return
        if has_customer and self._ctx_customer != self._customer_id:
            self._result = None
            self.title.setText(self._variant_title(view, ""))
            self.notice.hide()
            self.preview.setPlainText(self.tr("Reading the customer's details…"))
            self._set_needs([])
            self._update_buttons()
            return
        ctx = self._ctx if self._ctx is not None else sc.ScriptContext()
        answers, fill = self._answers()
        try:
            base = view.render(ctx, language=self._language)
            result = view.render(ctx, answers=answers, fill=fill, language=self._language)
        except sc.TemplateRefused as exc:  # a script refused by a newer program: say so
            self._result = None
            self.preview.setPlainText(localized(exc.message))
            self._set_needs([])
            self._update_buttons()
            return
        self._result = result
        needs: dict[tuple[str, str], _Need] = {}
        for gap in (*base.gaps, *result.gaps):
            needs.setdefault((gap.kind, gap.key), _Need(gap.kind, gap.key, gap.label))
        self._set_needs(list(needs.values()))
        self.title.setText(self._variant_title(view, result.language))
        self.favourite_button.setChecked(view.favourite is not None)
        self.favourite_button.setText("★" if view.favourite is not None else "☆")
        self._show_languages(view, result)
        self._show_preview(result, has_customer)
        self._update_buttons()

    def _variant_title(self, view: ScriptView, language: str) -> str:
        variant = view.variant(language)
        return variant.title if variant is not None and variant.title else view.title

    def _show_languages(self, view: ScriptView, result: sc.RenderResult) -> None:
        box = self.language_box
        box.blockSignals(True)
        try:
            box.clear()
            for code in view.languages:
                box.addItem(language_name(code), code)
            box.setCurrentIndex(max(0, box.findData(result.language)))
            box.setEnabled(len(view.languages) > 1)
        finally:
            box.blockSignals(False)
        customer = self._ctx.language if self._ctx is not None else ""
        shown = language_name(result.language)
        if self._ctx is None or not result.fallback:
            self.notice.hide()
            return
        if not customer:
            text = self.tr("The customer's language is not recorded — {shown} shown").format(
                shown=shown
            )
        elif self._language:
            text = self.tr("{shown} chosen — the customer's language is {customer}").format(
                shown=shown, customer=language_name(customer)
            )
        else:
            text = self.tr("{customer} not available — {shown} shown").format(
                customer=language_name(customer), shown=shown
            )
        self.notice.setText(text)
        self.notice.show()

    def _show_preview(self, result: sc.RenderResult, has_customer: bool) -> None:
        preview = self.preview
        document = preview.document()
        option = document.defaultTextOption()
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if result.rtl else Qt.LayoutDirection.LeftToRight
        )
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        shown, moved = isolate_numbers(result.text) if result.rtl else (result.text, None)
        shown = keep_phones_whole(shown)  # same length: the gaps' offsets stay right
        preview.setPlainText(shown)
        highlight = QTextCharFormat()
        highlight.setBackground(qcolor(GAP_BACKGROUND))
        highlight.setForeground(qcolor(GAP_FOREGROUND))
        highlight.setFontWeight(QFont.Weight.DemiBold)
        for gap in result.gaps:
            start, end = (moved(gap.start), moved(gap.end)) if moved else (gap.start, gap.end)
            cursor = QTextCursor(document)
            cursor.setPosition(utf16_len(shown[:start]))
            cursor.setPosition(utf16_len(shown[:end]), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(highlight)
        tip = "" if has_customer else self.tr("Open a customer to fill in their details.")
        preview.setToolTip(tip)

    def _set_needs(self, needs: list[_Need]) -> None:
        if needs == self._needs and len(self.gap_inputs) == len(needs):
            self._mark_inputs()
            return
        self._needs = needs
        # Enter in a line of this form may be what led here: its widgets go later, not now.
        while self.gap_layout.count():
            item = self.gap_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.gap_inputs = []
        for i, need in enumerate(needs):
            edit = QLineEdit(self.gaps)
            edit.setObjectName(f"scriptGap_{i}")
            label = need.label if need.kind == "question" else _capitalized(localized(need.label))
            edit.setAccessibleName(label)
            edit.setPlaceholderText(
                self.tr("Type it here: the script needs it")
                if need.kind == "field"
                else self.tr("Your answer for this customer")
            )
            edit.setText(self._values.get((need.kind, need.key), ""))
            edit.textEdited.connect(lambda text, n=need: self._value_typed(n, text))
            edit.returnPressed.connect(self.insert_current)
            title = QLabel(label + ":", self.gaps)
            title.setBuddy(edit)
            title.setWordWrap(True)
            self.gap_layout.addWidget(title)
            self.gap_layout.addWidget(edit)
            title.show()  # a layout shows new children only later (queued)
            edit.show()
            self.gap_inputs.append(edit)
        self.gaps.setVisible(bool(needs))
        self._mark_inputs()

    def _mark_inputs(self) -> None:
        for edit in self.gap_inputs:
            empty = not edit.text().strip()
            edit.setStyleSheet(themed("QLineEdit { background: #fef3c7; }" if empty else ""))

    def _value_typed(self, need: _Need, text: str) -> None:
        self._values[(need.kind, need.key)] = text
        self._render()

    def _update_buttons(self) -> None:
        result = self._result
        ready = result is not None and result.ready
        self.insert_button.setEnabled(ready)
        self.copy_button.setEnabled(ready)
        for action in (getattr(self, "insert_action", None), getattr(self, "copy_action", None)):
            if isinstance(action, QAction):
                action.setEnabled(ready)
        if result is not None and not ready:
            missing = len([e for e in self.gap_inputs if not e.text().strip()])
            self.insert_button.setToolTip(
                self.tr("Type the highlighted value first")
                if missing <= 1
                else self.tr("Type the %Ln highlighted values first", "", missing)
            )
        else:
            self.insert_button.setToolTip(
                self.tr("Insert at the cursor of the note or transfer field (Enter)")
            )

    def _ask_for_values(self) -> None:
        self.reveal_requested.emit()
        empty = next((e for e in self.gap_inputs if not e.text().strip()), None)
        if empty is not None:
            empty.setFocus(Qt.FocusReason.OtherFocusReason)
        names = ", ".join(
            localized(n.label)
            for n in self._needs
            if not self._values.get((n.kind, n.key), "").strip()
        )
        if names:
            self.status_message.emit(
                self.tr("Type what the script needs ({names}), then press Enter to insert.").format(
                    names=names
                ),
                8000,
            )

    # ---- where the text goes -------------------------------------------------------------

    def _usable_target(self) -> QWidget | None:
        target = self.target
        if target is None or not target.isVisible() or not target.isEnabled():
            return None
        if isinstance(target, QLineEdit | QPlainTextEdit | QTextEdit) and target.isReadOnly():
            return None  # the note is being saved
        if not self._fixed:
            host = _host_of(target)
            host_customer = getattr(host, "customer_id", None)
            if (
                host_customer is not None
                and self._customer_id is not None
                and host_customer != self._customer_id
            ):
                return None
        return target

    def _focus_changed(self, _old: QObject | None, new: QObject | None) -> None:
        if not shiboken6.isValid(self) or new is None or not isinstance(new, QWidget):
            return
        if self.isAncestorOf(new) or isinstance(new, QMenu) or isinstance(new.window(), QMenu):
            return
        if isinstance(new.window(), ScriptPopup):
            return
        self._target = new if is_target(new) else None
        self._show_target()

    def _show_target(self) -> None:
        target = self.target
        if target is not None:
            self.target_label.setText(
                self.tr("Goes into: {field}").format(
                    field=target.accessibleName() or self.tr("the text field")
                )
            )
        else:
            self.target_label.setText(
                self.tr("No note or transfer field chosen: Insert copies to the clipboard.")
            )

    # ---- keys and menus ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        dock = getattr(self, "dock", None)
        if (
            event.type() == QEvent.Type.Show
            and isinstance(dock, QDockWidget)
            and watched is dock.parentWidget()
            and not self._window_shown
        ):
            # A narrow window keeps its room for the customer: the library waits behind
            # Ctrl+Shift+S (and opens by itself when a script needs values typed).
            self._window_shown = True
            width = watched.width()  # type: ignore[attr-defined]
            if width < COMPACT_WIDTH:
                dock.hide()
            else:  # a little more room for the library on a wide screen
                window = dock.parentWidget()
                assert isinstance(window, QMainWindow)
                window.resizeDocks([dock], [360 if width >= 1400 else 310],
                                   Qt.Orientation.Horizontal)  # fmt: skip
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)  # the caret stays in the search box
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._search_timer.isActive():
                    self._search_timer.stop()
                    self.reload()
                    return True
                self.insert_current()
                return True
            if key == Qt.Key.Key_Escape:
                if self.search_box.text():
                    self.search_box.clear()
                    self.reload()
                else:
                    self.return_to_target()
                return True
        return super().eventFilter(watched, event)

    def _context_menu(self, pos: Any) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        self.list.setCurrentItem(item)
        view = self._current
        if view is None:
            return
        menu = QMenu(self)
        ready = self._result is not None and self._result.ready
        insert = menu.addAction(self.tr("Insert"), self.insert_current)
        insert.setEnabled(ready)
        copy = menu.addAction(self.tr("Copy"), self.copy_current)
        copy.setEnabled(ready)
        menu.addSeparator()
        menu.addAction(
            self.tr("Remove from favourites")
            if view.favourite is not None
            else self.tr("Add to favourites"),
            self.toggle_favourite,
        )
        if view.favourite is not None:
            menu.addAction(self.tr("Move up in favourites"), lambda: self.move_favourite(-1))
            menu.addAction(self.tr("Move down in favourites"), lambda: self.move_favourite(1))
        if self.edit_button is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Edit…"), self._edit_current)
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def _edit_current(self) -> None:
        if self._current is not None:
            self.edit_requested.emit(self._current.id)


class ScriptPopup(QDialog):
    """The library over a modal form (the warm transfer): insert, then back to the form."""

    def __init__(
        self,
        context: ConsoleContext,
        hub: Hub | None,
        host: QWidget,
        target: QWidget | None,
    ) -> None:
        super().__init__(host)
        self.setObjectName("scriptPopup")
        self.setWindowTitle(self.tr("Scripts"))
        self.setAccessibleName(self.windowTitle())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.library = ScriptLibrary(context, hub, self, fixed_target=target)
        # Out of the way at once; gone once the use is counted (its answer needs the library).
        self.library.inserted.connect(lambda _sid, _where: self.hide())
        self.library.used.connect(lambda _sid, _n: self.close())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.library)
        self.resize(460, 620)
        self._wanted: int | None = None
        self.library.loaded.connect(self._choose_wanted)

    def choose(self, script_id: int) -> None:
        """Show this script once the list is in, its first missing value focused."""
        self._wanted = script_id
        self._choose_wanted()

    def _choose_wanted(self) -> None:
        wanted = self._wanted
        if wanted is not None and self.library.select(wanted):
            self._wanted = None
            self.library.use_script(wanted)
