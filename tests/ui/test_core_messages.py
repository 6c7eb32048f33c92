"""The core's sentences (console.errors.Said) stay English for the CLI and reach the agent in
the interface language through the catalogues."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from console.errors import NotFoundError, Said
from console.services.callbacks import CallbackService
from console.storage.db import Database
from ui import tasks
from ui.i18n import localized
from ui.translations import CORE_MESSAGES, ROOT, core_messages_source, core_templates, tool


def test_said_is_the_english_sentence_everywhere_a_str_goes() -> None:
    said = Said("Callback {id} does not exist.", id=7)
    assert said == "Callback 7 does not exist."
    assert f"agent-console: {said}" == "agent-console: Callback 7 does not exist."
    assert (said.template, said.values) == ("Callback {id} does not exist.", {"id": 7})
    assert str(NotFoundError(said)) == "Callback 7 does not exist."


def test_the_generated_catalogue_module_lists_every_core_sentence() -> None:
    """ui/core_messages.py is what lupdate reads the core's sentences from: it must be current
    (`uv run python -m ui.translations update` rewrites it)."""
    current = (ROOT / CORE_MESSAGES).read_text(encoding="utf-8")
    assert current == core_messages_source(), f"{CORE_MESSAGES} is stale: run `... update`"
    assert "Callback {id} does not exist." in core_templates()


@pytest.fixture
def russian(tmp_path: Path) -> Iterator[None]:
    ts = tmp_path / "core_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ru">'
        "<context><name>console</name><message><source>Callback {id} does not exist."
        "</source><translation>Обратного звонка {id} не существует.</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    qm = tmp_path / "core_ru.qm"
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)  # fmt: skip
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def test_localized_fills_the_translated_template(russian: None) -> None:
    assert localized(Said("Callback {id} does not exist.", id=7)) == (
        "Обратного звонка 7 не существует."
    )
    # Text the catalogue does not know, and plain strings, pass unchanged.
    assert localized(Said("Nobody knows {x}.", x=1)) == "Nobody knows 1."
    assert localized("plain") == "plain"


def test_a_service_error_reaches_the_agent_translated(
    qtbot: QtBot, demo_db_url: str, russian: None
) -> None:
    """Every service call runs through ui.tasks: its errors are localized on the way back."""
    db = Database(demo_db_url)
    errors: list[BaseException] = []
    try:
        tasks.run_task(lambda: CallbackService(db).claim(999_999, 1), lambda _: None,
                       errors.append)  # fmt: skip
        qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    finally:
        db.dispose()
    (error,) = errors
    assert isinstance(error, NotFoundError)
    assert error.message == "Обратного звонка 999999 не существует."
