"""Where data, logs, settings and shipped resources live on each OS (platformdirs)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "AgentConsole"
APP_AUTHOR = "AgentConsole"


def _override(var: str) -> Path | None:
    value = os.environ.get(var)
    return Path(value) if value else None


def data_dir() -> Path:
    """The user data directory (the default SQLite database lives here)."""
    path = _override("AGENT_CONSOLE_DATA_DIR") or Path(
        platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    path = _override("AGENT_CONSOLE_CONFIG_DIR") or Path(
        platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = _override("AGENT_CONSOLE_LOG_DIR") or Path(
        platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Rebuildable data (benchmark data sets)."""
    path = _override("AGENT_CONSOLE_CACHE_DIR") or Path(
        platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """Shipped resources: beside the packages (checkout or wheel) or in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_db_path() -> Path:
    return data_dir() / "agent-console.sqlite3"


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite3"
