"""Time the analytics on a 50,000-edge subgraph: projection plus scoring.

Writes a seeded synthetic graph straight to Neo4j with batched ``UNWIND`` statements
(``Actor`` nodes and actor–actor edges with every property of docs/data-model.md; a few
hub actors take most edges, as in news data), then times, on the whole of it:

1. the projection (one query) into networkx,
2. folding into weighted ties, PageRank, sampled betweenness, Louvain communities and
   brokers (``analytics.centrality`` and ``analytics.communities``),
3. (aside) degree, and the projection of the biggest hub's two-hop neighbourhood,
4. the refusal of the same scope with the edge cap one below its size (422, no hang).

The data is written under ids starting with ``bench-`` and deleted at the end (``--keep``
keeps it). The database must hold no other actor–actor edges, so run it on a dedicated
local instance: by default ``analytics-bench`` on port 7724, started here (and stopped
after unless ``--keep-server``)::

    .venv/bin/python -m bench.analytics_bench
    .venv/bin/python -m bench.analytics_bench --edges 50000 --json
    .venv/bin/python -m bench.analytics_bench --external   # the server of GEOKG_NEO4J_*
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, LiteralString

import neo4j
from pydantic import SecretStr

from graph import analytics
from graph.db import Database
from graph.errors import InvalidInput
from graph.launcher import LocalNeo4j
from graph.schema import CERTAINTY_RANK, Certainty, RelationType, apply_schema
from graph.settings import Settings, get_settings

WRITE_ACTORS: LiteralString = """
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.kind = 'state', a.name_key = toLower(row.name)
"""

# Dynamic relationship type from a closed set (RelationType). CREATE, not MERGE: the
# bench deletes its own data first, and MERGE on a dynamic type is several times slower.
WRITE_EDGES: LiteralString = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
"""

COUNT_OTHER_EDGES: LiteralString = """
MATCH (a:Actor)-[r]->(:Actor)
WHERE NOT a.id STARTS WITH 'bench-'
RETURN count(r) AS c
"""

DELETE_BENCH: LiteralString = """
MATCH (a:Actor) WHERE a.id STARTS WITH 'bench-'
WITH a LIMIT $batch
DETACH DELETE a
RETURN count(*) AS c
"""

CERTAINTIES = (Certainty.CONFIRMED, Certainty.REPORTED, Certainty.ALLEGED)


def synthetic(edges: int, actors: int, seed: int) -> tuple[list[dict[str, Any]],
                                                          list[dict[str, Any]]]:
    """Actor rows and edge rows; edge ends drawn with Zipf weights 1/rank (hubs)."""
    rng = random.Random(seed)
    ids = [f"bench-{i:05d}" for i in range(actors)]
    weights = [1 / (i + 1) for i in range(actors)]
    types = [t.value for t in RelationType]
    day0 = dt.date(2023, 1, 1)
    actor_rows = [{"id": a, "name": f"Bench State {a[6:]}"} for a in ids]
    edge_rows = []
    ends = rng.choices(ids, weights=weights, k=2 * edges)
    for i in range(edges):
        src, tgt = ends[2 * i], ends[2 * i + 1]
        if src == tgt:
            tgt = ids[rng.randrange(actors)]
        rel = rng.choice(types)
        certainty = rng.choice(CERTAINTIES)
        day = day0 + dt.timedelta(days=rng.randrange(3 * 365))
        key = f"bench-claim-{i}:{rel}:{src}:{tgt}"
        edge_rows.append({"type": rel, "key": key, "source": src, "target": tgt, "props": {
            "key": key, "valid_from": day, "valid_to": day, "date_precision": "day",
            "date_inferred": False, "certainty": certainty.value,
            "certainty_rank": CERTAINTY_RANK[certainty], "asserted_by": [],
            "claim_id": f"bench-claim-{i}", "event_id": f"bench-event-{i}",
            "evidence_ids": [], "source_ids": []}})
    return actor_rows, edge_rows


def write(db: Database, query: LiteralString, rows: list[dict[str, Any]], batch: int) -> None:
    """Write ``rows`` with ``query`` (an UNWIND), ``batch`` rows per transaction."""
    for start in range(0, len(rows), batch):
        chunk = rows[start:start + batch]

        def work(tx: neo4j.ManagedTransaction, chunk: list[dict[str, Any]] = chunk) -> None:
            tx.run(query, rows=chunk).consume()

        db.write(work)


def delete_bench(db: Database) -> None:
    """Delete the bench actors and their edges, 2,000 actors per transaction."""

    def work(tx: neo4j.ManagedTransaction) -> int:
        record = tx.run(DELETE_BENCH, batch=2000).single()
        return int(record["c"]) if record else 0

    while db.write(work):
        pass


@contextmanager
def timed(results: dict[str, float], name: str) -> Iterator[None]:
    """Record wall time as ``name`` and this process's CPU time as ``name`` + ``_cpu``.

    The CPU time says how much of the wall time was our own work when the machine is
    shared (the Neo4j server's share is in the wall time only).
    """
    start, cpu = time.perf_counter(), time.process_time()
    yield
    results[name] = round(time.perf_counter() - start, 3)
    results[name.removesuffix("_s") + "_cpu_s"] = round(time.process_time() - cpu, 3)


