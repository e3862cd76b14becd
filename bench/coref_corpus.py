"""A seeded corpus of news documents that report the same real-world events, with the truth.

``corpus(documents, seed)`` draws a set of *true* events, then writes ``documents``
extraction ``Document`` objects, each one outlet's report of 1-4 of them, and keeps, beside
the documents, which true event each document event reports (``Corpus.truth``).

The world:

- a pool of actors (states with ISO3 codes the crosswalk does not know, people,
  organisations), each with a canonical name and one alias (a state's capital, a person's
  initial and surname, an organisation's acronym); popularity is Zipf-like (the ranks of
  bench/generate.py), so a few hub actors take part in many events;
- true events of the usual types (meeting, visit, signing, deployment, supply, statement,
  accusation, ...) from 2021 on, over ``DAYS_PER_DOCUMENT`` days per document (10,000
  documents: 2021-2024), known to the day (most), to the month, or with no known date;
  signings concern an agreement of their own (parties, name, kind);
- *distractors*: a share of true events repeat an earlier one's type and participants
  (the same roles) on another known day, 2-180 days away: distinct events that must stay
  apart.

The documents: each true event is reported by 1-6 documents; a document reports the
events whose reports fall on its days (reports sorted by publication date), never one
event twice. Each document has its own ids for everything (source, actors, agreements,
events, claims), its own Source (an outlet, a published date 1-5 days after the event, a
text of one sentence per event) and one claim per event quoting its sentence (with the
span). Reports vary as real ones do:

- a participant left out (events of three participants or more, ``LEAVE_OUT_SHARE``);
- the date at month precision, or missing (the document's published date then falls
  within the coreference window after the event);
- actors named by their canonical name or their alias (with the canonical name as an
  alias, as an extractor's linker gives it), states with or without their ISO3 code,
  agreements by their name or its reordered form ("Treaty of X" / "X Treaty").

Same ``documents`` and ``seed``: the same documents and truth, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

from bench.generate import SYLLABLES, ZIPF_S, _Pool
from graph.schema import ActorKind, Certainty
from graph.text import fold
from loaders.crosswalk import get_crosswalk
from loaders.document import (
    Actor,
    Agreement,
    Alias,
    Claim,
    DateSpec,
    Document,
    Event,
    EventType,
    EvidenceRef,
    Identifiers,
    Milestone,
    MilestoneType,
    Participant,
    Source,
)

DEFAULT_DOCUMENTS = 10_000
N_STATES, N_PEOPLE, N_ORGS = 150, 450, 100
FIRST_DAY = dt.date(2021, 1, 1)
#: News density: the corpus spans this many days per document (10,000 documents: the four
#: years 2021-2024), so a small corpus is a shorter slice of the same stream, not a
#: sparser one (whose documents would group reports weeks apart).
DAYS_PER_DOCUMENT = 1461 / 10_000

#: (event type, share of true events); state-only types draw states.
TYPE_MIX: tuple[tuple[EventType, float], ...] = (
    (EventType.MEETING, 0.24), (EventType.STATEMENT, 0.14), (EventType.VISIT, 0.10),
    (EventType.ACCUSATION, 0.09), (EventType.SUPPORT, 0.06), (EventType.APPEAL, 0.04),
    (EventType.SUPPLY, 0.07), (EventType.DEPLOYMENT, 0.06), (EventType.SIGNING, 0.07),
    (EventType.COOPERATION, 0.05), (EventType.MILITARY_ASSISTANCE, 0.04),
    (EventType.SUBMISSION, 0.04),
)
STATE_ONLY = frozenset({EventType.SUPPLY, EventType.DEPLOYMENT, EventType.SIGNING,
                        EventType.COOPERATION, EventType.MILITARY_ASSISTANCE})
PAIR_ROLES: dict[EventType, tuple[str, str]] = {
    EventType.VISIT: ("visitor", "host"), EventType.SUPPORT: ("supporter", "supported"),
    EventType.ACCUSATION: ("accuser", "accused"), EventType.APPEAL: ("appellant", "addressee"),
    EventType.SUPPLY: ("supplier", "recipient"), EventType.DEPLOYMENT: ("sender", "host"),
    EventType.MILITARY_ASSISTANCE: ("provider", "recipient"),
    EventType.SUBMISSION: ("submitter", "recipient"),
}
VERBS: dict[EventType, str] = {
    EventType.MEETING: "met", EventType.STATEMENT: "spoke about", EventType.VISIT: "visited",
    EventType.SUPPORT: "expressed support for", EventType.ACCUSATION: "accused",
    EventType.APPEAL: "appealed to", EventType.SUPPLY: "supplied arms to",
    EventType.DEPLOYMENT: "deployed troops to",
    EventType.MILITARY_ASSISTANCE: "sent military personnel to",
    EventType.COOPERATION: "agreed to cooperate with", EventType.SIGNING: "signed",
    EventType.SUBMISSION: "submitted a text to",
}

REPORTS_PER_EVENT = ((1, 0.35), (2, 0.22), (3, 0.15), (4, 0.12), (5, 0.09), (6, 0.07))
EVENTS_PER_DOCUMENT = ((1, 0.35), (2, 0.30), (3, 0.20), (4, 0.15))
TRUE_PRECISION = (("day", 0.80), ("month", 0.12), ("unknown", 0.08))
#: how a report gives the date, by what is known of it
REPORTED_DATE = {"day": (("day", 0.70), ("month", 0.15), ("none", 0.15)),
                 "month": (("month", 0.80), ("none", 0.20)), "unknown": (("none", 1.0),)}
DISTRACTOR_SHARE = 0.15
DISTRACTOR_DAYS = (2, 180)
LEAVE_OUT_SHARE = 0.25
ALIAS_SHARE = 0.30  # a document names an actor by its alias
ISO3_SHARE = 0.50  # a document gives a state's ISO3 code
PUBLISHED_AFTER = (1, 5)  # days between the event and a report's publication
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
OUTLETS = ("Agence Nord", "Eastern Wire", "Global Dispatch", "Harbour Times",
           "Meridian Post", "Pacific Ledger", "Capital Courier", "Daily Sentinel",
           "Frontier News", "Union Herald", "Coastal Record", "Summit Press")


@dataclass(frozen=True)
class PoolActor:
    key: str
    kind: ActorKind
    name: str
    alias: str
    iso3: str | None = None


AgreementKind = Literal["treaty", "agreement", "memorandum", "partnership"]
AGREEMENT_KINDS: tuple[AgreementKind, ...] = ("treaty", "agreement", "memorandum", "partnership")


@dataclass(frozen=True)
class PoolAgreement:
    name: str
    alias: str
    kind: AgreementKind
    parties: tuple[str, ...]


@dataclass(frozen=True)
class TrueEvent:
    """A real-world event: what reports of it describe, and when it happened."""

    id: str
    type: EventType
    participants: tuple[tuple[str, str], ...]  # (pool actor key, role)
    day: dt.date  # when it happened (reports may not know it)
    precision: str  # what any report can know: day | month | unknown
    agreement: PoolAgreement | None = None
    distractor_of: str | None = None  # the earlier event it repeats (same type, actors)

    @property
    def actor_set(self) -> frozenset[str]:
        return frozenset(a for a, _ in self.participants)


@dataclass(frozen=True)
class Report:
    """One document's account of a true event."""

    event: TrueEvent
    participants: tuple[tuple[str, str], ...]
    date_form: str  # day | month | none
    published: dt.date

    @property
    def left_out(self) -> bool:
        return len(self.participants) < len(self.event.participants)


