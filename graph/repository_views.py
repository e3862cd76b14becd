"""The explorer's views: neighbourhoods and paths with aggregated edges, the opening
overview, and every claim under a set of edges.

Like ``graph.repository``: the shared ``Database`` first, plain JSON-safe dicts out, only
``graph.errors`` raised; the Cypher is in ``graph.view_cypher``. An aggregated edge stands
for the edges between two actors of one type and direction (its shape:
``graph.view_cypher``; docs/api.md, "Aggregated edges").
"""

from __future__ import annotations

from typing import Any, Literal, cast

from graph import view_cypher as vq
from graph.db import Database
from graph.errors import InvalidInput, NotFound
from graph.repository import EdgeFilter, PathMode, check_path_request, require_actors
from graph.schema import ACTOR_EDGE_TYPES

#: Most edge ids one ``edge_claims`` call takes, and most statements it returns.
MAX_EDGE_IDS = 500
MAX_STATEMENTS = 200
#: Most actors of an overview.
MAX_OVERVIEW = 500


#: The fields of an aggregated edge left out when they hold these values (the most common
#: ones: a group of one edge, every edge dated, nothing contested); ``api.view_models``
#: documents each default. A big neighbourhood's answer is mostly such edges.
AGGREGATE_DEFAULTS: dict[str, Any] = {"count": 1, "undated": 0, "first": None, "last": None,
                                      "edge_ids": None}
#: The certainties of ``by_certainty``, in the order answered.
_CERTAINTIES = ("confirmed", "reported", "alleged", "denied")


def _compact(edge: list[Any]) -> dict[str, Any]:
    """An aggregated edge (the list ``graph.view_cypher`` returns) as answered:
    ``by_certainty`` lists only the certainties present, and the fields at their default
    (``AGGREGATE_DEFAULTS``; ``corroboration.contested`` false) are left out.

    The keys come in ``api.view_models.AggregatedEdge``'s field order, so the API can
    write the answer as it is (``api.view_models.view_response``)."""
    (key, kind, source, target, count, confirmed, reported, alleged, denied, first, last,
     undated, sources, contested, edge_ids) = edge
    out: dict[str, Any] = {"id": key, "type": kind, "source": source, "target": target}
    if count != AGGREGATE_DEFAULTS["count"]:
        out["count"] = count
    out["by_certainty"] = {c: v for c, v in zip(_CERTAINTIES,
                                                (confirmed, reported, alleged, denied),
                                                strict=True) if v}
    if first is not None:
        out["first"] = first
    if last is not None:
        out["last"] = last
    if undated != AGGREGATE_DEFAULTS["undated"]:
        out["undated"] = undated
    out["corroboration"] = ({"sources": sources, "contested": True} if contested
                            else {"sources": sources})
    if edge_ids is not None:
        out["edge_ids"] = edge_ids
    return out


def _node(node: dict[str, Any]) -> dict[str, Any]:
    """A node (``queries.NODE``) with its keys in ``api.models.Node``'s order."""
    return {"id": node["id"], "label": node["label"], "name": node["name"],
            "kind": node["kind"]}


def aggregated_neighbors(db: Database, actor_id: str, *, depth: int = 1,
                         filters: EdgeFilter | None = None,
                         limit: int | None = None) -> dict[str, Any]:
    """``repository.neighbors`` with aggregated edges, in one query.

    The same actors (the filters on every hop, nearest first, at most
    ``min(limit, settings.neighbors_node_cap)`` besides the centre); the edges among them
    aggregated per (source, target, type), at most ``settings.neighbors_edge_cap``
    aggregated edges. Returns ``{"center", "nodes", "edges", "aggregate": True,
    "truncated", "dropped_nodes", "dropped_edges"}``; ``dropped_edges`` counts aggregated
    edges. Raises NotFound for an unknown actor, InvalidInput for a depth outside 1..3.
    """
    if depth not in (1, 2, 3):
        raise InvalidInput("depth must be 1, 2 or 3",
                           [{"location": "depth", "message": "between 1 and 3"}])
    f = filters or EdgeFilter()
    settings = db.settings
    cap = settings.neighbors_node_cap if limit is None else min(limit, settings.neighbors_node_cap)
    if cap < 1:
        raise InvalidInput("limit must be at least 1", [{"location": "limit", "message": ">= 1"}])
    query = vq.aggregated_neighbors(cast(Literal[1, 2, 3], depth), f.corroborated)
    # maps, lists and scalars only: _compact and _node build the answer's dicts
    rows = db.read(query, {"id": actor_id, "node_cap": cap,
                           "edge_cap": settings.neighbors_edge_cap, **f.params()},
                   convert=False)
    if not rows:
        raise NotFound(f"no actor with id '{actor_id}'",
                       [{"location": "id", "message": "unknown actor id"}])
    row = rows[0]
    edges = [_compact(e) for e in row["edges"]]
    dropped_edges = row["total"] - len(edges)
    reached = row["reached"]
    dropped_nodes = reached - len(row["nodes"])
    return {
        "center": _node(row["center"]),
        "nodes": [_node(n) for n in row["nodes"]],
        "edges": edges,
        "aggregate": True,
        "truncated": dropped_nodes > 0 or dropped_edges > 0,
        "dropped_nodes": dropped_nodes,
        "dropped_edges": dropped_edges,
    }


