"""``geokg serve``: the HTTP API, in one or several worker processes."""

from __future__ import annotations

import copy
from typing import Any

import typer

from cli.common import cli_errors, settings

#: How long uvicorn's supervisor waits for a worker's answer before it kills and replaces
#: it. Its default (5 s) is shorter than a worker's start on a busy machine (the spawned
#: process imports the CLI and the app first): workers were killed in a loop.
WORKER_HEALTHCHECK_S = 60


def serve(
    host: str | None = typer.Option(None, "--host", help="Interface to bind. Default: settings."),
    port: int | None = typer.Option(None, "--port", help="TCP port. Default: settings (8000)."),
    workers: int | None = typer.Option(
        None, "--workers", min=1, max=256,
        help="Worker processes sharing the port (uvicorn's workers). Default: settings "
        "(GEOKG_API_WORKERS, 1). Keys and revocations reach every worker through the "
        "database; per-key limits count per worker (docs/security.md)."),
) -> None:
    """Serve the HTTP API (OpenAPI at /openapi.json, docs at /docs).

    X-Forwarded-For and X-Forwarded-Proto are believed only from the addresses in
    GEOKG_TRUSTED_PROXIES (a reverse proxy in front: docs/deployment.md); from anyone
    else the client is the TCP peer.
    """
    import uvicorn

    s = settings()
    if s.audit_log is not None:  # refuse to start without its audit trail, in one line
        from api.audit import AuditLog

        with cli_errors():
            AuditLog(s.audit_log).close()
    n = workers or s.api_workers
    proxies = ",".join(s.trusted_proxies)
    uvicorn.run("api.app:create_app", factory=True, host=host or s.api_host,
                port=port or s.api_port, workers=n, log_level="info",
                log_config=log_config(), proxy_headers=bool(proxies),
                forwarded_allow_ips=proxies or None, server_header=False,
                timeout_worker_healthcheck=WORKER_HEALTHCHECK_S)


def log_config() -> dict[str, Any]:
    """uvicorn's logging, plus geokg's own logger (5xx causes under their request id)."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["formatters"]["geokg"] = {"format": "%(asctime)s %(levelname)s [%(process)d] "
                                               "%(name)s: %(message)s"}
    config["handlers"]["geokg"] = {"formatter": "geokg", "class": "logging.StreamHandler",
                                   "stream": "ext://sys.stderr"}
    config["loggers"]["geokg"] = {"handlers": ["geokg"], "level": "INFO", "propagate": False}
    return config


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
