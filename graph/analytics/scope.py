"""What part of the graph an analysis looks at: a neighbourhood, everything, a Cypher result.

A ``Scope`` is validated once, here, for the API and the CLI alike; every problem is an
``InvalidInput`` whose ``details`` name the parameter (``[{"location": "depth", ...}]``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from graph.errors import InvalidInput
from graph.schema import ACTOR_EDGE_TYPES, CERTAINTY_RANK, Certainty

MAX_DEPTH = 3


class ScopeKind(StrEnum):
    NEIGHBOURHOOD = "neighbourhood"
    ALL = "all"
    CYPHER = "cypher"


class Weighting(StrEnum):
    """How the parallel edges between two actors add up to one tie's weight."""

    COUNT = "count"  # one per edge (per claim or role)
    CERTAINTY = "certainty"  # confirmed 1, reported 2/3, alleged 1/3, denied 0


def invalid(location: str, message: str) -> InvalidInput:
    """An InvalidInput naming one parameter."""
    return InvalidInput(f"{location}: {message}", [{"location": location, "message": message}])


@dataclass(frozen=True)
class Scope:
    """A validated scope plus the edge filters; build it with ``make_scope``."""

    kind: ScopeKind
    actor: str | None = None
    depth: int = 1
    query: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    at: dt.date | None = None
    min_certainty: Certainty = Certainty.ALLEGED
    types: tuple[str, ...] = field(default=ACTOR_EDGE_TYPES)
    include_undated: bool = False
    where: str = ""  # prefix of parameter names in errors ("query." for the API)

    @property
    def dated(self) -> bool:
        """True when a date parameter (since, until or at) restricts the edges."""
        return self.since is not None or self.until is not None or self.at is not None

    def filter_params(self) -> dict[str, Any]:
        """The ``$parameters`` of ``cypher.EDGE_FILTER``."""
        return {
            "types": list(self.types),
            "min_rank": CERTAINTY_RANK[self.min_certainty],
            "since": self.since,
            "until": self.until,
            "at": self.at,
            # with no date parameter nothing is filtered by date, undated edges included
            "undated": self.include_undated or not self.dated,
        }

    def describe(self) -> dict[str, Any]:
        """The scope as plain data, echoed in every answer."""
        return {
            "scope": self.kind.value,
            "actor": self.actor,
            "depth": self.depth if self.kind is ScopeKind.NEIGHBOURHOOD else None,
            "query": self.query,
            "since": self.since,
            "until": self.until,
            "at": self.at,
            "min_certainty": self.min_certainty.value,
            "types": None if self.types == ACTOR_EDGE_TYPES else list(self.types),
            "include_undated": self.include_undated,
        }


def parse_types(types: Iterable[str] | None, where: str = "") -> tuple[str, ...]:
    """Validate relationship type names (comma-separated items allowed); all when empty.

    Raises InvalidInput naming ``types`` for a name that is not an actor–actor type.
    """
    if not types:
        return ACTOR_EDGE_TYPES
    names: list[str] = []
    for item in types:
        names += [t.strip().upper() for t in item.split(",") if t.strip()]
    unknown = [t for t in names if t not in ACTOR_EDGE_TYPES]
    if unknown:
        raise invalid(
            f"{where}types",
            f"not an actor–actor relationship type: {', '.join(unknown)} "
            f"(one of {', '.join(ACTOR_EDGE_TYPES)})",
        )
    return tuple(dict.fromkeys(names)) or ACTOR_EDGE_TYPES


def make_scope(
    *,
    scope: ScopeKind | str | None = None,
    actor: str | None = None,
    depth: int = 1,
    query: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    at: dt.date | None = None,
    min_certainty: Certainty | str = Certainty.ALLEGED,
    types: Iterable[str] | None = None,
    include_undated: bool = False,
    where: str = "",
) -> Scope:
    """Validate the scope parameters and return a ``Scope``.

    ``scope`` defaults to ``neighbourhood`` when ``actor`` is given, ``cypher`` when
    ``query`` is, ``all`` otherwise. ``where`` prefixes the parameter names in errors
    (the API passes ``"query."``, as FastAPI names query parameters).

    Raises
    ------
    InvalidInput
        naming the parameter: unknown scope, missing ``actor`` or ``query``, ``depth``
        outside 1..3, ``until`` before ``since``, ``at`` combined with a window, an
        unknown certainty or relationship type.
    """
    if scope is None or scope == "":
        kind = (ScopeKind.NEIGHBOURHOOD if actor else
                ScopeKind.CYPHER if query else ScopeKind.ALL)
    else:
        try:
            kind = ScopeKind(scope)
        except ValueError:
            raise invalid(f"{where}scope", f"'{scope}' is not one of "
                          f"{', '.join(k.value for k in ScopeKind)}") from None
    try:
        certainty = Certainty(min_certainty)
    except ValueError:
        raise invalid(f"{where}min_certainty", f"'{min_certainty}' is not one of "
                      f"{', '.join(c.value for c in Certainty)}") from None
    if kind is ScopeKind.NEIGHBOURHOOD:
        if not actor:
            raise invalid(f"{where}actor", "a neighbourhood needs the id of its central actor")
        if not 1 <= depth <= MAX_DEPTH:
            raise invalid(f"{where}depth", f"must be between 1 and {MAX_DEPTH}, got {depth}")
    elif actor:
        raise invalid(f"{where}actor",
                      f"only used with scope=neighbourhood, not scope={kind.value}")
    if kind is ScopeKind.CYPHER:
        if not query or not query.strip():
            raise invalid(f"{where}query", "scope=cypher needs a read-only Cypher query")
    elif query:
        raise invalid(f"{where}query", f"only used with scope=cypher, not scope={kind.value}")
    if since and until and until < since:
        raise invalid(f"{where}until", f"{until} is before since={since}")
    if at is not None and (since is not None or until is not None):
        raise invalid(f"{where}at", "use either at (the graph as of one date) or since/until "
                      "(a window), not both")
    return Scope(kind=kind, actor=actor or None, depth=depth, query=query, since=since,
                 until=until, at=at, min_certainty=certainty, types=parse_types(types, where),
                 include_undated=include_undated, where=where)
