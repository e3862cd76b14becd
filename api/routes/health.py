"""Liveness and readiness."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from api.deps import DbDep
from api.errors import public_error, request_id_of
from graph.errors import DatabaseUnavailable

router = APIRouter(tags=["health"])


@router.get("/health")
def health(request: Request, db: DbDep) -> dict[str, Any]:
    """Liveness: 200 while the process runs. Includes Neo4j's version when it answers."""
    try:
        info = db.ping()
        neo4j: dict[str, Any] = {"available": True, **info}
    except DatabaseUnavailable as exc:
        # the cause (an address, the driver's words) goes to the server log, not out
        _, body, _ = public_error(exc, request_id_of(request.scope))
        neo4j = {"available": False, "message": body["error"]["message"]}
    return {"status": "ok", "neo4j": neo4j}


@router.get("/ready", responses={503: {"description": "Neo4j does not answer"}})
def ready(request: Request, db: DbDep) -> Any:
    """Readiness: 200 when Neo4j answers a query, 503 (with Retry-After) otherwise."""
    try:
        info = db.ping()
    except DatabaseUnavailable as exc:
        status, body, headers = public_error(exc, request_id_of(request.scope))
        return JSONResponse(status_code=status, headers=headers, content=body)
    return {"status": "ready", "neo4j": info}
