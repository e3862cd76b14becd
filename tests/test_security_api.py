"""Who may do what: API keys, POST /ingest, body size limit, CORS, settings from env.

Real Neo4j, real HTTP (uvicorn on 127.0.0.1) where the transport matters (body sizes,
logs), FastAPI's TestClient elsewhere.
"""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.app import create_app
from graph.db import Database
from graph.settings import Settings
from tests.conftest import counts
from tests.security_support import LiveServer, synthetic_document

READ_KEY = "read-key-7f3a9c1e5b2d4f60"
WRITE_KEY = "write-key-0c8e2a6b4d1f3e57"


def with_keys(settings: Settings, read: str | None = READ_KEY,
              write: str | None = WRITE_KEY, **extra: Any) -> Settings:
    return settings.model_copy(update={
        "read_api_key": SecretStr(read) if read else None,
        "write_api_key": SecretStr(write) if write else None, **extra})


@pytest.fixture
def keyed(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(with_keys(settings))) as client:
        yield client


# --- the read key -----------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/stats", "/actors?q=korea", "/actors/north-korea",
                                  "/openapi.json", "/docs"])
def test_read_key_protects_every_endpoint_but_the_probes(keyed: TestClient, path: str) -> None:
    r = keyed.get(path)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "unauthorized"
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert keyed.post("/cypher", json={"query": "RETURN 1"}).status_code == 401


def test_probes_and_the_explorer_page_need_no_key(keyed: TestClient) -> None:
    assert keyed.get("/health").status_code == 200
    assert keyed.get("/ready").status_code == 200
    page = keyed.get("/")  # the explorer's shell: no graph data, it asks with the key
    assert page.status_code == 200 and 'id="api-key"' in page.text
    assert "north-korea" not in page.text and "Choe" not in page.text


@pytest.mark.parametrize("headers", [
    {"Authorization": f"Bearer {READ_KEY}"},
    {"authorization": f"bearer {READ_KEY}"},
    {"X-API-Key": READ_KEY},
    {"X-API-Key": WRITE_KEY},  # the write key may read too
])
def test_read_key_accepted_in_either_header(keyed: TestClient, headers: dict[str, str]) -> None:
    r = keyed.get("/stats", headers=headers)
    assert r.status_code == 200, r.text
    assert "nodes" in r.json()
    r = keyed.post("/cypher", json={"query": "RETURN 1 AS one"}, headers=headers)
    assert r.status_code == 200 and r.json()["rows"] == [[1]]


@pytest.mark.parametrize("headers", [
    {"Authorization": "Bearer " + READ_KEY[:-1]},
    {"Authorization": "Bearer " + READ_KEY + "x"},
    {"Authorization": "Basic " + READ_KEY},
    {"X-API-Key": ""},
    {"X-API-Key": READ_KEY.upper()},
])
def test_wrong_keys_are_401(keyed: TestClient, headers: dict[str, str]) -> None:
    r = keyed.get("/stats", headers=headers)
    assert r.status_code == 401
    assert READ_KEY not in r.text and READ_KEY.upper() not in r.text


def test_key_in_query_string_is_not_accepted(keyed: TestClient) -> None:
    # query strings end up in access logs: a key there must not work
    assert keyed.get(f"/stats?api_key={READ_KEY}").status_code == 401
    assert keyed.get(f"/stats?key={READ_KEY}").status_code == 401


def test_without_read_key_reads_are_open(settings: Settings) -> None:
    with TestClient(create_app(with_keys(settings, read=None))) as client:
        assert client.get("/stats").status_code == 200


def test_keys_never_reach_the_logs(settings: Settings) -> None:
    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(self.format(record))

    handler = Collect(level=logging.DEBUG)
    loggers = [logging.getLogger(n) for n in ("", "uvicorn", "uvicorn.access",
                                              "uvicorn.error", "geokg", "geokg.api")]
    for lg in loggers:
        lg.addHandler(handler)
    old = {lg.name: lg.level for lg in loggers}
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
    try:
        with LiveServer(create_app(with_keys(settings))) as srv:
            for key in (READ_KEY, "wrong-" + READ_KEY, WRITE_KEY):
                httpx.get(f"{srv.url}/stats", headers={"Authorization": f"Bearer {key}"})
                httpx.post(f"{srv.url}/ingest", headers={"X-API-Key": key}, content=b"{")
    finally:
        for lg in loggers:
            lg.removeHandler(handler)
            lg.setLevel(old[lg.name])
    assert records, "the server logged nothing at all: the test would prove nothing"
    joined = "\n".join(records)
    assert READ_KEY not in joined and WRITE_KEY not in joined


# --- POST /ingest -----------------------------------------------------------------------

