"""GET /events, /events/{id}, /sources/{id}, /stats, and the error body (404, 422, 503)."""

from __future__ import annotations

import socket
import time
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.app import create_app
from graph.db import Database
from graph.settings import Settings
from tests.api_fixture_graph import (
    TREATY,
    assert_edge_contract,
    evidence_id,
    ok,
)

pytestmark = pytest.mark.usefixtures("fixture_db")





def test_events_list_filters(client: TestClient, fixture_db: Database) -> None:
    everything = ok(client, "/events", limit=1000)
    assert everything["total"] == fixture_db.read(
        "MATCH (e:Event) RETURN count(e) AS c")[0]["c"] == len(everything["items"])
    known = [e["date"] for e in everything["items"] if e["date_known"]]
    assert known == sorted(known)
    assert not any(e["date_known"] for e in everything["items"][len(known):])
    signing = ok(client, "/events", type="signing")["items"]
    assert [e["id"] for e in signing] == ["treaty-signing"]
    duma = ok(client, "/events", actor="state-duma")["items"]
    assert [e["id"] for e in duma] == ["ratification-bill"]
    autumn = ok(client, "/events", since="2024-09", until="2024-12-31")["items"]
    assert [e["id"] for e in autumn] == ["ratification-bill"]
    june = ok(client, "/events", since="2024-06-19", until="2024-06-19")["items"]
    assert {e["id"] for e in june} == {"treaty-signing", "putin-visit-pyongyang"}
    page = ok(client, "/events", limit=2, offset=2)
    assert [e["id"] for e in page["items"]] == [e["id"] for e in everything["items"][2:4]]


def test_event_detail(client: TestClient) -> None:
    e = ok(client, "/events/treaty-signing")
    assert (e["date"], e["date_end"], e["date_precision"], e["date_inferred"]) == (
        "2024-06-18", "2024-06-19", "range", True)
    assert {(p["actor"], p["role"]) for p in e["participants"]} == {
        ("russia", "party"), ("north-korea", "party"), ("vladimir-putin", "signatory")}
    assert e["agreements"] == [{"id": TREATY, "name": "Comprehensive Strategic Partnership "
                                "Treaty", "milestone": "signed"}]
    assert e["claims"][0]["certainty"] == "confirmed"
    assert e["claims"][0]["evidence"][0]["quote"].startswith("è stato firmato")
    assert [x["type"] for x in e["edges"]] == ["SIGNED_AGREEMENT_WITH"]
    for x in e["edges"]:
        assert_edge_contract(x)
    shells = ok(client, "/events/shell-supply")
    assert sorted((c["certainty"], tuple(c["asserted_by"])) for c in shells["claims"]) == [
        ("denied", ("north-korea",)), ("reported", ("western-sources",))]
    assert shells["date_known"] is False and shells["date"] is None


def test_source_detail(client: TestClient) -> None:
    s = ok(client, "/sources/kcna-denial")
    assert (s["title"], s["language"], s["published"]) == ("KCNA statement", "ko", "2024-10-30")
    assert [ev["id"] for ev in s["evidence"]] == [evidence_id("denial")]
    assert s["claims"] == ["claim-shell-supply-denied"]
    article = ok(client, "/sources/ansa-lavrov-choe")
    assert len(article["evidence"]) == 9 and "claim-troops" in article["claims"]


def test_stats_match_the_database(client: TestClient, fixture_db: Database) -> None:
    s = ok(client, "/stats")
    labels = {r["l"]: r["c"] for r in fixture_db.read(
        "MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c")}
    types = {r["t"]: r["c"] for r in fixture_db.read(
        "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c")}
    assert s == {"nodes": labels, "relationships": types}


@pytest.mark.parametrize(("url", "params", "status", "location"), [
    ("/events/nothing", {}, 404, "id"),
    ("/sources/nothing", {}, 404, "id"),
    ("/events", {"actor": "nobody"}, 404, "actor"),
    ("/events", {"type": "party"}, 422, "query.type"),
    ("/events", {"since": "yesterday"}, 422, "query.since"),
    ("/events", {"since": "2024-13"}, 422, "query.since"),
    ("/events", {"until": "2023-02-29"}, 422, "query.until"),
    ("/events", {"since": "2024-06", "until": "2024-05"}, 422, "until"),
    ("/events", {"limit": 1001}, 422, "query.limit"),
    ("/events", {"offset": -1}, 422, "query.offset"),
    ("/events/Not An Id", {}, 422, "path.id"),
    ("/actors", {"kind": "planet"}, 422, "query.kind"),
])
def test_errors_have_one_body_naming_the_place(client: TestClient, url: str,
                                               params: dict[str, Any], status: int,
                                               location: str) -> None:
    r = client.get(url, params=params)
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["details"][0]["location"] == location


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_neo4j_down_is_503_with_retry_after(settings: Settings) -> None:
    down = settings.model_copy(update={"neo4j_uri": f"bolt://127.0.0.1:{free_port()}",
                                       "neo4j_password": SecretStr("unused")})
    with TestClient(create_app(down)) as c:
        assert c.get("/health").status_code == 200
        for method, url, body in [
            ("GET", "/actors?q=lavrov", None), ("GET", "/actors/russia", None),
            ("GET", "/actors/russia/neighbors", None), ("GET", "/actors/russia/timeline", None),
            ("GET", "/paths?source=russia&target=nato", None), ("GET", "/relations", None),
            ("GET", "/events", None), ("GET", "/events/x", None), ("GET", "/sources/x", None),
            ("GET", "/stats", None), ("POST", "/cypher", {"query": "RETURN 1"}),
        ]:
            start = time.monotonic()
            r = c.request(method, url, json=body)
            assert r.status_code == 503, (url, r.text)
            assert r.headers["Retry-After"].isdigit()
            assert r.json()["error"]["code"] == "database_unavailable"
            assert time.monotonic() - start < 5, url
