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
    QT_TRANSLATE_NOOP("console", "a name is required"),
    QT_TRANSLATE_NOOP("console", "“{code}” is not a two-letter country code such as TH or IR"),
    QT_TRANSLATE_NOOP("console", "“{zone}” is not a time zone such as Asia/Tehran"),
    QT_TRANSLATE_NOOP("console", "“{code}” is not a language code such as fa or th"),
    QT_TRANSLATE_NOOP("console", "a tag has at most {n} characters"),
    QT_TRANSLATE_NOOP("console", "at most {n} characters"),
    QT_TRANSLATE_NOOP("console", "“{phone}” is not a phone number"),
    QT_TRANSLATE_NOOP("console", "“{email}” is not an e-mail address"),
    QT_TRANSLATE_NOOP("console", "no free account number was found; type one"),
    QT_TRANSLATE_NOOP("console", "{account} belongs to another customer"),
    QT_TRANSLATE_NOOP("console", "Customer {id} no longer exists."),
    QT_TRANSLATE_NOOP("console", "This gesture was changed or voided by someone else meanwhile: reload."),
    QT_TRANSLATE_NOOP("console", "Choose whether the call was inbound or outbound."),
    QT_TRANSLATE_NOOP("console", "A call cannot start in the future: check the start time."),
    QT_TRANSLATE_NOOP("console", "The call cannot end before it started: check the end time."),
    QT_TRANSLATE_NOOP("console", "Customer {id} does not exist any more, so nothing was saved. Search for the customer again."),
    QT_TRANSLATE_NOOP("console", "{name} took this transfer at {time} UTC, before you: nothing to do."),
    QT_TRANSLATE_NOOP("console", "Transfer {id} does not exist."),
    QT_TRANSLATE_NOOP("console", "This transfer is for queue {queue}; you are not in it."),
    QT_TRANSLATE_NOOP("console", "{name} took this transfer a moment before you: nothing to do."),
    QT_TRANSLATE_NOOP("console", "Only the sender can turn a transfer into a callback."),
    QT_TRANSLATE_NOOP("console", "{name} is in no queue: schedule the callback yourself."),
    QT_TRANSLATE_NOOP("console", "This transfer is addressed to {name}, not to you."),
    QT_TRANSLATE_NOOP("console", "{name} withdrew this transfer at {time} UTC."),
    QT_TRANSLATE_NOOP("console", "Only the sender can take a transfer back."),
    QT_TRANSLATE_NOOP("console", "That colleague does not exist or is disabled."),
    QT_TRANSLATE_NOOP("console", "{name} is not signed in to Agent Console right now, so nobody would answer. Choose a colleague who is available, or their queue."),
    QT_TRANSLATE_NOOP("console", "{name} withdrew this transfer."),
)
# fmt: on
