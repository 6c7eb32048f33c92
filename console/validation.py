"""Field checks shared by the edit form, the importer and the CRM cache."""

from __future__ import annotations

import functools
import re
import zoneinfo

import phonenumbers

_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


@functools.cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def is_time_zone(name: str) -> bool:
    """A real IANA zone name (``Asia/Tehran``), not an abbreviation or offset."""
    return name in _zones()


def is_email(text: str) -> bool:
    return len(text) <= 320 and bool(_EMAIL.match(text))


def is_language(tag: str) -> bool:
    """A BCP 47-like language tag: ``fa``, ``th``, ``pt-BR``."""
    return bool(_LANGUAGE.match(tag))


def is_country(code: str) -> bool:
    """An ISO 3166 alpha-2 region that has phone numbers (phonenumbers' list)."""
    return code in phonenumbers.SUPPORTED_REGIONS
