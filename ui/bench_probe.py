"""Desktop figures for ``agent-console bench``, measured in their own process.

Opens the real window on a database, watches the GUI thread with a 5 ms timer (a tick that
comes late means the event loop was blocked), and drives a scripted session as an agent would:
type a caller's number, open the customer, let the card and timeline load; for every fourth
customer also promise a callback ("as soon as possible", Ctrl+B) and hand the customer over
to a queue with a warm-transfer note (Ctrl+T); then reports the longest stall and the
resident memory as one JSON line on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from console.bench import SEARCH_PHASE
from console.storage.models import CustomerPhone
from ui.app import create_window, settle_heap
from ui.callback_form_dialog import CallbackFormDialog
from ui.customer_card import CustomerCard
from ui.customer_search import CustomerSearch
from ui.history_view import HistoryView
from ui.main_window import MainWindow
from ui.transfer_form_dialog import TransferFormDialog

TICK_MS = 5
# Between two keys of a fast typist (about 12 keys a second).
KEY_GAP_S = 0.08


class StallWatcher:
    """The longest gap between ticks of a short timer, beyond the tick itself."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.max_ms = 0.0
        self.ticks = 0
        self.phase = ""  # what the session was doing: reported with the longest stall
        self.max_phase = ""
        self.by_phase: dict[str, float] = {}  # the longest stall in each phase

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        gap = self.clock.nsecsElapsed() / 1e6
        self.clock.restart()
        self.ticks += 1
        stall = gap - TICK_MS
        if stall > self.by_phase.get(self.phase, 0.0):
            self.by_phase[self.phase] = round(stall, 1)
        if stall > self.max_ms:
            self.max_ms = stall
            self.max_phase = self.phase


def type_like_a_person(widget: QWidget, text: str) -> None:
    """One key at a time, the event loop running between them, as a fast typist's keys come
    (``QTest.keyClicks`` sends them all inside one turn of the loop: the watcher would time
    the script's own burst of a dozen keys, not anything the console did)."""
    for ch in text:
        QTest.keyClick(widget, ch)
        pause = time.monotonic() + KEY_GAP_S
        wait_until(lambda p=pause: time.monotonic() >= p)


def wait_until(predicate: Callable[[], bool], timeout_s: float = 30.0) -> None:
    """Spin the event loop (never sleep) until the predicate holds."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)
    deadline = time.monotonic() + timeout_s

    def check() -> None:
        if predicate() or time.monotonic() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not predicate():
        raise TimeoutError("the scripted session waited too long")


def rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # not on Windows; macOS reports bytes

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (2**20 if sys.platform == "darwin" else 1024)


def _schedule_and_transfer(
    window: MainWindow, handed: dict[str, int], watcher: StallWatcher
) -> None:
    """Promise the open customer a callback as soon as possible, then transfer them to the
    first queue offered with a note, through the real dialogs (a customer who must not be
    called, or has no phone, is refused by the form: that is part of the session too)."""
    watcher.phase = "schedule a callback"
    form = window.schedule_callback()
    assert isinstance(form, CallbackFormDialog)
    watcher.phase = "callback form: loading"
    wait_until(lambda: form.plan is not None or form.problem.isVisible())
    watcher.phase = "callback form: as soon as possible"
    form.mode_asap.click()
    wait_until(lambda: not form.planning)
    if form.schedule_button.isEnabled():
        scheduled: list[int] = []
        form.scheduled.connect(scheduled.append)
        watcher.phase = "callback form: saving"
        form.schedule_button.click()
        wait_until(lambda: bool(scheduled))
        watcher.phase = "callback form: saved"
        handed["scheduled"] += 1
    else:
        form.reject()
    watcher.phase = "warm transfer"
    transfer = window.transfer_customer()
    assert isinstance(transfer, TransferFormDialog)
    wait_until(lambda: transfer.ready)
    queues = [
        transfer.target.itemData(i)
        for i in range(transfer.target.count())
        if str(transfer.target.itemData(i) or "").startswith("queue:")
    ]
    transfer.select_target("queue", int(str(queues[0]).split(":")[1]))
    wait_until(lambda: transfer.required is not None)
    transfer.fill({"reason": "other", "issue": "Asked about a refund",
                   "tried": "Checked the booking", "notes": "Bench session"})  # fmt: skip
    sent: list[object] = []
    transfer.sent.connect(sent.append)
    if transfer.missing():
        print("probe: transfer not sent, missing", transfer.missing(), file=sys.stderr)
        transfer.reject()
        return
    transfer.send()
    wait_until(lambda: bool(sent))
    handed["transferred"] += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.bench_probe")
    parser.add_argument("--db", required=True)
    parser.add_argument("--customers", type=int, default=20, help="customers to open")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    _app = QApplication.instance() or QApplication([])  # kept alive for the session
    window = create_window(args.db)
    window.resize(1280, 800)
    settle_heap()  # as ui.app.run does before showing the window
    window.show()
    db = window.context.db
    with db.read() as conn:
        top = conn.scalar(select(func.max(CustomerPhone.id))) or 1
        rng = random.Random(5)
        picks = [rng.randint(1, top) for _ in range(args.customers)]
        phones = list(conn.scalars(select(CustomerPhone.e164).where(CustomerPhone.id.in_(picks))))

    search = window.findChild(CustomerSearch, "customerSearch")
    card = window.findChild(CustomerCard, "customerCard")
    history = window.findChild(HistoryView, "historyView")
    assert search is not None and card is not None and history is not None
    opened: list[int] = []
    card.loaded.connect(opened.append)
    handed: dict[str, int] = {"scheduled": 0, "transferred": 0}
    wait_until(lambda: window.isVisible())
    watcher = StallWatcher()
    watcher.start()
    started = time.perf_counter()
    for n, phone in enumerate(phones):
        watcher.phase = SEARCH_PHASE
        search.box.clear()
        search.box.setFocus()
        type_like_a_person(search.box, phone)
        wait_until(lambda p=phone: search.answered_text == p and not search.busy)
        before = len(opened)
        QTest.keyClick(search.box, Qt.Key.Key_Return)
        wait_until(lambda b=before: len(opened) > b)
        wait_until(lambda: history.model.rowCount() > 0)
        if n % 4 == 0:
            _schedule_and_transfer(window, handed, watcher)
    elapsed = time.perf_counter() - started
    result = {
        "max_stall_ms": watcher.max_ms,
        "max_stall_during": watcher.max_phase,
        "max_stall_by_phase": watcher.by_phase,
        "rss_mb": rss_mb(),
        "customers_opened": len(opened),
        "callbacks_scheduled": handed["scheduled"],
        "transfers_sent": handed["transferred"],
        "session_s": round(elapsed, 2),
        "ticks": watcher.ticks,
    }
    print(json.dumps(result), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
