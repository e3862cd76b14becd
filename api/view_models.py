"""Response models of the explorer's views: aggregated edges, the overview, the claims
under a set of edges (``graph.repository_views``)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import orjson
from fastapi import Response
from pydantic import Discriminator, Field, Tag

from api.models import Edge, Model, Neighborhood, Node, PathsAnswer


def _is_none(value: Any) -> bool:
    return value is None


class AggregateCorroboration(Model):
    sources: int = Field(description="Distinct Source nodes behind the edges (an edge with an "
                         "event counts every source of its event's claims)")
    contested: bool = Field(False, exclude_if=lambda v: not v, description=(
        "Something under it denies (an edge, or a claim about an edge's event) and something "
        "else asserts; left out when false"))


class AggregatedEdge(Model):
    """Every edge (passing the filters) between two actors of one type and direction.

    A field at its default is left out of the answer (most aggregated edges of a big
    neighbourhood stand for one edge, dated, uncontested): `count` 1, `first` / `last`
    null, `undated` 0, `corroboration.contested` false, and `edge_ids` for a group of one
    (its `id` is then the edge's own key)."""

    id: str = Field(description="`<TYPE>:<source>-><target>`; for a group of one edge, that "
                    "edge's own key", examples=["INTERACTED_WITH:north-korea->russia"])
    type: str
    source: str
    target: str
    count: int = Field(1, exclude_if=lambda v: v == 1,
                       description="How many edges it stands for; left out when 1")
    by_certainty: dict[str, int] = Field(
        description="The certainty mix: how many edges are confirmed, reported, alleged or "
                    "denied (only the certainties present)", examples=[{"reported": 12}])
    first: str | None = Field(None, exclude_if=_is_none, description=(
        "Earliest start of the dated edges (YYYY-MM-DD); null (left out) when one started "
        "before we know, or none is dated"))
    last: str | None = Field(None, exclude_if=_is_none, description=(
        "Latest end of the dated edges (YYYY-MM-DD); null (left out) when one still holds "
        "(a role), or none is dated"))
    undated: int = Field(0, exclude_if=lambda v: v == 0,
                         description="Edges with no date at all; left out when 0")
    corroboration: AggregateCorroboration
    edge_ids: list[str] | None = Field(None, exclude_if=_is_none, description=(
        "Ids (keys) of the edges, in key order, for `GET /edges`; left out for a group of "
        "one edge, whose key is `id`"))


class AggregatedNeighborhood(Model):
    center: Node
    nodes: list[Node]
    edges: list[AggregatedEdge]
    aggregate: Literal[True] = Field(description="The edges are aggregated")
    truncated: bool
    dropped_nodes: int = Field(description="Actors left out by the caps")
    dropped_edges: int = Field(description="Aggregated edges left out by the caps")


class AggregatedPath(Model):
    length: int
    nodes: list[Node]
    edges: list[AggregatedEdge]


class AggregatedPaths(Model):
    paths: list[AggregatedPath] = Field(description="Paths that differ only in which "
                                        "parallel edge they take are one")
    aggregate: Literal[True]
    truncated: bool = Field(description="More paths exist than settings.paths_cap")


def _aggregated(value: Any) -> str:
    found = value.get("aggregate") if isinstance(value, dict) else getattr(value, "aggregate",
                                                                             None)
    return "aggregated" if found else "edges"


#: The answer of /actors/{id}/neighbors: its edges, or with aggregate=true aggregated.
NeighborsAnswer = Annotated[
    Annotated[Neighborhood, Tag("edges")] | Annotated[AggregatedNeighborhood, Tag("aggregated")],
    Discriminator(_aggregated)]
#: The answer of /paths, likewise.
PathsOrAggregated = Annotated[
    Annotated[PathsAnswer, Tag("edges")] | Annotated[AggregatedPaths, Tag("aggregated")],
    Discriminator(_aggregated)]


def view_response(answer: dict[str, Any]) -> Response:
    """An answer of ``graph.repository_views`` (its dicts already in the models' field
    order, fields at their default left out) written as JSON as it is: the bytes FastAPI
    would write after validating it against the route's model (tests/test_api_aggregate.py
    compares them), without the validation and model dump of every edge (about 20 ms of a
    large neighbourhood's answer: BENCHMARKS.md, "The workbench"). The route keeps its
    ``response_model`` for the OpenAPI contract."""
    return Response(orjson.dumps(answer), media_type="application/json")


class OverviewNode(Node):
    degree: int = Field(description="Actor–actor edges of this actor (passing the filters)")


class Overview(Model):
    nodes: list[OverviewNode]
    edges: list[AggregatedEdge]
    aggregate: Literal[True]
    truncated: bool
    dropped_nodes: int = Field(description="Actors with an edge that are left out")
    dropped_edges: int


class Statement(Model):
    """One source's words under an edge, with the claim's stance."""

    edge_ids: list[str] = Field(description="The asked edges this statement is under")
    claim_id: str | None
    certainty: str | None = Field(description="The claim's stance: confirmed, reported, "
                                  "alleged or denied")
    asserted_by: list[str]
    date_from: str | None = Field(description="The claim's date: its event's, else its edge's")
    date_to: str | None
    date_precision: str | None
    source: str | None = Field(description="Source id (`GET /sources/{id}`)")
    source_title: str | None
    source_url: str | None
    publisher: str | None
    published: str | None
    quote: str | None = Field(description="Exact words in the original language")
    language: str | None
    gloss: str | None


class EdgeClaims(Model):
    source: str
    target: str
    edges: list[Edge]
    statements: list[Statement] = Field(description="Every claim under the edges, each quote "
                                        "once, by date (undated last)")
    statements_total: int
    missing: list[str] = Field(description="Asked ids that name no edge between the two")
