"""``geokg articles sync``: RSS and Atom feeds to one draft per story (docs/articles.md)."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from cli.common import cli_errors, database, print_json, settings
from graph.errors import GeokgError, InvalidInput

if TYPE_CHECKING:
    from loaders.articles.sync import ArticleSync, SyncOptions

app = typer.Typer(help="Articles from RSS and Atom feeds, one draft per story, for review.",
                  no_args_is_help=True)

#: Exit status of a run stopped with Ctrl-C before it finished (not --follow).
INTERRUPTED = 130
#: Lines of each list printed without --json.
SHOWN = 20

FeedOpt = typer.Option([], "--feed", help="URL of an RSS or Atom feed (repeatable).")
FeedsFileOpt = typer.Option(None, "--feeds-file", dir_okay=False,
                            help="A file of feed URLs, one a line ('#' starts a comment).")


@app.command("sync")
def sync(
    feed: list[str] = FeedOpt,
    feeds_file: Path | None = FeedsFileOpt,
    since: str | None = typer.Option(
        None, "--since", help="Only items the feed dates on or after this day, YYYY-MM-DD "
        "(items without a date are taken)."),
    load: bool = typer.Option(
        False, "--load", help="Trusted feeds: load each new draft at once, as geokg load "
        "would, instead of queueing it; its Source is marked reviewed: false."),
    as_json: bool = typer.Option(
        False, "--json", help="Print drafts, duplicates, skipped and failed as JSON (with "
        "--follow: one line per round); no progress lines."),
    follow: bool = typer.Option(False, "--follow", help="Sync again every --interval "
                                "minutes until stopped (Ctrl-C)."),
    interval: float | None = typer.Option(
        None, "--interval", min=0.001, help="Minutes between rounds of --follow (default: "
        "GEOKG_ARTICLES_FOLLOW_INTERVAL_MIN, 30)."),
) -> None:
    """Fetch each feed's new items, draft each new story, queue the drafts for review.

    A page already fetched is not fetched again; a feed is asked with its last ETag and
    Last-Modified. A page whose canonical URL or text is an earlier story's, or whose
    text is at least 90% in an earlier story (a wire copy), is recorded as a duplicate of
    that story, never a second draft. robots.txt is honoured and each host is asked at
    most once every GEOKG_ARTICLES_HOST_DELAY_S seconds.

    Each failure (an HTTP error, a time-out, a page without main text, a feed that does
    not parse) is reported by URL and reason and the other items go on; the exit status
    is then 1. Review the drafts with geokg drafts list|show|approve|reject.
    """
    from loaders.articles.sync import ArticleSync, SyncOptions

    with cli_errors():
        feeds = _feeds(feed, feeds_file)
        options = SyncOptions(since=_since(since), load=load)
    say = None if as_json else _stderr
    with database() as db, cli_errors(), ArticleSync(db, settings(), say=say) as syncer:
        if follow:
            minutes = interval or settings().articles_follow_interval_min
            _follow(syncer, feeds, options, minutes, as_json)
            return
        try:
            result = syncer.round(feeds, options).as_dict()
        except KeyboardInterrupt:
            typer.echo("interrupted: the stories drafted so far are kept; run the same "
                       "command again to go on", err=True)
            raise typer.Exit(INTERRUPTED) from None
    if as_json:
        print_json(result)
    else:
        _print(result)
    if result["failed"]:
        raise typer.Exit(1)


def _feeds(feed: list[str], feeds_file: Path | None) -> list[str]:
    from loaders.articles.urls import is_web_url

    feeds: list[str] = []
    for url in feed:
        if not is_web_url(url):
            raise InvalidInput(f"--feed: '{url}' is not an http(s) URL")
        feeds.append(url.strip())
    if feeds_file is not None:
        try:
            lines = feeds_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"--feeds-file: cannot read {feeds_file} ({exc})") from None
        for n, line in enumerate(lines, start=1):
            url = line.strip()
            if not url or url.startswith("#"):
                continue
            if not is_web_url(url):
                raise InvalidInput(f"{feeds_file}:{n}: '{url}' is not an http(s) URL")
            feeds.append(url)
    if not feeds:
        raise InvalidInput("no feed: give --feed URL (repeatable) or --feeds-file FILE")
    return list(dict.fromkeys(feeds))


def _since(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"--since: '{value}' is not a date (YYYY-MM-DD)") from None


def _follow(syncer: ArticleSync, feeds: list[str], options: SyncOptions, minutes: float,
            as_json: bool) -> None:
    """Rounds until Ctrl-C; a round that cannot reach Neo4j is reported and the next round
    tries again."""
    n = 0
    try:
        while True:
            n += 1
            started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            try:
                result = syncer.round(feeds, options).as_dict()
            except GeokgError as exc:
                typer.echo(f"round {n} ({started}): error: {exc.message}", err=True)
                if as_json:
                    typer.echo(json.dumps({"round": n, "started": started,
                                           "error": exc.message}))
            else:
                if as_json:
                    typer.echo(json.dumps({"round": n, "started": started, **result},
                                          ensure_ascii=False, default=str), nl=True)
                else:
                    typer.echo(f"round {n} ({started})")
                    _print(result)
            time.sleep(minutes * 60)
    except KeyboardInterrupt:
        typer.echo(f"stopped after {n} round(s)", err=True)


def _print(result: dict[str, Any]) -> None:
    drafts, dups, skipped, failed = (result["drafts"], result["duplicates"], result["skipped"],
                                     result["failed"])
    loaded = sum(d["status"] == "loaded" for d in drafts)
    typer.echo(f"drafts: {len(drafts)} new" + (f" ({loaded} loaded unreviewed)" if loaded
                                               else " (pending review: geokg drafts list)"))
    for d in drafts[:SHOWN]:
        s = d["summary"]
        typer.echo(f"  {d['id']} {d['url']}: {s['events']} event(s), {s['claims']} claim(s), "
                   f"{s['review']} to review")
    _more(drafts)
    typer.echo(f"duplicates: {len(dups)}")
    for d in dups[:SHOWN]:
        typer.echo(f"  {d['url']} -> {d['story']} ({d['why']})")
    _more(dups)
    seen = [s for s in skipped if s["reason"].startswith("already seen")]
    typer.echo(f"skipped: {len(skipped)} ({len(seen)} already seen)")
    others = [s for s in skipped if not s["reason"].startswith("already seen")]
    for s in others[:SHOWN]:
        typer.echo(f"  {s['url']}: {s['reason']}")
    _more(others)
    typer.echo(f"failed: {len(failed)}")
    for f in failed:
        typer.echo(f"  {f['url']}: {f['reason']}")


def _more(rows: list[Any]) -> None:
    if len(rows) > SHOWN:
        typer.echo(f"  ... {len(rows) - SHOWN} more (--json lists every one)")


def _stderr(line: str) -> None:
    typer.echo(line, err=True)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="articles")
