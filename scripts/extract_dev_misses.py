"""List the dev cases' missed and false events, per case and per type.

Dev cases only (the seed too); held-out cases (split ``test``) are never run. Usage, from
the tree's root:
``python scripts/extract_dev_misses.py [--types support,appeal] [--round released] [--quiet]
[--cases 79,301]``.
Prints per case the missed gold events and the false drafted events of the chosen types
(default: every type; participants and the evidence sentence), then per type tp/fp/fn over
the dev cases and over the released rounds whose name starts with ``--round`` ("released":
all of them; "released-s17:session-15": that one).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this worktree's packages


from bench.extract import SEED, _event_key, _match, _plain, cases
from loaders.document import EventType
from loaders.extraction import load_file
from loaders.text.extract import extract_text
from loaders.text.lexicon import Lexicon, rows_from_documents

TYPES = tuple(t.value for t in EventType)


def _evidence(doc: dict[str, Any], event_id: str) -> str:
    for c in doc["claims"]:
        if c.get("event") == event_id:
            ev = c.get("evidence") or []
            if ev:
                return str(ev[0].get("quote", ""))[:300]
    return ""


def _parts(e: dict[str, Any]) -> str:
    return ", ".join(f"{p['actor']}:{p['role']}" for p in e["participants"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--round", default="released")
    ap.add_argument("--types", default=",".join(TYPES))
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--cases", default="")
    args = ap.parse_args()
    types = set(args.types.split(","))
    only = set(args.cases.split(",")) if args.cases else set()
    lexicon = Lexicon.build(*rows_from_documents([load_file(SEED)]))
    tot: dict[str, dict[str, list[int]]] = {"dev": defaultdict(lambda: [0, 0, 0]),
                                            args.round: defaultdict(lambda: [0, 0, 0])}
    for case in cases():
        if case.split not in ("dev", "seed"):
            continue
        if only and case.name.split("-")[0] not in only and case.name not in only:
            continue
        draft = extract_text(case.text, case.meta, lexicon).document
        gold = _plain(case.gold)
        lines = []
        for t in sorted(types):
            pe = [e for e in draft["events"] if e["type"] == t]
            ge = [e for e in gold["events"] if e["type"] == t]
            pairs = _match(pe, ge, _event_key)
            mp = {p["id"] for p, _ in pairs}
            mg = {g["id"] for _, g in pairs}
            counts = (len(pairs), len(pe) - len(pairs), len(ge) - len(pairs))
            keys = ["dev"] + ([args.round] if case.held_round.startswith(args.round) else [])
            for k in keys:
                for i in range(3):
                    tot[k][t][i] += counts[i]
            for g in ge:
                if g["id"] not in mg:
                    lines.append(f"  MISS {t}: {_parts(g)}\n     | {_evidence(gold, g['id'])}")
            for p in pe:
                if p["id"] not in mp:
                    lines.append(f"  FALSE {t}: {_parts(p)}\n     | {_evidence(draft, p['id'])}")
        if lines and not args.quiet:
            tag = f" [{case.held_round}]" if case.held_round else ""
            print(f"== {case.name}{tag}")
            print("\n".join(lines))
    for k, by in tot.items():
        print(f"-- {k}")
        for t in TYPES:
            if t in by:
                tp, fp, fn = by[t]
                print(f"   {t:20s} tp {tp:3d} fp {fp:3d} fn {fn:3d}")
        tp, fp, fn = (sum(v[i] for v in by.values()) for i in range(3))
        print(f"   {'(these types)':20s} tp {tp:3d} fp {fp:3d} fn {fn:3d}")


if __name__ == "__main__":
    main()
