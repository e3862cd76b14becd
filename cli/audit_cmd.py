"""``geokg audit tail``: read the API's audit trail (GEOKG_AUDIT_LOG)."""

from __future__ import annotations

import json
from collections import deque
from pathlib import Path
from typing import Any

import typer

from cli.common import settings

app = typer.Typer(help="The API's audit trail: analyst Cypher, writes and refusals, one "
                  "JSON line each, in the file GEOKG_AUDIT_LOG names.", no_args_is_help=True)

OUTCOMES = ("ok", "refused", "timeout", "error")
FileOpt = typer.Option(None, "--file", help="Read this file instead of GEOKG_AUDIT_LOG.")


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(1)


@app.command("tail")
def tail(
    user: str | None = typer.Option(None, "--user", help="Only this key's lines (the key "
                                    "name; settings:read / settings:write for the keys of "
                                    "the settings)."),
    since: str | None = typer.Option(None, "--since", help="Only lines from then on: 30m, "
                                     "2h, 7d ago, or a date or date-time (UTC unless it "
                                     "says), e.g. 2025-03-01T09:00."),
    outcome: str | None = typer.Option(None, "--outcome",
                                       help="Only ok, refused, timeout or error."),
    lines: int = typer.Option(50, "--lines", "-n", min=1,
                              help="How many of the last matching lines to print."),
    file: Path | None = FileOpt,
    as_json: bool = typer.Option(False, "--json", help="Print the lines as they are "
                                 "stored (JSON lines)."),
) -> None:
    """Print the last matching lines of the audit trail, oldest first."""
    from api.audit import parse_since, read_lines

    path = file or settings().audit_log
    if path is None:
        raise _fail("no audit trail: set GEOKG_AUDIT_LOG (or give --file)")
    if not path.is_file():
        where = "--file" if file is not None else "GEOKG_AUDIT_LOG"
        raise _fail(f"{where}: no audit trail at '{path}' (nothing audited yet?)")
    if outcome is not None and outcome not in OUTCOMES:
        raise _fail(f"--outcome: '{outcome}' is not one of {', '.join(OUTCOMES)}")
    try:
        start = parse_since(since) if since is not None else None
    except ValueError as exc:
        raise _fail(f"--since: {exc}") from None
    last: deque[dict[str, Any]] = deque(
        read_lines(path, user=user, since=start, outcome=outcome), maxlen=lines)
    for line in last:
        typer.echo(json.dumps(line, ensure_ascii=False) if as_json else _text(line))


def _text(line: dict[str, Any]) -> str:
    parts = [line.get("time", "?"), line.get("key") or "-", line.get("client") or "-",
             f"{line.get('method')} {line.get('endpoint')}", str(line.get("status")),
             line.get("outcome", "?")]
    if line.get("reason"):
        parts.append(line["reason"])
    parts.append(f"{line.get('duration_ms')} ms")
    if line.get("rows") is not None:
        parts.append(f"rows={line['rows']}")
    parts.append(f"id={line.get('request_id')}")
    if line.get("query"):
        query = " ".join(str(line["query"]).split())
        parts.append(f"query={query[:200]}{'…' if len(query) > 200 else ''}")
    if line.get("params"):
        parts.append("params=" + ",".join(line["params"]))
    return "  ".join(str(p) for p in parts)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="audit")
