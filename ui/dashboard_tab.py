"""The supervisor's dashboard (``dashboardTab``): the callback backlog at a glance, live.

From the top: when the figures were read (and a Refresh), the alerts that need someone now,
thirteen tiles, three charts (backlog by age, due by hour today and tomorrow, kept and broken
over two weeks) and a table per agent and per queue. Every figure opens the callbacks behind
it (``DrillDialog``), where they can be reassigned.

Live: the figures are read when the tab is shown, after changes announced on the hub
(coalesced), whenever the newest event id moved (polled every 1.5 s while the tab is shown on
SQLite, which has no notifications; every 15 s on PostgreSQL, where the hub hears of changes
by NOTIFY and the poll is only a safety net) and every 30 s anyway, because "due now" and
"overdue" change with the clock alone. One read at a time; models are updated in place so
sorting and selection stay put. A failed read says so in the header and keeps the last figures.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QRectF, QSize, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.errors import DatabaseUnavailableError, UserFacingError
from console.services.callbacks import CallbackService
from console.services.dashboard import (
    OVERDUE_BUCKETS,
    Alert,
    Backlog,
    DashboardService,
    Drill,
    Thresholds,
    Tile,
)
from console.storage.dialect import POSTGRESQL
from ui.accessibility import prepare
from ui.context import ConsoleContext
from ui.dashboard_charts import BarChartPanel
from ui.dashboard_drill import DrillDialog
from ui.dashboard_models import AgentModel, QueueModel, _DashboardRowModel
from ui.dashboard_text import (
    alert_text,
    bar_label,
    drill_title,
    hour_label,
    tile_label,
    tile_text,
)
from ui.errors import show_error
from ui.flow_layout import FlowLayout
from ui.formatting import clock, day_month, number, plain_number, zone_or_none
from ui.hub import Hub
from ui.i18n import isolate, localized, separator
from ui.incident_dialog import IncidentPanel
from ui.tasks import run_task
from ui.theme import qcolor, themed

log = logging.getLogger(__name__)

POLL_MS = 1500  # the change marker, while the tab is shown (SQLite: no notifications)
POLL_PG_MS = 15_000  # PostgreSQL: changes arrive by NOTIFY; the poll is a safety net
FULL_MS = 30_000  # everything, while the tab is shown: due now and overdue move with the clock
COALESCE_MS = 300  # a burst of hub notifications: one refresh
TILE_COLUMNS = 7
TABLE_ROWS_SHOWN = 16  # a longer table scrolls inside

STYLE = """
QWidget#dashboardContent, QWidget#dashboardViewport { background: #eef1f5; }
QFrame[dashboardPanel="true"] {
    background: #ffffff; border: 1px solid #d6dbe3; border-radius: 8px;
}
QLabel#dashboardTitle { font-size: 15pt; font-weight: 600; color: #0f172a; }
QLabel#dashboardUpdated { color: #475569; padding-left: 6px; }
QLabel#dashboardUpdated[state="error"] { color: #b91c1c; font-weight: 600; }
QLabel#dashboardSectionTitle { font-size: 11pt; font-weight: 600; color: #0f172a; }
QLabel#dashboardChartCaption, QLabel#dashboardTableHint { color: #475569; }
QPushButton#dashboardAlert {
    text-align: left; padding: 6px 12px; border-radius: 6px; font-weight: 600;
}
QPushButton#dashboardAlert[level="warning"] {
    background: #fffbeb; color: #78350f; border: 1px solid #f59e0b;
}
QPushButton#dashboardAlert[level="critical"] {
    background: #fef2f2; color: #991b1b; border: 1px solid #f87171;
}
QPushButton#dashboardAlert:hover { border-width: 2px; }
QFrame#dashboardOffShift {
    background: #fffbeb; border: 1px solid #f59e0b; border-radius: 6px;
}
QLabel#dashboardOffShiftCaption { color: #78350f; font-weight: 600; padding-top: 3px; }
QPushButton#dashboardAlertChip {
    background: #fef3c7; color: #78350f; border: 1px solid #d97706; border-radius: 11px;
    padding: 2px 10px; font-weight: 600;
}
QPushButton#dashboardAlertChip:hover { background: #fde68a; }
QPushButton#dashboardAlert:focus, QPushButton#dashboardAlertChip:focus {
    border: 2px solid #1d4ed8;
}
"""

DIALOG_STYLE = """
QLabel#dashboardMessage[state="ok"] {
    background: #f0fdf4; color: #166534; border: 1px solid #86efac; border-radius: 6px;
    font-weight: 600;
}
QLabel#dashboardMessage[state="error"] {
    background: #fef2f2; color: #991b1b; border: 1px solid #fca5a5; border-radius: 6px;
    font-weight: 600;
}
QLabel#dashboardDrillSummary, QLabel#dashboardDrillSelection { color: #475569; }
"""


def _zone_name(context: ConsoleContext) -> str:
    """The supervisor's zone as an IANA name (the service counts days in it)."""
    name = context.user.time_zone
    if zone_or_none(name) is not None:
        return name
    local = str(context.agent_zone)
    return local if zone_or_none(local) is not None else "UTC"


