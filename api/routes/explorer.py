"""The explorer page at ``GET /``: search, neighbourhood, path and Cypher pictures for
analysts who do not write URLs.

One HTML page with its script and style inline (``viz/explorer/``), no build step and no
request to any other host. It calls the API's own routes (``/actors?q=`` for the
type-ahead, ``/viz/...`` for the pictures) and shows each picture in an ``<iframe
srcdoc>``. A srcdoc frame inherits the explorer's Content-Security-Policy, so that policy
allows, besides the explorer's own script (by nonce), exactly the two scripts every picture
carries (vis-network and ``viz/page.js``, by SHA-256 hash); the picture's own meta policy
still applies on top.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from api.deps import SettingsDep
from api.models import MinCertainty
from api.routes.views import router as views_router
from graph.schema import ACTOR_EDGE_TYPES
from graph.view_cypher import EXPORT_VIEW
from viz.render import _assets as picture_assets
from viz.render import script_json

router = APIRouter(tags=["explorer"])
# the explorer's data routes (GET /overview, GET /edges) come with it
router.include_router(views_router)

ASSETS = Path(__file__).resolve().parents[2] / "viz" / "explorer"


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(ASSETS), autoescape=select_autoescape(["html"]),
                       trim_blocks=True, lstrip_blocks=True)


@lru_cache(maxsize=1)
def _explorer_assets() -> dict[str, Markup]:
    """The explorer's own script and style (trusted files, read once)."""
    return {"explorer_js": Markup((ASSETS / "explorer.js").read_text(encoding="utf-8")),
            "explorer_css": Markup((ASSETS / "explorer.css").read_text(encoding="utf-8")),
            # the Review tab (review.html): its own script and style
            "review_js": Markup((ASSETS / "review.js").read_text(encoding="utf-8")),
            "review_css": Markup((ASSETS / "review.css").read_text(encoding="utf-8"))}


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


@lru_cache(maxsize=1)
def picture_script_hashes() -> tuple[str, ...]:
    """CSP source expressions for the inline scripts of every picture page."""
    assets = picture_assets()
    return (_sha256(str(assets["vis_js"])), _sha256(str(assets["page_js"])))


def content_security_policy(nonce: str) -> str:
    """The explorer's policy: own script by nonce, the pictures' scripts by hash, fetches
    to this origin only, nothing from anywhere else."""
    scripts = " ".join((f"'nonce-{nonce}'", *picture_script_hashes()))
    return ("default-src 'none'; "
            f"script-src {scripts}; "
            "style-src 'unsafe-inline'; img-src data:; connect-src 'self'; "
            "frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


@router.get("/", response_class=HTMLResponse, include_in_schema=True,
            responses={200: {"content": {"text/html": {}},
                             "description": "The explorer page"}})
def explorer(settings: SettingsDep) -> HTMLResponse:
    """The explorer, an analyst's workbench: it opens on an overview of the graph; find an
    actor, draw its neighbourhood or a path to a second actor with filters (aggregated
    edges by default), drag through time, read an actor's record or every claim under an
    edge, expand or drop actors, draw a read-only Cypher result, save the view; its URL
    reopens the view (`/?actor=north-korea&depth=2&since=2024-06`)."""
    nonce = secrets.token_urlsafe(18)
    page = _env().get_template("explorer.html").render(
        nonce=nonce,
        rel_types=list(ACTOR_EDGE_TYPES),
        certainties=[c.value for c in MinCertainty],
        # with a read key the opening view waits for the analyst to type it (no 401 first)
        config_json=script_json({"export_query": EXPORT_VIEW,
                                 "needs_key": settings.read_api_key is not None}),
        **_explorer_assets(),
    )
    return HTMLResponse(page, headers={
        "Content-Security-Policy": content_security_policy(nonce),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    })
