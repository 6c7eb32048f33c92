"""Where window geometry and view state live (QSettings), never the real user's in tests.

Normally the platform's native store under organisation and application "AgentConsole".
When AGENT_CONSOLE_CONFIG_DIR is set (tests, portable installs), an INI file there instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "AgentConsole"
APPLICATION = "AgentConsole"
STATE_FILE = "window-state.ini"


def open_view_state() -> QSettings:
    config_dir = os.environ.get("AGENT_CONSOLE_CONFIG_DIR")
    if config_dir:
        Path(config_dir).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(config_dir) / STATE_FILE), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)
