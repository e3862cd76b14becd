"""Train (and measure) the learned statement model of :mod:`loaders.text.stmt_model`.

    python -m bench.stmt_train train      # rebuild loaders/text/data/stmt_model.json
    python -m bench.stmt_train loro       # leave-one-round-out over the released rounds
    python -m bench.stmt_train fair       # the fair round: aggregate counts only

    python -m bench.stmt_train dump OUT.json [GOLD_DIR] [ROUND...]   # the rules' runs

The estimate with stale rules (docs/extract.md): ``git archive <commit> loaders bench graph
data cli | tar -x -C DIR``, copy this file and ``loaders/text/stmt_model.py`` into DIR, run
``dump`` there with this tree's gold dir and the rounds released after that commit
(dcff7b6: the three ``released-s15:*``; 02de06e: the two ``released-s16:*``), then train on
this tree's runs of the other cases and ``measure`` on the stale runs.

Training cases: every dev case of ``tests/data/extract_gold/cases/SPLIT.tsv`` except the
fair round (``released-s17:session-15``, kept for one aggregate measurement per design).
Held-out cases (``test``) are never loaded. Deterministic: the cases in name order, the
features sorted, full-batch gradient descent from zero weights with a fixed number of
steps, weights rounded to 4 decimals.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bench.extract import GOLD_DIR, SEED, Scores, score
from loaders.extraction import load_file
from loaders.text.draft import ArticleMeta, build_draft
from loaders.text.embedded import EmbeddedBackend, make_sentence, split_sentences
from loaders.text.lexicon import Lexicon, rows_from_documents
from loaders.text.rules import rules_for
from loaders.text.stmt_model import MODEL_FILE, Model, candidates

FAIR_ROUND = "released-s17:session-15"
LORO_ROUNDS = ("released-s15:older", "released-s15:session-12", "released-s15:session-12b",
               "released-s16:session-13", "released-s16:session-14")
#: training: L2 strength, steps, step size, least count of a feature to be kept
L2 = 5.0
STEPS = 400
RATE = 0.5
MIN_COUNT = 3
#: the thresholds shipped (chosen on the leave-one-round-out estimate)
ADD_ABOVE = 0.95
DROP_BELOW = 0.05


def _split_rows(gold_dir: Path) -> list[tuple[str, str, str]]:
    rows = []
    with (gold_dir / "cases" / "SPLIT.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row and not row[0].startswith("#"):
                rows.append((row[0], row[1], row[2].strip() if len(row) > 2 else ""))
    return rows


def case_names(gold_dir: Path = GOLD_DIR, fair: bool = False) -> list[tuple[str, str]]:
    """(name, round) of the training cases, or (``fair``) of the fair round's cases only.
    Never a held-out (``test``) case."""
    out = []
    for name, split, rnd in _split_rows(gold_dir):
        if split != "dev":
            continue
        if (rnd == FAIR_ROUND) != fair:
            continue
        out.append((name, rnd))
    return sorted(out)


def _lexicon() -> Lexicon:
    return Lexicon.build(*rows_from_documents([load_file(SEED)]))


def _gold_statements(text: str, gold: dict[str, Any],
                     sentences: list[tuple[int, int]]) -> set[tuple[int, str]]:
    """(sentence index, speaker) of each gold statement, from its claims' quotes."""
    out: set[tuple[int, str]] = set()
    quotes: dict[str, list[str]] = {}
    for c in gold["claims"]:
        for ev in c.get("evidence") or []:
            quotes.setdefault(c["event"], []).append(ev["quote"])
    for e in gold["events"]:
        if e["type"] != "statement":
            continue
        speakers = [p["actor"] for p in e["participants"] if p["role"] == "speaker"]
        for q in quotes.get(e["id"], []):
            at = text.find(q.strip())
            if at < 0:
                continue
            for k, (a, b) in enumerate(sentences):
                if a < at + len(q) and at < b:
                    for sp in speakers:
                        out.add((k, sp))
    return out


