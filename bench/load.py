"""Load: our batched writer vs a naive loader (one MERGE transaction per relation).

Both run on the same generated documents, into the same emptied database with the same
constraints (so the naive loader's MERGEs are index-backed: the gap is batching, not
indexes). Three timings per run:

- **ours, full**: ``write_document`` on every document: sources, actors, aliases, roles,
  agreements, events, participants, claims, evidence and every actor–actor edge;
- **ours, edges only**: the same actor–actor edge rows the naive loader gets, through the
  writer's batched statements (apples to apples with the naive loader);
- **naive**: for each relation one ``session.execute_write`` running
  ``MERGE (a:Actor {id}) MERGE (b:Actor {id}) MERGE (a)-[r:T {key}]->(b) SET r += props``,
  as tutorials do. It writes only the edges and bare actors: less than "ours, full".

The target: "ours, full" at least 30x faster than naive per relation, and at least
20,000 relations/s on ``medium``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, LiteralString

import neo4j

from bench.generate import SIZES, Generator
from bench.harness import BenchConfig, connect, log, machine, median, save, table, wipe
from graph import write_cypher as q
from graph.db import Database
from graph.schema import apply_schema
from loaders.document import Document
from loaders.writer import Row, plan_document, write_document

NAIVE_MERGE: LiteralString = """
MERGE (a:Actor {id: $source})
MERGE (b:Actor {id: $target})
MERGE (a)-[r:$($type) {key: $key}]->(b)
SET r += $props
"""

EDGE_ACTORS: LiteralString = """
UNWIND $rows AS id
MERGE (:Actor {id: id})
"""


@dataclass
class Prepared:
    """Generated documents and the actor–actor edge rows they project."""

    relations: int
    docs: list[Document]
    edges: list[Row]
    actor_ids: list[str]
    generate_s: float
    stats: dict[str, Any]


def prepare(relations: int, seed: int) -> Prepared:
    """Generate the documents of ``relations`` relations and plan their edges (untimed)."""
    t0 = time.perf_counter()
    gen = Generator(relations, seed=seed)
    docs = list(gen.documents())
    gen_s = time.perf_counter() - t0
    edges = [e for d in docs for e in plan_document(d, {}).edges]
    ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    return Prepared(gen.stats.relations, docs, edges, ids, gen_s, gen.stats.as_dict())


def load_ours(db: Database, docs: Sequence[Document], batch_size: int | None = None) -> float:
    """Seconds to write every document with the shared writer."""
    t0 = time.perf_counter()
    for i, doc in enumerate(docs):
        # the schema exists already; a real load re-checks it once per file (cheap)
        write_document(db, doc, batch_size=batch_size, ensure_schema=i == 0)
    return time.perf_counter() - t0


def load_edges_batched(db: Database, p: Prepared, batch_size: int = 1000) -> float:
    """Seconds to write the naive loader's rows with the writer's batched statements."""
    def run(query: LiteralString, rows: Sequence[Any]) -> None:
        def work(tx: neo4j.ManagedTransaction, chunk: list[Any]) -> None:
            tx.run(query, rows=chunk).consume()

        for i in range(0, len(rows), batch_size):
            db.write(partial(work, chunk=list(rows[i:i + batch_size])))

    t0 = time.perf_counter()
    run(EDGE_ACTORS, p.actor_ids)
    by_type: dict[str, list[Row]] = {}
    for e in p.edges:
        by_type.setdefault(e["type"], []).append(e)
    for rel_type, rows in sorted(by_type.items()):
        run(q.MERGE_ACTOR_EDGES_BY_TYPE[rel_type], rows)
    return time.perf_counter() - t0


def load_naive(db: Database, edges: Sequence[Row], budget_s: float | None = None
               ) -> tuple[float, int]:
    """(seconds, relations written): one write transaction per relation.

    Stops after ``budget_s`` seconds when given (the caller then extrapolates, and says so).
    """
    t0 = time.perf_counter()
    done = 0
    with db.driver.session(database=db.name) as session:
        for e in edges:
            def work(tx: neo4j.ManagedTransaction, e: Row = e) -> None:
                tx.run(NAIVE_MERGE, source=e["source"], target=e["target"], type=e["type"],
                       key=e["key"], props=e["props"]).consume()
            session.execute_write(work)
            done += 1
            if budget_s is not None and time.perf_counter() - t0 > budget_s:
                break
    return time.perf_counter() - t0, done


def _fresh(db: Database) -> None:
    wipe(db)
    apply_schema(db)


def run(cfg: BenchConfig, *, relations: int = 50_000, medium: int = SIZES["medium"],
        naive_relations: int | None = 2500, naive_runs: int = 3, edges_runs: int = 3,
        medium_runs: int = 3) -> dict[str, Any]:
    """Time ours vs naive on ``relations`` and ours alone on ``medium``; return the result.

    ``naive_relations``: the naive loader writes only the first that many relations and
    its time per relation is scaled to all of them (None: all; the result says which).
    Ours runs ``cfg.runs`` times; the others fewer, to stay near 10 minutes on 2 cores.
    """
    runs = cfg.runs
    log(f"load: generating {relations:,} relations (seed {cfg.seed})")
    p = prepare(relations, cfg.seed)
    log(f"load: {len(p.docs)} documents, {len(p.edges):,} edges, "
        f"generated in {p.generate_s:.1f}s")
    naive_rows = p.edges[:naive_relations] if naive_relations else p.edges
    ours: list[float] = []
    edges_only: list[float] = []
    naive: list[float] = []
    naive_done: list[int] = []
    with connect(cfg) as db:
        info = machine(db)
        _fresh(db)
        load_ours(db, p.docs[:2])  # warm-up: JIT, page cache, query plans
        for i in range(max(runs, naive_runs, edges_runs)):
            if i < runs:
                _fresh(db)
                ours.append(load_ours(db, p.docs))
                log(f"load: run {i + 1}: ours full {ours[-1]:.2f}s")
            if i < edges_runs:
                _fresh(db)
                edges_only.append(load_edges_batched(db, p))
                log(f"load: run {i + 1}: ours edges only {edges_only[-1]:.2f}s")
            if i < naive_runs:
                _fresh(db)
                secs, done = load_naive(db, naive_rows)
                naive.append(secs * len(p.edges) / done)  # == secs when all were written
                naive_done.append(done)
                log(f"load: run {i + 1}: naive {secs:.1f}s for {done:,} relations")
        log(f"load: generating medium ({medium:,} relations)")
        m = prepare(medium, cfg.seed)
        medium_s: list[float] = []
        for i in range(medium_runs):
            _fresh(db)
            medium_s.append(load_ours(db, m.docs))
            log(f"load: medium run {i + 1}: {medium_s[-1]:.2f}s")
        final_counts = db.read("MATCH (n) RETURN count(n) AS c")[0]["c"]
        _fresh(db)
    r_ours, r_edges, r_naive, r_medium = (median(ours), median(edges_only), median(naive),
                                          median(medium_s))
    return {
        "benchmark": "load",
        "machine": info,
        "relations": p.relations,
        "generated": p.stats,
        "runs": {"ours": ours, "ours_edges_only": edges_only, "naive": naive,
                 "naive_relations_written": naive_done, "medium_ours": medium_s},
        "median_s": {"ours": r_ours, "ours_edges_only": r_edges, "naive": r_naive,
                     "medium_ours": r_medium},
        "relations_per_s": {"ours": p.relations / r_ours,
                            "ours_edges_only": p.relations / r_edges,
                            "naive": p.relations / r_naive,
                            "medium_ours": m.relations / r_medium},
        "ratio": {"naive_over_ours": r_naive / r_ours,
                  "naive_over_ours_edges_only": r_naive / r_edges},
        "naive_extrapolated": any(d < len(p.edges) for d in naive_done),
        "medium": {"relations": m.relations, "generated": m.stats, "nodes": final_counts},
        "targets": {"ratio_30x": r_naive / r_ours >= 30,
                    "medium_20k_per_s": m.relations / r_medium >= 20_000},
    }


def markdown(res: dict[str, Any]) -> str:
    med, rps = res["median_s"], res["relations_per_s"]
    n = res["relations"]
    rows = [
        ["ours (write_document, full documents)", n, med["ours"], rps["ours"], 1.0],
        ["ours, edges only (same rows as naive)", n, med["ours_edges_only"],
         rps["ours_edges_only"], med["ours_edges_only"] / med["ours"]],
        ["naive (one MERGE transaction per relation)"
         + (f" *timed on the first {min(res['runs']['naive_relations_written']):,}, "
            "time per relation scaled*" if res["naive_extrapolated"] else ""),
         n, med["naive"], rps["naive"], med["naive"] / med["ours"]],
        ["ours on medium", res["medium"]["relations"], med["medium_ours"],
         rps["medium_ours"], ""],
    ]
    return table(["loader", "relations", "median s", "relations/s", "time / ours"], rows)


def main(cfg: BenchConfig, **kw: Any) -> tuple[dict[str, Any], str]:
    res = run(cfg, **kw)
    save("load", res, cfg)
    return res, markdown(res)
