"""Every actor–actor edge says how many sources stand behind it and whether anyone denies it,
and /neighbors and /paths can keep only corroborated, uncontested edges.

A small graph written with this test's own Cypher, as docs/data-model.md describes it (no
loader involved), around North Korea:

- ``ec-deployment``: North Korea sends troops to Russia, confirmed by the Pentagon (AP) and
  denied by Russia (TASS): two parallel edges, 2 sources, 2 publishers, contested;
- ``ec-shells``: two *relation* claims, North Korea supplies arms to Russia, reported by
  Western sources (Yonhap) and denied by North Korea (KCNA): 2 sources, contested;
- ``ec-china-talks``: North Korea meets China, one source (AP);
- a role, Choe Son Hui foreign minister of North Korea, with evidence from AP and Reuters;
- two GDELT ``INTERACTED_WITH`` edges North Korea → Russia: one of a single event (its own
  record's source) and one aggregating three events (three sources);
- onwards to NATO: Russia meets Ukraine (one wire story carried by AP and Reuters: 2
  sources, 1 publisher), Ukraine appeals to NATO (2 sources), China accuses NATO
  (confirmed by China, denied by NATO: contested), so the shortest path from North Korea
  to NATO runs through China until the filters close that way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import neo4j
import pytest
from fastapi.testclient import TestClient

from graph import repository
from graph.db import Database
from graph.settings import Settings
from graph.text import fold
from tests.api_fixture_graph import api_client, assert_edge_contract, ok
from tests.conftest import wipe

SOURCES = {  # id -> publisher
    "ec-ap": "AP", "ec-tass": "TASS", "ec-reuters": "Reuters", "ec-yonhap": "Yonhap",
    "ec-kcna": "KCNA", "ec-xinhua": "Xinhua", "ec-afp": "AFP",
    "gdelt-src:ec1": "example.org", "gdelt-src:ec2": "example.net",
    "gdelt-src:ec3": "example.com", "gdelt-src:ec4": "example.edu",
}
ACTORS = {
    "north-korea": "state", "russia": "state", "china": "state", "ukraine": "state",
    "nato": "alliance", "pentagon": "government_body", "choe-son-hui": "person",
    "western-sources": "group", "media-example.org": "media", "media-example.net": "media",
    "media-example.com": "media", "media-example.edu": "media",
}

CONFIRM = "The Pentagon confirmed that North Korean troops are in Russia."
DENY = "Moscow denied that any North Korean troops are in Russia."
SHELLS = "Western sources say North Korea has shipped artillery shells to Russia."
NO_SHELLS = "Pyongyang has never supplied weapons to Russia."
TALKS = "North Korean and Chinese officials met in Beijing."
WIRE = "Russian and Ukrainian negotiators met in Istanbul."
APPEAL_AFP = "Kyiv urged NATO to act."
APPEAL_REUTERS = "Ukraine appealed to the alliance for help."
CHINA_SAYS = "Beijing accused NATO of stoking tension."
NATO_DENIES = "NATO rejected Beijing's accusation."
ROLE_AP = "Foreign Minister Choe Son Hui"
ROLE_REUTERS = "North Korea's foreign minister, Choe Son Hui"

# event id -> (type, [(source actor, target actor, edge type)])
EVENTS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "ec-deployment": ("deployment", [("north-korea", "russia", "DEPLOYED_TROOPS_TO")]),
    "ec-china-talks": ("meeting", [("china", "north-korea", "MET_WITH")]),
    "ec-russia-ukraine-talks": ("meeting", [("russia", "ukraine", "MET_WITH")]),
    "ec-appeal": ("appeal", [("ukraine", "nato", "APPEALED_TO")]),
    "ec-china-accuses-nato": ("accusation", [("china", "nato", "ACCUSED")]),
    "gdelt:ec1": ("coded", []),
    "gdelt:ec2": ("coded", []),
    "gdelt:ec3": ("coded", []),
    "gdelt:ec4": ("coded", []),
}

# claim id -> (event id, certainty, asserters, [(source, quote)])
EVENT_CLAIMS: dict[str, tuple[str, str, list[str], list[tuple[str, str]]]] = {
    "ec-c1": ("ec-deployment", "confirmed", ["pentagon"], [("ec-ap", CONFIRM)]),
    "ec-c2": ("ec-deployment", "denied", ["russia"], [("ec-tass", DENY)]),
    "ec-c5": ("ec-china-talks", "confirmed", [], [("ec-ap", TALKS)]),
    "ec-c6a": ("ec-russia-ukraine-talks", "confirmed", [], [("ec-reuters", WIRE)]),
    "ec-c6b": ("ec-russia-ukraine-talks", "confirmed", [], [("ec-ap", WIRE)]),
    "ec-c7": ("ec-appeal", "confirmed", [], [("ec-afp", APPEAL_AFP),
                                            ("ec-reuters", APPEAL_REUTERS)]),
    "ec-c8a": ("ec-china-accuses-nato", "confirmed", ["china"], [("ec-xinhua", CHINA_SAYS)]),
    "ec-c8b": ("ec-china-accuses-nato", "denied", ["nato"], [("ec-reuters", NATO_DENIES)]),
    **{f"gdelt-claim:ec{i}": (f"gdelt:ec{i}", "reported", [f"media-example.{tld}"],
                              [(f"gdelt-src:ec{i}", f"GDELT event ec{i} coded from this "
                                                    "article")])
       for i, tld in ((1, "org"), (2, "net"), (3, "com"), (4, "edu"))},
}

# relation claims: claim id -> (type, source, target, certainty, asserters, [(source, quote)])
RELATION_CLAIMS = {
    "ec-c3": ("SUPPLIED_ARMS_TO", "north-korea", "russia", "reported", ["western-sources"],
              [("ec-yonhap", SHELLS)]),
    "ec-c4": ("SUPPLIED_ARMS_TO", "north-korea", "russia", "denied", ["north-korea"],
              [("ec-kcna", NO_SHELLS)]),
}

DEPLOYMENT = ("ec-c1:DEPLOYED_TROOPS_TO:north-korea:russia",
              "ec-c2:DEPLOYED_TROOPS_TO:north-korea:russia")
SHELL_CLAIMS = ("ec-c3:SUPPLIED_ARMS_TO:north-korea:russia",
                "ec-c4:SUPPLIED_ARMS_TO:north-korea:russia")
CHINA_TALKS = "ec-c5:MET_WITH:china:north-korea"
ROLE = "role:FOREIGN_MINISTER_OF:choe-son-hui:north-korea"
GDELT_ONE = "gdelt:INTERACTED_WITH:04:north-korea:russia"
GDELT_THREE = "gdelt:INTERACTED_WITH:05:north-korea:russia"
AROUND_NORTH_KOREA = {*DEPLOYMENT, *SHELL_CLAIMS, CHINA_TALKS, ROLE, GDELT_ONE, GDELT_THREE}


def evidence_id(source: str, quote: str) -> str:
    return "evidence:" + hashlib.sha1(f"{source}\x00{quote}".encode()).hexdigest()[:16]


def _edge(key: str, etype: str, a: str, b: str, certainty: str, asserted: list[str],
          evidence: list[tuple[str, str]], claim_id: str | None, event_id: str | None,
          **extra: Any) -> dict[str, Any]:
    rank = {"confirmed": 3, "reported": 2, "alleged": 1, "denied": 0}[certainty]
    return {"type": etype, "source": a, "target": b, "props": {
        "key": key, "valid_from": None, "valid_to": None, "date_precision": "unknown",
        "date_inferred": False, "certainty": certainty, "certainty_rank": rank,
        "asserted_by": asserted, "claim_id": claim_id, "event_id": event_id,
        "evidence_ids": [evidence_id(s, q) for s, q in evidence],
        "source_ids": list(dict.fromkeys(s for s, _ in evidence)), **extra}}


def _rows() -> dict[str, list[dict[str, Any]]]:
    evidence: dict[str, dict[str, Any]] = {}

    def ev(pairs: list[tuple[str, str]]) -> list[str]:
        for s, q in pairs:
            evidence[evidence_id(s, q)] = {"id": evidence_id(s, q), "source": s,
                                           "quote": q, "language": "en"}
        return [evidence_id(s, q) for s, q in pairs]

    claims: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    for cid, (eid, certainty, asserted, pairs) in EVENT_CLAIMS.items():
        claims.append({"id": cid, "event": eid, "certainty": certainty, "asserted": asserted,
                       "evidence": ev(pairs)})
        for a, b, etype in EVENTS[eid][1]:
            edges.append(_edge(f"{cid}:{etype}:{a}:{b}", etype, a, b, certainty, asserted,
                               pairs, cid, eid))
    for cid, (etype, a, b, certainty, asserted, pairs) in RELATION_CLAIMS.items():
        claims.append({"id": cid, "event": None, "certainty": certainty,
                       "asserted": asserted, "evidence": ev(pairs)})
        edges.append(_edge(f"{cid}:{etype}:{a}:{b}", etype, a, b, certainty, asserted,
                           pairs, cid, None))
    role_evidence = [("ec-ap", ROLE_AP), ("ec-reuters", ROLE_REUTERS)]
    ev(role_evidence)
    edges.append(_edge(ROLE, "FOREIGN_MINISTER_OF", "choe-son-hui", "north-korea",
                       "confirmed", [], role_evidence, None, None))
    # GDELT aggregates as loaders/gdelt writes them (graph/gdelt_cypher.py): one event
    # keeps its event_id; several list theirs, with their claims, evidence and sources
    gdelt = {i: EVENT_CLAIMS[f"gdelt-claim:ec{i}"] for i in (1, 2, 3, 4)}
    edges.append(_edge(GDELT_ONE, "INTERACTED_WITH", "north-korea", "russia", "reported",
                       gdelt[1][2], gdelt[1][3], None, "gdelt:ec1", count=1, source="gdelt",
                       event_ids=["gdelt:ec1"], claim_ids=["gdelt-claim:ec1"]))
    three = (2, 3, 4)
    edges.append(_edge(GDELT_THREE, "INTERACTED_WITH", "north-korea", "russia", "reported",
                       [gdelt[i][2][0] for i in three], [gdelt[i][3][0] for i in three],
                       None, None, count=3, source="gdelt",
                       event_ids=[f"gdelt:ec{i}" for i in three],
                       claim_ids=[f"gdelt-claim:ec{i}" for i in three]))
    participants = [{"actor": a, "event": eid, "role": r}
                    for eid, (_, pairs) in EVENTS.items() for x, y, _ in pairs
                    for a, r in ((x, "one"), (y, "other"))]
    for i in (1, 2, 3, 4):  # GDELT events: actor1 North Korea, actor2 Russia
        participants += [{"actor": "north-korea", "event": f"gdelt:ec{i}", "role": "actor1"},
                         {"actor": "russia", "event": f"gdelt:ec{i}", "role": "actor2"}]
    return {
        "sources": [{"id": s, "publisher": p} for s, p in SOURCES.items()],
        "actors": [{"id": a, "kind": k, "name": a.replace("-", " ").title(),
                    "name_key": fold(a.replace("-", " "))} for a, k in ACTORS.items()],
        "evidence": list(evidence.values()),
        "events": [{"id": eid, "type": t} for eid, (t, _) in EVENTS.items()],
        "participants": participants,
        "claims": claims,
        "edges": edges,
    }


STATEMENTS = [
    ("sources", "UNWIND $rows AS row CREATE (s:Source {id: row.id}) "
                "SET s.title = row.id, s.publisher = row.publisher, s.language = 'en'"),
    ("actors", "UNWIND $rows AS row CREATE (a:Actor {id: row.id}) "
               "SET a.kind = row.kind, a.name = row.name, a.name_key = row.name_key"),
    ("evidence", "UNWIND $rows AS row MATCH (s:Source {id: row.source}) "
                 "CREATE (e:Evidence {id: row.id}) "
                 "SET e.quote = row.quote, e.language = row.language, e.source_id = row.source "
                 "CREATE (e)-[:FROM_SOURCE]->(s)"),
    ("events", "UNWIND $rows AS row CREATE (e:Event {id: row.id}) "
               "SET e.type = row.type, e.date_precision = 'unknown'"),
    ("participants", "UNWIND $rows AS row MATCH (a:Actor {id: row.actor}), "
                     "(e:Event {id: row.event}) CREATE (a)-[:PARTICIPANT {role: row.role}]->(e)"),
    ("claims", "UNWIND $rows AS row CREATE (c:Claim {id: row.id}) "
               "SET c.certainty = row.certainty, "
               "c.subject_kind = CASE WHEN row.event IS NULL THEN 'relation' ELSE 'event' END "
               "WITH c, row CALL (c, row) { MATCH (e:Event {id: row.event}) "
               "CREATE (c)-[:ABOUT]->(e) } "
               "WITH c, row CALL (c, row) { UNWIND row.asserted AS who "
               "MATCH (a:Actor {id: who}) CREATE (c)-[:ASSERTED_BY]->(a) } "
               "WITH c, row CALL (c, row) { UNWIND row.evidence AS eid "
               "MATCH (ev:Evidence {id: eid}) CREATE (c)-[:SUPPORTED_BY]->(ev) }"),
    ("edges", "UNWIND $rows AS row MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target}) "
              "CREATE (a)-[r:$(row.type)]->(b) SET r += row.props"),
]


def write_graph(db: Database) -> None:
    """Wipe the database and write this module's graph."""
    wipe(db)
    rows = _rows()
    for name, stmt in STATEMENTS:
        def write(tx: neo4j.ManagedTransaction, s: str = stmt,
                  r: list[dict[str, Any]] = rows[name]) -> None:
            tx.run(s, rows=r).consume()

        db.write(write)


