"""What the window is built on: the database handle, who is at the desk, and the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from console.services.customers import CustomerService
from console.services.users import UserInfo, UserService
from console.settings import Settings
from console.storage.db import Database
from ui.formatting import agent_zone


@dataclass(frozen=True)
class ConsoleContext:
    # Only its URL and kind are read on the GUI thread; queries go through the services.
    db: Database
    user: UserInfo
    settings: Settings
    customers: CustomerService
    users: UserService

    @property
    def agent_zone(self) -> dt.tzinfo:
        return agent_zone(self.user.time_zone)