def test_ingest_is_off_without_a_write_key(settings: Settings, db: Database) -> None:
    before = counts(db)
    with TestClient(create_app(with_keys(settings, read=None, write=None))) as client:
        r = client.post("/ingest", json=synthetic_document("off", range(3), 4))
        # a key that is sent is always checked: here it matches nothing (401)
        unknown = client.post("/ingest", json=synthetic_document("off", range(3), 4),
                              headers={"X-API-Key": WRITE_KEY})
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "disabled"
    assert unknown.status_code == 401
    assert counts(db) == before


@pytest.mark.parametrize(("headers", "status", "code"), [
    ({}, 401, "unauthorized"),
    ({"Authorization": "Bearer not-the-key"}, 401, "unauthorized"),
    # the read key gets past the key middleware, then the write check refuses it
    ({"X-API-Key": READ_KEY}, 403, "forbidden"),
])
def test_ingest_needs_the_write_key(keyed: TestClient, db: Database,
                                    headers: dict[str, str], status: int, code: str) -> None:
    before = counts(db)
    r = keyed.post("/ingest", json=synthetic_document("nokey", range(3), 4), headers=headers)
    assert r.status_code == status
    assert r.json()["error"]["code"] == code
    assert counts(db) == before


def test_ingest_loads_a_valid_document_idempotently(keyed: TestClient,
                                                    clean_db: Database) -> None:
    doc = synthetic_document("ingest", range(5), 4)
    r = keyed.post("/ingest", json=doc, headers={"Authorization": f"Bearer {WRITE_KEY}"})
    assert r.status_code == 200, r.text
    summary = r.json()
    assert summary["nodes"]["Actor"] == {"created": 4, "matched": 0}
    assert summary["nodes"]["Event"] == {"created": 5, "matched": 0}
    after_first = counts(clean_db)
    ids = {r["id"] for r in clean_db.read("MATCH (a:Actor) RETURN a.id AS id")}
    assert ids == {f"ingest-actor-{i}" for i in range(4)}
    r = keyed.post("/ingest", json=doc, headers={"X-API-Key": WRITE_KEY})
    assert r.status_code == 200
    assert r.json()["nodes"]["Event"] == {"created": 0, "matched": 5}
    assert counts(clean_db) == after_first


def test_invalid_document_names_every_error_and_writes_nothing(keyed: TestClient,
                                                               db: Database) -> None:
    doc = synthetic_document("bad", range(4), 4)
    doc["actors"][0]["kind"] = "planet"  # not an ActorKind
    doc["events"][1]["date"] = "2024-02-30"  # impossible date
    doc["claims"][2]["event"] = "bad-event-99"  # unknown reference
    doc["claims"][3]["evidence"][0]["quote"] = "words nobody wrote"  # not in the source
    text = json.dumps(doc, indent=2)
    before = counts(db)
    r = keyed.post("/ingest", content=text.encode(),
                   headers={"X-API-Key": WRITE_KEY, "Content-Type": "application/json"})
    assert r.status_code == 422, r.text
    details = r.json()["error"]["details"]
    locations = {d["location"] for d in details}
    assert {"$.actors[0].kind", "$.events[1].date", "$.claims[2].event",
            "$.claims[3].evidence[0].quote"} <= locations
    lines = text.splitlines()
    for d in details:  # every line number points at the offending part of the body
        assert d["line"] is not None and 1 <= d["line"] <= len(lines)
    kind_line = next(d["line"] for d in details if d["location"] == "$.actors[0].kind")
    assert '"planet"' in lines[kind_line - 1]
    assert counts(db) == before


