"""Analysts' read-only Cypher: independent guards, then a bounded run.

Each guard stops a write on its own, so one mistake in any of them is not enough:

1. :func:`check_text` reads the query with comments and string literals blanked out and
   refuses write, schema and admin clauses (``CREATE``, ``MERGE``, ``DELETE``, ``SET``,
   ``DROP``, ``LOAD CSV``, ``USE``, ``SHOW``, ``CALL ... IN TRANSACTIONS``...) and any
   procedure outside :data:`ALLOWED_PROCEDURES` (so ``dbms.*`` and writing ``db.*``
   procedures never run);
2. :func:`plan_query_type` asks Neo4j for the plan (``EXPLAIN``, nothing runs) and only a
   query type of ``"r"`` (read-only) passes;
3. :func:`execute_read` runs it in a session whose access mode is READ, through
   ``execute_read``, so the server itself refuses writes;
4. the server kills it after ``settings.query_timeout_s`` (a transaction timeout, not a
   client-side wait; since Neo4j looks at timeouts only every
   ``db.transaction.monitor.check.interval``, a watchdog also terminates the transaction,
   found by its metadata, :data:`WATCHDOG_GRACE_S` after the limit), and at most
   ``row_cap`` rows and ``settings.cypher_max_response_bytes`` bytes are returned
   (``truncated: true`` beyond).

Refusals raise QueryRejected (403), a timeout QueryTimedOut (408), a syntax or runtime
error in the query InvalidInput (422).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
import threading
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, LiteralString, cast

import neo4j
import orjson
from neo4j import exceptions as nx
from neo4j.graph import Node, Path, Relationship
from neo4j.spatial import Point

from graph import cypher_policy
from graph import queries as q
from graph.db import MEMORY_CODES, TIMEOUT_CODES, Database, translate_errors
from graph.errors import GeokgError, InvalidInput, QueryRejected, QueryTimedOut
from graph.schema import Label

#: Read-only procedures analysts may CALL (lower case). Everything else is refused.
ALLOWED_PROCEDURES: frozenset[str] = frozenset({
    "db.labels",
    "db.relationshiptypes",
    "db.propertykeys",
    "db.schema.visualization",
    "db.schema.nodetypeproperties",
    "db.schema.reltypeproperties",
    "db.index.fulltext.querynodes",
    "db.index.fulltext.queryrelationships",
})

#: Clause words that write, change the schema, administer the server, read files or
#: leave the database. Matched as whole words outside comments, strings and backticks,
#: not after "." (property keys) or "$" (parameters).
_REFUSED_WORDS: dict[str, str] = {
    "CREATE": "writes are not allowed",
    "INSERT": "writes are not allowed",
    "MERGE": "writes are not allowed",
    "DELETE": "writes are not allowed",
    "DETACH": "writes are not allowed",
    "SET": "writes are not allowed",
    "REMOVE": "writes are not allowed",
    "FOREACH": "FOREACH only serves writes and is not allowed",
    "DROP": "schema and administration commands are not allowed",
    "ALTER": "schema and administration commands are not allowed",
    "RENAME": "schema and administration commands are not allowed",
    "GRANT": "administration commands are not allowed",
    "DENY": "administration commands are not allowed",
    "REVOKE": "administration commands are not allowed",
    "START": "administration commands are not allowed",
    "STOP": "administration commands are not allowed",
    "TERMINATE": "administration commands are not allowed",
    "ENABLE": "administration commands are not allowed",
    "DEALLOCATE": "administration commands are not allowed",
    "REALLOCATE": "administration commands are not allowed",
    "SHOW": "SHOW commands are not allowed",
    "USE": "USE is not allowed: queries run on the graph database only",
    "LOAD": "LOAD CSV is not allowed",
    "TRANSACTIONS": "CALL { ... } IN TRANSACTIONS is not allowed",
    "PROFILE": "PROFILE is not supported: send the query alone",
    "EXPLAIN": "EXPLAIN is not supported: send the query alone",
    "CYPHER": "query options (CYPHER ...) are not supported",
}

_WORD_RE = re.compile(
    r"(?<![\w.$])(" + "|".join(_REFUSED_WORDS) + r")(?!\w)", re.IGNORECASE
)
_CALL_RE = re.compile(
    r"(?<![\w.$])CALL\s+([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*)", re.IGNORECASE
)

_LINE_END = re.compile(r"[\n\r\u2028\u2029]")

log = logging.getLogger("geokg.cypher")

_REFUSED_CODES = ("Security.", "AccessMode", "ExternalResourceFailed", "Forbidden")


# --- guard 1: the text ------------------------------------------------------------------


def skeleton(query: str) -> str:
    """The query with comments blanked, string literals emptied and backticked names
    replaced by ``x``: what is left is keywords, names, numbers and punctuation.

    An unterminated string or comment swallows the rest (the server then rejects the
    query as a syntax error before it runs).
    """
    out: list[str] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if query.startswith("//", i):
            # any line terminator ends the comment, as in Neo4j's lexer
            m = _LINE_END.search(query, i)
            i = n if m is None else m.start()
            out.append(" ")
        elif query.startswith("/*", i):
            j = query.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        elif c in "'\"":
            i += 1
            while i < n and query[i] != c:
                i += 2 if query[i] == "\\" else 1
            i += 1
            out.append("''")
        elif c == "`":
            i += 1
            while i < n:
                if query[i] == "`":
                    if query.startswith("``", i):  # an escaped backtick inside the name
                        i += 2
                        continue
                    break
                i += 1
            i += 1
            out.append("x")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def check_text(query: str) -> None:
    """Refuse write, schema and admin clauses and unlisted procedures.

    Raises QueryRejected naming the word or procedure; InvalidInput for an empty query.
    """
    if not query.strip():
        raise InvalidInput("the query is empty", [{"location": "query", "message": "empty"}])
    bare = skeleton(query)
    m = _WORD_RE.search(bare)
    if m:
        word = m.group(1).upper()
        raise QueryRejected(
            f"{word}: {_REFUSED_WORDS[word]} (this endpoint answers read-only queries; "
            "if it is a name, quote it in backticks)",
            {"guard": "clause", "word": word},
        )
    for m in _CALL_RE.finditer(bare):
        name = re.sub(r"\s+", "", m.group(1))
        if name.lower() not in ALLOWED_PROCEDURES:
            raise QueryRejected(
                f"procedure {name} is not allowed; allowed: "
                + ", ".join(sorted(ALLOWED_PROCEDURES)),
                {"guard": "procedure", "procedure": name},
            )


# --- guard 2: the plan ------------------------------------------------------------------


def plan_query_type(session: neo4j.Session, query: str, params: Mapping[str, Any]) -> str | None:
    """The query type Neo4j plans for ``query`` (``r``, ``w``, ``rw`` or ``s``); nothing runs."""

    def explain(tx: neo4j.ManagedTransaction) -> str | None:
        # Analyst text is the one place where a non-literal string reaches the driver:
        # it runs only behind the guards of this module.
        summary = tx.run(cast(LiteralString, "EXPLAIN " + query), dict(params)).consume()
        return summary.query_type

    return session.execute_read(explain)


# --- guards 3 and 4: read transaction, timeout, caps ------------------------------------


@contextmanager
def _read_session(db: Database, fetch_size: int) -> Iterator[neo4j.Session]:
    s = db.settings
    with translate_errors(), db.driver.session(
        database=db.name,
        default_access_mode=neo4j.READ_ACCESS,
        fetch_size=fetch_size,
        # a failed analyst query is not worth retrying for long (memory errors are
        # "transient" to the driver)
        max_transaction_retry_time=s.cypher_retry_time_s,
    ) as session:
        yield session


def _map_neo4j_error(exc: nx.Neo4jError) -> GeokgError:
    code = exc.code or ""
    message = exc.message or str(exc)
    details = {"neo4j_code": code}
    if any(c in code for c in TIMEOUT_CODES):
        return QueryTimedOut("the query ran longer than its time limit and was stopped", details)
    if any(c in code for c in MEMORY_CODES):
        return QueryRejected("the query needs more memory than one query may use", details)
    if any(c in code for c in _REFUSED_CODES):
        return QueryRejected(f"refused by the database: {message}", details)
    if isinstance(exc, nx.ClientError):
        return InvalidInput(f"the query failed: {message}",
                            [{"location": "query", "message": message, **details}])
    return GeokgError(f"the database failed to run the query: {message}", details)


#: How long after its time limit a query still running is terminated by the API itself.
#: Neo4j checks transaction timeouts only every ``db.transaction.monitor.check.interval``
#: (2 s by default), so a 1 s limit could otherwise run for 3 s.
WATCHDOG_GRACE_S = 0.3


def _terminate(db: Database, run_id: str) -> None:
    """Terminate the transaction of analyst run ``run_id`` if it is still running."""
    try:
        with db.driver.session(database=db.name) as session:
            ids = [r["transactionId"] for r in session.run(
                q.ANALYST_TRANSACTIONS, {"run_id": run_id})]
            if ids:
                session.run(q.TERMINATE_TRANSACTIONS, {"ids": ids}).consume()
                log.info("terminated analyst query %s after its time limit", run_id)
    except (nx.Neo4jError, nx.DriverError, OSError) as exc:
        # the server's own timeout still applies; this is the second line
        log.warning("could not terminate analyst query %s: %s", run_id, exc)


class _Result:
    """What one run produced (kept outside the transaction function so rows survive a
    timeout that hits while the driver discards the rest of a truncated result)."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.columns: list[str] = []
        self.rows: list[list[Any]] = []
        self.truncated = False
        self.graph: dict[str, Any] | None = None
        self.done = False


