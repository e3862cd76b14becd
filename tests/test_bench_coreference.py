"""The coreference benchmark: its corpus keeps the truth, and its scores count pairs right."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest

from bench.compare import compare
from bench.coref_corpus import Corpus, corpus
from bench.coreference import NotEmpty, failures, load, pair_scores, score
from graph.db import Database
from graph.text import fold
from loaders.document import Document


def test_pair_scores_by_hand() -> None:
    truth = {"a1": "X", "a2": "X", "b1": "X", "c1": "Y", "d1": "Y"}
    predicted = {"a1": "g1", "a2": "g1", "b1": "g2", "c1": "g2", "d1": "g3"}
    # true pairs: a1-a2, a1-b1, a2-b1, c1-d1; predicted: a1-a2, b1-c1; right: a1-a2
    s = pair_scores(predicted, truth)
    assert (s["pairs_true"], s["pairs_predicted"], s["pairs_both"]) == (4, 2, 1)
    assert (s["precision"], s["recall"]) == (0.5, 0.25)
    assert (s["graph_events"], s["true_events"]) == (3, 2)
    alone = pair_scores({k: k for k in truth}, truth)
    assert (alone["precision"], alone["recall"]) == (None, 0.0)
    with pytest.raises(ValueError, match="d1"):
        pair_scores({k: v for k, v in predicted.items() if k != "d1"}, truth)


def test_pair_scores_equal_counting_every_pair() -> None:
    rng = random.Random(5)
    for _ in range(20):
        ids = [f"e{i}" for i in range(rng.randint(2, 30))]
        truth = {e: rng.choice("ABCD") for e in ids}
        predicted = {e: rng.choice("pqrs") for e in ids}
        pairs = list(itertools.combinations(ids, 2))
        same_true = {p for p in pairs if truth[p[0]] == truth[p[1]]}
        same_pred = {p for p in pairs if predicted[p[0]] == predicted[p[1]]}
        s = pair_scores(predicted, truth)
        assert s["pairs_true"] == len(same_true)
        assert s["pairs_predicted"] == len(same_pred)
        assert s["pairs_both"] == len(same_true & same_pred)


def test_corpus_is_deterministic_and_keeps_the_truth() -> None:
    a, b, other = corpus(600, seed=3), corpus(600, seed=3), corpus(600, seed=4)
    dump = [d.model_dump_json() for d in a.documents]
    assert dump == [d.model_dump_json() for d in b.documents] and a.truth == b.truth
    assert dump != [d.model_dump_json() for d in other.documents]
    assert len(a.documents) == 600
    doc_events = [e.id for d in a.documents for e in d.events]
    assert len(doc_events) == len(set(doc_events)) == len(a.truth)
    assert set(a.truth) == set(doc_events) == set(a.reports)
    per_event: dict[str, int] = {}
    ids_by_doc: list[set[str]] = []
    for doc in a.documents:
        assert 1 <= len(doc.events) <= 4 and len(doc.sources) == 1
        src = doc.sources[0]
        assert src.text is not None and src.published is not None
        prefix = src.id.split("-")[0]
        ids = ({src.id} | {x.id for x in doc.actors} | {x.id for x in doc.agreements}
               | {x.id for x in doc.events} | {x.id for x in doc.claims})
        assert all(i.startswith(prefix + "-") for i in ids)
        ids_by_doc.append(ids)
        truths = [a.truth[e.id] for e in doc.events]
        assert len(truths) == len(set(truths))  # never one true event twice in a document
        names = {x.id: {fold(x.name)} | {fold(al.text) for al in x.aliases}
                 for x in doc.actors}
        for e, c in zip(doc.events, doc.claims, strict=True):
            rep = a.reports[e.id]
            per_event[rep.event.id] = per_event.get(rep.event.id, 0) + 1
            assert c.event == e.id and c.evidence[0].span is not None
            start, end = c.evidence[0].span
            assert src.text[start:end] == c.evidence[0].quote
            published = src.published.start
            assert published is not None
            assert 1 <= (published - rep.event.day).days <= 7
            if e.date.start is not None:  # a given date is the true one, maybe coarser
                assert e.date.last is not None
                assert e.date.start <= rep.event.day <= e.date.last
            # each participant is named so that it resolves to its pool actor
            assert [p.role for p in e.participants] == [r for _, r in rep.participants]
            for p, (key, _) in zip(e.participants, rep.participants, strict=True):
                assert fold(a.actors[key].name) in names[p.actor]
    assert all(not (x & y) for x, y in itertools.combinations(ids_by_doc[:80], 2))
    assert set(per_event.values()) <= set(range(1, 7))
    assert {r.date_form for r in a.reports.values()} == {"day", "month", "none"}
    assert any(r.left_out for r in a.reports.values())
    distractors = [t for t in a.events.values() if t.distractor_of]
    assert distractors
    for t in distractors:
        first = a.events[t.distractor_of or ""]
        assert (t.type, t.participants) == (first.type, first.participants)
        assert abs((t.day - first.day).days) >= 2 and first.precision == t.precision == "day"


def _doc(n: int, published: str, events: list[tuple[str, list[str], str | None]],
         alias: bool = False) -> Document:
    """Document ``n``: meetings of ``(id suffix, state names, date)`` reported by one source."""
    pre = f"h{n}"
    names = sorted({x for _, who, _ in events for x in who})
    actors = [{"id": f"{pre}-{i}", "kind": "state",
               "name": f"{x}ville" if alias else x,
               "aliases": [{"text": x}] if alias else []}
              for i, x in enumerate(names)]
    ids = {x: f"{pre}-{i}" for i, x in enumerate(names)}
    text = " ".join(f"{' and '.join(who)} met." for _, who, _ in events)
    return Document.model_validate({
        "sources": [{"id": f"{pre}-src", "title": "t", "language": "en", "text": text,
                     "published": published}],
        "actors": actors,
        "events": [{"id": f"{pre}-{suffix}", "type": "meeting", "date": date or {},
                    "participants": [{"actor": ids[x], "role": "participant"} for x in who]}
                   for suffix, who, date in events],
        "claims": [{"id": f"{pre}-c{i}", "event": f"{pre}-{suffix}", "certainty": "reported",
                    "evidence": [{"source": f"{pre}-src", "language": "en",
                                  "quote": f"{' and '.join(who)} met."}]}
                   for i, (suffix, who, _) in enumerate(events)],
    })


def _hand_made() -> Corpus:
    docs = [
        _doc(1, "2024-03-07", [("m", ["Zorvia", "Quelland"], "2024-03-05"),
                               ("v", ["Zorvia", "Trasnor"], "2024-03-06")]),
        _doc(2, "2024-03-08", [("m", ["Zorvia", "Quelland"], None)], alias=True),  # undated
        _doc(3, "2024-05-02", [("m", ["Zorvia", "Quelland"], "2024-05-01")]),  # another day
        _doc(4, "2024-03-09", [("m", ["Zorvia", "Quelland", "Trasnor"], "2024-03-05")]),
    ]
    truth = {"h1-m": "X", "h1-v": "V", "h2-m": "X", "h3-m": "Y", "h4-m": "X"}
    return Corpus(docs, truth, {}, {})


def test_hand_made_documents_score_as_worked_out(clean_db: Database) -> None:
    c = _hand_made()
    on = load(clean_db, c, coreference=True, every=0)
    # h2 (undated, published 3 days after) and h4 (a superset, same day) join h1's meeting;
    # h3 (1 May) stays apart
    assert on.predicted == {"h1-m": "h1-m", "h1-v": "h1-v", "h2-m": "h1-m", "h3-m": "h3-m",
                            "h4-m": "h1-m"}
    s = pair_scores(on.predicted, c.truth)
    assert (s["pairs_true"], s["pairs_predicted"], s["pairs_both"]) == (3, 3, 3)
    assert (s["precision"], s["recall"]) == (1.0, 1.0)
    # had the 1 May meeting been the same event, one pair in two would be missed
    wrong = pair_scores(on.predicted, {**c.truth, "h3-m": "X"})
    assert (wrong["precision"], wrong["recall"]) == (1.0, 0.5)
    with pytest.raises(NotEmpty):
        load(clean_db, c, coreference=False)


def test_hand_made_documents_without_coreference_merge_nothing(clean_db: Database) -> None:
    c = _hand_made()
    off = load(clean_db, c, coreference=False, every=0)
    assert off.predicted == {e: e for e in c.truth}
    s = pair_scores(off.predicted, c.truth)
    assert (s["pairs_predicted"], s["precision"], s["recall"]) == (0, None, 0.0)


def test_generated_corpus_end_to_end(db: Database) -> None:
    from tests.conftest import wipe

    c = corpus(40, seed=11)
    wipe(db)
    on = load(db, c, coreference=True, every=0)
    wipe(db)
    off = load(db, c, coreference=False, every=0)
    wipe(db)
    res = score(c, on, off)
    assert res["with"]["decision_targets_not_in_graph"] == 0
    s = res["with"]["scores"]
    assert s["document_events"] == len(c.truth) and s["pairs_true"] > 0
    assert s["pairs_both"] <= min(s["pairs_true"], s["pairs_predicted"])
    assert s["recall"] > 0.5  # the same events reported in several documents do merge
    assert res["without"]["scores"]["pairs_predicted"] == 0
    assert res["without"]["scores"]["graph_events"] == len(c.truth)
    tenths = res["with"]["ms_per_document_by_tenth"]
    assert len(tenths["wall_ms"]) == 10 and tenths["cpu_ms"] is None  # no server pid given
    f = failures(c, on)
    assert f["false_merges"] == sum(row[-1] for row in f["false_merge_patterns"])
    assert f["misses"] == sum(row[-1] for row in f["miss_patterns"])


def test_compare_takes_only_runs_of_the_newest_size(tmp_path: Path) -> None:
    def save(stamp: str, documents: int, ratio: float) -> None:
        (tmp_path / f"coreference-{stamp}.json").write_text(json.dumps(
            {"corpus": {"documents": documents}, "ratio": {"with_over_without": ratio}}))

    save("20261204T000000", 10_000, 1.30)
    save("20261204T010000", 300, 1.10)
    save("20261204T020000", 10_000, 1.28)
    md, ok = compare(["coreference"], tmp_path)
    assert ok
    assert "| 1.3 (2026-12-04 00:00 UTC) | 1.28 (2026-12-04 02:00 UTC) | -2% | yes |" in md
    save("20261204T030000", 300, 1.50)  # +36% from the other 300-document run
    md, ok = compare(["coreference"], tmp_path)
    assert not ok and "| 1.1 (2026-12-04 01:00 UTC) | 1.5 (2026-12-04 03:00 UTC)" in md
