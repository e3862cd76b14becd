"""Driver lifecycle and the two ways every module talks to Neo4j: ``read`` and ``write``.

Reads go through ``execute_query(..., routing_=READ)`` so that on a cluster (``neo4j://``
or Aura's ``neo4j+s://``) they are served by readers; writes go through
``execute_write`` with a transaction function, which the driver retries on transient
errors (deadlocks, leader switches) within ``neo4j_max_retry_time_s``.

Reads retry only within ``neo4j_read_retry_time_s`` (half a second, first retry after
0.2 s): when Neo4j is down an API request answers 503 within about a second instead of
waiting out the driver's default 30 s, and picks the server up again by itself once it
is back (the pool reconnects on the next request).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, LiteralString, TypeVar

import neo4j
from neo4j import GraphDatabase, RoutingControl
from neo4j import exceptions as nx
from neo4j._data import RecordExporter

from graph.errors import DatabaseUnavailable, GeokgError, InvalidInput, QueryRejected, QueryTimedOut
from graph.settings import Settings

T = TypeVar("T")

#: Neo4j status codes of a query stopped by its time limit, and of one out of memory.
TIMEOUT_CODES = ("TimedOut", "Transaction.Terminated")
MEMORY_CODES = ("MemoryPoolOutOfMemoryError", "TransactionMemoryLimit", "OutOfMemory")


#: What ``Record.data()`` returns unchanged: the values most answers are made of.
_SCALARS = (str, int, float, bool, type(None))
_EXPORTER = RecordExporter()


def _plain(value: Any) -> Any:
    """``value`` as ``neo4j.Record.data()`` turns it (nodes into their properties, and so
    on), faster: the driver's exporter tests every value against abstract base classes,
    which took 50 ms of a 290 KB answer's 180 (the workbench's, BENCHMARKS.md); the plain
    lists, maps and scalars that make most answers are walked here, and anything else
    (nodes, relationships, paths, temporal and spatial values) is left to the exporter."""
    kind = type(value)
    if kind is dict:
        return {k: v if type(v) in _SCALARS else _plain(v) for k, v in value.items()}
    if kind is list:
        return [v if type(v) in _SCALARS else _plain(v) for v in value]
    if kind in _SCALARS:
        return value
    return _EXPORTER.transform(value)


def record_data(record: neo4j.Record) -> dict[str, Any]:
    """``record.data()``, the same dict, built faster (``_plain``)."""
    return {k: _plain(v) for k, v in record.items()}


def _auth(settings: Settings) -> tuple[str, str]:
    if settings.neo4j_password is None:
        raise GeokgError(
            "no Neo4j password configured: set GEOKG_NEO4J_PASSWORD (or NEO4J_PASSWORD), "
            "for instance in .env (`make run` writes one for the local server)"
        )
    return (settings.neo4j_user, settings.neo4j_password.get_secret_value())


class Database:
    """A connected driver plus the database name; cheap to share, safe across threads."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.name = settings.neo4j_database
        self.driver: neo4j.Driver = GraphDatabase.driver(
            settings.uri,
            auth=_auth(settings),
            connection_timeout=settings.neo4j_connect_timeout_s,
            connection_acquisition_timeout=settings.neo4j_connect_timeout_s + 2,
            # the default budget serves reads (execute_query); writes pass their own
            max_transaction_retry_time=settings.neo4j_read_retry_time_s,
            initial_retry_delay=0.2,
            notifications_min_severity="OFF",
        )

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(
        self, query: LiteralString, params: dict[str, Any] | None = None,
        timeout: float | None = None, *, convert: bool = True,
    ) -> list[dict[str, Any]]:
        """Run a read query routed to readers; return the records as plain dicts.

        The server stops it after ``timeout`` seconds (default: ``neo4j_read_timeout_s``);
        raises QueryTimedOut then, DatabaseUnavailable when Neo4j cannot be reached.
        ``convert=False`` leaves the values as the driver decoded them (no walk over
        them): the same dicts for a query that returns only maps, lists and scalars.
        """
        limit = self.settings.neo4j_read_timeout_s if timeout is None else timeout
        with translate_errors():
            records, _, _ = self.driver.execute_query(
                neo4j.Query(query, timeout=limit), params or {}, database_=self.name,
                routing_=RoutingControl.READ,
            )
        if not convert:
            return [dict(r.items()) for r in records]
        return [record_data(r) for r in records]

    def write(self, work: Callable[[neo4j.ManagedTransaction], T]) -> T:
        """Run an idempotent transaction function in a write transaction (retried)."""
        with translate_errors(), self.driver.session(
            database=self.name,
            max_transaction_retry_time=self.settings.neo4j_max_retry_time_s,
            initial_retry_delay=0.5,
        ) as session:
            return session.execute_write(work)

    def ping(self) -> dict[str, Any]:
        """Return the server's name, version and edition, or raise DatabaseUnavailable."""
        from graph import cypher

        rows = self.read(cypher.COMPONENTS)
        return rows[0]


@contextmanager
def translate_errors() -> Iterator[None]:
    """Map driver exceptions onto geokg's error tree."""
    try:
        yield
    except nx.AuthError as exc:
        raise DatabaseUnavailable(f"Neo4j rejected the credentials: {exc.message}") from exc
    except (nx.ServiceUnavailable, nx.SessionExpired, OSError) as exc:
        raise DatabaseUnavailable(f"Neo4j is unavailable: {exc}") from exc
    except nx.ConstraintError as exc:
        raise InvalidInput(f"constraint violated: {exc.message}") from exc
    except nx.Neo4jError as exc:
        code = exc.code or ""
        if any(c in code for c in TIMEOUT_CODES):
            raise QueryTimedOut(
                "the database stopped the query at its time limit; narrow it (fewer hops, a "
                "smaller depth, filters)", {"neo4j_code": code}) from exc
        if any(c in code for c in MEMORY_CODES):
            raise QueryRejected("the query needs more memory than one query may use; "
                                "narrow it", {"neo4j_code": code}) from exc
        raise


def ensure_available(db: Database) -> None:
    """Raise DatabaseUnavailable unless the server answers a trivial query."""
    with translate_errors():
        db.driver.verify_connectivity()
