"""Server-side positions for pictures too big for in-browser physics.

A force simulation of a few thousand nodes takes the browser minutes, and networkx's
force layouts need numpy/scipy and are quadratic. A radial tree layout is linear in
nodes + edges and still says something: each connected component is drawn as rings
around its focus (the queried actor, else its best-connected node); ring *k* holds the
nodes *k* hops away, and each node sits inside its parent's angular sector, so
neighbourhoods stay together. Components are then packed in rows, largest first.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import networkx as nx

#: Minimum distance between neighbours on a ring, and between rings (vis-network units).
NODE_SPACING = 40.0
RING_GAP = 160.0


def radial_layout(
    node_ids: Sequence[str],
    pairs: Iterable[tuple[str, str]],
    focus: Sequence[str] = (),
) -> dict[str, tuple[float, float]]:
    """Return an (x, y) position for every node id.

    Parameters
    ----------
    node_ids
        All nodes to place (isolated ones included).
    pairs
        Edge endpoints; direction and parallel edges are ignored.
    focus
        Preferred centre of each component (first one found in the component wins).

    Returns
    -------
    dict
        ``{node id: (x, y)}``, deterministic for the same input order.
    """
    graph: nx.Graph[str] = nx.Graph()
    graph.add_nodes_from(node_ids)
    graph.add_edges_from(pairs)
    order = {n: i for i, n in enumerate(node_ids)}
    focus_set = [f for f in focus if f in graph]

    placed: list[tuple[float, dict[str, tuple[float, float]]]] = []
    components = sorted(nx.connected_components(graph),
                        key=lambda c: (-len(c), min(order[n] for n in c)))
    for comp in components:
        root = next((f for f in focus_set if f in comp), None)
        if root is None:
            root = min(comp, key=lambda n: (-graph.degree(n), order[n]))
        placed.append(_rings(graph, root, order))
    return _pack(placed)


def _rings(graph: nx.Graph[str], root: str,
           order: dict[str, int]) -> tuple[float, dict[str, tuple[float, float]]]:
    """Lay one component out around ``root``; return (radius, positions around 0,0)."""
    children: dict[str, list[str]] = {root: []}
    depth = {root: 0}
    levels: list[list[str]] = [[root]]
    frontier = [root]
    while frontier:
        nxt: list[str] = []
        for parent in frontier:
            for nb in sorted(graph.adj[parent], key=order.__getitem__):
                if nb not in depth:
                    depth[nb] = depth[parent] + 1
                    children[parent].append(nb)
                    children[nb] = []
                    nxt.append(nb)
        if nxt:
            levels.append(nxt)
        frontier = nxt

    # Leaves below each node, bottom-up, so a sector's width follows its subtree's size.
    leaves: dict[str, int] = {}
    for level in reversed(levels):
        for n in level:
            leaves[n] = sum(leaves[c] for c in children[n]) or 1

    radii = [0.0]
    for level in levels[1:]:
        radii.append(max(radii[-1] + RING_GAP, len(level) * NODE_SPACING / (2 * math.pi)))

    pos: dict[str, tuple[float, float]] = {root: (0.0, 0.0)}
    sector: dict[str, tuple[float, float]] = {root: (0.0, 2 * math.pi)}
    for d, level in enumerate(levels):
        for parent in level:
            start, width = sector[parent]
            total = leaves[parent]
            for child in children[parent]:
                share = width * leaves[child] / total
                sector[child] = (start, share)
                angle = start + share / 2
                r = radii[d + 1]
                pos[child] = (r * math.cos(angle), r * math.sin(angle))
                start += share
    return radii[-1] + NODE_SPACING, pos


def _pack(
    placed: list[tuple[float, dict[str, tuple[float, float]]]],
) -> dict[str, tuple[float, float]]:
    """Shelf-pack components (largest first) in rows about as wide as they are tall."""
    if not placed:
        return {}
    area = sum((2 * r) ** 2 for r, _ in placed)
    row_width = max(2 * placed[0][0], math.sqrt(area))
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for radius, pos in placed:
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + radius, y + radius
        for n, (px, py) in pos.items():
            out[n] = (round(cx + px, 1), round(cy + py, 1))
        x += 2 * radius
        row_height = max(row_height, 2 * radius)
    return out
