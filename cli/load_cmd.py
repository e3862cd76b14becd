"""``geokg validate``, ``geokg load``, ``geokg schema``, ``geokg stats``."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import typer

from cli.common import cli_errors, database, print_json, settings
from graph.db import Database
from graph.repository_stats import graph_stats
from loaders.coreference import Decision
from loaders.document import Document
from loaders.extraction import LineMap, check_file
from loaders.writer import LoadSummary, check_event_references, write_document

PROGRESS_THRESHOLD = 5000

FilesArg = typer.Argument(..., help="Extraction documents (.json, .yaml, .yml).", exists=True,
                          dir_okay=False, readable=True)


def _check_all(files: list[Path]) -> list[Document]:
    docs: list[Document] = []
    failed = 0
    for path in files:
        doc, problems = check_file(path)
        for p in problems:
            line = f"{path}:{p.line}" if p.line else str(path)
            typer.echo(f"{line}: {p.location}: {p.message}", err=True)
        if problems or doc is None:
            failed += 1
        else:
            docs.append(doc)
    if failed:
        typer.echo(f"invalid: {failed} of {len(files)} file(s) have errors; nothing written",
                   err=True)
        raise typer.Exit(1)
    return docs


def validate(files: list[Path] = FilesArg) -> None:
    """Check documents without writing: every error with its file, line and JSON path."""
    docs = _check_all(files)
    typer.echo(f"valid: {len(docs)} file(s)")


def load(
    files: list[Path] = FilesArg,
    fmt: str = typer.Option("auto", "--format",
                            help="extraction | gdelt | gdelt-mentions | auto (by name)."),
    batch_size: int | None = typer.Option(None, "--batch-size", min=1,
                                          help="Rows per write transaction (default: settings)."),
    strict: bool = typer.Option(False, "--strict",
                                help="GDELT: any malformed row fails the file, nothing written."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    bulk: bool = typer.Option(False, "--bulk", help=(
        "First load into an EMPTY local database: CSV files + neo4j-admin import (restarts "
        "the local server; extraction documents and GDELT export files, not mentions "
        "files). See docs/bulk-load.md.")),
) -> None:
    """Validate every file first, then load them: counts created and matched per label/type."""
    kinds = {p: _format_of(p, fmt) for p in files}
    gdelt = [p for p, k in kinds.items() if k == "gdelt"]
    mentions = [p for p, k in kinds.items() if k == "gdelt-mentions"]
    docs = _check_all([p for p, k in kinds.items() if k == "extraction"])
    if bulk and mentions:
        raise typer.BadParameter("--bulk does not load GDELT mentions files; load them "
                                 "afterwards without --bulk", param_hint="--bulk")
    if bulk:
        _bulk(docs, gdelt, as_json, strict=strict)
        return
    if strict and mentions:  # a malformed mention fails the load before anything is written
        from loaders.gdelt.mentions import check_mentions_strict
        with cli_errors():
            check_mentions_strict(mentions)
    total = LoadSummary()
    extra: dict[str, Any] = {}
    with database() as db:
        _check_references(db, [p for p, k in kinds.items() if k == "extraction"], docs)
        for doc in docs:
            with _ProgressBar(enabled=not as_json) as bar:
                total.merge(write_document(db, doc, batch_size=batch_size,
                                           on_plan=bar.start, progress=bar.update))
        if gdelt:
            from loaders.gdelt import load_gdelt_files
            with cli_errors():
                extra["gdelt"] = load_gdelt_files(
                    db, gdelt, strict=strict, batch_size=batch_size or settings().batch_size,
                    progress=not as_json)
        if mentions:  # after the exports: fewer mentions wait (any order gives this graph)
            from loaders.gdelt.mentions import load_mentions_files
            with cli_errors():
                extra["gdelt_mentions"] = load_mentions_files(
                    db, mentions, strict=strict, batch_size=batch_size, progress=not as_json)
    result = {**total.as_dict(), **extra}
    if as_json:
        print_json(result)
        return
    for section in ("nodes", "relationships"):
        for name, c in sorted(result[section].items()):
            typer.echo(f"{section[:-1] if section == 'nodes' else 'rel'} {name}: "
                       f"{c['created']} created, {c['matched']} matched")
    for doc_id, graph_id in total.resolved.items():
        typer.echo(f"resolved {doc_id} -> existing actor {graph_id}")
    _decisions("agreement", total.agreements)
    for bridge in total.actors:
        what = ("merged into " + bridge.candidates[0]) if bridge.merged else "to review"
        typer.echo(f"actor {bridge.actor} names {', '.join(bridge.candidates)}: {what} "
                   f"({bridge.why})")
        for d in bridge.events:
            typer.echo(f"  event {d.id} merged into {d.target} ({d.why})")
    _decisions("event", total.events)
    if "gdelt" in extra:
        typer.echo("gdelt: " + json.dumps(extra["gdelt"], default=str))
    if "gdelt_mentions" in extra:
        typer.echo("gdelt mentions: " + json.dumps(extra["gdelt_mentions"], default=str))


#: Most per-event lines printed; ``--json`` lists every decision.
DECISION_LINES = 50


def _decisions(what: str, decisions: list[Decision]) -> None:
    """What became of each event (agreement): every one when few, else the counts and
    the ones that are not plainly new (matched, forced, ambiguous) up to DECISION_LINES."""
    if not decisions:
        return
    shown = decisions if len(decisions) <= DECISION_LINES else [
        d for d in decisions if d.status != "new" and d.why != "same id"]
    for d in shown[:DECISION_LINES]:
        typer.echo(f"{what} {d.describe()}")
    if len(decisions) > DECISION_LINES:
        counts = Counter(d.status for d in decisions)
        more = max(0, len(shown) - DECISION_LINES)
        typer.echo(f"{what}s: " + ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
                   + (f" ({more} more lines with --json)" if more else ""))


_EVENT_LOC = re.compile(r"^\$\.events\[(\d+)\]\.(\w+)$")


def _check_references(db: Database, paths: list[Path], docs: list[Document]) -> None:
    """Coreference references (``same_as``, ``distinct_from``, reused ids) against the graph,
    for every document before any is written; each problem with its file and line."""
    failed = 0
    for path, problems in zip(paths, check_event_references(db, docs), strict=True):
        lines = LineMap(path.read_text(encoding="utf-8")) if problems else None
        for p in problems:
            m = _EVENT_LOC.match(p["location"])
            line = lines.line(("events", int(m[1]), m[2])) if lines and m else None
            where = f"{path}:{line}" if line else str(path)
            typer.echo(f"{where}: {p['location']}: {p['message']}", err=True)
        failed += bool(problems)
    if failed:
        typer.echo(f"invalid: {failed} of {len(docs)} file(s) do not fit the graph; "
                   "nothing written", err=True)
        raise typer.Exit(1)


class _ProgressBar:
    """A tqdm bar that appears only when the planned load is large."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None

    def start(self, total: int) -> None:
        if self.enabled and total > PROGRESS_THRESHOLD:
            from tqdm import tqdm
            self.bar = tqdm(total=total, unit="row", desc="loading")

    def update(self, rows: int) -> None:
        if self.bar is not None:
            self.bar.update(rows)

    def __enter__(self) -> _ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()


