"""Hand the customer to a colleague or a queue with everything they need to know.

Scenario 1 (SCENARIOS.md): Mrs. Petrova has explained her refund three times. A warm transfer
carries a structured note (why, the issue, what was tried, what was promised, identity,
mood), so whoever accepts never asks her to start again. Which fields are required is the
target queue's setting: the form asks the service (off the GUI thread) whenever the target
changes, marks those labels and says what is still missing. A customer already passed on
twice in this contact needs a reason for a third handover, which a supervisor reads.

What the agent types is kept as a local draft (``console.drafts``) as they type, exactly like
the note composer: closing the dialog, a refusal or a crash never costs them the note. One
request key is made when the form opens (and kept in the draft), so a send retried after a
lost connection can never make a second transfer.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QHideEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.drafts import Draft, DraftStore, database_id
from console.errors import DatabaseUnavailableError, FieldErrors, UserFacingError
from console.services.callbacks import CallbackView
from console.services.customers import CustomerCard
from console.services.transfers import (
    DEFAULT_REQUIRED,
    MOODS,
    NOTE_FIELDS,
    REASONS,
    Target,
    TransferNote,
    TransferService,
    TransferView,
)
from ui.accessibility import name_clear_button
from ui.context import ConsoleContext
from ui.errors import handle_error
from ui.form_support import fit_wrapped, save_draft
from ui.formatting import humanize, number
from ui.hub import Hub
from ui.tasks import LatestOnly, run_task
from ui.theme import themed
from ui.transfer_inbox import choice_label

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 300
# Who is signed in changes while the agent types: the list follows (the heartbeat is 30 s).
TARGETS_REFRESH_MS = 30_000
SEND_SHORTCUTS = ("Ctrl+Return", "Ctrl+Enter")
ISSUE_MAX = 300
BOUNCE_MAX = 500
# From this many handovers in one contact, another one needs a reason (the service's rule).
BOUNCE_FROM = 2
DEFAULT_SIZE = (600, 620)
# What a draft holds, besides the note fields.
TARGET = "target"
# "Still needed" when the colleague chosen has signed out since.
AVAILABLE = "target_available"
BOUNCE = "bounce_reason"
CALLBACK = "callback_id"
_TEXT_EDITS = ("tried", "promised", "notes")
_LINE_EDITS = ("issue", BOUNCE)
_QUEUE_COUNT = re.compile(r"^(\d+) signed in$")


def availability_text(target: Target) -> str:
    """Whether a colleague or a queue can take a transfer now, in the interface language (the
    core says it in English: "available", "off shift", "3 signed in")."""
    if target.kind == "queue":
        match = _QUEUE_COUNT.match(target.availability)
        if match is None:
            return target.availability
        count = int(match.group(1))
        if count == 0:
            return QCoreApplication.translate("TransferFormDialog", "nobody signed in")
        return QCoreApplication.translate("TransferFormDialog", "{n} signed in").format(
            n=number(count)
        )
    return {
        "available": QCoreApplication.translate("TransferFormDialog", "available"),
        "not signed in": QCoreApplication.translate("TransferFormDialog", "not signed in"),
        "off shift": QCoreApplication.translate("TransferFormDialog", "off shift"),
    }.get(target.availability, target.availability)


_TRUE = {"1", "true", "yes", "y", "on", "verified", "checked", "x"}

_BANNER_STYLE = {
    "error": "#transferBanner { background: #fef3f2; color: #7a271a; border: 1px solid #fda29b;"
    " border-radius: 6px; padding: 8px 10px; }",
    "info": "#transferBanner { background: #f5f8ff; color: #1d2939; border: 1px solid #b2ccff;"
    " border-radius: 6px; padding: 8px 10px; }",
}
_NEEDED_STYLE = {
    "missing": "color: #b04508;",
    "ready": "color: #067647;",
    "wait": "color: #5e677b;",
}


def draft_key(database: str, customer_id: int) -> str:
    """The key of the transfer note being written for one customer in one database."""
    return f"transfer:{database_id(database)}:{customer_id}"


def target_key(kind: str, target_id: int) -> str:
    """ "queue:2", "agent:3": one string per target (combo data, and what a draft keeps)."""
    return f"{kind}:{target_id}"


def _split_target(key: str) -> tuple[str, int]:
    kind, _, number = key.partition(":")
    return kind, int(number)


class TransferFormDialog(QDialog):
    # The transfer as stored (a TransferView), once the service accepted it.
    sent = Signal(object)
    # After the customer, the targets, the handovers and any draft are in the form.
    loaded = Signal()
    # After the service said which fields the chosen target requires.
    requirements_changed = Signal()
    # The draft key, after a draft write finished.
    draft_written = Signal(str)
    # The agent took the nudge: nobody would answer there, promise a callback instead
    # (the customer id; the window opens its callback form).
    callback_instead = Signal(int)

    def __init__(
        self,
        context: ConsoleContext,
        customer_id: int,
        parent: QWidget | None = None,
        *,
        hub: Hub | None = None,
        drafts: DraftStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transferForm")
        self.setWindowTitle(self.tr("Warm transfer"))
        self.setAccessibleName(self.windowTitle())
        self._context = context
        self._service = TransferService(context.db)
        self._customer_id = customer_id
        self._hub = hub
        self._drafts = drafts if drafts is not None else DraftStore()
        self._draft_key = draft_key(context.db.display, customer_id)
        # One key for every attempt of this send: a retry never makes a second transfer.
        self._request_key = uuid.uuid4().hex
        self._latest = LatestOnly(self)
        self._revisions = itertools.count(1)
        self._customer_name = ""
        self._targets: dict[str, Target] = {}
        self._target: str | None = None
        self._required: tuple[str, ...] | None = None
        self._handovers = 0
        self._callback_id: int | None = None
        self._callbacks: dict[int, CallbackView] = {}
        self._ready = False
        self._unavailable = False  # the customer or the targets could not be loaded
        self._sending = False
        self._sent = False
        self._updating = False  # fields set by the form itself, not by the agent
        self._dirty = False

        self._field_names = {
            TARGET: self.tr("a colleague or queue"),
            AVAILABLE: self.tr("a colleague who is signed in, or a queue"),
            "reason": self.tr("reason"),
            "issue": self.tr("the customer's issue"),
            "tried": self.tr("what was already tried"),
            "promised": self.tr("what was promised"),
            "identity_verified": self.tr("identity verified"),
            "mood": self.tr("the customer's mood"),
            "notes": self.tr("notes"),
            BOUNCE: self.tr("why another handover is needed"),
        }
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_height)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._targets_timer = QTimer(self)
        self._targets_timer.setInterval(TARGETS_REFRESH_MS)
        self._targets_timer.timeout.connect(self._reload_targets)

        self._build()
        self._connect()
        self.resize(*DEFAULT_SIZE)
        self.inputs.setEnabled(False)
        self._refresh()
        self._load()

    # ---- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.customer_name = QLabel(self.tr("Opening the customer…"), self)
        self.customer_name.setObjectName("transferCustomerName")
        self.customer_name.setAccessibleName(self.tr("Customer"))
        self.customer_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name_font = QFont(self.customer_name.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.25)
        name_font.setBold(True)
        self.customer_name.setFont(name_font)
        # A Persian name stays where a Latin one would be: the form is left to right.
        align = Qt.AlignmentFlag
        self.customer_name.setAlignment(align.AlignLeft | align.AlignAbsolute | align.AlignVCenter)
        self.subtitle = QLabel(
            self.tr(
                "Your colleague reads this before accepting: the customer should not have to "
                "explain anything again."
            ),
            self,
        )
        self.subtitle.setObjectName("transferSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet(themed("color: #475467;"))

        self.banner = QLabel(self)
        self.banner.setObjectName("transferBanner")
        self.banner.setAccessibleName(self.tr("Transfer status"))
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()

        self.target = QComboBox(self)
        self.target.setObjectName("transferTarget")
        self.target.setAccessibleName(self.tr("Transfer to"))
        self.target.setToolTip(
            self.tr("Type part of a name or a queue; colleagues who are not signed in are greyed")
        )
        # Editable: type-ahead finds any part of a name ("refu"), not only its start.
        self.target_search = QLineEdit(self.target)
        self.target.setLineEdit(self.target_search)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.target.setMaxVisibleItems(16)
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target.setMinimumContentsLength(24)
        self.target.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.target_search.setObjectName("transferTargetSearch")
        self.target_search.setAccessibleName(self.tr("Search colleagues and queues"))
        self.target_search.setPlaceholderText(self.tr("Type a colleague's name or a queue…"))
        completer = QCompleter(self.target.model(), self.target)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.target.setCompleter(completer)

        self.reason = QComboBox(self)
        self.reason.setObjectName("transferReason")
        self.reason.setAccessibleName(self.tr("Reason for the transfer"))
        self.reason.addItem("—", "")
        for value in REASONS:
            self.reason.addItem(choice_label(value), value)

        self.issue = QLineEdit(self)
        self.issue.setObjectName("transferIssue")
        self.issue.setAccessibleName(self.tr("The customer's issue"))
        self.issue.setPlaceholderText(self.tr("One sentence: what the customer needs"))
        self.issue.setMaxLength(ISSUE_MAX)
        name_clear_button(self.issue)

        self.tried = self._text_edit(
            "transferTried", self.tr("What was already tried"),
            self.tr("Checks made, steps taken, who was asked"),
        )  # fmt: skip
        self.promised = self._text_edit(
            "transferPromised", self.tr("What was promised"),
            self.tr("What the customer was told will happen, and by when"),
        )  # fmt: skip
        self.promise_link = QComboBox(self)
        self.promise_link.setObjectName("transferPromiseLink")
        self.promise_link.setAccessibleName(self.tr("Link an open promise"))
        self.promise_link.setToolTip(self.tr("Link one of the customer's open callbacks"))
        self.promise_link.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.promise_link.setMinimumContentsLength(16)
        self.promise_link.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.promise_link.addItem(self.tr("None"), None)
        # A queue with nobody signed in: the customer would wait on hold for no one.
        self.queue_nudge = QLabel(self)
        self.queue_nudge.setObjectName("transferQueueNudge")
        self.queue_nudge.setAccessibleName(self.tr("Nobody signed in there"))
        self.queue_nudge.setWordWrap(True)
        self.queue_nudge.setStyleSheet(themed("color: #7a2e0e;"))
        self.callback_instead_button = QPushButton(self.tr("Make it a &callback"), self)
        self.callback_instead_button.setObjectName("transferMakeCallback")
        self.callback_instead_button.setAccessibleName(self.tr("Make it a callback"))
        self.callback_instead_button.setAutoDefault(False)
        self.callback_instead_button.setToolTip(
            self.tr("Close this form (your note is kept) and promise the customer a callback")
        )
        self.callback_instead_button.clicked.connect(self._make_it_a_callback)
        self.queue_nudge.hide()
        self.callback_instead_button.hide()

        self.identity = QCheckBox(self.tr("Verified: the customer passed the identity check"), self)
        self.identity.setObjectName("transferIdentity")
        self.identity.setAccessibleName(self.tr("Identity verified"))

        self.mood = QComboBox(self)
        self.mood.setObjectName("transferMood")
        self.mood.setAccessibleName(self.tr("The customer's mood"))
        self.mood.addItem("—", "")
        for value in MOODS:
            self.mood.addItem(choice_label(value), value)

        self.notes = self._text_edit(
            "transferNotes", self.tr("Notes"), self.tr("Anything else the colleague should know")
        )

        # Passed on twice already in this contact: a third handover needs a reason.
        self.bounce_box = QFrame(self)
        self.bounce_box.setObjectName("transferBounce")
        self.bounce_box.setStyleSheet(
            themed(
                "#transferBounce { background: #fffaeb; border: 1px solid #fec84b;"
                " border-radius: 6px; } #transferBounceText { color: #7a2e0e; }"
            )
        )
        self.bounce_explanation = QLabel(self.bounce_box)
        self.bounce_explanation.setObjectName("transferBounceText")
        self.bounce_explanation.setAccessibleName(self.tr("Handovers in this contact"))
        self.bounce_explanation.setWordWrap(True)
        self.bounce_reason = QLineEdit(self.bounce_box)
        self.bounce_reason.setObjectName("transferBounceReason")
        self.bounce_reason.setAccessibleName(self.tr("Why another handover?"))
        self.bounce_reason.setPlaceholderText(self.tr("Your supervisor reads this"))
        self.bounce_reason.setMaxLength(BOUNCE_MAX)

        self.field_errors: dict[str, QLabel] = {}
        for key in (TARGET, *NOTE_FIELDS, BOUNCE):
            label = QLabel(self)
            label.setObjectName(f"transferError_{key}")
            problem = self.tr("Problem with {field}").format(field=self._field_names[key])
            label.setAccessibleName(problem)
            label.setWordWrap(True)
            label.setStyleSheet(themed("color: #b42318;"))
            label.hide()
            self.field_errors[key] = label

        self.still_needed = QLabel(self)
        self.still_needed.setObjectName("transferStillNeeded")
        self.still_needed.setAccessibleName(self.tr("What is still needed"))
        self.still_needed.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setObjectName("transferSend")
        self.send_button.setText(self.tr("&Send"))
        self.send_button.setAccessibleName(self.tr("Send the transfer"))
        self.send_button.setToolTip(self.tr("Send the transfer (Ctrl+Enter)"))
        # Enter in a one-line field must not send half a note: Ctrl+Enter does.
        self.send_button.setAutoDefault(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("transferCancel")
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close; what you typed is kept as a draft (Esc)"))
        self.cancel_button.setAutoDefault(False)
        for keys in SEND_SHORTCUTS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.send)

        # ---- layout ----
        self.labels: dict[str, QLabel] = {}
        self._label_texts = {
            TARGET: self.tr("Tar&get"),
            "reason": self.tr("&Reason"),
            "issue": self.tr("&Issue"),
            "tried": self.tr("What was &tried"),
            "promised": self.tr("What was &promised"),
            "identity_verified": self.tr("I&dentity"),
            "mood": self.tr("&Mood"),
            "notes": self.tr("&Notes"),
            BOUNCE: self.tr("&Why another handover?"),
        }
        buddies: dict[str, QWidget] = {
            TARGET: self.target, "reason": self.reason, "issue": self.issue,
            "tried": self.tried, "promised": self.promised, "identity_verified": self.identity,
            "mood": self.mood, "notes": self.notes, BOUNCE: self.bounce_reason,
        }  # fmt: skip
        for key, buddy in buddies.items():
            label = QLabel(self._label_texts[key], self)
            label.setObjectName(f"transferLabel_{key}")
            label.setBuddy(buddy)
            self.labels[key] = label

        self.promise_link_label = QLabel(self.tr("&Link an open promise:"), self)
        self.promise_link_label.setObjectName("transferPromiseLinkLabel")
        self.promise_link_label.setBuddy(self.promise_link)
        link_row = QHBoxLayout()
        link_row.setSpacing(6)
        link_row.addWidget(self.promise_link_label)
        link_row.addWidget(self.promise_link, 1)
        promised_block = self._with_error(self.promised, "promised")
        promised_block.insertLayout(1, link_row)

        bounce_row = QHBoxLayout()
        bounce_row.setSpacing(8)
        bounce_row.addWidget(self.labels[BOUNCE])
        bounce_row.addWidget(self.bounce_reason, 1)
        bounce_layout = QVBoxLayout(self.bounce_box)
        bounce_layout.setContentsMargins(10, 8, 10, 8)
        bounce_layout.setSpacing(6)
        bounce_layout.addWidget(self.bounce_explanation)
        bounce_layout.addLayout(bounce_row)
        bounce_layout.addWidget(self.field_errors[BOUNCE])

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        for key in (TARGET, "reason", "issue", "tried"):
            holder = self._with_error(buddies[key], key)
            if key == TARGET:
                nudge = QHBoxLayout()
                nudge.setSpacing(8)
                nudge.addWidget(self.queue_nudge, 1)
                nudge.addWidget(self.callback_instead_button, 0, Qt.AlignmentFlag.AlignTop)
                holder.addLayout(nudge)
            form.addRow(self.labels[key], holder)
        form.addRow(self.labels["promised"], promised_block)
        for key in ("identity_verified", "mood", "notes"):
            form.addRow(self.labels[key], self._with_error(buddies[key], key))
        form.addRow(self.bounce_box)
        self._form = form
        self._bounce_row = form.rowCount() - 1
        form.setRowVisible(self._bounce_row, False)

        self.inputs = QWidget(self)
        self.inputs.setObjectName("transferInputs")
        self.inputs.setLayout(form)  # reparents the fields into the container

        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.customer_name)
        header.addWidget(self.subtitle)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        footer = QHBoxLayout()
        footer.setSpacing(12)
        footer.addWidget(self.still_needed, 1)
        footer.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(line)
        layout.addWidget(self.inputs, 1)
        layout.addLayout(footer)

        chain = (self.target, self.reason, self.issue, self.tried, self.promised,
                 self.promise_link, self.identity, self.mood, self.notes, self.bounce_reason,
                 self.send_button, self.cancel_button)  # fmt: skip
        for first, after in itertools.pairwise(chain):
            QWidget.setTabOrder(first, after)

    def _text_edit(self, name: str, accessible: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleDescription(placeholder)
        edit.setTabChangesFocus(True)
        lines = edit.fontMetrics().lineSpacing()
        margins = int(edit.document().documentMargin() * 2) + 2 * edit.frameWidth()
        edit.setMinimumHeight(lines * 2 + margins)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return edit

    def _with_error(self, field: QWidget, key: str) -> QVBoxLayout:
        holder = QVBoxLayout()
        holder.setSpacing(3)
        policy = QSizePolicy.Policy
        if field.sizePolicy().horizontalPolicy() in (policy.Expanding, policy.MinimumExpanding):
            holder.addWidget(field)
        else:
            # A short combo keeps its size; its error line below may use the whole width.
            holder.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
        holder.addWidget(self.field_errors[key])
        return holder

    def _availability(self, target: Target) -> str:
        return availability_text(target)

    def _target_label(self, target: Target) -> str:
        if target.kind == "queue":
            return self.tr("Queue: {name} · {availability}").format(
                name=target.name, availability=self._availability(target)
            )
        return self.tr("{name} · {availability}").format(
            name=target.name, availability=self._availability(target)
        )

    def _connect(self) -> None:
        self.target.currentIndexChanged.connect(self._target_chosen)
        self.target_search.editingFinished.connect(self._target_typed)
        for combo in (self.reason, self.mood):
            combo.currentIndexChanged.connect(self._edited)
        for line_edit in (self.issue, self.bounce_reason):
            line_edit.textChanged.connect(self._edited)
        for text_edit in (self.tried, self.promised, self.notes):
            text_edit.textChanged.connect(self._edited)
        self.identity.toggled.connect(self._edited)
        self.promise_link.currentIndexChanged.connect(self._promise_linked)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)

    # ---- public --------------------------------------------------------------------------

    @property
    def customer_id(self) -> int:
        return self._customer_id

    @property
    def request_key(self) -> str:
        """The idempotency key every attempt of this send carries."""
        return self._request_key

    @property
    def draft_key(self) -> str:
        return self._draft_key

    @property
    def required(self) -> tuple[str, ...] | None:
        """The note fields the chosen target requires (None until the service said)."""
        return self._required

    @property
    def bounce_needed(self) -> bool:
        return self._handovers >= BOUNCE_FROM

    @property
    def handovers(self) -> int:
        return self._handovers

    @property
    def ready(self) -> bool:
        """The customer, the targets and any draft are in the form."""
        return self._ready

    @property
    def sending(self) -> bool:
        return self._sending

    @property
    def target_key(self) -> str | None:
        """ "queue:2" or "agent:3" for the chosen target, None before one is chosen."""
        return self._target

    def select_target(self, kind: str, target_id: int) -> bool:
        """Choose a colleague or queue as the agent would; False if it is not offered."""
        index = self.target.findData(target_key(kind, target_id))
        item = self._target_item(index)
        if item is None or not item.isEnabled():
            return False
        self.target.setCurrentIndex(index)
        return True

    def missing(self) -> list[str]:
        """Keys of what must still be filled in before the transfer can be sent."""
        target = self._targets.get(self._target) if self._target is not None else None
        missing = [] if target is not None and target.available else [TARGET]
        if target is not None and not target.available:
            missing = [AVAILABLE]
        for key in self._required or ():
            if not self._has(key):
                missing.append(key)
        if self.bounce_needed and not self.bounce_reason.text().strip():
            missing.append(BOUNCE)
        return missing

    def note(self) -> TransferNote:
        """The note as it would be sent now."""
        return TransferNote(
            reason=str(self.reason.currentData() or ""),
            issue=self.issue.text().strip(),
            tried=self.tried.toPlainText().strip(),
            promised=self.promised.toPlainText().strip(),
            callback_id=self._callback_id,
            identity_verified=self.identity.isChecked(),
            mood=str(self.mood.currentData() or ""),
            notes=self.notes.toPlainText().strip(),
        )

    def fill(self, note: Mapping[str, str]) -> list[str]:
        """Set fields from a dict (note field → text), as a script fills the form.

        Keys are the note fields (``reason``, ``issue``, ``tried``, ``promised``,
        ``identity_verified``, ``mood``, ``notes``) plus ``bounce_reason`` and
        ``callback_id``. Text replaces a field's content as one undoable edit, so Ctrl+Z
        gives back whatever the agent had typed there. Returns the keys that could not be
        applied (an unknown field, or a reason, mood or callback that is not offered).
        """
        skipped: list[str] = []
        for key, raw in note.items():
            value = "" if raw is None else str(raw)
            if key in _LINE_EDITS:
                self._replace_line(self.issue if key == "issue" else self.bounce_reason, value)
            elif key in _TEXT_EDITS:
                self._replace_text(self._text_widget(key), value)
            elif key in ("reason", "mood"):
                combo = self.reason if key == "reason" else self.mood
                index = self._choice_index(combo, value)
                if index < 0:
                    skipped.append(key)
                else:
                    combo.setCurrentIndex(index)
            elif key == "identity_verified":
                self.identity.setChecked(value.strip().casefold() in _TRUE)
            elif key == CALLBACK:
                index = self.promise_link.findData(int(value)) if value.isdigit() else -1
                if index < 0:
                    skipped.append(key)
                else:
                    self.promise_link.setCurrentIndex(index)
            else:
                skipped.append(key)
        return skipped

    def send(self) -> None:
        """Offer the transfer (off the GUI thread); the dialog closes once it is stored."""
        if not self.send_button.isEnabled() or self._sending or self._target is None:
            return
        kind, target_id = _split_target(self._target)
        to_user = target_id if kind == "agent" else None
        to_queue = target_id if kind == "queue" else None
        note, bounce = self.note(), self.bounce_reason.text().strip()
        service, key, customer_id = self._service, self._request_key, self._customer_id
        actor = self._context.user.id
        if self._dirty:
            self.save_draft()  # a crash while sending must not lose the note either
        self._sending = True
        self._clear_errors()
        if self.banner.property("kind") in ("error", "fields"):
            self._show_banner("")
        self.inputs.setEnabled(False)
        self.send_button.setText(self.tr("Sending…"))
        self._refresh()
        run_task(
            lambda: service.send(key, customer_id, actor, note, to_user_id=to_user,
                                 to_queue_id=to_queue, bounce_reason=bounce),
            self._sent_ok,
            self._send_failed,
            owner=self,
        )  # fmt: skip

    def save_draft(self, *, wait: bool = False) -> None:
        """Keep everything typed as this customer's transfer draft (an empty form removes it)."""
        self._draft_timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        key, drafts, revision = self._draft_key, self._drafts, next(self._revisions)
        values = self._values()
        text = json.dumps(values, ensure_ascii=False) if any(values.values()) else ""
        meta = {"customer_id": self._customer_id, "user_id": self._context.user.id,
                "database": self._context.db.display, "request_key": self._request_key,
                "kind": "transfer"}  # fmt: skip
        save_draft(self, drafts, key, text, meta, revision, wait=wait,
                   on_written=self.draft_written.emit, on_failed=self._draft_failed)  # fmt: skip

    def done(self, result: int) -> None:
        self._targets_timer.stop()
        self._keep_draft()
        self._latest.cancel()
        super().done(result)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The button box makes Send the default button when shown: Enter in a one-line field
        # would then send half a note. Ctrl+Enter sends.
        self.send_button.setDefault(False)

    def hideEvent(self, event: QHideEvent) -> None:
        # Also when the window under the dialog goes away without closing it first.
        self._keep_draft()
        super().hideEvent(event)

    def _keep_draft(self) -> None:
        if self._dirty and not self._sent:
            self.save_draft(wait=True)
        self._draft_timer.stop()

    # ---- loading -------------------------------------------------------------------------

    def _load(self) -> None:
        customers, service, drafts = self._context.customers, self._service, self._drafts
        customer_id, key, actor = self._customer_id, self._draft_key, self._context.user.id

        def work() -> tuple[CustomerCard, list[Target], int, Draft | None]:
            card = customers.card(customer_id)
            return card, service.targets(actor), service.handovers(customer_id), drafts.load(key)

        run_task(work, self._loaded, self._load_failed, owner=self)

    def _loaded(self, result: tuple[CustomerCard, list[Target], int, Draft | None]) -> None:
        card, targets, handovers, draft = result
        if self._hub is not None:
            self._hub.report_online()
        self._customer_name = card.full_name
        self.customer_name.setText(card.full_name)
        self.setWindowTitle(self.tr("Warm transfer: {name}").format(name=card.full_name))
        self.setAccessibleName(self.windowTitle())
        self._fill_targets(targets)
        self._fill_callbacks(card.open_callbacks)
        self._set_handovers(handovers)
        if draft is not None:
            self._restore(draft)
        if self._callback_id is None and len(card.open_callbacks) == 1:
            self._link_only_promise(card.open_callbacks[0])
        self._ready = True
        self._targets_timer.start()
        self.inputs.setEnabled(True)
        first = self.target if self._target is None else self._first_missing_widget()
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._refresh()
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.customer_name.setText(self.tr("Customer not available"))
        self._unavailable = True
        if isinstance(error, DatabaseUnavailableError):
            handle_error(self, self._hub, error)
            self._show_banner(
                self.tr(
                    "The database cannot be reached, so the form cannot open this customer. "
                    "Close it and try again when the database is back."
                )
            )
        else:
            self._fail(error, sending=False)
        self._refresh()

    def _fill_targets(self, targets: list[Target]) -> None:
        """Colleagues first (who cannot answer now greyed and marked), then queues."""
        current = self._target
        self._targets = {target_key(t.kind, t.id): t for t in targets}
        self._updating = True
        try:
            self.target.clear()
            agents = [t for t in targets if t.kind == "agent"]
            queues = [t for t in targets if t.kind == "queue"]
            for group in (agents, queues):
                if group and self.target.count():
                    self.target.insertSeparator(self.target.count())
                for t in group:
                    self.target.addItem(self._target_label(t), target_key(t.kind, t.id))
                    item = self._target_item(self.target.count() - 1)
                    if item is not None and not t.available:
                        item.setEnabled(False)
                        item.setToolTip(
                            self.tr("{name} is {availability}: send to their queue instead")
                            .format(name=t.name, availability=self._availability(t))
                        )  # fmt: skip
            self.target.setCurrentIndex(self.target.findData(current) if current else -1)
        finally:
            self._updating = False
        if self.target.currentIndex() < 0:
            self.target_search.clear()

    def _fill_callbacks(self, callbacks: tuple[CallbackView, ...]) -> None:
        self._callbacks = {cb.id: cb for cb in callbacks}
        self._updating = True
        try:
            while self.promise_link.count() > 1:
                self.promise_link.removeItem(1)
            for cb in callbacks:
                label = cb.note.strip() or cb.promise
                self.promise_link.addItem(label, cb.id)
                self.promise_link.setItemData(
                    self.promise_link.count() - 1, cb.promise, Qt.ItemDataRole.ToolTipRole
                )
            if not callbacks:
                self.promise_link.setItemText(0, self.tr("No open promises"))
            self.promise_link.setEnabled(bool(callbacks))
        finally:
            self._updating = False

    def _set_handovers(self, count: int) -> None:
        self._handovers = count
        needed = self.bounce_needed
        if needed:
            self.bounce_explanation.setText(
                self.tr(
                    "{name} was already passed on {n} times in this contact. Say why another "
                    "handover is needed: your supervisor reads it."
                ).format(name=self._customer_name or self.tr("This customer"), n=number(count))
            )
        self._form.setRowVisible(self._bounce_row, needed)
        self._update_markers()
        self._fit_later()

    # ---- drafts --------------------------------------------------------------------------

    def _values(self) -> dict[str, Any]:
        return {
            TARGET: self._target or "",
            "reason": str(self.reason.currentData() or ""),
            "issue": self.issue.text(),
            "tried": self.tried.toPlainText(),
            "promised": self.promised.toPlainText(),
            CALLBACK: self._callback_id,
            "identity_verified": self.identity.isChecked(),
            "mood": str(self.mood.currentData() or ""),
            "notes": self.notes.toPlainText(),
            BOUNCE: self.bounce_reason.text(),
        }

    def _restore(self, draft: Draft) -> None:
        """Put a draft back into the fields still empty (nothing the agent typed is replaced)."""
        try:
            values = json.loads(draft.text)
        except ValueError:
            log.warning("ignoring an unreadable transfer draft %s", draft.key)
            return
        if not isinstance(values, dict):
            return
        request_key = draft.meta.get("request_key")
        if isinstance(request_key, str) and 0 < len(request_key) <= 64:
            # A send tried before the dialog closed may have landed: retrying it must not
            # make a second transfer.
            self._request_key = request_key
        notice = [self.tr("Your unsaved transfer note is back.")]
        self._updating = True
        try:
            for key in _LINE_EDITS:
                edit = self.issue if key == "issue" else self.bounce_reason
                if not edit.text() and isinstance(values.get(key), str):
                    edit.setText(values[key])
            for key in _TEXT_EDITS:
                text_edit = self._text_widget(key)
                if not text_edit.toPlainText() and isinstance(values.get(key), str):
                    text_edit.setPlainText(values[key])
                    text_edit.moveCursor(QTextCursor.MoveOperation.End)
            for key, combo in (("reason", self.reason), ("mood", self.mood)):
                index = combo.findData(values.get(key))
                if combo.currentIndex() <= 0 and index > 0:
                    combo.setCurrentIndex(index)
            if values.get("identity_verified") is True:
                self.identity.setChecked(True)
            callback = values.get(CALLBACK)
            if self._callback_id is None and isinstance(callback, int):
                index = self.promise_link.findData(callback)
                if index > 0:
                    self.promise_link.setCurrentIndex(index)
                    self._callback_id = callback
        finally:
            self._updating = False
        wanted = values.get(TARGET)
        if self._target is None and isinstance(wanted, str) and wanted in self._targets:
            target = self._targets[wanted]
            if target.available:
                self._choose_target(wanted)
            else:
                notice.append(
                    self.tr("{name} is {availability} now: choose another colleague or a queue.")
                    .format(name=target.name, availability=self._availability(target))
                )  # fmt: skip
        self._show_banner(" ".join(notice), kind="info")

    def _draft_failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            log.error("draft storage failed: %s", error)
            self._show_banner(
                self.tr(
                    "What you typed could not be kept as a draft ({error}). Send it or copy it "
                    "before you close this form."
                ).format(error=error.strerror or error)
            )
        else:
            handle_error(self, self._hub, error)

    # ---- reacting to the agent -----------------------------------------------------------

    def _target_item(self, index: int) -> Any:
        model = self.target.model()
        item = getattr(model, "item", None)
        return item(index) if item is not None and index >= 0 else None

    def _target_chosen(self, index: int) -> None:
        if self._updating:
            return
        data = self.target.itemData(index)
        item = self._target_item(index)
        if not isinstance(data, str) or item is None:
            return
        if not item.isEnabled():
            # Reached through the search popup: nobody would answer there.
            target = self._targets.get(data)
            self._restore_target_text()
            if target is not None:
                refusal = self.tr(
                    "{name} is {availability}: choose a colleague who is available, or their queue."
                )
                self._show_banner(
                    refusal.format(name=target.name, availability=self._availability(target))
                )
            return
        self._choose_target(data)

    def _choose_target(self, key: str) -> None:
        if self.target.currentData() != key:
            self._updating = True
            try:
                self.target.setCurrentIndex(self.target.findData(key))
            finally:
                self._updating = False
        changed = key != self._target
        self._target = key
        self._update_queue_nudge()
        self.field_errors[TARGET].hide()
        if self.banner.property("kind") in ("error", "fields"):
            self._show_banner("")
        if changed:
            self._request_required()
            self._edited()

    def _target_typed(self) -> None:
        """Enter or leaving the search: pick the one match, or show the chosen target again."""
        text = self.target_search.text().strip()
        index = self.target.currentIndex()
        if index >= 0 and text == self.target.itemText(index):
            return
        folded = text.casefold()
        matches = [
            i for i in range(self.target.count())
            if folded and isinstance(self.target.itemData(i), str)
            and folded in self.target.itemText(i).casefold()
            and (item := self._target_item(i)) is not None and item.isEnabled()
        ]  # fmt: skip
        if len(matches) == 1:
            self.target.setCurrentIndex(matches[0])
            self._restore_target_text()
        else:
            QTimer.singleShot(0, self, self._restore_target_text)

    def _restore_target_text(self) -> None:
        index = self.target.findData(self._target) if self._target else -1
        self._updating = True
        try:
            self.target.setCurrentIndex(index)
        finally:
            self._updating = False
        self.target_search.setText(self.target.itemText(index) if index >= 0 else "")

    def _request_required(self) -> None:
        if self._target is None:
            return
        kind, target_id = _split_target(self._target)
        service = self._service
        self._required = None
        self._latest.run(
            lambda: service.required_fields(
                to_user_id=target_id if kind == "agent" else None,
                to_queue_id=target_id if kind == "queue" else None,
            ),
            self._required_loaded,
            self._required_failed,
        )
        self._refresh()

    def _required_loaded(self, fields: tuple[str, ...]) -> None:
        if self._hub is not None:
            self._hub.report_online()
        self._required = tuple(fields)
        self._update_markers()
        self._refresh()
        self.requirements_changed.emit()

    def _required_failed(self, error: BaseException) -> None:
        # The service checks again when sending: go on with the usual requirements.
        self._required = DEFAULT_REQUIRED
        self._fail(error, sending=False)
        self._update_markers()
        self._refresh()
        self.requirements_changed.emit()

    def _link_only_promise(self, callback: CallbackView) -> None:
        """The customer's one open promise is what the colleague must keep: link it and say
        it in "What was promised" (editable; nothing the agent typed is replaced)."""
        self._updating = True
        try:
            self.promise_link.setCurrentIndex(self.promise_link.findData(callback.id))
            self._callback_id = callback.id
            if not self.promised.toPlainText().strip():
                self.promised.setPlainText(self._promise_text(callback))
        finally:
            self._updating = False

    @staticmethod
    def _promise_text(callback: CallbackView) -> str:
        if callback.note.strip():
            return f"{callback.note.strip().rstrip('.')}. {callback.promise}"
        return callback.promise

    def _update_queue_nudge(self) -> None:
        target = self._targets.get(self._target) if self._target else None
        empty = (
            target is not None and target.kind == "queue"
            and (match := _QUEUE_COUNT.match(target.availability)) is not None
            and int(match.group(1)) == 0
        )  # fmt: skip
        if empty and target is not None:
            self.queue_nudge.setText(
                self.tr(
                    "Nobody is signed in to {queue} now: the customer would wait on hold for "
                    "no one. Promise a callback instead?"
                ).format(queue=target.name)
            )
        self.queue_nudge.setVisible(empty)
        self.callback_instead_button.setVisible(empty)
        self._fit_later()

    def _make_it_a_callback(self) -> None:
        self.callback_instead.emit(self._customer_id)
        self.reject()

    def callback_note(self) -> str:
        """What the callback made instead is about: the issue and what was tried, as typed."""
        parts = (self.issue.text().strip(), self.tried.toPlainText().strip())
        return "\n".join(part for part in parts if part)

    def _promise_linked(self, index: int) -> None:
        if self._updating:
            return
        data = self.promise_link.itemData(index)
        self._callback_id = data if isinstance(data, int) else None
        callback = self._callbacks.get(self._callback_id) if self._callback_id else None
        if callback is not None and not self.promised.toPlainText().strip():
            self._replace_text(self.promised, self._promise_text(callback))
        self._edited()

    def _edited(self, *_args: object) -> None:
        if self._updating:
            return
        self._dirty = True
        self._draft_timer.start()
        sender = self.sender()
        for key in (*NOTE_FIELDS, BOUNCE):
            if sender is self._field_widget(key):
                self.field_errors[key].hide()
        if self.banner.property("kind") == "fields" and not any(
            label.isVisibleTo(self) for label in self.field_errors.values()
        ):
            self._show_banner("")  # everything it pointed at is corrected
        self._refresh()

    # ---- sending -------------------------------------------------------------------------

    def _sent_ok(self, view: TransferView) -> None:
        self._sending = False
        self._sent = True
        self._dirty = False
        self._draft_timer.stop()
        drafts, key, revision = self._drafts, self._draft_key, next(self._revisions)
        run_task(
            lambda: drafts.discard(key, revision=revision),
            lambda _done: None,
            lambda error: log.error("could not discard the draft %s: %s", key, error),
        )
        if self._hub is not None:
            self._hub.report_online()
            self._hub.interactions_changed.emit(view.customer_id)
            self._hub.customers_changed.emit(view.customer_id)
            self._hub.transfers_changed.emit()
        self.sent.emit(view)
        self.accept()

    def _send_failed(self, error: BaseException) -> None:
        self._sending = False
        self.inputs.setEnabled(True)
        self.send_button.setText(self.tr("&Send"))
        self._fail(error)
        if isinstance(error, UserFacingError) and not isinstance(
            error, (FieldErrors, DatabaseUnavailableError)
        ):
            # Most often the colleague just signed out: show who can answer now.
            self._reload_targets()
        self._refresh()

    def _reload_targets(self) -> None:
        service, actor = self._service, self._context.user.id
        run_task(
            lambda: service.targets(actor),
            self._targets_reloaded,
            lambda error: handle_error(self, self._hub, error),
            owner=self,
        )

    def _reload_handovers(self) -> None:
        service, customer_id = self._service, self._customer_id
        run_task(
            lambda: service.handovers(customer_id),
            lambda count: self._set_handovers(max(count, BOUNCE_FROM)),
            lambda error: handle_error(self, self._hub, error),
            owner=self,
        )
        self._set_handovers(max(self._handovers, BOUNCE_FROM))  # required at once, text follows

    def _targets_reloaded(self, targets: list[Target]) -> None:
        search = self.target_search
        index = self.target.currentIndex()
        typing = search.hasFocus() and search.text() != (
            self.target.itemText(index) if index >= 0 else "")  # fmt: skip
        completer = self.target.completer()
        popup = completer.popup() if completer is not None else None
        if typing or self.target.view().isVisible() or (popup is not None and popup.isVisible()):
            return  # never pull the list from under the agent; the next refresh comes soon
        self._fill_targets(targets)
        self._update_queue_nudge()
        self._refresh()

    def _fail(self, error: BaseException, *, sending: bool = True) -> None:
        """Say inline what the service refused; a lost database or a bug goes its own way."""
        if isinstance(error, FieldErrors):
            general: list[str] = []
            first: QWidget | None = None
            for key, message in error.errors.items():
                label = self.field_errors.get(key)
                text = message[:1].upper() + message[1:]
                if label is None:
                    general.append(f"{humanize(key)}: {message}")
                    continue
                label.setText(text)
                label.show()
                if key == BOUNCE and not self.bounce_needed:
                    # Someone else passed the customer on meanwhile: the rule applies now.
                    self._reload_handovers()
                first = first or self._field_widget(key)
            if set(error.errors) - {TARGET, BOUNCE}:
                self._request_required()  # the queue's rules may have changed meanwhile
            if general:
                self._show_banner("\n".join(general))
            else:
                self._show_banner(self.tr("Not sent yet: please correct what is marked."))
                self.banner.setProperty("kind", "fields")
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(error, DatabaseUnavailableError):
            handle_error(self, self._hub, error)
            if sending:
                lost = self.tr(
                    "Not sent: the database cannot be reached. Everything you typed is kept; "
                    "send again when it is back (it will not be sent twice)."
                )
            else:
                lost = self.tr(
                    "The database cannot be reached. What you type is kept as a draft on this "
                    "computer; close and reopen the form when the database is back."
                )
            self._show_banner(lost)
        elif isinstance(error, UserFacingError):
            self._show_banner(error.message)
        else:
            if sending:
                self._show_banner(
                    self.tr("Not sent: something went wrong. What you typed is kept.")
                )
            handle_error(self, self._hub, error)
        self._fit_later()

    # ---- showing -------------------------------------------------------------------------

    def _refresh(self) -> None:
        """The Send button and the "Still needed" line, from what is filled in now."""
        ready = self._ready and not self._sending
        missing = self.missing()
        checking = self._target is not None and self._required is None
        self.send_button.setEnabled(ready and not checking and not missing)
        if self._unavailable:
            text, kind = self.tr("Nothing can be sent from this form now."), "wait"
        elif not self._ready:
            text, kind = self.tr("Loading the customer and who can take the call…"), "wait"
        elif self._sending:
            text, kind = self.tr("Sending…"), "wait"
        elif missing:
            # "a, b, and c" in the language's words and commas ("a، b، و c" in Persian).
            names = QLocale().createSeparatedList([self._field_names[key] for key in missing])
            text, kind = self.tr("Still needed: {fields}").format(fields=names), "missing"
        elif checking:
            needs = self.tr("Checking what {target} needs…")
            text, kind = needs.format(target=self._target_name()), "wait"
        else:
            text, kind = self.tr("Ready to send (Ctrl+Enter)."), "ready"
        if text != self.still_needed.text():
            self.still_needed.setText(text)
            self._fit_later()
        self.still_needed.setStyleSheet(themed(_NEEDED_STYLE[kind]))
        self.still_needed.setProperty("kind", kind)

    def _update_markers(self) -> None:
        required = set(self._required or ()) | {TARGET}
        if self.bounce_needed:
            required.add(BOUNCE)
        for key, label in self.labels.items():
            marked = key in required
            label.setText(self._label_texts[key] + (" *" if marked else ""))
            label.setProperty("required", marked)
            widget = self._field_widget(key)
            hint = getattr(widget, "placeholderText", lambda: "")()
            parts = [self.tr("Required") if marked else "", hint]
            widget.setAccessibleDescription(". ".join(p for p in parts if p))

    def _show_banner(self, text: str, *, kind: str = "error") -> None:
        self.banner.setText(text)
        self.banner.setProperty("kind", kind if text else "")
        self.banner.setStyleSheet(themed(_BANNER_STYLE[kind]))
        self.banner.setVisible(bool(text))
        self._fit_later()

    def _clear_errors(self) -> None:
        for label in self.field_errors.values():
            label.hide()

    def _target_name(self) -> str:
        target = self._targets.get(self._target or "")
        if target is None:
            return self.tr("this target")
        if target.kind == "queue":
            return self.tr("queue {name}").format(name=target.name)
        return target.name

    def _field_widget(self, key: str) -> QWidget:
        return {
            TARGET: self.target, AVAILABLE: self.target, "reason": self.reason,
            "issue": self.issue, "tried": self.tried, "promised": self.promised,
            "identity_verified": self.identity, "mood": self.mood, "notes": self.notes,
            BOUNCE: self.bounce_reason,
        }[key]  # fmt: skip

    def _text_widget(self, key: str) -> QPlainTextEdit:
        return {"tried": self.tried, "promised": self.promised, "notes": self.notes}[key]

    def _first_missing_widget(self) -> QWidget:
        missing = self.missing()
        return self._field_widget(missing[0]) if missing else self.send_button

    def _has(self, key: str) -> bool:
        if key == "identity_verified":
            return self.identity.isChecked()
        if key in ("reason", "mood"):
            return bool((self.reason if key == "reason" else self.mood).currentData())
        if key in _TEXT_EDITS:
            return bool(self._text_widget(key).toPlainText().strip())
        return bool(self.issue.text().strip()) if key == "issue" else True

    @staticmethod
    def _choice_index(combo: QComboBox, value: str) -> int:
        wanted = value.strip().casefold().replace("_", " ")
        if not wanted:
            return 0
        for i in range(1, combo.count()):
            if wanted in (str(combo.itemData(i)).casefold(), combo.itemText(i).casefold()):
                return i
        return -1

    @staticmethod
    def _replace_text(edit: QPlainTextEdit, text: str) -> None:
        cursor = edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)  # one undoable edit, unlike setPlainText
        edit.setTextCursor(cursor)

    @staticmethod
    def _replace_line(edit: QLineEdit, text: str) -> None:
        edit.selectAll()
        edit.insert(text)  # undoable, and held to the field's maximum length

    # ---- fitting -------------------------------------------------------------------------

    def _fit_later(self) -> None:
        self._fit_timer.start()

    def _fit_height(self) -> None:
        """Give every wrapped line the height it needs at the width it really has.

        A word-wrapped label's minimum height is guessed for another width than the one it
        gets, so a long refusal or explanation would be clipped; pinning each label's minimum
        to what its width needs makes the layout (and the dialog) grow instead.
        """
        if not self.isVisible():
            return
        wrapped = (self.subtitle, self.banner, self.still_needed, self.bounce_explanation,
                   self.queue_nudge, *self.field_errors.values())  # fmt: skip
        fit_wrapped(self, wrapped)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_later()
