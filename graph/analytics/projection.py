"""Project a bounded scope of the graph into networkx, in one query.

The projection is a ``networkx.MultiDiGraph``: one node per actor (its id, with ``name``
and ``kind``), one edge per actor–actor relationship, keyed by the relationship's
``key`` and carrying ``type``, ``certainty``, ``valid_from``, ``valid_to``
(``datetime.date`` or None), ``event_id`` and ``claim_id``. Parallel edges (two claims
about one pair) stay separate, as in Neo4j;
``scores.tie_graph`` folds them into weighted ties for the algorithms.

Nodes and edges are inserted in sorted order so that seeded algorithms (Louvain,
sampled betweenness) give the same answer whatever order Neo4j returned the rows in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, LiteralString

import networkx as nx
from neo4j import Query, RoutingControl
from neo4j import exceptions as neo4j_errors

from graph import repository
from graph.analytics import cypher, timeline
from graph.analytics.scope import Scope, ScopeKind, invalid
from graph.db import Database, translate_errors
from graph.errors import NotFound, QueryTimedOut
from graph.schema import Label
from graph.settings import Settings

#: The edge lists of a projection's ``columns`` (``cypher.EDGE_LISTS``), in unpacking order.
COLUMNS = ("sources", "targets", "types", "keys", "certainties", "valid_from", "valid_to",
           "event_ids", "claim_ids")


def _read(db: Database, query: LiteralString, params: dict[str, Any],
          timeout_s: float) -> list[dict[str, Any]]:
    """Run one read query with a time limit; return its records as dicts.

    Raises QueryTimedOut when the server stops it, DatabaseUnavailable when it is down.
    """
    with translate_errors():
        try:
            records, _, _ = db.driver.execute_query(
                Query(query, timeout=timeout_s), params,
                database_=db.name, routing_=RoutingControl.READ,
            )
        except neo4j_errors.ClientError as exc:
            if "TransactionTimedOut" in (exc.code or ""):
                raise QueryTimedOut(
                    f"the projection took longer than {timeout_s:g} s "
                    "(analytics_timeout_s); narrow the scope"
                ) from exc
            raise
    return [dict(r) for r in records]


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _too_large(location: str, cap: int) -> Exception:
    return invalid(
        location,
        f"the scope has more than {cap} actor–actor edges (analytics_max_edges); "
        "narrow it with depth, since/until or at, min_certainty or types",
    )


def build_graph(columns: dict[str, Any],
                extra_nodes: Sequence[tuple[str, str | None, str | None]] = ()
                ) -> nx.MultiDiGraph:
    """Build the MultiDiGraph from a projection's ``columns`` (edge lists and ``nodes``)."""
    nodes: dict[str, dict[str, Any]] = {}
    for node_id, name, kind in [*extra_nodes, *columns["nodes"]]:
        nodes[node_id] = {"name": name, "kind": kind}
    src, tgt, types, keys, cert, start, end, events, claims = (columns[c] for c in COLUMNS)
    g = nx.MultiDiGraph()
    g.add_nodes_from(sorted(nodes.items()))
    g.add_edges_from(
        (src[i], tgt[i], keys[i],
         {"type": types[i], "certainty": cert[i] or None, "valid_from": _date(start[i]),
          "valid_to": _date(end[i]), "event_id": events[i] or None,
          "claim_id": claims[i] or None})
        for i in sorted(range(len(keys)), key=keys.__getitem__)
    )
    return g


def _cypher_scope(db: Database, scope: Scope, cap: int) -> nx.MultiDiGraph:
    """The actor–actor edges (and actors) of an analyst's query, run behind the guards."""
    assert scope.query is not None
    answer = repository.run_cypher(db, scope.query)
    if answer["truncated"]:
        raise invalid(
            f"{scope.where}query",
            f"the result was cut at {db.settings.cypher_row_cap} rows (cypher_row_cap) or "
            f"{db.settings.cypher_max_response_bytes} bytes: an incomplete graph would give "
            "wrong scores; return the relationships in fewer rows (collect(r)) or narrow it",
        )
    found = answer["graph"] or {"nodes": [], "edges": []}
    actors = {n["id"]: n for n in found["nodes"] if n["label"] == Label.ACTOR}
    edges = []
    for e in found["edges"]:
        attrs = {"type": e["type"], "certainty": e["certainty"],
                 "valid_from": _date(e["valid_from"] or ""),
                 "valid_to": _date(e["valid_to"] or ""),
                 "event_id": e["event_id"], "claim_id": e["claim_id"]}
        if e["source"] in actors and e["target"] in actors and timeline.passes(attrs, scope):
            edges.append((e["source"], e["target"], e["id"], attrs))
    if len(edges) > cap:
        raise _too_large(f"{scope.where}query", cap)
    g = nx.MultiDiGraph()
    g.add_nodes_from(sorted((i, {"name": n["name"], "kind": n["kind"]})
                            for i, n in actors.items()))
    g.add_edges_from(sorted(edges, key=lambda x: x[2]))
    return g


def project(db: Database, scope: Scope, settings: Settings | None = None) -> nx.MultiDiGraph:
    """Project ``scope`` into a MultiDiGraph with one query.

    A Cypher scope runs the analyst's query through ``repository.run_cypher`` (the same
    guards, time limit and caps as ``POST /cypher``) and keeps the actor–actor
    relationships it returns (as values, in lists or in paths) that pass the filters,
    and every actor the result holds (returned, or at an end of a returned relationship).

    Returns
    -------
    networkx.MultiDiGraph
        as described in the module docstring; ``graph.graph`` holds ``scope`` (the
        scope's description) and ``center`` (the neighbourhood's actor, else None).

    Raises
    ------
    NotFound
        the neighbourhood's actor does not exist.
    InvalidInput
        the scope has more edges than ``analytics_max_edges`` (names ``depth`` for a
        neighbourhood, ``query`` for a Cypher scope, ``scope`` otherwise), or the
        Cypher result was truncated (names ``query``), or the query fails.
    QueryRejected
        the Cypher scope's query is not read-only or not allowed.
    QueryTimedOut
        the query ran longer than ``analytics_timeout_s``.
    """
    settings = settings or db.settings
    cap = settings.analytics_max_edges
    params = {**scope.filter_params(), "limit": cap + 1, "cap": cap}
    timeout = settings.analytics_timeout_s
    extra: list[tuple[str, str | None, str | None]] = []
    if scope.kind is ScopeKind.CYPHER:
        g = _cypher_scope(db, scope, cap)
        g.graph.update(scope=scope.describe(), center=None)
        return g
    if scope.kind is ScopeKind.NEIGHBOURHOOD:
        found = _read(db, cypher.NEIGHBOURHOOD_EDGES,
                      {**params, "actor": scope.actor, "depth": scope.depth}, timeout)
        if not found:
            raise NotFound(f"no actor with id '{scope.actor}'",
                           [{"location": f"{scope.where}actor", "message": "unknown actor id"}])
        row = found[0]
        if not row["complete"] or row["columns"] is None:
            raise _too_large(f"{scope.where}depth", cap)
        extra.append((row["actor"], row["name"], row["kind"]))
    else:
        row = _read(db, cypher.ALL_EDGES, params, timeout)[0]
        if row["columns"] is None:
            raise _too_large(f"{scope.where}scope", cap)
    g = build_graph(row["columns"], extra)
    g.graph["scope"] = scope.describe()
    g.graph["center"] = scope.actor
    return g
