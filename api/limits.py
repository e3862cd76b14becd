"""Limits per key, kept in the memory of one API process.

``GEOKG_RATE_LIMIT_PER_MINUTE``: requests per key over the last 60 seconds (a sliding
window). ``GEOKG_CYPHER_CONCURRENCY``: analyst Cypher queries one key runs at once. Each
API process counts on its own: with ``geokg serve --workers N`` (or N replicas) a key
may get up to N times the limit; docs/security.md says what to put in front of a cluster
for one shared count. Both are used from the event loop only (no lock needed).
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable

WINDOW_S = 60.0


class RateLimiter:
    """At most ``per_minute`` requests per key in any 60 seconds."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}

    def hit(self, who: str) -> int | None:
        """Count a request of ``who``; None when allowed, else the seconds to wait."""
        now = self.clock()
        hits = self._hits.setdefault(who, deque())
        while hits and hits[0] <= now - WINDOW_S:
            hits.popleft()
        if len(hits) >= self.per_minute:
            return max(1, math.ceil(hits[0] + WINDOW_S - now))
        hits.append(now)
        if len(self._hits) > 10_000:  # forget keys idle for a minute
            self._hits = {k: v for k, v in self._hits.items() if v and v[-1] > now - WINDOW_S}
        return None


class ConcurrencyLimiter:
    """At most ``limit`` requests of one key running at once."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._running: dict[str, int] = {}

    def acquire(self, who: str) -> bool:
        n = self._running.get(who, 0)
        if n >= self.limit:
            return False
        self._running[who] = n + 1
        return True

    def release(self, who: str) -> None:
        n = self._running.get(who, 0) - 1
        if n > 0:
            self._running[who] = n
        else:
            self._running.pop(who, None)

    def running(self, who: str) -> int:
        return self._running.get(who, 0)
