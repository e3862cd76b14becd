"""Aggregated edges (aggregate=true on /actors/{id}/neighbors and /paths), the overview
(GET /overview) and the claims under edges (GET /edges), on the small graph of
tests/test_api_edge_corroboration.py, whose parallel edges are known one by one:

- North Korea → Russia DEPLOYED_TROOPS_TO: two event edges, confirmed (AP) and denied (TASS);
- North Korea → Russia SUPPLIED_ARMS_TO: two relation claims, reported (Yonhap), denied (KCNA);
- North Korea → Russia INTERACTED_WITH: two GDELT edges, one event and three events;
- China → North Korea MET_WITH, Choe Son Hui FOREIGN_MINISTER_OF North Korea: one each.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from api.view_models import AggregatedNeighborhood, NeighborsAnswer
from graph.db import Database
from graph.settings import Settings
from tests.api_fixture_graph import api_client, ok
from tests.test_api_edge_corroboration import (
    CONFIRM,
    DENY,
    DEPLOYMENT,
    GDELT_ONE,
    GDELT_THREE,
    NO_SHELLS,
    ROLE,
    SHELL_CLAIMS,
    SHELLS,
    write_graph,
)
from tests.viz_live import assert_json_error

AGGREGATE_KEYS = {"id", "type", "source", "target", "count", "by_certainty", "first", "last",
                  "undated", "corroboration", "edge_ids"}


@pytest.fixture(scope="module")
def client(db: Database, settings: Settings) -> Iterator[TestClient]:
    write_graph(db)
    with api_client(settings) as c:
        yield c


def expected_dates(members: list[dict[str, Any]]) -> tuple[str | None, str | None, int]:
    """(first, last, undated) of an aggregate of these raw edges: the earliest start and
    latest end of the dated ones, None on a side where one is open (or none is dated)."""
    dated = [m for m in members if m["valid_from"] or m["valid_to"]]
    starts = [m["valid_from"] for m in dated]
    ends = [m["valid_to"] for m in dated]
    first = min(starts) if dated and None not in starts else None
    last = max(ends) if dated and None not in ends else None
    return first, last, len(members) - len(dated)


#: What an answer leaves out (docs/api.md, "Aggregated edges"), and what is always there.
DEFAULTS: dict[str, Any] = {"count": 1, "first": None, "last": None, "undated": 0}
ALWAYS = AGGREGATE_KEYS - set(DEFAULTS) - {"edge_ids"}


def expanded(e: dict[str, Any]) -> dict[str, Any]:
    """An aggregated edge as answered, with what it leaves out filled in: fails unless
    only fields at their default are left out, and none at its default is sent (a group
    of one: no ``edge_ids``, its ``id`` is its edge's key)."""
    assert ALWAYS <= set(e) <= AGGREGATE_KEYS, sorted(set(e) ^ AGGREGATE_KEYS)
    assert not [k for k, v in DEFAULTS.items() if k in e and e[k] == v], e
    assert e["corroboration"].get("contested", True) is True, e
    full = {**DEFAULTS, **e, "corroboration": {"contested": False, **e["corroboration"]}}
    if full["count"] == 1:
        assert "edge_ids" not in e and ":" in e["id"] and "->" not in e["id"], e
        full["edge_ids"] = [e["id"]]
    else:
        assert len(e["edge_ids"]) == full["count"] > 1, e
    return full


def by_id(edges: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The aggregated edges ``expanded``, by ``<TYPE>:<source>-><target>``."""
    return {f"{e['type']}:{e['source']}->{e['target']}": expanded(e) for e in edges}


def test_parallel_edges_become_one_with_their_mix_sources_and_ids(client: TestClient) -> None:
    answer = ok(client, "/actors/north-korea/neighbors", aggregate="true")
    assert answer["aggregate"] is True and answer["truncated"] is False
    edges = by_id(answer["edges"])
    troops = edges["DEPLOYED_TROOPS_TO:north-korea->russia"]
    assert troops["count"] == 2 and troops["edge_ids"] == sorted(DEPLOYMENT)
    assert troops["by_certainty"] == {"confirmed": 1, "denied": 1}
    assert troops["corroboration"] == {"sources": 2, "contested": True}
    shells = edges["SUPPLIED_ARMS_TO:north-korea->russia"]
    assert shells["by_certainty"] == {"reported": 1, "denied": 1}
    assert shells["corroboration"] == {"sources": 2, "contested": True}
    assert shells["edge_ids"] == sorted(SHELL_CLAIMS)
    # one GDELT edge of one event (its record's source) + one of three events: 4 sources
    gdelt = edges["INTERACTED_WITH:north-korea->russia"]
    assert gdelt["edge_ids"] == [GDELT_ONE, GDELT_THREE]
    assert gdelt["by_certainty"] == {"reported": 2}
    assert gdelt["corroboration"] == {"sources": 4, "contested": False}
    role = edges["FOREIGN_MINISTER_OF:choe-son-hui->north-korea"]
    assert role["count"] == 1 and role["edge_ids"] == [ROLE]
    assert role["corroboration"] == {"sources": 2, "contested": False}
    # the fixture's edges are undated
    assert all(e["first"] is None and e["last"] is None and e["undated"] == e["count"]
               for e in edges.values())


def test_aggregates_are_exactly_the_raw_edges_grouped(client: TestClient) -> None:
    for params in ({}, {"depth": 2}, {"min_certainty": "reported"},
                   {"rel_types": ["SUPPLIED_ARMS_TO", "INTERACTED_WITH"]},
                   {"exclude_contested": "true"}, {"min_sources": 2}):
        raw = ok(client, "/actors/north-korea/neighbors", **params)
        agg = ok(client, "/actors/north-korea/neighbors", aggregate="true", **params)
        assert [n["id"] for n in agg["nodes"]] == [n["id"] for n in raw["nodes"]], params
        groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for e in raw["edges"]:
            groups[(e["type"], e["source"], e["target"])].append(e)
        edges = by_id(agg["edges"])
        assert set(edges) == {f"{t}:{s}->{g}" for t, s, g in groups}, params
        for (t, s, g), members in groups.items():
            e = edges[f"{t}:{s}->{g}"]
            assert e["edge_ids"] == sorted(m["id"] for m in members)
            assert e["count"] == len(members)
            assert e["by_certainty"] == dict(Counter(m["certainty"] for m in members))
            assert (e["first"], e["last"], e["undated"]) == expected_dates(members)
            # the sources of all its edges together, at least those of each
            assert e["corroboration"]["sources"] >= max(m["corroboration"]["sources"]
                                                        for m in members)
            if any(m["corroboration"]["contested"] for m in members):
                assert e["corroboration"]["contested"]


def test_filters_apply_to_the_edges_under_an_aggregate(client: TestClient) -> None:
    edges = by_id(ok(client, "/actors/north-korea/neighbors", aggregate="true",
                     min_certainty="reported")["edges"])
    # the denials are left out: what is left is one confirmation, one report
    assert edges["DEPLOYED_TROOPS_TO:north-korea->russia"]["edge_ids"] == [DEPLOYMENT[0]]
    assert edges["SUPPLIED_ARMS_TO:north-korea->russia"]["by_certainty"] == {"reported": 1}
    # the deployment's event is still denied by Russia: contested, as the raw edge says
    assert edges["DEPLOYED_TROOPS_TO:north-korea->russia"]["corroboration"]["contested"]
    uncontested = by_id(ok(client, "/actors/north-korea/neighbors", aggregate="true",
                           exclude_contested="true")["edges"])
    assert not any(e["corroboration"]["contested"] for e in uncontested.values())
    assert "INTERACTED_WITH:north-korea->russia" in uncontested


def test_paths_take_aggregated_hops_and_collapse_parallel_ways(client: TestClient) -> None:
    raw = ok(client, "/paths", source="choe-son-hui", target="russia", mode="all_shortest")
    agg = ok(client, "/paths", source="choe-son-hui", target="russia", mode="all_shortest",
             aggregate="true")
    assert agg["aggregate"] is True
    # six raw paths (one role, then any of six parallel edges) are three: one per type
    assert len(raw["paths"]) == 6
    assert len(agg["paths"]) == 3
    hops = sorted(p["edges"][1]["id"] for p in agg["paths"])  # groups of two
    assert hops == ["DEPLOYED_TROOPS_TO:north-korea->russia",
                    "INTERACTED_WITH:north-korea->russia", "SUPPLIED_ARMS_TO:north-korea->russia"]
    raw_ids = {e["id"] for p in raw["paths"] for e in p["edges"]}
    agg_ids = {i for p in agg["paths"] for e in by_id(p["edges"]).values()
               for i in e["edge_ids"]}
    assert agg_ids == raw_ids
    for p in agg["paths"]:
        assert [n["id"] for n in p["nodes"]] == ["choe-son-hui", "north-korea", "russia"]
        assert p["length"] == len(p["edges"]) == 2
        by_id(p["edges"])
    # filters hold on every hop of the aggregate too
    confirmed = ok(client, "/paths", source="choe-son-hui", target="russia",
                   mode="all_shortest", min_certainty="confirmed", aggregate="true")
    # a group of one is named by its edge's key, with nothing at its default
    assert [p["edges"][1] for p in confirmed["paths"]] == [{
        "id": DEPLOYMENT[0], "type": "DEPLOYED_TROOPS_TO", "source": "north-korea",
        "target": "russia", "by_certainty": {"confirmed": 1}, "undated": 1,
        "corroboration": {"sources": 2, "contested": True}}]


def test_the_overview_ranks_actors_by_edges_and_draws_theirs(client: TestClient) -> None:
    degree: Counter[str] = Counter()
    for e in ok(client, "/relations", limit=1000)["items"]:
        degree[e["source"]] += 1
        degree[e["target"]] += 1
    full = ok(client, "/overview")
    assert [n["degree"] for n in full["nodes"]] == sorted(degree.values(), reverse=True)
    assert {n["id"]: n["degree"] for n in full["nodes"]} == dict(degree)
    assert full["nodes"][0]["id"] == "north-korea" and full["dropped_nodes"] == 0
    top = ok(client, "/overview", limit=3)
    kept = {n["id"] for n in top["nodes"]}
    assert len(kept) == 3 and top["dropped_nodes"] == len(degree) - 3 and top["truncated"]
    assert top["edges"] and all(e["source"] in kept and e["target"] in kept
                                for e in by_id(top["edges"]).values())
    only = ok(client, "/overview", rel_types="MET_WITH")
    assert {n["id"] for n in only["nodes"]} == {"china", "north-korea", "russia", "ukraine"}


def test_edges_lists_every_claim_under_an_aggregate_once(client: TestClient) -> None:
    answer = ok(client, "/edges", source="north-korea", target="russia",
                id=[*DEPLOYMENT, *SHELL_CLAIMS, "no-such-edge"])
    assert {e["id"] for e in answer["edges"]} == {*DEPLOYMENT, *SHELL_CLAIMS}
    assert answer["missing"] == ["no-such-edge"]
    said = {(s["quote"], s["certainty"], tuple(s["asserted_by"]), s["publisher"],
             tuple(s["edge_ids"])) for s in answer["statements"]}
    # each quote once, under the edges it belongs to (an event's claims under both of its
    # edges; a relation claim's group under both claims)
    assert said == {
        (CONFIRM, "confirmed", ("pentagon",), "AP", tuple(sorted(DEPLOYMENT))),
        (DENY, "denied", ("russia",), "TASS", tuple(sorted(DEPLOYMENT))),
        (SHELLS, "reported", ("western-sources",), "Yonhap", tuple(sorted(SHELL_CLAIMS))),
        (NO_SHELLS, "denied", ("north-korea",), "KCNA", tuple(sorted(SHELL_CLAIMS))),
    }
    assert answer["statements_total"] == 4
    assert all(s["language"] == "en" and s["source"] for s in answer["statements"])
    gdelt = ok(client, "/edges", source="north-korea", target="russia",
               id=[GDELT_ONE, GDELT_THREE])
    assert {s["source"] for s in gdelt["statements"]} == {f"gdelt-src:ec{i}" for i in range(1, 5)}


@pytest.mark.parametrize(("url", "status", "location"), [
    ("/actors/north-korea/neighbors?aggregate=maybe", 422, "query.aggregate"),
    ("/actors/north-korea/neighbors?aggregate=true&format=gexf", 422, "query.aggregate"),
    ("/paths?source=north-korea&target=russia&aggregate=true&format=csv", 422,
     "query.aggregate"),
    ("/paths?source=north-korea&target=russia&aggregate=2", 422, "query.aggregate"),
    ("/actors/nobody/neighbors?aggregate=true", 404, "id"),
    ("/paths?source=north-korea&target=nobody&aggregate=true", 404, "target"),
    ("/actors/north-korea/neighbors?aggregate=true&depth=4", 422, "query.depth"),
    ("/overview?limit=0", 422, "query.limit"),
    ("/overview?since=2024-13", 422, "query.since"),
    ("/edges?source=north-korea&target=russia", 422, "query.id"),
    ("/edges?source=north-korea&target=russia&id=nothing", 404, "id"),
    ("/edges?source=nobody&target=russia&id=x", 404, "source"),
    ("/edges?source=North%20Korea&target=russia&id=x", 422, "query.source"),
])
def test_bad_input_is_the_one_error_body_naming_the_parameter(
        client: TestClient, url: str, status: int, location: str) -> None:
    assert_json_error(client.get(url), status, location)  # type: ignore[arg-type]


def test_too_many_edge_ids_are_refused(client: TestClient) -> None:
    r = client.get("/edges", params={"source": "north-korea", "target": "russia",
                                     "id": [f"e{i}" for i in range(501)]})
    assert_json_error(r, 422, "query.id")  # type: ignore[arg-type]


def test_aggregated_neighbors_are_the_bytes_of_their_model(client: TestClient) -> None:
    """The aggregated neighbourhood is written without FastAPI's validation (for speed:
    ``api.view_models.view_response``): its body must validate against the route's model
    and be byte for byte what pydantic writes from it (field order, defaults left out)."""
    answer_type: TypeAdapter[Any] = TypeAdapter(NeighborsAnswer)
    for actor, params in (("north-korea", {}), ("north-korea", {"depth": 2}),
                          ("north-korea", {"min_certainty": "reported"}),
                          ("russia", {"depth": 3}), ("china", {"limit": 1}),
                          ("north-korea", {"exclude_contested": "true"})):
        r = client.get(f"/actors/{actor}/neighbors", params={"aggregate": "true", **params})
        assert r.status_code == 200 and r.headers["content-type"] == "application/json", r.text
        model = answer_type.validate_json(r.content)
        assert isinstance(model, AggregatedNeighborhood), (actor, params)
        assert answer_type.dump_json(model) == r.content, (actor, params)
        assert model.edges, (actor, params)
    # what the fixture holds is in these answers: contested, mixed, undated, grouped edges
    edges = [e for e in ok(client, "/actors/north-korea/neighbors", aggregate="true",
                           depth=2)["edges"]]
    assert any(e["corroboration"].get("contested") for e in edges)
    assert any(len(e["by_certainty"]) > 1 for e in edges)
    assert any("edge_ids" in e and "undated" in e for e in edges)