@pytest.fixture(scope="module")
def edges_db(db: Database) -> Database:
    write_graph(db)
    return db


@pytest.fixture(scope="module")
def client(edges_db: Database, settings: Settings) -> Iterator[TestClient]:
    with api_client(settings) as c:
        yield c


def neighbour_edges(client: TestClient, **params: Any) -> dict[str, dict[str, Any]]:
    answer = ok(client, "/actors/north-korea/neighbors", **params)
    for e in answer["edges"]:
        assert_edge_contract(e)
    return {e["id"]: e for e in answer["edges"]}


NO_STANCE: dict[str, list[str]] = {"confirmed": [], "reported": [], "alleged": [],
                                   "denied": []}


# --- what each edge carries -------------------------------------------------------------


def test_an_edge_with_an_event_carries_its_events_corroboration(client: TestClient) -> None:
    edges = neighbour_edges(client)
    assert AROUND_NORTH_KOREA <= set(edges)
    expected = {"sources": 2, "publishers": ["AP", "TASS"],
                "asserted_by": ["pentagon", "russia"],
                "stances": {**NO_STANCE, "confirmed": ["pentagon"], "denied": ["russia"]},
                "contested": True}
    # both parallel edges (the confirmation and the denial) say the same: the event's
    for key in DEPLOYMENT:
        assert edges[key]["corroboration"] == expected
    assert ok(client, "/events/ec-deployment")["corroboration"] == expected
    assert edges[CHINA_TALKS]["corroboration"] == {
        "sources": 1, "publishers": ["AP"], "asserted_by": [], "stances": NO_STANCE,
        "contested": False}


