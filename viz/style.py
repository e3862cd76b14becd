"""The picture's vocabulary: colour and shape per node kind, colour and dash per certainty,
width by the number of sources, dashes for contested edges.

One table each, so the legend, the nodes and the edges can never disagree. Colours are
from the Tableau 10 palette (distinct for colour-blind readers in pairs that matter:
state/person, confirmed/denied). Shapes are vis-network shapes that draw the label below
the symbol, so a node's size does not depend on its name's length.
"""

from __future__ import annotations

import colorsys
import math
from dataclasses import dataclass

from graph.schema import Certainty, RelationType, RoleType


@dataclass(frozen=True)
class NodeStyle:
    """How one kind of node is drawn: vis-network ``shape``, fill ``color``, legend text."""

    shape: str
    color: str
    legend: str


@dataclass(frozen=True)
class EdgeStyle:
    """How one certainty is drawn: line ``color``, ``width``, ``dashes`` (False or a pattern)."""

    color: str
    width: float
    dashes: bool | list[int]
    legend: str


#: Keyed by Actor.kind, or by the lower-cased label for Event / Agreement / Source nodes.
NODE_STYLES: dict[str, NodeStyle] = {
    "state": NodeStyle("square", "#4e79a7", "state"),
    "person": NodeStyle("dot", "#e15759", "person"),
    "alliance": NodeStyle("hexagon", "#b07aa1", "alliance"),
    "government_body": NodeStyle("triangle", "#76b7b2", "government body"),
    "organization": NodeStyle("hexagon", "#9c755f", "organization"),
    "group": NodeStyle("dot", "#bab0ac", "group (e.g. “Western sources”)"),
    "media": NodeStyle("triangleDown", "#ff9da7", "media"),
    "location": NodeStyle("square", "#edc948", "location"),
    "event": NodeStyle("star", "#f28e2b", "event"),
    "agreement": NodeStyle("diamond", "#59a14f", "treaty / agreement"),
    "source": NodeStyle("triangleDown", "#8c8c8c", "source"),
}

#: For nodes of a kind or label the tables above do not know (e.g. Claim rows from Cypher).
OTHER_NODE = NodeStyle("dot", "#d3d3d3", "other")

EDGE_STYLES: dict[str, EdgeStyle] = {
    Certainty.CONFIRMED: EdgeStyle("#2f7d32", 3.0, False, "confirmed"),
    Certainty.REPORTED: EdgeStyle("#1f63b5", 2.0, False, "reported"),
    Certainty.ALLEGED: EdgeStyle("#e07b00", 1.5, [2, 4], "alleged"),
    Certainty.DENIED: EdgeStyle("#c62828", 2.0, [10, 6], "denied (dashed)"),
}

#: Edges with no certainty (structural edges drawn from an analyst's Cypher).
OTHER_EDGE = EdgeStyle("#9e9e9e", 1.0, False, "no certainty (structural)")

#: Contested edges (``corroboration.contested``: a claim denies what another asserts) are
#: dashed whatever their certainty; the colour still says the edge's own certainty.
CONTESTED_DASHES: list[int] = [10, 6]

#: Edge width by distinct sources (``corroboration.sources``): one source draws
#: SOURCE_WIDTH_BASE, each doubling adds SOURCE_WIDTH_STEP, up to SOURCE_WIDTH_MAX; an
#: edge no source supports draws SOURCE_WIDTH_NONE.
SOURCE_WIDTH_NONE = 1.0
SOURCE_WIDTH_BASE = 1.5
SOURCE_WIDTH_STEP = 1.5
SOURCE_WIDTH_MAX = 7.5

#: Relations that have no direction: drawn without an arrow head.
UNDIRECTED_TYPES: frozenset[str] = frozenset(
    {RelationType.MET_WITH, RelationType.COOPERATES_WITH, RelationType.INTERACTED_WITH,
     RoleType.ALLY_OF}
)


def style_key(label: str, kind: str | None) -> str:
    """Return the NODE_STYLES key of a node: its actor kind, else its lower-cased label."""
    if label == "Actor" and kind:
        return kind
    return label.lower()


def node_style(label: str, kind: str | None) -> NodeStyle:
    """Return the style of a node with this label and kind (OTHER_NODE when unknown)."""
    return NODE_STYLES.get(style_key(label, kind), OTHER_NODE)


def edge_style(certainty: str | None) -> EdgeStyle:
    """Return the style of an edge with this certainty (OTHER_EDGE when None or unknown)."""
    if certainty is None:
        return OTHER_EDGE
    return EDGE_STYLES.get(certainty, OTHER_EDGE)


def source_width(sources: int) -> float:
    """Return the line width of an edge with this many distinct sources (``page.js``
    computes the same from the constants above)."""
    if sources < 1:
        return SOURCE_WIDTH_NONE
    return min(SOURCE_WIDTH_MAX, SOURCE_WIDTH_BASE + SOURCE_WIDTH_STEP * math.log2(sources))


#: The legend's line for contested edges (grey: any certainty's colour).
CONTESTED_LEGEND = EdgeStyle("#6b6b6b", 2.0, CONTESTED_DASHES,
                             "contested: dashed, any colour (a claim denies what another "
                             "asserts)")


