"""Dates, times and counts in the interface language (QLocale), and mixed-direction text in
Persian: identifiers stay whole and left to right inside right-to-left sentences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from console.settings import Settings
from tests.ui.conftest import KnownCustomer, open_card, show_window
from ui.app import create_window
from ui.callback_form_dialog import CallbackFormDialog
from ui.flow_layout import FlowLayout
from ui.formatting import (
    calling_windows,
    clock,
    customer_clock,
    decimal,
    format_duration,
    format_full,
    format_when,
    hour_clock,
    number,
    plain_number,
    short_day,
    two_digits,
)
from ui.i18n import LRI, PDI, apply_language, isolate, ltr, resolve_language

NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)
AT = dt.datetime(2026, 11, 21, 14, 5, tzinfo=dt.UTC)
PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")


@pytest.fixture(autouse=True)
def app() -> Iterator[QApplication]:
    """Every test here leaves English behind, the windows made in Persian too (a test file
    run after this one formats in the language it expects)."""
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    yield instance
    apply_language(instance, "en")


def test_english(app: QApplication) -> None:
    apply_language(app, "en")
    assert format_when(AT, dt.UTC, NOW) == "21 Nov 14:05"
    assert number(1234567) == "1,234,567"
    assert plain_number(2026) == "2026"
    assert ltr("+66 81 234 5678") == "+66 81 234 5678"  # nothing added left to right


def test_russian_months_and_grouping(app: QApplication) -> None:
    apply_language(app, "ru")
    assert format_when(AT, dt.UTC, NOW).endswith("14:05")
    assert QLocale("ru").monthName(11, QLocale.FormatType.ShortFormat) in format_when(
        AT, dt.UTC, NOW
    )
    assert "ноября" in format_full(AT, dt.UTC) or "ноябрь" in format_full(AT, dt.UTC)
    assert number(1234567) == "1\u00a0234\u00a0567"
    assert short_day(AT).startswith("сб")


def test_calling_windows_read_in_the_language(app: QApplication) -> None:
    windows = "Mon-Fri 09:00-20:00; Sat 10:00-16:00"
    apply_language(app, "en")
    assert calling_windows(windows) == windows
    apply_language(app, "ru")
    assert calling_windows(windows) == "пн-пт 09:00-20:00; сб 10:00-16:00"
    apply_language(app, "fa")
    assert calling_windows(windows).startswith("دوشنبه-جمعه ۰۹:۰۰-۲۰:۰۰")


def test_thai_day_and_month_names(app: QApplication) -> None:
    apply_language(app, "th")
    assert "พ.ย." in format_when(AT, dt.UTC, NOW)
    assert short_day(AT).startswith("เสาร์")


def test_persian_digits_names_and_isolated_identifiers(app: QApplication) -> None:
    apply_language(app, "fa")
    assert clock(AT) == "۱۴:۰۵"
    assert plain_number(2026) == "۲۰۲۶"
    assert number(1234) == "۱٬۲۳۴"
    when = format_when(AT, dt.UTC, NOW)
    assert not any(ch.isascii() and ch.isdigit() for ch in when), when
    assert PERSIAN_DIGITS & set(when)
    # A phone number or booking code stays as typed and reads left to right in Persian text.
    assert ltr("+66 81 234 5678") == f"{LRI}+66 81 234 5678{PDI}"
    assert isolate("Kadri Tamm").endswith(PDI)


def latin_digits(text: str) -> list[str]:
    return [ch for ch in text if ch.isascii() and ch.isdigit()]


def test_persian_durations_offsets_and_hours_have_persian_digits(app: QApplication) -> None:
    start = dt.datetime(2026, 11, 21, 14, 0, tzinfo=dt.UTC)
    apply_language(app, "en")
    assert format_duration(start, start + dt.timedelta(minutes=3, seconds=5)) == "3 min 05 s"
    assert format_duration(start, start + dt.timedelta(hours=2, minutes=7)) == "2 h 07 min"
    assert (two_digits(9), hour_clock(24), decimal(2.5)) == ("09", "24:00", "2.5")
    apply_language(app, "fa")
    for text in (
        format_duration(start, start + dt.timedelta(seconds=42)),
        format_duration(start, start + dt.timedelta(minutes=3, seconds=5)),
        format_duration(start, start + dt.timedelta(hours=2, minutes=7)),
    ):
        assert not latin_digits(text) and PERSIAN_DIGITS & set(text), text
    assert "۰۵" in format_duration(start, start + dt.timedelta(minutes=3, seconds=5))
    assert (two_digits(9), hour_clock(24), decimal(2.5)) == ("۰۹", "۲۴:۰۰", "۲٫۵")
    tehran = customer_clock("Asia/Tehran", AT)
    assert tehran is not None and "UTC+۳:۳۰" in tehran.text
    assert not latin_digits(tehran.text), tehran.text


def test_the_language_follows_the_system_when_the_setting_is_empty() -> None:
    assert resolve_language("", QLocale("ru_RU")) == "ru"
    assert resolve_language("", QLocale("fa_IR")) == "fa"
    assert resolve_language("", QLocale("de_DE")) == "en"
    assert resolve_language("th-TH") == "th"
    assert resolve_language("FA") == "fa"
    assert resolve_language("de") == "en"


def test_callback_form_in_persian_keeps_the_clock_and_the_phone_readable(
    qtbot: QtBot, demo_db_url: str, petrova: KnownCustomer
) -> None:
    settings = Settings(default_region="RU", language="fa")
    window = show_window(qtbot, create_window(demo_db_url, "dana", settings=settings))
    dialog = CallbackFormDialog(window.context, petrova.id, parent=window, hub=window.hub)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.phone.count() > 0, timeout=5000)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # QDateTimeEdit reverses its sections right to left; a clock must still read 10:05.
    dialog.time_edit.setTime(QTime(10, 5))
    assert dialog.time_edit.text() == "۱۰:۰۵"
    # The number is one left-to-right run, not "5678 234 81 66+".
    assert dialog.phone.itemText(0).startswith(LRI)
    dialog.close()


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_flow_layout_starts_where_reading_starts(
    qtbot: QtBot, direction: Qt.LayoutDirection
) -> None:
    """The off-shift chips and the history toggles: in Persian the first one is rightmost."""
    host = QWidget()
    qtbot.addWidget(host)
    host.setLayoutDirection(direction)
    flow = FlowLayout(host)
    first, second = QPushButton("first", host), QPushButton("second", host)
    flow.addWidget(first)
    flow.addWidget(second)
    host.resize(400, 100)
    host.show()
    qtbot.waitExposed(host)
    rtl = direction == Qt.LayoutDirection.RightToLeft
    assert (first.x() > second.x()) is rtl
    assert (first.geometry().right() > 300) is rtl


def test_persian_card_values_line_up_next_to_their_labels(
    qtbot: QtBot, demo_db_url: str, petrova: KnownCustomer
) -> None:
    settings = Settings(default_region="RU", language="fa")
    window = show_window(qtbot, create_window(demo_db_url, "dana", settings=settings))
    card = open_card(qtbot, window, petrova.id)
    email = card.findChild(QLabel, "cardEmails")
    assert email is not None and petrova.email in email.text()
    assert email.alignment() & Qt.AlignmentFlag.AlignRight
    assert email.alignment() & Qt.AlignmentFlag.AlignAbsolute
    phones = card.findChild(QLabel, "cardPhones")
    assert (
        phones is not None and LRI in phones.text()
    )  # the number keeps its order inside the right-to-left line


def test_persian_counts_in_sentences_have_persian_digits(
    qtbot: QtBot, demo_db_url: str, petrova: KnownCustomer
) -> None:
    """Counts Qt puts in (``tr("%Ln …", "", n)``; plain %n would stay Latin) and counts the
    window puts in, on the card and in the search status."""
    settings = Settings(default_region="RU", language="fa")
    window = show_window(qtbot, create_window(demo_db_url, "dana", settings=settings))
    card = open_card(qtbot, window, petrova.id)
    count = card.findChild(QLabel, "cardInteractionCount")
    assert count is not None and card.card is not None and card.card.interaction_count > 1
    assert number(card.card.interaction_count) in count.text()
    assert not latin_digits(count.text()), count.text()
    search = window.search
    search.box.setText("Петров")
    qtbot.waitUntil(lambda: search.answered_text == "Петров" and not search.busy, timeout=5000)
    status = search.status_text()  # "۲ customers" until the catalogue has "%Ln customers"
    assert not latin_digits(status) and PERSIAN_DIGITS & set(status), status
