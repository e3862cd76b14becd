"""What the text extractor links names to: every actor and agreement with its names."""

from __future__ import annotations

from typing import Any

from graph.db import Database
from graph.queries import LEXICON_ACTORS, LEXICON_AGREEMENTS, LEXICON_VERSION


def lexicon_rows(db: Database) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return ``(actors, agreements)`` as plain dicts.

    Actors: ``{id, name, kind, country, aliases: [{text, note, lang}]}``;
    agreements: ``{id, name, kind, aliases: [text], parties: [actor id]}``.
    Raises DatabaseUnavailable when Neo4j cannot be reached.
    """
    return db.read(LEXICON_ACTORS), db.read(LEXICON_AGREEMENTS)


def lexicon_version(db: Database) -> tuple[int, int, int]:
    """Counts of actors, aliases and agreements: they change when the lexicon would."""
    row = db.read(LEXICON_VERSION)[0]
    return row["actors"], row["aliases"], row["agreements"]
