"""My callbacks and my queues' callbacks (``callbackTable``): the work list, in work order.

Overdue first, then priority, then due time, as the service orders them; the agent may sort
by any column. Enter or a double click opens the callback to work it; F8 takes the next one.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.services.callbacks import CallbackService, CallbackView, ListFilter
from ui.accessibility import label_combos
from ui.callback_model import CallbackModel
from ui.errors import handle_error
from ui.formatting import number
from ui.hub import Hub
from ui.tasks import LatestOnly

SCOPES = ("mine", "queues")


class _Table(QTableView):
    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class CallbackTable(QWidget):
    # The agent chose a callback to work (Enter, double click).
    open_requested = Signal(object)
    # Buckets after each load: {"overdue": n, "due": n, "today": n, "upcoming": n}.
    counts_changed = Signal(dict)
    next_requested = Signal()

    def __init__(
        self,
        service: CallbackService,
        hub: Hub,
        user_id: int,
        agent_zone: dt.tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callbackPane")
        self._service = service
        self._hub = hub
        self._user_id = user_id
        self._queue_ids: list[int] | None = None
        self._latest = LatestOnly(self)

        self.scope = QComboBox(self)
        self.scope.setObjectName("callbackScope")
        self.scope.setAccessibleName(self.tr("Which callbacks"))
        self.scope.addItem(self.tr("My callbacks"), "mine")
        self.scope.addItem(self.tr("Waiting in my queues"), "queues")
        self.counts = QLabel(self)
        self.counts.setObjectName("callbackCounts")
        self.counts.setAccessibleName(self.tr("Callback counts"))
        self.next_button = QPushButton(self.tr("Next callback (F8)"), self)
        self.next_button.setObjectName("callbackNext")
        self.next_button.setAccessibleName(self.tr("Take the next callback"))
        self.next_button.clicked.connect(self.next_requested)

        self.model = CallbackModel(agent_zone, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(CallbackModel.SORT_ROLE)
        self.table = _Table(self)
        self.table.setObjectName("callbackTable")
        self.table.setAccessibleName(self.tr("Callbacks"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's work order
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((0, 100), (1, 118), (2, 245), (3, 170), (4, 140), (5, 60),
                           (6, 130), (7, 50)):  # fmt: skip
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated_row.connect(self._open)
        self.empty = QLabel(self)
        self.empty.setObjectName("callbackEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addWidget(self.counts, 1)
        top.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        label_combos(self)
        self.scope.currentIndexChanged.connect(self.reload)
        # Changes anywhere (a notification per callback on PostgreSQL) arrive in bursts: one
        # reload per burst, not one per change.
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(400)
        self._coalesce.timeout.connect(self.reload)
        hub.callbacks_changed.connect(self._coalesce.start)

    @property
    def current_scope(self) -> str:
        return str(self.scope.currentData())

    def reload(self) -> None:
        service, user, scope = self._service, self._user_id, self.current_scope
        queue_ids = self._queue_ids

        def load() -> tuple[list[int], list[CallbackView]]:
            ids = queue_ids if queue_ids is not None else service.queue_ids_of(user)
            rows = service.mine(user) if scope == "mine" else service.for_queues(ids)
            return ids, rows

        self._latest.run(load, self._loaded, lambda e: handle_error(self, self._hub, e))

    def _loaded(self, result: tuple[list[int], list[CallbackView]]) -> None:
        self._queue_ids, rows = result
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected.id)
        counts = self.model.counts()
        if self.current_scope == "mine":
            text = self.tr(
                "{overdue} overdue · {due} due now · {today} later today · {upcoming} ahead"
            )
            shown = text.format(**{key: number(n) for key, n in counts.items()})
        else:
            shown = self.tr("{n} waiting").format(n=number(len(rows)))
        if len(rows) >= ListFilter.limit:
            # The list holds the top of the work order only: say so rather than undercount.
            shown += " " + self.tr("(the first {n} shown)").format(n=number(len(rows)))
        self.counts.setText(shown)
        self.empty.setText(
            self.tr("No open callbacks. Promise one from a customer's card (Ctrl+B).")
            if self.current_scope == "mine"
            else self.tr("Nothing is waiting in your queues.")
        )
        self.empty.setVisible(not rows)
        self.counts_changed.emit(counts)

    def _open(self, proxy_row: int) -> None:
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        if source.isValid():
            self.open_requested.emit(self.model.row_at(source.row()))

    def selected(self) -> CallbackView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.row_at(source.row()) if source.isValid() else None

    def select(self, callback_id: int) -> bool:
        row = self.model.index_of(callback_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        return True

    def focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.table.setCurrentIndex(self.proxy.index(0, 0, QModelIndex()))
