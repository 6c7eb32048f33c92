"""The core's sentences (console.errors.Said) stay English for the CLI and reach the agent in
the interface language through the catalogues."""

from __future__ import annotations

import ast
import builtins
import datetime as dt
import importlib
import pkgutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from string import Formatter
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTime,
    QTimeZone,
    QTranslator,
)
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import console
from console import scheduling
from console.errors import (
    MOMENT_STYLES,
    MONTH_ABBREVIATIONS,
    Moment,
    MomentStyle,
    NotFoundError,
    Said,
    UserFacingError,
    joined,
)
from console.scheduling import SlotRefused
from console.services.callbacks import CallbackService, ScheduleRequest
from console.storage.db import Database
from console.storage.models import UserQueue
from ui import tasks
from ui.formatting import calling_windows
from ui.i18n import FSI, PDI, apply_language, localized, moment_text
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


# ---- numbers and times in the agent's language ------------------------------------------------

MARYAM = 3  # مریم رضایی of the demo: Asia/Tehran, IR (calling hours Sat-Wed, Thu mornings)
TEHRAN = ZoneInfo("Asia/Tehran")
OUTSIDE = "{start}-{end} ({zone}) is outside the customer's calling hours ({hours}). {offer}"
OPENS = "The next calling window opens {start} ({zone})."
AT_MOST = "at most {n:,} characters ({length:,} given)"
MISSING = "Callback {id} does not exist."
PERSIAN = {
    MISSING: "بازخوانی {id} وجود ندارد.",
    OUTSIDE: "{start} تا {end} ({zone}) بیرون از ساعت‌های تماس مشتری است ({hours}). {offer}",
    OPENS: "پنجرهٔ تماس بعدی {start} ({zone}) باز می‌شود.",
    AT_MOST: "حداکثر {n:,} نویسه ({length:,} نوشته شده)",
}


def _install_catalogue(tmp_path: Path, language: str, messages: dict[str, str]) -> QTranslator:
    """A small compiled catalogue of the core's context, installed over any other."""
    body = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(text)}</translation></message>"
        for source, text in messages.items()
    )
    ts = tmp_path / f"core_{language}.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}"><context><name>console</name>{body}'
        "</context></TS>\n",
        encoding="utf-8",
    )
    qm = tmp_path / f"core_{language}.qm"
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)  # fmt: skip
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    return translator


