"""File › Settings… (Ctrl+,): the agent changes settings without the command line; what is
saved is what ``agent-console settings`` reads, and the running console takes it at once."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMenu
from pytestqt.qtbot import QtBot

from console import settings as settings_file
from tests.ui.conftest import adopt_window, show_window, type_text
from ui import theme
from ui.app import apply_look, create_window
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog


def _open_dialogs() -> list[SettingsDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, SettingsDialog) and w.isVisible()]  # fmt: skip


def _press(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    button = dialog.buttons.button(which)
    assert button is not None and button.isVisible()
    button.click()


def _retype(field: object, text: str) -> None:
    field.selectAll()  # type: ignore[attr-defined]
    type_text(field, text)  # type: ignore[arg-type]


def _saved() -> dict[str, object]:
    return json.loads(settings_file.settings_path().read_text(encoding="utf-8"))


def _error(dialog: SettingsDialog, name: str) -> QLabel:
    return dialog.errors[name]


def test_file_menu_and_ctrl_comma_open_the_settings(qtbot: QtBot, window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    entry = next(a for a in file_menu.actions() if a.text() == "&Settings…")
    assert entry.shortcut().toString() == "Ctrl+,"
    entry.trigger()
    qtbot.waitUntil(lambda: len(_open_dialogs()) == 1)
    dialog = _open_dialogs()[0]
    assert dialog.windowTitle() == "Settings"
    _press(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert not _open_dialogs()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.search.box if hasattr(window.search, "box") else window,
                   Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    qtbot.waitUntil(lambda: len(_open_dialogs()) == 1)
    # Agents get no dashboard section; the shortcuts list names the new command.
    assert _open_dialogs()[0].dashboard_group is None
    assert not _open_dialogs()[0].break_warning.isVisible()
    _open_dialogs()[0].reject()
    shortcuts = window.show_shortcuts()
    table = shortcuts.findChild(object, "shortcutsTable")
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert ("Settings", "Ctrl+,") in rows


def test_a_new_lead_time_is_saved_and_the_running_reminder_uses_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.show_settings()
    assert isinstance(dialog, SettingsDialog)
    assert dialog.lead.text() == "5" and dialog.sound.isChecked()
    _retype(dialog.lead, "15")
    dialog.sound.setChecked(False)
    _press(dialog, QDialogButtonBox.StandardButton.Apply)
    assert dialog.isVisible() and dialog.status.text() == "Saved and applied."
    assert window.callback_reminder.lead == dt.timedelta(minutes=15)
    assert window.callback_reminder.sound is False
    assert window.session.context.settings.callback_reminder_lead_min == 15
    # The file the CLI reads holds it, in the CLI's format.
    assert _saved()["callback_reminder_lead_min"] == 15
    assert settings_file.load().callback_reminder_lead_min == 15
    assert settings_file.load().callback_reminder_sound is False
    _press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert not dialog.isVisible()


def test_an_unusable_dial_command_is_refused_next_to_it_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.show_settings()
    assert isinstance(dialog, SettingsDialog)
    _retype(dialog.dial_command, "linphonecsh dial")
    _retype(dialog.lead, "15")
    _press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible()  # OK refused: everything typed is still there
    error = _error(dialog, "dial_command")
    assert error.isVisible() and "does not say where the number goes" in error.text()
    assert "Nothing was saved" in dialog.status.text()
    # The dialog grew: every line of every message and hint is on screen, none squeezed.
    qtbot.wait(50)
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert dialog.dial_command.text() == "linphonecsh dial" and dialog.lead.text() == "15"
    assert not settings_file.settings_path().exists()
    assert window.callback_reminder.lead == dt.timedelta(minutes=5)
    # Test shows what a call would run, and runs nothing.
    _retype(dialog.dial_command, "no-such-softphone --call {number}")
    dialog.test_button.click()
    assert dialog.test_result.isVisible()
    assert dialog.test_result.text() == "Dial would run: no-such-softphone --call +79165551234"
    _press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert not dialog.isVisible() and not _error(dialog, "dial_command").isVisible()
    assert _saved()["dial_command"] == "no-such-softphone --call {number}"
    assert window.callback_panel._settings.dial_command == "no-such-softphone --call {number}"


def test_a_supervisor_s_threshold_out_of_range_is_refused(
    qtbot: QtBot, demo_db_url: str, settings: settings_file.Settings
) -> None:
    window = show_window(qtbot, create_window(demo_db_url, "riina", settings=settings))
    dialog = window.show_settings()
    assert isinstance(dialog, SettingsDialog) and dialog.dashboard_group is not None
    _retype(dialog.break_warning, "0")
    _retype(dialog.overdue_alert, "many")
    _press(dialog, QDialogButtonBox.StandardButton.Apply)
    assert _error(dialog, "dashboard_break_warning_min").text() == (
        "Enter a whole number from 1 to 240."
    )
    assert "must be a number" in _error(dialog, "dashboard_overdue_alert").text()
    assert not settings_file.settings_path().exists()
    _retype(dialog.break_warning, "30")
    _retype(dialog.overdue_alert, "3")
    _press(dialog, QDialogButtonBox.StandardButton.Apply)
    assert window.dashboard is not None
    assert window.dashboard.thresholds.break_within_min == 30
    assert window.dashboard.thresholds.overdue_above == 3
    assert _saved()["dashboard_overdue_alert"] == 3


def test_cancel_changes_nothing_and_restore_defaults_waits_for_ok(
    qtbot: QtBot, window: MainWindow
) -> None:
    settings_file.save(settings_file.with_value(settings_file.Settings(), "dial_command",
                                                "sp --call {number}"))  # fmt: skip
    before = settings_file.settings_path().read_text(encoding="utf-8")
    dialog = window.show_settings()
    assert isinstance(dialog, SettingsDialog)
    assert dialog.dial_command.text() == "sp --call {number}"
    _retype(dialog.lead, "30")
    _press(dialog, QDialogButtonBox.StandardButton.RestoreDefaults)
    assert dialog.dial_command.text() == "" and dialog.lead.text() == "5"
    assert settings_file.settings_path().read_text(encoding="utf-8") == before
    _press(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert settings_file.settings_path().read_text(encoding="utf-8") == before
    assert window.callback_reminder.lead == dt.timedelta(minutes=5)


def test_a_file_that_cannot_be_written_keeps_the_dialog_and_what_was_typed(
    qtbot: QtBot, window: MainWindow, tmp_path: object
) -> None:
    dialog = window.show_settings()
    assert isinstance(dialog, SettingsDialog)
    dialog.path = settings_file.settings_path().parent / "missing" / "settings.json"
    _retype(dialog.lead, "20")
    _press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible() and dialog.lead.text() == "20"
    assert "could not be saved" in dialog.status.text()
    assert window.callback_reminder.lead == dt.timedelta(minutes=5)


def test_a_new_theme_applies_at_once(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    try:
        dialog = window.show_settings()
        assert isinstance(dialog, SettingsDialog)
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        with qtbot.waitSignal(session.window_replaced, timeout=15_000) as blocker:
            _press(dialog, QDialogButtonBox.StandardButton.Ok)
        new = adopt_window(qtbot, blocker.args[0])
        assert theme.current() == theme.DARK
        assert new.palette().color(QPalette.ColorRole.Window).lightness() < 100
        assert _saved()["theme"] == "dark"
        assert new.context.settings.theme == "dark"
        assert "The console is now in" not in new.statusBar().currentMessage()
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_look(app, theme.LIGHT, again=True)


def test_the_default_country_and_an_overridden_theme_say_when_they_apply(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENT_CONSOLE_THEME", "light")
    dialog = window.show_settings()
    assert isinstance(dialog, SettingsDialog)
    dialog.region.setCurrentIndex(dialog.region.findData("TH"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    _press(dialog, QDialogButtonBox.StandardButton.Apply)
    assert dialog.status.text() == (
        "Saved. Applies at the next start: "
        "Theme (while AGENT_CONSOLE_THEME is set, it decides), Default country."
    )
    assert _saved()["default_region"] == "TH" and _saved()["theme"] == "dark"
    running = window.session.context.settings
    assert running.default_region == "RU" and running.theme == ""
    qtbot.wait(50)
    assert theme.current() == theme.LIGHT
