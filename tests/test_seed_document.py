"""The seed dataset at document level (no Neo4j): valid, quotes exact, every fact traceable.

``data/seed/russia-north-korea.yaml`` is the hand extraction of the Italian article
``data/seed/000_ea82c74684206790.txt``. These tests check what issue 3 requires of it
before anything is loaded: the model validates, every reference resolves, every span
holds its quote, and each fact 1-9 of DOMAIN.md maps to claims with the right
certainty, attribution and Italian evidence.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from loaders.document import (
    EVENT_ROLES,
    Claim,
    Document,
    EventType,
    EvidenceRef,
    MilestoneType,
    Precision,
)

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"
DOC_PATH = SEED / "russia-north-korea.yaml"
ARTICLE_ID = "article-000-ea82c74684206790"
REFERENCE_ID = "geokg-reference"
TREATY = "russia-north-korea-comprehensive-strategic-partnership-treaty"
# SHA-256 of ../shared/seed/000_ea82c74684206790.txt: the copy must be byte-identical.
ARTICLE_SHA256 = "bbfb5ed482c1948e1fe57c2fd6cbe5ad4ac42ba0ed0a734cb9129c1bf95f42f4"

MUST_SHOW_ACTORS = {
    "sergey-lavrov": "person",
    "choe-son-hui": "person",
    "vladimir-putin": "person",
    "volodymyr-zelensky": "person",
    "russia": "state",
    "north-korea": "state",
    "ukraine": "state",
    "united-states": "state",
    "state-duma": "government_body",
    "pentagon": "government_body",
    "nato": "alliance",
    "russia-foreign-ministry": "government_body",
    "western-sources": "group",
}

#: Fact number of DOMAIN.md -> the claims that encode it, the event types they must cover,
#: and an Italian phrase the fact's evidence must contain.
FACTS: dict[int, tuple[set[str], set[str], str]] = {
    1: ({"claim-lavrov-choe-talks", "claim-lavrov-treaty-statement"},
        {"meeting", "statement"}, "ruolo stabilizzante nel continente eurasiatico"),
    2: ({"claim-putin-visit-north-korea", "claim-treaty-signing"},
        {"visit", "signing"}, "firmato il 18 -19 giugno"),
    3: ({"claim-ratification-bill-submission"},
        {"submission"}, "Il 14 ottobre Putin ha presentato alla Duma di Stato"),
    4: ({"claim-cooperation-intensified", "claim-shell-supply"},
        {"cooperation", "supply"}, "fonti occidentali riferiscono"),
    5: ({"claim-north-korean-personnel-assistance"},
        {"military_assistance"}, "stanno presumibilmente aiutando le forze russe"),
    6: ({"claim-north-korean-troops-in-russia", "claim-pentagon-nato-confirmation"},
        {"deployment", "statement"}, "Il Pentagono e la Nato hanno confermato"),
    7: ({"claim-zelensky-appeal-allies"},
        {"appeal"}, "Zelensky esorta gli alleati"),
    8: ({"claim-lavrov-support-pyongyang", "claim-lavrov-accuses-west"},
        {"support", "accusation"}, "pieno sostegno alle azioni di Pyongyang"),
    9: ({"claim-russia-foreign-ministry-statement", "claim-parties-accuse-united-states",
         "claim-russia-reaffirms-support-north-korea"},
        {"statement", "accusation", "support"},
        "azioni provocatorie degli Stati Uniti e dei suoi alleati"),
}


def _fold(text: str) -> str:
    """Accent- and case-folded text, any script kept (the key two aliases must not share)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", stripped.casefold()).strip()


