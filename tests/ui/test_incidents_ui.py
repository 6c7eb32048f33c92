"""Disruption mode in the real window on the demo database: a supervisor declares the demo's
disruption (voyage AUR-1127, fire on board) and works it end to end; every console shows the
banner, live; affected customers are marked; agents never get the supervisor's actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from console.integrations.pop_listener import parse_pop_request
from console.services.callbacks import CallbackService
from console.services.dashboard import age_text
from console.services.incidents import IncidentService
from console.settings import Settings
from console.storage.db import Database
from console.storage.models import Callback, Customer, Queue, User
from tests.ui.conftest import known_customer, open_card, show_window
from ui.app import create_window
from ui.dashboard_drill import DrillDialog
from ui.incident_banner import IncidentBanner
from ui.incident_dialog import IncidentDialog
from ui.main_window import MainWindow
from ui.search_results_model import SearchResultsModel

NAME = "AUR-1127 fire on board"
FACTS = "Fire in the engine room of MS Aurora Borealis; everyone is safe. AUR-1127 is cancelled."
NEW_FACTS = "Everyone is home. Full refund or a free rebooking on AUR-1203."
STANDARDS = "Refunds are processed within 5 business days."
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
POLL_MS = 6000  # the SQLite poll is 2 s: within it, with room for a slow machine


@contextmanager
def _db(url: str) -> Iterator[Database]:
    db = Database(url)
    try:
        yield db
    finally:
        db.dispose()


def _id_of(url: str, model: type, column: object, value: str) -> int:
    with _db(url) as db, db.read() as conn:
        return int(conn.scalar(select(model.id).where(column == value)))  # type: ignore[attr-defined]


def _on_voyage(url: str) -> set[int]:
    """The demo's passengers of AUR-1127, read from their custom fields."""
    with _db(url) as db, db.read() as conn:
        rows = conn.execute(select(Customer.id, Customer.custom_fields)).all()
    return {r.id for r in rows if (r.custom_fields or {}).get("voyage") == "AUR-1127"}


def _incident_callbacks(url: str, incident_id: int) -> list[tuple[int, str]]:
    with _db(url) as db, db.read() as conn:
        rows = conn.execute(
            select(Callback.customer_id, Callback.state).where(Callback.incident_id == incident_id)
        ).all()
    return [(int(r[0]), str(r[1])) for r in rows]


def _with_open_callback(url: str, customers: set[int]) -> set[int]:
    with _db(url) as db, db.read() as conn:
        rows = conn.scalars(
            select(Callback.customer_id.distinct()).where(
                Callback.state.in_(("pending", "claimed")), Callback.customer_id.in_(customers)
            )
        )
        return {int(r) for r in rows}


def _declare(url: str, *, add: bool = True, now: dt.datetime | None = None) -> int:
    """The demo's disruption, declared by Riina through the service (setup for a test)."""
    riina = _id_of(url, User, User.username, "riina")
    queue = _id_of(url, Queue, Queue.name, "Cruise care")
    with _db(url) as db:
        service = IncidentService(db)
        incident = service.declare(riina, NAME, FACTS, standards=STANDARDS, queue_id=queue, now=now)
        if add:
            assert service.add_matching(incident.id, riina, "voyage", "AUR-1127", now=now).applied
        return incident.id


def _window(qtbot: QtBot, url: str, user: str, settings: Settings) -> MainWindow:
    return show_window(qtbot, create_window(url, user, settings=settings))


