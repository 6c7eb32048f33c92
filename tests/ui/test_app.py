"""Starting the console: create_window on any database, run() failing politely."""

from __future__ import annotations

import getpass
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from console.errors import NotFoundError
from console.settings import Settings
from tests.ui.conftest import show_window, type_text
from ui import app as app_module
from ui import errors


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    dialogs: list[QDialog] = []

    def present(dialog: QDialog, *, blocking: bool = False) -> None:
        assert blocking, "before the event loop runs, the message must wait for the user"
        dialogs.append(dialog)

    monkeypatch.setattr(app_module, "present", present)
    monkeypatch.setattr(errors, "present", present)
    return dialogs


@pytest.fixture
def run_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """run() installs the excepthook and a log handler: undo both afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_agent_console", False)]:
        root.removeHandler(handler)
        handler.close()


def test_run_explains_a_database_it_cannot_use_and_exits_1(
    qtbot: QtBot,
    shown: list[QDialog],
    run_environment: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = app_module.run("mysql://someone@db/console", user=None, settings=Settings())
    assert code == 1
    assert len(shown) == 1 and isinstance(shown[0], QMessageBox)
    message = shown[0].text()
    assert "mysql" in message and "sqlite:///" in message and "postgresql://" in message
    assert "Traceback" not in capsys.readouterr().err
    shown[0].deleteLater()


def test_run_names_an_unknown_user_and_exits_1(
    qtbot: QtBot, shown: list[QDialog], run_environment: None, demo_db_url: str
) -> None:
    code = app_module.run(demo_db_url, user="nobody-here", settings=Settings())
    assert code == 1
    assert "nobody-here" in shown[0].text()  # type: ignore[attr-defined]
    shown[0].deleteLater()


def test_create_window_refuses_an_unknown_user(qtbot: QtBot, demo_db_url: str) -> None:
    with pytest.raises(NotFoundError):
        app_module.create_window(demo_db_url, "nobody-here", settings=Settings())


def test_create_window_uses_the_user_from_settings(qtbot: QtBot, demo_db_url: str) -> None:
    window = show_window(
        qtbot, app_module.create_window(demo_db_url, settings=Settings(user="irina"))
    )
    assert "Irina Volkova (agent)" in window.connection_status.text()


def test_create_window_applies_the_console_look(qtbot: QtBot, demo_db_url: str) -> None:
    show_window(qtbot, app_module.create_window(demo_db_url, "dana", settings=Settings()))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert "QLabel#cardName" in app.styleSheet()
    assert app.font().pointSizeF() >= app_module.MIN_POINT_SIZE


def test_a_brand_new_database_opens_with_someone_at_the_desk(qtbot: QtBot, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'console.sqlite3'}"
    window = show_window(qtbot, app_module.create_window(url, settings=Settings()))
    assert (tmp_path / "new" / "console.sqlite3").exists()
    assert window.context.user.username == getpass.getuser()
    assert window.connection_status.text().startswith("Connected")
    type_text(window.search.box, "anyone")
    qtbot.waitUntil(lambda: window.search.status_text() == "No customer matches “anyone”")


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"])
def test_on_postgresql_the_status_bar_hides_the_password_and_search_works(
    qtbot: QtBot, demo_url_any: str
) -> None:
    # The throwaway server trusts local connections, so any password opens it.
    url = make_url(demo_url_any).set(password="s3cret-pw")
    window = show_window(
        qtbot,
        app_module.create_window(
            url.render_as_string(hide_password=False), "dana", settings=Settings()
        ),
    )
    status = window.connection_status.text()
    assert status.startswith("Connected · team · ") and "postgresql" in status
    assert "s3cret-pw" not in status and "***" in status
    type_text(window.search.box, "Петров")
    qtbot.waitUntil(lambda: any("Петров" in r.full_name for r in window.search.visible_rows()))


@pytest.mark.postgres
def test_run_explains_a_postgresql_schema_that_is_behind_and_exits_1(
    qtbot: QtBot, shown: list[QDialog], run_environment: None, empty_pg_url: str
) -> None:
    code = app_module.run(empty_pg_url, user=None, settings=Settings())
    assert code == 1
    message = shown[0].text()  # type: ignore[attr-defined]
    assert "agent-console db upgrade" in message
    shown[0].deleteLater()
