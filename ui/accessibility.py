"""Screen-reader and keyboard helpers: banners that speak up, labels Qt's bridge can relate,
hints read out, tables that Tab leaves (``prepare`` applies the last two to a window or a
dialog once it is built).

Two facts of Qt's accessibility bridge shape this module:
- A banner that appears while the agent types elsewhere is not read unless it says so: it
  sends an announcement (Qt 6.8+) and an ``Alert`` event, without taking the focus.
- On Linux (AT-SPI) Qt reports a combo box's *current item* as its name and gives its purpose
  only through the "labelled by" relation of a buddy ``QLabel``; ``setAccessibleName`` alone
  is never read there. ``label_combos`` gives every combo box that has no buddy an invisible
  one carrying its accessible name (Windows and macOS read the name itself).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QToolButton,
    QWidget,
)

try:  # Qt 6.8+: a message read out without moving the focus
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: the alert event alone
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]


class Announcer(QObject):
    """Says out loud what a banner shows; ``announced`` lets tests and logs see it happen."""

    announced = Signal(QWidget, str)


announcer = Announcer()


def announce(widget: QWidget, text: str, *, assertive: bool = True) -> None:
    """Have screen readers speak ``text`` for ``widget`` now, without moving the focus."""
    text = text.strip()
    if not text:
        return
    if QAccessibleAnnouncementEvent is not None:
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if assertive
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
    announcer.announced.emit(widget, text)


def label_combos(root: QWidget) -> None:
    """Give each combo box under ``root`` with a name but no buddy label an invisible label.

    Call once the combo boxes sit in their final parents (the label must be a sibling).
    """
    for combo in root.findChildren(QComboBox):
        name = combo.accessibleName().strip()
        parent = combo.parentWidget()
        if not name or parent is None:
            continue
        if any(label.buddy() is combo for label in parent.findChildren(QLabel)):
            continue
        label = QLabel(name, parent)
        label.setObjectName(f"{combo.objectName() or 'combo'}A11yLabel")
        label.setBuddy(combo)
        label.hide()


def name_clear_button(edit: QLineEdit) -> None:
    """A line edit's clear button (``setClearButtonEnabled``) is an icon with no name."""
    edit.setClearButtonEnabled(True)
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(QCoreApplication.translate("Accessibility", "Clear the text"))


def describe_hints(root: QWidget) -> None:
    """A text field's placeholder ("Separate several with commas") becomes its accessible
    description, unless it has one (or a tooltip): a placeholder vanishes once text is typed
    and not every screen reader reads it at all."""
    for edit in root.findChildren(QWidget):
        if not isinstance(edit, (QLineEdit, QPlainTextEdit, QTextEdit)):
            continue
        hint = edit.placeholderText().strip()
        if hint and not edit.accessibleDescription() and not edit.toolTip():
            edit.setAccessibleDescription(hint)


def leave_tables_by_tab(root: QWidget) -> None:
    """Tab moves on from a table instead of through each of its cells (the arrows do that):
    a table of a hundred cells would otherwise hold the keyboard for a hundred presses."""
    for view in root.findChildren(QTableView):
        view.setTabKeyNavigation(False)


def prepare(root: QWidget) -> None:
    """What every window and dialog gets once built: hints read out, tables Tab leaves."""
    describe_hints(root)
    leave_tables_by_tab(root)
