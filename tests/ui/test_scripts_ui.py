"""Scripted responses in the real window: the library dock, insertion, languages, editing.

Every test drives the window ``create_window`` builds on a fresh copy of the demo database
(seeded with the shipped scripts) and checks what the agent sees: the list, the preview and
its highlighted gaps, the Insert button, the language notice, the note field's text and caret,
the editor's history and import report; and what the core stored (use counts, versions).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from console.services.scripts import ScriptService
from console.settings import Settings
from tests.ui.conftest import open_history, show_window, type_text
from ui.app import create_window
from ui.main_window import MainWindow
from ui.note_composer import NoteComposer
from ui.script_editor_dialog import ScriptEditorDialog
from ui.script_library import GAP_BACKGROUND, ScriptLibrary, ScriptPopup
from ui.script_text import LRI, PDI, RLM

# The demo's hand-written customers (ids in the order demo.py writes them).
PETROVA, SOMCHAI, MARYAM, KADRI = 1, 2, 3, 5


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """A message box would be a failure here (and must never block the test)."""
    shown: list[QDialog] = []
    monkeypatch.setattr("ui.errors.present", lambda dialog, **_kw: shown.append(dialog))
    return shown


def library(window: MainWindow) -> ScriptLibrary:
    """The dock; opened through Scripts › Show the script library (a test window is narrow,
    and a narrow window starts with the library closed)."""
    found = window.findChild(ScriptLibrary, "scriptList")
    assert found is not None
    if not found.isVisible():
        toggle = window.script_dock.toggleViewAction()
        assert toggle in window.findChild(QMenu, "scriptsMenu").actions()
        toggle.trigger()
    assert found.isVisible()
    return found


def composer(window: MainWindow) -> NoteComposer:
    found = window.findChild(NoteComposer, "noteComposer")
    assert found is not None
    return found


def open_customer(qtbot: QtBot, window: MainWindow, customer_id: int) -> ScriptLibrary:
    """Open a customer; wait for their history and the library's render context."""
    lib = library(window)
    qtbot.waitUntil(lambda: bool(lib.scripts()), timeout=5000)
    with qtbot.waitSignals([lib.context_loaded, lib.loaded], timeout=5000):
        open_history(qtbot, window, customer_id)
    return lib


