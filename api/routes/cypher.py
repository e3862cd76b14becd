"""Analysts' read-only Cypher."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

import exports
from api import audit
from api.deps import DbDep
from api.models import CypherAnswer, CypherRequest, error_responses
from api.routes.download import FILE_RESPONSES, FormatParam, file_response
from graph import repository

router = APIRouter(tags=["cypher"])


@router.post("/cypher", response_model=CypherAnswer,
             responses={**FILE_RESPONSES, **error_responses(400, 403, 408, 422, 503)})
def cypher(db: DbDep, body: CypherRequest, format: FormatParam = None) -> Any:
    """Run a read-only Cypher query with `$parameters`.

    Answers `{columns, rows, truncated}` and, when the rows hold nodes, relationships or
    paths, a `graph` of nodes and edges (edges with their evidence). Writes, schema and
    admin commands, `LOAD CSV`, `USE`, `SHOW` and unlisted procedures are refused (403)
    before anything runs; the query runs in a read transaction, is stopped by the server
    after the configured time limit (408) and returns at most the configured number of
    rows (`truncated: true` beyond). With `?format=` (graphml, gexf, csv, json, ftm) the
    result's graph comes as a file; a result without nodes, relationships or paths is
    then a 422.
    """
    if format is not None:
        export = exports.cypher(db, body.query, body.params, body.limit,
                                with_events=exports.needs_events(format))
        return file_response(format, export, "cypher-result")
    answer = repository.run_cypher(db, body.query, body.params, body.limit)
    audit.note(rows=len(answer["rows"]))
    return answer