@dataclass
class Corpus:
    """The documents, in load order, and the truth beside them."""

    documents: list[Document]
    truth: dict[str, str]  # document event id -> true event id
    reports: dict[str, Report]  # document event id -> what it reports and how
    events: dict[str, TrueEvent]
    actors: dict[str, PoolActor] = field(default_factory=dict)  # the pool, by key
    stats: dict[str, Any] = field(default_factory=dict)


class _Draw:
    """Weighted draws and unique names from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.keys: set[str] = set()

    def weighted(self, table: tuple[tuple[Any, float], ...]) -> Any:
        return self.rng.choices([row[0] for row in table], [row[1] for row in table])[0]

    def word(self, lo: int, hi: int) -> str:
        n = self.rng.randint(lo, hi)
        return "".join(self.rng.choice(SYLLABLES) for _ in range(n)).capitalize()

    def claim(self, *texts: str) -> bool:
        """Take ``texts`` as names when no earlier name folds to the same key as one."""
        keys = {fold(t) for t in texts}
        if len(keys) < len(texts) or keys & self.keys:
            return False
        self.keys |= keys
        return True


def _state_name(d: _Draw) -> tuple[str, str]:
    suffix = d.rng.choice(("ia", "stan", "land", "a", "or"))
    return d.word(2, 3) + suffix, d.word(2, 3) + d.rng.choice(("grad", "ville", "abad"))


def _person_name(d: _Draw) -> tuple[str, str]:
    first, last = d.word(1, 2), d.word(2, 3)
    return f"{first} {last}", f"{first[0]}. {last}"


def _org_name(d: _Draw) -> tuple[str, str]:
    kind = d.rng.choice(("Institute", "Council", "Front", "Agency"))
    acronym = "".join(d.rng.choice(LETTERS) for _ in range(4))
    return f"{d.word(2, 3)} {kind}", acronym


def _pool(d: _Draw) -> tuple[list[PoolActor], _Pool, _Pool, _Pool]:
    """The actors; Zipf pools over all of them, over the states, and over the people."""
    cw = get_crosswalk()
    rng = d.rng
    actors: list[PoolActor] = []
    codes: set[str] = set()
    for kind, count, make in ((ActorKind.STATE, N_STATES, _state_name),
                              (ActorKind.PERSON, N_PEOPLE, _person_name),
                              (ActorKind.ORGANIZATION, N_ORGS, _org_name)):
        for i in range(count):
            iso3 = None
            if kind is ActorKind.STATE:
                while iso3 is None or iso3 in codes or cw.state(iso3) or iso3 in cw.groups:
                    iso3 = "".join(rng.choice(LETTERS) for _ in range(3))
                codes.add(iso3)
            while True:  # names no real state or group has (the crosswalk would claim them)
                name, alias = make(d)
                probes = [Actor(id="probe", kind=kind, name=x,
                                identifiers=Identifiers(iso3=iso3)) for x in (name, alias)]
                if (all(cw.canonical_id(a) is None for a in probes)
                        and d.claim(name, alias)):
                    break
            actors.append(PoolActor(f"{kind.value[0]}{i:03d}", kind, name, alias, iso3))
    # a weighted random permutation: states tend to the top (hub) ranks, as in the news
    weight = {ActorKind.STATE: 3.0, ActorKind.PERSON: 1.0, ActorKind.ORGANIZATION: 1.0}
    keyed = sorted(((rng.random() ** (1.0 / weight[a.kind]), a.key) for a in actors),
                   reverse=True)
    ranked = [key for _, key in keyed]
    kinds = {a.key: a.kind for a in actors}
    return (actors, _Pool.of(ranked, ZIPF_S),
            _Pool.of([k for k in ranked if kinds[k] is ActorKind.STATE], ZIPF_S),
            _Pool.of([k for k in ranked if kinds[k] is ActorKind.PERSON], ZIPF_S))


def _fresh_event(d: _Draw, n: int, pools: tuple[_Pool, _Pool, _Pool], last: dt.date
                 ) -> TrueEvent:
    rng = d.rng
    any_pool, states, people = pools
    etype: EventType = d.weighted(TYPE_MIX)
    pool = states if etype in STATE_ONLY else any_pool
    agreement = None
    parts: list[tuple[str, str]]
    if etype in (EventType.MEETING, EventType.COOPERATION):
        k = d.weighted(((2, 0.6), (3, 0.3), (4, 0.1)))
        role = "participant" if etype is EventType.MEETING else "partner"
        parts = [(a, role) for a in pool.draw(rng, k)]
    elif etype is EventType.SIGNING:
        parties = tuple(pool.draw(rng, d.weighted(((2, 0.7), (3, 0.3)))))
        base = d.word(2, 3)
        while not d.claim(f"{base} agreement"):
            base = d.word(2, 3)
        kind: AgreementKind = rng.choice(AGREEMENT_KINDS)
        label = kind.capitalize()
        agreement = PoolAgreement(f"{label} of {base}", f"{base} {label}", kind, parties)
        parts = [(a, "party") for a in parties] + [(people.one(rng), "signatory")]
    elif etype is EventType.STATEMENT:
        who = pool.draw(rng, 3 if rng.random() < 0.3 else 2)
        parts = [(who[0], "speaker"), (who[1], "subject")]
        parts += [(who[2], "addressee")] if len(who) > 2 else []
    else:
        src, tgt = PAIR_ROLES[etype]
        a, b = pool.draw(rng, 2)
        parts = [(a, src), (b, tgt)]
    day = FIRST_DAY + dt.timedelta(days=rng.randint(0, (last - FIRST_DAY).days))
    return TrueEvent(f"t{n:06d}", etype, tuple(parts), day, d.weighted(TRUE_PRECISION),
                     agreement)


def _distractor(d: _Draw, n: int, of: TrueEvent, last: dt.date) -> TrueEvent | None:
    """The same type and participants on another day, ``DISTRACTOR_DAYS`` away (None when
    that day falls outside the corpus's span)."""
    lo, hi = DISTRACTOR_DAYS
    day = of.day + dt.timedelta(days=d.rng.choice((-1, 1)) * d.rng.randint(lo, hi))
    if not FIRST_DAY <= day <= last:
        return None
    return TrueEvent(f"t{n:06d}", of.type, of.participants, day, "day", None, of.id)


def _reports(d: _Draw, ev: TrueEvent, k: int) -> list[Report]:
    rng = d.rng
    out = []
    for _ in range(k):
        parts = ev.participants
        if len(parts) >= 3 and rng.random() < LEAVE_OUT_SHARE:
            drop = rng.randrange(1, len(parts))  # never the first (the lead actor)
            parts = parts[:drop] + parts[drop + 1:]
        form = d.weighted(REPORTED_DATE[ev.precision])
        published = ev.day + dt.timedelta(days=rng.randint(*PUBLISHED_AFTER))
        out.append(Report(ev, parts, form, published))
    return out


def _documents_of(d: _Draw, reports: list[Report], sizes: list[int]) -> list[list[Report]]:
    """Reports grouped into documents in publication order, one report per event each."""
    order = sorted(reports, key=lambda r: (r.published, d.rng.random()))
    groups: list[list[Report]] = []
    pending: list[Report] = []
    i = 0
    for size in sizes:
        group: list[Report] = []
        seen: set[str] = set()
        queue = pending
        pending = []
        while len(group) < size and (queue or i < len(order)):
            if queue:
                r = queue.pop(0)
            else:
                r, i = order[i], i + 1
            if r.event.id in seen:
                pending.append(r)
            else:
                seen.add(r.event.id)
                group.append(r)
        pending = queue + pending
        groups.append(group)
    # reports still waiting at the end (a rare repeat in the last documents) are dropped:
    # their events keep their other reports
    return [g for g in groups if g]


def _date_spec(r: Report) -> DateSpec:
    if r.date_form == "day":
        return DateSpec(value=r.event.day.isoformat())
    if r.date_form == "month":
        return DateSpec(value=r.event.day.strftime("%Y-%m"))
    return DateSpec()


def _date_phrase(r: Report) -> str:
    if r.date_form == "day":
        return f" on {r.event.day.day} {r.event.day.strftime('%B %Y')}"
    if r.date_form == "month":
        return f" in {r.event.day.strftime('%B %Y')}"
    return ""


def _document(d: _Draw, n: int, group: list[Report], actors: dict[str, PoolActor]
              ) -> tuple[Document, dict[str, Report]]:
    """Document number ``n``: one outlet's report of the events of ``group``."""
    rng = d.rng
    doc = f"d{n:05d}"
    published = max(r.published for r in group)
    outlet = rng.choice(OUTLETS)
    doc_actors: dict[str, Actor] = {}
    surface: dict[str, str] = {}

    def actor(key: str) -> str:
        if key not in doc_actors:
            a = actors[key]
            alias = rng.random() < ALIAS_SHARE
            name = a.alias if alias else a.name
            iso3 = a.iso3 if a.iso3 and rng.random() < ISO3_SHARE else None
            doc_actors[key] = Actor(
                id=f"{doc}-a{len(doc_actors) + 1}", kind=a.kind, name=name,
                aliases=[Alias(text=a.name)] if alias else [],
                identifiers=Identifiers(iso3=iso3))
            surface[key] = name
        return doc_actors[key].id

    source_id = f"{doc}-src"
    text = f"{outlet}, {published.isoformat()}."
    events: list[Event] = []
    claims: list[Claim] = []
    agreements: list[Agreement] = []
    refs: dict[str, Report] = {}
    for k, r in enumerate(group, start=1):
        ev = r.event
        eid = f"{doc}-e{k}"
        parts = [Participant(actor=actor(a), role=role) for a, role in r.participants]
        agreement_id = None
        names = [surface[a] for a, _ in r.participants]
        if ev.agreement is not None:
            g = ev.agreement
            agreement_id = f"{doc}-g{len(agreements) + 1}"
            g_name = g.alias if rng.random() < ALIAS_SHARE else g.name
            agreements.append(Agreement(
                id=agreement_id, name=g_name, kind=g.kind,
                parties=[actor(p) for p in g.parties],
                milestones=[Milestone(type=MilestoneType.SIGNED, date=_date_spec(r))]))
            sentence = (f"{names[0]} signed the {g_name} with {', '.join(names[1:])}"
                        f"{_date_phrase(r)}.")
        else:
            sentence = f"{names[0]} {VERBS[ev.type]} {', '.join(names[1:])}{_date_phrase(r)}."
        start = len(text) + 1
        text = f"{text} {sentence}"
        events.append(Event(id=eid, type=ev.type, date=_date_spec(r), participants=parts,
                            agreement=agreement_id, summary=sentence))
        claims.append(Claim(
            id=f"{doc}-c{k}", event=eid,
            certainty=Certainty.CONFIRMED if rng.random() < 0.5 else Certainty.REPORTED,
            evidence=[EvidenceRef(source=source_id, quote=sentence, language="en",
                                  span=(start, start + len(sentence)))]))
        refs[eid] = r
    source = Source(id=source_id, title=f"{outlet}: {events[0].summary}",
                    url=f"https://news.example/{outlet.lower().replace(' ', '-')}/{doc}",
                    language="en", publisher=outlet,
                    published=DateSpec(value=published.isoformat()), text=text)
    document = Document(sources=[source], actors=list(doc_actors.values()),
                        agreements=agreements, events=events, claims=claims)
    return document, refs


def corpus(documents: int = DEFAULT_DOCUMENTS, seed: int = 42) -> Corpus:
    """``documents`` documents reporting shared true events, with the truth.

    Raises ValueError for fewer than one document.
    """
    if documents < 1:
        raise ValueError(f"documents={documents}: ask for at least 1")
    d = _Draw(seed)
    last = FIRST_DAY + dt.timedelta(days=max(0, round(documents * DAYS_PER_DOCUMENT) - 1))
    pool_actors, any_pool, states, people = _pool(d)
    sizes = [d.weighted(EVENTS_PER_DOCUMENT) for _ in range(documents)]
    wanted = sum(sizes)
    events: dict[str, TrueEvent] = {}
    reports: list[Report] = []
    eligible: list[TrueEvent] = []  # what a distractor may repeat
    while len(reports) < wanted:
        n = len(events)
        ev = None
        if eligible and d.rng.random() < DISTRACTOR_SHARE:
            ev = _distractor(d, n, d.rng.choice(eligible), last)
        if ev is None:
            ev = _fresh_event(d, n, (any_pool, states, people), last)
        events[ev.id] = ev
        if ev.precision == "day" and ev.agreement is None:
            eligible.append(ev)
        k = min(d.weighted(REPORTS_PER_EVENT), wanted - len(reports))
        reports += _reports(d, ev, k)
    groups = _documents_of(d, reports, sizes)
    by_key = {a.key: a for a in pool_actors}
    docs: list[Document] = []
    refs: dict[str, Report] = {}
    for n, group in enumerate(groups):
        doc, doc_refs = _document(d, n, group, by_key)
        docs.append(doc)
        refs.update(doc_refs)
    truth = {eid: r.event.id for eid, r in refs.items()}
    summary = stats(events, refs, len(docs))
    summary["reports_dropped_at_end"] = len(reports) - len(refs)
    summary["span"] = f"{FIRST_DAY.isoformat()}/{last.isoformat()}"
    summary["max_days_report_to_document"] = max(
        (dt.date.fromisoformat(str(doc.sources[0].published.value)) - refs[e.id].published).days
        for doc in docs for e in doc.events if doc.sources[0].published is not None)
    return Corpus(docs, truth, refs, events, by_key, summary)


def twins(events: dict[str, TrueEvent], window_days: int = 30) -> int:
    """Pairs of distinct true events with the same type and actors whose days are within
    ``window_days`` of each other: pairs no date rule can always tell apart."""
    by_key: dict[tuple[str, frozenset[str]], list[dt.date]] = {}
    for ev in events.values():
        by_key.setdefault((ev.type.value, ev.actor_set), []).append(ev.day)
    count = 0
    for days in by_key.values():
        days.sort()
        for i, day in enumerate(days):
            for later in days[i + 1:]:
                if (later - day).days > window_days:
                    break
                count += 1
    return count


def stats(events: dict[str, TrueEvent], refs: dict[str, Report], documents: int
          ) -> dict[str, Any]:
    """What the corpus holds: counts by type, reports by variation, repeats."""
    per_event = Counter(r.event.id for r in refs.values())
    same = Counter((ev.type.value, ev.actor_set) for ev in events.values())
    return {
        "documents": documents,
        "document_events": len(refs),
        "true_events": len(events),
        "reported_events": len(per_event),
        "reports_per_event": dict(sorted(Counter(per_event.values()).items())),
        "events_by_type": dict(Counter(ev.type.value for ev in events.values())
                               .most_common()),
        "true_precision": dict(Counter(ev.precision for ev in events.values())),
        "distractors": sum(ev.distractor_of is not None for ev in events.values()),
        "events_sharing_type_and_actors": sum(c for c in same.values() if c > 1),
        "twin_pairs_within_30_days": twins(events),
        "report_date_forms": dict(Counter(r.date_form for r in refs.values())),
        "reports_with_participant_left_out": sum(r.left_out for r in refs.values()),
    }
