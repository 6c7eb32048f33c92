"""What the console's forms share: drafts kept as the agent types, and wrapped text that is
never clipped.

Both pieces were written twice (the callback and the transfer forms); one place keeps their
behaviour the same: a draft write happens off the GUI thread except when the form is closing,
and a failure to keep a draft is logged and told to the agent, never silent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from console.drafts import DraftStore
from ui.tasks import run_task

log = logging.getLogger(__name__)


def save_draft(
    owner: QWidget,
    drafts: DraftStore,
    key: str,
    text: str,
    meta: dict[str, Any],
    revision: int,
    *,
    wait: bool,
    on_written: Callable[[str], None],
    on_failed: Callable[[BaseException], None],
) -> None:
    """Keep ``text`` under ``key`` (blank text removes the draft).

    ``wait`` is for a closing form: the write happens now, on this thread, because the form
    may be gone before a worker's answer arrives.
    """
    if wait:
        try:
            drafts.save(key, text, meta, revision=revision)
        except OSError as exc:
            log.error("could not keep the draft %s: %s", key, exc)
        return
    run_task(
        lambda: drafts.save(key, text, meta, revision=revision),
        lambda _changed: on_written(key),
        on_failed,
        owner=owner,
    )


def fit_wrapped(form: QWidget, labels: Iterable[QLabel]) -> None:
    """Give every wrapped label the height it needs at the width it really has.

    Qt sizes a window by its layout's minimum size, and a word-wrapped label's minimum is
    guessed for a width other than the one it gets, so a long message would be clipped.
    Pinning each label's minimum height to what its current width needs makes the layout
    (and with it the dialog) grow instead.
    """
    if not form.isVisible():
        return
    for label in labels:
        if not label.isVisibleTo(form):
            continue
        label.setMinimumHeight(0)  # QLabel's heightForWidth never answers below it
        need = label.heightForWidth(label.width())
        if need > 0:
            label.setMinimumHeight(need)
