"""``geokg init-schema``: constraints and indexes."""

from __future__ import annotations

import typer

from cli.common import database
from graph.schema import apply_schema


def init_schema() -> None:
    """Create every constraint and index IF NOT EXISTS (safe to repeat)."""
    with database() as db:
        names = apply_schema(db)
    typer.echo(f"schema ready: {len(names)} constraints and indexes")


def register(app: typer.Typer) -> None:
    app.command("init-schema")(init_schema)
