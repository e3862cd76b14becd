"""Who is calling: the key a request presents, resolved to a name and a role.

The two keys of the settings (``GEOKG_READ_API_KEY``, ``GEOKG_WRITE_API_KEY``) are
``settings:read`` and ``settings:write``; personal keys (``geokg keys``) carry their
name. A process keeps what it learnt about a personal key for ``api_key_cache_s``
(2 s by default, 5 s at most) and then reads the key's record again, so a revoked key
is refused by every process within that time; scrypt runs once per key and process
(afterwards the stored hash is only compared with the one already verified).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from graph import keys
from graph.db import Database
from graph.errors import GeokgError
from graph.keys import KeyRole

log = logging.getLogger("geokg.api")

SETTINGS_READ = "settings:read"
SETTINGS_WRITE = "settings:write"
#: Most verified keys one process remembers (then it starts over).
MAX_REMEMBERED = 10_000


@dataclass(frozen=True)
class Principal:
    """The caller: a key's name and role, or nobody (``name`` None: no key was needed)."""

    name: str | None
    role: KeyRole | None


ANONYMOUS = Principal(None, None)


@dataclass
class _Verified:
    name: str
    role: KeyRole
    stored_hash: str
    checked_at: float


class KeyCache:
    """Personal keys as one process knows them, each re-read after ``ttl_s``."""

    def __init__(self, ttl_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_s = ttl_s
        self.clock = clock
        self._lock = threading.Lock()
        self._verified: dict[str, _Verified] = {}
        self._roles: tuple[frozenset[KeyRole], float] | None = None

    @staticmethod
    def _digest(presented: str) -> str:
        return hashlib.sha256(presented.encode()).hexdigest()

    def fresh(self, presented: str) -> Principal | None:
        """The principal of a key verified less than ``ttl_s`` ago (no database call)."""
        with self._lock:
            known = self._verified.get(self._digest(presented))
        if known is not None and self.clock() - known.checked_at < self.ttl_s:
            return Principal(known.name, known.role)
        return None

    def lookup(self, db: Database, presented: str) -> Principal | None:
        """Read the key's record and verify the key; None when it is not (or no longer) valid.

        Raises DatabaseUnavailable when Neo4j cannot be reached.
        """
        parsed = keys.parse_key(presented)
        if parsed is None:
            return None
        key_id, secret = parsed
        digest = self._digest(presented)
        record = keys.find_key(db, key_id)
        with self._lock:
            known = self._verified.pop(digest, None)
        if record is None:
            return None
        if known is None or known.stored_hash != record.hash:
            if not keys.verify_secret(secret, record.hash):
                return None
        with self._lock:
            if len(self._verified) >= MAX_REMEMBERED:
                self._verified.clear()
            self._verified[digest] = _Verified(record.name, record.role, record.hash,
                                               self.clock())
        if record.stale:
            try:
                keys.touch_key(db, key_id)
            except GeokgError as exc:  # last_used is a courtesy; never refuse for it
                log.warning("last_used of key %s not recorded: %s", record.name, exc.code)
        return Principal(record.name, record.role)

    def fresh_roles(self) -> frozenset[KeyRole] | None:
        """The roles of the personal keys, when read less than ``ttl_s`` ago."""
        cached = self._roles
        if cached is not None and self.clock() - cached[1] < self.ttl_s:
            return cached[0]
        return None

    def roles(self, db: Database) -> frozenset[KeyRole]:
        """The roles of the personal keys that exist (empty: none), re-read after ``ttl_s``.

        Raises DatabaseUnavailable when Neo4j cannot be reached.
        """
        cached = self.fresh_roles()
        if cached is not None:
            return cached
        roles = keys.key_roles(db)
        self._roles = (roles, self.clock())
        return roles
