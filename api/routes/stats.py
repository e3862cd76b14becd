"""Counts of the graph."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import DbDep
from api.models import Stats, error_responses
from graph import repository

router = APIRouter(tags=["stats"])


@router.get("/stats", response_model=Stats, responses=error_responses(503))
def stats(db: DbDep) -> Any:
    """Node counts by label and relationship counts by type."""
    return repository.stats(db)
