"""Liveness and readiness."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from api.deps import DbDep
from graph.errors import DatabaseUnavailable

router = APIRouter(tags=["health"])


@router.get("/health")
def health(db: DbDep) -> dict[str, Any]:
    """Liveness: 200 while the process runs. Includes Neo4j's version when it answers."""
    try:
        info = db.ping()
        neo4j: dict[str, Any] = {"available": True, **info}
    except DatabaseUnavailable as exc:
        neo4j = {"available": False, "message": exc.message}
    return {"status": "ok", "neo4j": neo4j}


@router.get("/ready", responses={503: {"description": "Neo4j does not answer"}})
def ready(db: DbDep) -> Any:
    """Readiness: 200 when Neo4j answers a query, 503 (with Retry-After) otherwise."""
    try:
        info = db.ping()
    except DatabaseUnavailable as exc:
        return JSONResponse(
            status_code=503,
            headers={"Retry-After": "5"},
            content={"error": {"code": exc.code, "message": exc.message, "details": None}},
        )
    return {"status": "ready", "neo4j": info}