def dump(names: list[tuple[str, str]], lexicon: Lexicon,
         gold_dir: Path = GOLD_DIR) -> list[dict[str, Any]]:
    """Run the rules on each case: the rules' draft, the gold, and the candidates (their
    features, their label: a gold statement of that speaker in that sentence, and the
    index of the rules' statement among the draft's events)."""
    runs = []
    for name, rnd in names:
        doc = load_file(gold_dir / "cases" / f"{name}.yaml")
        article = next(s for s in doc.sources if s.kind == "article")
        assert article.text is not None
        text = article.text
        published = article.published.start if article.published else None
        meta = ArticleMeta(language=article.language, published=published,
                           publisher=article.publisher, url=article.url,
                           title=article.title, source_id=article.id)
        language = article.language or "en"
        rules = rules_for(language)
        assert rules is not None
        found = EmbeddedBackend(lexicon.matcher(language), rules).run(text, published)
        spans = split_sentences(text, language)
        sentences = [make_sentence(text, sp, language) for sp in spans]
        gold = doc.model_dump(mode="json")
        cands = candidates(text, sentences, found, rules, lexicon, language)
        gs = _gold_statements(text, gold, spans)
        index = {id(e): i for i, e in enumerate(found.events)}
        draft = build_draft(text, meta, language, lexicon, found)
        runs.append({"name": name, "round": rnd, "doc": draft.document, "gold": gold,
                     "cands": [{"f": sorted(set(c.features)), "y": int((c.sentence, c.actor) in gs),
                                "rule": index[id(c.rule_event)] if c.rule_event is not None
                                else None, "actor": c.actor,
                                "span": list(c.span)}
                               for c in cands]})
    return runs


# --- training -----------------------------------------------------------------------------

Run = dict[str, Any]


def train(runs: list[Run]) -> tuple[float, dict[str, float]]:
    """Logistic regression by full-batch gradient descent with a per-feature step (AdaGrad)
    from zero weights: deterministic, pure Python."""
    xs: list[list[str]] = []
    ys: list[int] = []
    for r in runs:
        for c in r["cands"]:
            xs.append(sorted(set(c["f"])))
            ys.append(int(c["y"]))
    counts: Counter[str] = Counter(f for x in xs for f in x)
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    rows = [[index[f] for f in x if f in index] for x in xs]
    w = [0.0] * len(vocab)
    b = 0.0
    n = max(1, len(rows))
    g2 = [1e-8] * len(vocab)
    gb2 = 1e-8
    for _ in range(STEPS):
        grad = [0.0] * len(vocab)
        gb = 0.0
        for row, y in zip(rows, ys, strict=True):
            z = b + sum(w[i] for i in row)
            p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
            d = p - y
            gb += d
            for i in row:
                grad[i] += d
        for i in range(len(w)):
            gi = (grad[i] + L2 * w[i]) / n
            g2[i] += gi * gi
            w[i] -= RATE * gi / math.sqrt(g2[i])
        gbn = gb / n
        gb2 += gbn * gbn
        b -= RATE * gbn / math.sqrt(gb2)
    weights = {f: round(w[i], 4) for f, i in index.items() if abs(w[i]) >= 1e-4}
    return round(b, 4), weights


def model_dict(bias: float, weights: dict[str, float], add_above: float = ADD_ABOVE,
               drop_below: float = DROP_BELOW, n_train: int = 0) -> dict[str, Any]:
    return {"about": "learned statement model: rebuilt by python -m bench.stmt_train train; "
                     "read by loaders/text/stmt_model.py",
            "training_cases": n_train, "l2": L2, "steps": STEPS, "rate": RATE,
            "min_count": MIN_COUNT, "add_above": add_above, "drop_below": drop_below,
            "bias": bias, "weights": dict(sorted(weights.items()))}


# --- measuring ---------------------------------------------------------------------------


def _statements(doc: dict[str, Any]) -> dict[str, Any]:
    return {"actors": doc["actors"], "claims": doc["claims"],
            "events": [e for e in doc["events"] if e["type"] == "statement"]}


def applied(run: Run, model: Model, add_above: float, drop_below: float) -> dict[str, Any]:
    """The rules' draft with the model's verdicts (as loaders.text.stmt_model.apply)."""
    doc = run["doc"]
    drop: set[int] = set()
    added: list[dict[str, Any]] = []
    for c in run["cands"]:
        p = model.score(c["f"])
        if c["rule"] is not None:
            if p < drop_below:
                drop.add(c["rule"])
        elif p > add_above:
            added.append({"id": f"model-statement-{len(added)}", "type": "statement",
                          "participants": [{"actor": c["actor"], "role": "speaker"}]})
    events = [e for i, e in enumerate(doc["events"]) if i not in drop] + added
    return {**doc, "events": events}