def _open_dialog(qtbot: QtBot, window: MainWindow) -> IncidentDialog:
    """Disruption › Declare or manage, by its shortcut; waits for the list and the queues."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_I, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(window.incident_dialog, IncidentDialog), timeout=3000)
    dialog = window.incident_dialog
    assert isinstance(dialog, IncidentDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.queue.count() > 1, timeout=5000)
    qtbot.waitUntil(lambda: dialog.list_loaded, timeout=5000)
    if any(i.is_open for i in dialog.incidents):
        qtbot.waitUntil(lambda: dialog.current is not None, timeout=5000)
    return dialog


def _click(qtbot: QtBot, dialog: IncidentDialog, button: QPushButton) -> None:
    """Press a button of the dialog and wait for the service's answer."""
    assert button.isEnabled(), button.objectName()
    with qtbot.waitSignal(dialog.answered, timeout=15_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _shown(banner: IncidentBanner) -> list[tuple[str, str, str, str]]:
    """Each row as the agent reads it: name, facts, standards (if shown), updated."""
    return [
        (
            row.name.text(),
            row.facts.text(),
            row.standards.text() if row.standards.isVisible() else "",
            row.updated.text(),
        )
        for row in banner.rows[: len(banner.incidents)]
        if row.isVisible()
    ]


def _banner(window: MainWindow) -> IncidentBanner:
    banner = window.incident_banner
    assert banner is not None
    return banner


def _banner_shown(window: MainWindow) -> bool:
    banner = window.incident_banner
    return banner is not None and banner.isVisible()


def _updated(window: MainWindow, at: dt.datetime) -> str:
    return f"Updated {at.astimezone(window.context.agent_zone):%H:%M} by Riina Sepp"


# ---- who may declare ---------------------------------------------------------------------------


def test_an_agent_has_no_disruption_menu_or_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    assert window.context.user.role == "agent"
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "Disruption" not in menus
    assert window.incident_action is None
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_I, CTRL_SHIFT)
    qtbot.wait(200)
    assert window.incident_dialog is None
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "incidentDialog"]
    # Nothing is open on the demo: no banner is built either.
    qtbot.waitUntil(lambda: window.incident_watch.answers > 0)
    assert window.incident_banner is None
    assert window.findChild(QWidget, "incidentBanner") is None


# ---- declaring, live on every console ----------------------------------------------------------


def test_a_declared_disruption_reaches_every_console_and_its_facts_stay_current(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    riina = _window(qtbot, demo_db_url, "riina", settings)
    dana = _window(qtbot, demo_db_url, "dana", settings)
    menus = [a.text().replace("&", "") for a in riina.menuBar().actions()]
    assert "Disruption" in menus
    assert riina.incident_action is not None
    assert riina.incident_action.shortcut().toString() == "Ctrl+Shift+I"
    assert riina.incident_action.text().replace("&", "") == "Declare or manage…"

    dialog = _open_dialog(qtbot, riina)
    assert dialog.objectName() == "incidentDialog" and dialog.windowTitle() == "Disruptions"
    assert dialog.pages.currentWidget() is dialog.declare_page  # nothing declared yet
    # Without a name the service refuses: said next to the name, the facts typed stay.
    qtbot.keyClicks(dialog.facts, FACTS)
    _click(qtbot, dialog, dialog.declare_button)
    error = dialog.declare_errors["name"]
    assert error.isVisible() and error.text().startswith("Give it a name agents recognise")
    assert dialog.facts.toPlainText() == FACTS

    qtbot.keyClicks(dialog.name, NAME)
    qtbot.keyClicks(dialog.standards, STANDARDS)
    assert dialog.choose_queue("Cruise care")
    _click(qtbot, dialog, dialog.declare_button)
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=5000)
    assert dialog.current is not None and dialog.current.name == NAME
    assert dialog.pages.currentWidget() is dialog.manage_page
    assert not dialog.declare_errors["name"].isVisible()

    # Who is affected: the demo's voyage, by its customer field.
    assert (dialog.field.placeholderText(), dialog.value.placeholderText()) == (
        "voyage",
        "AUR-1127",
    )
    passengers = _on_voyage(demo_db_url)
    assert len(passengers) > 10
    qtbot.keyClicks(dialog.field, "voyage")
    qtbot.keyClicks(dialog.value, "AUR-1127")
    _click(qtbot, dialog, dialog.match_button)
    assert dialog.affected_message.isVisible()
    assert dialog.affected_message.text() == (
        f"Added {len(passengers)} customers; 0 were already affected."
    )
    qtbot.waitUntil(lambda: f"{len(passengers)} customers affected" in dialog.summary.text())

    # The banner: in the supervisor's window at once, in the agent's within the poll.
    with _db(demo_db_url) as db:
        declared = IncidentService(db).open_incidents()[0]
    qtbot.waitUntil(lambda: _banner_shown(riina), timeout=3000)
    qtbot.waitUntil(lambda: _banner_shown(dana), timeout=POLL_MS)
    for window in (riina, dana):
        banner = _banner(window)
        assert banner.objectName() == "incidentBanner"
        assert _shown(banner) == [
            (
                f"Disruption: {NAME}",
                FACTS,
                f"Our standards: {STANDARDS}",
                _updated(window, declared.facts_at),
            )
        ]
        assert FACTS in banner.accessibleDescription()
        # Above every other banner of the window.
        assert window.centralWidget().layout().indexOf(banner) == 0

    # New facts: both banners show them, with the new time, highlighted for a moment.
    qtbot.keyClick(dialog.edit_facts, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.edit_facts, NEW_FACTS)
    _click(qtbot, dialog, dialog.publish_button)
    assert dialog.facts_message.text().startswith("Published at ")
    with _db(demo_db_url) as db:
        edited = IncidentService(db).open_incidents()[0]
    assert edited.facts == NEW_FACTS and edited.version == declared.version + 1
    for window, timeout in ((riina, 3000), (dana, POLL_MS)):
        banner = _banner(window)
        qtbot.waitUntil(lambda b=banner: _shown(b)[0][1] == NEW_FACTS, timeout=timeout)
        assert _shown(banner)[0][3] == _updated(window, edited.facts_at)
        flash = banner.rows[0].flash
        assert flash.isVisible() and flash.text() == "Facts updated"
        assert any(NEW_FACTS in a for a in banner.announcements)
    # Every edit is kept, newest first, with who and when.
    qtbot.waitUntil(lambda: dialog.history_list.count() == 2, timeout=3000)
    current, first = (dialog.history_list.item(i).text() for i in range(2))
    assert current.splitlines()[0].endswith("· Riina Sepp (current)")
    assert NEW_FACTS in current and FACTS in first and "Riina Sepp" in first


