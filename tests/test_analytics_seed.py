"""Analytics on the seed dataset (data/seed/*.yaml), through the API, on a real Neo4j."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.db import Database
from graph.settings import Settings

DIFF = {"at": "2024-06-01", "compare_to": "2024-12-31"}


@pytest.fixture(scope="module")
def client(seeded_db: Database, settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.mark.parametrize("algorithm", ["pagerank", "betweenness", "degree"])
def test_russia_and_north_korea_are_the_two_most_central(client: TestClient,
                                                         algorithm: str) -> None:
    r = client.get("/analytics/centrality", params={"algorithm": algorithm, "limit": 3})
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert {x["actor"] for x in results[:2]} == {"russia", "north-korea"}
    assert results[1]["score"] > results[2]["score"]  # a clear gap to the third


def test_the_seed_splits_into_communities_with_brokers(client: TestClient) -> None:
    r = client.get("/analytics/communities")
    assert r.status_code == 200, r.text
    body = r.json()
    assert len(body["communities"]) >= 2
    assert body["brokers"][0]["actor"] in {"russia", "north-korea"}
    assert body["betweenness"]["method"] == "exact"


def _pairs(edges: list[dict[str, Any]]) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((e["source"], e["target"])), e["type"]) for e in edges}


def test_diff_shows_the_treaty_and_the_troop_deployment_as_new(client: TestClient) -> None:
    r = client.get("/analytics/diff", params=DIFF)
    assert r.status_code == 200, r.text
    body = r.json()
    appeared = _pairs(body["appeared"])
    assert (frozenset({"russia", "north-korea"}), "SIGNED_AGREEMENT_WITH") in appeared
    # dated by the reference source's background claim (October 2024); the article's own
    # claim about the troops is undated and so in neither picture
    assert (frozenset({"north-korea", "russia"}), "DEPLOYED_TROOPS_TO") in appeared
    deployment = next(e for e in body["appeared"] if e["type"] == "DEPLOYED_TROOPS_TO")
    assert (deployment["source"], deployment["target"]) == ("north-korea", "russia")
    assert body["ended"] == []
    assert body["counts"]["undated"] > 0
    r = client.get("/analytics/diff", params={**DIFF, "actor": "russia", "depth": 1})
    assert r.status_code == 200, r.text
    assert sorted(e["type"] for e in r.json()["appeared"]) == [
        "DEPLOYED_TROOPS_TO", "SIGNED_AGREEMENT_WITH"]
    r = client.get("/analytics/diff", params={"at": "2024-06-20", "compare_to": "2024-12-31"})
    assert r.status_code == 200, r.text
    later = _pairs(r.json()["appeared"])  # signed by then: no longer new
    assert (frozenset({"russia", "north-korea"}), "SIGNED_AGREEMENT_WITH") not in later
