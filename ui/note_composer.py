"""Add a note, or log a call and its outcome, from the history pane.

What the agent types is kept as a local draft (``console.drafts``) as they type: ~300 ms after
they pause, at once when focus leaves the composer, and synchronously when it is hidden (the
window closing). The draft comes back when the same customer is opened again, also after a
restart or a crash, and is discarded only once the service confirmed the save.

The composer is one line tall until it is used, so the card and the timeline keep the room.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.drafts import Draft, DraftStore, note_key
from console.errors import DatabaseUnavailableError, UserFacingError
from console.services.customers import TimelineItem
from console.services.interactions import (
    CALL_DIRECTIONS,
    CALL_OUTCOMES,
    InteractionService,
    InteractionValidationError,
)
from ui.errors import handle_error
from ui.flow_layout import FlowLayout
from ui.formatting import utcnow
from ui.hub import Hub
from ui.i18n import localized, said_of
from ui.tasks import run_task

log = logging.getLogger(__name__)

NOTE = "note"
CALL = "call"
DRAFT_DELAY_MS = 300
SAVE_SHORTCUTS = ("Ctrl+Return", "Ctrl+Enter")
# Below this pane height the composer opens two lines tall instead of three.
ROOMY_PANE_HEIGHT = 380
# The box grows with its text (an inserted script must be readable) up to this many lines,
# then scrolls; fewer in a short pane, so the history keeps some rows.
MAX_LINES = 10
MAX_LINES_SHORT = 5


@dataclass(frozen=True)
class ComposerMemory:
    """What a composer shows, handed to the composer of the window that replaces it."""

    # The text (blank: a call being logged with no words yet), the mode and the call's details.
    draft: Draft
    # What the message line says, as data (``NoteComposer._said``; ("", ""): nothing).
    said: tuple[str, str]


class NoteComposer(QWidget):
    # (customer id, the stored item) once the service confirmed a save.
    saved = Signal(int, object)
    # The draft key, after a draft write finished (tests; a status line could use it).
    draft_written = Signal(str)
    # The customer id, after a draft was put back into the editor.
    draft_restored = Signal(int)

    def __init__(
        self,
        interactions: InteractionService,
        drafts: DraftStore,
        hub: Hub,
        *,
        user_id: int | None,
        database: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteComposer")
        self.setAccessibleName(self.tr("Add a note or log a call"))
        self._interactions = interactions
        self._drafts = drafts
        self._hub = hub
        self._user_id = user_id
        self._database = database
        self._customer_id: int | None = None
        self._revisions = itertools.count(1)
        self._dirty = False
        self._restoring = False
        self._saving = False
        # Draft writes and discards submitted to the worker pool and not answered yet.
        self._draft_jobs = 0
        # What this composer last handed to the store per key (None: discarded). Reading it
        # back from here, not the disk, cannot race a write still queued in the pool.
        self._written: dict[str, Draft | None] = {}
        # What the composer of the window this one replaced had on screen, per key: it is
        # simply there when its customer opens (nothing was lost, so nothing "is back").
        self._carried: dict[str, ComposerMemory] = {}
        # What the message line says, as data (what, value), so a rebuilt window says it in
        # its language: ("restored", ""), ("saving", ""), ("offline", ""), ("said", a core
        # sentence), ("draft_failed", the system's reason); ("", "") when it says nothing.
        self._said: tuple[str, str] = ("", "")
        # Customers whose note the agent pressed Save on while the database was unreachable:
        # saved once, from the draft, when the connection is back.
        self._pending: set[int] = set()
        hub.connection_changed.connect(self._connection_changed)

        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteText")
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setPlaceholderText(self.tr("Add a note about this customer…"))
        self.editor.setTabChangesFocus(True)
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.editor.textChanged.connect(self._text_changed)

        self.note_button = self._mode_button(self.tr("Note"), "composerNoteMode")
        self.note_button.setToolTip(self.tr("Write a note about this customer"))
        self.call_button = self._mode_button(self.tr("Log call"), "composerCallMode")
        self.call_button.setToolTip(self.tr("Record a call and how it ended"))
        self.note_button.setChecked(True)
        self._modes = QButtonGroup(self)
        self._modes.setExclusive(True)
        self._modes.addButton(self.note_button)
        self._modes.addButton(self.call_button)
        self._modes.buttonToggled.connect(self._mode_toggled)

        self.direction = QComboBox(self)
        self.direction.setObjectName("callDirection")
        self.direction.setAccessibleName(self.tr("Call direction"))
        labels = {"inbound": self.tr("Inbound"), "outbound": self.tr("Outbound")}
        for value in CALL_DIRECTIONS:
            self.direction.addItem(labels.get(value, value), value)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("callOutcome")
        self.outcome.setAccessibleName(self.tr("Call outcome"))
        for value in CALL_OUTCOMES:
            self.outcome.addItem(self._outcome_label(value), value)
        for combo in (self.direction, self.outcome):
            combo.currentIndexChanged.connect(self._details_changed)

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveNote")
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.save_button.setAccessibleName(self.tr("Save the note"))
        self.save_button.clicked.connect(self.save)
        self.hint = QLabel(self.tr("Ctrl+Enter"), self)
        self.hint.setObjectName("composerHint")

        self.message = QLabel(self)
        self.message.setObjectName("composerMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Note status"))
        self.message.hide()

        self.options = QWidget(self)
        self.options.setObjectName("composerOptions")
        row = QHBoxLayout(self.options)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        # The mode and the call's direction and outcome wrap onto a second line in a narrow
        # pane rather than cut their words ("Inbour", "Resolv"); Save stays at the end.
        choices = QWidget(self.options)
        choices.setObjectName("composerChoices")
        flow = FlowLayout(choices)
        flow.addWidget(self.note_button)
        flow.addWidget(self.call_button)
        flow.addWidget(self.direction)
        flow.addWidget(self.outcome)
        row.addWidget(choices, 1)
        row.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.editor)
        layout.addWidget(self.message)
        layout.addWidget(self.options)

        chain = (self.editor, self.note_button, self.call_button, self.direction, self.outcome,
                 self.save_button)  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        for keys in SAVE_SHORTCUTS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        if parent is not None:
            parent.installEventFilter(self)
        self._show_mode()
        self._update_size()

    def _mode_button(self, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(text)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _outcome_label(self, value: str) -> str:
        return {
            "resolved": self.tr("Resolved"),
            "informed": self.tr("Informed"),
            "callback promised": self.tr("Callback promised"),
            "transferred": self.tr("Transferred"),
            "escalated": self.tr("Escalated"),
            "no answer": self.tr("No answer"),
            "voicemail": self.tr("Voicemail"),
        }.get(value, value)

    # ---- public --------------------------------------------------------------------------

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    @property
    def mode(self) -> str:
        return CALL if self.call_button.isChecked() else NOTE

    @property
    def saving(self) -> bool:
        return self._saving

    @property
    def draft_key(self) -> str | None:
        if self._customer_id is None:
            return None
        return note_key(self._database, self._customer_id)

    def set_mode(self, mode: str) -> None:
        (self.call_button if mode == CALL else self.note_button).setChecked(True)

    def set_customer(self, customer_id: int | None) -> None:
        """Keep what was typed for the previous customer; bring back this one's draft."""
        if customer_id == self._customer_id:
            return
        if self._dirty:
            self.save_draft()
        self._customer_id = customer_id
        self._set_saving(False)
        self._restoring = True
        try:
            self.editor.clear()
            self.set_mode(NOTE)
            self.direction.setCurrentIndex(0)
            self.outcome.setCurrentIndex(0)
        finally:
            self._restoring = False
        self._dirty = False
        self._show_message("")
        self.setEnabled(customer_id is not None)
        if customer_id is None:
            return
        key, drafts = note_key(self._database, customer_id), self._drafts
        carried = self._carried.pop(key, None)
        if carried is not None:
            self._resume(customer_id, carried)
            return
        if key in self._written:
            self._restore(customer_id, self._written[key])
            return
        run_task(
            lambda: drafts.load(key),
            lambda draft: self._restore(customer_id, draft),
            self._draft_failed,
            owner=self,
        )

    def focus_editor(self) -> None:
        if self.isEnabled():
            self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save(self) -> None:
        """Store the note (or call) through the service, off the GUI thread."""
        customer_id = self._customer_id
        if customer_id is None or self._saving:
            return
        text, mode = self.editor.toPlainText(), self.mode
        direction = str(self.direction.currentData())
        outcome = str(self.outcome.currentData())
        service, user_id = self._interactions, self._user_id
        if self._dirty:
            self.save_draft()  # a crash while saving must not lose the text either

        def work() -> TimelineItem:
            if mode == CALL:
                return service.log_call(customer_id, user_id, direction, outcome, text)
            return service.add_note(customer_id, user_id, text)

        self._pending.discard(customer_id)
        self._set_saving(True)
        self._say("saving")
        run_task(
            work,
            lambda item: self._saved(customer_id, item),
            lambda error: self._save_failed(customer_id, error),
            owner=self,
        )

    @property
    def pending_saves(self) -> frozenset[int]:
        """Customers whose note waits for the database to come back (Save pressed offline)."""
        return frozenset(self._pending)

    def _connection_changed(self, online: bool, _message: str) -> None:
        if not online or not self._pending:
            return
        for customer_id in sorted(self._pending):
            if customer_id == self._customer_id:
                self.save()
            else:
                self._save_in_background(customer_id)

    def _save_in_background(self, customer_id: int) -> None:
        """The agent moved on to another customer: save that one's note from its draft."""
        self._pending.discard(customer_id)
        key = note_key(self._database, customer_id)
        draft = self._written.get(key)
        if draft is None or not draft.text.strip():
            return
        service, user_id, meta, text = self._interactions, self._user_id, draft.meta, draft.text

        def work() -> TimelineItem:
            if meta.get("mode") == CALL:
                return service.log_call(
                    customer_id, user_id, str(meta.get("direction")),
                    str(meta.get("outcome")), text,
                )  # fmt: skip
            return service.add_note(customer_id, user_id, text)

        def failed(error: BaseException) -> None:
            if isinstance(error, DatabaseUnavailableError):
                self._pending.add(customer_id)
            handle_error(self, self._hub, error)

        run_task(work, lambda item: self._saved(customer_id, item), failed, owner=self)

    def save_draft(self, *, wait: bool = False) -> None:
        """Write the current text as this customer's draft (blank text removes the draft)."""
        self._draft_timer.stop()
        key = self.draft_key
        if key is None or not self._dirty:
            return
        self._dirty = False
        text, meta, revision = self.editor.toPlainText(), self._meta(), next(self._revisions)
        self._written[key] = Draft(key, text, utcnow(), meta) if text.strip() else None
        drafts = self._drafts
        if wait:
            # Closing: the window is going away and the event loop may not run again.
            try:
                drafts.save(key, text, meta, revision=revision)
            except OSError as exc:
                log.error("could not keep the draft %s: %s", key, exc)
            return
        self._draft_job(
            lambda: drafts.save(key, text, meta, revision=revision),
            lambda: self.draft_written.emit(key),
        )

    def _draft_job(self, fn: Callable[[], bool], on_done: Callable[[], None]) -> None:
        self._draft_jobs += 1

        def done(_changed: bool) -> None:
            self._draft_jobs -= 1
            on_done()

        def failed(error: BaseException) -> None:
            self._draft_jobs -= 1
            self._draft_failed(error)

        run_task(fn, done, failed, owner=self)

    # ---- drafts --------------------------------------------------------------------------

    def _meta(self) -> dict[str, Any]:
        return {
            "customer_id": self._customer_id,
            "mode": self.mode,
            "direction": self.direction.currentData(),
            "outcome": self.outcome.currentData(),
            "user_id": self._user_id,
            "database": self._database,
        }

    def _restore(self, customer_id: int, draft: Draft | None, *, quiet: bool = False) -> None:
        """Put a draft back (from this run or the disk) and say so, unless ``quiet``."""
        if draft is None or customer_id != self._customer_id or self.editor.toPlainText():
            return
        meta = draft.meta
        self._restoring = True
        try:
            self.editor.setPlainText(draft.text)
            self.set_mode(CALL if meta.get("mode") == CALL else NOTE)
            for combo, value in ((self.direction, meta.get("direction")),
                                 (self.outcome, meta.get("outcome"))):  # fmt: skip
                index = combo.findData(value)
                if index >= 0:
                    combo.setCurrentIndex(index)
        finally:
            self._restoring = False
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        if not quiet:
            self._say("restored")
        self._update_size()
        self.draft_restored.emit(customer_id)

    def _resume(self, customer_id: int, carried: ComposerMemory) -> None:
        """Show what the previous window's composer showed: the text, the mode and the call's
        details as they were, and its message (if any) in this window's language."""
        self._restore(customer_id, carried.draft, quiet=True)
        if carried.said[0]:
            self._say(*carried.said)

    def _draft_failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            log.error("draft storage failed: %s", error)
            self._say("draft_failed", str(error.strerror or error))
        else:
            handle_error(self, self._hub, error)

    # ---- saving --------------------------------------------------------------------------

    def _saved(self, customer_id: int, item: TimelineItem) -> None:
        self._hub.report_online()
        key, drafts, revision = note_key(self._database, customer_id), self._drafts, 0
        if customer_id == self._customer_id:
            self._set_saving(False)
            self._restoring = True
            try:
                self.editor.clear()
                self.set_mode(NOTE)
            finally:
                self._restoring = False
            self._dirty = False
            self._draft_timer.stop()
            self._show_message("")
        revision = next(self._revisions)
        self._written[key] = None
        self._draft_job(lambda: drafts.discard(key, revision=revision), lambda: None)
        self._hub.interactions_changed.emit(customer_id)
        self.saved.emit(customer_id, item)
        self._update_size()

    def _save_failed(self, customer_id: int, error: BaseException) -> None:
        if customer_id != self._customer_id:
            if isinstance(error, DatabaseUnavailableError):
                self._pending.add(customer_id)
            handle_error(self, self._hub, error)
            return
        self._set_saving(False)
        if isinstance(error, InteractionValidationError):
            self._say("said", said_of(error))
            target = {"direction": self.direction, "outcome": self.outcome}.get(error.field)
            (target or self.editor).setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(error, DatabaseUnavailableError):
            self._pending.add(customer_id)
            handle_error(self, self._hub, error)
            self._say("offline")
        elif isinstance(error, UserFacingError):
            self._say("said", said_of(error))
        else:
            self._show_message("")
            handle_error(self, self._hub, error)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.editor.setReadOnly(saving)
        self.save_button.setEnabled(not saving)

    # ---- reacting to the agent -----------------------------------------------------------

    def _text_changed(self) -> None:
        if self._restoring:
            return
        self._dirty = True
        self._draft_timer.start()
        if self.message.property("kind") == "error" or self.message.isVisible():
            self._show_message("")
        self._update_size()

    def _details_changed(self) -> None:
        if self._restoring or not self.editor.toPlainText():
            return
        self._dirty = True
        self._draft_timer.start()

    def _mode_toggled(self, _button: object, checked: bool) -> None:
        if not checked:
            return
        self._show_mode()
        self._details_changed()
        self._update_size()

    def _show_mode(self) -> None:
        call = self.mode == CALL
        self.direction.setVisible(call)
        self.outcome.setVisible(call)
        self.editor.setPlaceholderText(
            self.tr("What was the call about? (optional)")
            if call
            else self.tr("Add a note about this customer…")
        )
        # Not "Log call" again: that is the mode button beside it.
        self.save_button.setText(self.tr("Save call") if call else self.tr("Save"))
        self.save_button.setAccessibleName(
            self.tr("Log the call") if call else self.tr("Save the note")
        )

    def _say(self, what: str, value: str = "") -> None:
        """Show a message from what it says (``_said``), in the interface language."""
        texts = {
            "restored": (self.tr("Your unsaved draft is back."), "info"),
            "saving": (self.tr("Saving…"), "info"),
            "offline": (
                self.tr(
                    "Not saved yet: the database cannot be reached. Your text is kept as a "
                    "draft and is saved as soon as the connection is back."
                ),
                "error",
            ),
            "said": (localized(value), "error"),
            "draft_failed": (
                self.tr(
                    "Your text could not be kept as a draft ({error}). Save it before you "
                    "close the console."
                ).format(error=value),
                "error",
            ),
        }
        text, kind = texts.get(what, ("", "error"))
        self._show_message(text, kind=kind)
        self._said = (what, value) if text else ("", "")

    def _show_message(self, text: str, *, kind: str = "error") -> None:
        if not text:
            self._said = ("", "")
        self.message.setText(text)
        self.message.setProperty("kind", kind)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))
        self._update_size()

    def _has_focus_inside(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self or self.isAncestorOf(focus))

    def _focus_changed(self, old: QObject | None, new: QObject | None) -> None:
        if not shiboken6.isValid(self):
            return
        was = isinstance(old, QWidget) and shiboken6.isValid(old) and self.isAncestorOf(old)
        now = isinstance(new, QWidget) and self.isAncestorOf(new)
        if was and not now and self._dirty:
            self.save_draft()
        if was != now:
            self._update_size()

    def _update_size(self) -> None:
        """One line while idle; room for a paragraph and the options while in use."""
        expanded = (
            self._has_focus_inside()
            or bool(self.editor.toPlainText())
            or self.mode == CALL
            or self.message.isVisible()
        )
        metrics = self.editor.fontMetrics()
        margins = self.editor.contentsMargins()
        frame = 2 * self.editor.frameWidth() + margins.top() + margins.bottom()
        # A short pane (a small screen, the card above taking its share) keeps the table usable.
        host = self.parentWidget()
        roomy = host is None or host.height() >= ROOMY_PANE_HEIGHT
        document_margin = int(self.editor.document().documentMargin() * 2)
        lines = 1
        if expanded:
            least, most = (3, MAX_LINES) if roomy else (2, MAX_LINES_SHORT)
            lines = max(least, min(most, self._text_lines(document_margin)))
        self.editor.setFixedHeight(metrics.lineSpacing() * lines + frame + document_margin)
        self.options.setVisible(expanded)

    def _text_lines(self, document_margin: int) -> int:
        """How many lines the text takes, wrapped at the box's width."""
        text = self.editor.toPlainText()
        width = self.editor.viewport().width() - document_margin
        if not text or width <= 0:
            return 1
        metrics = self.editor.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        height = metrics.boundingRect(QRect(0, 0, width, 1 << 20), flags, text).height()
        return max(1, -(-height // metrics.lineSpacing()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_size()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._update_size()
        return super().eventFilter(watched, event)

    def keep_now(self) -> None:
        """Write the draft now, on this thread: the window is going away (closing, or being
        rebuilt in another language) and the event loop may not run again before it does.
        Not relying on a write still queued in the pool; a newer revision written here wins
        over any older one that lands later."""
        if self._dirty or self._draft_jobs:
            self._dirty = True
            self.save_draft(wait=True)

    def handover(self) -> ComposerMemory | None:
        """What this composer shows, for the composer of a window that replaces this one:
        the text being typed as a draft (already on disk: ``keep_now``) with the mode and the
        call's details, and what the message line says; None when it shows nothing of its own.
        """
        self.keep_now()
        key, text = self.draft_key, self.editor.toPlainText()
        if key is None:
            return None
        draft = Draft(key, text, utcnow(), self._meta())
        # "Saving…" is never carried: a switch waits for the answer (which replaces it).
        shown = self.message.isVisible() and self._said[0] != "saving"
        said = self._said if shown else ("", "")
        if not text.strip() and self.mode == NOTE and not said[0]:
            return None
        return ComposerMemory(draft, said)

    def take_over(self, carried: ComposerMemory | None) -> None:
        """Start from another composer's text: it is there the moment its customer opens
        here, before the agent can type a key (not after a read of the disk), and quietly:
        to the agent nothing went away."""
        if carried is None:
            return
        self._carried[carried.draft.key] = carried
        if carried.draft.text.strip():
            self._written[carried.draft.key] = carried.draft

    def hideEvent(self, event: QHideEvent) -> None:
        # The window is closing (or the pane hides): keep the text now, not in 300 ms.
        self.keep_now()
        super().hideEvent(event)
