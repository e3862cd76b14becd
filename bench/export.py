"""Export of the whole graph (``geokg export --all``): time and peak memory per format.

The generated graph (``bench.generate``, default ``large``: 1M relations) is loaded by
the shared writer (or, with ``--bulk``, by ``geokg load --bulk``'s path: CSV files and
``neo4j-admin import``, minutes instead of hours for 1M relations) into an instance of
its own (``exportbench``, port 7745), then each
format is written by the real command in a child process (``geokg export --all --format
F --quiet``); the child's peak resident memory comes from the kernel (``os.wait4``'s
``ru_maxrss``), its time from the wall clock. Memory that stays flat while the graph
grows is what "streams in bounded memory" means: compare two sizes.

Run: ``geokg bench export`` (1M relations) or
``python -m bench.export --relations 100000 --formats gexf,csv``; 1M relations in the
time at hand: ``python -m bench.export --bulk --formats csv`` then ``--reuse`` for the
other formats.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.generate import SIZES, Generator
from bench.harness import (
    BenchConfig,
    connect,
    counts,
    log,
    machine,
    reset_store,
    save,
    server,
    table,
)
from graph.db import Database
from graph.schema import apply_schema
from loaders.bulk import bulk_load
from loaders.writer import write_document

FORMATS = ("graphml", "gexf", "csv", "json", "ftm")
INSTANCE, PORT = "exportbench", 7745  # not bench-import's 7725 (nor 7735, taken here)


def load_graph(cfg: BenchConfig, relations: int, instance: str, port: int) -> dict[str, Any]:
    """Generate ``relations`` relations and load them into an emptied ``instance`` with the
    shared writer (``write_document``, as ``geokg load`` does)."""
    log(f"export: generating and loading {relations:,} relations into {instance}")
    reset_store(server(cfg, instance, port))
    # documents of 2,000 claims: the writer's coreference reads stay within the read timeout
    gen = Generator(relations, seed=cfg.seed, chunk_claims=2_000)
    t0 = time.perf_counter()
    with connect(cfg, instance, port) as first:
        db = Database(first.settings.model_copy(update={"neo4j_read_timeout_s": 600.0}))
        apply_schema(db)
        for i, doc in enumerate(gen.documents()):
            write_document(db, doc, ensure_schema=False)
            log(f"export: loaded document {i + 1}, {gen.stats.relations:,} relations so far")
        graph = counts(db)
        db.close()
    return {"relations": gen.stats.relations, **graph, "load_s": time.perf_counter() - t0}


def load_graph_bulk(cfg: BenchConfig, relations: int, instance: str, port: int
                    ) -> dict[str, Any]:
    """The same generated documents into an emptied ``instance`` through the bulk path
    (``loaders.bulk.bulk_load``: CSV files, ``neo4j-admin import``, schema)."""
    log(f"export: generating and bulk-loading {relations:,} relations into {instance}")
    srv = server(cfg, instance, port)
    reset_store(srv)
    gen = Generator(relations, seed=cfg.seed, chunk_claims=2_000)
    t0 = time.perf_counter()
    # event coreference off: in the bulk path it compares each event with every earlier
    # one of its type and actors (10M comparisons for 60,000 relations; not done for 1M
    # in hours); the graph is then the writer's with write_document(coreference=False)
    res = bulk_load(cfg.settings(instance, port), gen.documents(), heap=cfg.heap,
                    coreference=False)
    log(f"export: bulk {res['timings']}, skipped {res['csv']['skipped']}")
    return {"relations": gen.stats.relations, "nodes": res["nodes"],
            "relationships": res["relationships"], "load_s": time.perf_counter() - t0,
            "bulk": res["timings"], "skipped": res["csv"]["skipped"], "coreference": False}


def export_once(fmt: str, env: dict[str, str], out_dir: Path) -> dict[str, Any]:
    """Run ``geokg export --all`` for one format in a child; its time, peak RSS and size."""
    out = out_dir / ("all" + (".zip" if fmt == "csv" else f".{fmt}"))
    cmd = [sys.executable, "-m", "cli.main", "export", "--all", "--format", fmt,
           "--output", str(out), "--quiet"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - t0
    stdout = proc.stdout.read().decode() if proc.stdout else ""
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"geokg export --format {fmt} failed: {stderr[-2000:]}")
    size = out.stat().st_size
    out.unlink()
    return {"format": fmt, "seconds": secs, "peak_rss_mb": usage.ru_maxrss / 1024,
            "bytes": size, "said": stdout.strip()}


def run(cfg: BenchConfig, *, size: str | int = "large", formats: tuple[str, ...] = FORMATS,
        instance: str = INSTANCE, port: int = PORT, reuse: bool = False,
        bulk: bool = False) -> dict[str, Any]:
    relations = SIZES[size] if isinstance(size, str) and size in SIZES else int(size)
    load = load_graph_bulk if bulk else load_graph
    graph = {"relations": relations, "reused": True} if reuse else load(
        cfg, relations, instance, port)
    srv = server(cfg, instance, port)
    with connect(cfg, instance, port) as db:
        info = machine(db)
        edges = db.read("MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS n")[0]["n"]
        actors = db.read("MATCH (a:Actor) RETURN count(a) AS n")[0]["n"]
    env = {**os.environ, "GEOKG_NEO4J_URI": srv.uri, "GEOKG_NEO4J_PASSWORD": srv.password()}
    results = []
    with tempfile.TemporaryDirectory(prefix="geokg-export-bench-") as tmp:
        for fmt in formats:
            log(f"export: --all --format {fmt} ({edges:,} edges, {actors:,} actors)")
            res = export_once(fmt, env, Path(tmp))
            log(f"export: {fmt}: {res['seconds']:.0f}s, peak {res['peak_rss_mb']:.0f} MB, "
                f"{res['bytes'] / 2**20:.0f} MiB")
            results.append(res)
    return {"benchmark": "export", "machine": info, "graph": graph, "actor_edges": edges,
            "actors": actors, "results": results,
            "command": f"geokg export --all --format F --output PATH --quiet ({edges:,} edges)",
            "runs": 1}


def markdown(res: dict[str, Any]) -> str:
    edges = res["actor_edges"]
    rows = [[r["format"], edges, r["seconds"], edges / r["seconds"], r["peak_rss_mb"],
             r["bytes"] / 2**20] for r in res["results"]]
    return table(["format", "edges", "seconds", "edges/s", "peak RSS MB", "file MiB"], rows)


def main(cfg: BenchConfig, **kw: Any) -> tuple[dict[str, Any], str]:
    res = run(cfg, **kw)
    save("export", res, cfg)
    return res, markdown(res)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--relations", default="large",
                        help="small, medium, large (1M) or a number of relations")
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--instance", default=INSTANCE)
    parser.add_argument("--port", type=int, default=PORT)
    parser.add_argument("--reuse", action="store_true",
                        help="export the graph already in the instance (no load)")
    parser.add_argument("--bulk", action="store_true",
                        help="load through geokg load --bulk's path (neo4j-admin import)")
    args = parser.parse_args()
    result, md = main(BenchConfig(), size=args.relations,
                      formats=tuple(args.formats.split(",")), instance=args.instance,
                      port=args.port, reuse=args.reuse, bulk=args.bulk)
    print(md)
