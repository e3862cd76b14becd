"""``geokg bench extract``: quality and speed of the embedded extractor on the gold set.

The gold set (``tests/data/extract_gold/``, annotation rules in its GUIDELINES.md) is
hand-made: the seed article (gold: the seed document, facts 1-9) and short wire-style
texts, each with its gold extraction document, split into ``dev`` cases (looked at while
the rules were written) and held-out ``test`` cases. The extractor links actors against
the seed document (the graph a fresh ``make run`` holds) and the crosswalk.

Scores, micro-averaged over the cases of a split:

- **actors**: the set of actor ids of the draft against the gold's;
- **events**: a draft event matches a gold event of the same type with the same set of
  (actor, role) participants (one to one); ``events (type+actors)`` relaxes the roles;
- **dates**: of matched events, the same value, end and ``inferred``;
- **attribution**: the claims of matched events as (certainty, set of asserters);
  ``attribution (end to end)`` counts the claims of unmatched events as misses too.

Speed: articles of about 500 words (gold texts joined) per second, on one core, with
the lexicon built once (as the API keeps it).
"""

from __future__ import annotations

import csv
import datetime as dt
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.harness import BenchConfig, machine, save, table
from graph.settings import PROJECT_ROOT
from loaders.document import DateSpec, Document
from loaders.extraction import load_file
from loaders.text.draft import ArticleMeta
from loaders.text.extract import extract_text
from loaders.text.lexicon import Lexicon, rows_from_documents

GOLD_DIR = PROJECT_ROOT / "tests" / "data" / "extract_gold"
SEED = PROJECT_ROOT / "data" / "seed" / "russia-north-korea.yaml"
SEED_SOURCE = "article-000-ea82c74684206790"


@dataclass(frozen=True)
class Case:
    name: str
    split: str  # dev | test | seed
    text: str
    meta: ArticleMeta
    gold: Document
    held_round: str = ""  # a held-out round reported on its own too (SPLIT.tsv's third column)


def cases(gold_dir: Path = GOLD_DIR) -> list[Case]:
    """The seed article and every case of the gold set, with its split."""
    seed = load_file(SEED)
    src = next(s for s in seed.sources if s.id == SEED_SOURCE)
    assert src.text is not None
    out = [Case("seed", "seed", src.text, ArticleMeta(language=src.language,
                                                       source_id=src.id), seed)]
    splits: dict[str, str] = {}
    rounds: dict[str, str] = {}
    with (gold_dir / "cases" / "SPLIT.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row and not row[0].startswith("#"):
                splits[row[0]] = row[1]
                if len(row) > 2 and row[2].strip():
                    rounds[row[0]] = row[2].strip()
    for path in sorted((gold_dir / "cases").glob("*.yaml")):
        doc = load_file(path)
        article = next(s for s in doc.sources if s.kind == "article")
        assert article.text is not None
        published = article.published.start if article.published else None
        meta = ArticleMeta(language=article.language, published=published,
                           publisher=article.publisher, url=article.url,
                           title=article.title, source_id=article.id)
        out.append(Case(path.stem, splits.get(path.stem, "test"), article.text, meta, doc,
                        rounds.get(path.stem, "")))
    return out


# --- scoring ----------------------------------------------------------------------------


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 3), "recall": round(self.recall, 3)}


@dataclass
class Scores:
    actors: Tally = field(default_factory=Tally)
    events: Tally = field(default_factory=Tally)
    events_loose: Tally = field(default_factory=Tally)
    dates: Tally = field(default_factory=Tally)  # tp: right, fp: wrong on a matched event
    attribution: Tally = field(default_factory=Tally)
    attribution_e2e: Tally = field(default_factory=Tally)

    def as_dict(self) -> dict[str, Any]:
        return {k: v.as_dict() for k, v in vars(self).items()}


def _event_key(e: dict[str, Any]) -> tuple[str, frozenset[tuple[str, str]]]:
    return e["type"], frozenset((p["actor"], p["role"]) for p in e["participants"])


