"""Analytics: who is central, which blocs and brokers, what changed between two dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from api.deps import DbDep, SettingsDep
from api.models import ActorEdgeType, error_responses
from api.routes.params import ID_PATTERN, IncludeUndated, SinceText, UntilText, parse_date
from graph import analytics
from graph.actor_ids import canonical_actor_id
from graph.analytics import Algorithm, CommunityMethod, Scope, ScopeKind, Weighting
from graph.analytics.models import CentralityResult, CommunitiesResult, DiffResult
from graph.analytics.timeline import check_order
from graph.schema import Certainty

router = APIRouter(prefix="/analytics", tags=["analytics"])
WHERE = "query."  # errors name parameters as FastAPI does: query.depth

ERRORS = error_responses(403, 404, 408, 422, 503)

ActorQ = Annotated[str | None, Query(
    pattern=ID_PATTERN, max_length=200,
    description="Central actor of a neighbourhood (an actor id such as `russia`). Only with "
                "scope=neighbourhood (the default when `actor` is given); with scope=all or "
                "scope=cypher it is a 422, and scope=neighbourhood without it is a 422.")]
DepthQ = Annotated[int, Query(ge=1, le=3, description="Hops around `actor` (1 to 3).")]
ScopeQ = Annotated[ScopeKind | None, Query(
    description="`neighbourhood` (default when `actor` is given), `cypher` (default when "
                "`query` is given) or `all` (every actor–actor edge that passes the "
                "filters). neighbourhood needs `actor` and cypher needs `query`; `actor` "
                "with another scope, or `query` with another scope, is a 422.")]
CypherQ = Annotated[str | None, Query(
    max_length=20_000,
    description="scope=cypher: a read-only Cypher query, run with the guards and caps of "
                "POST /cypher; its actor–actor relationships (returned as values, lists "
                "or paths) make the graph. Return them in few rows: `collect(r)`. Only with "
                "scope=cypher (the default when `query` is given): with scope=all or "
                "scope=neighbourhood it is a 422; scope=cypher without it (or blank) is a "
                "422. Refused or unreadable Cypher: 403 / 422 as on POST /cypher.")]
CertaintyQ = Annotated[Certainty, Query(
    description="Certainty floor: `confirmed` > `reported` > `alleged` > `denied`. "
                "The default leaves out denials.")]
TypesQ = Annotated[list[ActorEdgeType] | None, Query(
    description="Only these relationship types (repeat the parameter), e.g. "
                "`types=MET_WITH&types=SIGNED_AGREEMENT_WITH`. Default: every actor–actor "
                "type.")]
WeightQ = Annotated[Weighting, Query(
    description="Tie weight: `count` (one per claim or role) or `certainty` (confirmed 1, "
                "reported 2/3, alleged 1/3).")]
LimitQ = Annotated[int, Query(ge=1, le=1000, description="How many results to return.")]


def scope_params(
    db: DbDep,
    actor: ActorQ = None,
    depth: DepthQ = 1,
    scope: ScopeQ = None,
    query: CypherQ = None,
    since: SinceText = None,
    until: UntilText = None,
    at: Annotated[dt.date | None, Query(
        description="The graph as of this date (events that had happened, roles and "
                    "relations that held). Not with since/until: `at` together with "
                    "either is a 422 naming `query.at`.")] = None,
    min_certainty: CertaintyQ = Certainty.ALLEGED,
    types: TypesQ = None,
    include_undated: IncludeUndated = False,
) -> Scope:
    return analytics.make_scope(
        scope=scope, actor=canonical_actor_id(db, actor), depth=depth, query=query,
        since=parse_date(since, "since", end=False), until=parse_date(until, "until", end=True),
        at=at, min_certainty=min_certainty, types=types, include_undated=include_undated,
        where=WHERE)


ScopeDep = Annotated[Scope, Depends(scope_params)]


@router.get("/centrality", response_model=CentralityResult, responses=ERRORS)
def centrality(
    db: DbDep, settings: SettingsDep, scope: ScopeDep,
    algorithm: Annotated[Algorithm, Query(
        description="`pagerank`, `betweenness` (exact on small graphs, sampled on large "
                    "ones: the answer says which) or `degree`.")] = Algorithm.PAGERANK,
    weight: WeightQ = Weighting.COUNT,
    limit: LimitQ = 20,
) -> CentralityResult:
    """The most central actors of a scope.

    Examples: `?actor=russia&depth=2` (Russia's neighbourhood),
    `?since=2024-06-01&until=2024-12-31&min_certainty=reported&algorithm=betweenness`
    (every actor–actor edge of the second half of 2024, reported or surer).
    Edge direction is ignored: a tie is a tie. See docs/analytics.md.
    """
    g = analytics.project(db, scope, settings)
    return analytics.centrality(g, settings, algorithm, weight, limit)


@router.get("/communities", response_model=CommunitiesResult, responses=ERRORS)
def communities(
    db: DbDep, settings: SettingsDep, scope: ScopeDep,
    method: Annotated[CommunityMethod, Query(
        description="`louvain` or `label_propagation`, both seeded (repeatable)."
    )] = CommunityMethod.LOUVAIN,
    weight: WeightQ = Weighting.COUNT,
    limit: LimitQ = 20,
) -> CommunitiesResult:
    """Blocs of actors (communities) and the brokers between them.

    A broker is an actor whose neighbours lie in two or more communities, ranked by
    betweenness. Communities are numbered from 0 (the largest).
    """
    g = analytics.project(db, scope, settings)
    return analytics.communities(g, settings, method, weight, limit)


@dataclass(frozen=True)
class DiffRequest:
    """The parameters of /analytics/diff and /viz/diff."""

    at: dt.date
    compare_to: dt.date
    actor: str | None
    depth: int
    scope: ScopeKind | None
    query: str | None
    min_certainty: Certainty
    types: list[ActorEdgeType] | None


def diff_request(
    at: Annotated[dt.date, Query(description="The earlier date (YYYY-MM-DD); must be "
                                 "before `compare_to`.")],
    compare_to: Annotated[dt.date, Query(description="The later date (YYYY-MM-DD); must be "
                                         "after `at` (the same day or earlier is a 422 "
                                         "naming `query.compare_to`).")],
    actor: ActorQ = None,
    depth: DepthQ = 1,
    scope: ScopeQ = None,
    query: CypherQ = None,
    min_certainty: CertaintyQ = Certainty.ALLEGED,
    types: TypesQ = None,
) -> DiffRequest:
    return DiffRequest(at, compare_to, actor, depth, scope, query, min_certainty, types)


DiffQuery = Annotated[DiffRequest, Depends(diff_request)]


@router.get("/diff", response_model=DiffResult, responses=ERRORS)
def diff(db: DbDep, settings: SettingsDep, req: DiffQuery) -> DiffResult:
    """What changed in a scope between two dates.

    `appeared`: edges present at `compare_to` but not at `at` (a treaty signed in
    between); `ended`: present at `at`, ended by `compare_to` (a minister who left
    office); `changed`: actor pairs whose certainties differ (an alleged deployment now
    confirmed). Undated edges are in neither picture. Example:
    `?actor=russia&depth=1&at=2024-06-01&compare_to=2024-12-31`.
    """
    check_order(req.at, req.compare_to, WHERE)  # before the projection, not after
    s = analytics.make_scope(scope=req.scope, actor=canonical_actor_id(db, req.actor),
                             depth=req.depth,
                             query=req.query, min_certainty=req.min_certainty,
                             types=req.types, where=WHERE)
    g = analytics.project(db, s, settings)
    return analytics.diff(g, req.at, req.compare_to)
