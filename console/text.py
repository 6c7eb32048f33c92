"""Text normalisation shared by storage and search, so both databases compare the same keys."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
# Arabic-script letters that Persian writes differently: fold them so either spelling matches.
_FOLD = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی", "ة": "ه", "\u200c": " "})


def name_key(text: str) -> str:
    """Case- and accent-insensitive search key: NFKD, combining marks dropped, casefolded.

    Thai tone marks carry a combining class and are dropped as well, which tolerates a common
    typing slip; Thai vowels (combining class 0) are kept.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", stripped.casefold()).strip()


def email_key(email: str) -> str:
    return email.strip().casefold()


def account_key(account: str) -> str:
    return re.sub(r"[\s-]", "", account).upper()
