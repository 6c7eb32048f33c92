"""Putting a rendered script into a text field: one undoable edit, the caret at the marker.

Kept apart from the library widget so the rules are plain to read and to test:

- a multi-line field (the note, "what was tried") gets the text as it is; a one-line field
  (the transfer's issue) gets its lines joined with spaces;
- right-to-left text (Persian) starts each of its lines with U+200F RIGHT-TO-LEFT MARK, so
  every paragraph reads right to left in any field and wherever the saved note is shown later
  (the mark is invisible and survives as plain text); and a run of numbers with spaces or
  separators in it (a phone number, "14:00–14:30") is isolated left to right (U+2066 … U+2069),
  else the bidi algorithm lays its groups out right to left: "6789 345 912 98+";
- the caret lands where the script's ``{{ cursor }}`` was, else after the text.

Offsets from the core count Python characters; Qt counts UTF-16 units, so they are converted.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

RLM = "\u200f"
LRI, PDI = "\u2066", "\u2069"
# Digits joined by spaces or separators; a lone number needs no isolation.
_NUMBER_RUN = re.compile(r"\+?\d[\d \u00a0.:/\-–]*\d")
_MARK = "\ue002"  # private use: never in a rendered script (the core strips it)
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")

TextField = QLineEdit | QPlainTextEdit | QTextEdit


@dataclass(frozen=True)
class Prepared:
    """The text to put in a field and where the caret goes in it (Python offsets)."""

    text: str
    cursor: int


def prepare(text: str, cursor: int | None, *, rtl: bool, single_line: bool) -> Prepared:
    """Shape a rendered script for a field: joined for one-line fields, marked when RTL."""
    at = len(text) if cursor is None else max(0, min(cursor, len(text)))
    marked = text[:at] + _MARK + text[at:]
    if single_line:
        marked = _LINE_BREAK.sub(" ", marked.strip())
    if rtl:
        marked, _moved = isolate_numbers(marked)
        lines = marked.split("\n")
        marked = "\n".join(
            RLM + line if line.replace(_MARK, "").strip() else line for line in lines
        )
    position = marked.index(_MARK)
    return Prepared(marked.replace(_MARK, ""), position)


def isolate_numbers(text: str) -> tuple[str, Callable[[int], int]]:
    """Wrap each multi-part number in LRI … PDI; also how offsets move (for highlights)."""
    spans = [m.span() for m in _NUMBER_RUN.finditer(text) if not m.group().isdigit()]
    if not spans:
        return text, lambda offset: offset
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts += [text[last:start], LRI, text[start:end], PDI]
        last = end
    parts.append(text[last:])
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]

    def moved(offset: int) -> int:
        return offset + bisect.bisect_right(starts, offset) + bisect.bisect_right(ends, offset)

    return "".join(parts), moved


# A phone number as scripts show it: "+7 916 555-12-34", "(020) 7946 0958".
_PHONE_RUN = re.compile(r"\+?\(?\d[\d \-()]{5,}\d")


def keep_phones_whole(text: str) -> str:
    """Phone numbers with no-break spaces, so a line never wraps in the middle of one
    ("+7 916 / 555-12-34"). Same length, so offsets into the text stay valid; a QTextEdit's
    plain text gives the spaces back as ordinary ones."""

    def whole(match: re.Match[str]) -> str:
        run = match.group()
        return run.replace(" ", "\u00a0") if sum(c.isdigit() for c in run) >= 7 else run

    return _PHONE_RUN.sub(whole, text)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def is_single_line(widget: QWidget) -> bool:
    return isinstance(widget, QLineEdit)


def room_for(widget: QWidget, text: str) -> bool:
    """False when a one-line field's length limit would cut the text."""
    if not isinstance(widget, QLineEdit):
        return True
    kept = utf16_len(widget.text()) - utf16_len(widget.selectedText())
    return kept + utf16_len(text) <= widget.maxLength()


def insert_into(widget: QWidget, prepared: Prepared) -> bool:
    """Insert at the caret (replacing a selection) as one undo step; the caret then goes to
    the prepared position. False for a widget that cannot take text."""
    caret = utf16_len(prepared.text[: prepared.cursor])
    if isinstance(widget, QLineEdit):
        start = widget.selectionStart() if widget.hasSelectedText() else widget.cursorPosition()
        widget.insert(prepared.text)
        widget.setCursorPosition(start + caret)
        return True
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        cursor = widget.textCursor()
        start = cursor.selectionStart()
        cursor.beginEditBlock()
        cursor.insertText(prepared.text)
        cursor.endEditBlock()
        cursor.setPosition(start + caret)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
        return True
    return False
