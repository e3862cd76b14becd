"""Soak: 8 concurrent clients for 60 s against ``geokg serve`` on the seed plus GDELT sample.

The clients mix ``/paths``, ``/actors/{id}/neighbors``, ``/actors?q=`` and ``POST /cypher``
over real HTTP on 127.0.0.1. Required: zero 5xx and zero transport errors; p50/p99
latencies are reported (printed and recorded as test properties); the server's resident
memory at the end is within 20% of its memory after warm-up.
``GEOKG_SOAK_SECONDS`` shortens or lengthens the run (default 60).
"""

from __future__ import annotations

import os
import random
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from graph.db import Database
from graph.settings import Settings
from tests.conftest import load_seed
from tests.security_support import ROOT, rss_kib, server_process

pytestmark = pytest.mark.slow

CLIENTS = 8
SOAK_S = float(os.environ.get("GEOKG_SOAK_SECONDS", "60"))
WARMUP_S = 8.0
GDELT_SAMPLE = ROOT / "data" / "gdelt" / "20170701234500.export.sample.CSV"

CYPHER = [
    "MATCH (a:Actor) RETURN a.kind AS kind, count(*) AS n ORDER BY n DESC",
    "MATCH p = (a:Actor {id: $id})-[r]-(b:Actor) RETURN p LIMIT 25",
    "MATCH (a:Actor {id: $id})-[r]-(b:Actor) RETURN type(r) AS t, count(*) AS n",
    "MATCH (e:Event) WHERE e.date >= date('2024-01-01') RETURN e.id, e.date "
    "ORDER BY e.date LIMIT 50",
    "MATCH (c:Claim)-[:SUPPORTED_BY]->(ev:Evidence) RETURN c.certainty AS c, count(ev) AS n",
]
SEARCHES = ["lavrov", "Corea del Nord", "korea", "russ", "nato", "united", "pyongyang",
            "ministry", "ukraine", "china", "zz-nothing"]


@pytest.fixture(scope="module")
def soak_data(db: Database) -> list[str]:
    """The seed plus the GDELT sample; returns actor ids to query."""
    from loaders.gdelt.load import load_gdelt_files

    load_seed(db)
    report = load_gdelt_files(db, [GDELT_SAMPLE])
    assert report["loaded"] > 0
    ids = [r["id"] for r in db.read(
        "MATCH (a:Actor) WHERE COUNT { (a)--(:Actor) } > 0 RETURN a.id AS id ORDER BY id")]
    assert len(ids) > 50
    return ids


KINDS = ("paths", "neighbors", "search", "cypher")
Request = Callable[[httpx.Client], httpx.Response]


def make_request(ids: list[str], rng: random.Random) -> tuple[str, Request]:
    kind, request = _make(ids, rng)
    return KINDS[kind], request


def _make(ids: list[str], rng: random.Random) -> tuple[int, Request]:
    kind = rng.randrange(4)
    if kind == 0:
        source, target = rng.sample(ids, 2)
        params: dict[str, Any] = {"source": source, "target": target,
                                  "max_hops": rng.choice([3, 4, 6]),
                                  "mode": rng.choice(["shortest", "all_shortest", "k"])}
        return kind, lambda c: c.get("/paths", params=params)
    if kind == 1:
        actor = rng.choice(ids)
        depth = rng.choice([1, 2])
        return kind, lambda c: c.get(f"/actors/{actor}/neighbors", params={"depth": depth})
    if kind == 2:
        q = rng.choice(SEARCHES)
        return kind, lambda c: c.get("/actors", params={"q": q, "limit": 20})
    query = rng.choice(CYPHER)
    body = {"query": query, "params": {"id": rng.choice(ids)} if "$id" in query else {}}
    return kind, lambda c: c.post("/cypher", json=body)


def hammer(url: str, ids: list[str], seconds: float, seed: int,
           results: list[tuple[str, int, float]], errors: list[str]) -> None:
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    with httpx.Client(base_url=url, timeout=30) as client:
        while time.monotonic() < deadline:
            kind, request = make_request(ids, rng)
            t0 = time.monotonic()
            try:
                r = request(client)
            except httpx.HTTPError as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
                continue
            results.append((kind, r.status_code, time.monotonic() - t0))


def run_clients(url: str, ids: list[str], seconds: float, seed: int
                ) -> tuple[list[tuple[str, int, float]], list[str]]:
    results: list[tuple[str, int, float]] = []
    errors: list[str] = []
    threads = [threading.Thread(target=hammer, args=(url, ids, seconds, seed + i, results,
                                                     errors))
               for i in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 120)
    assert not any(t.is_alive() for t in threads), "a client hung"
    return results, errors


@pytest.fixture(scope="module")
def server(settings: Settings, soak_data: list[str]) -> Iterator[tuple[str, int]]:
    # The soak checks errors and memory under sustained load, not the analyst's time limit
    # (tested in test_cypher*): on a shared 2-core machine a path query of eight clients
    # may pass the default 5 s and be stopped by design (408), which is no fault.
    with server_process(settings, GEOKG_QUERY_TIMEOUT_S="30") as (url, pid):
        yield url, pid


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def test_soak(server: tuple[str, int], soak_data: list[str],
              record_property: Callable[[str, object], None]) -> None:
    url, pid = server
    warm, warm_errors = run_clients(url, soak_data, WARMUP_S, seed=1000)
    assert not warm_errors, warm_errors[:5]
    rss_start = rss_kib(pid)

    results, errors = run_clients(url, soak_data, SOAK_S, seed=2000)
    rss_end = rss_kib(pid)

    statuses: dict[int, int] = {}
    for _, status, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    latencies = [dt for _, _, dt in results]
    p50, p99 = percentile(latencies, 0.50), percentile(latencies, 0.99)
    report = {"requests": len(results), "per_second": round(len(results) / SOAK_S, 1),
              "statuses": statuses, "p50_ms": round(p50 * 1000, 1),
              "p99_ms": round(p99 * 1000, 1), "max_ms": round(max(latencies) * 1000, 1),
              "mean_ms": round(statistics.mean(latencies) * 1000, 1),
              "rss_start_mib": round(rss_start / 1024, 1),
              "rss_end_mib": round(rss_end / 1024, 1),
              "p99_ms_by_kind": {k: round(percentile([dt for kk, _, dt in results if kk == k],
                                                     0.99) * 1000, 1)
                                 for k in KINDS if any(kk == k for kk, _, _ in results)}}
    for key, value in report.items():
        record_property(key, value)
    print(f"\nsoak {SOAK_S:.0f}s x {CLIENTS} clients: {report}")

    assert not errors, errors[:5]
    assert len(results) > CLIENTS * SOAK_S / 10, "too few requests to mean anything"
    assert not [s for s in statuses if s >= 500], statuses
    # 404/422 would be a bug in the mix (every id exists, every parameter is valid)
    assert set(statuses) <= {200}, statuses
    assert abs(rss_end - rss_start) <= 0.2 * rss_start, report
    assert httpx.get(f"{url}/ready", timeout=5).status_code == 200
