"""The synthetic graph generator: deterministic, valid, the asked size, heavy-tailed."""

from __future__ import annotations

from collections import Counter

import pytest

from bench.generate import SIZES, Generator, generate, relations_for
from loaders.document import Document
from loaders.extraction import cross_reference_problems
from loaders.writer import plan_document

N = 3000


def _docs(relations: int = N, seed: int = 7, chunk: int = 500) -> list[Document]:
    return list(generate(relations, seed=seed, chunk_claims=chunk))


def test_same_seed_same_documents_other_seed_others() -> None:
    a = [d.model_dump_json() for d in _docs()]
    b = [d.model_dump_json() for d in _docs()]
    c = [d.model_dump_json() for d in _docs(seed=8)]
    assert a == b
    assert a != c


def test_documents_pass_full_validation_and_cross_references() -> None:
    docs = _docs()
    # one document holding everything: every reference must resolve inside it
    merged = {
        key: [item for d in docs for item in d.model_dump(mode="json")[key]]
        for key in ("sources", "actors", "roles", "agreements", "events", "claims")
    }
    assert Document.model_validate(merged)  # the models' validators, not model_construct
    assert cross_reference_problems(merged) == []


def test_relation_count_matches_what_the_writer_projects() -> None:
    gen = Generator(N, seed=3, chunk_claims=400)
    docs = list(gen.documents())
    edges = [e for d in docs for e in plan_document(d, {}).edges]
    assert len(edges) == gen.stats.relations
    assert N <= gen.stats.relations < N + 12  # stops at the first claim reaching the target
    assert len({e["key"] for e in edges}) == len(edges)  # no two edges collapse into one
    by_type = Counter(e["type"] for e in edges)
    assert dict(by_type) == dict(gen.stats.relations_by_type)


def test_chunks_hold_at_most_chunk_claims_and_each_event_with_its_claims() -> None:
    docs = _docs(chunk=200)
    assert len(docs) > 5
    for d in docs[1:]:
        assert not d.actors and len(d.claims) <= 201  # a contested event adds its 2nd claim
        event_ids = {e.id for e in d.events}
        assert all(c.event in event_ids for c in d.claims if c.event is not None)


def test_degrees_are_heavy_tailed() -> None:
    docs = _docs(relations=20_000)
    ref = docs[0]
    events = [e for d in docs[1:] for e in d.events]
    touched: Counter[str] = Counter()
    for e in events:
        for actor in {p.actor for p in e.participants}:
            touched[actor] += 1
    top = max(1, len(ref.actors) // 100)
    hubs = {a for a, _ in touched.most_common(top)}
    share = sum(1 for e in events if hubs & {p.actor for p in e.participants}) / len(events)
    # a uniform draw would give the top 1% of actors about 2-3% of events
    assert share > 0.3, share
    counts = sorted(touched.values(), reverse=True)
    median = counts[len(counts) // 2]
    assert counts[0] > 50 * median


def test_contested_events_and_certainty_mix() -> None:
    docs = _docs()
    claims = [c for d in docs for c in d.claims]
    per_event = Counter(c.event for c in claims if c.event is not None)
    assert any(n == 2 for n in per_event.values())
    assert {c.certainty.value for c in claims} == {"confirmed", "reported", "alleged", "denied"}
    assert any(c.relation is not None for c in claims)
    assert any(c.asserted_by for c in claims)
    assert {ev.source for c in claims for ev in c.evidence} == {s.id for s in docs[0].sources}


def test_sizes_and_bad_sizes() -> None:
    assert relations_for("medium") == SIZES["medium"] == 100_000
    assert relations_for("5000") == 5000
    with pytest.raises(ValueError, match="unknown size 'huge'"):
        relations_for("huge")
    with pytest.raises(ValueError, match="at least 100"):
        Generator(10)
