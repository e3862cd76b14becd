"""``geokg export``: a neighbourhood, the paths between two actors, a Cypher result or the
whole graph as GraphML, GEXF, CSV, node-link JSON or FollowTheMoney (docs/export.md).

The same subgraphs, filters, caps and errors as the API's ``format=`` (``exports``);
``--all`` streams the whole graph page by page with a progress bar. The file appears at
``--output`` only once complete: an error leaves nothing there.
"""

from __future__ import annotations

import dataclasses
import json
import shlex
import sys
from pathlib import Path
from typing import Any, Literal, cast

import typer
from tqdm import tqdm

import exports
from cli.common import settings
from cli.viz_cmd import (
    CertaintyOpt,
    SinceOpt,
    TypeOpt,
    UndatedOpt,
    UntilOpt,
    _filters,
    one_line_errors,
)
from graph.actor_ids import canonical_actor_id
from graph.db import Database
from graph.errors import InvalidInput
from graph.repository import EdgeFilter
from graph.repository_export import actor_count

OutputOpt = typer.Option(..., "--output", "-o",
                         help="File to write (replaced only once complete). CSV: a directory "
                         "for nodes.csv and edges.csv, or a file ending in .zip.")


def _choice(value: str, allowed: tuple[str, ...], option: str) -> str:
    if value not in allowed:
        raise InvalidInput(f"{option}: '{value}' is not one of {', '.join(allowed)}",
                           [{"location": option, "message": ", ".join(allowed)}])
    return value


def _scope(actor: str | None, source: str | None, target: str | None, query: str | None,
           everything: bool) -> str:
    """Which one of --actor, --source/--target, --cypher, --all was given."""
    given = [name for name, on in (("--actor", actor), ("--source/--target", source or target),
                                   ("--cypher", query), ("--all", everything)) if on]
    if len(given) != 1:
        what = "none" if not given else " and ".join(given)
        raise InvalidInput(f"give exactly one of --actor, --source with --target, --cypher "
                           f"or --all (got {what})",
                           [{"location": "--actor", "message": "one scope"}])
    if given[0] == "--source/--target" and not (source and target):
        missing = "--target" if source else "--source"
        raise InvalidInput(f"{missing}: a path export needs both --source and --target",
                           [{"location": missing, "message": "missing"}])
    return given[0]


def _params(text: str | None) -> dict[str, Any]:
    if text is None:
        return {}
    try:
        values = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"--params: not JSON ({exc.msg} at column {exc.colno})",
                           [{"location": "--params", "message": exc.msg}]) from None
    if not isinstance(values, dict):
        raise InvalidInput("--params: must be a JSON object",
                           [{"location": "--params", "message": "a JSON object"}])
    return values


