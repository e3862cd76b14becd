"""Issue 3's must-shows on a real Neo4j with the seed dataset loaded."""

from __future__ import annotations

from graph.db import Database
from loaders.extraction import load_file
from loaders.writer import write_document
from tests.conftest import SEED_DIR, counts, load_seed

ACTORS = {
    "sergey-lavrov": "Sergey Lavrov", "choe-son-hui": "Choe Son Hui",
    "vladimir-putin": "Vladimir Putin", "volodymyr-zelensky": "Volodymyr Zelensky",
    "russia": "Russia", "north-korea": "North Korea", "ukraine": "Ukraine",
    "united-states": "United States", "state-duma": "State Duma", "pentagon": "Pentagon",
    "nato": "NATO", "russia-foreign-ministry": None, "western-sources": None,
}


def _claim(db: Database, event_id: str) -> dict:
    rows = db.read(
        "MATCH (c:Claim)-[:ABOUT]->(:Event {id: $id}) "
        "OPTIONAL MATCH (c)-[:ASSERTED_BY]->(a:Actor) "
        "WITH c, collect(a.id) AS who "
        "MATCH (c)-[:SUPPORTED_BY]->(ev:Evidence)-[:FROM_SOURCE]->(s:Source) "
        "RETURN c.certainty AS certainty, who, collect(ev.quote) AS quotes, "
        "collect(ev.language) AS langs", {"id": event_id})
    assert len(rows) == 1, f"expected one claim about {event_id}"
    return rows[0]


def test_one_actor_each(seeded_db: Database) -> None:
    for actor_id, name in ACTORS.items():
        rows = seeded_db.read("MATCH (a:Actor {id: $id}) RETURN a.name AS name", {"id": actor_id})
        assert len(rows) == 1, actor_id
        if name:
            assert rows[0]["name"] == name
    # no duplicate state per ISO code, no duplicate name
    dupes = seeded_db.read("MATCH (a:Actor) WITH a.name_key AS k, count(*) AS c WHERE c > 1 "
                           "RETURN k")
    assert dupes == []


def test_treaty_two_parties_signed_june_2024(seeded_db: Database) -> None:
    rows = seeded_db.read(
        "MATCH (p:Actor)-[:PARTY_TO]->(t:Agreement {kind: 'treaty'}) "
        "RETURN t.id AS id, t.signed AS signed, t.signed_precision AS precision, "
        "t.signed_inferred AS inferred, collect(p.id) AS parties")
    assert len(rows) == 1
    treaty = rows[0]
    assert sorted(treaty["parties"]) == ["north-korea", "russia"]
    assert (treaty["signed"].year, treaty["signed"].month) == (2024, 6)
    assert treaty["inferred"] is True
    signing = seeded_db.read(
        "MATCH (e:Event {type: 'signing'})-[:CONCERNS]->(:Agreement {id: $id}) "
        "RETURN e.date AS d, e.date_end AS end", {"id": treaty["id"]})
    assert [(r["d"].isoformat(), r["end"].isoformat()) for r in signing] == \
        [("2024-06-18", "2024-06-19")]
    milestones = seeded_db.read(
        "MATCH (e:Event)-[c:CONCERNS]->(:Agreement {id: $id}) "
        "RETURN e.id AS event, c.milestone AS milestone ORDER BY event", {"id": treaty["id"]})
    assert {r["event"]: r["milestone"] for r in milestones} == {
        "lavrov-treaty-statement": None,  # about the treaty, not one of its milestones
        "ratification-bill-submission": "submitted_for_ratification",
        "treaty-signing": "signed"}


def test_certainties_and_asserters(seeded_db: Database) -> None:
    shells = _claim(seeded_db, "shell-supply")
    assert shells["certainty"] == "reported" and shells["who"] == ["western-sources"]
    personnel = _claim(seeded_db, "north-korean-personnel-assistance")
    assert personnel["certainty"] == "alleged"
    assert "presumibilmente" in " ".join(personnel["quotes"])
    troops = _claim(seeded_db, "north-korean-troops-in-russia")
    assert troops["certainty"] == "confirmed"
    assert sorted(troops["who"]) == ["nato", "pentagon"]
    edge = seeded_db.read(
        "MATCH (:Actor {id: 'north-korea'})-[r:SUPPLIED_ARMS_TO]->(:Actor {id: 'russia'}) "
        "RETURN r.certainty AS c, r.asserted_by AS who, size(r.evidence_ids) AS ev")
    assert edge == [{"c": "reported", "who": ["western-sources"], "ev": 1}]


def test_every_event_and_claim_has_its_italian_quote(seeded_db: Database) -> None:
    missing = seeded_db.read(
        "MATCH (e:Event) WHERE NOT EXISTS { "
        "  MATCH (e)<-[:ABOUT]-(:Claim)-[:SUPPORTED_BY]->(ev:Evidence {language: 'it'}) "
        "  WHERE size(ev.quote) > 10 } RETURN e.id AS id")
    assert missing == []
    claims = seeded_db.read(
        "MATCH (c:Claim) WHERE NOT EXISTS { MATCH (c)-[:SUPPORTED_BY]->(:Evidence "
        "{language: 'it'}) } RETURN c.id AS id, c.subject_kind AS kind")
    # the only claim without an Italian quote is the background one dating the troops
    assert claims == [{"id": "claim-reference-troops-in-russia-dated", "kind": "relation"}]
    n_events = seeded_db.read("MATCH (e:Event) RETURN count(e) AS c")[0]["c"]
    assert n_events >= 9


def test_unknown_dates_stay_unknown(seeded_db: Database) -> None:
    talks = seeded_db.read("MATCH (e:Event {id: 'lavrov-choe-talks'}) "
                           "RETURN e.date AS d, e.date_precision AS p")
    assert talks == [{"d": None, "p": "unknown"}]
    published = seeded_db.read("MATCH (s:Source {kind: 'article'}) RETURN s.published AS p")
    assert published == [{"p": None}]


def test_seed_twice_identical_counts(db: Database) -> None:
    from pathlib import Path

    load_seed(db)
    first = counts(db)
    for path in sorted(Path(SEED_DIR).glob("*.yaml")):
        write_document(db, load_file(path))
    assert counts(db) == first
    assert first[0] > 50 and first[1] > 100