@pytest.mark.parametrize("body,fragment", [
    (b'{"version": 1, "actors": [', "not valid JSON"),
    (b"\xff\xfe\x00garbage", "UTF-8"),
    (b"[1, 2, 3]", "$"),
    (b'"just a string"', "$"),
    (b"null", "$"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
])
def test_malformed_bodies_are_422(keyed: TestClient, db: Database, body: bytes,
                                  fragment: str) -> None:
    before = counts(db)
    r = keyed.post("/ingest", content=body, headers={"X-API-Key": WRITE_KEY})
    assert r.status_code == 422, r.text
    assert fragment in json.dumps(r.json())
    assert counts(db) == before


def test_text_file_is_never_read_for_a_client(keyed: TestClient, db: Database) -> None:
    doc = synthetic_document("tf", range(2), 3)
    doc["sources"][0].pop("text")
    doc["sources"][0]["text_file"] = "/etc/passwd"
    doc["claims"] = []
    before = counts(db)
    r = keyed.post("/ingest", json=doc, headers={"X-API-Key": WRITE_KEY})
    assert r.status_code == 422
    assert r.json()["error"]["details"][0]["location"] == "$.sources[0].text_file"
    assert "root:" not in r.text
    assert counts(db) == before


# --- request body size ------------------------------------------------------------------

@pytest.fixture
def small_body_server(settings: Settings) -> Iterator[LiveServer]:
    app = create_app(with_keys(settings, read=None, max_body_bytes=4096))
    with LiveServer(app) as srv:
        yield srv


def test_body_over_the_limit_by_content_length_is_413(small_body_server: LiveServer) -> None:
    r = httpx.post(f"{small_body_server.url}/cypher",
                   content=json.dumps({"query": "RETURN 1", "params": {"x": "a" * 5000}}),
                   headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "payload_too_large"
    r = httpx.post(f"{small_body_server.url}/ingest", content=b"x" * 10_000,
                   headers={"X-API-Key": WRITE_KEY})
    assert r.status_code == 413


def test_chunked_body_over_the_limit_is_413(small_body_server: LiveServer) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"query": "RETURN 1", "params": {"x": "'
        for _ in range(50):
            yield b"a" * 1000
        yield b'"}}'

    r = httpx.post(f"{small_body_server.url}/cypher", content=chunks(),
                   headers={"Content-Type": "application/json"})
    assert "content-length" not in r.request.headers  # really streamed
    assert r.status_code == 413


def test_lying_content_length_is_caught_by_counting(small_body_server: LiveServer) -> None:
    # Declares 100 bytes, sends 20 000: the server reads only what was declared
    # (HTTP framing); the rest is a malformed next request, never part of a body.
    body = b'{"query": "RETURN 1", "params": {"x": "' + b"a" * 20_000 + b'"}}'
    with socket.create_connection(("127.0.0.1", small_body_server.port), timeout=5) as s:
        s.sendall(b"POST /cypher HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 100\r\n\r\n" + body)
        reply = s.recv(65536).decode(errors="replace")
    status = int(reply.split(" ", 2)[1])
    assert status in (400, 422)  # the 100 bytes are not valid JSON; never a 5xx


def test_body_under_the_limit_passes(small_body_server: LiveServer) -> None:
    r = httpx.post(f"{small_body_server.url}/cypher",
                   json={"query": "RETURN $x AS x", "params": {"x": "a" * 1000}})
    assert r.status_code == 200, r.text
    assert r.json()["rows"] == [["a" * 1000]]


# --- CORS -------------------------------------------------------------------------------

def preflight(client: TestClient, origin: str) -> Any:  # the response type TestClient has
    return client.options("/stats", headers={
        "Origin": origin, "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "authorization"})


def test_cors_allows_only_listed_origins_without_credentials(settings: Settings) -> None:
    s = with_keys(settings, cors_origins=["https://analyst.example.org"])
    with TestClient(create_app(s)) as client:
        ok = preflight(client, "https://analyst.example.org")
        assert ok.status_code == 200
        assert ok.headers["access-control-allow-origin"] == "https://analyst.example.org"
        assert "access-control-allow-credentials" not in ok.headers
        assert "authorization" in ok.headers["access-control-allow-headers"].lower()
        bad = preflight(client, "https://evil.example.com")
        assert bad.headers.get("access-control-allow-origin") is None
        r = client.get("/stats", headers={"Origin": "https://evil.example.com",
                                          "X-API-Key": READ_KEY})
        assert r.headers.get("access-control-allow-origin") is None
        r = client.get("/stats", headers={"Origin": "https://analyst.example.org"})
        assert r.status_code == 401  # CORS is not authentication
        assert r.headers["access-control-allow-origin"] == "https://analyst.example.org"


def test_wildcard_origin_never_comes_with_credentials(settings: Settings) -> None:
    with TestClient(create_app(with_keys(settings, read=None, cors_origins=["*"]))) as client:
        r = client.get("/health", headers={"Origin": "https://anyone.example"})
        assert r.headers["access-control-allow-origin"] == "*"
        assert r.headers.get("access-control-allow-credentials") != "true"
        r = preflight(client, "https://anyone.example")
        assert r.headers.get("access-control-allow-credentials") != "true"


def test_no_cors_origins_means_no_cors_headers(settings: Settings) -> None:
    with TestClient(create_app(with_keys(settings, read=None))) as client:
        r = client.get("/health", headers={"Origin": "https://analyst.example.org"})
        assert "access-control-allow-origin" not in r.headers


# --- settings from the environment ------------------------------------------------------

def test_empty_env_values_mean_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    # docker-compose passes GEOKG_READ_API_KEY="" when the variable is not set
    monkeypatch.setenv("GEOKG_READ_API_KEY", "")
    monkeypatch.setenv("GEOKG_WRITE_API_KEY", "  ")
    monkeypatch.setenv("GEOKG_CORS_ORIGINS", "https://a.example, http://127.0.0.1:3000/")
    s = Settings(_env_file=None)  # type: ignore[call-arg]
    assert s.read_api_key is None and s.write_api_key is None
    assert s.cors_origins == ["https://a.example", "http://127.0.0.1:3000"]
    monkeypatch.setenv("GEOKG_CORS_ORIGINS", "https://a.example/path")
    with pytest.raises(ValueError, match="not an origin"):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_body_that_is_not_utf8_json_is_422(keyed: TestClient) -> None:
    r = keyed.post("/cypher", content=b'{"query": "\xff"}',
                   headers={"X-API-Key": READ_KEY, "Content-Type": "application/json"})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "invalid_input"
