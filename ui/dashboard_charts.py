"""The dashboard's bar charts (QtCharts), each a panel with a title, the chart and a caption.

A bar stands for a drill-down: a click on it, or the arrow keys and Enter once the chart has
the keyboard focus, asks for the callbacks behind it (``drill_requested``). The caption under
the chart says what the bar under the mouse or the focused bar counts, so the figures can be
read without the mouse and by a screen reader. Data is replaced in place (``set_bars``): no
new series, no animation, no flicker on the frequent refreshes.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QCursor, QFocusEvent, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from console.services.dashboard import Drill
from ui.dashboard_text import drill_title
from ui.formatting import number
from ui.theme import qcolor, themed

AXIS_TEXT = "#475569"
GRID = "#e2e6ec"
SELECTED = "#f59e0b"  # the bar the keyboard is on: amber, visible next to blue, green and red


def int_axis(axis: QValueAxis, top: float) -> None:
    """A count axis from 0 with whole-number ticks (at most six of them)."""
    top = max(1, math.ceil(top))
    step = 1
    magnitude = 1
    while True:
        found = next((f * magnitude for f in (1, 2, 5) if top / (f * magnitude) <= 5), None)
        if found is not None:
            step = found
            break
        magnitude *= 10
    upper = math.ceil(top / step) * step
    axis.setRange(0, upper)
    axis.setTickCount(upper // step + 1)


class _ChartView(QChartView):
    """A chart view that takes the keyboard focus and hands keys to its panel."""

    def __init__(self, chart: QChart, panel: BarChartPanel) -> None:
        super().__init__(chart)
        self._panel = panel
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._panel.handle_key(event.key()):
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._panel.focus_changed(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._panel.focus_changed(False)


class BarChartPanel(QFrame):
    # The supervisor asked for the callbacks behind a bar (a Drill).
    drill_requested = Signal(object)

    def __init__(
        self,
        name: str,
        title: str,
        set_names: Sequence[str],
        colors: Sequence[str],
        *,
        horizontal: bool = False,
        stacked: bool = False,
        min_height: int = 190,
        show_legend: bool = True,
        label_every: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("dashboardPanel", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.horizontal = horizontal
        self._categories: list[str] = []
        self._values: list[list[int]] = [[] for _ in set_names]
        self._drills: list[list[Drill | None]] = [[] for _ in set_names]
        self._cat = -1
        self._set = 0
        self._hovering = False
        self.hint = self.tr("Click a bar to list its callbacks.")

        self.title = QLabel(title, self)
        self.title.setObjectName("dashboardSectionTitle")
        self.title.setWordWrap(True)

        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        # The count axes' numbers in the interface language's digits (Persian: ۰ ۵ ۱۰).
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale())
        self.chart = chart
        self.label_font = QFont()
        series_type: type[QAbstractBarSeries] = {
            (False, False): QBarSeries,
            (False, True): QStackedBarSeries,
            (True, False): QHorizontalBarSeries,
            (True, True): QHorizontalStackedBarSeries,
        }[(horizontal, stacked)]
        self.series = series_type()
        self.series.setBarWidth(0.72 if stacked else 0.82)
        self.sets: list[QBarSet] = []
        for index, (set_name, color) in enumerate(zip(set_names, colors, strict=True)):
            bar_set = QBarSet(set_name)
            bar_set.setColor(qcolor(color))
            bar_set.setBorderColor(qcolor(color))
            bar_set.setSelectedColor(qcolor(SELECTED))
            bar_set.clicked.connect(lambda i, s=index: self._clicked(s, i))
            bar_set.hovered.connect(lambda on, i, s=index: self._hovered(s, i, on))
            self.series.append(bar_set)
            self.sets.append(bar_set)
        chart.addSeries(self.series)

        label_font = QFont(self.font())
        label_font.setPointSizeF(max(8.5, label_font.pointSizeF() - 1))
        self.label_font = label_font
        # Many narrow bars (24 hours): an axis labelled every few bars, with the categories'
        # own text ("09", "۰۹"), instead of a category axis, whose labels would run into each
        # other.
        self.label_every = label_every
        self.category_axis: QBarCategoryAxis | QCategoryAxis
        if label_every:
            self.category_axis = QCategoryAxis()
            self.category_axis.setLabelsPosition(
                QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue
            )
        else:
            self.category_axis = QBarCategoryAxis()
            # Qt elides category labels to "..." long before space runs out: show them whole.
            self.category_axis.setTruncateLabels(False)
        self.value_axis = QValueAxis()
        # "%.0f", not "%d": QtCharts localizes only a format with a precision ("%d" then
        # shows no labels at all).
        self.value_axis.setLabelFormat("%.0f")
        for axis in (self.category_axis, self.value_axis):
            axis.setLabelsFont(label_font)
            axis.setLabelsColor(qcolor(AXIS_TEXT))
            axis.setLinePen(QPen(qcolor(GRID)))
            axis.setGridLineColor(qcolor(GRID))
        self.category_axis.setGridLineVisible(False)
        int_axis(self.value_axis, 1)
        if horizontal:
            chart.addAxis(self.category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(self.value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(self.category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(self.value_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.category_axis)
        self.series.attachAxis(self.value_axis)
        if horizontal:
            chart.plotAreaChanged.connect(self._fit_labels)
        legend = chart.legend()
        legend.setVisible(show_legend and len(self.sets) > 1)
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        legend.setFont(label_font)
        legend.setLabelColor(qcolor(AXIS_TEXT))

        self.view = _ChartView(chart, self)
        self.view.setObjectName(name + "View")
        self.view.setAccessibleName(title)
        self.view.setToolTip(
            self.tr("Click a bar to list its callbacks; with the keyboard, the arrow keys move "
                    "between bars and Enter lists them.")
        )  # fmt: skip
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(min_height)
        self.view.setMinimumWidth(260)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setStyleSheet(themed("background: transparent; border: none;"))

        self.caption = QLabel(self.hint, self)
        self.caption.setObjectName("dashboardChartCaption")
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName(self.tr("What the bar counts"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)

    # ---- data ----------------------------------------------------------------------------

    # The space QtCharts lays out for category labels on the left is capped below what long
    # words need ("Просрочены 15–60 мин" lost its first letters at the widget's edge): the
    # left margin grows by what the widest label lacks, and shrinks back when it has room.
    LABEL_GAP = 8

    def _fit_labels(self) -> None:
        if not self._categories:
            return
        metrics = QFontMetrics(self.label_font)
        widest = max(metrics.horizontalAdvance(c) for c in self._categories)
        margins = self.chart.margins()
        lacking = widest + self.LABEL_GAP - int(self.chart.plotArea().left())
        wanted = max(0, margins.left() + lacking)
        if abs(wanted - margins.left()) > 1:
            margins.setLeft(wanted)
            self.chart.setMargins(margins)

    def set_bars(
        self,
        categories: Sequence[str],
        values: Sequence[Sequence[int]],
        drills: Sequence[Sequence[Drill | None]],
    ) -> None:
        """Show these bars: ``values[set][category]``, and the drill behind each (None: the
        bar is only a filler of a stacked series and cannot be opened)."""
        categories = list(categories)
        if categories != self._categories:
            axis = self.category_axis
            if isinstance(axis, QBarCategoryAxis):
                # Axis labels are rich text: "Overdue < 15 min" would lose its "<".
                axis.setCategories([html.escape(c) for c in categories])
            else:
                for label in axis.categoriesLabels():
                    axis.remove(label)
                axis.setStartValue(-0.5)
                for i in range(0, len(categories), self.label_every):
                    axis.append(html.escape(categories[i]), i)
                axis.setRange(-0.5, len(categories) - 0.5)
            self._categories = categories
            if self.horizontal:
                self._fit_labels()
        for bar_set, new in zip(self.sets, values, strict=True):
            if bar_set.count() == len(new):
                for i, value in enumerate(new):
                    if bar_set.at(i) != value:
                        bar_set.replace(i, value)
            else:
                if bar_set.count():
                    bar_set.remove(0, bar_set.count())
                bar_set.append([float(v) for v in new])
        self._values = [list(v) for v in values]
        self._drills = [list(d) for d in drills]
        if isinstance(self.series, (QStackedBarSeries, QHorizontalStackedBarSeries)):
            top = max((sum(col) for col in zip(*values, strict=True)), default=0)
        else:
            top = max((max(v, default=0) for v in values), default=0)
        int_axis(self.value_axis, top)
        if self._cat >= len(categories):
            self._cat = len(categories) - 1
        if self.view.hasFocus():
            self._show_current()

    def bar_count(self, set_index: int, category: int) -> int:
        return self._values[set_index][category]

    def drill_at(self, set_index: int, category: int) -> Drill | None:
        try:
            return self._drills[set_index][category]
        except IndexError:
            return None

    def describe(self, set_index: int, category: int) -> str:
        drill = self.drill_at(set_index, category)
        if drill is None:
            return ""
        n = self.bar_count(set_index, category)
        return self.tr("{what}: {n}").format(what=drill_title(drill), n=number(n))

    # ---- mouse ---------------------------------------------------------------------------

    def _clicked(self, set_index: int, category: int) -> None:
        drill = self.drill_at(set_index, category)
        if drill is not None:
            self._set, self._cat = set_index, category
            self.drill_requested.emit(drill)

    def _hovered(self, set_index: int, category: int, on: bool) -> None:
        self._hovering = on
        text = self.describe(set_index, category) if on else ""
        if on and text:
            self.caption.setText(text + " — " + self.tr("click to list them"))
            QToolTip.showText(QCursor.pos(), text, self.view)
        else:
            QToolTip.hideText()
            if self.view.hasFocus():
                self._show_current()
            else:
                self.caption.setText(self.hint)

    # ---- keyboard ------------------------------------------------------------------------

    def _sets_at(self, category: int) -> list[int]:
        return [s for s in range(len(self.sets)) if self.drill_at(s, category) is not None]

    def _go(self, category: int, set_index: int | None = None) -> None:
        if not self._categories:
            return
        category = max(0, min(len(self._categories) - 1, category))
        sets = self._sets_at(category)
        if not sets:
            return
        wanted = self._set if set_index is None else set_index
        self._cat = category
        self._set = wanted if wanted in sets else sets[0]
        self._show_current()

    def _switch_set(self, step: int) -> None:
        sets = self._sets_at(self._cat)
        if self._set in sets:
            i = sets.index(self._set) + step
            if 0 <= i < len(sets):
                self._set = sets[i]
                self._show_current()

    def handle_key(self, key: int) -> bool:
        """Arrows move between bars, Home/End jump, Enter or Space opens the focused bar."""
        if not self._categories:
            return False
        along_next, along_prev, across_next, across_prev = (
            (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Left)
            if self.horizontal
            else (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Up)
        )
        if key == along_next:
            self._go(self._cat + 1)
        elif key == along_prev:
            self._go(self._cat - 1)
        elif key == across_next:
            self._switch_set(1)
        elif key == across_prev:
            self._switch_set(-1)
        elif key == Qt.Key.Key_Home:
            self._go(0)
        elif key == Qt.Key.Key_End:
            self._go(len(self._categories) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._clicked(self._set, self._cat)
        else:
            return False
        return True

    def focus_changed(self, focused: bool) -> None:
        if focused:
            self._go(max(self._cat, 0))
        else:
            for bar_set in self.sets:
                bar_set.deselectAllBars()
            if not self._hovering:
                self.caption.setText(self.hint)

    def _show_current(self) -> None:
        for bar_set in self.sets:
            bar_set.deselectAllBars()
        if not 0 <= self._cat < len(self._categories):
            return
        self.sets[self._set].selectBar(self._cat)
        text = self.describe(self._set, self._cat)
        self.caption.setText(text + " — " + self.tr("Enter lists them"))
        self.view.setAccessibleDescription(text)
