"""Incoming warm transfers (``transferInbox``): a banner with the note, accept or decline.

It appears the moment a transfer arrives (a PostgreSQL notification, or the SQLite poll),
with a sound and a screen-reader alert, and shows the whole note — why, what was tried,
what was promised, identity, mood — so the receiver knows the customer before saying hello.
Accepting opens the customer with the note pinned on top of the timeline. The console's
heartbeat (who is signed in, for the senders' target list) rides on the same timer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.errors import ConflictError, FieldErrors
from console.services.customers import CustomerCard, CustomerService
from console.services.transfers import TransferService, TransferView
from ui.accessibility import announce
from ui.errors import handle_error
from ui.formatting import clock, customer_clock, humanize, language_label, number, utcnow
from ui.hub import Hub
from ui.i18n import localized, said_of, separator
from ui.tasks import run_task
from ui.theme import themed

HEARTBEAT = dt.timedelta(seconds=30)


def choice_label(value: str) -> str:
    """A transfer's reason or the customer's mood, as the transfer form words it."""
    labels = {
        "refund": QCoreApplication.translate("TransferFormDialog", "Refund"),
        "booking change": QCoreApplication.translate("TransferFormDialog", "Booking change"),
        "complaint": QCoreApplication.translate("TransferFormDialog", "Complaint"),
        "technical": QCoreApplication.translate("TransferFormDialog", "Technical"),
        "billing": QCoreApplication.translate("TransferFormDialog", "Billing"),
        "language": QCoreApplication.translate("TransferFormDialog", "Language"),
        "specialist": QCoreApplication.translate("TransferFormDialog", "Specialist"),
        "escalation": QCoreApplication.translate("TransferFormDialog", "Escalation"),
        "other": QCoreApplication.translate("TransferFormDialog", "Other"),
        "calm": QCoreApplication.translate("TransferFormDialog", "Calm"),
        "confused": QCoreApplication.translate("TransferFormDialog", "Confused"),
        "worried": QCoreApplication.translate("TransferFormDialog", "Worried"),
        "frustrated": QCoreApplication.translate("TransferFormDialog", "Frustrated"),
        "angry": QCoreApplication.translate("TransferFormDialog", "Angry"),
    }
    return labels.get(value, humanize(value))


def handover_text(t: TransferView) -> str:
    """The handover as plain text, for the banner and the pinned note: the short facts on
    the first line, then what was asked, tried and promised (in the agent's words, as typed)
    under labels in the interface language."""
    note = t.note
    who = t.from_user or QCoreApplication.translate("TransferInbox", "someone")
    head = [QCoreApplication.translate("TransferInbox", "From {who}").format(who=who)]
    if t.handover_no > 1:
        head.append(
            QCoreApplication.translate("TransferInbox", "handover {n} in this contact").format(
                n=number(t.handover_no)
            )
        )
    if note.reason:
        reason = choice_label(note.reason)
        head.append(
            QCoreApplication.translate("TransferInbox", "Why: {reason}").format(reason=reason)
        )
    if note.identity_verified:
        head.append(QCoreApplication.translate("TransferInbox", "Identity verified"))
    else:
        head.append(QCoreApplication.translate("TransferInbox", "Identity NOT verified"))
    if note.mood:
        mood = choice_label(note.mood)
        head.append(QCoreApplication.translate("TransferInbox", "Mood: {mood}").format(mood=mood))
    lines = [separator().join(head)]
    if note.issue:
        lines.append(
            QCoreApplication.translate("TransferInbox", "Issue: {text}").format(text=note.issue)
        )
    if note.tried:
        lines.append(
            QCoreApplication.translate("TransferInbox", "Tried: {text}").format(text=note.tried)
        )
    if note.promised:
        lines.append(
            QCoreApplication.translate("TransferInbox", "Promised: {text}").format(
                text=note.promised
            )
        )
    if note.notes:
        lines.append(
            QCoreApplication.translate("TransferInbox", "Notes: {text}").format(text=note.notes)
        )
    if t.bounce_reason:
        lines.append(
            QCoreApplication.translate("TransferInbox", "Why another handover: {text}").format(
                text=t.bounce_reason
            )
        )
    return "\n".join(lines)


def accepted_text(t: TransferView, zone: dt.tzinfo) -> str:
    """An accepted handover as it is pinned above the customer's timeline: when it was
    accepted (in the agent's time), then the note. Built again from the transfer by a window
    rebuilt in another language, so the heading and labels follow the language."""
    when = t.responded_at or t.created_at
    head = QCoreApplication.translate("MainWindow", "Handover accepted {time}").format(
        time=clock(when.astimezone(zone))
    )
    return head + "\n" + handover_text(t)


@dataclass(frozen=True)
class InboxMemory:
    """What an inbox already announced and what the agent typed, for the next window's."""

    announced: frozenset[int]
    last_beat: dt.datetime | None
    current_id: int | None
    reason: str
    reason_open: bool
    # What the inbox said in place about the transfer on show (a sentence of the core, said
    # again in the next window's language), "" for nothing.
    status: str = ""


class TransferInbox(QFrame):
    # The agent accepted: open this customer with the note pinned.
    accepted = Signal(object)

    def __init__(
        self,
        service: TransferService,
        hub: Hub,
        user_id: int,
        customers: CustomerService,
        *,
        poll_seconds: float = 2.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transferInbox")
        self.setAccessibleName(self.tr("Incoming transfer"))
        self._service = service
        self._customers = customers
        # The card of the transfer on show, fetched once per transfer (not on every poll).
        self._card_for: int | None = None
        self._hub = hub
        self._user = user_id
        self._busy = False
        self._last_beat: dt.datetime | None = None
        self._announced: set[int] = set()
        # A decline reason typed in the previous window, for this transfer id, and what the
        # inbox said about it there.
        self._carried_reason: tuple[int, str, bool, str] | None = None
        # What the status line says, as the core said it ("" when it is hidden).
        self._status_said = ""
        self.clock = utcnow
        self.current: TransferView | None = None
        self.waiting: tuple[TransferView, ...] = ()
        self.alerts = 0

        self.title = QLabel(self)
        self.title.setObjectName("transferInboxTitle")
        self.title.setWordWrap(True)
        self.customer = QLabel(self)
        self.customer.setObjectName("transferInboxCustomer")
        self.customer.setAccessibleName(self.tr("The customer"))
        self.customer.setWordWrap(True)
        self.customer.hide()
        self.note = QLabel(self)
        self.note.setObjectName("transferInboxNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.setObjectName("transferAccept")
        self.accept_button.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.accept_button.setToolTip(self.tr("Accept and open the customer (Ctrl+Shift+Y)"))
        self.accept_button.clicked.connect(self.accept_current)
        self.decline_button = QPushButton(self.tr("Decline…"), self)
        self.decline_button.setObjectName("transferDecline")
        self.decline_button.clicked.connect(self._ask_reason)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("transferDeclineReason")
        self.reason.setAccessibleName(self.tr("Why you decline"))
        self.reason.setPlaceholderText(self.tr("Why (the sender reads it), then Enter"))
        self.reason.returnPressed.connect(self.decline_current)
        self.reason.hide()
        self.status = QLabel(self)
        self.status.setObjectName("transferInboxStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.decline_button)
        buttons.addWidget(self.reason, 1)
        buttons.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.customer)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.setStyleSheet(
            themed(
                "QFrame#transferInbox { background: #f5f3ff; border: 1px solid #a78bfa;"
                " border-radius: 8px; }"
                "QLabel#transferInboxTitle { font-weight: 600; color: #4c1d95; font-size: 11pt; }"
                "QLabel#transferInboxStatus { color: #991b1b; }"
            )
        )
        self.hide()

        self.timer = QTimer(self)
        self.timer.setInterval(int(max(1.0, poll_seconds) * 1000))
        self.timer.timeout.connect(self.check)
        hub.transfers_changed.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def memory(self) -> InboxMemory:
        current = self.current.id if self.current is not None else None
        status = self._status_said if not self.status.isHidden() else ""
        return InboxMemory(frozenset(self._announced), self._last_beat, current,
                           self.reason.text(), not self.reason.isHidden(), status)  # fmt: skip

    def resume(self, memory: InboxMemory) -> None:
        """Carry on from another window's inbox: no second beep for the same transfer, and
        the decline reason being typed is still there."""
        self._announced |= memory.announced
        self._last_beat = memory.last_beat
        if memory.current_id is not None and (memory.reason or memory.reason_open or memory.status):
            self._carried_reason = (
                memory.current_id, memory.reason, memory.reason_open, memory.status
            )  # fmt: skip

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        if self._busy:
            return
        self._busy = True
        service, customers, user, now = self._service, self._customers, self._user, self.clock()
        beat = self._last_beat is None or now - self._last_beat >= HEARTBEAT
        known = self._card_for

        def work() -> tuple[list[TransferView], CustomerCard | None]:
            if beat:
                service.heartbeat(user, now)
            items = service.inbox(user)
            # The receiver sees who the customer is before accepting: their card, once.
            card = None
            if items and items[0].id != known:
                card = customers.card(items[0].customer_id)
            return items, card

        if beat:
            self._last_beat = now
        run_task(work, self._loaded, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        handle_error(self.window(), self._hub, error)

    def _loaded(self, result: tuple[list[TransferView], CustomerCard | None]) -> None:
        self._busy = False
        items, card = result
        self.waiting = tuple(items)
        if card is not None and items:
            self._card_for = items[0].id
            self._show_card(card)
        if not items:
            self.current = None
            self.hide()
            return
        first = items[0]
        if self.current is None or self.current.id != first.id:
            self.current = first
            self.reason.clear()
            self.reason.hide()
            self.status.hide()
        carried, self._carried_reason = self._carried_reason, None
        if carried is not None and carried[0] == first.id:
            self.reason.setText(carried[1])
            self.reason.setVisible(carried[2])
            if carried[3]:
                self._say(carried[3])
        self._render()
        new = {t.id for t in items} - self._announced
        if new:
            self._announced |= new
            self.alerts += 1
            QApplication.beep()
            self.show()
            announce(self, self.title.text() + "\n" + self.note.text())
        self.show()

    def _show_card(self, card: CustomerCard) -> None:
        """One line of the card: how to reach them, where and when they are, what is open."""
        parts = [self.tr("Account {n}").format(n=card.account_no)]
        if card.phones:
            parts.append(card.phones[0].display)
        parts.append(language_label(card.language, card.country))
        clock = customer_clock(card.time_zone, self.clock())
        if clock is not None:
            parts.append(self.tr("{time} there").format(time=clock.text))
        parts.extend(tag for tag in card.tags)
        if card.open_callbacks:
            promises = len(card.open_callbacks)
            parts.append(
                self.tr("%Ln open promise", "", promises)
                if promises == 1
                else self.tr("%Ln open promises", "", promises)
            )
        if card.handovers:
            parts.append(
                self.tr("passed on %Ln time in this contact", "", card.handovers)
                if card.handovers == 1
                else self.tr("passed on %Ln times in this contact", "", card.handovers)
            )
        self.customer.setText(separator().join(parts))
        self.customer.show()

    def _render(self) -> None:
        t = self.current
        if t is None:
            return
        to = (
            self.tr("you")
            if t.to_user_id == self._user
            else self.tr("queue {q}").format(q=t.to_queue)
        )
        title = self.tr("Transfer for {to}: {customer}").format(to=to, customer=t.customer_name)
        if len(self.waiting) > 1:
            title += " " + self.tr("(+{n} more waiting)").format(n=number(len(self.waiting) - 1))
        self.title.setText(title)
        self.note.setText(handover_text(t))

    def accept_current(self) -> None:
        t = self.current
        if t is None:
            return
        service, user = self._service, self._user
        self.accept_button.setEnabled(False)
        run_task(lambda: service.accept(t.id, user), self._accepted, self._refused, owner=self)

    def _accepted(self, t: TransferView) -> None:
        self.accept_button.setEnabled(True)
        self.current = None
        self.hide()
        self._hub.transfers_changed.emit()
        self._hub.interactions_changed.emit(t.customer_id)
        self.accepted.emit(t)

    def _ask_reason(self) -> None:
        self.reason.show()
        self.reason.setFocus()

    def decline_current(self) -> None:
        t = self.current
        if t is None:
            return
        service, user, why = self._service, self._user, self.reason.text()
        run_task(lambda: service.decline(t.id, user, why), self._declined, self._refused,
                 owner=self)  # fmt: skip

    def _declined(self, t: TransferView) -> None:
        self.current = None
        self.reason.clear()
        self.reason.hide()
        self._hub.transfers_changed.emit()
        self._hub.interactions_changed.emit(t.customer_id)
        self.check()

    def _say(self, said: str) -> None:
        """Show a sentence of the core in place, in the interface language (kept as the core
        said it, so a window rebuilt in another language says it in that one)."""
        self._status_said = said
        self.status.setText(localized(said))
        self.status.show()

    def _refused(self, error: BaseException) -> None:
        self.accept_button.setEnabled(True)
        if isinstance(error, ConflictError | FieldErrors):
            # Someone else was quicker, or the reason is missing: say so kindly, in place.
            self._say(said_of(error))
            if isinstance(error, ConflictError):
                self.current = None
                QTimer.singleShot(4000, self.check)
        else:
            handle_error(self.window(), self._hub, error)
