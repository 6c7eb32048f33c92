"""Disruptions for supervisors: declare and manage them (``incidentDialog``), and their figures
on the dashboard (``IncidentPanel``).

The dialog (Disruption › Declare or manage…, Ctrl+Shift+I) lists the open and recent
disruptions. "New disruption" declares one: a name agents recognise, the facts they may tell
customers, the standards communicated, and the queue that makes the callbacks. For the one
selected: publish new facts (every edit is kept, with who and when, and listed); add the
affected customers by a customer field (voyage = AUR-1127) or by a list of account or booking
numbers, pasted or read from a CSV file, all or nothing with the report per line; promise a
callback to every affected customer who has none open, with progress and what it did; and
close it. Every write runs off the GUI thread; a refusal is said next to the field it is about
and nothing typed is cleared by an error.

The dashboard panel lists each disruption's figures: affected, reached, pending, broken
promises, customers with no promise yet and the average wait to first contact; a row opens
the callbacks made for it in the drill dialog.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.errors import (
    ConflictError,
    DatabaseUnavailableError,
    FieldErrors,
    UserFacingError,
)
from console.services.dashboard import DashboardService, Drill, make_drill
from console.services.incidents import (
    AffectedReport,
    CallbackRun,
    FactsEdit,
    IncidentService,
    IncidentStats,
    IncidentView,
)
from ui.context import ConsoleContext
from ui.dashboard_drill import _set_state
from ui.dashboard_text import age_text
from ui.errors import handle_error, present, show_error
from ui.formatting import clock, decimal, format_full, format_when, number, utcnow
from ui.hub import Hub
from ui.i18n import is_right_to_left, localized, separator
from ui.row_table_model import RowTableModel
from ui.tasks import LatestOnly, run_task
from ui.theme import qcolor, themed

# The demo's disruption, as the example the field filter shows.
FIELD_EXAMPLE = "voyage"
VALUE_EXAMPLE = "AUR-1127"
ID_ROLE = Qt.ItemDataRole.UserRole + 1

PROBLEM_TEXT = "#b91c1c"
_STYLE = """
QLabel[role="fieldError"] { color: #b42318; }
QLabel#incidentTitle { font-size: 13pt; font-weight: 600; color: #0f172a; }
QLabel#incidentDeclareTitle { font-size: 13pt; font-weight: 600; color: #0f172a; }
QLabel#incidentSummary, QLabel#incidentHint { color: #475569; }
QLabel[state="ok"] {
    background: #f0fdf4; color: #166534; border: 1px solid #86efac; border-radius: 6px;
}
QLabel[state="error"] {
    background: #fef2f2; color: #991b1b; border: 1px solid #fca5a5; border-radius: 6px;
}
QLabel[state="info"] {
    background: #eff6ff; color: #1e3a8a; border: 1px solid #bfdbfe; border-radius: 6px;
}
QPlainTextEdit#incidentProblems { background: #fef2f2; color: #7a271a; }
"""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class _ProgressRelay(QObject):
    """Carries "done of total" from the worker thread to the dialog (queued to the GUI thread).

    Parentless and held by the worker's closure: closing the dialog during a run neither
    deletes it under the worker nor stops the run (its answer is then simply dropped)."""

    progress = Signal(int, int, str)


class IncidentDialog(QDialog):
    # The list of disruptions was (re)loaded.
    loaded = Signal()
    # The selected disruption's details (and history) are on screen.
    details_loaded = Signal(int)
    # After each write the service accepted or refused (tests wait on it).
    answered = Signal()

    def __init__(
        self,
        context: ConsoleContext,
        hub: Hub,
        parent: QWidget | None = None,
        *,
        service: IncidentService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentDialog")
        self.setWindowTitle(self.tr("Disruptions"))
        self.setAccessibleName(self.tr("Disruptions"))
        self.setStyleSheet(themed(_STYLE))
        self._context = context
        self._hub = hub
        self._service = service or IncidentService(context.db)
        self._zone = context.agent_zone
        self._actor = context.user.id
        self._details = LatestOnly(self)
        self._select_after: int | None = None
        self._bring_affected: int | None = None
        self._loaded_text: tuple[str, str] | None = None  # facts and standards as loaded
        self._busy = False
        self._declaring = False  # the supervisor asked for the declare form
        self.list_loaded = False
        self.current: IncidentView | None = None
        self.history: list[FactsEdit] = []
        self.incidents: list[IncidentView] = []
        self.last_report: AffectedReport | None = None
        self.last_run: CallbackRun | None = None
        self.progress_seen: list[tuple[int, int, str]] = []

        self._build()
        self.resize(1000, 720)
        hub.incidents_changed.connect(self._changed_elsewhere)
        self.reload()
        self._load_queues()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- building ------------------------------------------------------------------------

    def _error_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setProperty("role", "fieldError")
        label.setWordWrap(True)
        label.hide()
        return label

    def _message_label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def _button(self, name: str, text: str, accessible: str, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        if tip:
            button.setToolTip(tip)
        return button

    def _text_edit(
        self, name: str, accessible: str, placeholder: str, lines: int
    ) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 14)
        edit.setMaximumHeight(self.fontMetrics().lineSpacing() * (lines + 3) + 14)
        return edit

    @staticmethod
    def _with_error(field: QWidget, error: QLabel) -> QVBoxLayout:
        holder = QVBoxLayout()
        holder.setSpacing(2)
        holder.addWidget(field)
        holder.addWidget(error)
        return holder

    def _buddy(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _build(self) -> None:
        # ---- left: the disruptions ----
        list_title = QLabel(self.tr("&Open and recent"), self)
        list_title.setStyleSheet(themed("font-weight: 600;"))
        self.list = QListWidget(self)
        self.list.setObjectName("incidentList")
        self.list.setAccessibleName(self.tr("Open and recent disruptions"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        list_title.setBuddy(self.list)
        # Said in place of an empty list, so nobody wonders whether it is still loading.
        self.list_empty = QLabel(
            self.tr("No disruption is open or was closed lately. Declare one with "
                    "New disruption… when an event hits many customers at once."),
            self,
        )  # fmt: skip
        self.list_empty.setObjectName("incidentListEmpty")
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_empty.setStyleSheet(themed("color: #5e677b; padding: 6px 2px;"))
        self.list_empty.hide()
        self.new_button = self._button(
            "incidentNew", self.tr("&New disruption…"), self.tr("Declare a new disruption")
        )
        self.new_button.clicked.connect(self.new_incident)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(list_title)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.list_empty, 1)
        left_layout.addWidget(self.new_button)

        # ---- right: declare, or manage the one selected ----
        self.pages = QStackedWidget(self)
        self.declare_page = self._build_declare()
        self.manage_page = self._build_manage()
        self.pages.addWidget(self.declare_page)
        self.pages.addWidget(self.manage_page)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([260, 740])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("incidentDialogClose")
        close.setAccessibleName(self.tr("Close this window"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._item_changed)

    def _build_declare(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("incidentDeclarePage")
        title = QLabel(self.tr("Declare a disruption"), page)
        title.setObjectName("incidentDeclareTitle")
        hint = QLabel(
            self.tr(
                "Every console shows its name and facts in a banner as soon as you declare "
                "it. You can edit the facts later; every edit is kept."
            ),
            page,
        )
        hint.setObjectName("incidentHint")
        hint.setWordWrap(True)
        self.name = QLineEdit(page)
        self.name.setObjectName("incidentName")
        self.name.setAccessibleName(self.tr("Name of the disruption"))
        self.name.setPlaceholderText(self.tr("Such as “AUR-1127 fire on board”"))
        self.name.setMaxLength(200)
        self.facts = self._text_edit(
            "incidentFacts", self.tr("Facts agents may tell customers"),
            self.tr("What agents may tell customers now"), 4,
        )  # fmt: skip
        self.standards = self._text_edit(
            "incidentStandards", self.tr("Standards communicated"),
            self.tr("Such as “Refunds are processed within 5 business days”"), 2,
        )  # fmt: skip
        self.queue = QComboBox(page)
        self.queue.setObjectName("incidentQueue")
        self.queue.setAccessibleName(self.tr("Queue that makes the callbacks"))
        self.queue.addItem(self.tr("Loading…"), None)
        self.declare_errors = {
            key: self._error_label(f"incident{key.capitalize()}Error")
            for key in ("name", "facts", "standards", "queue")
        }
        self.declare_message = self._message_label("incidentDeclareMessage", self.tr("Result"))
        self.declare_button = self._button(
            "incidentDeclare", self.tr("&Declare"), self.tr("Declare the disruption"),
            self.tr("Declare it: every console shows the banner (Ctrl+Enter)"),
        )  # fmt: skip
        self.declare_button.clicked.connect(self.declare)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        e = self.declare_errors
        form.addRow(
            self._buddy(self.tr("Na&me"), self.name), self._with_error(self.name, e["name"])
        )
        form.addRow(self._buddy(self.tr("&Facts"), self.facts),
                    self._with_error(self.facts, e["facts"]))  # fmt: skip
        form.addRow(self._buddy(self.tr("&Standards"), self.standards),
                    self._with_error(self.standards, e["standards"]))  # fmt: skip
        form.addRow(self._buddy(self.tr("&Queue"), self.queue),
                    self._with_error(self.queue, e["queue"]))  # fmt: skip
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.declare_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.declare_message)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _build_manage(self) -> QWidget:
        content = QWidget()
        content.setObjectName("incidentManageContent")
        self.title = QLabel(content)
        self.title.setObjectName("incidentTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(content)
        self.summary.setObjectName("incidentSummary")
        self.summary.setAccessibleName(self.tr("About this disruption"))
        self.summary.setWordWrap(True)

        # Facts, with the edits made so far.
        facts_box = QGroupBox(self.tr("What agents tell customers"), content)
        self.edit_facts = self._text_edit(
            "incidentEditFacts", self.tr("Current facts"), self.tr("The facts"), 4
        )
        self.edit_standards = self._text_edit(
            "incidentEditStandards", self.tr("Standards communicated"),
            self.tr("The standards communicated"), 2,
        )  # fmt: skip
        self.facts_errors = {
            "facts": self._error_label("incidentEditFactsError"),
            "standards": self._error_label("incidentEditStandardsError"),
        }
        self.facts_message = self._message_label("incidentFactsMessage", self.tr("Facts result"))
        self.publish_button = self._button(
            "incidentPublish", self.tr("&Publish new facts"),
            self.tr("Publish the new facts to every console"),
            self.tr("Every console's banner shows them at once (Ctrl+Enter)"),
        )  # fmt: skip
        self.publish_button.clicked.connect(self.publish)
        self.history_list = QListWidget(content)
        self.history_list.setObjectName("incidentHistory")
        self.history_list.setAccessibleName(self.tr("Every edit of the facts, newest first"))
        self.history_list.setWordWrap(True)
        self.history_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.history_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_list.setAlternatingRowColors(True)
        self.history_list.setSpacing(2)
        facts_form = QFormLayout()
        facts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        errors = self.facts_errors
        facts_form.addRow(
            self._buddy(self.tr("F&acts"), self.edit_facts),
            self._with_error(self.edit_facts, errors["facts"]),
        )
        facts_form.addRow(
            self._buddy(self.tr("S&tandards"), self.edit_standards),
            self._with_error(self.edit_standards, errors["standards"]),
        )
        publish_row = QHBoxLayout()
        publish_row.addStretch(1)
        publish_row.addWidget(self.publish_button)
        history_title = QLabel(self.tr("&History of the facts"), content)
        history_title.setBuddy(self.history_list)
        facts_layout = QVBoxLayout(facts_box)
        facts_layout.addLayout(facts_form)
        facts_layout.addLayout(publish_row)
        facts_layout.addWidget(self.facts_message)
        facts_layout.addWidget(history_title)
        facts_layout.addWidget(self.history_list)

        # Who is affected.
        self.affected_box = affected_box = QGroupBox(self.tr("Who is affected"), content)
        self.field = QLineEdit(content)
        self.field.setObjectName("incidentField")
        self.field.setAccessibleName(self.tr("Customer field"))
        self.field.setPlaceholderText(FIELD_EXAMPLE)
        self.value = QLineEdit(content)
        self.value.setObjectName("incidentValue")
        self.value.setAccessibleName(self.tr("Value of the field"))
        self.value.setPlaceholderText(VALUE_EXAMPLE)
        self.value.returnPressed.connect(self.add_matching)
        self.match_button = self._button(
            "incidentAddMatching", self.tr("Add &matching customers"),
            self.tr("Add every customer whose field has this value"),
        )  # fmt: skip
        self.match_button.clicked.connect(self.add_matching)
        self.affected_errors = {
            "field": self._error_label("incidentFieldError"),
            "value": self._error_label("incidentValueError"),
            "accounts": self._error_label("incidentAccountsError"),
        }
        match_row = QHBoxLayout()
        match_row.addWidget(self._buddy(self.tr("Fi&eld"), self.field))
        match_row.addLayout(self._with_error(self.field, self.affected_errors["field"]), 2)
        equals = QLabel("=", content)
        match_row.addWidget(equals, 0, Qt.AlignmentFlag.AlignTop)
        match_row.addLayout(self._with_error(self.value, self.affected_errors["value"]), 3)
        match_row.addWidget(self.match_button, 0, Qt.AlignmentFlag.AlignTop)
        self.accounts = self._text_edit(
            "incidentAccounts", self.tr("Account or booking numbers"),
            self.tr("One account or booking number per line, or paste a CSV export"), 4,
        )  # fmt: skip
        self.csv_button = self._button(
            "incidentChooseCsv", self.tr("Read a CSV &file…"),
            self.tr("Read the list from a CSV file"),
        )  # fmt: skip
        self.csv_button.clicked.connect(self.choose_file)
        self.accounts_button = self._button(
            "incidentAddAccounts", self.tr("Add the &list"),
            self.tr("Add the customers listed (all or nothing)"),
        )  # fmt: skip
        self.accounts_button.clicked.connect(self.add_accounts)
        list_row = QHBoxLayout()
        list_row.addStretch(1)
        list_row.addWidget(self.csv_button)
        list_row.addWidget(self.accounts_button)
        self.affected_message = self._message_label(
            "incidentAffectedReport", self.tr("What adding customers did")
        )
        self.problems = QPlainTextEdit(content)
        self.problems.setObjectName("incidentProblems")
        self.problems.setAccessibleName(self.tr("Lines that cannot be used"))
        self.problems.setReadOnly(True)
        self.problems.setTabChangesFocus(True)
        self.problems.hide()
        list_caption = QLabel(self.tr("Or a list (a&ll or nothing):"), content)
        list_caption.setBuddy(self.accounts)
        affected_layout = QVBoxLayout(affected_box)
        affected_layout.addLayout(match_row)
        affected_layout.addWidget(list_caption)
        affected_layout.addWidget(self.accounts)
        affected_layout.addWidget(self.affected_errors["accounts"])
        affected_layout.addLayout(list_row)
        affected_layout.addWidget(self.affected_message)
        affected_layout.addWidget(self.problems)

        # Proactive callbacks.
        calls_box = QGroupBox(self.tr("Proactive callbacks"), content)
        calls_hint = QLabel(
            self.tr(
                "Promise a callback to every affected customer who has none open: the most "
                "urgent first, each in their calling window, spread over the queue's agents. "
                "Running it again creates none for those who already have one."
            ),
            content,
        )
        calls_hint.setObjectName("incidentHint")
        calls_hint.setWordWrap(True)
        self.call_button = self._button(
            "incidentCallAll", self.tr("&Call every affected customer"),
            self.tr("Create a callback for every affected customer who has none open"),
        )  # fmt: skip
        self.call_button.clicked.connect(self.call_everyone)
        self.progress = QProgressBar(content)
        self.progress.setObjectName("incidentProgress")
        self.progress.setAccessibleName(self.tr("Creating the callbacks"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.call_message = self._message_label(
            "incidentCallResult", self.tr("What calling every affected customer did")
        )
        call_row = QHBoxLayout()
        call_row.addWidget(self.call_button)
        call_row.addWidget(self.progress, 1)
        calls_layout = QVBoxLayout(calls_box)
        calls_layout.addWidget(calls_hint)
        calls_layout.addLayout(call_row)
        calls_layout.addWidget(self.call_message)

        # Closing.
        self.close_button = self._button(
            "incidentClose", self.tr("Cl&ose disruption…"),
            self.tr("Close the disruption (asks first)"),
            self.tr("Removes the banner; callbacks stay, and each customer's history keeps it"),
        )  # fmt: skip
        self.close_button.clicked.connect(self.confirm_close)
        self.close_message = self._message_label("incidentCloseMessage", self.tr("Close result"))
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(self.close_button)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 0, 6, 6)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(facts_box)
        layout.addWidget(affected_box)
        layout.addWidget(calls_box)
        layout.addLayout(close_row)
        layout.addWidget(self.close_message)
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setObjectName("incidentManagePage")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        publish = QShortcut(QKeySequence("Ctrl+Return"), self)
        publish.activated.connect(self._ctrl_enter)
        keypad = QShortcut(QKeySequence("Ctrl+Enter"), self)
        keypad.activated.connect(self._ctrl_enter)
        chain = (self.list, self.new_button, self.edit_facts, self.edit_standards,
                 self.publish_button, self.history_list, self.field, self.value,
                 self.match_button, self.accounts, self.csv_button, self.accounts_button,
                 self.call_button, self.close_button)  # fmt: skip
        for first, after in itertools.pairwise(chain):
            QWidget.setTabOrder(first, after)
        return scroll

    # ---- the list ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the open and recent disruptions again (and the selected one's details)."""
        run_task(self._service.recent, self._listed, self._failed_quietly, owner=self)

    def _listed(self, incidents: list[IncidentView]) -> None:
        self._hub.report_online()
        self.incidents = incidents
        wanted = self._select_after
        if wanted is None and self.current is not None:
            wanted = self.current.id
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for incident in incidents:
                item = QListWidgetItem(self._list_text(incident))
                item.setData(ID_ROLE, incident.id)
                item.setToolTip(incident.facts)
                if not incident.is_open:
                    item.setForeground(self.palette().placeholderText())
                self.list.addItem(item)
        finally:
            self.list.blockSignals(False)
        self.list.setVisible(bool(incidents))
        self.list_empty.setVisible(not incidents)
        self._select_after = None
        row = next((i for i, inc in enumerate(incidents) if inc.id == wanted), None)
        if row is None and wanted is None and not self._declaring:
            row = 0 if incidents and incidents[0].is_open else None
        if row is not None:
            self.list.setCurrentRow(row)  # loads the details
        elif self.current is None and self.pages.currentWidget() is not self.declare_page:
            self.show_declare()
        self.list_loaded = True
        self.loaded.emit()

    def _list_text(self, incident: IncidentView) -> str:
        state = self.tr("Open") if incident.is_open else self.tr("Closed")
        count = self.tr("{n} affected").format(n=number(incident.affected))
        when = format_when(incident.created_at, self._zone, utcnow())
        return f"{incident.name}\n{separator().join((state, count, when))}"

    def _item_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        self._declaring = False
        self.show_incident(int(item.data(ID_ROLE)))

    def new_incident(self) -> None:
        """New disruption…: the declare form, and it stays until one is chosen in the list."""
        self._declaring = True
        self.show_declare()

    def show_declare(self) -> None:
        """The declare form (the list loses its selection: nothing else is being managed)."""
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self.current = None
        self.pages.setCurrentWidget(self.declare_page)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_incident(self, incident_id: int) -> None:
        """Manage one disruption: its details and the history of its facts."""
        service = self._service
        if self.current is None or self.current.id != incident_id:
            self._loaded_text = None  # another disruption: its own facts go in the editor
            for label in (self.facts_message, self.affected_message, self.call_message,
                          self.close_message):  # fmt: skip
                _set_state(label, "")
            self.problems.hide()
            self.progress.hide()
            self._clear_errors(self.facts_errors)
            self._clear_errors(self.affected_errors)
        self._details.run(
            lambda: (service.get(incident_id), service.history(incident_id)),
            self._show_details,
            self._failed_quietly,
        )

    def _show_details(self, result: tuple[IncidentView, list[FactsEdit]]) -> None:
        incident, history = result
        self.current = incident
        self.history = history
        self.pages.setCurrentWidget(self.manage_page)
        self.title.setText(incident.name)
        rtl = is_right_to_left(incident.name)
        self.title.setAlignment(
            (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            if rtl
            else Qt.AlignmentFlag.AlignLeft
        )
        now = utcnow()
        parts = [
            self.tr("Open") if incident.is_open else self.tr("Closed {when}").format(
                when=format_when(incident.closed_at, self._zone, now)
                if incident.closed_at else ""
            ),
            self.tr("declared {when} by {who}").format(
                when=format_when(incident.created_at, self._zone, now),
                who=incident.created_by or self.tr("someone"),
            ),
            self.tr("callbacks by queue {queue}").format(queue=incident.queue)
            if incident.queue else self.tr("no queue for callbacks"),
            self.tr("{n} customers affected").format(n=number(incident.affected)),
        ]  # fmt: skip
        # (a failed read may have coloured it)
        _set_state(self.summary, separator().join(parts), "")
        # What the supervisor typed stays: the editor follows the database only while it
        # still holds what was loaded (nothing typed since).
        typed = (self.edit_facts.toPlainText(), self.edit_standards.toPlainText())
        if self._loaded_text is None or typed == self._loaded_text:
            self.edit_facts.setPlainText(incident.facts)
            self.edit_standards.setPlainText(incident.standards)
        self._loaded_text = (incident.facts, incident.standards)
        self.history_list.clear()
        for i, edit in enumerate(history):
            head = self.tr("{when} · {who}").format(
                when=format_when(edit.written_at, self._zone, now),
                who=edit.written_by or self.tr("someone"),
            )
            if i == 0:
                head += " " + self.tr("(current)")
            lines = [head, edit.facts]
            if edit.standards:
                lines.append(self.tr("Standards: {text}").format(text=edit.standards))
            item = QListWidgetItem("\n".join(lines))
            item.setToolTip(format_full(edit.written_at, self._zone))
            self.history_list.addItem(item)
        self._fit_history()
        self._update_enabled()
        if self._bring_affected == incident.id:
            # Just declared: nobody is affected yet, so "Who is affected" is what comes next.
            self._bring_affected = None
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(0, self, self._show_affected)
        self.details_loaded.emit(incident.id)

    def _show_affected(self) -> None:
        page = self.manage_page
        if isinstance(page, QScrollArea):
            page.ensureWidgetVisible(self.affected_box, 0, 0)

    def _fit_history(self) -> None:
        """As tall as its edits, from three to eight lines: one edit leaves room below."""
        view = self.history_list
        line = self.fontMetrics().lineSpacing()
        rows = sum(max(0, view.sizeHintForRow(r)) + 2 * view.spacing() for r in range(view.count()))
        need = rows + 2 * view.frameWidth() + 4
        view.setMinimumHeight(min(max(need, line * 3), line * 8))
        view.setMaximumHeight(max(view.minimumHeight(), min(need, line * 8)))

    def _update_enabled(self) -> None:
        can = self.current is not None and self.current.is_open and not self._busy
        for edit in (self.edit_facts, self.edit_standards, self.accounts):
            edit.setReadOnly(not can)
        for line in (self.field, self.value):
            line.setReadOnly(not can)
        for button in (self.publish_button, self.match_button, self.csv_button,
                       self.accounts_button, self.call_button, self.close_button):  # fmt: skip
            button.setEnabled(can)
        self.declare_button.setEnabled(not self._busy)

    def _changed_elsewhere(self) -> None:
        """Another console (or this window) changed a disruption: show what is true now."""
        if not self._busy:
            self.reload()

    # ---- queues --------------------------------------------------------------------------

    def _load_queues(self) -> None:
        service = DashboardService(self._context.db)
        run_task(lambda: service.targets()[1], self._show_queues, self._failed_quietly,
                 owner=self)  # fmt: skip

    def _show_queues(self, queues: list[tuple[int, str]]) -> None:
        self.queue.clear()
        # No guess: the queue cannot be changed once declared, and a wrong one would call
        # hundreds of customers from the wrong desk.
        self.queue.addItem(self.tr("Choose… (none: no proactive callbacks)"), None)
        for queue_id, name in queues:
            self.queue.addItem(name, queue_id)
        self.queue.setCurrentIndex(0)

    def choose_queue(self, name: str) -> bool:
        index = self.queue.findText(name)
        if index >= 0:
            self.queue.setCurrentIndex(index)
        return index >= 0

    # ---- writes --------------------------------------------------------------------------

    def _ctrl_enter(self) -> None:
        if self.pages.currentWidget() is self.declare_page:
            self.declare()
        else:
            self.publish()

    def _start(self) -> None:
        self._busy = True
        self._update_enabled()

    def _finish(self) -> None:
        self._busy = False
        self._update_enabled()

    def declare(self) -> None:
        if self._busy or not self.declare_button.isEnabled():
            return
        self._clear_errors(self.declare_errors)
        _set_state(self.declare_message, "")
        service, actor = self._service, self._actor
        name, facts = self.name.text(), self.facts.toPlainText()
        standards, queue_id = self.standards.toPlainText(), self.queue.currentData()
        self._start()
        run_task(
            lambda: service.declare(actor, name, facts, standards=standards, queue_id=queue_id),
            self._declared,
            lambda error: self._refused(error, self.declare_errors, self.declare_message),
            owner=self,
        )

    def _declared(self, incident: IncidentView) -> None:
        self._finish()
        self.name.clear()
        self.facts.clear()
        self.standards.clear()
        self._select_after = incident.id
        self._bring_affected = incident.id  # next: who is affected, once its page is shown
        self.current = None
        self._hub.incidents_changed.emit()  # this window reloads too (_changed_elsewhere)
        self.answered.emit()

    def publish(self) -> None:
        incident = self.current
        if incident is None or self._busy or not self.publish_button.isEnabled():
            return
        self._clear_errors(self.facts_errors)
        _set_state(self.facts_message, "")
        service, actor = self._service, self._actor
        facts, standards = self.edit_facts.toPlainText(), self.edit_standards.toPlainText()
        self._start()
        run_task(
            lambda: service.update_facts(
                incident.id, actor, facts, standards=standards, version=incident.version
            ),
            self._published,
            lambda error: self._refused(error, self.facts_errors, self.facts_message),
            owner=self,
        )

    def _published(self, incident: IncidentView) -> None:
        self._finish()
        self._loaded_text = (incident.facts, incident.standards)
        _set_state(
            self.facts_message,
            self.tr("Published at {time}: every console shows the new facts.").format(
                time=clock(incident.facts_at.astimezone(self._zone))
            ),
        )
        self._hub.incidents_changed.emit()  # this window reloads too
        self.answered.emit()

    def add_matching(self) -> None:
        incident = self.current
        if incident is None or self._busy or not self.match_button.isEnabled():
            return
        self._clear_errors(self.affected_errors)
        _set_state(self.affected_message, "")
        self.problems.hide()
        service, actor = self._service, self._actor
        field, value = self.field.text(), self.value.text()
        self._start()
        run_task(
            lambda: service.add_matching(incident.id, actor, field, value),
            lambda report: self._added(report, clear=False),
            lambda error: self._refused(error, self.affected_errors, self.affected_message),
            owner=self,
        )

    def choose_file(self) -> None:
        """Read a CSV export (or a plain list) into the list box, to check, then add."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the list of affected customers"), "",
            self.tr("CSV or text files (*.csv *.txt);;All files (*)"),
        )  # fmt: skip
        if not path:
            return

        def read() -> str:
            try:
                return Path(path).read_text(encoding="utf-8-sig")
            except UnicodeDecodeError as exc:
                raise UserFacingError(
                    f"{Path(path).name} is not UTF-8 text: save it as CSV UTF-8 and try again."
                ) from exc
            except OSError as exc:
                raise UserFacingError(
                    f"{Path(path).name} cannot be read: {exc.strerror or exc}"
                ) from exc

        def done(text: str) -> None:
            self.accounts.setPlainText(text)
            lines = sum(1 for line in text.splitlines() if line.strip())
            _set_state(
                self.affected_message,
                (
                    self.tr("Read %Ln line from {file}: check it, then Add the list.", "", lines)
                    if lines == 1
                    else self.tr(
                        "Read %Ln lines from {file}: check them, then Add the list.", "", lines
                    )
                ).format(file=Path(path).name),
                "info",
            )
            self.accounts_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.answered.emit()

        run_task(read, done, lambda error: self._refused(error, self.affected_errors,
                                                         self.affected_message),
                 owner=self)  # fmt: skip

    def add_accounts(self) -> None:
        incident = self.current
        if incident is None or self._busy or not self.accounts_button.isEnabled():
            return
        self._clear_errors(self.affected_errors)
        _set_state(self.affected_message, "")
        self.problems.hide()
        service, actor, text = self._service, self._actor, self.accounts.toPlainText()
        self._start()
        run_task(
            lambda: service.add_accounts(incident.id, actor, text),
            lambda report: self._added(report, clear=True),
            lambda error: self._refused(error, self.affected_errors, self.affected_message),
            owner=self,
        )

    def _added(self, report: AffectedReport, *, clear: bool) -> None:
        self._finish()
        self.last_report = report
        if report.applied:
            added = report.added
            text = (
                self.tr("Added %Ln customer; {already} were already affected.", "", added)
                if added == 1
                else self.tr("Added %Ln customers; {already} were already affected.", "", added)
            ).format(already=number(report.already))
            _set_state(self.affected_message, text, "ok")
            self.problems.hide()
            if clear:
                self.accounts.clear()
            if report.added:
                self._hub.incidents_changed.emit()  # this window reloads too
                self._hub.callbacks_changed.emit()  # their open callbacks moved up
            else:
                self.reload()
        else:
            n = len(report.problems)
            text = (
                self.tr("Nothing was added: %Ln line cannot be used. Correct it and add again.",
                        "", n)
                if n == 1
                else self.tr("Nothing was added: %Ln lines cannot be used. Correct them and add "
                             "again.", "", n)
            )  # fmt: skip
            if n == 1 and report.problems[0].line == 0:
                text = self.tr("Nothing was added: {problem}.").format(
                    problem=localized(report.problems[0].problem())
                )
            _set_state(self.affected_message, text, "error")
            self.problems.setPlainText("\n".join(localized(p.text()) for p in report.problems))
            shown = min(max(2, n), 8)  # as tall as the lines, up to eight (then it scrolls)
            self.problems.setFixedHeight(self.fontMetrics().lineSpacing() * shown + 14)
            self.problems.setVisible(not (n == 1 and report.problems[0].line == 0))
        self.answered.emit()

    def call_everyone(self) -> None:
        incident = self.current
        if incident is None or self._busy or not self.call_button.isEnabled():
            return
        _set_state(self.call_message, "")
        service, actor = self._service, self._actor
        relay = _ProgressRelay()
        relay.progress.connect(self._progressed)
        self.progress_seen = []
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.progress.setFormat(self.tr("Starting…"))
        self.progress.show()

        def progress(done: int, total: int, stage: str) -> None:
            relay.progress.emit(done, total, stage)

        self._start()
        run_task(
            lambda: service.create_callbacks(incident.id, actor, progress=progress),
            self._called,
            self._call_failed,
            owner=self,
        )

    def _progressed(self, done: int, total: int, stage: str) -> None:
        self.progress_seen.append((done, total, stage))
        total = max(1, total)
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        what = self.tr("Saving") if stage == "saving" else self.tr("Planning")
        self.progress.setFormat(
            self.tr("{what}: {done} of {total}").format(
                what=what, done=number(done), total=number(total)
            )
        )

    def _called(self, run: CallbackRun) -> None:
        self._finish()
        self.last_run = run
        self.progress.setRange(0, max(1, self.progress.maximum()))
        self.progress.setValue(self.progress.maximum())
        self.progress.setFormat(self.tr("Done"))
        _set_state(self.call_message, self.run_text(run), "ok")
        if run.created:
            self._hub.callbacks_changed.emit()
        self._hub.incidents_changed.emit()  # this window reloads too
        self.answered.emit()

    def run_text(self, run: CallbackRun) -> str:
        """What "call every affected customer" did, as the supervisor reads it."""
        now = utcnow()
        if run.created and run.first_due is not None and run.last_due is not None:
            first = (
                self.tr("Created %Ln callback: due {first} (your time).", "", run.created)
                if run.created == 1
                else self.tr(
                    "Created %Ln callbacks: the first due {first}, the last {last} (your time).",
                    "",
                    run.created,
                )
            ).format(
                first=format_when(run.first_due, self._zone, now),
                last=format_when(run.last_due, self._zone, now),
            )
        elif run.created:
            first = (
                self.tr("Created %Ln callback.", "", run.created)
                if run.created == 1
                else self.tr("Created %Ln callbacks.", "", run.created)
            )
        else:
            first = self.tr("Created no new callback.")
        counts = self.tr(
            "Already had one open: {had} · Do not call: {dnc} · No phone number: {phone} · "
            "No calling window: {window}"
        ).format(
            had=number(run.had_open), dnc=number(run.do_not_call), phone=number(run.no_phone),
            window=number(run.no_window),
        )  # fmt: skip
        took = self.tr("Took {s} s.").format(s=decimal(run.seconds))
        return f"{first}\n{counts}\n{took}"

    def _call_failed(self, error: BaseException) -> None:
        self.progress.hide()
        self._refused(error, {}, self.call_message)

    def confirm_close(self) -> QMessageBox | None:
        incident = self.current
        if incident is None or not self.close_button.isEnabled():
            return None
        box = QMessageBox(self)
        box.setObjectName("incidentCloseConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close the disruption"))
        box.setText(self.tr("Close “{name}”?").format(name=incident.name))
        box.setInformativeText(
            self.tr(
                "The banner disappears from every console. The callbacks already made stay "
                "and are worked as promised; each customer's history keeps the disruption."
            )
        )
        yes = box.addButton(self.tr("Close disruption"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("incidentCloseYes")
        no = box.addButton(self.tr("Keep it open"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("incidentCloseNo")
        box.setDefaultButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._close_confirmed(incident) if box.clickedButton()
                             is yes else None)  # fmt: skip
        self.close_confirm = box
        present(box)
        return box

    def _close_confirmed(self, incident: IncidentView) -> None:
        service, actor = self._service, self._actor
        self._start()
        run_task(
            lambda: service.close(incident.id, actor),
            self._closed,
            lambda error: self._refused(error, {}, self.close_message),
            owner=self,
        )

    def _closed(self, incident: IncidentView) -> None:
        self._finish()
        _set_state(
            self.close_message,
            self.tr("Closed. The banner is gone; its callbacks stay."),
            "ok",
        )
        self._hub.incidents_changed.emit()  # this window reloads too
        self.answered.emit()

    # ---- refusals ------------------------------------------------------------------------

    def _clear_errors(self, labels: dict[str, QLabel]) -> None:
        for label in labels.values():
            label.clear()
            label.hide()

    def _refused(self, error: BaseException, fields: dict[str, QLabel], general: QLabel) -> None:
        """Say why, next to what it is about; what was typed stays as it was."""
        self._finish()
        if isinstance(error, FieldErrors):
            rest = []
            for key, message in error.errors.items():
                label = fields.get(key)
                if label is None:
                    rest.append(f"{_capital(key.replace('_', ' '))}: {message}")
                else:
                    label.setText(_capital(message))
                    label.show()
            _set_state(general, "\n".join(rest), "error")
        elif isinstance(error, ConflictError):
            _set_state(general, error.message, "error")
            self.reload()  # their version goes on top of the history; the text typed stays
        elif isinstance(error, DatabaseUnavailableError):
            handle_error(self, self._hub, error)
            _set_state(
                general,
                self.tr("The database cannot be reached: nothing was saved. Try again."),
                "error",
            )
        elif isinstance(error, UserFacingError):
            _set_state(general, error.message, "error")
        else:
            _set_state(general, "")
            handle_error(self, self._hub, error)
        self.answered.emit()

    def _failed_quietly(self, error: BaseException) -> None:
        """A read failed: offline goes to the status bar, a bug to the crash dialog."""
        if isinstance(error, UserFacingError) and not isinstance(error, DatabaseUnavailableError):
            _set_state(self.summary, error.message, "error")
            return
        handle_error(self, self._hub, error)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a line edit must not close the dialog (QDialog's default button behaviour).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            return
        super().keyPressEvent(event)


# ---- the dashboard panel -----------------------------------------------------------------------


def _n(value: int) -> str:
    return number(value)  # the interface language's digits and grouping


class IncidentStatsModel(RowTableModel[IncidentStats]):
    """One row per disruption (open, or closed in the last 30 days)."""

    NAME = 0
    AFFECTED = 1
    REACHED = 2
    PENDING = 3
    BROKEN = 4
    NO_PROMISE = 5
    WAIT = 6
    COLUMN_COUNT = 7
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def headers(self) -> Sequence[str]:
        # Two lines for the long titles: the figures keep their room in a narrow dashboard.
        return (self.tr("Disruption"), self.tr("Affected"), self.tr("Reached"),
                self.tr("Pending"), self.tr("Broken\npromises"), self.tr("No promise\nyet"),
                self.tr("Average wait to\nfirst contact"))  # fmt: skip

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tips = (self.tr("The disruption (closed ones stay for 30 days)"),
                    self.tr("Customers affected"),
                    self.tr("Customers reached on one of its callbacks (kept or broken)"),
                    self.tr("Its callbacks still to make"),
                    self.tr("Its promises broken or failed, and those overdue now"),
                    self.tr("Affected customers with no callback for it and none open"),
                    self.tr("From the declaration to reaching the customer, on average"),
            )  # fmt: skip
            return tips[section] if 0 <= section < len(tips) else None
        return super().headerData(section, orientation, role)

    def display(self, row: IncidentStats, col: int) -> str | None:
        if col == self.NAME:
            name = row.incident.name
            return name if row.incident.is_open else self.tr("{name} (closed)").format(name=name)
        if col == self.WAIT:
            return age_text(row.avg_wait_s)
        values = {self.AFFECTED: row.affected, self.REACHED: row.reached,
                  self.PENDING: row.pending, self.BROKEN: row.broken,
                  self.NO_PROMISE: row.no_callback}  # fmt: skip
        return _n(values[col]) if col in values else None

    def tooltip(self, row: IncidentStats, col: int) -> str | None:
        if col == self.NAME:
            return f"{self.display(row, col)}\n{row.incident.facts}"
        if col == self.WAIT and row.avg_wait_s is None:
            return self.tr("Nobody reached yet")
        return super().tooltip(row, col)

    def cell(self, row: IncidentStats, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ID_ROLE:
            return row.incident.id
        if role == Qt.ItemDataRole.ForegroundRole and col == self.BROKEN and row.broken:
            return qcolor(PROBLEM_TEXT)
        return None

    def drill(self, row: int) -> Drill:
        stats = self.row_at(row)
        # Its title is worded by ui.dashboard_text.drill_title, like every drill's.
        return make_drill(
            "disruption", name=stats.incident.name, open_only=False, incident_id=stats.incident.id
        )


class _Table(QTableView):
    """Enter on a row opens its callbacks (like a click)."""

    row_activated = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class IncidentPanel(QFrame):
    """The dashboard's "Disruptions" section (``dashboardIncidents``); hidden when none."""

    # Open the callbacks behind a disruption (the dashboard's drill dialog).
    drill_requested = Signal(object)
    # New figures are on screen.
    refreshed = Signal()

    def __init__(self, context: ConsoleContext, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardIncidents")
        self.setProperty("dashboardPanel", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(self.tr("Disruptions"))
        self._service = IncidentService(context.db)
        self._hub = hub
        self._viewer = context.user.id
        self._busy = False
        self._again = False
        self._bug_reported = False
        self.stats: list[IncidentStats] | None = None

        heading = QLabel(self.tr("Disruptions"), self)
        heading.setObjectName("dashboardSectionTitle")
        self.model = IncidentStatsModel(self)
        self.table = _Table(self)
        self.table.setObjectName("dashboardIncidentTable")
        self.table.setAccessibleName(self.tr("Disruptions and their callbacks"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setCursor(Qt.CursorShape.PointingHandCursor)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IncidentStatsModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.clicked.connect(self._open)
        self.table.row_activated.connect(self._open)
        hint = QLabel(self.tr("Click a disruption (or Enter) to list its callbacks."), self)
        hint.setObjectName("dashboardTableHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def refresh(self) -> None:
        if self._busy:
            self._again = True
            return
        self._busy = True
        service, viewer = self._service, self._viewer
        run_task(lambda: service.panel(viewer), self._loaded, self._failed, owner=self)

    def _loaded(self, stats: list[IncidentStats]) -> None:
        self._busy = False
        self._bug_reported = False
        if stats != self.stats:
            self.stats = stats
            self.model.set_rows(stats)
            self._fit_height()
        self.setVisible(bool(stats))
        self.refreshed.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _fit_height(self) -> None:
        """As tall as its rows (the page scrolls, not the table), with room for the sideways
        scroll bar when the columns are wider than the panel."""
        table = self.table
        rows = max(1, self.model.rowCount())
        header = table.horizontalHeader()
        columns = sum(header.sectionSize(c) for c in range(header.count()))
        wide = columns > table.viewport().width() > 0
        scroll = table.horizontalScrollBar().sizeHint().height() if wide else 0
        height = (
            header.sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
            + scroll
            + 2
        )
        if table.height() != height:
            table.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_height)  # once the columns have their widths

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._again = False
        if isinstance(error, DatabaseUnavailableError):
            self._hub.report_offline(error.message)
        elif not isinstance(error, UserFacingError) and not self._bug_reported:
            self._bug_reported = True
            show_error(self, error)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.drill_requested.emit(self.model.drill(index.row()))

    def row_texts(self) -> list[list[str]]:
        """Every cell as shown, row by row (tests, export)."""
        return [
            [str(self.model.index(r, c).data() or "") for c in range(self.model.COLUMN_COUNT)]
            for r in range(self.model.rowCount())
        ]
