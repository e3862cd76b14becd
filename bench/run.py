"""Run benchmarks by name and print their Markdown tables (``geokg bench [NAME]``)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from bench.harness import BenchConfig, log

#: name -> module with ``main(cfg, **options) -> (result, markdown)``; "all" runs them in
#: this order (ceiling leaves the large graph that paths and api query).
BENCHMARKS: dict[str, str] = {
    "load": "bench.load",
    "ceiling": "bench.ceiling",
    "paths": "bench.paths",
    "api": "bench.api",
    "viz": "bench.viz",
    "extract": "bench.extract",
    "coreference": "bench.coreference",
    "export": "bench.export",
    "gdelt": "bench.gdelt",
    "articles": "bench.articles",
    "explorer": "bench.explorer",
}

#: Options "all" passes, to keep a whole run near an hour on 2 cores: the coreference
#: benchmark's own default, 10,000 documents, takes about 25 minutes (two loads of 10-13
#: minutes each on 2 shared cores); 1,000 take about 3.
ALL_OPTIONS: dict[str, dict[str, Any]] = {"coreference": {"documents": 1_000}}


def entry(name: str) -> Callable[..., tuple[dict[str, Any], str]]:
    """The ``main`` of benchmark ``name``; raises ValueError naming the known ones."""
    if name not in BENCHMARKS:
        raise ValueError(f"unknown benchmark '{name}': use one of "
                         f"{', '.join(BENCHMARKS)} or all")
    module = importlib.import_module(BENCHMARKS[name])
    main: Callable[..., tuple[dict[str, Any], str]] = module.main
    return main


def run_one(name: str, cfg: BenchConfig, **options: Any) -> tuple[dict[str, Any], str]:
    """Run benchmark ``name``; return its result and Markdown table (both in bench/out/)."""
    main = entry(name)
    log(f"bench {name}: start")
    result, md = main(cfg, **options)
    cfg.out_dir.mkdir(parents=True, exist_ok=True)
    (cfg.out_dir / f"{name}.md").write_text(md + "\n")
    log(f"bench {name}: done")
    return result, md


def run(names: list[str], cfg: BenchConfig, options: dict[str, dict[str, Any]] | None = None
        ) -> dict[str, str]:
    """Run each named benchmark; return its Markdown table by name (also in bench/out/)."""
    return {name: run_one(name, cfg, **(options or {}).get(name, {}))[1] for name in names}