def execute_read(db: Database, query: str, params: Mapping[str, Any], row_cap: int,
                 timeout_s: float) -> dict[str, Any]:
    """Run ``query`` in a read transaction with a server-side timeout and caps.

    No text or plan check here: callers wanting analysts' guards use :func:`run_read_only`.
    Returns ``{"columns", "rows", "truncated", "graph"}``.
    """
    budget = db.settings.cypher_max_response_bytes
    result = _Result()
    run_id = uuid.uuid4().hex

    @neo4j.unit_of_work(timeout=timeout_s, metadata={"app": "geokg", "geokg_run": run_id})
    def work(tx: neo4j.ManagedTransaction) -> None:
        try:
            fetch(tx)
        except nx.Neo4jError as exc:
            # Out of memory is final: the same query would fill the same pool again, so it
            # leaves the driver's retry loop here (a non-driver error is never retried).
            if any(c in (exc.code or "") for c in MEMORY_CODES):
                raise _map_neo4j_error(exc) from exc
            raise

    def fetch(tx: neo4j.ManagedTransaction) -> None:
        result.reset()  # a retried attempt starts afresh
        try:
            res = tx.run(cast(LiteralString, query), dict(params))
        except (TypeError, ValueError, OverflowError) as exc:
            raise InvalidInput(f"params cannot be sent to Neo4j: {exc}",
                               [{"location": "params", "message": str(exc)}]) from exc
        result.columns = list(res.keys())
        graph = _GraphCollector()
        size = 0
        for record in res:
            if len(result.rows) >= row_cap:
                result.truncated = True
                break
            values = list(record.values())
            row = [to_json(v) for v in values]
            size += len(orjson.dumps(row))
            if size > budget:
                if not result.rows:
                    raise QueryRejected(
                        f"one row of the result is larger than {budget} bytes; "
                        "return fewer or smaller values",
                        {"guard": "response_size"},
                    )
                result.truncated = True
                break
            result.rows.append(row)
            for v in values:
                graph.visit(v)
        if graph:
            result.graph = graph.finish(tx)
        result.done = True

    watchdog = threading.Timer(timeout_s + WATCHDOG_GRACE_S, _terminate, (db, run_id))
    watchdog.daemon = True
    with _read_session(db, fetch_size=row_cap + 1) as session:
        try:
            watchdog.start()
            session.execute_read(work)
        except nx.Neo4jError as exc:
            mapped = _map_neo4j_error(exc)
            # The rows were complete and only the discarding of the rest ran out of time.
            if isinstance(mapped, QueryTimedOut) and result.done:
                result.truncated = True
            else:
                raise mapped from exc
        finally:
            watchdog.cancel()
    return {"columns": result.columns, "rows": result.rows, "truncated": result.truncated,
            "graph": result.graph}


