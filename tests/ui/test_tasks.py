"""run_task and LatestOnly: work off the GUI thread, answers on it, stale ones dropped."""

from __future__ import annotations

import sys
import threading
from types import TracebackType

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from console.errors import NotFoundError
from ui import errors, tasks
from ui.tasks import LatestOnly, pending_count, run_task


class Receiver(QLabel):
    """Stands for a widget that shows an answer; touching it after deletion would raise."""

    def show_answer(self, value: object) -> None:
        self.setText(str(value))


def _idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: pending_count() == 0, timeout=5000)


def test_work_runs_off_the_gui_thread_and_the_answer_comes_back_on_it(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    worker: list[int] = []
    answers: list[tuple[int, int]] = []

    def work() -> int:
        worker.append(threading.get_ident())
        return 42

    run_task(work, lambda result: answers.append((result, threading.get_ident())))
    assert pending_count() == 1
    _idle(qtbot)
    assert answers == [(42, gui)]
    assert worker and worker[0] != gui


def test_errors_reach_on_error_on_the_gui_thread(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    failures: list[tuple[str, int]] = []

    def work() -> None:
        raise NotFoundError("Customer 9 does not exist (any more).")

    run_task(work, lambda _r: None, lambda e: failures.append((str(e), threading.get_ident())))
    _idle(qtbot)
    assert failures == [("Customer 9 does not exist (any more).", gui)]


def test_without_on_error_a_user_facing_error_is_shown_kindly(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QDialog] = []
    monkeypatch.setattr(errors, "present", lambda dialog, blocking=False: shown.append(dialog))

    def work() -> None:
        raise NotFoundError("Customer 9 does not exist (any more).")

    run_task(work, lambda _r: None)
    _idle(qtbot)
    assert len(shown) == 1
    assert shown[0].text() == "Customer 9 does not exist (any more)."  # type: ignore[attr-defined]
    shown[0].deleteLater()


def test_without_on_error_a_bug_goes_to_the_excepthook(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    hooked: list[BaseException] = []

    def hook(_t: type[BaseException], exc: BaseException, _tb: TracebackType | None) -> None:
        hooked.append(exc)

    monkeypatch.setattr(sys, "excepthook", hook)
    run_task(lambda: 1 / 0, lambda _r: None)
    _idle(qtbot)
    assert len(hooked) == 1 and isinstance(hooked[0], ZeroDivisionError)
    assert hooked[0].__traceback__ is not None  # the crash dialog can show where it happened


def test_an_answer_for_a_destroyed_widget_is_dropped(qtbot: QtBot) -> None:
    gate = threading.Event()
    receiver = Receiver()

    def slow() -> str:
        assert gate.wait(5)
        return "late"

    run_task(slow, receiver.show_answer, owner=receiver)
    receiver.deleteLater()
    qtbot.waitUntil(lambda: not _alive(receiver))
    gate.set()
    _idle(qtbot)  # had the answer been delivered, setText on a dead widget would have raised


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))


def test_idle_is_announced_when_the_last_answer_is_delivered(qtbot: QtBot) -> None:
    with qtbot.waitSignal(tasks.dispatcher().idle, timeout=5000):
        run_task(lambda: 1, lambda _r: None)
        run_task(lambda: 2, lambda _r: None)
    assert pending_count() == 0


def test_run_task_refuses_other_threads(qtbot: QtBot) -> None:
    raised: list[BaseException] = []

    def elsewhere() -> None:
        try:
            run_task(lambda: 1, lambda _r: None)
        except RuntimeError as exc:
            raised.append(exc)

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join(5)
    assert raised and "GUI thread" in str(raised[0])


def test_latest_only_discards_an_older_answer_that_arrives_last(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    latest = LatestOnly(owner)
    gate = threading.Event()
    answers: list[str] = []

    def old() -> str:
        assert gate.wait(5)
        return "old"

    latest.run(old, answers.append)
    latest.run(lambda: "new", answers.append)
    qtbot.waitUntil(lambda: answers == ["new"])
    assert not latest.busy
    gate.set()
    _idle(qtbot)
    assert answers == ["new"]
    assert latest.discarded == 1


def test_latest_only_drops_stale_user_errors_but_still_reports_stale_bugs(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: hooked.append(exc))
    shown: list[QDialog] = []
    monkeypatch.setattr(errors, "present", lambda dialog, blocking=False: shown.append(dialog))
    owner = QWidget()
    qtbot.addWidget(owner)
    latest = LatestOnly(owner)
    gate = threading.Event()

    def stale_user_error() -> None:
        assert gate.wait(5)
        raise NotFoundError("gone")

    def stale_bug() -> None:
        assert gate.wait(5)
        raise KeyError("bug")

    latest.run(stale_user_error, lambda _r: None)
    latest.run(stale_bug, lambda _r: None)
    latest.run(lambda: None, lambda _r: None)
    gate.set()
    _idle(qtbot)
    assert shown == []
    assert len(hooked) == 1 and isinstance(hooked[0], KeyError)


def test_cancel_forgets_what_is_in_flight(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    latest = LatestOnly(owner)
    answers: list[int] = []
    latest.run(lambda: 1, answers.append)
    latest.cancel()
    assert not latest.busy
    _idle(qtbot)
    assert answers == []