def _date_key(d: Any) -> tuple[str | None, str | None, bool]:
    spec = d if isinstance(d, DateSpec) else DateSpec.model_validate(d or {})
    if spec.value is None:
        return None, None, False
    return spec.value, (spec.end if spec.end != spec.value else None), spec.inferred


def _claims_of(doc: dict[str, Any], event_id: str) -> Counter[tuple[str, frozenset[str]]]:
    return Counter((c["certainty"], frozenset(c["asserted_by"])) for c in doc["claims"]
                   if c.get("event") == event_id)


def _match(pred: list[dict[str, Any]], gold: list[dict[str, Any]],
           key: Any) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    pairs = []
    free = list(gold)
    for p in pred:
        g = next((g for g in free if key(g) == key(p)), None)
        if g is not None:
            free.remove(g)
            pairs.append((p, g))
    return pairs


def _overlap(a: Counter[Any], b: Counter[Any]) -> tuple[int, int, int]:
    tp = sum((a & b).values())
    return tp, sum(a.values()) - tp, sum(b.values()) - tp


def score(pred: dict[str, Any], gold: dict[str, Any], into: Scores) -> None:
    """Add one case's counts (``pred`` and ``gold`` as plain document dicts)."""
    pa = {a["id"] for a in pred["actors"]}
    ga = {a["id"] for a in gold["actors"]}
    into.actors.add(len(pa & ga), len(pa - ga), len(ga - pa))
    pe, ge = pred["events"], gold["events"]
    pairs = _match(pe, ge, _event_key)
    into.events.add(len(pairs), len(pe) - len(pairs), len(ge) - len(pairs))
    loose = _match(pe, ge, lambda e: (e["type"], frozenset(p["actor"]
                                                           for p in e["participants"])))
    into.events_loose.add(len(loose), len(pe) - len(loose), len(ge) - len(loose))
    matched_pred = set()
    matched_gold = set()
    for p, g in pairs:
        matched_pred.add(p["id"])
        matched_gold.add(g["id"])
        right = _date_key(p.get("date")) == _date_key(g.get("date"))
        into.dates.add(int(right), int(not right), 0)
        tp, fp, fn = _overlap(_claims_of(pred, p["id"]), _claims_of(gold, g["id"]))
        into.attribution.add(tp, fp, fn)
        into.attribution_e2e.add(tp, fp, fn)
    for p in pe:
        if p["id"] not in matched_pred:
            into.attribution_e2e.add(0, sum(_claims_of(pred, p["id"]).values()), 0)
    for g in ge:
        if g["id"] not in matched_gold:
            into.attribution_e2e.add(0, 0, sum(_claims_of(gold, g["id"]).values()))


def _plain(doc: Document) -> dict[str, Any]:
    return doc.model_dump(mode="json")


def evaluate(all_cases: Iterable[Case], lexicon: Lexicon) -> tuple[dict[str, Scores],
                                                                   list[dict[str, Any]]]:
    """Scores per split (and ``all``) and per case."""
    by_split: dict[str, Scores] = {}
    per_case = []
    for case in all_cases:
        draft = extract_text(case.text, case.meta, lexicon)
        one = Scores()
        score(draft.document, _plain(case.gold), one)
        keys = [case.split, "all"]
        if case.held_round:
            keys.append(f"{case.split} ({case.held_round})")
        for split in keys:
            s = by_split.setdefault(split, Scores())
            score(draft.document, _plain(case.gold), s)
        per_case.append({"case": case.name, "split": case.split,
                         **{k: v["precision"] for k, v in one.as_dict().items()
                            if k in ("events",)},
                         "events_recall": one.events.recall,
                         "attribution_recall": one.attribution.recall})
    return by_split, per_case


