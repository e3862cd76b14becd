"""GDELT loading: today's loader vs the loader of commit 9eb8bf7, and the bulk path vs a bare
``neo4j-admin database import full``, side by side in one run (issue 17).

The file is ``copies`` copies of the 1,000-row sample (``bench/gdelt_memory.make_file``:
fresh GLOBALEVENTIDs and URLs per copy, so every copy adds events, sources and evidence),
named ``20170701234500.export.CSV``. Every load runs in a child process of its own, against
the same local instance, from a ``git archive`` of the code it measures (``OLD_REF`` and,
for the current code, ``HEAD``) with that folder on PYTHONPATH:

- **incremental, in the child**: ``load_gdelt_files`` timed inside the child (not Python's
  start-up), old then new, alternating, ``runs`` pairs; the ratio is taken pair by pair;
- **incremental, whole process**: ``python -m cli.main load --json FILE`` (what ``geokg
  load FILE`` runs) timed from spawn to exit, old then new, alternating;
- **the whole system of then** (``old_server``, the default): the old loader also against
  a second server started by the old commit's own launcher (``SERVER`` run on that code,
  instance ``<instance>-old`` on port ``port + 3``), in the child and as a whole process,
  in the same rounds. What an analyst ran at ``OLD_REF`` was that code on that server: the
  launcher of then ran the JVM without Neo4j's distribution options (its page cache fell
  back to a slower path), so this is the side-by-side twin of the issue's "today's
  events/s", and the old code on today's server separates the loader's share from the
  server's;
- **bulk**: ``bulk_load`` of the file (``geokg load --bulk``: CSV files, stop, import,
  start, schema) vs a bare ``neo4j-admin database import full`` of the same CSV files
  (written once beforehand), alternating; the server is stopped (untimed) before a bare
  import and started (untimed) after it.

Peak memory is each child's ``ru_maxrss`` (``os.wait4``: the child and the children it
waited for, e.g. the neo4j-admin JVM), each child spawned from a small process of its own
(``SPAWN``: a child's ``ru_maxrss`` starts at its parent's); the Python children also
report their own peak (``VmHWM``).
Between loads the database is emptied by batched deletes. Results: ``bench/out/gdelt.json``
and a Markdown table for BENCHMARKS.md.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, LiteralString

from pydantic import SecretStr

from bench.gdelt_memory import make_file
from bench.harness import BenchConfig, connect, log, machine, median, save, table
from graph.db import Database
from graph.launcher import LocalNeo4j
from graph.settings import PROJECT_ROOT
from loaders.gdelt.bulk import write_csv_with_gdelt

#: The loader before the lead's rewrite (issue 17's "today's loader").
OLD_REF = "9eb8bf7"
#: Rows of the shared sample; a copy of the file is this many events.
SAMPLE_ROWS = 1000

WIPE_BATCH: LiteralString = """
MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted
"""

#: Run in each child (``python -c``) with a code snapshot on PYTHONPATH; prints one JSON
#: line. Only imports that the old and the new code share.
DRIVER = r"""
import json, sys, time
from pathlib import Path
mode, args = sys.argv[1], sys.argv[2:]
out = {}
if mode == "load":
    import loaders
    from graph.db import Database
    from graph.settings import Settings
    from loaders.gdelt import load_gdelt_files
    with Database(Settings()) as db:
        db.read("RETURN 1 AS one")
        t0 = time.perf_counter()
        summary = load_gdelt_files(db, [args[0]])
        out = {"seconds": time.perf_counter() - t0, "loaded": summary["loaded"],
               "code": loaders.__file__}
elif mode == "bulk":
    import loaders
    from graph.settings import Settings
    from loaders.bulk import bulk_load
    t0 = time.perf_counter()
    result = bulk_load(Settings(), [], gdelt=[args[0]], csv_dir=Path(args[1]))
    out = {"seconds": time.perf_counter() - t0, "timings": result["timings"],
           "gdelt_timings": result["gdelt"]["timings"], "loaded": result["gdelt"]["loaded"],
           "nodes": result["nodes"], "relationships": result["relationships"],
           "code": loaders.__file__}
