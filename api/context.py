"""The outermost middleware: a request id on every answer, the audit line, no stray 500s.

Every response carries ``X-Request-ID``: the client's own when it sends a sane one
(1 to 128 characters of ``A-Z a-z 0-9 . _ : -``), a fresh one otherwise. The id is in
``scope["state"]["request_id"]`` for the error handlers, which log a 5xx's real cause
under it. An exception no handler caught is logged with its traceback and the id, and
answered with the one error body (500) naming the id only. When ``GEOKG_AUDIT_LOG`` is
set, the requests :func:`api.audit.should_audit` picks get their line just before the
last part of their answer is sent (a client never holds an answer that is not audited).
"""

from __future__ import annotations

import logging
import re
import time
import uuid

import orjson
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api import audit
from api.errors import internal_error_body

log = logging.getLogger("geokg.api")

REQUEST_ID_HEADER = "X-Request-ID"
_SANE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
#: Most bytes of an error answer read back for its code (error bodies are small).
_ERROR_PEEK = 4096


def request_id(scope: Scope) -> str:
    """The client's ``X-Request-ID`` when it is sane, else a new random one."""
    for name, value in scope.get("headers", ()):
        if name.lower() == b"x-request-id":
            text = value.decode("latin-1").strip()
            if _SANE_ID.match(text):
                return text
            break
    return uuid.uuid4().hex


class RequestContextMiddleware:
    """Request id, audit line and last-resort error answer of every HTTP request."""

    def __init__(self, app: ASGIApp, audit_log: audit.AuditLog | None = None) -> None:
        self.app = app
        self.audit_log = audit_log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = request_id(scope)
        scope.setdefault("state", {})["request_id"] = rid
        audit.start(scope)
        t0 = time.perf_counter()
        answer: dict[str, object] = {"status": None}
        error_peek = bytearray()
        body = bytearray()
        keep_body = self.audit_log is not None and audit.analyst_cypher(scope)

        async def receive_and_keep() -> Message:
            message = await receive()
            if keep_body and message["type"] == "http.request":
                body.extend(message.get("body", b""))
            return message

        def finish() -> None:
            # once per request, before the client has the end of the answer: no answer
            # without its audit line
            status = answer["status"]
            if answer.get("audited") or self.audit_log is None or not isinstance(status, int):
                return
            answer["audited"] = True
            if audit.should_audit(scope, status):
                self._audit(scope, status, time.perf_counter() - t0, bytes(body),
                            bytes(error_peek))

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = rid
            elif message["type"] == "http.response.body":
                status = answer["status"]
                if isinstance(status, int) and status >= 400 and len(error_peek) < _ERROR_PEEK:
                    error_peek.extend(message.get("body", b"")[:_ERROR_PEEK])
                if not message.get("more_body", False):
                    finish()
            await send(message)

        try:
            await self.app(scope, receive_and_keep, send_with_id)
        except Exception:
            log.exception("request %s: unexpected error", rid)
            if answer["status"] is None:
                raw = orjson.dumps(internal_error_body(rid))
                await send_with_id({"type": "http.response.start", "status": 500, "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(raw)).encode())]})
                await send_with_id({"type": "http.response.body", "body": raw})
            else:
                answer["status"] = 500  # the answer broke off half-way
        finally:
            finish()  # an answer that broke off half-way

    def _audit(self, scope: Scope, status: int, duration_s: float, body: bytes,
               error_peek: bytes) -> None:
        assert self.audit_log is not None
        code = None
        if status >= 400:
            try:
                code = orjson.loads(error_peek)["error"]["code"]
            except (orjson.JSONDecodeError, KeyError, TypeError):
                code = "http_error"
        line = audit.build_line(scope, status=status, duration_s=duration_s,
                                request_body=body, error_code=code,
                                with_values=self.audit_log.param_values)
        try:
            self.audit_log.write(line)
        except OSError:
            log.exception("request %s: the audit line could not be written", line["request_id"])
