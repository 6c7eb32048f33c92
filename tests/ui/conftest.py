"""Widget-test fixtures: the real window on a fresh copy of the demo database.

The root conftest isolates the environment (offscreen Qt, temp data/config/log dirs, an
in-memory keyring) and provides ``demo_db_url``. Here: the window built by
``ui.app.create_window`` exactly as the application builds it, facts about the demo's
hand-written customers read straight from the database, and a teardown that lets every
worker answer and closes any dialog a test left open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from console.settings import Settings
from console.storage.db import Database
from console.storage.models import Customer, CustomerEmail, CustomerPhone, Interaction, User
from ui import tasks
from ui.app import create_window
from ui.customer_card import CustomerCard
from ui.history_view import HistoryView
from ui.main_window import MainWindow


@dataclass(frozen=True)
class KnownCustomer:
    id: int
    full_name: str
    account_no: str
    e164: str
    typed_phone: str
    email: str


def known_customer(db_url: str, full_name: str) -> KnownCustomer:
    """One of the demo's hand-written customers (first match by full name)."""
    db = Database(db_url)
    try:
        with db.read() as conn:
            row = conn.execute(
                select(Customer.id, Customer.full_name, Customer.account_no)
                .where(Customer.full_name == full_name)
                .order_by(Customer.id)
                .limit(1)
            ).one()
            phone = conn.execute(
                select(CustomerPhone.e164, CustomerPhone.typed)
                .where(CustomerPhone.customer_id == row.id, CustomerPhone.is_primary.is_(True))
                .limit(1)
            ).one()
            email = conn.scalar(
                select(CustomerEmail.email).where(CustomerEmail.customer_id == row.id).limit(1)
            )
    finally:
        db.dispose()
    return KnownCustomer(row.id, row.full_name, row.account_no, phone.e164, phone.typed, email)


def add_interactions(db_url: str, customer_id: int, count: int) -> list[dt.datetime]:
    """Give a customer a long history (one note a day going back); returns the times."""
    db = Database(db_url)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    times = [now - dt.timedelta(days=400 + i, hours=i % 7) for i in range(count)]
    try:
        with db.write() as conn:
            agent = conn.scalar(select(User.id).order_by(User.id).limit(1))
            conn.execute(
                insert(Interaction),
                [
                    {
                        "customer_id": customer_id,
                        "kind": "note",
                        "direction": "internal",
                        "agent_id": agent,
                        "started_at": at,
                        "ended_at": None,
                        "outcome": "",
                        "summary": f"Archived note number {i}",
                        "version": 1,
                    }
                    for i, at in enumerate(times)
                ],
            )
    finally:
        db.dispose()
    return times


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, key by key, like a keyboard with the right layout would.

    ``QTest.keyClicks`` only knows ASCII (it asserts on "Петрова"), so each character is sent
    as the press and release a keyboard layout would produce for it.
    """
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
        if ch.isascii() and ch.isalnum():
            key = Qt.Key(ord(ch.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


# pytest-qt keeps only weak references: a window held in a test's local variable would be
# garbage-collected without a closeEvent, leaving its database engine open.
_windows: list[MainWindow] = []


def adopt_window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """Close this window after the test too (one the session rebuilt in another language)."""
    _windows.append(window)
    qtbot.addWidget(window)
    return window


def show_window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    adopt_window(qtbot, window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """A window the session replaced (File › Language rebuilds it) is deleted already:
    pytest-qt, which closes every registered widget, must not touch it again."""
    widgets = getattr(item, "qt_widgets", None)
    if widgets:
        item.qt_widgets = [  # type: ignore[attr-defined]
            (ref, before) for ref, before in widgets if not _replaced(ref())
        ]
    return (yield)


def _replaced(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    return not shiboken6.isValid(widget) or (isinstance(widget, MainWindow) and widget.retired)


@pytest.fixture(autouse=True)
def _settle(qtbot: QtBot) -> Iterator[None]:
    """After each test: every task answered, no dialog left open for the next test."""
    yield
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=10_000)
    while _windows:
        window = _windows.pop()
        if shiboken6.isValid(window):
            window.close()  # saves view state and disposes the engine
            window.deleteLater()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()


@pytest.fixture
def settings() -> Settings:
    # Demo customers include Russians whose numbers are typed nationally ("8 (916) ...").
    # English whatever the machine's locale: tests read the English source strings.
    return Settings(default_region="RU", language="en")


@pytest.fixture
def window(qtbot: QtBot, demo_db_url: str, settings: Settings) -> MainWindow:
    return show_window(qtbot, create_window(demo_db_url, "dana", settings=settings))


@pytest.fixture
def petrova(demo_db_url: str) -> KnownCustomer:
    return known_customer(demo_db_url, "Ольга Петрова")


def open_history(qtbot: QtBot, window: MainWindow, customer_id: int) -> HistoryView:
    """Open a customer and wait until their first page of history is shown."""
    view = window.history
    with qtbot.waitSignal(view.page_loaded, timeout=5000):
        window.open_customer(customer_id)
    return view


def open_card(qtbot: QtBot, window: MainWindow, customer_id: int) -> CustomerCard:
    """Open a customer and wait until their card is shown."""
    card = window.card
    with qtbot.waitSignal(card.loaded, timeout=5000):
        window.open_customer(customer_id)
    return card
