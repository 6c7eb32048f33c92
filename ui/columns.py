"""Column widths that fit their content, and columns that step aside in a narrow window.

Widths come from sample texts measured in the view's font (not ResizeToContents, which
measures every row). When the viewport is too narrow, the least important columns hide so
the stretching column (the name, the summary) keeps a readable width; they return when
there is room again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

# Cell padding of the style sheet plus the header's sort arrow.
_PADDING = 30


def size_columns(view: QTableView, samples: Mapping[int, Sequence[str]]) -> None:
    """Give each column the width of its widest sample or header text."""
    header = view.horizontalHeader()
    model = view.model()
    cell = QFontMetrics(view.font())
    bold = QFont(view.font())
    bold.setBold(True)
    caption = QFontMetrics(bold)
    for column, texts in samples.items():
        title = str(model.headerData(column, header.orientation()) or "") if model else ""
        widest = max(
            [caption.horizontalAdvance(title), *(cell.horizontalAdvance(t) for t in texts)]
        )
        header.resizeSection(column, widest + _PADDING)


class ColumnFitter(QObject):
    """Hides columns in ``drop_order`` while the ``stretch`` column would be below its minimum."""

    def __init__(
        self,
        view: QTableView,
        *,
        stretch: int,
        stretch_min_chars: int,
        drop_order: Sequence[int],
    ) -> None:
        super().__init__(view)
        self._view = view
        self._stretch = stretch
        self._stretch_min = QFontMetrics(view.font()).averageCharWidth() * stretch_min_chars
        self._drop_order = tuple(drop_order)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._section_resized)
        view.viewport().installEventFilter(self)
        self._fitting = False

    def hidden_columns(self) -> tuple[int, ...]:
        header = self._view.horizontalHeader()
        return tuple(c for c in range(header.count()) if header.isSectionHidden(c))

    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            header = self._view.horizontalHeader()
            available = self._view.viewport().width()
            for column in self._drop_order:
                header.setSectionHidden(column, False)

            def used() -> int:
                return sum(
                    header.sectionSize(c)
                    for c in range(header.count())
                    if c != self._stretch and not header.isSectionHidden(c)
                )

            for column in self._drop_order:
                if used() + self._stretch_min <= available:
                    break
                header.setSectionHidden(column, True)
        finally:
            self._fitting = False

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        if index != self._stretch:
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
