"""Analytics on a hand-built graph whose answers are known, on a real Neo4j.

The graph (written with Cypher following docs/data-model.md):

- a star: ``star-hub`` met eight leaves (edges in both directions, direction is ignored);
- two 5-cliques ``a-1..a-5`` and ``b-1..b-5`` (COOPERATES_WITH), joined only through
  ``bridge``, which is tied to ``a-1``, ``a-2``, ``b-1`` and ``b-2``;
- a second, confirmed claim on ``a-1 -> a-2`` (a parallel edge: weight 2 with count);
- a *denied* claim ``star-hub -> a-3``, below the default certainty floor (alleged).

The star's hub has the highest betweenness of all (28 pairs of leaves go through it) but
its neighbours are all in its own community, so the top **broker** is ``bridge``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph import analytics
from graph.analytics.scope import ScopeKind, Weighting
from graph.db import Database
from graph.errors import InvalidInput, NotFound
from graph.settings import Settings
from tests.conftest import wipe

Edge = tuple[str, str, str, str, dict[str, Any]]  # key, type, source, target, properties

LEAVES = [f"leaf-{i}" for i in range(1, 9)]
CLIQUE_A = [f"a-{i}" for i in range(1, 6)]
CLIQUE_B = [f"b-{i}" for i in range(1, 6)]


def edge(key: str, rel_type: str, source: str, target: str, certainty: str = "reported",
         **props: Any) -> Edge:
    rank = {"confirmed": 3, "reported": 2, "alleged": 1, "denied": 0}[certainty]
    base = {"certainty": certainty, "certainty_rank": rank, "valid_from": None,
            "valid_to": None, "date_precision": "unknown", "date_inferred": False,
            "asserted_by": [], "claim_id": key.split(":")[0], "event_id": None,
            "evidence_ids": [], "source_ids": []}
    return (key, rel_type, source, target, {**base, **props})


def hand_built_edges() -> list[Edge]:
    edges: list[Edge] = []
    for i, leaf in enumerate(LEAVES):
        src, tgt = ("star-hub", leaf) if i % 2 == 0 else (leaf, "star-hub")
        edges.append(edge(f"c-star-{i}:MET_WITH:{src}:{tgt}", "MET_WITH", src, tgt))
    for clique in (CLIQUE_A, CLIQUE_B):
        for x, y in itertools.combinations(clique, 2):
            edges.append(edge(f"c-{x}-{y}:COOPERATES_WITH:{x}:{y}", "COOPERATES_WITH", x, y))
    for member in ("a-1", "a-2", "b-1", "b-2"):
        edges.append(edge(f"c-bridge-{member}:EXPRESSED_SUPPORT_FOR:bridge:{member}",
                          "EXPRESSED_SUPPORT_FOR", "bridge", member))
    edges.append(edge("c-extra:MET_WITH:a-1:a-2", "MET_WITH", "a-1", "a-2", "confirmed"))
    edges.append(edge("c-denied:SUPPLIED_ARMS_TO:star-hub:a-3", "SUPPLIED_ARMS_TO",
                      "star-hub", "a-3", "denied"))
    return edges


WRITE_ACTORS = """
UNWIND $rows AS row
MERGE (a:Actor {id: row.id}) SET a.name = row.name, a.kind = row.kind
"""
WRITE_EDGES = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r += row.props
"""


def write_graph(db: Database, edges: list[Edge], kinds: dict[str, str] | None = None) -> None:
    """Write actors and actor–actor edges the way the loader does (data-model.md)."""
    ids = sorted({e[2] for e in edges} | {e[3] for e in edges} | set(kinds or {}))
    actors = [{"id": i, "name": i.replace("-", " ").title(),
               "kind": (kinds or {}).get(i, "state")} for i in ids]
    rows = [{"key": k, "type": t, "source": s, "target": o, "props": {"key": k, **p}}
            for k, t, s, o, p in edges]
    db.write(lambda tx: tx.run(WRITE_ACTORS, rows=actors).consume())
    db.write(lambda tx: tx.run(WRITE_EDGES, rows=rows).consume())


def direct_graph(edges: list[Edge], min_rank: int = 1) -> nx.Graph:
    """The same graph built directly in Python: undirected ties, weight = edge count."""
    g = nx.Graph()
    g.add_nodes_from(sorted({e[2] for e in edges} | {e[3] for e in edges}))  # same order
    for _, _, s, o, p in edges:
        if p["certainty_rank"] < min_rank or s == o:
            continue
        w = g[s][o]["weight"] + 1 if g.has_edge(s, o) else 1.0
        g.add_edge(s, o, weight=w)
    return g


