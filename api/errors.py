"""One JSON error body for every failure: ``{"error": {"code", "message", "details"}}``."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.errors import DatabaseUnavailable, GeokgError

log = logging.getLogger("geokg.api")

RETRY_AFTER_S = "5"


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details}}


def _json(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content=body, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(GeokgError)
    async def geokg_error(_: Request, exc: GeokgError) -> JSONResponse:
        headers = {"Retry-After": RETRY_AFTER_S} if isinstance(exc, DatabaseUnavailable) else None
        if exc.status >= 500 and not isinstance(exc, DatabaseUnavailable):
            log.error("internal error: %s", exc.message)
        return _json(exc.status, error_body(exc.code, exc.message, exc.details), headers)

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
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return _json(500, error_body("internal_error", "internal error; see the server log"))
