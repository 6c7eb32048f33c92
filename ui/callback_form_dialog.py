"""Promise a customer a callback, on their clock, and read the promise back to them.

Scenario 2 (SCENARIOS.md): an agent in Tallinn offers a customer in Tehran a callback during a
surge. The form shows both clocks, opens on the customer's next calling window, and asks the
callbacks service to check every change (``CallbackService.plan``, debounced, off the GUI
thread, stale answers dropped) so the sentence in the promise box is always the one that will
be saved. What the service refuses is said inline, next to what caused it, with the fix one
click away: the next slot it offers, or which side of a daylight-saving jump was meant.

The note is kept as a local draft as the agent types (``console.drafts``), exactly like the
note composer: a dialog closed by mistake, or a crash, never costs the agent what they wrote.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import logging

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QResizeEvent, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from console import scheduling
from console.drafts import Draft, DraftStore, database_id
from console.errors import DatabaseUnavailableError, FieldErrors, UserFacingError
from console.scheduling import AmbiguousLocalTime, NonexistentLocalTime, Slot, SlotRefused
from console.services.callbacks import CallbackService, CallbackView, Plan, ScheduleRequest
from console.services.customers import CustomerCard
from console.storage.models import Queue, UserQueue
from ui.context import ConsoleContext
from ui.errors import handle_error
from ui.form_support import fit_wrapped, save_draft
from ui.formatting import (
    calling_windows,
    clock,
    is_night,
    number,
    phone_kind,
    two_digits,
    utcnow,
    zone_or_none,
)
from ui.hub import Hub
from ui.i18n import localized, ltr, reading_direction, separator
from ui.tasks import LatestOnly, run_task
from ui.theme import themed

log = logging.getLogger(__name__)

PLAN_DELAY_MS = 250
DRAFT_DELAY_MS = 300
CLOCK_TICK_MS = 30_000
DURATIONS = (15, 30, 60)
DEFAULT_DURATION = 30
# The form opens on the soonest time the agent can promise: at least this far ahead (time to
# finish this call and the wrap-up), on the hour or half hour, inside a calling window.
DEFAULT_LEAD = dt.timedelta(minutes=15)
ME = -1  # owner combo data for "me"; a queue's id otherwise
_MINUS = "\u2212"

# Field keys of the service's FieldErrors, mapped to the row that shows them.
_FIELD_ROWS = {
    "time": "time",
    "mode": "time",
    "duration": "time",
    "phone": "phone",
    "owner": "owner",
    "queue": "owner",
    "note": "note",
}

_PROBLEM_STYLE = {
    "error": "#callbackProblem { background: #fef3f2; border: 1px solid #fda29b;"
    " border-radius: 6px; } #callbackProblemText { color: #7a271a; }",
    "info": "#callbackProblem { background: #f5f8ff; border: 1px solid #b2ccff;"
    " border-radius: 6px; } #callbackProblemText { color: #1d2939; }",
}


def draft_key(database: str, customer_id: int) -> str:
    """The key of the callback note being written for one customer in one database."""
    return f"callback:{database_id(database)}:{customer_id}"


def _offset_text(moment: dt.datetime) -> str:
    """ "UTC−05:00", "UTC+03:30": the form the service's messages use (the language's
    digits)."""
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else _MINUS
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{two_digits(hours)}:{two_digits(minutes)}"


class CallbackFormDialog(QDialog):
    # The id of the callback, once the database has it.
    scheduled = Signal(int)
    # After the customer, the agent's queues and any draft are in the form.
    loaded = Signal()
    # After every answer of the service about the current inputs (a plan or a refusal).
    plan_updated = Signal()
    # The draft key, after a draft write finished.
    draft_written = Signal(str)

    def __init__(
        self,
        context: ConsoleContext,
        customer_id: int,
        parent: QWidget | None = None,
        *,
        hub: Hub | None = None,
        drafts: DraftStore | None = None,
        reschedule: CallbackView | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callbackForm")
        # Rescheduling: the customer was reached on this callback and asked for another time;
        # saving records that outcome and the new promise together.
        self._reschedule = reschedule
        self.setWindowTitle(
            self.tr("Reschedule the callback") if reschedule else self.tr("Promise a callback")
        )
        self.setAccessibleName(self.windowTitle())
        self._context = context
        self._service = CallbackService(context.db)
        self._customer_id = customer_id
        self._hub = hub
        self._drafts = drafts if drafts is not None else DraftStore()
        self._draft_key = draft_key(context.db.display, customer_id)
        self._agent_zone = context.agent_zone
        self._agent_zone_name = str(self._agent_zone)
        self._customer_zone: dt.tzinfo | None = None
        self._customer_zone_name = ""
        self._card: CustomerCard | None = None
        self._plan: Plan | None = None
        self._latest = LatestOnly(self)
        self._ready = False  # customer and queues loaded, fields prefilled
        self._saving = False
        self._updating = False  # fields set by the form itself, not by the agent
        self._restoring = False
        self._dirty = False
        self._revisions = itertools.count(1)
        self._fold: int | None = None
        self._next_slot: Slot | None = None
        self._choices: tuple[dt.datetime, dt.datetime] | None = None
        self._choice_kind = ""  # "gap" or "fold"
        self._problem_message = ""
        self._planned_on = dt.date.min  # the customer's date when the plan was made

        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_height)
        self._build()
        self._connect()

        self._plan_timer = QTimer(self)
        self._plan_timer.setSingleShot(True)
        self._plan_timer.setInterval(PLAN_DELAY_MS)
        self._plan_timer.timeout.connect(self._request_plan)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_TICK_MS)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start()

        self.resize(560, 520)
        self._set_inputs_enabled(False)
        self._update_clocks()
        self._update_schedule_button()
        if hub is not None:
            hub.connection_changed.connect(self._connection_changed)
        self._load()

    # ---- building ------------------------------------------------------------------------

    def _build(self) -> None:
        # Header: who, and what time it is on both ends of the line.
        self.customer_name = QLabel(self.tr("Opening the customer…"), self)
        self.customer_name.setObjectName("callbackCustomerName")
        self.customer_name.setAccessibleName(self.tr("Customer"))
        self.customer_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name_font = QFont(self.customer_name.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.3)
        name_font.setBold(True)
        self.customer_name.setFont(name_font)
        # A Persian or Hebrew name stays where a Latin one would be: the form is left to right.
        align = Qt.AlignmentFlag
        self.customer_name.setAlignment(align.AlignLeft | align.AlignAbsolute | align.AlignVCenter)
        self.customer_clock = self._clock_label("callbackCustomerClock", self.tr("Customer time"))
        self.agent_clock = self._clock_label("callbackAgentClock", self.tr("Your time"))
        self.night_warning = QLabel(self)
        self.night_warning.setObjectName("callbackNightWarning")
        self.night_warning.setAccessibleName(self.tr("Night warning"))
        self.night_warning.setWordWrap(True)
        self.night_warning.setStyleSheet(
            themed(
                "background: #fffaeb; color: #7a2e0e; border: 1px solid #fec84b;"
                "border-radius: 4px; padding: 4px 8px;"
            )
        )
        self.night_warning.hide()

        # When.
        self.mode_at = self._radio("callbackModeAt", self.tr("&At a time (customer's time)"))
        self.mode_asap = self._radio("callbackModeAsap", self.tr("As &soon as possible"))
        self.mode_next = self._radio("callbackModeNext", self.tr("Their ne&xt calling window"))
        self.mode_at.setChecked(True)
        self._modes = QButtonGroup(self)
        for button in (self.mode_at, self.mode_asap, self.mode_next):
            self._modes.addButton(button)

        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("callbackDate")
        self.date_edit.setAccessibleName(self.tr("Date, in the customer's time"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("callbackTime")
        self.time_edit.setAccessibleName(self.tr("Time, in the customer's time"))
        # In a right-to-left application QDateTimeEdit lays its sections out in reverse order:
        # right for words ("شنبه ۵ دسامبر ۲۰۲۶"), wrong for a clock, which reads left to right
        # in Persian too. Reversed twice, "10:05" shows as 10:05 (not 05:10).
        rtl = QGuiApplication.isRightToLeft()
        self.time_edit.setDisplayFormat("mm:HH" if rtl else "HH:mm")
        self.time_edit.setWrapping(True)
        self.duration = QComboBox(self)
        self.duration.setObjectName("callbackDuration")
        self.duration.setAccessibleName(self.tr("Duration"))
        for minutes in DURATIONS:
            self.duration.addItem(self.tr("{n} min").format(n=number(minutes)), minutes)
        self.duration.setCurrentIndex(self.duration.findData(DEFAULT_DURATION))

        self.agent_time = QLabel(self)
        self.agent_time.setObjectName("callbackAgentTime")
        self.agent_time.setAccessibleName(self.tr("The same time for you"))
        self.windows_label = QLabel(self)
        self.windows_label.setObjectName("callbackWindows")
        self.windows_label.setAccessibleName(self.tr("The customer's calling windows"))
        self.windows_label.setWordWrap(True)
        small = QFont(self.windows_label.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.windows_label.setFont(small)
        self.windows_label.setStyleSheet(themed("color: #5e677b;"))
        # Why the form opened on this time ("Their calling window is open now.").
        self.when_why = QLabel(self)
        self.when_why.setObjectName("callbackWhenWhy")
        self.when_why.setAccessibleName(self.tr("Why this time"))
        self.when_why.setWordWrap(True)
        self.when_why.hide()

        # What the service refused, and the way out it offers.
        self.problem = QFrame(self)
        self.problem.setObjectName("callbackProblem")
        self.problem_text = QLabel(self.problem)
        self.problem_text.setObjectName("callbackProblemText")
        self.problem_text.setAccessibleName(self.tr("Why this time cannot be promised"))
        self.problem_text.setWordWrap(True)
        self.problem_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_slot_button = QPushButton(self.problem)
        self.next_slot_button.setObjectName("callbackUseNextSlot")
        self.next_slot_button.setAutoDefault(False)
        self.next_slot_button.setAccessibleName(self.tr("Use the next slot offered"))
        self.choice_first = QRadioButton(self.problem)
        self.choice_first.setObjectName("callbackChoiceFirst")
        self.choice_second = QRadioButton(self.problem)
        self.choice_second.setObjectName("callbackChoiceSecond")
        self._choice_group = QButtonGroup(self)
        self._choice_group.addButton(self.choice_first, 0)
        self._choice_group.addButton(self.choice_second, 1)
        choices = QHBoxLayout()
        choices.setSpacing(16)
        choices.addWidget(self.choice_first)
        choices.addWidget(self.choice_second)
        choices.addStretch(1)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_slot_button)
        next_row.addStretch(1)
        problem_layout = QVBoxLayout(self.problem)
        problem_layout.setContentsMargins(10, 8, 10, 8)
        problem_layout.setSpacing(6)
        problem_layout.addWidget(self.problem_text)
        problem_layout.addLayout(next_row)
        problem_layout.addLayout(choices)
        self._show_problem("")

        self.phone = QComboBox(self)
        self.phone.setObjectName("callbackPhone")
        self.phone.setAccessibleName(self.tr("Number to call"))
        self.owner = QComboBox(self)
        self.owner.setObjectName("callbackOwner")
        self.owner.setAccessibleName(self.tr("Who calls back"))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("callbackNote")
        self.note.setAccessibleName(self.tr("What was promised"))
        self.note.setPlaceholderText(self.tr("What you promised to find out or do before calling"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        self.field_errors: dict[str, QLabel] = {}
        for key in ("time", "phone", "owner", "note"):
            label = QLabel(self)
            label.setObjectName(f"callback{key.capitalize()}Error")
            label.setProperty("role", "fieldError")
            label.setWordWrap(True)
            label.hide()
            self.field_errors[key] = label

        # The promise, as the agent will read it back.
        self.promise_box = QFrame(self)
        self.promise_box.setObjectName("callbackPromiseBox")
        self.promise_box.setStyleSheet(
            themed(
                "#callbackPromiseBox { background: #f0f9ff; border: 1px solid #b9e6fe;"
                " border-radius: 6px; }"
            )
        )
        caption = QLabel(self.tr("Read back to the customer"), self.promise_box)
        caption.setObjectName("callbackPromiseCaption")
        caption.setStyleSheet(themed("color: #026aa2;"))
        caption.setFont(small)
        self.promise = QLabel(self.promise_box)
        self.promise.setObjectName("callbackPromise")
        self.promise.setAccessibleName(self.tr("The promise to read back"))
        self.promise.setWordWrap(True)
        self.promise.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.promise.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.copy_button = QPushButton(self.tr("&Copy"), self.promise_box)
        self.copy_button.setObjectName("callbackCopyPromise")
        self.copy_button.setAccessibleName(self.tr("Copy the promise"))
        self.copy_button.setToolTip(self.tr("Copy the promise to the clipboard (Alt+C)"))
        self.copy_button.setAutoDefault(False)
        promise_text = QVBoxLayout()
        promise_text.setSpacing(2)
        promise_text.addWidget(caption)
        promise_text.addWidget(self.promise)
        self.promise_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        promise_row = QHBoxLayout(self.promise_box)
        promise_row.setContentsMargins(10, 8, 10, 8)
        promise_row.addLayout(promise_text, 1)
        promise_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.schedule_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.schedule_button.setObjectName("callbackSchedule")
        self.schedule_button.setText(self.tr("Schedule"))
        self.schedule_button.setAccessibleName(self.tr("Schedule the callback"))
        self.schedule_button.setToolTip(self.tr("Schedule the callback (Ctrl+Enter)"))
        self.schedule_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.schedule_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("callbackCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without scheduling (Esc)"))
        self.cancel_button.setAutoDefault(False)
        keypad = QShortcut(QKeySequence("Ctrl+Enter"), self)
        keypad.activated.connect(self.schedule)

        # ---- layout ----
        clocks = QHBoxLayout()
        clocks.setSpacing(8)
        clocks.addWidget(self.customer_clock, 1)
        clocks.addWidget(self.agent_clock, 1)

        modes = QVBoxLayout()
        modes.setSpacing(4)
        modes.addWidget(self.mode_at)
        second = QHBoxLayout()
        second.setSpacing(16)
        second.addWidget(self.mode_asap)
        second.addWidget(self.mode_next)
        second.addStretch(1)
        modes.addLayout(second)

        time_label = QLabel(self.tr("&Time"), self)
        time_label.setBuddy(self.time_edit)
        duration_label = QLabel(self.tr("Du&ration"), self)
        duration_label.setBuddy(self.duration)
        when_row = QHBoxLayout()
        when_row.setSpacing(6)
        when_row.addWidget(self.date_edit)
        when_row.addSpacing(6)
        when_row.addWidget(time_label)
        when_row.addWidget(self.time_edit)
        when_row.addSpacing(6)
        when_row.addWidget(duration_label)
        when_row.addWidget(self.duration)
        when_row.addStretch(1)
        when_block = QVBoxLayout()
        when_block.setSpacing(3)
        when_block.addLayout(when_row)
        when_block.addWidget(self.when_why)
        when_block.addWidget(self.agent_time)
        when_block.addWidget(self.windows_label)
        when_block.addWidget(self.field_errors["time"])
        when_block.addWidget(self.problem)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        form.addRow(QLabel(self.tr("When"), self), modes)
        form.addRow(self._buddy(self.tr("&Date"), self.date_edit), when_block)
        form.addRow(self._buddy(self.tr("&Phone"), self.phone),
                    self._with_error(self.phone, "phone"))  # fmt: skip
        form.addRow(self._buddy(self.tr("&Owner"), self.owner),
                    self._with_error(self.owner, "owner"))  # fmt: skip
        form.addRow(self._buddy(self.tr("&Note"), self.note), self._with_error(self.note, "note"))

        self.inputs = QWidget(self)
        self.inputs.setObjectName("callbackInputs")
        self.inputs.setLayout(form)  # reparents the fields into the container

        header = QVBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.customer_name)
        header.addLayout(clocks)
        header.addWidget(self.night_warning)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(line)
        layout.addWidget(self.inputs, 1)
        layout.addWidget(self.promise_box)
        layout.addWidget(self.buttons)

        chain = (self.mode_at, self.mode_asap, self.mode_next, self.date_edit, self.time_edit,
                 self.duration, self.next_slot_button, self.choice_first, self.choice_second,
                 self.phone, self.owner, self.note, self.copy_button, self.schedule_button,
                 self.cancel_button)  # fmt: skip
        for first, after in itertools.pairwise(chain):
            QWidget.setTabOrder(first, after)

    def _clock_label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)  # a long zone name wraps instead of widening the dialog
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        label.setStyleSheet(
            themed(f"#{name} {{ background: #f2f4f7; border-radius: 6px; padding: 4px 10px; }}")
        )
        return label

    def _set_clock(self, label: QLabel, caption: str, moment: dt.datetime, zone: str) -> None:
        time_text = f"{self._day_name(moment.date())} {clock(moment)}"
        # What a screen reader says, and the one-line form tests and tooltips use.
        plain = self.tr("{caption}: {time} ({zone})").format(
            caption=caption, time=time_text, zone=zone
        )
        label.setText(
            themed(
                f"<span style='color:#475467'>{html.escape(caption)}</span><br>"
                f"<span style='font-size:large; font-weight:600'>{html.escape(time_text)}</span>"
                f" <span style='color:#475467'>({html.escape(zone)})</span>"
            )
        )
        label.setAccessibleDescription(plain)
        label.setToolTip(plain)

    def _radio(self, name: str, text: str) -> QRadioButton:
        button = QRadioButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        return button

    def _buddy(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _with_error(self, field: QWidget, key: str) -> QVBoxLayout:
        holder = QVBoxLayout()
        holder.setSpacing(2)
        holder.addWidget(field)
        holder.addWidget(self.field_errors[key])
        return holder

    def _connect(self) -> None:
        self._modes.buttonToggled.connect(self._mode_toggled)
        self.date_edit.dateChanged.connect(self._when_changed)
        self.time_edit.timeChanged.connect(self._when_changed)
        for combo in (self.duration, self.phone, self.owner):
            combo.currentIndexChanged.connect(self._inputs_changed)
        self.note.textChanged.connect(self._note_changed)
        self.next_slot_button.clicked.connect(self.use_next_slot)
        self._choice_group.idToggled.connect(self._choice_toggled)
        self.copy_button.clicked.connect(self.copy_promise)
        self.buttons.accepted.connect(self.schedule)
        self.buttons.rejected.connect(self.reject)

    # ---- public --------------------------------------------------------------------------

    @property
    def customer_id(self) -> int:
        return self._customer_id

    @property
    def plan(self) -> Plan | None:
        """The service's answer for the inputs shown, or None while they are refused."""
        return self._plan

    @property
    def mode(self) -> str:
        if self.mode_asap.isChecked():
            return "asap"
        if self.mode_next.isChecked():
            return "next_window"
        return "at"

    @property
    def planning(self) -> bool:
        """An input changed and the service has not answered for it yet."""
        return self._plan_timer.isActive() or self._latest.busy

    @property
    def saving(self) -> bool:
        return self._saving

    @property
    def draft_key(self) -> str:
        return self._draft_key

    def _put_wall_clock(self, when: dt.datetime) -> None:
        """Show a wall-clock time in the date and time fields without reacting to the edit."""
        self._updating = True
        try:
            self.date_edit.setDate(QDate(when.year, when.month, when.day))
            self.time_edit.setTime(QTime(when.hour, when.minute))
        finally:
            self._updating = False

    def set_local_start(self, when: dt.datetime) -> None:
        """Put a wall-clock time (the customer's) into the date and time fields."""
        self.mode_at.setChecked(True)
        self._put_wall_clock(when)
        self._fold = None
        self._inputs_changed()

    def use_next_slot(self) -> None:
        """Move to the slot the service offered instead of a refused one."""
        slot = self._next_slot
        if slot is None or self._customer_zone is None:
            return
        self.set_local_start(slot.start.astimezone(self._customer_zone))
        self._request_plan()

    def copy_promise(self) -> None:
        if self._plan is not None:
            QGuiApplication.clipboard().setText(localized(self._plan.promise))

    def schedule(self) -> None:
        """Save the callback (off the GUI thread); the dialog closes when it is stored."""
        if not self.schedule_button.isEnabled():
            return
        request = self._request(note=self.note.toPlainText())
        service, actor = self._service, self._context.user.id
        if self._dirty:
            self.save_draft()  # a crash while saving must not lose the note either
        self._saving = True
        self.inputs.setEnabled(False)
        self._update_schedule_button()
        old = self._reschedule
        if old is None:
            work = lambda: service.schedule(request, actor)  # noqa: E731
        else:

            def work() -> CallbackView:
                result = service.record_outcome(
                    old.id, old.version, actor, "reschedule", reschedule=request
                )
                assert result.rescheduled is not None
                return result.rescheduled

        run_task(work, self._scheduled, self._schedule_failed, owner=self)

    def save_draft(self, *, wait: bool = False) -> None:
        """Keep the note as this customer's callback draft (blank text removes it)."""
        self._draft_timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        key, drafts, text = self._draft_key, self._drafts, self.note.toPlainText()
        meta = {"customer_id": self._customer_id, "user_id": self._context.user.id,
                "database": self._context.db.display}  # fmt: skip
        revision = next(self._revisions)
        save_draft(self, drafts, key, text, meta, revision, wait=wait,
                   on_written=self.draft_written.emit, on_failed=self._draft_failed)  # fmt: skip

    def done(self, result: int) -> None:
        self._plan_timer.stop()
        self._clock_timer.stop()
        if self._dirty:
            self.save_draft(wait=True)
        self._latest.cancel()
        super().done(result)

    # ---- loading -------------------------------------------------------------------------

    def _load(self) -> None:
        customers, db, user_id = self._context.customers, self._context.db, self._context.user.id
        drafts, key, customer_id = self._drafts, self._draft_key, self._customer_id

        def work() -> tuple[CustomerCard, list[tuple[int, str]], Draft | None]:
            card = customers.card(customer_id)
            with db.read() as conn:
                queues = conn.execute(
                    select(Queue.id, Queue.name)
                    .join(UserQueue, UserQueue.queue_id == Queue.id)
                    .where(UserQueue.user_id == user_id)
                    .order_by(Queue.name)
                ).all()
            return card, [(int(q.id), str(q.name)) for q in queues], drafts.load(key)

        run_task(work, self._loaded, self._load_failed, owner=self)

    def _loaded(self, result: tuple[CustomerCard, list[tuple[int, str]], Draft | None]) -> None:
        card, queues, draft = result
        self._card = card
        self._customer_zone = zone_or_none(card.time_zone)
        self._customer_zone_name = card.time_zone
        self.customer_name.setText(card.full_name)
        self.setWindowTitle(self.tr("Promise a callback to {name}").format(name=card.full_name))
        self.setAccessibleName(self.windowTitle())
        self._update_clocks()

        self._updating = True
        try:
            phones = sorted(card.phones, key=lambda p: not p.primary)
            for phone in phones:
                number = ltr(phone.display)
                label = f"{number}{separator()}{phone_kind(phone.label)}" if phone.label else number
                if phone.primary and len(phones) > 1:
                    label = self.tr("{number} (primary)").format(number=label)
                self.phone.addItem(label, phone.e164)
            self.owner.addItem(
                self.tr("Me ({name})").format(name=self._context.user.display_name), ME
            )
            for queue_id, name in queues:
                self.owner.addItem(self.tr("Queue: {name}").format(name=name), queue_id)
            today = self._customer_now().date()
            self.date_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        finally:
            self._updating = False
        if draft is not None and not self.note.toPlainText():
            self._restoring = True
            try:
                self.note.setPlainText(draft.text)
            finally:
                self._restoring = False
            self.note.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on after it
            self._field_message("note", self.tr("Your unsaved note is back."), kind="info")
        # The form opens on the soonest time inside a calling window: today if theirs is open
        # (the service's "as soon as possible" says where the soonest allowed moment is).
        self._request_plan(mode="asap")
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.customer_name.setText(self.tr("Customer not available"))
        self._fail(error)
        self._update_schedule_button()

    def _prefilled(self) -> None:
        self._ready = True
        self._set_inputs_enabled(True)
        self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- planning ------------------------------------------------------------------------

    def _request(self, *, note: str = "", mode: str | None = None) -> ScheduleRequest:
        mode = mode or self.mode
        local = None
        if mode == "at":
            local = dt.datetime.combine(
                self.date_edit.date().toPython(),
                self.time_edit.time().toPython().replace(second=0, microsecond=0),
            )
        owner_data = self.owner.currentData()
        queue_id = None if owner_data in (None, ME) else int(owner_data)
        return ScheduleRequest(
            customer_id=self._customer_id,
            mode=mode,
            local_start=local,
            fold=self._fold if mode == "at" else None,
            duration_minutes=int(self.duration.currentData() or DEFAULT_DURATION),
            phone_e164=str(self.phone.currentData() or ""),
            note=note,
            owner="me" if queue_id is None else "queue",
            queue_id=queue_id,
        )

    def _request_plan(self, *, mode: str | None = None) -> None:
        self._plan_timer.stop()
        request = self._request(mode=mode)
        service, actor = self._service, self._context.user.id
        prefill = not self._ready
        self._latest.run(
            lambda: service.plan(request, actor),
            lambda plan: self._planned(plan, prefill=prefill),
            lambda error: self._plan_failed(error, prefill=prefill),
        )
        self._update_schedule_button()

    def _planned(self, plan: Plan, *, prefill: bool = False) -> None:
        if self._hub is not None:
            self._hub.report_online()
        if prefill:
            # Show the soonest good time in the fields, then check exactly what is shown.
            self._show_default_time(plan.slot)
            self._prefilled()
            self._request_plan()
            return
        self._plan = plan
        self._planned_on = self._customer_now().date()
        self._clear_errors()
        if self.mode != "at":
            self._show_slot_in_fields(plan.slot)
        if self._choice_kind == "fold" and self._fold is not None:
            # Keep saying which of the two same-looking times this is.
            self._show_problem(self._problem_message, kind="info", choices=True)
        else:
            self._show_problem("")
        self._show_plan()
        self.plan_updated.emit()

    def _plan_failed(self, error: BaseException, *, prefill: bool = False) -> None:
        if prefill:
            now = self._customer_now()
            start = now + dt.timedelta(minutes=5 - now.minute % 5)
            self._updating = True
            try:
                self.date_edit.setDate(QDate(start.year, start.month, start.day))
                self.time_edit.setTime(QTime(start.hour, start.minute))
            finally:
                self._updating = False
            self._prefilled()
        self._plan = None
        self._fail(error)
        self._show_plan()
        self.plan_updated.emit()

    def _fail(self, error: BaseException) -> None:
        """Say inline what the service refused (a bug still goes to the crash dialog)."""
        self._clear_errors()
        self._next_slot = None
        if isinstance(error, SlotRefused):
            self._next_slot = error.next_slot
            self._show_problem(error.message, next_slot=error.next_slot)
        elif isinstance(error, NonexistentLocalTime):
            self._offer_choices("gap", error.message, error.earlier, error.later)
        elif isinstance(error, AmbiguousLocalTime):
            self._offer_choices("fold", error.message, error.first, error.second)
        elif isinstance(error, FieldErrors):
            general = []
            for key, message in error.errors.items():
                row = _FIELD_ROWS.get(key)
                if row is None:
                    general.append(f"{key.replace('_', ' ').capitalize()}: {message}")
                else:
                    self._field_message(row, message[:1].upper() + message[1:])
            self._show_problem("\n".join(general))
        elif isinstance(error, DatabaseUnavailableError):
            handle_error(self, self._hub, error)
            self._show_problem(
                self.tr("The database cannot be reached: nothing can be checked or saved now.")
            )
        elif isinstance(error, UserFacingError):
            self._show_problem(error.message)
        else:
            self._show_problem("")
            handle_error(self, self._hub, error)

    def _offer_choices(
        self, kind: str, message: str, first: dt.datetime, second: dt.datetime
    ) -> None:
        zone = self._customer_zone
        if zone is None:
            self._show_problem(message)
            return
        self._choice_kind = kind
        self._choices = (first, second)
        self._problem_message = message
        asked = self.date_edit.date().toPython()
        texts = []
        for moment in (first, second):
            local = moment.astimezone(zone)
            day = "" if local.date() == asked else f"{self._short_date(local.date())} "
            texts.append(f"{day}{clock(local)} ({_offset_text(local)})")
        if kind == "fold":
            texts = [
                self.tr("First {time}").format(time=texts[0]),
                self.tr("Second {time}").format(time=texts[1]),
            ]
        for button, text, keys in ((self.choice_first, texts[0], "Alt+1"),
                                   (self.choice_second, texts[1], "Alt+2")):  # fmt: skip
            button.setText(text)  # (this also drops any shortcut: set it after)
            button.setShortcut(QKeySequence(keys))
            button.setAccessibleName(text)
            button.setToolTip(keys)
        self._updating = True
        try:
            self._choice_group.setExclusive(False)
            self.choice_first.setChecked(self._fold == 0 and kind == "fold")
            self.choice_second.setChecked(self._fold == 1 and kind == "fold")
            self._choice_group.setExclusive(True)
        finally:
            self._updating = False
        self._show_problem(message, choices=True)

    def _choice_toggled(self, index: int, checked: bool) -> None:
        if not checked or self._updating or self._choices is None:
            return
        if self._choice_kind == "fold":
            self._fold = index
            self._request_plan()
            return
        zone = self._customer_zone
        if zone is None:
            return
        # A time in a gap does not exist: move the fields to the existing time chosen.
        self.set_local_start(self._choices[index].astimezone(zone).replace(tzinfo=None))
        self._choice_kind = ""
        self._choices = None
        self._request_plan()

    # ---- reacting to the agent -----------------------------------------------------------

    def _mode_toggled(self, _button: object, checked: bool) -> None:
        if not checked:
            return
        self.when_why.hide()
        at = self.mode == "at"
        self.date_edit.setEnabled(at and self._ready)
        self.time_edit.setEnabled(at and self._ready)
        self._inputs_changed()

    def _when_changed(self) -> None:
        if self._updating:
            return
        self.when_why.hide()  # the agent chose another time: the reason was for the default
        # A new wall-clock time: any earlier "first or second" choice was about another one.
        self._fold = None
        self._choice_kind = ""
        self._choices = None
        self._inputs_changed()

    def _inputs_changed(self) -> None:
        if self._updating or not self._ready:
            return
        self._plan = None
        self._plan_timer.start()
        if self.mode == "at":
            self.agent_time.setText(self._agent_span_of_fields())
            self.agent_time.setVisible(bool(self.agent_time.text()))
        self._update_schedule_button()

    def _note_changed(self) -> None:
        if self._restoring:
            return
        self._dirty = True
        self._draft_timer.start()
        self._field_message("note", "")

    def _draft_failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            log.error("draft storage failed: %s", error)
            self._field_message(
                "note",
                self.tr("This note could not be kept as a draft ({error}).").format(
                    error=error.strerror or error
                ),
            )
        else:
            handle_error(self, self._hub, error)

    # ---- saving --------------------------------------------------------------------------

    def _scheduled(self, callback: CallbackView) -> None:
        self._saving = False
        if self._hub is not None:
            self._hub.report_online()
        # The note is stored with the callback now: forget the draft.
        self._draft_timer.stop()
        self._dirty = False
        drafts, key, revision = self._drafts, self._draft_key, next(self._revisions)
        run_task(
            lambda: drafts.discard(key, revision=revision),
            lambda _done: None,
            lambda error: log.error("could not discard the draft %s: %s", key, error),
        )
        if self._hub is not None:
            self._hub.customers_changed.emit(callback.customer_id)
            self._hub.interactions_changed.emit(callback.customer_id)
            self._hub.callbacks_changed.emit()
        self.scheduled.emit(callback.id)
        self.accept()

    def _schedule_failed(self, error: BaseException) -> None:
        self._saving = False
        self.inputs.setEnabled(True)
        if isinstance(error, FieldErrors) and set(error.errors) <= {"note"}:
            # Only the note is wrong: the slot still stands, fix the note and schedule.
            message = error.errors.get("note", error.message)
            self._field_message("note", message[:1].upper() + message[1:])
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(error, UserFacingError) and not isinstance(error, DatabaseUnavailableError):
            # The service refused the slot itself (it passed, a rule changed): show why.
            self._plan = None
            self._fail(error)
            self._show_plan()
        else:
            # The database is away, or a bug: the plan is still good, the agent may retry.
            self._fail(error)
        self._update_schedule_button()

    # ---- showing -------------------------------------------------------------------------

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.mode_at, self.mode_asap, self.mode_next, self.duration, self.phone,
                       self.owner):  # fmt: skip
            widget.setEnabled(enabled)
        at = self.mode == "at"
        self.date_edit.setEnabled(enabled and at)
        self.time_edit.setEnabled(enabled and at)

    def _connection_changed(self, online: bool, _message: str) -> None:
        self._update_schedule_button()
        if online and self._ready and self._plan is None and not self.planning:
            self._request_plan()  # a plan asked for while offline failed: ask again

    def _update_schedule_button(self, *_args: object) -> None:
        valid = self._ready and self._plan is not None and not self.planning
        online = self._hub is None or self._hub.online
        self.schedule_button.setEnabled(valid and not self._saving and online)
        self.schedule_button.setToolTip(
            self.tr("Schedule the callback (Ctrl+Enter)")
            if online
            else self.tr(
                "Scheduling needs the database, which cannot be reached right now. Your text "
                "is kept; the button comes back when the console has reconnected."
            )
        )

    def _show_default_time(self, soonest: Slot) -> None:
        """The soonest time an agent can promise, and why it is that one.

        ``soonest`` is the service's as-soon-as-possible slot: the first allowed moment.
        When it is (nearly) now, the customer's window is open and the form offers today, at
        least DEFAULT_LEAD ahead on the next :00 or :30; otherwise the next window's start.
        """
        zone = self._customer_zone
        if zone is None:
            self._show_slot_in_fields(soonest)
            return
        now = utcnow()
        open_now = soonest.start <= now + dt.timedelta(minutes=10)
        start = max(soonest.start, now + DEFAULT_LEAD) if open_now else soonest.start
        local = start.astimezone(zone).replace(second=0, microsecond=0)
        local += dt.timedelta(minutes=-local.minute % 30)
        self._put_wall_clock(local)
        if open_now:
            why = self.tr("Their calling window is open now.")
        else:
            day = QLocale().toString(QDate(local.year, local.month, local.day), "dddd")
            why = self.tr("Their calling window is closed now. Next window: {day} {time}").format(
                day=day, time=ltr(clock(local))
            )
        self.when_why.setText(why)
        self.when_why.show()

    def _show_slot_in_fields(self, slot: Slot) -> None:
        zone = self._customer_zone
        if zone is None:
            return
        local = slot.start.astimezone(zone)
        self._put_wall_clock(local)

    def _show_plan(self) -> None:
        plan = self._plan
        if plan is not None:
            self.promise.setText(localized(plan.promise))
            self.promise.setStyleSheet("")
            self.windows_label.setText(
                self.tr("Calling windows ({zone}): {windows}").format(
                    zone=ltr(plan.customer_zone), windows=calling_windows(plan.policy_text)
                )
            )
            self.agent_time.setText(self._agent_span(plan.slot))
        else:
            self.promise.setText(self.tr("Pick a time the customer can be called."))
            self.promise.setStyleSheet(themed("color: #5e677b;"))
            self.agent_time.setText(self._agent_span_of_fields())
        self.copy_button.setEnabled(plan is not None)
        self.agent_time.setVisible(bool(self.agent_time.text()))
        self.windows_label.setVisible(bool(self.windows_label.text()))
        self._update_schedule_button()
        self._fit_later()

    def _agent_span_of_fields(self) -> str:
        """The time typed, in the agent's time, also while the service refuses it."""
        if self.mode != "at" or not self._customer_zone_name:
            return ""
        request = self._request()
        if request.local_start is None:
            return ""
        try:
            start = scheduling.resolve_local(
                request.local_start, self._customer_zone_name, fold=request.fold
            )
        except UserFacingError:
            return ""  # a time in a gap or a fold: the choice below says what it would be
        end = start + dt.timedelta(minutes=request.duration_minutes)
        return self._agent_span(Slot(start, end, self._customer_zone_name))

    def _agent_span(self, slot: Slot) -> str:
        start = slot.start.astimezone(self._agent_zone)
        end = slot.end.astimezone(self._agent_zone)
        day = ""
        zone = self._customer_zone
        if zone is not None and start.date() != slot.start.astimezone(zone).date():
            day = self._day_name(start.date()) + " "
        return reading_direction(
            self.tr("= {day}{start}–{end} your time ({zone})").format(
                day=day, start=clock(start), end=clock(end), zone=self._agent_zone_name
            )
        )

    def _show_problem(
        self,
        text: str,
        *,
        kind: str = "error",
        next_slot: Slot | None = None,
        choices: bool = False,
    ) -> None:
        self.problem_text.setText(text)
        self.problem.setStyleSheet(themed(_PROBLEM_STYLE[kind]))
        show_next = next_slot is not None and self._customer_zone is not None
        if show_next and next_slot is not None and self._customer_zone is not None:
            local = next_slot.start.astimezone(self._customer_zone)
            text_next = self.tr("&Use next slot: {day} {date} {time}").format(
                day=self._day_name(local.date()), date=self._short_date(local.date()),
                time=clock(local),
            )  # fmt: skip
            self.next_slot_button.setText(text_next)
            self.next_slot_button.setAccessibleName(text_next.replace("&", ""))
        self.next_slot_button.setVisible(show_next)
        self.choice_first.setVisible(choices)
        self.choice_second.setVisible(choices)
        self.problem.setVisible(bool(text))
        self._fit_later()

    def _field_message(self, key: str, text: str, *, kind: str = "error") -> None:
        label = self.field_errors[key]
        label.setText(text)
        label.setProperty("kind", kind)
        label.setStyleSheet(themed("color: #b42318;" if kind == "error" else "color: #5e677b;"))
        label.setVisible(bool(text))
        self._fit_later()

    def _clear_errors(self) -> None:
        for label in self.field_errors.values():
            if label.property("kind") == "error":
                label.hide()  # an info line ("your note is back") stays until the agent types

    def _fit_later(self) -> None:
        self._fit_timer.start()

    def _fit_height(self) -> None:
        """Give every wrapped line of text the height it needs at the width it really has.

        Qt sizes a window by its layout's minimum size, and a word-wrapped label's minimum is
        guessed for a width other than the one it gets, so a long refusal would be clipped.
        Pinning each label's minimum height to what its current width needs makes the layout
        (and with it the dialog) grow instead.
        """
        if not self.isVisible():
            return
        wrapped = (self.customer_clock, self.agent_clock, self.night_warning,
                   self.windows_label, self.when_why, self.problem_text, self.promise,
                   *self.field_errors.values())  # fmt: skip
        fit_wrapped(self, wrapped)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_later()

    # ---- clocks --------------------------------------------------------------------------

    def _tick(self) -> None:
        self._update_clocks()
        plan = self._plan
        if plan is not None and self._ready and not self._saving and not self.planning:
            # "Tomorrow" became "today", or the time shown has passed: ask again, so what the
            # agent reads back is still true (a passed time comes back as a refusal + offer).
            day_changed = self._customer_now().date() != self._planned_on
            if day_changed or plan.slot.start <= utcnow():
                self._request_plan()
        if self._customer_zone is not None:
            today = self._customer_now().date()
            self._updating = True
            try:
                self.date_edit.setMinimumDate(QDate(today.year, today.month, today.day))
            finally:
                self._updating = False

    def _customer_now(self) -> dt.datetime:
        return utcnow().astimezone(self._customer_zone or self._agent_zone)

    def _update_clocks(self) -> None:
        now = utcnow()
        self._set_clock(
            self.agent_clock, self.tr("Your time"), now.astimezone(self._agent_zone),
            self._agent_zone_name,
        )  # fmt: skip
        zone = self._customer_zone
        if zone is None:
            caption = self.tr("Customer time")
            text = (
                self.tr("unknown zone “{zone}”").format(zone=self._customer_zone_name)
                if self._customer_zone_name
                else "…"
            )
            self.customer_clock.setText(
                themed(f"<span style='color:#475467'>{html.escape(caption)}</span><br>")
                + html.escape(text)
            )
            self.customer_clock.setAccessibleDescription(f"{caption}: {text}")
            self.night_warning.hide()
            return
        theirs = now.astimezone(zone)
        self._set_clock(
            self.customer_clock, self.tr("Customer time"), theirs, self._customer_zone_name
        )
        night = is_night(theirs.time())
        self.night_warning.setText(
            self.tr("It is night for the customer ({time}): they may be asleep.").format(
                time=clock(theirs)
            )
        )
        if night != self.night_warning.isVisibleTo(self):
            self.night_warning.setVisible(night)
            self._fit_later()

    def _day_name(self, day: dt.date) -> str:
        return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)

    def _short_date(self, day: dt.date) -> str:
        month = QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)
        # Zero-padded like the service's messages ("opens Sat 05 Dec 09:00"), which sit above.
        return self.tr("{day} {month}").format(day=two_digits(day.day), month=month)
