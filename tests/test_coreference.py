"""One event, many sources: coreference at load time, per-source accounts, order independence.

The documents in tests/data/coreference/ (see its README) report the seed's events again
under their own ids, plus two Lavrov–Choe meetings on different known dates.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from graph.db import Database
from graph.errors import InvalidInput
from graph.settings import Settings
from loaders.coreference import (
    AgreementFacts,
    EventFacts,
    decide_agreement,
    decide_event,
    reconcile,
)
from loaders.document import Document
from loaders.extraction import load_file, validate_data
from loaders.writer import LoadSummary, write_document
from tests.api_fixture_graph import api_client, ok
from tests.conftest import SEED_DIR, counts, wipe

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "coreference"
REPORTS = ["afp-signing.yaml", "ap-nato-troops.yaml", "fox-pentagon-denial.yaml",
           "tass-meeting-september.yaml", "yonhap-meeting-september.yaml",
           "ria-meeting-november.yaml"]
D = dt.date


def _seed() -> list[Document]:
    return [load_file(p) for p in sorted(Path(SEED_DIR).glob("*.yaml"))]


def _reports() -> list[Document]:
    return [load_file(DATA / name) for name in REPORTS]


def _load(db: Database, docs: list[Document]) -> LoadSummary:
    total = LoadSummary()
    for doc in docs:
        total.merge(write_document(db, doc))
    return total


def _facts(id_: str, type_: str = "meeting", start: D | None = None, last: D | None = None,
           published: tuple[D, ...] = (), agreement: str | None = None,
           **roles: str) -> EventFacts:
    return EventFacts(id=id_, type=type_, roles={k: frozenset(v.split(",")) for k, v in
                                                 roles.items()},
                      agreement=agreement, start=start, last=last or start,
                      published=published)


# --- the rules, without a database ---------------------------------------------------------

def test_dates_that_do_not_overlap_never_merge() -> None:
    sept = _facts("sept", start=D(2024, 9, 17), lavrov="participant", choe="participant")
    nov = _facts("nov", start=D(2024, 11, 1), lavrov="participant", choe="participant")
    assert decide_event(nov, [sept], 30).status == "new"
    again = _facts("again", start=D(2024, 9, 17), lavrov="participant", choe="participant")
    d = decide_event(again, [sept, nov], 30)
    assert (d.status, d.target) == ("matched", "sept")
    assert "dates overlap" in d.why


def test_participants_must_nest_and_roles_agree() -> None:
    old = _facts("old", "deployment", prk="sender", rus="host")
    # a subset (who sent troops, host unnamed) is compatible
    assert decide_event(_facts("a", "deployment", prk="sender"), [old], 30).target == "old"
    # swapped roles, or a different host, are not
    assert decide_event(_facts("b", "deployment", prk="host", rus="sender"),
                        [old], 30).status == "new"
    assert decide_event(_facts("c", "deployment", prk="sender", ukr="host"),
                        [old], 30).status == "new"
    # speech acts need the same actors: who spoke about whom tells them apart
    said = _facts("s", "statement", lavrov="speaker", prk="subject")
    assert decide_event(_facts("t", "statement", lavrov="speaker"), [said], 30).status == "new"


def test_undated_report_merges_within_the_publication_window_only() -> None:
    dated = _facts("dated", "signing", start=D(2024, 6, 18), last=D(2024, 6, 19),
                   rus="party", prk="party")
    soon = _facts("soon", "signing", published=(D(2024, 6, 25),), rus="party", prk="party")
    late = _facts("late", "signing", published=(D(2024, 9, 1),), rus="party", prk="party")
    unpublished = _facts("unpub", "signing", rus="party", prk="party")
    assert decide_event(soon, [dated], 30).target == "dated"
    assert decide_event(late, [dated], 30).status == "new"
    assert decide_event(unpublished, [dated], 30).status == "new"
    # two undated reports: one event when published within the window of each other, or
    # when one side's publication is unknown; never when published months apart
    june = _facts("june", "deployment", published=(D(2024, 6, 2),), prk="sender")
    near = _facts("near", "deployment", published=(D(2024, 6, 20),), prk="sender")
    far = _facts("far", "deployment", published=(D(2024, 11, 2),), prk="sender")
    unknown = _facts("unknown", "deployment", prk="sender")
    assert decide_event(near, [june], 30).target == "june"
    assert decide_event(far, [june], 30).status == "new"
    assert decide_event(unknown, [june], 30).target == "june"


def test_strongest_evidence_wins_and_ties_are_reported() -> None:
    new = _facts("new", "signing", start=D(2024, 6, 19), agreement="treaty",
                 rus="party", prk="party")
    with_treaty = _facts("t1", "signing", start=D(2024, 6, 1), last=D(2024, 6, 30),
                         agreement="treaty", rus="party", prk="party")
    without = _facts("t2", "signing", start=D(2024, 6, 19), rus="party", prk="party")
    d = decide_event(new, [without, with_treaty], 30)
    assert (d.status, d.target, d.candidates) == ("matched", "t1", ["t1", "t2"])
    twin = _facts("t3", "signing", start=D(2024, 6, 1), last=D(2024, 6, 30),
                  agreement="treaty", rus="party", prk="party")
    d = decide_event(new, [with_treaty, twin], 30)
    assert (d.status, d.target, d.candidates) == ("ambiguous", "new", ["t1", "t3"])
    # the document keeps them apart when it says so
    assert decide_event(new, [with_treaty], 30, distinct_from=["t1"]).status == "new"
    # another agreement is never the same signing
    other = _facts("t4", "signing", start=D(2024, 6, 19), agreement="other",
                   rus="party", prk="party")
    assert decide_event(new, [other], 30).status == "new"


def test_machine_coded_events_are_never_merged() -> None:
    a = _facts("g1", "coded", start=D(2024, 10, 1), rus="actor1", prk="actor2")
    b = _facts("g2", "coded", start=D(2024, 10, 1), rus="actor1", prk="actor2")
    assert decide_event(a, [b], 30).status == "new"


def test_agreements_by_parties_and_name_or_signing_date() -> None:
    seed = AgreementFacts("seed", "treaty", ("Comprehensive Strategic Partnership Treaty "
                                             "between Russia and North Korea",),
                          frozenset({"rus", "prk"}), D(2024, 6, 19))
    assert decide_agreement(AgreementFacts(
        "afp", "treaty", ("Comprehensive Strategic Partnership Treaty",),
        frozenset({"rus", "prk"})), [seed]).target == "seed"
    # same name, other parties: another treaty
    assert decide_agreement(AgreementFacts(
        "x", "treaty", ("Comprehensive Strategic Partnership Treaty",),
        frozenset({"rus", "irn"})), [seed]).status == "new"
    # another name, same kind, parties and signing day
    assert decide_agreement(AgreementFacts(
        "y", "treaty", ("Pyongyang pact",), frozenset({"rus", "prk"}), D(2024, 6, 19)),
        [seed]).target == "seed"
    assert decide_agreement(AgreementFacts(
        "z", "treaty", ("Pyongyang pact",), frozenset({"rus", "prk"}), D(2024, 6, 20)),
        [seed]).status == "new"


def _account(key: str, start: D | None, last: D | None = None, precision: str = "day",
             location: str | None = None, **attrs: Any) -> dict[str, Any]:
    import json
    return {"key": key, "date": start, "date_end": last or start,
            "date_precision": precision if start else "unknown", "date_inferred": False,
            "date_text": start.isoformat() if start else "unknown", "location": location,
            "summary": f"told by {key}", "attributes": json.dumps(attrs)}


def test_reconcile_takes_the_most_precise_consistent_date_in_any_order() -> None:
    month = _account("a", D(2024, 6, 1), D(2024, 6, 30), "month", "North Korea")
    day = _account("b", D(2024, 6, 19), location="north korea")
    undated = _account("c", None)
    for order in ([month, day, undated], [undated, day, month]):
        props, conflicts = reconcile(order)
        assert (props["date"], props["date_end"], props["date_precision"]) == \
            (D(2024, 6, 19), D(2024, 6, 19), "day")
        assert conflicts == [] and props["location"] in ("North Korea", "north korea")
        assert props["summary"] == "told by a"
    # two overlapping ranges, neither inside the other: their intersection
    props, _ = reconcile([_account("a", D(2024, 6, 18), D(2024, 6, 20), "range"),
                          _account("b", D(2024, 6, 19), D(2024, 6, 22), "range")])
    assert (props["date"], props["date_end"], props["date_precision"]) == \
        (D(2024, 6, 19), D(2024, 6, 20), "range")


def test_reconcile_keeps_conflicts_visible() -> None:
    props, conflicts = reconcile([
        _account("seed", D(2024, 6, 18), D(2024, 6, 19), "range", "North Korea", item="shells"),
        _account("bad", D(2023, 1, 1), location="Moscow", item="missiles"),
        _account("third", D(2024, 6, 19), location="North Korea", item="shells")])
    assert sorted(conflicts) == ["date", "item", "location"]
    assert props["conflicts"] == conflicts
    # the value most sources give is shown
    assert props["location"] == "North Korea" and props["item"] == "shells"


# --- on the real database ------------------------------------------------------------------

def _events(db: Database) -> Counter[str]:
    return Counter(r["t"] for r in db.read("MATCH (e:Event) RETURN e.type AS t"))


def _shape(db: Database) -> dict[str, Any]:
    """The graph's events and agreements with their sources and claims, by content (not
    by id, which is whichever document came first)."""
    events = db.read("""
        MATCH (e:Event)
        RETURN e.type AS type, toString(e.date) AS date, e.conflicts AS conflicts,
          COLLECT { MATCH (e)<-[:ACCOUNT_OF]-(a:Account) RETURN a.event_ref ORDER BY a.event_ref }
            AS refs,
          COLLECT { MATCH (e)<-[:ABOUT]-(c:Claim) RETURN c.id ORDER BY c.id } AS claims,
          COLLECT { MATCH (e)<-[:ACCOUNT_OF]-(:Account)-[:TOLD_IN]->(s:Source)
                    RETURN DISTINCT s.id ORDER BY s.id } AS sources
        ORDER BY refs""")
    agreements = db.read("""
        MATCH (g:Agreement)
        RETURN COLLECT { MATCH (a:Actor)-[:PARTY_TO]->(g) RETURN a.iso3 ORDER BY a.iso3 }
          AS parties, toString(g.signed) AS signed, size(g.provisions) AS provisions""")
    sources = sorted(r["id"] for r in db.read("MATCH (s:Source) RETURN s.id AS id"))
    return {"events": events, "agreements": agreements, "sources": sources}


def test_reports_of_the_seed_events_join_them(clean_db: Database, settings: Settings) -> None:
    _load(clean_db, _seed())
    before = _events(clean_db)
    summary = _load(clean_db, _reports())
    status = {d.id: (d.status, d.target) for d in summary.events}
    assert status["afp-treaty-signed"] == ("matched", "treaty-signing")
    assert status["ap-troops-sent"] == ("matched", "north-korean-troops-in-russia")
    assert status["fox-troops-in-russia"] == ("matched", "north-korean-troops-in-russia")
    assert status["tass-talks-0917"] == ("new", "tass-talks-0917")
    assert status["yonhap-choe-lavrov-talks"] == ("matched", "tass-talks-0917")
    assert status["ria-talks-1101"] == ("new", "ria-talks-1101")
    agreement = {d.id: (d.status, d.target) for d in summary.agreements}
    assert agreement["afp-partnership-treaty"] == (
        "matched", "russia-north-korea-comprehensive-strategic-partnership-treaty")
    # one signing, one treaty, one deployment; the seed's undated talks and two dated ones
    after = _events(clean_db)
    assert after["signing"] == before["signing"] == 1
    assert after["deployment"] == before["deployment"] == 1
    assert after["meeting"] == before["meeting"] + 2
    assert clean_db.read("MATCH (g:Agreement) RETURN count(g) AS n")[0]["n"] == 1

    with api_client(settings) as client:
        # each document's own id reaches the event it joined
        signing = ok(client, "/events/afp-treaty-signed")
        assert signing["id"] == "treaty-signing"
        assert [a["id"] for a in signing["accounts"]] == ["afp-treaty-signed", "treaty-signing"]
        # the seed said 18-19 June, AFP 19 June: the most precise date both allow
        assert (signing["date"], signing["date_precision"]) == ("2024-06-19", "day")
        # "North Korea" and "Pyongyang" differ: shown as a conflict, both kept
        assert signing["conflicts"] == ["location"]
        assert sorted(a["location"] for a in signing["accounts"]) == ["North Korea", "Pyongyang"]
        troops = ok(client, "/events/fox-troops-in-russia")
        c = troops["corroboration"]
        assert troops["id"] == "north-korean-troops-in-russia"
        assert c["sources"] == 3 and c["contested"] is True
        assert c["stances"]["denied"] == ["north-korea", "russia"]
        assert set(c["stances"]["confirmed"]) == {"nato", "pentagon"}
        sept = ok(client, "/events/yonhap-choe-lavrov-talks")
        assert sept["id"] == "tass-talks-0917"
        assert sept["corroboration"]["publishers"] == ["TASS", "Yonhap"]
        assert ok(client, "/events/ria-talks-1101")["date"] == "2024-11-01"

    # reloading every document changes nothing
    n = counts(clean_db)
    again = _load(clean_db, _seed() + _reports())
    assert counts(clean_db) == n
    assert {d.status for d in again.events} == {"matched"}


def test_any_order_gives_the_same_events(clean_db: Database) -> None:
    _load(clean_db, _seed() + _reports())
    forward = _shape(clean_db)
    wipe(clean_db)
    _load(clean_db, list(reversed(_reports())) + _seed())
    assert _shape(clean_db) == forward
    assert len(forward["events"]) == 18


def test_a_reused_event_id_overwrites_nothing(clean_db: Database, settings: Settings) -> None:
    _load(clean_db, _seed())
    summary = _load(clean_db, [load_file(DATA / "reuse-signing-id.yaml")])
    assert [(d.status, d.why) for d in summary.events] == [("matched", "same id")]
    with api_client(settings) as client:
        ev = ok(client, "/events/treaty-signing")
    assert sorted(ev["conflicts"]) == ["date", "location"]
    by_ref = {a["key"].split("@")[0] + ("/seed" if "North Korea" == a["location"] else ""): a
              for a in ev["accounts"]}
    seed = by_ref["treaty-signing/seed"]
    assert (seed["date"], seed["date_end"]) == ("2024-06-18", "2024-06-19")
    assert {a["date"] for a in ev["accounts"]} == {"2024-06-18", "2023-01-01"}


def _doc(**event: Any) -> Document:
    data = {
        "version": 1,
        "sources": [{"id": "src-forced", "title": "t", "language": "en",
                     "text": "Lavrov met Choe."}],
        "actors": [{"id": "lavrov-x", "kind": "person", "name": "Sergey Lavrov"},
                   {"id": "choe-x", "kind": "person", "name": "Choe Son Hui"}],
        "events": [{"id": "forced-talks", "type": "meeting",
                    "participants": [{"actor": "lavrov-x", "role": "participant"},
                                     {"actor": "choe-x", "role": "participant"}],
                    **event}],
        "claims": [{"id": "forced-claim", "event": "forced-talks", "certainty": "reported",
                    "evidence": [{"source": "src-forced", "quote": "Lavrov met Choe.",
                                  "language": "en"}]}]}
    doc, problems = validate_data(data)
    assert doc is not None, problems
    return doc


def test_a_document_can_force_either_way(clean_db: Database) -> None:
    _load(clean_db, _seed() + [load_file(DATA / "tass-meeting-september.yaml")])
    # undated talks: both the seed's undated talks and... only the seed's is compatible
    d = write_document(clean_db, _doc()).events[0]
    assert (d.status, d.target) == ("matched", "lavrov-choe-talks")
    wipe(clean_db)
    _load(clean_db, _seed() + [load_file(DATA / "tass-meeting-september.yaml")])
    d = write_document(clean_db, _doc(distinct_from=["lavrov-choe-talks"])).events[0]
    assert (d.status, d.target) == ("new", "forced-talks")
    wipe(clean_db)
    _load(clean_db, _seed() + [load_file(DATA / "tass-meeting-september.yaml")])
    d = write_document(clean_db, _doc(date="2024-11-01", same_as="tass-talks-0917")).events[0]
    assert (d.status, d.target) == ("forced", "tass-talks-0917")


def test_same_as_naming_no_event_or_another_type_writes_nothing(
        clean_db: Database, settings: Settings, tmp_path: Path) -> None:
    _load(clean_db, _seed())
    before = counts(clean_db)
    with pytest.raises(InvalidInput) as err:
        write_document(clean_db, _doc(same_as="no-such-event"))
    assert err.value.details[0]["location"] == "$.events[0].same_as"
    with pytest.raises(InvalidInput) as err:
        write_document(clean_db, _doc(same_as="treaty-signing"))
    assert "a signing event, not a meeting" in err.value.details[0]["message"]
    assert counts(clean_db) == before

    # the CLI names file and line, and writes none of the files it was given
    good = tmp_path / "good.yaml"
    good.write_text((DATA / "ria-meeting-november.yaml").read_text())
    bad = tmp_path / "bad.yaml"
    bad.write_text((DATA / "tass-meeting-september.yaml").read_text().replace(
        "    type: meeting\n", "    type: meeting\n    same_as: no-such-event\n"))
    env = {"PATH": "/usr/bin:/bin", "GEOKG_NEO4J_URI": settings.uri,
           "GEOKG_NEO4J_PASSWORD": settings.neo4j_password.get_secret_value()}  # type: ignore[union-attr]
    res = subprocess.run([sys.executable, "-m", "cli.main", "load", str(good), str(bad)],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
                         check=False)
    assert res.returncode == 1
    line = next(i for i, text in enumerate(bad.read_text().splitlines(), 1)
                if text.strip() == "same_as: no-such-event")
    assert f"bad.yaml:{line}: $.events[0].same_as: same_as names no event in the graph: " \
           "'no-such-event'" in res.stderr
    assert "nothing written" in res.stderr and "Traceback" not in res.stderr
    assert counts(clean_db) == before


def test_the_cli_says_what_each_event_became(clean_db: Database, settings: Settings) -> None:
    _load(clean_db, _seed())
    env = {"PATH": "/usr/bin:/bin", "GEOKG_NEO4J_URI": settings.uri,
           "GEOKG_NEO4J_PASSWORD": settings.neo4j_password.get_secret_value()}  # type: ignore[union-attr]
    res = subprocess.run([sys.executable, "-m", "cli.main", "load",
                          str(DATA / "afp-signing.yaml"), str(DATA / "ria-meeting-november.yaml")],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
                         check=False)
    assert res.returncode == 0, res.stderr
    assert ("event afp-treaty-signed: matched existing treaty-signing (same signing; "
            "participants north-korea, russia; same agreement ") in res.stdout
    assert "event ria-talks-1101: new" in res.stdout
    assert ("agreement afp-partnership-treaty: matched existing "
            "russia-north-korea-comprehensive-strategic-partnership-treaty") in res.stdout


def _person_doc(prefix: str, name: str, aliases: list[str], kind: str = "person") -> Document:
    data = {
        "version": 1,
        "sources": [{"id": f"{prefix}-src", "title": "t", "language": "en",
                     "text": f"{name} spoke."}],
        "actors": [{"id": f"{prefix}-actor", "kind": kind, "name": name,
                    "aliases": [{"text": a} for a in aliases]},
                   {"id": f"{prefix}-ru", "kind": "state", "name": "Russia"}],
        "roles": [{"type": "FOREIGN_MINISTER_OF", "actor": f"{prefix}-actor", "of": f"{prefix}-ru",
                   "evidence": [{"source": f"{prefix}-src", "quote": f"{name} spoke.",
                                 "language": "en"}]}]}
    doc, problems = validate_data(data)
    assert doc is not None, problems
    return doc


def test_an_actor_whose_names_bridge_two_actors_merges_them(clean_db: Database,
                                                            settings: Settings) -> None:
    write_document(clean_db, _person_doc("a", "Sergei Lavrov", []))
    write_document(clean_db, _person_doc("b", "Sergey Lavrov", []))
    # "Russia" is the crosswalk's state: one id, whatever the documents call it
    assert [r["id"] for r in clean_db.read(
        "MATCH (a:Actor {kind: 'state'}) RETURN a.id AS id")] == ["russia"]
    assert clean_db.read("MATCH (a:Actor {kind: 'person'}) RETURN count(a) AS n")[0]["n"] == 2
    summary = write_document(clean_db, _person_doc("c", "Sergey Lavrov", ["Sergei Lavrov"]))
    assert [b.as_dict() for b in summary.actors] == [{
        "actor": "c-actor", "candidates": ["a-actor", "b-actor"], "merged": True,
        "why": "same kind, exact names: a-actor by 'sergei lavrov'; b-actor by 'sergey lavrov'",
        "events": []}]
    people = clean_db.read("MATCH (a:Actor {kind: 'person'}) RETURN a.id AS id, "
                           "COUNT { (a)-[:FOREIGN_MINISTER_OF]->() } AS roles")
    assert people == [{"id": "a-actor", "roles": 1}]
    with api_client(settings) as client:
        assert ok(client, "/actors/b-actor")["id"] == "a-actor"
        # the merged id answers wherever an actor id is taken
        path = ok(client, "/paths", source="b-actor", target="russia")["paths"][0]
        assert [n["id"] for n in path["nodes"]] == ["a-actor", "russia"]
        central = ok(client, "/analytics/centrality", actor="b-actor")
        assert "a-actor" in {r["actor"] for r in central["results"]}
        for url in ("/viz/actors/b-actor", "/viz/paths?source=b-actor&target=russia"):
            page = client.get(url)
            assert page.status_code == 200 and "a-actor" in page.text
    # a one-word bridge ("Lavrov") or another kind merges nothing: listed for review
    write_document(clean_db, _person_doc("d", "Lavrov", []))
    write_document(clean_db, _person_doc("e", "Lavrov Foundation", [], kind="organization"))
    summary = write_document(clean_db, _person_doc("f", "Lavrov", ["Lavrov Foundation"]))
    assert [(b.merged, b.candidates) for b in summary.actors] == [
        (False, ["d-actor", "e-actor"])]
    assert summary.actors[0].why.startswith("different kinds")


def test_events_kept_apart_become_one_when_their_actors_merge(
        clean_db: Database, settings: Settings, tmp_path: Path) -> None:
    # Yonhap's Lavrov ("Sergey") and TASS's ("Sergei") are two actors until the seed,
    # which names him both ways, bridges them: then the two reports of the 17 September
    # talks are one meeting, as when the seed comes first
    yonhap = tmp_path / "yonhap.yaml"
    yonhap.write_text((DATA / "yonhap-meeting-september.yaml").read_text().replace(
        ", aliases: [{text: Sergei Lavrov}]", ""))
    _load(clean_db, [load_file(DATA / "ria-meeting-november.yaml"), load_file(yonhap),
                     load_file(DATA / "tass-meeting-september.yaml")])
    assert _events(clean_db)["meeting"] == 3
    summary = _load(clean_db, _seed())
    bridge = next(b for b in summary.actors if b.merged)
    assert bridge.candidates == ["ria-lavrov", "yonhap-lavrov"]
    assert [(d.id, d.target) for d in bridge.events] == [
        ("yonhap-choe-lavrov-talks", "tass-talks-0917")]
    assert _events(clean_db)["meeting"] == 3  # the seed's undated talks, 17 Sept, 1 Nov
    with api_client(settings) as client:
        sept = ok(client, "/events/yonhap-choe-lavrov-talks")
    assert sept["id"] == "tass-talks-0917"
    assert sept["corroboration"]["sources"] == 2
    assert [p["actor"] for p in sept["participants"]] == ["ria-choe", "ria-lavrov"]
    assert sorted(a["id"] for a in sept["accounts"]) == ["tass-talks-0917",
                                                         "yonhap-choe-lavrov-talks"]