def measure(runs: list[Run], model: Model | None, add_above: float = 0.0,
            drop_below: float = 0.0) -> dict[str, Any]:
    """Statement and all-event counts, rules alone (model None) or with the model."""
    allev = Scores()
    st = Scores()
    for r in runs:
        doc = r["doc"] if model is None else applied(r, model, add_above, drop_below)
        score(doc, r["gold"], allev)
        score(_statements(doc), _statements(r["gold"]), st)
    e = allev.events
    return {"statement_tp": st.events.tp, "statement_fp": st.events.fp,
            "statement_fn": st.events.fn, "events_tp": e.tp, "events_fp": e.fp,
            "events_fn": e.fn, "events_P": round(e.precision, 3),
            "events_R": round(e.recall, 3)}


GRID = [(1.01, -0.01), (0.95, 0.05), (0.95, -0.01), (0.9, -0.01), (0.8, -0.01), (0.7, -0.01),
        (1.01, 0.05), (1.01, 0.1), (1.01, 0.2), (0.9, 0.1), (0.8, 0.2)]


def _sum(results: list[dict[str, Any]]) -> dict[str, Any]:
    c: Counter[str] = Counter()
    for r in results:
        c.update({k: v for k, v in r.items() if k.endswith(("_tp", "_fp", "_fn"))})
    p = c["events_tp"] / max(1, c["events_tp"] + c["events_fp"])
    rr = c["events_tp"] / max(1, c["events_tp"] + c["events_fn"])
    return {**c, "events_P": round(p, 3), "events_R": round(rr, 3)}


def loro(runs: list[Run], extra: list[Run] | None = None) -> dict[str, Any]:
    """Leave-one-round-out: train without a released round (``extra``: more training
    runs, dropped of the same round too), measure on it, at each pair of thresholds."""
    per: dict[str, list[dict[str, Any]]] = {}
    for rnd in LORO_ROUNDS:
        train_runs = [r for r in runs + (extra or []) if r["round"] != rnd]
        test_runs = [r for r in runs if r["round"] == rnd]
        if not test_runs:
            continue
        bias, weights = train(train_runs)
        m = Model(bias, weights, ADD_ABOVE, DROP_BELOW)
        per.setdefault("rules", []).append(measure(test_runs, None))
        for add, drop in GRID:
            per.setdefault(f"add>{add} drop<{drop}", []).append(
                measure(test_runs, m, add, drop))
    return {k: _sum(v) for k, v in per.items()}


def _read(paths: list[str]) -> list[Run]:
    out: list[Run] = []
    for p in paths:
        out += json.loads(Path(p).read_text(encoding="utf-8"))
    return out


def main(argv: list[str]) -> None:
    what = argv[0] if argv else "train"
    if what == "dump":  # dump OUT [GOLD_DIR] [ROUND...]: the rules of this tree, their runs
        out = Path(argv[1])
        gold_dir = Path(argv[2]) if len(argv) > 2 else GOLD_DIR
        rounds = set(argv[3:])
        names = [(n, r) for n, r in case_names(gold_dir) if not rounds or r in rounds]
        out.write_text(json.dumps(dump(names, _lexicon(), gold_dir)), encoding="utf-8")
        return
    if what == "fair":
        lexicon = _lexicon()
        runs = dump(case_names(fair=True), lexicon)
        model = Model.from_dict(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
        print(json.dumps({"cases": len(runs), "rules": measure(runs, None),
                          "rules+model": measure(runs, model, model.add_above,
                                                 model.drop_below)}))
        return
    runs = dump(case_names(), _lexicon())
    if what == "loro":  # loro [STALE_DUMP...]: stale runs as extra training data
        for k, v in loro(runs, _read(argv[1:])).items():
            print(f"{k:24s} {json.dumps(v)}")
        return
    bias, weights = train(runs)
    MODEL_FILE.write_text(json.dumps(model_dict(bias, weights, n_train=len(runs)), indent=0,
                                     ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(runs)} cases, {sum(len(r['cands']) for r in runs)} candidates, "
          f"{sum(c['y'] for r in runs for c in r['cands'])} positive, {len(weights)} weights")


if __name__ == "__main__":
    main(sys.argv[1:])
