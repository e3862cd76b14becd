"""The Database wrapper maps Neo4j's failures onto geokg's error tree, on a real server."""

from __future__ import annotations

import time

import pytest

from graph.db import Database
from graph.errors import QueryTimedOut


def test_read_stopped_at_its_time_limit_is_query_timed_out(db: Database) -> None:
    t0 = time.monotonic()
    with pytest.raises(QueryTimedOut, match="time limit"):
        db.read("UNWIND range(1, 1000000000) AS x RETURN count(x) AS c", timeout=0.5)
    # Neo4j checks timeouts every 500 ms (launcher config): stopped well before the query
    # could have finished on its own
    assert time.monotonic() - t0 < 5
    assert db.read("RETURN 1 AS one") == [{"one": 1}]


def test_reads_have_a_default_time_limit(db: Database) -> None:
    assert db.settings.neo4j_read_timeout_s > 0
    t0 = time.monotonic()
    fast = db.settings.model_copy(update={"neo4j_read_timeout_s": 0.5})
    with Database(fast) as quick, pytest.raises(QueryTimedOut):
        quick.read("UNWIND range(1, 1000000000) AS x RETURN count(x) AS c")
    assert time.monotonic() - t0 < 5
