"""The disruption banner (``incidentBanner``): what every agent may tell customers, right now.

Shown at the top of every console, agents' and supervisors', while at least one disruption is
open: its name, the current facts (whole, wrapped, never cut), the standards the company
committed to, and when and by whom the facts were last updated, in the agent's time. Several
disruptions get one compact row each. When the facts change the row says "Facts updated" in a
highlight for a few seconds, and screen readers hear it.

``IncidentWatch`` keeps it live like the transfer inbox: a PostgreSQL notification
(``hub.incidents_changed``) reads the open disruptions at once; SQLite is polled (every 2 s),
PostgreSQL polled slowly as a safety net. The read runs off the GUI thread; the banner is built
when a first disruption is open (a console that never meets one never has it) and its rows are
only redrawn when something changed.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.services.incidents import IncidentService, IncidentView
from ui.accessibility import announce
from ui.errors import handle_error
from ui.formatting import clock, format_full, format_when, number, utcnow
from ui.hub import Hub
from ui.i18n import is_right_to_left
from ui.tasks import run_task
from ui.theme import themed

# How long "Facts updated" stays highlighted after the facts changed.
FLASH_MS = 12_000
# The banner never takes more than this share of the window's height (long facts scroll).
MAX_HEIGHT_SHARE = 0.4

_STYLE = """
QFrame#incidentBanner {
    background: #fff7ed;
    border: 1px solid #fb923c;
    border-left: 5px solid #ea580c;
    border-radius: 8px;
}
QWidget#incidentBannerContent, QScrollArea#incidentBannerScroll { background: transparent; }
QFrame#incidentBannerRow { background: transparent; border: none; border-radius: 6px; }
QFrame#incidentBannerRow[flash="true"] { background: #fef08a; }
QFrame#incidentBannerRule { background: #fed7aa; max-height: 1px; border: none; }
QLabel#incidentBannerName { color: #9a3412; font-weight: 700; font-size: 11pt; }
QLabel#incidentBannerUpdated { color: #7c2d12; }
QLabel#incidentBannerFlash {
    background: #facc15; color: #422006; border-radius: 9px; padding: 1px 9px;
    font-weight: 700;
}
QLabel#incidentBannerFacts { color: #1c1917; font-size: 10.5pt; }
QLabel#incidentBannerStandards { color: #44403c; }
"""


# A row's highlight, by what it says (worded by the banner, in the interface language).
NEW = "new"
UPDATED = "updated"


@dataclass(frozen=True)
class IncidentMemory:
    """What a disruption watch knew and its banner showed, for the next window's: the
    disruptions as last read (None: never answered), which rows were highlighted and why
    (``NEW``, ``UPDATED``) with how long the highlight had left, and how far the banner
    was scrolled."""

    known: tuple[IncidentView, ...] | None
    flashing: tuple[tuple[int, str], ...] = ()
    flash_left_ms: int = 0
    scroll: int = 0


def _align(label: QLabel, text: str) -> None:
    """A Persian or Hebrew text starts at the right edge, where its first letter belongs."""
    if is_right_to_left(text):
        label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
        )
    else:
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def _refresh_style(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class IncidentRow(QFrame):
    """One open disruption: name, when and who updated it, the facts and the standards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentBannerRow")
        self.incident: IncidentView | None = None
        self.name = QLabel(self)
        self.name.setObjectName("incidentBannerName")
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.flash = QLabel(self.tr("Facts updated"), self)
        self.flash.setObjectName("incidentBannerFlash")
        self.flash.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.flash.hide()
        self.updated = QLabel(self)
        self.updated.setObjectName("incidentBannerUpdated")
        self.updated.setAccessibleName(self.tr("When and by whom the facts were updated"))
        self.updated.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.facts = QLabel(self)
        self.facts.setObjectName("incidentBannerFacts")
        self.facts.setAccessibleName(self.tr("What to tell customers"))
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.facts.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.standards = QLabel(self)
        self.standards.setObjectName("incidentBannerStandards")
        self.standards.setAccessibleName(self.tr("Our standards"))
        self.standards.setWordWrap(True)
        self.standards.setTextFormat(Qt.TextFormat.PlainText)
        self.standards.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(3)
        self.compact: bool | None = None
        self.set_compact(False)

    def set_compact(self, compact: bool) -> None:
        """One of several disruptions: the name runs into its facts, one line less per row."""
        if compact == self.compact:
            return
        self.compact = compact
        grid = self.grid
        for widget in (self.name, self.facts, self.flash, self.updated, self.standards):
            grid.removeWidget(widget)
        top = Qt.AlignmentFlag.AlignTop
        if compact:
            grid.addWidget(self.facts, 0, 0)
            grid.addWidget(self.flash, 0, 1, top)
            grid.addWidget(self.updated, 0, 2, top)
            grid.addWidget(self.standards, 1, 0)
            grid.setContentsMargins(6, 2, 6, 2)
        else:
            grid.addWidget(self.name, 0, 0)
            grid.addWidget(self.flash, 0, 1, top)
            grid.addWidget(self.updated, 0, 2, top)
            grid.addWidget(self.facts, 1, 0, 1, 3)
            grid.addWidget(self.standards, 2, 0, 1, 3)
            grid.setContentsMargins(6, 4, 6, 4)
        grid.setColumnStretch(0, 1)
        self.name.setVisible(not compact)
        self._show_facts()

    def set_incident(self, incident: IncidentView, updated: str, tooltip: str) -> None:
        self.incident = incident
        self.name.setText(self.tr("Disruption: {name}").format(name=incident.name))
        _align(self.name, self.name.text())
        self._show_facts()
        self.standards.setText(
            self.tr("Our standards: {standards}").format(standards=incident.standards)
        )
        _align(self.standards, self.standards.text())
        self.standards.setVisible(bool(incident.standards))
        self.updated.setText(updated)
        self.updated.setToolTip(tooltip)

    def _show_facts(self) -> None:
        incident = self.incident
        if incident is None:
            return
        if self.compact:
            self.facts.setTextFormat(Qt.TextFormat.RichText)
            name = html.escape(self.name.text())
            facts = html.escape(incident.facts).replace("\n", "<br>")
            self.facts.setText(
                themed(f"<span style='color:#9a3412; font-weight:700'>{name}</span> — {facts}")
            )
            _align(self.facts, self.name.text())
        else:
            self.facts.setTextFormat(Qt.TextFormat.PlainText)
            self.facts.setText(incident.facts)
            _align(self.facts, incident.facts)

    def set_flash(self, text: str) -> None:
        """Highlight the row with ``text`` ("Facts updated"), or end the highlight ("")."""
        if text:
            self.flash.setText(text)
        self.flash.setVisible(bool(text))
        self.setProperty("flash", "true" if text else "false")
        _refresh_style(self)

    def describe(self) -> str:
        facts = self.incident.facts if self.incident is not None else ""
        parts = [self.name.text(), self.tr("Facts: {facts}").format(facts=facts)]
        if self.standards.isVisibleTo(self):
            parts.append(self.standards.text())
        parts.append(self.updated.text())
        return ". ".join(p.rstrip(".") for p in parts if p) + "."


