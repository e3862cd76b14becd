"""Actor–actor relations as a list."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import CurrentActorParam, CurrentOtherParam, DbDep
from api.models import EdgePage, error_responses
from api.routes.params import Limit, Offset, TypeFilter
from graph import repository

router = APIRouter(tags=["relations"])


@router.get("/relations", response_model=EdgePage, responses=error_responses(404, 422, 503))
def relations(
    db: DbDep,
    filters: TypeFilter,
    actor: CurrentActorParam,
    other: CurrentOtherParam,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """Edges between actors, each with dates, certainty, asserters and evidence.

    `actor` keeps the edges of one actor (either direction), `other` those whose far end
    is that actor. Dated edges first, in date order.
    """
    return repository.relations(db, actor=actor, other=other, filters=filters,
                                limit=limit, offset=offset)
