"""How times, kinds, outcomes, languages and tags read on screen.

One place, so the card, the history and the search results say things the same way.
Times arrive as aware UTC datetimes from the core; they are converted to a zone only here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

# Outside these hours it is night where the customer is: think twice before calling.
NIGHT_FROM = dt.time(21, 0)
NIGHT_UNTIL = dt.time(8, 0)

DO_NOT_CALL_TAGS = {"do-not-call", "do_not_call", "dnc", "do not call"}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def zone_or_none(name: str) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def agent_zone(name: str) -> dt.tzinfo:
    """The agent's zone from their user record, else this machine's."""
    return zone_or_none(name) or dt.datetime.now().astimezone().tzinfo or dt.UTC


def _month(month: int) -> str:
    return QLocale().monthName(month, QLocale.FormatType.ShortFormat)


# Dates, times and counts follow the interface language's QLocale (ui.i18n makes it the
# default): its day and month names and its digits (Persian digits in Persian). Identifiers
# such as phone numbers and booking codes are not numbers: they stay as typed (ui.i18n.ltr).


def number(n: int) -> str:
    """A count: "1,234" in English, "1 234" in Russian, "۱٬۲۳۴" in Persian."""
    return QLocale().toString(n)


def decimal(value: float, places: int = 1) -> str:
    """A measured figure: "2.5" in English, "2,5" in Russian, "۲٫۵" in Persian."""
    return QLocale().toString(float(value), "f", places)


def plain_number(n: int) -> str:
    """A day or a year: the language's digits, never a group separator ("2026", "۲۰۲۶")."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(n)


def two_digits(n: int) -> str:
    """ "09" in the language's digits ("۰۹"): an hour on a chart's axis, minutes after "h"."""
    text = plain_number(n)
    return QLocale().zeroDigit() * (2 - len(text)) + text


def hour_clock(hour: int) -> str:
    """ "14:00", the start of an hour of the day (24: its end, "24:00"), like ``clock``."""
    return f"{two_digits(hour)}:{two_digits(0)}"


def clock(local: dt.datetime | dt.time, *, seconds: bool = False) -> str:
    """ "14:05" (24-hour, as the console has always shown it) in the language's digits."""
    time = QTime(local.hour, local.minute, local.second if seconds else 0)
    return QLocale().toString(time, "HH:mm:ss" if seconds else "HH:mm")


def day_month(local: dt.datetime | dt.date) -> str:
    """ "5 Dec", "5 дек.", "۵ دسامبر"."""
    return f"{plain_number(local.day)} {_month(local.month)}"


_WINDOW_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # console.scheduling.DAY_NAMES
_WINDOW_TOKEN = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|\b(\d\d):(\d\d)\b")


def calling_windows(text: str) -> str:
    """The core's calling windows ("Mon-Fri 09:00-20:00; Sat 10:00-16:00") with the days and
    times of the interface language ("пн-пт 09:00-20:00; сб 10:00-16:00"); English unchanged."""

    def word(match: re.Match[str]) -> str:
        if match.group(1):
            day = _WINDOW_DAYS.index(match.group(1)) + 1
            return QLocale().dayName(day, QLocale.FormatType.ShortFormat)
        hour, minute = int(match.group(2)), int(match.group(3))
        return clock(dt.time(hour, minute)) if hour < 24 and minute < 60 else match.group(0)

    return _WINDOW_TOKEN.sub(word, text)


def short_day(local: dt.datetime | dt.date) -> str:
    """ "Tue 01 Dec", "вт 01 дек.", "อังคาร 01 ธ.ค."."""
    return QLocale().toString(QDate(local.year, local.month, local.day), "ddd dd MMM")


