"""Turn a subgraph into one self-contained, offline, script-safe HTML page.

pyvis holds the network (nodes, edges, vis-network options) but its own template fetches
Bootstrap and vis-network from public CDNs and puts tooltips in as raw HTML. So the page
is rendered with our template (``viz/template.html``): vis-network's script and style
are inlined from the copy pyvis ships, the data travels as JSON in a non-executable
``<script type="application/json">`` element, and the page's own script builds tooltips
and the side panel with ``textContent`` only. A Content-Security-Policy meta tag allows
nothing but the page's own inline script (by nonce) and styles.
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson
import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from graph.settings import Settings, get_settings
from viz.describe import edge_info, edge_tip, node_info, node_tip, short_label
from viz.layout import radial_layout
from viz.look import Look
from viz.model import Subgraph, SubgraphEdge, SubgraphNode, parse_subgraph
from viz.style import (
    DIFF_STYLES,
    EDGE_STYLES,
    NO_COMMUNITY,
    NODE_STYLES,
    OTHER_EDGE,
    OTHER_NODE,
    SHAPE_ONLY,
    UNDIRECTED_TYPES,
    NodeStyle,
    community_color,
    diff_style,
    edge_style,
    legend_svg_line,
    legend_svg_shape,
    node_style,
    recolored,
    style_key,
)

HERE = Path(__file__).resolve().parent
VIS_DIR = Path(pyvis.__file__).resolve().parent / "lib" / "vis-9.1.2"

#: Nodes up to this many get vis-network's slower "improved" initial layout.
IMPROVED_LAYOUT_LIMIT = 100
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
    raw = orjson.dumps(value).decode("utf-8")
    raw = raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(raw.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_html(
    subgraph: dict[str, Any] | Subgraph,
    *,
    title: str,
    query: str,
    settings: Settings | None = None,
    focus: Sequence[str] = (),
    physics: bool | None = None,
    generated_at: datetime | None = None,
    look: Look | None = None,
) -> str:
    """Return a self-contained HTML page drawing ``subgraph``.

    Parameters
    ----------
    subgraph
        ``{"nodes": [...], "edges": [...], "truncated", "dropped_nodes", "dropped_edges"}``
        as the API returns it (see ``viz.model``).
    title, query
        Shown in the header (escaped): what the picture is and what produced it.
    settings
        ``viz_node_cap`` (nodes beyond it are dropped, and the page says so) and
        ``viz_physics_node_limit`` (above it, positions are computed here and physics is
        off). Default: ``get_settings()``.
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
    graph = subgraph if isinstance(subgraph, Subgraph) else parse_subgraph(subgraph)
    nodes, edges, cut_nodes, cut_edges = _cap(graph, settings.viz_node_cap, focus)
    dropped_nodes = graph.dropped_nodes + cut_nodes
    dropped_edges = graph.dropped_edges + cut_edges
    truncated = graph.truncated or bool(cut_nodes or cut_edges)
    use_physics = len(nodes) <= settings.viz_physics_node_limit if physics is None else physics

    positions: dict[str, tuple[float, float]] = {}
    if not use_physics:
        positions = radial_layout([n.id for n in nodes], ((e.source, e.target) for e in edges),
                                  focus)
    focus_set = set(focus)
    names = {n.id: n.name or n.id for n in nodes}

    net = Network(directed=True, cdn_resources="in_line")
    look = look or Look()
    net.nodes = [_vis_node(n, positions.get(n.id), n.id in focus_set, look) for n in nodes]
    net.node_ids = list(names)
    net.node_map = {vn["id"]: vn for vn in net.nodes}
    edge_labels = len(edges) <= EDGE_LABEL_LIMIT
    net.edges = _vis_edges(edges, names, labels=edge_labels, look=look)
    net.options = _options(use_physics, len(nodes))
    vis_nodes, vis_edges, _, _, _, options_json = net.get_network_data()

    kinds_present = {style_key(n.label, n.kind) for n in nodes}
    # with colour by community, the shapes alone say the kind: drawn grey in the legend
    legend_nodes = [(legend_svg_shape(recolored(s, SHAPE_ONLY) if look.colors_communities
                                      else s), text)
                    for s, text in _legend_node_styles(kinds_present)]
    if look.edge_classes:
        legend_edges = [(legend_svg_line(s), s.legend) for s in DIFF_STYLES.values()]
    else:
        certainties = {e.certainty for e in edges}
        legend_edges = [(legend_svg_line(s), s.legend) for s in EDGE_STYLES.values()]
        if certainties - EDGE_STYLES.keys():
            legend_edges.append((legend_svg_line(OTHER_EDGE), OTHER_EDGE.legend))
    legend_communities, more_communities = _legend_communities(nodes, look)

    when = (generated_at or datetime.now(UTC)).astimezone(UTC)
    payload = {"nodes": vis_nodes, "edges": vis_edges,
               "options": orjson.loads(options_json), "physics": use_physics}
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


def _legend_node_styles(kinds_present: set[str]) -> list[tuple[NodeStyle, str]]:
    """The node styles of the kinds present, in table order, then OTHER_NODE if needed."""
    found = [(s, s.legend) for k, s in NODE_STYLES.items() if k in kinds_present]
    if kinds_present - NODE_STYLES.keys():
        found.append((OTHER_NODE, OTHER_NODE.legend))
    return found


