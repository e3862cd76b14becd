"""The OpenAPI document states the rules every operation shares.

FastAPI writes each operation from its route; :func:`install_contract` adds what the
middlewares enforce on all of them, so that a client (and schemathesis) reads it there:

- the two ways to present a key (``X-API-Key``, ``Authorization: Bearer``), required on
  every operation but the probes and the explorer's page when a read key is configured,
  optional otherwise (a key becomes needed as soon as a personal key exists);
- ``401`` (no or wrong key), ``429`` with ``Retry-After`` (the per-key limits), ``503``
  with ``Retry-After`` (Neo4j unreachable) and, on POST, ``413`` (body too large) on
  every keyed operation; ``403`` on the write operations (a read key);
- the ``X-Request-ID`` header on every answer of every operation.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from api.models import ErrorBody
from api.security import OPEN_PATHS, require_write_key
from graph.settings import Settings

ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}
SECURITY_SCHEMES: dict[str, Any] = {
    "ApiKeyHeader": {"type": "apiKey", "in": "header", "name": "X-API-Key",
                     "description": "The read key, the write key or a personal key "
                                    "(`geokg keys add NAME --role read|write`)."},
    "BearerKey": {"type": "http", "scheme": "bearer",
                  "description": "The same keys as `Authorization: Bearer <key>`."},
}
REQUEST_ID = {
    "description": "The request's id: the client's own `X-Request-ID` when it sent a sane "
                   "one (1 to 128 of `A-Za-z0-9._:-`), else a new one. Server logs and the "
                   "audit trail name requests by it; a 5xx body repeats it.",
    "required": True,
    "schema": {"type": "string", "pattern": "^[A-Za-z0-9._:-]{1,128}$"},
}
RETRY_AFTER = {"description": "Seconds to wait before retrying", "required": True,
               "schema": {"type": "string", "pattern": "^[0-9]+$"}}

SHARED_RESPONSES: dict[str, dict[str, Any]] = {
    "401": {"description": "No key, or a key that is not accepted (code `unauthorized`)"},
    "429": {"description": "Over the key's limits: `GEOKG_RATE_LIMIT_PER_MINUTE` requests a "
                           "minute, or `GEOKG_CYPHER_CONCURRENCY` Cypher queries at once "
                           "(code `rate_limited`)",
            "headers": {"Retry-After": RETRY_AFTER}},
    "503": {"description": "Neo4j unavailable (code `database_unavailable`); the body names "
                           "the request id, never the cause",
            "headers": {"Retry-After": RETRY_AFTER}},
}
WRITE_RESPONSE = {"description": "The key may only read: a write needs a key with role "
                                 "`write` (code `forbidden`)"}
TOO_LARGE = {"description": "Request body larger than `GEOKG_MAX_BODY_BYTES`"}

RULES = """

**Keys.** Once a read key is configured or any personal key exists, every operation but
`/health`, `/ready` and `/` needs a key in `X-API-Key` or `Authorization: Bearer` (401
without). Writes (`POST /ingest`, draft approval) need a key with role `write` (403 for a
read key). **Limits** per key and API process: `429` with `Retry-After`. **Errors** have
one body, `{"error": {"code", "message", "details"}}`; every answer carries
`X-Request-ID`, and a 5xx names it instead of its cause."""


def _uses(dependant: Dependant, call: object) -> bool:
    return dependant.call is call or any(_uses(d, call) for d in dependant.dependencies)


def _api_routes(app: FastAPI) -> Iterator[tuple[str, set[str], Dependant]]:
    """``(path, methods, dependant)`` of every API route, in included routers too."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # FastAPI before included routers were kept nested
        for route in app.routes:
            if isinstance(route, APIRoute):
                yield route.path, route.methods or set(), route.dependant
        return
    for context in iter_route_contexts(app.routes):
        route = context.route if isinstance(context.route, APIRoute) else context.original_route
        if isinstance(route, APIRoute) and context.path:
            yield context.path, set(context.methods or ()), route.dependant


def write_operations(app: FastAPI) -> set[tuple[str, str]]:
    """``(path, method)`` of every operation that depends on :func:`require_write_key`."""
    return {(path, method.lower()) for path, methods, dependant in _api_routes(app)
            if _uses(dependant, require_write_key) for method in methods}


def _add_error(responses: dict[str, Any], status: str, spec: dict[str, Any]) -> None:
    """Document an error answer: the route's own words when it has some, always the one
    error body and the shared headers."""
    response = responses.setdefault(status, {"description": spec["description"]})
    response.setdefault("content", {"application/json": {"schema": ERROR_REF}})
    for name, header in spec.get("headers", {}).items():
        response.setdefault("headers", {}).setdefault(name, header)


def contract(app: FastAPI, settings: Settings) -> dict[str, Any]:
    """The OpenAPI document of ``app`` with the shared rules added."""
    schema = get_openapi(title=app.title, version=app.version,
                         description=(app.description or "") + RULES, routes=app.routes)
    components = schema.setdefault("components", {})
    components.setdefault("securitySchemes", {}).update(SECURITY_SCHEMES)
    components.setdefault("schemas", {}).setdefault(
        "ErrorBody", ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}"))
    for name, sub in ErrorBody.model_json_schema(
            ref_template="#/components/schemas/{model}").get("$defs", {}).items():
        components["schemas"].setdefault(name, sub)
    keyed: list[dict[str, list[str]]] = [{"ApiKeyHeader": []}, {"BearerKey": []}]
    security = keyed if settings.read_api_key is not None else [{}, *keyed]
    writes = write_operations(app)
    for path, item in schema.get("paths", {}).items():
        for method, op in item.items():
            responses: dict[str, Any] = op.setdefault("responses", {})
            if path in OPEN_PATHS:
                op["security"] = []
            else:
                op["security"] = security
                for status, spec in SHARED_RESPONSES.items():
                    _add_error(responses, status, spec)
                if method == "post":
                    _add_error(responses, "413", TOO_LARGE)
                if (path, method) in writes:
                    _add_error(responses, "403", WRITE_RESPONSE)
            for response in responses.values():
                response.setdefault("headers", {})["X-Request-ID"] = REQUEST_ID
    return schema


def install_contract(app: FastAPI, settings: Settings) -> None:
    """Make ``app.openapi()`` (and ``/openapi.json``) answer :func:`contract`."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = contract(app, settings)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
