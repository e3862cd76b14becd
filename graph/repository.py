"""Data access for the read API: plain dicts in, plain dicts out, only ``graph.errors`` raised.

Every function takes the shared :class:`~graph.db.Database` first. Answers that contain
edges use the edge contract of docs/api.md (dates, certainty, who asserts it, evidence);
subgraph answers are ``{"nodes", "edges", "truncated", "dropped_nodes", "dropped_edges"}``.

Public functions: :func:`search_actors`, :func:`get_actor`, :func:`neighbors`,
:func:`timeline`, :func:`paths`, :func:`relations`, :func:`list_events`,
:func:`get_event`, :func:`get_source`, :func:`stats`, :func:`run_cypher`,
:func:`edge_statements` (for pictures); the filter object :class:`EdgeFilter`.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from graph import cypher_guard
from graph import queries as q
from graph.db import Database
from graph.errors import InvalidInput, NotFound
from graph.schema import ACTOR_EDGE_TYPES, CERTAINTY_RANK, Certainty, RoleType
from graph.text import fold

#: Longest search text accepted, and most words used from it.
MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 16

_WORD = re.compile(r"\w+")


# --- filters ----------------------------------------------------------------------------


@dataclass(frozen=True)
class EdgeFilter:
    """Which actor–actor edges a walk may use; applied to every hop.

    ``types`` must come from ``ACTOR_EDGE_TYPES`` (all of them by default); ``since`` /
    ``until`` keep edges whose validity overlaps the period (undated edges only with
    ``include_undated``); ``min_certainty`` keeps edges at least that sure on the scale
    confirmed > reported > alleged (``denied`` edges then drop out; without a minimum,
    every edge counts, contested ones included). ``min_sources`` keeps edges with at least
    that many distinct sources and ``exclude_contested`` leaves contested edges out, both
    as the edges' ``corroboration`` counts them (``queries.EDGE_CORROBORATION``).
    """

    types: tuple[str, ...] = ACTOR_EDGE_TYPES
    since: dt.date | None = None
    until: dt.date | None = None
    min_certainty: Certainty | None = None
    include_undated: bool = False
    min_sources: int | None = None
    exclude_contested: bool = False
    #: Names of the parameters the values came from, for error messages.
    names: Mapping[str, str] = field(
        default_factory=lambda: {"types": "rel_types", "since": "since", "until": "until"}
    )

    def __post_init__(self) -> None:
        unknown = [t for t in self.types if t not in ACTOR_EDGE_TYPES]
        if unknown or not self.types:
            where = self.names["types"]
            raise InvalidInput(
                f"{where}: unknown relationship type {', '.join(map(repr, unknown))}"
                if unknown else f"{where}: give at least one relationship type",
                details=[{"location": where, "message": "allowed: " + ", ".join(ACTOR_EDGE_TYPES)}],
            )
        if self.since and self.until and self.since > self.until:
            where = self.names["until"]
            raise InvalidInput(
                f"{where} ({self.until}) is before {self.names['since']} ({self.since})",
                details=[{"location": where, "message": "must not be before since"}],
            )
        if self.min_sources is not None and self.min_sources < 1:
            where = self.names.get("min_sources", "min_sources")
            raise InvalidInput(f"{where} must be at least 1",
                               [{"location": where, "message": ">= 1"}])

    @property
    def corroborated(self) -> bool:
        """True when the filter asks about corroboration (``queries.edge_filter``)."""
        return self.min_sources is not None or self.exclude_contested

    def params(self) -> dict[str, Any]:
        """The ``$parameters`` of ``queries.edge_filter`` (EDGE_FILTER and, when
        ``corroborated``, EDGE_CORROBORATION_FILTER)."""
        return {
            "types": list(self.types),
            "min_rank": -1 if self.min_certainty is None else CERTAINTY_RANK[self.min_certainty],
            "since": self.since,
            "until": self.until,
            "include_undated": self.include_undated,
            "min_sources": self.min_sources,
            "exclude_contested": self.exclude_contested,
        }


def _page(limit: int, offset: int) -> dict[str, int]:
    if limit < 1:
        raise InvalidInput("limit must be at least 1", [{"location": "limit", "message": ">= 1"}])
    if offset < 0:
        raise InvalidInput("offset must not be negative",
                           [{"location": "offset", "message": ">= 0"}])
    return {"limit": limit, "offset": offset}


def _date_params(since: dt.date | None, until: dt.date | None,
                 include_undated: bool) -> dict[str, Any]:
    if since and until and since > until:
        raise InvalidInput(f"until ({until}) is before since ({since})",
                           [{"location": "until", "message": "must not be before since"}])
    return {"since": since, "until": until, "include_undated": include_undated}


def require_actors(db: Database, **ids: str | None) -> None:
    """Raise NotFound naming the first parameter whose actor id does not exist."""
    wanted = {name: v for name, v in ids.items() if v is not None}
    if not wanted:
        return
    found = {r["id"]: r["found"] for r in db.read(q.ACTORS_EXIST, {"ids": list(wanted.values())})}
    for name, actor_id in wanted.items():
        if not found.get(actor_id):
            raise NotFound(f"no actor with id '{actor_id}'",
                           [{"location": name, "message": "unknown actor id"}])


# --- actors -----------------------------------------------------------------------------


def lucene_query(text: str) -> str | None:
    """A full-text query for ``text``: every word must match, exactly, as a prefix or
    (words of 5+ letters) within one edit. Only folded word characters reach Lucene, so
    its operators cannot be injected. None when ``text`` has no words.
    """
    words = _WORD.findall(fold(text))[:MAX_QUERY_TERMS]
    clauses = []
    for w in words:
        alts = [f"{w}^4", f"{w}*^2"] + ([f"{w}~1"] if len(w) >= 5 else [])
        clauses.append("(" + " OR ".join(alts) + ")")
    return " AND ".join(clauses) or None


def search_actors(db: Database, q_text: str | None = None, *, kind: str | None = None,
                  limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Find actors by name or alias, accent- and case-insensitive, best match first.

    Returns ``{"items": [{"id","name","kind","country","aliases","score"}], "total"}``.
    An exact alias or name ("Corea del Nord", "DPRK") ranks above full-text hits; without
    ``q_text`` every actor is listed by name. Raises InvalidInput for a text over
    ``MAX_QUERY_CHARS`` characters.
    """
    page = _page(limit, offset)
    text = (q_text or "").strip()
    if len(text) > MAX_QUERY_CHARS:
        raise InvalidInput(f"q is longer than {MAX_QUERY_CHARS} characters",
                           [{"location": "q", "message": f"at most {MAX_QUERY_CHARS} characters"}])
    if not text:
        rows = db.read(q.ACTOR_LIST, {"kind": kind, **page})
    else:
        lucene = lucene_query(text)
        if lucene is None:  # punctuation only: nothing can match
            return {"items": [], "total": 0}
        rows = db.read(q.ACTOR_SEARCH, {
            "key": fold(text), "id_guess": text.lower(), "lucene": lucene,
            "fulltext_limit": 1000, "kind": kind, **page,
        })
    row = rows[0]
    return {"items": row["items"], "total": row["total"]}