def aggregated_paths(db: Database, source: str, target: str, *, max_hops: int = 4,
                     mode: PathMode = "shortest", k: int = 3,
                     filters: EdgeFilter | None = None) -> dict[str, Any]:
    """``repository.paths`` with aggregated hops: each hop is the aggregate of the
    filtered edges of its type and direction between its two actors, and paths that
    differ only in which parallel edge they take are one. Returns ``{"paths": [{"length",
    "nodes", "edges"}], "aggregate": True, "truncated"}``. Raises as ``repository.paths``.
    """
    check_path_request(source, target, max_hops, mode, k)
    require_actors(db, source=source, target=target)
    f = filters or EdgeFilter()
    cap = db.settings.paths_cap
    rows = db.read(vq.aggregated_paths(mode, max_hops, k, f.corroborated), {
        "source": source, "target": target, "path_cap": cap + 1, **f.params(),
    })
    found = [{"length": r["length"], "nodes": [_node(n) for n in r["nodes"]],
              "edges": [_compact(e) for e in r["edges"]]} for r in rows]
    return {"paths": found[:cap], "aggregate": True, "truncated": len(found) > cap}


def _is_default(f: EdgeFilter) -> bool:
    return (set(f.types) == set(ACTOR_EDGE_TYPES) and f.since is None and f.until is None
            and f.min_certainty is None and not f.corroborated)


def overview(db: Database, *, limit: int = 60, filters: EdgeFilter | None = None
             ) -> dict[str, Any]:
    """What the graph holds at a glance: the ``limit`` actors with the most actor–actor
    edges (passing ``filters``), and the aggregated edges among them.

    Returns ``{"nodes": [node + "degree"], "edges": [aggregated edge], "aggregate": True,
    "truncated", "dropped_nodes", "dropped_edges"}``: ``dropped_nodes`` counts the actors
    with an edge left out. Raises InvalidInput for a ``limit`` outside 1..MAX_OVERVIEW.
    """
    if not 1 <= limit <= MAX_OVERVIEW:
        raise InvalidInput(f"limit must be between 1 and {MAX_OVERVIEW}",
                           [{"location": "limit", "message": f"between 1 and {MAX_OVERVIEW}"}])
    f = filters or EdgeFilter()
    edge_cap = db.settings.neighbors_edge_cap
    row = db.read(vq.overview(not _is_default(f), f.corroborated),
                  {"limit": limit, "edge_cap": edge_cap, **f.params()})[0]
    nodes = [{**n, "degree": d} for n, d in zip(row["nodes"], row["degrees"], strict=True)]
    dropped_nodes = row["total"] - len(nodes)
    dropped_edges = row["edges_total"] - len(row["edges"])
    return {"nodes": nodes, "edges": [_compact(e) for e in row["edges"]], "aggregate": True,
            "truncated": dropped_nodes > 0 or dropped_edges > 0,
            "dropped_nodes": dropped_nodes, "dropped_edges": dropped_edges}


def edge_claims(db: Database, source: str, target: str, ids: list[str], *,
                cap: int = MAX_STATEMENTS) -> dict[str, Any]:
    """The edges named by ``ids`` from ``source`` to ``target`` and every claim under them.

    What a click on an edge of the explorer lists (an aggregated edge's ``edge_ids``, or
    one edge's id). Returns ``{"source", "target", "edges": [edge], "statements":
    [statement], "statements_total", "missing": [ids not found]}``; a statement is
    ``{"edge_ids", "claim_id", "certainty", "asserted_by", "date_from", "date_to",
    "date_precision", "source", "source_title", "source_url", "publisher", "published",
    "quote", "language", "gloss"}`` (rules: ``graph.view_cypher.EDGES_WITH_CLAIMS``).
    Raises NotFound for an unknown actor or when no id names an edge between them,
    InvalidInput for no id or more than MAX_EDGE_IDS.
    """
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        raise InvalidInput("give at least one edge id",
                           [{"location": "id", "message": "at least one"}])
    if len(wanted) > MAX_EDGE_IDS:
        raise InvalidInput(f"at most {MAX_EDGE_IDS} edge ids",
                           [{"location": "id", "message": f"at most {MAX_EDGE_IDS}"}])
    require_actors(db, source=source, target=target)
    row = db.read(vq.EDGES_WITH_CLAIMS, {"source": source, "target": target, "ids": wanted,
                                         "cap": cap})[0]
    found = {e["id"] for e in row["edges"]}
    if not found:
        raise NotFound(f"no edge from '{source}' to '{target}' with these ids",
                       [{"location": "id", "message": "no such edge between these actors"}])
    return {"source": source, "target": target, "edges": row["edges"],
            "statements": row["statements"], "statements_total": row["statements_total"],
            "missing": [i for i in wanted if i not in found]}
