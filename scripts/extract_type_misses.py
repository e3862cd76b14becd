"""Dev cases only: the gold events missed and the events drafted falsely, of some types, per case.

    python scripts/extract_type_misses.py [TYPES] [ROUND]

TYPES is a comma-separated list of event types (default: support,appeal,accusation,signing);
ROUND is "released" (the released blind rounds), a round of SPLIT.tsv's third column
("released-s17:session-15"), or nothing (every dev case and the seed). Held-out cases (split
`test`) are never extracted nor printed.
"""

from __future__ import annotations

import sys
from collections import Counter

from bench.extract import SEED, _event_key, _match, _plain, cases
from loaders.extraction import load_file
from loaders.text.extract import extract_text
from loaders.text.lexicon import Lexicon, rows_from_documents


def main(argv: list[str]) -> None:
    types = set((argv[1] if len(argv) > 1 and argv[1] else
                 "support,appeal,accusation,signing").split(","))
    only = argv[2] if len(argv) > 2 else ""
    lexicon = Lexicon.build(*rows_from_documents([load_file(SEED)]))
    counts: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in cases():
        if case.split not in ("dev", "seed"):
            continue
        if only == "released" and not case.held_round.startswith("released"):
            continue
        if only and only != "released" and case.held_round != only:
            continue
        draft = extract_text(case.text, case.meta, lexicon).document
        gold = _plain(case.gold)
        pairs = _match(draft["events"], gold["events"], _event_key)
        matched_draft = {p["id"] for p, _ in pairs}
        matched_gold = {g["id"] for _, g in pairs}
        total.update(tp=len(pairs), fp=len(draft["events"]) - len(pairs),
                     fn=len(gold["events"]) - len(pairs))
        lines = []
        for e in gold["events"]:
            if e["id"] not in matched_gold and e["type"] in types:
                counts["fn " + e["type"]] += 1
                lines.append(f"  MISS  {e['type']} " + str(sorted(
                    (p["actor"], p["role"]) for p in e["participants"])))
        for e in draft["events"]:
            if e["id"] not in matched_draft and e["type"] in types:
                counts["fp " + e["type"]] += 1
                lines.append(f"  FALSE {e['type']} " + str(sorted(
                    (p["actor"], p["role"]) for p in e["participants"])))
        counts.update("tp " + p["type"] for p, _ in pairs if p["type"] in types)
        if lines:
            print(case.name, case.held_round)
            print("\n".join(lines))
    print(dict(sorted(counts.items())))
    p = total["tp"] / max(1, total["tp"] + total["fp"])
    r = total["tp"] / max(1, total["tp"] + total["fn"])
    print("all events", dict(total), f"P {p:.3f} R {r:.3f}")


if __name__ == "__main__":
    main(sys.argv)
