"""The pictures the API and the CLI both draw: a neighbourhood, the paths between two
actors, a Cypher result, and what changed between two dates.

Each function asks the same ``graph.repository`` (or ``graph.analytics``) function as the
JSON API (same filters, same guards, same errors) and returns the page from
:func:`viz.render_html`. ``size_by`` (a centrality: pagerank, betweenness, degree) and
``color_by`` (``community``) draw the analytics of the drawn subgraph
(``viz.look.analytic_look``). Every edge with an event or a relation claim also gets each
source's quote with its stance (``graph.repository.edge_statements``) for the details
panel; its ``corroboration`` sets its width (sources) and dashes (contested).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any

from graph import analytics, repository, repository_views
from graph.analytics import Algorithm, ScopeKind
from graph.analytics.timeline import check_order
from graph.db import Database
from graph.repository import EdgeFilter, PathMode
from graph.schema import Certainty
from graph.settings import Settings
from viz.look import ColorBy, Look, analytic_look
from viz.render import render_html
from viz.style import DIFF_STYLES


def with_statements(db: Database, graph: dict[str, Any]) -> dict[str, Any]:
    """Return ``graph`` with each source's statement on the edges that have an event or a
    relation claim (``statements``, and ``statements_dropped`` beyond the per-edge cap)."""
    said = repository.edge_statements(db, graph.get("edges") or [])
    if not said:
        return graph
    edges = []
    for e in graph["edges"]:
        found = said.get(e["id"])
        if found is None:
            edges.append(e)
            continue
        dropped = found["total"] - len(found["statements"])
        edges.append({**e, "statements": found["statements"],
                      **({"statements_dropped": dropped} if dropped else {})})
    return {**graph, "edges": edges}


def _draw(graph: dict[str, Any], *, title: str, query: str, settings: Settings,
          focus: list[str] | None = None, size_by: Algorithm | str | None = None,
          color_by: ColorBy | str | None = None, subtitle: str | None = None) -> str:
    """Render ``graph`` (built by ``graph.repository``, so ``trusted``) with the analytics
    look the options ask for (none by default) and an optional subtitle."""
    look = analytic_look(graph, settings, size_by=size_by, color_by=color_by)
    if subtitle is not None:
        look = dataclasses.replace(look or Look(), subtitle=subtitle)
    return render_html(graph, title=title, query=query, settings=settings,
                       focus=focus or [], look=look, trusted=True)


def merge_paths(found: list[dict[str, Any]]) -> dict[str, Any]:
    """Return one subgraph holding every node and edge of the ``found`` paths, each once,
    in path order."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[str, dict[str, Any]] = {}
    for path in found:
        for node in path["nodes"]:
            nodes.setdefault(node["id"], node)
        for edge in path["edges"]:
            edges.setdefault(edge["id"], edge)
    return {"nodes": list(nodes.values()), "edges": list(edges.values()), "truncated": False,
            "dropped_nodes": 0, "dropped_edges": 0}


def aggregated_subtitle(graph: dict[str, Any]) -> str:
    """"12 edges drawn as 5": what an aggregated picture stands for."""
    edges = graph.get("edges") or []
    under = sum(int(e.get("count") or 1) for e in edges)
    return (f"{under} edge{'' if under == 1 else 's'} drawn as {len(edges)}: the parallel "
            "edges of one type and direction between two actors are one (width: sources; "
            "click one for every claim under it)")


def actor_page(db: Database, settings: Settings, actor_id: str, *, query: str, depth: int = 1,
               filters: EdgeFilter | None = None, limit: int | None = None,
               size_by: Algorithm | str | None = None,
               color_by: ColorBy | str | None = None, aggregate: bool = False) -> str:
    """The neighbourhood of ``actor_id`` (``repository.neighbors``, or with ``aggregate``
    ``repository_views.aggregated_neighbors``) as a page; the actor is the focus.
    ``query`` is shown in the header. Raises NotFound, InvalidInput."""
    name_of = f"{depth} hop{'s' if depth > 1 else ''}"
    if aggregate:
        hood = repository_views.aggregated_neighbors(db, actor_id, depth=depth,
                                                     filters=filters, limit=limit)
        name = hood["center"].get("name") or actor_id
        return _draw(hood, title=f"Neighbourhood of {name} ({name_of})", query=query,
                     settings=settings, focus=[actor_id], size_by=size_by,
                     color_by=color_by, subtitle=aggregated_subtitle(hood))
    hood = repository.neighbors(db, actor_id, depth=depth, filters=filters, limit=limit)
    name = hood["center"].get("name") or actor_id
    return _draw(with_statements(db, hood), title=f"Neighbourhood of {name} ({name_of})",
                 query=query, settings=settings, focus=[actor_id], size_by=size_by,
                 color_by=color_by)


