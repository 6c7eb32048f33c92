"""Translations: every visible string is in every shipped catalogue, translated, with its
placeholders intact; the shipped .qm match their .ts; a window in Thai, Russian or Persian
shows its menus in that language, and Persian mirrors the layout.

The catalogue checks compare with what ``pyside6-lupdate`` extracts from ui/ right now, so a
new ``tr()`` string that nobody added to resources/translations fails here. Refresh with
``uv run python -m ui.translations update`` (then translate) and ``... compile``.
"""

from __future__ import annotations

import ast
import re
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from console import settings as settings_file
from console.settings import Settings
from tests.ui.conftest import adopt_window, show_window
from ui.about_dialog import AboutDialog
from ui.app import create_window
from ui.i18n import LANGUAGES, SOURCE_LANGUAGE, apply_language, catalogue_path
from ui.translations import ROOT, Message, lrelease, lupdate, read_ts, sources, tool

SHIPPED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
LIVE = ("", "unfinished")  # "vanished"/"obsolete" messages are no longer in the sources


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """A test that switched language leaves the next one in English, left to right."""
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "en")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Message]]:
    """What pyside6-lupdate finds in ui/ now, as a fresh catalogue per shipped language."""
    folder = tmp_path_factory.mktemp("extracted")
    files = {code: folder / f"agent_console_{code}.ts" for code in SHIPPED}
    lupdate(list(files.values()))
    return {code: read_ts(path) for code, path in files.items()}


def shipped(code: str) -> list[Message]:
    return read_ts(catalogue_path(code, ".ts"))


def keys(messages: list[Message]) -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in messages if m.kind in LIVE}


# ---- the sources: everything visible is extractable -----------------------------------------


def _literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_tr_and_translate_call_has_literal_text() -> None:
    """lupdate sees only literal text: ``tr(label)`` or a helper ``_t(text)`` that calls
    ``translate("Ctx", text)`` compiles but is never in a catalogue, so it stays English."""
    hidden: list[str] = []
    for name in sources():
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            # `t = QCoreApplication.translate; t("Ctx", "text")`: lupdate sees no call at all.
            value = node.value if isinstance(node, ast.Assign) else None
            if isinstance(value, ast.Attribute) and value.attr in ("tr", "translate"):
                hidden.append(f"{name}:{node.lineno}: {ast.unparse(node)[:90]}")
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = [*node.args, None, None]
            if called == "tr" and not _literal(args[0]):
                hidden.append(f"{name}:{node.lineno}: {ast.unparse(node)[:90]}")
            # translate("console", said.template): the core's templates reach the catalogues
            # through ui/core_messages.py (tests/ui/test_core_messages.py checks it is current).
            core = _literal(args[0]) and getattr(args[0], "value", "") == "console"
            if called == "translate" and not core and not (_literal(args[0]) and _literal(args[1])):
                hidden.append(f"{name}:{node.lineno}: {ast.unparse(node)[:90]}")
            # lupdate reads plurals (numerus) from tr(text, "", n) only, never from translate().
            if called == "translate" and len(node.args) > 3:
                hidden.append(f"{name}:{node.lineno}: count given to translate(), use tr()")
    assert not hidden, "text lupdate cannot extract:\n" + "\n".join(hidden)


def test_extraction_finds_the_strings_that_used_to_hide_behind_helpers(
    extracted: dict[str, list[Message]],
) -> None:
    found = keys(extracted["fa"])
    assert ("Formatting", "Do not call") in found
    assert ("Dashboard", "Oldest overdue") in found
    assert ("CallbackWorkPanel", "No answer") in found
    assert ("MainWindow", "&File") in found
    assert len(found) > 1000


# ---- (a) every source string is in every shipped catalogue -------------------------------------


@pytest.mark.parametrize("code", SHIPPED)
def test_catalogue_holds_every_source_string(
    code: str, extracted: dict[str, list[Message]]
) -> None:
    missing = sorted(keys(extracted[code]) - keys(shipped(code)))
    assert not missing, (
        f"{len(missing)} string(s) of ui/ are not in {catalogue_path(code, '.ts').name}; run "
        "`uv run python -m ui.translations update`, translate them, then `... compile`:\n"
        + "\n".join(f"  [{ctx}] {src!r}" for ctx, src in missing)
    )


@pytest.mark.parametrize("code", SHIPPED)
def test_catalogue_holds_no_string_the_sources_dropped(
    code: str, extracted: dict[str, list[Message]]
) -> None:
    stale = sorted(keys(shipped(code)) - keys(extracted[code]))
    assert not stale, f"no longer in ui/ (run `... update`): {stale}"


# ---- (b) every message is translated ---------------------------------------------------------