# ---- marking the affected customers ------------------------------------------------------------


def test_an_affected_customer_is_marked_on_the_card_in_search_and_on_the_pop(
    qtbot: QtBot, window: MainWindow, demo_db_url: str
) -> None:
    kadri = known_customer(demo_db_url, "Kadri Tamm")
    petrova = known_customer(demo_db_url, "Ольга Петрова")
    assert kadri.id in _on_voyage(demo_db_url) and petrova.id not in _on_voyage(demo_db_url)
    card = open_card(qtbot, window, kadri.id)
    assert card.findChild(QLabel, "cardIncident") is None  # nothing declared yet

    # Declared while her card is open (by a supervisor elsewhere): the card follows, live.
    _declare(demo_db_url)
    qtbot.waitUntil(lambda: card.findChild(QLabel, "cardIncident") is not None, timeout=POLL_MS)
    chip = card.findChild(QLabel, "cardIncident")
    assert chip is not None and chip.isVisible()
    assert chip.text() == f"⚠  Disruption: {NAME}"
    open_card(qtbot, window, petrova.id)
    assert card.findChild(QLabel, "cardIncident") is None

    # Search results mark her, with the disruption's name in the tooltip.
    with qtbot.waitSignal(window.search.results_shown, timeout=5000):
        qtbot.keyClicks(window.search.box, "Kadri Tamm")
    model = window.search.model
    row = next(i for i in range(model.rowCount()) if model.row_at(i).id == kadri.id)
    index = model.index(row, SearchResultsModel.NAME)
    chips = [(c.text, c.kind) for c in index.data(SearchResultsModel.CHIPS_ROLE)]
    assert chips[0] == ("Disruption", "incident") and ("VIP", "vip") in chips
    assert f"Disruption: {NAME}" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert f"Disruption: {NAME}" in index.data(Qt.ItemDataRole.AccessibleTextRole)

    # She calls: the pop banner says it first.
    request = parse_pop_request({"phone": kadri.e164}, "EE")
    with qtbot.waitSignal(window.pop_controller.popped, timeout=10_000):
        window.show_pop(request)
    banner = window.pop_banner
    qtbot.waitUntil(lambda: bool(banner.reason_rows()) and banner.reasons[0].kind == "incident")
    title, text = banner.reason_rows()[0]
    assert title == "Disruption" and text.startswith(NAME)
    assert banner.isVisible() and f"Disruption: {NAME}" in banner.accessibleDescription()


# ---- proactive callbacks -----------------------------------------------------------------------


