"""Entry point of the ``geokg`` command: one sub-command group per concern."""

from __future__ import annotations

import typer

from cli import (
    actors_cmd,
    analytics_cmd,
    articles_cmd,
    audit_cmd,
    bench_cmd,
    db_cmd,
    drafts_cmd,
    export_cmd,
    extract_cmd,
    gdelt_cmd,
    keys_cmd,
    load_cmd,
    neo4j_cmd,
    serve_cmd,
    viz_cmd,
)

app = typer.Typer(
    help="geokg: a geopolitical knowledge graph on Neo4j.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(neo4j_cmd.app, name="neo4j")
db_cmd.register(app)
load_cmd.register(app)
extract_cmd.register(app)
serve_cmd.register(app)
analytics_cmd.register(app)
viz_cmd.register(app)
bench_cmd.register(app)
actors_cmd.register(app)
export_cmd.register(app)
gdelt_cmd.register(app)
articles_cmd.register(app)
drafts_cmd.register(app)
keys_cmd.register(app)
audit_cmd.register(app)

if __name__ == "__main__":
    app()