elif mode == "import":
    import loaders
    from graph.launcher import LocalNeo4j
    from graph.settings import Settings
    from loaders.bulk import CsvSet, admin_import
    spec = json.loads(Path(args[0]).read_text())
    csvs = CsvSet(Path(spec["directory"]), multiline=spec["multiline"])
    for label, paths in spec["nodes"].items():
        csvs.nodes[label].extend(Path(p) for p in paths)
    for rel_type, paths in spec["relationships"].items():
        csvs.relationships[rel_type].extend(Path(p) for p in paths)
    settings = Settings()
    result = admin_import(LocalNeo4j(settings), csvs, database=settings.neo4j_database)
    out = {"seconds": result.seconds, "code": loaders.__file__}
# VmHWM: this program's own peak (ru_maxrss would also count what the spawner had)
status = Path("/proc/self/status").read_text()
out["python_peak_mb"] = int(status.split("VmHWM:")[1].split()[0]) / 1024
print(json.dumps(out))
"""

#: Starts (``start``) or stops (``stop``) the local server of the code on PYTHONPATH, with the
#: settings of the environment: the old commit's launcher runs its own server.
SERVER = r"""
import sys
from graph.launcher import LocalNeo4j
from graph.settings import Settings
srv = LocalNeo4j(Settings())
srv.start() if sys.argv[1] == "start" else srv.stop()
print("{}")
"""

#: Forks and execs the command it is given, waits for it with ``os.wait4`` and writes
#: ``{"wall_s", "maxrss_kb", "status"}`` as the last line of stderr. A process's
#: ``ru_maxrss`` starts at its parent's peak (Linux keeps it across fork and exec), so
#: the children are spawned from this small process, not from the benchmark's.
SPAWN = r"""
import json, os, sys, time
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
sys.stderr.write("\n" + json.dumps({"wall_s": time.perf_counter() - t0,
                                    "maxrss_kb": usage.ru_maxrss,
                                    "status": os.waitstatus_to_exitcode(status)}) + "\n")
