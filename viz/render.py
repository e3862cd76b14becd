"""Turn a subgraph into one self-contained, offline, script-safe HTML page.

The drawing is vis-network, from the copy pyvis ships. pyvis's own ``Network`` is not
used to build the page: its template fetches Bootstrap and vis-network from public CDNs
and puts tooltips in as raw HTML, and its ``add_node`` / ``add_edge`` take one call (and
a scan of the nodes so far) per item, about 0.35 s for 5,000 nodes (BENCHMARKS.md). So
the page is rendered with our template (``viz/template.html``): vis-network's script and
style are inlined, the subgraph travels as JSON in a non-executable ``<script
type="application/json">`` element, and the page's own script (``viz/page.js``) builds
the vis-network items, the tooltips and the side panel from it, with ``textContent``
only, and lays out pictures too big for physics. A Content-Security-Policy meta tag
allows nothing but the page's own inline script (by nonce) and styles.
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson
import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from graph.settings import Settings, get_settings
from viz.look import Look
from viz.model import check_subgraph, validate_subgraph
from viz.style import (
    CONTESTED_DASHES,
    CONTESTED_LEGEND,
    DIFF_STYLES,
    EDGE_STYLES,
    NO_COMMUNITY,
    NODE_STYLES,
    OTHER_EDGE,
    OTHER_NODE,
    SHAPE_ONLY,
    SOURCE_WIDTH_BASE,
    SOURCE_WIDTH_MAX,
    SOURCE_WIDTH_NONE,
    SOURCE_WIDTH_STEP,
    UNDIRECTED_TYPES,
    EdgeStyle,
    NodeStyle,
    community_color,
    legend_svg_line,
    legend_svg_shape,
    legend_svg_widths,
    recolored,
    style_key,
)

Row = dict[str, Any]

HERE = Path(__file__).resolve().parent
VIS_DIR = Path(pyvis.__file__).resolve().parent / "lib" / "vis-9.1.2"

#: Nodes up to this many get vis-network's slower "improved" initial layout.
IMPROVED_LAYOUT_LIMIT = 100
#: Above this many edges the layout is fixed (rings) whatever the node count: physics must
#: settle before the first frame, and on 2 cores 400 iterations over 1,000+ edges take
#: seconds (BENCHMARKS.md, "The workbench").
PHYSICS_EDGE_LIMIT = 600
#: Physics stabilisation never runs longer than this many iterations.
STABILIZATION_ITERATIONS = 400
#: Above this many edges, relation labels are not drawn on the canvas (hover or click an
#: edge for its type): vis-network measures every label on every redraw, which costs about
#: 0.1 ms per edge, so 10,000 labelled edges make each pan or zoom take a second.
EDGE_LABEL_LIMIT = 1500
#: Most communities the legend lists (with up to LEGEND_MEMBERS names each).
LEGEND_COMMUNITIES = 20
LEGEND_MEMBERS = 3
#: Size of a focus node when no centrality sets the size.
FOCUS_SIZE = 22
#: Longest node label drawn on the canvas (the tooltip has the name whole).
LABEL_CHARS = 32
#: Longest quote (characters) a tooltip shows (the side panel shows it whole), and the
#: most pieces of evidence a tooltip lists.
TIP_QUOTE_CHARS = 280
TIP_EVIDENCE = 3


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(HERE), autoescape=select_autoescape(["html"]),
                       trim_blocks=True, lstrip_blocks=True)


@lru_cache(maxsize=1)
def _assets() -> dict[str, Markup]:
    """vis-network's JS and CSS and our page script, read once (trusted files, not escaped)."""
    return {
        "vis_js": Markup((VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")),
        "vis_css": Markup((VIS_DIR / "vis-network.css").read_text(encoding="utf-8")),
        "page_js": Markup((HERE / "page.js").read_text(encoding="utf-8")),
        "page_css": Markup((HERE / "page.css").read_text(encoding="utf-8")),
    }


def script_json(value: Any) -> Markup:
    """Return ``value`` as JSON that is safe inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` only occur inside JSON strings, where their ``\\uXXXX`` escapes
    mean the same; escaping them means no ``</script>`` or ``<!--`` can end the element.
    """
    raw = orjson.dumps(value)
    for char, escaped in _SCRIPT_ESCAPES:
        if char in raw:
            raw = raw.replace(char, escaped)
    return Markup(raw.decode("utf-8"))


_SCRIPT_ESCAPES = ((b"<", b"\\u003c"), (b">", b"\\u003e"), (b"&", b"\\u0026"),
                   ("\u2028".encode(), b"\\u2028"), ("\u2029".encode(), b"\\u2029"))


def _edge_style_json(style: EdgeStyle) -> dict[str, Any]:
    return {"color": style.color, "width": style.width, "dashes": style.dashes}


@lru_cache(maxsize=1)
def _styles() -> dict[str, Any]:
    """The style tables (viz/style.py) and text limits the page script draws with."""
    return {
        "nodes": {k: {"shape": v.shape, "color": v.color} for k, v in NODE_STYLES.items()},
        "otherNode": {"shape": OTHER_NODE.shape, "color": OTHER_NODE.color},
        "edges": {str(k): _edge_style_json(v) for k, v in EDGE_STYLES.items()},
        "otherEdge": _edge_style_json(OTHER_EDGE),
        "diff": {k: _edge_style_json(v) for k, v in DIFF_STYLES.items()},
        "contestedDashes": CONTESTED_DASHES,
        "sourceWidth": {"none": SOURCE_WIDTH_NONE, "base": SOURCE_WIDTH_BASE,
                        "step": SOURCE_WIDTH_STEP, "max": SOURCE_WIDTH_MAX},
        "noCommunity": NO_COMMUNITY,
        "undirected": sorted(str(t) for t in UNDIRECTED_TYPES),
        "focusSize": FOCUS_SIZE,
        "labelChars": LABEL_CHARS,
        "tipQuoteChars": TIP_QUOTE_CHARS,
        "tipEvidence": TIP_EVIDENCE,
    }


def render_html(
    subgraph: Mapping[str, Any],
    *,
    title: str,
    query: str,
    settings: Settings | None = None,
    focus: Sequence[str] = (),
    physics: bool | None = None,
    generated_at: datetime | None = None,
    look: Look | None = None,
    trusted: bool = False,
) -> str:
    """Return a self-contained HTML page drawing ``subgraph``.

    The page carries the subgraph as JSON; its script (``viz/page.js``) builds the
    vis-network items, tooltips and side panel from it, and lays big pictures out.

    Parameters
    ----------
    subgraph
        ``{"nodes": [...], "edges": [...], "truncated", "dropped_nodes", "dropped_edges"}``
        as the API returns it (see ``viz.model``).
    title, query
        Shown in the header (escaped): what the picture is and what produced it.
    settings
        ``viz_node_cap`` (nodes beyond it are dropped, and the page says so) and
        ``viz_physics_node_limit`` (above it, or above ``PHYSICS_EDGE_LIMIT`` edges, the
        page computes fixed positions and physics is off). Default: ``get_settings()``.
    focus
        Node ids the picture is about (drawn larger, kept under the cap, centre of the
        layout).
    physics
        Force physics on or off; default: on up to ``viz_physics_node_limit`` nodes.
    generated_at
        The timestamp shown (default: now, UTC).
    look
        Optional analytics looks (``viz.look.Look``): node sizes by a centrality, fill
        colours by community (the legend lists the communities), edge colours by diff
        class (the legend lists the classes, tooltips name the class), a subtitle.
    trusted
        True when ``graph.repository`` built the subgraph (the API's and the CLI's
        pictures): its fields are not validated again, only its ids and edge ends
        (``viz.model.check_subgraph``). Default False: every field is validated.

    Returns
    -------
    str
        The HTML page. It loads nothing from anywhere: no request leaves the page.

    Raises
    ------
    InvalidInput
        When the subgraph is malformed (``details`` names the field).
    """
    settings = settings or get_settings()
    if trusted:
        graph = check_subgraph(subgraph)
    else:
        graph = validate_subgraph(subgraph)
    nodes, edges, cut_nodes, cut_edges = _cap(graph, settings.viz_node_cap, focus)
    dropped_nodes = graph["dropped_nodes"] + cut_nodes
    dropped_edges = graph["dropped_edges"] + cut_edges
    truncated = graph["truncated"] or bool(cut_nodes or cut_edges)
    use_physics = (len(nodes) <= settings.viz_physics_node_limit
                   and len(edges) <= PHYSICS_EDGE_LIMIT) if physics is None else physics
    look = look or Look()
    edge_labels = len(edges) <= EDGE_LABEL_LIMIT

    kinds_present = {style_key(label or "Actor", kind)
                     for label, kind in {(n.get("label"), n.get("kind")) for n in nodes}}
    # with colour by community, the shapes alone say the kind: drawn grey in the legend
    legend_nodes = [(legend_svg_shape(recolored(s, SHAPE_ONLY) if look.colors_communities
                                      else s), text)
                    for s, text in _legend_node_styles(kinds_present)]
    if look.edge_classes:
        legend_edges = [(legend_svg_line(s), s.legend) for s in DIFF_STYLES.values()]
    else:
        certainties = {e.get("certainty") for e in edges}
        legend_edges = [(legend_svg_line(s), s.legend) for s in EDGE_STYLES.values()]
        if certainties - EDGE_STYLES.keys():
            legend_edges.append((legend_svg_line(OTHER_EDGE), OTHER_EDGE.legend))
        if any("corroboration" in e for e in edges):
            legend_edges.append((legend_svg_line(CONTESTED_LEGEND), CONTESTED_LEGEND.legend))
            legend_edges.append((legend_svg_widths(), "width: distinct sources (1, 2, 4, 8+)"))
    legend_communities, more_communities = _legend_communities(nodes, look)

    when = (generated_at or datetime.now(UTC)).astimezone(UTC)
    payload = {"nodes": nodes, "edges": edges, "focus": list(focus), "physics": use_physics,
               "labels": edge_labels, "options": _options(use_physics, len(nodes)),
               "styles": _styles(), "look": _look_json(look, nodes, edges),
               # the graph's own subgraph: its actors can be looked up at /actors/{id}
               "fromGraph": trusted}
    return _env().get_template("template.html").render(
        title=title,
        subtitle=look.subtitle,
        query=query,
        generated=when.strftime("%Y-%m-%d %H:%M:%S UTC"),
        generated_iso=when.isoformat(timespec="seconds"),
        node_count=len(nodes),
        edge_count=len(edges),
        truncated=truncated,
        dropped_nodes=dropped_nodes,
        dropped_edges=dropped_edges,
        physics=use_physics,
        edge_labels=edge_labels,
        legend_nodes=[(Markup(svg), text) for svg, text in legend_nodes],
        legend_edges=[(Markup(svg), text) for svg, text in legend_edges],
        legend_communities=[(Markup(svg), text) for svg, text in legend_communities],
        more_communities=more_communities,
        size_by=look.score_name,
        diff=bool(look.edge_classes),
        nonce=secrets.token_urlsafe(18),
        data_json=script_json(payload),
        **_assets(),
    )


def _look_json(look: Look, nodes: list[Row], edges: list[Row]) -> dict[str, Any]:
    """The analytics look of the drawn nodes and edges, for the page script: sizes,
    scores (as the tooltip prints them), community numbers and fill colours, diff classes."""
    out: dict[str, Any] = {"score_name": look.score_name, "period": look.period}
    if look.sizes or look.scores or look.communities:
        ids = [n["id"] for n in nodes]
        out["sizes"] = {i: round(look.sizes[i], 2) for i in ids if i in look.sizes}
        if look.score_name is not None:
            out["scores"] = {i: f"{look.scores[i]:.4f}" for i in ids if i in look.scores}
        if look.colors_communities:
            out["communities"] = {i: look.communities[i] for i in ids
                                  if i in look.communities}
            out["fills"] = {i: community_color(c) for i, c in out["communities"].items()}
    if look.edge_classes:
        out["classes"] = {e["id"]: look.edge_classes[e["id"]] for e in edges
                          if e["id"] in look.edge_classes}
    return out


def _legend_node_styles(kinds_present: set[str]) -> list[tuple[NodeStyle, str]]:
    """The node styles of the kinds present, in table order, then OTHER_NODE if needed."""
    found = [(s, s.legend) for k, s in NODE_STYLES.items() if k in kinds_present]
    if kinds_present - NODE_STYLES.keys():
        found.append((OTHER_NODE, OTHER_NODE.legend))
    return found


def short_label(text: str) -> str:
    """Return ``text`` cut to LABEL_CHARS with an ellipsis (as the page cuts node labels)."""
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _legend_communities(nodes: list[Row], look: Look) -> tuple[list[tuple[str, str]], int]:
    """Legend rows (swatch, "community 0 (5): A, B, C, …") of the communities drawn, at
    most LEGEND_COMMUNITIES, and how many more there are."""
    if not look.colors_communities:
        return [], 0
    members: dict[int, list[str]] = defaultdict(list)
    # the most central first when sizes mean a centrality, else the producer's order
    # (the nearest first); sorted() is stable
    ordered = sorted(nodes, key=lambda n: -look.scores.get(n["id"], 0.0))
    for n in ordered:
        if n["id"] in look.communities:
            members[look.communities[n["id"]]].append(str(n.get("name") or n["id"]))
    rows = []
    for c in sorted(members)[:LEGEND_COMMUNITIES]:
        names = members[c]
        shown = ", ".join(short_label(x) for x in names[:LEGEND_MEMBERS])
        more = ", …" if len(names) > LEGEND_MEMBERS else ""
        swatch = legend_svg_shape(NodeStyle("dot", community_color(c), ""))
        rows.append((swatch, f"community {c} ({len(names)}): {shown}{more}"))
    # only communities with a drawn actor are listed (the cap may have cut the others)
    return rows, max(0, len(members) - LEGEND_COMMUNITIES)


def _cap(graph: Mapping[str, Any], cap: int, focus: Sequence[str],
         ) -> tuple[list[Row], list[Row], int, int]:
    """Keep at most ``cap`` nodes (focus first, then in the producer's order, which puts
    the nearest first) and the edges between kept nodes; return them and the counts cut."""
    all_nodes: list[Row] = graph["nodes"]
    all_edges: list[Row] = graph["edges"]
    if len(all_nodes) <= cap:
        return all_nodes, all_edges, 0, 0
    wanted = set(focus)
    first = [n for n in all_nodes if n["id"] in wanted]
    rest = [n for n in all_nodes if n["id"] not in wanted]
    kept = (first + rest)[:cap]
    kept_ids = {n["id"] for n in kept}
    order = {n["id"]: i for i, n in enumerate(all_nodes)}
    kept.sort(key=lambda n: order[n["id"]])
    edges = [e for e in all_edges if e["source"] in kept_ids and e["target"] in kept_ids]
    return kept, edges, len(all_nodes) - len(kept), len(all_edges) - len(edges)


def _options(physics: bool, n_nodes: int) -> dict[str, Any]:
    """vis-network options: physics and curved edges for small pictures; fixed positions,
    straight edges and no edge drawing while dragging for big ones."""
    big = not physics
    return {
        "autoResize": True,
        "nodes": {
            "size": 14,
            "borderWidth": 1,
            "font": {"size": 14, "face": "sans-serif", "color": "#222",
                     "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "font": {"size": 10, "face": "sans-serif", "align": "middle", "color": "#444",
                     "strokeWidth": 3, "strokeColor": "#ffffff"},
            "smooth": False if big else {"enabled": True, "type": "dynamic"},
            "selectionWidth": 2,
            "hoverWidth": 0.5,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "keyboard": False, "multiselect": False},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -90, "springLength": 170,
                                 "avoidOverlap": 0.5},
            "stabilization": {"enabled": physics, "iterations": STABILIZATION_ITERATIONS,
                              "updateInterval": 25, "fit": True},
        },
        "layout": {"improvedLayout": physics and n_nodes <= IMPROVED_LAYOUT_LIMIT,
                   "randomSeed": 7},
    }
