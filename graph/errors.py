"""The one exception tree of geokg.

    GeokgError                      (status 500, never shown with a stack trace)
    ├── NotFound                    404  an actor, event or source id that does not exist
    ├── InvalidInput                422  a bad parameter or document; ``details`` names the place
    ├── QueryRejected               403  analyst Cypher that is not read-only or not allowed
    ├── QueryTimedOut               408  analyst Cypher stopped by its time limit
    ├── PayloadTooLarge             413  a request body over the size limit
    ├── Unauthorized                401  a missing or wrong API key
    ├── Forbidden                   403  a valid key without the right (a read key writing)
    ├── RateLimited                 429  a key over its limits (``retry_after`` seconds)
    ├── ServiceDisabled             404  an endpoint switched off by configuration
    ├── Conflict                    409  a change the object's state forbids (a draft decided)
    └── DatabaseUnavailable         503  Neo4j cannot be reached (retry later)

The graph layer raises these; the API maps each to one JSON body
``{"error": {"code", "message", "details"}}`` with the status above. The CLI prints the
message on one line and exits non-zero.
"""

from __future__ import annotations

from typing import Any


class GeokgError(Exception):
    status = 500
    code = "internal_error"

    def __init__(self, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class NotFound(GeokgError):
    status = 404
    code = "not_found"


class InvalidInput(GeokgError):
    status = 422
    code = "invalid_input"


class QueryRejected(GeokgError):
    status = 403
    code = "query_rejected"


class QueryTimedOut(GeokgError):
    status = 408
    code = "query_timeout"


class PayloadTooLarge(GeokgError):
    status = 413
    code = "payload_too_large"


class Unauthorized(GeokgError):
    status = 401
    code = "unauthorized"


class Forbidden(GeokgError):
    status = 403
    code = "forbidden"


class RateLimited(GeokgError):
    """Too many requests, or too many Cypher queries at once, for one key."""

    status = 429
    code = "rate_limited"

    def __init__(self, message: str, retry_after: int, details: Any = None) -> None:
        super().__init__(message, details)
        self.retry_after = max(1, retry_after)


class ServiceDisabled(GeokgError):
    status = 404
    code = "disabled"


class Conflict(GeokgError):
    status = 409
    code = "conflict"


class DatabaseUnavailable(GeokgError):
    status = 503
    code = "database_unavailable"


class LauncherError(GeokgError):
    """The local Neo4j launcher could not do what was asked (Java, Maven, port, start)."""

    code = "launcher_error"
