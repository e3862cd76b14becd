"""``POST /ingest``: load one extraction document over HTTP (needs the write key)."""

from __future__ import annotations

import copy
import json
from typing import Any

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from api.deps import DbDep
from api.security import error_responses, require_write_key
from graph.errors import InvalidInput
from loaders.document import Document
from loaders.extraction import LineMap, Problem, validate_data
from loaders.writer import write_document

router = APIRouter(tags=["ingest"])

#: Above this size the error locations of an invalid body are given without line
#: numbers (finding lines means parsing the text a second time, as YAML).
LINE_NUMBERS_MAX_BYTES = 1_000_000


def _inline_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema with every ``#/$defs/X`` reference replaced by its definition, so
    it stands alone inside the OpenAPI document (the model is not recursive)."""
    defs = schema.get("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return walk(copy.deepcopy(defs[ref.removeprefix("#/$defs/")]))
            return {k: walk(v) for k, v in node.items() if k != "$defs"}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    result: dict[str, Any] = walk(schema)
    return result


DOCUMENT_SCHEMA = _inline_refs(Document.model_json_schema())


def _server_paths(data: Any) -> list[Problem]:
    """A ``text_file`` names a file on the server: never read one for a client."""
    sources = data.get("sources") if isinstance(data, dict) else None
    return [
        Problem(f"$.sources[{i}].text_file", None,
                "text_file is not accepted over HTTP: send the text inline in 'text'")
        for i, src in enumerate(sources if isinstance(sources, list) else [])
        if isinstance(src, dict) and src.get("text_file") is not None
    ]


def validate_body(text: str) -> Document:
    """The valid Document in the JSON ``text``.

    Raises
    ------
    InvalidInput
        Listing every problem as ``{"location", "line", "message"}`` (lines for bodies up
        to LINE_NUMBERS_MAX_BYTES).
    """
    doc: Document | None = None
    try:
        data = json.loads(text)
        doc, problems = validate_data(data)
        problems += _server_paths(data)
        if problems and len(text) <= LINE_NUMBERS_MAX_BYTES:
            _, problems = validate_data(data, lines=LineMap(text))
            problems += _server_paths(data)
    except json.JSONDecodeError as exc:
        problems = [Problem("$", exc.lineno, f"not valid JSON: {exc.msg}")]
    except RecursionError:
        problems = [Problem("$", None, "the document is nested too deeply")]
    if problems or doc is None:
        raise InvalidInput(
            f"the document has {len(problems)} error(s); nothing was written",
            [p.as_dict() for p in problems],
        )
    return doc


@router.post(
    "/ingest",
    dependencies=[Depends(require_write_key)],
    responses=error_responses(401, 404, 413, 422, 503),
    openapi_extra={"requestBody": {
        "required": True,
        "content": {"application/json": {"schema": DOCUMENT_SCHEMA}},
    }},
)
async def ingest(request: Request, db: DbDep) -> dict[str, Any]:
    """Load one extraction document (the format of `geokg load`, as JSON).

    Needs the write API key (`Authorization: Bearer <key>` or `X-API-Key`); when the
    server has none configured the endpoint is off (404, code `disabled`). The whole
    document is validated first: an invalid one answers 422 listing every problem with
    its JSON path and line, and nothing is written. A valid one is merged into the graph
    (loading the same document again changes nothing) and the answer counts, per label
    and relationship type, what was created and what already existed.
    """
    raw = await request.body()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput("the body is not UTF-8 text",
                           [{"location": "$", "line": None,
                             "message": f"not UTF-8 at byte {exc.start}"}]) from None
    doc = await run_in_threadpool(validate_body, text)
    summary = await run_in_threadpool(write_document, db, doc)
    return summary.as_dict()

