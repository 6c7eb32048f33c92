"""The console is killed (SIGKILL) while the agent is typing a note: the next start offers it.

The first console is a real subprocess running the real window; the agent's typing goes into
the note composer; once the local draft is written the process is killed without any chance
to clean up. The second console, on the same data directory, offers the note back and puts it
into the composer of the right customer.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from console.settings import Settings
from tests.ui.conftest import show_window
from ui.app import create_window

TYPED = "Обещала перезвонить в пятницу — refund by Friday"

CHILD = """
import sys
from PySide6.QtWidgets import QApplication
from console.settings import Settings
from ui.app import create_window

url, text = sys.argv[1], sys.argv[2]
app = QApplication.instance() or QApplication([])
window = create_window(url, "dana", settings=Settings(default_region="RU"))
window.show()
composer = window.history.composer

def typed(_key):
    print("DRAFT WRITTEN", flush=True)

def restored_or_loaded(*_args):
    if composer.customer_id == 1 and not composer.editor.toPlainText():
        composer.focus_editor()
        composer.editor.insertPlainText(text)

composer.draft_written.connect(typed)
window.history.page_loaded.connect(restored_or_loaded)
window.open_customer(1)
app.exec()
"""


def test_a_note_typed_when_the_console_was_killed_is_offered_at_the_next_start(
    qtbot: QtBot, demo_db_url: str, tmp_path: Path
) -> None:
    script = tmp_path / "console_child.py"
    script.write_text(CHILD, encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(script), demo_db_url, TYPED],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy(),
    )  # fmt: skip
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # blocks until the draft is on disk (or the child dies)
        assert line.strip() == b"DRAFT WRITTEN", child.stderr.read() if child.stderr else b""
        time.sleep(0.1)
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL

    window = show_window(
        qtbot, create_window(demo_db_url, "dana", settings=Settings(default_region="RU"))
    )
    qtbot.waitUntil(lambda: window.drafts_menu is not None, timeout=10_000)
    assert window.drafts_menu is not None
    (action,) = window.drafts_menu.actions()
    assert action.text().startswith("Ольга Петрова — ")
    assert "Обещала" in action.text()
    action.trigger()
    composer = window.history.composer
    qtbot.waitUntil(lambda: composer.editor.toPlainText() == TYPED, timeout=10_000)
