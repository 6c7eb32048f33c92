"""The sender's side of a warm transfer (``transferStatus``): waiting, accepted, declined.

The state changes live (a notification on PostgreSQL, a poll on SQLite). When nobody
accepts in time, or the receiver declines, the sender is never left with a customer on hold
and no promise: try another colleague or queue, or turn the transfer into a callback owned
by the target queue, carrying the note.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.services.transfers import Target, TransferService, TransferView
from ui.accessibility import announce
from ui.errors import handle_error
from ui.formatting import number, utcnow
from ui.hub import Hub
from ui.i18n import separator
from ui.tasks import run_task
from ui.theme import themed
from ui.transfer_form_dialog import availability_text


@dataclass(frozen=True)
class StatusMemory:
    """The transfer on show, what was already said of it, and the colleague or queue chosen
    to try next (kind, id), for the next window's panel."""

    transfer: TransferView
    said: tuple[int, str, str] | None
    target: tuple[str, int] | None = None


class TransferStatus(QFrame):
    def __init__(
        self,
        service: TransferService,
        hub: Hub,
        user_id: int,
        *,
        poll_seconds: float = 2.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transferStatus")
        self.setAccessibleName(self.tr("Transfer you sent"))
        self._service = service
        self._hub = hub
        self._user = user_id
        self.clock = utcnow
        self.transfer: TransferView | None = None
        self._said: tuple[int, str, str] | None = None
        # The target chosen in the previous window, chosen again once the list is here.
        self._chosen: tuple[str, int] | None = None
        self._busy = False

        self.text = QLabel(self)
        self.text.setObjectName("transferStatusText")
        self.text.setWordWrap(True)
        self.target = QComboBox(self)
        self.target.setObjectName("transferRetryTarget")
        self.target.setAccessibleName(self.tr("Try another colleague or queue"))
        self.retry_button = QPushButton(self.tr("Try there"), self)
        self.retry_button.setObjectName("transferRetry")
        self.retry_button.clicked.connect(self.retry)
        self.callback_button = QPushButton(self.tr("Make it a callback"), self)
        self.callback_button.setObjectName("transferToCallback")
        self.callback_button.setToolTip(
            self.tr("The target queue calls the customer back, with your note")
        )
        self.callback_button.clicked.connect(self.to_callback)
        self.withdraw_button = QPushButton(self.tr("Withdraw"), self)
        self.withdraw_button.setObjectName("transferWithdraw")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("transferStatusClose")
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout()
        for w in (self.target, self.retry_button, self.callback_button, self.withdraw_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.setStyleSheet(
            themed(
                "QFrame#transferStatus { background: #f8fafc; border: 1px solid #94a3b8;"
                " border-radius: 8px; }"
                "QFrame#transferStatus[state='accepted'] { background: #f0fdf4;"
                " border-color: #86efac; }"
                "QFrame#transferStatus[state='stuck'] { background: #fff7ed;"
                " border-color: #fdba74; }"
                "QLabel#transferStatusText { font-weight: 600; }"
            )
        )
        self.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(int(max(1.0, poll_seconds) * 1000))
        self.timer.timeout.connect(self.refresh)
        hub.transfers_changed.connect(self.refresh)

    def track(self, transfer: TransferView) -> None:
        """Follow a transfer this agent just sent."""
        self.transfer = transfer
        self._render()
        self.show()
        self.timer.start()
        service, user = self._service, self._user
        run_task(
            lambda: service.targets(user),
            self._targets,
            lambda e: handle_error(self.window(), self._hub, e),
            owner=self,
        )

    def memory(self) -> StatusMemory | None:
        """The transfer on show, what was already said of it and the target chosen to try
        next (None: nothing on show)."""
        if self.transfer is None or self.isHidden():
            return None
        data = self.target.currentData()
        target = (str(data[0]), int(data[1])) if isinstance(data, tuple) else self._chosen
        return StatusMemory(self.transfer, self._said, target)

    def resume(self, memory: StatusMemory | None) -> None:
        """Follow the transfer another window showed, without saying its news again, with
        the same colleague or queue chosen to try next."""
        if memory is None:
            return
        self._said = memory.said
        self._chosen = memory.target
        self.track(memory.transfer)
        self.refresh()

    def _targets(self, targets: list[Target]) -> None:
        self.target.clear()
        for t in targets:
            if t.kind == "agent" and not t.available:
                continue
            label = t.name if t.kind == "agent" else self.tr("Queue: {q}").format(q=t.name)
            self.target.addItem(f"{label}{separator()}{availability_text(t)}", (t.kind, t.id))
        chosen, self._chosen = self._chosen, None
        for index in range(self.target.count()):
            if chosen is not None and self.target.itemData(index) == chosen:
                self.target.setCurrentIndex(index)

    def refresh(self) -> None:
        t = self.transfer
        if t is None or self._busy:
            if t is None:
                self.timer.stop()
            return
        self._busy = True
        service = self._service
        run_task(lambda: service.get(t.id), self._updated, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        handle_error(self.window(), self._hub, error)

    def _updated(self, t: TransferView) -> None:
        self._busy = False
        self.transfer = t
        self._render()
        if t.state != "offered":
            self.timer.stop()

    def _render(self) -> None:
        t = self.transfer
        if t is None:
            return
        now = self.clock()
        stuck = False
        if t.state == "offered" and t.expired(now):
            text = self.tr("Nobody has accepted your transfer of {c} to {to} yet.").format(
                c=t.customer_name, to=t.target
            ) + " " + self.tr("Try someone else, or promise a callback from {to}.").format(
                to=t.target
            )  # fmt: skip
            stuck = True
        elif t.state == "offered":
            left = max(0, int((t.expires_at - now).total_seconds()))
            text = self.tr("Waiting for {to} to accept {c}… ({s} s)").format(
                to=t.target, c=t.customer_name, s=number(left)
            )
        elif t.state == "accepted":
            text = self.tr("{who} accepted {c}: hand the customer over now.").format(
                who=t.accepted_by, c=t.customer_name
            )
        elif t.state == "declined":
            text = self.tr("{to} declined: {why}").format(to=t.target, why=t.decline_reason)
            stuck = True
        elif t.state == "converted":
            text = self.tr("{c} will be called back by {to}; tell the customer.").format(
                c=t.customer_name, to=t.target
            )
        else:
            text = self.tr("Transfer {state}.").format(state=t.state.replace("_", " "))
        self.text.setText(text)
        state = "accepted" if t.state == "accepted" else ("stuck" if stuck else "waiting")
        # Said once when the answer comes (not at every tick of the countdown).
        if state != "waiting" and (t.id, t.state, state) != self._said:
            self._said = (t.id, t.state, state)
            announce(self, text)
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)
        open_or_stuck = t.state == "offered" or stuck
        self.target.setVisible(stuck)
        self.retry_button.setVisible(stuck)
        self.callback_button.setVisible(open_or_stuck and t.state != "converted")
        self.withdraw_button.setVisible(t.state == "offered")

    def retry(self) -> None:
        t = self.transfer
        data = self.target.currentData()
        if t is None or data is None:
            return
        kind, target_id = data
        service, user = self._service, self._user
        kwargs = {"to_user_id": target_id} if kind == "agent" else {"to_queue_id": target_id}
        key = uuid.uuid4().hex
        run_task(
            lambda: service.retry(t.id, user, key, **kwargs),
            self._resent,
            lambda e: handle_error(self.window(), self._hub, e),
            owner=self,
        )

    def _resent(self, t: TransferView) -> None:
        self._hub.transfers_changed.emit()
        self.track(t)

    def to_callback(self) -> None:
        t = self.transfer
        if t is None:
            return
        service, user = self._service, self._user
        run_task(
            lambda: service.to_callback(t.id, user),
            self._converted,
            lambda e: handle_error(self.window(), self._hub, e),
            owner=self,
        )

    def _converted(self, t: TransferView) -> None:
        self._hub.transfers_changed.emit()
        self._hub.callbacks_changed.emit()
        self._hub.customers_changed.emit(t.customer_id)
        self._updated(t)

    def withdraw(self) -> None:
        t = self.transfer
        if t is None:
            return
        service, user = self._service, self._user
        run_task(lambda: service.withdraw(t.id, user), self._updated,
                 lambda e: handle_error(self.window(), self._hub, e), owner=self)  # fmt: skip
