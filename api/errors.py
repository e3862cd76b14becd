"""One JSON error body for every failure: ``{"error": {"code", "message", "details"}}``.

A 4xx says what was wrong with the request and where. A 5xx (503 included) says what
happened in the user's terms and the request id, never a driver message, an address, a
path or a stack trace: those go to the server log under the same request id
(``X-Request-ID``, see ``api.context``).
"""

from __future__ import annotations

import logging
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Scope, Send

from graph.errors import DatabaseUnavailable, GeokgError, RateLimited, Unauthorized

log = logging.getLogger("geokg.api")

RETRY_AFTER_S = "5"

#: What a 5xx tells the client, by error code (anything else: the default).
PUBLIC_MESSAGES = {
    "database_unavailable": "the graph database is not reachable right now; retry in a few "
                            "seconds",
}
DEFAULT_PUBLIC_MESSAGE = "the server could not answer this request"


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details}}


def request_id_of(scope: Scope) -> str | None:
    """The request id ``api.context`` gave this request (None outside a request)."""
    state = scope.get("state") or {}
    rid = state.get("request_id")
    return rid if isinstance(rid, str) else None


def public_error(exc: GeokgError, request_id: str | None) -> tuple[int, dict[str, Any],
                                                                  dict[str, str]]:
    """``(status, body, headers)`` of the answer to ``exc``; a 5xx is logged here, with its
    real message, and answered without it."""
    headers: dict[str, str] = {}
    if isinstance(exc, DatabaseUnavailable):
        headers["Retry-After"] = RETRY_AFTER_S
    if isinstance(exc, RateLimited):
        headers["Retry-After"] = str(exc.retry_after)
    if isinstance(exc, Unauthorized):
        headers["WWW-Authenticate"] = 'Bearer realm="geokg"'
    if exc.status < 500:
        return exc.status, error_body(exc.code, exc.message, exc.details), headers
    level = logging.WARNING if isinstance(exc, DatabaseUnavailable) else logging.ERROR
    log.log(level, "request %s: %s: %s", request_id, exc.code, exc.message)
    message = PUBLIC_MESSAGES.get(exc.code, DEFAULT_PUBLIC_MESSAGE)
    return exc.status, error_body(exc.code, f"{message} (request id {request_id})",
                                  {"request_id": request_id}), headers


async def send_error(scope: Scope, send: Send, exc: GeokgError,
                     extra_headers: dict[str, str] | None = None) -> None:
    """Answer ``exc`` from an ASGI middleware, as the exception handlers would."""
    status, body, headers = public_error(exc, request_id_of(scope))
    raw = orjson.dumps(body)
    pairs = [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode())]
    pairs += [(k.lower().encode(), v.encode())
              for k, v in {**headers, **(extra_headers or {})}.items()]
    await send({"type": "http.response.start", "status": status, "headers": pairs})
    await send({"type": "http.response.body", "body": raw})


def _json(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content=body, headers=headers)


def internal_error_body(request_id: str | None) -> dict[str, Any]:
    """The body of an unexpected failure (its traceback is in the server log)."""
    return error_body("internal_error",
                      f"{DEFAULT_PUBLIC_MESSAGE}; the server log has the details under "
                      f"request id {request_id}", {"request_id": request_id})


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(GeokgError)
    async def geokg_error(request: Request, exc: GeokgError) -> JSONResponse:
        status, body, headers = public_error(exc, request_id_of(request.scope))
        return _json(status, body, headers or None)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        details = [
            {
                "location": ".".join(str(p) for p in err.get("loc", ())),
                "message": err.get("msg", ""),
            }
            for err in exc.errors()
        ]
        names = ", ".join(d["location"] for d in details)
        return _json(422, error_body("invalid_input", f"invalid parameter: {names}", details))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
            # FastAPI's answer to a body that is not UTF-8: bad input like any other (422)
            return _json(422, error_body("invalid_input", "the body is not valid JSON text",
                                         [{"location": "body", "message": "not UTF-8 JSON"}]))
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        headers = getattr(exc, "headers", None)
        return _json(exc.status_code, error_body(code, str(exc.detail)), headers)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        # api.context answers these first; this is the last resort outside it
        rid = request_id_of(request.scope)
        log.exception("request %s: unexpected error", rid)
        return _json(500, internal_error_body(rid))
