"""The subgraph a picture is drawn from: the same nodes and edges the API returns.

A subgraph from outside (a library caller's dict) is validated with pydantic
(``validate_subgraph``), so that a malformed one fails with ``InvalidInput`` naming the
place (``edges[3].target``) instead of a blank page or a stack trace. A subgraph that
``graph.repository`` built has that shape by construction: it is only checked for what
the page needs (``check_subgraph``: unique ids, edges between drawn nodes), which keeps a
5,000-node page fast. Unknown extra node properties are kept (the side panel shows them).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, NotRequired

from pydantic import Field, TypeAdapter, ValidationError
from typing_extensions import TypedDict

from graph.errors import InvalidInput

NonEmpty = Annotated[str, Field(min_length=1)]


class EvidenceItem(TypedDict, total=False):
    """One quote supporting an edge."""

    source: str | None
    source_title: str | None
    quote: str
    language: str | None
    gloss: str | None


class Stances(TypedDict):
    """Asserters by certainty."""

    confirmed: list[str]
    reported: list[str]
    alleged: list[str]
    denied: list[str]


class Corroboration(TypedDict):
    """How many say so, and does anyone deny it (the API's ``corroboration``)."""

    sources: Annotated[int, Field(ge=0)]
    publishers: list[str]
    asserted_by: list[str]
    stances: Stances
    contested: bool


class Statement(TypedDict, total=False):
    """One source's quote behind an edge, with the stance of the claim it supports."""

    claim_id: str | None
    certainty: str | None
    asserted_by: list[str]
    source: str | None
    source_title: str | None
    publisher: str | None
    quote: str
    language: str | None
    gloss: str | None


class SubgraphNode(TypedDict):
    """A node: ``id``, ``label`` (Actor, Event, Agreement, Source...; default Actor),
    ``name``, ``kind``; any other property is shown in the side panel."""

    id: NonEmpty
    label: NotRequired[str]
    name: NotRequired[str | None]
    kind: NotRequired[str | None]


class SubgraphEdge(TypedDict):
    """An actor–actor (or structural) edge with its dates, certainty and evidence."""

    id: NonEmpty
    type: NonEmpty
    source: NonEmpty
    target: NonEmpty
    valid_from: NotRequired[str | None]
    valid_to: NotRequired[str | None]
    date_precision: NotRequired[str | None]
    certainty: NotRequired[str | None]
    asserted_by: NotRequired[list[str]]
    evidence: NotRequired[list[EvidenceItem]]
    claim_id: NotRequired[str | None]
    event_id: NotRequired[str | None]
    #: drawn as the width (sources) and the dashes (contested) of the line
    corroboration: NotRequired[Corroboration]
    #: each source's quote with its stance, for the details panel (``viz.pages`` adds them
    #: from ``graph.repository.edge_statements``); without them the panel lists ``evidence``
    #: with the edge's own certainty
    statements: NotRequired[list[Statement]]
    #: statements left out by the per-edge cap
    statements_dropped: NotRequired[Annotated[int, Field(ge=0)]]


class Subgraph(TypedDict, total=False):
    """Nodes, edges, and what the producer already dropped at its own cap."""

    nodes: list[SubgraphNode]
    edges: list[SubgraphEdge]
    truncated: bool
    dropped_nodes: Annotated[int, Field(ge=0)]
    dropped_edges: Annotated[int, Field(ge=0)]


#: Validates a subgraph dict against the shapes above (TypedDicts: validation only, no
#: model objects are built, about 3x faster than pydantic models on 15,000 items).
SUBGRAPH = TypeAdapter(Subgraph)


def validate_subgraph(data: Any) -> dict[str, Any]:
    """Validate a subgraph from outside (any dict) and return it as plain dicts.

    Every field is type-checked against the shapes above (missing optional fields are
    read with the same defaults by the page script), then
    ``check_subgraph`` removes duplicates and checks the edges' ends.

    Raises
    ------
    InvalidInput
        When a field has the wrong type or an edge names a node that is not in ``nodes``;
        ``details`` lists ``{"location", "message"}`` per problem.
    """
    try:
        SUBGRAPH.validate_python(data)  # only the errors: the dicts themselves are drawn
    except ValidationError as exc:
        details = [
            {"location": _location(err["loc"]), "message": err["msg"]} for err in exc.errors()
        ]
        raise InvalidInput("the subgraph to draw is malformed", details) from None
    return check_subgraph(data)


def check_subgraph(data: Mapping[str, Any]) -> dict[str, Any]:
    """Check a subgraph whose shape is already known (``graph.repository`` built it).

    No field is re-validated: only what the page needs to be drawn right. Duplicate node
    and edge ids are removed (the first one is kept) and every edge must join two nodes
    of ``nodes``.

    Raises
    ------
    InvalidInput
        When an edge names a node that is not in ``nodes`` (``edges[3].target``).
    """
    nodes = list(data.get("nodes") or [])
    edges = list(data.get("edges") or [])
    ids = {n["id"] for n in nodes}
    if len(ids) < len(nodes):
        nodes = _first_of_each(nodes)
    problems = []
    if not all(e["source"] in ids and e["target"] in ids for e in edges):
        problems = [{"location": f"edges[{i}].{end}",
                     "message": f"node {e[end]!r} is not in nodes"}
                    for i, e in enumerate(edges) for end in ("source", "target")
                    if e[end] not in ids]
    if len({e["id"] for e in edges}) < len(edges):
        edges = _first_of_each(edges)
    if problems:
        raise InvalidInput("the subgraph to draw has edges to missing nodes", problems[:20])
    return {"nodes": nodes, "edges": edges, "truncated": bool(data.get("truncated")),
            "dropped_nodes": int(data.get("dropped_nodes") or 0),
            "dropped_edges": int(data.get("dropped_edges") or 0)}


def _first_of_each(items: list[Any]) -> list[Any]:
    """``items`` without repeated ids: the first one of each id, in order."""
    seen: set[Any] = set()
    out = []
    for item in items:
        if item["id"] not in seen:
            seen.add(item["id"])
            out.append(item)
    return out


def _location(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "subgraph"
