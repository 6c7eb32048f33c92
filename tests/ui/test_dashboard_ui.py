"""The supervisor's dashboard in the real window: what the supervisor sees, what a figure opens,
reassigning from there, live figures, export; and that agents never get it."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from console.errors import UserFacingError
from console.services.callbacks import CallbackService, ScheduleRequest
from console.services.dashboard import Backlog, DashboardService
from console.settings import Settings
from console.storage.db import Database
from console.storage.models import Callback, Event, Queue, User
from tests.ui.conftest import show_window
from ui.app import create_window
from ui.callback_model import CallbackModel
from ui.dashboard_drill import DrillDialog, ReassignDialog
from ui.dashboard_models import QueueModel
from ui.dashboard_tab import DashboardTab
from ui.main_window import MainWindow

EMMA = 4  # a demo customer who can be called back (see test_callbacks_ui)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _supervisor(qtbot: QtBot, demo_db_url: str, settings: Settings) -> MainWindow:
    return show_window(qtbot, create_window(demo_db_url, "riina", settings=settings))


def _dashboard(qtbot: QtBot, window: MainWindow) -> DashboardTab:
    """Switch to the dashboard with its shortcut and wait for the first figures."""
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_D, CTRL_SHIFT)
    tab = window.dashboard
    assert tab is not None
    qtbot.waitUntil(lambda: tab.backlog is not None and bool(tab.tiles), timeout=5000)
    return tab


def _expected(window: MainWindow, tab: DashboardTab) -> Backlog:
    """The service's figures on the same database, at the moment the tab read its own."""
    assert tab.backlog is not None
    return DashboardService(window.context.db).backlog(
        window.context.user.id, tab.zone, tab.thresholds, now=tab.backlog.at
    )


def _queue_cell(tab: DashboardTab, name: str, col: int) -> str:
    model = tab.queue_model
    row = next(i for i in range(model.rowCount()) if model.row_at(i).name == name)
    return str(model.data(model.index(row, col)))


def _drill_rows(dialog: DrillDialog) -> list[int]:
    return [dialog.model.row_at(i).id for i in range(dialog.model.rowCount())]


def test_an_agent_has_no_dashboard(window: MainWindow) -> None:
    assert window.context.user.role == "agent"
    assert window.dashboard is None and window.workspace_tabs is None
    assert window.findChild(QWidget, "dashboardTab") is None
    assert window.findChild(QTabWidget, "workspaceTabs") is None
    # The desk sits in the window's layout exactly as before.
    assert window.main_splitter.parentWidget() is window.centralWidget()
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "View" not in menus


def test_the_supervisor_switches_between_desk_and_dashboard_by_keyboard(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    window = _supervisor(qtbot, demo_db_url, settings)
    tabs = window.findChild(QTabWidget, "workspaceTabs")
    assert tabs is not None
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Desk", "Dashboard"]
    assert tabs.currentWidget() is window.main_splitter
    window.script_dock.show()  # the script library open on the desk
    tab = _dashboard(qtbot, window)
    assert tabs.currentWidget() is tab and tab.isVisible()
    assert not window.script_dock.isVisible()  # the dashboard gets the whole width
    assert tab.objectName() == "dashboardTab"
    assert tab.updated.text().startswith("Updated ")
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_E, CTRL_SHIFT)
    assert tabs.currentWidget() is window.main_splitter and not tab.isVisible()
    assert window.script_dock.isVisible()  # and the library is back beside the customer


