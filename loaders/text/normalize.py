"""Text folded for matching, with a map back to the original characters.

Names are matched accent-, case- and hyphen-insensitively, but evidence and spans must
point at the original text. :func:`fold_with_offsets` folds character by character and
keeps, for every folded character, the offset of the original one it came from.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

#: Characters that join a word to the next one and are dropped ("U.S." is "us").
_DROPPED = frozenset(".ʼ")
#: Apostrophes: a word boundary ("dell'Ucraina", "Russia's").
_APOSTROPHES = frozenset("'’‘`´")


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in _DROPPED:
        return ""
    if c in _APOSTROPHES:
        return " "
    if c.isalnum():
        base = "".join(x for x in unicodedata.normalize("NFKD", c)
                       if not unicodedata.combining(x))
        return base.casefold() or c.casefold()
    return " "  # spaces, hyphens, punctuation: one boundary


@dataclass(frozen=True)
class Folded:
    """``text`` folded; ``origin[i]`` is the offset in the original of ``text[i]``."""

    text: str
    origin: tuple[int, ...]
    length: int  # length of the original text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` of folded ``[start, end)``."""
        first = self.origin[start]
        last = self.origin[end - 1] + 1 if end > start else first
        return first, last


def fold_with_offsets(text: str) -> Folded:
    """Fold ``text`` (lower case, no accents, punctuation as single spaces).

    >>> f = fold_with_offsets("Corea del Nord's")
    >>> f.text
    'corea del nord s'
    >>> f.span(10, 14)
    (10, 14)
    """
    out: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        folded = _fold_char(c)
        for ch in folded:
            if ch == " " and (not out or out[-1] == " "):
                continue
            out.append(ch)
            origin.append(i)
    return Folded("".join(out), tuple(origin), len(text))


@lru_cache(maxsize=1 << 16)
def fold_key(text: str) -> str:
    """The folded form of a name, as it is looked up (no leading or trailing space).
    (Kept per string: every token of every article is folded, most words many times.)"""
    return fold_with_offsets(text).text.strip()
