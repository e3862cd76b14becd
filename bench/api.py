"""API: requests/s and latency of three endpoints over HTTP, with the same calls over Bolt as base.

One ``geokg serve`` process (uvicorn, one worker) answers on the ``large`` graph the
ceiling benchmark leaves in ``bench-import``; the load generator is ``wrk`` (Debian
package ``wrk``) in a second process, cycling through seeded random actor ids / pairs:

- ``GET /actors/{id}``
- ``GET /actors/{id}/neighbors`` (depth 1, the server's node cap)
- ``GET /paths?source=&target=`` (shortest, at most 4 hops)

Two runs per endpoint: one connection (latency: each request waits for the previous one,
like the Bolt base) and four connections (throughput). The base is the same repository
function (``graph.repository.get_actor`` / ``neighbors`` / ``paths``) called in a loop in
this process over Bolt, with the same ids: what HTTP adds is the ratio of the two p50s.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from bench.harness import (
    BenchConfig,
    connect,
    log,
    machine,
    median,
    percentile,
    save,
    serve_api,
    server,
    table,
)
from graph import repository
from graph.db import Database
from graph.errors import GeokgError
from graph.launcher import LocalNeo4j

API_PORT = 8765


def _ids(db: Database, n: int, seed: int) -> tuple[list[str], list[tuple[str, str]]]:
    ids = [r["id"] for r in db.read("MATCH (a:Actor) RETURN a.id AS id ORDER BY id")]
    rng = random.Random(seed)
    actors = [rng.choice(ids) for _ in range(n)]
    pairs: list[tuple[str, str]] = []
    while len(pairs) < n:
        s, t = rng.sample(ids, 2)
        pairs.append((s, t))
    return actors, pairs


def _lua(paths: list[str]) -> str:
    items = ",\n".join(f'  "{p}"' for p in paths)
    return f"""
