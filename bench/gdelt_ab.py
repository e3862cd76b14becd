"""The GDELT loader of two commits side by side: alternating pairs, one server.

``python -m bench.gdelt_ab REF_A REF_B [--pairs 6] [--port 7753] [--instance gdelt-ab]``

Each commit's code is extracted with ``git archive`` (``bench.gdelt.snapshot``) and loads
the bench's file (5 copies of the GDELT sample, 5,000 events) in a fresh child
(``bench.gdelt.run_driver``), into a database emptied before each load, A then B, then B
then A, and so on (after one warm-up load each). Per load: the wall time in the child, the
server's CPU seconds (``/proc/<pid>/stat`` before and after) and the nodes, relationships
and properties in the graph after it. Prints one line per load and the medians, and the
ratios A/B pair by pair; the runs go to ``bench/out/gdelt-ab-<a>-<b>.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
from pathlib import Path
from typing import Any, LiteralString

from pydantic import SecretStr

from bench.gdelt import make_file, run_driver, snapshot, wipe_batched
from graph.db import Database
from graph.launcher import LocalNeo4j
from graph.settings import Settings

OUT = Path(__file__).resolve().parent / "out"

COUNT: LiteralString = """
MATCH (n) WITH count(n) AS nodes, sum(size(keys(n))) AS node_props
OPTIONAL MATCH ()-[r]->()
RETURN nodes, node_props, count(r) AS rels, sum(size(keys(r))) AS rel_props
"""


def server_cpu(pid: int) -> float:
    """User and system CPU seconds of process ``pid`` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(ref_a: str, ref_b: str, pairs: int, port: int, instance: str) -> dict[str, Any]:
    settings = Settings(neo4j_password=None, neo4j_uri=f"bolt://127.0.0.1:{port}",
                        neo4j_bolt_port=port, neo4j_instance=instance,
                        neo4j_tx_memory_total_max="1500m")
    srv = LocalNeo4j(settings)
    srv.start()
    password = srv.password()
    settings = settings.model_copy(update={"neo4j_password": SecretStr(password)})
    env = {"GEOKG_NEO4J_URI": srv.uri, "GEOKG_NEO4J_PASSWORD": password,
           "GEOKG_NEO4J_INSTANCE": instance, "GEOKG_NEO4J_BOLT_PORT": str(port),
           "GEOKG_NEO4J_HOME": str(srv.home)}
    runs: dict[str, list[dict[str, Any]]] = {"a": [], "b": []}
    try:
        with tempfile.TemporaryDirectory(prefix="geokg-gdelt-ab-") as tmp_s, \
                Database(settings) as db:
            tmp = Path(tmp_s)
            codes = {"a": tmp / "a", "b": tmp / "b"}
            shas = {"a": snapshot(ref_a, codes["a"]), "b": snapshot(ref_b, codes["b"])}
            path = tmp / "20170701234500.export.CSV"
            make_file(path, 5)
            warm = tmp / "20170701000000.export.CSV"
            make_file(warm, 1)
            pid = srv.pid()
            assert pid is not None
            for side in "ab":
                wipe_batched(db)
                run_driver("load", [str(warm)], codes[side], env)
            for i in range(pairs):
                for side in ("ab" if i % 2 == 0 else "ba"):
                    wipe_batched(db)
                    before = server_cpu(pid)
                    child = run_driver("load", [str(path)], codes[side], env)
                    row = {"seconds": child.out["seconds"],
                           "server_cpu_s": server_cpu(pid) - before,
                           "load_avg_1m": os.getloadavg()[0], **db.read(COUNT)[0]}
                    runs[side].append(row)
                    print(side, shas[side], json.dumps(row), flush=True)
            wipe_batched(db)
    finally:
        srv.stop()
    ratios = [x["seconds"] / y["seconds"] for x, y in zip(runs["a"], runs["b"], strict=True)]
    return {"shas": shas, "runs": runs, "pair_ratios_a_over_b": ratios,
            "median_s": {k: statistics.median(r["seconds"] for r in v) for k, v in runs.items()},
            "median_server_cpu_s": {k: statistics.median(r["server_cpu_s"] for r in v)
                                    for k, v in runs.items()},
            "median_ratio": statistics.median(ratios)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ref_a")
    parser.add_argument("ref_b")
    parser.add_argument("--pairs", type=int, default=6)
    parser.add_argument("--port", type=int, default=7753)
    parser.add_argument("--instance", default="gdelt-ab")
    args = parser.parse_args()
    result = run(args.ref_a, args.ref_b, args.pairs, args.port, args.instance)
    OUT.mkdir(exist_ok=True)
    name = f"gdelt-ab-{result['shas']['a']}-{result['shas']['b']}.json"
    (OUT / name).write_text(json.dumps(result, indent=1))
    print(json.dumps({k: v for k, v in result.items() if k != "runs"}, indent=1))


if __name__ == "__main__":
    main()
