"""``geokg drafts list|show|approve|reject``: the review queue of ``geokg articles sync``."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer

from cli.common import cli_errors, database, print_json
from graph.db import Database
from graph.errors import InvalidInput

app = typer.Typer(help="The review queue: drafts made from feeds, approved (loaded) or "
                  "rejected by a person.", no_args_is_help=True)

STATUSES = ("pending", "approved", "rejected", "loaded", "approving")
IdArg = typer.Argument(..., help="The draft's id (draft-...), as geokg drafts list shows it.")
DocumentOpt = typer.Option(
    None, "--document", exists=True, dir_okay=False, readable=True,
    help="Load this edited document (YAML or JSON) instead of the draft as made; it is "
    "validated like any document.")
ByOpt = typer.Option(None, "--by", help="Who decides (recorded; default: your login name).")


@app.command("list")
def list_(
    status: str | None = typer.Option(
        None, "--status", help="Only drafts with this status: pending | approved | rejected "
        "| loaded (in the graph, unreviewed). Default: all, pending first."),
    limit: int = typer.Option(100, "--limit", min=1, max=10_000, help="Most drafts listed."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Drafts, pending first (then newest first): source, date and what to review."""
    from graph.repository_drafts import list_drafts

    with cli_errors():
        if status is not None and status not in STATUSES:
            raise InvalidInput(f"--status: '{status}' is not one of {', '.join(STATUSES)}")
    with _database() as db:
        result = list_drafts(db, status=status, limit=limit)
    if as_json:
        print_json(result)
        return
    counts = result["counts"]
    typer.echo(", ".join(f"{counts[s]} {s}" for s in STATUSES[:4]))
    for d in result["drafts"]:
        c = d["counts"]
        where = " · ".join(x for x in (d.get("publisher"), d.get("published")) if x)
        typer.echo(f"{d['id']}  {d['status']:<8}  {d.get('title') or d['url']}"
                   + (f"  [{where}]" if where else ""))
        typer.echo(f"    {d['url']}  {c['events']} event(s), {c['claims']} claim(s), "
                   f"{c['review']} to review" + (f", {d['copies']} copies elsewhere"
                                                 if d["copies"] else ""))


@app.command("show")
def show(
    draft_id: str = IdArg,
    as_json: bool = typer.Option(False, "--json", help="Print the draft and its notes as "
                                 "JSON instead of the YAML document."),
) -> None:
    """Print a draft as a YAML extraction document, what to review first at the top.

    Save it, edit it and approve the edit: geokg drafts show ID > d.yaml; $EDITOR d.yaml;
    geokg drafts approve ID --document d.yaml.
    """
    from graph.repository_drafts import get_draft

    with _database() as db:
        draft = get_draft(db, draft_id)
    if as_json:
        print_json(draft)
        return
    typer.echo(_yaml(draft), nl=False)


@app.command("approve")
def approve(
    draft_id: str = IdArg,
    document: Path | None = DocumentOpt,
    by: str | None = ByOpt,
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Load a pending draft into the graph as geokg load would, and record the approval
    (who, when) on its Source."""
    from loaders.articles.review import approve_draft

    doc = _checked(document) if document is not None else None
    with _database() as db:
        result = approve_draft(db, draft_id, by=_by(by), document=doc)
    if as_json:
        print_json(result)
        return
    d = result["draft"]
    typer.echo(f"approved {d['id']} by {d['decided_by']}: source {d['source_id']} loaded, "
               "marked reviewed")
    for section in ("nodes", "relationships"):
        for name, c in sorted(result["load"][section].items()):
            typer.echo(f"  {section[:-1] if section == 'nodes' else 'rel'} {name}: "
                       f"{c['created']} created, {c['matched']} matched")


@app.command("reject")
def reject(
    draft_id: str = IdArg,
    reason: str = typer.Option(..., "--reason", help="Why (kept with the draft)."),
    by: str | None = ByOpt,
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Reject a pending draft: nothing of it enters the graph; the reason is kept."""
    from loaders.articles.review import reject_draft

    with _database() as db:
        result = reject_draft(db, draft_id, reason=reason, by=_by(by))
    if as_json:
        print_json(result)
        return
    d = result["draft"]
    typer.echo(f"rejected {d['id']} by {d['decided_by']}: {d['reason']}")


@contextmanager
def _database() -> Iterator[Database]:
    """The database, checked at once (a down server is one line, not driver retries)."""
    from graph.db import ensure_available

    with database() as db:
        ensure_available(db)
        yield db


def _by(by: str | None) -> str:
    if by is not None:
        by = " ".join(by.split())
        if not by or len(by) > 100:
            with cli_errors():
                raise InvalidInput("--by: a name of 1 to 100 characters")
        return by
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "cli"


def _checked(path: Path) -> Any:
    from loaders.extraction import check_file

    doc, problems = check_file(path)
    for p in problems:
        line = f"{path}:{p.line}" if p.line else str(path)
        typer.echo(f"{line}: {p.location}: {p.message}", err=True)
    if problems or doc is None:
        typer.echo(f"invalid: {path} has errors; nothing written, the draft is still pending",
                   err=True)
        raise typer.Exit(1)
    return doc


def _yaml(draft: dict[str, Any]) -> str:
    from loaders.text.draft import Draft

    head = [f"# {draft['id']} ({draft['status']}) from {draft['url']}"]
    if draft.get("feed"):
        head.append(f"# feed: {draft['feed']}")
    for copy in draft.get("copies") or []:
        head.append(f"# also at {copy['url']} ({copy['why']})")
    if draft.get("reason"):
        head.append(f"# rejected by {draft.get('decided_by')}: {draft['reason']}")
    head.append(f"# approve: geokg drafts approve {draft['id']} [--document EDITED.yaml]")
    body = Draft(draft["document"], draft.get("language") or "", draft["summary"],
                 review=draft.get("review") or [], warnings=draft.get("warnings") or [])
    return "\n".join(head) + "\n" + body.to_yaml()


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="drafts")
