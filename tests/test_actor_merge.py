"""Two actors that are one: merge candidates, merging with every edge kept, merged ids alive.

The documents are built here: doc A (TASS) names "Sergei Lavrov" in a September meeting
with Shoigu and Choe and as foreign minister; doc B (RIA) names "Sergey Lavrov", under
another id, in a November meeting with Choe and as foreign minister; doc C has Sergey
speak about Sergei (a self-loop once they are one), it and doc C2 give both the one-word
alias "Lavrov"; doc D gives Sergey the alias "Sergei Lavrov".
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from graph.db import Database
from graph.errors import InvalidInput
from graph.settings import Settings
from loaders.actor_merge import canonical_actor_ids, merge_actors, merge_candidates
from loaders.document import Document
from loaders.extraction import validate_data
from loaders.writer import write_document
from tests.api_fixture_graph import api_client, ok
from tests.conftest import counts

ROOT = Path(__file__).resolve().parent.parent


def _doc(source: str, published: str, actors: list[dict[str, Any]],
         **sections: list[dict[str, Any]]) -> Document:
    data = {"version": 1,
            "sources": [{"id": source, "title": f"Report {source}", "language": "en",
                         "publisher": source.upper(), "published": published}],
            "actors": actors, **sections}
    doc, problems = validate_data(data)
    assert doc is not None, problems
    return doc


def _ev(source: str, quote: str) -> list[dict[str, str]]:
    return [{"source": source, "quote": quote, "language": "en"}]


RUSSIA = {"id": "russia", "kind": "state", "name": "Russia", "identifiers": {"iso3": "RUS"}}
CHOE = {"id": "choe-son-hui", "kind": "person", "name": "Choe Son Hui",
        "country": "north-korea"}
NORTH_KOREA = {"id": "north-korea", "kind": "state", "name": "North Korea",
               "identifiers": {"iso3": "PRK"}}

DOC_A = _doc(
    "tass-a", "2024-09-17",
    [{"id": "sergei-lavrov", "kind": "person", "name": "Sergei Lavrov", "country": "russia",
      "identifiers": {"wikidata": "Q987654"}, "description": "Russian foreign minister"},
     {"id": "sergei-shoigu", "kind": "person", "name": "Sergei Shoigu", "country": "russia"},
     CHOE, RUSSIA, NORTH_KOREA],
    roles=[{"type": "FOREIGN_MINISTER_OF", "actor": "sergei-lavrov", "of": "russia",
            "asserted_by": ["russia"], "evidence": _ev("tass-a", "Foreign Minister Lavrov")}],
    events=[{"id": "meet-a", "type": "meeting", "date": "2024-09-17",
             "participants": [{"actor": "sergei-lavrov", "role": "participant"},
                              {"actor": "sergei-shoigu", "role": "participant"},
                              {"actor": "choe-son-hui", "role": "participant"}]}],
    claims=[{"id": "claim-a", "event": "meet-a", "certainty": "confirmed",
             "asserted_by": ["sergei-lavrov"],
             "evidence": _ev("tass-a", "Lavrov and Shoigu met Choe Son Hui")}],
)

DOC_B = _doc(
    "ria-b", "2024-11-01",
    [{"id": "sergey-lavrov", "kind": "person", "name": "Sergey Lavrov", "country": "russia"},
     CHOE, RUSSIA, NORTH_KOREA],
    roles=[{"type": "FOREIGN_MINISTER_OF", "actor": "sergey-lavrov", "of": "russia",
            "evidence": _ev("ria-b", "Foreign Minister Sergey Lavrov")}],
    events=[{"id": "meet-b", "type": "meeting", "date": "2024-11-01",
             "participants": [{"actor": "sergey-lavrov", "role": "participant"},
                              {"actor": "choe-son-hui", "role": "participant"}]}],
    claims=[{"id": "claim-b", "event": "meet-b", "certainty": "reported",
             "asserted_by": ["sergey-lavrov"],
             "evidence": _ev("ria-b", "Sergey Lavrov received Choe Son Hui")}],
)

DOC_C = _doc(
    "blog-c", "2024-11-02",
    [{"id": "sergei-lavrov", "kind": "person", "name": "Sergei Lavrov",
      "aliases": [{"text": "Lavrov"}]},
     {"id": "sergey-lavrov", "kind": "person", "name": "Sergey Lavrov"},
     {"id": "mfa-press-office", "kind": "organization", "name": "MFA press office",
      "country": "sergei-lavrov"}],
    events=[{"id": "stmt-c", "type": "statement", "date": "2024-11-02",
             "participants": [{"actor": "sergey-lavrov", "role": "speaker"},
                              {"actor": "sergei-lavrov", "role": "subject"}]}],
    claims=[{"id": "claim-c", "event": "stmt-c", "certainty": "alleged",
             "asserted_by": ["sergei-lavrov", "sergey-lavrov"],
             "evidence": _ev("blog-c", "Lavrov spoke about Lavrov")}],
)

#: The one-word alias on the other Lavrov too (one document may not give it to both).
DOC_C2 = _doc(
    "blog-c2", "2024-11-02",
    [{"id": "sergey-lavrov", "kind": "person", "name": "Sergey Lavrov",
      "aliases": [{"text": "Lavrov"}]}],
)

DOC_D = _doc(
    "wire-d", "2024-11-03",
    [{"id": "sergey-lavrov", "kind": "person", "name": "Sergey Lavrov",
      "aliases": [{"text": "Sergei Lavrov"}]},
     {"id": "lavrov-fund", "kind": "organization", "name": "Lavrov Foundation"},
     {"id": "freedonia", "kind": "state", "name": "Freedonia"},
     {"id": "freedonia-republic", "kind": "state", "name": "Republic of Freedonia"},
     {"id": "freedonia-government", "kind": "government_body",
      "name": "Freedonian government"}],
)

#: Shared identifiers and an alias shared across kinds, on actors already in the graph.
DOC_E = _doc(
    "wire-e", "2024-11-04",
    [{"id": "lavrov-fund", "kind": "organization", "name": "Lavrov Foundation",
      "aliases": [{"text": "Sergei Lavrov"}]},
     {"id": "freedonia", "kind": "state", "name": "Freedonia",
      "identifiers": {"cameo": "FRD"}},
     {"id": "freedonia-republic", "kind": "state", "name": "Republic of Freedonia",
      "identifiers": {"cameo": "FRD", "iso3": "FRD"}},
     {"id": "freedonia-government", "kind": "government_body",
      "name": "Freedonian government", "identifiers": {"cameo": "FRD"}}],
)


def _load(db: Database, *docs: Document) -> None:
    for doc in docs:
        write_document(db, doc)


def _pairs(db: Database) -> dict[tuple[str, str], list[dict[str, Any]]]:
    return {(p["a"]["id"], p["b"]["id"]): p["reasons"] for p in merge_candidates(db)}


def _rels_of(db: Database, actor: str) -> Counter[str]:
    rows = db.read("MATCH (:Actor {id: $id})-[r]-() RETURN type(r) AS t, count(r) AS c",
                   {"id": actor})
    return Counter({r["t"]: r["c"] for r in rows})


def _snapshot(db: Database) -> tuple[tuple[int, int], list[Any], list[Any]]:
    """Counts, every node's properties and every relationship's, comparable."""
    nodes = db.read("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
    rels = db.read("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS t, "
                   "properties(r) AS p, elementId(b) AS b")
    return (counts(db), sorted(json.dumps(n, sort_keys=True, default=str) for n in nodes),
            sorted(json.dumps(r, sort_keys=True, default=str) for r in rels))


# --- candidates ----------------------------------------------------------------------------

def test_candidates_need_a_shared_identifier_or_an_alias_of_two_words(
        clean_db: Database) -> None:
    _load(clean_db, DOC_A, DOC_B, DOC_C, DOC_C2)
    # "Sergei Lavrov" and "Sergey Lavrov" share only the one-word key "lavrov": not enough
    assert clean_db.read("MATCH (:Alias {key: 'lavrov'})-[:ALIAS_OF]->(a) "
                         "RETURN count(a) AS c")[0]["c"] == 2
    assert _pairs(clean_db) == {}

    _load(clean_db, DOC_D, DOC_E)
    pairs = _pairs(clean_db)
    # the same two-word key on two persons; the foundation sharing it is another kind
    assert pairs[("sergei-lavrov", "sergey-lavrov")] == [
        {"field": "alias", "value": "sergei lavrov", "text": "shared alias key 'sergei lavrov'"}]
    # the same CAMEO code on two states; the government, another kind, pairs with none
    assert pairs[("freedonia", "freedonia-republic")] == [
        {"field": "cameo", "value": "FRD", "text": "same cameo 'FRD'"}]
    assert set(pairs) == {("sergei-lavrov", "sergey-lavrov"), ("freedonia", "freedonia-republic")}
    pair = next(p for p in merge_candidates(clean_db) if p["a"]["id"] == "freedonia")
    assert (pair["keep"], pair["merge"]) == ("freedonia-republic", "freedonia")  # has iso3


# --- merging -------------------------------------------------------------------------------

def test_merge_moves_every_edge_claim_and_alias_and_reloading_changes_nothing(
        clean_db: Database, settings: Settings) -> None:
    db = clean_db
    _load(db, DOC_A, DOC_B, DOC_C, DOC_C2)
    # a GDELT aggregate keeps its own key form
    db.write(lambda tx: tx.run(
        "MATCH (a:Actor {id: 'sergei-lavrov'}), (b:Actor {id: 'choe-son-hui'}) "
        "CREATE (a)-[:INTERACTED_WITH {key: 'gdelt:INTERACTED_WITH:04:sergei-lavrov:"
        "choe-son-hui', source: 'gdelt', root_code: '04', certainty: 'reported', "
        "certainty_rank: 2, asserted_by: ['sergei-lavrov'], evidence_ids: [], "
        "source_ids: [], event_ids: []}]->(b)").consume())
    before = counts(db)
    old, kept = _rels_of(db, "sergei-lavrov"), _rels_of(db, "sergey-lavrov")
    assert old == {"ALIAS_OF": 2, "ASSERTED_BY": 2, "FOREIGN_MINISTER_OF": 1,
                   "INTERACTED_WITH": 1, "MADE_STATEMENT_ABOUT": 1, "MET_WITH": 2,
                   "PARTICIPANT": 2}

    done = merge_actors(db, "sergey-lavrov", ["sergei-lavrov"], reason="one man, two spellings")

    assert done["relationships"] == {
        "ALIAS_OF": {"moved": 1, "collapsed": 1, "self_loops": 0},  # "lavrov" was on both
        "ASSERTED_BY": {"moved": 1, "collapsed": 1, "self_loops": 0},  # claim-c: both
        "FOREIGN_MINISTER_OF": {"moved": 0, "collapsed": 1, "self_loops": 0},  # one role
        "INTERACTED_WITH": {"moved": 1, "collapsed": 0, "self_loops": 0},
        "MADE_STATEMENT_ABOUT": {"moved": 0, "collapsed": 0, "self_loops": 1},
        "MET_WITH": {"moved": 2, "collapsed": 0, "self_loops": 0},
        "PARTICIPANT": {"moved": 2, "collapsed": 0, "self_loops": 0},
    }
    assert done["rekeyed"] == 3  # two MET_WITH and the role
    assert done["filled"] == {"wikidata": "Q987654", "description": "Russian foreign minister"}
    # claim-a's three meetings (Choe–Shoigu too: Sergei asserted it) and the GDELT edge
    assert done["references"] == {"country": 1, "asserted_by": 4}
    # one actor fewer, one redirect more; one self-loop and three duplicates fewer, one
    # REDIRECTS_TO more
    assert counts(db) == (before[0], before[1] - 1 - 3 + 1)
    assert _rels_of(db, "sergei-lavrov") == Counter()
    after = _rels_of(db, "sergey-lavrov")
    for t in old:  # the self-loop joined the two: it was one of the kept actor's edges too
        moved = done["relationships"][t]
        assert after[t] == kept[t] + moved["moved"] - moved["self_loops"], t
    assert after["REDIRECTS_TO"] == 1

    edges = db.read("MATCH (a:Actor)-[r]->(b:Actor) WHERE r.claim_id = 'claim-a' "
                    "RETURN a.id AS a, b.id AS b, r.key AS key, r.asserted_by AS by "
                    "ORDER BY key")
    assert edges == [
        {"a": "choe-son-hui", "b": "sergei-shoigu",
         "key": "claim-a:MET_WITH:choe-son-hui:sergei-shoigu", "by": ["sergey-lavrov"]},
        {"a": "choe-son-hui", "b": "sergey-lavrov",
         "key": "claim-a:MET_WITH:choe-son-hui:sergey-lavrov", "by": ["sergey-lavrov"]},
        # was sergei-lavrov -> sergei-shoigu; a meeting runs from the smaller id
        {"a": "sergei-shoigu", "b": "sergey-lavrov",
         "key": "claim-a:MET_WITH:sergei-shoigu:sergey-lavrov", "by": ["sergey-lavrov"]},
    ]
    gdelt = db.read("MATCH (a)-[r:INTERACTED_WITH]->(b) RETURN a.id AS a, r.key AS key, "
                    "r.asserted_by AS by")
    assert gdelt == [{"a": "sergey-lavrov", "by": ["sergey-lavrov"],
                      "key": "gdelt:INTERACTED_WITH:04:sergei-lavrov:choe-son-hui"}]
    asserters = db.read("MATCH (c:Claim)-[:ASSERTED_BY]->(a) RETURN c.id AS c, "
                        "collect(a.id) AS who ORDER BY c")
    assert asserters == [{"c": "claim-a", "who": ["sergey-lavrov"]},
                         {"c": "claim-b", "who": ["sergey-lavrov"]},
                         {"c": "claim-c", "who": ["sergey-lavrov"]}]
    actor = db.read("MATCH (a:Actor {id: 'sergey-lavrov'}) RETURN properties(a) AS p")[0]["p"]
    assert set(actor["aliases"]) == {"Sergey Lavrov", "Lavrov", "Sergei Lavrov"}
    assert set(actor["alias_keys"]) == {"sergey lavrov", "lavrov", "sergei lavrov"}
    assert "sergei lavrov" in actor["search_text"]
    assert actor["merged_ids"] == ["sergei-lavrov"]
    assert actor["wikidata"] == "Q987654"
    assert db.read("MATCH (a:Actor {id: 'mfa-press-office'}) RETURN a.country AS c"
                   )[0]["c"] == "sergey-lavrov"

    assert canonical_actor_ids(db, ["sergei-lavrov", "sergey-lavrov", "atlantis"]) == {
        "sergei-lavrov": "sergey-lavrov", "sergey-lavrov": "sergey-lavrov"}
    with api_client(settings) as client:
        assert ok(client, "/actors/sergei-lavrov")["id"] == "sergey-lavrov"
        hood = ok(client, "/actors/sergei-lavrov/neighbors")
        assert hood["center"]["id"] == "sergey-lavrov"
        assert {"sergei-shoigu", "choe-son-hui"} <= {n["id"] for n in hood["nodes"]}
        # the aggregated neighbourhood follows the merge in its own query
        grouped = ok(client, "/actors/sergei-lavrov/neighbors", aggregate="true")
        assert grouped["center"]["id"] == "sergey-lavrov"
        assert [n["id"] for n in grouped["nodes"]] == [n["id"] for n in hood["nodes"]]
        assert client.get("/actors/atlantis/neighbors",
                          params={"aggregate": "true"}).status_code == 404
        line = ok(client, "/actors/sergei-lavrov/timeline")
        assert {"meet-a", "meet-b", "stmt-c"} <= {e["id"] for e in line["items"]}
        assert "meet-a" in {e["id"] for e in ok(client, "/events", actor="sergei-lavrov")["items"]}
        assert ok(client, "/relations", actor="sergei-lavrov", other="choe-son-hui")["total"] == 3
        assert ok(client, "/actors", q="Sergei Lavrov")["items"][0]["id"] == "sergey-lavrov"
        assert client.get("/actors/atlantis").status_code == 404

    # the documents again: every actor resolves to the kept one, every key is found
    settled, keys = counts(db), _edge_keys(db)
    _load(db, DOC_A, DOC_B, DOC_C, DOC_C2)
    assert counts(db) == settled
    assert _edge_keys(db) == keys
    assert db.read("MATCH (a:Actor {id: 'sergei-lavrov'}) RETURN count(a) AS c")[0]["c"] == 0


def _edge_keys(db: Database) -> list[tuple[str, str, str]]:
    """Every keyed edge as (start id, key, end id)."""
    rows = db.read("MATCH (a)-[r]->(b) WHERE r.key IS NOT NULL "
                   "RETURN a.id AS a, r.key AS k, b.id AS b")
    return sorted((r["a"], r["k"], r["b"]) for r in rows)


def test_merged_ids_resolve_through_later_merges(clean_db: Database, settings: Settings) -> None:
    people = [{"id": f"p-{n}", "kind": "person", "name": name} for n, name in
              (("one", "Ivan Petrov"), ("two", "Ioann Petrof"), ("three", "Jan Petroff"))]
    _load(clean_db, _doc("src-p", "2024-01-01", people, events=[
        {"id": "p-meeting", "type": "meeting", "date": "2024-01-01", "participants": [
            {"actor": p["id"], "role": "participant"} for p in people]}],
        claims=[{"id": "p-claim", "event": "p-meeting", "certainty": "reported",
                 "evidence": _ev("src-p", "Petrov, Petrof and Petroff met")}]))
    merge_actors(clean_db, "p-two", ["p-one"], reason="same person")
    merge_actors(clean_db, "p-three", ["p-two"], reason="same person")
    assert canonical_actor_ids(clean_db, ["p-one", "p-two", "p-three"]) == {
        "p-one": "p-three", "p-two": "p-three", "p-three": "p-three"}
    assert clean_db.read("MATCH (a:Actor) RETURN a.id AS id, a.merged_ids AS m") == [
        {"id": "p-three", "m": ["p-two", "p-one"]}]
    with api_client(settings) as client:
        assert ok(client, "/actors/p-one")["id"] == "p-three"
    with pytest.raises(InvalidInput, match="'p-one' was already merged into 'p-three'"):
        merge_actors(clean_db, "p-three", ["p-one"], reason="again")


@pytest.mark.parametrize(("keep", "merge", "message"), [
    ("russia", ["sergey-lavrov"],
     "'russia' is a state and 'sergey-lavrov' a person: actors of different kinds"),
    ("sergey-lavrov", ["atlantis"], "no actor with id 'atlantis'"),
    ("russia", ["north-korea"],
     "'russia' has iso3 'RUS' and 'north-korea' has iso3 'PRK': not the same actor"),
    ("russia", ["russia"], "cannot merge 'russia' into itself"),
    ("russia", [], "name at least one actor"),
])
def test_refusals_write_nothing(clean_db: Database, keep: str, merge: list[str],
                                message: str) -> None:
    _load(clean_db, DOC_A, DOC_B)
    before = _snapshot(clean_db)
    with pytest.raises(InvalidInput, match=message):
        merge_actors(clean_db, keep, merge, reason="test")
    assert _snapshot(clean_db) == before


# --- the command line ----------------------------------------------------------------------

def _geokg(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "GEOKG_NEO4J_URI": settings.uri,
           "GEOKG_NEO4J_PASSWORD": settings.neo4j_password.get_secret_value()}  # type: ignore[union-attr]
    return subprocess.run([sys.executable, "-m", "cli.main", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120, check=False)


def test_cli_review_and_merge(clean_db: Database, settings: Settings) -> None:
    _load(clean_db, DOC_A, DOC_B, DOC_D)
    res = _geokg(settings, "actors", "review", "--json")
    assert res.returncode == 0, res.stderr
    pairs = json.loads(res.stdout)
    assert [(p["a"]["id"], p["b"]["id"], [r["text"] for r in p["reasons"]]) for p in pairs] \
        == [("sergei-lavrov", "sergey-lavrov", ["shared alias key 'sergei lavrov'"])]
    text = _geokg(settings, "actors", "review")
    assert text.returncode == 0, text.stderr
    assert "shared alias key 'sergei lavrov'" in text.stdout
    assert "geokg actors merge sergei-lavrov sergey-lavrov" in text.stdout  # has wikidata

    before = _snapshot(clean_db)
    for args, error in ((("russia", "north-korea"), "iso3 'RUS'"),
                        (("sergey-lavrov", "atlantis"), "no actor with id 'atlantis'")):
        bad = _geokg(settings, "actors", "merge", *args)
        assert bad.returncode == 1
        assert bad.stderr.startswith("error: ") and error in bad.stderr
        assert len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr
    assert _snapshot(clean_db) == before

    res = _geokg(settings, "actors", "merge", "sergey-lavrov", "sergei-lavrov", "--json",
                 "--reason", "spelling")
    assert res.returncode == 0, res.stderr
    done = json.loads(res.stdout)
    assert done["merged"] == ["sergei-lavrov"] and done["reason"] == "spelling"
    assert done["relationships"]["MET_WITH"] == {"moved": 2, "collapsed": 0, "self_loops": 0}
    assert canonical_actor_ids(clean_db, ["sergei-lavrov"]) == {"sergei-lavrov": "sergey-lavrov"}
    assert clean_db.read("MATCH (r:ActorRedirect {id: 'sergei-lavrov'}) RETURN r.reason AS r"
                         ) == [{"r": "spelling"}]
    assert _geokg(settings, "actors", "review", "--json").stdout.strip() == "[]"

    again = _geokg(settings, "actors", "merge", "sergey-lavrov", "sergei-lavrov")
    assert again.returncode == 1
    assert "was already merged into 'sergey-lavrov'" in again.stderr
