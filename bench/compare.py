"""Does a benchmark reproduce? Its headline ratios in its two newest saved runs, side by side.

Every run saves ``bench/out/<name>-<UTC timestamp>.json``. ``geokg bench NAME --compare``
reads the two newest of each benchmark and prints, per headline ratio, both values, the
change and whether it stays within the 25% the benchmarks promise. Absolute times are not
compared: on a shared machine they drift with the load; ratios measured side by side in
one run should not.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.harness import table

#: The band within which a ratio counts as reproduced.
TOLERANCE = 0.25

Getter = Callable[[dict[str, Any]], float | None]


def _at(*keys: str) -> Getter:
    def get(result: dict[str, Any]) -> float | None:
        value: Any = result
        for key in keys:
            if not isinstance(value, dict) or key not in value:
                return None
            value = value[key]
        return float(value) if isinstance(value, (int, float)) else None
    return get


def _bulk_over_import(result: dict[str, Any]) -> float | None:
    ours, bulk = _at("ratio", "ours_over_admin_import")(result), _at(
        "ratio", "ours_over_bulk_path")(result)
    return ours / bulk if ours and bulk else None


#: benchmark -> (what the ratio says, how to read it from a saved result)
HEADLINES: dict[str, list[tuple[str, Getter]]] = {
    "load": [
        ("naive / ours, full documents (x)", _at("ratio", "naive_over_ours")),
        ("naive / ours, edges only (x)", _at("ratio", "naive_over_ours_edges_only")),
    ],
    "ceiling": [
        ("ours / neo4j-admin import (x)", _at("ratio", "ours_over_admin_import")),
        ("geokg load --bulk / import (x)", _bulk_over_import),
    ],
    "paths": [
        ("naive / ours, pair by pair, median (x)",
         _at("ratio", "naive_over_ours_paired_median")),
        ("naive db p50 / ours db p50 (x; whole ms)", _at("ratio", "naive_p50_over_ours_api_p50")),
    ],
    "api": [
        ("/paths pair by pair, median HTTP / Bolt (x)",
         _at("paired_paths", "median_ratio_http_over_bolt")),
        ("/paths HTTP p50 / Bolt p50, separate blocks (x)",
         _at("ratio_http_p50_over_bolt_p50", "paths")),
        ("/actors/{id} HTTP p50 / Bolt p50 (x)",
         _at("ratio_http_p50_over_bolt_p50", "actor")),
    ],
    "viz": [
        (f"pyvis / ours at {n:,} nodes (x)", _at("sizes", str(n), "ratio_pyvis_over_ours"))
        for n in (500, 2000, 5000)
    ],
    "extract": [
        ("articles per CPU second", _at("speed", "articles_per_cpu_s")),
        ("held-out events precision", _at("scores", "test", "events", "precision")),
        ("held-out events recall", _at("scores", "test", "events", "recall")),
    ],
    "coreference": [
        ("load time with / without coreference (x)", _at("ratio", "with_over_without")),
        ("pairwise precision", _at("with", "scores", "precision")),
        ("pairwise recall", _at("with", "scores", "recall")),
    ],
    "gdelt": [
        ("today's loader / loader of 9eb8bf7 on its own launcher's server, events/s (x)",
         _at("ratio", "new_over_old_system")),
        ("today's loader / loader of 9eb8bf7, both on today's server, events/s (x)",
         _at("ratio", "new_over_old_speed")),
        ("the same, whole `geokg load` process (x)", _at("ratio", "new_over_old_speed_cli")),
        ("geokg load --bulk / bare neo4j-admin import (x)", _at("ratio", "bulk_over_import")),
    ],
    "explorer": [
        ("North Korea depth 2, plain / aggregated bytes (x)",
         _at("http", "plain_over_aggregated_bytes")),
        ("North Korea depth 2, plain / aggregated HTTP p50 (x)",
         _at("http", "plain_over_aggregated_p50")),
        ("North Korea depth 2, plain / aggregated Bolt p50 (x)",
         _at("bolt", "plain_over_aggregated_p50")),
    ],
}


#: benchmark -> its size in a saved result: only runs of the newest run's size compare
SIZES: dict[str, Getter] = {"coreference": _at("corpus", "documents"),
                            "gdelt": _at("events")}


def saved_runs(out_dir: Path, name: str) -> list[Path]:
    """The dated results of benchmark ``name``, oldest first (for a benchmark of several
    sizes, only those of the newest run's size)."""
    runs = sorted(out_dir.glob(f"{name}-2*.json"))
    size = SIZES.get(name)
    if size is None or not runs:
        return runs
    newest = size(json.loads(runs[-1].read_text()))
    return [p for p in runs if size(json.loads(p.read_text())) == newest]


def _stamp(path: Path) -> str:
    raw = path.stem.rsplit("-", 1)[1]  # 20261128T075704
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]} {raw[9:11]}:{raw[11:13]} UTC"


def compare(names: list[str], out_dir: Path) -> tuple[str, bool]:
    """A Markdown table of the headline ratios of the two newest runs of each benchmark,
    and whether every ratio found in both stayed within TOLERANCE."""
    rows: list[list[Any]] = []
    ok = True
    for name in names:
        runs = saved_runs(out_dir, name)
        if len(runs) < 2:
            rows.append([name, f"{len(runs)} saved run(s): run it twice to compare",
                         "", "", "", ""])
            ok = False
            continue
        older, newer = runs[-2], runs[-1]
        a_res, b_res = (json.loads(p.read_text()) for p in (older, newer))
        for label, get in HEADLINES[name]:
            a, b = get(a_res), get(b_res)
            if a is None or b is None:
                rows.append([name, label, a if a is not None else "not in this run",
                             b if b is not None else "not in this run", "", ""])
                continue
            change = b / a - 1
            within = abs(change) <= TOLERANCE
            ok = ok and within
            rows.append([name, label, f"{a:.3g} ({_stamp(older)})", f"{b:.3g} ({_stamp(newer)})",
                         f"{change:+.0%}", "yes" if within else "**no**"])
    md = table(["benchmark", "ratio", "older run", "newer run", "change",
                f"within {TOLERANCE:.0%}"], rows)
    return md, ok
