"""Response models: what every endpoint answers, so /openapi.json says it precisely."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from graph.schema import ACTOR_EDGE_TYPES

#: Query-parameter enum of the actor–actor relationship types (the schema's closed set).
ActorEdgeType = StrEnum("ActorEdgeType", {t: t for t in ACTOR_EDGE_TYPES})  # type: ignore[misc]


class MinCertainty(StrEnum):
    """The certainty scale (confirmed > reported > alleged); ``denied`` is a stance, not a level."""

    CONFIRMED = "confirmed"
    REPORTED = "reported"
    ALLEGED = "alleged"


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- errors -----------------------------------------------------------------------------


class ErrorDetail(Model):
    code: str = Field(examples=["not_found"])
    message: str
    details: Any = None


class ErrorBody(Model):
    """The one error body of every endpoint."""

    error: ErrorDetail


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the given error statuses, all with ErrorBody."""
    text = {
        400: "The request body is not JSON",
        403: "Query refused (not read-only, or a refused clause or procedure)",
        404: "Unknown actor, event or source",
        408: "Query stopped by its time limit",
        422: "Invalid parameter; `details` names it",
        503: "Neo4j unavailable; retry after `Retry-After` seconds",
    }
    return {s: {"model": ErrorBody, "description": text.get(s, "Error")} for s in statuses}


def json_error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """As :func:`error_responses`, for routes whose success is not JSON (the pictures):
    their errors are still the one JSON body, and the schema says so."""
    ref = {"schema": {"$ref": "#/components/schemas/ErrorBody"}}
    return {s: {"description": spec["description"], "content": {"application/json": ref}}
            for s, spec in error_responses(*statuses).items()}


# --- graph elements ---------------------------------------------------------------------


class Evidence(Model):
    source: str | None = Field(description="Source id")
    source_title: str | None = None
    quote: str | None = Field(description="Exact words in the original language")
    language: str | None = None
    gloss: str | None = Field(default=None, description="English gloss of the quote")


class Stances(Model):
    confirmed: list[str]
    reported: list[str]
    alleged: list[str]
    denied: list[str]


class Corroboration(Model):
    """How many say so, and does anyone deny it."""

    sources: int = Field(description="Distinct Source nodes with evidence for the event")
    publishers: list[str] = Field(
        description="Distinct publishers (a source's id when it names none); sources "
        "quoting the same words (a wire story carried by several outlets) count once")
    asserted_by: list[str] = Field(description="Every actor asserting or denying it")
    stances: Stances = Field(description="Asserters by certainty")
    contested: bool = Field(description="Some claim denies what another asserts")


class Edge(Model):
    """An actor–actor edge: since when, according to whom, how sure, and why."""

    id: str = Field(description="The edge's unique key")
    type: str = Field(examples=["SUPPLIED_ARMS_TO"])
    source: str | None = Field(description="Actor id the edge starts from")
    target: str | None = Field(description="Actor id the edge points to")
    valid_from: str | None = Field(description="YYYY-MM-DD, first day; null if unknown")
    valid_to: str | None = Field(description="YYYY-MM-DD, last day; null if open or unknown")
    date_precision: str | None = Field(description="day, month, year, range or unknown")
    certainty: str | None = Field(description="confirmed, reported, alleged or denied")
    asserted_by: list[str] = Field(description="Ids of the actors asserting it")
    evidence: list[Evidence]
    claim_id: str | None
    event_id: str | None
    corroboration: Corroboration = Field(description=(
        "How many say so, and does anyone deny it: an edge with an event has its event's "
        "corroboration; any other edge counts its own sources, asserters and certainty, "
        "with the parallel relation claims of the same type (docs/api.md, Corroboration)"))


class Node(Model):
    id: str
    label: str = Field(examples=["Actor"])
    name: str | None
    kind: str | None


class Subgraph(Model):
    nodes: list[Node]
    edges: list[Edge]
    truncated: bool = Field(description="True when the answer leaves something out")
    dropped_nodes: int = Field(default=0, description="Nodes left out by the caps")
    dropped_edges: int = Field(default=0, description="Edges left out by the caps")


class Neighborhood(Subgraph):
    center: Node


# --- actors -----------------------------------------------------------------------------


class ActorHit(Model):
    id: str
    name: str | None
    kind: str | None
    country: str | None
    aliases: list[str]
    score: float | None = Field(description="Relevance; exact alias or name matches rank first")


class ActorPage(Model):
    items: list[ActorHit]
    total: int


class Alias(Model):
    text: str | None
    lang: str | None = None
    note: str | None = None


class Identifiers(Model):
    iso3: str | None = None
    cameo: str | None = None
    wikidata: str | None = None


class AgreementRef(Model):
    id: str
    name: str | None
    kind: str | None


