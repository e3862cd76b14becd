"""Who may call the API, with what, how often: API keys, limits, body size, CORS.

Middlewares installed by :func:`install_security` from the settings, outermost first:

1. **CORS** (only when ``cors_origins`` is set): Starlette's ``CORSMiddleware`` with that
   allow-list, ``GET``/``POST``, the ``Authorization``, ``X-API-Key``, ``Content-Type``
   and ``X-Request-ID`` headers, and never credentials (keys travel in headers, not
   cookies), so a wildcard origin can never be combined with credentials.
2. **Keys and limits** (:class:`KeyMiddleware`): a key is needed by every request but
   ``/health`` and ``/ready`` (probes) and ``/`` (the explorer's page), which carry no
   data, once a read key is configured or any personal key exists (``geokg keys``):
   the read key, the write key or a personal key, as ``Authorization: Bearer <key>`` or
   ``X-API-Key``; otherwise 401. A key that is sent is always checked: a wrong or revoked
   one is 401 even while the API needs none. Then the per-key limits of ``api.limits``:
   429 with ``Retry-After`` past ``rate_limit_per_minute`` or past ``cypher_concurrency``
   analyst Cypher queries at once.
3. **Body size**: a ``Content-Length`` above ``max_body_bytes`` gets 413 before a byte
   of the body is read; a body without one (chunked) is counted as it streams and gets
   413 as soon as it passes the limit, before the application sees it.

Write endpoints (``POST /ingest``, draft approval) depend on :func:`require_write_key`:
a read key is 403; no write key at all (in the settings or as a personal key) means
writing is off (404 ``disabled``); a missing key is 401.

Keys are compared in constant time (:func:`hmac.compare_digest`, personal keys by their
scrypt hash, ``graph.keys``), are never accepted in the query string (which access logs
record) and are never logged, audited or echoed.
"""

from __future__ import annotations

import hmac
import math
from typing import Any

import anyio
import orjson
from fastapi import FastAPI, Request
from pydantic import SecretStr
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api import audit
from api.errors import send_error
from api.identity import ANONYMOUS, SETTINGS_READ, SETTINGS_WRITE, KeyCache, Principal
from api.limits import ConcurrencyLimiter, RateLimiter
from graph.db import Database
from graph.errors import (
    Forbidden,
    GeokgError,
    PayloadTooLarge,
    RateLimited,
    ServiceDisabled,
    Unauthorized,
)
from graph.keys import KeyRole, parse_key
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


NEEDS_A_KEY = "this API needs a key: send 'Authorization: Bearer <key>' or 'X-API-Key'"


class KeyMiddleware:
    """Resolve the caller (``scope["state"]["principal"]``), refuse (401) when a key is
    needed and missing or wrong, then apply the per-key limits (429)."""

    def __init__(self, app: ASGIApp, settings: Settings, keys: KeyCache) -> None:
        self.app = app
        self.settings = settings
        self.keys = keys
        self.rate = (RateLimiter(settings.rate_limit_per_minute)
                     if settings.rate_limit_per_minute else None)
        self.cypher = (ConcurrencyLimiter(settings.cypher_concurrency)
                       if settings.cypher_concurrency else None)

    async def _roles(self, db: Database) -> frozenset[KeyRole]:
        cached = self.keys.fresh_roles()
        if cached is not None:
            return cached
        return await anyio.to_thread.run_sync(self.keys.roles, db)

    async def _key_needed(self, db: Database) -> bool:
        return self.settings.read_api_key is not None or bool(await self._roles(db))

    async def identify(self, scope: Scope) -> Principal:
        """The caller, or Unauthorized / DatabaseUnavailable."""
        db: Database = scope["app"].state.db
        key = presented_key(_headers(scope))
        if key is None:
            if await self._key_needed(db):
                raise Unauthorized(NEEDS_A_KEY)
            return ANONYMOUS
        # compare with both keys every time: the answer's timing says nothing about which
        ok_read = key_matches(key, self.settings.read_api_key)
        ok_write = key_matches(key, self.settings.write_api_key)
        if ok_write:
            return Principal(SETTINGS_WRITE, KeyRole.WRITE)
        if ok_read:
            return Principal(SETTINGS_READ, KeyRole.READ)
        if parse_key(key) is not None:
            found = self.keys.fresh(key) or await anyio.to_thread.run_sync(
                self.keys.lookup, db, key)
            if found is not None:
                return found
        # refused even while the API needs no key: a revoked key must never seem to work
        raise Unauthorized("the API key was not accepted")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in OPEN_PATHS:
            await self.app(scope, receive, send)
            return
        cypher_slot: str | None = None
        try:
            principal = await self.identify(scope)
            scope.setdefault("state", {})["principal"] = principal
            client = scope.get("client")
            who = principal.name or f"client:{client[0] if client else '?'}"
            if self.rate is not None:
                wait = self.rate.hit(who)
                if wait is not None:
                    raise RateLimited(
                        f"more than {self.settings.rate_limit_per_minute} requests in a "
                        f"minute for this key; retry in {wait} s", wait)
            if self.cypher is not None and audit.analyst_cypher(scope):
                if not self.cypher.acquire(who):
                    raise RateLimited(
                        f"this key already runs {self.settings.cypher_concurrency} Cypher "
                        "queries at once; retry when one has finished",
                        math.ceil(self.settings.query_timeout_s))
                cypher_slot = who
        except GeokgError as exc:
            await send_error(scope, send, exc)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            if cypher_slot is not None and self.cypher is not None:
                self.cypher.release(cypher_slot)


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
    """Add the body limit, the keys and limits, and CORS middlewares as configured."""
    keys = KeyCache(settings.api_key_cache_s)
    app.state.keys = keys
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(KeyMiddleware, settings=settings, keys=keys)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=False,  # keys go in headers; never cookies, never '*' + creds
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type", "X-Request-ID"],
            expose_headers=["X-Request-ID", "Retry-After"],
            max_age=600,
        )


def require_write_key(request: Request) -> None:
    """Dependency of write endpoints; marks the request for the audit trail.

    Raises
    ------
    Forbidden
        The key may only read (403).
    ServiceDisabled
        No write key exists, in the settings or as a personal key: writing over HTTP is
        off (404).
    Unauthorized
        The request lacks a write key or carries an unknown one (401).
    """
    audit.mark_write(request.scope)
    principal: Principal = getattr(request.state, "principal", ANONYMOUS)
    what = f"{request.method} {request.url.path}"
    if principal.role is KeyRole.WRITE:
        return
    if principal.role is KeyRole.READ:
        raise Forbidden(f"{what} writes: it needs a key with role write, and this key may "
                        "only read")
    settings: Settings = request.app.state.settings
    keys: KeyCache = request.app.state.keys
    if settings.write_api_key is None and KeyRole.WRITE not in keys.roles(request.app.state.db):
        raise ServiceDisabled(
            f"{what} is switched off: set GEOKG_WRITE_API_KEY on the server or add a write "
            "key (geokg keys add NAME --role write) to enable it")
    raise Unauthorized(f"{what} needs a write API key: send "
                       "'Authorization: Bearer <key>' or 'X-API-Key'")


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the error statuses an operation can answer."""
    text = {
        401: "Missing or wrong API key",
        403: "The key may only read (a write needs a key with role write)",
        404: "Switched off by configuration (code 'disabled')",
        413: "Request body larger than max_body_bytes",
        422: "Invalid document: every problem with its location",
        503: "Neo4j unavailable (Retry-After)",
    }
    return {s: {"description": text[s]} for s in statuses}
