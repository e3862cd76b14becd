"""What every benchmark shares: its own Neo4j instances, wiping, timing, results on disk.

Benchmarks never touch a developer's or the tests' data: they run on local instances of
their own (``bench`` on port 7705; ``bench-import`` on port 7725 for neo4j-admin import),
with a larger heap and page cache than the tests use.
"""

from __future__ import annotations

import datetime as dt
import http.server
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import neo4j
from pydantic import SecretStr

from graph.db import Database
from graph.errors import GeokgError
from graph.launcher import LocalNeo4j
from graph.settings import PROJECT_ROOT, Settings

OUT_DIR = PROJECT_ROOT / "bench" / "out"


@dataclass(frozen=True)
class BenchConfig:
    """Where and how big: the instances the benchmarks use and how many runs they take."""

    instance: str = "bench"
    port: int = 7705
    import_instance: str = "bench-import"
    import_port: int = 7725
    heap: str = "2g"
    pagecache: str = "1g"
    runs: int = 5
    seed: int = 42
    out_dir: Path = OUT_DIR

    def settings(self, instance: str | None = None, port: int | None = None,
                 tx_timeout: str = "600s") -> Settings:
        """Settings of a bench instance (its own generated password, never the .env one).

        ``tx_timeout`` is the server's transaction timeout: long for loads, short when
        serving the API (a slow query must fail, not hold a benchmark for minutes).
        """
        return Settings(neo4j_instance=instance or self.instance,
                        neo4j_bolt_port=port or self.port, neo4j_password=None,
                        neo4j_uri=None, neo4j_heap=self.heap, neo4j_pagecache=self.pagecache,
                        neo4j_tx_timeout=tx_timeout, neo4j_tx_memory_max="1g",
                        neo4j_max_retry_time_s=30.0)


def server(cfg: BenchConfig, instance: str | None = None, port: int | None = None
           ) -> LocalNeo4j:
    return LocalNeo4j(cfg.settings(instance, port))


@contextmanager
def connect(cfg: BenchConfig, instance: str | None = None, port: int | None = None
            ) -> Iterator[Database]:
    """Start the bench instance if needed and yield a Database on it."""
    srv = server(cfg, instance, port)
    srv.start()
    s = srv.settings.model_copy(update={"neo4j_uri": srv.uri,
                                        "neo4j_password": SecretStr(srv.password())})
    db = Database(s)
    try:
        yield db
    finally:
        db.close()


@contextmanager
def serve_html(bodies: dict[str, bytes]) -> Iterator[str]:
    """Serve ``bodies`` (path -> HTML; it may grow while serving) on 127.0.0.1; yield the
    base URL. A query string is ignored."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            body = bodies.get(self.path.split("?")[0])
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def serve_api(uri: str, password: str, port: int, log_path: Path, wait_s: float = 60,
              env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    """Start ``geokg serve`` on 127.0.0.1:``port`` against the Neo4j at ``uri`` (no API
    keys; more settings in ``env``), its output to ``log_path``; return the process once
    ``/health`` answers.

    Raises GeokgError when it exits or does not answer within ``wait_s`` seconds.
    """
    environ = dict(os.environ)
    environ.update({
        "GEOKG_NEO4J_URI": uri, "GEOKG_NEO4J_PASSWORD": password,
        "GEOKG_NEO4J_USER": "neo4j", "GEOKG_READ_API_KEY": "", "GEOKG_WRITE_API_KEY": "",
        "GEOKG_API_HOST": "127.0.0.1", "GEOKG_API_PORT": str(port), **(env or {}),
    })
    geokg = Path(sys.executable).with_name("geokg")
    handle = log_path.open("wb")
    proc = subprocess.Popen([str(geokg), "serve", "--port", str(port)], env=environ,
                            stdout=handle, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise GeokgError(f"geokg serve exited: {log_path.read_text()[-1000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.terminate()
    raise GeokgError(f"geokg serve did not answer /health within {wait_s:.0f} s")


def wipe(db: Database) -> None:
    """Delete every node and relationship in batches (the schema stays)."""
    with db.driver.session(database=db.name) as session:
        # auto-commit: CALL ... IN TRANSACTIONS needs it. Relationships first: a hub's
        # DETACH DELETE would take its 100k relationships into one transaction.
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS"
                    ).consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS"
                    ).consume()


def reset_store(srv: LocalNeo4j, database: str = "neo4j") -> None:
    """Empty a bench instance fast: stop it and delete the database's store files.

    The server recreates an empty database on its next start (its users stay). Much
    faster than deleting millions of relationships through Bolt.
    """
    srv.stop()
    for sub in ("databases", "transactions"):
        shutil.rmtree(srv.dir / "data" / sub / database, ignore_errors=True)


def counts(db: Database) -> dict[str, int]:
    return {"nodes": db.read("MATCH (n) RETURN count(n) AS c")[0]["c"],
            "relationships": db.read("MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"]}


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(wall seconds, return value) of ``fn()``."""
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def percentile(xs: Sequence[float], p: float) -> float:
    """The ``p``-th percentile (0..100) by nearest rank; NaN for no data."""
    if not xs:
        return float("nan")
    s = sorted(xs)
    k = max(0, min(len(s) - 1, int(round(p / 100 * len(s) + 0.5)) - 1))
    return s[k]


def machine(db: Database | None = None) -> dict[str, Any]:
    """Cores, memory, load, Python, driver and (when connected) Neo4j version."""
    info: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": os.cpu_count(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "python": sys.version.split()[0],
        "neo4j_driver": neo4j.__version__,
        "platform": platform.platform(),
    }
    cpu = Path("/proc/cpuinfo")
    if cpu.exists():
        for line in cpu.read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    if db is not None:
        comp = db.ping()
        info["neo4j"] = f"{comp['version']} {comp['edition']}"
        info["neo4j_heap"] = db.settings.neo4j_heap
        info["neo4j_pagecache"] = db.settings.neo4j_pagecache
    return info


def save(name: str, result: dict[str, Any], cfg: BenchConfig) -> Path:
    """Write ``bench/out/<name>.json`` (and a dated copy); return the path."""
    cfg.out_dir.mkdir(parents=True, exist_ok=True)
    text = json.dumps(result, indent=2, default=str, ensure_ascii=False)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    (cfg.out_dir / f"{name}-{stamp}.json").write_text(text)
    path = cfg.out_dir / f"{name}.json"
    path.write_text(text)
    return path


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table."""
    def cell(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:,.3g}" if abs(v) < 100 else f"{v:,.0f}"
        if isinstance(v, int):
            return f"{v:,}"
        return str(v)
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in r) + " |" for r in rows]
    return "\n".join(lines)


def log(msg: str) -> None:
    """Progress on stderr (stdout carries the Markdown result)."""
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)