@pytest.fixture(scope="module")
def hand_built(db: Database) -> Iterator[Database]:
    wipe(db)
    write_graph(db, hand_built_edges())
    yield db


@pytest.fixture(scope="module")
def projected(hand_built: Database, settings: Settings) -> nx.MultiDiGraph:
    return analytics.project(hand_built, analytics.make_scope(), settings)


# --- projection ---------------------------------------------------------------------------

def test_projection_holds_every_edge_above_the_floor(projected: nx.MultiDiGraph) -> None:
    edges = hand_built_edges()
    assert projected.number_of_edges() == len(edges) - 1  # the denied claim is below alleged
    assert set(projected.nodes) == {"star-hub", "bridge", *LEAVES, *CLIQUE_A, *CLIQUE_B}
    assert projected.nodes["star-hub"] == {"name": "Star Hub", "kind": "state"}
    assert projected.number_of_edges("a-1", "a-2") == 2
    data = projected.get_edge_data("a-1", "a-2")["c-extra:MET_WITH:a-1:a-2"]
    assert data["type"] == "MET_WITH" and data["certainty"] == "confirmed"


def test_certainty_floor_and_types(hand_built: Database, settings: Settings) -> None:
    everything = analytics.project(hand_built, analytics.make_scope(min_certainty="denied"),
                                   settings)
    assert everything.has_edge("star-hub", "a-3")
    confirmed = analytics.project(
        hand_built, analytics.make_scope(min_certainty="confirmed"), settings)
    assert list(confirmed.edges(keys=True)) == [("a-1", "a-2", "c-extra:MET_WITH:a-1:a-2")]
    met = analytics.project(hand_built, analytics.make_scope(types=["met_with"]), settings)
    assert {d["type"] for _, _, d in met.edges(data=True)} == {"MET_WITH"}
    assert met.number_of_edges() == 9


def test_neighbourhood_depths(hand_built: Database, settings: Settings) -> None:
    def scope(depth: int) -> nx.MultiDiGraph:
        return analytics.project(hand_built, analytics.make_scope(actor="bridge", depth=depth),
                                 settings)

    one = scope(1)
    assert set(one.nodes) == {"bridge", "a-1", "a-2", "b-1", "b-2"}
    assert one.number_of_edges() == 4
    two = scope(2)  # edges touching bridge or a neighbour: not a-3 -- a-4, say
    assert set(two.nodes) == {"bridge", *CLIQUE_A, *CLIQUE_B}
    assert two.number_of_edges() == 4 + (7 + 1) + 7
    assert not two.has_edge("a-3", "a-4")
    three = scope(3)  # now the cliques are whole
    assert three.number_of_edges() == 4 + (10 + 1) + 10
    leaf = analytics.project(hand_built, analytics.make_scope(actor="leaf-3", depth=2),
                             settings)
    assert set(leaf.nodes) == {"star-hub", *LEAVES}  # the denied edge is not walked


def test_isolated_and_unknown_actor(hand_built: Database, settings: Settings) -> None:
    hand_built.write(lambda tx: tx.run(
        "MERGE (a:Actor {id: 'hermit'}) SET a.name = 'Hermit', a.kind = 'person'").consume())
    try:
        g = analytics.project(hand_built, analytics.make_scope(actor="hermit", depth=2),
                              settings)
        assert list(g.nodes(data=True)) == [("hermit", {"name": "Hermit", "kind": "person"})]
        assert analytics.centrality(g, settings).results[0].actor == "hermit"
    finally:
        hand_built.write(lambda tx: tx.run(
            "MATCH (a:Actor {id: 'hermit'}) DETACH DELETE a").consume())
    with pytest.raises(NotFound) as exc:
        analytics.project(hand_built, analytics.make_scope(actor="nobody"), settings)
    assert exc.value.details == [{"location": "actor", "message": "unknown actor id"}]


