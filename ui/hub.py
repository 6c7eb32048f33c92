"""The change hub: one per window, so views reload themselves instead of reaching into each other.

After a write succeeds, whoever made it announces it once here ("customer 42 changed"); every
view showing that customer subscribes and reloads. Changes made by other agents will arrive the
same way (PostgreSQL LISTEN/NOTIFY, a poll on SQLite).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    # A customer's own fields (name, phones, tags...) changed.
    customers_changed = Signal(int)
    # Something was added to or changed on a customer's timeline.
    interactions_changed = Signal(int)
    # Callbacks were scheduled, claimed, worked, moved or reassigned (anyone's).
    callbacks_changed = Signal()
    # A warm transfer was offered, accepted, declined, withdrawn or turned into a callback.
    transfers_changed = Signal()
    # A disruption was declared, its facts or affected customers changed, or it was closed.
    incidents_changed = Signal()
    # (online, message): the database became reachable again, or stopped being reachable.
    connection_changed = Signal(bool, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._online = True
        self._message = ""

    @property
    def online(self) -> bool:
        return self._online

    @property
    def offline_message(self) -> str:
        return self._message

    def report_online(self) -> None:
        """A database call just succeeded; announce it only if we were offline."""
        if not self._online:
            self._online = True
            self._message = ""
            self.connection_changed.emit(True, "")

    def report_offline(self, message: str) -> None:
        """A database call failed because the database cannot be reached."""
        if self._online or message != self._message:
            self._online = False
            self._message = message
            self.connection_changed.emit(False, message)
