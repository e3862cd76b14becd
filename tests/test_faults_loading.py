"""Loads that go wrong: SIGKILL mid-file then rerun, and two overlapping loads at once.

``geokg load`` runs as a real subprocess against the test Neo4j. The target in both cases
is the graph a clean, single load produces: same counts, same content, no duplicates.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from graph.db import Database
from graph.settings import Settings
from tests.conftest import wipe
from tests.security_support import ROOT, geokg, server_env, synthetic_document

pytestmark = pytest.mark.slow

#: Label -> the property that identifies a node of it (uniqueness constraints).
KEYS = {"Actor": "id", "Alias": "key", "Event": "id", "Claim": "id", "Evidence": "id",
        "Source": "id", "Agreement": "id"}


def graph_state(db: Database) -> dict[str, Any]:
    """Counts by label and type, plus a digest of all content (order-independent)."""
    labels = {r["l"]: r["c"] for r in db.read(
        "MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c")}
    types = {r["t"]: r["c"] for r in db.read(
        "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c")}
    content = db.read(
        "MATCH (n) OPTIONAL MATCH (n)-[r]->(m) "
        "RETURN labels(n) AS l, properties(n) AS p, type(r) AS t, properties(r) AS rp, "
        "coalesce(m.id, m.key) AS target")
    digest = sorted(json.dumps(row, sort_keys=True, default=str) for row in content)
    return {"labels": labels, "types": types, "content": digest}


def assert_no_duplicates(db: Database) -> None:
    for label, key in KEYS.items():
        row = db.read(f"MATCH (n:{label}) RETURN count(n) AS n, "  # noqa: S608 - closed set
                      f"count(DISTINCT n.{key}) AS k")[0]
        assert row["n"] == row["k"], f"duplicate {label} nodes"
    dup = db.read("MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, coalesce(r.key, '') AS k, "
                  "count(*) AS c WHERE c > 1 RETURN count(*) AS d")[0]["d"]
    assert dup == 0, "duplicate relationships"


def load(settings: Settings, *files: Path, batch_size: int = 200) -> subprocess.Popen[bytes]:
    return subprocess.Popen(  # noqa: S603 - fixed argv
        geokg("load", *map(str, files), "--json", "--batch-size", str(batch_size)),
        # stdout (the --json summary, a line per event) is not read: a pipe nobody reads
        # while the test polls would block the loader once its buffer is full
        cwd=ROOT, env=server_env(settings), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def finish(proc: subprocess.Popen[bytes], timeout: float = 300) -> None:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err.decode()[-3000:]


def write_doc(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc))
    return path


def test_load_killed_mid_file_then_rerun_converges(tmp_path: Path, settings: Settings,
                                                   db: Database) -> None:
    doc = write_doc(tmp_path / "big.json", synthetic_document("kill", range(2000), 800))
    wipe(db)
    finish(load(settings, doc, batch_size=100))
    clean = graph_state(db)
    clean_nodes = sum(clean["labels"].values())

    wipe(db)
    proc = load(settings, doc, batch_size=100)
    # kill once a fifth of the nodes are in: well inside the write phase
    deadline = time.monotonic() + 300
    while True:
        n = db.read("MATCH (n) RETURN count(n) AS c")[0]["c"]
        if n >= clean_nodes // 5 or proc.poll() is not None or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the load finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = graph_state(db)
    assert 0 < sum(partial["labels"].values()) < clean_nodes, "the kill did not land mid-write"
    assert partial != clean

    finish(load(settings, doc))
    assert graph_state(db) == clean
    assert_no_duplicates(db)


def test_two_overlapping_loads_at_once_equal_one_clean_load(tmp_path: Path,
                                                            settings: Settings,
                                                            db: Database) -> None:
    universe, total = 300, 1200
    a = write_doc(tmp_path / "a.json", synthetic_document("both", range(0, 800), universe,
                                                          total))
    b = write_doc(tmp_path / "b.json", synthetic_document("both", range(400, 1200), universe,
                                                          total))
    union = write_doc(tmp_path / "union.json",
                      synthetic_document("both", range(0, total), universe, total))
    wipe(db)
    finish(load(settings, union))
    clean = graph_state(db)

    for _ in range(2):  # twice: interleavings differ from run to run
        wipe(db)
        # small batches: many transactions racing on the same actors and aliases
        start = time.monotonic()
        procs = [load(settings, a, batch_size=50), load(settings, b, batch_size=50)]
        ends: dict[int, float] = {}
        while len(ends) < 2 and time.monotonic() - start < 300:
            for k, p in enumerate(procs):
                if k not in ends and p.poll() is not None:
                    ends[k] = time.monotonic()
            time.sleep(0.05)
        for p in procs:
            finish(p)  # neither failed (deadlocks are transient errors, retried)
        # both ran side by side for a while (each takes seconds to load)
        assert min(ends.values()) - start > 2.0
        assert_no_duplicates(db)
        assert graph_state(db) == clean
