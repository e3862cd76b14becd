"""Hostile analysts' Cypher: refused or stopped within its limit, data untouched, server fine.

The battery runs through ``POST /cypher`` and ``POST /viz/cypher`` against the seed data
on a real Neo4j. Then each guard is shown to hold on its own (the allow-list without the
server, the read transaction without the allow-list, the plan check), and a canary HTTP
listener proves ``LOAD CSV`` from a URL is refused before Neo4j could fetch anything.
"""

from __future__ import annotations

import http.server
import json
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

import neo4j
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph import cypher_guard
from graph.cypher_policy import RANGE_BUDGET, check_query, refusals, tokenize
from graph.db import Database
from graph.errors import InvalidInput, QueryRejected
from graph.settings import Settings
from tests.security_support import fingerprint, free_port

TIMEOUT_S = 2.0
ROW_CAP = 1000
RESPONSE_BYTES = 200_000


@pytest.fixture(scope="module")
def client(settings: Settings, seeded_db: Database) -> Iterator[TestClient]:
    s = settings.model_copy(update={"query_timeout_s": TIMEOUT_S, "cypher_row_cap": ROW_CAP,
                                    "cypher_max_response_bytes": RESPONSE_BYTES})
    with TestClient(create_app(s)) as c:
        yield c


def healthy(client: TestClient, db: Database) -> None:
    """The server answers the next request normally, with the right answer."""
    r = client.post("/cypher", json={"query": "MATCH (n) RETURN count(n) AS c"})
    assert r.status_code == 200, r.text
    assert r.json()["rows"] == [[db.read("MATCH (n) RETURN count(n) AS c")[0]["c"]]]
    assert client.get("/health").status_code == 200


def no_analyst_query_running(db: Database, marker: str) -> bool:
    """True once no transaction running ``marker`` is left on the server."""
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        rows = db.read("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery")
        if not any(marker in (r["currentQuery"] or "") for r in rows):
            return True
        time.sleep(0.2)
    return False