# ---- tiles and alerts ------------------------------------------------------------------------


# (background, border, value, label) of a figure tile, by state (light-theme colours).
TILE_COLOURS = {
    "alert": ("#fef2f2", "#f87171", "#991b1b", "#991b1b"),
    "alert down": ("#fee2e2", "#f87171", "#991b1b", "#991b1b"),
    "plain": ("#ffffff", "#d6dbe3", "#0f172a", "#475569"),
    "plain down": ("#eff4ff", "#d6dbe3", "#0f172a", "#475569"),
    "plain hover": ("#ffffff", "#93b4f5", "#0f172a", "#475569"),
}
TILE_FOCUS = "#1d4ed8"


class TileButton(QAbstractButton):
    """One figure: the big number, its label under it. A button: click, Enter or Space opens
    the callbacks behind it."""

    PADDING_X = 14
    PADDING_Y = 9

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"dashboardTile_{key}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.tile: Tile | None = None
        # The tiles side by side: every tile is as tall as the one with the longest label.
        self.siblings: list[TileButton] = [self]
        self.value_text = "—"
        self.label = ""
        self.alert = False
        self.value_font = QFont(self.font())
        self.value_font.setPointSizeF(self.font().pointSizeF() * 1.75)
        self.value_font.setWeight(QFont.Weight.DemiBold)
        self.label_font = QFont(self.font())

    def set_tile(self, tile: Tile) -> None:
        if tile == self.tile:
            return
        label, value = tile_label(tile), tile_text(tile)
        relabelled = self.tile is None or label != self.label
        self.tile = tile
        self.value_text, self.label, self.alert = value, label, tile.alert
        self.setText(f"{value} {label}")
        self.setAccessibleName(f"{label}: {value}")
        self.setAccessibleDescription(self.tr("Above the alert threshold. ") if tile.alert else "")
        self.setToolTip(
            self.tr("{what} — click or press Enter to list the callbacks.").format(
                what=drill_title(tile.drill)
            )
        )
        if relabelled:
            self.updateGeometry()
        self.update()

    # ---- size ----------------------------------------------------------------------------

    def _label_height(self, width: int) -> int:
        metrics = QFontMetrics(self.label_font)
        inner = max(40, width - 2 * self.PADDING_X)
        rect = metrics.boundingRect(0, 0, inner, 1000, int(Qt.TextFlag.TextWordWrap), self.label)
        return max(metrics.height(), rect.height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        value = QFontMetrics(self.value_font).height()
        label = max(tile._label_height(width) for tile in self.siblings)
        return 2 * self.PADDING_Y + value + 2 + label

    def sizeHint(self) -> QSize:
        return QSize(160, self.heightForWidth(160))

    def minimumSizeHint(self) -> QSize:
        return QSize(112, self.heightForWidth(112))

    # ---- look and keys -------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        hover = self.underMouse()
        kind = "alert" if self.alert else "plain"
        if self.isDown():
            kind += " down"
        elif hover and not self.alert:
            kind += " hover"
        back, border, value, label = TILE_COLOURS[kind]
        width = 1.0
        if self.hasFocus():
            border, width = TILE_FOCUS, 2.5
        painter.setPen(QPen(qcolor(border), width))
        painter.setBrush(qcolor(back))
        inset = width / 2
        painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 8, 8)
        if self.alert:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor("#dc2626"))
            stripe_x = rect.right() - 7 if self.isRightToLeft() else rect.left() + 3
            painter.drawRoundedRect(QRectF(stripe_x, rect.top() + 8, 4,
                                           rect.height() - 16), 2, 2)  # fmt: skip
        inner = rect.adjusted(self.PADDING_X, self.PADDING_Y, -self.PADDING_X + 4, -4)
        value_metrics = QFontMetrics(self.value_font)
        value_font = QFont(self.value_font)
        # "1 d 18 h" says more words in some languages ("۱ روز و ۱۸ ساعت"): smaller, not cut.
        while (
            QFontMetrics(value_font).horizontalAdvance(self.value_text) > inner.width()
            and value_font.pointSizeF() > self.value_font.pointSizeF() * 0.6
        ):
            value_font.setPointSizeF(value_font.pointSizeF() * 0.9)
        painter.setFont(value_font)
        painter.setPen(qcolor(value))
        shown = QFontMetrics(value_font).elidedText(
            self.value_text, Qt.TextElideMode.ElideRight, int(inner.width())
        )
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), shown)
        painter.setFont(self.label_font)
        painter.setPen(qcolor(label))
        label_rect = inner.adjusted(0, value_metrics.height() + 2, 0, 0)
        painter.drawText(
            label_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            self.label,
        )
        painter.end()


