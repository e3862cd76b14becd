"""Node-link JSON, the shape of ``networkx.node_link_data`` (D3, networkx, notebooks).

``{"directed": true, "multigraph": true, "graph": {title, query, truncated},
"nodes": [{id, ...}], "edges": [{source, target, key, ...}]}``: read it back with
``networkx.node_link_graph(data, edges="edges")``. JSON has lists, so aliases,
asserters and evidence stay lists (evidence as objects with the quote, its language and
gloss, and the source's id, title, url, publisher and date). Written item by item, so
``--all`` never holds the graph.
"""

from __future__ import annotations

from typing import Any, BinaryIO

import orjson

from exports.model import ExportEdge, ExportNode
from exports.subgraphs import Export


def node_item(node: ExportNode) -> dict[str, Any]:
    """One node as node-link JSON."""
    return {"id": node.id, "label": node.label, "name": node.name, "kind": node.kind,
            "country": node.country, "iso3": node.iso3, "cameo": node.cameo,
            "wikidata": node.wikidata, "aliases": list(node.aliases),
            "description": node.description}


def edge_item(edge: ExportEdge) -> dict[str, Any]:
    """One edge as node-link JSON (``key`` is the edge's id)."""
    return {"source": edge.source, "target": edge.target, "key": edge.id, "type": edge.type,
            "certainty": edge.certainty, "valid_from": edge.valid_from,
            "valid_to": edge.valid_to, "date_precision": edge.date_precision,
            "asserted_by": list(edge.asserted_by), "claim_id": edge.claim_id,
            "event_id": edge.event_id, "sources": edge.sources, "contested": edge.contested,
            "evidence": [{"quote": e.quote, "language": e.language, "gloss": e.gloss,
                          "source": e.source_id, "source_title": e.source_title,
                          "source_url": e.source_url, "publisher": e.publisher,
                          "published": e.published} for e in edge.evidence]}


def write(export: Export, out: BinaryIO) -> tuple[int, int]:
    """Write ``export`` as node-link JSON to ``out``; return (nodes, edges) written."""
    meta = export.meta
    head = {"directed": True, "multigraph": True,
            "graph": {"title": meta.title, "query": meta.query, "truncated": meta.truncated,
                      **meta.extra}}
    out.write(orjson.dumps(head)[:-1] + b',\n"nodes": [')
    nodes = edges = 0
    for page in export.node_pages():
        for node in page:
            out.write((b",\n" if nodes else b"\n") + orjson.dumps(node_item(node)))
            nodes += 1
    out.write(b'\n],\n"edges": [')
    for epage in export.edge_pages():
        for edge in epage:
            out.write((b",\n" if edges else b"\n") + orjson.dumps(edge_item(edge)))
            edges += 1
    out.write(b"\n]}\n")
    return nodes, edges
