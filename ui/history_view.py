"""A customer's timeline, newest first; older pages load as the agent scrolls to the bottom."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.services.customers import CustomerService, TimelineItem
from ui.columns import ColumnFitter, size_columns
from ui.errors import handle_error
from ui.history_model import HistoryModel
from ui.hub import Hub
from ui.tasks import LatestOnly


class HistoryView(QWidget):
    # Emitted with the customer id after a page was shown (tests, later panes).
    page_loaded = Signal(int)

    def __init__(
        self,
        customers: CustomerService,
        hub: Hub,
        agent_zone: dt.tzinfo,
        *,
        page_size: int = 50,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.setAccessibleName(self.tr("Contact history"))
        self._customers = customers
        self._hub = hub
        self.page_size = max(1, page_size)
        self._latest = LatestOnly(self)
        self._customer_id: int | None = None
        self._exhausted = False

        title = QLabel(self.tr("History"), self)
        title.setObjectName("paneTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("historySummary")
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.summary)

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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self._stack, 1)

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

    def show_customer(self, customer_id: int) -> None:
        if customer_id != self._customer_id:
            self.model.set_rows(())
            self.summary.clear()
        self._customer_id = customer_id
        self._exhausted = False
        customers, limit = self._customers, self.page_size
        self._latest.run(
            lambda: customers.timeline(customer_id, limit),
            lambda items: self._first_page(customer_id, items),
            self._failed,
        )

    def reload(self) -> None:
        if self._customer_id is not None:
            self.show_customer(self._customer_id)

    def clear(self) -> None:
        self._latest.cancel()
        self._customer_id = None
        self.model.set_rows(())
        self.summary.clear()

    def load_more(self) -> bool:
        """Fetch the next older page; False when there is nothing (more) to fetch right now."""
        key = self.model.page_key()
        if self._customer_id is None or self._exhausted or self._latest.busy or key is None:
            return False
        customer_id, customers, limit = self._customer_id, self._customers, self.page_size
        self.summary.setText(self.tr("Loading older contacts…"))
        self._latest.run(
            lambda: customers.timeline(customer_id, limit, before=key),
            lambda items: self._next_page(customer_id, items),
            self._failed,
        )
        return True

    # ---- answers -------------------------------------------------------------------------

    def _first_page(self, customer_id: int, items: list[TimelineItem]) -> None:
        self._hub.report_online()
        self.model.set_rows(items)
        self._exhausted = len(items) < self.page_size
        if items:
            self._stack.setCurrentWidget(self.table)
            self.table.scrollToTop()
        else:
            self.empty.setText(self.tr("No contacts with this customer yet."))
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
        n = self.model.rowCount()
        if n == 0:
            self.summary.clear()
        elif self._exhausted:
            text = self.tr("%n contact", "", n) if n == 1 else self.tr("%n contacts", "", n)
            self.summary.setText(text)
        else:
            self.summary.setText(
                self.tr("Latest {n} contacts · scroll down for older ones").format(n=n)
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
