"""The callbacks behind a dashboard figure (``dashboardDrill``), and reassigning them.

The dialog lists exactly what the figure counts (the same ``Drill`` filter), in work order,
with several rows selectable. "Open customer" (Enter) shows the customer on the Desk;
"Reassign…" (Ctrl+R) moves the selected callbacks to an agent or a queue in one go, off the
GUI thread. A refused reassignment (someone closed one meanwhile, a missing target) is said in
the dialog, and the form keeps what was typed so nothing has to be entered again.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.errors import ConflictError, DatabaseUnavailableError, UserFacingError
from console.services.callbacks import CallbackService, CallbackView
from console.services.dashboard import DashboardService, Drill
from ui.accessibility import label_combos, prepare
from ui.callback_model import CallbackModel
from ui.context import ConsoleContext
from ui.dashboard_text import drill_title
from ui.errors import show_error
from ui.form_support import fit_wrapped
from ui.formatting import number
from ui.hub import Hub
from ui.tasks import LatestOnly, run_task

DRILL_LIMIT = 1000


# Columns hidden when every row says the same (the drill's title says it); never who or when.
_HIDE_WHEN_SAME = (CallbackModel.STATUS, CallbackModel.PRIORITY, CallbackModel.ATTEMPTS)


def _set_state(label: QLabel, text: str, state: str = "ok") -> None:
    """Show a message in a dialog's message line ("ok", "error", "info"; "" for no box), or
    hide it (no text). Shared with the disruptions dialog."""
    label.setText(text)
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)
    # Inside the coloured box (a style sheet's padding is not re-read); none without a box.
    label.setContentsMargins(*((10, 6, 10, 6) if state else (0, 0, 0, 0)))
    label.setVisible(bool(text))


class ReassignDialog(QDialog):
    """To an agent or to a queue, with a reason (``dashboardReassign``)."""

    # (to_user_id, to_queue_id, reason, target name)
    submitted = Signal(object, object, str, str)

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardReassign")
        self.setWindowTitle(self.tr("Reassign callbacks"))
        self.setAccessibleName(self.tr("Reassign callbacks"))
        self.count = count

        self.heading = heading = QLabel(self)
        heading.setObjectName("dialogHeading")
        self.set_count(count)
        self.to_agent = QRadioButton(self.tr("To an &agent"), self)
        self.to_agent.setObjectName("reassignToAgent")
        self.to_agent.setAccessibleName(self.tr("Reassign to an agent"))
        self.to_queue = QRadioButton(self.tr("To a &queue"), self)
        self.to_queue.setObjectName("reassignToQueue")
        self.to_queue.setAccessibleName(self.tr("Reassign to a queue"))
        self.to_queue.setChecked(True)
        self._loaded = False
        group = QButtonGroup(self)
        group.addButton(self.to_agent)
        group.addButton(self.to_queue)
        self.agent = QComboBox(self)
        self.agent.setObjectName("reassignAgent")
        self.agent.setAccessibleName(self.tr("Agent"))
        self.queue = QComboBox(self)
        self.queue.setObjectName("reassignQueue")
        self.queue.setAccessibleName(self.tr("Queue"))
        # Nothing is pre-chosen: the supervisor picks where the callbacks go.
        self.agent.setPlaceholderText(self.tr("Choose an agent"))
        self.queue.setPlaceholderText(self.tr("Choose a queue"))
        for combo in (self.agent, self.queue):
            combo.setMinimumContentsLength(22)
            combo.setEnabled(False)
            combo.addItem(self.tr("Loading…"), None)
            combo.currentIndexChanged.connect(self._update)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reassignReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why (kept in the callback's history)"))
        self.reason.setMaxLength(500)
        self.reason.textChanged.connect(self._update)
        # What is still missing before Reassign can run.
        self.hint = QLabel(self)
        self.hint.setObjectName("reassignHint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.error = QLabel(self)
        self.error.setObjectName("dashboardMessage")
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Reassign"))
        self.ok_button.setObjectName("reassignOk")
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.to_agent, self.agent)
        form.addRow(self.to_queue, self.queue)
        reason_label = QLabel(self.tr("&Reason"), self)
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.to_agent.toggled.connect(self._update)
        self.setMinimumWidth(460)
        label_combos(self)

    def set_count(self, count: int) -> None:
        """How many callbacks move (the list behind may have changed meanwhile)."""
        self.count = count
        self.heading.setText(
            self.tr("Reassign 1 callback") if count == 1
            else self.tr("Reassign {n} callbacks").format(n=number(count))
        )  # fmt: skip

    def set_targets(self, people: list[tuple[int, str]], queues: list[tuple[int, str]]) -> None:
        for combo, items in ((self.agent, people), (self.queue, queues)):
            combo.blockSignals(True)
            combo.clear()
            for target_id, name in items:
                combo.addItem(name, target_id)
            combo.setCurrentIndex(-1)
            combo.blockSignals(False)
        self._loaded = True
        self._update()

    def targets_failed(self, message: str) -> None:
        """The agents and queues could not be read: say so here, not behind the form."""
        self._loaded = False
        for combo in (self.agent, self.queue):
            combo.clear()
            combo.addItem(self.tr("Not available"), None)
        self.show_error(message)

    def choose_queue(self, name: str) -> bool:
        index = self.queue.findText(name)
        if index < 0:
            return False
        self.to_queue.setChecked(True)
        self.queue.setCurrentIndex(index)
        return True

    def choose_agent(self, name: str) -> bool:
        index = self.agent.findText(name)
        if index < 0:
            return False
        self.to_agent.setChecked(True)
        self.agent.setCurrentIndex(index)
        return True

    def _update(self) -> None:
        agent = self.to_agent.isChecked()
        loaded = self._loaded
        self.agent.setEnabled(agent and loaded)
        self.queue.setEnabled(not agent and loaded)
        combo = self.agent if agent else self.queue
        chosen = combo.currentData() is not None
        reason = bool(self.reason.text().strip())
        if not loaded:
            hint = ""
        elif not chosen:
            hint = (self.tr("Choose the agent who takes them, and say why.") if agent
                    else self.tr("Choose the queue that takes them, and say why."))  # fmt: skip
        elif not reason:
            hint = self.tr("Type a reason: it is kept in each callback's history.")
        else:
            hint = ""
        if hint != self.hint.text():
            self.hint.setText(hint)
            self.hint.setVisible(bool(hint))
            fit_wrapped(self, [self.hint])
        self.ok_button.setEnabled(chosen and reason)

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.ok_button.setEnabled(False)
        else:
            self._update()
        self.ok_button.setText(self.tr("Reassigning…") if busy else self.tr("Reassign"))

    def show_error(self, message: str) -> None:
        _set_state(self.error, message, "error")
        self.set_busy(False)
        self._update()
        fit_wrapped(self, [self.error])
        self.adjustSize()

    def _submit(self) -> None:
        combo = self.agent if self.to_agent.isChecked() else self.queue
        target = combo.currentData()
        if target is None or not self.reason.text().strip():
            return
        _set_state(self.error, "", "error")
        self.set_busy(True)
        user_id = target if self.to_agent.isChecked() else None
        queue_id = None if self.to_agent.isChecked() else target
        self.submitted.emit(user_id, queue_id, self.reason.text(), combo.currentText())


class DrillDialog(QDialog):
    # The supervisor wants to see this customer on the Desk.
    open_customer = Signal(int)
    # The list was (re)loaded.
    loaded = Signal()

    def __init__(
        self,
        context: ConsoleContext,
        service: DashboardService,
        callbacks: CallbackService,
        hub: Hub,
        drill: Drill,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardDrill")
        self.setAccessibleName(drill_title(drill))
        self.setWindowTitle(drill_title(drill))
        self.setModal(False)
        self.drill = drill
        self._service = service
        self._callbacks = callbacks
        self._hub = hub
        self._viewer = context.user.id
        self._latest = LatestOnly(self)
        self._targets: tuple[list[tuple[int, str]], list[tuple[int, str]]] | None = None
        self.total: int | None = None
        self.reassign_dialog: ReassignDialog | None = None

        self.heading = QLabel(drill_title(drill), self)
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.summary = QLabel(self.tr("Loading…"), self)
        self.summary.setObjectName("dashboardDrillSummary")
        self.summary.setAccessibleName(self.tr("How many callbacks"))

        self.model = CallbackModel(context.agent_zone, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(CallbackModel.SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("dashboardDrillTable")
        self.table.setAccessibleName(self.tr("Callbacks behind the figure"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's work order
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.message = QLabel(self)
        self.message.setObjectName("dashboardMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Result"))
        self.message.hide()

        self.open_button = QPushButton(self.tr("Open customer"), self)
        self.open_button.setObjectName("drillOpenCustomer")
        self.open_button.setToolTip(self.tr("Show the customer on the Desk (Enter)"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_current)
        self.reassign_button = QPushButton(self.tr("Reassign…"), self)
        self.reassign_button.setObjectName("drillReassign")
        self.reassign_button.setShortcut(QKeySequence("Ctrl+R"))
        self.reassign_button.setToolTip(
            self.tr("Move the selected callbacks to an agent or a queue (Ctrl+R)")
        )
        self.reassign_button.setAutoDefault(False)
        self.reassign_button.clicked.connect(self.reassign_selected)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("drillClose")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("dashboardDrillSelection")

        buttons = QHBoxLayout()
        buttons.addWidget(self.selection_label, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.reassign_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(1180, 580)
        self._selection_changed()

        # Other consoles' changes (and ours): one reload per burst.
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(400)
        self._coalesce.timeout.connect(self.reload)
        hub.callbacks_changed.connect(self._coalesce.start)

    # ---- the list --------------------------------------------------------------------------

    def reload(self) -> None:
        service, viewer, drill = self._service, self._viewer, self.drill

        def load() -> tuple[int, list[CallbackView]]:
            return service.count(viewer, drill), service.drill(viewer, drill, limit=DRILL_LIMIT)

        self._latest.run(load, self._loaded, self._load_failed)

    def _loaded(self, result: tuple[int, list[CallbackView]]) -> None:
        total, rows = result
        selected = self.selected_ids()
        current = self._current_id()
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        self._restore_selection(selected, current)
        if rows:
            self._fit_columns(first)
        self.total = total
        self.setWindowTitle(f"{drill_title(self.drill)} ({number(total)})")
        if total > len(rows):
            text = self.tr("The first {shown} of {n} callbacks, in work order.").format(
                shown=number(len(rows)), n=number(total)
            )
        elif total == 1:
            text = self.tr("1 callback.")
        else:
            text = self.tr("{n} callbacks.").format(n=number(total))
        if total and not self.drill.open_only:
            text += " " + self.tr("Closed ones are listed for reference; only open ones move.")
        self.summary.setText(text)
        self._selection_changed()
        form = self.reassign_dialog
        if form is not None and shiboken6.isValid(form) and form.isVisible():
            form.set_count(len([cb for cb in self.selected_rows() if cb.is_open]))
        self.loaded.emit()

    def _fit_columns(self, first: bool = True) -> None:
        """Columns as wide as their text on every row, within reason (the promise takes what
        is left); a column saying the same on every row ("Overdue" in the Overdue list) is
        hidden, the title says it already.

        Widths are measured over all rows, not only those on screen, and a reload only ever
        widens a column, so what the supervisor dragged wider stays."""
        model, metrics = self.model, self.table.fontMetrics()
        rows = model.rowCount()
        padding = metrics.horizontalAdvance("M") * 2
        for col in range(CallbackModel.COLUMN_COUNT):
            texts = {str(model.index(r, col).data() or "") for r in range(rows)}
            same = rows > 1 and len(texts) == 1 and col in _HIDE_WHEN_SAME
            self.table.setColumnHidden(col, same)
            if same or col == CallbackModel.COLUMN_COUNT - 1:
                continue
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            need = max(metrics.horizontalAdvance(t) for t in (*texts, title)) + padding
            width = min(need, 300)
            if first or width > self.table.columnWidth(col):
                self.table.setColumnWidth(col, width)

    def _load_failed(self, error: BaseException) -> None:
        if isinstance(error, DatabaseUnavailableError):
            self._hub.report_offline(error.message)
        if isinstance(error, UserFacingError):
            _set_state(self.message, self.tr("Could not load the list: {message}").format(
                message=error.message), "error")  # fmt: skip
        else:
            show_error(self, error)

    def _restore_selection(self, ids: list[int], current: int | None) -> None:
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for callback_id in ids:
            row = self.model.index_of(callback_id)
            if row is not None:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, flags)
        if current is not None:
            row = self.model.index_of(current)
            if row is not None:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.row_at(source.row()).id if source.isValid() else None

    def selected_rows(self) -> list[CallbackView]:
        rows = {
            self.proxy.mapToSource(index).row()
            for index in self.table.selectionModel().selectedRows()
        }
        return [self.model.row_at(r) for r in sorted(rows) if r >= 0]

    def selected_ids(self) -> list[int]:
        return [cb.id for cb in self.selected_rows()]

    def _selection_changed(self, *_args: object) -> None:
        rows = self.selected_rows()
        movable = [cb for cb in rows if cb.is_open]
        self.open_button.setEnabled(self.table.currentIndex().isValid() or bool(rows))
        self.reassign_button.setEnabled(bool(movable))
        if not rows:
            self.selection_label.setText(
                self.tr("Select callbacks (Shift or Ctrl for several), then Reassign…")
            )
        elif len(rows) == 1:
            self.selection_label.setText(self.tr("1 selected"))
        else:
            self.selection_label.setText(self.tr("{n} selected").format(n=number(len(rows))))

    # ---- actions -----------------------------------------------------------------------------

    def open_current(self) -> None:
        index = self.table.currentIndex()
        rows = self.selected_rows()
        if index.isValid():
            source = self.proxy.mapToSource(index)
            callback = self.model.row_at(source.row())
        elif rows:
            callback = rows[0]
        else:
            return
        self.open_customer.emit(callback.customer_id)

    def reassign_selected(self) -> ReassignDialog | None:
        """Ctrl+R: the form for the selected (open) callbacks."""
        rows = [cb for cb in self.selected_rows() if cb.is_open]
        if not rows:
            _set_state(self.message, self.tr("Select one or more open callbacks first."),
                       "error")  # fmt: skip
            return None
        dialog = ReassignDialog(len(rows), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(
            lambda user, queue, reason, name: self._reassign(dialog, user, queue, reason, name)
        )
        self.reassign_dialog = dialog
        if self._targets is not None:
            dialog.set_targets(*self._targets)
        else:
            run_task(self._service.targets, self._got_targets,
                     lambda error: self._targets_failed(dialog, error), owner=dialog)  # fmt: skip
        prepare(dialog)
        dialog.open()
        return dialog

    def _got_targets(self, targets: tuple[list[tuple[int, str]], list[tuple[int, str]]]) -> None:
        self._targets = targets
        if self.reassign_dialog is not None:
            self.reassign_dialog.set_targets(*targets)

    def _targets_failed(self, dialog: ReassignDialog, error: BaseException) -> None:
        """The form's agents and queues could not be read: the form says why (an offline
        database also goes to the hub, a bug to the crash dialog)."""
        if isinstance(error, DatabaseUnavailableError):
            self._hub.report_offline(error.message)
        if isinstance(error, UserFacingError):
            message = error.message
        else:
            message = self.tr("An unexpected error occurred.")
            show_error(dialog, error)
        dialog.targets_failed(
            self.tr("Could not load the agents and queues: {message} Close and try again.").format(
                message=message.rstrip(".") + "."
            )
        )

    def _reassign(
        self,
        dialog: ReassignDialog,
        to_user: int | None,
        to_queue: int | None,
        reason: str,
        target: str,
    ) -> None:
        # What is selected now: after a refused attempt the list was refreshed without the
        # callbacks closed meanwhile, and a second Reassign moves the ones still open.
        ids = [cb.id for cb in self.selected_rows() if cb.is_open]
        if not ids:
            dialog.show_error(self.tr("Select one or more open callbacks first."))
            return
        callbacks, viewer = self._callbacks, self._viewer

        def move() -> int:
            moved = callbacks.reassign(ids, viewer, to_user_id=to_user, to_queue_id=to_queue,
                                       reason=reason)  # fmt: skip
            return len(moved)

        run_task(
            move,
            lambda n: self._reassigned(dialog, n, target),
            lambda error: self._reassign_failed(dialog, error),
            owner=self,
        )

    def _reassigned(self, dialog: ReassignDialog, n: int, target: str) -> None:
        dialog.accept()
        self.reassign_dialog = None
        text = (
            self.tr("1 callback reassigned to {target}").format(target=target) if n == 1
            else self.tr("{n} callbacks reassigned to {target}").format(n=number(n), target=target)
        )  # fmt: skip
        _set_state(self.message, text, "ok")
        # One path: the hub refreshes the dashboard, this list and every other view.
        self._hub.callbacks_changed.emit()

    def _reassign_failed(self, dialog: ReassignDialog, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            dialog.set_busy(False)
            show_error(self, error)
            return
        if isinstance(error, DatabaseUnavailableError):
            self._hub.report_offline(error.message)
        text = self.tr("Nothing was reassigned: {message}").format(message=error.message)
        _set_state(self.message, text, "error")
        dialog.show_error(text)
        if isinstance(error, ConflictError):
            self.reload()
            self._hub.callbacks_changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.total is None and not self._latest.busy:
            self.reload()
