"""The screen-pop banner: who is calling and why they may be calling, above the customer card.

The reasons are a list of rows derived from what the database knows today: a promise made to
the customer (a "callback promised" outcome, or a note that says something was promised), a
recent transfer with its note, and the last contact. Open callbacks and incidents arrive with
later issues as more ``CallReason`` kinds; the banner shows whatever list it is given and
never invents a reason.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMetaMethod, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console import phones
from console.integrations.pop_listener import PopRequest
from console.services.callbacks import CallbackView
from console.services.customers import TimelineItem
from ui.accessibility import announce
from ui.callback_model import customer_window
from ui.formatting import format_full, format_when, kind_label, outcome_label
from ui.i18n import isolate, separator
from ui.theme import themed

# A transfer older than this is history, not a reason for today's call.
TRANSFER_WINDOW = dt.timedelta(days=14)
# A promise older than this has been kept or broken long ago (callbacks will know exactly).
PROMISE_WINDOW = dt.timedelta(days=30)
# Words that mark a note as holding a promise, in the languages the desk works in.
PROMISE_WORDS = (
    "promise", "обещ", "versproch", "prometi", "promet", "lubas", "lubad", "สัญญา",
    "นัดโทรกลับ", "قول", "قرار تماس",
)  # fmt: skip
PROMISE_OUTCOMES = {"callback promised", "promised"}
# Long notes are cut on the banner; the full text is in the tooltip and the history.
MAX_SUMMARY_CHARS = 240


@dataclass(frozen=True)
class CallReason:
    """One row of "why they may be calling"."""

    kind: str  # "incident" (see show_incidents), "callback", "promise", "transfer", "last_contact"
    title: str
    text: str
    at: dt.datetime | None = None


def _is_promise(item: TimelineItem) -> bool:
    if item.outcome.replace("_", " ").strip().lower() in PROMISE_OUTCOMES:
        return True
    summary = item.summary.casefold()
    return any(word in summary for word in PROMISE_WORDS)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_SUMMARY_CHARS else text[: MAX_SUMMARY_CHARS - 1] + "…"


def _when(item: TimelineItem, zone: dt.tzinfo, now: dt.datetime) -> str:
    return format_when(item.started_at, zone, now)


def call_reasons(
    timeline: Sequence[TimelineItem],
    zone: dt.tzinfo,
    now: dt.datetime,
    open_callbacks: Sequence[CallbackView] = (),
) -> list[CallReason]:
    """Why this caller may be calling, most telling first: open promises (callbacks we owe
    them), then what their latest timeline says."""
    reasons: list[CallReason] = []
    for cb in open_callbacks[:3]:
        who = cb.owner or QCoreApplication.translate("PopBanner", "queue {queue}").format(
            queue=cb.queue
        )
        text = QCoreApplication.translate("PopBanner", "{window}, owned by {who}").format(
            window=isolate(customer_window(cb)), who=isolate(who)
        )
        if cb.note:
            text += ": " + _clip(cb.note)
        title = (
            QCoreApplication.translate("PopBanner", "Callback overdue")
            if cb.is_overdue(now)
            else QCoreApplication.translate("PopBanner", "Callback promised")
        )
        reasons.append(CallReason("callback", title, text, cb.window_start))
    if not timeline:
        return reasons
    items = sorted(timeline, key=lambda i: (i.started_at, i.id), reverse=True)
    last = items[0]

    promise = next(
        (i for i in items if now - i.started_at <= PROMISE_WINDOW and _is_promise(i)), None
    )
    if promise is not None and promise is not last and not open_callbacks:
        reasons.append(
            CallReason(
                "promise",
                QCoreApplication.translate("PopBanner", "Promise made"),
                QCoreApplication.translate("PopBanner", "{when} by {agent}: {summary}").format(
                    when=_when(promise, zone, now),
                    agent=isolate(
                        promise.agent or QCoreApplication.translate("PopBanner", "an agent")
                    ),
                    summary=isolate(_clip(promise.summary)),
                ),
                promise.started_at,
            )
        )
    transfer = next(
        (i for i in items if i.kind == "transfer" and now - i.started_at <= TRANSFER_WINDOW), None
    )
    if transfer is not None and transfer is not last:
        reasons.append(
            CallReason(
                "transfer",
                QCoreApplication.translate("PopBanner", "Recent transfer"),
                QCoreApplication.translate("PopBanner", "{when}: {summary}").format(
                    when=_when(transfer, zone, now), summary=_clip(transfer.summary)
                ),
                transfer.started_at,
            )
        )

    parts = [_when(last, zone, now), kind_label(last.kind)]
    if last.outcome:
        parts.append(outcome_label(last.outcome))
    if last.agent:
        parts.append(QCoreApplication.translate("PopBanner", "by {agent}").format(agent=last.agent))
    text = separator().join(parts)
    if last.summary:
        text += "\n" + _clip(last.summary)
    title = QCoreApplication.translate("PopBanner", "Last contact")
    if _is_promise(last) and now - last.started_at <= PROMISE_WINDOW:
        title = QCoreApplication.translate("PopBanner", "Last contact (a promise)")
    reasons.append(CallReason("last_contact", title, text, last.started_at))
    return reasons


# A slash between letters ("Europe/Moscow", "and/or") joined to what follows: word wrap
# would otherwise break a time zone after its "/".
_SLASH = re.compile(r"(?<=\w)/(?=\w)")


def _unbroken(text: str) -> str:
    return _SLASH.sub("/\u2060", text)


def _refresh_style(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


# The banner carries its own look: it is one self-contained piece of the window.
_STYLE = """
QFrame#popBanner {
    background: #eff6ff;
    border: 1px solid #93c5fd;
    border-radius: 8px;
}
QFrame#popBanner[state="new"] {
    background: #fffbeb;
    border: 1px solid #fcd34d;
}
QLabel#popTitle {
    font-size: 12pt;
    font-weight: 600;
    color: #0f172a;
}
QLabel#popCallInfo, QLabel#popHeading {
    color: #475569;
}
QLabel#popHeading {
    font-weight: 600;
}
QLabel#popReasonTitle {
    color: #1e3a8a;
    font-weight: 600;
}
QLabel#popReasonTitle[kind="promise"], QLabel#popReasonTitle[kind="callback"] {
    color: #9a3412;
}
QLabel#popReasonTitle[kind="incident"] {
    color: #b91c1c;
}
QLabel#popReasonText, QLabel#popMessage {
    color: #0f172a;
}
QToolButton#popClose {
    border: none;
    padding: 2px 6px;
    color: #475569;
    font-size: 12pt;
}
QToolButton#popClose:hover {
    background: #dbeafe;
    border-radius: 4px;
}
"""


class PopBanner(QFrame):
    """Shown on a screen-pop; Esc or the close button dismisses it."""

    dismissed = Signal()
    # The new-caller action: the number as the caller's system gave it.
    create_customer_requested = Signal(str)
    # The several-matches state: open the chooser again.
    choose_requested = Signal()

    def __init__(self, agent_zone: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("popBanner")
        self.setAccessibleName(self.tr("Why they may be calling"))
        self.setStyleSheet(themed(_STYLE))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._agent_zone = agent_zone
        self._request: PopRequest | None = None
        self.reasons: list[CallReason] = []
        self.state = ""

        self.title = QLabel(self)
        self.title.setObjectName("popTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.call_info = QLabel(self)
        self.call_info.setObjectName("popCallInfo")
        self.call_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("popClose")
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss the call banner"))
        self.close_button.setToolTip(self.tr("Dismiss (Esc)"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button.clicked.connect(self.dismiss)

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.title)
        top.addWidget(self.call_info, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

        self.heading = QLabel(self.tr("Why they may be calling"), self)
        self.heading.setObjectName("popHeading")
        self.message = QLabel(self)
        self.message.setObjectName("popMessage")
        self.message.setWordWrap(True)
        self._reasons_box = QWidget(self)
        self._reasons_grid = QGridLayout(self._reasons_box)
        self._reasons_grid.setContentsMargins(0, 0, 0, 0)
        self._reasons_grid.setHorizontalSpacing(14)
        self._reasons_grid.setVerticalSpacing(6)
        self._reasons_grid.setColumnStretch(1, 1)

        self.action_button = QPushButton(self)
        self.action_button.setObjectName("popAction")
        self.action_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.action_button.setAutoDefault(False)
        self.action_button.clicked.connect(self._act)
        actions = QHBoxLayout()
        actions.addWidget(self.action_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self._reasons_box)
        layout.addLayout(actions)

        # Only while the banner is on screen; the agent's typing keeps its focus.
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape.activated.connect(self.dismiss)
        self.hide()

    # ---- public --------------------------------------------------------------------------

    @property
    def request(self) -> PopRequest | None:
        return self._request

    def show_looking_up(self, request: PopRequest) -> None:
        self._begin(request, "looking")
        self.title.setText(self.tr("Incoming call {number}").format(number=_number(request)))
        self.message.setText(self.tr("Looking up the caller…"))
        self._finish()

    def show_customer(self, request: PopRequest, name: str, reasons: Sequence[CallReason]) -> None:
        self._begin(request, "customer")
        self.title.setText(name)
        self.reasons = list(reasons)
        if reasons:
            self.heading.show()
            self._fill_reasons(reasons)
        else:
            self.message.setText(self.tr("No earlier contact on file."))
        self._finish()

    def show_new_caller(self, request: PopRequest) -> None:
        self._begin(request, "new")
        self.title.setText(self.tr("New caller"))
        typed = request.phone
        number = phones.display(request.e164)
        if typed.replace(" ", "") != number.replace(" ", ""):
            text = self.tr("No customer has the number {number} (given as “{typed}”).")
        else:
            text = self.tr("No customer has the number {number}.")
        self.message.setText(text.format(number=number, typed=typed))
        if self._has_receivers(self.create_customer_requested):
            self.action_button.setText(self.tr("&Create customer…"))
            self.action_button.setAccessibleName(self.tr("Create a customer with this number"))
            self.action_button.show()
        self._finish()

    def show_several(self, request: PopRequest, count: int) -> None:
        self._begin(request, "several")
        self.title.setText(self.tr("Incoming call {number}").format(number=_number(request)))
        self.message.setText(
            self.tr("%Ln customers share this number: choose who is calling.", "", count)
        )
        self.action_button.setText(self.tr("C&hoose the caller…"))
        self.action_button.setAccessibleName(self.tr("Choose the caller"))
        self.action_button.show()
        self._finish()

    def dismiss(self) -> None:
        if self.isVisible():
            self.hide()
            self.dismissed.emit()

    def reason_rows(self) -> list[tuple[str, str]]:
        """(title, text) of each reason on screen, top to bottom (tests, accessibility)."""
        return [(r.title, r.text) for r in self.reasons]

    def show_incidents(self, names: Sequence[str]) -> None:
        """The caller is affected by these open disruptions: said first, above the rest."""
        if self.state != "customer":
            return
        others = [r for r in self.reasons if r.kind != "incident"]
        hint = self.tr("affected: tell them the current facts (the banner at the top)")
        marks = [
            CallReason("incident", self.tr("Disruption"), f"{name} — {hint}") for name in names
        ]
        if marks + others == self.reasons:
            return
        self.reasons = marks + others
        self._clear_reasons()
        self._fill_reasons(self.reasons)
        self.heading.setVisible(bool(self.reasons))
        self._finish()

    # ---- building ------------------------------------------------------------------------

    def _begin(self, request: PopRequest, state: str) -> None:
        self._request = request
        self.state = state
        self.setProperty("state", state)
        _refresh_style(self)
        self.reasons = []
        self._clear_reasons()
        self.heading.hide()
        self.message.clear()
        self.action_button.hide()
        info = []
        if state == "customer":
            info.append(_number(request))
        if request.call_id:
            info.append(self.tr("Call ID {id}").format(id=request.call_id))
        if request.queue:
            info.append(self.tr("Queue {queue}").format(queue=request.queue))
        self.call_info.setText(separator().join(info))

    def _finish(self) -> None:
        self.message.setVisible(bool(self.message.text()))
        self._reasons_box.setVisible(bool(self.reasons))
        description = [self.title.text(), self.call_info.text(), self.message.text()]
        description += [f"{r.title}: {r.text}" for r in self.reasons]
        self.setAccessibleDescription("\n".join(t for t in description if t))
        self.show()
        # Screen readers announce the banner without it taking the keyboard focus.
        announce(self, self.accessibleDescription())

    def _clear_reasons(self) -> None:
        while self._reasons_grid.count():
            item = self._reasons_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _fill_reasons(self, reasons: Sequence[CallReason]) -> None:
        for row, reason in enumerate(reasons):
            title = QLabel(reason.title, self._reasons_box)
            title.setObjectName("popReasonTitle")
            title.setProperty("kind", reason.kind)
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            text = QLabel(_unbroken(reason.text), self._reasons_box)
            text.setObjectName("popReasonText")
            text.setProperty("kind", reason.kind)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setAccessibleName(reason.title)
            if reason.at is not None:
                text.setToolTip(format_full(reason.at, self._agent_zone))
            title.setBuddy(text)
            self._reasons_grid.addWidget(title, row, 0)
            self._reasons_grid.addWidget(text, row, 1)

    def _act(self) -> None:
        if self._request is None:
            return
        if self.state == "new":
            self.create_customer_requested.emit(self._request.phone)
        elif self.state == "several":
            self.choose_requested.emit()

    def _has_receivers(self, signal: object) -> bool:
        method = QMetaMethod.fromSignal(signal)  # type: ignore[call-overload]
        return bool(self.isSignalConnected(method))


def _number(request: PopRequest) -> str:
    return phones.display(request.e164)
