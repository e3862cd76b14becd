"""GDELT 2.0 Events export files into the graph, streamed, batched and idempotent.

A GDELT 2.0 Events file (``YYYYMMDDHHMMSS.export.CSV`` or its ``.zip`` as GDELT publishes
it) has no header and 61 tab-separated fields per line, in the order of the GDELT Event
Codebook V2.0 (``FIELDS``). The package:

- ``reader``: reads it line by line (plain or the single member of the zip; never the
  whole file) into typed ``GdeltRecord`` objects, every code kept as a string (``"042"``,
  ``"0251"``); malformed lines become ``RowError(line, reason, kind)`` and are skipped;
- ``convert``: turns each batch of records into rows in the shared writer's shapes (event,
  claim, evidence, source, media actor) and resolves each distinct actor once per load
  through ``loaders.crosswalk`` (``ActorCatalog``, written by the shared writer);
- ``load``: writes each batch in one transaction and aggregates the events into
  ``INTERACTED_WITH`` edges, one per (actor1, actor2, CAMEO root code), recomputed from
  the graph after each file so reloading changes nothing.

``docs/gdelt.md`` describes the mapping for users.
"""

from loaders.gdelt.convert import (
    COUNT_FIELDS,
    CROSSWALK_SOURCE_ID,
    ActorCatalog,
    ActorPool,
    Batch,
    describe,
    event_attributes,
    media_actor,
    source_for,
    source_id,
    source_row,
)
from loaders.gdelt.load import (
    EDGE_LIST_CAP,
    ERROR_LIST_CAP,
    FileReport,
    check_gdelt_file,
    file_stamp,
    load_gdelt_files,
    project_interactions,
    write_batch,
)
from loaders.gdelt.reader import (
    FIELDS,
    GDELT_FILENAME_RE,
    N_FIELDS,
    GdeltRecord,
    Geo,
    RowError,
    is_gdelt_file,
    iter_records,
    open_gdelt,
    parse_fields,
    read_gdelt,
    source_language,
)

__all__ = [
    "COUNT_FIELDS", "CROSSWALK_SOURCE_ID", "EDGE_LIST_CAP", "ERROR_LIST_CAP", "FIELDS",
    "GDELT_FILENAME_RE", "N_FIELDS", "ActorCatalog", "ActorPool", "Batch", "FileReport",
    "GdeltRecord",
    "Geo", "RowError", "check_gdelt_file", "describe", "event_attributes", "file_stamp",
    "is_gdelt_file", "iter_records", "load_gdelt_files", "media_actor", "open_gdelt",
    "parse_fields", "project_interactions", "read_gdelt", "source_for", "source_id",
    "source_language", "source_row", "write_batch",
]