def click_script(qtbot: QtBot, lib: ScriptLibrary, title: str) -> None:
    """Click the script's line in the list, as an agent would."""
    for row in range(lib.list.count()):
        item = lib.list.item(row)
        if item.text().lstrip("★ ") == title:
            lib.list.scrollToItem(item)
            rect = lib.list.visualItemRect(item)
            qtbot.mouseClick(lib.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert lib.current is not None and lib.current.title == title
            return
    raise AssertionError(f"no script {title!r} in {[v.title for v in lib.scripts()]}")


def start_note(qtbot: QtBot, window: MainWindow) -> NoteComposer:
    note = composer(window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is note.editor)
    return note


def uses(db_url: str, key: str, agent: str) -> int:
    from console.storage.db import Database

    db = Database(db_url)
    try:
        rows = [u for u in ScriptService(db).usage() if u.key == key and agent in u.agent]
        return rows[0].uses if rows else 0
    finally:
        db.dispose()


def assert_filled(text: str) -> None:
    assert "[" not in text and "]" not in text and "{{" not in text and "{%" not in text


def test_a_click_inserts_the_filled_script_at_the_cursor_and_counts_the_use(
    qtbot: QtBot, window: MainWindow, demo_db_url: str
) -> None:
    lib = open_customer(qtbot, window, PETROVA)
    note = start_note(qtbot, window)
    type_text(note.editor, "Итог: ")
    assert lib.target is note.editor
    assert lib.target_label.text() == "Goes into: Note text"

    click_script(qtbot, lib, "Callback promise")
    preview = lib.preview.toPlainText()
    assert preview.startswith("Ольга") and lib.language_box.currentText() == "Russian"
    assert not lib.notice.isVisible()  # her own language
    assert lib.insert_button.isEnabled() and not lib.gaps.isVisible()

    with qtbot.waitSignal(lib.used, timeout=5000) as used:
        qtbot.mouseClick(lib.insert_button, Qt.MouseButton.LeftButton)
    assert used.args[1] == 1
    assert note.editor.toPlainText() == "Итог: " + preview
    assert_filled(note.editor.toPlainText())
    assert QApplication.focusWidget() is note.editor  # back to typing
    assert "inserted into Note text" in window.statusBar().currentMessage()
    row = next(i for i, v in enumerate(lib.scripts()) if v.key == "callback-promise")
    assert "used once" in lib.list.item(row).data(Qt.ItemDataRole.UserRole + 1)
    assert uses(demo_db_url, "callback-promise", "Dana") == 1

    note.editor.undo()  # the whole script is one edit
    assert note.editor.toPlainText() == "Итог: "


def test_shortcuts_insert_without_leaving_the_note_and_the_keyboard_reaches_the_library(
    qtbot: QtBot, window: MainWindow, demo_db_url: str
) -> None:
    lib = open_customer(qtbot, window, PETROVA)
    click_script(qtbot, lib, "Callback promise")
    expected = lib.preview.toPlainText()
    with qtbot.waitSignal(lib.loaded, timeout=5000):
        qtbot.mouseClick(lib.favourite_button, Qt.MouseButton.LeftButton)
    item = lib.list.item(lib.list.currentRow())
    assert item.text() == "★ Callback promise"
    assert item.data(Qt.ItemDataRole.UserRole + 2) == "Alt+1  Ctrl+Alt+P"

    note = start_note(qtbot, window)
    with qtbot.waitSignal(lib.used, timeout=5000):
        qtbot.keyClick(note.editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.AltModifier)  # fmt: skip
    assert note.editor.toPlainText() == expected
    assert QApplication.focusWidget() is note.editor
    qtbot.keyClick(note.editor, Qt.Key.Key_Return)
    with qtbot.waitSignal(lib.used, timeout=5000) as used:
        qtbot.keyClick(note.editor, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert note.editor.toPlainText() == expected + "\n" + expected
    assert used.args[1] == 2

    # Keyboard only: Ctrl+Shift+S, type, Down, Enter — into the note the agent came from.
    qtbot.keyClick(note.editor, Qt.Key.Key_Return)
    qtbot.keyClick(note.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert QApplication.focusWidget() is lib.search_box
    with qtbot.waitSignal(lib.loaded, timeout=5000):
        type_text(lib.search_box, "promise")
    found = [v.key for v in lib.scripts()]
    assert found[0] == "callback-promise" and len(found) == 2  # the title match first
    assert lib.current is not None and lib.current.key == "callback-promise"
    qtbot.keyClick(lib.search_box, Qt.Key.Key_Down)
    assert lib.current.key == found[1] and QApplication.focusWidget() is lib.search_box
    qtbot.keyClick(lib.search_box, Qt.Key.Key_Up)
    assert lib.current.key == "callback-promise"
    with qtbot.waitSignal(lib.used, timeout=5000):
        qtbot.keyClick(lib.search_box, Qt.Key.Key_Return)
    assert note.editor.toPlainText() == "\n".join([expected] * 3)
    assert uses(demo_db_url, "callback-promise", "Dana") == 3


def test_a_value_the_record_lacks_blocks_insertion_until_it_is_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    lib = open_customer(qtbot, window, SOMCHAI)  # his open callback has no window
    note = start_note(qtbot, window)
    click_script(qtbot, lib, "Callback promise")

    assert lib.language_box.currentText() == "Thai" and not lib.notice.isVisible()
    assert lib.title.text() == "ยืนยันนัดโทรกลับ"  # the Thai variant's own title
    result = lib.result
    assert result is not None and [g.key for g in result.gaps] == ["callback.window"]
    gap = result.gaps[0]
    shown = lib.preview.toPlainText()
    assert shown[gap.start : gap.end] == "[callback window]"
    cursor = QTextCursor(lib.preview.document())
    cursor.setPosition(gap.start + 1)
    assert cursor.charFormat().background().color() == QColor(GAP_BACKGROUND)
    assert not lib.insert_button.isEnabled() and not lib.copy_button.isEnabled()
    assert lib.gaps.isVisible() and [e.accessibleName() for e in lib.gap_inputs] == [
        "Callback window"
    ]

    lib.insert_current()  # Enter or a shortcut now: nothing goes in, the form is focused
    assert note.editor.toPlainText() == ""
    assert QApplication.focusWidget() is lib.gap_inputs[0]
    type_text(lib.gap_inputs[0], "พรุ่งนี้ 10:00–10:30")
    assert "พรุ่งนี้ 10:00–10:30" in lib.preview.toPlainText()
    assert lib.insert_button.isEnabled()
    with qtbot.waitSignal(lib.used, timeout=5000):
        qtbot.keyClick(lib.gap_inputs[0], Qt.Key.Key_Return)
    text = note.editor.toPlainText()
    assert "พรุ่งนี้ 10:00–10:30" in text and "สมชาย" in text
    assert_filled(text)


def test_a_per_use_question_is_asked_and_the_caret_lands_at_the_cursor_marker(
    qtbot: QtBot, window: MainWindow
) -> None:
    lib = open_customer(qtbot, window, PETROVA)
    note = start_note(qtbot, window)
    click_script(qtbot, lib, "LATTE: service recovery")
    # Olga speaks Russian: the Russian variant asks its own question, in Russian.
    assert [e.accessibleName() for e in lib.gap_inputs] == ["Что будет дальше и к какому сроку"]
    assert not lib.insert_button.isEnabled()
    type_text(lib.gap_inputs[0], "возврат до пятницы")
    assert lib.insert_button.isEnabled()
    with qtbot.waitSignal(lib.used, timeout=5000):
        qtbot.mouseClick(lib.insert_button, Qt.MouseButton.LeftButton)
    text = note.editor.toPlainText()
    assert "Что будет дальше: возврат до пятницы." in text
    assert_filled(text)
    marker = "Вот что мы делаем прямо сейчас: "
    assert note.editor.textCursor().position() == text.index(marker) + len(marker)
    # The next use asks again: the answer was for that customer and that moment.
    assert lib.gap_inputs[0].text() == "" and not lib.insert_button.isEnabled()


def test_a_language_the_script_lacks_is_said_and_another_variant_can_be_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    lib = open_customer(qtbot, window, KADRI)  # Estonian: no script has it
    click_script(qtbot, lib, "Callback promise")
    assert lib.notice.isVisible()
    assert lib.notice.text() == "Estonian not available — English shown"
    assert lib.preview.toPlainText().startswith("Kadri")
    assert lib.language_box.isEnabled() and lib.language_box.currentText() == "English"

    index = lib.language_box.findText("Russian")
    lib.language_box.setCurrentIndex(index)
    lib.language_box.activated.emit(index)
    assert lib.notice.text() == "Russian chosen — the customer's language is Estonian"
    assert lib.preview.toPlainText().startswith("Kadri, мы записали Вас на обратный звонок")


def test_persian_is_shown_and_inserted_right_to_left(qtbot: QtBot, window: MainWindow) -> None:
    lib = open_customer(qtbot, window, MARYAM)
    note = start_note(qtbot, window)
    click_script(qtbot, lib, "LATTE: service recovery")
    assert lib.language_box.currentText() == "Persian"
    assert lib.title.text() == "LATTE: جبران و بازیابی رضایت مشتری"
    direction = lib.preview.document().defaultTextOption().textDirection()
    assert direction == Qt.LayoutDirection.RightToLeft
    type_text(lib.gap_inputs[0], "بازپرداخت تا جمعه")
    with qtbot.waitSignal(lib.used, timeout=5000):
        qtbot.mouseClick(lib.insert_button, Qt.MouseButton.LeftButton)
    text = note.editor.toPlainText()
    assert text.startswith(RLM + "مریم گرامی") and "بازپرداخت تا جمعه" in text
    assert_filled(text)
    block = note.editor.document().firstBlock()
    lines = 0
    while block.isValid():
        if block.text().strip():
            lines += 1
            assert block.text().startswith(RLM)
            assert block.textDirection() == Qt.LayoutDirection.RightToLeft
        block = block.next()
    assert lines == 5

    # Her phone number keeps its order inside the Persian sentence (isolated left to right).
    qtbot.keyClick(note.editor, Qt.Key.Key_Return)
    with qtbot.waitSignal(lib.used, timeout=5000):
        qtbot.keyClick(note.editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.AltModifier)  # fmt: skip
    assert LRI + "+98 912 345 6789" + PDI in note.editor.toPlainText()
    assert LRI + "+98 912 345 6789" + PDI in lib.preview.toPlainText()


def test_the_transfer_form_takes_scripts_by_their_shortcut(
    qtbot: QtBot, window: MainWindow
) -> None:
    lib = open_customer(qtbot, window, PETROVA)
    click_script(qtbot, lib, "Callback promise")
    expected = lib.preview.toPlainText()
    qtbot.waitUntil(lambda: window.card.card is not None, timeout=5000)
    dialog = window.transfer_customer()
    assert dialog is not None
    qtbot.waitUntil(lambda: getattr(dialog, "ready", False), timeout=5000)
    promised = dialog.findChild(QWidget, "transferPromised")
    # The form wrote her one open promise there; the agent says it in the script's words.
    assert "Refund decision by Friday" in promised.toPlainText()  # type: ignore[attr-defined]
    promised.clear()  # type: ignore[attr-defined]
    promised.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is promised)
    with qtbot.waitSignal(lib.used, timeout=5000):
        qtbot.keyClick(promised, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.AltModifier)  # fmt: skip
    assert promised.toPlainText() == expected  # type: ignore[attr-defined]

    # A script that needs an answer opens the library over the form, on that script.
    tried = dialog.findChild(QWidget, "transferTried")
    tried.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tried)
    qtbot.keyClick(tried, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)  # fmt: skip
    popup = dialog.findChild(ScriptPopup, "scriptPopup")
    assert popup is not None and popup.isVisible()
    inner = popup.library
    assert inner.current is not None and inner.current.key == "latte"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is inner.gap_inputs[0])
    type_text(inner.gap_inputs[0], "возврат до пятницы")
    with qtbot.waitSignal(inner.used, timeout=5000):
        qtbot.keyClick(inner.gap_inputs[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert "Что будет дальше: возврат до пятницы." in tried.toPlainText()  # type: ignore[attr-defined]
    assert promised.toPlainText() == expected  # type: ignore[attr-defined]
    dialog.close()


def test_agents_see_no_editing(qtbot: QtBot, window: MainWindow) -> None:
    lib = library(window)
    qtbot.waitUntil(lambda: bool(lib.scripts()), timeout=5000)
    assert window.findChild(QPushButton, "scriptEditButton") is None
    menu = window.findChild(QMenu, "scriptsMenu")
    assert menu is not None
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert "Script library" in texts
    assert not {"Manage scripts…", "New script…", "Import scripts…", "Export scripts…"} & set(texts)
    assert lib.open_editor(None) is None
    shortcuts = {
        a.text().replace("&", ""): a.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        for a in menu.actions()
    }
    assert shortcuts["Script library"] == "Ctrl+Shift+S"

    help_dialog = window.show_shortcuts()  # F1 lists the library's keys
    table = help_dialog.findChild(QTableWidget, "shortcutsTable")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Script library"] == "Ctrl+Shift+S"
    assert rows["Insert favourite script 1…9"] == "Alt+1 … Alt+9"
    assert rows["Insert “LATTE: service recovery”"] == "Ctrl+Alt+L"
    assert "Manage scripts" not in rows
    help_dialog.close()


@pytest.fixture
def supervisor(qtbot: QtBot, demo_db_url: str, settings: Settings) -> MainWindow:
    return show_window(qtbot, create_window(demo_db_url, "riina", settings=settings))


def open_editor(qtbot: QtBot, window: MainWindow, key: str) -> ScriptEditorDialog:
    lib = library(window)
    qtbot.waitUntil(lambda: bool(lib.scripts()), timeout=5000)
    view = next(v for v in lib.scripts() if v.key == key)
    lib.select(view.id)
    assert lib.edit_button is not None and lib.edit_button.isVisible()
    qtbot.mouseClick(lib.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ScriptEditorDialog, "scriptEditor")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.current.key == key, timeout=5000)
    qtbot.waitUntil(lambda: dialog.history.count() > 0, timeout=5000)
    return dialog


def test_the_script_managers_labels_have_no_colons_like_every_other_form(
    qtbot: QtBot, supervisor: MainWindow
) -> None:
    dialog = open_editor(qtbot, supervisor, "latte")
    form = dialog.findChild(QFormLayout)
    assert form is not None
    labels = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel) and widget.isVisible():
            labels.append(widget.text().replace("&", ""))
    assert {"Key", "Title", "Category", "Shortcut", "Default language"} <= set(labels)
    assert not [text for text in labels if text.endswith(":")]
    dialog.reject()