def test_calling_every_affected_customer_shows_progress_and_twice_creates_none(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    incident_id = _declare(demo_db_url)
    passengers = _on_voyage(demo_db_url)
    had_open = _with_open_callback(demo_db_url, passengers)
    riina = _window(qtbot, demo_db_url, "riina", settings)
    dialog = _open_dialog(qtbot, riina)
    assert dialog.current is not None and dialog.current.id == incident_id
    assert not dialog.progress.isVisible()

    _click(qtbot, dialog, dialog.call_button)
    made = _incident_callbacks(demo_db_url, incident_id)
    assert made and {state for _, state in made} == {"pending"}
    assert not {cid for cid, _ in made} & had_open  # nobody gets a second promise
    progress = dialog.progress
    assert progress.isVisible() and progress.format() == "Done"
    assert progress.maximum() == len(made) and progress.value() == progress.maximum()
    lines = dialog.call_message.text().splitlines()
    assert dialog.call_message.isVisible()
    assert lines[0].startswith(f"Created {len(made)} callbacks: the first due ")
    assert lines[1].startswith(f"Already had one open: {len(had_open)} · Do not call: ")

    # Again: everyone who can be called already has a promise.
    _click(qtbot, dialog, dialog.call_button)
    assert len(_incident_callbacks(demo_db_url, incident_id)) == len(made)
    lines = dialog.call_message.text().splitlines()
    assert lines[0] == "Created no new callback."
    assert lines[1].startswith(f"Already had one open: {len(had_open) + len(made)} · ")


def test_a_list_with_an_unknown_account_adds_nobody_and_says_which_line(
    qtbot: QtBot,
    demo_db_url: str,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    incident_id = _declare(demo_db_url, add=False)
    kadri = known_customer(demo_db_url, "Kadri Tamm")
    emma = known_customer(demo_db_url, "Emma Wilson")
    riina = _window(qtbot, demo_db_url, "riina", settings)
    dialog = _open_dialog(qtbot, riina)
    assert "0 customers affected" in dialog.summary.text()

    pasted = f"{kadri.account_no}\nNOPE-1\n"
    QApplication.clipboard().setText(pasted)
    dialog.accounts.setFocus()
    qtbot.keyClick(dialog.accounts, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.accounts.toPlainText() == pasted
    _click(qtbot, dialog, dialog.accounts_button)
    assert dialog.affected_message.isVisible()
    assert dialog.affected_message.text().startswith("Nothing was added: 1 line cannot be used")
    assert dialog.problems.isVisible()
    assert dialog.problems.toPlainText() == (
        "line 2: NOPE-1: no customer has this account or booking number"
    )
    assert dialog.accounts.toPlainText() == pasted  # kept, to correct
    with _db(demo_db_url) as db:
        assert IncidentService(db).get(incident_id).affected == 0

    # The corrected list, from a CSV export chosen in the file dialog.
    export = tmp_path / "affected.csv"
    export.write_text(f"name,account\nKadri,{kadri.account_no}\nEmma,{emma.account_no}\n")
    monkeypatch.setattr(
        "ui.incident_dialog.QFileDialog.getOpenFileName", lambda *a, **k: (str(export), "")
    )
    _click(qtbot, dialog, dialog.csv_button)
    assert dialog.accounts.toPlainText() == export.read_text()
    _click(qtbot, dialog, dialog.accounts_button)
    assert dialog.affected_message.text() == "Added 2 customers; 0 were already affected."
    assert not dialog.problems.isVisible() and dialog.accounts.toPlainText() == ""
    qtbot.waitUntil(lambda: "2 customers affected" in dialog.summary.text(), timeout=3000)


# ---- closing -----------------------------------------------------------------------------------


def test_closing_removes_the_banner_everywhere_and_keeps_the_callbacks(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    incident_id = _declare(demo_db_url)
    riina_id = _id_of(demo_db_url, User, User.username, "riina")
    with _db(demo_db_url) as db:
        created = IncidentService(db).create_callbacks(incident_id, riina_id).created
    riina = _window(qtbot, demo_db_url, "riina", settings)
    dana = _window(qtbot, demo_db_url, "dana", settings)
    for window in (riina, dana):
        qtbot.waitUntil(lambda w=window: _banner_shown(w), timeout=3000)
    dialog = _open_dialog(qtbot, riina)

    box = dialog.confirm_close()
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == f"Close “{NAME}”?"
    yes = box.findChild(QPushButton, "incidentCloseYes")
    assert yes is not None
    with qtbot.waitSignal(dialog.answered, timeout=10_000):
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert dialog.close_message.text().startswith("Closed.")
    qtbot.waitUntil(lambda: not _banner_shown(riina), timeout=3000)
    qtbot.waitUntil(lambda: not _banner_shown(dana), timeout=POLL_MS)
    qtbot.waitUntil(lambda: dialog.list.item(0).text().splitlines()[1].startswith("Closed"))
    assert not dialog.close_button.isEnabled() and not dialog.publish_button.isEnabled()
    # The promises made stay, to be kept.
    callbacks = _incident_callbacks(demo_db_url, incident_id)
    assert len(callbacks) == created and {s for _, s in callbacks} == {"pending"}


# ---- the dashboard panel -----------------------------------------------------------------------


def test_the_dashboard_panel_lists_the_disruption_and_drills_to_its_callbacks(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    riina = _window(qtbot, demo_db_url, "riina", settings)
    qtbot.keyClick(riina.focusWidget() or riina, Qt.Key.Key_D, CTRL_SHIFT)
    tab = riina.dashboard
    assert tab is not None
    panel = tab.incidents_panel
    qtbot.waitUntil(lambda: panel.stats is not None and tab.backlog is not None, timeout=5000)
    assert not panel.isVisible()  # none declared: no section

    # Declared 2 h 15 min ago (and a few seconds, for a slow machine); one passenger reached.
    declared_at = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2, minutes=15, seconds=10)
    incident_id = _declare(demo_db_url, now=declared_at)
    riina_id = _id_of(demo_db_url, User, User.username, "riina")
    with _db(demo_db_url) as db:
        IncidentService(db).create_callbacks(incident_id, riina_id)
    made = _incident_callbacks(demo_db_url, incident_id)
    passengers = _on_voyage(demo_db_url)
    promised = {cid for cid, _ in made} | _with_open_callback(demo_db_url, passengers)
    riina.hub.incidents_changed.emit()  # (as the notification of another console would)
    qtbot.waitUntil(lambda: panel.isVisible() and panel.model.rowCount() == 1, timeout=5000)
    assert panel.row_texts() == [
        [NAME, f"{len(passengers)}", "0", f"{len(made)}", "0",
         f"{len(passengers - promised)}", "—"]
    ]  # fmt: skip
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert [h.replace("\n", " ") for h in headers[4:]] == [
        "Broken promises",
        "No promise yet",
        "Average wait to first contact",
    ]

    reached_wait = _reach_one(demo_db_url, incident_id, riina_id)
    riina.hub.incidents_changed.emit()
    qtbot.waitUntil(lambda: panel.row_texts()[0][2] == "1", timeout=5000)
    assert panel.row_texts()[0][6] == age_text(reached_wait) == "2 h 15 min"

    # A click on the disruption lists the callbacks made for it.
    rect = panel.table.visualRect(panel.model.index(0, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(tab.drills), timeout=3000)
    drill = tab.drills[-1]
    assert isinstance(drill, DrillDialog) and drill.isVisible()
    assert drill.drill.incident_id == incident_id and not drill.drill.open_only
    assert drill.windowTitle() == f"Callbacks for the disruption “{NAME}”"
    qtbot.waitUntil(lambda: drill.model.rowCount() == len(made), timeout=5000)
    drill.close()


def _reach_one(url: str, incident_id: int, actor_id: int) -> float:
    """One passenger of the disruption is reached: returns the wait since it was declared."""
    with _db(url) as db:
        with db.read() as conn:
            callback_id = conn.scalar(
                select(func.min(Callback.id)).where(Callback.incident_id == incident_id)
            )
        incident = IncidentService(db).get(incident_id)
        callbacks = CallbackService(db)
        claimed = callbacks.claim(int(callback_id), actor_id)
        callbacks.record_outcome(claimed.id, claimed.version, actor_id, "reached")
        with db.read() as conn:
            closed_at = conn.scalar(select(Callback.closed_at).where(Callback.id == callback_id))
    return (closed_at - incident.created_at).total_seconds()


def test_no_disruptions_is_said_and_after_declaring_who_is_affected_is_in_view(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    riina = _window(qtbot, demo_db_url, "riina", settings)
    riina.resize(1280, 800)
    dialog = _open_dialog(qtbot, riina)
    assert dialog.incidents == []
    assert not dialog.list.isVisible() and dialog.list_empty.isVisible()
    assert dialog.list_empty.text().startswith("No disruption is open or was closed lately.")
    assert dialog.list_empty.height() >= dialog.list_empty.heightForWidth(dialog.list_empty.width())

    dialog.resize(1000, 690)  # as on a 1280×800 screen
    qtbot.keyClicks(dialog.name, NAME)
    qtbot.keyClicks(dialog.facts, FACTS)
    assert dialog.choose_queue("Cruise care")
    _click(qtbot, dialog, dialog.declare_button)
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=5000)
    assert dialog.list.isVisible() and not dialog.list_empty.isVisible()
    # Next comes who is affected: on screen, with the cursor in its field.
    page = dialog.manage_page
    qtbot.waitUntil(lambda: dialog.field.hasFocus(), timeout=3000)

    def in_view(widget: QWidget) -> bool:
        top_left = widget.mapTo(page.viewport(), widget.rect().topLeft())
        bottom = top_left.y() + widget.height()
        return top_left.y() >= 0 and bottom <= page.viewport().height()

    qtbot.waitUntil(lambda: in_view(dialog.affected_box), timeout=3000)  # the whole group
