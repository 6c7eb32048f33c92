"""The customer's card: who they are, how to reach them, their clock, and the last contact."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from console.services.customers import CustomerCard as CardData
from console.services.customers import CustomerService
from ui.callback_model import customer_window
from ui.errors import handle_error
from ui.formatting import (
    chips_for,
    country_label,
    customer_clock,
    field_label,
    format_date,
    format_full,
    format_when,
    humanize,
    kind_label,
    language_label,
    number,
    outcome_label,
    phone_kind,
    utcnow,
)
from ui.hub import Hub
from ui.i18n import is_right_to_left, isolate, ltr, separator
from ui.tasks import LatestOnly
from ui.theme import themed

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | (
    Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def _refresh_style(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property used by a selector changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CustomerCard(QFrame):
    """Read-only for now; editing arrives with a later issue."""

    # Emitted with the customer id each time a card has been shown (tests, later panes).
    loaded = Signal(int)

    CLOCK_TICK_MS = 20_000
    # Below this width the two columns of fields stack (and below what they need side by side).
    TWO_COLUMNS_MIN_WIDTH = 640
    # The card never asks the window for more width than this, however long an e-mail.
    MAX_MINIMUM_WIDTH = 480

    def __init__(
        self,
        customers: CustomerService,
        hub: Hub,
        agent_zone: dt.tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerCard")
        self.setAccessibleName(self.tr("Customer card"))
        self._customers = customers
        self._hub = hub
        self._agent_zone = agent_zone
        self._latest = LatestOnly(self)
        self._customer_id: int | None = None
        self._card: CardData | None = None
        # Replaceable so tests can stand at a chosen moment.
        self.clock: Callable[[], dt.datetime] = utcnow

        self.empty = QLabel(
            self.tr("Search for a customer, or take a call: their card appears here."), self
        )
        self.empty.setObjectName("cardEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("cardScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._content: QWidget | None = None

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self._scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        # Widgets of the card on show that the clock updates.
        self.name_label: QLabel | None = None
        self._columns: QBoxLayout | None = None
        self.local_time_label: QLabel | None = None
        self.night_chip: QLabel | None = None
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(self.CLOCK_TICK_MS)
        self._clock_timer.timeout.connect(self.update_clock)

        hub.customers_changed.connect(self._maybe_reload)
        hub.interactions_changed.connect(self._maybe_reload)

    # ---- public --------------------------------------------------------------------------

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    @property
    def card(self) -> CardData | None:
        return self._card

    def show_customer(self, customer_id: int) -> None:
        self._customer_id = customer_id
        if self._card is None:
            self.empty.setText(self.tr("Opening the customer…"))
        customers = self._customers
        self._latest.run(lambda: customers.card(customer_id), self._show_card, self._failed)

    def reload(self) -> None:
        if self._customer_id is not None:
            self.show_customer(self._customer_id)

    @property
    def fields_side_by_side(self) -> bool:
        """Whether the two columns of fields sit side by side (else stacked: a narrow pane)."""
        return (
            self._columns is not None
            and self._columns.direction() == QBoxLayout.Direction.LeftToRight
        )

    def clear(self) -> None:
        self._latest.cancel()
        self._customer_id = None
        self._card = None
        self._clock_timer.stop()
        self.empty.setText(
            self.tr("Search for a customer, or take a call: their card appears here.")
        )
        self._stack.setCurrentWidget(self.empty)
        self._scroll.setMinimumWidth(0)

    # ---- answers -------------------------------------------------------------------------

    def _maybe_reload(self, customer_id: int) -> None:
        if customer_id == self._customer_id:
            self.reload()

    def _failed(self, error: BaseException) -> None:
        if self._card is None:
            self.clear()
        handle_error(self, self._hub, error)

    def _show_card(self, card: CardData) -> None:
        self._hub.report_online()
        self._card = card
        self._content = self._build(card)
        self._scroll.setWidget(self._content)  # QScrollArea deletes the previous content
        self.update_clock()
        # Before the page first shows: its style sheet's fonts and widths, and no size a layout
        # kept from before a label had its text (a widget not yet shown does not tell its layout).
        self._content.ensurePolished()
        for layout in self._content.findChildren(QLayout):
            layout.invalidate()
        # Narrower than its stacked fields, the card would cut them off on the right (it never
        # scrolls sideways): the splitter keeps at least that much room for it.
        needed = self._content_min_width(side_by_side=False) + self._scrollbar_extent()
        self._scroll.setMinimumWidth(min(needed, self.MAX_MINIMUM_WIDTH))
        self._columns_fit()
        self._stack.setCurrentWidget(self._scroll)
        self._clock_timer.start()
        self.loaded.emit(card.id)

    # ---- building ------------------------------------------------------------------------

    def _build(self, card: CardData) -> QWidget:
        content = QWidget()
        content.setObjectName("cardContent")
        outer = QVBoxLayout(content)
        outer.setContentsMargins(20, 12, 20, 12)
        outer.setSpacing(8)

        rtl = is_right_to_left(card.full_name)
        name = QLabel(card.full_name, content)
        name.setObjectName("cardName")
        name.setAccessibleName(self.tr("Customer name"))
        name.setTextInteractionFlags(_SELECTABLE)
        name.setWordWrap(True)
        if rtl:
            # A right-to-left name starts at the right edge, where its first letter belongs.
            # AlignAbsolute: without it Qt mirrors AlignRight for a right-to-left paragraph.
            name.setAlignment(
                Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignVCenter
            )
        self.name_label = name
        outer.addWidget(name)

        # The account number and the chips sit under the name, on the same side as it.
        badges = QHBoxLayout()
        badges.setSpacing(6)
        if rtl:
            badges.addStretch(1)
        account = QLabel(self.tr("Account {account}").format(account=card.account_no), content)
        account.setObjectName("cardAccount")
        account.setTextInteractionFlags(_SELECTABLE)
        badges.addWidget(account)
        for chip in chips_for(card.tags, card.do_not_call):
            badges.addWidget(_chip(chip.text, chip.kind, content))
        if not rtl:
            badges.addStretch(1)
        outer.addLayout(badges)
        # Affected by an open disruption: the agent must know before saying anything else.
        for incident in card.incidents:
            outer.addWidget(self._incident_line(incident, content))
        outer.addWidget(_rule(content))
        # What was promised and how often they were passed on come first, above the fold:
        # the agent must know before saying anything (README: "open promises first").
        outer.addLayout(self._contact_summary(card, content))
        outer.addWidget(_rule(content))

        # Side by side when there is room, stacked in a narrow pane (see _columns_fit).
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._columns.setSpacing(28)
        self._columns.addLayout(self._reach_column(card, content), 1)
        self._columns.addLayout(self._booking_column(card, content), 1)
        outer.addLayout(self._columns)
        outer.addStretch(1)
        return content

    def _incident_line(self, name: str, parent: QWidget) -> QLabel:
        text = self.tr("Disruption: {name}").format(name=name)
        line = QLabel("⚠  " + text, parent)
        line.setObjectName("cardIncident")
        line.setAccessibleName(text)
        line.setTextFormat(Qt.TextFormat.PlainText)
        line.setWordWrap(True)
        line.setTextInteractionFlags(_SELECTABLE)
        line.setToolTip(
            self.tr("Affected by this open disruption: tell them the facts in the banner above.")
        )
        line.setStyleSheet(
            themed(
                "QLabel#cardIncident { background: #fff7ed; color: #9a3412; font-weight: 600;"
                " border: 1px solid #fb923c; border-radius: 6px; padding: 4px 10px; }"
            )
        )
        return line

    def _scrollbar_extent(self) -> int:
        bar = self._scroll.verticalScrollBar()
        return bar.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar)

    def _content_min_width(self, *, side_by_side: bool) -> int:
        """The narrowest the card's page can be without cutting off a field, either way."""
        content, columns = self._content, self._columns
        if content is None or columns is None or content.layout() is None:
            return 0
        outer = content.layout()
        widths = [
            outer.itemAt(i).minimumSize().width()
            for i in range(outer.count())
            if outer.itemAt(i).layout() is not columns
        ]
        reach, booking = (columns.itemAt(i).minimumSize().width() for i in (0, 1))
        widths.append(reach + columns.spacing() + booking if side_by_side else max(reach, booking))
        margins = outer.contentsMargins()
        return max(widths) + margins.left() + margins.right()

    def _columns_fit(self) -> None:
        """Two columns when the card is wide enough for both (even with a scroll bar)."""
        if self._columns is None:
            return
        # The card's own width: the scroll page may not have been laid out yet.
        needed = self._content_min_width(side_by_side=True) + self._scrollbar_extent()
        wide = self.width() >= max(self.TWO_COLUMNS_MIN_WIDTH, needed)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._columns_fit()

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(7)
        grid.setColumnStretch(1, 1)
        return grid

    def _add_row(
        self, grid: QGridLayout, caption: str, value: QLabel, row_layout: QHBoxLayout | None = None
    ) -> None:
        """A caption and its value; ``row_layout`` (holding the value) stands in for a line."""
        row = grid.rowCount()
        label = QLabel(caption, value.parentWidget())
        label.setObjectName("fieldCaption")
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setBuddy(value)
        grid.addWidget(label, row, 0)
        if row_layout is None:
            grid.addWidget(value, row, 1)
        else:
            grid.addLayout(row_layout, row, 1)

    def _value(self, text: str, parent: QWidget, *, rich: bool = False) -> QLabel:
        label = QLabel(parent)
        label.setObjectName("fieldValue")
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setText(text)
        if label.isRightToLeft():
            # An e-mail address or a zone name is left-to-right text: Qt would align it to the
            # left edge even in a mirrored card. Values line up on the right, next to their
            # labels, whatever their script (no invisible marks: agents copy these values).
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        # Word wrap gives the label a height for its width; the default (Preferred) vertical
        # policy lets the layout and the scroll area use it. A Minimum policy would make the
        # label's size hint, wrapped as if the label were narrow, its minimum height: the page
        # would claim several lines per value and scroll although everything fits.
        label.setWordWrap(True)
        label.setTextInteractionFlags(_SELECTABLE)
        return label

    def _reach_column(self, card: CardData, parent: QWidget) -> QGridLayout:
        """How to reach them and whether now is a good time: what a call needs first."""
        grid = self._grid()
        if card.phones:
            lines = []
            for phone in card.phones:
                label = phone_kind(phone.label)
                if phone.primary and len(card.phones) > 1:
                    label = self.tr("{label}, primary").format(label=label)
                lines.append(
                    themed(
                        f"<span dir='ltr'>{html.escape(ltr(phone.display))}</span>"
                        f"&nbsp;&nbsp;<span style='color:#59687c'>{html.escape(label)}</span>"
                    )
                )
            phones = self._value("<br>".join(lines), parent, rich=True)
        else:
            phones = self._value(self.tr("none on file"), parent)
        phones.setObjectName("cardPhones")
        self._add_row(grid, self.tr("Phone"), phones)
        emails = self._value("\n".join(card.emails) or self.tr("none on file"), parent)
        emails.setObjectName("cardEmails")
        self._add_row(grid, self.tr("Email"), emails)

        # A layout, not a widget of its own: the grid then learns at once how wide the clock is.
        clock_layout = QHBoxLayout()
        clock_layout.setSpacing(8)
        self.local_time_label = self._value("", parent)
        self.local_time_label.setObjectName("cardLocalTime")
        self.local_time_label.setWordWrap(False)
        self.night_chip = _chip(self.tr("Night there"), "night", parent)
        self.night_chip.setToolTip(
            self.tr("It is between 21:00 and 08:00 for this customer: avoid calling now.")
        )
        clock_layout.addWidget(self.local_time_label)
        clock_layout.addWidget(self.night_chip)
        clock_layout.addStretch(1)
        self._add_row(grid, self.tr("Local time"), self.local_time_label, clock_layout)
        zone = self._value(card.time_zone, parent)
        zone.setObjectName("cardTimeZone")
        self._add_row(grid, self.tr("Time zone"), zone)
        language = self._value(language_label(card.language, card.country), parent)
        language.setObjectName("cardLanguage")
        self._add_row(grid, self.tr("Language"), language)
        country = self._value(country_label(card.country), parent)
        country.setObjectName("cardCountry")
        self._add_row(grid, self.tr("Country"), country)
        grid.setRowStretch(grid.rowCount(), 1)
        return grid

    def _booking_column(self, card: CardData, parent: QWidget) -> QGridLayout:
        """The customer's own fields (booking, voyage, departure date...) and their age."""
        grid = self._grid()
        for key, value in card.custom_fields:
            field = self._value(value, parent)
            field.setObjectName("cardField")
            field.setProperty("field", key)
            self._add_row(grid, field_label(key), field)
        since = self._value(format_date(card.created_at, self._agent_zone), parent)
        since.setObjectName("cardCustomerSince")
        self._add_row(grid, self.tr("Customer since"), since)
        grid.setRowStretch(grid.rowCount(), 1)
        return grid

    def _contact_summary(self, card: CardData, parent: QWidget) -> QGridLayout:
        """Open promises and handovers first, then the last contact (and how many there were)
        and the goodwill already given, on full-width rows."""
        grid = self._grid()
        last = card.last_contact
        if last is not None:
            parts = [
                format_when(last.started_at, self._agent_zone, self.clock()),
                kind_label(last.kind),
            ]
            if last.outcome:
                parts.append(outcome_label(last.outcome))
            if last.agent:
                parts.append(self.tr("by {agent}").format(agent=last.agent))
            value = self._value(separator().join(parts), parent)
            value.setToolTip(format_full(last.started_at, self._agent_zone))
        else:
            value = self._value(self.tr("never"), parent)
        value.setObjectName("cardLastContact")

        count = card.interaction_count
        count_text = (
            self.tr("%Ln contact in all", "", count)
            if count == 1
            else self.tr("%Ln contacts in all", "", count)
        )
        count_label = self._value(count_text, parent)
        count_label.setObjectName("cardInteractionCount")
        count_label.setWordWrap(False)
        # One line for both: the card keeps its height now that promises have a row.
        last_row = QHBoxLayout()
        last_row.setSpacing(12)
        last_row.addWidget(value, 1)
        last_row.addWidget(count_label, 0, Qt.AlignmentFlag.AlignTop)
        # Added below the promises and handovers (built first here, shown after them).
        last_contact = (value, last_row)

        # Open promises: the agent must know what was promised before saying anything.
        promises = []
        for cb in card.open_callbacks[:5]:
            who = cb.owner or self.tr("queue {queue}").format(queue=cb.queue)
            state = self.tr("in progress") if cb.state == "claimed" else ""
            head = separator().join(p for p in (customer_window(cb), who, state) if p)
            line = f"<b>{_unbroken(html.escape(head))}</b>"
            if cb.note:
                line += " — " + html.escape(cb.note)
            if cb.is_overdue(self.clock()):
                line += themed(
                    f" <span style='color:#b91c1c'>({html.escape(self.tr('overdue'))})</span>"
                )
            promises.append(line)
        if not promises:
            promises.append(html.escape(self.tr("none open")))
        promise_label = self._value("<br>".join(promises), parent, rich=True)
        promise_label.setObjectName("cardPromises")
        promise_label.setAccessibleName(self.tr("Open promises"))
        self._add_row(grid, self.tr("Promises"), promise_label)

        # The bounce counter and transfers still waiting for someone to accept.
        if card.handovers or card.open_transfers:
            parts = []
            if card.handovers:
                parts.append(
                    html.escape(
                        self.tr("passed on %Ln time in this contact", "", card.handovers)
                        if card.handovers == 1
                        else self.tr("passed on %Ln times in this contact", "", card.handovers)
                    )
                )
                if card.handovers >= 2:
                    parts[-1] = themed(f"<span style='color:#b91c1c'><b>{parts[-1]}</b></span>")
            for t in card.open_transfers[:3]:
                parts.append(
                    html.escape(
                        self.tr("waiting: {sender} → {target}").format(
                            sender=isolate(t.from_user), target=isolate(t.target)
                        )
                    )
                )
            handovers = self._value("<br>".join(parts), parent, rich=True)
            handovers.setObjectName("cardHandovers")
            handovers.setAccessibleName(self.tr("Handovers"))
            self._add_row(grid, self.tr("Handovers"), handovers)

        self._add_row(grid, self.tr("Last contact"), *last_contact)

        # Service recovery already given: so nobody gives it twice, or forgets it was promised.
        lines = []
        for gesture in card.goodwill[:5]:
            what = " ".join(p for p in (gesture.amount_text, humanize(gesture.kind)) if p)
            when = format_when(gesture.given_at, self._agent_zone, self.clock())
            by = self.tr("by {agent}").format(agent=gesture.given_by) if gesture.given_by else ""
            text = html.escape(separator().join(p for p in (what, when, by) if p))
            reason = html.escape(gesture.reason)
            line = f"<b>{text}</b> — {reason}"
            if gesture.voided:
                line = f"<s>{line}</s> ({html.escape(self.tr('voided'))})"
            lines.append(line)
        if not lines:
            lines.append(html.escape(self.tr("none given")))
        elif len(card.goodwill) > 5:
            more = len(card.goodwill) - 5
            lines.append(html.escape(self.tr("and {n} earlier").format(n=number(more))))
        goodwill = self._value("<br>".join(lines), parent, rich=True)
        goodwill.setObjectName("cardGoodwill")
        goodwill.setAccessibleName(self.tr("Goodwill already given"))
        self._add_row(grid, self.tr("Goodwill"), goodwill)
        return grid

    def update_clock(self) -> None:
        """The customer's wall clock and the night warning (a timer calls this)."""
        if self._card is None or self.local_time_label is None or self.night_chip is None:
            return
        clock = customer_clock(self._card.time_zone, self.clock())
        if clock is None:
            self.local_time_label.setText(self.tr("unknown time zone"))
            self.night_chip.setVisible(False)
            return
        self.local_time_label.setText(clock.text)
        self.night_chip.setVisible(clock.night)


def _unbroken(text: str) -> str:
    """A slash between letters ("Europe/Moscow") joined to what follows (a word joiner):
    word wrap would otherwise break a time zone after its "/"."""
    return re.sub(r"(?<=\w)/(?=\w)", "/\u2060", text)


def _rule(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setObjectName("cardRule")
    line.setFrameShape(QFrame.Shape.HLine)
    return line


def _chip(text: str, kind: str, parent: QWidget) -> QLabel:
    chip = QLabel(text, parent)
    chip.setObjectName("chip")
    chip.setProperty("kind", kind)
    chip.setAccessibleName(text)
    chip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    _refresh_style(chip)
    return chip
