"""File › Import customers, driven through the real window: a good file, a bad file, the mapping."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from console.importer import CUSTOM, IGNORE, Rejection
from console.storage.db import Database
from console.storage.models import Customer
from ui.import_dialog import ImportDialog
from ui.main_window import MainWindow
from ui.rejections_model import RejectionsModel

GOOD = (
    "Booking,Customer Name,Phone,Time Zone,Country,Voyage,Internal\n"
    "IMP-1,Import Testperson,+66 81 999 0001,Asia/Bangkok,TH,AUR-2001,x\n"
    "IMP-2,Second Testperson,+66 81 999 0002,Asia/Bangkok,TH,AUR-2001,y\n"
)
BAD = (
    "account_no,full_name,phone,time_zone,country\n"
    "IMP-3,Good Row,+66 81 999 0003,Asia/Bangkok,TH\n"
    "IMP-4,Bad Phone,12,Asia/Bangkok,TH\n"
    "IMP-5,,+66 81 999 0005,Nowhere/City,TH\n"
)


def customer_count(db_url: str) -> int:
    db = Database(db_url)
    try:
        with db.read() as conn:
            return int(conn.scalar(select(func.count()).select_from(Customer)) or 0)
    finally:
        db.dispose()


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    shown: list[QDialog] = []
    monkeypatch.setattr("ui.errors.present", lambda dialog, **_kw: shown.append(dialog))
    return shown


def open_dialog(qtbot: QtBot, window: MainWindow) -> ImportDialog:
    window.centralWidget().setFocus()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ImportDialog, "importDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def load(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.layout_loaded, timeout=5000):
        dialog.set_path(str(path))


def test_file_menu_has_import_with_ctrl_i(window: MainWindow) -> None:
    menus = {m.title().replace("&", ""): m for m in window.menuBar().findChildren(QMenu)}
    action = next(a for a in menus["File"].actions() if "Import" in a.text())
    assert action is window.import_action
    assert action.shortcut().toString(QKeySequence.SequenceFormat.PortableText) == "Ctrl+I"


def test_a_good_file_is_imported_and_found_by_search(
    qtbot: QtBot, window: MainWindow, demo_db_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "good.csv"
    path.write_text(GOOD, encoding="utf-8")
    before = customer_count(demo_db_url)
    dialog = open_dialog(qtbot, window)
    assert not dialog.import_button.isEnabled()  # nothing to import before a file is chosen

    load(qtbot, dialog, path)
    assert "UTF-8" in dialog.file_info.text() and "commas" in dialog.file_info.text()
    assert dialog.combo_for("Booking").currentData() == "account_no"
    assert dialog.combo_for("Customer Name").currentData() == "full_name"
    assert dialog.combo_for("Voyage").currentData() == CUSTOM
    internal = dialog.combo_for("Internal")
    assert internal.accessibleName() == "Import column “Internal” as"
    internal.setCurrentIndex(internal.findData(IGNORE))
    assert dialog.mapping()["Internal"] == IGNORE

    stages: list[int] = []
    dialog.progress_changed.connect(lambda done, total, _stage: stages.append(done))
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = finished.args[0] if finished.args else None
    assert report is not None and report.ok
    assert dialog.result_label.text() == "Imported 2 customers."
    assert not dialog.rejections_view.isVisible()
    assert stages  # progress arrived through the signal
    assert customer_count(demo_db_url) == before + 2

    dialog.close()
    window.search.box.setFocus()
    qtbot.keyClicks(window.search.box, "Testperson")
    qtbot.waitUntil(
        lambda: (
            {r.full_name for r in window.search.visible_rows()}
            >= {"Import Testperson", "Second Testperson"}
        )
    )


def test_a_bad_file_lists_every_rejected_row_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, demo_db_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    before = customer_count(demo_db_url)
    dialog = open_dialog(qtbot, window)
    load(qtbot, dialog, path)
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000):
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    assert dialog.result_label.text().startswith("Nothing was imported: 3 problems on 2 lines")
    assert dialog.rejections_view.isVisible()
    model = dialog.rejections
    cells = [
        (
            model.index(r, RejectionsModel.LINE).data(),
            model.index(r, RejectionsModel.COLUMN).data(),
        )
        for r in range(model.rowCount())
    ]
    assert sorted(cells) == [("3", "phone"), ("4", "full_name"), ("4", "time_zone")]
    reasons = [model.index(r, RejectionsModel.REASON).data() for r in range(model.rowCount())]
    assert any("not a phone number" in reason for reason in reasons)
    assert customer_count(demo_db_url) == before
    assert QApplication.focusWidget() is dialog.rejections_view
    assert dialog.import_button.isEnabled()  # fix the file and try again


def test_an_unreadable_file_shows_a_kind_error(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, shown_errors: list[QDialog]
) -> None:
    dialog = open_dialog(qtbot, window)
    load(qtbot, dialog, tmp_path / "missing.csv")
    assert len(shown_errors) == 1
    box = shown_errors[0]
    assert isinstance(box, QMessageBox) and "no file" in box.text()
    assert not dialog.import_button.isEnabled()


def test_the_mapping_combos_are_keyboard_reachable_and_named(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "good.csv"
    path.write_text(GOOD, encoding="utf-8")
    dialog = open_dialog(qtbot, window)
    load(qtbot, dialog, path)
    combos = dialog.mapping_area.findChildren(QComboBox)
    assert len(combos) == 7
    assert all(c.accessibleName() and c.focusPolicy() & Qt.FocusPolicy.TabFocus for c in combos)
    for widget in (
        dialog.path_edit,
        dialog.browse_button,
        dialog.region_edit,
        dialog.import_button,
        dialog.rejections_view,
    ):
        assert widget.accessibleName()


def test_rejections_model_without_a_view(qtbot: QtBot) -> None:
    model = RejectionsModel()
    model.set_rows([Rejection(7, "phone", "12", "“12” is not a phone number")])
    assert model.rowCount() == 1 and model.columnCount() == 4
    assert model.headerData(RejectionsModel.REASON, Qt.Orientation.Horizontal) == "Problem"
    assert model.index(0, RejectionsModel.LINE).data() == "7"
    assert model.index(0, RejectionsModel.VALUE).data() == "12"
