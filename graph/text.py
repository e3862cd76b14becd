"""Text normalisation shared by the loader (alias keys) and the API (search)."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+")
_JOINERS = re.compile(r"[.'’ʼ]")


def fold(text: str) -> str:
    """Accent- and case-folded text with punctuation collapsed to single spaces.

    >>> fold("Corea del Nord")
    'corea del nord'
    >>> fold("  Choe  Son-Hui ")
    'choe son hui'
    >>> fold("Zelens'kyj")
    'zelenskyj'
    >>> fold("D.P.R.K.")
    'dprk'
    >>> fold("Сергей Лавров")
    'сергеи лавров'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
    joined = _JOINERS.sub("", stripped.casefold())  # "U.S." is "us", not "u s"
    return _NON_WORD.sub(" ", joined).strip()
