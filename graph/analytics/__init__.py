"""Analytics with networkx: who is central, who brokers between blocs, what changed when.

A bounded scope of the graph (``make_scope``) is projected from Neo4j in one query
(``project``) into a ``networkx.MultiDiGraph``; ``centrality``, ``communities`` and
``diff`` answer on it; ``node_styles`` and ``edge_classes`` give pictures their sizes,
colours and diff classes. docs/analytics.md explains every definition.

Examples
--------
>>> scope = make_scope(actor="russia", depth=2, min_certainty="reported")
>>> g = project(db, scope)
>>> centrality(g, settings, "pagerank").results[0].actor
'russia'
"""

from graph.analytics.models import CentralityResult, CommunitiesResult, DiffResult
from graph.analytics.projection import project
from graph.analytics.scope import Scope, ScopeKind, Weighting, make_scope
from graph.analytics.scores import (
    Algorithm,
    CommunityMethod,
    centrality,
    communities,
    tie_graph,
)
from graph.analytics.styles import edge_classes, node_styles
from graph.analytics.timeline import as_of, diff, overlaps, present_at

__all__ = [
    "Algorithm",
    "CentralityResult",
    "CommunitiesResult",
    "CommunityMethod",
    "DiffResult",
    "Scope",
    "ScopeKind",
    "Weighting",
    "as_of",
    "centrality",
    "communities",
    "diff",
    "edge_classes",
    "make_scope",
    "node_styles",
    "overlaps",
    "present_at",
    "project",
    "tie_graph",
]