def _bulk(docs: list[Document], gdelt: list[Path], as_json: bool, *, strict: bool) -> None:
    from loaders.bulk import bulk_load
    with cli_errors():
        result = bulk_load(settings(), docs, gdelt=gdelt, strict=strict,
                           progress=not as_json)
    if as_json:
        print_json(result)
        return
    for label, n in sorted(result["csv"]["nodes"].items()):
        typer.echo(f"node {label}: {n} imported")
    for rel_type, n in sorted(result["csv"]["relationships"].items()):
        typer.echo(f"rel {rel_type}: {n} imported")
    typer.echo("bulk: " + ", ".join(f"{k} {v:.1f}s" for k, v in result["timings"].items()))
    if "gdelt" in result:
        typer.echo("gdelt: " + json.dumps(result["gdelt"], default=str))


def _format_of(path: Path, fmt: str) -> str:
    if fmt in ("extraction", "gdelt", "gdelt-mentions"):
        return fmt
    if fmt != "auto":
        raise typer.BadParameter(f"unknown format '{fmt}'", param_hint="--format")
    from loaders.gdelt import is_gdelt_file
    from loaders.gdelt.mentions import is_mentions_file

    name = path.name.lower()
    if is_gdelt_file(path):
        return "gdelt"
    if is_mentions_file(path):
        return "gdelt-mentions"
    if name.endswith((".json", ".yaml", ".yml")):
        return "extraction"
    raise typer.BadParameter(f"cannot tell the format of {path}; pass --format",
                             param_hint="FILES")


def schema() -> None:
    """Print the JSON Schema of the extraction document."""
    typer.echo(json.dumps(Document.model_json_schema(), indent=2, ensure_ascii=False))


def stats(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Counts of nodes by label and relationships by type."""
    with database() as db:
        result = graph_stats(db)
    if as_json:
        print_json(result)
        return
    for label, c in result["nodes"].items():
        typer.echo(f"{label}: {c}")
    for t, c in result["relationships"].items():
        typer.echo(f"{t}: {c}")


def register(app: typer.Typer) -> None:
    app.command("validate")(validate)
    app.command("load")(load)
    app.command("schema")(schema)
    app.command("stats")(stats)