@pytest.fixture(scope="module")
def doc() -> Document:
    """The seed document, validated by the pydantic model."""
    return Document.model_validate(yaml.safe_load(DOC_PATH.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def texts(doc: Document) -> dict[str, str]:
    """Source id -> full text (a ``text_file`` is read relative to the document)."""
    out: dict[str, str] = {}
    for s in doc.sources:
        if s.text_file is not None:
            out[s.id] = (DOC_PATH.parent / s.text_file).read_text(encoding="utf-8")
        elif s.text is not None:
            out[s.id] = s.text
    return out


def _all_evidence(doc: Document) -> Iterator[tuple[str, EvidenceRef]]:
    for r in doc.roles:
        for ev in r.evidence:
            yield r.key, ev
    for g in doc.agreements:
        for ev in g.evidence:
            yield g.id, ev
    for c in doc.claims:
        for ev in c.evidence:
            yield c.id, ev


def test_article_is_an_exact_copy_and_the_source_invents_nothing(doc: Document) -> None:
    raw = (SEED / "000_ea82c74684206790.txt").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == ARTICLE_SHA256
    article = next(s for s in doc.sources if s.id == ARTICLE_ID)
    assert (article.kind, article.language, article.text_file) == (
        "article", "it", "000_ea82c74684206790.txt")
    # The text gives no url, publisher or date: unknown stays unknown.
    assert article.url is None and article.publisher is None and article.published is None
    reference = next(s for s in doc.sources if s.id == REFERENCE_ID)
    assert (reference.kind, reference.language, reference.title) == (
        "reference", "en", "geokg reference data")


def test_every_evidence_span_holds_its_quote(doc: Document, texts: dict[str, str]) -> None:
    checked = 0
    for owner, ev in _all_evidence(doc):
        assert ev.source in texts, f"{owner}: source '{ev.source}' has no text"
        assert ev.span is not None, f"{owner}: evidence without a span"
        start, end = ev.span
        assert texts[ev.source][start:end] == ev.quote, f"{owner}: span {ev.span} is off"
        assert ev.language == ("it" if ev.source == ARTICLE_ID else "en"), owner
        checked += 1
    assert checked >= len(doc.claims)


def test_every_reference_resolves_and_ids_are_unique(doc: Document) -> None:
    actors = {a.id for a in doc.actors}
    events = {e.id for e in doc.events}
    sources = {s.id for s in doc.sources}
    agreements = {g.id for g in doc.agreements}
    for items in (doc.actors, doc.events, doc.claims, doc.sources, doc.agreements):
        ids = [x.id for x in items]
        assert len(ids) == len(set(ids))
    assert {a.country for a in doc.actors if a.country} <= actors
    assert {r.actor for r in doc.roles} | {r.of for r in doc.roles} <= actors
    assert len({r.key for r in doc.roles}) == len(doc.roles)
    for g in doc.agreements:
        assert set(g.parties) <= actors
        assert {m.event for m in g.milestones if m.event} <= events
    for e in doc.events:
        assert {p.actor for p in e.participants} <= actors, e.id
        assert e.agreement is None or e.agreement in agreements, e.id
    for c in doc.claims:
        if c.relation is not None:
            assert {c.relation.source, c.relation.target} <= actors, c.id
        else:
            assert c.event in events, c.id
        assert set(c.asserted_by) <= actors, c.id
    for owner, ev in _all_evidence(doc):
        assert ev.source in sources, owner


def test_no_alias_names_two_actors(doc: Document) -> None:
    owner: dict[str, str] = {}
    for a in doc.actors:
        for text in [a.name, *(al.text for al in a.aliases)]:
            assert owner.setdefault(_fold(text), a.id) == a.id, f"'{text}' names two actors"


def test_must_show_actors_with_kinds_identifiers_and_aliases(doc: Document) -> None:
    by_id = {a.id: a for a in doc.actors}
    for actor_id, kind in MUST_SHOW_ACTORS.items():
        assert by_id[actor_id].kind == kind, actor_id
    for actor_id, iso3, qid in [("russia", "RUS", "Q159"), ("north-korea", "PRK", "Q423"),
                                ("ukraine", "UKR", "Q212"), ("united-states", "USA", "Q30")]:
        ids = by_id[actor_id].identifiers
        assert (ids.iso3, ids.cameo, ids.wikidata) == (iso3, iso3, qid)
    aliases = {al.text: (a.id, al) for a in doc.actors for al in a.aliases}
    for text, actor_id in [("Corea del Nord", "north-korea"), ("DPRK", "north-korea"),
                           ("PRK", "north-korea"), ("Duma di Stato", "state-duma"),
                           ("Pentagono", "pentagon"), ("Stati Uniti", "united-states"),
                           ("fonti occidentali", "western-sources")]:
        assert aliases[text][0] == actor_id
    for metonym, actor_id in [("Pyongyang", "north-korea"), ("Mosca", "russia"),
                              ("Washington", "united-states")]:
        assert aliases[metonym][0] == actor_id
        assert "metonym" in (aliases[metonym][1].note or "")


def test_roles_and_their_dates(doc: Document) -> None:
    roles = {(r.type.value, r.actor, r.of): r for r in doc.roles}
    expected_from = {
        ("FOREIGN_MINISTER_OF", "sergey-lavrov", "russia"): "2004-03-09",
        ("FOREIGN_MINISTER_OF", "choe-son-hui", "north-korea"): "2022-06",
        ("HEAD_OF_STATE_OF", "vladimir-putin", "russia"): "2012-05-07",
        ("HEAD_OF_STATE_OF", "volodymyr-zelensky", "ukraine"): "2019-05-20",
        ("LEGISLATURE_OF", "state-duma", "russia"): None,
        ("PART_OF", "pentagon", "united-states"): None,
        ("MINISTRY_OF", "russia-foreign-ministry", "russia"): None,
        ("MEMBER_OF", "united-states", "nato"): "1949-08-24",
    }
    for key, start in expected_from.items():
        role = roles[key]
        assert (role.valid_from.value if role.valid_from else None) == start, key
        assert role.valid_to is None, key
        assert role.evidence, f"{key}: a role says where it comes from"


def test_treaty_has_two_parties_and_was_signed_in_june_2024(doc: Document) -> None:
    treaty = next(g for g in doc.agreements if g.id == TREATY)
    assert treaty.kind == "treaty"
    assert sorted(treaty.parties) == ["north-korea", "russia"]
    assert len(treaty.provisions) == 3
    milestones = {m.type: m for m in treaty.milestones}
    signed = milestones[MilestoneType.SIGNED]
    assert signed.date.start == dt.date(2024, 6, 18) and signed.date.last == dt.date(2024, 6, 19)
    assert signed.date.precision is Precision.RANGE and signed.date.inferred
    submitted = milestones[MilestoneType.SUBMITTED_FOR_RATIFICATION]
    assert submitted.date.start == dt.date(2024, 10, 14) and submitted.date.inferred
    events = {e.id: e for e in doc.events}
    signing = events[signed.event or ""]
    assert signing.type is EventType.SIGNING and signing.agreement == TREATY
    assert sorted(p.actor for p in signing.participants if p.role == "party") == [
        "north-korea", "russia"]
    submission = events[submitted.event or ""]
    assert submission.type is EventType.SUBMISSION
    assert {(p.actor, p.role) for p in submission.participants} == {
        ("vladimir-putin", "submitter"), ("state-duma", "recipient")}


def test_certainty_and_attribution_of_the_military_claims(doc: Document) -> None:
    claims = {c.id: c for c in doc.claims}
    shells = claims["claim-shell-supply"]
    assert (shells.certainty.value, shells.asserted_by) == ("reported", ["western-sources"])
    personnel = claims["claim-north-korean-personnel-assistance"]
    assert personnel.certainty.value == "alleged"
    troops = claims["claim-north-korean-troops-in-russia"]
    assert troops.certainty.value == "confirmed"
    assert sorted(troops.asserted_by) == ["nato", "pentagon"]
    events = {e.id: e for e in doc.events}
    supply = events[shells.event or ""]
    assert (supply.type, supply.cameo) == (EventType.SUPPLY, "072")
    assert {(p.actor, p.role) for p in supply.participants} == {
        ("north-korea", "supplier"), ("russia", "recipient")}


def _background(claim: Claim) -> bool:
    """A claim resting only on the reference source (background knowledge, in English)."""
    return all(ev.source == REFERENCE_ID for ev in claim.evidence)


def test_every_event_and_claim_has_an_italian_quote(doc: Document) -> None:
    claimed = {c.event for c in doc.claims}
    for e in doc.events:
        assert e.id in claimed, f"event {e.id} has no claim"
        assert {p.role for p in e.participants} <= set(EVENT_ROLES[e.type])
    for c in doc.claims:
        if _background(c):
            assert c.event is None, f"{c.id}: background claims add no article events"
            continue
        assert any(ev.source == ARTICLE_ID and ev.language == "it" and ev.gloss
                   for ev in c.evidence), c.id


def test_background_claims_only_date_what_the_article_says(doc: Document) -> None:
    background = [c for c in doc.claims if _background(c)]
    assert [c.id for c in background] == ["claim-reference-troops-in-russia-dated"]
    rel = background[0].relation
    assert rel is not None and (rel.type, rel.source, rel.target) == (
        "DEPLOYED_TROOPS_TO", "north-korea", "russia")
    assert background[0].certainty == "confirmed"
    assert sorted(background[0].asserted_by) == ["nato", "pentagon"]


def test_unknown_dates_stay_unknown_and_implied_years_are_inferred(doc: Document) -> None:
    events = {e.id: e for e in doc.events}
    assert events["lavrov-choe-talks"].date.precision is Precision.UNKNOWN
    # The article never states a year: every dated event's year is inferred.
    dated = [e for e in doc.events if e.date.value is not None]
    assert {e.id for e in dated} == {"putin-visit-north-korea", "treaty-signing",
                                     "ratification-bill-submission"}
    assert all(e.date.inferred for e in dated)


@pytest.mark.parametrize("fact", sorted(FACTS))
def test_each_fact_of_the_article_is_traceable(doc: Document, fact: int) -> None:
    claim_ids, event_types, phrase = FACTS[fact]
    claims = {c.id: c for c in doc.claims}
    events = {e.id: e for e in doc.events}
    assert claim_ids <= claims.keys()
    assert {events[claims[c].event or ""].type.value for c in claim_ids} == event_types
    quotes = [ev.quote for c in claim_ids for ev in claims[c].evidence]
    assert any(phrase in q for q in quotes), f"fact {fact}: no evidence says '{phrase}'"


def test_every_claim_encodes_some_fact(doc: Document) -> None:
    mapped = set().union(*(ids for ids, _, _ in FACTS.values()))
    assert {c.id for c in doc.claims if not _background(c)} == mapped
