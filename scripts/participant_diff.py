"""Dev cases: events of the right type whose participants differ from the gold's.

For each dev case (and the seed), the draft's events are matched one to one with the gold's
as ``geokg bench extract`` does (type and set of (actor, role)); of what is left unmatched,
a draft event and a gold event of the same type are paired when they share an actor (or
when each is the only one of its type left), and the difference is classified:

- ``substituted``: same number of participants, some actor replaced by another;
- ``missing``: the draft has a strict subset of the gold's participants;
- ``extra``: the draft has a strict superset;
- ``roles``: the same actors in other roles;
- ``other``: any other difference.

Each pair is printed with a hint: a draft actor the gold does not list at all (an id
question), a gold actor the draft does not list at all (not found), else a reading.

Usage (from the worktree root)::

    python scripts/participant_diff.py [--released] [--json out.json] [--quiet]

HELD-OUT cases (split ``test``, numbers 509 and above) are never read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.extract import SEED, _event_key, _match, _plain, cases  # noqa: E402
from loaders.extraction import load_file  # noqa: E402
from loaders.text.extract import extract_text  # noqa: E402
from loaders.text.lexicon import Lexicon, rows_from_documents  # noqa: E402


def _parts(e: dict[str, Any]) -> frozenset[tuple[str, str]]:
    return frozenset((p["actor"], p["role"]) for p in e["participants"])


def _actors(e: dict[str, Any]) -> frozenset[str]:
    return frozenset(p["actor"] for p in e["participants"])


def classify(pred: dict[str, Any], gold: dict[str, Any]) -> str:
    p, g = _parts(pred), _parts(gold)
    pa, ga = _actors(pred), _actors(gold)
    if pa == ga:
        return "roles"
    if p < g:
        return "missing"
    if p > g:
        return "extra"
    if len(p) == len(g):
        return "substituted"
    return "other"


def _quote(doc: dict[str, Any], event_id: str) -> str:
    for c in doc.get("claims", []):
        if c.get("event") == event_id and c.get("evidence"):
            ev = c["evidence"]
            ev = ev[0] if isinstance(ev, list) else ev
            return str(ev.get("quote", ""))[:300]
    return ""


def diff_case(pred: dict[str, Any], gold: dict[str, Any]) -> list[dict[str, Any]]:
    pe, ge = pred["events"], gold["events"]
    pairs = _match(pe, ge, _event_key)
    mp = {id(p) for p, _ in pairs}
    mg = {id(g) for _, g in pairs}
    left_p = [e for e in pe if id(e) not in mp]
    left_g = [e for e in ge if id(e) not in mg]
    out = []
    pred_ids = {a["id"] for a in pred["actors"]}
    gold_ids = {a["id"] for a in gold["actors"]}
    used: set[int] = set()
    for p in left_p:
        cands = [g for g in left_g if g["type"] == p["type"] and id(g) not in used]
        share = [g for g in cands if _actors(g) & _actors(p)]
        g = None
        if share:
            g = max(share, key=lambda g: len(_actors(g) & _actors(p)))
        elif len(cands) == 1 and sum(1 for q in left_p if q["type"] == p["type"]) == 1:
            g = cands[0]
        if g is None:
            continue
        used.add(id(g))
        kind = classify(p, g)
        extra = _parts(p) - _parts(g)
        lack = _parts(g) - _parts(p)
        hint = []
        for a, _ in extra:
            if a not in gold_ids:
                hint.append(f"id? {a} not in gold actors")
        for a, _ in lack:
            if a not in pred_ids:
                hint.append(f"not found: {a}")
        out.append({"type": p["type"], "kind": kind,
                    "extra": sorted(extra), "lack": sorted(lack),
                    "hint": "; ".join(hint),
                    "pred_quote": _quote(pred, p["id"]), "gold_quote": _quote(gold, g["id"])})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--released", action="store_true", help="only released-* dev cases")
    ap.add_argument("--json")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--only", help="regex on case names")
    args = ap.parse_args()
    lexicon = Lexicon.build(*rows_from_documents([load_file(SEED)]))
    rows = []
    for case in cases():
        if case.split not in ("dev", "seed"):
            continue
        m = re.match(r"(\d+)", case.name)
        if m and int(m.group(1)) >= 509:
            continue
        if args.released and not case.held_round.startswith("released"):
            continue
        if args.only and not re.search(args.only, case.name):
            continue
        draft = extract_text(case.text, case.meta, lexicon)
        for d in diff_case(draft.document, _plain(case.gold)):
            rows.append({"case": case.name, **d})
    kinds = Counter(r["kind"] for r in rows)
    if not args.quiet:
        for r in rows:
            print(f"{r['case']} {r['type']} {r['kind']}: +{r['extra']} -{r['lack']}"
                  f"{'  [' + r['hint'] + ']' if r['hint'] else ''}")
            q = r["pred_quote"]
            print(f"    draft: {q}")
            if r["gold_quote"] and r["gold_quote"] != q:
                print(f"    gold:  {r['gold_quote']}")
    print("pairs:", len(rows), dict(sorted(kinds.items())))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
