"""Neo4j down and back: the API starts without it, answers 503 fast, recovers by itself.

Uses its own Neo4j instance (``GEOKG_TEST_FAULT_NEO4J_INSTANCE``, default ``fault``, port
``GEOKG_TEST_FAULT_NEO4J_PORT``, default 7717) that this module starts and stops: the
session's test server is never stopped. The API is a real uvicorn server on 127.0.0.1,
created once and never restarted. A 503 names its request id, never the database's
address or the driver's message.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import httpx
import pytest
from pydantic import SecretStr

from api.app import create_app
from graph.db import Database
from graph.launcher import LocalNeo4j
from graph.settings import Settings
from tests.security_support import LiveServer, synthetic_document

pytestmark = pytest.mark.slow

FAULT_PORT = int(os.environ.get("GEOKG_TEST_FAULT_NEO4J_PORT", "7717"))
FAULT_INSTANCE = os.environ.get("GEOKG_TEST_FAULT_NEO4J_INSTANCE", "fault")
WRITE_KEY = "fault-write-key-1b2c3d4e5f"
LIMIT_S = 2.0

#: Data endpoints and what they need; every one must answer 503 + Retry-After fast.
READS: list[tuple[str, str, dict[str, object] | None]] = [
    ("GET", "/stats", None),
    ("GET", "/actors?q=fault%20state%201", None),
    ("GET", "/actors/fault-actor-1", None),
    ("GET", "/actors/fault-actor-1/neighbors?depth=2", None),
    ("GET", "/actors/fault-actor-1/timeline", None),
    ("GET", "/paths?source=fault-actor-0&target=fault-actor-3", None),
    ("GET", "/relations?actor=fault-actor-1", None),
    ("GET", "/events?actor=fault-actor-1", None),
    ("POST", "/cypher", {"query": "MATCH (a:Actor) RETURN count(a) AS n"}),
]


@pytest.fixture(scope="module")
def fault_neo4j() -> Iterator[LocalNeo4j]:
    server = LocalNeo4j(Settings(neo4j_password=None, neo4j_uri=None), instance=FAULT_INSTANCE,
                        port=FAULT_PORT)
    server.stop()  # a leftover from an interrupted run
    yield server
    server.stop()


@pytest.fixture(scope="module")
def api(fault_neo4j: LocalNeo4j) -> Iterator[str]:
    """The API, started while its Neo4j is down."""
    settings = Settings(neo4j_uri=fault_neo4j.uri,
                        neo4j_password=SecretStr(fault_neo4j.password()),
                        write_api_key=SecretStr(WRITE_KEY))
    with LiveServer(create_app(settings)) as srv:
        yield srv.url


def call(url: str, method: str, path: str, body: dict[str, object] | None) -> httpx.Response:
    return httpx.request(method, url + path, json=body, timeout=30)


def assert_unavailable_fast(url: str) -> None:
    for method, path, body in READS:
        t0 = time.monotonic()
        r = call(url, method, path, body)
        elapsed = time.monotonic() - t0
        assert r.status_code == 503, f"{path}: {r.status_code} {r.text[:200]}"
        assert r.headers.get("retry-after", "").isdigit(), path
        error = r.json()["error"]
        assert error["code"] == "database_unavailable"
        # the user's terms and the request id; never the address or the driver's words
        assert error["details"] == {"request_id": r.headers["x-request-id"]}, path
        for leak in (str(FAULT_PORT), "127.0.0.1", "bolt", "Couldn't", "onnect"):
            assert leak not in r.text, (path, leak, r.text)
        assert elapsed < LIMIT_S, f"{path} took {elapsed:.2f}s"


def assert_serving(url: str) -> None:
    for method, path, body in READS:
        r = call(url, method, path, body)
        assert r.status_code == 200, f"{path}: {r.status_code} {r.text[:200]}"


def test_database_errors_translate_to_unavailable_quickly(fault_neo4j: LocalNeo4j) -> None:
    """The driver's read retry budget, not its 30 s default, bounds a read to a dead server."""
    settings = Settings(neo4j_uri=fault_neo4j.uri,
                        neo4j_password=SecretStr(fault_neo4j.password()))
    fault_neo4j.stop()
    with Database(settings) as db:
        t0 = time.monotonic()
        with pytest.raises(Exception) as exc:
            db.read("RETURN 1 AS x")
        assert type(exc.value).__name__ == "DatabaseUnavailable"
        assert time.monotonic() - t0 < LIMIT_S


def test_api_survives_neo4j_going_away_and_coming_back(fault_neo4j: LocalNeo4j,
                                                       api: str) -> None:
    # 1. started without Neo4j: alive, not ready, data endpoints 503 within 2 s
    t0 = time.monotonic()
    r = httpx.get(f"{api}/health", timeout=10)
    assert r.status_code == 200 and r.json()["neo4j"]["available"] is False
    assert str(FAULT_PORT) not in r.text and "Couldn't" not in r.text
    assert time.monotonic() - t0 < LIMIT_S
    r = httpx.get(f"{api}/ready", timeout=10)
    assert r.status_code == 503 and r.headers["retry-after"].isdigit()
    assert_unavailable_fast(api)

    # 2. Neo4j comes up: the same API process serves, after loading a little data
    fault_neo4j.start()
    r = httpx.post(f"{api}/ingest", json=synthetic_document("fault", range(6), 5),
                   headers={"X-API-Key": WRITE_KEY}, timeout=60)
    assert r.status_code == 200, r.text
    assert httpx.get(f"{api}/ready", timeout=10).status_code == 200
    assert_serving(api)

    # 3. Neo4j stops while the API runs: 503 + Retry-After within 2 s, no hang
    fault_neo4j.stop()
    assert httpx.get(f"{api}/health", timeout=10).status_code == 200
    assert httpx.get(f"{api}/ready", timeout=10).status_code == 503
    assert_unavailable_fast(api)
    r = httpx.post(f"{api}/ingest", json=synthetic_document("fault", range(6), 5),
                   headers={"X-API-Key": WRITE_KEY}, timeout=60)
    assert r.status_code == 503  # a write fails cleanly too (after its longer retry budget)

    # 4. Neo4j back: the very next requests succeed, the API was never restarted
    fault_neo4j.start()
    assert httpx.get(f"{api}/ready", timeout=10).status_code == 200
    assert_serving(api)
    stats = httpx.get(f"{api}/stats", timeout=10).json()
    assert stats["nodes"]["Actor"] == 5 and stats["nodes"]["Event"] == 6  # nothing lost
