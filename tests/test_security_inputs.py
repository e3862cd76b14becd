"""Every query and path parameter of every GET operation is validated: hostile values are
a 422 naming the parameter (or an ordinary answer for free text), never Cypher, never 5xx.

The operations and their parameters come from the app's own OpenAPI document, so an
endpoint added later is covered without touching this file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.db import Database
from graph.settings import Settings
from tests.security_support import fingerprint

HOSTILE = [
    "X]-() DETACH DELETE n//",
    "MET_WITH|X]-() DETACH DELETE n//",
    "') DETACH DELETE n //",
    "\"}) MATCH (n) DETACH DELETE n //",
    "`) DETACH DELETE n //",
    "${jndi:ldap://127.0.0.1/a}",
    "../../../../etc/passwd",
    "<script>alert(1)</script>",
    "1 OR 1=1",
    "\u202enorth-korea",
    "x" * 5000,
]

#: Valid values for the parameters an operation needs while another one is attacked.
BASELINE = {"id": "north-korea", "source": "choe-son-hui", "target": "nato",
            "actor": "north-korea"}
PATH_IDS = {"/events/{id}": "treaty-signing", "/sources/{id}": "article-000-ea82c74684206790"}


@pytest.fixture(scope="module")
def client(settings: Settings, seeded_db: Database) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture(scope="module")
def schema(client: TestClient) -> dict[str, Any]:
    data: dict[str, Any] = client.get("/openapi.json").json()
    return data


def resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        resolved: dict[str, Any] = schema["components"]["schemas"][name]
        return resolved
    return node


def strict(schema: dict[str, Any], node: dict[str, Any]) -> bool:
    """Whether the parameter's schema admits none of the HOSTILE strings."""
    node = resolve(schema, node)
    branches = [resolve(schema, b) for b in node.get("anyOf", [node])
                if resolve(schema, b).get("type") != "null"]
    for b in branches:
        if b.get("type") == "array":
            if not strict(schema, b.get("items", {})):
                return False
        elif not ("enum" in b or "pattern" in b
                  or b.get("type") in ("integer", "number", "boolean")):
            return False
    return bool(branches)


def operations(schema: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    return [(path, op.get("parameters", [])) for path, ops in schema["paths"].items()
            for method, op in ops.items() if method == "get"]


def url_for(path: str, params: list[dict[str, Any]], attacked: str, value: str) -> str:
    url = path
    query: list[tuple[str, str]] = []
    for p in params:
        name = p["name"]
        if p["in"] == "path":
            v = value if name == attacked else PATH_IDS.get(path, BASELINE.get(name, "x"))
            url = url.replace("{" + name + "}", quote(v, safe=""))
        elif name == attacked:
            query.append((name, value))
        elif p.get("required"):
            query.append((name, BASELINE.get(name, "x")))
    if query:
        url += "?" + "&".join(f"{k}={quote(v, safe='')}" for k, v in query)
    return url


def test_every_parameter_rejects_hostile_values(client: TestClient, schema: dict[str, Any],
                                               seeded_db: Database) -> None:
    before = fingerprint(seeded_db)
    checked = strict_params = 0
    for path, params in operations(schema):
        for p in params:
            is_strict = strict(schema, p["schema"])
            strict_params += is_strict
            for value in HOSTILE:
                r = client.get(url_for(path, params, p["name"], value))
                checked += 1
                assert r.status_code < 500, f"{path} {p['name']}={value!r}: {r.text[:200]}"
                if is_strict:
                    assert r.status_code in (404, 422), f"{path} {p['name']}={value!r}"
                    if r.status_code == 422:
                        body = r.json()["error"]
                        assert p["name"] in str(body["details"]) + body["message"]
    assert checked > 200 and strict_params > 40
    assert fingerprint(seeded_db) == before


@pytest.mark.parametrize("url", [
    "/actors/north-korea/neighbors?rel_types=X]-() DETACH DELETE n//",
    "/paths?source=choe-son-hui&target=nato&rel_types=X]-() DETACH DELETE n//",
    "/paths?source=choe-son-hui&target=nato&rel_types=MET_WITH&rel_types=ALIAS_OF",
    "/viz/paths?source=choe-son-hui&target=nato&rel_types=X]-() DETACH DELETE n//",
    "/actors/north-korea/neighbors?depth=50",
    "/actors/north-korea/neighbors?depth=0",
    "/paths?source=choe-son-hui&target=nato&max_hops=50",
    "/paths?source=choe-son-hui&target=nato&mode=k&k=0",
    "/paths?source=choe-son-hui&target=nato&min_certainty=certain",
    "/actors/north-korea/timeline?since=yesterday",
    "/actors/north-korea/timeline?since=2024-02-30",
    "/actors/north-korea/timeline?until=2024-13",
    "/events?since=2024-06-01T00:00:00",
    "/actors?limit=0", "/actors?limit=100000", "/actors?offset=-1",
    "/actors?kind=planet", "/events?type=coup",
    "/actors/NORTH KOREA", "/actors/north-korea%0aMATCH",
])
def test_named_bad_parameters_are_422(client: TestClient, seeded_db: Database,
                                      url: str) -> None:
    before = fingerprint(seeded_db)
    r = client.get(url)
    assert r.status_code == 422, f"{url}: {r.status_code} {r.text[:200]}"
    err = r.json()["error"]
    assert err["code"] == "invalid_input" and err["details"]
    assert fingerprint(seeded_db) == before


def test_relationship_types_come_only_from_the_schema(schema: dict[str, Any]) -> None:
    """Every rel_types parameter is an enum of the schema's actor edge types."""
    from graph.schema import ACTOR_EDGE_TYPES

    seen = 0
    for _, params in operations(schema):
        for p in params:
            if p["name"] == "rel_types":
                seen += 1
                node = resolve(schema, p["schema"])
                items = [resolve(schema, b.get("items", {})) for b in node.get("anyOf", [node])
                         if b.get("type") == "array"]
                assert items and set(items[0]["enum"]) <= set(ACTOR_EDGE_TYPES)
    assert seen >= 3
