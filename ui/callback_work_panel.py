"""Working one callback (``callbackWorkPanel``), above the customer's card.

The agent sees the promise on the customer's clock, dials with one click (a ``tel:``/``sip:``
URL for the OS, or the configured softphone command) and records what happened with one
button: reached, no answer, busy, voicemail, wrong number. Unanswered attempts retry by the
queue's policy; the panel says when the next try is, or that a supervisor must look.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.errors import ConflictError, UserFacingError
from console.integrations.dialer import plan_dial, run_dial_command
from console.services.callbacks import CallbackService, CallbackView, OutcomeResult
from ui.accessibility import prepare
from ui.callback_model import customer_window, state_label
from ui.context import ConsoleContext
from ui.errors import handle_error
from ui.flow_layout import FlowLayout
from ui.formatting import format_when, number, utcnow
from ui.hub import Hub
from ui.i18n import localized, ltr, said_of, separator
from ui.tasks import run_task
from ui.theme import themed

# Outcome buttons, in the order an agent meets them, with their shortcuts.
OUTCOME_KEYS = (
    ("reached", "Alt+R"),
    ("no_answer", "Alt+A"),
    ("busy", "Alt+B"),
    ("voicemail", "Alt+V"),
    ("wrong_number", "Alt+W"),
)


# What the panel's last action came to, when no callback is being worked any more.
RESCHEDULED = "rescheduled"


@dataclass(frozen=True)
class PanelResult:
    """What the panel said after the agent's last action, as data: the callback's state
    after an outcome (``pending`` with the next try, or a final state), or ``RESCHEDULED``."""

    state: str
    due_at: dt.datetime | None = None


@dataclass(frozen=True)
class PanelMemory:
    """What the panel shows, for the panel of the window that replaces this one: the callback
    being worked (or the result of the last one), the note typed, and the status line when it
    says more than the attempt count (what the dialler or the database said), as data."""

    callback: CallbackView | None
    note: str
    result: PanelResult | None
    status: tuple[str, str] | None


class CallbackWorkPanel(QFrame):
    # (callback id, final or pending state) after an outcome was recorded.
    finished = Signal(int, str)

    def __init__(
        self,
        context: ConsoleContext,
        service: CallbackService,
        hub: Hub,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callbackWorkPanel")
        self.setAccessibleName(self.tr("Callback being worked"))
        self._context = context
        self._service = service
        self._hub = hub
        self._settings = context.settings
        self._user_id = context.user.id
        self._zone = context.agent_zone
        self.callback: CallbackView | None = None
        # What the title says once the callback is done (None while one is being worked).
        self.result: PanelResult | None = None
        # What the status line says instead of the attempt count, as (what, value): ("said",
        # a sentence of the core) or ("no_handler", the dial URL); None: the attempt count.
        self._status: tuple[str, str] | None = None

        self.title = QLabel(self)
        self.title.setObjectName("callbackWorkTitle")
        self.title.setWordWrap(True)
        self.promise = QLabel(self)
        self.promise.setObjectName("callbackWorkPromise")
        self.promise.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("callbackWorkStatus")
        self.status.setWordWrap(True)
        self.dial_button = QPushButton(self.tr("Dial"), self)
        self.dial_button.setObjectName("callbackDial")
        self.dial_button.setShortcut(QKeySequence("Ctrl+D"))
        self.dial_button.setToolTip(self.tr("Call the customer (Ctrl+D)"))
        self.dial_button.clicked.connect(self.dial)
        self.note = QLineEdit(self)
        self.note.setObjectName("callbackOutcomeNote")
        self.note.setAccessibleName(self.tr("Outcome note"))
        self.note.setPlaceholderText(self.tr("What happened (optional)"))
        self.outcome_buttons: dict[str, QPushButton] = {}
        # The buttons wrap onto a second line rather than cut their words when the pane is
        # narrow or the language long ("Перенести…", "Положить обратно").
        button_row = QWidget(self)
        buttons = FlowLayout(button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.dial_button)
        for outcome, key in OUTCOME_KEYS:
            button = QPushButton(self._outcome_label(outcome), self)
            button.setObjectName(f"callbackOutcome_{outcome}")
            button.setShortcut(QKeySequence(key))
            button.setToolTip(f"{button.text()} ({key})")
            button.clicked.connect(lambda _=False, o=outcome: self.record(o))
            self.outcome_buttons[outcome] = button
            buttons.addWidget(button)
        self.reschedule_button = QPushButton(self.tr("Reschedule…"), self)
        self.reschedule_button.setObjectName("callbackOutcome_reschedule")
        self.reschedule_button.setShortcut(QKeySequence("Alt+S"))
        self.reschedule_button.setToolTip(
            self.tr("The customer asked for another time (Alt+S): promise a new one")
        )
        self.reschedule_button.clicked.connect(self.reschedule)
        buttons.addWidget(self.reschedule_button)
        self.put_back = QPushButton(self.tr("Put back"), self)
        self.put_back.setObjectName("callbackPutBack")
        self.put_back.setToolTip(self.tr("Leave it for later without calling"))
        self.put_back.clicked.connect(self.release)
        buttons.addWidget(self.put_back)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.promise)
        layout.addWidget(button_row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.status, 1)
        layout.addLayout(bottom)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setStyleSheet(
            themed(
                "QFrame#callbackWorkPanel { background: #eff6ff; border: 1px solid #93c5fd;"
                " border-radius: 8px; }"
                "QLabel#callbackWorkTitle { font-weight: 600; font-size: 11pt; color: #1e3a8a; }"
                "QLabel#callbackWorkStatus { color: #374151; }"
                # As wide as their words: the whole row fits at 1280 px with the library open.
                "QFrame#callbackWorkPanel QPushButton { padding: 4px 7px; }"
            )
        )
        self.hide()

    def _outcome_label(self, outcome: str) -> str:
        labels = {
            "reached": self.tr("Reached"),
            "no_answer": self.tr("No answer"),
            "busy": self.tr("Busy"),
            "voicemail": self.tr("Voicemail left"),
            "wrong_number": self.tr("Wrong number"),
        }
        return labels.get(outcome, outcome)

    def memory(self) -> PanelMemory | None:
        """What the panel shows (None: it is hidden), for ``resume`` in a rebuilt window."""
        if self.isHidden() or (self.callback is None and self.result is None):
            return None
        return PanelMemory(self.callback, self.note.text(), self.result, self._status)

    def resume(self, memory: PanelMemory | None) -> None:
        """Show what another window's panel showed, each sentence in this window's language."""
        if memory is None:
            return
        if memory.callback is not None:
            self.show_callback(memory.callback)
            self.note.setText(memory.note)
            if memory.status is not None:
                self._say_status(*memory.status)
        elif memory.result is not None:
            self.note.setText(memory.note)
            self._show_result(memory.result)
            self.show()

    def show_callback(self, callback: CallbackView) -> None:
        self.callback = callback
        self.result = None
        self._status = None
        now = utcnow()
        self.title.setText(
            self.tr("Callback for {name} · {window}").format(
                name=callback.customer_name, window=customer_window(callback)
            )
        )
        lines = [callback.promise]
        if callback.note:
            lines.append(self.tr("Promised: {note}").format(note=callback.note))
        if callback.priority_reasons:
            lines.append(
                self.tr("Priority {points}: {why}").format(
                    points=number(callback.priority), why=", ".join(callback.priority_reasons)
                )
            )
        # One line of parts: a sentence's own full stop would stand before the separator.
        self.promise.setText(separator().join(line.rstrip(". ") for line in lines))
        attempt = callback.attempts + 1
        status = self.tr("Attempt {n} of {max}").format(
            n=number(attempt), max=number(callback.max_attempts) if callback.max_attempts else "?"
        )
        if callback.is_overdue(now):
            status += separator() + self.tr("the promised window has passed: call now")
        self.status.setText(status)
        self.dial_button.setText(
            self.tr("Dial {number}").format(number=ltr(callback.phone_display))
        )
        self.note.clear()
        self._enable(True)
        self.show()

    def _enable(self, on: bool) -> None:
        buttons = (*self.outcome_buttons.values(), self.reschedule_button, self.put_back,
                   self.dial_button)  # fmt: skip
        for button in buttons:
            button.setEnabled(on)

    def dial(self) -> None:
        cb = self.callback
        if cb is None:
            return
        s = self._settings
        try:
            plan = plan_dial(
                cb.phone_e164, scheme=s.dial_scheme or "tel", sip_domain=s.sip_domain,
                command=s.dial_command,
            )  # fmt: skip
        except UserFacingError as exc:
            self._say_status("said", said_of(exc))
            return
        self._say_status("said", plan.display)
        if plan.kind == "url":
            if not QDesktopServices.openUrl(QUrl(plan.url)):
                self._say_status("no_handler", plan.url)
            return
        run_task(lambda: run_dial_command(plan), lambda _r: None, self._dial_failed, owner=self)

    def reschedule(self) -> QWidget | None:
        """The customer asked for another time: the callback form, in rescheduling mode."""
        cb = self.callback
        if cb is None:
            return None
        from ui.callback_form_dialog import CallbackFormDialog

        dialog = CallbackFormDialog(self._context, cb.customer_id, self.window(), hub=self._hub,
                                    reschedule=cb)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.scheduled.connect(lambda _id: self._rescheduled(cb))
        prepare(dialog)
        dialog.open()
        return dialog

    def _rescheduled(self, cb: CallbackView) -> None:
        self.callback = None
        self.finished.emit(cb.id, RESCHEDULED)
        self._show_result(PanelResult(RESCHEDULED))

    def _show_result(self, result: PanelResult) -> None:
        """The callback is done: the title says how it ended, the buttons rest."""
        self.result = result
        self._status = None
        if result.state == RESCHEDULED:
            text = self.tr("Rescheduled: the new promise is in your callbacks.")
        elif result.state == "pending" and result.due_at is not None:
            text = self.tr("No luck this time. Next try {when}.").format(
                when=format_when(result.due_at, self._zone, utcnow())
            )
        else:
            text = self.tr("Callback {state}.").format(state=state_label(result.state))
        self.title.setText(text)
        self.promise.setText("")
        self.status.setText("")
        self._enable(False)

    def _say_status(self, what: str, value: str) -> None:
        """The status line says what the dialler or the database said (kept as data)."""
        if what == "no_handler":
            text = self.tr(
                "No program on this computer handles {url}: set a dial command in "
                "the settings (dial_command)."
            ).format(url=value)
        else:
            text = localized(value)
        self._status = (what, value)
        self.status.setText(text)

    def _dial_failed(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            self._say_status("said", said_of(error))
        else:
            handle_error(self, self._hub, error)

    def record(self, outcome: str) -> None:
        cb = self.callback
        if cb is None:
            return
        service, user, note = self._service, self._user_id, self.note.text()
        self._enable(False)
        run_task(
            lambda: service.record_outcome(cb.id, cb.version, user, outcome, note=note),
            self._recorded,
            self._failed,
            owner=self,
        )

    def _recorded(self, result: OutcomeResult) -> None:
        cb = result.callback
        self.callback = None
        self._hub.callbacks_changed.emit()
        self._hub.interactions_changed.emit(cb.customer_id)
        self._hub.customers_changed.emit(cb.customer_id)
        self.finished.emit(cb.id, cb.state)
        self._show_result(PanelResult(cb.state, cb.due_at if cb.state == "pending" else None))

    def _failed(self, error: BaseException) -> None:
        self._enable(True)
        if isinstance(error, ConflictError):
            self._say_status("said", said_of(error))
            self._hub.callbacks_changed.emit()
        else:
            handle_error(self, self._hub, error)

    def release(self) -> None:
        cb = self.callback
        if cb is None:
            self.hide()
            return
        service, user = self._service, self._user_id
        run_task(lambda: service.release(cb.id, user), lambda _r: self._released(), self._failed,
                 owner=self)  # fmt: skip

    def _released(self) -> None:
        self.callback = None
        self.result = None
        self._hub.callbacks_changed.emit()
        self.hide()
