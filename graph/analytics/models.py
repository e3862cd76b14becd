"""The answers of the analytics functions (pydantic, so the API serves them as they are)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, Field


class GraphSize(BaseModel):
    actors: int = Field(description="Actors in the projected subgraph.")
    edges: int = Field(description="Actor–actor relationships (parallel claims counted).")
    ties: int = Field(description="Distinct actor pairs joined by at least one edge.")


class BetweennessMethod(BaseModel):
    method: Literal["exact", "sampled"] = Field(
        description="exact up to betweenness_exact_max_nodes actors, sampled above")
    k: int | None = Field(description="Source actors sampled (null when exact).")
    seed: int | None = Field(description="Seed of the sample (null when exact).")


class ActorScore(BaseModel):
    rank: int = Field(description="1 for the most central actor.")
    actor: str
    name: str | None = None
    kind: str | None = None
    score: float = Field(description="The chosen algorithm's score.")
    degree: int = Field(description="Distinct actors this actor is tied to.")
    weighted_degree: float = Field(description="Sum of the weights of its ties.")
    edges: int = Field(description="Relationships touching it, parallel claims counted.")


class CentralityResult(BaseModel):
    scope: dict[str, Any]
    algorithm: Literal["pagerank", "betweenness", "degree"]
    weight: Literal["count", "certainty"]
    graph: GraphSize
    betweenness: BetweennessMethod | None = Field(
        default=None, description="How betweenness was computed (algorithm=betweenness).")
    results: list[ActorScore]
    truncated: bool = Field(description="True when more actors were scored than returned.")


class Member(BaseModel):
    actor: str
    name: str | None = None
    kind: str | None = None


class Community(BaseModel):
    id: int = Field(description="0 for the largest community, then by size.")
    size: int
    members: list[Member] = Field(description="Members by weighted degree, at most limit.")


class Broker(BaseModel):
    rank: int
    actor: str
    name: str | None = None
    community: int = Field(description="The broker's own community.")
    betweenness: float
    neighbour_communities: list[int] = Field(
        description="Communities of its neighbours (two or more).")


class CommunitiesResult(BaseModel):
    scope: dict[str, Any]
    method: Literal["louvain", "label_propagation"]
    weight: Literal["count", "certainty"]
    seed: int
    graph: GraphSize
    modularity: float | None = Field(description="Modularity of the partition (null: no ties).")
    total: int = Field(description="Communities found (all of them, not only those listed).")
    communities: list[Community]
    brokers: list[Broker]
    betweenness: BetweennessMethod
    truncated: bool = Field(description="True when communities or members were cut at limit.")


class EdgeChange(BaseModel):
    key: str = Field(description="The relationship's key (unique).")
    source: str
    target: str
    type: str
    certainty: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    event_id: str | None = None
    claim_id: str | None = None


class CertaintyChange(BaseModel):
    source: str
    target: str
    type: str
    before: list[str] = Field(description="Certainties of the pair's edges at `at`.")
    after: list[str] = Field(description="Certainties of the pair's edges at `compare_to`.")
    edges: list[str] = Field(description="Keys of the edges that appeared or ended.")


class DiffCounts(BaseModel):
    at: int = Field(description="Edges present at `at`.")
    compare_to: int = Field(description="Edges present at `compare_to`.")
    appeared: int
    ended: int
    changed: int
    unchanged: int
    undated: int = Field(description="Edges of the scope with no date (in neither picture).")


class DiffResult(BaseModel):
    scope: dict[str, Any]
    at: dt.date
    compare_to: dt.date
    appeared: list[EdgeChange] = Field(description="Present at compare_to, not at at.")
    ended: list[EdgeChange] = Field(description="Present at at, ended by compare_to.")
    changed: list[CertaintyChange] = Field(
        description="(source, type, target) present at both dates with other certainties.")
    counts: DiffCounts
