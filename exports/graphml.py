"""GraphML (yEd, Cytoscape, networkx, Gephi), written as it is read: node by node, edge by
edge, through lxml's incremental writer, so an ``--all`` export never holds the graph.

Keys are declared up front from ``exports.model`` (``NODE_COLUMNS``, ``EDGE_COLUMNS``),
one ``<data>`` per known value; lists are ``|``-joined strings (``exports.model``). The
graph is directed; parallel edges keep their own ids (the graph's edge keys), so
``networkx.read_graphml`` gives a ``MultiDiGraph`` keyed by them. The graph's own data:
``title``, ``query`` (the command or request that made it), ``truncated`` and
``list_delimiter``.
"""

from __future__ import annotations

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
from exports.xml import xml_text

NS = "http://graphml.graphdrawing.org/xmlns"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

_TYPES: dict[ColumnType, str] = {"string": "string", "int": "int", "bool": "boolean"}
_GRAPH_KEYS: tuple[tuple[str, ColumnType], ...] = (
    ("title", "string"), ("query", "string"), ("truncated", "bool"),
    ("list_delimiter", "string"))


#: The root element in the format's namespace; the elements inside it are written without
#: one and so inherit it as the default namespace (no declaration repeated on each).
ROOT = f"{{{NS}}}graphml"


def write(export: Export, out: BinaryIO) -> tuple[int, int]:
    """Write ``export`` as GraphML to ``out``; return (nodes, edges) written."""
    nodes = edges = 0
    with etree.xmlfile(out, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(ROOT, nsmap={None: NS, "xsi": XSI},
                        attrib={f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION}):
            for scope, prefix, columns in (("graph", "g_", _GRAPH_KEYS),
                                           ("node", "n_", NODE_COLUMNS),
                                           ("edge", "e_", EDGE_COLUMNS)):
                for name, kind in columns:
                    xf.write(etree.Element("key", {
                        "id": prefix + name, "for": scope, "attr.name": name,
                        "attr.type": _TYPES[kind]}))
            with xf.element("graph", id="G", edgedefault="directed"):
                meta = export.meta
                for name, value in (("title", meta.title), ("query", meta.query),
                                    ("truncated", meta.truncated),
                                    ("list_delimiter", LIST_DELIMITER)):
                    el = etree.Element("data", key="g_" + name)
                    el.text = xml_text(value)
                    xf.write(el)
                # one element built and written per node and edge: lxml writes an element
                # with its children at once, much faster than one write per <data>
                for page in export.node_pages():
                    for node in page:
                        el = etree.Element("node", id=xml_text(node.id))
                        _data(el, "n_", node_columns(node))
                        xf.write(el)
                        nodes += 1
                    xf.flush()
                for epage in export.edge_pages():
                    for edge in epage:
                        el = etree.Element("edge", id=xml_text(edge.id),
                                           source=xml_text(edge.source),
                                           target=xml_text(edge.target))
                        _data(el, "e_", edge_columns(edge))
                        xf.write(el)
                        edges += 1
                    xf.flush()
    return nodes, edges


def _data(parent: etree._Element, prefix: str,
          values: dict[str, str | int | bool | None]) -> None:
    for name, value in values.items():
        if value is not None:
            etree.SubElement(parent, "data", key=prefix + name).text = xml_text(value)
