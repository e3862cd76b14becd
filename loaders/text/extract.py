"""From an article's text to a draft extraction document: the one entry point.

``extract_text`` checks the metadata, settles the language (given, or detected), runs a
backend (the embedded rules, or an OpenAI-compatible LLM) and returns a
:class:`~loaders.text.draft.Draft`. The CLI (``geokg extract``) and the API
(``POST /extract``) both call it; neither writes anything to the graph.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any, Literal

import pycountry

from graph.errors import InvalidInput
from graph.settings import Settings, get_settings
from loaders.text.draft import ArticleMeta, Draft, build_draft
from loaders.text.embedded import EmbeddedBackend
from loaders.text.lexicon import Lexicon
from loaders.text.read import detect_language
from loaders.text.rules import available_languages, rules_for

Backend = Literal["embedded", "openai"]
#: Below this confidence a detected language is reported as a warning.
DETECT_CONFIDENCE = 0.8


def check_language(code: str, field: str = "language") -> str:
    """``code`` lower-cased if it is an ISO 639-1 code; else InvalidInput naming ``field``."""
    lowered = code.strip().lower()
    if len(lowered) != 2 or pycountry.languages.get(alpha_2=lowered) is None:
        raise InvalidInput(f"{field}: '{code}' is not an ISO 639-1 language code "
                           "(two letters, e.g. en, it, fr)",
                           [{"field": field, "message": "not an ISO 639-1 code"}])
    return lowered


def parse_published(value: str | None, field: str = "published") -> dt.date | None:
    """``YYYY-MM-DD`` as a date; None for None; InvalidInput naming ``field`` otherwise."""
    if value is None or value == "":
        return None
    try:
        return check_published(dt.date.fromisoformat(value), field)
    except ValueError:
        raise InvalidInput(f"{field}: '{value}' is not a date (YYYY-MM-DD)",
                           [{"field": field, "message": "not a date (YYYY-MM-DD)"}]) from None


def check_published(day: dt.date, field: str = "published") -> dt.date:
    """``day`` if it is a plausible publication date (years 1000-2999, as dates are read)."""
    if not 1000 <= day.year <= 2999:
        raise InvalidInput(f"{field}: {day.isoformat()} is outside the years 1000-2999",
                           [{"field": field, "message": "year outside 1000-2999"}])
    return day


def extract_text(text: str, meta: ArticleMeta, lexicon: Lexicon, *,
                 backend: Backend = "embedded", settings: Settings | None = None) -> Draft:
    """A draft document for ``text``; nothing is written anywhere.

    Raises
    ------
    InvalidInput
        An invalid language code, or (LLM backend) an answer that is not a valid
        extraction, or an endpoint that cannot be reached.
    """
    warnings: list[str] = []
    if meta.published is not None:
        check_published(meta.published)
    if meta.language:
        language = check_language(meta.language)
    else:
        language, confidence = detect_language(text)
        warnings.append(f"language not given: detected '{language}' "
                        f"(confidence {confidence:.2f})")
        if confidence < DETECT_CONFIDENCE:
            warnings.append("the detected language is uncertain: pass --language")
    rules = rules_for(language)
    if rules is None and backend == "embedded":
        warnings.append(f"no trigger data for '{language}' (have: "
                        f"{', '.join(available_languages())}): actors are linked, "
                        "events and claims are not extracted")
    if backend == "openai":
        from loaders.text.llm import run_llm

        found = run_llm(text, meta, language, lexicon, settings)
    else:
        use_model = (settings or get_settings()).extract_statement_model
        found = EmbeddedBackend(lexicon.matcher(language), rules,
                                statement_model=use_model).run(text, meta.published)
    draft = build_draft(text, meta, language, lexicon, found)
    draft.warnings = warnings + draft.warnings
    return draft


def lexicon_from_graph(db: Any) -> Lexicon:
    """The lexicon of every actor and agreement in the graph (plus the crosswalk)."""
    from graph.repository_lexicon import lexicon_rows

    actors, agreements = lexicon_rows(db)
    return Lexicon.build(actors, agreements)


class LexiconCache:
    """The graph's lexicon, rebuilt only when actors, aliases or agreements were added.

    One per API process; a cheap count query tells whether the graph changed.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: tuple[int, int, int] | None = None
        self._lexicon: Lexicon | None = None

    def get(self, db: Any) -> Lexicon:
        from graph.repository_lexicon import lexicon_version

        version = lexicon_version(db)
        with self._lock:
            if self._lexicon is None or version != self._version:
                self._lexicon = lexicon_from_graph(db)
                self._version = version
            return self._lexicon


