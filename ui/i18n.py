"""Text direction helpers; every visible string itself goes through ``tr()``/``translate()``.

Translation catalogues (.ts/.qm under resources/translations) arrive in a later issue; until
then Qt returns the English source strings unchanged.
"""

from __future__ import annotations

import unicodedata


def is_right_to_left(text: str) -> bool:
    """Whether the first strongly directional character is right-to-left (Persian, Arabic...)."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
