"""Personal API keys: one per analyst, stored in Neo4j as a salted scrypt hash.

A key reads ``gk_<key id>_<secret>``: the key id (16 hex digits) is public and finds the
record; the secret (256 random bits) is never stored, only
``scrypt$<n>$<r>$<p>$<salt>$<hash>`` of it with a salt of its own, compared in constant
time. Keys live in the database, so every API process and replica sees an added or
revoked key (each process re-reads what it knows of a key every ``api_key_cache_s``).

Public functions: :func:`add_key`, :func:`list_keys`, :func:`revoke_key`,
:func:`find_key`, :func:`key_roles`, :func:`touch_key`, :func:`parse_key`,
:func:`verify_secret`. Only ``graph.errors`` are raised.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from typing import Any, LiteralString

import neo4j

from graph import keys_cypher as kc
from graph.db import Database
from graph.errors import InvalidInput, NotFound
from graph.schema import KEY_CONSTRAINTS

PREFIX = "gk_"
KEY_ID_HEX = 16
#: Names are what the audit trail and ``geokg keys list`` show: people, not secrets.
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}$")
_KEY_PATTERN = re.compile(rf"^{PREFIX}([0-9a-f]{{{KEY_ID_HEX}}})_([A-Za-z0-9_-]{{32,100}})$")

#: scrypt's interactive cost (RFC 7914): 16 MiB and tens of milliseconds per hash. Each
#: API process verifies a key once and then only re-reads its record (``api.identity``).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
#: ``last_used`` is written at most this often per key and process.
TOUCH_AFTER_S = 60


class KeyRole(StrEnum):
    """What a key may do: ``read`` every read endpoint, ``write`` also the writes."""

    READ = "read"
    WRITE = "write"


@dataclass(frozen=True)
class KeyRecord:
    """What the database holds about one key (its hash, never the key)."""

    name: str
    role: KeyRole
    key_id: str
    hash: str
    stale: bool = False  # last_used is older than TOUCH_AFTER_S (or never set)


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret.encode(), salt=salt, n=n, r=r, p=p, dklen=32,
                          maxmem=256 * n * r)


def hash_secret(secret: str, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$hash`` (hex) of ``secret`` with a fresh 16-byte salt."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = _scrypt(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_secret(secret: str, stored: str) -> bool:
    """True when ``secret`` hashes to ``stored`` (compared in constant time)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest)
        actual = _scrypt(secret, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def parse_key(presented: str) -> tuple[str, str] | None:
    """``(key id, secret)`` of a personal key, or None when the text is not shaped like one."""
    m = _KEY_PATTERN.match(presented)
    return (m.group(1), m.group(2)) if m else None


def new_key() -> tuple[str, str, str]:
    """A fresh random key: ``(key, key id, secret)``."""
    key_id = secrets.token_hex(KEY_ID_HEX // 2)
    secret = secrets.token_urlsafe(32)
    return f"{PREFIX}{key_id}_{secret}", key_id, secret


def check_name(name: str) -> str:
    """The name, or InvalidInput naming ``name`` when it is not a usable key name."""
    if not NAME_PATTERN.match(name):
        raise InvalidInput(
            f"name: '{name}' is not a key name: 1 to 100 letters, digits and . _ @ + -, "
            "starting with a letter or digit",
            [{"location": "name", "message": "letters, digits and . _ @ + -"}])
    return name


def check_role(role: str) -> KeyRole:
    """The role, or InvalidInput naming ``role``."""
    try:
        return KeyRole(role)
    except ValueError:
        raise InvalidInput(f"role: '{role}' is not one of read, write",
                           [{"location": "role", "message": "read or write"}]) from None


def _run(statement: LiteralString, params: dict[str, Any],
         tx: neo4j.ManagedTransaction) -> list[Any]:
    return [r.data() for r in tx.run(statement, params)]


def add_key(db: Database, name: str, role: str) -> str:
    """Create a key for ``name`` with ``role``; return the key (shown once, never stored).

    Raises
    ------
    InvalidInput
        A malformed name, an unknown role, or a name that already has a key.
    DatabaseUnavailable
        Neo4j cannot be reached.
    """
    check_name(name)
    key_role = check_role(role)
    for statement in KEY_CONSTRAINTS:  # idempotent; a database never init-schema'd works too
        db.write(partial(_run, statement, {}))
    key, key_id, secret = new_key()
    rows = db.write(partial(_run, kc.ADD_KEY, {"name": name, "role": key_role.value,
                                               "key_id": key_id, "hash": hash_secret(secret)}))
    if not rows:
        raise InvalidInput(f"name: '{name}' already has a key; revoke it first "
                           f"(geokg keys revoke {name})",
                           [{"location": "name", "message": "already has a key"}])
    return key


def list_keys(db: Database) -> list[dict[str, Any]]:
    """Every key as ``{"name", "role", "created", "last_used"}`` (never the key or its hash)."""
    return db.read(kc.LIST_KEYS)


def revoke_key(db: Database, name: str) -> None:
    """Delete the key of ``name``. Raises NotFound when there is none."""
    rows = db.write(partial(_run, kc.REVOKE_KEY, {"name": name}))
    if not rows:
        raise NotFound(f"name: no key is named '{name}' (geokg keys list shows them)",
                       [{"location": "name", "message": "unknown key name"}])


def find_key(db: Database, key_id: str) -> KeyRecord | None:
    """The record of the key with this public id, or None."""
    rows = db.read(kc.FIND_KEY, {"key_id": key_id, "touch_after_s": TOUCH_AFTER_S})
    if not rows:
        return None
    r = rows[0]
    return KeyRecord(name=r["name"], role=KeyRole(r["role"]), key_id=r["key_id"],
                     hash=r["hash"], stale=bool(r["stale"]))


def key_roles(db: Database) -> frozenset[KeyRole]:
    """The roles of the keys that exist (empty when there is no personal key)."""
    return frozenset(KeyRole(r) for r in db.read(kc.KEY_ROLES)[0]["roles"])


def touch_key(db: Database, key_id: str) -> None:
    """Set the key's ``last_used`` to now."""
    db.write(partial(_run, kc.TOUCH_KEY, {"key_id": key_id}))