"""


@dataclass
class Child:
    """One child process: wall seconds (spawn to exit), peak RSS (MB), its JSON line."""

    wall_s: float
    maxrss_mb: float
    out: dict[str, Any]
    load_avg_1m: float


def snapshot(ref: str, target: Path) -> str:
    """Extract the code of ``ref`` (``git archive``) into ``target``; return the commit."""
    target.mkdir(parents=True, exist_ok=True)
    sha = subprocess.run(["git", "rev-parse", "--short", ref], cwd=PROJECT_ROOT, check=True,
                         capture_output=True, text=True).stdout.strip()
    archive = subprocess.run(["git", "archive", ref], cwd=PROJECT_ROOT, check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return sha


def spawn(cmd: list[str], code: Path, env: dict[str, str], *, whole_json: bool = False
          ) -> Child:
    """Run ``cmd`` with ``code`` on PYTHONPATH (and as its folder) through ``SPAWN``: its
    wall time from fork to exit, its peak RSS (with the children it waited for, e.g. the
    neo4j-admin JVM) and the JSON of its last stdout line (``whole_json``: of its whole
    stdout). Fails loudly."""
    full_env = {**os.environ, **env, "PYTHONPATH": str(code)}
    proc = subprocess.run([sys.executable, "-S", "-I", "-c", SPAWN, *cmd], cwd=code,
                          env=full_env, capture_output=True, text=True, check=False)
    lines = proc.stderr.strip().splitlines()
    usage = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {"status": -1}
    if proc.returncode or usage["status"]:
        raise RuntimeError(f"child {cmd[3:] if cmd[1] == '-c' else cmd[1:]} failed "
                           f"(exit {usage['status']}):\n"
                           + "\n".join((proc.stdout + proc.stderr).splitlines()[-15:]))
    text = proc.stdout.strip()
    out = json.loads(text if whole_json else text.splitlines()[-1])
    if "code" in out and not str(out["code"]).startswith(str(code)):
        raise RuntimeError(f"the child ran {out['code']}, not the code in {code}")
    return Child(usage["wall_s"], usage["maxrss_kb"] / 1024, out, os.getloadavg()[0])


def run_driver(mode: str, args: list[str], code: Path, env: dict[str, str]) -> Child:
    """``DRIVER`` in ``mode`` (load, bulk, import) on the code in ``code``."""
    return spawn([sys.executable, "-c", DRIVER, mode, *args], code, env)


def run_cli(code: Path, env: dict[str, str], path: Path) -> Child:
    """``python -m cli.main load --json FILE`` (what ``geokg load FILE`` runs), timed from
    fork to exit."""
    child = spawn([sys.executable, "-m", "cli.main", "load", "--json", str(path)], code, env,
                  whole_json=True)
    child.out = {"loaded": child.out["gdelt"]["loaded"]}
    return child


def wipe_batched(db: Database) -> None:
    """Delete everything, 20,000 nodes per transaction (the schema stays)."""
    def batch(tx: Any) -> int:
        record = tx.run(WIPE_BATCH).single()
        return int(record["deleted"]) if record else 0

    while db.write(batch):
        pass


def _rel(xs: list[float]) -> float:
    """Spread of runs: (max - min) / median."""
    return (max(xs) - min(xs)) / median(xs) if xs else float("nan")


def run(cfg: BenchConfig, *, copies: int = 5, old_ref: str = OLD_REF,
        new_ref: str = "HEAD", bulk_runs: int | None = None, incremental: bool = True,
        old_server: bool = True) -> dict[str, Any]:
    """Measure; return the result (see the module docstring). ``incremental=False``
    measures only the bulk path and the bare import (for large files, where the old
    loader would take hours); ``old_server=False`` leaves out the old loader on the old
    launcher's server."""
    runs = cfg.runs
    bulk_runs = bulk_runs or runs
    # deleting 20,000 nodes with their relationships in one transaction needs more than
    # the default 350 MiB of transaction memory on a graph of 50,000 events
    srv = LocalNeo4j(cfg.settings().model_copy(update={"neo4j_tx_memory_total_max": "1500m"}))
    srv.stop()  # started again with this configuration
    srv.start()
    password = srv.password()
    env = {"GEOKG_NEO4J_URI": srv.uri, "GEOKG_NEO4J_PASSWORD": password,
           "GEOKG_NEO4J_INSTANCE": srv.instance, "GEOKG_NEO4J_BOLT_PORT": str(srv.port),
           "GEOKG_NEO4J_HOME": str(srv.home), "GEOKG_NEO4J_HEAP": cfg.heap,
           "GEOKG_NEO4J_PAGECACHE": cfg.pagecache,
           # the bulk child restarts the server with its settings: the bench's own
           "GEOKG_NEO4J_TX_TIMEOUT": srv.settings.neo4j_tx_timeout,
           "GEOKG_NEO4J_TX_MEMORY_MAX": srv.settings.neo4j_tx_memory_max,
           "GEOKG_NEO4J_TX_MEMORY_TOTAL_MAX": srv.settings.neo4j_tx_memory_total_max}
    rows: dict[str, list[Child]] = {k: [] for k in
                                    ("old", "new", "old_cli", "new_cli", "bulk", "import",
                                     "old_sys", "old_sys_cli")}
    # the old launcher's server: same home, heap, page cache and limits, its own instance
    old_srv = LocalNeo4j(srv.settings.model_copy(update={
        "neo4j_instance": f"{srv.instance}-old", "neo4j_bolt_port": srv.port + 3,
        "neo4j_uri": f"bolt://127.0.0.1:{srv.port + 3}"}))
    old_env = {**env, "GEOKG_NEO4J_URI": old_srv.uri, "GEOKG_NEO4J_PASSWORD": "",
               "GEOKG_NEO4J_INSTANCE": old_srv.instance,
               "GEOKG_NEO4J_BOLT_PORT": str(old_srv.port)}
    old_server = old_server and incremental
    with tempfile.TemporaryDirectory(prefix="geokg-bench-gdelt-") as tmp_s:
        tmp = Path(tmp_s)
        old_code, new_code = tmp / "old", tmp / "new"
        old_sha, new_sha = snapshot(old_ref, old_code), snapshot(new_ref, new_code)
        path = tmp / "20170701234500.export.CSV"
        events = make_file(path, copies)
        warm = tmp / "20170701000000.export.CSV"
        make_file(warm, 1)
        log(f"gdelt: {events:,} events; old {old_sha}, new {new_sha}; instance "
            f"{srv.instance}:{srv.port}")
        old_db = None
        if old_server:
            old_srv.stop()
            spawn([sys.executable, "-c", SERVER, "start"], old_code, old_env)
            old_env["GEOKG_NEO4J_PASSWORD"] = old_srv.password()
            old_db = Database(old_srv.settings.model_copy(update={
                "neo4j_password": SecretStr(old_env["GEOKG_NEO4J_PASSWORD"])}))
            log(f"gdelt: {old_sha}'s server: {old_srv.instance}:{old_srv.port}")
        with connect(cfg) as db:
            info = machine(db)
            load_before = os.getloadavg()

            def fresh() -> None:
                wipe_batched(db)

            def wipe(system: str) -> dict[str, str]:
                """Empty the database of ``system`` (old: 9eb8bf7's server); its env."""
                if system == "old":
                    assert old_db is not None
                    wipe_batched(old_db)
                    return old_env
                fresh()
                return env

            def load(code: Path, what: Path, system: str = "new") -> Child:
                return run_driver("load", [str(what)], code, wipe(system))

            loaders = [("old", old_code, "new"), ("new", new_code, "new")]
            if old_server:
                loaders.append(("old_sys", old_code, "old"))
            for _, code, system in loaders if incremental else ():  # warm-up: plans, cache
                load(code, warm, system)
            for i in range(runs if incremental else 0):
                for name, code, system in loaders:
                    rows[name].append(c := load(code, path, system))
                    log(f"gdelt: run {i + 1} {name}: {c.out['seconds']:.1f}s in the child, "
                        f"{c.out['loaded']} events, peak {c.maxrss_mb:.0f} MB, "
                        f"load {c.load_avg_1m:.1f}")
                for name, code, system in loaders:
                    rows[name + "_cli"].append(c := run_cli(code, wipe(system), path))
                    log(f"gdelt: run {i + 1} {name}_cli: {c.wall_s:.1f}s whole process")
            fresh()
        if old_db is not None:
            wipe_batched(old_db)
            old_db.close()
            spawn([sys.executable, "-c", SERVER, "stop"], old_code, old_env)
        # the bare import's CSV files: the bulk path's, written once
        csv_dir = tmp / "csv"
        csv_summary, _ = write_csv_with_gdelt([], [path], csv_dir)
        spec = tmp / "csvset.json"
        cs = csv_summary.csv
        spec.write_text(json.dumps({
            "directory": str(cs.directory), "multiline": cs.multiline,
            "nodes": {k: [str(p) for p in v] for k, v in cs.nodes.items()},
            "relationships": {k: [str(p) for p in v] for k, v in cs.relationships.items()}}))
        for i in range(bulk_runs):
            with connect(cfg) as db:
                wipe_batched(db)
            rows["bulk"].append(c := run_driver(
                "bulk", [str(path), str(tmp / "bulk-csv")], new_code, env))
            log(f"gdelt: run {i + 1} bulk: {c.out['timings']['total_s']:.1f}s "
                f"({c.out['timings']}), peak {c.maxrss_mb:.0f} MB")
            srv.stop()
            rows["import"].append(c := run_driver("import", [str(spec)], new_code, env))
            log(f"gdelt: run {i + 1} bare import: {c.out['seconds']:.1f}s, "
                f"peak {c.maxrss_mb:.0f} MB")
            srv.start()
        with connect(cfg) as db:
            imported = db.read("MATCH (n) RETURN count(n) AS c")[0]["c"]
            wipe_batched(db)
        shutil.rmtree(csv_dir, ignore_errors=True)
    return _result(cfg, rows, info, load_before, events, copies, old_sha, new_sha,
                   imported)


