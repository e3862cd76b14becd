"""Peak memory of loading a GDELT file ten times the sample's size vs the sample itself.

    .venv/bin/python bench/gdelt_memory.py --instance bench --port 7710 --wipe
    .venv/bin/python bench/gdelt_memory.py            # the server of GEOKG_NEO4J_* settings

Writes the shared 1,000-row sample and a file ``--factor`` times larger (the same rows
repeated, each copy with new GLOBALEVENTIDs and its own SOURCEURLs, so every copy adds
events, sources and evidence), loads each in its own child process, and reports each
child's peak resident set size (``ru_maxrss`` from ``os.wait4``) and their ratio. The issue
asks for a ratio within 1.5. ``--wipe`` empties the database before each run (use a
scratch instance: it deletes everything).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "gdelt" / "20170701234500.export.sample.CSV"
ID_STRIDE = 10_000_000_000  # GLOBALEVENTIDs are ~1e9: copies never collide


def make_file(target: Path, factor: int) -> int:
    """Write ``factor`` copies of the sample with fresh ids and URLs; return the row count."""
    rows = SAMPLE.read_text(encoding="utf-8").splitlines()
    n = 0
    with target.open("w", encoding="utf-8", newline="\n") as out:
        for copy in range(factor):
            for row in rows:
                f = row.split("\t")
                f[0] = str(int(f[0]) + copy * ID_STRIDE)
                if copy:
                    sep = "&" if "?" in f[60] else "?"
                    f[60] = f"{f[60]}{sep}geokg-copy={copy}"
                out.write("\t".join(f) + "\n")
                n += 1
    return n


def _database(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from pydantic import SecretStr

    from graph.db import Database
    from graph.launcher import LocalNeo4j
    from graph.settings import get_settings

    settings = get_settings()
    if args.instance:
        # the instance's own generated password, not one from .env for another server
        settings = settings.model_copy(update={"neo4j_instance": args.instance,
                                               "neo4j_bolt_port": args.port,
                                               "neo4j_password": None,
                                               "neo4j_uri": f"bolt://127.0.0.1:{args.port}"})
        server = LocalNeo4j(settings, instance=args.instance, port=args.port)
        server.start()
        settings = settings.model_copy(update={"neo4j_password": SecretStr(server.password())})
    return Database(settings)


def child(args: argparse.Namespace) -> None:
    """Load one file (in this process) and print what was loaded, as JSON."""
    from loaders.gdelt import load_gdelt_files

    with _database(args) as db:
        start = time.perf_counter()
        summary = load_gdelt_files(db, [args.child])
        print(json.dumps({"loaded": summary["loaded"], "skipped": summary["skipped"],
                          "seconds": round(time.perf_counter() - start, 2)}))


def run_child(args: argparse.Namespace, path: Path) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", str(path)]
    if args.instance:
        cmd += ["--instance", args.instance, "--port", str(args.port)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"child failed on {path} (exit {proc.returncode})")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1)  # Linux: kilobytes
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--factor", type=int, default=10, help="Size of the big file (x sample).")
    parser.add_argument("--instance", help="Local Neo4j instance (started if needed).")
    parser.add_argument("--port", type=int, default=7710, help="Bolt port of --instance.")
    parser.add_argument("--wipe", action="store_true",
                        help="Delete everything in the database before each run.")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.child:
        child(args)
        return
    with tempfile.TemporaryDirectory(prefix="gdelt-bench-") as tmp:
        small = Path(tmp) / "20170701234500.export.CSV"
        big = Path(tmp) / "20170701000000.export.CSV"
        rows_small, rows_big = make_file(small, 1), make_file(big, args.factor)
        results = {}
        for label, path, rows in (("sample", small, rows_small), ("big", big, rows_big)):
            if args.wipe:
                from bench.harness import wipe  # batched: one transaction has a memory cap
                with _database(args) as db:
                    wipe(db)
            results[label] = {"rows": rows, "bytes": path.stat().st_size,
                              **run_child(args, path)}
    ratio = results["big"]["peak_rss_mb"] / results["sample"]["peak_rss_mb"]
    print(json.dumps({**results, "rss_ratio": round(ratio, 3)}, indent=2))
    print()
    print("| file | rows | size | load time | peak RSS |")
    print("|---|---|---|---|---|")
    for label, r in results.items():
        print(f"| {label} | {r['rows']:,} | {r['bytes'] / 1e6:.1f} MB | {r['seconds']} s "
              f"| {r['peak_rss_mb']} MB |")
    print(f"\npeak RSS ratio ({args.factor}x / 1x): {ratio:.2f} (limit 1.5)")


if __name__ == "__main__":
    main()
