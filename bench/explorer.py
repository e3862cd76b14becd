"""The workbench: aggregated edges against plain ones, and how fast a big picture draws.

The graph: the seed and the GDELT file ``bench.explorer_data.write_gdelt`` grows from the
1,000-row sample (5 copies: about 5,000 events; North Korea's two-hop neighbourhood is
then of the size the issue measured, 269 actors and 1,720 edges, most of them GDELT's),
loaded into an instance of its own (``explbench``, port 7815) by the real loaders.

Measured side by side, alternating, on the same machine in the same minutes:

- **North Korea, two hops**: ``aggregate=false`` vs ``aggregate=true``: in this process
  over Bolt (``graph.repository.neighbors`` vs
  ``graph.repository_views.aggregated_neighbors``: the server's work without HTTP), and
  over HTTP from one ``geokg serve`` process (``GET /actors/north-korea/neighbors``: the
  request's wall time on 127.0.0.1 and the answer's bytes);
- **the first frame**: the pictures of North Korea's three-hop neighbourhood
  (``/viz/actors/north-korea?depth=3``: 2,000 edges, the server's edge cap) and of its
  aggregated twin, opened in Debian's headless Chromium (``bench.page_clock``): the page
  script's ``firstDrawMs`` (after navigation start) and the wall time until it is ready.

Run: ``geokg bench explorer`` (``--runs`` sets the repetitions; at least 15 calls per
side). Results: ``bench/out/explorer.json``.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.explorer_data import write_gdelt
from bench.harness import (
    BenchConfig,
    connect,
    counts,
    log,
    machine,
    median,
    percentile,
    reset_store,
    save,
    serve_api,
    server,
    table,
)
from bench.page_clock import CHROMIUM, clocks
from graph import repository, repository_views
from graph.db import Database
from graph.errors import GeokgError
from graph.schema import apply_schema

INSTANCE, PORT = "explbench", 7815
API_PORT = 8815
ACTOR = "north-korea"
COPIES = 5
#: Calls per side at least (each well under a second).
MIN_CALLS = 15
#: Read timeout of the benchmark's queries (the API's default is 15 s).
READ_TIMEOUT_S = 120.0
#: The issue's targets for North Korea's two-hop neighbourhood with aggregate=true.
TARGET_BYTES, TARGET_MS, TARGET_FIRST_FRAME_MS = 300_000, 60.0, 1000.0


def load(cfg: BenchConfig) -> dict[str, Any]:
    """Empty the instance, load the seed and the grown GDELT file with the real loaders."""
    from loaders.extraction import load_file
    from loaders.gdelt import load_gdelt_files
    from loaders.writer import write_document

    reset_store(server(cfg, INSTANCE, PORT))
    with connect(cfg, INSTANCE, PORT) as db, tempfile.TemporaryDirectory() as tmp:
        apply_schema(db)
        for path in sorted((Path(__file__).resolve().parents[1] / "data" / "seed")
                           .glob("*.yaml")):
            write_document(db, load_file(path))
        gdelt = Path(tmp) / "20170701234500.export.CSV"
        rows = write_gdelt(gdelt, COPIES, cfg.seed)
        log(f"explorer: loading the seed and {rows:,} GDELT rows into {INSTANCE}")
        t0 = time.perf_counter()
        summary = load_gdelt_files(db, [gdelt])
        return {"gdelt_rows": rows, "gdelt_loaded": summary["loaded"],
                "load_s": time.perf_counter() - t0, **counts(db)}


def _stats(ms: list[float]) -> dict[str, Any]:
    return {"ms": ms, "p50_ms": median(ms), "p90_ms": percentile(ms, 90)}


def bolt(db: Database, calls: int) -> dict[str, Any]:
    """The two repository calls, alternating: ms per call, nodes, edges."""
    plain: list[float] = []
    grouped: list[float] = []
    out: dict[str, Any] = {}
    for i in range(calls + 1):  # the first round plans the queries: not counted
        for name, fn, into in (
                ("plain", lambda: repository.neighbors(db, ACTOR, depth=2), plain),
                ("aggregated", lambda: repository_views.aggregated_neighbors(db, ACTOR,
                                                                            depth=2), grouped)):
            t0 = time.perf_counter()
            answer = fn()
            if i:
                into.append((time.perf_counter() - t0) * 1000)
            out[name] = {"nodes": len(answer["nodes"]), "edges": len(answer["edges"]),
                         "truncated": answer["truncated"]}
        log(f"explorer: bolt round {i}: plain {plain[-1] if plain else 0:.0f} ms, "
            f"aggregated {grouped[-1] if grouped else 0:.0f} ms")
    out["plain"].update(_stats(plain))
    out["aggregated"].update(_stats(grouped))
    out["plain_over_aggregated_p50"] = median(plain) / median(grouped)
    return out


def http(base: str, calls: int) -> dict[str, Any]:
    """GET the neighbourhood plain and aggregated, alternating: ms per request, bytes."""
    urls = {"plain": f"/actors/{ACTOR}/neighbors?depth=2",
            "aggregated": f"/actors/{ACTOR}/neighbors?depth=2&aggregate=true"}
    got: dict[str, list[float]] = {k: [] for k in urls}
    size: dict[str, int] = {}
    with httpx.Client(base_url=base, timeout=120) as client:
        for i in range(calls + 1):
            for name, url in urls.items():
                t0 = time.perf_counter()
                r = client.get(url)
                ms = (time.perf_counter() - t0) * 1000
                if r.status_code != 200:
                    raise GeokgError(f"{url}: HTTP {r.status_code}: {r.text[:300]}")
                size[name] = len(r.content)
                if i:
                    got[name].append(ms)
    out: dict[str, Any] = {k: {"url": urls[k], "bytes": size[k], **_stats(v)}
                           for k, v in got.items()}
    out["plain_over_aggregated_p50"] = median(got["plain"]) / median(got["aggregated"])
    out["plain_over_aggregated_bytes"] = size["plain"] / size["aggregated"]
    return out


def first_frame(base: str, loads: int) -> dict[str, Any]:
    """The depth-3 pictures, plain and aggregated, opened alternately in Chromium."""
    urls = {"plain": f"/viz/actors/{ACTOR}?depth=3",
            "aggregated": f"/viz/actors/{ACTOR}?depth=3&aggregate=true"}
    bodies: dict[str, bytes] = {}
    info: dict[str, Any] = {}
    with httpx.Client(base_url=base, timeout=300) as client:
        for name, url in urls.items():
            r = client.get(url)
            if r.status_code != 200:
                raise GeokgError(f"{url}: HTTP {r.status_code}: {r.text[:300]}")
            bodies["/" + name] = r.content
            edges = int(r.text.split('id="edge-count">', 1)[1].split("<", 1)[0])
            nodes = int(r.text.split('id="node-count">', 1)[1].split("<", 1)[0])
            info[name] = {"url": url, "bytes": len(r.content), "nodes": nodes, "edges": edges}
    got = clocks(bodies, loads)
    for name in urls:
        c = got["/" + name]
        info[name].update({k: v for k, v in c.items()},
                          first_draw_ms_median=median(c["first_draw_ms"]),
                          ready_wall_ms_median=median(c["ready_wall_ms"]),
                          build_ms_median=median(c["build_ms"]))
    return info


def run(cfg: BenchConfig, *, reload: bool = True) -> dict[str, Any]:
    calls = max(cfg.runs, MIN_CALLS)
    out: dict[str, Any] = {"benchmark": "explorer", "runs": calls, "actor": ACTOR,
                           "instance": f"{INSTANCE}:{PORT}"}
    if reload:
        out["graph"] = load(cfg)
    with connect(cfg, INSTANCE, PORT) as first:
        # a busy shared machine: the plain neighbourhood can take seconds, not a timeout
        db = Database(first.settings.model_copy(update={"neo4j_read_timeout_s": READ_TIMEOUT_S}))
        out["machine"] = machine(db)
        out["graph_counts"] = counts(db)
        out["bolt"] = bolt(db, calls)
        password = db.settings.neo4j_password
        proc = serve_api(db.settings.neo4j_uri or "",
                         password.get_secret_value() if password else "", API_PORT,
                         cfg.out_dir / "explorer-server.log", wait_s=90,
                         env={"GEOKG_NEO4J_READ_TIMEOUT_S": str(READ_TIMEOUT_S)})
        try:
            base = f"http://127.0.0.1:{API_PORT}"
            out["http"] = http(base, calls)
            if CHROMIUM.exists():
                out["first_frame"] = first_frame(base, max(cfg.runs, 5))
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
            db.close()
    out["load_avg_1m_after"] = round(os.getloadavg()[0], 2)
    agg = out["http"]["aggregated"]
    out["targets"] = {
        "aggregated_bytes_le_300kb": agg["bytes"] <= TARGET_BYTES,
        "aggregated_http_p50_le_60ms": agg["p50_ms"] <= TARGET_MS,
        "aggregated_bolt_p50_le_60ms": out["bolt"]["aggregated"]["p50_ms"] <= TARGET_MS,
    }
    if "first_frame" in out:
        out["targets"]["plain_2000_edges_first_frame_lt_1s"] = (
            out["first_frame"]["plain"]["first_draw_ms_median"] < TARGET_FIRST_FRAME_MS)
    return out


def markdown(res: dict[str, Any]) -> str:
    b, h = res["bolt"], res["http"]
    rows = [[name, b[name]["nodes"], b[name]["edges"], h[name]["bytes"], b[name]["p50_ms"],
             b[name]["p90_ms"], h[name]["p50_ms"], h[name]["p90_ms"]]
            for name in ("plain", "aggregated")]
    rows.append(["plain / aggregated", "", "", h["plain_over_aggregated_bytes"],
                 b["plain_over_aggregated_p50"], "", h["plain_over_aggregated_p50"], ""])
    text = table(["North Korea, depth 2", "actors", "edges", "JSON bytes", "Bolt p50 ms",
                  "Bolt p90 ms", "HTTP p50 ms", "HTTP p90 ms"], rows)
    ff = res.get("first_frame")
    if ff:
        text += "\n\n" + table(
            ["picture, depth 3", "actors", "edges", "page bytes", "page script ms",
             "first frame ms after navigation", "ready, wall ms"],
            [[name, ff[name]["nodes"], ff[name]["edges"], ff[name]["bytes"],
              ff[name]["build_ms_median"], ff[name]["first_draw_ms_median"],
              ff[name]["ready_wall_ms_median"]] for name in ("plain", "aggregated")])
    m = res["machine"]
    text += (f"\n\n{res['runs']} calls per side, alternating; load average "
             f"{m['load_avg_1m']} before, {res['load_avg_1m_after']} after "
             f"({m['cores']} cores). Targets: {res['targets']}")
    return text


def main(cfg: BenchConfig, **kw: Any) -> tuple[dict[str, Any], str]:
    res = run(cfg, **kw)
    save("explorer", res, cfg)
    return res, markdown(res)