def paths_page(db: Database, settings: Settings, source: str, target: str, *, query: str,
               max_hops: int = 4, mode: PathMode = "shortest", k: int = 3,
               filters: EdgeFilter | None = None, size_by: Algorithm | str | None = None,
               color_by: ColorBy | str | None = None, aggregate: bool = False) -> str:
    """The paths between two actors (``repository.paths``, or with ``aggregate``
    ``repository_views.aggregated_paths``) merged into one page; every actor on a path is
    drawn as the focus. No path gives a page that says so. Raises NotFound, InvalidInput."""
    if aggregate:
        answer = repository_views.aggregated_paths(db, source, target, max_hops=max_hops,
                                                   mode=mode, k=k, filters=filters)
    else:
        answer = repository.paths(db, source, target, max_hops=max_hops, mode=mode, k=k,
                                  filters=filters)
    graph = merge_paths(answer["paths"])
    graph["truncated"] = answer["truncated"]
    names = {n["id"]: n.get("name") or n["id"] for n in graph["nodes"]}
    count = len(answer["paths"])
    if count:
        title = (f"{names.get(source, source)} → {names.get(target, target)}: "
                 f"{count} path{'' if count == 1 else 's'}")
    else:
        title = f"No path from {source} to {target} within {max_hops} hops"
    if aggregate:
        return _draw(graph, title=title, query=query, settings=settings, focus=list(names),
                     size_by=size_by, color_by=color_by, subtitle=aggregated_subtitle(graph))
    return _draw(with_statements(db, graph), title=title, query=query, settings=settings,
                 focus=list(names), size_by=size_by, color_by=color_by)


def overview_page(db: Database, settings: Settings, *, query: str, limit: int = 60,
                  filters: EdgeFilter | None = None, size_by: Algorithm | str | None = None,
                  color_by: ColorBy | str | None = None) -> str:
    """What the graph holds (``repository_views.overview``): the ``limit`` most connected
    actors and the aggregated edges among them, as a page. Raises InvalidInput."""
    view = repository_views.overview(db, limit=limit, filters=filters)
    count = len(view["nodes"])
    title = (f"Overview: the {count} most connected actor{'' if count == 1 else 's'}"
             if count else "Overview: the graph has no actor–actor edge yet")
    return _draw(view, title=title, query=query, settings=settings, size_by=size_by,
                 color_by=color_by, subtitle=aggregated_subtitle(view))


def cypher_page(db: Database, settings: Settings, cypher: str,
                params: dict[str, Any] | None = None, limit: int | None = None, *,
                size_by: Algorithm | str | None = None,
                color_by: ColorBy | str | None = None) -> str:
    """The nodes, relationships and paths a read-only query returns (``repository.run_cypher``,
    with all its guards) as a page. Raises QueryRejected, QueryTimedOut, InvalidInput."""
    answer = repository.run_cypher(db, cypher, params, limit)
    graph = answer["graph"] or {"nodes": [], "edges": []}
    graph = {**graph, "truncated": bool(graph.get("truncated")) or answer["truncated"]}
    rows = len(answer["rows"])
    return _draw(with_statements(db, graph),
                 title=f"Cypher result: {rows} row{'' if rows == 1 else 's'}",
                 query=cypher, settings=settings, size_by=size_by, color_by=color_by)


def diff_page(db: Database, settings: Settings, *, at: dt.date, compare_to: dt.date,
              query: str, actor: str | None = None, depth: int = 1,
              scope: ScopeKind | str | None = None, cypher: str | None = None,
              min_certainty: Certainty | str = Certainty.ALLEGED,
              types: Iterable[str] | None = None, where: str = "") -> str:
    """What changed in a scope between ``at`` and ``compare_to`` as a page.

    The scope and its parameters are those of ``GET /analytics/diff`` (projected once,
    with no date filter); ``graph.analytics.edge_classes`` classes every edge. The page
    draws the union of the edges present at either date, coloured by class (appeared,
    ended, changed, unchanged); edges at neither date and undated edges are left out (the
    header counts them). The scope's actor is the focus. ``where`` prefixes parameter
    names in errors (``"query."`` for the API).

    Raises InvalidInput (``compare_to`` not after ``at``, a bad scope parameter, an
    oversized scope), NotFound (unknown actor), QueryRejected, QueryTimedOut.
    """
    check_order(at, compare_to, where)  # before the projection, not after
    s = analytics.make_scope(scope=scope, actor=actor, depth=depth, query=cypher,
                             min_certainty=min_certainty, types=types, where=where)
    g = analytics.project(db, s, settings)
    classes = analytics.edge_classes(g, at, compare_to)
    drawn = [(u, v, k) for u, v, k in g.edges(keys=True) if classes[k] in DIFF_STYLES]
    center = g.graph.get("center")
    node_ids = list(dict.fromkeys(
        ([center] if center else []) + sorted({n for u, v, _ in drawn for n in (u, v)})))
    graph = repository.subgraph_of(db, node_ids, drawn)
    counted = {c: sum(1 for u, v, k in drawn if classes[k] == c) for c in DIFF_STYLES}
    left_out = {c: sum(1 for x in classes.values() if x == c) for c in ("absent", "undated")}
    period = f"{at.isoformat()} → {compare_to.isoformat()}"
    if center:
        name = (g.nodes[center].get("name") if center in g else None) or center
        title = (f"What changed around {name} ({depth} hop{'s' if depth > 1 else ''}): "
                 f"{period}")
    else:
        title = f"What changed ({s.kind.value} scope): {period}"
    summary = ", ".join(f"{n} {c}" for c, n in counted.items())
    subtitle = (f"at {at.isoformat()} vs compare_to {compare_to.isoformat()}: {summary}; "
                f"not drawn: {left_out['undated']} undated, {left_out['absent']} at "
                "neither date")
    return render_html(with_statements(db, graph), title=title, query=query,
                       settings=settings, trusted=True,
                       focus=[center] if center else [],
                       look=Look(edge_classes={k: classes[k] for _, _, k in drawn},
                                 period=period, subtitle=subtitle))
