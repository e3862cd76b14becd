"""``geokg viz actor|path|cypher|diff``: write an interactive picture to a self-contained
HTML file.

The same pictures as ``/viz/...`` of the API (``viz.pages``): same filters, same Cypher
guards, same options (``--size-by``, ``--color-by``), same errors, printed on one line.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, cast

import typer

from api.routes.params import parse_date
from cli import analytics_cmd
from cli.common import settings
from graph.analytics import Algorithm
from graph.analytics.scope import invalid
from graph.db import Database
from graph.errors import GeokgError, InvalidInput
from graph.repository import EdgeFilter
from graph.schema import ACTOR_EDGE_TYPES, Certainty
from viz import pages
from viz.look import ColorBy

app = typer.Typer(
    help="Draw a neighbourhood, a path or a Cypher result as an offline HTML page "
    "(docs/viz.md).",
    no_args_is_help=True,
)

OutOpt = typer.Option(..., "--output", "-o", help="HTML file to write (overwritten).")
TypeOpt = typer.Option(None, "--rel-type", "-t",
                       help="Only this relationship type (repeat for more; all by default): "
                       + ", ".join(ACTOR_EDGE_TYPES) + ".")
SinceOpt = typer.Option(None, "--since", help="Keep edges overlapping the period from this "
                        "date: YYYY, YYYY-MM or YYYY-MM-DD.")
UntilOpt = typer.Option(None, "--until", help="Keep edges overlapping the period up to this "
                        "date: YYYY, YYYY-MM or YYYY-MM-DD.")
CertaintyOpt = typer.Option(None, "--min-certainty", help="Keep edges at least this sure: "
                            "confirmed, reported or alleged (every hop).")
UndatedOpt = typer.Option(False, "--include-undated",
                          help="With --since/--until, also keep edges of unknown date.")
SizeByOpt = typer.Option(None, "--size-by",
                         help="Node size by this centrality of the drawn actors: pagerank, "
                         "betweenness or degree (as geokg analytics centrality).")
ColorByOpt = typer.Option(None, "--color-by",
                          help="community: fill colour by community of the drawn actors "
                          "(seeded Louvain, as geokg analytics communities).")


@contextmanager
def one_line_errors() -> Iterator[None]:
    """Print a geokg error as one line on stderr (the message names the option or
    parameter at fault) and exit 1, without a stack trace."""
    try:
        yield
    except GeokgError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(1) from None


def _filters(types: list[str] | None, since: str | None, until: str | None,
             min_certainty: str | None, include_undated: bool) -> EdgeFilter:
    """The edge filter of the options; InvalidInput names the option at fault."""
    certainty = None
    if min_certainty is not None:
        allowed = ("confirmed", "reported", "alleged")
        if min_certainty not in allowed:
            raise InvalidInput(f"--min-certainty: '{min_certainty}' is not one of "
                               + ", ".join(allowed),
                               [{"location": "--min-certainty", "message": "/".join(allowed)}])
        certainty = Certainty(min_certainty)
    flat = [t.strip() for item in types or [] for t in item.split(",") if t.strip()]
    return EdgeFilter(types=tuple(flat) if flat else ACTOR_EDGE_TYPES,
                      since=parse_date(since, "--since", end=False),
                      until=parse_date(until, "--until", end=True),
                      min_certainty=certainty, include_undated=include_undated,
                      names={"types": "--rel-type", "since": "--since", "until": "--until"})


def _write(output: Path, page: str) -> None:
    try:
        output.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"--output: cannot write {output}: {exc.strerror}",
                           [{"location": "--output", "message": str(exc)}]) from None
    typer.echo(f"wrote {output} ({len(page.encode('utf-8')) // 1024} KiB)")


def _command_line(*parts: Any) -> str:
    return "geokg viz " + " ".join(str(p) for p in parts if p not in (None, "", [], False))


@app.command()
def actor(
    actor_id: str = typer.Argument(..., metavar="ID", help="Actor id, e.g. north-korea."),
    output: Path = OutOpt,
    depth: int = typer.Option(1, "--depth", "-d", min=1, max=3, help="Hops from the actor (1-3)."),
    limit: int | None = typer.Option(None, "--limit", "-n", min=1,
                                     help="Most actors besides the centre (capped by the "
                                     "neighbors_node_cap setting)."),
    types: list[str] | None = TypeOpt, since: str | None = SinceOpt,
    until: str | None = UntilOpt, min_certainty: str | None = CertaintyOpt,
    include_undated: bool = UndatedOpt,
    size_by: Algorithm | None = SizeByOpt, color_by: ColorBy | None = ColorByOpt,
) -> None:
    """Draw the neighbourhood of an actor."""
    with one_line_errors():
        f = _filters(types, since, until, min_certainty, include_undated)
        with Database(settings()) as db:
            page = pages.actor_page(
                db, settings(), actor_id, depth=depth, filters=f, limit=limit,
                size_by=size_by, color_by=color_by,
                query=_command_line("actor", actor_id, f"--depth {depth}",
                                    *_filter_text(types, since, until, min_certainty),
                                    *_look_text(size_by, color_by)))
        _write(output, page)


@app.command()
def path(
    source: str = typer.Argument(..., metavar="A", help="First actor id, e.g. choe-son-hui."),
    target: str = typer.Argument(..., metavar="B", help="Second actor id, e.g. nato."),
    output: Path = OutOpt,
    max_hops: int = typer.Option(4, "--max-hops", min=1, max=6,
                                 help="Longest path considered (1-6)."),
    mode: str = typer.Option("shortest", "--mode", help="shortest (one shortest path), "
                             "all_shortest (every shortest path) or k (the k shortest)."),
    k: int = typer.Option(3, "--k", min=1, max=10, help="How many paths with --mode k (1-10)."),
    types: list[str] | None = TypeOpt, since: str | None = SinceOpt,
    until: str | None = UntilOpt, min_certainty: str | None = CertaintyOpt,
    include_undated: bool = UndatedOpt,
    size_by: Algorithm | None = SizeByOpt, color_by: ColorBy | None = ColorByOpt,
) -> None:
    """Draw the paths between two actors in one picture."""
    with one_line_errors():
        if mode not in ("shortest", "all_shortest", "k"):
            raise InvalidInput(f"--mode: '{mode}' is not one of shortest, all_shortest, k",
                               [{"location": "--mode", "message": "shortest, all_shortest, k"}])
        f = _filters(types, since, until, min_certainty, include_undated)
        with Database(settings()) as db:
            page = pages.paths_page(
                db, settings(), source, target, max_hops=max_hops,
                mode=cast(Literal["shortest", "all_shortest", "k"], mode), k=k, filters=f,
                size_by=size_by, color_by=color_by,
                query=_command_line("path", source, target, f"--max-hops {max_hops}",
                                    f"--mode {mode}",
                                    *_filter_text(types, since, until, min_certainty),
                                    *_look_text(size_by, color_by)))
        _write(output, page)


@app.command()
def cypher(
    query: str = typer.Argument(..., metavar="QUERY",
                                help="A read-only Cypher query, e.g. \"MATCH p=(:Actor)-[*1..2]-"
                                "(:Actor {id:'nato'}) RETURN p LIMIT 20\"."),
    output: Path = OutOpt,
    params: str | None = typer.Option(None, "--params",
                                      help="Query $parameters as a JSON object, "
                                      "e.g. '{\"id\": \"nato\"}'."),
    limit: int | None = typer.Option(None, "--limit", "-n", min=1,
                                     help="Row limit (capped by the cypher_row_cap setting)."),
    size_by: Algorithm | None = SizeByOpt, color_by: ColorBy | None = ColorByOpt,
) -> None:
    """Draw what a read-only Cypher query returns (writes and admin commands are refused)."""
    with one_line_errors():
        values: dict[str, Any] = {}
        if params is not None:
            try:
                values = json.loads(params)
            except json.JSONDecodeError as exc:
                raise InvalidInput(f"--params: not JSON ({exc.msg} at column {exc.colno})",
                                   [{"location": "--params", "message": exc.msg}]) from None
            if not isinstance(values, dict):
                raise InvalidInput("--params: must be a JSON object",
                                   [{"location": "--params", "message": "a JSON object"}])
        with Database(settings()) as db:
            page = pages.cypher_page(db, settings(), query, values, limit,
                                     size_by=size_by, color_by=color_by)
        _write(output, page)


def _day(value: str, option: str) -> dt.date:
    """Parse YYYY-MM-DD; raise InvalidInput naming the option otherwise."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise invalid(option, f"'{value}' is not a date (YYYY-MM-DD)") from None