def run_read_only(db: Database, query: str, params: Mapping[str, Any],
                  limit: int | None = None) -> dict[str, Any]:
    """All guards, then :func:`execute_read` with the settings' timeout and row cap."""
    cypher_policy.check_query(query, params)  # allow-list on the tokenized query (SECURITY.md)
    check_text(query)
    s = db.settings
    row_cap = s.cypher_row_cap if limit is None else max(1, min(limit, s.cypher_row_cap))
    with _read_session(db, fetch_size=1) as session:
        try:
            qtype = plan_query_type(session, query, params)
        except nx.Neo4jError as exc:
            raise _map_neo4j_error(exc) from exc
        except (TypeError, ValueError, OverflowError) as exc:
            raise InvalidInput(f"params cannot be sent to Neo4j: {exc}",
                               [{"location": "params", "message": str(exc)}]) from exc
    if qtype != "r":
        raise QueryRejected(
            f"only read-only queries are allowed (the plan's query type is {qtype!r})",
            {"guard": "plan", "query_type": qtype},
        )
    return execute_read(db, query, params, row_cap, s.query_timeout_s)


# --- results as JSON --------------------------------------------------------------------


def to_json(value: Any) -> Any:
    """A JSON-safe rendering of any value a Cypher result can hold.

    Nodes become ``{"element_id", "labels", "properties"}``, relationships
    ``{"element_id", "type", "start", "end", "properties"}``, paths
    ``{"nodes", "relationships"}``; temporal values ISO strings, points
    ``{"srid", "coordinates"}``, bytes hex, non-finite floats strings.
    """
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Node):
        return {"element_id": value.element_id, "labels": sorted(value.labels),
                "properties": {k: to_json(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"element_id": value.element_id, "type": value.type,
                "start": value.start_node.element_id if value.start_node is not None else None,
                "end": value.end_node.element_id if value.end_node is not None else None,
                "properties": {k: to_json(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {"nodes": [to_json(n) for n in value.nodes],
                "relationships": [to_json(r) for r in value.relationships]}
    # before the tuple case: neo4j's Duration and Point are tuples too
    iso = getattr(value, "iso_format", None)  # neo4j.time Date, DateTime, Time, Duration
    if callable(iso):
        return iso()
    if isinstance(value, Point):
        return {"srid": value.srid, "coordinates": [to_json(c) for c in value]}
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).hex()
    if isinstance(value, (dt.date, dt.time, dt.timedelta)):
        return value.isoformat() if not isinstance(value, dt.timedelta) else str(value)
    return str(value)


_LABEL_ORDER = {label.value: i for i, label in enumerate(Label)}


def _no_corroboration() -> dict[str, Any]:
    """The corroboration of a relationship nothing supports (what EDGE_CORROBORATION says
    of an edge with no evidence, asserter or certainty)."""
    return {"sources": 0, "publishers": [], "asserted_by": [],
            "stances": {"confirmed": [], "reported": [], "alleged": [], "denied": []},
            "contested": False}


def _node_contract(node: Node) -> dict[str, Any]:
    p = dict(node.items())
    labels = sorted(node.labels, key=lambda lb: (_LABEL_ORDER.get(lb, 99), lb))

    def first(*keys: str) -> Any:
        return next((p[k] for k in keys if p.get(k) is not None), None)

    return {
        "id": str(first("id", "key") or node.element_id),
        "label": labels[0] if labels else "",
        "name": to_json(first("name", "title", "quote", "text", "summary", "id", "key")),
        "kind": to_json(first("kind", "type", "certainty")),
    }


class _GraphCollector:
    """Nodes and relationships met in a result, turned into the subgraph contract."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.rels: dict[str, Relationship] = {}

    def __bool__(self) -> bool:
        return bool(self.nodes or self.rels)

    def visit(self, value: Any) -> None:
        if isinstance(value, Node):
            self.nodes.setdefault(value.element_id, value)
        elif isinstance(value, Relationship):
            self.rels.setdefault(value.element_id, value)
        elif isinstance(value, Path):
            for n in value.nodes:
                self.nodes.setdefault(n.element_id, n)
            for r in value.relationships:
                self.rels.setdefault(r.element_id, r)
        elif isinstance(value, (list, tuple)):
            for v in value:
                self.visit(v)
        elif isinstance(value, Mapping):
            for v in value.values():
                self.visit(v)

    def finish(self, tx: neo4j.ManagedTransaction) -> dict[str, Any]:
        """Fetch missing endpoints, every edge's evidence and corroboration in one query."""
        endpoints = {
            eid for r in self.rels.values() for n in (r.start_node, r.end_node)
            if n is not None for eid in [n.element_id]
        }
        missing = sorted(e for e in endpoints if e not in self.nodes)
        evidence_ids = sorted({
            str(e) for r in self.rels.values() for e in (r.get("evidence_ids") or [])
        })
        extra = tx.run(q.CYPHER_GRAPH_EXTRAS,
                       {"element_ids": missing, "evidence_ids": evidence_ids,
                        "rel_ids": sorted(self.rels)}).single()
        contract = {eid: _node_contract(n) for eid, n in self.nodes.items()}
        if extra is not None:
            for item in extra["nodes"]:
                contract[item["element_id"]] = item["node"]
        evidence = {e["id"]: {k: e[k] for k in ("source", "source_title", "quote",
                                                 "language", "gloss")}
                    for e in (extra["evidence"] if extra is not None else [])}
        corroboration = {c["element_id"]: c["corroboration"]
                         for c in (extra["corroboration"] if extra is not None else [])}
        edges = []
        for r in self.rels.values():
            start = r.start_node.element_id if r.start_node is not None else None
            end = r.end_node.element_id if r.end_node is not None else None
            if start not in contract or end not in contract:
                continue  # an endpoint deleted meanwhile: no dangling edge
            edges.append({
                "id": str(r.get("key") or r.element_id),
                "type": r.type,
                "source": contract[start]["id"],
                "target": contract[end]["id"],
                "valid_from": to_json(r.get("valid_from")),
                "valid_to": to_json(r.get("valid_to")),
                "date_precision": r.get("date_precision"),
                "certainty": r.get("certainty"),
                "asserted_by": [str(a) for a in (r.get("asserted_by") or [])],
                "evidence": [evidence[e] for e in (r.get("evidence_ids") or []) if e in evidence],
                "claim_id": r.get("claim_id"),
                "event_id": r.get("event_id"),
                # a relationship deleted meanwhile: nothing recorded, nothing counted
                "corroboration": corroboration.get(r.element_id) or _no_corroboration(),
            })
        return {"nodes": list(contract.values()), "edges": edges, "truncated": False,
                "dropped_nodes": 0, "dropped_edges": 0}
