"""Analytics looks of a picture: node size by centrality, colour by community, diff classes.

The numbers come from ``graph.analytics`` (``node_styles``, ``edge_classes``); this
module only turns a drawn subgraph into the projection those functions take and carries
their answers to ``viz.render_html`` as a ``Look``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import networkx as nx

from graph import analytics
from graph.analytics import Algorithm
from graph.analytics.timeline import passes
from graph.settings import Settings


class ColorBy(StrEnum):
    """What a node's fill colour means besides its kind."""

    COMMUNITY = "community"


@dataclass(frozen=True)
class Look:
    """Optional per-node and per-edge looks drawn on top of the kind and certainty styles.

    ``sizes``: node id -> vis-network size; ``scores``: node id -> the centrality the
    size stands for, named ``score_name`` (shown in tooltips); ``communities``: node id ->
    community number (fill colour; 0 is the largest); ``edge_classes``: edge id -> diff
    class (``appeared``, ``ended``, ``changed``, ``unchanged``), which replaces the
    certainty colour; ``period``: the two dates compared, named in every diff tooltip;
    ``subtitle``: a line under the title.
    """

    sizes: Mapping[str, float] = field(default_factory=dict)
    scores: Mapping[str, float] = field(default_factory=dict)
    score_name: str | None = None
    communities: Mapping[str, int] = field(default_factory=dict)
    edge_classes: Mapping[str, str] = field(default_factory=dict)
    period: str | None = None
    subtitle: str | None = None

    @property
    def colors_communities(self) -> bool:
        return bool(self.communities)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def _unaggregated(edges: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The edges, an aggregated edge (``edge_ids``, ``by_certainty``) standing again for
    as many edges as it counts, each certainty as often as its mix says, over its
    ``first`` .. ``last`` dates: the multiplicity and certainties the scores weigh."""
    out: list[Mapping[str, Any]] = []
    for e in edges:
        if "by_certainty" not in e:
            out.append(e)
            continue
        for certainty, n in sorted(e["by_certainty"].items()):
            out += [{"id": f"{e['id']}#{certainty}{i}", "type": e["type"],
                     "source": e["source"], "target": e["target"], "certainty": certainty,
                     "valid_from": e.get("first"), "valid_to": e.get("last")}
                    for i in range(n)]
    return out


def projection_of(graph: Mapping[str, Any]) -> nx.MultiDiGraph:
    """The drawn subgraph (``viz.model``'s shape, as dicts) as an analytics projection
    (``graph.analytics.project``'s shape).

    Every Actor node of the picture is a node; every actor–actor edge that passes the
    analytics default filters (an actor–actor type, certainty ``alleged`` or surer: a
    denial is a stance, not a tie) is an edge keyed by its id; an aggregated edge counts
    as the edges it stands for. Events, sources and
    structural edges drawn from a Cypher result are not part of it.
    """
    default = analytics.make_scope(scope="all")
    actors = {n["id"] for n in graph["nodes"] if (n.get("label") or "Actor") == "Actor"}
    g = nx.MultiDiGraph()
    g.add_nodes_from(sorted((n["id"], {"name": n.get("name"), "kind": n.get("kind")})
                            for n in graph["nodes"] if n["id"] in actors))
    edges = []
    for e in _unaggregated(graph["edges"]):
        attrs = {"type": e["type"], "certainty": e.get("certainty"),
                 "valid_from": _date(e.get("valid_from")), "valid_to": _date(e.get("valid_to")),
                 "event_id": e.get("event_id"), "claim_id": e.get("claim_id")}
        if e["source"] in actors and e["target"] in actors and passes(attrs, default):
            edges.append((e["source"], e["target"], e["id"], attrs))
    g.add_edges_from(sorted(edges, key=lambda x: x[2]))  # sorted: seeded Louvain repeats
    g.graph.update(scope={"scope": "picture"}, center=None)
    return g


def analytic_look(graph: Mapping[str, Any], settings: Settings, *,
                  size_by: Algorithm | str | None = None,
                  color_by: ColorBy | str | None = None) -> Look | None:
    """Node sizes by the ``size_by`` centrality and colours by community, computed by
    ``graph.analytics.node_styles`` on the drawn subgraph (``projection_of``).

    Returns None when neither option is given.
    """
    if size_by is None and color_by is None:
        return None
    algorithm = Algorithm(size_by) if size_by is not None else Algorithm.PAGERANK
    styles = analytics.node_styles(projection_of(graph), settings, algorithm)
    return Look(
        sizes={n: s["size"] for n, s in styles.items()} if size_by is not None else {},
        scores={n: s["score"] for n, s in styles.items()} if size_by is not None else {},
        score_name=algorithm.value if size_by is not None else None,
        communities=({n: s["community"] for n, s in styles.items()}
                     if color_by is not None else {}),
    )