@pytest.mark.parametrize("code", SHIPPED)
def test_every_message_is_translated(code: str, extracted: dict[str, list[Message]]) -> None:
    # lupdate writes as many plural forms as the language has (Russian 3, Thai and Persian 1).
    forms = {len(m.translations) for m in extracted[code] if m.numerus}
    assert len(forms) == 1, forms
    plural_forms = forms.pop()
    problems = []
    for m in shipped(code):
        where = f"[{m.context}] {m.source!r}"
        if m.kind != "":
            problems.append(f"{m.kind}: {where}")
        elif not all(t.strip() for t in m.translations):
            problems.append(f"empty translation: {where}")
        elif m.numerus and len(m.translations) != plural_forms:
            problems.append(f"{len(m.translations)} of {plural_forms} plural forms: {where}")
    assert not problems, f"{len(problems)} problem(s) in {code}:\n" + "\n".join(problems)


# ---- (c) placeholders, markup and mnemonics survive translation ------------------------------

_BRACES = re.compile(r"\{[^{}]*\}")
_PERCENT = re.compile(r"%(?:n|L?[1-9])")
_TAG = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
# A mnemonic: "&" before a letter (also "(&F)"), not "&&" (a literal "&") nor an entity.
_MNEMONIC = re.compile(r"(?<!&)&(?!&|[a-zA-Z]+;|#\d+;|\s)")


def shape(text: str) -> tuple[Counter[str], Counter[str], Counter[str], int]:
    return (
        Counter(_BRACES.findall(text)),
        Counter(_PERCENT.findall(text)),
        Counter(tag.lower() for tag in _TAG.findall(text)),
        len(_MNEMONIC.findall(text)),
    )


def test_shape_sees_what_matters() -> None:
    assert shape("&Find {name} <b>%n</b>") == (
        Counter({"{name}": 1}), Counter({"%n": 1}), Counter({"b": 2}), 1
    )  # fmt: skip
    assert shape("ค้นหา (&F)")[3] == 1
    assert shape("Terms && conditions &amp; more & less")[3] == 0
    assert shape("{m} min {s:02d} s")[0] == Counter({"{m}": 1, "{s:02d}": 1})


@pytest.mark.parametrize("code", SHIPPED)
def test_translations_keep_placeholders_markup_and_mnemonics(code: str) -> None:
    broken = []
    for m in shipped(code):
        if m.kind != "":
            continue  # unfinished: reported by test_every_message_is_translated
        want = shape(m.source)
        for text in m.translations:
            got = shape(text)
            names = ("{placeholders}", "%n/%1", "HTML tags", "& mnemonics")
            for name, a, b in zip(names, want, got, strict=True):
                if a != b:
                    broken.append(f"[{m.context}] {m.source!r} -> {text!r}: {name} {a} != {b}")
    assert not broken, f"{len(broken)} translation(s) in {code} changed:\n" + "\n".join(broken)


# ---- (d) the shipped .qm are compiled from the shipped .ts -----------------------------------


@pytest.mark.parametrize("code", SHIPPED)
def test_shipped_qm_is_compiled_from_the_ts(code: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"agent_console_{code}.qm"
    lrelease(catalogue_path(code, ".ts"), fresh)
    shipped_qm = catalogue_path(code)
    assert shipped_qm.is_file(), f"{shipped_qm} is missing: run `... ui.translations compile`"
    assert shipped_qm.read_bytes() == fresh.read_bytes(), (
        f"{shipped_qm.name} is older than its .ts: run `uv run python -m ui.translations compile`"
    )


def test_lrelease_output_is_repeatable(tmp_path: Path) -> None:
    """(d) compares bytes, which only means something if lrelease writes the same twice."""
    ts = catalogue_path("fa", ".ts")
    lrelease(ts, tmp_path / "a.qm")
    lrelease(ts, tmp_path / "b.qm")
    assert (tmp_path / "a.qm").read_bytes() == (tmp_path / "b.qm").read_bytes()


# ---- tr() finds its catalogue entry ---------------------------------------------------------


def _catalogue(tmp_path: Path, context: str, source: str, translation: str) -> Path:
    ts = tmp_path / "probe_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ru">'
        f"<context><name>{context}</name><message><source>{source}</source>"
        f"<translation>{translation}</translation></message></context></TS>\n",
        encoding="utf-8",
    )
    qm = tmp_path / "probe_ru.qm"
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)  # fmt: skip
    return qm


