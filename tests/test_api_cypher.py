"""POST /cypher: answers reads, refuses everything else, stops long queries; each guard alone."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph import cypher_guard
from graph.db import Database
from graph.errors import InvalidInput, QueryRejected, QueryTimedOut
from graph.settings import Settings
from tests.api_fixture_graph import (
    NODE_KEYS,
    assert_edge_contract,
)
from tests.conftest import counts

pytestmark = pytest.mark.usefixtures("fixture_db")



TIMEOUT_S = 1.0


@pytest.fixture(scope="module")
def strict_client(settings: Settings) -> Iterator[TestClient]:
    """The app with a one-second query limit and a small response budget."""
    tight = settings.model_copy(update={"query_timeout_s": TIMEOUT_S,
                                        "cypher_max_response_bytes": 4096})
    with TestClient(create_app(tight)) as c:
        yield c


def post(client: TestClient, query: str, **body: Any) -> Any:
    return client.post("/cypher", json={"query": query, **body})


# --- reads ------------------------------------------------------------------------------


def test_count_answers(client: TestClient, fixture_db: Database) -> None:
    r = post(client, "MATCH (n) RETURN count(n)")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["columns"] == ["count(n)"]
    assert body["rows"] == [[counts(fixture_db)[0]]]
    assert body["truncated"] is False and body["graph"] is None


def test_nodes_relationships_and_paths_become_a_graph(client: TestClient) -> None:
    r = post(client, "MATCH p = (a:Actor {id: $id})-[r:SUPPLIED_ARMS_TO]->(b) "
                     "RETURN p, r, a.name AS name ORDER BY r.certainty",
             params={"id": "north-korea"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["columns"] == ["p", "r", "name"] and len(body["rows"]) == 2
    path, rel, name = body["rows"][0]
    assert name == "North Korea"
    assert [n["properties"]["id"] for n in path["nodes"]] == ["north-korea", "russia"]
    assert rel["type"] == "SUPPLIED_ARMS_TO" and rel["properties"]["certainty"] == "denied"
    g = body["graph"]
    assert {n["id"] for n in g["nodes"]} == {"north-korea", "russia"}
    assert all(set(n) == NODE_KEYS for n in g["nodes"])
    assert sorted(e["certainty"] for e in g["edges"]) == ["denied", "reported"]
    for e in g["edges"]:
        assert_edge_contract(e)
        assert (e["source"], e["target"]) == ("north-korea", "russia")
        assert e["evidence"], "evidence fetched from evidence_ids"


def test_relationship_alone_brings_its_endpoints(client: TestClient) -> None:
    body = post(client, "MATCH (:Actor {id:'nato'})-[r]->(:Actor) RETURN r").json()
    g = body["graph"]
    assert {n["id"] for n in g["nodes"]} == {"nato", "north-korea"}
    assert g["edges"][0]["source"] == "nato" and g["edges"][0]["target"] == "north-korea"


def test_values_are_json_safe(client: TestClient) -> None:
    r = post(client, "RETURN date('2024-06-18') AS d, datetime('2024-06-18T10:00:00Z') AS t, "
                     "duration('P1DT2H') AS du, point({x: 1, y: 2}) AS p, 0.0 / 0.0 AS nan, "
                     "[1, 'a', null] AS l, {k: date('2024-01-01')} AS m")
    assert r.status_code == 200, r.text
    d, t, du, p, nan, lst, m = r.json()["rows"][0]
    assert d == "2024-06-18" and t.startswith("2024-06-18T10:00:00") and du == "P1DT2H"
    assert p == {"srid": 7203, "coordinates": [1.0, 2.0]} and nan == "nan"
    assert lst == [1, "a", None] and m == {"k": "2024-01-01"}


def test_row_cap_truncates(client: TestClient, settings: Settings) -> None:
    body = post(client, "UNWIND range(1, 50) AS x RETURN x", limit=3).json()
    assert body["rows"] == [[1], [2], [3]] and body["truncated"] is True
    body = post(client, "UNWIND range(1, $n) AS x RETURN x",
                params={"n": settings.cypher_row_cap + 5}, limit=10**9).json()
    assert len(body["rows"]) == settings.cypher_row_cap and body["truncated"] is True
    body = post(client, "UNWIND range(1, 3) AS x RETURN x", limit=3).json()
    assert body["truncated"] is False


def test_response_size_cap(strict_client: TestClient) -> None:
    body = post(strict_client, "UNWIND range(1, 1000) AS x RETURN x, '" + "a" * 100 + "'").json()
    assert body["truncated"] is True and 0 < len(body["rows"]) < 1000
    r = post(strict_client, "RETURN '" + "a" * 5000 + "' AS big")
    assert r.status_code == 403 and r.json()["error"]["details"]["guard"] == "response_size"


def test_keywords_inside_strings_and_comments_are_data(client: TestClient) -> None:
    r = post(client, "// CREATE (:X)\nRETURN 'CREATE (:X); LOAD CSV' AS s, $p AS p /* DROP */",
             params={"p": "MERGE"})
    assert r.status_code == 200, r.text
    assert r.json()["rows"] == [["CREATE (:X); LOAD CSV", "MERGE"]]
    r = post(client, "MATCH (n:Actor) WHERE n.name STARTS WITH 'Se' RETURN n.id AS `set`")
    assert r.status_code == 200 and r.json()["rows"] == [["sergey-lavrov"]]
    r = post(client, "CALL db.labels() YIELD label RETURN label ORDER BY label")
    assert r.status_code == 200 and ["Actor"] in r.json()["rows"]


@pytest.mark.parametrize(("query", "location"), [
    ("MATCH (n RETURN n", "query"),
    ("RETURN 1 / 0", "query"),
    ("MATCH (n) WHERE n.id = $missing RETURN n", "query"),
    ("RETURN $x", "params"),
])
def test_broken_queries_are_422(client: TestClient, query: str, location: str) -> None:
    body: dict[str, Any] = {"params": {"x": 2**70}} if location == "params" else {}
    r = post(client, query, **body)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["details"][0]["location"] == location


def test_request_body_is_validated(client: TestClient) -> None:
    assert client.post("/cypher", json={}).status_code == 422
    r = client.post("/cypher", json={"query": "RETURN 1", "limit": 0})
    assert r.status_code == 422
    assert r.json()["error"]["details"][0]["location"] == "body.limit"
    assert client.post("/cypher", json={"query": "   "}).status_code == 422


# --- refusals ---------------------------------------------------------------------------

HOSTILE = [
    "CREATE (:X)",
    "MERGE (n:X) RETURN n",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n) DELETE n",
    "MATCH (n) SET n.hacked = true",
    "MATCH (n:Actor) REMOVE n.name",
    "MATCH (n) FOREACH (x IN [1] | CREATE (:X))",
    "CREATE INDEX x_a IF NOT EXISTS FOR (n:X) ON (n.a)",
    "DROP INDEX actor_cameo",
    "DROP CONSTRAINT actor_id",
    "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r",
    "LOAD/**/CSV FROM 'http://169.254.169.254/latest/meta-data/' AS r RETURN r",
    "CALL dbms.security.listUsers()",
    "CALL dbms.components()",
    "CALL db.createLabel('X')",
    "CALL `db`.`createLabel`('X')",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    "USE system SHOW USERS",
    "USE neo4j MATCH (n) RETURN n",
    "SHOW TRANSACTIONS",
    "SHOW DATABASES",
    "CALL { CREATE (:X) } IN TRANSACTIONS",
    "UNWIND range(1, 3) AS i CALL (i) { MATCH (n) RETURN n } IN TRANSACTIONS OF 1 ROWS RETURN 1",
    "CREATE USER mallory SET PASSWORD 'secret-secret'",
    "GRANT ALL ON DATABASE * TO PUBLIC",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "STOP DATABASE neo4j",
    "MATCH (n) RETURN n; CREATE (:X)",
    "cReAtE (:X)",
    "PROFILE MATCH (n) RETURN n",
    "INSERT (:X)",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_writes_admin_and_files_are_refused(client: TestClient, fixture_db: Database,
                                            query: str) -> None:
    before = counts(fixture_db)
    r = post(client, query)
    assert r.status_code == 403, r.text
    assert r.json()["error"]["code"] == "query_rejected"
    assert counts(fixture_db) == before
    assert fixture_db.read("MATCH (n:X) RETURN count(n) AS c")[0]["c"] == 0
    assert post(client, "RETURN 1 AS one").json()["rows"] == [[1]]


# --- each guard on its own --------------------------------------------------------------


@pytest.mark.parametrize("query", HOSTILE)
def test_text_guard_alone(query: str) -> None:
    with pytest.raises(QueryRejected):
        cypher_guard.check_text(query)


def test_skeleton_blanks_strings_comments_and_names() -> None:
    bare = cypher_guard.skeleton("RETURN 'a\\'b' /* x */ + \"c\" // y\n, `we``ird` AS z")
    assert bare == "RETURN ''   + ''  \n, x AS z"


@pytest.mark.parametrize("newline", ["\n", "\r", "\u2028", "\u2029"])
def test_any_line_terminator_ends_a_comment(newline: str) -> None:
    with pytest.raises(QueryRejected, match="CREATE"):
        cypher_guard.check_text(f"MATCH (n) // note{newline}CREATE (x) RETURN n")


@pytest.mark.parametrize(("query", "qtype"), [
    ("MATCH (n) RETURN count(n)", "r"),
    ("CREATE (:X)", "w"),
    ("MERGE (n:X) RETURN n", "rw"),
    ("CREATE INDEX x_a IF NOT EXISTS FOR (n:X) ON (n.a)", "s"),
])
def test_plan_guard_alone_reads_the_query_type(fixture_db: Database, query: str,
                                               qtype: str) -> None:
    with cypher_guard._read_session(fixture_db, fetch_size=1) as session:
        assert cypher_guard.plan_query_type(session, query, {}) == qtype


def test_plan_guard_refuses_when_the_text_guard_is_off(fixture_db: Database,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # both text guards off (this module's and the allow-list of graph.cypher_policy)
    monkeypatch.setattr(cypher_guard, "check_text", lambda query: None)
    monkeypatch.setattr("graph.cypher_policy.check_query", lambda *args, **kwargs: None)
    before = counts(fixture_db)
    for query in ("CREATE (:X)", "MATCH (n) DETACH DELETE n", "CALL db.createLabel('X')"):
        with pytest.raises(QueryRejected) as exc:
            cypher_guard.run_read_only(fixture_db, query, {})
        assert exc.value.details["guard"] == "plan"
    assert counts(fixture_db) == before


@pytest.mark.parametrize("query", [
    "CREATE (:X)", "MATCH (n) DETACH DELETE n", "MERGE (n:X) RETURN n",
    "CREATE INDEX x_a IF NOT EXISTS FOR (n:X) ON (n.a)", "CALL db.createLabel('X')",
    "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r",
])
def test_read_transaction_alone_refuses_writes(fixture_db: Database, query: str) -> None:
    before = counts(fixture_db)
    with pytest.raises(QueryRejected):
        cypher_guard.execute_read(fixture_db, query, {}, 10, 5.0)
    assert counts(fixture_db) == before
    assert fixture_db.read("SHOW INDEXES YIELD name WHERE name = 'x_a' RETURN name") == []


# --- time limit -------------------------------------------------------------------------


def running(db: Database, marker: str) -> list[Any]:
    return db.read("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $m "
                   "AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS' RETURN currentQuery",
                   {"m": marker})


@pytest.mark.parametrize("query", [
    "MATCH (a), (b), (c), (d), (e) WHERE a.id < b.id RETURN count(*) AS n, '{marker}' AS m",
    "MATCH (a), (b), (c), (d), (e) WHERE a.name <> b.name "
    "RETURN count(DISTINCT e) AS n, '{marker}' AS m",
    "MATCH (a)--(b), (c), (d), (e) WITH a, c, d, e WHERE a.id <> c.id "
    "RETURN count(*) AS n, '{marker}' AS m",
])
def test_long_query_is_stopped_and_the_server_answers_next(
    strict_client: TestClient, fixture_db: Database, query: str
) -> None:
    marker = f"timeout-{uuid.uuid4().hex[:8]}"
    start = time.monotonic()
    r = post(strict_client, query.replace("{marker}", marker))
    elapsed = time.monotonic() - start
    assert r.status_code == 408, r.text
    assert r.json()["error"]["code"] == "query_timeout"
    assert elapsed < TIMEOUT_S + 1, elapsed
    # the server killed it: it is not running on in the background
    deadline = time.monotonic() + 2
    while running(fixture_db, marker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running(fixture_db, marker) == []
    start = time.monotonic()
    nxt = post(strict_client, "MATCH (n:Actor) RETURN count(n) AS c")
    assert nxt.status_code == 200 and nxt.json()["rows"] == [[15]]
    assert time.monotonic() - start < 1


def test_execute_read_timeout_raises(fixture_db: Database) -> None:
    with pytest.raises(QueryTimedOut):
        cypher_guard.execute_read(
            fixture_db, "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b "
                        "UNWIND range(1, 3000) AS c RETURN count(*)", {}, 10, 0.5)


def test_empty_query_is_invalid() -> None:
    with pytest.raises(InvalidInput):
        cypher_guard.check_text(" \n ")
