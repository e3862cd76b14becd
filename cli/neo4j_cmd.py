"""``geokg neo4j start|stop|status``: the local Neo4j server."""

from __future__ import annotations

import typer

from cli.common import cli_errors, settings
from graph.launcher import LocalNeo4j

app = typer.Typer(help="Run a local Neo4j Community server (fetched from Maven Central).")

InstanceOpt = typer.Option(
    None, "--instance", help="Instance name (own data directory). Default: settings."
)
PortOpt = typer.Option(None, "--port", help="Bolt port on 127.0.0.1. Default: settings.")


def _server(instance: str | None, port: int | None) -> LocalNeo4j:
    return LocalNeo4j(settings(), instance=instance, port=port)


@app.command()
def start(instance: str | None = InstanceOpt, port: int | None = PortOpt) -> None:
    """Start Neo4j and return once Bolt answers a query (idempotent)."""
    with cli_errors():
        started, status = _server(instance, port).start()
    if started:
        typer.echo(f"started: {status.line()}")
    else:
        typer.echo(f"already running: {status.line()}")


@app.command()
def stop(instance: str | None = InstanceOpt, port: int | None = PortOpt) -> None:
    """Stop the Neo4j process this launcher started (and only that one)."""
    with cli_errors():
        stopped = _server(instance, port).stop()
    typer.echo("stopped" if stopped else "not running")


@app.command()
def status(instance: str | None = InstanceOpt, port: int | None = PortOpt) -> None:
    """Print running or stopped, the Neo4j version and the URI."""
    with cli_errors():
        st = _server(instance, port).status()
    typer.echo(st.line())
    raise typer.Exit(0 if st.running else 3)


@app.command()
def install() -> None:
    """Fetch Neo4j Community and its dependencies with Maven into the project cache."""
    with cli_errors():
        path = LocalNeo4j(settings()).install()
    typer.echo(f"installed: {path}")


@app.command("password")
def show_password(instance: str | None = InstanceOpt) -> None:
    """Print the password of a local instance (from settings or the generated one)."""
    with cli_errors():
        typer.echo(_server(instance, None).password())


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="neo4j")
