"""The JSON Schema kept in docs/ is the one `geokg schema` prints, and it is usable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from loaders.document import Document

ROOT = Path(__file__).resolve().parent.parent


def test_docs_copy_matches_cli_output() -> None:
    out = subprocess.run([sys.executable, "-m", "cli.main", "schema"], capture_output=True,
                         text=True, cwd=ROOT, check=True).stdout
    kept = (ROOT / "docs" / "extraction-document.schema.json").read_text()
    assert json.loads(out) == json.loads(kept) == Document.model_json_schema()


def test_schema_names_every_section() -> None:
    schema = Document.model_json_schema()
    assert set(schema["properties"]) == {"version", "sources", "actors", "roles", "agreements",
                                         "events", "claims"}
    certainty = schema["$defs"]["Certainty"]["enum"]
    assert certainty == ["confirmed", "reported", "alleged", "denied"]