def test_tiles_and_tables_show_the_services_figures(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    window = _supervisor(qtbot, demo_db_url, settings)
    tab = _dashboard(qtbot, window)
    expected = _expected(window, tab)
    assert expected.tile("pending").value  # the demo has a backlog: the test means something
    assert list(tab.tiles) == [t.key for t in expected.tiles]
    for tile in expected.tiles:
        shown = tab.tiles[tile.key]
        assert shown.isVisible()
        assert (shown.value_text, shown.label) == (tile.text, tile.label)
        assert shown.accessibleName() == f"{tile.label}: {tile.text}"
        assert shown.alert == tile.alert
    agents = tab.agent_model
    seen = {
        agents.row_at(i).name: agents.data(agents.index(i, agents.OVERDUE))
        for i in range(agents.rowCount())
    }
    assert seen == {r.name: f"{r.overdue:,}" for r in expected.agents}
    assert tab.queue_model.rowCount() == len(expected.queues)
    for r in expected.queues:
        cells = [_queue_cell(tab, r.name, c) for c in (QueueModel.OPEN, QueueModel.UNASSIGNED,
                                                       QueueModel.OVERDUE)]  # fmt: skip
        assert cells == [f"{r.owned:,}", f"{r.unassigned:,}", f"{r.overdue:,}"]
    # Sorted by value, not by text: the most overdue first.
    overdue = [tab.queue_proxy.index(r, QueueModel.OVERDUE).data(QueueModel.SORT_ROLE)
               for r in range(tab.queue_proxy.rowCount())]  # fmt: skip
    assert overdue == sorted(overdue, reverse=True)


def test_the_overdue_tile_lists_exactly_its_callbacks_and_they_can_be_reassigned(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    window = _supervisor(qtbot, demo_db_url, settings)
    tab = _dashboard(qtbot, window)
    overdue = tab.tiles["overdue"]
    assert overdue.tile is not None
    count = int(overdue.tile.value or 0)
    assert count >= 2
    evening_before = int(_queue_cell(tab, "Evening", QueueModel.OVERDUE))

    qtbot.mouseClick(overdue, Qt.MouseButton.LeftButton)
    dialog = tab.drills[-1]
    assert dialog.objectName() == "dashboardDrill" and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: dialog.total is not None, timeout=5000)
    assert dialog.model.rowCount() == count == dialog.total
    assert dialog.windowTitle() == f"Overdue ({count})"

    # Two callbacks not already in the Evening queue, picked with the mouse (Ctrl for the 2nd).
    table, proxy = dialog.table, dialog.proxy
    rows = [
        r
        for r in range(proxy.rowCount())
        if dialog.model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).queue != "Evening"
    ]
    for n, r in enumerate(rows[:2]):
        point: QPoint = table.visualRect(proxy.index(r, 3)).center()
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, point)
    chosen = dialog.selected_ids()
    assert len(chosen) == 2

    qtbot.keyClick(table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    # A button's shortcut clicks it the way a press shows: after a short animation.
    qtbot.waitUntil(lambda: dialog.findChild(ReassignDialog, "dashboardReassign") is not None)
    form = dialog.findChild(ReassignDialog, "dashboardReassign")
    assert form is not None and form.isVisible()
    qtbot.waitUntil(lambda: form.queue.findText("Evening") >= 0, timeout=5000)
    assert form.agent.findText("Dana Kask") >= 0  # people are offered too
    assert form.choose_queue("Evening")
    form.reason.setText("Evening shift takes these")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.message.text() == "2 callbacks reassigned to Evening",
                    timeout=5000)  # fmt: skip
    assert dialog.message.isVisible()
    assert not shiboken6.isValid(form) or not form.isVisible()  # the form closed

    def owner(callback_id: int) -> str:
        row = dialog.model.index_of(callback_id)
        assert row is not None
        return str(dialog.model.data(dialog.model.index(row, CallbackModel.OWNER)))

    qtbot.waitUntil(lambda: all(owner(i) == "Queue: Evening" for i in chosen), timeout=5000)
    assert dialog.model.rowCount() == count  # still overdue, now in the Evening queue
    qtbot.waitUntil(
        lambda: _queue_cell(tab, "Evening", QueueModel.OVERDUE) == str(evening_before + 2),
        timeout=5000,
    )
    expected = _expected(window, tab)
    assert tab.tiles["unassigned"].value_text == expected.tile("unassigned").text
    with window.context.db.read() as conn:
        events = conn.execute(
            select(Event.entity_id, Event.to_state, Event.reason)
            .where(Event.action == "reassigned", Event.entity_id.in_(chosen))
        ).all()  # fmt: skip
    assert sorted(e.entity_id for e in events) == sorted(chosen)
    assert {(e.to_state, e.reason) for e in events} == {("Evening", "Evening shift takes these")}

    # The Evening queue's Overdue cell, by keyboard: Enter lists exactly those two.
    queue_table = tab.queue_table
    row = next(r for r in range(tab.queue_proxy.rowCount())
               if tab.queue_proxy.index(r, 0).data() == "Evening")  # fmt: skip
    queue_table.setFocus()
    queue_table.setCurrentIndex(tab.queue_proxy.index(row, QueueModel.OVERDUE))
    qtbot.keyClick(queue_table, Qt.Key.Key_Return)
    cell = tab.drills[-1]
    assert cell is not dialog
    qtbot.waitUntil(lambda: cell.total is not None, timeout=5000)
    assert sorted(_drill_rows(cell)) == sorted(chosen)
    assert cell.windowTitle() == "Overdue — Evening (2)"


