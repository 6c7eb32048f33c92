"""Work off the GUI thread: one helper, answers delivered back on the GUI thread.

Modelled on Anki's task manager: a widget hands ``run_task`` a function that may block (a
database read), the function runs in a small thread pool, and its result or exception comes
back through a queued signal to a callback running on the GUI thread. A callback whose owner
widget was destroyed in the meantime is dropped instead of touching a dead object.

``LatestOnly`` adds the rule search-as-you-type needs: each request carries a sequence number
and an answer that is not the newest one is discarded, so a slow early query can never
overwrite the results of the text the agent typed last.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QThreadPool, Signal, Slot

from console.errors import UserFacingError
from ui.i18n import localize_error

log = logging.getLogger(__name__)

T = TypeVar("T")

# Search, the card and the timeline may all be in flight when a customer opens; more threads
# would only queue for the database's (at most two) PostgreSQL connections.
MAX_THREADS = 3

ErrorHandler = Callable[[BaseException], None]


class _Task:
    """One submitted job and, once it ran, its outcome."""

    __slots__ = ("error", "fn", "on_done", "on_error", "owner", "result")

    def __init__(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: ErrorHandler | None,
        owner: QObject | None,
    ) -> None:
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error
        self.owner = owner
        self.result: Any = None
        self.error: BaseException | None = None


class _Dispatcher(QObject):
    """Lives on the GUI thread; workers emit ``finished`` and Qt queues the delivery here."""

    finished = Signal(object)
    idle = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.pending = 0
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(MAX_THREADS)
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, task: _Task) -> None:
        self.pending += 1
        self.pool.start(lambda: self._work(task))

    def _work(self, task: _Task) -> None:
        # Runs on a worker thread: never touch a widget here.
        try:
            task.result = task.fn()
        except BaseException as exc:
            task.error = exc
        self.finished.emit(task)

    @Slot(object)
    def _deliver(self, task: _Task) -> None:
        try:
            if task.owner is not None and not shiboken6.isValid(task.owner):
                log.debug("dropped the answer of a task whose owner is gone")
                return
            if task.error is None:
                task.on_done(task.result)
                return
            localize_error(task.error)  # the core speaks English; the agent may not
            if task.on_error is not None:
                task.on_error(task.error)
            else:
                _report(task.owner, task.error)
        finally:
            self.pending -= 1
            if self.pending == 0:
                self.idle.emit()


_dispatcher: _Dispatcher | None = None


def _require_gui_thread() -> None:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("run_task needs a QApplication")
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("run_task must be called on the GUI thread")


def dispatcher() -> _Dispatcher:
    """The GUI-thread object that delivers answers (its ``idle`` signal helps tests)."""
    global _dispatcher
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        _require_gui_thread()
        _dispatcher = _Dispatcher()
    return _dispatcher


def _report(owner: QObject | None, error: BaseException) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.errors import show_error

    parent = owner if isinstance(owner, QWidget) else None
    show_error(parent, error)


def run_task(
    fn: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: ErrorHandler | None = None,
    *,
    owner: QObject | None = None,
) -> None:
    """Run ``fn`` on the worker pool; call ``on_done(result)`` on the GUI thread.

    An exception raised by ``fn`` goes to ``on_error`` or, without one, to ``show_error``
    (kind words for a ``UserFacingError``, the crash dialog for a bug). If ``owner`` has been
    destroyed by the time the answer arrives, neither callback runs.
    """
    _require_gui_thread()
    dispatcher().submit(_Task(fn, on_done, on_error, owner))


def pending_count() -> int:
    """Tasks submitted whose answer has not been delivered yet."""
    return 0 if _dispatcher is None or not shiboken6.isValid(_dispatcher) else _dispatcher.pending


def wait_for_workers(timeout_ms: int = 10_000) -> bool:
    """Block until no worker runs a job (shutdown only: answers still need the event loop)."""
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        return True
    return bool(_dispatcher.pool.waitForDone(timeout_ms))


class LatestOnly:
    """Runs requests of which only the newest answer matters.

    Every ``run`` takes the next sequence number; answers to older numbers are discarded.
    A stale ``UserFacingError`` is dropped like a stale result, but a stale bug is still
    reported: a bug matters whichever query hit it.
    """

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._seq = 0
        self._answered = 0
        self.discarded = 0

    @property
    def busy(self) -> bool:
        """True while the newest request has not been answered."""
        return self._answered < self._seq

    def cancel(self) -> None:
        """Forget every request in flight: their answers will be discarded."""
        self._seq += 1
        self._answered = self._seq

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: ErrorHandler | None = None,
    ) -> int:
        self._seq += 1
        seq = self._seq

        def done(result: T) -> None:
            if seq != self._seq:
                self.discarded += 1
                return
            self._answered = seq
            on_done(result)

        def failed(error: BaseException) -> None:
            if seq != self._seq:
                self.discarded += 1
                if isinstance(error, UserFacingError):
                    return
                _report(self._owner, error)
                return
            self._answered = seq
            if on_error is not None:
                on_error(error)
            else:
                _report(self._owner, error)

        run_task(fn, done, failed, owner=self._owner)
        return seq
