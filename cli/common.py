"""Helpers shared by the CLI commands: settings, one-line errors, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import typer

from graph.db import Database
from graph.errors import GeokgError
from graph.settings import Settings, get_settings

F = TypeVar("F", bound=Callable[..., Any])


@contextmanager
def cli_errors() -> Iterator[None]:
    """Print geokg errors as one line on stderr and exit 1 (no stack trace)."""
    try:
        yield
    except GeokgError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        if exc.details and isinstance(exc.details, list):
            for d in exc.details:
                typer.echo(f"  {d}", err=True)
        raise typer.Exit(1) from None


def settings() -> Settings:
    """The settings; a bad value exits 1 naming its variable (no stack trace)."""
    from pydantic import ValidationError

    try:
        return get_settings()
    except ValidationError as exc:
        for err in exc.errors():
            name = "GEOKG_" + "_".join(str(p) for p in err["loc"]).upper()
            typer.echo(f"error: {name}: {err['msg']}", err=True)
        raise typer.Exit(1) from None


@contextmanager
def database() -> Iterator[Database]:
    with cli_errors(), Database(settings()) as db:
        yield db


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
