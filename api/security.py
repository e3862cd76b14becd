"""Who may call the API, with what, from where: API keys, body size limit, CORS.

Three ASGI middlewares, installed by :func:`install_security` from the settings, outermost
first:

1. **CORS** (only when ``cors_origins`` is set): Starlette's ``CORSMiddleware`` with that
   allow-list, ``GET``/``POST``, the ``Authorization``, ``X-API-Key`` and
   ``Content-Type`` headers, and never credentials (keys travel in headers, not cookies),
   so a wildcard origin can never be combined with credentials.
2. **Read key** (only when ``read_api_key`` is set): every request but ``/health`` and
   ``/ready`` (probes) and ``/`` (the explorer's page), which carry no data, must present
   the read key or the write key,
   as ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``; otherwise 401.
3. **Body size**: a ``Content-Length`` above ``max_body_bytes`` gets 413 before a byte
   of the body is read; a body without one (chunked) is counted as it streams and gets
   413 as soon as it passes the limit, before the application sees it.

``POST /ingest`` and the review queue's ``POST /drafts/{id}/approve|reject`` also depend on
:func:`require_write_key`: no write key configured means
the endpoint is off (404 ``disabled``); a missing or wrong key is 401.

Keys are compared with :func:`hmac.compare_digest` (constant time), are never accepted
in the query string (which access logs record) and are never logged or echoed.
"""

from __future__ import annotations

import hmac
from typing import Any

import orjson
from fastapi import FastAPI, Request
from pydantic import SecretStr
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.errors import PayloadTooLarge, ServiceDisabled, Unauthorized
from graph.settings import Settings

#: Paths served without a key: liveness and readiness probes, and the explorer's page
#: (its HTML, script and style hold no graph data: every request it makes for data
#: carries the key the analyst types into it).
OPEN_PATHS: frozenset[str] = frozenset({"/health", "/ready", "/"})

KEY_HEADER = "x-api-key"


def presented_key(headers: dict[str, str]) -> str | None:
    """The key a request carries in ``Authorization: Bearer`` or ``X-API-Key`` (or None)."""
    auth = headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    key = headers.get(KEY_HEADER, "").strip()
    return key or None


def key_matches(presented: str | None, expected: SecretStr | None) -> bool:
    """Constant-time comparison of a presented key with a configured one."""
    if presented is None or expected is None:
        return False
    return hmac.compare_digest(presented.encode(), expected.get_secret_value().encode())


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


async def _send_error(send: Send, status: int, code: str, message: str,
                      extra_headers: list[tuple[bytes, bytes]] | None = None) -> None:
    body = orjson.dumps({"error": {"code": code, "message": message, "details": None}})
    headers = [(b"content-type", b"application/json"),
               (b"content-length", str(len(body)).encode())] + (extra_headers or [])
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class ReadKeyMiddleware:
    """401 for any request but the probes that lacks the read (or write) key."""

    def __init__(self, app: ASGIApp, read_key: SecretStr, write_key: SecretStr | None) -> None:
        self.app = app
        self.read_key = read_key
        self.write_key = write_key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in OPEN_PATHS:
            await self.app(scope, receive, send)
            return
        key = presented_key(_headers(scope))
        # compare with both keys every time: the answer's timing says nothing about which
        ok_read = key_matches(key, self.read_key)
        ok_write = key_matches(key, self.write_key)
        if ok_read or ok_write:
            await self.app(scope, receive, send)
            return
        message = ("this API needs a key: send 'Authorization: Bearer <key>' or 'X-API-Key'"
                   if key is None else "the API key was not accepted")
        err = Unauthorized(message)
        await _send_error(send, err.status, err.code, err.message,
                          [(b"www-authenticate", b'Bearer realm="geokg"')])


class BodySizeLimitMiddleware:
    """413 for a request body above ``max_bytes``, by its Content-Length or by counting."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _too_large(self) -> PayloadTooLarge:
        return PayloadTooLarge(
            f"the request body is larger than {self.max_bytes} bytes (max_body_bytes)")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _headers(scope).get("content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                await _send_error(send, 400, "bad_request", "Content-Length is not a number")
                return
            if int(declared) > self.max_bytes:
                err = self._too_large()
                await _send_error(send, err.status, err.code, err.message,
                                  [(b"connection", b"close")])
                return
        # Read the whole body here, counting, so the application never sees more than
        # max_bytes even when the client lies about Content-Length or streams chunks.
        buffered: list[Message] = []
        size = 0
        while True:
            message = await receive()
            buffered.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                err = self._too_large()
                await _send_error(send, err.status, err.code, err.message,
                                  [(b"connection", b"close")])
                return
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            if buffered:
                return buffered.pop(0)
            return await receive()

        await self.app(scope, replay, send)


def install_security(app: FastAPI, settings: Settings) -> None:
    """Add the body limit, the read key and CORS middlewares as configured."""
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes)
    if settings.read_api_key is not None:
        app.add_middleware(ReadKeyMiddleware, read_key=settings.read_api_key,
                           write_key=settings.write_api_key)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=False,  # keys go in headers; never cookies, never '*' + creds
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type"],
            max_age=600,
        )


def require_write_key(request: Request) -> None:
    """Dependency of write endpoints.

    Raises
    ------
    ServiceDisabled
        When no write key is configured: writing over HTTP is off (404).
    Unauthorized
        When the request lacks the write key or carries another one (401).
    """
    settings: Settings = request.app.state.settings
    endpoint = f"{request.method} {request.url.path}"
    if settings.write_api_key is None:
        raise ServiceDisabled(
            f"{endpoint} is switched off: set GEOKG_WRITE_API_KEY on the server to enable it")
    key = presented_key({k.lower(): v for k, v in request.headers.items()})
    if key is None:
        raise Unauthorized(f"{endpoint} needs the write API key: send "
                           "'Authorization: Bearer <key>' or 'X-API-Key'")
    if not key_matches(key, settings.write_api_key):
        raise Unauthorized("the API key was not accepted for writing")


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the error statuses an operation can answer."""
    text = {
        401: "Missing or wrong API key",
        404: "Switched off by configuration (code 'disabled')",
        413: "Request body larger than max_body_bytes",
        422: "Invalid document: every problem with its location",
        503: "Neo4j unavailable (Retry-After)",
    }
    return {s: {"description": text[s]} for s in statuses}
