"""Text normalisation shared by storage and search, so both databases compare the same keys."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

_SPACE = re.compile(r"\s+")
# Arabic-script letters that Persian writes differently: fold them so either spelling matches.
_FOLD = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی", "ة": "ه", "\u200c": " "})


# Cyrillic to Latin (BGN/PCGN, simplified): agents in Tallinn type "petrova" for Петрова.
_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    }
)  # fmt: skip


def name_key(text: str) -> str:
    """The key name search matches: the folded name, then its Latin spelling if it differs.

    "Ольга Петрова" gives "ольга петрова olga petrova", so either spelling finds her.
    """
    folded = fold(text)
    latin = folded.translate(_CYRILLIC)
    return folded if latin == folded else f"{folded} {latin}"


def fold(text: str) -> str:
    """Case- and accent-insensitive form: NFKD, combining marks dropped, casefolded.

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


def _is_word_char(ch: str) -> bool:
    # Letters and digits, plus combining marks (Thai vowels, Persian diacritics) inside words.
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def words(text: str) -> list[str]:
    """The words of a folded text, split on anything that is not part of a word."""
    out: list[str] = []
    current: list[str] = []
    for ch in text:
        if _is_word_char(ch):
            current.append(ch)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def trigrams(word: str) -> set[str]:
    """pg_trgm's trigrams of one word: padded with two spaces before and one after."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def word_similarity(a: str, b: str) -> float:
    """Shared trigrams over all trigrams (pg_trgm's similarity) of two single words."""
    ta, tb = trigrams(a), trigrams(b)
    return len(ta & tb) / len(ta | tb) if ta or tb else 0.0


def fuzzy_score(query_key: str, name: str) -> float:
    """How well a typed (folded) query matches a name key, from 0 to 1.

    Each query word is matched to its most similar word of the name (so word order and the
    name's second spelling do not dilute the score), and the matches are averaged.
    """
    q_words = words(query_key)
    n_words = words(name)
    if not q_words or not n_words:
        return 0.0
    best = [max(word_similarity(q, n) for n in n_words) for q in q_words]
    return sum(best) / len(best)


def typed_words(key: str) -> list[str]:
    """The distinct space-separated words of a folded query long enough to hold a trigram:
    what typo-tolerant search looks up in the vocabulary of name words, whose words are
    split the same way (so "o'brein" is compared with "o'brien")."""
    return [w for w in dict.fromkeys(key.split(" ")) if len(w) >= 3]


def inner_trigrams(words_: Sequence[str]) -> list[str]:
    """Every three-character run inside the words, sorted: a vocabulary word shares one of
    them when it has any chance of being close (the padded trigrams at a word's edges are
    left out: they would propose every word that merely starts with the same letter)."""
    return sorted({w[i : i + 3] for w in words_ for i in range(len(w) - 2)})


def closest_words(
    typed: Sequence[str], vocabulary: Iterable[str], threshold: float, most: int
) -> list[list[str]]:
    """For each typed word, the vocabulary words at least ``threshold`` similar to it, at
    most ``most``, best first (then alphabetically); only the word itself when the
    vocabulary has it. Typed words with no close word are left out.

    A word is as close as its closest part ("brien" is "o'brien" through its part "brien"),
    as fuzzy_score will judge the name.
    """
    parts_of = {w: [trigrams(p) for p in dict.fromkeys([w, *words(w)])] for w in vocabulary}
    groups = []
    for word in typed:
        if word in parts_of:
            groups.append([word])
            continue
        mine = [trigrams(p) for p in dict.fromkeys([word, *words(word)]) if len(p) >= 3]
        close = sorted(
            (-similarity, w)
            for w, parts in parts_of.items()
            if (similarity := max(len(a & b) / len(a | b) for a in mine for b in parts))
            >= threshold
        )
        if close:
            groups.append([w for _, w in close[:most]])
    return groups
