"""CSV: ``nodes.csv`` and ``edges.csv``, UTF-8 with a header, RFC 4180 quoting (a value
with a comma, a quote or a line break is quoted, quotes doubled).

Two header flavours:

- ``gephi`` (default), Gephi's spreadsheet import (Data Laboratory, "Import
  Spreadsheet"): nodes ``Id``, ``Label`` (the name) then ``NODE_COLUMNS``; edges
  ``Source``, ``Target``, ``Type`` (``Directed``), ``Id``, ``Label`` (the relation) then
  ``EDGE_COLUMNS``. Lists are ``|``-joined (``exports.model``). Neo4j's ``LOAD CSV WITH
  HEADERS`` reads these too (docs/export.md);
- ``neo4j``, ``neo4j-admin database import``'s typed headers: ``id:ID``, ``:LABEL``,
  ``:START_ID``, ``:END_ID``, ``:TYPE``, dates as ``:date``, counts as ``:int``,
  ``contested:boolean`` and lists as ``:string[]`` joined by U+001F (no escaping needed:
  the character is removed from values), imported with ``--array-delimiter=U+001F
  --multiline-fields=true``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any, BinaryIO, Literal

from exports.model import (
    EDGE_COLUMNS,
    NODE_COLUMNS,
    ExportEdge,
    ExportNode,
    edge_columns,
    node_columns,
)
from exports.subgraphs import Export

Flavor = Literal["gephi", "neo4j"]
FLAVORS: tuple[Flavor, ...] = ("gephi", "neo4j")
NODES_FILE = "nodes.csv"
EDGES_FILE = "edges.csv"
#: Between the items of a list in the ``neo4j`` flavour (``--array-delimiter=U+001F``).
NEO4J_ARRAY_DELIMITER = "\x1f"

_NEO4J_TYPES = {"sources": "int", "contested": "boolean", "valid_from": "date",
                "valid_to": "date"}
_NEO4J_NODE_LISTS = ("aliases",)
_NEO4J_EDGE_LISTS = ("asserted_by", "evidence_quotes", "evidence_languages",
                     "evidence_glosses", "evidence_source_ids", "evidence_source_urls")


def headers(flavor: Flavor) -> tuple[list[str], list[str]]:
    """(nodes.csv header, edges.csv header) of a flavour."""
    if flavor == "gephi":
        return (["Id", "Label"] + [n for n, _ in NODE_COLUMNS if n != "name"],
                ["Source", "Target", "Type", "Id", "Label"] + [n for n, _ in EDGE_COLUMNS])
    node_cols = [n for n, _ in NODE_COLUMNS if n != "node_label"]
    return (["id:ID", ":LABEL"] + [f"{n}:string[]" if n in _NEO4J_NODE_LISTS else n
                                   for n in node_cols],
            [":START_ID", ":END_ID", ":TYPE", "key"]
            + [f"{n}:string[]" if n in _NEO4J_EDGE_LISTS
               else f"{n}:{_NEO4J_TYPES[n]}" if n in _NEO4J_TYPES else n
               for n, _ in EDGE_COLUMNS if n != "relation"])


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def node_row(node: ExportNode, flavor: Flavor) -> list[str]:
    """One row of nodes.csv."""
    values = node_columns(node)
    if flavor == "gephi":
        return [node.id, _cell(node.name)] + [_cell(values[n]) for n, _ in NODE_COLUMNS
                                              if n != "name"]
    return ([_strip(node.id), _strip(node.label)]
            + [_neo4j_list(node.aliases) if n == "aliases" else _strip(_cell(values[n]))
               for n, _ in NODE_COLUMNS if n != "node_label"])


def edge_row(edge: ExportEdge, flavor: Flavor) -> list[str]:
    """One row of edges.csv."""
    values = edge_columns(edge)
    if flavor == "gephi":
        return ([edge.source, edge.target, "Directed", edge.id, edge.type]
                + [_cell(values[n]) for n, _ in EDGE_COLUMNS])
    lists = {"asserted_by": list(edge.asserted_by),
             "evidence_quotes": [e.quote for e in edge.evidence],
             "evidence_languages": [e.language for e in edge.evidence],
             "evidence_glosses": [e.gloss for e in edge.evidence],
             "evidence_source_ids": [e.source_id for e in edge.evidence],
             "evidence_source_urls": [e.source_url for e in edge.evidence]}
    return ([_strip(edge.source), _strip(edge.target), _strip(edge.type), _strip(edge.id)]
            + [_neo4j_list(lists[n]) if n in lists else _strip(_cell(values[n]))
               for n, _ in EDGE_COLUMNS if n != "relation"])


def _strip(text: str) -> str:
    return text.replace(NEO4J_ARRAY_DELIMITER, "")


def _neo4j_list(items: Any) -> str:
    return NEO4J_ARRAY_DELIMITER.join(_strip(_cell(x)) for x in items)


def write(export: Export, open_file: Callable[[str], BinaryIO],
          flavor: Flavor = "gephi") -> tuple[int, int]:
    """Write nodes.csv and edges.csv, each to ``open_file(name)`` (a binary file the
    caller closes); return (nodes, edges) written."""
    node_header, edge_header = headers(flavor)
    nodes = edges = 0
    with _text(open_file(NODES_FILE)) as f:
        w = csv.writer(f)
        w.writerow(node_header)
        for page in export.node_pages():
            w.writerows(node_row(n, flavor) for n in page)
            nodes += len(page)
    with _text(open_file(EDGES_FILE)) as f:
        w = csv.writer(f)
        w.writerow(edge_header)
        for epage in export.edge_pages():
            w.writerows(edge_row(e, flavor) for e in epage)
            edges += len(epage)
    return nodes, edges


def _text(binary: BinaryIO) -> io.TextIOWrapper:
    # newline="" lets the csv module write its own \r\n and keep line breaks inside quoted
    # values as they are (RFC 4180)
    return io.TextIOWrapper(binary, encoding="utf-8", newline="", write_through=True)
