"""The FastAPI application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.audit import AuditLog
from api.context import RequestContextMiddleware
from api.errors import install_error_handlers
from api.openapi import install_contract
from api.routes import (
    actors,
    analytics,
    cypher,
    events,
    explorer,
    health,
    paths,
    relations,
    sources,
    stats,
    viz,
)
from api.routes.drafts import router as drafts_router
from api.routes.extract import router as extract_router
from api.routes.ingest import router as ingest_router
from api.security import install_security
from graph.db import Database
from graph.settings import Settings, get_settings


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app. Neo4j need not be up: the driver connects lazily."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.db = Database(settings)
        try:
            yield
        finally:
            app.state.db.close()

    app = FastAPI(
        title="geokg",
        version="0.1.0",
        description="A geopolitical knowledge graph: how is A connected to B, since when, "
        "according to whom, how sure.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    install_error_handlers(app)
    install_security(app, settings)
    # outermost: every answer, a refusal of the middlewares above included, gets its id
    audit_log = (AuditLog(settings.audit_log, settings.audit_param_values)
                 if settings.audit_log is not None else None)
    app.add_middleware(RequestContextMiddleware, audit_log=audit_log)
    app.include_router(ingest_router)
    app.include_router(extract_router)
    app.include_router(drafts_router)
    app.include_router(health.router)
    app.include_router(analytics.router)
    for router in (actors.router, paths.router, relations.router, events.router,
                   sources.router, stats.router, cypher.router):
        app.include_router(router)
    app.include_router(viz.router)
    app.include_router(explorer.router)
    install_contract(app, settings)
    return app
