"""Exports: a neighbourhood, the paths between two actors, a Cypher result or the whole
graph as a file other tools open (docs/export.md).

Formats (``Format``): GraphML, GEXF 1.3 (dynamic: edges live from ``valid_from`` to
``valid_to``), CSV (``nodes.csv`` and ``edges.csv``), node-link JSON and FollowTheMoney
entities (JSON lines). Every format keeps each edge's type, certainty, validity,
asserters and evidence (quote, language, source id and url) and each actor's kind,
name, identifiers and aliases.

The subgraphs come from ``graph.repository`` as the API and the pictures get them
(``exports.subgraphs``); the whole graph is read and written page by page. The CLI
(``geokg export``) and the API (``format=``) both go through here.
"""

from exports.files import check_output, write_file
from exports.formats import EXTENSIONS, MEDIA_TYPES, Format, needs_events, write_to
from exports.model import LIST_DELIMITER, ExportEdge, ExportMeta, ExportNode, join_list, split_list
from exports.subgraphs import Export, cypher, neighborhood, paths, whole_graph
from exports.tables import FLAVORS, Flavor

__all__ = [
    "EXTENSIONS", "FLAVORS", "LIST_DELIMITER", "MEDIA_TYPES", "Export", "ExportEdge",
    "ExportMeta", "ExportNode", "Flavor", "Format", "check_output", "cypher", "join_list",
    "neighborhood", "needs_events", "paths", "split_list", "whole_graph", "write_file",
    "write_to",
]
