"""Find a customer as you type: phone in any format, name in any script, email or account."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.services.customers import CustomerService, CustomerSummary
from ui.accessibility import name_clear_button
from ui.columns import ColumnFitter, size_columns
from ui.errors import handle_error
from ui.formatting import number
from ui.hub import Hub
from ui.name_tags_delegate import NameTagsDelegate
from ui.search_results_model import SearchResultsModel
from ui.tasks import LatestOnly

# Keys that move through the results rather than edit the text.
_NAVIGATION_KEYS = {Qt.Key.Key_Down, Qt.Key.Key_PageDown}
_OPEN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class CustomerSearch(QWidget):
    """The search box, its results and a status line; ``customer_chosen`` opens a customer."""

    customer_chosen = Signal(int)
    # Emitted after an answer was shown, with the text it answers (tests and later panes).
    results_shown = Signal(str)

    DEBOUNCE_MS = 200

    def __init__(
        self,
        customers: CustomerService,
        hub: Hub,
        *,
        limit: int = 50,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerSearch")
        self.setAccessibleName(self.tr("Customer search"))
        self._customers = customers
        self._hub = hub
        self._limit = max(1, limit)
        self._latest = LatestOnly(self)
        # The text whose results the table shows, and whether Enter is waiting for them.
        self._shown_text = ""
        self._open_when_answered = False

        self.box = QLineEdit(self)
        self.box.setObjectName("customerSearchBox")
        self.box.setAccessibleName(self.tr("Search customers"))
        self.box.setPlaceholderText(self.tr("Search by phone, name, email or account (Ctrl+K)"))
        # A narrow pane cuts the hint before its key: the tooltip has it whole.
        self.box.setToolTip(self.box.placeholderText())
        name_clear_button(self.box)
        self.box.installEventFilter(self)
        self.setFocusProxy(self.box)

        self.model = SearchResultsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)

        self.results = QTableView(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.proxy)
        self.results.setItemDelegateForColumn(
            SearchResultsModel.NAME,
            NameTagsDelegate(
                SearchResultsModel.CHIPS_ROLE, self.results,
                note_role=SearchResultsModel.NOTE_ROLE,
            ),
        )  # fmt: skip
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        self.results.setShowGrid(False)
        self.results.setWordWrap(False)
        self.results.setSortingEnabled(True)
        self.results.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.results.setTabKeyNavigation(False)
        self.results.installEventFilter(self)
        self.results.doubleClicked.connect(self._open_index)
        vertical = self.results.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: ResizeToContents on a long table costs minutes (TESTING.md).
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.results.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("MMM"))
        size_columns(
            self.results,
            {
                SearchResultsModel.PHONE: ["+7 999 999-99-99", "+66 81 234 5678"],
                SearchResultsModel.EMAIL: ["anna.petrova123@example.ru"],
                SearchResultsModel.ACCOUNT: ["AC0000000"],
                SearchResultsModel.COUNTRY: ["MM"],
            },
        )
        # In a narrow pane the name keeps room; country, then email, then account step aside.
        self.column_fitter = ColumnFitter(
            self.results,
            stretch=SearchResultsModel.NAME,
            stretch_min_chars=20,
            drop_order=(
                SearchResultsModel.COUNTRY,
                SearchResultsModel.EMAIL,
                SearchResultsModel.ACCOUNT,
            ),
        )

        self.hint = QLabel(self)
        self.hint.setObjectName("searchHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.hint)
        self._stack.addWidget(self.results)

        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setAccessibleName(self.tr("Search status"))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self._search_now)
        self.box.textChanged.connect(self._text_changed)
        self.box.returnPressed.connect(self._open_from_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.box)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.status)
        self._show_hint(self._welcome())

    # ---- public --------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+K: put the cursor in the box with its text selected, ready to type over."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def set_debounce_interval(self, ms: int) -> None:
        self._debounce.setInterval(max(0, ms))

    def refresh(self) -> None:
        """Run the current search again (F5, or the database came back)."""
        if self.box.text().strip():
            self._search_now()

    def status_text(self) -> str:
        return self.status.text()

    @property
    def answered_text(self) -> str:
        """The search text whose answer the results show ("" before any)."""
        return self._shown_text

    @property
    def busy(self) -> bool:
        """True while the newest search has not been answered."""
        return self._latest.busy

    @property
    def discarded_answers(self) -> int:
        """How many stale answers arrived after a newer search and were thrown away."""
        return self._latest.discarded

    def visible_rows(self) -> list[CustomerSummary]:
        """The results in the order the agent sees them."""
        out = []
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            out.append(self.model.row_at(source.row()))
        return out

    # ---- searching -----------------------------------------------------------------------

    def _welcome(self) -> str:
        return self.tr(
            "Find a customer by phone number (any format), name in any script, "
            "email or account number.\n\nPress Ctrl+K from anywhere to come back here."
        )

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self._debounce.stop()
            self._latest.cancel()
            self._open_when_answered = False
            self._shown_text = ""
            self.model.set_rows(())
            self.status.clear()
            self._show_hint(self._welcome())
            return
        self.status.setText(self.tr("Searching…"))
        self._debounce.start()

    def _search_now(self) -> None:
        self._debounce.stop()
        text = self.box.text().strip()
        if not text:
            return
        self.status.setText(self.tr("Searching…"))
        customers, limit = self._customers, self._limit
        self._latest.run(
            lambda: customers.find(text, limit),
            lambda rows: self._show_results(text, rows),
            self._search_failed,
        )

    def _show_results(self, text: str, rows: list[CustomerSummary]) -> None:
        self._hub.report_online()
        self._shown_text = text
        self.results.setSortingEnabled(False)
        self.proxy.sort(-1)
        self.results.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_rows(rows)
        self.results.setSortingEnabled(True)
        n = len(rows)
        if n == 0:
            self.status.setText(self.tr("No customer matches “{text}”").format(text=text))
            self._show_hint(
                self.tr(
                    "Check the spelling, try part of the name, or type the number "
                    "with its country code (+…)."
                )
            )
        elif all(row.matched_by == "similar name" for row in rows):
            # Look-alikes only (a typo): say so where the agent looks, not just in a tooltip.
            self.status.setText(
                self.tr("No exact match: %Ln similar name in italics", "", n) if n == 1
                else self.tr("No exact match: %Ln similar names in italics", "", n)
            )  # fmt: skip
            self._stack.setCurrentWidget(self.results)
            self.results.selectRow(0)
            self.results.scrollToTop()
        else:
            if n >= self._limit:
                status = self.tr("First {n} customers: type more to narrow down").format(
                    n=number(n)
                )
            elif n == 1:
                status = self.tr("%Ln customer", "", n)
            else:
                status = self.tr("%Ln customers", "", n)
            self.status.setText(status)
            self._stack.setCurrentWidget(self.results)
            self.results.selectRow(0)
            self.results.scrollToTop()
        self.results_shown.emit(text)
        if self._open_when_answered:
            self._open_when_answered = False
            if n:
                self._open_row(0)

    def _search_failed(self, error: BaseException) -> None:
        self._open_when_answered = False
        self.status.setText(self.tr("The search could not run."))
        handle_error(self, self._hub, error)

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self._stack.setCurrentWidget(self.hint)

    # ---- opening -------------------------------------------------------------------------

    def _results_current(self) -> bool:
        return (
            not self._debounce.isActive()
            and not self._latest.busy
            and self._shown_text == self.box.text().strip()
        )

    def _open_from_box(self) -> None:
        if not self.box.text().strip():
            return
        if self._results_current():
            self._open_selected()
        else:
            # Enter typed before the answer came: open the first match once it arrives.
            self._open_when_answered = True
            if self._debounce.isActive() or not self._latest.busy:
                self._search_now()

    def _open_selected(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        current = self.results.currentIndex()
        self._open_row(current.row() if current.isValid() else 0)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_row(index.row())

    def _open_row(self, proxy_row: int) -> None:
        index = self.proxy.index(proxy_row, 0)
        if not index.isValid():
            return
        self.results.selectRow(proxy_row)
        customer_id = self.proxy.data(index, SearchResultsModel.CUSTOMER_ID_ROLE)
        self.customer_chosen.emit(int(customer_id))

    # ---- keyboard ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.box:
            if key in _NAVIGATION_KEYS and self.proxy.rowCount():
                self._enter_results()
                return True
            if key == Qt.Key.Key_Escape and self.box.text():
                self.box.clear()
                return True
        elif watched is self.results:
            if key in _OPEN_KEYS:
                self._open_selected()
                return True
            if key == Qt.Key.Key_Up and self.results.currentIndex().row() <= 0:
                self.focus_search()
                return True
            if key == Qt.Key.Key_Escape:
                self.focus_search()
                return True
            if event.text().isprintable() and event.text() and not _has_command_modifier(event):
                # Typing in the results goes on typing in the box.
                self.box.setFocus(Qt.FocusReason.OtherFocusReason)
                QApplication.sendEvent(self.box, event)
                return True
        return super().eventFilter(watched, event)

    def _enter_results(self) -> None:
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        current = self.results.currentIndex()
        self.results.selectRow(current.row() if current.isValid() else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys that reach the pane itself (its box lost focus to a click on the margin, or a
        # test types into the pane) are typing into the box.
        if event.text() and event.text().isprintable() and not _has_command_modifier(event):
            self.box.setFocus(Qt.FocusReason.OtherFocusReason)
            QApplication.sendEvent(self.box, event)
            return
        if event.key() in _OPEN_KEYS:
            self._open_from_box()
            return
        if event.key() in _NAVIGATION_KEYS and self.proxy.rowCount():
            self._enter_results()
            return
        super().keyPressEvent(event)


def _has_command_modifier(event: QKeyEvent) -> bool:
    """Ctrl, Alt or Meta: a shortcut, not typing."""
    command = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    )
    return bool(event.modifiers() & command)
