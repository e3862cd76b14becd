"""Session fixtures: a real Neo4j for every test that needs one.

When ``NEO4J_URI`` is set, tests use that server (with ``NEO4J_PASSWORD`` /
``GEOKG_NEO4J_PASSWORD``). Otherwise the local launcher starts a dedicated instance named
``test`` on port 7688 (``GEOKG_TEST_NEO4J_INSTANCE`` / ``GEOKG_TEST_NEO4J_PORT`` change
them), so a developer's own data is never touched. A missing Java or Maven fails the tests
loudly: nothing is skipped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from pydantic import SecretStr

from graph.db import Database
from graph.launcher import LocalNeo4j
from graph.schema import apply_schema
from graph.settings import Settings

# fixtures of the API tests' hand-built graph (fixture_db, client)
pytest_plugins = ["tests.api_fixture_graph"]

TEST_INSTANCE = os.environ.get("GEOKG_TEST_NEO4J_INSTANCE", "test")
TEST_PORT = int(os.environ.get("GEOKG_TEST_NEO4J_PORT", "7688"))


def _local_settings() -> Settings:
    return Settings(neo4j_password=None, neo4j_uri=None, neo4j_bolt_port=TEST_PORT,
                    neo4j_instance=TEST_INSTANCE)


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[LocalNeo4j | None]:
    """The local test server (None when NEO4J_URI points at an external one)."""
    if os.environ.get("NEO4J_URI"):
        yield None
        return
    server = LocalNeo4j(_local_settings())
    started, _ = server.start()
    yield server
    if started and not os.environ.get("GEOKG_TEST_KEEP_NEO4J"):
        server.stop()


@pytest.fixture(scope="session")
def settings(neo4j_server: LocalNeo4j | None) -> Settings:
    if neo4j_server is None:
        return Settings()
    return _local_settings().model_copy(
        update={"neo4j_uri": neo4j_server.uri,
                "neo4j_password": SecretStr(neo4j_server.password())}
    )


@pytest.fixture(scope="session")
def db(settings: Settings) -> Iterator[Database]:
    database = Database(settings)
    apply_schema(database)
    yield database
    database.close()


def wipe(db: Database) -> None:
    """Delete every node and relationship (schema stays)."""
    db.write(lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())


@pytest.fixture
def clean_db(db: Database) -> Database:
    """The database emptied before the test."""
    wipe(db)
    return db


def counts(db: Database) -> tuple[int, int]:
    """(node count, relationship count)."""
    n = db.read("MATCH (n) RETURN count(n) AS c")[0]["c"]
    r = db.read("MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"]
    return n, r


SEED_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        "data", "seed")


def load_seed(db: Database) -> None:
    """Wipe the database and load every document of the seed dataset."""
    from pathlib import Path

    from loaders.extraction import load_file
    from loaders.writer import write_document

    wipe(db)
    for path in sorted(Path(SEED_DIR).glob("*.yaml")):
        write_document(db, load_file(path))


@pytest.fixture(scope="module")
def seeded_db(db: Database) -> Database:
    """The seed dataset freshly loaded (module-scoped: tests using it must not write)."""
    load_seed(db)
    return db
