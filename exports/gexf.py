"""GEXF 1.3 (Gephi) as a dynamic graph: each edge lives from its ``valid_from`` to its
``valid_to``, so Gephi's timeline plays the relations as they begin and end.

The graph is ``mode="dynamic"`` with ``timeformat="date"``; an edge's ``start`` and
``end`` are its validity dates (an open end is left out: a role that still holds, or one
that began before we know). Undated edges have neither and are always shown. Nodes have
no interval: an actor exists throughout. Edges carry the relation type as ``label`` and
as GEXF 1.3's ``kind`` (Gephi keeps parallel edges of different kinds apart). Every other
value is an ``attvalue`` of the attributes declared from ``exports.model``
(``NODE_COLUMNS``, ``EDGE_COLUMNS``); lists are ``|``-joined strings.

Written incrementally with lxml (nodes, then edges), so ``--all`` never holds the graph.
"""

from __future__ import annotations

import datetime as dt
from typing import BinaryIO

from lxml import etree

from exports.model import (
    EDGE_COLUMNS,
    LIST_DELIMITER,
    NODE_COLUMNS,
    ColumnType,
    edge_columns,
    node_columns,
)
from exports.subgraphs import Export
from exports.xml import xml_text, xml_token

NS = "http://gexf.net/1.3"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} http://gexf.net/1.3/gexf.xsd"

_TYPES: dict[ColumnType, str] = {"string": "string", "int": "integer", "bool": "boolean"}


#: The root element in the format's namespace; the elements inside it are written without
#: one and so inherit it as the default namespace (no declaration repeated on each).
ROOT = f"{{{NS}}}gexf"


def write(export: Export, out: BinaryIO) -> tuple[int, int]:
    """Write ``export`` as a dynamic GEXF 1.3 graph to ``out``; return (nodes, edges)."""
    nodes = edges = 0
    meta = export.meta
    with etree.xmlfile(out, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(ROOT, nsmap={None: NS, "xsi": XSI},
                        attrib={f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION,
                                "version": "1.3"}):
            head = etree.Element("meta", lastmodifieddate=dt.date.today().isoformat())
            etree.SubElement(head, "creator").text = "geokg"
            said = [meta.title, meta.query,
                    "truncated by the server's caps" if meta.truncated else "",
                    f"lists are joined by '{LIST_DELIMITER}'"]
            etree.SubElement(head, "description").text = xml_text(
                ". ".join(p.rstrip(".") for p in said if p) + ".")
            xf.write(head)
            with xf.element("graph", mode="dynamic", defaultedgetype="directed",
                            timeformat="date", timerepresentation="interval"):
                for scope, columns in (("node", NODE_COLUMNS), ("edge", EDGE_COLUMNS)):
                    decl = etree.Element("attributes", {"class": scope, "mode": "static"})
                    for name, kind in columns:
                        etree.SubElement(decl, "attribute",
                                         id=name, title=name, type=_TYPES[kind])
                    xf.write(decl)
                with xf.element("nodes"):
                    for page in export.node_pages():
                        for node in page:
                            el = etree.Element("node", id=xml_text(node.id),
                                               label=xml_token(node.name or node.id))
                            _attvalues(el, node_columns(node))
                            xf.write(el)
                            nodes += 1
                        xf.flush()
                with xf.element("edges"):
                    for epage in export.edge_pages():
                        for edge in epage:
                            el = etree.Element("edge", id=xml_text(edge.id),
                                               source=xml_text(edge.source),
                                               target=xml_text(edge.target),
                                               label=xml_token(edge.type),
                                               kind=xml_token(edge.type))
                            if edge.valid_from:
                                el.set("start", edge.valid_from)
                            if edge.valid_to:
                                el.set("end", edge.valid_to)
                            _attvalues(el, edge_columns(edge))
                            xf.write(el)
                            edges += 1
                        xf.flush()
    return nodes, edges


def _attvalues(el: etree._Element, values: dict[str, str | int | bool | None]) -> None:
    box = etree.SubElement(el, "attvalues")
    for name, value in values.items():
        if value is not None:
            etree.SubElement(box, "attvalue", {"for": name, "value": xml_text(value)})
