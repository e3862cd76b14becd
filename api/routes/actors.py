"""Actors: search, one actor, its neighbourhood, its timeline."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

import exports
from api.deps import CurrentActorId, DbDep, current_actor_id
from api.models import ActorDetail, ActorPage, Timeline, error_responses
from api.routes.download import FILE_RESPONSES, FormatParam, file_response, request_text
from api.routes.params import (
    ActorId,
    Aggregate,
    IncludeUndated,
    Limit,
    Offset,
    RelTypesFilter,
    SinceText,
    UntilText,
    parse_date,
    refuse_aggregate_with_format,
)
from api.view_models import NeighborsAnswer, view_response
from graph import repository, repository_views
from graph.schema import ActorKind

router = APIRouter(prefix="/actors", tags=["actors"])


@router.get("", response_model=ActorPage, responses=error_responses(422, 503))
def search_actors(
    db: DbDep,
    q: Annotated[str | None, Query(max_length=200, description="Name or alias, any language, "
                                   "accents and case ignored", examples=["Corea del Nord"])] = None,
    kind: Annotated[ActorKind | None, Query(description="Only actors of this kind")] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Any:
    """Find actors by name or alias ("Corea del Nord", "DPRK", "lavrov"), best match first.

    Exact aliases and names rank first, then full-text matches (whole words, prefixes,
    one typo in longer words). Without `q`, every actor in name order.
    """
    return repository.search_actors(db, q, kind=kind.value if kind else None,
                                     limit=limit, offset=offset)


@router.get("/{id}", response_model=ActorDetail, responses=error_responses(404, 422, 503))
def get_actor(db: DbDep, id: CurrentActorId) -> Any:
    """One actor: aliases (with language and notes), identifiers (ISO 3166 alpha-3, CAMEO,
    Wikidata), roles as edges with dates and evidence, agreements, and relation counts.

    The id of an actor merged into another (`geokg actors merge`) answers with that one."""
    return repository.get_actor(db, id)


@router.get("/{id}/neighbors", response_model=NeighborsAnswer,
            responses={**FILE_RESPONSES, **error_responses(404, 422, 503)})
def neighbors(
    request: Request,
    db: DbDep,
    id: ActorId,
    filters: RelTypesFilter,
    depth: Annotated[int, Query(ge=1, le=3, description="Hops from the actor")] = 1,
    limit: Annotated[int | None, Query(ge=1, le=100_000, description=(
        "Most actors besides the centre (capped by the server's neighbors_node_cap)"))] = None,
    format: FormatParam = None,
    aggregate: Aggregate = False,
) -> Any:
    """The actors within `depth` hops and the edges among them, as `{nodes, edges, truncated}`.

    Filters apply to every hop. Nearest actors are kept first; when the server's caps cut
    the answer, `truncated` is true and `dropped_nodes` / `dropped_edges` say how much was
    left out. With `aggregate=true` the parallel edges of one type and direction between
    two actors come as one aggregated edge (`GET /edges` lists the claims under it). With
    `format` (graphml, gexf, csv, json, ftm) the same neighbourhood comes as a file to
    open in Gephi, yEd, Cytoscape, a spreadsheet or FollowTheMoney tools.
    """
    refuse_aggregate_with_format(aggregate, format)
    if aggregate:  # its query follows a merged actor's id itself (one round trip less)
        return view_response(repository_views.aggregated_neighbors(
            db, id, depth=depth, filters=filters, limit=limit))
    id = current_actor_id(db, id)
    if format is not None:
        export = exports.neighborhood(db, id, depth=depth, filters=filters, limit=limit,
                                      query=request_text(request),
                                      with_events=exports.needs_events(format))
        return file_response(format, export, f"neighbors-{id}-depth{depth}")
    return repository.neighbors(db, id, depth=depth, filters=filters, limit=limit)


@router.get("/{id}/timeline", response_model=Timeline, responses=error_responses(404, 422, 503))
def timeline(
    db: DbDep,
    id: CurrentActorId,
    since: SinceText = None,
    until: UntilText = None,
    include_undated: IncludeUndated = False,
    limit: Limit = 100,
    offset: Offset = 0,
) -> Any:
    """Events involving the actor in date order, each with its claims and evidence.

    Events of unknown date come last with `date_known: false`. Events about an agreement
    the actor is party to (a treaty's ratification bill) are included, naming the
    agreement in `via_agreements`.
    """
    return repository.timeline(
        db, id, since=parse_date(since, "since", end=False),
        until=parse_date(until, "until", end=True), include_undated=include_undated,
        limit=limit, offset=offset)
