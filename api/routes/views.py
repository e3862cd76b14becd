"""The explorer's data: what the graph holds at a glance, and the claims under edges."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import DbDep
from api.models import error_responses
from api.routes.params import ID_PATTERN, RelTypesFilter
from api.view_models import EdgeClaims, Overview
from graph import repository_views
from graph.actor_ids import canonical_actor_id

router = APIRouter(tags=["views"])

OverviewLimit = Annotated[int, Query(
    ge=1, le=repository_views.MAX_OVERVIEW,
    description="How many actors: those with the most actor–actor edges")]


@router.get("/overview", response_model=Overview, responses=error_responses(422, 503))
def overview(db: DbDep, filters: RelTypesFilter, limit: OverviewLimit = 60) -> Any:
    """What the graph holds at a glance: the `limit` actors with the most actor–actor
    edges (each with its `degree`) and the aggregated edges among them (docs/api.md,
    "Aggregated edges"). The filters choose the edges counted and drawn."""
    return repository_views.overview(db, limit=limit, filters=filters)


@router.get("/edges", response_model=EdgeClaims, responses=error_responses(404, 422, 503))
def edges(
    db: DbDep,
    source: Annotated[str, Query(pattern=ID_PATTERN, max_length=200,
                                 description="Actor id the edges start from")],
    target: Annotated[str, Query(pattern=ID_PATTERN, max_length=200,
                                 description="Actor id the edges point to")],
    id: Annotated[list[str], Query(
        min_length=1, max_length=repository_views.MAX_EDGE_IDS,
        description="Edge ids (repeat the parameter): an aggregated edge's `edge_ids`, or "
                    "one edge's `id`")],
) -> Any:
    """Every claim under some edges from `source` to `target`: what a click on an edge
    of the explorer lists. The edges (with their evidence and corroboration) and each
    claim once: its stance, asserters, date, quote in the original language, gloss, and
    source with its URL. Ids that name no edge between the two are listed in `missing`.
    """
    source_id = canonical_actor_id(db, source) or source
    target_id = canonical_actor_id(db, target) or target
    return repository_views.edge_claims(db, source_id, target_id, id)
