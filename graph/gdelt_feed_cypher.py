"""Cypher of the GDELT feed (``geokg gdelt sync``): which files are loaded already.

A ``(:GdeltFile {name})`` node is written after a file has loaded in full, never before,
so a file interrupted half-way is not recorded and the next run loads it again (the
loaders are idempotent). ``name`` is GDELT's file name (``20241009120000.export.CSV.zip``),
unique by the ``gdelt_file_name`` constraint.
"""

from typing import LiteralString

#: Parameters: ``$names`` (file names). Returns ``name`` of each one recorded as loaded.
LOADED_FILES: LiteralString = """
UNWIND $names AS name
MATCH (f:GdeltFile {name: name})
RETURN f.name AS name
"""

#: Parameters: ``$file`` (name, url, md5, size, table, timestamp, rows, skipped_rows).
#: ``loaded_at`` is the server's time of the write; a reloaded file keeps one node.
RECORD_FILE: LiteralString = """
MERGE (f:GdeltFile {name: $file.name})
SET f.url = $file.url, f.md5 = $file.md5, f.size = $file.size, f.table = $file.table,
    f.timestamp = $file.timestamp, f.rows = $file.rows, f.skipped_rows = $file.skipped_rows,
    f.loaded_at = datetime()
RETURN f.name AS name
"""
