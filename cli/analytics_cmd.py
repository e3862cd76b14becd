"""``geokg analytics centrality|communities|diff``: networkx analytics on a scope of the graph."""

from __future__ import annotations

import datetime as dt

import typer

from cli.common import database, print_json
from graph import analytics
from graph.analytics import Algorithm, CommunityMethod, Weighting
from graph.analytics.models import CentralityResult, CommunitiesResult, DiffResult, EdgeChange
from graph.analytics.scope import Scope, invalid
from graph.analytics.timeline import check_order
from graph.dates import parse_partial_date
from graph.schema import Certainty

app = typer.Typer(
    help="Who is central, which blocs and brokers, what changed between two dates. "
    "Definitions: docs/analytics.md.",
    no_args_is_help=True,
)

ActorOpt = typer.Option(None, "--actor", "-a",
                        help="Central actor id of a neighbourhood (e.g. russia).")
DepthOpt = typer.Option(1, "--depth", "-d", min=1, max=3, help="Hops around --actor (1-3).")
ScopeOpt = typer.Option(None, "--scope",
                        help="neighbourhood (default with --actor), cypher (default with "
                        "--query) or all (every actor–actor edge that passes the filters).")
QueryOpt = typer.Option(None, "--query", "-q",
                        help="Read-only Cypher whose actor–actor relationships make the "
                        "graph (same guards as POST /cypher; collect(r) into few rows).")
SinceOpt = typer.Option(None, "--since",
                        help="Window start: YYYY, YYYY-MM or YYYY-MM-DD (its first day); "
                        "keeps edges overlapping the window.")
UntilOpt = typer.Option(None, "--until",
                        help="Window end: YYYY, YYYY-MM or YYYY-MM-DD (its last day).")
AtOpt = typer.Option(None, "--at", help="The graph as of YYYY-MM-DD (not with a window).")
CertaintyOpt = typer.Option(Certainty.ALLEGED, "--min-certainty",
                            help="Certainty floor (denied < alleged < reported < confirmed).")
TypeOpt = typer.Option(None, "--type", "-t",
                       help="Only this relationship type (repeat, or comma-separate).")
UndatedOpt = typer.Option(False, "--include-undated",
                          help="With a date filter, also keep edges of unknown date.")
WeightOpt = typer.Option(Weighting.COUNT, "--weight",
                         help="Tie weight: count (one per claim/role) or certainty.")
LimitOpt = typer.Option(20, "--limit", "-n", min=1, help="How many results to show.")
JsonOpt = typer.Option(False, "--json", help="Print the full answer as JSON.")
AlgorithmOpt = typer.Option(Algorithm.PAGERANK, "--algorithm",
                            help="pagerank, betweenness (exact or sampled: it says which) "
                            "or degree.")
MethodOpt = typer.Option(CommunityMethod.LOUVAIN, "--method",
                         help="louvain or label_propagation (both seeded).")
DiffAtOpt = typer.Option(..., "--at", help="The earlier date, YYYY-MM-DD.")
CompareToOpt = typer.Option(..., "--compare-to", help="The later date, YYYY-MM-DD.")


def _date(value: str | None, option: str) -> dt.date | None:
    """Parse YYYY-MM-DD; raise InvalidInput naming the option otherwise."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise invalid(option, f"'{value}' is not a date (YYYY-MM-DD)") from None


def _window_end(value: str | None, option: str, *, last: bool) -> dt.date | None:
    """Parse YYYY, YYYY-MM or YYYY-MM-DD: the period's first day, or its last with ``last``."""
    if value is None:
        return None
    try:
        first, final, _ = parse_partial_date(value)
    except ValueError as exc:
        raise invalid(option, str(exc)) from None
    return final if last else first


def _scope(actor: str | None, depth: int, scope: str | None, query: str | None,
           since: str | None, until: str | None, at: str | None, min_certainty: Certainty,
           types: list[str] | None, include_undated: bool) -> Scope:
    return analytics.make_scope(
        scope=scope, actor=actor, depth=depth, query=query,
        since=_window_end(since, "--since", last=False),
        until=_window_end(until, "--until", last=True), at=_date(at, "--at"),
        min_certainty=min_certainty, types=types, include_undated=include_undated)


def _print_centrality(r: CentralityResult) -> None:
    how = ""
    if r.betweenness is not None:
        how = (" (exact)" if r.betweenness.method == "exact"
               else f" (sampled, k={r.betweenness.k}, seed={r.betweenness.seed})")
    typer.echo(f"{r.algorithm}{how} over {r.graph.actors} actors, {r.graph.edges} edges, "
               f"{r.graph.ties} ties")
    width = max((len(x.actor) for x in r.results), default=5)
    for x in r.results:
        typer.echo(f"{x.rank:>4}  {x.actor:<{width}}  {x.score:.4f}  degree {x.degree:<4} "
                   f"weighted {x.weighted_degree:g}  {x.name or ''}")
    if r.truncated:
        typer.echo("  ... (more actors; raise --limit)")


