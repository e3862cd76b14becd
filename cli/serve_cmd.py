"""``geokg serve``: the HTTP API."""

from __future__ import annotations

import typer

from cli.common import settings


def serve(
    host: str | None = typer.Option(None, "--host", help="Interface to bind. Default: settings."),
    port: int | None = typer.Option(None, "--port", help="TCP port. Default: settings (8000)."),
) -> None:
    """Serve the HTTP API (OpenAPI at /openapi.json, docs at /docs)."""
    import uvicorn

    s = settings()
    uvicorn.run("api.app:create_app", factory=True, host=host or s.api_host,
                port=port or s.api_port, log_level="info")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
