"""What pictures need from the analytics: node size and colour, and diff classes of edges.

``viz/`` draws; these functions only compute, on a projection, the numbers it draws with.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import networkx as nx

from graph.analytics import scores, timeline
from graph.analytics.scope import Weighting
from graph.settings import Settings


def node_styles(g: nx.MultiDiGraph, settings: Settings,
                algorithm: scores.Algorithm | str = scores.Algorithm.PAGERANK,
                weight: Weighting | str = Weighting.COUNT,
                min_size: float = 10.0, max_size: float = 50.0) -> dict[str, dict[str, Any]]:
    """Size by centrality and community number for every actor of the projection.

    Returns ``{actor_id: {"size": float, "community": int, "score": float}}``: ``size``
    grows linearly from ``min_size`` (lowest score) to ``max_size`` (highest; all
    ``min_size`` when every score is equal); ``community`` is 0 for the largest Louvain
    community (seeded), 1 for the next...
    """
    every = len(g) or 1
    result = scores.centrality(g, settings, algorithm, weight, limit=every)
    t = scores.tie_graph(g, Weighting(weight))
    community = scores.community_of(scores.detect_communities(t, settings))
    values = {r.actor: r.score for r in result.results}
    low, high = min(values.values(), default=0.0), max(values.values(), default=0.0)
    span = high - low
    return {
        n: {"size": min_size + (max_size - min_size) * ((s - low) / span if span else 0.0),
            "community": community[n], "score": s}
        for n, s in values.items()
    }


def edge_classes(g: nx.MultiDiGraph, at: dt.date, compare_to: dt.date) -> dict[str, str]:
    """The diff class of every edge of the projection, by edge key.

    Returns ``{key: cls}`` with ``cls`` one of ``appeared``, ``ended``, ``changed`` (it
    appeared or ended and so changed the certainty of its (source, type, target) pair:
    draw it as a change rather than a plain addition/removal), ``unchanged`` (present at
    both dates), ``absent`` (at neither date) and ``undated``.

    Raises InvalidInput naming ``compare_to`` unless ``at < compare_to``.
    """
    d = timeline.diff(g, at, compare_to)
    classes: dict[str, str] = {}
    for _, _, key, data in g.edges(keys=True, data=True):
        if timeline.is_undated(data):
            classes[key] = "undated"
        else:
            then = timeline.present_at(data, at)
            now = timeline.present_at(data, compare_to)
            classes[key] = ("unchanged" if then and now else "absent" if not (then or now)
                            else "appeared" if now else "ended")
    for change in d.changed:
        for key in change.edges:
            classes[key] = "changed"
    return classes
