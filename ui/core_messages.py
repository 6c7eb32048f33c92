# ruff: noqa: E501 (one sentence a line, as lupdate and translators see it)
"""The core's sentences for users, for pyside6-lupdate: generated, do not edit.

`uv run python -m ui.translations update` writes this from the Said('…') calls in
console/ (console.errors.Said); ui.i18n.localized says them in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# fmt: off
CORE_MESSAGES = (
    QT_TRANSLATE_NOOP("console", "Customer {id} does not exist (any more)."),
    QT_TRANSLATE_NOOP("console", "{name} is marked do-not-call: no callback can be promised. Offer another channel (e-mail) or ask a supervisor."),
    QT_TRANSLATE_NOOP("console", "Callback {id} does not exist."),
    QT_TRANSLATE_NOOP("console", "Someone else took this callback a moment ago."),
    QT_TRANSLATE_NOOP("console", "{name} is working on this callback right now."),
    QT_TRANSLATE_NOOP("console", "This callback belongs to {owner}; ask a supervisor to reassign it."),
    QT_TRANSLATE_NOOP("console", "This callback is no longer open."),
    QT_TRANSLATE_NOOP("console", "{n} of the selected callbacks were closed meanwhile; the list was refreshed and nothing was changed."),
    QT_TRANSLATE_NOOP("console", "You are not a member of that queue."),
    QT_TRANSLATE_NOOP("console", "That agent does not exist or is disabled."),
    QT_TRANSLATE_NOOP("console", "That queue does not exist."),
)
# fmt: on
