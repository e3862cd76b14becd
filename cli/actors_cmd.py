"""``geokg actors review|merge``: actors that are probably one, and merging them."""

from __future__ import annotations

from typing import Any

import typer

from cli.common import database, print_json, settings
from loaders.actor_merge import merge_actors, merge_candidates
from loaders.writer import reexamine_events

app = typer.Typer(
    help="Actors that are probably one: list the candidates, merge them with every edge "
    "and claim kept (merged ids keep resolving).",
    no_args_is_help=True,
)

JsonOpt = typer.Option(False, "--json", help="Print the full answer as JSON.")
KeepArg = typer.Argument(..., help="Id of the actor that stays.")
OthersArg = typer.Argument(..., help="Ids of the actors merged into KEEP.")
ReasonOpt = typer.Option("merged by hand (geokg actors merge)", "--reason",
                         help="Why: kept on each merged id's redirect.")


@app.command("review")
def review(as_json: bool = JsonOpt) -> None:
    """List actors that are probably one, with the reasons and a suggested merge.

    A candidate pair is two actors of one kind sharing an identifier (iso3, wikidata,
    cameo) or an alias of two or more words (accents, case and punctuation folded).
    """
    with database() as db:
        pairs = merge_candidates(db)
    if as_json:
        print_json(pairs)
        return
    if not pairs:
        typer.echo("no merge candidates")
        return
    for p in pairs:
        typer.echo(f"{_actor(p['a'])}  ~  {_actor(p['b'])}")
        typer.echo("  " + "; ".join(r["text"] for r in p["reasons"]))
        typer.echo(f"  geokg actors merge {p['keep']} {p['merge']}")
    typer.echo(f"{len(pairs)} candidate pair(s)")


def _actor(a: dict[str, Any]) -> str:
    return f"{a['id']} ({a['name']}, {a['kind']}, {a['degree']} relationship(s))"


@app.command("merge")
def merge(
    keep: str = KeepArg,
    others: list[str] = OthersArg,
    reason: str = ReasonOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Merge OTHERS into KEEP, keeping every edge and claim.

    One transaction: every relationship moves to KEEP (keys recomputed, duplicates kept
    once, KEEP-KEEP edges dropped), KEEP takes the aliases and the identifiers it lacks,
    and the merged ids keep resolving to KEEP (API and `geokg` alike).
    """
    with database() as db:
        done = merge_actors(db, keep, others, reason=reason)
        events = reexamine_events(db, [done["keep"]],
                                  window_days=settings().coreference_window_days)
    done["events"] = [d.as_dict() for d in events]
    if as_json:
        print_json(done)
        return
    typer.echo(f"merged {', '.join(done['merged'])} into {done['keep']}")
    rels = done["relationships"]
    for label, field in (("moved", "moved"), ("already on " + keep, "collapsed"),
                         ("dropped self-loops", "self_loops")):
        parts = [f"{t} {c[field]}" for t, c in rels.items() if c[field]]
        typer.echo(f"  {label}: {', '.join(parts) if parts else 'none'}")
    typer.echo(f"  re-keyed edges: {done['rekeyed']}")
    if done["filled"]:
        typer.echo("  filled: " + ", ".join(f"{k}={v}" for k, v in done["filled"].items()))
    if done["aliases_added"]:
        typer.echo("  aliases added: " + ", ".join(done["aliases_added"]))
    for d in events:  # events kept apart while the actors were two, now one event
        typer.echo(f"  event {d.id} merged into {d.target} ({d.why})")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="actors")