def test_oversized_scope_is_refused(hand_built: Database, settings: Settings) -> None:
    small = settings.model_copy(update={"analytics_max_edges": 10})
    with pytest.raises(InvalidInput) as exc:
        analytics.project(hand_built, analytics.make_scope(), small)
    assert exc.value.details[0]["location"] == "scope"
    assert "more than 10" in exc.value.message
    with pytest.raises(InvalidInput) as exc:  # 19 edges within two hops of bridge
        analytics.project(hand_built, analytics.make_scope(actor="bridge", depth=2), small)
    assert exc.value.details[0]["location"] == "depth"
    tiny = settings.model_copy(update={"analytics_max_edges": 3})
    with pytest.raises(InvalidInput):  # stopped by the ring cap: 4 neighbours > 3 + 1 - 1
        analytics.project(hand_built, analytics.make_scope(actor="bridge", depth=3), tiny)
    exact = settings.model_copy(update={"analytics_max_edges": 4})
    assert analytics.project(hand_built, analytics.make_scope(actor="bridge"),
                             exact).number_of_edges() == 4


CLIQUE_A_QUERY = """
MATCH (a:Actor)-[r]->(b:Actor) WHERE a.id STARTS WITH 'a-' AND b.id STARTS WITH 'a-'
RETURN collect(r) AS rels
"""


def test_cypher_scope_keeps_the_actor_edges_it_returns(
        hand_built: Database, settings: Settings) -> None:
    # what is tested is the scope, not the time limit: a cold server on a loaded machine
    # (this module runs early) once took longer than the default limit
    settings = settings.model_copy(update={"query_timeout_s": 60.0})
    g = analytics.project(hand_built, analytics.make_scope(query=CLIQUE_A_QUERY), settings)
    assert g.graph["scope"]["scope"] == "cypher"
    assert set(g.nodes) == set(CLIQUE_A) and g.number_of_edges() == 11
    assert g.nodes["a-1"] == {"name": "A 1", "kind": "state"}
    clique = [e for e in hand_built_edges() if e[2] in CLIQUE_A and e[3] in CLIQUE_A]
    result = analytics.centrality(g, settings, "pagerank", limit=10)
    assert {r.actor: r.score for r in result.results} == pytest.approx(
        nx.pagerank(direct_graph(clique), weight="weight"))
    paths = analytics.project(hand_built, analytics.make_scope(
        query="MATCH p = (:Actor {id: 'bridge'})--(:Actor) RETURN p"), settings)
    assert set(paths.nodes) == {"bridge", "a-1", "a-2", "b-1", "b-2"}
    denied = "MATCH (:Actor {id: 'star-hub'})-[r]->(:Actor {id: 'a-3'}) RETURN r"
    below = analytics.project(hand_built, analytics.make_scope(query=denied), settings)
    assert below.number_of_edges() == 0  # below the default floor; its ends stay as actors
    kept = analytics.project(hand_built, analytics.make_scope(
        query=denied, min_certainty="denied"), settings)
    assert list(kept.edges(keys=True)) == [
        ("star-hub", "a-3", "c-denied:SUPPLIED_ARMS_TO:star-hub:a-3")]
    # a denial weighs nothing by certainty: no modularity, every actor alone, no error
    weightless = analytics.communities(kept, settings, weight="certainty")
    assert (weightless.total, weightless.modularity, weightless.brokers) == (2, None, [])
    assert analytics.centrality(kept, settings, weight="certainty").graph.ties == 1


def test_cypher_scope_refuses_a_truncated_result(hand_built: Database,
                                                 settings: Settings) -> None:
    settings = settings.model_copy(update={"query_timeout_s": 60.0})  # as above
    small = settings.model_copy(update={"cypher_row_cap": 5})
    one_row_each = "MATCH (:Actor)-[r]->(:Actor) RETURN r"
    with Database(small) as small_db, pytest.raises(InvalidInput) as exc:
        analytics.project(small_db, analytics.make_scope(query=one_row_each), small)
    assert exc.value.details[0]["location"] == "query"
    assert "cypher_row_cap" in exc.value.message
    capped = settings.model_copy(update={"analytics_max_edges": 10})
    with pytest.raises(InvalidInput) as exc:
        analytics.project(hand_built, analytics.make_scope(
            query="MATCH (:Actor)-[r]->(:Actor) RETURN collect(r)"), capped)
    assert exc.value.details[0]["location"] == "query"