@app.command()
def diff(
    output: Path = OutOpt,
    at: str = typer.Option(..., "--at", help="The earlier date, YYYY-MM-DD."),
    compare_to: str = typer.Option(..., "--compare-to", help="The later date, YYYY-MM-DD."),
    actor_id: str | None = analytics_cmd.ActorOpt,
    depth: int = analytics_cmd.DepthOpt,
    scope: str | None = analytics_cmd.ScopeOpt,
    query: str | None = analytics_cmd.QueryOpt,
    min_certainty: Certainty = analytics_cmd.CertaintyOpt,
    types: list[str] | None = analytics_cmd.TypeOpt,
) -> None:
    """Draw what changed between two dates: edges appeared, ended, changed certainty or
    unchanged (as geokg analytics diff)."""
    with one_line_errors():
        first, second = _day(at, "--at"), _day(compare_to, "--compare-to")
        if not first < second:
            raise invalid("--compare-to", f"must be after --at ({first}), got {second}")
        with Database(settings()) as db:
            page = pages.diff_page(
                db, settings(), at=first, compare_to=second, actor=actor_id, depth=depth,
                scope=scope, cypher=query, min_certainty=min_certainty, types=types,
                query=_command_line("diff", f"--actor {actor_id}" if actor_id else None,
                                    f"--depth {depth}", f"--scope {scope}" if scope else None,
                                    f"--query {query!r}" if query else None,
                                    f"--at {at}", f"--compare-to {compare_to}",
                                    f"--min-certainty {min_certainty.value}",
                                    *[f"--type {t}" for t in types or []]))
        _write(output, page)


def _filter_text(types: list[str] | None, since: str | None, until: str | None,
                 min_certainty: str | None) -> list[str]:
    out = [f"--rel-type {t}" for t in types or []]
    out += [f"--since {since}"] if since else []
    out += [f"--until {until}"] if until else []
    out += [f"--min-certainty {min_certainty}"] if min_certainty else []
    return out


def _look_text(size_by: Algorithm | None, color_by: ColorBy | None) -> list[str]:
    out = [f"--size-by {size_by.value}"] if size_by else []
    return out + ([f"--color-by {color_by.value}"] if color_by else [])


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="viz")
