"""Entry point of the ``geokg`` command: one sub-command group per concern.

Each concern's module (``cli/<concern>_cmd.py``) is imported only when one of its commands
runs (or when the whole help is shown): ``geokg load`` does not import the exporters, the
extractor or the analytics, which took about 0.8 s of every command's start.
"""

from __future__ import annotations

import importlib
from typing import Any

import typer
from typer.core import TyperGroup

#: Top-level command -> the module that registers it (``register(app)``). The order is the
#: help's.
COMMANDS: dict[str, str] = {
    "neo4j": "cli.neo4j_cmd",
    "init-schema": "cli.db_cmd",
    "validate": "cli.load_cmd",
    "load": "cli.load_cmd",
    "schema": "cli.load_cmd",
    "stats": "cli.load_cmd",
    "extract": "cli.extract_cmd",
    "serve": "cli.serve_cmd",
    "analytics": "cli.analytics_cmd",
    "viz": "cli.viz_cmd",
    "bench": "cli.bench_cmd",
    "actors": "cli.actors_cmd",
    "export": "cli.export_cmd",
    "gdelt": "cli.gdelt_cmd",
    "articles": "cli.articles_cmd",
    "drafts": "cli.drafts_cmd",
    "keys": "cli.keys_cmd",
    "audit": "cli.audit_cmd",
}


def _module_group(module_name: str) -> TyperGroup:
    """The click group of the commands one module registers."""
    module = importlib.import_module(module_name)
    sub = typer.Typer()
    module.register(sub)
    group = typer.main.get_group(sub)
    assert isinstance(group, TyperGroup)
    return group


class LazyCommands(TyperGroup):
    """The top-level group: a command is built from its module the first time it is asked
    for."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            command = _module_group(COMMANDS[cmd_name]).get_command(ctx, cmd_name)
            if command is not None:
                self.commands[cmd_name] = command
        return self.commands.get(cmd_name)


app = typer.Typer(
    cls=LazyCommands,
    help="geokg: a geopolitical knowledge graph on Neo4j.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.callback()
def main() -> None:
    """geokg: a geopolitical knowledge graph on Neo4j."""


if __name__ == "__main__":
    app()
