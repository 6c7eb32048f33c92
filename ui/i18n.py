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

import datetime as dt
import logging
import string
import unicodedata
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTimeZone,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from console import paths
from console.errors import FieldErrors, Moment, MomentStyle, Said, UserFacingError
from console.scheduling import CallingHours
from ui.formatting import calling_windows

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


RLM = "\u200f"  # right-to-left mark


def reading_direction(text: str) -> str:
    """A line in the interface language kept in its reading direction: Qt takes a line that
    begins with a sign and digits ("= ۰۷:۳۰ تا ۰۸:۰۰ …") for left-to-right, so in a
    right-to-left interface it starts with a right-to-left mark (then it reads, and is
    aligned, from the right); unchanged in a left-to-right interface."""
    if not text or not right_to_left() or text.startswith(RLM):
        return text
    return RLM + text


def separator() -> str:
    """What joins the parts of a line ("Today 14:05 · Call · by Dana"): a middle dot in a
    left-to-right interface; in a right-to-left one the Persian comma, because a dot between
    Persian digits reads as the digit zero ("۳ · ۲" looks like "۳ ۰ ۲")."""
    return "، " if right_to_left() else " · "


def isolate(text: str) -> str:
    """A run of either direction (a name, a summary) that must not reorder its surroundings
    inside right-to-left text; unchanged in a left-to-right interface."""
    if not text or not right_to_left():
        return text
    return f"{FSI}{text}{PDI}"


# How each style of console.errors.Moment reads in the interface language: QLocale patterns
# that give exactly the core's English in English ("Tue 05 Dec 14:05"), and the language's
# day and month names and digits elsewhere. A test compares both for every style.
MOMENT_FORMATS: dict[MomentStyle, str] = {
    "time": "HH:mm",
    "date": "dd MMM yyyy",
    "day_month": "dd MMM",
    "day_time": "ddd dd MMM HH:mm",
    "long_date": "dddd d MMMM",
    "long_date_year": "dddd d MMMM yyyy",
}


def moment_text(moment: Moment, locale: QLocale | None = None) -> str:
    """A date or time of the core in the language of ``locale`` (the default: the interface's),
    read off its wall-clock fields as they are (never converted to another zone)."""
    locale = locale or QLocale()
    pattern = MOMENT_FORMATS[moment.style]
    value = moment.value
    if isinstance(value, dt.datetime):
        # A UTC QDateTime formats its fields as given: a local one would be moved out of a
        # daylight-saving gap of this machine's zone.
        at = QDateTime(
            QDate(value.year, value.month, value.day),
            QTime(value.hour, value.minute, value.second),
            QTimeZone.utc(),
        )
        return locale.toString(at, pattern)
    if isinstance(value, dt.date):
        return locale.toString(QDate(value.year, value.month, value.day), pattern)
    return locale.toString(QTime(value.hour, value.minute, value.second), pattern)


def _number_text(value: int | float, *, grouped: bool = False) -> str:
    """A number of a sentence in the language's digits. Grouped ("4,000", "۴٬۰۰۰") only where
    the template asks for it (``{n:,}``): many numbers are ids ("Callback 1234")."""
    locale = QLocale()
    if not grouped:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if isinstance(value, int):
        return locale.toString(value)
    text = repr(value)
    if "e" in text or "inf" in text or "nan" in text:
        return text
    decimals = len(text.split(".", 1)[1]) if "." in text else 0
    return locale.toString(value, "f", decimals)


class _Saying(string.Formatter):
    """Fills a translated template: the only format spec a core template may use is ``,``
    (a grouped number); every other value is written by its type."""

    def format_field(self, value: object, format_spec: str) -> str:
        if isinstance(value, Moment):
            return moment_text(value)
        if isinstance(value, CallingHours):
            return calling_windows(value)
        if isinstance(value, Said):
            return localized(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return _number_text(value, grouped=format_spec == ",")
        if isinstance(value, str):
            # A name, a zone, a phone number, free text: its own run inside right-to-left text.
            return isolate(value)
        return format(value, format_spec)


_saying = _Saying()


def localized(text: str) -> str:
    """A sentence of the core (``console.errors.Said``) in the interface language, with its
    values filled in: numbers and ``Moment``s in the language's digits and names, sentences
    inside it localized in turn, other text isolated from the sentence's direction. Any other
    text, or a sentence without a translation, as it is."""
    if not isinstance(text, Said):
        return text
    template = QCoreApplication.translate("console", text.template)
    if not text.values:
        return template  # a sentence without fields is not a format string: "{% for %}"
    if template == text.template:
        # Untranslated: English, but a sentence inside may have a translation ("{first};
        # {rest}" joins sentences that each do).
        inner = {k: localized(v) for k, v in text.values.items() if isinstance(v, Said)}
        return text.template.format(**{**text.values, **inner}) if inner else str(text)
    try:
        return _saying.format(template, **text.values)
    except (KeyError, IndexError, ValueError):
        log.warning("the translation of %r does not fit its values", text.template)
        return str(text)


def said_of(error: BaseException) -> str:
    """What a user-facing error says, as the core said it: a ``Said`` that ``localized`` can
    say again in another language (a window rebuilt in it), though ``localize_error`` put
    the message in the language of the moment (the exception's argument keeps the original).
    Any other error: its message as it is."""
    original = error.args[0] if error.args else None
    if isinstance(original, Said):
        return original
    return error.message if isinstance(error, UserFacingError) else str(error)


def localize_error(error: BaseException) -> None:
    """Put a user-facing error's message (and per-field messages) in the interface language,
    in place: every place that shows ``error.message`` then shows the translation."""
    if isinstance(error, UserFacingError):
        error.message = localized(error.message)
    if isinstance(error, FieldErrors):
        error.errors = {field: localized(msg) for field, msg in error.errors.items()}
