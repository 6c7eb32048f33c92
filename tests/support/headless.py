"""Run CLI code in a fresh interpreter and prove it never loaded Qt or the ui package."""

from __future__ import annotations

import os
import subprocess
import sys

QT_CHECK = (
    "\nloaded = sorted(m for m in sys.modules "
    "if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
    "assert not loaded, loaded\n"
)


def run_headless(body: str) -> subprocess.CompletedProcess[str]:
    """``body`` must import sys and leave its exit code in ``rc``."""
    code = body + QT_CHECK + "sys.exit(rc)\n"
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy()
    )
