"""``geokg keys add|list|revoke``: one API key per analyst, stored as a hash in Neo4j."""

from __future__ import annotations

import typer

from cli.common import database, print_json, settings
from graph.keys import KeyRole, add_key, list_keys, revoke_key

app = typer.Typer(
    help="Personal API keys: one per analyst, with a role (read or write). Only a salted "
    "hash is stored, in the database, so every API process sees a change within "
    "GEOKG_API_KEY_CACHE_S seconds.",
    no_args_is_help=True,
)

NameArg = typer.Argument(..., help="Who the key is for (a person's name or e-mail): "
                         "letters, digits and . _ @ + -; shown in the audit trail.")
JsonOpt = typer.Option(False, "--json", help="Print the answer as JSON.")
RoleOpt = typer.Option(..., "--role", case_sensitive=False,
                       help="read: every read endpoint and analyst Cypher; write: also "
                       "POST /ingest and draft approval.")


@app.command("add")
def add(
    name: str = NameArg,
    role: KeyRole = RoleOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Create a key for NAME and print it once (only its hash is kept: store it now).

    The key alone goes to stdout, so `KEY=$(geokg keys add alice --role read)` works.
    Once any key exists, the API needs a key on every endpoint but /health, /ready
    and the explorer's page.
    """
    with database() as db:
        key = add_key(db, name, role.value)
    if as_json:
        print_json({"name": name, "role": role.value, "key": key})
    else:
        typer.echo(key)
    typer.echo(f"key for {name} ({role.value}): shown once, never stored; "
               "send it as 'Authorization: Bearer <key>' or 'X-API-Key'", err=True)


@app.command("list")
def list_(as_json: bool = JsonOpt) -> None:
    """List the keys: name, role, created, last used (never a key)."""
    with database() as db:
        rows = list_keys(db)
    if as_json:
        print_json(rows)
        return
    if not rows:
        typer.echo("no personal keys (the API uses only the keys of the settings, if any)")
        return
    width = max(len(r["name"]) for r in rows)
    typer.echo(f"{'name':<{width}}  role   created                        last used")
    for r in rows:
        typer.echo(f"{r['name']:<{width}}  {r['role']:<5}  {r['created']:<29}  "
                   f"{r['last_used'] or 'never'}")


@app.command("revoke")
def revoke(name: str = NameArg) -> None:
    """Delete NAME's key: every API process refuses it within GEOKG_API_KEY_CACHE_S s."""
    with database() as db:
        revoke_key(db, name)
    typer.echo(f"revoked the key of {name}; every API process refuses it within "
               f"{settings().api_key_cache_s:g} s")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="keys")
