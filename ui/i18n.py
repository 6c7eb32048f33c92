"""The interface language: which one, its catalogues, its locale and its text direction.

Every visible string goes through ``tr()``/``QCoreApplication.translate()`` with literal text
(pyside6-lupdate extracts them into resources/translations/*.ts; ``python -m ui.translations``
refreshes and compiles them). At start-up ``apply_language`` installs the compiled catalogue
(.qm) of the chosen language and Qt's own (qtbase) where Qt ships one, makes QLocale's
default that language (dates, day and month names, numbers) and mirrors the layout for a
right-to-left language. Text already built keeps its language, so a change of language
rebuilds the window (ui/console_session.py; docs/ARCHITECTURE.md, "Languages").
"""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from console import paths
from console.errors import FieldErrors, Said, UserFacingError

log = logging.getLogger(__name__)

# The shipped interface languages, each by its own name (a menu lists them so, untranslated:
# someone who cannot read the current language still finds their own).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "th": "ไทย",
    "ru": "Русский",
    "fa": "فارسی",
}
SOURCE_LANGUAGE = "en"
RIGHT_TO_LEFT_LANGUAGES = frozenset({"fa"})
CATALOGUE = "agent_console"
TRANSLATIONS = "translations"

# Unicode bidirectional isolates: a run of text keeps its own direction inside a paragraph of
# the other direction ("Persian words +66 81 234 5678 Persian words" reads in the right order).
LRI = "\u2066"  # left-to-right isolate: phone numbers, booking codes, e-mail addresses
FSI = "\u2068"  # first-strong isolate: names and free text of either script
PDI = "\u2069"  # pop directional isolate

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def is_right_to_left(text: str) -> bool:
    """Whether the first strongly directional character is right-to-left (Persian, Arabic...)."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def translations_dir() -> Path:
    return paths.resources_dir() / TRANSLATIONS


def catalogue_path(code: str, suffix: str = ".qm") -> Path:
    return translations_dir() / f"{CATALOGUE}_{code}{suffix}"


def _code(tag: str) -> str:
    """ "fa-IR", "fa_IR.UTF-8", "FA" -> "fa"."""
    return tag.strip().replace("_", "-").split("-")[0].split(".")[0].lower()


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language to show: the setting when it names a shipped one, else the operating
    system's first preferred language that is shipped, else English."""
    if setting.strip():
        code = _code(setting)
        if code in LANGUAGES:
            return code
        log.warning("language %r is not shipped (%s); using English", setting, ", ".join(LANGUAGES))
        return SOURCE_LANGUAGE
    for tag in (system or QLocale.system()).uiLanguages():
        code = _code(tag)
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def locale_for(code: str) -> QLocale:
    """The QLocale that formats dates and numbers: the system's own regional variant when it
    speaks this language (en_GB stays en_GB), else the language's main one."""
    system = QLocale.system()
    if _code(system.name()) == code:
        return system
    return QLocale(code)


def current_language() -> str:
    return _current


def right_to_left() -> bool:
    return _current in RIGHT_TO_LEFT_LANGUAGES


def apply_language(app: QCoreApplication, setting: str) -> str:
    """Show the interface in this language (a code, or "" for the system's); returns the code.

    Replaces catalogues installed by an earlier call, so calling it again with another
    language (tests, a second window) leaves no trace of the first. Text already built keeps
    its language: widgets are not rebuilt.
    """
    global _current
    code = resolve_language(setting)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        path = catalogue_path(code)
        if ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("the %s catalogue %s is missing; the interface stays in English",
                        code, path)  # fmt: skip
        # Qt's own strings (standard buttons, context menus of text fields), where Qt has them.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{code}", qt_dir):
            app.installTranslator(qtbase)
            _installed.append(qtbase)
    QLocale.setDefault(locale_for(code))
    _current = code
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if code in RIGHT_TO_LEFT_LANGUAGES
            else Qt.LayoutDirection.LeftToRight
        )
        app.setApplicationDisplayName(QCoreApplication.translate("App", "Agent Console"))
    log.info("interface language %s", code)
    return code


def ltr(text: str) -> str:
    """A left-to-right run (phone number, booking code, e-mail) kept whole and in its order
    inside right-to-left text; unchanged in a left-to-right interface."""
    if not text or not right_to_left():
        return text
    return f"{LRI}{text}{PDI}"


def isolate(text: str) -> str:
    """A run of either direction (a name, a summary) that must not reorder its surroundings
    inside right-to-left text; unchanged in a left-to-right interface."""
    if not text or not right_to_left():
        return text
    return f"{FSI}{text}{PDI}"


def localized(text: str) -> str:
    """A sentence of the core (``console.errors.Said``) in the interface language, with its
    values filled in; any other text, or one without a translation, as it is."""
    if not isinstance(text, Said):
        return text
    template = QCoreApplication.translate("console", text.template)
    if template == text.template:
        return str(text)
    values = {k: localized(v) if isinstance(v, str) else v for k, v in text.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        log.warning("the translation of %r does not fit its values", text.template)
        return str(text)


def localize_error(error: BaseException) -> None:
    """Put a user-facing error's message (and per-field messages) in the interface language,
    in place: every place that shows ``error.message`` then shows the translation."""
    if isinstance(error, UserFacingError):
        error.message = localized(error.message)
    if isinstance(error, FieldErrors):
        error.errors = {field: localized(msg) for field, msg in error.errors.items()}
