"""Cypher of personal API keys (``graph.keys``): named constants, values as ``$parameters``."""

from typing import LiteralString

#: A new key; nothing when the name is taken (the caller then reports a duplicate).
ADD_KEY: LiteralString = """
OPTIONAL MATCH (taken:ApiKey {name: $name})
WITH taken WHERE taken IS NULL
CREATE (k:ApiKey {name: $name, role: $role, key_id: $key_id, hash: $hash,
                  created: datetime(), last_used: null})
RETURN k.name AS name
"""

#: Every key, never its hash.
LIST_KEYS: LiteralString = """
MATCH (k:ApiKey)
RETURN k.name AS name, k.role AS role, toString(k.created) AS created,
       toString(k.last_used) AS last_used
ORDER BY k.name
"""

#: Revoking deletes the key: nothing of it is left to verify against.
REVOKE_KEY: LiteralString = """
MATCH (k:ApiKey {name: $name})
WITH k, k.name AS name
DELETE k
RETURN name
"""

#: The key whose public id a request presents (its hash is compared in Python).
FIND_KEY: LiteralString = """
MATCH (k:ApiKey {key_id: $key_id})
RETURN k.name AS name, k.role AS role, k.key_id AS key_id, k.hash AS hash,
       k.last_used IS NULL OR k.last_used < datetime() - duration({seconds: $touch_after_s})
         AS stale
"""

#: The roles of the keys that exist (empty: no personal key, the API stays as configured).
KEY_ROLES: LiteralString = """
MATCH (k:ApiKey)
RETURN collect(DISTINCT k.role) AS roles
"""

#: Records that a key was used (at most once a minute per key and process).
TOUCH_KEY: LiteralString = """
MATCH (k:ApiKey {key_id: $key_id})
SET k.last_used = datetime()
"""
