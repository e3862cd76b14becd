"""The Database wrapper maps Neo4j's failures onto geokg's error tree, on a real server."""

from __future__ import annotations

import time

import pytest

from graph.db import Database, record_data
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


def test_read_converts_records_as_record_data_does(clean_db: Database) -> None:
    """``Database.read``'s faster conversion gives exactly ``Record.data()``: nodes,
    relationships and paths (anywhere in lists and maps), temporal and spatial values,
    nested lists and maps of scalars."""
    query = """
    CREATE p = (a:DbProbe {id: 'a', tags: ['x', 'y'], n: 1})-[r:PROBES {w: 0.5}]->
               (b:DbProbe {id: 'b', on: date('2024-06-01')})
    RETURN a, r, p, [a, {r: r, l: [1, 'x', null, [b]]}] AS mixed,
           {n: 1, s: 's', f: 1.5, t: true, z: null, d: date('2024-06-01'),
            dt: datetime('2024-06-01T12:00:00Z'), du: duration('P1DT2H'),
            pt: point({x: 1.0, y: 2.0}), deep: {list: [[1, 2], {k: [b]}]}} AS values,
           [] AS empty, {} AS none, 7 AS seven, 'text' AS text, null AS nothing
    """
    records, _, _ = clean_db.driver.execute_query(query, database_=clean_db.name)
    expected = [r.data() for r in records]
    assert [record_data(r) for r in records] == expected
    mixed = expected[0]["mixed"]
    assert mixed[0] == {"id": "a", "tags": ["x", "y"], "n": 1}
    assert mixed[1]["r"][1] == "PROBES"
    assert mixed[1]["l"][:3] == [1, "x", None] and mixed[1]["l"][3][0]["id"] == "b"
    # and through read, on the same graph
    got = clean_db.read("MATCH p = (a:DbProbe)-[r]->(b) RETURN a, r, p, [a, {r: r}] AS mixed")
    assert got == [{"a": expected[0]["a"], "r": expected[0]["r"], "p": expected[0]["p"],
                    "mixed": [expected[0]["a"], {"r": expected[0]["r"]}]}]
    # convert=False: the driver's values as they are, the same for maps, lists, scalars
    plain = "RETURN {n: 1, l: [1, 'x', null, {k: [2.5, true]}]} AS m, ['a'] AS l, 3 AS i"
    assert clean_db.read(plain, convert=False) == clean_db.read(plain) == [
        {"m": {"n": 1, "l": [1, "x", None, {"k": [2.5, True]}]}, "l": ["a"], "i": 3}]
