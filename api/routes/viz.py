"""Pictures served as HTML: a neighbourhood, the paths between two actors, a Cypher result.

Each route takes exactly the parameters of its JSON twin (``/actors/{id}/neighbors``,
``/paths``, ``/cypher``, ``/analytics/diff``) through the same dependencies and models,
and draws with ``viz.pages`` (the same ``graph.repository`` or ``graph.analytics``
function, then ``viz.render_html``). The three subgraph pictures also take ``size_by``
(node size by a centrality) and ``color_by=community``. Errors are the API's one JSON
error body (404 unknown actor, 422 bad parameter, 403 refused Cypher).
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from api.deps import CurrentActorId, DbDep, SettingsDep
from api.models import CypherRequest, json_error_responses
from api.routes.analytics import WHERE, DiffQuery
from api.routes.params import Aggregate, PathQuery, RelTypesFilter
from api.routes.views import OverviewLimit
from graph.actor_ids import canonical_actor_id
from graph.analytics import Algorithm
from viz import pages
from viz.look import ColorBy

router = APIRouter(prefix="/viz", tags=["viz"])

#: The HTML answer in the OpenAPI document.
_HTML: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/html": {}}, "description": "A self-contained HTML page"}}


SizeBy = Annotated[Algorithm | None, Query(
    description="Node size by this centrality of the drawn actors (`pagerank`, "
                "`betweenness` or `degree`, as /analytics/centrality computes it on the "
                "drawn subgraph; denials are not ties). Default: size by role only.")]
ColorByQ = Annotated[ColorBy | None, Query(
    description="`community`: fill colour by community of the drawn actors (seeded "
                "Louvain, as /analytics/communities; 0 is the largest); the legend lists "
                "them. Default: colour by kind.")]


def _html(page: str) -> HTMLResponse:
    # The page's own meta CSP governs scripts; the headers stop sniffing and framing by
    # other sites (the explorer at / frames it from the same origin).
    return HTMLResponse(page, headers={"X-Content-Type-Options": "nosniff",
                                       "X-Frame-Options": "SAMEORIGIN",
                                       "Referrer-Policy": "no-referrer"})


def _query_text(request: Request) -> str:
    """The request as the analyst sent it (path and query string), for the page header."""
    query = urlencode(list(request.query_params.multi_items()))
    return request.url.path + (f"?{query}" if query else "")


@router.get("/actors/{id}", response_class=HTMLResponse,
            responses={**_HTML, **json_error_responses(404, 422, 503)})
def actor_picture(
    request: Request,
    db: DbDep,
    settings: SettingsDep,
    id: CurrentActorId,
    filters: RelTypesFilter,
    depth: Annotated[int, Query(ge=1, le=3, description="Hops from the actor")] = 1,
    limit: Annotated[int | None, Query(ge=1, le=100_000, description=(
        "Most actors besides the centre (capped by the server's neighbors_node_cap)"))] = None,
    size_by: SizeBy = None,
    color_by: ColorByQ = None,
    aggregate: Aggregate = False,
) -> HTMLResponse:
    """The neighbourhood of an actor as an interactive picture (parameters as
    `/actors/{id}/neighbors`, `aggregate` included); the actor is drawn as the focus."""
    return _html(pages.actor_page(db, settings, id, query=_query_text(request), depth=depth,
                                  filters=filters, limit=limit, size_by=size_by,
                                  color_by=color_by, aggregate=aggregate))


@router.get("/paths", response_class=HTMLResponse,
            responses={**_HTML, **json_error_responses(404, 422, 503)})
def paths_picture(
    request: Request,
    db: DbDep,
    settings: SettingsDep,
    req: PathQuery,
    size_by: SizeBy = None,
    color_by: ColorByQ = None,
    aggregate: Aggregate = False,
) -> HTMLResponse:
    """The paths between two actors (as `/paths`, `aggregate` included) merged into one
    picture; the actors on a path are drawn as the focus. No path draws an empty picture
    that says so."""
    source, target = (canonical_actor_id(db, x) or x for x in (req.source, req.target))
    return _html(pages.paths_page(db, settings, source, target,
                                  query=_query_text(request), max_hops=req.max_hops,
                                  mode=req.mode, k=req.k, filters=req.filters,
                                  size_by=size_by, color_by=color_by, aggregate=aggregate))


@router.get("/overview", response_class=HTMLResponse,
            responses={**_HTML, **json_error_responses(422, 503)})
def overview_picture(
    request: Request,
    db: DbDep,
    settings: SettingsDep,
    filters: RelTypesFilter,
    limit: OverviewLimit = 60,
    size_by: SizeBy = None,
    color_by: ColorByQ = None,
) -> HTMLResponse:
    """What the graph holds at a glance (as `/overview`): the most connected actors and
    the aggregated edges among them. The explorer opens on it."""
    return _html(pages.overview_page(db, settings, query=_query_text(request), limit=limit,
                                     filters=filters, size_by=size_by, color_by=color_by))


@router.post("/cypher", response_class=HTMLResponse,
             responses={**_HTML, **json_error_responses(403, 408, 422, 503)})
def cypher_picture(db: DbDep, settings: SettingsDep, body: CypherRequest,
                   size_by: SizeBy = None, color_by: ColorByQ = None) -> HTMLResponse:
    """The nodes, relationships and paths a read-only Cypher query returns, as a picture
    (same body and guards as `/cypher`: writes and admin commands are refused with 403).
    `size_by` and `color_by` are query parameters: `/viz/cypher?size_by=pagerank`."""
    return _html(pages.cypher_page(db, settings, body.query, body.params, body.limit,
                                   size_by=size_by, color_by=color_by))


@router.get("/diff", response_class=HTMLResponse,
            responses={**_HTML, **json_error_responses(403, 404, 408, 422, 503)})
def diff_picture(
    request: Request,
    db: DbDep,
    settings: SettingsDep,
    req: DiffQuery,
) -> HTMLResponse:
    """What changed in a scope between two dates (parameters as `/analytics/diff`): the
    edges present at either date, coloured appeared / ended / changed / unchanged, the
    two dates in the header. Example: `?actor=north-korea&at=2024-06-01&compare_to=2024-12-31`.
    """
    return _html(pages.diff_page(db, settings, at=req.at, compare_to=req.compare_to,
                                 query=_query_text(request),
                                 actor=canonical_actor_id(db, req.actor),
                                 depth=req.depth, scope=req.scope, cypher=req.query,
                                 min_certainty=req.min_certainty, types=req.types,
                                 where=WHERE))
