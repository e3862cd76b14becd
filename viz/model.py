"""The subgraph a picture is drawn from: the same nodes and edges the API returns.

Validated with pydantic so that a malformed subgraph fails with ``InvalidInput`` naming
the place (``edges[3].target``) instead of a blank page or a stack trace. Unknown extra
node properties are kept (they are shown in the side panel).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from graph.errors import InvalidInput


class EvidenceItem(BaseModel):
    """One quote supporting an edge."""

    model_config = ConfigDict(extra="ignore")

    source: str | None = None
    source_title: str | None = None
    quote: str = ""
    language: str | None = None
    gloss: str | None = None


class SubgraphNode(BaseModel):
    """A node: ``id``, ``label`` (Actor, Event, Agreement, Source...), ``name``, ``kind``."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1)
    label: str = "Actor"
    name: str | None = None
    kind: str | None = None

    def extras(self) -> dict[str, Any]:
        """Return the extra properties (everything but id, label, name, kind)."""
        return dict(self.model_extra or {})


class SubgraphEdge(BaseModel):
    """An actor–actor (or structural) edge with its dates, certainty and evidence."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    type: str = Field(min_length=1)
    source: str = Field(min_length=1)
    target: str = Field(min_length=1)
    valid_from: str | None = None
    valid_to: str | None = None
    date_precision: str | None = None
    certainty: str | None = None
    asserted_by: list[str] = Field(default_factory=list)
    evidence: list[EvidenceItem] = Field(default_factory=list)
    claim_id: str | None = None
    event_id: str | None = None


class Subgraph(BaseModel):
    """Nodes, edges, and what the producer already dropped at its own cap."""

    model_config = ConfigDict(extra="ignore")

    nodes: list[SubgraphNode] = Field(default_factory=list)
    edges: list[SubgraphEdge] = Field(default_factory=list)
    truncated: bool = False
    dropped_nodes: int = Field(default=0, ge=0)
    dropped_edges: int = Field(default=0, ge=0)


def parse_subgraph(data: Any) -> Subgraph:
    """Validate a subgraph dict.

    Returns
    -------
    Subgraph
        With duplicate node and edge ids removed (first one kept).

    Raises
    ------
    InvalidInput
        When a field has the wrong type or an edge names a node that is not in ``nodes``;
        ``details`` lists ``{"location", "message"}`` per problem.
    """
    try:
        graph = Subgraph.model_validate(data)
    except ValidationError as exc:
        details = [
            {"location": _location(err["loc"]), "message": err["msg"]} for err in exc.errors()
        ]
        raise InvalidInput("the subgraph to draw is malformed", details) from None

    seen: set[str] = set()
    nodes = []
    for node in graph.nodes:
        if node.id not in seen:
            seen.add(node.id)
            nodes.append(node)
    problems = []
    edge_ids: set[str] = set()
    edges = []
    for i, edge in enumerate(graph.edges):
        for end in ("source", "target"):
            if getattr(edge, end) not in seen:
                problems.append({"location": f"edges[{i}].{end}",
                                 "message": f"node {getattr(edge, end)!r} is not in nodes"})
        if edge.id not in edge_ids:
            edge_ids.add(edge.id)
            edges.append(edge)
    if problems:
        raise InvalidInput("the subgraph to draw has edges to missing nodes", problems[:20])
    graph.nodes, graph.edges = nodes, edges
    return graph


def _location(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "subgraph"