def test_tr_in_a_subclass_uses_the_context_lupdate_wrote(qtbot: QtBot, tmp_path: Path) -> None:
    """lupdate files ``self.tr("About Agent Console")`` under the class it is written in,
    AboutDialog. PySide6 looks the text up along the runtime class's MRO, so a subclass still
    finds it; were it to look under the runtime class name only, every subclassed widget
    would silently stay English."""
    translator = QTranslator()
    assert translator.load(str(_catalogue(tmp_path, "AboutDialog", "About Agent Console",
                                          "О программе")))  # fmt: skip
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:

        class BrandedAbout(AboutDialog):
            pass

        plain = AboutDialog("sqlite:///x", "SQLite")
        branded = BrandedAbout("sqlite:///x", "SQLite")
        qtbot.addWidget(plain)
        qtbot.addWidget(branded)
        assert plain.windowTitle() == "О программе"
        assert branded.windowTitle() == "О программе"
    finally:
        app.removeTranslator(translator)


# ---- (e) a real window in each language ------------------------------------------------------


def translation_of(code: str, context: str, source: str) -> str:
    for m in shipped(code):
        if m.context == context and m.source == source and m.kind == "":
            return m.translations[0]
    pytest.fail(f"{code} has no finished translation of [{context}] {source!r}")


@pytest.mark.parametrize("code", SHIPPED)
def test_window_speaks_the_chosen_language(qtbot: QtBot, demo_db_url: str, code: str) -> None:
    settings = Settings(default_region="RU", language=code)
    window = show_window(qtbot, create_window(demo_db_url, "dana", settings=settings))
    titles = [a.text() for a in window.menuBar().actions()]
    for source in ("&File", "&Customer", "&Help"):
        assert translation_of(code, "MainWindow", source) in titles
        assert source not in titles
    rtl = code == "fa"
    want = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    assert QApplication.layoutDirection() == want
    assert window.layoutDirection() == want
    # What the user sees: the File menu sits at the right edge in Persian, the left otherwise.
    bar = window.menuBar()
    first = bar.actionGeometry(bar.actions()[0])
    assert (first.center().x() > bar.width() / 2) is rtl


@pytest.mark.parametrize("code", SHIPPED)
def test_qts_own_buttons_speak_the_language_too(qtbot: QtBot, code: str) -> None:
    """Qt ships no Thai catalogue: ui/qt_strings.py puts its button words into ours."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, code)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.buttons()[0].text() not in ("Cancel", "&Cancel")


def test_an_unshipped_language_falls_back_to_english(qtbot: QtBot, demo_db_url: str) -> None:
    settings = Settings(default_region="RU", language="de")
    window = show_window(qtbot, create_window(demo_db_url, "dana", settings=settings))
    assert "&File" in [a.text() for a in window.menuBar().actions()]
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_language_menu_saves_the_choice_and_applies_it_at_once(
    qtbot: QtBot, demo_db_url: str
) -> None:
    window = show_window(
        qtbot, create_window(demo_db_url, "dana", settings=Settings(language="en"))
    )
    names = [a.text() for a in window.language_menu.actions()]
    assert names == ["System language", "English", "ไทย", "Русский", "فارسی"]
    assert window.language_actions["en"].isChecked()
    with qtbot.waitSignal(window.session.window_replaced, timeout=10_000) as blocker:
        window.language_actions["ru"].trigger()
    assert settings_file.load_file_only().language == "ru"
    # The console is in Russian now, not at the next start (tests/ui/test_language_switch.py).
    russian = adopt_window(qtbot, blocker.args[0])
    assert translation_of("ru", "MainWindow", "&File") in [
        a.text() for a in russian.menuBar().actions()
    ]
    assert russian.language_actions["ru"].isChecked()
    assert russian.findChild(QMessageBox, "languageSaved") is None
    russian.language_actions[""].trigger()
    assert settings_file.load_file_only().language == ""


@pytest.mark.parametrize("code", ["en", *SHIPPED])
def test_the_callback_panels_buttons_wrap_rather_than_cut_their_words(
    qtbot: QtBot, demo_db_url: str, code: str
) -> None:
    from PySide6.QtWidgets import QPushButton

    from console.services.callbacks import CallbackService

    settings = Settings(default_region="RU", language=code)
    window = show_window(qtbot, create_window(demo_db_url, "dana", settings=settings))
    window.resize(1000, 700)
    callback = CallbackService(window.context.db).mine(window.context.user.id)[0]
    window.work_callback(callback)
    panel = window.callback_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.callback is not None, timeout=5000)
    qtbot.wait(50)  # the layout settles
    cut = [
        f"{b.text()!r}: {b.width()} < {b.sizeHint().width()}"
        for b in panel.findChildren(QPushButton)
        if b.isVisible() and b.width() < b.sizeHint().width()
    ]
    assert cut == []
    assert panel.dial_button.isVisible()