def test_a_supervisor_edit_is_a_new_version_in_the_history_and_retiring_hides_it(
    qtbot: QtBot, supervisor: MainWindow
) -> None:
    dialog = open_editor(qtbot, supervisor, "callback-promise")
    assert dialog.history.item(0).text().startswith("v1 · shipped · the program · ")
    english = dialog.variant_editor("en")
    assert english is not None and "✓ Fills in:" in english.issues.text()
    english.body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(english.body, " {{ customer.password }}")
    english.check()
    assert english.issues.text() == "line 1: unknown field customer.password"
    for _ in " {{ customer.password }}":
        qtbot.keyClick(english.body, Qt.Key.Key_Backspace)
    type_text(english.body, " Anything else I can do today?")

    lib = library(supervisor)
    with (
        qtbot.waitSignal(dialog.finished_work, timeout=5000) as done,
        qtbot.waitSignal(lib.loaded, timeout=5000),
    ):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert done.args == ["saved"]
    qtbot.waitUntil(lambda: dialog.history.count() == 2, timeout=5000)
    assert dialog.history.item(0).text().startswith("v2 · edited · Riina Sepp · ")
    assert dialog.history.item(1).text().startswith("v1 · shipped")
    assert "Anything else I can do today?" in dialog.version_text.toPlainText()
    dialog.history.setCurrentRow(1)
    assert "Anything else" not in dialog.version_text.toPlainText()
    assert "version 2" in dialog.banner.text()
    view = next(v for v in lib.scripts() if v.key == "callback-promise")
    assert view.version == 2 and view.updated_by == "Riina Sepp"

    dialog.reason.setText("Replaced by the new callback wording")
    with (
        qtbot.waitSignal(dialog.finished_work, timeout=5000) as done,
        qtbot.waitSignal(lib.loaded, timeout=5000),
    ):
        qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert done.args == ["retired"]
    assert "callback-promise" not in [v.key for v in lib.scripts()]
    qtbot.waitUntil(lambda: dialog.history.count() == 3, timeout=5000)
    assert "retired · Riina Sepp" in dialog.history.item(0).text()
    assert "Replaced by the new callback wording" in dialog.history.item(0).text()
    assert dialog.retire_button.text() == "Restore"


