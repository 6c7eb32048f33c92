"""Logging to a rotating file in the user log directory."""

from __future__ import annotations

import logging
import logging.handlers

from console import paths

LOG_FILE = "agent-console.log"


def setup(level: int = logging.INFO) -> None:
    """Idempotent: a second call (tests, a second window) adds no second handler."""
    root = logging.getLogger()
    if any(getattr(h, "_agent_console", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / LOG_FILE, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler._agent_console = True  # type: ignore[attr-defined]
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(level)