def agreement(all_cases: Iterable[Case], gold_dir: Path = GOLD_DIR) -> tuple[int, Scores]:
    """A second annotator's documents (``second/``, written from the texts and GUIDELINES.md
    alone) scored against the gold of the same cases: how far two people agree."""
    second = {p.stem: p for p in (gold_dir / "second").glob("*.yaml")}
    scores = Scores()
    n = 0
    for case in all_cases:
        if case.name in second:
            score(_plain(load_file(second[case.name])), _plain(case.gold), scores)
            n += 1
    return n, scores


def speed(all_cases: list[Case], lexicon: Lexicon, words: int = 500,
          seconds: float = 5.0) -> dict[str, Any]:
    """Articles of about ``words`` words per second (one process, one core)."""
    articles: list[tuple[str, ArticleMeta]] = []
    buf: list[str] = []
    for case in all_cases * 3:
        buf.append(case.text)
        if sum(len(t.split()) for t in buf) >= words:
            articles.append(("\n".join(buf), case.meta))
            buf = []
    for text, meta in articles:  # warm: caches of lemmas and matchers
        extract_text(text, meta, lexicon)
    n = 0
    n_words = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    while time.perf_counter() - t0 < seconds:
        for text, meta in articles:
            extract_text(text, meta, lexicon)
            n += 1
            n_words += len(text.split())
    wall = time.perf_counter() - t0
    cpu = time.process_time() - c0
    return {"articles": n, "mean_words": round(n_words / n), "wall_s": round(wall, 2),
            "cpu_s": round(cpu, 2), "articles_per_s": round(n / wall, 1),
            "articles_per_cpu_s": round(n / cpu, 1)}


def main(cfg: BenchConfig, **_: Any) -> tuple[dict[str, Any], str]:
    t0 = time.perf_counter()
    lexicon = Lexicon.build(*rows_from_documents([load_file(SEED)]))
    all_cases = cases()
    by_split, per_case = evaluate(all_cases, lexicon)
    build_s = time.perf_counter() - t0
    n_agree, agree = agreement(all_cases)
    fast = speed(all_cases, lexicon)
    result = {"machine": machine(), "date": dt.date.today().isoformat(),
              "cases": Counter(c.split for c in all_cases)
              + Counter(f"{c.split} ({c.held_round})" for c in all_cases if c.held_round),
              "scores": {k: v.as_dict() for k, v in by_split.items()},
              "per_case": per_case, "speed": fast,
              "agreement": {"cases": n_agree, **agree.as_dict()},
              "setup_and_scoring_s": round(build_s, 2),
              "targets": {"events": "P>=0.85 R>=0.8", "attribution": "P>=0.85 R>=0.8",
                          "speed": ">=20 articles/s of 500 words"}}
    save("extract", result, cfg)
    rows = []
    order = ["test", *sorted(k for k in by_split if k.startswith("test (")), "dev", "seed", "all"]
    for split in order:
        if split not in by_split:
            continue
        s = by_split[split]
        for name in ("actors", "events", "events_loose", "dates", "attribution",
                     "attribution_e2e"):
            t: Tally = getattr(s, name)
            if name == "dates":
                rows.append([split, "dates (of matched events)", t.tp + t.fp,
                             f"accuracy {t.precision:.2f}", ""])
                continue
            rows.append([split, name.replace("_", " "), t.tp + t.fn,
                         f"{t.precision:.2f}", f"{t.recall:.2f}"])
    md = table(["split", "measure", "gold items", "precision", "recall"], rows)
    if n_agree:
        md += (f"\n\nTwo annotators, {n_agree} cases annotated twice independently: events "
               f"P {agree.events.precision:.2f} R {agree.events.recall:.2f}, attribution "
               f"P {agree.attribution.precision:.2f} R {agree.attribution.recall:.2f} "
               "(the second against the gold).")
    md += (f"\n\nSpeed: {fast['articles_per_s']} articles/s (wall), "
           f"{fast['articles_per_cpu_s']} per CPU second, articles of "
           f"~{fast['mean_words']} words, one process.")
    return result, md