local paths = {{
{items}
}}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
"""


_UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    m = re.match(r"([\d.]+)(us|ms|s)$", text.strip())
    if not m:
        raise ValueError(f"cannot read a wrk latency: {text!r}")
    return float(m.group(1)) * _UNIT[m.group(2)]


def parse_wrk(out: str) -> dict[str, Any]:
    """requests/s, p50/p90/p99 latency (ms), requests and non-2xx count from wrk's output."""
    res: dict[str, Any] = {}
    for pct, key in (("50%", "p50_ms"), ("90%", "p90_ms"), ("99%", "p99_ms")):
        m = re.search(rf"^\s*{re.escape(pct)}\s+(\S+)", out, re.M)
        if m:
            res[key] = _ms(m.group(1))
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    res["requests_per_s"] = float(m.group(1)) if m else float("nan")
    m = re.search(r"(\d+) requests in", out)
    res["requests"] = int(m.group(1)) if m else 0
    m = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    res["non_2xx"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors:.*timeout (\d+)", out)
    res["timeouts"] = int(m.group(1)) if m else 0
    return res


def run_wrk(url: str, script: Path, connections: int, seconds: int) -> dict[str, Any]:
    wrk = shutil.which("wrk")
    if wrk is None:
        raise GeokgError("the API benchmark needs wrk: apt-get install -y wrk")
    proc = subprocess.run(
        [wrk, "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s",
         "-s", str(script), url], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise GeokgError(f"wrk failed: {proc.stderr.strip()[:500]}")
    return {**parse_wrk(proc.stdout), "connections": connections, "seconds": seconds}


def bolt_base(fn: Callable[[Any], Any], args: list[Any], seconds: float) -> dict[str, Any]:
    """Call ``fn(arg)`` in a loop over ``args`` for ``seconds``; latency percentiles (ms).

    A call that fails (the server's transaction timeout) counts as an error, and its time
    as a latency, as wrk counts a slow error response.
    """
    lat: list[float] = []
    errors = 0
    t_start = time.perf_counter()
    t_end = t_start + seconds
    i = 0
    while time.perf_counter() < t_end:
        t0 = time.perf_counter()
        try:
            fn(args[i % len(args)])
        except Exception:  # noqa: BLE001 - timeouts surface as several driver/geokg errors
            errors += 1
        lat.append((time.perf_counter() - t0) * 1000)
        i += 1
    elapsed = time.perf_counter() - t_start
    return {"requests": len(lat), "errors": errors, "p50_ms": median(lat),
            "p90_ms": percentile(lat, 90), "p99_ms": percentile(lat, 99),
            "requests_per_s": len(lat) / elapsed}


def _serve(cfg: BenchConfig, password: str, log_path: Path) -> subprocess.Popen[bytes]:
    srv = server(cfg, cfg.import_instance, cfg.import_port)
    return serve_api(srv.uri, password, API_PORT, log_path)


def run(cfg: BenchConfig, *, seconds: int = 20, n_ids: int = 300,
        tx_timeout: str = "5s", paired_n: int = 100) -> dict[str, Any]:
    # restart with a short transaction timeout: a path query on a hub-heavy graph can run
    # for minutes, and one such call must not stall the loop (the API would time out too)
    srv = LocalNeo4j(cfg.settings(cfg.import_instance, cfg.import_port, tx_timeout))
    srv.stop()
    srv.start()
    with connect(cfg, cfg.import_instance, cfg.import_port) as db:
        info = machine(db)
        actors, pairs = _ids(db, n_ids, cfg.seed)
        if not actors:
            raise RuntimeError("bench-import holds no graph: run `geokg bench ceiling` first")
        cases: dict[str, tuple[list[str], Callable[[Any], Any], list[Any]]] = {
            "actor": ([f"/actors/{a}" for a in actors],
                      lambda a: repository.get_actor(db, a), actors),
            "neighbors": ([f"/actors/{a}/neighbors" for a in actors],
                          lambda a: repository.neighbors(db, a), actors),
            "paths": ([f"/paths?source={s}&target={t}" for s, t in pairs],
                      lambda p: repository.paths(db, p[0], p[1]), pairs),
        }
        base: dict[str, Any] = {}
        for name, (_, fn, args) in cases.items():
            for a in args[:10]:  # warm-up
                try:
                    fn(a)
                except Exception:  # noqa: BLE001 - counted in the timed loop, not here
                    pass
            base[name] = bolt_base(fn, args, seconds)
            log(f"api: bolt {name}: {base[name]}")
    cfg.out_dir.mkdir(parents=True, exist_ok=True)
    proc = _serve(cfg, srv.password(), cfg.out_dir / "api-server.log")
    http: dict[str, Any] = {}
    try:
        url = f"http://127.0.0.1:{API_PORT}"
        for name, (paths, _, _) in cases.items():
            script = cfg.out_dir / f"wrk-{name}.lua"
            script.write_text(_lua(paths))
            status = httpx.get(url + paths[0], timeout=30).status_code
            run_wrk(url, script, 1, 3)  # warm-up
            http[name] = {"first_status": status,
                          "c1": run_wrk(url, script, 1, seconds),
                          "c4": run_wrk(url, script, 4, seconds)}
            log(f"api: http {name}: {http[name]}")
        paired = paired_paths(cfg, url, pairs[:paired_n])
        log(f"api: paired paths: {paired}")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    ratios = {name: http[name]["c1"]["p50_ms"] / base[name]["p50_ms"] for name in cases}
    srv.stop()  # back to the bench settings on the next start
    return {"benchmark": "api", "machine": info, "seconds_per_run": seconds,
            "server_tx_timeout": tx_timeout,
            "ids": n_ids, "bolt": base, "http": http,
            "ratio_http_p50_over_bolt_p50": ratios, "paired_paths": paired,
            "targets": {"paths_http_under_2x_bolt":
                        paired["median_ratio_http_over_bolt"] < 2}}


def paired_paths(cfg: BenchConfig, url: str, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Each pair asked over Bolt (the repository function) then over HTTP, one at a time.

    The HTTP layer's cost is the per-pair ratio: slow pairs (hub-heavy searches that take
    seconds in the database) cannot skew it, as they skew p50s of different samples.
    Pairs that fail either way (the server's timeout) are counted and left out.
    """
    ratios: list[float] = []
    bolt_ms: list[float] = []
    http_ms: list[float] = []
    failed = 0
    with connect(cfg, cfg.import_instance, cfg.import_port) as db, \
            httpx.Client(base_url=url, timeout=30) as client:
        for s, t in pairs:
            t0 = time.perf_counter()
            try:
                repository.paths(db, s, t)
            except Exception:  # noqa: BLE001 - a timeout: the pair is left out
                failed += 1
                continue
            b = (time.perf_counter() - t0) * 1000
            t0 = time.perf_counter()
            status = client.get("/paths", params={"source": s, "target": t}).status_code
            h = (time.perf_counter() - t0) * 1000
            if status != 200:
                failed += 1
                continue
            bolt_ms.append(b)
            http_ms.append(h)
            ratios.append(h / b)
    return {"pairs": len(pairs), "both_answered": len(ratios), "failed": failed,
            "bolt_p50_ms": median(bolt_ms), "http_p50_ms": median(http_ms),
            "bolt_p99_ms": percentile(bolt_ms, 99), "http_p99_ms": percentile(http_ms, 99),
            "median_ratio_http_over_bolt": median(ratios),
            "p90_ratio_http_over_bolt": percentile(ratios, 90)}


def markdown(res: dict[str, Any]) -> str:
    rows = []
    for name, label in (("actor", "GET /actors/{id}"), ("neighbors", "GET /actors/{id}/neighbors"),
                        ("paths", "GET /paths")):
        b, h = res["bolt"][name], res["http"][name]
        rows.append([label, b["p50_ms"], b["p99_ms"], h["c1"]["p50_ms"], h["c1"]["p99_ms"],
                     res["ratio_http_p50_over_bolt_p50"][name], b["requests_per_s"],
                     h["c1"]["requests_per_s"], h["c4"]["requests_per_s"],
                     b["errors"], h["c1"]["non_2xx"] + h["c4"]["non_2xx"]])
    p = res["paired_paths"]
    return (table(["endpoint", "Bolt p50 ms", "Bolt p99 ms", "HTTP p50 ms", "HTTP p99 ms",
                   "HTTP/Bolt p50", "Bolt calls/s", "HTTP req/s (1 conn)",
                   "HTTP req/s (4 conn)", "Bolt errors", "HTTP non-2xx"], rows)
            + "\n\n" + table(
                ["GET /paths, pair by pair", "pairs", "both answered", "Bolt p50 ms",
                 "HTTP p50 ms", "median HTTP/Bolt", "p90 HTTP/Bolt"],
                [["same pair over Bolt then HTTP", p["pairs"], p["both_answered"],
                  p["bolt_p50_ms"], p["http_p50_ms"], p["median_ratio_http_over_bolt"],
                  p["p90_ratio_http_over_bolt"]]]))


def main(cfg: BenchConfig, **kw: Any) -> tuple[dict[str, Any], str]:
    res = run(cfg, **kw)
    save("api", res, cfg)
    return res, markdown(res)