def _legend_communities(nodes: list[SubgraphNode], look: Look
                        ) -> tuple[list[tuple[str, str]], int]:
    """Legend rows (swatch, "community 0 (5): A, B, C, …") of the communities drawn, at
    most LEGEND_COMMUNITIES, and how many more there are."""
    if not look.colors_communities:
        return [], 0
    members: dict[int, list[str]] = defaultdict(list)
    # the most central first when sizes mean a centrality, else the producer's order
    # (the nearest first); sorted() is stable
    ordered = sorted(nodes, key=lambda n: -look.scores.get(n.id, 0.0))
    for n in ordered:
        if n.id in look.communities:
            members[look.communities[n.id]].append(n.name or n.id)
    rows = []
    for c in sorted(members)[:LEGEND_COMMUNITIES]:
        names = members[c]
        shown = ", ".join(short_label(x) for x in names[:LEGEND_MEMBERS])
        more = ", …" if len(names) > LEGEND_MEMBERS else ""
        swatch = legend_svg_shape(NodeStyle("dot", community_color(c), ""))
        rows.append((swatch, f"community {c} ({len(names)}): {shown}{more}"))
    # only communities with a drawn actor are listed (the cap may have cut the others)
    return rows, max(0, len(members) - LEGEND_COMMUNITIES)


def _cap(graph: Subgraph, cap: int, focus: Sequence[str],
         ) -> tuple[list[SubgraphNode], list[SubgraphEdge], int, int]:
    """Keep at most ``cap`` nodes (focus first, then in the producer's order, which puts
    the nearest first) and the edges between kept nodes; return them and the counts cut."""
    if len(graph.nodes) <= cap:
        return graph.nodes, graph.edges, 0, 0
    wanted = set(focus)
    first = [n for n in graph.nodes if n.id in wanted]
    rest = [n for n in graph.nodes if n.id not in wanted]
    kept = (first + rest)[:cap]
    kept_ids = {n.id for n in kept}
    order = {n.id: i for i, n in enumerate(graph.nodes)}
    kept.sort(key=lambda n: order[n.id])
    edges = [e for e in graph.edges if e.source in kept_ids and e.target in kept_ids]
    return kept, edges, len(graph.nodes) - len(kept), len(graph.edges) - len(edges)


def _vis_node(node: SubgraphNode, pos: tuple[float, float] | None,
              is_focus: bool, look: Look) -> dict[str, Any]:
    style = node_style(node.label, node.kind)
    info = node_info(node)
    color = style.color
    if look.score_name is not None and node.id in look.scores:
        info["props"].insert(0, [look.score_name, f"{look.scores[node.id]:.4f} (node size)"])
    if look.colors_communities:
        community = look.communities.get(node.id)
        color = NO_COMMUNITY if community is None else community_color(community)
        info["props"].insert(0, ["community", "none (not an actor)" if community is None
                                 else str(community)])
    out: dict[str, Any] = {
        "id": node.id,
        "label": short_label(info["name"]),
        "shape": style.shape,
        "color": color,
        "tip": node_tip(info),
        "info": info,
    }
    if is_focus:
        out.update(size=FOCUS_SIZE, borderWidth=3, font={"size": 16, "bold": True})
    if node.id in look.sizes:
        out["size"] = round(look.sizes[node.id], 2)
    if pos is not None:
        out["x"], out["y"] = pos
    return out


def _vis_edges(edges: list[SubgraphEdge], names: dict[str, str], *,
               labels: bool = True, look: Look | None = None) -> list[dict[str, Any]]:
    """vis-network edges; parallel edges between the same two nodes (contested claims)
    get curves of growing roundness so they stand side by side instead of overlapping."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(edges):
        a, b = sorted((e.source, e.target))
        groups[(a, b)].append(i)
    bend: dict[int, dict[str, Any]] = {}
    for (a, _), idx in groups.items():
        if len(idx) < 2:
            continue
        offset = 0 if len(idx) % 2 else 1
        for k, i in enumerate(idx):
            step = (k + offset + 1) // 2
            if step == 0:
                continue
            clockwise = (k + offset) % 2 == 1
            if edges[i].source != a:  # same side of the line whichever way the edge points
                clockwise = not clockwise
            bend[i] = {"enabled": True, "type": "curvedCW" if clockwise else "curvedCCW",
                       "roundness": min(0.3 * step, 0.9)}

    out = []
    classes = look.edge_classes if look is not None else {}
    period = f" ({look.period})" if look is not None and look.period else ""
    for i, e in enumerate(edges):
        info = edge_info(e, names)
        tip = edge_tip(info)
        cls = classes.get(e.id)
        if cls is not None:  # a diff picture: the class replaces the certainty colour
            style = diff_style(cls)
            info["change"] = f"{cls}{period}"
            tip = f"change: {cls}{period}\n{tip}"
        else:
            style = edge_style(e.certainty)
        vis_edge: dict[str, Any] = {
            "id": e.id,
            "from": e.source,
            "to": e.target,
            "color": {"color": style.color, "highlight": style.color, "hover": style.color},
            "width": style.width,
            "dashes": style.dashes,
            "arrows": "" if e.type in UNDIRECTED_TYPES else "to",
            "tip": tip,
            "info": info,
        }
        if cls is not None:
            vis_edge["change"] = cls
        if labels:
            vis_edge["label"] = e.type
        if i in bend:
            vis_edge["smooth"] = bend[i]
        out.append(vis_edge)
    return out


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
