"""The three pictures the API and the CLI both draw: a neighbourhood, the paths between
two actors, a Cypher result.

Each function asks the same ``graph.repository`` function as the JSON API (same filters,
same guards, same errors) and returns the page from :func:`viz.render_html`.
"""

from __future__ import annotations

from typing import Any

from graph import repository
from graph.db import Database
from graph.repository import EdgeFilter, PathMode
from graph.settings import Settings
from viz.render import render_html


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


def actor_page(db: Database, settings: Settings, actor_id: str, *, query: str, depth: int = 1,
               filters: EdgeFilter | None = None, limit: int | None = None) -> str:
    """The neighbourhood of ``actor_id`` (``repository.neighbors``) as a page; the actor is
    the focus. ``query`` is shown in the header. Raises NotFound, InvalidInput."""
    hood = repository.neighbors(db, actor_id, depth=depth, filters=filters, limit=limit)
    name = hood["center"].get("name") or actor_id
    title = f"Neighbourhood of {name} ({depth} hop{'s' if depth > 1 else ''})"
    return render_html(hood, title=title, query=query, settings=settings, focus=[actor_id])


def paths_page(db: Database, settings: Settings, source: str, target: str, *, query: str,
               max_hops: int = 4, mode: PathMode = "shortest", k: int = 3,
               filters: EdgeFilter | None = None) -> str:
    """The paths between two actors (``repository.paths``) merged into one page; every
    actor on a path is drawn as the focus. No path gives a page that says so.
    Raises NotFound, InvalidInput."""
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
    return render_html(graph, title=title, query=query, settings=settings, focus=list(names))


def cypher_page(db: Database, settings: Settings, cypher: str,
                params: dict[str, Any] | None = None, limit: int | None = None) -> str:
    """The nodes, relationships and paths a read-only query returns (``repository.run_cypher``,
    with all its guards) as a page. Raises QueryRejected, QueryTimedOut, InvalidInput."""
    answer = repository.run_cypher(db, cypher, params, limit)
    graph = answer["graph"] or {"nodes": [], "edges": []}
    graph = {**graph, "truncated": bool(graph.get("truncated")) or answer["truncated"]}
    rows = len(answer["rows"])
    return render_html(graph, title=f"Cypher result: {rows} row{'' if rows == 1 else 's'}",
                       query=cypher, settings=settings)