def _print_communities(r: CommunitiesResult) -> None:
    mod = f"{r.modularity:.3f}" if r.modularity is not None else "n/a"
    shown = f" ({len(r.communities)} shown)" if len(r.communities) < r.total else ""
    typer.echo(f"{r.method} (seed {r.seed}) over {r.graph.actors} actors, {r.graph.ties} "
               f"ties: {r.total} communities{shown}, modularity {mod}")
    for c in r.communities:
        more = ", ..." if c.size > len(c.members) else ""
        typer.echo(f"  [{c.id}] {c.size} actors: "
                   f"{', '.join(m.actor for m in c.members)}{more}")
    b = r.betweenness
    how = "exact" if b.method == "exact" else f"sampled, k={b.k}, seed={b.seed}"
    typer.echo(f"brokers (betweenness {how}):")
    for x in r.brokers:
        typer.echo(f"{x.rank:>4}  {x.actor}  betweenness {x.betweenness:.4f}  "
                   f"community {x.community}, neighbours in "
                   f"{', '.join(map(str, x.neighbour_communities))}")
    if not r.brokers:
        typer.echo("  none (no actor has neighbours in two communities)")


def _edge_line(sign: str, e: EdgeChange) -> str:
    when = (f"{e.valid_from or '?'}..{e.valid_to or ''}"
            if e.valid_from or e.valid_to else "undated")
    return f"  {sign} {e.source} {e.type} {e.target}  [{e.certainty}, {when}]  {e.key}"


def _print_diff(r: DiffResult) -> None:
    c = r.counts
    typer.echo(f"{r.at} -> {r.compare_to}: {c.at} -> {c.compare_to} edges "
               f"({c.unchanged} unchanged, {c.undated} undated left out)")
    typer.echo(f"appeared ({c.appeared}):")
    for e in r.appeared:
        typer.echo(_edge_line("+", e))
    typer.echo(f"ended ({c.ended}):")
    for e in r.ended:
        typer.echo(_edge_line("-", e))
    typer.echo(f"changed certainty ({c.changed}):")
    for x in r.changed:
        typer.echo(f"  ~ {x.source} {x.type} {x.target}: {', '.join(x.before)} -> "
                   f"{', '.join(x.after)}")


@app.command()
def centrality(
    actor: str | None = ActorOpt, depth: int = DepthOpt, scope: str | None = ScopeOpt,
    query: str | None = QueryOpt, since: str | None = SinceOpt,
    until: str | None = UntilOpt, at: str | None = AtOpt,
    min_certainty: Certainty = CertaintyOpt, types: list[str] | None = TypeOpt,
    include_undated: bool = UndatedOpt,
    algorithm: Algorithm = AlgorithmOpt,
    weight: Weighting = WeightOpt, limit: int = LimitOpt, as_json: bool = JsonOpt,
) -> None:
    """The most central actors of a scope (PageRank, betweenness or degree)."""
    with database() as db:
        s = _scope(actor, depth, scope, query, since, until, at, min_certainty, types,
                   include_undated)
        g = analytics.project(db, s)
        result = analytics.centrality(g, db.settings, algorithm, weight, limit)
    if as_json:
        print_json(result.model_dump(mode="json"))
    else:
        _print_centrality(result)


@app.command()
def communities(
    actor: str | None = ActorOpt, depth: int = DepthOpt, scope: str | None = ScopeOpt,
    query: str | None = QueryOpt, since: str | None = SinceOpt,
    until: str | None = UntilOpt, at: str | None = AtOpt,
    min_certainty: Certainty = CertaintyOpt, types: list[str] | None = TypeOpt,
    include_undated: bool = UndatedOpt,
    method: CommunityMethod = MethodOpt,
    weight: Weighting = WeightOpt, limit: int = LimitOpt, as_json: bool = JsonOpt,
) -> None:
    """Communities (blocs) of a scope and the brokers between them."""
    with database() as db:
        s = _scope(actor, depth, scope, query, since, until, at, min_certainty, types,
                   include_undated)
        g = analytics.project(db, s)
        result = analytics.communities(g, db.settings, method, weight, limit)
    if as_json:
        print_json(result.model_dump(mode="json"))
    else:
        _print_communities(result)


@app.command()
def diff(
    at: str = DiffAtOpt,
    compare_to: str = CompareToOpt,
    actor: str | None = ActorOpt, depth: int = DepthOpt, scope: str | None = ScopeOpt,
    query: str | None = QueryOpt, min_certainty: Certainty = CertaintyOpt,
    types: list[str] | None = TypeOpt, as_json: bool = JsonOpt,
) -> None:
    """Edges that appeared, ended or changed certainty between two dates."""
    with database() as db:
        earlier, later = _date(at, "--at"), _date(compare_to, "--compare-to")
        assert earlier is not None and later is not None
        check_order(earlier, later)
        s = analytics.make_scope(scope=scope, actor=actor, depth=depth, query=query,
                                 min_certainty=min_certainty, types=types)
        result = analytics.diff(analytics.project(db, s), earlier, later)
    if as_json:
        print_json(result.model_dump(mode="json"))
    else:
        _print_diff(result)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="analytics")