def format_when(at: dt.datetime, zone: dt.tzinfo, now: dt.datetime) -> str:
    """Short and scannable: "Today 14:05", "Yesterday 09:12", "21 Nov 14:05", "3 Feb 2024 10:00"."""
    local = at.astimezone(zone)
    today = now.astimezone(zone).date()
    at_clock = clock(local)
    if local.date() == today:
        return QCoreApplication.translate("Formatting", "Today {time}").format(time=at_clock)
    if local.date() == today - dt.timedelta(days=1):
        return QCoreApplication.translate("Formatting", "Yesterday {time}").format(time=at_clock)
    day = plain_number(local.day)
    if local.year == today.year:
        return QCoreApplication.translate("Formatting", "{day} {month} {time}").format(
            day=day, month=_month(local.month), time=at_clock
        )
    return QCoreApplication.translate("Formatting", "{day} {month} {year} {time}").format(
        day=day, month=_month(local.month), year=plain_number(local.year), time=at_clock
    )


def format_full(at: dt.datetime, zone: dt.tzinfo) -> str:
    """Unambiguous, for tooltips: "Saturday 21 November 2026, 14:05 (Europe/Tallinn)"."""
    local = at.astimezone(zone)
    locale = QLocale()
    return QCoreApplication.translate(
        "Formatting", "{weekday} {day} {month} {year}, {time} ({zone})"
    ).format(
        weekday=locale.dayName(local.isoweekday(), QLocale.FormatType.LongFormat),
        day=plain_number(local.day),
        month=locale.monthName(local.month, QLocale.FormatType.LongFormat),
        year=plain_number(local.year),
        time=clock(local),
        zone=str(zone),
    )


def format_date(at: dt.datetime, zone: dt.tzinfo) -> str:
    """ "21 Nov 2024"."""
    local = at.astimezone(zone)
    return QCoreApplication.translate("Formatting", "{day} {month} {year}").format(
        day=plain_number(local.day), month=_month(local.month), year=plain_number(local.year)
    )


def format_duration(start: dt.datetime, end: dt.datetime | None) -> str:
    if end is None or end < start:
        return ""
    seconds = int((end - start).total_seconds())
    if seconds < 60:
        return QCoreApplication.translate("Formatting", "{s} s").format(s=number(seconds))
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return QCoreApplication.translate("Formatting", "{m} min {s} s").format(
            m=number(minutes), s=two_digits(seconds)
        )
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("Formatting", "{h} h {m} min").format(
        h=number(hours), m=two_digits(minutes)
    )