def test_a_wire_story_counts_two_sources_and_one_publisher(client: TestClient) -> None:
    items = ok(client, "/relations", actor="russia", other="ukraine")["items"]
    assert len(items) == 2  # one edge per claim: AP's and Reuters'
    event = ok(client, "/events/ec-russia-ukraine-talks")["corroboration"]
    for edge in items:
        assert edge["corroboration"]["sources"] == 2
        assert edge["corroboration"]["publishers"] == ["AP"]  # the same words: one story
        assert edge["corroboration"] == event


def test_relation_claims_on_the_same_relation_are_one_account(client: TestClient) -> None:
    edges = neighbour_edges(client)
    for key in SHELL_CLAIMS:
        assert edges[key]["corroboration"] == {
            "sources": 2, "publishers": ["KCNA", "Yonhap"],
            "asserted_by": ["north-korea", "western-sources"],
            "stances": {**NO_STANCE, "reported": ["western-sources"],
                        "denied": ["north-korea"]},
            "contested": True}


def test_a_role_counts_its_own_sources_and_certainty(client: TestClient) -> None:
    edges = neighbour_edges(client)
    assert edges[ROLE]["corroboration"] == {
        "sources": 2, "publishers": ["AP", "Reuters"], "asserted_by": [],
        "stances": NO_STANCE, "contested": False}
    roles = {r["id"]: r for r in ok(client, "/actors/choe-son-hui")["roles"]}
    assert roles[ROLE]["corroboration"] == edges[ROLE]["corroboration"]


