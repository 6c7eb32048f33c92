"""Paints a customer's name with small chips (Do not call, VIP, tags) at the right of the cell."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.formatting import Chip
from ui.theme import qcolor

# (background, text) per chip kind; the card uses the same colours through the style sheet.
CHIP_COLOURS = {
    "dnc": ("#dc2626", "#ffffff"),
    "vip": ("#fde68a", "#78350f"),
    "tag": ("#e5e7eb", "#374151"),
    # Affected by an open disruption (the tooltip names it).
    "incident": ("#c2410c", "#ffffff"),
}
ESSENTIAL_KINDS = ("dnc", "incident", "vip")
CHIP_GAP = 4
CHIP_PADDING = 6


def chips_that_fit(
    chips: Sequence[Chip], widths: Sequence[int], name_width: int, available: int
) -> list[int]:
    """Which chips to draw (indexes, in order) next to a name in a cell this wide.

    Do-not-call and VIP always show; a plain tag only where the name still fits whole (the
    tooltip lists every tag). Chips never take more than two thirds of the cell, and a chip
    is never shown when a more important one could not be.
    """
    shown: list[int] = []
    used = 0
    for i, (chip, width) in enumerate(zip(chips, widths, strict=True)):
        fits_whole = name_width + CHIP_GAP + used + width <= available
        fits_at_all = used + width <= available - available // 3
        essential = chip.kind in ESSENTIAL_KINDS
        if fits_at_all and (essential or fits_whole):
            shown.append(i)
            used += width + CHIP_GAP
        elif essential:
            break  # chips come most important first: never show VIP but hide do-not-call
    return shown


class NameTagsDelegate(QStyledItemDelegate):
    def __init__(self, chips_role: int, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._chips_role = chips_role

    @staticmethod
    def _chip_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(max(7.0, base.pointSizeF() * 0.82))
        font.setBold(True)
        return font

    def _chips(self, index: QModelIndex | QPersistentModelIndex) -> tuple[Chip, ...]:
        chips = index.data(self._chips_role)
        return tuple(chips) if chips else ()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        chips = self._chips(index)
        if not chips:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(CHIP_PADDING // 2, 0, -CHIP_PADDING // 2, 0)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chip_font = self._chip_font(opt.font)
        chip_metrics = QFontMetrics(chip_font)
        height = chip_metrics.height() + 2
        name_width = QFontMetrics(opt.font).horizontalAdvance(text)
        widths = [chip_metrics.horizontalAdvance(c.text) + 2 * CHIP_PADDING for c in chips]
        shown = [
            (chips[i], widths[i]) for i in chips_that_fit(chips, widths, name_width, rect.width())
        ]
        right = rect.right()
        for chip, width in reversed(shown):
            box = QRect(right - width + 1, rect.center().y() - height // 2 + 1, width, height)
            background, foreground = CHIP_COLOURS.get(chip.kind, CHIP_COLOURS["tag"])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(background))
            painter.drawRoundedRect(box, height / 2, height / 2)
            painter.setPen(qcolor(foreground))
            painter.setFont(chip_font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, chip.text)
            right -= width + CHIP_GAP

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        name_rect = QRect(
            rect.left(), rect.top(), max(0, right - rect.left() - CHIP_GAP), rect.height()
        )
        elided = QFontMetrics(opt.font).elidedText(
            text, Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.drawText(
            name_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        chips = self._chips(index)
        if chips:
            metrics = QFontMetrics(self._chip_font(option.font))
            extra = sum(
                metrics.horizontalAdvance(c.text) + 2 * CHIP_PADDING + CHIP_GAP for c in chips
            )
            size.setWidth(size.width() + extra + CHIP_GAP)
        return size
