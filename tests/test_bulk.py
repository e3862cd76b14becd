"""Bulk load (CSV + neo4j-admin import) builds the same graph as the shared writer.

The comparison of a whole bulk import of documents with the writer's graph is made
together with GDELT's in ``tests/test_bulk_gdelt.py`` (one server restart for both); this
module holds the document path's own cases and the bulk instance's fixture. Needs a Neo4j
instance of its own (the import stops and restarts it): ``<test instance>-bulk`` on
``GEOKG_TEST_BULK_PORT`` (default: the test port + 30).
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from bench.generate import generate
from graph.db import Database
from graph.launcher import LocalNeo4j
from graph.settings import Settings
from loaders.bulk import bulk_load, write_csv
from loaders.document import Document
from loaders.extraction import load_file
from tests.conftest import SEED_DIR, TEST_INSTANCE, TEST_PORT

BULK_PORT = int(os.environ.get("GEOKG_TEST_BULK_PORT", str(TEST_PORT + 30)))

pytestmark = pytest.mark.slow


def bulk_docs() -> list[Document]:
    """The seed and a generated graph of 600 claims."""
    seed = [load_file(p) for p in sorted(Path(SEED_DIR).glob("*.yaml"))]
    return seed + list(generate(600, seed=5, chunk_claims=80))


def _norm(props: dict[str, Any]) -> dict[str, Any]:
    # a CSV cell cannot hold an empty array: the bulk path leaves empty lists out
    return {k: v for k, v in props.items() if v != []}


def dump(db: Database) -> tuple[dict[tuple[str, str], dict[str, Any]], Counter[Any]]:
    """Every node by (label, key) with its properties; every relationship as a tuple."""
    nodes = {}
    for r in db.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p"):
        p = r["p"]
        nodes[(",".join(sorted(r["labels"])), p.get("id") or p["key"])] = _norm(p)
    rels: Counter[Any] = Counter()
    for r in db.read("MATCH (a)-[x]->(b) RETURN type(x) AS t, coalesce(a.id, a.key) AS a, "
                     "coalesce(b.id, b.key) AS b, properties(x) AS p"):
        props = tuple(sorted((k, tuple(v) if isinstance(v, list) else v)
                             for k, v in _norm(r["p"]).items()))
        rels[(r["t"], r["a"], r["b"], props)] += 1
    return nodes, rels


def _empty_store(server: LocalNeo4j) -> None:
    """Stop the bulk instance and delete its database's files (the next start or import
    begins from an empty store)."""
    server.stop()
    for sub in ("databases", "transactions"):
        shutil.rmtree(server.dir / "data" / sub / "neo4j", ignore_errors=True)


@pytest.fixture(scope="module")
def bulk_settings() -> Iterator[Settings]:
    s = Settings(neo4j_instance=f"{TEST_INSTANCE}-bulk", neo4j_bolt_port=BULK_PORT,
                 neo4j_password=None, neo4j_uri=None)
    server = LocalNeo4j(s)
    _empty_store(server)
    yield s.model_copy(update={"neo4j_password": SecretStr(server.password())})
    if not os.environ.get("GEOKG_TEST_KEEP_NEO4J"):
        server.stop()


def test_csv_quotes_commas_quotes_and_newlines(tmp_path: Path) -> None:
    doc = Document.model_validate({
        "sources": [{"id": "s", "title": 'A "quoted", title', "language": "en",
                     "text": "line one\nline two, with \"quotes\""}],
        "actors": [{"id": "a", "kind": "state", "name": "Alpha; Beta",
                    "aliases": [{"text": "A, the first"}]}],
    })
    out = write_csv([doc], tmp_path / "csv")
    assert out.csv.multiline  # the text spans lines: neo4j-admin is told so
    assert out.csv.node_counts == {"Source": 1, "Actor": 1, "Alias": 2}
    text = "".join(p.read_text() for p in out.csv.nodes["Source"])
    assert '"A ""quoted"", title"' in text


def _renamed_state_docs() -> list[Document]:
    """A reference document declaring a state ``deu`` (ISO3 DEU: the crosswalk's
    ``germany``), then a document naming ``deu`` without declaring it, as the generated
    benchmark graph's event chunks name the reference document's actors. It also names
    ``atlantis``, which no document declares."""
    src = {"id": "ref", "title": "reference", "language": "en", "text": "x"}
    ev = [{"source": "ref", "quote": "x", "language": "en"}]
    reference = Document.model_validate({
        "sources": [src],
        "actors": [{"id": "deu", "kind": "state", "name": "Teutonia",
                    "identifiers": {"iso3": "DEU"}},
                   {"id": "zzq", "kind": "state", "name": "Zaqqaria"}],
    })
    chunk = Document.model_validate({
        "events": [{"id": "ev-1", "type": "meeting", "participants": [
            {"actor": "deu", "role": "participant"}, {"actor": "zzq", "role": "participant"}]},
            {"id": "ev-2", "type": "meeting", "participants": [
                {"actor": "atlantis", "role": "participant"},
                {"actor": "zzq", "role": "participant"}]}],
        "claims": [
            {"id": "cl-1", "event": "ev-1", "certainty": "confirmed", "asserted_by": ["deu"],
             "evidence": ev},
            {"id": "cl-2", "certainty": "reported", "evidence": ev,
             "relation": {"type": "SUPPLIED_ARMS_TO", "source": "deu", "target": "zzq"}},
            {"id": "cl-3", "event": "ev-2", "certainty": "alleged", "evidence": ev}],
    })
    return [reference, chunk]


def test_a_later_document_naming_a_renamed_actor_reaches_it(
        bulk_settings: Settings, tmp_path: Path) -> None:
    """The 1M-relation benchmark graph was refused by neo4j-admin ("relationships
    referring to missing nodes", past its tolerance): the state ``deu`` became the
    crosswalk's ``germany`` as a node, while the later documents' edges still named
    ``deu``. They now follow it; an actor nobody declared is skipped and counted."""
    out = write_csv(_renamed_state_docs(), tmp_path / "csv")
    assert out.resolved == {"deu": "germany"}
    assert out.skipped == {"PARTICIPANT": 1, "MET_WITH": 1}  # atlantis's, nothing else
    ids: dict[str, set[str]] = {}
    for label, paths in out.csv.nodes.items():
        ids[label] = {line.split(",")[0] for p in paths
                      for line in p.read_text().splitlines()[1:]}
    for paths in out.csv.relationships.values():
        for p in paths:
            header, *rows = p.read_text().splitlines()
            start, end = (h.split("(")[1].rstrip(")") for h in header.split(",")[:2])
            for row in rows:
                a, b = row.split(",")[:2]
                assert a in ids[start] and b in ids[end], (p.name, row)

    _empty_store(LocalNeo4j(bulk_settings))
    bulk_load(bulk_settings, _renamed_state_docs(), csv_dir=tmp_path / "import")
    with Database(bulk_settings) as bulk_db:
        edges = bulk_db.read(
            "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id AS a, type(r) AS t, b.id AS b "
            "ORDER BY a, t, b")
        asserted = bulk_db.read("MATCH (:Claim {id: 'cl-1'})-[:ASSERTED_BY]->(a:Actor) "
                                "RETURN a.id AS id")
        parts = bulk_db.read("MATCH (a:Actor)-[:PARTICIPANT]->(:Event {id: 'ev-1'}) "
                             "RETURN a.id AS id ORDER BY id")
        actors = bulk_db.read("MATCH (a:Actor) RETURN a.id AS id ORDER BY id")
    assert [a["id"] for a in actors] == ["germany", "zzq"]
    assert [(e["a"], e["t"], e["b"]) for e in edges] == [
        ("germany", "MET_WITH", "zzq"), ("germany", "SUPPLIED_ARMS_TO", "zzq")]
    assert [a["id"] for a in asserted] == ["germany"]
    assert [p["id"] for p in parts] == ["germany", "zzq"]