def get_actor(db: Database, actor_id: str) -> dict[str, Any]:
    """One actor with aliases, identifiers, roles (as edges), agreements and relation counts.

    Raises NotFound for an unknown id.
    """
    rows = db.read(q.ACTOR_DETAIL, {"id": actor_id, "role_types": list(RoleType),
                                    "edge_types": list(ACTOR_EDGE_TYPES)})
    if not rows:
        raise NotFound(f"no actor with id '{actor_id}'",
                       [{"location": "id", "message": "unknown actor id"}])
    row = rows[0]
    a = row["actor"]
    aliases = row["aliases"] or [{"text": t, "lang": None, "note": None}
                                 for t in a.get("aliases_text") or []]
    by_type = {c["type"]: c["count"] for c in row["relation_counts"]}
    return {
        "id": a["id"], "name": a.get("name"), "kind": a.get("kind"),
        "country": a.get("country"), "description": a.get("description"),
        "aliases": aliases,
        "identifiers": {"iso3": a.get("iso3"), "cameo": a.get("cameo"),
                        "wikidata": a.get("wikidata")},
        "roles": row["roles"],
        "agreements": row["agreements"],
        "relation_counts": {"total": sum(by_type.values()), "by_type": by_type,
                            "events": row["event_count"]},
    }


# --- neighbourhood and paths ------------------------------------------------------------


