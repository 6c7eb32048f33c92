"""Screen-pop: a caller's number arrives (command line, PBX listener) and the window shows them.

One match opens that customer with the "why they may be calling" banner; several matches open
a chooser; an unknown number shows a new-caller banner. The lookup runs off the GUI thread
like every other database read; a newer pop makes the answer to an older one irrelevant.

The PBX listener (``POST /pop``) belongs to the console session (ui/console_session.py), not
to a window: it keeps serving while the window is rebuilt in another language, and hands each
pop to whichever window is current.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

from console import phones
from console.integrations.pop_listener import PopRequest
from console.services.crm_lookup import CallerLookup, LookupOutcome
from console.services.customers import CustomerSummary, ScreenPop
from ui.caller_chooser_dialog import CallerChooserDialog
from ui.errors import handle_error, present
from ui.formatting import utcnow
from ui.i18n import localized
from ui.pop_banner import call_reasons
from ui.tasks import LatestOnly

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

NO_STACKING_PLATFORMS = {"offscreen", "minimal"}

# More customers than this on one number is a shared switchboard: the chooser lists this many.
MAX_MATCHES = 50


@dataclass(frozen=True)
class PopLookup:
    """What the database (or, for a number it does not know, the CRM) says about a caller."""

    screen: ScreenPop | None
    matches: tuple[CustomerSummary, ...]
    # For the agent: "found in the CRM and added", or why the CRM could not be asked.
    message: str = ""
    # True when the CRM's answer was just written to the local database.
    from_crm: bool = False


@dataclass(frozen=True)
class PopMemory:
    """The pop banner on show, for the next window (the answer is kept: nothing is read again)."""

    request: PopRequest
    state: str  # "customer", "new" or "several"
    screen: ScreenPop | None
    matches: tuple[CustomerSummary, ...]


@dataclass(frozen=True)
class PopOutcome:
    """What a pop put on screen: "customer" (with its id), "new" caller, or "choose"."""

    request: PopRequest
    kind: str
    customer_id: int | None = None


class PopController(QObject):
    """Owned by the main window; ``pop`` on the GUI thread, ``post`` from any thread."""

    # Once a pop is on screen (the customer opened, the new caller shown, the chooser open).
    popped = Signal(object)  # PopOutcome
    _posted = Signal(object)  # PopRequest, from another thread

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.banner = window.pop_banner
        self._latest = LatestOnly(window)
        # Built on first use, in a worker: reading the CRM token may wait on the keyring.
        self._caller_lookup: CallerLookup | None = None
        self._lookup_lock = threading.Lock()
        self.chooser: CallerChooserDialog | None = None
        self._matches: tuple[CustomerSummary, ...] = ()
        # What the banner shows about the customer (kept for a rebuilt window).
        self._screen: ScreenPop | None = None
        # The customer the banner speaks about (None: a new caller, or nobody yet).
        self._popped_id: int | None = None
        self._posted.connect(self.pop, Qt.ConnectionType.QueuedConnection)
        self.banner.choose_requested.connect(self._choose_again)
        self.banner.create_customer_requested.connect(self._create_customer)
        window.search.customer_chosen.connect(self._agent_opened)

    def post(self, request: PopRequest) -> None:
        """Thread-safe: the listener's request thread hands a pop to the GUI thread."""
        self._posted.emit(request)

    def pop(self, request: PopRequest) -> None:
        self.bring_to_front()
        self._close_chooser()
        self._popped_id = None
        self.banner.show_looking_up(request)
        customers = self.window.context.customers
        crm_configured = bool(self.window.context.settings.crm_url)

        def lookup() -> PopLookup:
            screen = customers.pop(request.e164)
            if screen is None and crm_configured:
                result = self._crm_lookup().pop(request.e164)
                if result.outcome is LookupOutcome.CRM and result.pop is not None:
                    return PopLookup(result.pop, (), result.message, from_crm=True)
                return PopLookup(None, (), result.message)
            if screen is None:
                return PopLookup(None, ())
            # pop() answers with the first customer on the number; find() says whether
            # there are others.
            found = customers.find(request.e164, limit=MAX_MATCHES)
            return PopLookup(screen, tuple(m for m in found if m.matched_by == "phone"))

        self._latest.run(lookup, lambda found: self._show(request, found), self._failed)

    def _crm_lookup(self) -> CallerLookup:
        """The CRM-backed lookup, made once (runs in a worker thread)."""
        with self._lookup_lock:
            if self._caller_lookup is None:
                context = self.window.context
                self._caller_lookup = CallerLookup.from_settings(context.db, context.settings)
            return self._caller_lookup

    def close(self) -> None:
        """Let go of the CRM session (the window is closing)."""
        with self._lookup_lock:
            if self._caller_lookup is not None:
                self._caller_lookup.close()
                self._caller_lookup = None

    @property
    def busy(self) -> bool:
        """A caller is being looked up (the banner says "Looking up the caller…")."""
        return self._latest.busy

    def memory(self) -> PopMemory | None:
        """The banner on show (None when it is hidden or still looking up)."""
        request, state = self.banner.request, self.banner.state
        if request is None or self.banner.isHidden() or state not in ("customer", "new", "several"):
            return None
        screen = self._screen if state == "customer" else None
        return PopMemory(request, state, screen, self._matches)

    def resume(self, memory: PopMemory | None) -> None:
        """Show the banner another window showed, in this window's language, without reading
        anything again or announcing a new pop (the customer is opened by the window)."""
        if memory is None:
            return
        request = memory.request
        if memory.state == "customer" and memory.screen is not None:
            screen = memory.screen
            self._screen = screen
            self._popped_id = screen.card.id
            reasons = call_reasons(screen.timeline, self.window.context.agent_zone, utcnow(),
                                   screen.card.open_callbacks)  # fmt: skip
            self.banner.show_customer(request, screen.card.full_name, reasons)
        elif memory.state == "new":
            self._clear_customer(self._new_caller_text(request))
            self.banner.show_new_caller(request)
        elif memory.state == "several":
            self._matches = memory.matches
            self._clear_customer(self._several_text(request))
            self.banner.show_several(request, len(memory.matches))

    def _new_caller_text(self, request: PopRequest) -> str:
        return self.tr("New caller {number}: no customer has this number yet.").format(
            number=phones.display(request.e164)
        )

    def _several_text(self, request: PopRequest) -> str:
        return self.tr("{number}: choose who is calling.").format(
            number=phones.display(request.e164)
        )

    def _agent_opened(self, customer_id: int) -> None:
        # The agent moved on to someone else: the banner would describe the wrong person.
        if self.banner.isVisible() and customer_id != self._popped_id:
            self.banner.dismiss()

    def bring_to_front(self) -> None:
        """Un-minimise, raise and activate the window (the call is what matters now)."""
        window = self.window
        state = window.windowState()
        if state & Qt.WindowState.WindowMinimized:
            window.setWindowState(
                (state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
            )
        window.show()
        # Headless platforms have no stacking order (and warn about raise()).
        if QGuiApplication.platformName() not in NO_STACKING_PLATFORMS:
            window.raise_()
        window.activateWindow()

    # ---- answers -------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self.banner.dismiss()
        handle_error(self.window, self.window.hub, error)

    def _show(self, request: PopRequest, found: PopLookup) -> None:
        self.window.hub.report_online()
        self._show_number_in_search(request)
        if found.from_crm and found.screen is not None:
            self.window.hub.customers_changed.emit(found.screen.card.id)
        if found.screen is None:
            self._show_new_caller(request)
            if found.message:
                # The CRM could not be asked, or did not know them either: say so, keep going.
                self.window.statusBar().showMessage(localized(found.message), 15_000)
        elif len(found.matches) > 1:
            self._matches = found.matches
            self._clear_customer(self._several_text(request))
            self.banner.show_several(request, len(found.matches))
            self._open_chooser(request)
            self.popped.emit(PopOutcome(request, "choose"))
        else:
            self._show_customer(request, found.screen)
            if found.message:
                self.window.statusBar().showMessage(localized(found.message), 15_000)

    def _show_number_in_search(self, request: PopRequest) -> None:
        # The agent sees what the pop looked up, and the search lists who has the number.
        self.window.search.box.setText(request.phone)

    def _show_customer(self, request: PopRequest, screen: ScreenPop) -> None:
        card = screen.card
        self._popped_id = card.id
        self._screen = screen
        self.window.open_customer(card.id)
        reasons = call_reasons(
            screen.timeline, self.window.context.agent_zone, utcnow(), screen.card.open_callbacks
        )
        self.banner.show_customer(request, card.full_name, reasons)
        self.window.statusBar().showMessage(
            self.tr("Call from {name} ({number})").format(
                name=card.full_name, number=phones.display(request.e164)
            ),
            10_000,
        )
        self.popped.emit(PopOutcome(request, "customer", card.id))

    def _show_new_caller(self, request: PopRequest) -> None:
        window = self.window
        self._clear_customer(self._new_caller_text(request))
        self.banner.show_new_caller(request)
        window.statusBar().showMessage(
            self.tr("Call from an unknown number {number}").format(
                number=phones.display(request.e164)
            ),
            10_000,
        )
        self.popped.emit(PopOutcome(request, "new"))

    def _create_customer(self, phone: str) -> None:
        """The new-caller banner's action: the customer form, the number already in it."""
        request = self.banner.request
        dialog = self.window.new_customer(phone)
        if request is not None:
            # Once saved, the caller is a known customer: show them as a pop would.
            dialog.saved.connect(lambda cid: self._chosen(request, cid))

    def _clear_customer(self, text: str) -> None:
        """Whoever was open before is not on this call: their card must not look like it."""
        window = self.window
        window.card.clear()
        window.card.empty.setText(text)
        window.history.clear()
        window.history_pane.hide()

    # ---- several customers on one number -------------------------------------------------

    def _open_chooser(self, request: PopRequest) -> None:
        self._close_chooser()
        dialog = CallerChooserDialog(phones.display(request.e164), self._matches, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.customer_chosen.connect(lambda cid: self._chosen(request, cid))
        self.chooser = dialog
        present(dialog)

    def _choose_again(self) -> None:
        request = self.banner.request
        if request is not None and self._matches:
            self._open_chooser(request)

    def _close_chooser(self) -> None:
        if self.chooser is not None and shiboken6.isValid(self.chooser):
            self.chooser.close()
        self.chooser = None

    def _chosen(self, request: PopRequest, customer_id: int) -> None:
        self.chooser = None
        customers = self.window.context.customers
        limit = self.window.context.settings.timeline_limit

        def load() -> ScreenPop:
            card = customers.card(customer_id)
            return ScreenPop(card, tuple(customers.timeline(customer_id, limit)))

        self._latest.run(load, lambda screen: self._show_customer(request, screen), self._failed)
