"""GET /paths and /relations on the fixture graph: filters on every hop, evidence on every edge."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from graph.db import Database
from tests.api_fixture_graph import (
    assert_edge_contract,
)

pytestmark = pytest.mark.usefixtures("fixture_db")




def get_paths(client: TestClient, source: str, target: str, **params: Any) -> list[Any]:
    r = client.get("/paths", params={"source": source, "target": target, **params})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["truncated"] is False
    return body["paths"]


def assert_walk(path: dict[str, Any], source: str, target: str) -> None:
    """Nodes and edges form one walk from source to target; every edge has the contract."""
    nodes = [n["id"] for n in path["nodes"]]
    assert nodes[0] == source and nodes[-1] == target
    assert path["length"] == len(path["edges"]) == len(nodes) - 1
    for i, e in enumerate(path["edges"]):
        assert_edge_contract(e)
        assert {e["source"], e["target"]} == {nodes[i], nodes[i + 1]}


def test_shortest_path_choe_to_nato_with_evidence(client: TestClient) -> None:
    paths = get_paths(client, "choe-son-hui", "nato")
    assert len(paths) == 1
    assert_walk(paths[0], "choe-son-hui", "nato")
    assert paths[0]["length"] == 2
    statement = paths[0]["edges"][1]
    assert statement["type"] == "MADE_STATEMENT_ABOUT"
    assert statement["asserted_by"] == ["nato", "pentagon"]
    assert "Nato hanno confermato" in statement["evidence"][0]["quote"]


def test_min_certainty_holds_on_every_hop(client: TestClient) -> None:
    every = get_paths(client, "north-korea", "state-duma", mode="all_shortest")
    confirmed = get_paths(client, "north-korea", "state-duma", mode="all_shortest",
                          min_certainty="confirmed")
    certainties = {e["certainty"] for p in every for e in p["edges"]}
    assert {"reported", "alleged", "denied"} <= certainties
    assert 0 < len(confirmed) < len(every)
    for p in confirmed:
        assert_walk(p, "north-korea", "state-duma")
        assert {e["certainty"] for e in p["edges"]} == {"confirmed"}
    reported = get_paths(client, "north-korea", "state-duma", mode="all_shortest",
                         min_certainty="reported")
    assert {e["certainty"] for p in reported for e in p["edges"]} == {"confirmed", "reported"}


def test_date_window_holds_on_every_hop(client: TestClient) -> None:
    paths = get_paths(client, "north-korea", "state-duma", mode="all_shortest",
                      min_certainty="confirmed", since="2024-06", until="2024-12")
    assert paths
    for p in paths:
        assert_walk(p, "north-korea", "state-duma")
        for e in p["edges"]:
            assert e["valid_from"] is not None and e["valid_from"] <= "2024-12-31"
            assert (e["valid_to"] or "9999-12-31") >= "2024-06-01"
    # the undated LEGISLATURE_OF role is excluded unless asked for
    assert all("russia" not in [n["id"] for n in p["nodes"]] for p in paths)
    with_undated = get_paths(client, "north-korea", "state-duma", mode="all_shortest",
                             since="2024-06", until="2024-12", include_undated="true")
    assert any("russia" in [n["id"] for n in p["nodes"]] for p in with_undated)


def test_rel_types_hold_on_every_hop(client: TestClient) -> None:
    types = ["SUPPLIED_ARMS_TO", "LEGISLATURE_OF"]
    paths = get_paths(client, "north-korea", "state-duma", mode="all_shortest", rel_types=types)
    assert paths
    assert {e["type"] for p in paths for e in p["edges"]} <= set(types)
    assert get_paths(client, "north-korea", "state-duma", rel_types=["MET_WITH"]) == []


def test_k_shortest_paths(client: TestClient) -> None:
    paths = get_paths(client, "choe-son-hui", "nato", mode="k", k=4, max_hops=6)
    assert len(paths) == 4
    lengths = [p["length"] for p in paths]
    assert lengths == sorted(lengths)
    assert len({tuple(e["id"] for e in p["edges"]) for p in paths}) == 4
    for p in paths:
        assert_walk(p, "choe-son-hui", "nato")


def test_max_hops_bounds_the_search(client: TestClient) -> None:
    assert get_paths(client, "choe-son-hui", "nato", max_hops=1) == []
    assert len(get_paths(client, "choe-son-hui", "nato", max_hops=2)) == 1


def test_no_path_is_an_empty_list(client: TestClient) -> None:
    assert get_paths(client, "north-korea", "mongolia", max_hops=6) == []


@pytest.mark.parametrize(("params", "status", "location"), [
    ({"source": "nobody", "target": "nato"}, 404, "source"),
    ({"source": "nato", "target": "nobody"}, 404, "target"),
    ({"source": "nato", "target": "nato"}, 422, "target"),
    ({"source": "nato", "target": "russia", "max_hops": 50}, 422, "query.max_hops"),
    ({"source": "nato", "target": "russia", "max_hops": 0}, 422, "query.max_hops"),
    ({"source": "nato", "target": "russia", "mode": "longest"}, 422, "query.mode"),
    ({"source": "nato", "target": "russia", "mode": "k", "k": 11}, 422, "query.k"),
    ({"source": "nato", "target": "russia", "since": "yesterday"}, 422, "query.since"),
    ({"source": "nato", "target": "russia", "rel_types": "X]-() DETACH DELETE n//"}, 422,
     "query.rel_types.0"),
    ({"source": "nato"}, 422, "query.target"),
    ({"source": "NATO; MATCH (n) DETACH DELETE n", "target": "nato"}, 422, "query.source"),
])
def test_path_errors_name_the_parameter(client: TestClient, params: dict[str, Any], status: int,
                                        location: str) -> None:
    r = client.get("/paths", params=params)
    assert r.status_code == status, r.text
    assert r.json()["error"]["details"][0]["location"] == location


# --- relations --------------------------------------------------------------------------


def test_relations_between_two_actors(client: TestClient, fixture_db: Database) -> None:
    r = client.get("/relations", params={"actor": "north-korea", "other": "russia",
                                         "limit": 100})
    assert r.status_code == 200, r.text
    body = r.json()
    expected = fixture_db.read(
        "MATCH (:Actor {id:'north-korea'})-[r]-(:Actor {id:'russia'}) RETURN r.key AS k")
    assert sorted(e["id"] for e in body["items"]) == sorted(x["k"] for x in expected)
    assert body["total"] == len(expected)
    for e in body["items"]:
        assert_edge_contract(e)
        assert {e["source"], e["target"]} == {"north-korea", "russia"}
    # dated edges first
    dated = [e["valid_from"] is not None for e in body["items"]]
    assert dated == sorted(dated, reverse=True)


def test_relations_filters_and_paging(client: TestClient, fixture_db: Database) -> None:
    r = client.get("/relations", params={"type": ["SUPPLIED_ARMS_TO"], "min_certainty": "alleged"})
    items = r.json()["items"]
    assert [(e["type"], e["certainty"]) for e in items] == [("SUPPLIED_ARMS_TO", "reported")]
    total = fixture_db.read(
        "MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS c")[0]["c"]
    everything = client.get("/relations", params={"limit": 1000}).json()
    assert everything["total"] == total == len(everything["items"])
    page = client.get("/relations", params={"limit": 5, "offset": 5}).json()
    assert [e["id"] for e in page["items"]] == [e["id"] for e in everything["items"][5:10]]
    only_other = client.get("/relations", params={"other": "state-duma"}).json()
    assert only_other["total"] == 2  # LEGISLATURE_OF, SUBMITTED_TO
    r = client.get("/relations", params={"actor": "nobody"})
    assert r.status_code == 404
    r = client.get("/relations", params={"type": "MERGE (x)"})
    assert r.status_code == 422
    assert r.json()["error"]["details"][0]["location"] == "query.type.0"
