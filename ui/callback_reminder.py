"""Reminders that cannot be missed (``callbackReminder``): a banner, a sound, a tray message.

A poll (every ``callback_poll_s``) runs the service's sweep — personal callbacks nobody acted
on move to their queue, abandoned claims return — and asks which of my callbacks are due
within the lead time. A callback reaching a new stage (coming up, due now, overdue) beeps
once and shows in the banner; the tray message is extra, never required (many desktops have
no tray; the console session owns the one tray icon, so a rebuilt window reuses it). The first
poll after start-up says what became due while the console was closed; a window rebuilt in
another language takes over what the previous one had already said (``memory``/``resume``)
and stays quiet about it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from console.services.callbacks import CallbackService, CallbackView
from ui.accessibility import announce, prepare
from ui.callback_model import customer_window
from ui.errors import handle_error
from ui.formatting import number, utcnow
from ui.hub import Hub
from ui.i18n import isolate
from ui.tasks import run_task
from ui.theme import themed


@dataclass(frozen=True)
class ReminderMemory:
    """What a reminder already told the agent, handed to the next window's reminder."""

    seen: frozenset[tuple[int, str]]
    first: bool
    since: dt.datetime
    shown: bool


@dataclass(frozen=True)
class ReminderCheck:
    due: tuple[CallbackView, ...]
    handed_on_from_me: tuple[CallbackView, ...]
    moved_by_sweep: int


