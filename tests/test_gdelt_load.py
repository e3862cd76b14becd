"""Issue 6's must-shows: GDELT 2.0 events loaded into a real Neo4j beside the seed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from graph.db import Database
from graph.errors import InvalidInput
from graph.settings import Settings
from loaders.gdelt import load_gdelt_files
from tests.conftest import counts, load_seed

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "gdelt"
SAMPLE = ROOT / "data" / "gdelt" / "20170701234500.export.sample.CSV"
MALFORMED = DATA / "20170701234500.export.malformed.CSV"
SEED_ACTORS = DATA / "20241010120000.export.CSV"

# The docs' example (docs/gdelt.md): GDELT's coded interactions between Russia and North
# Korea beside the seed article's claims about events with both.
JOIN_EXAMPLE = """
MATCH (ru:Actor {id: 'russia'}), (nk:Actor {id: 'north-korea'})
OPTIONAL MATCH (ru)-[g:INTERACTED_WITH]-(nk)
WITH ru, nk, collect(g {.root_code, .root_label, .count, .first_date, .last_date,
                        .asserted_by}) AS gdelt
MATCH (c:Claim)-[:ABOUT]->(e:Event)
WHERE e.type <> 'coded' AND (ru)-[:PARTICIPANT]->(e) AND (nk)-[:PARTICIPANT]->(e)
RETURN gdelt, collect({event: e.id, type: e.type, certainty: c.certainty}) AS article
"""

# The docs' path example: from a person of the article to an alliance GDELT names.
PATH_EXAMPLE = """
MATCH p = shortestPath((a:Actor {id: 'vladimir-putin'})
          -[:HEAD_OF_STATE_OF|PART_OF|INTERACTED_WITH*..4]-(b:Actor {id: 'nato'}))
RETURN [n IN nodes(p) | n.id] AS actors,
       [r IN relationships(p) | type(r) + coalesce(' ' + r.root_label, '')
                                + ' (' + r.certainty + ')'] AS edges
