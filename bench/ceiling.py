"""Load vs the ceiling: our writer vs ``neo4j-admin database import full`` of the same graph.

``neo4j-admin`` import writes store files directly, without transactions: the physical
limit for getting a graph into Neo4j. Both load the same generated documents (default
``large``) into an empty database:

- **admin import**: the CSV files ``loaders/bulk.py`` writes from the documents, imported
  into the stopped ``bench-import`` instance (``--overwrite-destination``). Reported: the
  import alone (the ceiling) and the whole bulk path of ``geokg load --bulk`` (CSV files,
  stop, import, start, constraints and indexes);
- **ours**: ``write_document`` on the same documents into the emptied ``bench`` instance.
  When it would run past ``ours_budget_s`` it stops there and its rate over the
  relations written so far is extrapolated to the whole graph; the result says so.

The bulk-imported graph stays in ``bench-import``: the paths and API benchmarks use it.
"""

from __future__ import annotations

import time
from typing import Any

from bench.generate import SIZES, Generator
from bench.harness import BenchConfig, connect, log, machine, reset_store, save, server, table
from graph.schema import apply_schema
from loaders.bulk import bulk_load
from loaders.document import Document
from loaders.writer import write_document


def load_ours_budget(cfg: BenchConfig, docs: list[Document], relations_per_doc: list[int],
                     budget_s: float) -> dict[str, Any]:
    """Write documents until done or past the budget; return time, relations and rate."""
    reset_store(server(cfg))
    with connect(cfg) as db:
        apply_schema(db)
        t0 = time.perf_counter()
        done_rel = 0
        done_docs = 0
        for i, doc in enumerate(docs):
            write_document(db, doc, ensure_schema=i == 0)
            done_rel += relations_per_doc[i]
            done_docs += 1
            elapsed = time.perf_counter() - t0
            log(f"ceiling: ours {done_docs}/{len(docs)} documents, {done_rel:,} relations, "
                f"{elapsed:.0f}s")
            if elapsed > budget_s and i + 1 < len(docs):
                break
        secs = time.perf_counter() - t0
    reset_store(server(cfg))  # leave it empty: the next benchmarks use bench-import
    total = sum(relations_per_doc)
    rate = done_rel / secs
    return {"seconds_measured": secs, "relations_written": done_rel, "documents": done_docs,
            "relations_per_s": rate, "complete": done_rel == total,
            "seconds_for_all": secs if done_rel == total else total / rate}


def run(cfg: BenchConfig, *, size: str = "large", ours_budget_s: float = 300.0
        ) -> dict[str, Any]:
    relations = SIZES[size] if size in SIZES else int(size)
    log(f"ceiling: generating {relations:,} relations")
    t0 = time.perf_counter()
    gen = Generator(relations, seed=cfg.seed)
    docs: list[Document] = []
    per_doc: list[int] = []
    last = 0
    for doc in gen.documents():
        docs.append(doc)
        per_doc.append(gen.stats.relations - last)
        last = gen.stats.relations
    gen_s = time.perf_counter() - t0
    log(f"ceiling: {len(docs)} documents in {gen_s:.0f}s; bulk path into "
        f"{cfg.import_instance}")
    imp_settings = cfg.settings(cfg.import_instance, cfg.import_port)
    reset_store(server(cfg, cfg.import_instance, cfg.import_port))
    bulk = bulk_load(imp_settings, docs, heap=cfg.heap)
    log(f"ceiling: bulk {bulk['timings']}")
    srv = server(cfg, cfg.import_instance, cfg.import_port)
    with connect(cfg, cfg.import_instance, cfg.import_port) as db:
        info = machine(db)
    log(f"ceiling: ours (budget {ours_budget_s:.0f}s)")
    ours = load_ours_budget(cfg, docs, per_doc, ours_budget_s)
    imp = bulk["timings"]["import_s"]
    bulk_total = bulk["timings"]["total_s"] - bulk["timings"]["check_s"]
    return {
        "benchmark": "ceiling",
        "machine": info,
        "size": size,
        "relations": gen.stats.relations,
        "generated": gen.stats.as_dict(),
        "generate_s": gen_s,
        "graph": {"nodes": bulk["nodes"], "relationships": bulk["relationships"]},
        "admin_import_s": imp,
        "bulk": bulk["timings"],
        "bulk_total_s": bulk_total,
        "ours": ours,
        "ratio": {"ours_over_admin_import": ours["seconds_for_all"] / imp,
                  "ours_over_bulk_path": ours["seconds_for_all"] / bulk_total},
        "import_instance": {"name": srv.instance, "port": srv.port},
        "runs": 1,
    }


def markdown(res: dict[str, Any]) -> str:
    n = res["relations"]
    ours = res["ours"]
    label = "ours (write_document)" + ("" if ours["complete"] else
                                       f" *extrapolated from {ours['relations_written']:,}*")
    b = res["bulk"]
    rows = [
        ["neo4j-admin import (the ceiling)", n, res["admin_import_s"],
         n / res["admin_import_s"], 1.0],
        ["geokg load --bulk (CSV + stop + import + start + schema)", n, res["bulk_total_s"],
         n / res["bulk_total_s"], res["bulk_total_s"] / res["admin_import_s"]],
        [label, n, ours["seconds_for_all"], ours["relations_per_s"],
         res["ratio"]["ours_over_admin_import"]],
    ]
    steps = ", ".join(f"{k[:-2]} {v:.0f}s" for k, v in b.items() if k.endswith("_s"))
    return (table(["loader", "relations", "seconds", "relations/s", "time / import"], rows)
            + f"\n\nbulk path steps: {steps}; graph: {res['graph']['nodes']:,} nodes, "
              f"{res['graph']['relationships']:,} relationships")


def main(cfg: BenchConfig, **kw: Any) -> tuple[dict[str, Any], str]:
    res = run(cfg, **kw)
    save("ceiling", res, cfg)
    return res, markdown(res)