def _result(cfg: BenchConfig, rows: dict[str, list[Child]], info: dict[str, Any],
            load_before: tuple[float, float, float], events: int, copies: int,
            old_sha: str, new_sha: str, imported: int) -> dict[str, Any]:
    old = [c.out["seconds"] for c in rows["old"]]
    new = [c.out["seconds"] for c in rows["new"]]
    old_cli = [c.wall_s for c in rows["old_cli"]]
    new_cli = [c.wall_s for c in rows["new_cli"]]
    bulk = [c.out["timings"]["total_s"] for c in rows["bulk"]]
    bare = [c.out["seconds"] for c in rows["import"]]
    old_sys = [c.out["seconds"] for c in rows["old_sys"]]
    old_sys_cli = [c.wall_s for c in rows["old_sys_cli"]]
    pairs = [o / n for o, n in zip(old, new, strict=True)]
    cli_pairs = [o / n for o, n in zip(old_cli, new_cli, strict=True)]
    sys_pairs = [o / n for o, n in zip(old_sys, new, strict=True)] if old_sys else []
    sys_cli_pairs = ([o / n for o, n in zip(old_sys_cli, new_cli, strict=True)]
                     if old_sys_cli else [])
    nan = float("nan")

    def med(xs: list[float]) -> float:
        return median(xs) if xs else nan
    bulk_pairs = [b / i for b, i in zip(bulk, bare, strict=True)]
    steps = {k: median([c.out["timings"][k] for c in rows["bulk"]])
             for k in rows["bulk"][0].out["timings"]} if rows["bulk"] else {}
    gsteps = {k: median([c.out["gdelt_timings"][k] for c in rows["bulk"]])
              for k in rows["bulk"][0].out["gdelt_timings"]} if rows["bulk"] else {}
    loads = [c.load_avg_1m for cs in rows.values() for c in cs]
    return {
        "benchmark": "gdelt",
        "machine": {**info, "nproc": os.cpu_count(), "load_avg_before": load_before,
                    "load_avg_1m_during": {"min": min(loads), "max": max(loads),
                                           "median": median(loads)}},
        "command": f"geokg bench gdelt --runs {cfg.runs} --copies {copies} "
                   f"--instance {cfg.instance} --port {cfg.port}",
        "copies": copies, "events": events, "old_ref": old_sha, "new_ref": new_sha,
        "runs": {k: [{"wall_s": c.wall_s, "maxrss_mb": c.maxrss_mb, "load_avg_1m":
                      c.load_avg_1m, **c.out} for c in cs] for k, cs in rows.items()},
        "median_s": {"old": med(old), "new": med(new), "old_cli": med(old_cli),
                     "new_cli": med(new_cli), "bulk": med(bulk), "import": med(bare),
                     "old_sys": med(old_sys), "old_sys_cli": med(old_sys_cli)},
        "spread": {"old": _rel(old), "new": _rel(new), "old_cli": _rel(old_cli),
                   "new_cli": _rel(new_cli), "bulk": _rel(bulk), "import": _rel(bare),
                   "old_sys": _rel(old_sys), "old_sys_cli": _rel(old_sys_cli)},
        "events_per_s": {"old": events / med(old), "new": events / med(new),
                         "old_cli": events / med(old_cli),
                         "new_cli": events / med(new_cli), "bulk": events / med(bulk),
                         "import": events / med(bare), "old_sys": events / med(old_sys),
                         "old_sys_cli": events / med(old_sys_cli)},
        "peak_rss_mb": {k: max(c.maxrss_mb for c in cs) for k, cs in rows.items() if cs},
        "python_peak_mb": {k: max(c.out["python_peak_mb"] for c in cs)
                           for k, cs in rows.items() if cs and "python_peak_mb" in cs[0].out},
        "bulk_steps_median_s": steps, "bulk_csv_steps_median_s": gsteps,
        "ratio": {"new_over_old_speed_pairs": pairs,
                  "new_over_old_speed": median(pairs),
                  "new_over_old_speed_cli_pairs": cli_pairs,
                  "new_over_old_speed_cli": median(cli_pairs),
                  "new_over_old_system_pairs": sys_pairs,
                  "new_over_old_system": med(sys_pairs),
                  "new_over_old_system_cli_pairs": sys_cli_pairs,
                  "new_over_old_system_cli": med(sys_cli_pairs),
                  "bulk_over_import_pairs": bulk_pairs,
                  "bulk_over_import": median(bulk_pairs)},
        "imported_nodes": imported,
    }


