"""How times, kinds, outcomes, languages and tags read on screen.

One place, so the card, the history and the search results say things the same way.
Times arrive as aware UTC datetimes from the core; they are converted to a zone only here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QLocale

# Outside these hours it is night where the customer is: think twice before calling.
NIGHT_FROM = dt.time(21, 0)
NIGHT_UNTIL = dt.time(8, 0)

DO_NOT_CALL_TAGS = {"do-not-call", "do_not_call", "dnc", "do not call"}


def _t(text: str) -> str:
    return QCoreApplication.translate("Formatting", text)


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


def format_when(at: dt.datetime, zone: dt.tzinfo, now: dt.datetime) -> str:
    """Short and scannable: "Today 14:05", "Yesterday 09:12", "21 Nov 14:05", "3 Feb 2024 10:00"."""
    local = at.astimezone(zone)
    today = now.astimezone(zone).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return QCoreApplication.translate("Formatting", "Today {time}").format(time=clock)
    if local.date() == today - dt.timedelta(days=1):
        return QCoreApplication.translate("Formatting", "Yesterday {time}").format(time=clock)
    if local.year == today.year:
        return QCoreApplication.translate("Formatting", "{day} {month} {time}").format(
            day=local.day, month=_month(local.month), time=clock
        )
    return QCoreApplication.translate("Formatting", "{day} {month} {year} {time}").format(
        day=local.day, month=_month(local.month), year=local.year, time=clock
    )


def format_full(at: dt.datetime, zone: dt.tzinfo) -> str:
    """Unambiguous, for tooltips: "Saturday 21 November 2026, 14:05 (Europe/Tallinn)"."""
    local = at.astimezone(zone)
    locale = QLocale()
    return QCoreApplication.translate(
        "Formatting", "{weekday} {day} {month} {year}, {time} ({zone})"
    ).format(
        weekday=locale.dayName(local.isoweekday(), QLocale.FormatType.LongFormat),
        day=local.day,
        month=locale.monthName(local.month, QLocale.FormatType.LongFormat),
        year=local.year,
        time=local.strftime("%H:%M"),
        zone=str(zone),
    )


def format_date(at: dt.datetime, zone: dt.tzinfo) -> str:
    """ "21 Nov 2024"."""
    local = at.astimezone(zone)
    return QCoreApplication.translate("Formatting", "{day} {month} {year}").format(
        day=local.day, month=_month(local.month), year=local.year
    )


def format_duration(start: dt.datetime, end: dt.datetime | None) -> str:
    if end is None or end < start:
        return ""
    seconds = int((end - start).total_seconds())
    if seconds < 60:
        return QCoreApplication.translate("Formatting", "{s} s").format(s=seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return QCoreApplication.translate("Formatting", "{m} min {s:02d} s").format(
            m=minutes, s=seconds
        )
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("Formatting", "{h} h {m:02d} min").format(h=hours, m=minutes)


def utc_offset(local: dt.datetime) -> str:
    """ "UTC+7", "UTC+3:30", "UTC−5", "UTC"."""
    offset = local.utcoffset() or dt.timedelta(0)
    total = int(offset.total_seconds() // 60)
    if total == 0:
        return "UTC"
    sign = "+" if total > 0 else "−"
    hours, minutes = divmod(abs(total), 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


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
    text = f"{local.strftime('%H:%M')} {day} ({utc_offset(local)})"
    return LocalClock(text=text, night=is_night(local.time()))


def kind_label(kind: str) -> str:
    labels = {
        "call": _t("Call"),
        "note": _t("Note"),
        "email": _t("Email"),
        "order": _t("Order"),
        "transfer": _t("Transfer"),
        "callback": _t("Callback"),
        "incident": _t("Disruption"),
    }
    return labels.get(kind, humanize(kind))


def direction_label(direction: str | None) -> str:
    if not direction:
        return ""
    labels = {
        "inbound": _t("Inbound"),
        "outbound": _t("Outbound"),
        "internal": _t("Internal"),
    }
    return labels.get(direction, humanize(direction))


def humanize(value: str) -> str:
    """ "no_answer" -> "No answer"; free text is left alone apart from the first letter."""
    text = value.replace("_", " ").strip()
    return text[:1].upper() + text[1:] if text else ""


def field_label(key: str) -> str:
    """Custom field keys such as "departure_date" read as "Departure date"."""
    return humanize(key.replace("-", " "))


def language_label(code: str, country: str = "") -> str:
    """ "ru" -> "Russian (русский)"; "es" in MX -> "Spanish (español de México)".

    The country picks the variant whose native name is shown; an unknown code is shown as is.
    """
    if not code:
        return ""
    locale = QLocale(f"{code}_{country.upper()}") if country else QLocale(code)
    if country and locale.language() != QLocale(code).language():
        locale = QLocale(code)
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    english = QLocale.languageToString(locale.language())
    native = locale.nativeLanguageName()
    # "American English" says nothing "English" does not; "русский" adds the native name.
    if native and english.casefold() not in native.casefold():
        return f"{english} ({native})"
    return english


def country_label(code: str) -> str:
    """ "IR" -> "Iran"; an unknown code is shown as it is."""
    if not code:
        return ""
    territory = QLocale.codeToTerritory(code.upper())
    if territory == QLocale.Country.AnyTerritory:
        return code.upper()
    return QLocale.territoryToString(territory)


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
        chips.append(Chip(_t("Do not call"), "dnc"))
    others: list[Chip] = []
    for tag in tags:
        key = tag.strip().casefold()
        if not key or key in DO_NOT_CALL_TAGS:
            continue
        if key == "vip":
            chips.append(Chip(_t("VIP"), "vip"))
        else:
            others.append(Chip(humanize(tag.strip()), "tag"))
    return tuple(chips + others)
