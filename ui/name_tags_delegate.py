"""Paints a customer's name, then small chips (Do not call, VIP, tags) after it: as dots when
the whole name would not fit beside them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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
DOT_GAP = 3
# A dot's colour where the chip's own background would vanish on a white row.
DOT_COLOURS = {"tag": "#9ca3af", "vip": "#f59e0b"}


def chip_layout(
    chips: Sequence[Chip], widths: Sequence[int], dot: int, name_width: int, available: int
) -> list[tuple[int, bool]]:
    """Which chips to draw after a name in a cell this wide, and whether each is drawn whole
    (True) or as a coloured dot (False), as (index, whole) in order.

    The name comes first and is never cut for a chip: plain tags shrink to dots, then the
    warnings (do-not-call, disruption, VIP) too. Only when even the dots leave no room for
    the whole name is it elided, and then the dots keep at most a third of the cell (plain
    tags give way first). The tooltip and the accessible text list every chip in words.
    """
    if not chips:
        return []

    def width(layout: list[tuple[int, bool]]) -> int:
        return sum((widths[i] + CHIP_GAP) if whole else (dot + DOT_GAP) for i, whole in layout)

    essential = [c.kind in ESSENTIAL_KINDS for c in chips]
    stages = (
        [(i, True) for i in range(len(chips))],
        [(i, essential[i]) for i in range(len(chips))],
        [(i, False) for i in range(len(chips))],
    )
    for layout in stages:
        if name_width + CHIP_GAP + width(layout) <= available:
            return layout
    dots = stages[-1]
    ranked = sorted(dots, key=lambda d: (not essential[d[0]], d[0]))
    while ranked and width(ranked) > available // 3:
        ranked.pop()
    return sorted(ranked)


@dataclass(frozen=True)
class Arrangement:
    """What a cell shows: the name as drawn (elided only when even dots leave no room) and
    each chip's box, whole or as a dot."""

    name: str
    name_rect: QRect
    chips: tuple[tuple[Chip, QRect, bool], ...]
    # The quiet note after the name (a namesake's account number), "" when there is no room.
    note: str = ""
    note_rect: QRect | None = None


class NameTagsDelegate(QStyledItemDelegate):
    def __init__(
        self, chips_role: int, parent: object | None = None, *, note_role: int | None = None
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._chips_role = chips_role
        self._note_role = note_role
        # What the last paint of each row drew (tests look at it as the agent sees it).
        self.painted: dict[int, Arrangement] = {}

    @staticmethod
    def _chip_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(max(7.0, base.pointSizeF() * 0.82))
        font.setBold(True)
        return font

    @staticmethod
    def _note_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(max(7.0, base.pointSizeF() * 0.82))
        return font

    def _chips(self, index: QModelIndex | QPersistentModelIndex) -> tuple[Chip, ...]:
        chips = index.data(self._chips_role)
        return tuple(chips) if chips else ()

    def arrange(
        self,
        opt: QStyleOptionViewItem,
        text: str,
        chips: Sequence[Chip],
        rect: QRect,
        note: str = "",
    ) -> Arrangement:
        """Where the name, its note and each chip go in ``rect``: the name first in reading
        order (from the right in a right-to-left interface), then the note, then the chips.
        The note gives way before a chip shrinks to a dot it would not need to."""
        chip_font = self._chip_font(opt.font)
        chip_metrics = QFontMetrics(chip_font)
        height = chip_metrics.height() + 2
        dot = max(6, chip_metrics.height() * 2 // 3)
        name_metrics = QFontMetrics(opt.font)
        name_width = name_metrics.horizontalAdvance(text)
        widths = [chip_metrics.horizontalAdvance(c.text) + 2 * CHIP_PADDING for c in chips]

        def used_by(layout: list[tuple[int, bool]]) -> int:
            return sum((widths[i] + CHIP_GAP) if whole else (dot + DOT_GAP) for i, whole in layout)

        note_metrics = QFontMetrics(self._note_font(opt.font))
        # The whole note, else its last four characters ("…1679" tells namesakes apart too),
        # else none: the name is never cut for it.
        tries = [note, "…" + note[-4:]] if len(note) > 5 else [note]
        for candidate in [*tries, ""] if note else [""]:
            note = candidate
            note_width = note_metrics.horizontalAdvance(note) + CHIP_GAP * 2 if note else 0
            layout = chip_layout(chips, widths, dot, name_width + note_width, rect.width())
            if not note or name_width + note_width + used_by(layout) + CHIP_GAP <= rect.width():
                break
        used = used_by(layout) + note_width
        room = rect.width() - (used + CHIP_GAP if used else 0)
        shown = text if name_width <= room else name_metrics.elidedText(
            text, Qt.TextElideMode.ElideRight, max(0, room)
        )  # fmt: skip
        drawn = min(name_metrics.horizontalAdvance(shown), max(0, room))
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        if rtl:
            name_rect = QRect(rect.right() - drawn + 1, rect.top(), drawn, rect.height())
        else:
            name_rect = QRect(rect.left(), rect.top(), drawn, rect.height())
        boxes: list[tuple[Chip, QRect, bool]] = []
        x = name_rect.left() - CHIP_GAP if rtl else name_rect.right() + 1 + CHIP_GAP
        note_rect: QRect | None = None
        if note:
            w = note_width - CHIP_GAP
            note_rect = QRect(x - w + 1 if rtl else x, rect.top(), w, rect.height())
            x = x - note_width if rtl else x + note_width
        # The first chip (the most important) sits next to the name (and its note).
        for i, whole in layout:
            w, h = (widths[i], height) if whole else (dot, dot)
            left = x - w + 1 if rtl else x
            boxes.append((chips[i], QRect(left, rect.center().y() - h // 2 + 1, w, h), whole))
            step = w + (CHIP_GAP if whole else DOT_GAP)
            x = x - step if rtl else x + step
        return Arrangement(shown, name_rect, tuple(boxes), note, note_rect)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        chips = self._chips(index)
        note = str(index.data(self._note_role) or "") if self._note_role is not None else ""
        if not chips and not note:
            self.painted.pop(index.row(), None)
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
        arranged = self.arrange(opt, text, chips, rect, note)
        self.painted[index.row()] = arranged

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chip_font = self._chip_font(opt.font)
        for chip, box, whole in arranged.chips:
            background, foreground = CHIP_COLOURS.get(chip.kind, CHIP_COLOURS["tag"])
            if whole:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(qcolor(background))
                painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
                painter.setPen(qcolor(foreground))
                painter.setFont(chip_font)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, chip.text)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(qcolor(DOT_COLOURS.get(chip.kind, background)))
                painter.drawEllipse(box)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
        align |= (
            Qt.AlignmentFlag.AlignRight
            if opt.direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        # One pixel of slack at the far end: a text exactly as wide as its box is not clipped.
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        slack = (-1, 0, 0, 0) if rtl else (0, 0, 1, 0)
        painter.drawText(arranged.name_rect.adjusted(*slack), int(align), arranged.name)
        if arranged.note and arranged.note_rect is not None:
            muted = opt.palette.ColorRole.HighlightedText if selected else (
                opt.palette.ColorRole.PlaceholderText
            )  # fmt: skip
            painter.setPen(opt.palette.color(muted))
            painter.setFont(self._note_font(opt.font))
            painter.drawText(arranged.note_rect.adjusted(*slack), int(align), arranged.note)
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
