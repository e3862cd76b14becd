"""``geokg gdelt sync``: follow GDELT's 15-minute feed (docs/gdelt.md, "Following the feed")."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import typer

from cli.common import cli_errors, database, print_json, settings
from graph.db import Database
from graph.errors import GeokgError
from loaders.gdelt.feed import Follower, SyncOptions, parse_tables, parse_timestamp

app = typer.Typer(help="GDELT 2.0: follow the 15-minute feed.", no_args_is_help=True)

KeepOpt = typer.Option(None, "--keep", file_okay=False, help=(
    "Keep the downloads in this folder (default: a temporary folder, removed). A kept file "
    "with the list's size and MD5 is not downloaded again."))

#: Exit status of a run stopped with Ctrl-C before it finished (not --follow).
INTERRUPTED = 130


@app.command("sync")
def sync(
    feed: str = typer.Option(..., "--feed", help=(
        "URL of a 'SIZE MD5 URL' list: http://data.gdeltproject.org/gdeltv2/lastupdate.txt "
        "(the latest update) or .../masterfilelist.txt (every update); a local file works.")),
    since: str | None = typer.Option(None, "--since", help=(
        "Earliest GDELT timestamp to load, YYYYMMDDHHMMSS (inclusive).")),
    until: str | None = typer.Option(None, "--until", help=(
        "Latest GDELT timestamp to load, YYYYMMDDHHMMSS (inclusive).")),
    tables: str = typer.Option("export", "--tables", help=(
        "Tables to load, comma-separated: export, mentions.")),
    as_json: bool = typer.Option(False, "--json", help=(
        "Print files_loaded, files_skipped, files_failed and the loaders' summaries as "
        "JSON (with --follow: one line per round); no progress lines.")),
    follow: bool = typer.Option(False, "--follow", help=(
        "Sync again every --interval seconds until stopped (Ctrl-C).")),
    interval: float | None = typer.Option(None, "--interval", min=0.01, help=(
        "Seconds between rounds of --follow (default: GEOKG_GDELT_FOLLOW_INTERVAL_S, 900).")),
    keep: Path | None = KeepOpt,
    max_files: int = typer.Option(1000, "--max-files", min=1, help=(
        "Refuse to start when more files than this are to load (a master list without "
        "--since is every file since 2015).")),
    batch_size: int | None = typer.Option(None, "--batch-size", min=1, help=(
        "Rows per write transaction (default: GEOKG_BATCH_SIZE).")),
    strict: bool = typer.Option(False, "--strict", help=(
        "A file with any malformed line fails (nothing of it written, not recorded).")),
) -> None:
    """Download the GDELT files in range not loaded yet, check, load and record them.

    Each file's size and MD5 are checked against the list before it loads. Files load in
    time order (export before mentions for one timestamp).

    Each is recorded in the graph as (:GdeltFile {name}) once loaded in full: a rerun
    skips it, an interrupted run resumes.

    A file that fails (404, dropped connection, size or MD5 mismatch) is reported with
    its reason and skipped; the exit status is then 1.
    """
    with cli_errors():
        options = SyncOptions(
            since=parse_timestamp(since, "--since") if since is not None else None,
            until=parse_timestamp(until, "--until") if until is not None else None,
            tables=parse_tables(tables), keep=keep, batch_size=batch_size, strict=strict,
            max_files=max_files)
    follower = Follower(feed, options)
    say = None if as_json else _stderr
    with database() as db:
        if follow:
            _follow(db, follower, interval or settings().gdelt_follow_interval_s, as_json, say)
            return
        try:
            result = follower.round(db, say)
        except KeyboardInterrupt:
            typer.echo("interrupted: the files loaded so far are recorded; run the same "
                       "command again to resume", err=True)
            raise typer.Exit(INTERRUPTED) from None
    result.pop("retry_next_round", None)
    if as_json:
        print_json(result)
    else:
        _print(result)
    if result["files_failed"]:
        raise typer.Exit(1)


def _follow(db: Database, follower: Follower, interval: float, as_json: bool,
            say: Any) -> None:
    """Rounds until Ctrl-C; a round that cannot read the list or reach Neo4j is reported
    and the next round tries again."""
    n = 0
    try:
        while True:
            n += 1
            started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            try:
                result = follower.round(db, say)
            except GeokgError as exc:
                typer.echo(f"round {n} ({started}): error: {exc.message}", err=True)
                if as_json:
                    typer.echo(json.dumps({"round": n, "started": started,
                                           "error": exc.message}))
            else:
                if as_json:
                    typer.echo(json.dumps({"round": n, "started": started, **result},
                                          ensure_ascii=False, default=str))
                else:
                    typer.echo(f"round {n} ({started})")
                    _print(result)
            time.sleep(interval)
    except KeyboardInterrupt:
        typer.echo(f"stopped after {n} round(s)", err=True)


def _print(result: dict[str, Any]) -> None:
    loaded, skipped, failed = (result["files_loaded"], result["files_skipped"],
                               result["files_failed"])
    rows = ", ".join(f"{n} {t} rows" for t, n in result["rows"].items())
    typer.echo(f"loaded: {len(loaded)} file(s) ({rows})")
    typer.echo(f"already loaded: {len(skipped)} file(s)")
    typer.echo(f"failed: {len(failed)} file(s)")
    for f in failed:
        typer.echo(f"  {f['name']}: {f['reason']}")
    if result.get("retry_next_round"):
        typer.echo(f"  tried again next round: {', '.join(result['retry_next_round'])}")
    if result["list_problem_count"]:
        typer.echo(f"list: {result['list_problem_count']} line(s) not parsed, skipped")
    others = ", ".join(f"{n} {t}" for t, n in sorted(result["other_tables"].items()))
    if others:
        typer.echo(f"list: lines of other tables ignored: {others}")


def _stderr(line: str) -> None:
    typer.echo(line, err=True)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="gdelt")
