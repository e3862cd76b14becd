"""Paths between two actors."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from api.deps import DbDep
from api.models import PathsAnswer, error_responses
from api.routes.params import ID_PATTERN, RelTypesFilter
from graph import repository

router = APIRouter(tags=["paths"])

ActorParam = Annotated[str, Query(pattern=ID_PATTERN, max_length=200)]


@router.get("/paths", response_model=PathsAnswer, responses=error_responses(404, 422, 503))
def paths(
    db: DbDep,
    source: Annotated[str, Query(pattern=ID_PATTERN, max_length=200,
                                 description="Actor id", examples=["choe-son-hui"])],
    target: Annotated[str, Query(pattern=ID_PATTERN, max_length=200,
                                 description="Actor id", examples=["nato"])],
    filters: RelTypesFilter,
    max_hops: Annotated[int, Query(ge=1, le=6, description="Longest path considered")] = 4,
    mode: Annotated[Literal["shortest", "all_shortest", "k"], Query(
        description="shortest: one shortest path; all_shortest: every shortest path; "
                    "k: the k shortest paths")] = "shortest",
    k: Annotated[int, Query(ge=1, le=10, description="How many paths with mode=k")] = 3,
) -> Any:
    """How is `source` connected to `target`? Paths of at most `max_hops` edges.

    Every hop passes the filters ("only confirmed edges, June to December 2024":
    `min_certainty=confirmed&since=2024-06&until=2024-12`). Edges are walked either way;
    each says its own direction (`source` → `target`), dates, certainty, asserters and
    evidence. No path is `{"paths": []}`, not an error.
    """
    return repository.paths(db, source, target, max_hops=max_hops, mode=mode, k=k,
                            filters=filters)
