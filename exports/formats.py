"""The export formats by name: how each is written, its media type and file name.

``write_to(fmt, export, out)`` writes one file; CSV is two files (``nodes.csv``,
``edges.csv``), written into a zip archive here (the API's answer) or into a directory
by ``exports.files``.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from enum import StrEnum
from typing import BinaryIO, cast

from exports import gexf, graphml, nodelink, tables
from exports.subgraphs import Export
from exports.tables import Flavor


class Format(StrEnum):
    """What ``--format`` and ``format=`` accept."""

    GRAPHML = "graphml"
    GEXF = "gexf"
    CSV = "csv"
    JSON = "json"
    FTM = "ftm"


#: Media type of each format's answer (CSV: a zip of nodes.csv and edges.csv).
MEDIA_TYPES: dict[Format, str] = {
    Format.GRAPHML: "application/graphml+xml",
    Format.GEXF: "application/gexf+xml",
    Format.CSV: "application/zip",
    Format.JSON: "application/json",
    Format.FTM: "application/x-ndjson",
}

#: File name extension of each format's answer.
EXTENSIONS: dict[Format, str] = {
    Format.GRAPHML: ".graphml", Format.GEXF: ".gexf", Format.CSV: ".zip",
    Format.JSON: ".json", Format.FTM: ".ftm.json",
}

def _ftm_write(export: Export, out: BinaryIO) -> tuple[int, int]:
    # imported when used: followthemoney takes seconds and ~60 MB to import, which every
    # geokg command and the API's start would otherwise pay
    from exports import ftm

    return ftm.write(export, out)


_WRITERS: dict[Format, Callable[[Export, BinaryIO], tuple[int, int]]] = {
    Format.GRAPHML: graphml.write, Format.GEXF: gexf.write, Format.JSON: nodelink.write,
    Format.FTM: _ftm_write,
}


def needs_events(fmt: Format) -> bool:
    """True when the format writes the events behind edges (FollowTheMoney)."""
    return fmt is Format.FTM


def write_to(fmt: Format, export: Export, out: BinaryIO,
             flavor: Flavor = "gephi") -> tuple[int, int]:
    """Write ``export`` in ``fmt`` to ``out`` (CSV: a zip archive of nodes.csv and
    edges.csv); return (nodes, edges) written."""
    if fmt is Format.CSV:
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            def open_member(name: str) -> BinaryIO:
                return cast(BinaryIO, archive.open(name, "w", force_zip64=True))

            return tables.write(export, open_member, flavor)
    return _WRITERS[fmt](export, out)