class IncidentBanner(QFrame):
    """The banner itself: built by ``IncidentWatch`` when a first disruption is open."""

    def __init__(self, agent_zone: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentBanner")
        self.setAccessibleName(self.tr("Disruption"))
        self.setStyleSheet(themed(_STYLE))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._zone = agent_zone
        # What was shown last: None before the first answer (nothing is "new" then).
        self._shown: tuple[IncidentView, ...] | None = None
        # Highlighted rows: incident id -> NEW or UPDATED.
        self._flashing: dict[int, str] = {}
        # Carried from the banner of the window this one replaced (``carry_on``).
        self._flash_left_ms = 0
        self._scroll_to: int | None = None
        self.clock: Callable[[], dt.datetime] = utcnow
        self.incidents: tuple[IncidentView, ...] = ()
        self.rows: list[IncidentRow] = []
        self.announcements: list[str] = []

        self._content = QWidget()
        self._content.setObjectName("incidentBannerContent")
        self._rows_layout = QVBoxLayout(self._content)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("incidentBannerScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._content)
        self._scroll.viewport().setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(2)
        layout.addWidget(self._scroll)
        self.hide()

        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit)

    def stop(self) -> None:
        self._flash_timer.stop()

    def remember(self, incidents: tuple[IncidentView, ...]) -> None:
        """What the console knew before this banner existed (so a new one is said "New")."""
        self._shown = incidents

    def carry_on(self, memory: IncidentMemory) -> None:
        """Show what the banner of the window this one replaces showed (called before the
        first ``show_incidents``): its highlights, for the time they had left, and where it
        was scrolled. Nothing is announced again."""
        self._flashing = dict(memory.flashing)
        self._flash_left_ms = memory.flash_left_ms if memory.flashing else 0
        self._scroll_to = memory.scroll or None

    def memory(self) -> tuple[tuple[tuple[int, str], ...], int, int]:
        """(highlighted rows, ms the highlight has left, scroll position), for ``carry_on``."""
        left = self._flash_timer.remainingTime() if self._flash_timer.isActive() else 0
        flashing = tuple(self._flashing.items()) if left > 0 else ()
        return flashing, max(0, left), self._scroll.verticalScrollBar().value()

    # ---- showing -------------------------------------------------------------------------

    def show_incidents(self, incidents: list[IncidentView] | tuple[IncidentView, ...]) -> None:
        current = tuple(incidents)
        before = self._shown
        if current == before == self.incidents:
            return
        self._shown = current
        self.incidents = current
        news: list[str] = []
        if before is not None:
            old = {i.id: i for i in before}
            for incident in current:
                was = old.get(incident.id)
                if was is None:
                    self._flashing[incident.id] = NEW
                    news.append(
                        self.tr("New disruption: {name}. {facts}").format(
                            name=incident.name, facts=incident.facts
                        )
                    )
                elif (was.facts, was.standards, was.facts_at) != (
                    incident.facts,
                    incident.standards,
                    incident.facts_at,
                ):
                    self._flashing[incident.id] = UPDATED
                    news.append(
                        self.tr("Facts updated for {name}: {facts}").format(
                            name=incident.name, facts=incident.facts
                        )
                    )
        open_ids = {i.id for i in current}
        self._flashing = {k: v for k, v in self._flashing.items() if k in open_ids}
        self._render()
        carried, self._flash_left_ms = self._flash_left_ms, 0
        if news:
            self._flash_timer.start(FLASH_MS)
            self._announce(" ".join(news))
        elif carried and self._flashing:
            self._flash_timer.start(carried)  # the rest of the previous window's highlight

    def updated_text(self, incident: IncidentView) -> str:
        """ "Updated 14:05 by Riina Sepp" (today), else with the day, in the agent's time."""
        now = self.clock()
        local = incident.facts_at.astimezone(self._zone)
        if local.date() == now.astimezone(self._zone).date():
            when = clock(local)
        else:
            when = format_when(incident.facts_at, self._zone, now)
        if incident.facts_by:
            return self.tr("Updated {when} by {who}").format(when=when, who=incident.facts_by)
        return self.tr("Updated {when}").format(when=when)

    def _render(self) -> None:
        incidents = self.incidents
        while len(self.rows) > len(incidents):
            row = self.rows.pop()
            row.hide()
            row.deleteLater()
        while len(self.rows) < len(incidents):
            row = IncidentRow(self._content)
            self.rows.append(row)
        # Rebuild the column of rows (with a thin rule between two disruptions).
        while self._rows_layout.count():
            item = self._rows_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.objectName() == "incidentBannerRule":
                widget.deleteLater()
        several = len(incidents) > 1
        for i, (row, incident) in enumerate(zip(self.rows, incidents, strict=True)):
            if i:
                rule = QFrame(self._content)
                rule.setObjectName("incidentBannerRule")
                rule.setFrameShape(QFrame.Shape.HLine)
                self._rows_layout.addWidget(rule)
            row.set_incident(
                incident, self.updated_text(incident), format_full(incident.facts_at, self._zone)
            )
            row.set_compact(several)
            row.set_flash(self._flash_text(self._flashing.get(incident.id, "")))
            self._rows_layout.addWidget(row)
            row.show()
        name = (
            self.tr("Disruption")
            if len(incidents) == 1
            else self.tr("{n} disruptions").format(n=number(len(incidents)))
        )
        self.setAccessibleName(name)
        self.setAccessibleDescription(self.description())
        if incidents:
            self.show()
            self._fit_timer.start()
        else:
            self.hide()

    def _flash_text(self, kind: str) -> str:
        if kind == NEW:
            return self.tr("New")
        if kind == UPDATED:
            return self.tr("Facts updated")
        return ""

    def description(self) -> str:
        """Everything the banner says, as one text (screen readers, tooltips, tests)."""
        return "\n".join(row.describe() for row in self.rows[: len(self.incidents)])

    def _end_flash(self) -> None:
        self._flashing.clear()
        for row in self.rows:
            row.set_flash("")

    def _announce(self, text: str) -> None:
        self.announcements.append(text)
        announce(self, text)

    # ---- size ----------------------------------------------------------------------------

    def _fit(self) -> None:
        """As tall as the rows need at the width they have, up to a share of the window."""
        width = self._scroll.viewport().width()
        if width <= 0:
            width = max(200, self.width() - 30)
        layout = self._rows_layout
        need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        if need <= 0:
            need = self._content.sizeHint().height()
        window = self.window()
        cap = max(120, int(window.height() * MAX_HEIGHT_SHARE)) if window is not self else 400
        self._scroll.setFixedHeight(min(need, cap))
        if self._scroll_to is not None:
            # Where the previous window's banner was scrolled, once this one is laid out.
            QTimer.singleShot(0, self, self._scroll_back)

    def _scroll_back(self) -> None:
        value, self._scroll_to = self._scroll_to, None
        if value is not None:
            self._scroll.verticalScrollBar().setValue(value)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_timer.start()


class IncidentWatch(QObject):
    """Reads the open disruptions (off the GUI thread) and keeps the banner up to date.

    The banner is built the first time a disruption is open, at the top of ``layout``; a
    console that never meets one never has it. A notification (``hub.incidents_changed``)
    reads at once; the timer polls (SQLite has no notifications).
    """

    # Who the open disruptions affect changed (declared, customers added, closed): the marks
    # on the card and in the search results are out of date.
    changed = Signal()
    # After every answer has been shown (tests).
    refreshed = Signal()

    def __init__(
        self,
        service: IncidentService,
        hub: Hub,
        agent_zone: dt.tzinfo,
        layout: QBoxLayout,
        *,
        poll_seconds: float = 2.0,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._hub = hub
        self._zone = agent_zone
        self._layout = layout
        self._busy = False
        self._again = False
        self._known: tuple[IncidentView, ...] | None = None
        # What the previous window's banner showed, for this window's banner once built.
        self._carried: IncidentMemory | None = None
        self.banner: IncidentBanner | None = None
        self.answers = 0  # how many reads were answered (tests)
        self.timer = QTimer(self)
        self.timer.setInterval(int(max(1.0, poll_seconds) * 1000))
        self.timer.timeout.connect(self.check)
        hub.incidents_changed.connect(self.check)

    @property
    def incidents(self) -> tuple[IncidentView, ...]:
        return self._known or ()

    def memory(self) -> IncidentMemory:
        """What this watch knew and its banner showed, for the next window's watch."""
        banner = self.banner
        if banner is None or banner.isHidden():
            return IncidentMemory(self._known)
        flashing, left, scroll = banner.memory()
        return IncidentMemory(self._known, flashing, left, scroll)

    def resume(self, memory: IncidentMemory) -> None:
        """Carry on from another window's watch: nothing already shown flashes as news, and
        the banner shows what the other one showed (highlights, scroll), in this language."""
        if self._known is None:
            self._known = memory.known
            self._carried = memory

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        if self.banner is not None:
            self.banner.stop()

    def check(self) -> None:
        """Read the open disruptions; one read at a time (a request meanwhile reads after)."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        run_task(self._service.open_incidents, self._loaded, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._again = False
        parent = self.parent()
        handle_error(parent if isinstance(parent, QWidget) else None, self._hub, error)

    def _loaded(self, incidents: list[IncidentView]) -> None:
        self._busy = False
        self.answers += 1
        self._hub.report_online()
        current = tuple(incidents)
        before = self._known
        self._known = current
        if current and self.banner is None:
            parent = self._layout.parentWidget()
            self.banner = IncidentBanner(self._zone, parent)
            if before is not None:
                self.banner.remember(before)
            carried, self._carried = self._carried, None
            if carried is not None:
                self.banner.carry_on(carried)
            self._layout.insertWidget(0, self.banner)
        if self.banner is not None:
            self.banner.show_incidents(current)
        marks = {(i.id, i.affected) for i in current}
        if marks != {(i.id, i.affected) for i in before or ()}:
            self.changed.emit()
        self.refreshed.emit()
        if self._again:
            self._again = False
            self.check()
