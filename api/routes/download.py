"""``format=``: the answer of /actors/{id}/neighbors, /paths and POST /cypher as a file
(GraphML, GEXF, CSV in a zip, node-link JSON, FollowTheMoney JSON lines; docs/export.md).

Without ``format`` those routes answer their usual JSON. With it, the same subgraph
(same parameters, caps and errors) is written by ``exports`` and sent with the format's
media type and a ``Content-Disposition`` file name; ``X-Geokg-Truncated: true`` says the
server's caps cut it. A bad ``format`` is a 422 naming ``query.format``.
"""

from __future__ import annotations

import io
import re
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Query, Request, Response

import exports
from exports import Format

FormatParam = Annotated[Format | None, Query(
    description="Answer with a file instead of JSON: `graphml`, `gexf` (dynamic GEXF 1.3: "
                "edges start and end with their validity), `csv` (a zip of nodes.csv and "
                "edges.csv), `json` (node-link JSON, networkx's shape) or `ftm` "
                "(FollowTheMoney entities, JSON lines). Every format keeps each edge's type, "
                "certainty, dates, asserters and evidence (docs/export.md).")]

#: The file answers in the OpenAPI document.
FILE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {media: {} for media in exports.MEDIA_TYPES.values()},
          "description": "JSON; with `format`, the subgraph as a file to download"}}

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def request_text(request: Request) -> str:
    """The request as the analyst sent it (method, path and query string)."""
    query = urlencode(list(request.query_params.multi_items()))
    return f"{request.method} {request.url.path}" + (f"?{query}" if query else "")


def file_response(fmt: Format, export: exports.Export, stem: str) -> Response:
    """The export written in ``fmt`` as a download named ``<stem><extension>``."""
    buffer = io.BytesIO()
    exports.write_to(fmt, export, buffer)
    name = (_UNSAFE.sub("-", stem).strip("-.") or "geokg") + exports.EXTENSIONS[fmt]
    headers = {"Content-Disposition": f'attachment; filename="{name}"',
               "X-Content-Type-Options": "nosniff"}
    if export.meta.truncated:
        headers["X-Geokg-Truncated"] = "true"
    return Response(buffer.getvalue(), media_type=exports.MEDIA_TYPES[fmt], headers=headers)