def test_gdelt_edges_count_each_records_source(client: TestClient) -> None:
    edges = neighbour_edges(client)
    one = edges[GDELT_ONE]["corroboration"]
    assert one == ok(client, "/events/gdelt:ec1")["corroboration"]
    assert one == {"sources": 1, "publishers": ["example.org"],
                   "asserted_by": ["media-example.org"],
                   "stances": {**NO_STANCE, "reported": ["media-example.org"]},
                   "contested": False}
    three = edges[GDELT_THREE]["corroboration"]
    # publishers in the order of their sources' ids, as for events
    assert three == {"sources": 3, "publishers": ["example.net", "example.com", "example.edu"],
                     "asserted_by": ["media-example.com", "media-example.edu",
                                     "media-example.net"],
                     "stances": {**NO_STANCE, "reported": ["media-example.com",
                                                           "media-example.edu",
                                                           "media-example.net"]},
                     "contested": False}


def test_paths_relations_and_cypher_edges_carry_the_same_corroboration(
        client: TestClient) -> None:
    around = neighbour_edges(client)
    listed = {e["id"]: e for e in ok(client, "/relations", actor="north-korea",
                                     limit=100)["items"]}
    assert set(listed) == AROUND_NORTH_KOREA
    answer = ok(client, "/paths", source="north-korea", target="nato", mode="all_shortest",
                min_sources=2)
    on_paths = {e["id"]: e for p in answer["paths"] for e in p["edges"]}
    r = client.post("/cypher", json={
        "query": "MATCH p = (:Actor {id: $id})-[]-(:Actor) RETURN p",
        "params": {"id": "north-korea"}})
    assert r.status_code == 200, r.text
    drawn = {e["id"]: e for e in r.json()["graph"]["edges"]}
    for found in (listed, on_paths, drawn):
        for key, edge in found.items():
            assert_edge_contract(edge)
            if key in around:
                assert edge["corroboration"] == around[key]["corroboration"], key
    assert set(drawn) == AROUND_NORTH_KOREA
    assert {*DEPLOYMENT, GDELT_THREE} <= set(on_paths)


