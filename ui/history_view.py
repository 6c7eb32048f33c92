"""A customer's timeline, newest first; older pages load as the agent scrolls to the bottom.

Above the table: type toggles and a search-inside box (debounced, answered off the GUI thread,
stale answers discarded); the counts say how many contacts pass them ("12 of 40 contacts").
Below it: the note composer, to add a note or log a call without leaving the customer.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.drafts import DraftStore
from console.services.customers import CustomerService, TimelineItem
from console.services.interactions import KINDS, InteractionService, TimelinePage
from console.services.transfers import TransferView
from ui.accessibility import name_clear_button
from ui.columns import ColumnFitter, size_columns
from ui.errors import handle_error
from ui.flow_layout import FlowLayout
from ui.formatting import number
from ui.history_model import HistoryModel
from ui.hub import Hub
from ui.note_composer import NoteComposer
from ui.tasks import LatestOnly
from ui.theme import themed
from ui.transfer_inbox import accepted_text

# Search-inside waits this long after the last keystroke before it asks the database.
SEARCH_DELAY_MS = 250

_STYLE = """
QToolButton[objectName^="historyKind_"], QToolButton#composerNoteMode,
QToolButton#composerCallMode {
    border: 1px solid #7b8494;
    border-radius: 11px;
    padding: 2px 10px;
    background: #ffffff;
    color: #334155;
}
QToolButton[objectName^="historyKind_"]:hover, QToolButton#composerNoteMode:hover,
QToolButton#composerCallMode:hover {
    background: #f1f5f9;
}
QToolButton[objectName^="historyKind_"]:checked, QToolButton#composerNoteMode:checked,
QToolButton#composerCallMode:checked {
    background: #dbe6fe;
    border-color: #93b4f5;
    color: #1e3a8a;
}
QToolButton[objectName^="historyKind_"]:focus, QToolButton#composerNoteMode:focus,
QToolButton#composerCallMode:focus {
    border: 1px solid #2563eb;
}
QLineEdit#historySearch {
    padding: 2px 6px;
    border: 1px solid #7b8494;
    border-radius: 6px;
}
QLineEdit#historySearch:focus, QPlainTextEdit#noteText:focus {
    border: 1px solid #2563eb;
}
QPlainTextEdit#noteText {
    border: 1px solid #7b8494;
    border-radius: 6px;
    background: #ffffff;
}
QLabel#composerHint {
    color: #59687c;
}
QLabel#composerMessage[kind="error"] {
    color: #b91c1c;
}
QLabel#composerMessage[kind="info"] {
    color: #59687c;
}
"""


@dataclass(frozen=True)
class HistoryMemory:
    customer_id: int | None
    kinds: frozenset[str]
    search: str
    # The accepted handover pinned above its customer's timeline, if any: what it is made of,
    # so the next window writes it again in its language.
    pinned: TransferView | None


class HistoryView(QWidget):
    # Emitted with the customer id after a page was shown (tests, later panes).
    page_loaded = Signal(int)

    def __init__(
        self,
        customers: CustomerService,
        hub: Hub,
        agent_zone: dt.tzinfo,
        *,
        interactions: InteractionService | None = None,
        drafts: DraftStore | None = None,
        user_id: int | None = None,
        page_size: int = 50,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.setAccessibleName(self.tr("Contact history"))
        self._customers = customers
        self._interactions = interactions or InteractionService(customers.db)
        self._hub = hub
        self._zone = agent_zone
        self.page_size = max(1, page_size)
        self._latest = LatestOnly(self)
        self._customer_id: int | None = None
        self._exhausted = False
        self._matching = 0
        self._total = 0

        title = QLabel(self.tr("History"), self)
        title.setObjectName("paneTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("historySummary")
        self.summary.setAccessibleName(self.tr("How many contacts are shown"))

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("historySearch")
        self.search_box.setPlaceholderText(self.tr("Search in this history"))
        self.search_box.setAccessibleName(self.tr("Search in this customer's history"))
        name_clear_button(self.search_box)
        self.search_box.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 6))
        self.search_box.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 22))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self._search_now)

        heading = self._heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.setSpacing(8)
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.summary)

        labels = {
            "call": self.tr("Calls"),
            "note": self.tr("Notes"),
            "email": self.tr("Emails"),
            "order": self.tr("Orders"),
            "transfer": self.tr("Transfers"),
            "callback": self.tr("Callbacks"),
            "incident": self.tr("Disruptions"),
        }
        self.kind_buttons: dict[str, QToolButton] = {}
        # The filter row never makes the pane wider: in a very narrow pane the search box
        # shrinks first, then the last toggles are cut off (the table matters more).
        self.filter_bar = QWidget(self)
        self.filter_bar.setObjectName("historyFilters")
        self.filter_bar.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 12))
        filters = self._filters = QHBoxLayout(self.filter_bar)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(4)
        # The toggles wrap onto a second line rather than being cut in a narrow pane.
        self.toggle_box = QWidget(self.filter_bar)
        self.toggle_box.setObjectName("historyKinds")
        toggle_policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        toggle_policy.setHeightForWidth(True)
        self.toggle_box.setSizePolicy(toggle_policy)
        self._toggles = FlowLayout(self.toggle_box, spacing=4)
        for kind in KINDS:
            button = QToolButton(self.toggle_box)
            button.setObjectName(f"historyKind_{kind}")
            button.setText(labels.get(kind, kind))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            # Never squeezed into "Tr…rs": a toggle keeps its whole word.
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(self.tr("Show only: {kind}").format(kind=button.text()))
            button.setToolTip(
                self.tr("Show {kind}; with no type chosen every contact shows").format(
                    kind=button.text().lower()
                )
            )
            button.toggled.connect(self._kinds_changed)
            self.kind_buttons[kind] = button
            self._toggles.addWidget(button)
        filters.addWidget(self.toggle_box, 0)
        filters.addSpacing(6)
        filters.addWidget(self.search_box, 1)
        filters.addStretch(0)

        self.model = HistoryModel(agent_zone, self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Contacts with this customer, newest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("MMM"))
        size_columns(
            self.table,
            {
                HistoryModel.WHEN: ["Yesterday 00:00", "28 Sep 2025 00:00"],
                HistoryModel.TYPE: ["Transfer", "Callback"],
                HistoryModel.DIRECTION: ["Outbound"],
                HistoryModel.AGENT: ["Niloufar Ahmadi"],
                HistoryModel.OUTCOME: ["Callback promised"],
            },
        )
        # In a narrow pane the summary keeps room; the other columns step aside in this order.
        self.column_fitter = ColumnFitter(
            self.table,
            stretch=HistoryModel.SUMMARY,
            stretch_min_chars=24,
            drop_order=(
                HistoryModel.DIRECTION,
                HistoryModel.AGENT,
                HistoryModel.TYPE,
                HistoryModel.OUTCOME,
            ),
        )
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.table.verticalScrollBar().rangeChanged.connect(self._range_changed)

        self.empty = QLabel(self)
        self.empty.setObjectName("historyEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.table)

        self.composer = NoteComposer(
            self._interactions,
            drafts if drafts is not None else DraftStore(),
            hub,
            user_id=user_id,
            database=self._interactions.db.display,
            parent=self,
        )
        self.composer.setEnabled(False)

        # A handover note the agent accepted sits on top until they open another customer.
        self.pinned = QLabel(self)
        self.pinned.setObjectName("historyPinned")
        self.pinned.setAccessibleName(self.tr("Pinned handover note"))
        self.pinned.setWordWrap(True)
        self.pinned.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pinned.setStyleSheet(
            themed(
                "QLabel#historyPinned { background: #f0fdf4; border: 1px solid #86efac;"
                " border-radius: 6px; padding: 8px; color: #14532d; }"
            )
        )
        self.pinned.hide()
        self._pinned: TransferView | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.pinned)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self._stack, 1)
        layout.addSpacing(2)
        layout.addWidget(self.composer)

        chain: list[QWidget] = [self.search_box, *self.kind_buttons.values(), self.table]
        chain.append(self.composer.editor)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        # Chips for the toggles and status colours for the composer. Kept with the widget that
        # owns the object names until the shared style sheet takes them over.
        self.setStyleSheet(themed(_STYLE))

        hub.interactions_changed.connect(self._maybe_reload)

    # ---- public --------------------------------------------------------------------------

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    @property
    def exhausted(self) -> bool:
        """True once the oldest contact has been loaded."""
        return self._exhausted

    @property
    def loading(self) -> bool:
        return self._latest.busy

    @property
    def kinds(self) -> set[str] | None:
        """The types the agent chose to see; None when no toggle is on (every type shows)."""
        chosen = {kind for kind, button in self.kind_buttons.items() if button.isChecked()}
        return chosen or None

    @property
    def search_text(self) -> str:
        return self.search_box.text().strip()

    @property
    def filtered(self) -> bool:
        return self.kinds is not None or bool(self.search_text)

    @property
    def counts(self) -> tuple[int, int]:
        """(contacts passing the filters, every contact) as of the last first page."""
        return self._matching, self._total

    def memory(self) -> HistoryMemory:
        """The agent's filters and the pinned handover, for the next window's history."""
        return HistoryMemory(self._customer_id, frozenset(self.kinds or ()),
                             self.search_box.text(), self._pinned)  # fmt: skip

    def resume(self, memory: HistoryMemory) -> None:
        """Take over another window's filters and pinned note (its customer is open here)."""
        if memory.pinned is not None:
            self.pin(memory.pinned)
        if memory.customer_id != self._customer_id or not (memory.kinds or memory.search):
            return
        for kind, button in self.kind_buttons.items():
            button.blockSignals(True)
            button.setChecked(kind in memory.kinds)
            button.blockSignals(False)
        self.search_box.blockSignals(True)
        self.search_box.setText(memory.search)
        self.search_box.blockSignals(False)
        self.reload()

    @property
    def pinned_for(self) -> int | None:
        """The customer whose accepted handover is pinned (None: nothing is)."""
        return self._pinned.customer_id if self._pinned is not None else None

    def pin(self, transfer: TransferView) -> None:
        """Pin an accepted handover above its customer's timeline."""
        self._pinned = transfer
        self.pinned.setText(accepted_text(transfer, self._zone))
        self.pinned.setVisible(transfer.customer_id == self._customer_id)

    def show_customer(self, customer_id: int) -> None:
        self.pinned.setVisible(customer_id == self.pinned_for)
        if customer_id != self._customer_id:
            self.model.set_rows(())
            self.summary.clear()
            self._reset_filters()
        self._customer_id = customer_id
        self._exhausted = False
        self._search_timer.stop()
        self.composer.set_customer(customer_id)
        service, limit = self._interactions, self.page_size
        kinds, text = self.kinds, self.search_text
        self._latest.run(
            lambda: service.first_page(customer_id, kinds=kinds, text=text, limit=limit),
            lambda page: self._first_page(customer_id, page),
            self._failed,
        )

    def reload(self) -> None:
        if self._customer_id is not None:
            self.show_customer(self._customer_id)

    def clear(self) -> None:
        self._latest.cancel()
        self._search_timer.stop()
        self._customer_id = None
        self.model.set_rows(())
        self.summary.clear()
        self.composer.set_customer(None)

    def start_note(self) -> bool:
        """Put the cursor in the composer (Ctrl+N); False when no customer is open."""
        if self._customer_id is None:
            return False
        self.composer.focus_editor()
        return True

    def load_more(self) -> bool:
        """Fetch the next older page; False when there is nothing (more) to fetch right now."""
        key = self.model.page_key()
        if self._customer_id is None or self._exhausted or self._latest.busy or key is None:
            return False
        customer_id, service, limit = self._customer_id, self._interactions, self.page_size
        kinds, text = self.kinds, self.search_text
        self.summary.setText(self.tr("Loading older contacts…"))
        self._latest.run(
            lambda: service.timeline(customer_id, kinds=kinds, text=text, limit=limit, before=key),
            lambda items: self._next_page(customer_id, items),
            self._failed,
        )
        return True

    # ---- filters -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_search()

    def _place_search(self) -> None:
        """Beside the toggles when there is room, else up beside the title (never squeezed)."""
        toggles = sum(b.sizeHint().width() for b in self.kind_buttons.values())
        toggles += self._filters.spacing() * len(self.kind_buttons) + 6
        roomy = self.width() >= toggles + self.fontMetrics().horizontalAdvance("M" * 12)
        in_filters = self._filters.indexOf(self.search_box) >= 0
        if roomy and not in_filters:
            self._heading.removeWidget(self.search_box)
            self._filters.insertWidget(self._filters.count() - 1, self.search_box, 1)
        elif not roomy and in_filters:
            self._filters.removeWidget(self.search_box)
            self._heading.insertWidget(1, self.search_box, 1)
        # Alone on their row the toggles take the whole width (and wrap inside it).
        self._filters.setStretchFactor(self.toggle_box, 0 if roomy else 1)

    def _reset_filters(self) -> None:
        for button in self.kind_buttons.values():
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)

    def _kinds_changed(self, _checked: bool) -> None:
        self.reload()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.reload()

    # ---- answers -------------------------------------------------------------------------

    def _first_page(self, customer_id: int, page: TimelinePage) -> None:
        self._hub.report_online()
        items = page.items
        self._matching, self._total = page.matching, page.total
        self.model.set_rows(items)
        self._exhausted = len(items) < self.page_size
        if items:
            self._stack.setCurrentWidget(self.table)
            self.table.scrollToTop()
        else:
            self.empty.setText(
                self.tr("No contacts match. Clear the search or choose other types.")
                if page.total
                else self.tr("No contacts with this customer yet.")
            )
            self._stack.setCurrentWidget(self.empty)
        self._update_summary()
        self.page_loaded.emit(customer_id)
        self._fill_viewport()

    def _next_page(self, customer_id: int, items: list[TimelineItem]) -> None:
        self._hub.report_online()
        self.model.append_rows(items)
        self._exhausted = len(items) < self.page_size
        self._update_summary()
        self.page_loaded.emit(customer_id)
        self._fill_viewport()

    def _failed(self, error: BaseException) -> None:
        self._update_summary()
        handle_error(self, self._hub, error)

    def _update_summary(self) -> None:
        matching, total = self._matching, self._total
        if total == 0:
            self.summary.clear()
        elif self.filtered:
            text = (
                self.tr("{matching} of {total} contact")
                if total == 1
                else self.tr("{matching} of {total} contacts")
            )
            self.summary.setText(text.format(matching=number(matching), total=number(total)))
        elif self._exhausted:
            n = total
            text = self.tr("%Ln contact", "", n) if n == 1 else self.tr("%Ln contacts", "", n)
            self.summary.setText(text)
        else:
            self.summary.setText(
                self.tr("{total} contacts · scroll down for older ones").format(total=number(total))
            )

    def _maybe_reload(self, customer_id: int) -> None:
        if customer_id == self._customer_id:
            self.reload()

    # ---- paging as the agent scrolls -----------------------------------------------------

    def _scrolled(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if bar.maximum() > 0 and value >= bar.maximum() - bar.singleStep():
            self.load_more()

    def _range_changed(self, _minimum: int, _maximum: int) -> None:
        self._fill_viewport()

    def _fill_viewport(self) -> None:
        """A tall window shows every loaded row without a scroll bar: keep loading then."""
        if self.isVisible() and self.table.verticalScrollBar().maximum() == 0:
            self.load_more()
