"""The API issue's must-show list, through HTTP, on the seed dataset (data/seed)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.db import Database
from graph.settings import Settings
from tests.api_fixture_graph import assert_edge_contract
from tests.conftest import counts
from tests.test_api_cypher import HOSTILE

pytestmark = pytest.mark.usefixtures("seeded_db")

TIMEOUT_S = 2.0


@pytest.fixture(scope="module")
def client(seeded_db: Database, settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings.model_copy(
            update={"query_timeout_s": TIMEOUT_S}))) as c:
        yield c


def ok(client: TestClient, url: str, **params: Any) -> Any:
    r = client.get(url, params=params)
    assert r.status_code == 200, r.text
    return r.json()


@pytest.mark.parametrize(("q", "expected", "name"), [
    ("lavrov", "sergey-lavrov", "Sergey Lavrov"),
    ("Corea del Nord", "north-korea", "North Korea"),
])
def test_search_finds_lavrov_and_north_korea(client: TestClient, q: str, expected: str,
                                             name: str) -> None:
    first = ok(client, "/actors", q=q)["items"][0]
    assert (first["id"], first["name"]) == (expected, name)


def test_choe_to_nato_has_a_path_with_evidence_on_every_edge(client: TestClient) -> None:
    paths = ok(client, "/paths", source="choe-son-hui", target="nato")["paths"]
    assert len(paths) >= 1
    for p in paths:
        nodes = [n["id"] for n in p["nodes"]]
        assert nodes[0] == "choe-son-hui" and nodes[-1] == "nato"
        for i, e in enumerate(p["edges"]):
            assert_edge_contract(e)
            assert {e["source"], e["target"]} == {nodes[i], nodes[i + 1]}
            assert e["evidence"], f"edge {e['id']} has no evidence"
            assert all(ev["quote"] and ev["language"] for ev in e["evidence"])


def test_only_confirmed_edges_with_min_certainty_confirmed(client: TestClient) -> None:
    unfiltered = ok(client, "/paths", source="choe-son-hui", target="nato", mode="k", k=10,
                    max_hops=6)["paths"]
    confirmed = ok(client, "/paths", source="choe-son-hui", target="nato", mode="k", k=10,
                   max_hops=6, min_certainty="confirmed")["paths"]
    assert confirmed
    assert {e["certainty"] for p in confirmed for e in p["edges"]} == {"confirmed"}
    assert all(e["certainty"] for p in unfiltered for e in p["edges"])
    # the filter matters: between Choe and Russia the unfiltered shortest paths also run
    # over North Korea's reported and alleged edges to Russia
    every = ok(client, "/paths", source="choe-son-hui", target="russia",
               mode="all_shortest")["paths"]
    sure = ok(client, "/paths", source="choe-son-hui", target="russia", mode="all_shortest",
              min_certainty="confirmed")["paths"]
    assert {"reported", "alleged"} <= {e["certainty"] for p in every for e in p["edges"]}
    assert sure and {e["certainty"] for p in sure for e in p["edges"]} == {"confirmed"}
    for mode in ("shortest", "all_shortest"):
        for p in ok(client, "/paths", source="choe-son-hui", target="nato", mode=mode,
                    min_certainty="confirmed")["paths"]:
            assert {e["certainty"] for e in p["edges"]} == {"confirmed"}


def test_north_korea_timeline_signing_before_ratification(client: TestClient) -> None:
    items = ok(client, "/actors/north-korea/timeline")["items"]
    ids = [e["id"] for e in items]
    assert ids.index("treaty-signing") < ids.index("ratification-bill-submission")
    bill = items[ids.index("ratification-bill-submission")]
    assert bill["date"] == "2024-10-14" and bill["date_inferred"] is True
    unknown = [e for e in items if not e["date_known"]]
    assert unknown and items[-len(unknown):] == unknown


def test_cypher_count_answers(client: TestClient, seeded_db: Database) -> None:
    r = client.post("/cypher", json={"query": "MATCH (n) RETURN count(n)"})
    assert r.status_code == 200, r.text
    assert r.json()["rows"] == [[counts(seeded_db)[0]]]


@pytest.mark.parametrize("query", HOSTILE)
def test_cypher_writes_admin_and_files_are_403(client: TestClient, seeded_db: Database,
                                               query: str) -> None:
    before = counts(seeded_db)
    r = client.post("/cypher", json={"query": query})
    assert r.status_code == 403, r.text
    assert counts(seeded_db) == before


@pytest.mark.parametrize("query", [
    "MATCH (a), (b), (c), (d), (e) WHERE a.id < b.id AND c.id < d.id RETURN count(*)",
    "MATCH (a), (b), (c), (d), (e) WHERE a.name <> b.name RETURN count(DISTINCT e)",
])
def test_cypher_long_query_stopped_then_next_request_answered(client: TestClient,
                                                              query: str) -> None:
    start = time.monotonic()
    r = client.post("/cypher", json={"query": query})
    assert r.status_code == 408, r.text
    assert time.monotonic() - start < TIMEOUT_S + 1
    assert ok(client, "/actors", q="lavrov")["items"][0]["id"] == "sergey-lavrov"
    assert client.post("/cypher", json={"query": "RETURN 1 AS one"}).json()["rows"] == [[1]]
