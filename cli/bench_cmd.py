"""``geokg bench [NAME]``: the benchmarks of BENCHMARKS.md, on instances of their own."""

from __future__ import annotations

import json
from typing import Any

import typer

from bench.compare import compare
from bench.harness import BenchConfig
from bench.run import ALL_OPTIONS, BENCHMARKS, run_one


def bench(
    name: str = typer.Argument("all", help=f"{' | '.join(BENCHMARKS)} | all"),
    runs: int = typer.Option(5, "--runs", min=1, help="Repetitions (medians are reported)."),
    seed: int = typer.Option(42, "--seed", help="Seed of the synthetic graph."),
    instance: str = typer.Option("bench", "--instance", help="Name of the bench Neo4j instance."),
    port: int = typer.Option(7705, "--port", help="Bolt port of the bench Neo4j instance."),
    import_port: int = typer.Option(7725, "--import-port",
                                    help="Bolt port of the neo4j-admin import instance."),
    heap: str = typer.Option("2g", "--heap", help="Heap of the bench Neo4j instances."),
    pagecache: str = typer.Option("1g", "--pagecache", help="Page cache of the instances."),
    compare_runs: bool = typer.Option(
        False, "--compare", help="Run nothing: compare the headline ratios of the two "
        "newest saved runs (bench/out/) and exit 1 if one moved more than 25%."),
    documents: int | None = typer.Option(
        None, "--documents", min=1, help="Documents of the coreference benchmark "
        "(default 10,000; 1,000 when running all)."),
    copies: int | None = typer.Option(
        None, "--copies", min=1, help="gdelt: copies of the 1,000-row GDELT sample in the "
        "loaded file (default 5: 5,000 events)."),
    as_json: bool = typer.Option(False, "--json",
                                 help="Print the full results as JSON instead of tables."),
) -> None:
    """Run a benchmark (or all): JSON to bench/out/, a Markdown table to stdout."""
    if name != "all" and name not in BENCHMARKS:
        raise typer.BadParameter(f"unknown benchmark '{name}': use one of "
                                 f"{', '.join(BENCHMARKS)} or all", param_hint="NAME")
    cfg = BenchConfig(instance=instance, port=port, import_port=import_port, heap=heap,
                      pagecache=pagecache, runs=runs, seed=seed)
    names = list(BENCHMARKS) if name == "all" else [name]
    if compare_runs:
        md, ok = compare(names, cfg.out_dir)
        typer.echo(md)
        raise typer.Exit(0 if ok else 1)
    options: dict[str, dict[str, Any]] = ALL_OPTIONS if name == "all" else {}
    if documents is not None:
        options = {**options, "coreference": {"documents": documents}}
    if copies is not None:
        options = {**options, "gdelt": {"copies": copies}}
    results: dict[str, Any] = {}
    for bench_name in names:
        result, md = run_one(bench_name, cfg, **options.get(bench_name, {}))
        results[bench_name] = result
        if not as_json:
            typer.echo(f"\n## {bench_name}\n\n{md}")
    if as_json:
        typer.echo(json.dumps(results if name == "all" else results[name], indent=2,
                              default=str, ensure_ascii=False))


def register(app: typer.Typer) -> None:
    app.command("bench")(bench)