def connect(args: argparse.Namespace) -> tuple[Settings, Callable[[], None]]:
    """Settings for the target server, and a function that stops what we started."""
    base = get_settings()
    if args.external:
        return base, lambda: None
    server = LocalNeo4j(base.model_copy(update={"neo4j_password": None}),
                        instance=args.instance, port=args.port)
    started, _ = server.start()
    settings = base.model_copy(update={
        "neo4j_uri": server.uri, "neo4j_password": SecretStr(server.password())})

    def stop() -> None:
        if started and not args.keep_server:
            server.stop()

    return settings, stop


def run(args: argparse.Namespace) -> dict[str, Any]:
    settings, stop = connect(args)
    settings = settings.model_copy(update={"analytics_max_edges": max(
        settings.analytics_max_edges, args.edges)})
    out: dict[str, Any] = {"edges": args.edges, "actors": args.actors,
                           "betweenness_sample_k": settings.betweenness_sample_k,
                           "seed": settings.analytics_seed}
    t: dict[str, float] = {}
    try:
        with Database(settings) as db:
            apply_schema(db)
            if db.read(COUNT_OTHER_EDGES)[0]["c"]:
                raise SystemExit("the database holds other actor–actor edges: run the bench "
                                 "on a dedicated instance (--instance NAME --port PORT)")
            delete_bench(db)
            actor_rows, edge_rows = synthetic(args.edges, args.actors, args.seed)
            with timed(t, "write_s"):
                write(db, WRITE_ACTORS, actor_rows, args.batch)
                write(db, WRITE_EDGES, edge_rows, args.batch)
            scope = analytics.make_scope()
            # one cold run (server caches), then the timed run
            analytics.project(db, scope, settings)
            with timed(t, "total_s"):
                with timed(t, "projection_s"):
                    g = analytics.project(db, scope, settings)
                with timed(t, "pagerank_s"):
                    pr = analytics.centrality(g, settings, "pagerank", limit=5)
                with timed(t, "communities_and_brokers_s"):
                    comm = analytics.communities(g, settings, limit=5)
            with timed(t, "degree_s"):
                analytics.centrality(g, settings, "degree", limit=5)
            hub = analytics.make_scope(actor="bench-00000", depth=2)
            with timed(t, "hub_neighbourhood_s"):  # the biggest hub, two hops
                around = analytics.project(db, hub, settings)
            capped = settings.model_copy(update={"analytics_max_edges": args.edges - 1})
            with timed(t, "refusal_s"):
                try:
                    analytics.project(db, scope, capped)
                    refused = False
                except InvalidInput:
                    refused = True
            out.update(
                projected_actors=g.number_of_nodes(), projected_edges=g.number_of_edges(),
                ties=comm.graph.ties, communities=comm.total,
                modularity=round(comm.modularity or 0.0, 4),
                betweenness=comm.betweenness.model_dump(), top_pagerank=pr.results[0].actor,
                top_broker=comm.brokers[0].actor if comm.brokers else None,
                refused_when_over_cap=refused, timings=t,
                hub_neighbourhood={"actors": around.number_of_nodes(),
                                   "edges": around.number_of_edges()},
                load_average=[round(x, 2) for x in os.getloadavg()], cpus=os.cpu_count())
            if not args.keep:
                delete_bench(db)
    finally:
        stop()
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--edges", type=int, default=50_000, help="Actor–actor edges to write.")
    p.add_argument("--actors", type=int, default=5_000, help="Actors to spread them over.")
    p.add_argument("--seed", type=int, default=7, help="Seed of the synthetic graph.")
    p.add_argument("--batch", type=int, default=5_000, help="Rows per write transaction.")
    p.add_argument("--instance", default="analytics-bench",
                   help="Local instance to start and use.")
    p.add_argument("--port", type=int, default=7724, help="Bolt port of that instance.")
    p.add_argument("--external", action="store_true",
                   help="Use the server of the GEOKG_NEO4J_* settings instead.")
    p.add_argument("--keep", action="store_true", help="Keep the bench data afterwards.")
    p.add_argument("--keep-server", action="store_true",
                   help="Leave a server started here running.")
    p.add_argument("--json", action="store_true", help="Print the numbers as JSON.")
    args = p.parse_args()
    out = run(args)
    if args.json:
        print(json.dumps(out, indent=2))
        return
    t = out["timings"]
    b = out["betweenness"]
    print(f"analytics bench: {out['projected_edges']} edges, {out['projected_actors']} "
          f"actors, {out['ties']} ties (written in {t['write_s']} s); load average "
          f"{out['load_average']} on {out['cpus']} CPUs")
    print(f"  {'step':<68}{'wall s':>8}{'our CPU s':>11}")
    rows = [
        ("projection (one query)", "projection"),
        ("PageRank", "pagerank"),
        (f"Louvain + betweenness ({b['method']}, k={b['k']}) + brokers",
         "communities_and_brokers"),
        ("projection + scoring (target < 10 s)", "total"),
        ("degree", "degree"),
        (f"projection of the top hub's depth-2 neighbourhood "
         f"({out['hub_neighbourhood']['edges']} edges)", "hub_neighbourhood"),
        (f"refusal with the cap at {out['edges'] - 1} edges", "refusal"),
    ]
    for label, name in rows:
        print(f"  {label:<68}{t[name + '_s']:>8.3f}{t[name + '_cpu_s']:>11.3f}")
    print(f"  refused: {out['refused_when_over_cap']}; {out['communities']} communities, "
          f"modularity {out['modularity']}, top PageRank {out['top_pagerank']}, "
          f"top broker {out['top_broker']}")


if __name__ == "__main__":
    main()
