"""Helpers of the security and fault tests: a real uvicorn server, free ports, big documents.

Nothing here is mocked: servers listen on 127.0.0.1, documents go through the real
validator and writer.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI

from graph.db import Database
from graph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A TCP port nobody listens on at 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class LiveServer:
    """A FastAPI app served by uvicorn in a thread of this process, on a free port."""

    def __init__(self, app: FastAPI) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def server_env(settings: Settings, **extra: str) -> dict[str, str]:
    """Environment for a ``geokg`` subprocess talking to the Neo4j of ``settings``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GEOKG_", "NEO4J_"))}
    assert settings.neo4j_password is not None
    env.update({
        "GEOKG_NEO4J_URI": settings.uri,
        "GEOKG_NEO4J_PASSWORD": settings.neo4j_password.get_secret_value(),
        "GEOKG_NEO4J_DATABASE": settings.neo4j_database,
    })
    env.update(extra)
    return env


def geokg(*args: str) -> list[str]:
    """The argv of a ``geokg`` command run with this interpreter."""
    return [sys.executable, "-m", "cli.main", *args]


@contextmanager
def server_process(settings: Settings, *args: str, log: Path | None = None,
                   **extra_env: str) -> Iterator[tuple[str, int]]:
    """``geokg serve [args]`` in a subprocess; yields (base url, pid) once /health answers.

    ``log``: a file that receives the server's stderr (its log), else it is kept in a pipe.
    """
    port = free_port()
    err_file = log.open("wb") if log is not None else None
    proc = subprocess.Popen(  # noqa: S603 - fixed argv
        geokg("serve", "--host", "127.0.0.1", "--port", str(port), *args),
        cwd=ROOT, env=server_env(settings, **extra_env),
        stdout=subprocess.DEVNULL, stderr=err_file or subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                err = (proc.stderr.read().decode() if proc.stderr
                       else log.read_text() if log else "")
                raise RuntimeError(f"geokg serve did not start: {err[-2000:]}")
            time.sleep(0.2)
        yield url, proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if err_file is not None:
            err_file.close()


def rss_kib(pid: int) -> int:
    """Resident memory of a process, in KiB (from /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for pid {pid}")


def _quote(prefix: str, j: int, universe: int) -> str:
    return f"Meeting {prefix}-{j} between {j % universe} and {(j + 1) % universe}."


def synthetic_document(prefix: str, events: range, universe: int,
                       total_events: int | None = None) -> dict[str, Any]:
    """A valid extraction document holding the meetings ``events`` of a synthetic world.

    Meeting ``j`` joins states ``j % universe`` and ``(j + 1) % universe`` and has one
    confirmed claim quoting one shared source. Everything is a function of ``prefix`` and
    the index, so two documents with overlapping ranges describe the same events with the
    same ids and content: loading both (in any order, or at once) must give exactly the
    graph of loading their union.
    """
    total = total_events if total_events is not None else events.stop
    text = " ".join(_quote(prefix, j, universe) for j in range(total))
    needed = sorted({j % universe for j in events} | {(j + 1) % universe for j in events})
    return {
        "version": 1,
        "sources": [{"id": f"{prefix}-source", "title": f"Synthetic {prefix}",
                     "language": "en", "kind": "dataset", "text": text}],
        "actors": [{"id": f"{prefix}-actor-{i}", "kind": "state", "name": f"{prefix} State {i}",
                    "aliases": [{"text": f"{prefix} Land {i}", "lang": "en"}]}
                   for i in needed],
        "events": [{"id": f"{prefix}-event-{j}", "type": "meeting",
                    "date": f"2024-{(j % 12) + 1:02d}-{(j % 28) + 1:02d}",
                    "participants": [
                        {"actor": f"{prefix}-actor-{j % universe}", "role": "participant"},
                        {"actor": f"{prefix}-actor-{(j + 1) % universe}",
                         "role": "participant"}],
                    "summary": _quote(prefix, j, universe)}
                   for j in events],
        "claims": [{"id": f"{prefix}-claim-{j}", "event": f"{prefix}-event-{j}",
                    "certainty": "confirmed",
                    "evidence": [{"source": f"{prefix}-source",
                                  "quote": _quote(prefix, j, universe), "language": "en"}]}
                   for j in events],
    }


def fingerprint(db: Database) -> tuple[Any, ...]:
    """Counts plus a digest of every node's and relationship's labels/type and properties,
    and the schema: any write, even a SET on one property, changes it."""
    nodes = db.read("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
    rels = db.read("MATCH ()-[r]->() RETURN type(r) AS t, properties(r) AS p")
    schema = db.read("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS c")[0]["c"] + \
        db.read("SHOW INDEXES YIELD name RETURN collect(name) AS i")[0]["i"]

    def digest(rows: list[dict[str, Any]]) -> str:
        text = sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)
        return hashlib.sha256("\n".join(text).encode()).hexdigest()

    return len(nodes), len(rels), digest(nodes), digest(rels), tuple(sorted(schema))