# --- the filters ------------------------------------------------------------------------


def test_min_sources_keeps_exactly_the_edges_with_that_many_sources(
        client: TestClient) -> None:
    everything = neighbour_edges(client)
    two = neighbour_edges(client, min_sources=2)
    assert set(two) == {*DEPLOYMENT, *SHELL_CLAIMS, ROLE, GDELT_THREE}
    assert set(neighbour_edges(client, min_sources=3)) == {GDELT_THREE}
    assert neighbour_edges(client, min_sources=4) == {}
    for n in (1, 2, 3):  # the filter counts as the edges' corroboration does
        kept = set(neighbour_edges(client, min_sources=n))
        assert kept == {k for k, e in everything.items()
                        if e["corroboration"]["sources"] >= n}
    # the one-source talks with China are gone, and China with them
    nodes = {n["id"] for n in ok(client, "/actors/north-korea/neighbors", min_sources=2)["nodes"]}
    assert nodes == {"north-korea", "russia", "choe-son-hui"}


def test_exclude_contested_leaves_out_exactly_the_contested_edges(
        client: TestClient) -> None:
    everything = neighbour_edges(client)
    kept = neighbour_edges(client, exclude_contested="true")
    assert set(kept) == {CHINA_TALKS, ROLE, GDELT_ONE, GDELT_THREE}
    assert set(kept) == {k for k, e in everything.items()
                         if not e["corroboration"]["contested"]}
    assert set(neighbour_edges(client, exclude_contested="false")) == set(everything)
    both = neighbour_edges(client, min_sources=2, exclude_contested="true")
    assert set(both) == {ROLE, GDELT_THREE}


def _path_edges(client: TestClient, **params: Any) -> list[list[str]]:
    answer = ok(client, "/paths", source="north-korea", target="nato", **params)
    return [[e["id"] for e in p["edges"]] for p in answer["paths"]]


