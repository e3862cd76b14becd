"""Sources of evidence."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from api.deps import DbDep
from api.models import SourceDetail, error_responses
from api.routes.params import ID_PATTERN
from graph import repository

router = APIRouter(prefix="/sources", tags=["sources"])


@router.get("/{id}", response_model=SourceDetail, responses=error_responses(404, 422, 503))
def get_source(
    db: DbDep,
    id: Annotated[str, Path(pattern=ID_PATTERN, max_length=200, description="Source id")],
) -> Any:
    """One source (title, url, language, publisher, date, text), its evidence quotes and the
    claims they support."""
    return repository.get_source(db, id)
