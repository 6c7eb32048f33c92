"""Phone numbers: stored as E.164, the number as typed kept for display."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import phonenumbers

from console.errors import Said, ValidationError

_PHONEISH = re.compile(r"^[\s\d()+\-./]+$")


@dataclass(frozen=True)
class Phone:
    e164: str
    typed: str


def looks_like_phone(text: str) -> bool:
    """True when the text is only digits and phone punctuation, with at least six digits."""
    stripped = text.strip()
    if stripped.startswith("00"):
        stripped = "+" + stripped[2:]
    return bool(_PHONEISH.match(stripped)) and sum(ch.isdigit() for ch in stripped) >= 6


def to_e164(text: str, default_region: str | None) -> str | None:
    """The E.164 form of a number typed in international or national form, or None."""
    cleaned = text.strip()
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    region = (default_region or "").upper() or None
    try:
        number = phonenumbers.parse(cleaned, None if cleaned.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def parse_phone(text: str, default_region: str | None) -> Phone:
    """Validate a phone the user typed; raises ValidationError with what to fix."""
    e164 = to_e164(text, default_region)
    if e164 is None:
        # Quoted on one line and cut short: a pasted paragraph must not become the message.
        shown = " ".join(text.split())
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        raise ValidationError(
            Said("“{phone}” is not a phone number: start it with + and the country code.",
                 phone=shown)
            if not default_region else
            Said("“{phone}” is not a phone number: use international form (+…) or a national "
                 "number for {region}.", phone=shown, region=default_region.upper())
        )  # fmt: skip
    return Phone(e164=e164, typed=text.strip())


@functools.lru_cache(maxsize=8192)
def display(e164: str) -> str:
    """International display form, e.g. +66 81 234 5678. Cached: tables repaint the same
    numbers over and over, and parsing one takes phonenumbers about 0.1 ms."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