def neighbors(db: Database, actor_id: str, *, depth: int = 1,
              filters: EdgeFilter | None = None, limit: int | None = None) -> dict[str, Any]:
    """The actors within ``depth`` (1..3) filtered hops of ``actor_id`` and the edges among them.

    Nearest actors are kept first, at most ``min(limit, settings.neighbors_node_cap)``
    besides the centre, and at most ``settings.neighbors_edge_cap`` edges. Returns
    ``{"center", "nodes", "edges", "truncated", "dropped_nodes", "dropped_edges"}`` where
    the dropped counts say how much of the full neighbourhood was left out.
    Raises NotFound for an unknown actor, InvalidInput for a depth outside 1..3.
    """
    if depth not in (1, 2, 3):
        raise InvalidInput("depth must be 1, 2 or 3",
                           [{"location": "depth", "message": "between 1 and 3"}])
    f = filters or EdgeFilter()
    settings = db.settings
    cap = settings.neighbors_node_cap if limit is None else min(limit, settings.neighbors_node_cap)
    if cap < 1:
        raise InvalidInput("limit must be at least 1", [{"location": "limit", "message": ">= 1"}])
    query = q.neighbor_reach(cast(Literal[1, 2, 3], depth), f.corroborated)
    rows = db.read(query, {"id": actor_id, **f.params()})
    if not rows:
        raise NotFound(f"no actor with id '{actor_id}'",
                       [{"location": "id", "message": "unknown actor id"}])
    center, reach = rows[0]["center"], rows[0]["reach"]
    kept = [actor_id] + reach[:cap]
    nodes_by_id = {r["node"]["id"]: r["node"] for r in db.read(q.NODES_BY_ID, {"ids": kept})}
    edge_rows = db.read(q.neighbor_edges(f.corroborated), {
        "all": [actor_id] + reach, "kept": kept, "edge_cap": settings.neighbors_edge_cap,
        **f.params(),
    })
    total_edges = edge_rows[0]["total"] if edge_rows else 0
    edges = edge_rows[0]["edges"] if edge_rows else []
    dropped_nodes = len(reach) - (len(kept) - 1)
    dropped_edges = total_edges - len(edges)
    return {
        "center": center,
        "nodes": [nodes_by_id[i] for i in kept if i in nodes_by_id],
        "edges": edges,
        "truncated": dropped_nodes > 0 or dropped_edges > 0,
        "dropped_nodes": dropped_nodes,
        "dropped_edges": dropped_edges,
    }


PathMode = Literal["shortest", "all_shortest", "k"]


def subgraph_of(db: Database, node_ids: list[str],
                edges: list[tuple[str, str, str]]) -> dict[str, Any]:
    """The nodes (actors by id) and edges (``(source, target, key)``) as the API draws them,
    edges with their evidence; ids that no longer exist are left out.

    Returns ``{"nodes", "edges", "truncated": False, "dropped_nodes": 0, "dropped_edges": 0}``
    with nodes in the order of ``node_ids`` and edges by key.
    """
    found = {r["node"]["id"]: r["node"] for r in db.read(q.NODES_BY_ID, {"ids": node_ids})}
    rows = db.read(q.EDGES_BY_KEY, {"edges": [{"source": s, "target": t, "key": k}
                                              for s, t, k in edges]})
    return {"nodes": [found[i] for i in node_ids if i in found],
            "edges": [r["edge"] for r in rows], "truncated": False,
            "dropped_nodes": 0, "dropped_edges": 0}


#: Most statements (one source's quote and its stance) listed per edge by edge_statements.
STATEMENTS_PER_EDGE = 50


def edge_statements(db: Database, edges: list[Mapping[str, Any]],
                    cap: int = STATEMENTS_PER_EDGE) -> dict[str, dict[str, Any]]:
    """What each source says about the given edges, and with which stance.

    ``edges`` are edge dicts (``id``, ``source``, ``target``) as the API returns them.
    For an edge with an event, every claim about the event; for a relation claim, every
    relation claim of its group (same type, same ends); each as one statement per
    quote: ``{"claim_id", "certainty", "asserted_by", "source", "source_title",
    "publisher", "quote", "language", "gloss"}``. Roles and GDELT aggregates have none
    (their own ``evidence`` and ``certainty`` are their statements).

    Returns ``{edge id: {"statements": [...at most cap], "total": int}}`` for the edges
    that have statements.
    """
    wanted = [{"source": e["source"], "target": e["target"], "key": e["id"]} for e in edges
              if e.get("event_id") is not None or e.get("claim_id") is not None]
    if not wanted:
        return {}
    rows = db.read(q.EDGE_STATEMENTS, {"edges": wanted, "cap": cap})
    return {r["key"]: {"statements": r["statements"], "total": r["total"]} for r in rows}