class AlertButton(QPushButton):
    """One alert: a row that opens the callbacks behind it (click, Enter or Space)."""

    def __init__(
        self, alert: Alert, chip: str = "", parent: QWidget | None = None, *, text: str = ""
    ) -> None:
        super().__init__(parent)
        self.alert = alert
        message = text or alert.message
        self.setProperty("level", "critical" if alert.kind == "overdue_above" else "warning")
        if chip:
            # An agent off shift with overdue callbacks: a small button among several.
            self.setObjectName("dashboardAlertChip")
            self.setText(chip)
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        else:
            self.setObjectName("dashboardAlert")
            self.setText("⚠  " + message)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Alert: {message}").format(message=message))
        self.setToolTip(message + "\n" + self.tr("Click or press Enter to list the callbacks."))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


class _CellTable(QTableView):
    """Enter on a cell opens the drill of that cell (like a double click)."""

    cell_activated = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.cell_activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


def _alert_key(alert: Alert) -> tuple[str, int | None]:
    """What makes an alert "the same one" from one refresh to the next (counts change)."""
    return alert.kind, alert.drill.owner_id


# ---- the tab ---------------------------------------------------------------------------------


class DashboardTab(QWidget):
    # The supervisor wants this customer on the Desk (from a drill-down).
    open_customer_requested = Signal(int)
    # (text, milliseconds) for the window's status bar.
    status_message = Signal(str, int)
    # New figures are on screen.
    refreshed = Signal()

    def __init__(self, context: ConsoleContext, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTab")
        self.setAccessibleName(self.tr("Supervisor dashboard"))
        self.setStyleSheet(themed(STYLE))
        self.context = context
        self.hub = hub
        self.service = DashboardService(context.db)
        self.callbacks = CallbackService(context.db)
        self.zone = _zone_name(context)
        self.thresholds = Thresholds(
            break_within_min=context.settings.dashboard_break_warning_min,
            overdue_above=context.settings.dashboard_overdue_alert,
        )
        self.backlog: Backlog | None = None
        self.marker: int | None = None
        self.refreshes = 0
        self._busy = False
        self._again = False
        self._polling = False
        self._alert_keys: set[tuple[str, int | None]] | None = None
        self._bug_reported = False
        self.tiles: dict[str, TileButton] = {}
        self.tile_group: list[TileButton] = []
        self.drills: list[DrillDialog] = []

        self._build_header()
        self._build_alerts()
        self._build_tiles()
        self._build_charts()
        self._build_tables()
        # Open and recent disruptions, first on the page (hidden when there are none).
        self.incidents_panel = IncidentPanel(context, hub, self)
        self.incidents_panel.drill_requested.connect(self.open_drill)

        content = QWidget()
        content.setObjectName("dashboardContent")
        content.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 4, 4)
        body.setSpacing(10)
        body.addWidget(self.incidents_panel)
        body.addWidget(self.tiles_box)
        body.addWidget(self.charts_row, 1)
        body.addWidget(self.tables_box)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("dashboardScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.viewport().setObjectName("dashboardViewport")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 8, 2, 0)
        layout.setSpacing(8)
        layout.addLayout(self.header)
        layout.addWidget(self.alerts_box)
        layout.addWidget(self.scroll_area, 1)

        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_PG_MS if context.db.kind == POSTGRESQL else POLL_MS)
        self._poll_timer.timeout.connect(self._poll)
        self._full_timer = QTimer(self)
        self._full_timer.setInterval(FULL_MS)
        self._full_timer.timeout.connect(self.refresh)
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self._changed)
        hub.callbacks_changed.connect(self._coalesce.start)
        hub.incidents_changed.connect(self._coalesce.start)

    # ---- building ------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.title = QLabel(self.tr("Callback backlog"), self)
        self.title.setObjectName("dashboardTitle")
        self.updated = QLabel(self.tr("Reading the figures…"), self)
        self.updated.setObjectName("dashboardUpdated")
        self.updated.setAccessibleName(self.tr("When the figures were read"))
        self.updated.setWordWrap(True)
        self.updated.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.setAccessibleName(self.tr("Refresh the dashboard"))
        self.refresh_button.setToolTip(self.tr("Read the figures again now (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setObjectName("dashboardExportCsv")
        self.export_button.setAccessibleName(self.tr("Export the figures as CSV"))
        self.export_button.clicked.connect(self.choose_csv)
        self.png_button = QPushButton(self.tr("Save charts as PNG…"), self)
        self.png_button.setObjectName("dashboardExportPng")
        self.png_button.setAccessibleName(self.tr("Save the charts as a PNG image"))
        self.png_button.clicked.connect(self.choose_png)
        header = QHBoxLayout()
        header.setContentsMargins(4, 0, 4, 0)
        header.setSpacing(8)
        header.addWidget(self.title)
        header.addWidget(self.updated, 1)
        header.addWidget(self.refresh_button)
        header.addWidget(self.export_button)
        header.addWidget(self.png_button)
        self.header = header

    def _build_alerts(self) -> None:
        self.alerts_box = QWidget(self)
        self.alerts_box.setObjectName("dashboardAlerts")
        self.alerts_box.setAccessibleName(self.tr("Alerts"))
        self.main_alerts = QWidget(self.alerts_box)
        self.main_alerts_layout = QGridLayout(self.main_alerts)
        self.main_alerts_layout.setContentsMargins(0, 0, 0, 0)
        self.main_alerts_layout.setHorizontalSpacing(8)
        self.main_alerts_layout.setVerticalSpacing(6)
        # Agents off shift who still hold overdue callbacks: one line of small buttons.
        self.off_shift = QFrame(self.alerts_box)
        self.off_shift.setObjectName("dashboardOffShift")
        self.off_shift.setAccessibleName(self.tr("Off shift with overdue callbacks"))
        caption = QLabel(self.tr("⚠  Off shift with overdue callbacks:"), self.off_shift)
        caption.setObjectName("dashboardOffShiftCaption")
        chips = QWidget(self.off_shift)
        self.off_shift_layout = FlowLayout(chips, spacing=6)
        row = QHBoxLayout(self.off_shift)
        row.setContentsMargins(12, 5, 8, 5)
        row.setSpacing(10)
        row.addWidget(caption, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(chips, 1)
        layout = QVBoxLayout(self.alerts_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.main_alerts)
        layout.addWidget(self.off_shift)
        self.alert_buttons: list[AlertButton] = []
        self.alerts_box.hide()

    def _build_tiles(self) -> None:
        self.tiles_box = QWidget(self)
        self.tiles_box.setObjectName("dashboardTiles")
        self.tiles_box.setAccessibleName(self.tr("Figures"))
        self.tiles_layout = QGridLayout(self.tiles_box)
        self.tiles_layout.setContentsMargins(0, 0, 0, 0)
        self.tiles_layout.setSpacing(10)
        for col in range(TILE_COLUMNS):
            self.tiles_layout.setColumnStretch(col, 1)

    def _build_charts(self) -> None:
        self.age_chart = BarChartPanel(
            "dashboardAgeChart", self.tr("Open backlog by age"),
            [self.tr("Not yet overdue"), self.tr("Overdue")], ["#3b82f6", "#dc2626"],
            horizontal=True, stacked=True, show_legend=False,
        )  # fmt: skip
        self.hours_chart = BarChartPanel(
            "dashboardHoursChart", self.tr("Due by hour, today and tomorrow"),
            [self.tr("Today"), self.tr("Tomorrow")], ["#2563eb", "#a5b4fc"], label_every=3,
        )  # fmt: skip
        self.trend_chart = BarChartPanel(
            "dashboardTrendChart", self.tr("Kept and broken promises, last 14 days"),
            [self.tr("Kept"), self.tr("Broken")], ["#16a34a", "#dc2626"], stacked=True,
        )  # fmt: skip
        self.charts_row = QWidget(self)
        self.charts_row.setObjectName("dashboardCharts")
        row = QHBoxLayout(self.charts_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(self.age_chart, 4)
        row.addWidget(self.hours_chart, 5)
        row.addWidget(self.trend_chart, 4)
        for chart in (self.age_chart, self.hours_chart, self.trend_chart):
            chart.drill_requested.connect(self.open_drill)

    def _table_panel(
        self, name: str, title: str, model: _DashboardRowModel
    ) -> tuple[QFrame, _CellTable, QSortFilterProxyModel]:
        panel = QFrame(self)
        panel.setObjectName(name + "Panel")
        panel.setProperty("dashboardPanel", True)
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        heading = QLabel(title, panel)
        heading.setObjectName("dashboardSectionTitle")
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(_DashboardRowModel.SORT_ROLE)
        proxy.setDynamicSortFilter(True)
        table = _CellTable(panel)
        table.setObjectName(name)
        table.setAccessibleName(title)
        table.setModel(proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.sortByColumn(model.OVERDUE, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        table.doubleClicked.connect(lambda index: self._cell_drill(model, proxy, index))
        table.cell_activated.connect(lambda index: self._cell_drill(model, proxy, index))
        hint = QLabel(self.tr("Double-click or Enter on a figure lists its callbacks."), panel)
        hint.setObjectName("dashboardTableHint")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(table, 1)
        layout.addWidget(hint)
        return panel, table, proxy

    def _build_tables(self) -> None:
        self.agent_model = AgentModel(self)
        self.queue_model = QueueModel(self)
        agents, self.agent_table, self.agent_proxy = self._table_panel(
            "dashboardAgents", self.tr("Agents"), self.agent_model
        )
        queues, self.queue_table, self.queue_proxy = self._table_panel(
            "dashboardQueues", self.tr("Queues"), self.queue_model
        )
        self.tables_box = QWidget(self)
        self.tables_box.setObjectName("dashboardTables")
        self.tables_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.tables_box)
        self.tables_layout.setContentsMargins(0, 0, 0, 0)
        self.tables_layout.setSpacing(10)
        self.tables_layout.addWidget(agents, 6)
        self.tables_layout.addWidget(queues, 5)
        for model in (self.agent_model, self.queue_model):
            model.rowsInserted.connect(self._fit_tables)
            model.rowsRemoved.connect(self._fit_tables)

    @staticmethod
    def _table_width(table: QTableView) -> int:
        """The width a table needs to show every column whole."""
        header = table.horizontalHeader()
        columns = sum(
            max(header.sectionSizeHint(c), table.sizeHintForColumn(c))
            for c in range(header.count())
        )
        scroll = table.verticalScrollBar().sizeHint().width()
        return columns + scroll + 2 * table.frameWidth() + 24 + 8  # the panel's margins

    def _arrange_tables(self) -> None:
        """Side by side when both fit whole, else one above the other (the page scrolls)."""
        room = self.scroll_area.viewport().width() - self.tables_layout.spacing()
        wide = self._table_width(self.agent_table) + self._table_width(self.queue_table) <= room
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.tables_layout.direction() != direction:
            self.tables_layout.setDirection(direction)
            self._fit_tables()

    def _fit_tables(self) -> None:
        """Tables as tall as their rows (up to a limit): the page scrolls, not the tables."""
        heights = []
        for table, model in ((self.agent_table, self.agent_model),
                             (self.queue_table, self.queue_model)):  # fmt: skip
            rows = min(max(model.rowCount(), 3), TABLE_ROWS_SHOWN)
            header = table.horizontalHeader().sizeHint().height()
            row = table.verticalHeader().defaultSectionSize()
            heights.append(header + rows * row + 2 * table.frameWidth() + 2)
        if self.tables_layout.direction() == QBoxLayout.Direction.LeftToRight:
            heights = [max(heights)] * 2
        for table, height in zip((self.agent_table, self.queue_table), heights, strict=True):
            table.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_tables()

    def focus_first(self) -> None:
        """Keyboard focus on the first figure (or Refresh, before the figures are read)."""
        first = next(iter(self.tiles.values()), None)
        (first or self.refresh_button).setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ---- live ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._poll_timer.start()
        self._full_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.stop()

    def stop(self) -> None:
        """No more reads (hidden, or the window closes)."""
        self._poll_timer.stop()
        self._full_timer.stop()
        self._coalesce.stop()

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read every figure again (one read at a time: a request during one runs after)."""
        self.incidents_panel.refresh()
        if self._busy:
            self._again = True
            return
        self._busy = True
        service, viewer, zone, thresholds = (
            self.service, self.context.user.id, self.zone, self.thresholds
        )  # fmt: skip

        def load() -> tuple[int, Backlog]:
            # The marker first: a change landing during the read moves it again, and the next
            # poll reads once more instead of missing it.
            marker = service.change_marker()
            return marker, service.backlog(viewer, zone, thresholds)

        run_task(load, self._loaded, self._failed, owner=self)

    def _poll(self) -> None:
        if self._busy or self._polling or self.marker is None:
            return
        self._polling = True
        run_task(self.service.change_marker, self._polled, self._poll_failed, owner=self)

    def _polled(self, marker: int) -> None:
        self._polling = False
        # Something changed, or the database answers again after a failed read.
        if marker != self.marker or self.updated.property("state") == "error":
            self.refresh()

    def _poll_failed(self, error: BaseException) -> None:
        self._polling = False
        self._failed_text(error)

    def _loaded(self, result: tuple[int, Backlog]) -> None:
        self._busy = False
        self._bug_reported = False
        self.marker, backlog = result
        self.show_backlog(backlog)
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._again = False
        self._failed_text(error)
        if not isinstance(error, UserFacingError) and not self._bug_reported:
            self._bug_reported = True
            show_error(self, error)

    def _failed_text(self, error: BaseException) -> None:
        if isinstance(error, DatabaseUnavailableError):
            self.hub.report_offline(error.message)
        message = error.message if isinstance(error, UserFacingError) else str(error)
        if self.backlog is not None:
            text = self.tr("Could not refresh: {message} Showing the figures of {time}.").format(
                message=message.rstrip(".") + ".", time=self._clock(self.backlog.at)
            )
        else:
            text = self.tr("Could not read the figures: {message}").format(message=message)
        self._set_updated(text, "error")

    def _set_updated(self, text: str, state: str) -> None:
        self.updated.setText(text)
        self.updated.setProperty("state", state)
        self.updated.style().unpolish(self.updated)
        self.updated.style().polish(self.updated)

    def _clock(self, at: dt.datetime) -> str:
        return clock(at.astimezone(self.context.agent_zone), seconds=True)

    # ---- showing the figures ---------------------------------------------------------------

    def show_backlog(self, backlog: Backlog) -> None:
        self.backlog = backlog
        self.refreshes += 1
        self._set_updated(self.tr("Updated {time}").format(time=self._clock(backlog.at)), "ok")
        rebuilt = self._show_alerts(backlog.alerts)
        rebuilt = self._show_tiles(backlog.tiles) or rebuilt
        self._show_charts(backlog)
        self.agent_model.set_rows(backlog.agents, backlog.at)
        self.queue_model.set_rows(backlog.queues, backlog.at)
        self._arrange_tables()
        if rebuilt:
            self._tab_order()
        self.refreshed.emit()

    def _tab_order(self) -> None:
        """Tab goes down the page as it reads: header, alerts, tiles, charts, tables (buttons
        made after the first refresh would otherwise come last)."""
        chain: list[QWidget] = [self.refresh_button, self.export_button, self.png_button]
        chain += self.alert_buttons
        chain.append(self.incidents_panel.table)
        chain += self.tile_group
        chain += [self.age_chart.view, self.hours_chart.view, self.trend_chart.view,
                  self.agent_table, self.queue_table]  # fmt: skip
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _show_tiles(self, tiles: tuple[Tile, ...]) -> bool:
        added = False
        for i, tile in enumerate(tiles):
            button = self.tiles.get(tile.key)
            if button is None:
                button = TileButton(tile.key, self.tiles_box)
                button.siblings = self.tile_group
                self.tile_group.append(button)
                button.clicked.connect(lambda _=False, key=tile.key: self.open_tile(key))
                self.tiles_layout.addWidget(button, i // TILE_COLUMNS, i % TILE_COLUMNS)
                button.show()
                self.tiles[tile.key] = button
                added = True
            button.set_tile(tile)
        if added:
            # Every tile is as tall as the tallest label needs: the layout asks again.
            for button in self.tile_group:
                button.updateGeometry()
            self.tiles_layout.invalidate()
        return added

    def _show_alerts(self, alerts: tuple[Alert, ...]) -> bool:
        keys = {_alert_key(a) for a in alerts}
        if self._alert_keys is not None:
            new = [a for a in alerts if _alert_key(a) not in self._alert_keys]
            if new:
                QApplication.beep()
                text = self.tr("Dashboard alert: {message}").format(
                    message="; ".join(alert_text(a, self.backlog) for a in new)
                )
                self.status_message.emit(text, 15_000)
        self._alert_keys = keys
        if [b.alert for b in self.alert_buttons] == list(alerts):
            return False
        focused = next((i for i, b in enumerate(self.alert_buttons) if b.hasFocus()), None)
        for button in self.alert_buttons:
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.alert_buttons = []
        main = [a for a in alerts if a.kind != "off_shift"]
        off = [a for a in alerts if a.kind == "off_shift"]
        columns = 1 if len(main) == 1 else 2
        for i, alert in enumerate(main):
            button = AlertButton(
                alert, parent=self.main_alerts, text=alert_text(alert, self.backlog)
            )
            self.main_alerts_layout.addWidget(button, i // columns, i % columns)
            self.alert_buttons.append(button)
        held = {r.id: r for r in self.backlog.agents} if self.backlog is not None else {}
        for alert in off:
            row = held.get(alert.drill.owner_id or -1)
            message = alert_text(alert, self.backlog)
            chip = (
                f"{isolate(row.name)}{separator()}{number(row.overdue)}"
                if row is not None
                else message
            )
            button = AlertButton(alert, chip, self.off_shift_layout.parentWidget(), text=message)
            self.off_shift_layout.addWidget(button)
            self.alert_buttons.append(button)
        for button in self.alert_buttons:
            button.clicked.connect(lambda _=False, d=button.alert.drill: self.open_drill(d))
            button.show()
        self.main_alerts.setVisible(bool(main))
        self.off_shift.setVisible(bool(off))
        self.alerts_box.setVisible(bool(alerts))
        if focused is not None and self.alert_buttons:
            self.alert_buttons[min(focused, len(self.alert_buttons) - 1)].setFocus()
        return True

    def _show_charts(self, b: Backlog) -> None:
        upcoming = [bar.key not in OVERDUE_BUCKETS for bar in b.age]
        self.age_chart.set_bars(
            [bar_label(bar) for bar in b.age],
            [[bar.count if up else 0 for bar, up in zip(b.age, upcoming, strict=True)],
             [0 if up else bar.count for bar, up in zip(b.age, upcoming, strict=True)]],
            [[bar.drill if up else None for bar, up in zip(b.age, upcoming, strict=True)],
             [None if up else bar.drill for bar, up in zip(b.age, upcoming, strict=True)]],
        )  # fmt: skip
        self.hours_chart.set_bars(
            [hour_label(bar) for bar in b.hours_today],
            [[bar.count for bar in b.hours_today], [bar.count for bar in b.hours_tomorrow]],
            [[bar.drill for bar in b.hours_today], [bar.drill for bar in b.hours_tomorrow]],
        )
        self.trend_chart.set_bars(
            [plain_number(day.day.day) for day in b.trend],
            [[day.kept for day in b.trend], [day.broken for day in b.trend]],
            [[day.kept_drill for day in b.trend], [day.broken_drill for day in b.trend]],
        )
        if b.trend:
            first, last = b.trend[0].day, b.trend[-1].day
            self.trend_chart.title.setText(
                self.tr("Kept and broken, {first} – {last}").format(
                    first=day_month(first), last=day_month(last)
                )
            )

    # ---- drill-down ------------------------------------------------------------------------

    def open_tile(self, key: str) -> DrillDialog | None:
        button = self.tiles.get(key)
        if button is None or button.tile is None:
            return None
        return self.open_drill(button.tile.drill)

    def _cell_drill(
        self, model: _DashboardRowModel, proxy: QSortFilterProxyModel, index: QModelIndex
    ) -> None:
        source = proxy.mapToSource(index)
        drill = model.drill_for(source.row(), source.column())
        if drill is not None:
            self.open_drill(drill)

    def open_drill(self, drill: Drill) -> DrillDialog:
        """The callbacks behind a figure, in a window of their own (several may be open)."""
        dialog = DrillDialog(self.context, self.service, self.callbacks, self.hub, drill,
                             self.window())  # fmt: skip
        dialog.setStyleSheet(themed(DIALOG_STYLE))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_customer.connect(self.open_customer_requested)
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget(d))
        self.drills.append(dialog)
        prepare(dialog)
        dialog.show()
        dialog.activateWindow()
        return dialog

    def _forget(self, dialog: DrillDialog) -> None:
        if dialog in self.drills:
            self.drills.remove(dialog)

    # ---- export --------------------------------------------------------------------------

    def choose_csv(self) -> None:
        stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the dashboard"), f"callback-backlog-{stamp}.csv",
            self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if path:
            self._export(lambda: self._csv_writer(path), path)

    def choose_png(self) -> None:
        stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the charts"), f"callback-backlog-{stamp}.png",
            self.tr("PNG images (*.png)"),
        )  # fmt: skip
        if path:
            self._export(lambda: self._png_writer(path), path)

    def _export(self, prepare: Callable[[], Callable[[], None]], path: str) -> None:
        """What is on screen is taken on the GUI thread (``prepare``: it reads the models and
        widgets); the file is written by a worker, so a slow disk or share never freezes the
        window."""

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, OSError | UserFacingError):
                show_error(self, exc)
                return
            message = localized(exc.message) if isinstance(exc, UserFacingError) else str(exc)
            self.status_message.emit(self.tr("Not saved: {message}").format(message=message),
                                     10_000)  # fmt: skip
            show_error(self, UserFacingError(self.tr("Not saved: {message}").format(
                message=message)))  # fmt: skip

        try:
            write = prepare()
        except UserFacingError as exc:
            failed(exc)
            return
        run_task(write, lambda _: self.status_message.emit(
            self.tr("Saved {path}").format(path=path), 8000), failed, owner=self)  # fmt: skip

    def export_csv(self, path: str | Path) -> None:
        """The figures on screen as CSV, written now (see ``_csv_writer``)."""
        self._csv_writer(path)()

    def _csv_writer(self, path: str | Path) -> Callable[[], None]:
        """The figures on screen as CSV (UTF-8 with a BOM, so Excel reads the accents):
        the tiles, then the agent and queue tables in their on-screen order, then the
        charts' figures. A data file: in the core's English and Latin digits whatever the
        interface language, like ``agent-console backlog``. The rows are taken now; the
        returned function writes the file."""
        b = self.backlog
        if b is None:
            raise UserFacingError(self.tr("The figures have not been read yet."))
        rows: list[list[object]] = []
        add = rows.append
        add(["Callback backlog", "Updated",
             b.at.astimezone(self.context.agent_zone).strftime("%Y-%m-%d %H:%M:%S"),
             self.zone])  # fmt: skip
        add([])
        add(["Tiles"])
        add(["key", "label", "value", "shown"])
        for tile in b.tiles:
            value = round(tile.value, 4) if isinstance(tile.value, float) else tile.value
            add([tile.key, tile.label, "" if value is None else value, tile.text])
        for title, model, proxy in (
            ("Agents", self.agent_model, self.agent_proxy),
            ("Queues", self.queue_model, self.queue_proxy),
        ):
            add([])
            add([title])
            add(list(model.EXPORT_HEADERS))
            for r in range(proxy.rowCount()):
                source = proxy.mapToSource(proxy.index(r, 0)).row()
                row = model.row_at(source)
                add([model.export_value(row, c) for c in range(model.COLUMN_COUNT)])
        add([])
        add(["Open backlog by age"])
        add(["Age", "Callbacks"])
        for bar in b.age:
            add([bar.label, bar.count])
        add([])
        add(["Due by hour"])
        add(["Hour", "Today", "Tomorrow"])
        for today, tomorrow in zip(b.hours_today, b.hours_tomorrow, strict=True):
            add([f"{today.label}:00", today.count, tomorrow.count])
        add([])
        add(["Kept and broken promises"])
        add(["Day", "Kept", "Broken"])
        for day in b.trend:
            add([day.day.isoformat(), day.kept, day.broken])

        def write() -> None:
            with open(path, "w", newline="", encoding="utf-8-sig") as f:
                csv.writer(f).writerows(rows)

        return write

    def export_charts_png(self, path: str | Path) -> None:
        """The three charts as one image, as they are on screen, written now."""
        self._png_writer(path)()

    def _png_writer(self, path: str | Path) -> Callable[[], None]:
        """The charts grabbed now (widgets are painted on the GUI thread); the returned
        function encodes and writes the image (a QImage may be saved from any thread)."""
        if self.backlog is None:
            raise UserFacingError(self.tr("The figures have not been read yet."))
        row = self.charts_row
        if row.width() < 200 or not row.isVisible():
            row.resize(row.sizeHint().expandedTo(QSize(1200, 300)))
        image = row.grab().toImage()
        failed = self.tr("The image could not be written to {path}.").format(path=path)

        def write() -> None:
            if image.isNull() or not image.save(str(path), "PNG"):
                raise UserFacingError(failed)

        return write