@pytest.mark.parametrize(("params", "location"), [
    ({"scope": "everything"}, "scope"),
    ({"scope": "neighbourhood"}, "actor"),
    ({"actor": "bridge", "depth": 4}, "depth"),
    ({"actor": "bridge", "depth": 0}, "depth"),
    ({"scope": "all", "actor": "bridge"}, "actor"),
    ({"types": ["MET_WITH,PARTICIPANT"]}, "types"),
    ({"min_certainty": "rumoured"}, "min_certainty"),
    ({"scope": "cypher"}, "query"),
    ({"scope": "all", "query": "MATCH (n) RETURN n"}, "query"),
])
def test_scope_validation_names_the_parameter(params: dict[str, Any], location: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        analytics.make_scope(**params)
    assert exc.value.details[0]["location"] == location


# --- scores -----------------------------------------------------------------------------

def test_pagerank_top_is_the_star_hub_and_matches_networkx(
        projected: nx.MultiDiGraph, settings: Settings) -> None:
    result = analytics.centrality(projected, settings, "pagerank", limit=100)
    assert result.results[0].actor == "star-hub"
    expected = nx.pagerank(direct_graph(hand_built_edges()), weight="weight")
    assert {r.actor: r.score for r in result.results} == pytest.approx(expected)
    assert result.graph.model_dump() == {"actors": 20, "edges": 33, "ties": 32}
    top = result.results[0]
    assert (top.degree, top.weighted_degree, top.edges) == (8, 8.0, 8)


def test_betweenness_and_degree_match_networkx(
        projected: nx.MultiDiGraph, settings: Settings) -> None:
    direct = direct_graph(hand_built_edges())
    between = analytics.centrality(projected, settings, "betweenness", limit=100)
    assert between.betweenness is not None and between.betweenness.method == "exact"
    assert {r.actor: r.score for r in between.results} == pytest.approx(
        nx.betweenness_centrality(direct))
    assert [r.actor for r in between.results[:2]] == ["star-hub", "bridge"]
    degree = analytics.centrality(projected, settings, "degree", limit=3)
    assert degree.truncated and len(degree.results) == 3
    assert degree.results[0].actor == "star-hub"
    assert {r.actor: r.score for r in degree.results} == pytest.approx(
        {n: nx.degree_centrality(direct)[n] for n in ("star-hub", "a-1", "a-2")})


def test_sampled_betweenness_says_so_and_repeats(
        projected: nx.MultiDiGraph, settings: Settings) -> None:
    sampled = settings.model_copy(update={"betweenness_exact_max_nodes": 5,
                                          "betweenness_sample_k": 7})
    first = analytics.centrality(projected, sampled, "betweenness", limit=100)
    again = analytics.centrality(projected, sampled, "betweenness", limit=100)
    assert first.betweenness is not None
    assert first.betweenness.model_dump() == {"method": "sampled", "k": 7,
                                              "seed": settings.analytics_seed}
    assert first.results == again.results
    direct = direct_graph(hand_built_edges())
    expected = nx.betweenness_centrality(direct, k=7, seed=settings.analytics_seed)
    assert {r.actor: r.score for r in first.results} == pytest.approx(expected)


def test_two_cliques_are_two_communities_and_bridge_is_top_broker(
        projected: nx.MultiDiGraph, settings: Settings) -> None:
    result = analytics.communities(projected, settings, limit=100)
    of = {m.actor: c.id for c in result.communities for m in c.members}
    assert len({of[a] for a in CLIQUE_A}) == 1
    assert len({of[b] for b in CLIQUE_B}) == 1
    assert of["a-1"] != of["b-1"]
    assert len({of[n] for n in ["star-hub", *LEAVES]}) == 1
    assert len(result.communities) == result.total == 3
    assert result.brokers[0].actor == "bridge"
    assert result.brokers[0].neighbour_communities == sorted({of["a-1"], of["b-1"]})
    assert "star-hub" not in {b.actor for b in result.brokers}
    direct = direct_graph(hand_built_edges())
    parts = nx.community.louvain_communities(direct, weight="weight",
                                             seed=settings.analytics_seed)
    assert sorted(map(sorted, parts)) == sorted(
        sorted(m.actor for m in c.members) for c in result.communities)
    assert result.modularity == pytest.approx(
        nx.community.modularity(direct, parts, weight="weight"))
    again = analytics.communities(projected, settings, limit=100)
    assert again == result


def test_label_propagation_and_certainty_weight(
        projected: nx.MultiDiGraph, settings: Settings) -> None:
    lpa = analytics.communities(projected, settings, method="label_propagation", limit=100)
    of = {m.actor: c.id for c in lpa.communities for m in c.members}
    assert len({of[a] for a in CLIQUE_A}) == 1 and of["a-1"] != of["b-1"]
    ties = analytics.tie_graph(projected, Weighting.CERTAINTY)
    assert ties["a-1"]["a-2"]["weight"] == pytest.approx(2 / 3 + 1)
    assert ties["a-1"]["a-2"]["edges"] == 2


def test_node_styles_for_pictures(projected: nx.MultiDiGraph, settings: Settings) -> None:
    styles = analytics.node_styles(projected, settings, "pagerank")
    assert set(styles) == set(projected.nodes)
    assert styles["star-hub"]["size"] == pytest.approx(50.0)
    assert min(s["size"] for s in styles.values()) == pytest.approx(10.0)
    assert styles["a-3"]["community"] == styles["a-4"]["community"] != styles["b-3"]["community"]


# --- HTTP -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(hand_built: Database, settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


def test_http_centrality(client: TestClient) -> None:
    r = client.get("/analytics/centrality", params={"algorithm": "pagerank", "limit": 3})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["results"][0]["actor"] == "star-hub"
    assert body["scope"]["scope"] == ScopeKind.ALL
    assert body["truncated"] is True and len(body["results"]) == 3
    r = client.get("/analytics/centrality", params={
        "actor": "bridge", "depth": 1, "algorithm": "betweenness"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["results"][0]["actor"] == "bridge"
    assert body["betweenness"]["method"] == "exact"


def test_http_communities(client: TestClient) -> None:
    r = client.get("/analytics/communities", params={"min_certainty": "alleged"})
    assert r.status_code == 200, r.text
    assert r.json()["brokers"][0]["actor"] == "bridge"


def test_http_empty_scope_is_an_empty_answer(client: TestClient) -> None:
    window = {"since": "1900", "until": "1900"}  # every edge here is undated
    r = client.get("/analytics/centrality", params=window)
    assert r.status_code == 200, r.text
    assert r.json()["results"] == [] and r.json()["graph"]["actors"] == 0
    r = client.get("/analytics/communities", params=window)
    assert r.status_code == 200, r.text
    assert (r.json()["total"], r.json()["modularity"]) == (0, None)
    r = client.get("/analytics/centrality", params={**window, "actor": "bridge"})
    assert r.status_code == 200, r.text
    assert [x["actor"] for x in r.json()["results"]] == ["bridge"]


def test_http_errors_have_the_one_body(client: TestClient, settings: Settings) -> None:
    r = client.get("/analytics/centrality", params={"actor": "bridge", "depth": 9})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "invalid_input"
    r = client.get("/analytics/centrality", params={"algorithm": "vibes"})
    assert r.status_code == 422 and "algorithm" in r.json()["error"]["message"]
    r = client.get("/analytics/centrality", params={"actor": "nobody"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    assert r.json()["error"]["details"] == [{"location": "query.actor",
                                             "message": "unknown actor id"}]
    r = client.get("/analytics/centrality", params={"types": "PARTICIPANT"})
    assert r.status_code == 422 and "types" in r.json()["error"]["message"]
    r = client.get("/analytics/centrality", params={"scope": "all", "actor": "bridge"})
    assert r.status_code == 422
    assert r.json()["error"]["details"][0]["location"] == "query.actor"
    r = client.get("/analytics/diff", params={"at": "2024-12-31", "compare_to": "2024-06-01"})
    assert r.status_code == 422
    assert r.json()["error"]["details"][0]["location"] == "query.compare_to"


def test_http_cypher_scope(client: TestClient) -> None:
    r = client.get("/analytics/communities", params={"query": CLIQUE_A_QUERY})
    assert r.status_code == 200, r.text
    assert r.json()["total"] == 1 and r.json()["communities"][0]["size"] == 5
    r = client.get("/analytics/centrality", params={
        "query": "MATCH (a:Actor {id: 'a-1'}) SET a.name = 'x' RETURN a"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "query_rejected"
    r = client.get("/analytics/centrality", params={"query": "MATCH (a:Actor RETURN a"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_input"


def test_http_oversized_scope_is_a_422(hand_built: Database, settings: Settings) -> None:
    small = settings.model_copy(update={"analytics_max_edges": 10})
    with TestClient(create_app(small)) as c:
        r = c.get("/analytics/centrality", params={"algorithm": "betweenness"})
        assert r.status_code == 422
        error = r.json()["error"]
        assert error["code"] == "invalid_input"
        assert error["details"][0]["location"] == "query.scope"
        assert "analytics_max_edges" in error["message"]
        r = c.get("/analytics/communities", params={"actor": "bridge", "depth": 2})
        assert r.status_code == 422
        assert r.json()["error"]["details"][0]["location"] == "query.depth"