"""


def _raw(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").split("\n") if line]


def _edges(db: Database) -> list[dict[str, Any]]:
    return db.read("MATCH (a)-[r:INTERACTED_WITH]->(b) "
                   "RETURN a.id AS a, b.id AS b, properties(r) AS p ORDER BY r.key")


def test_sample_loads_with_evidence_and_reloads_identically(clean_db: Database) -> None:
    db = clean_db
    raw = _raw(SAMPLE)
    well_formed = [f for f in raw if len(f) == 61]
    summary = load_gdelt_files(db, [SAMPLE], batch_size=300)
    assert summary["loaded"] == len(well_formed) == 1000
    assert summary["skipped"] == 0 and summary["unmapped_codes"] == {}
    rows = db.read("MATCH (e:Event {type: 'coded'}) RETURN e.id AS id, e.cameo AS cameo, "
                   "e.event_base_code AS base, e.event_root_code AS root, e.gdelt_id AS gid")
    assert len(rows) == len(well_formed)
    by_id = {int(f[0]): f for f in well_formed}
    for r in rows:
        f = by_id[r["gid"]]
        assert (r["cameo"], r["base"], r["root"]) == (f[26], f[27], f[28])
        assert isinstance(r["cameo"], str)
    # every event: a reported claim, asserted by the outlet, with evidence from its SOURCEURL
    missing = db.read("""
        MATCH (e:Event {type: 'coded'})
        WHERE NOT EXISTS {
          MATCH (e)<-[:ABOUT]-(c:Claim {certainty: 'reported'})-[:SUPPORTED_BY]->(:Evidence)
                -[:FROM_SOURCE]->(s:Source)
          WHERE s.url = e.source_url AND (c)-[:ASSERTED_BY]->(:Actor {kind: 'media'})
        }
        RETURN count(e) AS n""")
    assert missing == [{"n": 0}]
    urls = db.read("MATCH (e:Event {type: 'coded'}) RETURN collect(DISTINCT e.source_url) AS u")
    assert set(urls[0]["u"]) == {f[60] for f in well_formed}

    edges = _edges(db)
    assert summary["interactions"] == len(edges) > 0
    for e in edges:
        p = e["p"]
        assert e["a"] != e["b"]
        assert p["certainty"] == "reported" and p["certainty_rank"] == 2
        assert p["count"] == len(p["event_ids"]) or len(p["event_ids"]) == 100
        assert p["valid_from"] <= p["valid_to"] and p["asserted_by"]
        assert len(p["evidence_ids"]) >= 1 and p["key"].endswith(f":{e['a']}:{e['b']}")
    # the edge counts agree with the events, counted independently from the file
    pairs = db.read("""
        MATCH (a)-[:PARTICIPANT {role: 'actor1'}]->(e:Event {type: 'coded'})
              <-[:PARTICIPANT {role: 'actor2'}]-(b) WHERE a <> b
        RETURN count(e) AS n""")
    assert sum(e["p"]["count"] for e in edges) == pairs[0]["n"]

    before, before_edges = counts(db), edges
    again = load_gdelt_files(db, [SAMPLE], batch_size=1000)
    assert counts(db) == before
    assert _edges(db) == before_edges
    assert all(c["created"] == 0 for c in again["writer"]["nodes"].values())


def test_malformed_lines_named_rest_loaded_strict_loads_nothing(clean_db: Database) -> None:
    with pytest.raises(InvalidInput) as info:
        load_gdelt_files(clean_db, [MALFORMED], strict=True)
    assert [(d["line"], d["file"]) for d in info.value.details] == [
        (2, str(MALFORMED)), (4, str(MALFORMED))]
    assert "20171345" in info.value.details[1]["message"]
    assert counts(clean_db) == (0, 0)

    summary = load_gdelt_files(clean_db, [MALFORMED])
    assert (summary["loaded"], summary["skipped"]) == (4, 2)
    assert summary["skipped_by_reason"] == {"field_count": 1, "bad_date": 1}
    assert [e["line"] for e in summary["files"][0]["errors"]] == [2, 4]
    ids = clean_db.read("MATCH (e:Event) RETURN e.gdelt_id AS id ORDER BY id")
    assert [r["id"] for r in ids] == [int(f[0]) for f in _raw(MALFORMED) if len(f) == 61
                                      and f[1] != "20171345"]


def test_missing_file_fails_before_writing(clean_db: Database, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="no such file"):
        load_gdelt_files(clean_db, [SEED_ACTORS, tmp_path / "20240101000000.export.CSV"])
    assert counts(clean_db) == (0, 0)


def test_zip_loads_like_the_plain_file(clean_db: Database, tmp_path: Path) -> None:
    archive = tmp_path / "20241010120000.export.CSV.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.write(SEED_ACTORS, "20241010120000.export.CSV")
    summary = load_gdelt_files(clean_db, [archive])
    assert summary["loaded"] == 10
    zipped = counts(clean_db)
    load_gdelt_files(clean_db, [SEED_ACTORS])
    assert counts(clean_db) == zipped


def test_seed_states_are_the_seed_nodes(db: Database) -> None:
    load_seed(db)
    seed_actors = {r["id"]: r for r in db.read(
        "MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.aliases AS aliases")}
    summary = load_gdelt_files(db, [SEED_ACTORS])
    assert summary["loaded"] == 10 and summary["skipped"] == 0
    for iso3, actor_id in (("RUS", "russia"), ("PRK", "north-korea"), ("UKR", "ukraine"),
                           ("USA", "united-states")):
        rows = db.read("MATCH (a:Actor) WHERE a.iso3 = $c OR a.cameo = $c "
                       "OR a.name_key = $k RETURN a.id AS id",
                       {"c": iso3, "k": seed_actors[actor_id]["name"].lower()})
        assert rows == [{"id": actor_id}], iso3
        after = db.read("MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.aliases AS aliases",
                        {"id": actor_id})[0]
        assert after["name"] == seed_actors[actor_id]["name"]
        assert set(seed_actors[actor_id]["aliases"]) <= set(after["aliases"])
    nato = db.read("MATCH (a:Actor)-[:PARTICIPANT {role: 'actor2'}]->(:Event {id: $e}) "
                   "RETURN a.id AS id", {"e": "gdelt:1190000004"})
    assert nato == [{"id": "nato"}]
    parts = db.read("""
        MATCH (p:Actor)-[r:PART_OF]->(s:Actor)
        WHERE p.id IN ['russia-government', 'united-states-military']
        RETURN p.id AS part, s.id AS state, r.certainty AS certainty ORDER BY part""")
    assert parts == [
        {"part": "russia-government", "state": "russia", "certainty": "confirmed"},
        {"part": "united-states-military", "state": "united-states", "certainty": "confirmed"}]

    fights = db.read("""
        MATCH (:Actor {id: 'russia'})-[r:INTERACTED_WITH {root_code: '19'}]->
              (:Actor {id: 'ukraine'})
        RETURN r.count AS n, toString(r.first_date) AS first, toString(r.last_date) AS last,
               r.event_ids AS events, r.asserted_by AS who, r.root_label AS label""")
    assert fights == [{"n": 2, "first": "2024-10-06", "last": "2024-10-09",
                       "events": ["gdelt:1190000007", "gdelt:1190000006"],
                       "who": ["media-news.example.com"], "label": "Fight"}]

    (joined,) = db.read(JOIN_EXAMPLE)
    assert {g["root_code"] for g in joined["gdelt"]} == {"02", "04"}
    assert joined["article"] and all(a["type"] != "coded" for a in joined["article"])
    assert db.read(PATH_EXAMPLE) == [{
        "actors": ["vladimir-putin", "russia", "ukraine", "nato"],
        "edges": ["HEAD_OF_STATE_OF (confirmed)", "INTERACTED_WITH Fight (reported)",
                  "INTERACTED_WITH Appeal (reported)"]}]


def _geokg(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "GEOKG_NEO4J_URI": settings.uri,
           "GEOKG_NEO4J_PASSWORD": settings.neo4j_password.get_secret_value()}  # type: ignore[union-attr]
    return subprocess.run([sys.executable, "-m", "cli.main", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=180, check=False)


def test_cli_strict_load_of_several_files_writes_nothing(clean_db: Database,
                                                          settings: Settings) -> None:
    res = _geokg(settings, "load", "--format", "gdelt", "--strict", str(SEED_ACTORS),
                 str(MALFORMED))
    assert res.returncode == 1, res.stderr
    assert "'line': 2" in res.stderr and "'line': 4" in res.stderr and "20171345" in res.stderr
    assert counts(clean_db) == (0, 0)


def _revision_files(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """The seed-actors file at 12:00 and a 12:15 file that repeats its first event with
    other counts and another article (a GDELT revision), plus one event of its own."""
    rows = _raw(SEED_ACTORS)
    first = tmp_path / "20241010120000.export.CSV"
    first.write_text("\n".join("\t".join(f) for f in rows) + "\n", encoding="utf-8")
    revised = list(rows[0])
    revised[31:35] = ["40", "12", "38", "-3.5"]
    revised[60] = "https://wire.example.org/2024/10/10/revised-count"
    fresh = list(rows[1])
    fresh[0] = "1190000099"
    later = tmp_path / "20241010121500.export.CSV"
    later.write_text("\t".join(revised) + "\n" + "\t".join(fresh) + "\n", encoding="utf-8")
    return first, later, rows[0]


def _event(db: Database, event_id: str) -> dict[str, Any]:
    return db.read(
        "MATCH (e:Event {id: $id}) OPTIONAL MATCH (c:Claim)-[:ABOUT]->(e) "
        "OPTIONAL MATCH (c)-[:SUPPORTED_BY]->(:Evidence)-[:FROM_SOURCE]->(s:Source) "
        "RETURN e {.num_mentions, .num_sources, .num_articles, .avg_tone, .source_url, "
        ".gdelt_file, .gdelt_counts_file} AS e, count(c) AS claims, collect(s.url) AS urls",
        {"id": event_id})[0]


def test_a_later_file_revises_counts_and_adds_nothing(clean_db: Database,
                                                     tmp_path: Path) -> None:
    db = clean_db
    first, later, original = _revision_files(tmp_path)
    event_id = f"gdelt:{original[0]}"
    load_gdelt_files(db, [first])
    before = counts(db)
    summary = load_gdelt_files(db, [later])
    assert (summary["loaded"], summary["revised"]) == (2, 1)
    got = _event(db, event_id)
    assert got["e"]["num_mentions"] == 40 and got["e"]["num_sources"] == 12
    assert (got["e"]["num_articles"], got["e"]["avg_tone"]) == (38, -3.5)
    # the values of the first record stay: its article, one claim, one source
    assert got["e"]["source_url"] == original[60]
    assert (got["claims"], got["urls"]) == (1, [original[60]])
    assert (got["e"]["gdelt_file"], got["e"]["gdelt_counts_file"]) == (
        "20241010120000", "20241010121500")
    assert db.read("MATCH (s:Source) WHERE s.url CONTAINS 'revised-count' "
                   "RETURN count(s) AS n")[0]["n"] == 0
    # the later file's own event: one event, claim, evidence (source shared or new)
    nodes, rels = counts(db)
    assert nodes - before[0] in (3, 4) and rels > before[1]
    # the INTERACTED_WITH edge sums the revised count
    edge = db.read("MATCH (:Actor {id: 'russia'})-[r:INTERACTED_WITH {root_code: '04'}]->"
                   "(:Actor {id: 'north-korea'}) RETURN r.num_mentions AS n")[0]["n"]
    assert edge == 40 + sum(int(f[31]) for f in _raw(SEED_ACTORS)[1:]
                            if f[5] == "RUS" and f[15] == "PRK" and f[28] == "04")
    # reloading either file changes nothing; the earlier one never undoes the revision
    state = counts(db)
    again = load_gdelt_files(db, [first, later])
    assert (again["revised"], counts(db)) == (1, state)
    assert _event(db, event_id)["e"]["num_mentions"] == 40


def test_revisions_in_either_order_give_the_same_counts(clean_db: Database,
                                                       tmp_path: Path) -> None:
    db = clean_db
    first, later, original = _revision_files(tmp_path)
    load_gdelt_files(db, [later, first])
    got = _event(db, f"gdelt:{original[0]}")
    assert (got["e"]["num_mentions"], got["e"]["avg_tone"]) == (40, -3.5)
    assert got["e"]["gdelt_counts_file"] == "20241010121500"
    assert got["claims"] == 1


def test_an_event_id_repeated_in_another_batch_keeps_the_first_record(
        clean_db: Database, tmp_path: Path) -> None:
    """Batches of one record, two written at once: the repeat (last line) names an event
    of the first batch; the file's first record of it stays, nothing is written twice."""
    rows = _raw(SEED_ACTORS)
    again = list(rows[0])
    again[31] = "99"
    path = tmp_path / "20241010120000.export.CSV"
    path.write_text("\n".join("\t".join(f) for f in [*rows, again]) + "\n", encoding="utf-8")
    summary = load_gdelt_files(clean_db, [path], batch_size=1, writers=2)
    assert (summary["loaded"], summary["skipped"], summary["revised"]) == (len(rows), 0, 0)
    got = _event(clean_db, f"gdelt:{rows[0][0]}")
    assert got["e"]["num_mentions"] == int(rows[0][31]) != 99
    assert got["claims"] == 1
    assert clean_db.read("MATCH (e:Event) WHERE e.gdelt_id IS NOT NULL "
                         "RETURN count(e) AS n")[0]["n"] == len(rows)