def test_open_customer_from_a_drill_shows_it_on_the_desk(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    window = _supervisor(qtbot, demo_db_url, settings)
    tab = _dashboard(qtbot, window)
    tile = tab.tiles["pending"]
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)  # a tile is a button: Enter opens it
    dialog = tab.drills[-1]
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
    first = dialog.model.row_at(dialog.proxy.mapToSource(dialog.proxy.index(0, 0)).row())
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.proxy.index(0, 0))
    with qtbot.waitSignal(window.card.loaded, timeout=5000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # the default button: Open customer
    assert window.workspace_tabs is not None
    assert window.workspace_tabs.currentWidget() is window.main_splitter
    assert window.card.card is not None and window.card.card.id == first.customer_id


def test_a_callback_scheduled_elsewhere_shows_within_seconds(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    window = _supervisor(qtbot, demo_db_url, settings)
    tab = _dashboard(qtbot, window)
    before = tab.tiles["pending"].tile
    assert before is not None
    other = Database(demo_db_url)  # another console: no hub signal reaches this window
    try:
        agent = window.context.users.get("dana").id
        CallbackService(other).schedule(ScheduleRequest(EMMA, mode="asap", owner="queue"), agent)
    finally:
        other.dispose()
    wanted = f"{int(before.value or 0) + 1:,}"
    qtbot.waitUntil(lambda: tab.tiles["pending"].value_text == wanted, timeout=2500)


def test_a_new_alert_beeps_once_and_says_so_in_the_status_bar(
    qtbot: QtBot, demo_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(demo_db_url)
    try:
        with db.read() as conn:
            riina = conn.scalar(select(User.id).where(User.username == "riina"))
        overdue = DashboardService(db).backlog(riina, "Europe/Tallinn").tile("overdue").value
    finally:
        db.dispose()
    settings = Settings(default_region="RU", dashboard_overdue_alert=int(overdue or 0))
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    window = _supervisor(qtbot, demo_db_url, settings)
    tab = _dashboard(qtbot, window)
    assert not any(b.alert.kind == "overdue_above" for b in tab.alert_buttons)
    assert not tab.tiles["overdue"].alert

    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with window.context.db.write() as conn:  # one more promise whose window has passed
        queue = conn.scalar(select(Queue.id).where(Queue.name == "General"))
        conn.execute(insert(Callback).values(
            customer_id=EMMA, phone_e164="+447700900123", queue_id=queue, owner_id=None,
            created_at=now - dt.timedelta(days=1), window_start=now - dt.timedelta(hours=2),
            window_end=now - dt.timedelta(hours=1, minutes=30), zone="Europe/London",
            asap=False, promise="", note="", priority=0, priority_reasons=[], state="pending",
            due_at=now - dt.timedelta(hours=2), attempts=0, last_outcome="", updated_at=now,
            version=1,
        ))  # fmt: skip
    refreshes = tab.refreshes
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: tab.refreshes > refreshes, timeout=5000)
    alert = next(b for b in tab.alert_buttons if b.alert.kind == "overdue_above")
    assert alert.isVisible() and alert.property("level") == "critical"
    assert tab.tiles["overdue"].alert
    assert beeps == [1]
    assert "overdue (alert above" in window.statusBar().currentMessage()

    tab.refresh()  # the same alert again: no second beep
    qtbot.waitUntil(lambda: tab.refreshes > refreshes + 1, timeout=5000)
    assert beeps == [1]
    qtbot.mouseClick(next(b for b in tab.alert_buttons if b.alert.kind == "overdue_above"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    dialog = tab.drills[-1]
    qtbot.waitUntil(lambda: dialog.total is not None, timeout=5000)
    assert dialog.total == int(overdue or 0) + 1


def test_a_failed_refresh_says_so_and_keeps_the_figures(
    qtbot: QtBot, demo_db_url: str, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _supervisor(qtbot, demo_db_url, settings)
    tab = _dashboard(qtbot, window)
    pending = tab.tiles["pending"].value_text

    def refuse(*_args: object, **_kw: object) -> Backlog:
        raise UserFacingError("The database is being upgraded.")

    monkeypatch.setattr(tab.service, "backlog", refuse)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.updated.property("state") == "error", timeout=5000)
    assert tab.updated.text().startswith("Could not refresh: The database is being upgraded.")
    assert "Showing the figures of" in tab.updated.text()
    assert tab.tiles["pending"].value_text == pending


def test_export_csv_and_charts_png(
    qtbot: QtBot, demo_db_url: str, settings: Settings, tmp_path: Path
) -> None:
    window = _supervisor(qtbot, demo_db_url, settings)
    tab = _dashboard(qtbot, window)
    assert tab.backlog is not None
    path = tmp_path / "backlog.csv"
    tab.export_csv(path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    tiles = {r[0]: r for r in rows if len(r) == 4 and r[0] in tab.tiles}
    for tile in tab.backlog.tiles:
        assert tiles[tile.key][1:] == [
            tile.label, "" if tile.value is None else str(round(tile.value, 4)), tile.text
        ]  # fmt: skip
    text = path.read_text(encoding="utf-8-sig")
    assert ["Agent", "On shift", "Owned", "Due now", "Overdue", "Oldest overdue",
            "Kept % (7 days)"] in rows  # fmt: skip
    for r in tab.backlog.agents:
        assert any(row and row[0] == r.name and row[4] == str(r.overdue) for row in rows)
    for r in tab.backlog.queues:
        assert r.name in text

    png = tmp_path / "charts.png"
    tab.export_charts_png(png)
    image = QImage(str(png))
    assert png.stat().st_size > 0 and not image.isNull()
    assert image.width() >= tab.charts_row.width() - 1 and image.height() > 150


def test_a_refused_reassignment_is_said_in_the_dialog_and_keeps_the_form(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    window = _supervisor(qtbot, demo_db_url, settings)
    tab = _dashboard(qtbot, window)
    dialog = tab.open_tile("pending")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 2, timeout=5000)
    for row in (0, 1):
        dialog.table.selectionModel().select(
            dialog.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    chosen = dialog.selected_rows()
    assert len(chosen) == 2
    form = dialog.reassign_selected()
    assert form is not None
    qtbot.waitUntil(lambda: form.agent.findText("Oleg Morozov") >= 0, timeout=5000)
    assert form.choose_agent("Oleg Morozov")
    form.reason.setText("Oleg covers tonight")
    # Meanwhile the customer called in and the first promise was withdrawn elsewhere.
    gone = chosen[0]
    CallbackService(window.context.db).cancel(
        gone.id, gone.version, window.context.user.id, "customer called in"
    )
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=5000)
    assert form.error.text().startswith("Nothing was reassigned: 1 of the selected callbacks")
    assert dialog.message.text() == form.error.text()
    assert dialog.message.property("state") == "error"
    # Nothing typed is lost, and the list drops the closed one.
    assert form.isVisible() and form.reason.text() == "Oleg covers tonight"
    assert form.agent.currentText() == "Oleg Morozov" and form.ok_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.model.index_of(gone.id) is None, timeout=5000)
    assert form.heading.text() == "Reassign 1 callback"  # what a second try would move
    with window.context.db.read() as conn:
        moved = conn.scalar(
            select(Event.id).where(Event.action == "reassigned",
                                   Event.entity_id.in_([c.id for c in chosen]))
        )  # fmt: skip
    assert moved is None

    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)  # again: the one still open
    qtbot.waitUntil(lambda: dialog.message.text() == "1 callback reassigned to Oleg Morozov",
                    timeout=5000)  # fmt: skip
    with window.context.db.read() as conn:
        owner = conn.scalar(select(Callback.owner_id).where(Callback.id == chosen[1].id))
    assert owner == window.context.users.get("oleg").id


def test_export_buttons_save_and_say_where_or_why_not(
    qtbot: QtBot,
    demo_db_url: str,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _supervisor(qtbot, demo_db_url, settings)
    tab = _dashboard(qtbot, window)
    said: list[str] = []
    tab.status_message.connect(lambda text, _ms: said.append(text))
    target = tmp_path / "chosen.csv"
    monkeypatch.setattr(
        "ui.dashboard_tab.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    tab.export_button.click()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said == [f"Saved {target}"]
    assert "Callback backlog" in target.read_text(encoding="utf-8-sig")

    # A folder that does not exist: the supervisor is told, nothing pretends to be saved.
    missing = tmp_path / "no-such-folder" / "charts.png"
    monkeypatch.setattr(
        "ui.dashboard_tab.QFileDialog.getSaveFileName", lambda *a, **k: (str(missing), "")
    )
    tab.png_button.click()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=5000)
    assert said[1].startswith("Not saved: The image could not be written to")
    box = tab.findChild(QMessageBox, "errorMessage")
    assert box is not None and "Not saved" in box.text()
    assert not missing.exists()


@pytest.mark.parametrize("width", [300, 360, 600])
def test_a_horizontal_charts_long_labels_are_never_cut_at_its_edge(
    qtbot: QtBot, width: int
) -> None:
    """QtCharts caps the room for category labels on the left; long words (Russian's
    "Просрочены 15–60 мин") lost their first letters at the widget's edge."""
    from PySide6.QtGui import QFontMetrics

    from ui.dashboard_charts import BarChartPanel

    labels = ["Просрочены > 1 дня", "Просрочены 15–60 мин", "Просрочены < 15 мин", "Позже"]
    panel = BarChartPanel("ageChart", "Age", ["Callbacks"], ["#2563eb"], horizontal=True)
    qtbot.addWidget(panel)
    panel.resize(width, 300)
    panel.show()
    panel.set_bars(labels, [[12, 3, 1, 60]], [[None, None, None, None]])
    widest = max(QFontMetrics(panel.label_font).horizontalAdvance(t) for t in labels)
    qtbot.waitUntil(lambda: panel.chart.plotArea().left() >= widest, timeout=3000)
    # The bars keep most of the room they had.
    assert panel.chart.plotArea().width() > 0


def test_reassigning_starts_with_no_target_and_waits_for_a_reason(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    window = _supervisor(qtbot, demo_db_url, settings)
    tab = _dashboard(qtbot, window)
    dialog = tab.open_tile("overdue")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1, timeout=5000)
    dialog.table.selectionModel().select(
        dialog.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    form = dialog.reassign_selected()
    assert form is not None
    qtbot.waitUntil(lambda: form.queue.findText("Evening") >= 0, timeout=5000)
    # No queue is pre-chosen: the supervisor picks, and the form says what is missing.
    assert form.queue.currentIndex() == -1 and form.queue.currentText() == ""
    assert not form.ok_button.isEnabled()
    assert form.hint.isVisible()
    assert form.hint.text() == "Choose the queue that takes them, and say why."
    assert form.choose_queue("Evening")
    assert not form.ok_button.isEnabled()
    assert form.hint.text() == "Type a reason: it is kept in each callback's history."
    assert form.hint.height() >= form.hint.heightForWidth(form.hint.width())
    qtbot.keyClicks(form.reason, "   ")
    assert not form.ok_button.isEnabled() and form.hint.isVisible()
    qtbot.keyClicks(form.reason, "Evening shift takes these")
    assert form.ok_button.isEnabled() and not form.hint.isVisible()
    form.reason.clear()
    assert not form.ok_button.isEnabled() and form.hint.isVisible()


def test_the_drill_list_drops_a_column_that_repeats_and_shows_owners_whole(
    qtbot: QtBot, demo_db_url: str, settings: Settings
) -> None:
    window = _supervisor(qtbot, demo_db_url, settings)
    tab = _dashboard(qtbot, window)
    hidden_somewhere = False
    for key in list(tab.tiles):
        dialog = tab.open_tile(key)
        if dialog is None:
            continue
        qtbot.waitUntil(lambda d=dialog: d.total is not None, timeout=5000)  # type: ignore[misc]
        model, table = dialog.model, dialog.table
        n = model.rowCount()
        statuses = {model.index(r, CallbackModel.STATUS).data() for r in range(n)}
        # A status said on every row is the title's: the column gives way to the others.
        assert table.isColumnHidden(CallbackModel.STATUS) == (n > 1 and len(statuses) == 1), key
        hidden_somewhere |= table.isColumnHidden(CallbackModel.STATUS)
        assert not table.isColumnHidden(CallbackModel.CUSTOMER)
        assert not table.isColumnHidden(CallbackModel.OWNER)
        metrics = table.fontMetrics()
        owners = [str(model.index(r, CallbackModel.OWNER).data()) for r in range(n)]
        if owners:  # never "Queue: Cruise ca…"
            widest = max(metrics.horizontalAdvance(o) for o in owners)
            assert table.columnWidth(CallbackModel.OWNER) >= widest + 8, key
        dialog.close()
    assert hidden_somewhere
