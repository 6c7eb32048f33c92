"""Other consoles' changes, live: PostgreSQL notifications turned into hub signals.

A worker thread blocks on the dedicated LISTEN connection (console.storage.live) and hands
each change to the GUI thread, where it becomes ``hub.transfers_changed``,
``hub.callbacks_changed`` or ``hub.incidents_changed``. SQLite has no notifications: the views
that need to be live (the transfer inbox, the sender's status, the disruption banner) poll
instead. Lost notifications (the connection
dropped) are harmless: the same views also poll, more slowly.

One per console: the session (ui/console_session.py) owns it, so a window rebuilt in another
language keeps the same LISTEN connection, re-pointed at the new window's hub (``set_hub``).
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, Signal

from console.errors import DatabaseUnavailableError
from console.storage.db import Database
from console.storage.dialect import POSTGRESQL
from console.storage.live import Change, ChangeListener
from ui.hub import Hub

log = logging.getLogger(__name__)


class LiveUpdates(QObject):
    # (topic, ids) on the GUI thread; also re-emitted on the hub by topic.
    changed = Signal(str, dict)
    _arrived = Signal(object)
    # The LISTEN connection is the console's heartbeat on PostgreSQL: it notices a lost
    # server within a second even when the agent is idle, and that it is back.
    _lost = Signal(str)
    _back = Signal()

    def __init__(self, db: Database, hub: Hub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._hub = hub
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.received = 0
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._lost.connect(self._report_lost, Qt.ConnectionType.QueuedConnection)
        self._back.connect(self._report_back, Qt.ConnectionType.QueuedConnection)

    def set_hub(self, hub: Hub) -> None:
        """Deliver to this hub from now on (the window was rebuilt; the listening goes on)."""
        self._hub = hub

    def _report_lost(self, message: str) -> None:
        self._hub.report_offline(message)

    def _report_back(self) -> None:
        self._hub.report_online()

    @property
    def active(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> bool:
        """Listen if the database can notify; False on SQLite (callers poll)."""
        if self._db.kind != POSTGRESQL or self.active:
            return self.active
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="live-updates", daemon=True)
        self._thread.start()
        return True

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)
            self._thread = None

    def _run(self) -> None:
        listener = ChangeListener(self._db)
        delay = 1.0
        lost = False
        try:
            while not self._stop.is_set():
                try:
                    changes = listener.wait(0.5)
                    delay = 1.0
                except DatabaseUnavailableError:
                    log.info("live updates: database unreachable, retrying in %.0f s", delay)
                    if not lost:
                        lost = True
                        self._lost.emit(
                            f"Cannot reach the database at {self._db.display}: the connection "
                            "was lost. The server may be restarting or the network is down."
                        )
                    self._stop.wait(delay)
                    # Back off, but keep checking often enough to notice the server's return
                    # within a few seconds (one refused connection is cheap).
                    delay = min(delay * 2, 8.0)
                    continue
                if lost:
                    lost = False
                    self._back.emit()
                for change in changes:
                    self._arrived.emit(change)
        finally:
            listener.close()

    def _deliver(self, change: Change) -> None:
        if self._stop.is_set():  # queued before stop(): the window is closing, nothing to reload
            return
        self.received += 1
        self.changed.emit(change.topic, dict(change.ids))
        if change.topic == "transfers":
            self._hub.transfers_changed.emit()
        elif change.topic == "callbacks":
            self._hub.callbacks_changed.emit()
        elif change.topic == "incidents":
            self._hub.incidents_changed.emit()
