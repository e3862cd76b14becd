"""The ``neo4j`` CSV headers really import: ``geokg export --format csv --csv-header neo4j
--all`` of the seed and the wire reports, imported by ``neo4j-admin database import full``
into an emptied second instance (``<test instance>-bulk`` on ``GEOKG_TEST_BULK_PORT``),
gives the same actors, relationship types, dates, lists and quotes."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

import exports
from graph.db import Database
from graph.launcher import LocalNeo4j
from graph.settings import Settings
from loaders.bulk import CsvSet, admin_import
from loaders.extraction import load_file
from loaders.writer import write_document
from tests.conftest import TEST_INSTANCE, TEST_PORT

BULK_PORT = int(os.environ.get("GEOKG_TEST_BULK_PORT", str(TEST_PORT + 30)))
DATA = Path(__file__).resolve().parent / "data" / "export"
WIRE_QUOTE = ('"artillery shells, rockets and so-called\nadvisers" had reached Russia | '
              'by rail \\ and sea.')


@pytest.fixture(scope="module")
def bulk_server() -> Iterator[LocalNeo4j]:
    server = LocalNeo4j(Settings(neo4j_instance=f"{TEST_INSTANCE}-bulk",
                                 neo4j_bolt_port=BULK_PORT, neo4j_password=None,
                                 neo4j_uri=None))
    server.stop()
    for sub in ("databases", "transactions"):
        shutil.rmtree(server.dir / "data" / sub / "neo4j", ignore_errors=True)
    yield server
    if not os.environ.get("GEOKG_TEST_KEEP_NEO4J"):
        server.stop()


def test_neo4j_headers_import_with_neo4j_admin(seeded_db: Database, bulk_server: LocalNeo4j,
                                               tmp_path: Path) -> None:
    write_document(seeded_db, load_file(DATA / "wire-shells.yaml"))
    out = tmp_path / "neo4j-csv"
    nodes, edges = exports.write_file(exports.Format.CSV, exports.whole_graph(seeded_db), out,
                                      flavor="neo4j")
    csvs = CsvSet(out, multiline=True)
    csvs.nodes["Actor"].append(out / "nodes.csv")
    # the :TYPE column names each relationship's type; the default is never used
    csvs.relationships["UNTYPED"].append(out / "edges.csv")
    admin_import(bulk_server, csvs, heap="512m")
    report = (bulk_server.dir / "logs" / "import.report")
    assert not report.exists() or report.read_text().strip() == ""
    bulk_server.start()
    imported = Database(bulk_server.settings.model_copy(update={
        "neo4j_uri": bulk_server.uri, "neo4j_password": SecretStr(bulk_server.password())}))
    try:
        assert imported.read("MATCH (a:Actor) RETURN count(a) AS n")[0]["n"] == nodes
        assert imported.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"] == edges
        want = seeded_db.read("MATCH (:Actor)-[r]->(:Actor) RETURN type(r) AS t, count(*) AS n "
                              "ORDER BY t")
        got = imported.read("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t")
        assert got == want
        wire = imported.read(
            "MATCH (:Actor {id: 'north-korea'})-[r:SUPPLIED_ARMS_TO]->(:Actor {id: 'russia'}) "
            "WHERE r.key = 'wire-claim-shells:SUPPLIED_ARMS_TO:north-korea:russia' "
            "RETURN r.valid_from AS since, r.evidence_quotes AS quotes, r.sources AS sources, "
            "r.contested AS contested, r.asserted_by AS who")[0]
        assert str(wire["since"]) == "2024-11-01"
        assert wire["quotes"][0] == WIRE_QUOTE
        assert wire["quotes"][1].startswith("우크라이나")
        assert (wire["sources"], wire["contested"], wire["who"]) == (2, False, ["ukraine"])
        lavrov = imported.read("MATCH (a:Actor {id: 'sergey-lavrov'}) RETURN a.aliases AS al")
        assert "Сергей Лавров" in lavrov[0]["al"]
    finally:
        imported.close()
