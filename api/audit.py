"""The audit trail: one JSON line per analyst Cypher query, per write and per refusal.

Written to the file named by ``GEOKG_AUDIT_LOG`` (append-only, created ``0600``); every
API process (``geokg serve --workers N``) appends whole lines with one ``write`` call on
a file opened with ``O_APPEND``, so lines of several processes never mix. A line::

    {"time": "2025-03-01T09:12:44.120Z", "request_id": "…", "key": "alice", "role": "read",
     "client": "10.0.0.7", "method": "POST", "endpoint": "/cypher", "status": 200,
     "outcome": "ok", "reason": null, "duration_ms": 41.7, "rows": 12,
     "query": "MATCH (a:Actor {id: $id}) RETURN a", "params": ["id"], "worker": 81234}

``outcome`` is ``ok``, ``refused`` (401, 403, 413, 429), ``timeout`` (408) or ``error``;
``reason`` is the error code of the answer. ``param_values`` is added only when
``GEOKG_AUDIT_PARAM_VALUES`` is on. Keys, passwords and request headers are never written:
``key`` is the key's name (``settings:read`` / ``settings:write`` for the two keys of the
settings, null without a key).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import threading
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import orjson
from starlette.types import Scope

from graph.errors import GeokgError

#: Endpoints whose body is an analyst's Cypher query (``{"query", "params", "limit"}``).
CYPHER_BODY_PATHS = frozenset({"/cypher", "/viz/cypher"})
#: GET endpoints that run an analyst's Cypher when they get ``query=`` (scope=cypher).
CYPHER_QUERY_PREFIXES = ("/analytics/", "/viz/diff")

REFUSED = frozenset({401, 403, 413, 429})
#: What a route may add to its request's line (:func:`note`).
NOTED_FIELDS = ("rows",)
OUTCOMES = ("ok", "refused", "timeout", "error")

#: The record of the request being served; routes add to it with :func:`note`.
_current: ContextVar[dict[str, Any] | None] = ContextVar("geokg_audit", default=None)


def analyst_cypher(scope: Scope) -> bool:
    """True when the request runs an analyst's Cypher query."""
    path: str = scope["path"]
    if scope["method"] == "POST" and path in CYPHER_BODY_PATHS:
        return True
    if scope["method"] == "GET" and path.startswith(CYPHER_QUERY_PREFIXES):
        return bool(_query_param(scope))
    return False


def _query_param(scope: Scope) -> str | None:
    values = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("query")
    return values[0] if values and values[0].strip() else None


def outcome_of(status: int) -> str:
    if status < 400:
        return "ok"
    if status in REFUSED:
        return "refused"
    return "timeout" if status == 408 else "error"


def start(scope: Scope) -> dict[str, Any]:
    """A fresh record for this request, reachable by :func:`note` from the route."""
    record: dict[str, Any] = {}
    scope.setdefault("state", {})["audit_noted"] = record
    _current.set(record)
    return record


def note(**fields: Any) -> None:
    """Add fields (``rows=12``) to the current request's audit record, if any."""
    record = _current.get()
    if record is not None:
        record.update(fields)


def mark_write(scope: Scope) -> None:
    """Say that this request writes (its line is written whatever its outcome)."""
    scope.setdefault("state", {})["audit_write"] = True


def should_audit(scope: Scope, status: int) -> bool:
    state = scope.get("state") or {}
    return status in REFUSED or bool(state.get("audit_write")) or analyst_cypher(scope)


def _cypher_of(scope: Scope, body: bytes) -> tuple[str | None, dict[str, Any] | None]:
    """The query text and its parameters, from the JSON body or the ``query`` parameter."""
    if scope["method"] == "GET":
        return _query_param(scope), None
    try:
        data = json.loads(body) if body else None
    except (ValueError, RecursionError):
        return None, None
    if not isinstance(data, dict):
        return None, None
    query = data.get("query") if isinstance(data.get("query"), str) else None
    params = data.get("params") if isinstance(data.get("params"), dict) else None
    return query, params


def build_line(scope: Scope, *, status: int, duration_s: float, request_body: bytes,
               error_code: str | None, with_values: bool) -> dict[str, Any]:
    """The audit record of one finished request (no header, no key, ever)."""
    state = scope.get("state") or {}
    principal = state.get("principal")
    client = scope.get("client")
    line: dict[str, Any] = {
        "time": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace(
            "+00:00", "Z"),
        "request_id": state.get("request_id"),
        "key": getattr(principal, "name", None),
        "role": getattr(getattr(principal, "role", None), "value", None),
        "client": client[0] if client else None,
        "method": scope["method"],
        "endpoint": scope["path"],
        "status": status,
        "outcome": outcome_of(status),
        "reason": error_code,
        "duration_ms": round(duration_s * 1000, 1),
        "rows": None,
        "query": None,
        "params": None,
        "worker": os.getpid(),
    }
    if analyst_cypher(scope):
        query, params = _cypher_of(scope, request_body)
        line["query"] = query
        line["params"] = sorted(params) if params is not None else None
        if with_values and params is not None:
            line["param_values"] = params
    noted = state.get("audit_noted") or {}
    line.update({k: v for k, v in noted.items() if k in NOTED_FIELDS})
    return line


class AuditLog:
    """The audit file of one process, opened for appending whole lines."""

    def __init__(self, path: Path, param_values: bool = False) -> None:
        self.path = path
        self.param_values = param_values
        self._lock = threading.Lock()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        except OSError as exc:
            raise GeokgError(f"GEOKG_AUDIT_LOG: cannot open '{path}' for appending: "
                             f"{exc.strerror}") from None
        self._file = os.fdopen(fd, "ab", buffering=0)

    def write(self, line: dict[str, Any]) -> None:
        data = orjson.dumps(line, default=str) + b"\n"
        with self._lock:
            self._file.write(data)  # one write(2) on an O_APPEND file: lines never mix

    def close(self) -> None:
        self._file.close()


# --- reading (geokg audit tail) ---------------------------------------------------------

_RELATIVE = re.compile(r"^(\d+)\s*([smhd])$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_since(text: str, now: dt.datetime | None = None) -> dt.datetime:
    """``30m``, ``2h``, ``7d`` ago, or an ISO date or date-time (UTC unless it says).

    Raises ValueError with a message for anything else.
    """
    now = now or dt.datetime.now(dt.UTC)
    m = _RELATIVE.match(text.strip())
    if m:
        return now - dt.timedelta(seconds=int(m.group(1)) * _UNITS[m.group(2)])
    try:
        when = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"'{text}' is not a time: use 30m, 2h, 7d, 2025-03-01 or "
                         "2025-03-01T09:00:00") from None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def read_lines(path: Path, *, user: str | None = None, since: dt.datetime | None = None,
               outcome: str | None = None) -> Iterator[dict[str, Any]]:
    """The audit records of ``path`` that match, oldest first; unreadable lines skipped."""
    with path.open("rb") as f:
        for raw in f:
            try:
                line = json.loads(raw)
                when = dt.datetime.fromisoformat(line["time"].replace("Z", "+00:00"))
            except (ValueError, KeyError, TypeError, AttributeError):
                continue
            if user is not None and line.get("key") != user:
                continue
            if since is not None and when < since:
                continue
            if outcome is not None and line.get("outcome") != outcome:
                continue
            yield line
