"""Text normalisation shared by storage and search, so both databases compare the same keys."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

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


# What a match through a typed word with two neighbouring letters swapped is worth, against 1
# for the word as typed. A swap is the commonest slip at speed and the one trigrams judge worst:
# "smtih" shares a fifth of its trigrams with "smith" (under the 0.3 threshold), "petorva" a
# third with "petrova"; through the swap they score 0.8, above any look-alike but the name
# itself.
SWAP_WEIGHT = 0.8


@lru_cache(maxsize=65536)
def trigrams(word: str) -> frozenset[str]:
    """pg_trgm's trigrams of one word: padded with two spaces before and one after."""
    padded = f"  {word} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def swaps(word: str) -> list[str]:
    """The word with one pair of neighbouring letters swapped, each way it can be."""
    return list(
        dict.fromkeys(
            word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            for i in range(len(word) - 1)
            if word[i] != word[i + 1]
        )
    )


def word_similarity(a: str, b: str) -> float:
    """Shared trigrams over all trigrams (pg_trgm's similarity) of two single words."""
    ta, tb = trigrams(a), trigrams(b)
    return len(ta & tb) / len(ta | tb) if ta or tb else 0.0


Forms = list[tuple[float, frozenset[str]]]


def typed_forms(word: str) -> Forms:
    """A typed word's trigrams, and those of each of its swaps, with what a match is worth."""
    return [(1.0, trigrams(word))] + [(SWAP_WEIGHT, trigrams(s)) for s in swaps(word)]


def similarity(forms: Forms, grams: frozenset[str]) -> float:
    """How close a typed word (its forms) is to a word (its trigrams): the best of its forms,
    each by pg_trgm's similarity times what a match through it is worth."""
    return max(weight * len(mine & grams) / len(mine | grams) for weight, mine in forms)


def fuzzy_scorer(query_key: str) -> Callable[[str], float]:
    """fuzzy_score for one query, its words' forms worked out once for every name scored."""
    query = [typed_forms(q) for q in words(query_key)]

    def score(name: str) -> float:
        grams = [trigrams(n) for n in words(name)]
        if not query or not grams:
            return 0.0
        return sum(max(similarity(forms, g) for g in grams) for forms in query) / len(query)

    return score


def fuzzy_score(query_key: str, name: str) -> float:
    """How well a typed (folded) query matches a name key, from 0 to 1.

    Each query word is matched to its most similar word of the name (so word order and the
    name's second spelling do not dilute the score), and the matches are averaged; a query
    word matches through its swaps too (SWAP_WEIGHT).
    """
    return fuzzy_scorer(query_key)(name)


def typed_words(key: str) -> list[str]:
    """The distinct space-separated words of a folded query long enough to hold a trigram:
    what typo-tolerant search looks up in the vocabulary of name words, whose words are
    split the same way (so "o'brein" is compared with "o'brien")."""
    return [w for w in dict.fromkeys(key.split(" ")) if len(w) >= 3]


def inner_trigrams(words_: Sequence[str]) -> list[str]:
    """Every three-character run inside the words and their swaps, sorted: a vocabulary word
    shares one of them when it has any chance of being close (the padded trigrams at a word's
    edges are left out: they would propose every word that merely starts with the same
    letter)."""
    return sorted({v[i : i + 3] for w in words_ for v in (w, *swaps(w)) for i in range(len(v) - 2)})


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
        mine = [typed_forms(p) for p in dict.fromkeys([word, *words(word)]) if len(p) >= 3]
        close = sorted(
            (-score, w)
            for w, parts in parts_of.items()
            if (score := max(similarity(forms, b) for forms in mine for b in parts)) >= threshold
        )
        if close:
            groups.append([w for _, w in close[:most]])
    return groups