def test_a_colleagues_newer_version_never_wipes_what_the_supervisor_typed(
    qtbot: QtBot, supervisor: MainWindow
) -> None:
    dialog = open_editor(qtbot, supervisor, "callback-promise")
    english = dialog.variant_editor("en")
    assert english is not None
    english.body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(english.body, " Mine, typed while they edited.")
    typed = english.body.toPlainText()
    # Meanwhile a colleague saves the same script from another console.
    service = ScriptService(supervisor.context.db)
    theirs = service.get("callback-promise")
    doc = theirs.doc()
    variants = tuple(
        replace(v, body=v.body + " Theirs.") if v.language == "en" else v for v in doc.variants
    )
    service.edit(theirs.id, theirs.version, replace(doc, variants=variants),
                 supervisor.context.user.id)  # fmt: skip
    with qtbot.waitSignal(dialog.finished_work, timeout=5000) as done:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert done.args == ["refused"]
    qtbot.waitUntil(lambda: dialog.history.count() == 2, timeout=5000)  # theirs listed
    english = dialog.variant_editor("en")
    assert english is not None and english.body.toPlainText() == typed  # every word kept
    with qtbot.waitSignal(dialog.finished_work, timeout=5000) as done:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert done.args == ["saved"]  # a deliberate second save goes over their version
    assert "Mine, typed while they edited." in service.get("callback-promise").variant("en").body