def check_path_request(source: str, target: str, max_hops: int, mode: str, k: int) -> None:
    """Raise InvalidInput naming the parameter when a path request cannot be asked:
    ``max_hops`` outside 1..6, an unknown ``mode``, ``k`` outside 1..10 with mode k, or
    the same actor at both ends."""
    if not 1 <= max_hops <= q.MAX_HOPS:
        raise InvalidInput(f"max_hops must be between 1 and {q.MAX_HOPS}",
                           [{"location": "max_hops", "message": f"between 1 and {q.MAX_HOPS}"}])
    if mode not in ("shortest", "all_shortest", "k"):
        raise InvalidInput("mode must be shortest, all_shortest or k",
                           [{"location": "mode", "message": "shortest, all_shortest or k"}])
    if mode == "k" and not 1 <= k <= q.MAX_K:
        raise InvalidInput(f"k must be between 1 and {q.MAX_K}",
                           [{"location": "k", "message": f"between 1 and {q.MAX_K}"}])
    if source == target:
        raise InvalidInput("source and target are the same actor",
                           [{"location": "target", "message": "must differ from source"}])


def paths(db: Database, source: str, target: str, *, max_hops: int = 4,
          mode: PathMode = "shortest", k: int = 3,
          filters: EdgeFilter | None = None) -> dict[str, Any]:
    """Paths between two actors over filtered edges (every hop passes ``filters``).

    ``mode``: ``shortest`` (one shortest path), ``all_shortest`` (every path of the
    shortest length, at most ``settings.paths_cap``) or ``k`` (the ``k`` shortest).
    Edges are walked in either direction; each edge says its own direction.
    Returns ``{"paths": [{"length", "nodes", "edges"}], "truncated"}``; no path is an
    empty list. Raises NotFound for an unknown actor, InvalidInput for ``max_hops``
    outside 1..6, ``k`` outside 1..10, or the same actor at both ends.
    """
    check_path_request(source, target, max_hops, mode, k)
    require_actors(db, source=source, target=target)
    f = filters or EdgeFilter()
    cap = db.settings.paths_cap
    rows = db.read(q.paths_query(mode, max_hops, k, f.corroborated), {
        "source": source, "target": target, "path_cap": cap + 1, **f.params(),
    })
    found = [{"length": r["length"], "nodes": r["nodes"], "edges": r["edges"]} for r in rows]
    return {"paths": found[:cap], "truncated": len(found) > cap}


def relations(db: Database, *, actor: str | None = None, other: str | None = None,
              filters: EdgeFilter | None = None, limit: int = 50,
              offset: int = 0) -> dict[str, Any]:
    """Actor–actor edges, optionally those of ``actor`` (with ``other`` at the far end).

    Returns ``{"items": [edge...], "total"}``, dated edges first in date order.
    Raises NotFound for an unknown actor id.
    """
    page = _page(limit, offset)
    if actor is None and other is not None:
        actor, other = other, None
        require_actors(db, other=actor)
    else:
        require_actors(db, actor=actor, other=other)
    f = filters or EdgeFilter(names={"types": "type", "since": "since", "until": "until"})
    row = db.read(q.RELATIONS, {"actor": actor, "other": other, **f.params(), **page})[0]
    return {"items": row["items"], "total": row["total"]}


# --- events, timeline, sources ----------------------------------------------------------


