"""GDELT records into the loader's rows: events, claims, evidence, actors (no Neo4j)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from loaders.crosswalk import get_crosswalk
from loaders.document import evidence_id
from loaders.gdelt import (
    ActorCatalog,
    Batch,
    GdeltRecord,
    media_actor,
    read_gdelt,
    source_for,
    source_row,
)

DATA = Path(__file__).parent / "data" / "gdelt"
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "gdelt" / "20170701234500.export.sample.CSV"
SEED_ACTORS = DATA / "20241010120000.export.CSV"


def _batches(path: Path, batch_size: int = 1000, language: str = "en") -> list[Batch]:
    cw = get_crosswalk()
    catalog = ActorCatalog(cw)
    out = [Batch(cw, catalog, language, "20170701234500")]
    for rec in read_gdelt(path):
        if not isinstance(rec, GdeltRecord):
            continue
        if len(out[-1]) >= batch_size:
            out[-1].close()
            out.append(Batch(cw, catalog, language, "20170701234500"))
        out[-1].add(rec)
    out[-1].close()
    return out


def test_batches_hold_every_record_once() -> None:
    batches = _batches(SAMPLE, batch_size=300)
    assert [len(b) for b in batches] == [300, 300, 300, 100]
    ids = [e["id"] for b in batches for e in b.events]
    assert len(ids) == len(set(ids)) == 1000
    assert [len(b.claims) for b in batches] == [300, 300, 300, 100]


def test_each_actor_is_handed_to_the_writer_once_per_load() -> None:
    """A batch names actors of earlier batches by id; only new ones go to the writer."""
    batches = _batches(SAMPLE, batch_size=250)
    handed = [a.id for b in batches if b.new_actors for a in b.new_actors.actors]
    assert len(handed) == len(set(handed))
    named = {p["actor"] for b in batches for p in b.participants}
    named |= {c["asserted_by"][0] for b in batches for c in b.claims}
    assert named <= set(handed)
    first, second = batches[0].new_actors, batches[1].new_actors
    assert first is not None and second is not None  # later batches still meet new outlets
    assert len(second.actors) < len(first.actors)


def test_event_claim_and_evidence_per_record() -> None:
    raw = {int(f[0]): f for f in (line.split("\t") for line in
                                   SAMPLE.read_text(encoding="utf-8").splitlines())}
    (batch,) = _batches(SAMPLE)
    claims = {c["event"]: c for c in batch.claims}
    for event in batch.events:
        fields = raw[int(event["id"].removeprefix("gdelt:"))]
        values, counts = event["values"], event["counts"]
        assert values["type"] == "coded"
        assert values["cameo"] == fields[26]
        assert values["event_base_code"] == fields[27]
        assert values["event_root_code"] == fields[28]
        assert values["date"].isoformat() == f"{fields[1][:4]}-{fields[1][4:6]}-{fields[1][6:]}"
        assert (values["date_precision"], values["date_inferred"]) == ("day", False)
        assert counts == {"num_mentions": int(fields[31]), "num_sources": int(fields[32]),
                          "num_articles": int(fields[33]), "avg_tone": float(fields[34])}
        assert event["file"] == "20170701234500"
        claim = claims[event["id"]]
        assert claim["props"]["certainty"] == "reported"
        evidence = claim["evidence"]
        source = batch.sources[evidence["source"]]
        assert source["props"]["url"] == fields[60] == values["source_url"]
        assert claim["asserted_by"] == [media_actor(fields[60]).id]
        quote = evidence["props"]["quote"]
        assert quote.startswith(f"GDELT event {fields[0]} coded from this article")
        assert claim["evidence_ids"] == [evidence["id"]] == [evidence_id(source["id"], quote)]
        for value in values.values():
            assert value is None or isinstance(value, str | int | float | bool) \
                or hasattr(value, "isoformat")


def test_one_participant_when_the_other_side_is_empty() -> None:
    (batch,) = _batches(SEED_ACTORS)
    parts: dict[str, list[tuple[str, str]]] = {}
    for p in batch.participants:
        parts.setdefault(p["event"], []).append((p["actor"], p["role"]))
    assert parts["gdelt:1190000009"] == [("role-police", "actor1")]
    assert parts["gdelt:1190000010"] == [("north-korea", "actor2")]
    assert parts["gdelt:1190000001"] == [("russia", "actor1"), ("north-korea", "actor2")]
    summary = {e["id"]: e["values"]["summary"] for e in batch.events}
    assert summary["gdelt:1190000001"] == "RUSSIA — Consult (040) — NORTH KOREA"
    pairs = batch.pairs()
    assert "04" in pairs[("russia", "north-korea")]
    assert not any(a == b for a, b in pairs)


def test_mapping_sends_actor_ids_to_the_graphs() -> None:
    (batch,) = _batches(SEED_ACTORS)
    batch.map_actors({"russia": "russia-fed"})
    parts = {(p["event"], p["role"]): p["actor"] for p in batch.participants}
    assert parts[("gdelt:1190000001", "actor1")] == "russia-fed"
    assert ("russia-fed", "north-korea") in batch.pairs()


def test_actors_roles_and_states_of_a_batch() -> None:
    (batch,) = _batches(SEED_ACTORS)
    doc = batch.new_actors
    assert doc is not None
    actors = {a.id: a for a in doc.actors}
    assert actors["russia"].identifiers.iso3 == "RUS"
    assert actors["nato"].kind.value == "alliance"
    gov = actors["russia-government"]
    assert (gov.kind.value, gov.country) == ("government_body", "russia")
    roles = {(r.actor, r.type.value, r.of): r for r in doc.roles}
    part = roles[("russia-government", "PART_OF", "russia")]
    assert part.certainty.value == "confirmed"
    assert part.evidence[0].source == "geokg-crosswalk"
    assert [s.id for s in doc.sources] == ["geokg-crosswalk"]
    assert ("united-states-military", "PART_OF", "united-states") in roles
    assert len(actors) == len(doc.actors)  # each actor once


def test_source_ids_and_titles() -> None:
    url = "https://www.example.org/a/b?c=1"
    src = source_for(url, "en")
    assert src.id == "gdelt-src:" + hashlib.sha1(url.encode()).hexdigest()[:16]
    assert (src.title, src.kind, src.language) == ("example.org/a/b", "article", "en")
    assert source_row(url, "en")["props"]["publisher"] == "example.org"
    named = source_for("BBC Monitoring", "en")
    assert (named.url, named.title) == (None, "BBC Monitoring")
    assert media_actor(url).id == "media-example.org"
    assert media_actor("https://WWW.Example.ORG:8080/x").id == "media-example.org"
    assert media_actor("BBC Monitoring").id == "media-bbc-monitoring"


def test_translated_stream_language_is_undetermined() -> None:
    (batch,) = _batches(SEED_ACTORS, language="und")
    assert {s["props"]["language"] for s in batch.sources.values()} == {"und"}
    assert {c["evidence"]["props"]["language"] for c in batch.claims} == {"en"}


def test_a_repeated_event_id_in_one_batch_keeps_the_first_record(tmp_path: Path) -> None:
    rows = [line.split("\t") for line in SEED_ACTORS.read_text(encoding="utf-8").splitlines()]
    again = list(rows[0])
    again[31] = "99"
    twice = tmp_path / "20241010120000.export.CSV"
    twice.write_text("\n".join("\t".join(f) for f in [rows[0], again, *rows[1:]]) + "\n",
                     encoding="utf-8")
    (batch,) = _batches(twice)
    ids = [e["id"] for e in batch.events]
    assert len(ids) == len(set(ids)) == len(rows)
    first = next(e for e in batch.events if e["id"] == f"gdelt:{rows[0][0]}")
    assert first["counts"]["num_mentions"] == int(rows[0][31])
    claims = [c["id"] for c in batch.claims]
    assert len(claims) == len(set(claims)) == len(rows)
