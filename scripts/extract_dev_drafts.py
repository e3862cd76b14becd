"""Dump the embedded extractor's draft of every dev case (and the seed) to one JSON file, to
diff two trees' output (a refactoring or a speed-up must leave it identical).

Run from a tree's root (its packages first on the path), then compare the files:

    python scripts/extract_dev_drafts.py /tmp/old.json   # in the old tree
    python scripts/extract_dev_drafts.py /tmp/new.json   # in the new tree
    cmp /tmp/old.json /tmp/new.json

Only ``dev`` and ``seed`` cases are read (held-out cases are never extracted here).
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.getcwd())

from bench.extract import SEED, cases  # noqa: E402
from loaders.extraction import load_file  # noqa: E402
from loaders.text.extract import extract_text  # noqa: E402
from loaders.text.lexicon import Lexicon, rows_from_documents  # noqa: E402


def main(path: str) -> None:
    lexicon = Lexicon.build(*rows_from_documents([load_file(SEED)]))
    out = {c.name: extract_text(c.text, c.meta, lexicon).document
           for c in cases() if c.split in ("dev", "seed")}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=1, sort_keys=True, ensure_ascii=False)
    print(f"{len(out)} drafts -> {path}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