def utc_offset(local: dt.datetime) -> str:
    """ "UTC+7", "UTC+3:30", "UTC−5", "UTC" (the figures in the language's digits)."""
    offset = local.utcoffset() or dt.timedelta(0)
    total = int(offset.total_seconds() // 60)
    if total == 0:
        return "UTC"
    sign = "+" if total > 0 else "−"
    hours, minutes = divmod(abs(total), 60)
    return f"UTC{sign}{plain_number(hours)}" + (f":{two_digits(minutes)}" if minutes else "")


def is_night(local_time: dt.time) -> bool:
    return local_time >= NIGHT_FROM or local_time < NIGHT_UNTIL


@dataclass(frozen=True)
class LocalClock:
    text: str
    night: bool


def customer_clock(zone_name: str, now: dt.datetime) -> LocalClock | None:
    """The customer's wall clock now, e.g. "23:41 Sat (UTC+7)", or None for an unknown zone."""
    zone = zone_or_none(zone_name)
    if zone is None:
        return None
    local = now.astimezone(zone)
    day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    text = f"{clock(local)} {day} ({utc_offset(local)})"
    return LocalClock(text=text, night=is_night(local.time()))


def kind_label(kind: str) -> str:
    labels = {
        "call": QCoreApplication.translate("Formatting", "Call"),
        "note": QCoreApplication.translate("Formatting", "Note"),
        "email": QCoreApplication.translate("Formatting", "Email"),
        "order": QCoreApplication.translate("Formatting", "Order"),
        "transfer": QCoreApplication.translate("Formatting", "Transfer"),
        "callback": QCoreApplication.translate("Formatting", "Callback"),
        "incident": QCoreApplication.translate("Formatting", "Disruption"),
    }
    return labels.get(kind, humanize(kind))


def phone_kind(label: str) -> str:
    """A phone's kind as stored ("mobile", "home", "work", "other") in the interface language."""
    labels = {
        "mobile": QCoreApplication.translate("Formatting", "Mobile"),
        "home": QCoreApplication.translate("Formatting", "Home"),
        "work": QCoreApplication.translate("Formatting", "Work"),
        "other": QCoreApplication.translate("Formatting", "Other"),
    }
    return labels.get(label.strip().casefold(), humanize(label))


def direction_label(direction: str | None) -> str:
    if not direction:
        return ""
    labels = {
        "inbound": QCoreApplication.translate("Formatting", "Inbound"),
        "outbound": QCoreApplication.translate("Formatting", "Outbound"),
        "internal": QCoreApplication.translate("Formatting", "Internal"),
    }
    return labels.get(direction, humanize(direction))


def humanize(value: str) -> str:
    """ "no_answer" -> "No answer"; free text is left alone apart from the first letter."""
    text = value.replace("_", " ").strip()
    return text[:1].upper() + text[1:] if text else ""


def field_label(key: str) -> str:
    """Custom field keys such as "departure_date" read as "Departure date"; the keys the
    console knows (the demo's and the importer's) in the interface language."""
    known = {
        "booking": QCoreApplication.translate("Formatting", "Booking"),
        "departure_date": QCoreApplication.translate("Formatting", "Departure date"),
        "voyage": QCoreApplication.translate("Formatting", "Voyage"),
        "flight": QCoreApplication.translate("Formatting", "Flight"),
    }
    return known.get(key.strip().casefold().replace("-", "_").replace(" ", "_")) or humanize(
        key.replace("-", " ")
    )


def outcome_label(outcome: str) -> str:
    """How a call or a callback ended ("no_answer", "callback promised") in the interface
    language, in the words of the controls that record it (the note composer's outcome list,
    the callback panel's buttons), so the history says what the agent chose."""
    key = outcome.strip().casefold().replace("_", " ")
    labels = {
        "resolved": QCoreApplication.translate("NoteComposer", "Resolved"),
        "informed": QCoreApplication.translate("NoteComposer", "Informed"),
        "callback promised": QCoreApplication.translate("NoteComposer", "Callback promised"),
        "transferred": QCoreApplication.translate("NoteComposer", "Transferred"),
        "escalated": QCoreApplication.translate("NoteComposer", "Escalated"),
        "no answer": QCoreApplication.translate("NoteComposer", "No answer"),
        "voicemail": QCoreApplication.translate("NoteComposer", "Voicemail"),
        "reached": QCoreApplication.translate("CallbackWorkPanel", "Reached"),
        "busy": QCoreApplication.translate("CallbackWorkPanel", "Busy"),
        "wrong number": QCoreApplication.translate("CallbackWorkPanel", "Wrong number"),
        # E-mails, orders, callbacks, transfers and disruptions on the timeline.
        "answered": QCoreApplication.translate("Formatting", "Answered"),
        "sent": QCoreApplication.translate("Formatting", "Sent"),
        "placed": QCoreApplication.translate("Formatting", "Placed"),
        "refunded": QCoreApplication.translate("Formatting", "Refunded"),
        "scheduled": QCoreApplication.translate("Formatting", "Scheduled"),
        "kept": QCoreApplication.translate("Formatting", "Kept"),
        "broken": QCoreApplication.translate("Formatting", "Broken"),
        "failed": QCoreApplication.translate("Formatting", "Failed"),
        "cancelled": QCoreApplication.translate("Formatting", "Cancelled"),
        "reassigned": QCoreApplication.translate("Formatting", "Reassigned"),
        "handed on": QCoreApplication.translate("Formatting", "Handed on"),
        "offered": QCoreApplication.translate("Formatting", "Offered"),
        "accepted": QCoreApplication.translate("Formatting", "Accepted"),
        "declined": QCoreApplication.translate("Formatting", "Declined"),
        "timed out": QCoreApplication.translate("Formatting", "Timed out"),
        "withdrawn": QCoreApplication.translate("Formatting", "Withdrawn"),
        "converted": QCoreApplication.translate("Formatting", "Became a callback"),
        "became a callback": QCoreApplication.translate("Formatting", "Became a callback"),
        "affected": QCoreApplication.translate("Formatting", "Affected"),
    }
    if key in labels:
        return labels[key]
    # A transfer's answer as the service writes it: "accepted by Dana Kask: on it".
    answered = _ANSWERED_BY.match(outcome.strip())
    if answered:
        by = {
            "accepted": QCoreApplication.translate("Formatting", "Accepted by {name}"),
            "declined": QCoreApplication.translate("Formatting", "Declined by {name}"),
        }[answered.group(1)].format(name=answered.group(2))
        reason = answered.group(3)
        return f"{by}: {reason}" if reason else by
    return humanize(outcome)


_ANSWERED_BY = re.compile(r"^(accepted|declined) by (.+?)(?:: (.*))?$", re.DOTALL)


# Names of countries and languages in the interface language. Qt has them only in English
# (QLocale.territoryToString) or in the territory's own language (nativeTerritoryName: "ایران"
# is right only in Persian), and the console ships no CLDR; so the countries and languages the
# console meets (the demo's and their neighbours) are translated with the interface, and any
# other falls back to Qt: its native name when the interface speaks the place's language, else
# English.


def _country_names() -> dict[str, str]:
    return {
        "AU": QCoreApplication.translate("Countries", "Australia"),
        "AT": QCoreApplication.translate("Countries", "Austria"),
        "BE": QCoreApplication.translate("Countries", "Belgium"),
        "CA": QCoreApplication.translate("Countries", "Canada"),
        "CN": QCoreApplication.translate("Countries", "China"),
        "DE": QCoreApplication.translate("Countries", "Germany"),
        "DK": QCoreApplication.translate("Countries", "Denmark"),
        "EE": QCoreApplication.translate("Countries", "Estonia"),
        "ES": QCoreApplication.translate("Countries", "Spain"),
        "FI": QCoreApplication.translate("Countries", "Finland"),
        "FR": QCoreApplication.translate("Countries", "France"),
        "GB": QCoreApplication.translate("Countries", "United Kingdom"),
        "IE": QCoreApplication.translate("Countries", "Ireland"),
        "IN": QCoreApplication.translate("Countries", "India"),
        "IR": QCoreApplication.translate("Countries", "Iran"),
        "IT": QCoreApplication.translate("Countries", "Italy"),
        "JP": QCoreApplication.translate("Countries", "Japan"),
        "LT": QCoreApplication.translate("Countries", "Lithuania"),
        "LV": QCoreApplication.translate("Countries", "Latvia"),
        "MX": QCoreApplication.translate("Countries", "Mexico"),
        "NL": QCoreApplication.translate("Countries", "Netherlands"),
        "NO": QCoreApplication.translate("Countries", "Norway"),
        "PL": QCoreApplication.translate("Countries", "Poland"),
        "RU": QCoreApplication.translate("Countries", "Russia"),
        "SE": QCoreApplication.translate("Countries", "Sweden"),
        "TH": QCoreApplication.translate("Countries", "Thailand"),
        "TR": QCoreApplication.translate("Countries", "Turkey"),
        "UA": QCoreApplication.translate("Countries", "Ukraine"),
        "US": QCoreApplication.translate("Countries", "United States"),
    }


def _language_names() -> dict[str, str]:
    return {
        "ar": QCoreApplication.translate("Languages", "Arabic"),
        "da": QCoreApplication.translate("Languages", "Danish"),
        "de": QCoreApplication.translate("Languages", "German"),
        "en": QCoreApplication.translate("Languages", "English"),
        "es": QCoreApplication.translate("Languages", "Spanish"),
        "et": QCoreApplication.translate("Languages", "Estonian"),
        "fa": QCoreApplication.translate("Languages", "Persian"),
        "fi": QCoreApplication.translate("Languages", "Finnish"),
        "fr": QCoreApplication.translate("Languages", "French"),
        "it": QCoreApplication.translate("Languages", "Italian"),
        "ja": QCoreApplication.translate("Languages", "Japanese"),
        "lt": QCoreApplication.translate("Languages", "Lithuanian"),
        "lv": QCoreApplication.translate("Languages", "Latvian"),
        "nl": QCoreApplication.translate("Languages", "Dutch"),
        "no": QCoreApplication.translate("Languages", "Norwegian"),
        "pl": QCoreApplication.translate("Languages", "Polish"),
        "ru": QCoreApplication.translate("Languages", "Russian"),
        "sv": QCoreApplication.translate("Languages", "Swedish"),
        "th": QCoreApplication.translate("Languages", "Thai"),
        "tr": QCoreApplication.translate("Languages", "Turkish"),
        "uk": QCoreApplication.translate("Languages", "Ukrainian"),
        "zh": QCoreApplication.translate("Languages", "Chinese"),
    }


def _interface_language() -> QLocale.Language:
    return QLocale().language()


def language_name(code: str) -> str:
    """A language ("ru") named in the interface language: "Russian", "روسی", "русский"."""
    code = code.strip().replace("_", "-").split("-")[0].casefold()
    if not code:
        return ""
    known = _language_names().get(code)
    language = QLocale(code).language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return known or code
    english = QLocale.languageToString(language)
    interface = _interface_language()
    if known is not None and (known != english or interface == QLocale.Language.English):
        return known  # translated (or English in English)
    if language == interface:
        return QLocale(code).nativeLanguageName() or english  # its own name: "ไทย" in Thai
    return known or english


def language_label(code: str, country: str = "") -> str:
    """ "ru" -> "Russian (русский)" in English, "روسی (русский)" in Persian; "es" in MX ->
    "Spanish (español de México)"; the interface's own language by its name alone.

    The country picks the variant whose native name is shown; an unknown code is shown as is.
    """
    if not code:
        return ""
    locale = QLocale(f"{code}_{country.upper()}") if country else QLocale(code)
    if country and locale.language() != QLocale(code).language():
        locale = QLocale(code)
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    name = language_name(code)
    native = locale.nativeLanguageName()
    # "American English" says nothing "English" does not; "русский" adds the native name.
    if (
        native
        and name.casefold() not in native.casefold()
        and native.casefold() not in (name.casefold())
    ):
        return f"{name} ({native})"
    return name


def country_label(code: str) -> str:
    """ "IR" -> "Iran" in English, "ایران" in Persian; an unknown code is shown as it is."""
    if not code:
        return ""
    territory = QLocale.codeToTerritory(code.upper())
    if territory == QLocale.Country.AnyTerritory:
        return code.upper()
    known = _country_names().get(code.upper())
    if known is not None and (
        known != QLocale.territoryToString(territory)
        or _interface_language() == QLocale.Language.English
    ):
        return known  # translated (or English in English)
    # Untranslated: the territory's own name where the interface speaks its language.
    local = QLocale(_interface_language(), territory)
    if local.territory() == territory and local.language() == _interface_language():
        return local.nativeTerritoryName()
    return known or QLocale.territoryToString(territory)


@dataclass(frozen=True)
class Chip:
    """A small label next to a name: ``kind`` is "dnc", "vip" or "tag" (it picks the colours)."""

    text: str
    kind: str


def chips_for(tags: tuple[str, ...], do_not_call: bool) -> tuple[Chip, ...]:
    """Do-not-call first (it must never be missed), then VIP, then the other tags."""
    chips: list[Chip] = []
    dnc = do_not_call or any(t.strip().casefold() in DO_NOT_CALL_TAGS for t in tags)
    if dnc:
        chips.append(Chip(QCoreApplication.translate("Formatting", "Do not call"), "dnc"))
    others: list[Chip] = []
    for tag in tags:
        key = tag.strip().casefold()
        if not key or key in DO_NOT_CALL_TAGS:
            continue
        if key == "vip":
            chips.append(Chip(QCoreApplication.translate("Formatting", "VIP"), "vip"))
        else:
            others.append(Chip(humanize(tag.strip()), "tag"))
    return tuple(chips + others)
