"""Events: a filtered list and one event."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from api.deps import CurrentActorParam, DbDep
from api.models import EventDetail, EventPage, error_responses
from api.routes.params import (
    ID_PATTERN,
    IncludeUndated,
    Limit,
    Offset,
    SinceText,
    UntilText,
    parse_date,
)
from graph import repository
from loaders.document import EventType

router = APIRouter(prefix="/events", tags=["events"])


@router.get("", response_model=EventPage, responses=error_responses(404, 422, 503))
def list_events(
    db: DbDep,
    actor: CurrentActorParam,
    type: Annotated[EventType | None, Query(description="Event type")] = None,
    since: SinceText = None,
    until: UntilText = None,
    include_undated: IncludeUndated = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """Events in date order (unknown dates last), with participants, claims and evidence."""
    return repository.list_events(
        db, type=type.value if type else None, actor=actor,
        since=parse_date(since, "since", end=False), until=parse_date(until, "until", end=True),
        include_undated=include_undated, limit=limit, offset=offset)


@router.get("/{id}", response_model=EventDetail, responses=error_responses(404, 422, 503))
def get_event(
    db: DbDep,
    id: Annotated[str, Path(pattern=ID_PATTERN, max_length=200, description="Event id")],
) -> Any:
    """One event: date and precision, participants and roles, the agreement it concerns,
    every claim about it (certainty, who asserts it, evidence) and the actor–actor edges
    projected from it."""
    return repository.get_event(db, id)