# (name, query, params) refused before anything runs: 403 from the allow-list
REFUSED: list[tuple[str, str, dict[str, Any]]] = [
    ("create", "CREATE (:Pwned {x: 1})", {}),
    ("merge", "MERGE (a:Actor {id: 'pwned'}) RETURN a", {}),
    ("detach delete", "MATCH (n) DETACH DELETE n", {}),
    ("delete rels", "MATCH ()-[r]->() DELETE r", {}),
    ("set property", "MATCH (a:Actor) SET a.name = 'pwned'", {}),
    ("set label", "MATCH (a:Actor) SET a:Pwned", {}),
    ("remove", "MATCH (a:Actor) REMOVE a.name", {}),
    ("foreach", "MATCH (a:Actor) WITH collect(a) AS xs FOREACH (x IN xs | SET x.p = 1)", {}),
    ("in transactions", "UNWIND range(1, 3) AS i CALL (i) { CREATE (:Pwned {i: i}) } "
                        "IN TRANSACTIONS OF 1 ROW", {}),
    ("in transactions read", "MATCH (n) CALL (n) { RETURN n AS m } IN TRANSACTIONS RETURN m",
     {}),
    ("create index", "CREATE INDEX pwned IF NOT EXISTS FOR (n:Actor) ON (n.pwned)", {}),
    ("drop constraint", "DROP CONSTRAINT actor_id", {}),
    ("create constraint", "CREATE CONSTRAINT pwned FOR (n:Pwned) REQUIRE n.id IS UNIQUE", {}),
    ("use system", "USE system SHOW USERS", {}),
    ("use in subquery", "MATCH (n) CALL { USE system MATCH (x) RETURN x } RETURN n", {}),
    ("show transactions", "SHOW TRANSACTIONS", {}),
    ("terminate", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", {}),
    ("show databases", "SHOW DATABASES", {}),
    ("stop database", "STOP DATABASE neo4j", {}),
    ("alter user", "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'b'", {}),
    ("grant", "GRANT ROLE admin TO neo4j", {}),
    ("load csv file", "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", {}),
    ("load csv metadata", "LOAD CSV FROM 'http://169.254.169.254/latest/meta-data/iam/' "
                          "AS r RETURN r", {}),
    ("load csv param url", "LOAD CSV WITH HEADERS FROM $url AS r RETURN r",
     {"url": "http://169.254.169.254/"}),
    ("dbms listUsers", "CALL dbms.security.listUsers()", {}),
    ("dbms listConfig", "CALL dbms.listConfig() YIELD name, value RETURN name, value", {}),
    ("dbms setConfig", "CALL dbms.setConfigValue('db.transaction.timeout', '0')", {}),
    ("db createLabel", "CALL db.createLabel('Pwned')", {}),
    ("quoted procedure", "CALL `dbms`.`security`.`listUsers`()", {}),
    ("apoc function", "RETURN apoc.cypher.runFirstColumnSingle('CREATE (n) RETURN n', {})",
     {}),
    ("comment splits keyword", "MATCH (n) DETACH/**/DELETE n", {}),
    ("mixed case", "match (n) DeTaCh DeLeTe n", {}),
    ("line separator ends comment", "MATCH (n) RETURN n // note\u2028CREATE (:Pwned)", {}),
    ("two statements", "MATCH (n) RETURN n; CREATE (:Pwned)", {}),
    ("explain prefix", "EXPLAIN CREATE (:Pwned)", {}),
    ("profile prefix", "PROFILE MATCH (n) SET n.x = 1", {}),
    ("cypher options", "CYPHER runtime=slotted CREATE (:Pwned)", {}),
    ("union write", "MATCH (n) RETURN n.id AS x UNION CREATE (p:Pwned) RETURN p.id AS x", {}),
    ("huge range collect", "UNWIND range(1, 200000000) AS x RETURN collect(x) AS xs", {}),
    ("huge range comprehension", "RETURN size([x IN range(1, 50000000) | x]) AS n", {}),
    ("huge range by parameter", "RETURN size([x IN range(1, $n) | x]) AS n", {"n": 10**9}),
    ("computed range bound", "WITH 1000 AS a RETURN size([x IN range(1, a*a*a) | x]) AS n",
     {}),
    ("doubling reduce", "RETURN size(reduce(s = 'x', i IN range(1, 64) | s + s)) AS n", {}),
    ("nested independent comprehension", "MATCH (a), (b) WITH collect(a.id) AS xs "
                                         "RETURN size([x IN xs | [y IN xs | y]]) AS n", {}),
]

# (name, query) allowed by the allow-list but too expensive: the server stops them
EXPENSIVE: list[tuple[str, str]] = [
    ("cartesian product", "MATCH (a), (b), (c), (d) "
                          "RETURN sum(size(coalesce(a.id, '') + b.id + c.id + d.id)) AS n"),
    ("unbounded var-length", "MATCH p = (a)-[*]-(b) RETURN count(p) AS n"),
    ("quantified path", "MATCH p = (a)(()--())+(b) RETURN count(p) AS n"),
    ("cartesian collect", "MATCH (a), (b), (c) WITH collect([a, b, c]) AS xs "
                          "RETURN size(xs) AS n"),
    ("unbounded collect", "MATCH (a), (b), (c), (d) RETURN size(collect(a.id + b.id)) AS n"),
]


@pytest.mark.parametrize("endpoint", ["/cypher", "/viz/cypher"])
@pytest.mark.parametrize(("name", "query", "params"), REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_before_running(client: TestClient, seeded_db: Database, endpoint: str,
                                name: str, query: str, params: dict[str, Any]) -> None:
    before = fingerprint(seeded_db)
    t0 = time.monotonic()
    r = client.post(endpoint, json={"query": query, "params": params})
    elapsed = time.monotonic() - t0
    assert r.status_code == 403, f"{name}: {r.status_code} {r.text[:300]}"
    err = r.json()["error"]
    assert err["code"] == "query_rejected"
    assert err["details"]["guard"] == "allow_list"  # the first guard refused it
    assert err["details"]["refused"], "the answer names what was refused"
    assert elapsed < 1.0  # refused up front: nothing was fetched or computed
    assert fingerprint(seeded_db) == before
    healthy(client, seeded_db)


@pytest.mark.parametrize("endpoint", ["/cypher", "/viz/cypher"])
@pytest.mark.parametrize(("name", "query"), EXPENSIVE, ids=[e[0] for e in EXPENSIVE])
def test_expensive_queries_are_stopped_within_their_limit(
        client: TestClient, seeded_db: Database, endpoint: str, name: str, query: str) -> None:
    assert refusals(query) == []  # allowed by the allow-list: the other guards must act
    marker = f"/* hostile {name} {endpoint} */"
    before = fingerprint(seeded_db)
    t0 = time.monotonic()
    r = client.post(endpoint, json={"query": f"{query} {marker}"})
    elapsed = time.monotonic() - t0
    # 408: the time limit; 403: the transaction memory limit
    assert r.status_code in (403, 408), f"{name}: {r.status_code} {r.text[:300]}"
    assert r.json()["error"]["code"] in ("query_timeout", "query_rejected")
    assert elapsed < TIMEOUT_S + 1.0, f"{name} took {elapsed:.1f}s"
    assert no_analyst_query_running(seeded_db, marker), "the query still runs on the server"
    assert fingerprint(seeded_db) == before
    healthy(client, seeded_db)


def test_the_battery_is_large_enough() -> None:
    assert len(REFUSED) + len(EXPENSIVE) >= 25


def test_row_cap_truncates(client: TestClient) -> None:
    r = client.post("/cypher", json={"query": "UNWIND range(1, 100000) AS x RETURN x"})
    assert r.status_code == 200
    body = r.json()
    assert body["truncated"] is True and len(body["rows"]) == ROW_CAP
    r = client.post("/cypher", json={"query": "UNWIND range(1, 100) AS x RETURN x", "limit": 7})
    assert r.json()["truncated"] is True and len(r.json()["rows"]) == 7


def test_response_size_cap_truncates(client: TestClient) -> None:
    query = "UNWIND range(1, 500) AS i RETURN i, [x IN range(1, 200) | 'abcdefghij'] AS filler"
    r = client.post("/cypher", json={"query": query})
    assert r.status_code == 200
    body = r.json()
    assert body["truncated"] is True
    assert 0 < len(body["rows"]) < 500
    # the cap counts each row's compact JSON
    rows_bytes = sum(len(json.dumps(row, separators=(",", ":"))) for row in body["rows"])
    assert rows_bytes <= RESPONSE_BYTES


def test_one_row_over_the_size_cap_is_refused(client: TestClient) -> None:
    r = client.post("/cypher", json={
        "query": "RETURN [x IN range(1, 50000) | 'abcdefghij'] AS big"})
    assert r.status_code == 403
    assert r.json()["error"]["details"]["guard"] == "response_size"


# --- each guard on its own --------------------------------------------------------------

WRITES = ["CREATE (:Pwned)", "MATCH (n) DETACH DELETE n", "MATCH (a:Actor) SET a.name = 'x'",
          "MERGE (:Pwned {id: 1})", "CREATE INDEX pwned2 FOR (n:Pwned) ON (n.id)"]


@pytest.mark.parametrize("query", WRITES)
def test_read_transaction_alone_refuses_writes(seeded_db: Database, query: str) -> None:
    """Without the allow-list and the plan check, the read transaction still refuses."""
    before = fingerprint(seeded_db)
    with pytest.raises((QueryRejected, InvalidInput)):
        cypher_guard.execute_read(seeded_db, query, {}, row_cap=10, timeout_s=5)
    assert fingerprint(seeded_db) == before


@pytest.mark.parametrize(("query", "qtypes"), [
    ("CREATE (:Pwned)", {"w"}), ("MATCH (a:Actor) SET a.x = 1", {"w", "rw"}),
    ("CREATE INDEX pwned3 FOR (n:Pwned) ON (n.id)", {"s"}), ("MATCH (n) RETURN n", {"r"}),
    # LOAD CSV plans as a read: only the allow-list keeps it from running
    ("LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS r RETURN r", {"r"}),
])
def test_plan_check_sees_the_query_type(seeded_db: Database, query: str,
                                        qtypes: set[str]) -> None:
    with seeded_db.driver.session(database=seeded_db.name,
                                  default_access_mode=neo4j.READ_ACCESS) as session:
        assert cypher_guard.plan_query_type(session, query, {}) in qtypes


def test_allow_list_alone_refuses_every_write_of_the_battery() -> None:
    for _, query, params in REFUSED:
        assert refusals(query, params), query
    for query in WRITES:
        with pytest.raises(QueryRejected):
            check_query(query)


# --- LOAD CSV never fetches -------------------------------------------------------------

class _Canary(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        _Canary.hits.append(self.path)
        body = b"a,b\n1,2\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def canary() -> Iterator[str]:
    port = free_port()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), _Canary)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Canary.hits = []
    yield f"http://127.0.0.1:{port}"
    server.shutdown()


def test_load_csv_is_refused_before_neo4j_fetches(client: TestClient, seeded_db: Database,
                                                  canary: str) -> None:
    # control: Neo4j Community really does fetch URLs (so a refusal that came after the
    # query reached the server would leave a hit)
    with seeded_db.driver.session(database=seeded_db.name,
                                  default_access_mode=neo4j.READ_ACCESS) as session:
        rows = session.execute_read(lambda tx: tx.run(
            f"LOAD CSV FROM '{canary}/control.csv' AS r RETURN r").data())  # type: ignore[arg-type]
    assert rows and _Canary.hits == ["/control.csv"]
    for endpoint in ("/cypher", "/viz/cypher"):
        for query, params in [
            (f"LOAD CSV FROM '{canary}/api.csv' AS r RETURN r", {}),
            ("LOAD CSV WITH HEADERS FROM $u AS r RETURN r", {"u": f"{canary}/param.csv"}),
            (f"MATCH (n) WITH n LIMIT 1 CALL (n) {{ LOAD CSV FROM '{canary}/sub.csv' AS r "
             "RETURN r } RETURN r", {}),
            (f"load /* x */ csv from '{canary}/lower.csv' as r return r", {}),
        ]:
            r = client.post(endpoint, json={"query": query, "params": params})
            assert r.status_code == 403, r.text
    time.sleep(0.5)
    assert _Canary.hits == ["/control.csv"]


# --- the tokenizer and the allow-list, without a server ----------------------------------

@pytest.mark.parametrize("query", [
    "MATCH (a:Actor) WHERE a.name STARTS WITH 'S' RETURN a ORDER BY a.name SKIP 1 LIMIT 5",
    "OPTIONAL MATCH (a:Actor)-[r]->(b) RETURN a, r, b",
    "MATCH (a) WHERE EXISTS { MATCH (a)-->(b) } AND COUNT { (a)--() } > 1 RETURN a",
    "MATCH (a) RETURN COLLECT { MATCH (a)--(b) RETURN b.name } AS names",
    "MATCH (a) CALL (a) { MATCH (a)--(b) RETURN count(b) AS c } RETURN a, c",
    "MATCH (a) CALL { WITH a RETURN a.id AS x } RETURN x",
    "MATCH p = SHORTEST 1 (a:Actor {id: $a})-[r]-+(b:Actor {id: $b}) RETURN p",
    "MATCH p = allShortestPaths((a:Actor)-[*..4]-(b:Actor)) RETURN p",
    "UNWIND [1, 2, 3] AS x RETURN x UNION ALL RETURN 4 AS x",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.index.fulltext.queryNodes('actor_search', 'korea') YIELD node, score "
    "RETURN node.id, score",
    "RETURN date.truncate('month', date('2024-06-18')) AS d, duration.between(date(), date())",
    "MATCH (n) RETURN n.name AS `create`, 'DELETE everything' AS s // SET\n",
    "MATCH (n) /* MERGE */ RETURN n.id AS start, n.kind AS stop",
    "MATCH (n:Actor) USING INDEX n:Actor(id) WHERE n.id = 'x' RETURN n",
    "MATCH p = ()-->() RETURN [i IN range(0, size(nodes(p)) - 1) | i] AS idx",
    "RETURN reduce(total = 0, x IN [1, 2, 3] | total + x) AS sum",
    "MATCH p = ()-->() WITH collect(p) AS ps RETURN [p IN ps | [n IN nodes(p) | n.name]]",
    "MATCH p = ()-->() RETURN all(r IN relationships(p) WHERE any(k IN keys(r) WHERE k = 'x'))",
    "MATCH (n) RETURN n;",
])
def test_allow_list_accepts_read_queries(query: str) -> None:
    assert refusals(query) == []


@pytest.mark.parametrize(("query", "named"), [
    ("MATCH (n) DETACH DELETE n", "DETACH DELETE"),
    ("SHOW TRANSACTIONS", "SHOW TRANSACTIONS"),
    ("USE system MATCH (n) RETURN n", "USE system"),
    ("CALL dbms.components()", "procedure dbms.components"),
    ("START DATABASE neo4j", "START DATABASE"),
    ("MATCH (n) RETURN {set: 1}", "SET"),  # a map key named like a clause: quote it
    ("MATCH (n) RETURN n UNION ALL CREATE (m) RETURN m", "CREATE"),
    (f"RETURN range(1, {RANGE_BUDGET + 1})", f"range() of {RANGE_BUDGET + 1:,} elements"),
    ("UNWIND range(1, 1000) AS a UNWIND range(1, 1001) AS b RETURN a, b",
     "range() calls too large together"),
])
def test_allow_list_names_what_it_refuses(query: str, named: str) -> None:
    with pytest.raises(QueryRejected) as exc:
        check_query(query)
    assert named in [r["refused"] for r in exc.value.details["refused"]]
    assert named in exc.value.message


@pytest.mark.parametrize("query", [
    "MATCH (n) RETURN 'unterminated", "MATCH (n) RETURN n /* open", "MATCH (n RETURN n",
    "MATCH (n) RETURN n]", "MATCH (n) RETURN `open", "MATCH (n) RETURN n\u200bCREATE (m)",
    "MATCH (n) RETURN $", "   ", "// only a comment",
])
def test_unreadable_queries_are_422(query: str) -> None:
    with pytest.raises(InvalidInput):
        check_query(query)


def test_tokenizer_reads_strings_comments_and_names() -> None:
    toks = tokenize("MATCH (n) /* c */ WHERE n.x = 'it\\'s // not' AND n.`we``ird` = $p "
                    "// CREATE\nRETURN n")
    words = [t.text for t in toks if t.kind.value == "word"]
    assert "CREATE" not in words and words.count("n") == 4
    assert [t.text for t in toks if t.kind.value == "string"] == ["it\\'s // not"]
    assert [t.text for t in toks if t.kind.value == "name"] == ["we`ird"]
    assert [t.text for t in toks if t.kind.value == "param"] == ["p"]


# --- a memory error is final: the analyst path's retry budget ----------------------------

MEMORY_HOG = "MATCH (a), (b), (c) WITH collect([a.id, b.id, c.id]) AS xs RETURN size(xs) AS n"


def test_memory_error_is_not_retried_for_long(settings: Settings, seeded_db: Database,
                                              caplog: pytest.LogCaptureFixture) -> None:
    """Neo4j calls a memory-limit error transient, so a driver would retry it for 30 s by
    default; the analyst path gives up after ``cypher_retry_time_s`` (one retry here)."""
    assert refusals(MEMORY_HOG) == []
    s = settings.model_copy(update={"query_timeout_s": 120.0, "cypher_retry_time_s": 1.0})
    with TestClient(create_app(s)) as c, caplog.at_level(logging.WARNING, logger="neo4j"):
        t0 = time.monotonic()
        r = c.post("/cypher", json={"query": MEMORY_HOG})
        elapsed = time.monotonic() - t0
    assert r.status_code == 403, r.text
    assert "Memory" in r.json()["error"]["details"]["neo4j_code"]
    retries = [rec for rec in caplog.records if "will be retried" in rec.getMessage()]
    # the first retry comes 0.2 s after a failure; an attempt takes longer than the 1 s
    # budget, so exactly one retry happens (the driver default would keep going for 30 s)
    assert len(retries) <= 1, [rec.getMessage()[:80] for rec in retries]
    assert elapsed < 60