BAD_FILE = """{
  "format": "agent-console-scripts",
  "version": 1,
  "scripts": [
    {
      "key": "refund-delay",
      "title": "Refund delay",
      "variants": {
        "en": {"body": [
          "Dear {{ customer.first_name }},",
          "your password is {{ customer.password }}."
        ]}
      }
    }
  ]
}
"""


def test_an_import_with_a_bad_template_is_refused_with_its_line(
    qtbot: QtBot, supervisor: MainWindow, tmp_path: Path
) -> None:
    dialog = open_editor(qtbot, supervisor, "latte")
    path = tmp_path / "scripts.json"
    path.write_text(BAD_FILE, encoding="utf-8")
    with qtbot.waitSignal(dialog.finished_work, timeout=5000) as done:
        dialog.import_file(str(path))
    assert done.args == ["import refused"]
    report = dialog.report.toPlainText()
    assert dialog.report.isVisible()
    assert "nothing was imported" in report
    assert ("line 11: script 'refund-delay', variant 'en': unknown field customer.password"
            in report)  # fmt: skip
    assert "Refund delay" not in [dialog.list.item(i).text() for i in range(dialog.list.count())]

    path.write_text(BAD_FILE.replace("customer.password", "customer.account_no"), "utf-8")
    lib = library(supervisor)
    with (
        qtbot.waitSignal(dialog.finished_work, timeout=5000) as done,
        qtbot.waitSignal(lib.loaded, timeout=5000),
    ):
        dialog.import_file(str(path))
    assert done.args == ["imported"]
    assert dialog.report.toPlainText() == "Scripts imported: 1 created."
    assert "refund-delay" in [v.key for v in lib.scripts()]


@pytest.mark.postgres
def test_inserting_and_counting_works_on_postgresql(
    qtbot: QtBot, pg_demo_url: str, settings: Settings
) -> None:
    window = show_window(qtbot, create_window(pg_demo_url, "dana", settings=settings))
    lib = open_customer(qtbot, window, MARYAM)
    note = start_note(qtbot, window)
    click_script(qtbot, lib, "Callback promise")
    with qtbot.waitSignal(lib.used, timeout=5000) as used:
        qtbot.mouseClick(lib.insert_button, Qt.MouseButton.LeftButton)
    assert used.args[1] == 1
    assert note.editor.toPlainText().startswith(RLM + "مریم")
    assert uses(pg_demo_url, "callback-promise", "Dana") == 1
