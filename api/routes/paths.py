"""Paths between two actors."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

import exports
from api.deps import DbDep
from api.models import error_responses
from api.routes.download import FILE_RESPONSES, FormatParam, file_response, request_text
from api.routes.params import Aggregate, PathQuery, refuse_aggregate_with_format
from api.view_models import PathsOrAggregated
from graph import repository, repository_views
from graph.actor_ids import canonical_actor_id

router = APIRouter(tags=["paths"])


@router.get("/paths", response_model=PathsOrAggregated,
            responses={**FILE_RESPONSES, **error_responses(404, 422, 503)})
def paths(request: Request, db: DbDep, req: PathQuery, format: FormatParam = None,
          aggregate: Aggregate = False) -> Any:
    """How is `source` connected to `target`? Paths of at most `max_hops` edges.

    Every hop passes the filters ("only confirmed edges, June to December 2024":
    `min_certainty=confirmed&since=2024-06&until=2024-12`). Edges are walked either way;
    each says its own direction (`source` → `target`), dates, certainty, asserters and
    evidence. No path is `{"paths": []}`, not an error. With `aggregate=true` each hop is
    the aggregate of the parallel edges of its type and direction (paths that differ
    only in which parallel edge they take are one). With `format` (graphml, gexf, csv,
    json, ftm) the paths come merged into one graph, as a file.
    """
    refuse_aggregate_with_format(aggregate, format)
    source, target = (canonical_actor_id(db, x) or x for x in (req.source, req.target))
    if aggregate:
        return repository_views.aggregated_paths(db, source, target, max_hops=req.max_hops,
                                                 mode=req.mode, k=req.k, filters=req.filters)
    if format is not None:
        export = exports.paths(db, source, target, max_hops=req.max_hops, mode=req.mode,
                               k=req.k, filters=req.filters, query=request_text(request),
                               with_events=exports.needs_events(format))
        return file_response(format, export, f"paths-{source}-{target}")
    return repository.paths(db, source, target, max_hops=req.max_hops, mode=req.mode,
                            k=req.k, filters=req.filters)
