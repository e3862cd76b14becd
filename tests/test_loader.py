"""The shared writer on a real Neo4j: validation first, batched MERGE, idempotence, resolution."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from graph.db import Database
from graph.settings import Settings
from loaders.extraction import load_file
from loaders.writer import write_document
from tests.conftest import counts

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "extraction"


def _geokg(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "GEOKG_NEO4J_URI": settings.uri,
           "GEOKG_NEO4J_PASSWORD": settings.neo4j_password.get_secret_value()}  # type: ignore[union-attr]
    return subprocess.run([sys.executable, "-m", "cli.main", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120, check=False)


def test_three_errors_named_and_nothing_written(clean_db: Database, settings: Settings) -> None:
    write_document(clean_db, load_file(DATA / "alias_a.yaml"))
    before = counts(clean_db)
    res = _geokg(settings, "load", str(DATA / "three_errors.yaml"))
    assert res.returncode == 1
    err = res.stderr
    assert "three_errors.yaml:13: $.events[0].date: '2024-02-30' is an impossible date" in err
    assert "three_errors.yaml:16: $.events[0].participants[1].actor: unknown actor 'atlantis'" \
        in err
    assert "three_errors.yaml:20: $.claims[0].certainty: Input should be 'confirmed'" in err
    assert "nothing written" in err
    assert counts(clean_db) == before
    assert "Traceback" not in err


def test_validate_exit_codes(settings: Settings) -> None:
    assert _geokg(settings, "validate", str(DATA / "alias_a.yaml")).returncode == 0
    assert _geokg(settings, "validate", str(DATA / "three_errors.yaml")).returncode == 1


def test_json_and_yaml_syntax_errors_have_lines(tmp_path: Path, settings: Settings) -> None:
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"version": 1,\n "actors": [\n  {"id": "x",}\n ]\n}\n')
    res = _geokg(settings, "validate", str(bad_json))
    assert res.returncode == 1 and "bad.json:3" in res.stderr
    bad_yaml = tmp_path / "bad.yaml"
    bad_yaml.write_text("version: 1\nactors:\n  - id: x\n    name: [unclosed\n")
    res = _geokg(settings, "validate", str(bad_yaml))
    assert res.returncode == 1 and "not valid YAML" in res.stderr


def test_json_document_reports_lines(tmp_path: Path, settings: Settings) -> None:
    doc = {"version": 1, "actors": [{"id": "russia", "kind": "state", "name": "Russia"},
                                    {"id": "bad", "kind": "planet", "name": "Mars"}]}
    path = tmp_path / "doc.json"
    text = json.dumps(doc, indent=2)
    path.write_text(text)
    expected = next(i for i, ln in enumerate(text.splitlines(), 1) if '"planet"' in ln)
    res = _geokg(settings, "validate", str(path))
    assert res.returncode == 1
    assert f"doc.json:{expected}: $.actors[1].kind" in res.stderr


def test_load_twice_same_counts_and_properties(clean_db: Database) -> None:
    docs = [load_file(DATA / "alias_a.yaml"), load_file(DATA / "alias_b.yaml")]
    for d in docs:
        write_document(clean_db, d)
    first = counts(clean_db)
    snapshot = _snapshot(clean_db)
    again = [write_document(clean_db, d) for d in docs]
    assert counts(clean_db) == first
    assert _snapshot(clean_db) == snapshot
    for summary in again:
        assert all(c["created"] == 0 for c in summary.nodes.values())
        assert all(c["created"] == 0 for c in summary.relationships.values())


def _snapshot(db: Database) -> list[str]:
    rows = db.read("MATCH (n) OPTIONAL MATCH (n)-[r]->(m) "
                   "RETURN labels(n) AS l, properties(n) AS p, type(r) AS t, "
                   "properties(r) AS rp, m.id AS m")
    return sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)


def test_aliases_resolve_to_one_actor(clean_db: Database) -> None:
    write_document(clean_db, load_file(DATA / "alias_a.yaml"))
    summary = write_document(clean_db, load_file(DATA / "alias_b.yaml"))
    assert summary.resolved == {"corea-del-nord": "north-korea", "dprk": "north-korea"}
    rows = clean_db.read("MATCH (a:Actor) WHERE a.iso3 = 'PRK' OR a.name_key CONTAINS 'cor' "
                         "OR a.id IN ['corea-del-nord', 'dprk'] RETURN a.id AS id")
    assert [r["id"] for r in rows] == ["north-korea"]
    sent = clean_db.read("MATCH (a:Actor)-[r:DEPLOYED_TROOPS_TO]->(b:Actor) "
                         "RETURN a.id AS a, b.id AS b, r.certainty AS c ORDER BY c")
    assert sent == [{"a": "north-korea", "b": "russia", "c": "denied"},
                    {"a": "north-korea", "b": "russia", "c": "reported"}]


def test_contested_claims_stand_side_by_side(clean_db: Database) -> None:
    write_document(clean_db, load_file(DATA / "alias_a.yaml"))
    write_document(clean_db, load_file(DATA / "alias_b.yaml"))
    rows = clean_db.read(
        "MATCH (c:Claim)-[:ABOUT]->(e:Event {id: 'test-deployment-b'}) "
        "OPTIONAL MATCH (c)-[:ASSERTED_BY]->(a:Actor) "
        "MATCH (c)-[:SUPPORTED_BY]->(ev:Evidence) "
        "RETURN c.id AS id, c.certainty AS certainty, collect(a.id) AS who, ev.quote AS quote "
        "ORDER BY id")
    assert rows == [
        {"id": "test-claim-b-denied", "certainty": "denied", "who": ["north-korea"],
         "quote": "La DPRK nega."},
        {"id": "test-claim-b-reported", "certainty": "reported", "who": [],
         "quote": "La Corea del Nord ha inviato truppe in Russia."},
    ]


def test_small_batches_write_the_same_graph(clean_db: Database) -> None:
    doc = load_file(DATA / "alias_b.yaml")
    write_document(clean_db, load_file(DATA / "alias_a.yaml"), batch_size=1)
    write_document(clean_db, doc, batch_size=1)
    one = _snapshot(clean_db)
    clean_db.write(lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())
    write_document(clean_db, load_file(DATA / "alias_a.yaml"))
    write_document(clean_db, doc, batch_size=1000)
    assert _snapshot(clean_db) == one
