"""``geokg load --bulk`` of GDELT export files builds the graph ``load_gdelt_files`` builds.

The seed documents, the real sample, the seed-actor file, the malformed file (same
timestamp as the sample, rows the sample has too) and two small revision files go through
the bulk path into an instance of their own (``<test instance>-bulk`` on
``GEOKG_TEST_BULK_PORT``) and through the writer and the incremental loader into the test
instance; every node and relationship is compared.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.harness import reset_store
from graph.db import Database
from graph.errors import GeokgError, InvalidInput
from graph.launcher import LocalNeo4j
from graph.settings import Settings
from loaders.bulk import bulk_load
from loaders.gdelt import load_gdelt_files
from loaders.gdelt.bulk import write_csv_with_gdelt
from loaders.writer import write_document
from tests.conftest import counts, wipe
from tests.test_bulk import bulk_docs, bulk_settings, dump

__all__ = ["bulk_settings"]  # the bulk instance's fixture, shared with tests/test_bulk.py

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "gdelt"
SAMPLE = ROOT / "data" / "gdelt" / "20170701234500.export.sample.CSV"
MALFORMED = DATA / "20170701234500.export.malformed.CSV"
SEED_ACTORS = DATA / "20241010120000.export.CSV"

pytestmark = pytest.mark.slow


def _rows(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").split("\n") if line]


def _counts(row: list[str], mentions: str, sources: str, articles: str, tone: str
            ) -> list[str]:
    out = list(row)
    out[31:35] = [mentions, sources, articles, tone]
    return out


def _files(tmp_path: Path) -> list[Path]:
    """The load, in order: the sample, the seed-actor rows, the malformed file (the
    sample's timestamp: its good rows repeat sample events, which keep the sample's
    values), a later file (revisions of two seed-actor events, one from another URL, and
    of a sample event; a revision naming another actor, whose outlet and actor are then
    never written; a new event; a malformed line), and an earlier file loaded last (its
    revision changes nothing: counts come from the latest file)."""
    sample, seed = _rows(SAMPLE), _rows(SEED_ACTORS)
    other_url = _counts(seed[1], "50", "20", "45", "1.25")
    other_url[60] = "https://wire.example.org/2024/10/10/revised"
    # the counts stay: the loader recomputes the edges of the pair a revision names, so
    # other counts under other actors would leave the first pair's edge as it was
    other_actor = list(seed[2])
    other_actor[5:8] = ["FJI", "FIJI", "FJI"]  # Actor1Code, Actor1Name, Actor1CountryCode
    other_actor[60] = "https://other.example.net/2024/10/10/other-actor"
    fresh = list(seed[2])
    fresh[0] = "1190000099"
    later = tmp_path / "20241010121500.export.CSV"
    later.write_text("\n".join("\t".join(r) for r in (
        _counts(seed[0], "40", "12", "38", "-3.5"), other_url,
        _counts(sample[3], "99", "9", "98", "0.5"),
        other_actor, fresh, seed[3][:30])) + "\n", encoding="utf-8")
    earlier = tmp_path / "20170701000000.export.CSV"
    earlier.write_text("\t".join(_counts(sample[4], "7", "7", "7", "7.0")) + "\n",
                       encoding="utf-8")
    return [SAMPLE, SEED_ACTORS, MALFORMED, later, earlier]


def _empty(settings: Settings) -> None:
    reset_store(LocalNeo4j(settings))


def _cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "JAVA_HOME": os.environ.get("JAVA_HOME", ""),
           "COLUMNS": "200",  # typer's error box: the message on one line
           "GEOKG_NEO4J_INSTANCE": settings.neo4j_instance,
           "GEOKG_NEO4J_BOLT_PORT": str(settings.neo4j_bolt_port)}
    return subprocess.run([sys.executable, "-m", "cli.main", *args], capture_output=True,
                          text=True, cwd=ROOT, env={k: v for k, v in env.items() if v},
                          timeout=600, check=False)


def _assert_same(expected: Database, got: Database) -> None:
    exp_nodes, exp_rels = dump(expected)
    got_nodes, got_rels = dump(got)
    assert sorted(got_nodes.keys() - exp_nodes.keys()) == []
    assert sorted(exp_nodes.keys() - got_nodes.keys()) == []
    diff = [k for k in exp_nodes if exp_nodes[k] != got_nodes[k]]
    assert not diff, (diff[:3], [exp_nodes[k] for k in diff[:1]], [got_nodes[k] for k in diff[:1]])
    assert got_rels == exp_rels, (list((exp_rels - got_rels).items())[:3],
                                  list((got_rels - exp_rels).items())[:3])


def test_cli_strict_bulk_with_a_malformed_line_writes_nothing(
        bulk_settings: Settings, tmp_path: Path) -> None:
    _empty(bulk_settings)
    res = _cli(bulk_settings, "load", "--bulk", "--strict", str(SAMPLE), str(MALFORMED))
    assert res.returncode == 1, res.stdout + res.stderr
    assert "strict mode: nothing written" in res.stderr
    assert f"'file': '{MALFORMED}', 'line': 2" in res.stderr
    assert f"'file': '{MALFORMED}', 'line': 4" in res.stderr
    assert "Traceback" not in res.stderr
    # a file with no well-formed line: refused before the server is stopped
    bad = tmp_path / "20241010123000.export.CSV"
    bad.write_text("\t".join(_rows(SEED_ACTORS)[0][:40]) + "\n", encoding="utf-8")
    res = _cli(bulk_settings, "load", "--bulk", str(bad))
    assert res.returncode == 1, res.stdout + res.stderr
    assert "nothing to import: no well-formed record (1 malformed line(s) skipped)" in res.stderr
    assert "'line': 1" in res.stderr and "Traceback" not in res.stderr
    with Database(bulk_settings) as bulk_db:
        assert counts(bulk_db) == (0, 0)  # the server runs and nothing was imported
    # the same check without a server: no CSV file is written
    with pytest.raises(InvalidInput, match="2 malformed GDELT line"):
        write_csv_with_gdelt([], [SAMPLE, MALFORMED], tmp_path / "csv", strict=True)
    assert not (tmp_path / "csv").exists()


def test_a_failed_import_leaves_the_database_empty_and_running(
        bulk_settings: Settings, tmp_path: Path) -> None:
    _empty(bulk_settings)
    with pytest.raises(GeokgError, match="restarted with it empty") as info:
        # a heap neo4j-admin's JVM refuses: the import itself fails
        bulk_load(bulk_settings, [], gdelt=[SEED_ACTORS], csv_dir=tmp_path / "csv", heap="1k")
    assert "neo4j-admin import failed" in info.value.message
    assert (tmp_path / "csv" / "gdelt-nodes-Event.csv").exists()  # kept, as said
    with Database(bulk_settings) as bulk_db:
        assert counts(bulk_db) == (0, 0)


def test_cli_bulk_refuses_mentions_files(bulk_settings: Settings, tmp_path: Path) -> None:
    mentions = ROOT / "data" / "gdelt" / "20170701234500.mentions.sample.CSV"
    res = _cli(bulk_settings, "load", "--bulk", str(SAMPLE), str(mentions))
    assert res.returncode != 0
    assert "load them afterwards without --bulk" in res.stderr


def test_bulk_documents_and_gdelt_equal_the_incremental_loaders(
        db: Database, bulk_settings: Settings, tmp_path: Path) -> None:
    """One bulk import of documents (the seed and a generated graph of 600 claims) and
    every GDELT file against the writer and ``load_gdelt_files``: one server restart for
    both paths. A second bulk load into the now full database is refused."""
    docs = bulk_docs()
    files = _files(tmp_path)
    wipe(db)
    for doc in docs:
        write_document(db, doc)
    expected = load_gdelt_files(db, files)
    assert expected["revised"] == 5 and expected["skipped"] == 3

    _empty(bulk_settings)
    result = bulk_load(bulk_settings, docs, gdelt=files, csv_dir=tmp_path / "csv")
    assert result["csv"]["documents"] == len(docs)
    got = result["gdelt"]
    for key in ("loaded", "skipped", "skipped_by_reason", "files", "actors_by_rule",
                "unmapped_codes", "interactions"):
        assert got[key] == expected[key], key
    assert got["revised"] == 5
    assert not (tmp_path / "csv").exists()  # removed after a successful import
    with Database(bulk_settings) as bulk_db:
        _assert_same(db, bulk_db)
        names = {r["name"] for r in bulk_db.read("SHOW CONSTRAINTS YIELD name RETURN name")}
        assert {"actor_id", "met_with_key"} <= names  # the schema is built after the import
        # GDELT's RUS is the seed's Russia, with the seed article's claims and GDELT's edges
        assert bulk_db.read(
            "MATCH (:Actor {id: 'russia'})-[r:INTERACTED_WITH]-() RETURN count(r) AS c"
        )[0]["c"] > 0
        assert bulk_db.read("MATCH (:Actor {id: 'russia'})-[:PARTICIPANT]->(e:Event) "
                            "WHERE e.type <> 'coded' RETURN count(e) AS c")[0]["c"] > 0
        # the revisions as docs/gdelt.md says: counts of the latest file, the rest first
        seed_event = f"gdelt:{_rows(SEED_ACTORS)[0][0]}"
        revised = bulk_db.read(
            "MATCH (e:Event {id: $id})<-[:ABOUT]-(:Claim)-[:SUPPORTED_BY]->(:Evidence)"
            "-[:FROM_SOURCE]->(s:Source) RETURN e.num_mentions AS n, e.avg_tone AS tone, "
            "e.gdelt_file AS f, e.gdelt_counts_file AS cf, collect(s.url) AS urls",
            {"id": seed_event})
        assert revised == [{"n": 40, "tone": -3.5, "f": "20241010120000",
                            "cf": "20241010121500", "urls": [_rows(SEED_ACTORS)[0][60]]}]
        early = bulk_db.read("MATCH (e:Event {id: $id}) RETURN e.num_mentions AS n, "
                             "e.gdelt_counts_file AS cf", {"id": f"gdelt:{_rows(SAMPLE)[4][0]}"})
        assert early == [{"n": int(_rows(SAMPLE)[4][31]), "cf": "20170701234500"}]
        # a revision adds nothing: not its outlet, not the actor it names
        assert bulk_db.read("MATCH (a:Actor) WHERE a.id IN ['fiji', 'media-wire.example.org',"
                            " 'media-other.example.net'] RETURN a.id") == []
        edges = bulk_db.read("MATCH ()-[r:INTERACTED_WITH]->() RETURN count(r) AS c")[0]["c"]
        assert edges == expected["interactions"] > 300
    with pytest.raises(InvalidInput, match="needs an empty database"):
        bulk_load(bulk_settings, docs[:1], csv_dir=tmp_path / "again")