def timeline(db: Database, actor_id: str, *, since: dt.date | None = None,
             until: dt.date | None = None, include_undated: bool = False,
             limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """Events involving an actor in date order; events of unknown date come last
    (``date_known: false``). Includes events about agreements the actor is party to
    (``via_agreements``) and the actor's own roles in each event (``roles``).

    Returns ``{"actor": node, "items": [event...], "total"}``. Raises NotFound for an
    unknown actor.
    """
    params = {"id": actor_id, **_date_params(since, until, include_undated),
              **_page(limit, offset)}
    rows = db.read(q.TIMELINE, params)
    if not rows:
        raise NotFound(f"no actor with id '{actor_id}'",
                       [{"location": "id", "message": "unknown actor id"}])
    row = rows[0]
    return {"actor": row["actor"], "items": row["items"], "total": row["total"]}


def list_events(db: Database, *, type: str | None = None, actor: str | None = None,
                since: dt.date | None = None, until: dt.date | None = None,
                include_undated: bool = False, limit: int = 50,
                offset: int = 0) -> dict[str, Any]:
    """Events, optionally of one type and/or with one participant, in date order
    (unknown dates last). Returns ``{"items": [event...], "total"}``.
    Raises NotFound for an unknown actor.
    """
    require_actors(db, actor=actor)
    params = {"type": type, "actor": actor, **_date_params(since, until, include_undated),
              **_page(limit, offset)}
    row = db.read(q.EVENT_LIST, params)[0]
    return {"items": row["items"], "total": row["total"]}


#: Event properties already shown as fields (the rest are per-format ``attributes``).
_EVENT_FIELDS = frozenset({
    "id", "type", "cameo", "date", "date_end", "date_precision", "date_inferred",
    "date_text", "summary", "location", "conflicts",
})


def get_event(db: Database, event_id: str) -> dict[str, Any]:
    """One event with participants, agreements, claims (certainty, asserters, evidence),
    the actor–actor edges projected from it and its per-format ``attributes``.
    Raises NotFound for an unknown id.
    """
    rows = db.read(q.EVENT_DETAIL, {"id": event_id})
    if not rows:
        raise NotFound(f"no event with id '{event_id}'",
                       [{"location": "id", "message": "unknown event id"}])
    row = rows[0]
    attrs = {k: plain(v) for k, v in sorted(row["properties"].items()) if k not in _EVENT_FIELDS}
    accounts = [{**a, "attributes": json.loads(a["attributes"] or "{}")}
                for a in row["accounts"]]
    return {**row["event"], "attributes": attrs, "accounts": accounts, "edges": row["edges"]}


def get_source(db: Database, source_id: str) -> dict[str, Any]:
    """One source with its evidence quotes and the ids of the claims they support.
    Raises NotFound for an unknown id.
    """
    rows = db.read(q.SOURCE_DETAIL, {"id": source_id})
    if not rows:
        raise NotFound(f"no source with id '{source_id}'",
                       [{"location": "id", "message": "unknown source id"}])
    row = rows[0]
    s = {k: plain(v) for k, v in row["source"].items()}
    known = ("id", "title", "url", "language", "publisher", "published",
             "published_precision", "kind", "text",
             "reviewed", "reviewed_by", "reviewed_at", "draft")  # a feed's drafts
    out: dict[str, Any] = {k: s.get(k) for k in known}
    out["evidence"] = row["evidence"]
    out["claims"] = row["claims"]
    return out


def stats(db: Database) -> dict[str, Any]:
    """``{"nodes": {label: count}, "relationships": {type: count}}`` from the count store."""
    row = db.read(q.STATS)[0]
    return {
        "nodes": {label: count for label, count in sorted(row["nodes"]) if count},
        "relationships": {t: count for t, count in sorted(row["relationships"]) if count},
    }


# --- analysts' Cypher -------------------------------------------------------------------


def run_cypher(db: Database, query: str, params: Mapping[str, Any] | None = None,
               limit: int | None = None) -> dict[str, Any]:
    """Run an analyst's read-only Cypher query behind independent guards.

    Clauses and procedures are checked on the text, the plan must be read-only
    (``EXPLAIN``), the query runs in a read transaction with a server-side timeout of
    ``settings.query_timeout_s`` and at most ``min(limit, settings.cypher_row_cap)`` rows.
    Returns ``{"columns", "rows", "truncated", "graph"}`` where ``graph`` is
    ``{"nodes", "edges"}`` when the result holds nodes, relationships or paths, else None.
    Raises QueryRejected (403), QueryTimedOut (408), InvalidInput (422: syntax or
    runtime error in the query), DatabaseUnavailable (503).
    """
    return cypher_guard.run_read_only(db, query, dict(params or {}), limit)


# --- values -----------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A JSON-safe copy of a property value: dates and times as ISO strings, lists copied,
    non-finite floats as strings."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return cypher_guard.to_json(value)
