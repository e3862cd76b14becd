"""What an export holds, read through the API's own functions.

A neighbourhood, the paths between two actors and a Cypher result come from
``graph.repository`` exactly as the API and the pictures get them (same filters, caps,
guards and errors; paths merged as the path picture merges them), then completed for
the files: actors' identifiers and aliases, the url, publisher and date of each quote's
source, and (FollowTheMoney) the events behind the edges. The whole graph (``--all``)
is read page by page (``graph.repository_export``): nodes first, then edges, each page
completed the same way, so memory stays bounded by the page size whatever the graph's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from exports.model import ExportEdge, ExportMeta, ExportNode, edge_from, node_from
from graph import repository, repository_export
from graph.db import Database
from graph.errors import InvalidInput
from graph.repository import EdgeFilter, PathMode
from viz.pages import merge_paths

#: Actors per page of an ``--all`` export, and most edges per page.
PAGE_ACTORS = 500
PAGE_EDGES = 2000
#: Time limit of one page's read in an ``--all`` export (a hub's page of edges with their
#: evidence and corroboration can take longer than an API request may).
PAGE_TIMEOUT_S = 300.0

Progress = Callable[[str, int], None]


@dataclass
class Export:
    """A graph to write: its description and its nodes and edges, in pages.

    ``node_pages`` and ``edge_pages`` are called once each, nodes first; a writer may
    rely on every edge's ends being among the nodes.
    """

    meta: ExportMeta
    node_pages: Callable[[], Iterator[list[ExportNode]]]
    edge_pages: Callable[[], Iterator[list[ExportEdge]]]


def complete(db: Database, graph: Mapping[str, Any], meta: ExportMeta, *,
             with_events: bool = False) -> Export:
    """An export of a subgraph in the API's contract (``{"nodes", "edges", ...}``):
    actors get their export details, quotes their sources' url, publisher and date,
    edges their events when ``with_events``."""
    rows = list(graph.get("nodes") or [])
    details = repository_export.actor_details(
        db, [n["id"] for n in rows if (n.get("label") or "Actor") == "Actor"])
    nodes = [node_from(n, details.get(n["id"])) for n in rows]
    edges = _complete_edges(db, list(graph.get("edges") or []), with_events)
    meta.truncated = meta.truncated or bool(graph.get("truncated"))
    return Export(meta, lambda: iter([nodes]), lambda: iter([edges]))


def _complete_edges(db: Database, rows: Sequence[Mapping[str, Any]],
                    with_events: bool) -> list[ExportEdge]:
    sources = repository_export.source_details(
        db, (str(e["source"]) for r in rows for e in r.get("evidence") or []
             if e.get("source")))
    events = (repository_export.event_details(
        db, (str(r["event_id"]) for r in rows if r.get("event_id")))
              if with_events else {})
    return [edge_from(r, sources, events) for r in rows]


def neighborhood(db: Database, actor_id: str, *, depth: int = 1,
                 filters: EdgeFilter | None = None, limit: int | None = None,
                 query: str = "", with_events: bool = False) -> Export:
    """The neighbourhood of an actor (``repository.neighbors``: same caps and errors).

    Raises NotFound (unknown actor), InvalidInput (depth, limit)."""
    hood = repository.neighbors(db, actor_id, depth=depth, filters=filters, limit=limit)
    name = hood["center"].get("name") or actor_id
    meta = ExportMeta(title=f"Neighbourhood of {name} ({depth} hop{'s' if depth > 1 else ''})",
                      query=query, extra={"center": actor_id})
    return complete(db, hood, meta, with_events=with_events)


def paths(db: Database, source: str, target: str, *, max_hops: int = 4,
          mode: PathMode = "shortest", k: int = 3, filters: EdgeFilter | None = None,
          query: str = "", with_events: bool = False) -> Export:
    """The paths between two actors (``repository.paths``) merged into one graph, as the
    path picture merges them. No path is an export with no edges.

    Raises NotFound (unknown actor), InvalidInput (hops, mode, k, same actor)."""
    answer = repository.paths(db, source, target, max_hops=max_hops, mode=mode, k=k,
                              filters=filters)
    graph = merge_paths(answer["paths"])
    graph["truncated"] = answer["truncated"]
    count = len(answer["paths"])
    meta = ExportMeta(title=f"Paths from {source} to {target}: {count} path"
                            f"{'' if count == 1 else 's'}", query=query,
                      extra={"source": source, "target": target, "paths": count})
    return complete(db, graph, meta, with_events=with_events)


def cypher(db: Database, cypher_query: str, params: Mapping[str, Any] | None = None,
           limit: int | None = None, *, with_events: bool = False) -> Export:
    """The nodes, relationships and paths a read-only query returns
    (``repository.run_cypher``, with all its guards).

    Raises QueryRejected, QueryTimedOut, InvalidInput (also when the rows hold no node,
    relationship or path: there is no graph to export)."""
    answer = repository.run_cypher(db, cypher_query, params, limit)
    graph = answer["graph"]
    if not graph:
        raise InvalidInput(
            "the query returns no nodes, relationships or paths: there is no graph to export "
            "(return nodes, relationships or paths, e.g. MATCH p=(:Actor)-->(:Actor) RETURN p)",
            [{"location": "query", "message": "no graph in the result"}])
    rows = len(answer["rows"])
    meta = ExportMeta(title=f"Cypher result: {rows} row{'' if rows == 1 else 's'}",
                      query=cypher_query, truncated=bool(answer["truncated"]))
    return complete(db, graph, meta, with_events=with_events)


def whole_graph(db: Database, *, filters: EdgeFilter | None = None, query: str = "",
                page_actors: int = PAGE_ACTORS, page_edges: int = PAGE_EDGES,
                with_events: bool = False, progress: Progress | None = None) -> Export:
    """Every actor and every actor–actor edge passing ``filters``, read page by page.

    ``progress(step, n)`` is called after each page with ``"nodes"`` or ``"edges"`` and
    the number of actors that page covered."""
    f = filters or EdgeFilter()
    tick: Progress = progress or (lambda step, n: None)

    def node_pages() -> Iterator[list[ExportNode]]:
        for page in repository_export.iter_actor_pages(db, page_actors):
            yield [node_from(a, a) for a in page]
            tick("nodes", len(page))

    def edge_pages() -> Iterator[list[ExportEdge]]:
        for page in repository_export.iter_actor_pages(db, page_actors):
            ids = [a["id"] for a in page]
            for rows in repository_export.iter_edges_from(db, ids, f, page_edges,
                                                          timeout=PAGE_TIMEOUT_S):
                yield _complete_edges(db, rows, with_events)
            tick("edges", len(page))

    meta = ExportMeta(title="The whole graph", query=query, extra={"all": True})
    return Export(meta, node_pages, edge_pages)
