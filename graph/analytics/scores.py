"""Who is central, which communities, who brokers between them: networkx on a projection.

Every algorithm runs on the **tie graph** (``tie_graph``): an undirected
``networkx.Graph`` with one tie per pair of actors joined by at least one edge, whatever
the edges' types and directions. A tie's ``weight`` is the number of its edges (each
claim or role counts once; ``Weighting.COUNT``) or the sum of their certainties
(confirmed 1, reported 2/3, alleged 1/3, denied 0; ``Weighting.CERTAINTY``). Self-loops are
dropped: an actor is not tied to itself.

- degree: distinct actors tied to (``degree``), sum of tie weights (``weighted_degree``);
  ``algorithm="degree"`` scores ``degree / (n - 1)`` (networkx ``degree_centrality``);
- PageRank: ``networkx.pagerank`` on the weighted ties (alpha 0.85);
- betweenness: ``networkx.betweenness_centrality`` over hop counts (weights ignored),
  normalised; exact up to ``betweenness_exact_max_nodes`` actors, else sampled from
  ``betweenness_sample_k`` source actors with ``analytics_seed``;
- communities: Louvain (``louvain_communities``) or asynchronous label propagation, both
  weighted and seeded with ``analytics_seed``;
- brokers: actors whose neighbours lie in two or more communities, ranked by
  betweenness (only those with betweenness above zero).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import networkx as nx

from graph.analytics.models import (
    ActorScore,
    BetweennessMethod,
    Broker,
    CentralityResult,
    CommunitiesResult,
    Community,
    GraphSize,
    Member,
)
from graph.analytics.scope import Weighting
from graph.schema import CERTAINTY_RANK
from graph.settings import Settings

_CERTAINTY_WEIGHT = {c.value: rank / 3 for c, rank in CERTAINTY_RANK.items()}


class Algorithm(StrEnum):
    PAGERANK = "pagerank"
    BETWEENNESS = "betweenness"
    DEGREE = "degree"


class CommunityMethod(StrEnum):
    LOUVAIN = "louvain"
    LABEL_PROPAGATION = "label_propagation"


def tie_graph(g: nx.MultiDiGraph, weight: Weighting = Weighting.COUNT) -> nx.Graph:
    """Fold a projection into undirected weighted ties (module docstring).

    Returns a Graph with the projection's nodes (same order and attributes) and, per tie,
    ``weight`` and ``edges`` (the number of relationships folded into it).
    """
    ties: dict[tuple[str, str], list[float]] = {}
    by_count = weight is Weighting.COUNT
    for u, v, certainty in g.edges(data="certainty"):
        if u == v:
            continue
        tie = ties.setdefault((u, v) if u < v else (v, u), [0.0, 0])
        tie[0] += 1.0 if by_count else _CERTAINTY_WEIGHT.get(certainty, 0.0)
        tie[1] += 1
    t = nx.Graph()
    t.add_nodes_from(g.nodes(data=True))
    t.add_edges_from((u, v, {"weight": w, "edges": int(n)}) for (u, v), (w, n) in ties.items())
    return t


def size(g: nx.MultiDiGraph, t: nx.Graph) -> GraphSize:
    return GraphSize(actors=g.number_of_nodes(), edges=g.number_of_edges(),
                     ties=t.number_of_edges())


def betweenness(t: nx.Graph, settings: Settings) -> tuple[dict[str, float], BetweennessMethod]:
    """Normalised betweenness over hop counts, exact or sampled; return scores and how."""
    n = t.number_of_nodes()
    if n <= settings.betweenness_exact_max_nodes:
        return (nx.betweenness_centrality(t, normalized=True),
                BetweennessMethod(method="exact", k=None, seed=None))
    k = min(settings.betweenness_sample_k, n)
    seed = settings.analytics_seed
    return (nx.betweenness_centrality(t, k=k, normalized=True, seed=seed),
            BetweennessMethod(method="sampled", k=k, seed=seed))


def _ranked(scores: dict[str, float], t: nx.Graph) -> list[str]:
    """Actor ids by score, then weighted degree, then id (a stable order for ties)."""
    wdeg = dict(t.degree(weight="weight"))
    return sorted(scores, key=lambda n: (-scores[n], -wdeg[n], n))


def centrality(g: nx.MultiDiGraph, settings: Settings,
               algorithm: Algorithm | str = Algorithm.PAGERANK,
               weight: Weighting | str = Weighting.COUNT, limit: int = 20) -> CentralityResult:
    """Score every actor of the projection and return the ``limit`` most central.

    Returns a CentralityResult: the actors by descending score with their degree,
    weighted degree and edge count; ``betweenness`` says exact or sampled when that
    algorithm was used.
    """
    algorithm, weight = Algorithm(algorithm), Weighting(weight)
    t = tie_graph(g, weight)
    how: BetweennessMethod | None = None
    if algorithm is Algorithm.PAGERANK:
        scores: dict[str, float] = nx.pagerank(t, weight="weight") if len(t) else {}
    elif algorithm is Algorithm.BETWEENNESS:
        scores, how = betweenness(t, settings)
    else:
        scores = nx.degree_centrality(t)
    wdeg = dict(t.degree(weight="weight"))
    order = _ranked(scores, t)
    results = [
        ActorScore(rank=i + 1, actor=n, name=t.nodes[n].get("name"),
                   kind=t.nodes[n].get("kind"), score=scores[n], degree=t.degree(n),
                   weighted_degree=wdeg[n], edges=g.degree(n))
        for i, n in enumerate(order[:limit])
    ]
    return CentralityResult(scope=dict(g.graph.get("scope", {})), algorithm=algorithm.value,
                            weight=weight.value, graph=size(g, t), betweenness=how,
                            results=results, truncated=len(order) > limit)


def detect_communities(t: nx.Graph, settings: Settings,
                       method: CommunityMethod = CommunityMethod.LOUVAIN) -> list[set[str]]:
    """Seeded communities of the tie graph, largest first (ties broken by smallest id)."""
    seed = settings.analytics_seed
    if t.size(weight="weight") == 0:
        # no weight at all (no ties, or only denials weighted by certainty): modularity is
        # undefined and Louvain divides by zero; every actor stands alone
        return sorted(({n} for n in t), key=lambda c: min(c))
    if method is CommunityMethod.LOUVAIN:
        found: Any = nx.community.louvain_communities(t, weight="weight", seed=seed)
    else:
        found = nx.community.asyn_lpa_communities(t, weight="weight", seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def community_of(parts: list[set[str]]) -> dict[str, int]:
    """Actor id -> community number (0 = largest)."""
    return {n: i for i, members in enumerate(parts) for n in members}


def brokers(t: nx.Graph, community: dict[str, int], between: dict[str, float]
            ) -> list[tuple[str, float, list[int]]]:
    """(actor, betweenness, neighbour communities) for actors whose neighbours span two or
    more communities and whose betweenness is above zero, most between first."""
    found = []
    for n in t:
        spans = sorted({community[m] for m in t[n]})
        if len(spans) >= 2 and between.get(n, 0.0) > 0:
            found.append((n, between[n], spans))
    return sorted(found, key=lambda x: (-x[1], x[0]))


def communities(g: nx.MultiDiGraph, settings: Settings,
                method: CommunityMethod | str = CommunityMethod.LOUVAIN,
                weight: Weighting | str = Weighting.COUNT,
                limit: int = 20) -> CommunitiesResult:
    """Detect communities and brokers in the projection.

    Returns a CommunitiesResult: at most ``limit`` communities (largest first), each with at
    most ``limit`` members (by weighted degree), the modularity of the whole partition,
    and at most ``limit`` brokers with the betweenness method used.
    """
    method, weight = CommunityMethod(method), Weighting(weight)
    t = tie_graph(g, weight)
    parts = detect_communities(t, settings, method)
    comm = community_of(parts)
    modularity = (nx.community.modularity(t, parts, weight="weight")
                  if t.size(weight="weight") > 0 else None)
    between, how = betweenness(t, settings)
    wdeg = dict(t.degree(weight="weight"))
    listed = []
    for i, members in enumerate(parts[:limit]):
        order = sorted(members, key=lambda n: (-wdeg[n], n))[:limit]
        listed.append(Community(id=i, size=len(members), members=[
            Member(actor=n, name=t.nodes[n].get("name"), kind=t.nodes[n].get("kind"))
            for n in order]))
    found = brokers(t, comm, between)
    return CommunitiesResult(
        scope=dict(g.graph.get("scope", {})), method=method.value, weight=weight.value,
        seed=settings.analytics_seed, graph=size(g, t), modularity=modularity,
        total=len(parts), communities=listed,
        brokers=[Broker(rank=i + 1, actor=n, name=t.nodes[n].get("name"),
                        community=comm[n], betweenness=b, neighbour_communities=spans)
                 for i, (n, b, spans) in enumerate(found[:limit])],
        betweenness=how,
        truncated=len(parts) > limit or any(len(c) > limit for c in parts[:limit])
        or len(found) > limit)
