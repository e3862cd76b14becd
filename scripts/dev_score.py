"""Events, dates and attribution on the dev cases (and the seed) only; held-out cases are
never run. From the worktree root: ``python scripts/dev_score.py``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this worktree's packages

from bench.extract import SEED, cases, evaluate  # noqa: E402
from loaders.extraction import load_file  # noqa: E402
from loaders.text.lexicon import Lexicon, rows_from_documents  # noqa: E402


def main() -> None:
    lexicon = Lexicon.build(*rows_from_documents([load_file(SEED)]))
    dev = [c for c in cases() if c.split in ("dev", "seed")]
    by_split, _ = evaluate(dev, lexicon)
    for split in sorted(by_split):
        if split.startswith("test") or split == "all":
            continue
        sc = by_split[split]
        print(split, "events", sc.events.as_dict(), "attribution", sc.attribution.as_dict(),
              "dates", sc.dates.as_dict())


if __name__ == "__main__":
    main()