class RelationCounts(Model):
    total: int
    by_type: dict[str, int]
    events: int = Field(description="Events the actor takes part in")


class ActorDetail(Model):
    id: str
    name: str | None
    kind: str | None
    country: str | None
    description: str | None
    aliases: list[Alias]
    identifiers: Identifiers
    roles: list[Edge] = Field(description="Role edges (head of state of, member of...) "
                                          "either way")
    agreements: list[AgreementRef]
    relation_counts: RelationCounts


# --- events -----------------------------------------------------------------------------


class ParticipantOut(Model):
    actor: str
    name: str | None
    kind: str | None
    role: str | None


class AgreementLink(Model):
    id: str
    name: str | None
    milestone: str | None


class ClaimOut(Model):
    id: str
    certainty: str | None
    note: str | None
    asserted_by: list[str]
    evidence: list[Evidence]


class EventOut(Model):
    id: str
    type: str | None
    cameo: str | None
    date: str | None = Field(description="YYYY-MM-DD, first day; null when unknown")
    date_end: str | None
    date_precision: str | None
    date_inferred: bool
    date_text: str | None
    date_known: bool = Field(description="False for events of unknown date (listed last)")
    summary: str | None
    location: str | None
    conflicts: list[str] = Field(
        description="Fields whose values differ between the event's sources (date, location, "
        "an attribute): the value shown is the one most sources give; see `accounts`")
    participants: list[ParticipantOut]
    agreements: list[AgreementLink]
    claims: list[ClaimOut]
    corroboration: Corroboration


class EventPage(Model):
    items: list[EventOut]
    total: int


class AccountOut(Model):
    """What one document says of the event, kept as it said it."""

    id: str = Field(description="The document's own id for the event (reaches it too)")
    key: str
    sources: list[str]
    date: str | None
    date_end: str | None
    date_precision: str | None
    date_text: str | None
    location: str | None
    summary: str | None
    attributes: dict[str, Any]


class EventDetail(EventOut):
    attributes: dict[str, Any] = Field(description="Per-format properties (GDELT...)")
    accounts: list[AccountOut] = Field(
        description="Per source document: its date, location, summary and attributes. The "
        "event's own values are reconciled from them (docs/data-model.md)")
    edges: list[Edge] = Field(description="Actor–actor edges projected from this event")


class TimelineItem(EventOut):
    roles: list[str] = Field(description="The actor's roles in the event")
    via_agreements: list[str] = Field(
        description="Agreements the actor is party to that the event concerns"
    )


class Timeline(Model):
    actor: Node
    items: list[TimelineItem]
    total: int


# --- paths, relations -------------------------------------------------------------------


class PathOut(Model):
    length: int
    nodes: list[Node]
    edges: list[Edge]


class PathsAnswer(Model):
    paths: list[PathOut]
    truncated: bool = Field(description="More paths exist than settings.paths_cap")


class EdgePage(Model):
    items: list[Edge]
    total: int


# --- sources, stats ---------------------------------------------------------------------


class EvidenceQuote(Model):
    id: str
    quote: str | None
    language: str | None
    gloss: str | None
    span_start: int | None = None
    span_end: int | None = None


class SourceDetail(Model):
    id: str
    title: str | None
    url: str | None
    language: str | None
    publisher: str | None
    published: str | None
    published_precision: str | None
    kind: str | None
    text: str | None
    reviewed: bool | None = Field(
        default=None, description="From a feed (geokg articles sync): true once a person "
        "approved its draft, false when a trusted feed loaded it unreviewed (--load); null "
        "for a source loaded from a document")
    reviewed_by: str | None = Field(default=None, description="Who approved its draft")
    reviewed_at: str | None = Field(default=None, description="When its draft was approved")
    draft: str | None = Field(default=None, description="Id of its draft (GET /drafts/{id})")
    evidence: list[EvidenceQuote]
    claims: list[str] = Field(description="Ids of the claims this source's evidence supports")


class Stats(Model):
    nodes: dict[str, int]
    relationships: dict[str, int]


# --- analysts' Cypher -------------------------------------------------------------------


class CypherRequest(Model):
    query: str = Field(min_length=1, max_length=20_000,
                       examples=["MATCH (a:Actor)-[r]->(b:Actor) RETURN a, r, b LIMIT 10"])
    params: dict[str, Any] = Field(default_factory=dict, description="Query $parameters")
    limit: int | None = Field(default=None, ge=1,
                              description="Row limit (capped by settings.cypher_row_cap)")


class CypherAnswer(Model):
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = Field(description="True when rows were cut by the row or size cap")
    graph: Subgraph | None = Field(
        description="Nodes and edges found in the rows (null when there are none)"
    )