@pytest.fixture
def persian(tmp_path: Path) -> Iterator[None]:
    """The interface in Persian (its QLocale, right to left), and a catalogue that knows a
    scheduling refusal; whether the shipped catalogue has it yet does not matter."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "fa")
    translator = _install_catalogue(tmp_path, "fa", PERSIAN)
    yield
    app.removeTranslator(translator)
    apply_language(app, "en")


def _next_tehran_friday() -> tuple[dt.date, dt.date]:
    """A Friday (outside Tehran's calling hours) at least two days ahead, it and the Saturday
    after it no public holidays in Iran."""
    day = dt.datetime.now(TEHRAN).date() + dt.timedelta(days=2)
    while not (
        day.weekday() == 4
        and scheduling.holiday_name(day, "IR") is None
        and scheduling.holiday_name(day + dt.timedelta(days=1), "IR") is None
    ):
        day += dt.timedelta(days=1)
    return day, day + dt.timedelta(days=1)


def _agent_in_a_queue(db: Database) -> int:
    with db.read() as conn:
        return int(conn.scalar(select(UserQueue.user_id).order_by(UserQueue.user_id).limit(1)))


def test_a_scheduling_refusal_reaches_a_persian_agent_in_persian_digits_and_day_names(
    qtbot: QtBot, demo_db_url: str, persian: None
) -> None:
    friday, saturday = _next_tehran_friday()
    db = Database(demo_db_url)
    try:
        service = CallbackService(db)
        request = ScheduleRequest(MARYAM, local_start=dt.datetime.combine(friday, dt.time(10)))
        agent = _agent_in_a_queue(db)
        # What the command line says, straight from the service: English, as it always was.
        with pytest.raises(SlotRefused) as raised:
            service.plan(request, agent)
        errors: list[BaseException] = []
        tasks.run_task(lambda: service.plan(request, agent), lambda _: None, errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    finally:
        db.dispose()

    english = str(raised.value)
    assert english.startswith(
        f"Fri {friday:%d} {MONTH_ABBREVIATIONS[friday.month - 1]} 10:00-10:30 (Asia/Tehran) is "
        "outside the customer's calling hours ("
    )
    assert english.endswith(
        f"). The next calling window opens Sat {saturday:%d} "
        f"{MONTH_ABBREVIATIONS[saturday.month - 1]} 09:00 (Asia/Tehran)."
    )
    (error,) = errors
    assert isinstance(error, SlotRefused)
    persian_text = error.message
    fa = QLocale("fa")
    day_time = "ddd dd MMM HH:mm"
    utc = QTimeZone.utc()
    start = fa.toString(QDateTime(QDate(friday.year, friday.month, friday.day), QTime(10, 0), utc),
                        day_time)  # fmt: skip
    opens = fa.toString(
        QDateTime(QDate(saturday.year, saturday.month, saturday.day), QTime(9, 0), utc), day_time
    )
    assert start.startswith(fa.dayName(5, QLocale.FormatType.ShortFormat))  # جمعه
    assert "۱۰:۰۰" in start and "۰۹:۰۰" in opens
    zone = f"{FSI}Asia/Tehran{PDI}"  # an identifier: its own run inside right-to-left text
    # The calling hours in Persian day names and digits (ui.formatting.calling_windows).
    hours = calling_windows("Sat-Wed 09:00-20:00; Thu 09:00-13:00")
    assert hours.startswith(fa.dayName(6, QLocale.FormatType.ShortFormat))  # شنبه
    assert persian_text.startswith(
        f"{start} تا ۱۰:۳۰ ({zone}) بیرون از ساعت‌های تماس مشتری است ({hours})."
    )
    assert persian_text.endswith(f"). پنجرهٔ تماس بعدی {opens} ({zone}) باز می‌شود.")
    assert "10:00" not in persian_text and "Fri" not in persian_text
    # The fields the form reads are the service's, untouched: only the sentence changed.
    assert error.reason == "outside" and error.next_slot is not None
    assert error.next_slot.start == dt.datetime.combine(saturday, dt.time(9), TEHRAN)


def test_numbers_in_a_sentence_take_the_languages_digits_and_grouping(persian: None) -> None:
    said = Said(AT_MOST, n=4000, length=12345)
    assert said == "at most 4,000 characters (12,345 given)"
    assert localized(said) == "حداکثر ۴٬۰۰۰ نویسه (۱۲٬۳۴۵ نوشته شده)"
    # Without the grouping spec a number is written as the core writes it: an id stays whole.
    assert localized(Said(MISSING, id=123456)) == "بازخوانی ۱۲۳۴۵۶ وجود ندارد."


def test_sentences_joined_by_an_untranslated_template_are_each_translated(
    persian: None,
) -> None:
    """FieldErrors joins its fields' sentences ("{first}; {rest}"): each says itself in the
    agent's language even while the joining template has no translation."""
    joined_up = joined([Said(AT_MOST, n=5, length=6), Said(MISSING, id=7)])
    assert str(joined_up) == "at most 5 characters (6 given); Callback 7 does not exist."
    said = localized(joined_up)
    # The shipped catalogue now also translates the joint (a Persian semicolon); either way
    # each part is Persian.
    assert said in (
        "حداکثر ۵ نویسه (۶ نوشته شده); بازخوانی ۷ وجود ندارد.",
        "حداکثر ۵ نویسه (۶ نوشته شده)؛ بازخوانی ۷ وجود ندارد.",
    )


def test_english_is_the_cores_own_text_even_where_a_catalogue_translates(
    tmp_path: Path,
) -> None:
    """With the interface in English no catalogue is installed; a template some catalogue
    knows, looked up with no translation, is the core's English to the letter."""
    when = dt.datetime(2026, 12, 4, 9, 5, tzinfo=TEHRAN)
    said = Said(OPENS, start=Moment(when, "day_time"), zone="Asia/Tehran")
    assert (
        localized(said)
        == str(said)
        == ("The next calling window opens Fri 04 Dec 09:05 (Asia/Tehran).")
    )


@pytest.mark.parametrize("style", MOMENT_STYLES)
def test_each_moment_style_reads_in_english_as_the_core_writes_it(style: MomentStyle) -> None:
    """The GUI's QLocale pattern for a style gives, in English, exactly the core's text: a
    sentence reads the same whether a catalogue translated it or not."""
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    for value in (
        dt.datetime(2026, 12, 1, 14, 5, tzinfo=TEHRAN),
        dt.datetime(2027, 3, 9, 0, 0),
        dt.date(2026, 5, 31),
        dt.time(7, 30),
    ):
        try:
            moment = Moment(value, style)
        except TypeError:
            continue  # a date has no time of day, a time no date
        assert moment_text(moment, english) == str(moment), (style, value)


def test_core_templates_use_no_format_spec_but_grouping() -> None:
    """The GUI writes each value itself (digits, names): a template may ask only for a grouped
    number (``{n:,}``), nothing Python alone would understand."""
    wrong: list[str] = []
    for template in core_templates():
        try:
            fields = [(name, spec, conv) for _, name, spec, conv in Formatter().parse(template)]
        except ValueError:
            continue  # literal braces in a sentence without fields ("{% if %}")
        for name, spec, conversion in fields:
            if name is None or not name.isidentifier():
                continue  # literal braces in a sentence without fields ({"phone": …})
            if spec not in ("", ",") or conversion is not None:
                wrong.append(template)
    assert not wrong, wrong


# ---- the guard: every sentence the core says to a user is a Said ------------------------------

# Modules whose messages never reach the window, so they stay plain English.
PLAIN_ENGLISH_MODULES = {
    # The command line (agent-console ...): its own errors are printed in English on stderr
    # (docs: "a stable contract"); errors the services raise are Said all the same.
    "console/cli.py",
    "console/cli_admin.py",
    "console/cli_callbacks.py",
    "console/cli_scripts.py",
    # Measurement tools run from the command line (agent-console bench, loadtest).
    "console/bench.py",
    "console/loadtest.py",
}
# Exceptions that are bugs, not something the user can act on (house style rule 4): they go
# to the crash dialog with their traceback, as they are. argparse's and SQLAlchemy's own.
NOT_FOR_USERS = {name for name in dir(builtins) if name.endswith("Error")} | {
    "ArgumentTypeError",
    "DisconnectionError",
}


def _user_facing_names() -> set[str]:
    for module in pkgutil.walk_packages(console.__path__, "console."):
        if module.name.endswith("__main__") or ".migrations" in module.name:
            continue
        importlib.import_module(module.name)
    found: set[str] = {"UserFacingError"}
    todo: list[type] = [UserFacingError]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.add(sub.__name__)
            todo.append(sub)
    return found


def _has_words(node: ast.expr) -> bool:
    """A literal with words in it (plain or f-string, alone or joined to something)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _has_words(node.left) or _has_words(node.right)
    if isinstance(node, ast.IfExp):
        return _has_words(node.body) or _has_words(node.orelse)
    return False


def plain_english_messages(root: Path = ROOT) -> list[str]:
    """Places in console/ that give a user-facing error, a form's field error or a sentence
    for an ``errors`` dict as literal English instead of a ``Said``."""
    user_facing = _user_facing_names()
    found: list[str] = []
    for path in sorted((root / "console").rglob("*.py")):
        name = path.relative_to(root).as_posix()
        if name in PLAIN_ENGLISH_MODULES or "/migrations/" in name:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{name}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                is_error = called in user_facing or called.endswith(("Error", "Errors"))
                if not is_error or called in NOT_FOR_USERS:
                    continue
                message = node.args[0] if node.args else None
                message = next((k.value for k in node.keywords if k.arg == "message"), message)
                if message is not None and _has_words(message):
                    found.append(f"{where}: {called}({ast.unparse(message)[:60]}…)")
                if called == "FieldErrors" and isinstance(message, ast.Dict):
                    found += [f"{where}: FieldErrors value {ast.unparse(v)[:60]}"
                              for v in message.values if _has_words(v)]  # fmt: skip
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and "error" in target.value.id
                    and _has_words(node.value)
                ):
                    found.append(f"{where}: {target.value.id}[…] = {ast.unparse(node.value)[:60]}")
    return found


def test_every_message_the_core_gives_a_user_is_a_said() -> None:
    """A new ``raise SomethingError(f"…")`` (or a FieldErrors text) in console/ would reach a
    Persian agent in English: write it ``Said("… {name} …", name=…)`` (console.errors)."""
    assert plain_english_messages() == []


def test_the_guard_finds_plain_english(tmp_path: Path) -> None:
    (tmp_path / "console").mkdir()
    (tmp_path / "console" / "example.py").write_text(
        "def f(x):\n"
        "    errors = {}\n"
        "    errors['name'] = 'a name is required'\n"
        "    if x:\n"
        "        raise NotFoundError(f'There is no queue {x}.')\n"
        "    raise FieldErrors({'note': 'too long'})\n"
        "    raise ValueError(f'a bug: {x}')\n"
        "    raise ConflictError(Said('Taken by {name}.', name=x))\n",
        encoding="utf-8",
    )
    found = plain_english_messages(tmp_path)
    assert sorted(f.split(": ", 1)[0] for f in found) == [
        "console/example.py:3",
        "console/example.py:5",
        "console/example.py:6",
    ]