class CallbackReminder(QFrame):
    open_requested = Signal(object)
    show_list_requested = Signal()

    def __init__(
        self,
        service: CallbackService,
        hub: Hub,
        user_id: int,
        *,
        lead_minutes: int = 5,
        poll_seconds: float = 20.0,
        tray: QSystemTrayIcon | None = None,
        parent: QWidget | None = None,
        sound: bool = True,
        returning: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callbackReminder")
        # Setting callback_reminder_sound: off, a reminder only shows (banner, tray, reader).
        self.sound = sound
        # Whether this person's console ran before (False: the very first start, where
        # nothing became due "while the console was closed").
        self.returning = returning
        self.setAccessibleName(self.tr("Callback reminder"))
        self._service = service
        self._hub = hub
        self._user = user_id
        self.lead = dt.timedelta(minutes=max(0, lead_minutes))
        self.clock = utcnow
        self._seen: set[tuple[int, str]] = set()
        self._first = True
        self._since = utcnow()
        self._busy = False
        # Resumed from a window that showed the banner: show it again after the first poll.
        self._show_again = False
        self.items: tuple[CallbackView, ...] = ()
        # The session's icon (None: the desktop has no tray, or offscreen).
        self.tray = tray
        self.beeps = 0
        self.checks = 0  # answered polls, for tests and the status line

        self.text = QLabel(self)
        self.text.setObjectName("callbackReminderText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("callbackReminderOpen")
        self.open_button.clicked.connect(self._open_first)
        self.list_button = QPushButton(self.tr("Show all"), self)
        self.list_button.setObjectName("callbackReminderList")
        self.list_button.clicked.connect(self.show_list_requested)
        self.snooze_button = QPushButton(self.tr("Snooze…"), self)
        self.snooze_button.setObjectName("callbackReminderSnooze")
        self.snooze_button.clicked.connect(self.snooze)
        self.dismiss_button = QPushButton(self.tr("Hide"), self)
        self.dismiss_button.setObjectName("callbackReminderHide")
        self.dismiss_button.setToolTip(self.tr("Hide until another callback falls due"))
        self.dismiss_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        row.addWidget(self.text, 1)
        for b in (self.open_button, self.list_button, self.snooze_button, self.dismiss_button):
            row.addWidget(b)
        self.setStyleSheet(
            themed(
                "QFrame#callbackReminder { background: #fffbeb; border: 1px solid #f59e0b;"
                " border-radius: 6px; }"
                "QLabel#callbackReminderText { color: #78350f; font-weight: 600; }"
            )
        )
        self.hide()

        self.timer = QTimer(self)
        self.timer.setInterval(int(max(2.0, poll_seconds) * 1000))
        self.timer.timeout.connect(self.check)

    def memory(self) -> ReminderMemory:
        return ReminderMemory(frozenset(self._seen), self._first, self._since, self.isVisible())

    def resume(self, memory: ReminderMemory) -> None:
        """Carry on from another window's reminder: what it said is not said (or beeped) again."""
        self._seen = set(memory.seen)
        self._first = memory.first
        self._since = memory.since
        self._show_again = memory.shown

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    # ---- the poll ----------------------------------------------------------------------------

    def check(self) -> None:
        if self._busy:
            return
        self._busy = True
        service, user, lead, now, since = (
            self._service,
            self._user,
            self.lead,
            self.clock(),
            self._since,
        )

        def work() -> ReminderCheck:
            swept = service.sweep(now)
            due = service.reminders(user, lead, now)
            mine_moved = service.handed_on_from(user, since)
            return ReminderCheck(tuple(due), tuple(mine_moved),
                                 len(swept.handed_on) + len(swept.released))  # fmt: skip

        run_task(work, self._checked, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        handle_error(self.window(), self._hub, error)

    def _checked(self, result: ReminderCheck) -> None:
        self._busy = False
        self.checks += 1
        now = self.clock()
        self._since = now
        if result.moved_by_sweep:
            self._hub.callbacks_changed.emit()
        self.items = result.due
        stages = {(c.id, self._stage(c, now)) for c in result.due}
        new = stages - self._seen
        self._seen |= stages
        lines: list[str] = []
        if result.handed_on_from_me:
            names = ", ".join(isolate(c.customer_name) for c in result.handed_on_from_me[:3])
            lines.append(
                self.tr("{n} of your callbacks moved to the queue ({names}).").format(
                    n=number(len(result.handed_on_from_me)), names=names
                )
            )
        if result.due:
            lines.append(
                self._summary(result.due, now, first=self._first, returning=self.returning)
            )
        first_run = self._first
        self._first = False
        show_again, self._show_again = self._show_again, False
        if not lines:
            self.hide()
            return
        self.text.setText("\n".join(lines))
        self.open_button.setVisible(bool(result.due))
        self.snooze_button.setVisible(bool(result.due))
        if new or result.handed_on_from_me or first_run:
            self._alert("\n".join(lines))
            self.show()
        elif show_again:
            self.show()

    def _stage(self, cb: CallbackView, now: dt.datetime) -> str:
        if cb.is_overdue(now):
            return "overdue"
        return "due" if cb.due_at <= now else "soon"

    def _summary(
        self, due: tuple[CallbackView, ...], now: dt.datetime, *, first: bool, returning: bool
    ) -> str:
        top = due[0]
        overdue = sum(1 for c in due if c.is_overdue(now))
        n = len(due)
        if first and returning:
            head = (
                self.tr("While the console was closed, %Ln callback became due", "", n)
                if n == 1
                else self.tr("While the console was closed, %Ln callbacks became due", "", n)
            )
        elif first:  # the very first start (a new database): nothing happened "while closed"
            head = (
                self.tr("%Ln callback due now", "", n)
                if n == 1
                else self.tr("%Ln callbacks due now", "", n)
            )
        elif top.is_overdue(now):
            head = self.tr("Overdue callback")
        elif top.due_at <= now:
            head = self.tr("Callback due now")
        else:
            minutes = max(1, int((top.due_at - now).total_seconds() // 60))
            head = self.tr("Callback in {m} min").format(m=number(minutes))
        text = f"{head}: {isolate(top.customer_name)} — {isolate(customer_window(top))}"
        if len(due) > 1:
            text += " " + self.tr("(+{n} more, {o} overdue)").format(
                n=number(len(due) - 1), o=number(overdue)
            )
        return text

    def _alert(self, text: str) -> None:
        if self.sound:
            self.beeps += 1
            QApplication.beep()
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(self.tr("Agent Console"), text)
        announce(self, text)

    def _open_first(self) -> None:
        if self.items:
            self.open_requested.emit(self.items[0])
            self.hide()

    def snooze(self) -> SnoozeDialog | None:
        if not self.items:
            return None
        dialog = SnoozeDialog(self.items[0], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._snooze)
        prepare(dialog)
        dialog.open()
        return dialog

    def _snooze(self, callback_id: int, minutes: int, reason: str) -> None:
        service, user = self._service, self._user
        run_task(
            lambda: service.snooze(callback_id, user, minutes, reason),
            lambda _cb: (self.hide(), self.check()),
            lambda e: handle_error(self.window(), self._hub, e),
            owner=self,
        )


class SnoozeDialog(QDialog):
    chosen = Signal(int, int, str)

    def __init__(self, callback: CallbackView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeDialog")
        self.setWindowTitle(self.tr("Snooze the reminder"))
        self._id = callback.id
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("snoozeMinutes")
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.setRange(1, 240)
        self.minutes.setValue(10)
        self.minutes.setSuffix(self.tr(" min"))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("snoozeReason")
        self.reason.setAccessibleName(self.tr("Why"))
        self.reason.setPlaceholderText(self.tr("On another call, customer asked…"))
        self.error = QLabel(self)
        self.error.setObjectName("snoozeError")
        self.error.setStyleSheet(themed("color: #b91c1c;"))
        self.error.hide()
        form = QFormLayout()
        form.addRow(QLabel(callback.customer_name + " — " + customer_window(callback)))
        form.addRow(self.tr("&For"), self.minutes)
        form.addRow(self.tr("&Why"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.error.setText(self.tr("Say why: your supervisor sees snoozed reminders."))
            self.error.show()
            self.reason.setFocus()
            return
        self.chosen.emit(self._id, self.minutes.value(), reason)
        self.accept()
