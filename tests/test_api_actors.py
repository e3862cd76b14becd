"""GET /actors, /actors/{id}, /actors/{id}/neighbors, /actors/{id}/timeline on the fixture graph."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fastapi.testclient import TestClient

from graph.db import Database
from tests.api_fixture_graph import (
    NODE_KEYS,
    TREATY,
    assert_edge_contract,
    ok,
)

pytestmark = pytest.mark.usefixtures("fixture_db")





def first_id(client: TestClient, q: str, **params: Any) -> str | None:
    items = ok(client, "/actors", q=q, **params)["items"]
    return items[0]["id"] if items else None


# --- search -----------------------------------------------------------------------------


@pytest.mark.parametrize(("q", "expected"), [
    ("lavrov", "sergey-lavrov"),
    ("Lavrov", "sergey-lavrov"),
    ("Sérgéy Lávrov", "sergey-lavrov"),          # accents ignored
    ("Сергей Лавров", "sergey-lavrov"),         # another script, via its alias
    ("lav", "sergey-lavrov"),                    # prefix
    ("Lavrof", "sergey-lavrov"),                 # one typo in a long word
    ("Corea del Nord", "north-korea"),           # Italian alias
    ("corea  DEL nord", "north-korea"),
    ("DPRK", "north-korea"),
    ("Pyongyang", "north-korea"),                # metonym alias
    ("fonti occidentali", "western-sources"),
    ("Zelens'kyj", "volodymyr-zelensky"),
    ("nato", "nato"),
])
def test_search_finds_by_name_or_alias(client: TestClient, q: str, expected: str) -> None:
    assert first_id(client, q) == expected


def test_exact_alias_ranks_above_partial_matches(client: TestClient) -> None:
    body = ok(client, "/actors", q="Russia")
    ids = [i["id"] for i in body["items"]]
    assert ids[0] == "russia"
    assert body["items"][0]["score"] > body["items"][-1]["score"] or len(ids) == 1
    assert body["total"] == len(ids)


def test_kind_filter_and_paging(client: TestClient, fixture_db: Database) -> None:
    states = ok(client, "/actors", kind="state", limit=100)
    n_states = fixture_db.read("MATCH (a:Actor {kind:'state'}) RETURN count(a) AS c")[0]["c"]
    assert states["total"] == n_states == len(states["items"])
    assert {i["kind"] for i in states["items"]} == {"state"}
    assert first_id(client, "korea", kind="person") != "north-korea"
    page1 = ok(client, "/actors", limit=3, offset=0)
    page2 = ok(client, "/actors", limit=3, offset=3)
    assert page1["total"] == page2["total"] == 15
    assert not {i["id"] for i in page1["items"]} & {i["id"] for i in page2["items"]}


@pytest.mark.parametrize("q", ["!!!", "lavrov OR *:*", '"unterminated', "a AND", "*", "~",
                               "x" * 200])
def test_search_text_never_reaches_lucene_syntax(client: TestClient, q: str) -> None:
    body = ok(client, "/actors", q=q)
    assert body["total"] == len(body["items"])
    assert all(i["id"] != "mongolia" for i in body["items"]) or q.startswith("x")


def test_search_rejects_overlong_text(client: TestClient) -> None:
    r = client.get("/actors", params={"q": "x" * 201})
    assert r.status_code == 422
    assert r.json()["error"]["details"][0]["location"] == "query.q"


# --- one actor --------------------------------------------------------------------------


def test_actor_detail(client: TestClient, fixture_db: Database) -> None:
    a = ok(client, "/actors/north-korea")
    assert a["name"] == "North Korea" and a["kind"] == "state"
    assert a["identifiers"] == {"iso3": "PRK", "cameo": "PRK", "wikidata": "Q423"}
    assert {"text": "Corea del Nord", "lang": "it", "note": None} in a["aliases"]
    assert any(al["text"] == "Pyongyang" and "metonym" in al["note"] for al in a["aliases"])
    role = next(r for r in a["roles"] if r["type"] == "FOREIGN_MINISTER_OF")
    assert (role["source"], role["target"], role["valid_from"]) == (
        "choe-son-hui", "north-korea", "2022-06-01")
    for r in a["roles"]:
        assert_edge_contract(r)
    assert a["agreements"] == [{"id": TREATY, "name": "Comprehensive Strategic Partnership "
                                "Treaty", "kind": "treaty"}]
    expected = {r["t"]: r["c"] for r in fixture_db.read(
        "MATCH (:Actor {id:'north-korea'})-[r]-(:Actor) RETURN type(r) AS t, count(r) AS c")}
    assert a["relation_counts"]["by_type"] == expected
    assert a["relation_counts"]["total"] == sum(expected.values())
    assert a["relation_counts"]["events"] == fixture_db.read(
        "MATCH (:Actor {id:'north-korea'})-[:PARTICIPANT]->(e) RETURN count(e) AS c")[0]["c"]


def test_unknown_actor_is_404_and_bad_id_is_422(client: TestClient) -> None:
    for url in ("/actors/nobody", "/actors/nobody/neighbors", "/actors/nobody/timeline"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert r.json()["error"]["code"] == "not_found"
    r = client.get("/actors/North Korea!")
    assert r.status_code == 422
    assert r.json()["error"]["details"][0]["location"] == "path.id"


# --- neighbourhood ----------------------------------------------------------------------


def adjacent(db: Database, actor: str) -> set[str]:
    return {r["id"] for r in db.read(
        "MATCH (:Actor {id:$id})-[r]-(b:Actor) RETURN DISTINCT b.id AS id", {"id": actor})}


def test_neighbors_depth_one_is_the_adjacent_actors(client: TestClient,
                                                    fixture_db: Database) -> None:
    g = ok(client, "/actors/north-korea/neighbors")
    ids = [n["id"] for n in g["nodes"]]
    assert ids[0] == "north-korea" and g["center"]["id"] == "north-korea"
    assert set(ids) == adjacent(fixture_db, "north-korea") | {"north-korea"}
    assert g["truncated"] is False and g["dropped_nodes"] == 0 and g["dropped_edges"] == 0
    for n in g["nodes"]:
        assert set(n) == NODE_KEYS and n["label"] == "Actor"
    kept = set(ids)
    for e in g["edges"]:
        assert_edge_contract(e)
        assert e["source"] in kept and e["target"] in kept
    # contested claims stand side by side: the report and the denial of the shells
    supply = [e for e in g["edges"] if e["type"] == "SUPPLIED_ARMS_TO"]
    assert sorted(e["certainty"] for e in supply) == ["denied", "reported"]
    reported = next(e for e in supply if e["certainty"] == "reported")
    assert reported["asserted_by"] == ["western-sources"]
    assert reported["evidence"][0]["language"] == "it"
    assert "fonti occidentali" in reported["evidence"][0]["quote"]
    assert reported["evidence"][0]["gloss"].startswith("Western sources")


def test_neighbors_depth_two_reaches_further(client: TestClient, fixture_db: Database) -> None:
    one = {n["id"] for n in ok(client, "/actors/north-korea/neighbors")["nodes"]}
    two = {n["id"] for n in ok(client, "/actors/north-korea/neighbors", depth=2)["nodes"]}
    expected = set(one)
    for a in one:
        expected |= adjacent(fixture_db, a)
    assert two == expected and "state-duma" in two - one


def test_neighbors_filters_apply_to_every_hop(client: TestClient) -> None:
    g = ok(client, "/actors/north-korea/neighbors", depth=2, min_certainty="confirmed")
    assert g["edges"] and {e["certainty"] for e in g["edges"]} == {"confirmed"}
    g = ok(client, "/actors/north-korea/neighbors", depth=3,
           rel_types=["SUPPLIED_ARMS_TO", "LEGISLATURE_OF"])
    assert {n["id"] for n in g["nodes"]} == {"north-korea", "russia", "state-duma"}
    assert {e["type"] for e in g["edges"]} == {"SUPPLIED_ARMS_TO", "LEGISLATURE_OF"}
    g = ok(client, "/actors/north-korea/neighbors", depth=2, since="2024-06", until="2024-12")
    # dated events of June-December 2024, and roles held then (open-ended roles count)
    assert {n["id"] for n in g["nodes"]} == {"north-korea", "russia", "vladimir-putin",
                                            "state-duma", "choe-son-hui", "sergey-lavrov"}
    for e in g["edges"]:
        assert e["valid_from"] <= "2024-12-31" and (e["valid_to"] or "9999") >= "2024-06-01"
    undated = ok(client, "/actors/north-korea/neighbors", since="2024-06", until="2024-12",
                 include_undated="true")
    assert any(e["valid_from"] is None for e in undated["edges"])


def test_neighbors_cap_says_what_it_left_out(client: TestClient) -> None:
    full = ok(client, "/actors/north-korea/neighbors", depth=2)
    capped = ok(client, "/actors/north-korea/neighbors", depth=2, limit=2)
    assert len(capped["nodes"]) == 3 and capped["truncated"] is True
    assert capped["dropped_nodes"] == len(full["nodes"]) - 3
    assert capped["dropped_edges"] == len(full["edges"]) - len(capped["edges"]) > 0
    kept = {n["id"] for n in capped["nodes"]}
    assert all(e["source"] in kept and e["target"] in kept for e in capped["edges"])
    # nearest first: both kept actors are one hop away
    one_hop = {n["id"] for n in ok(client, "/actors/north-korea/neighbors")["nodes"]}
    assert kept <= one_hop


@pytest.mark.parametrize(("params", "location"), [
    ({"depth": 4}, "query.depth"),
    ({"depth": 0}, "query.depth"),
    ({"rel_types": "X]-() DETACH DELETE n//"}, "query.rel_types.0"),
    ({"rel_types": "PARTICIPANT"}, "query.rel_types.0"),
    ({"since": "yesterday"}, "query.since"),
    ({"until": "2024-02-30"}, "query.until"),
    ({"since": "2024-07", "until": "2024-06"}, "query.until"),
    ({"min_certainty": "denied"}, "query.min_certainty"),
    ({"limit": 0}, "query.limit"),
])
def test_neighbors_bad_parameters_are_named(client: TestClient, params: dict[str, Any],
                                            location: str) -> None:
    r = client.get("/actors/north-korea/neighbors", params=params)
    assert r.status_code == 422, r.text
    body = r.json()["error"]
    assert body["code"] == "invalid_input"
    assert body["details"][0]["location"] == location


# --- timeline ---------------------------------------------------------------------------


def test_timeline_in_date_order_unknown_last(client: TestClient) -> None:
    t = ok(client, "/actors/north-korea/timeline")
    ids = [e["id"] for e in t["items"]]
    assert t["actor"]["id"] == "north-korea" and t["total"] == len(ids)
    assert ids.index("treaty-signing") < ids.index("ratification-bill")
    known = [e for e in t["items"] if e["date_known"]]
    unknown = [e for e in t["items"] if not e["date_known"]]
    assert t["items"] == known + unknown and unknown
    assert all(e["date"] is None and e["date_precision"] == "unknown" for e in unknown)
    dates = [dt.date.fromisoformat(e["date"]) for e in known]
    assert dates == sorted(dates)
    bill = t["items"][ids.index("ratification-bill")]
    assert bill["roles"] == [] and bill["via_agreements"] == [TREATY]
    signing = t["items"][ids.index("treaty-signing")]
    assert signing["roles"] == ["party"] and signing["date_inferred"] is True
    assert signing["claims"][0]["evidence"][0]["language"] == "it"


def test_timeline_dates_and_paging(client: TestClient) -> None:
    t = ok(client, "/actors/north-korea/timeline", since="2024-10")
    assert [e["id"] for e in t["items"]] == ["ratification-bill"]
    t = ok(client, "/actors/north-korea/timeline", since="2024-10", include_undated="true")
    assert t["items"][0]["id"] == "ratification-bill" and len(t["items"]) > 1
    everything = ok(client, "/actors/north-korea/timeline")
    page = ok(client, "/actors/north-korea/timeline", limit=2, offset=1)
    assert [e["id"] for e in page["items"]] == [e["id"] for e in everything["items"][1:3]]
    assert page["total"] == everything["total"]
