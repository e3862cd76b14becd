"""Counts by label and relationship type."""

from __future__ import annotations

from typing import Any

from graph.db import Database
from graph.write_cypher import COUNT_BY_LABEL, COUNT_BY_TYPE


def graph_stats(db: Database) -> dict[str, Any]:
    """Return ``{"nodes": {label: count}, "relationships": {type: count}}`` (zeros omitted)."""
    nodes = {r["label"]: r["c"] for r in db.read(COUNT_BY_LABEL) if r["c"]}
    rels = {r["type"]: r["c"] for r in db.read(COUNT_BY_TYPE) if r["c"]}
    return {"nodes": nodes, "relationships": rels}