def export(
    fmt: str = typer.Option(..., "--format", "-f",
                            help="graphml, gexf (dynamic GEXF 1.3), csv (nodes.csv and "
                            "edges.csv), json (node-link) or ftm (FollowTheMoney JSON lines)."),
    output: Path = OutputOpt,
    actor: str | None = typer.Option(None, "--actor", help="Export this actor's "
                                     "neighbourhood, e.g. north-korea."),
    depth: int = typer.Option(1, "--depth", "-d", min=1, max=3,
                              help="Hops from --actor (1-3)."),
    limit: int | None = typer.Option(None, "--limit", "-n", min=1,
                                     help="Most actors besides the centre (--actor), or rows "
                                     "(--cypher); capped by the server's settings."),
    source: str | None = typer.Option(None, "--source", help="Export the paths from this "
                                      "actor (with --target)."),
    target: str | None = typer.Option(None, "--target", help="... to this actor."),
    max_hops: int = typer.Option(4, "--max-hops", min=1, max=6,
                                 help="Longest path considered (1-6)."),
    mode: str = typer.Option("shortest", "--mode", help="Paths: shortest, all_shortest or k."),
    k: int = typer.Option(3, "--k", min=1, max=10, help="How many paths with --mode k."),
    query: str | None = typer.Option(None, "--cypher", help="Export what a read-only Cypher "
                                     "query returns (nodes, relationships, paths)."),
    params: str | None = typer.Option(None, "--params", help="The --cypher query's "
                                      "$parameters as a JSON object."),
    everything: bool = typer.Option(False, "--all", help="Export every actor and every edge "
                                    "passing the filters, streamed page by page."),
    types: list[str] | None = TypeOpt, since: str | None = SinceOpt,
    until: str | None = UntilOpt, min_certainty: str | None = CertaintyOpt,
    include_undated: bool = UndatedOpt,
    min_sources: int | None = typer.Option(None, "--min-sources",
                                           help="Keep edges with at least this many distinct "
                                           "sources (every hop)."),
    exclude_contested: bool = typer.Option(False, "--exclude-contested",
                                           help="Leave out contested edges (every hop)."),
    csv_header: str = typer.Option("gephi", "--csv-header",
                                   help="CSV headers: gephi (Id, Label, Source, Target...) or "
                                   "neo4j (neo4j-admin import: id:ID, :START_ID, :TYPE...)."),
    page_size: int = typer.Option(500, "--page-size", min=1, max=100_000,
                                  help="--all: actors read per page (bounds the memory)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Write a neighbourhood, paths, a Cypher result or the whole graph to a file."""
    with one_line_errors():
        f = exports.Format(_choice(fmt, tuple(exports.Format), "--format"))
        flavor = cast(exports.Flavor, _choice(csv_header, exports.FLAVORS, "--csv-header"))
        scope = _scope(actor, source, target, query, everything)
        path_mode = cast(Literal["shortest", "all_shortest", "k"],
                         _choice(mode, ("shortest", "all_shortest", "k"), "--mode"))
        given = [name for name, value in (
            ("--rel-type", types), ("--since", since), ("--until", until),
            ("--min-certainty", min_certainty), ("--include-undated", include_undated),
            ("--min-sources", min_sources), ("--exclude-contested", exclude_contested))
            if value]
        if scope == "--cypher" and given:
            raise InvalidInput(f"{given[0]}: filters apply to --actor, --source/--target and "
                               "--all; put them in the --cypher query",
                               [{"location": given[0], "message": "not with --cypher"}])
        if params is not None and scope != "--cypher":
            raise InvalidInput("--params: only with --cypher",
                               [{"location": "--params", "message": "only with --cypher"}])
        filters = _filters(types, since, until, min_certainty, include_undated)
        if min_sources is not None or exclude_contested:
            filters = dataclasses.replace(
                filters, min_sources=min_sources, exclude_contested=exclude_contested,
                names={**filters.names, "min_sources": "--min-sources"})
        values = _params(params)
        exports.check_output(f, output)
        command = "geokg export " + shlex.join(sys.argv[2:]) if len(sys.argv) > 2 else ""
        with Database(settings()) as db:
            # a merged actor's id keeps answering (geokg actors merge), as in the API
            actor, source, target = (canonical_actor_id(db, x) or x if x else x
                                     for x in (actor, source, target))
            bar = None
            if scope == "--actor":
                assert actor is not None
                ex = exports.neighborhood(db, actor, depth=depth, filters=filters, limit=limit,
                                          query=command, with_events=exports.needs_events(f))
            elif scope == "--source/--target":
                assert source is not None and target is not None
                ex = exports.paths(db, source, target, max_hops=max_hops, mode=path_mode, k=k,
                                   filters=filters, query=command,
                                   with_events=exports.needs_events(f))
            elif scope == "--cypher":
                assert query is not None
                ex = exports.cypher(db, query, values, limit,
                                    with_events=exports.needs_events(f))
            else:
                ex, bar = _whole(db, filters, command, page_size, f, quiet)
            try:
                nodes, edges = exports.write_file(f, ex, output, flavor)
            finally:
                if bar is not None:
                    bar.close()
    typer.echo(f"wrote {output}: {nodes:,} nodes, {edges:,} edges ({f.value})")


def _whole(db: Database, filters: EdgeFilter, command: str, page_size: int,
           fmt: exports.Format, quiet: bool) -> tuple[exports.Export, Any]:
    """The whole-graph export with a progress bar over the actors (nodes, then edges)."""
    total = actor_count(db)
    bar = tqdm(total=2 * total, unit="actor", desc="export", disable=quiet, file=sys.stderr,
               dynamic_ncols=True)

    def progress(step: str, n: int) -> None:
        bar.set_description(f"export {step}")
        bar.update(n)

    ex = exports.whole_graph(db, filters=filters, query=command, page_actors=page_size,
                             with_events=exports.needs_events(fmt), progress=progress)
    return ex, bar


def register(root: typer.Typer) -> None:
    root.command("export")(export)