def test_paths_take_only_corroborated_uncontested_hops(client: TestClient) -> None:
    # unfiltered, the shortest way runs through China (one source, then a contested accusation)
    (path,) = _path_edges(client)
    assert path[0] == CHINA_TALKS
    assert path[1] in {"ec-c8a:ACCUSED:china:nato", "ec-c8b:ACCUSED:china:nato"}
    # with two sources a hop, through Russia and Ukraine (every North Korea–Russia edge
    # with two sources or more is a shortest first hop)
    paths = _path_edges(client, mode="all_shortest", min_sources=2)
    assert {p[0] for p in paths} == {*DEPLOYMENT, *SHELL_CLAIMS, GDELT_THREE}
    assert {tuple(p[1:]) for p in paths} == {("ec-c6a:MET_WITH:russia:ukraine",
                                              "ec-c7:APPEALED_TO:ukraine:nato"),
                                             ("ec-c6b:MET_WITH:russia:ukraine",
                                              "ec-c7:APPEALED_TO:ukraine:nato")}
    paths = _path_edges(client, mode="all_shortest", exclude_contested="true")
    assert {p[0] for p in paths} == {GDELT_ONE, GDELT_THREE}
    assert {len(p) for p in paths} == {3}
    paths = _path_edges(client, mode="all_shortest", min_sources=2, exclude_contested="true")
    assert {p[0] for p in paths} == {GDELT_THREE}
    # the k shortest paths take the same filters
    for p in _path_edges(client, mode="k", k=10, min_sources=2, exclude_contested="true"):
        assert CHINA_TALKS not in p and not set(p) & {*DEPLOYMENT, *SHELL_CLAIMS}
    assert _path_edges(client, min_sources=3) == []


@pytest.mark.parametrize("url", ["/actors/north-korea/neighbors",
                                 "/paths?source=north-korea&target=nato",
                                 "/viz/actors/north-korea",
                                 "/viz/paths?source=north-korea&target=nato"])
@pytest.mark.parametrize(("param", "value"), [("min_sources", "0"), ("min_sources", "-1"),
                                              ("min_sources", "abc"),
                                              ("min_sources", "1.5"),
                                              ("exclude_contested", "maybe")])
def test_bad_corroboration_filters_are_422_naming_the_parameter(
        client: TestClient, url: str, param: str, value: str) -> None:
    sep = "&" if "?" in url else "?"
    r = client.get(f"{url}{sep}{param}={value}")
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "invalid_input"
    assert f"query.{param}" in [d["location"] for d in error["details"]]


# --- each source's statement, for the pictures' side panel --------------------------------


def test_edge_statements_give_each_sources_quote_with_its_stance(edges_db: Database) -> None:
    def edge(key: str) -> dict[str, Any]:
        _, a, b = key.rsplit(":", 2)
        return {"id": key, "source": a, "target": b, "event_id": None,
                "claim_id": None if key.startswith(("role:", "gdelt:")) else key.split(":")[0]}

    said = repository.edge_statements(edges_db, [
        {**edge(DEPLOYMENT[0]), "event_id": "ec-deployment"}, edge(SHELL_CLAIMS[1]),
        edge(ROLE), edge(GDELT_THREE)])
    # roles and GDELT aggregates: their own evidence and certainty say it all
    assert set(said) == {DEPLOYMENT[0], SHELL_CLAIMS[1]}
    stances = {(s["quote"], s["certainty"], tuple(s["asserted_by"]), s["publisher"])
               for s in said[DEPLOYMENT[0]]["statements"]}
    assert stances == {(CONFIRM, "confirmed", ("pentagon",), "AP"),
                       (DENY, "denied", ("russia",), "TASS")}
    stances = {(s["quote"], s["certainty"], tuple(s["asserted_by"]), s["publisher"])
               for s in said[SHELL_CLAIMS[1]]["statements"]}
    assert stances == {(SHELLS, "reported", ("western-sources",), "Yonhap"),
                       (NO_SHELLS, "denied", ("north-korea",), "KCNA")}
    capped = repository.edge_statements(edges_db, [edge(SHELL_CLAIMS[0])], cap=1)
    assert capped[SHELL_CLAIMS[0]]["total"] == 2
    assert len(capped[SHELL_CLAIMS[0]]["statements"]) == 1
