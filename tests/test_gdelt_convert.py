"""GDELT records into extraction Documents: events, claims, evidence, actors (no Neo4j)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from loaders.document import Document, EventType
from loaders.extraction import cross_reference_problems
from loaders.gdelt import GdeltRecord, documents, media_actor, read_gdelt, source_for

DATA = Path(__file__).parent / "data" / "gdelt"
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "gdelt" / "20170701234500.export.sample.CSV"
SEED_ACTORS = DATA / "20241010120000.export.CSV"


def _docs(path: Path, batch_size: int = 1000, language: str = "en") -> list[Document]:
    records = [r for r in read_gdelt(path) if isinstance(r, GdeltRecord)]
    return list(documents(records, batch_size=batch_size, language=language))


def test_batches_hold_every_record_once() -> None:
    docs = _docs(SAMPLE, batch_size=300)
    assert [len(d.events) for d in docs] == [300, 300, 300, 100]
    ids = [e.id for d in docs for e in d.events]
    assert len(ids) == len(set(ids)) == 1000


def test_documents_are_self_contained() -> None:
    """Every reference resolves inside its own batch, as the writer requires."""
    for doc in _docs(SAMPLE, batch_size=250):
        assert cross_reference_problems(doc.model_dump(mode="json")) == []


def test_event_claim_and_evidence_per_record() -> None:
    raw = {int(f[0]): f for f in (line.split("\t") for line in
                                   SAMPLE.read_text(encoding="utf-8").splitlines())}
    (doc,) = _docs(SAMPLE)
    sources = {s.id: s for s in doc.sources}
    claims = {c.event: c for c in doc.claims}
    for event in doc.events:
        fields = raw[int(event.id.removeprefix("gdelt:"))]
        assert event.type == EventType.CODED
        assert event.cameo == fields[26]
        assert event.attributes["event_base_code"] == fields[27]
        assert event.attributes["event_root_code"] == fields[28]
        assert event.date.value == f"{fields[1][:4]}-{fields[1][4:6]}-{fields[1][6:]}"
        assert event.date.precision.value == "day"
        claim = claims[event.id]
        assert claim.certainty.value == "reported"
        (evidence,) = claim.evidence
        source = sources[evidence.source]
        assert source.url == fields[60] == event.attributes["source_url"]
        assert claim.asserted_by == [media_actor(fields[60]).id]
        assert evidence.quote.startswith(f"GDELT event {fields[0]} coded from this article")
        for value in event.attributes.values():
            assert value is None or isinstance(value, str | int | float | bool)


def test_one_participant_when_the_other_side_is_empty() -> None:
    (doc,) = _docs(SEED_ACTORS)
    events = {e.id: e for e in doc.events}
    police = events["gdelt:1190000009"]
    assert [(p.actor, p.role) for p in police.participants] == [("role-police", "actor1")]
    threat = events["gdelt:1190000010"]
    assert [(p.actor, p.role) for p in threat.participants] == [("north-korea", "actor2")]
    both = events["gdelt:1190000001"]
    assert [(p.actor, p.role) for p in both.participants] == [
        ("russia", "actor1"), ("north-korea", "actor2")]
    assert both.summary == "RUSSIA — Consult (040) — NORTH KOREA"


def test_actors_roles_and_states_of_a_batch() -> None:
    (doc,) = _docs(SEED_ACTORS)
    actors = {a.id: a for a in doc.actors}
    assert actors["russia"].identifiers.iso3 == "RUS"
    assert actors["nato"].kind.value == "alliance"
    gov = actors["russia-government"]
    assert (gov.kind.value, gov.country) == ("government_body", "russia")
    roles = {(r.actor, r.type.value, r.of): r for r in doc.roles}
    part = roles[("russia-government", "PART_OF", "russia")]
    assert part.certainty.value == "confirmed"
    assert part.evidence[0].source == "geokg-crosswalk"
    assert ("united-states-military", "PART_OF", "united-states") in roles
    assert len(actors) == len(doc.actors)  # each actor once per batch


def test_source_ids_and_titles() -> None:
    url = "https://www.example.org/a/b?c=1"
    src = source_for(url, "en")
    assert src.id == "gdelt-src:" + hashlib.sha1(url.encode()).hexdigest()[:16]
    assert (src.title, src.kind, src.language) == ("example.org/a/b", "article", "en")
    named = source_for("BBC Monitoring", "en")
    assert (named.url, named.title) == (None, "BBC Monitoring")
    assert media_actor(url).id == "media-example.org"
    assert media_actor("https://WWW.Example.ORG:8080/x").id == "media-example.org"
    assert media_actor("BBC Monitoring").id == "media-bbc-monitoring"


def test_translated_stream_language_is_undetermined() -> None:
    (doc,) = _docs(SEED_ACTORS, language="und")
    assert {s.language for s in doc.sources if s.kind == "article"} == {"und"}
    assert {ev.language for c in doc.claims for ev in c.evidence} == {"en"}