def legend_svg_widths(sources: tuple[int, ...] = (1, 2, 4, 8), width: int = 34) -> str:
    """Return an inline SVG of lines as wide as edges with ``sources`` sources, side by
    side, for the legend (our constants only)."""
    step = width + 6
    lines = "".join(
        f'<line x1="{i * step}" y1="6" x2="{i * step + width}" y2="6" stroke="#6b6b6b" '
        f'stroke-width="{source_width(n)}"/>' for i, n in enumerate(sources))
    total = step * len(sources) - 6
    return (f'<svg width="{total}" height="12" viewBox="0 0 {total} 12" aria-hidden="true">'
            f"{lines}</svg>")


def legend_svg_shape(style: NodeStyle, size: int = 14) -> str:
    """Return an inline SVG of a node symbol for the legend (our constants only, no user text)."""
    s, h = size, size / 2
    c = style.color
    body = {
        "square": f'<rect x="1" y="1" width="{s - 2}" height="{s - 2}" fill="{c}"/>',
        "dot": f'<circle cx="{h}" cy="{h}" r="{h - 1}" fill="{c}"/>',
        "triangle": f'<polygon points="{h},1 {s - 1},{s - 1} 1,{s - 1}" fill="{c}"/>',
        "triangleDown": f'<polygon points="1,1 {s - 1},1 {h},{s - 1}" fill="{c}"/>',
        "diamond": f'<polygon points="{h},0 {s},{h} {h},{s} 0,{h}" fill="{c}"/>',
        "hexagon": (
            f'<polygon points="{s * .25},1 {s * .75},1 {s - 1},{h} {s * .75},{s - 1} '
            f'{s * .25},{s - 1} 1,{h}" fill="{c}"/>'
        ),
        "star": (
            f'<polygon points="{h},0 {s * .62},{s * .36} {s},{s * .38} {s * .7},{s * .6} '
            f'{s * .8},{s} {h},{s * .78} {s * .2},{s} {s * .3},{s * .6} 0,{s * .38} '
            f'{s * .38},{s * .36}" fill="{c}"/>'
        ),
    }.get(style.shape, f'<circle cx="{h}" cy="{h}" r="{h - 1}" fill="{c}"/>')
    return (f'<svg width="{s}" height="{s}" viewBox="0 0 {s} {s}" aria-hidden="true">'
            f"{body}</svg>")


def legend_svg_line(style: EdgeStyle, width: int = 34) -> str:
    """Return an inline SVG of an edge line for the legend (our constants only)."""
    dash = ""
    if isinstance(style.dashes, list):
        dash = f' stroke-dasharray="{",".join(str(d) for d in style.dashes)}"'
    return (f'<svg width="{width}" height="10" viewBox="0 0 {width} 10" aria-hidden="true">'
            f'<line x1="0" y1="5" x2="{width}" y2="5" stroke="{style.color}" '
            f'stroke-width="{style.width}"{dash}/></svg>')


# --- analytics looks: community colours, diff classes -----------------------------------

#: Fill colours of communities 0, 1, 2... (0 is the largest). Tableau 10 minus grey, then
#: four darker tones; beyond the list ``community_color`` spreads further hues by the
#: golden angle, so every community of a picture gets its own colour.
COMMUNITY_PALETTE: tuple[str, ...] = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
    "#ff9da7", "#9c755f", "#1b5e20", "#6a1b9a", "#004d40", "#bf360c",
)

#: Fill of nodes that belong to no community (not an actor: events, sources from Cypher).
NO_COMMUNITY = "#d3d3d3"

#: Shapes in the legend are drawn in this neutral grey when colour means community.
SHAPE_ONLY = "#9e9e9e"


def community_color(index: int) -> str:
    """Return the fill colour of community ``index`` (distinct for every index)."""
    if 0 <= index < len(COMMUNITY_PALETTE):
        return COMMUNITY_PALETTE[index]
    hue = (index * 0.381966) % 1.0  # golden angle: consecutive hues far apart
    lightness = 0.38 + 0.14 * (index % 3)  # three lightnesses, so close hues still differ
    r, g, b = colorsys.hls_to_rgb(hue, lightness, 0.62)
    # hex, not hsl(): vis-network derives its highlight colours from hex or rgb strings
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


#: The diff classes of ``graph.analytics.edge_classes`` a diff picture draws, in legend
#: order (``absent`` and ``undated`` edges are left out of the picture).
DIFF_STYLES: dict[str, EdgeStyle] = {
    "appeared": EdgeStyle("#1a9850", 3.5, False, "appeared (new by the later date)"),
    "ended": EdgeStyle("#d73027", 3.0, [10, 6], "ended (gone by the later date, dashed)"),
    "changed": EdgeStyle("#7b3294", 3.5, [2, 4],
                         "changed certainty (appeared or ended beside an older claim)"),
    "unchanged": EdgeStyle("#a6a6a6", 1.5, False, "unchanged (at both dates)"),
}


def diff_style(cls: str) -> EdgeStyle:
    """Return the style of an edge of this diff class (OTHER_EDGE when unknown)."""
    return DIFF_STYLES.get(cls, OTHER_EDGE)


def recolored(style: NodeStyle, color: str) -> NodeStyle:
    """Return ``style`` with another fill colour (same shape, same legend text)."""
    return NodeStyle(style.shape, color, style.legend)