def markdown(res: dict[str, Any]) -> str:
    med, eps, r = res["median_s"], res["events_per_s"], res["ratio"]
    rss = {k: res["peak_rss_mb"].get(k, float("nan")) for k in med}
    n = res["events"]
    speed = ", ".join(f"{x:.2f}" for x in r["new_over_old_speed_pairs"])
    cli = ", ".join(f"{x:.2f}" for x in r["new_over_old_speed_cli_pairs"])
    bulk = ", ".join(f"{x:.2f}" for x in r["bulk_over_import_pairs"])
    sys_pairs = ", ".join(f"{x:.2f}" for x in r.get("new_over_old_system_pairs", []))
    sys_cli = ", ".join(f"{x:.2f}" for x in r.get("new_over_old_system_cli_pairs", []))
    nan = float("nan")
    rows = [
        [f"loader of {res['old_ref']} on {res['old_ref']}'s server (in the child)", n,
         med.get("old_sys", nan), eps.get("old_sys", nan), rss.get("old_sys", nan), "1"],
        [f"loader of {res['new_ref']} on today's server (in the child)", n, med["new"],
         eps["new"], rss["new"],
         f"{r.get('new_over_old_system', nan):.2f}x faster (pairs: {sys_pairs})"],
        [f"`geokg load FILE` of {res['old_ref']} on its server (whole process)", n,
         med.get("old_sys_cli", nan), eps.get("old_sys_cli", nan),
         rss.get("old_sys_cli", nan), "1"],
        [f"`geokg load FILE` of {res['new_ref']} on today's server (whole process)", n,
         med["new_cli"], eps["new_cli"], rss["new_cli"],
         f"{r.get('new_over_old_system_cli', nan):.2f}x faster (pairs: {sys_cli})"],
        [f"loader of {res['old_ref']} on today's server (in the child)", n, med["old"],
         eps["old"], rss["old"], "1"],
        [f"loader of {res['new_ref']} on today's server (in the child)", n, med["new"],
         eps["new"], rss["new"], f"{r['new_over_old_speed']:.2f}x faster (pairs: {speed})"],
        [f"`geokg load FILE` of {res['old_ref']} on today's server (whole process)", n,
         med["old_cli"],
         eps["old_cli"], rss["old_cli"], "1"],
        [f"`geokg load FILE` of {res['new_ref']} on today's server (whole process)", n,
         med["new_cli"],
         eps["new_cli"], rss["new_cli"],
         f"{r['new_over_old_speed_cli']:.2f}x faster (pairs: {cli})"],
        ["bare `neo4j-admin database import full` of the bulk path's CSV files", n,
         med["import"], eps["import"], rss["import"], "1"],
        [f"`geokg load --bulk FILE` of {res['new_ref']} (CSV, stop, import, start, schema)",
         n, med["bulk"], eps["bulk"], rss["bulk"],
         f"{r['bulk_over_import']:.2f}x the import's time (pairs: {bulk})"],
    ]
    py = res.get("python_peak_mb", {})
    rows = [row for row in rows if row[2] == row[2]]  # parts not measured (NaN) left out
    steps = ", ".join(f"{k.removesuffix('_s')} {v:.1f}s"
                      for k, v in res["bulk_steps_median_s"].items())
    csv_steps = ", ".join(f"{k.removesuffix('_s')} {v:.2f}s"
                          for k, v in res["bulk_csv_steps_median_s"].items())
    m = res["machine"]
    during = m["load_avg_1m_during"]
    return (table(["loader", "events", "median s", "events/s", "peak RSS MB", "ratio"], rows)
            + f"\n\nbulk steps (medians): {steps}; its CSV step: {csv_steps}. Peak RSS of "
            f"the bulk path's Python process alone: {py.get('bulk', float('nan')):.0f} MB "
            "(the rest is the neo4j-admin JVM it runs).\n"
            f"Spread of runs ((max - min) / median): "
            + ", ".join(f"{k} {v:.0%}" for k, v in res["spread"].items())
            + f".\nMachine: {m['nproc']} cores, {m['memory_gb']} GB, load average "
            f"{m['load_avg_before'][0]:.2f} at the start, {during['min']:.2f}–"
            f"{during['max']:.2f} (median {during['median']:.2f}) after each run; "
            f"{m.get('neo4j', '')}, heap {m.get('neo4j_heap')}, page cache "
            f"{m.get('neo4j_pagecache')}.\nCommand: `{res['command']}`")


def main(cfg: BenchConfig, **kw: Any) -> tuple[dict[str, Any], str]:
    res = run(cfg, **kw)
    save("gdelt", res, cfg)
    return res, markdown(res)
