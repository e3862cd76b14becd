"""A seeded, deterministic synthetic geopolitical graph in the extraction format.

``generate(relations, seed)`` yields extraction ``Document`` objects: first one *reference*
document (sources, ~200 states with ISO-3166-like codes, their leaders, ministries and
legislatures, alliances, treaties, extra people / organisations / groups / media, and their
roles), then *chunks* of events with their claims (about ``chunk_claims`` claims each), so
a million relations never sit in memory as one pydantic object. Chunks reference actors and
sources of the reference document, which the writer has already stored.

Degrees are heavy-tailed as in real news: every actor gets a rank from a weighted random
permutation (states first, then leaders), and participants are drawn with Zipf weights
``1 / rank**s``, so a few hub states take part in a large share of events.

A "relation" is one actor–actor edge the writer creates: a role, or one projection of a
claim (a meeting of three participants reported by one claim gives three ``MET_WITH``
edges). Generation stops at the first claim that reaches the asked number, so the total is
the target plus at most a handful.

Same ``relations``, ``seed`` and ``chunk_claims``: same documents, byte for byte.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from math import comb
from typing import Any

from graph.schema import ActorKind, Certainty, RelationType, RoleType
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
    RelationClaimTarget,
    Role,
    Source,
)

#: Named sizes: the number of actor–actor relations they produce.
SIZES: dict[str, int] = {"small": 10_000, "medium": 100_000, "large": 1_000_000}

N_STATES = 200
N_ALLIANCES = 16
N_AGREEMENTS = 300
ZIPF_S = 1.0
DEFAULT_SEED = 42
DEFAULT_CHUNK_CLAIMS = 20_000

SOURCE_LANGUAGES = ("it", "en", "fr", "ru", "de", "es", "ar", "zh", "ja", "pt", "tr", "ko")

#: (event type, share of events, CAMEO code). Types that move arms or troops, sign or
#: cooperate draw from states and alliances only.
EVENT_MIX: tuple[tuple[EventType, float, str], ...] = (
    (EventType.MEETING, 0.25, "040"),
    (EventType.STATEMENT, 0.18, "010"),
    (EventType.VISIT, 0.10, "042"),
    (EventType.SUPPORT, 0.08, "051"),
    (EventType.ACCUSATION, 0.08, "112"),
    (EventType.APPEAL, 0.05, "020"),
    (EventType.SUPPLY, 0.06, "072"),
    (EventType.DEPLOYMENT, 0.04, "154"),
    (EventType.MILITARY_ASSISTANCE, 0.03, "074"),
    (EventType.COOPERATION, 0.06, "060"),
    (EventType.SIGNING, 0.04, "057"),
    (EventType.SUBMISSION, 0.03, "030"),
)
STATE_ONLY = {EventType.SUPPLY, EventType.DEPLOYMENT, EventType.MILITARY_ASSISTANCE,
              EventType.COOPERATION, EventType.SIGNING}

#: (source role, target role) of the one-to-one event types.
PAIR_ROLES: dict[EventType, tuple[str, str]] = {
    EventType.VISIT: ("visitor", "host"),
    EventType.SUPPORT: ("supporter", "supported"),
    EventType.ACCUSATION: ("accuser", "accused"),
    EventType.APPEAL: ("appellant", "addressee"),
    EventType.SUPPLY: ("supplier", "recipient"),
    EventType.DEPLOYMENT: ("sender", "host"),
    EventType.MILITARY_ASSISTANCE: ("provider", "recipient"),
    EventType.SUBMISSION: ("submitter", "recipient"),
}
VERBS: dict[EventType, str] = {
    EventType.MEETING: "met", EventType.STATEMENT: "spoke about",
    EventType.VISIT: "visited", EventType.SUPPORT: "expressed support for",
    EventType.ACCUSATION: "accused", EventType.APPEAL: "appealed to",
    EventType.SUPPLY: "supplied arms to", EventType.DEPLOYMENT: "deployed troops to",
    EventType.MILITARY_ASSISTANCE: "sent military personnel to",
    EventType.COOPERATION: "agreed to cooperate with",
    EventType.SIGNING: "signed an agreement with",
    EventType.SUBMISSION: "submitted a text to",
}

CERTAINTY_MIX: tuple[tuple[Certainty, float], ...] = (
    (Certainty.CONFIRMED, 0.40), (Certainty.REPORTED, 0.35),
    (Certainty.ALLEGED, 0.15), (Certainty.DENIED, 0.10),
)
EXTRA_KINDS: tuple[tuple[ActorKind, float], ...] = (
    (ActorKind.PERSON, 0.55), (ActorKind.ORGANIZATION, 0.2),
    (ActorKind.GROUP, 0.15), (ActorKind.MEDIA, 0.1),
)
CONTESTED_SHARE = 0.08  # events with a second, contradicting claim (parallel edges)
RELATION_CLAIM_SHARE = 0.10  # claims about a bare relation, without an event
RELATION_CLAIM_TYPES = tuple(t for t in RelationType if t is not RelationType.INTERACTED_WITH)

SYLLABLES = ("ka", "lo", "ri", "ta", "ne", "mo", "sa", "vi", "du", "ren", "bar", "tel", "os",
             "an", "ul", "mir", "zan", "pol", "ex", "gor", "li", "va", "to", "shi", "em")
FIRST_DAY = dt.date(2000, 1, 1).toordinal()
LAST_DAY = dt.date(2025, 12, 31).toordinal()


_CUM: dict[tuple[tuple[Any, ...], ...], list[float]] = {}


def _weighted(rng: random.Random, table: Sequence[tuple[Any, ...]]) -> tuple[Any, ...]:
    """One row of ``table``, drawn with the weight in each row's second column."""
    cum = _CUM.get(tuple(table))
    if cum is None:
        cum = _CUM[tuple(table)] = list(itertools.accumulate(row[1] for row in table))
    return table[bisect.bisect(cum, rng.random() * cum[-1])]


def relations_for(size: str | int) -> int:
    """The number of relations of a named size (``small``...) or of an explicit count.

    Raises ValueError naming the accepted sizes when ``size`` is neither.
    """
    if isinstance(size, int) or (isinstance(size, str) and size.isdigit()):
        n = int(size)
        if n < 100:
            raise ValueError(f"size {n}: ask for at least 100 relations")
        return n
    try:
        return SIZES[size]
    except KeyError:
        raise ValueError(f"unknown size '{size}': use {', '.join(SIZES)} or a number") from None


@dataclass
class GenStats:
    """What was generated: counts per kind, relations per type, participations per actor."""

    actors: int = 0
    roles: int = 0
    agreements: int = 0
    sources: int = 0
    events: int = 0
    claims: int = 0
    evidence: int = 0
    relations: int = 0
    documents: int = 0
    relations_by_type: Counter[str] = field(default_factory=Counter)
    events_by_actor: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, object]:
        return {"actors": self.actors, "roles": self.roles, "agreements": self.agreements,
                "sources": self.sources, "events": self.events, "claims": self.claims,
                "evidence": self.evidence, "relations": self.relations,
                "documents": self.documents,
                "relations_by_type": dict(sorted(self.relations_by_type.items()))}


@dataclass
class _Pool:
    """Actors in Zipf rank order with their cumulative weights."""

    ids: list[str]
    cum: list[float]

    @classmethod
    def of(cls, ids: Sequence[str], s: float = ZIPF_S) -> _Pool:
        cum = list(itertools.accumulate(1.0 / (i + 1) ** s for i in range(len(ids))))
        return cls(list(ids), cum)

    def one(self, rng: random.Random) -> str:
        # bisect on precomputed cumulative weights: random.choices re-checks them per call
        return self.ids[min(bisect.bisect(self.cum, rng.random() * self.cum[-1]),
                            len(self.ids) - 1)]

    def draw(self, rng: random.Random, k: int, exclude: Sequence[str] = ()) -> list[str]:
        """``k`` distinct actors (fewer only if the pool is too small)."""
        out: list[str] = []
        seen = set(exclude)
        for _ in range(20 * k):
            a = self.one(rng)
            if a not in seen:
                seen.add(a)
                out.append(a)
                if len(out) == k:
                    break
        return out


class Generator:
    """Produces the documents of one synthetic graph; ``stats`` fills in as they are made."""

    def __init__(self, relations: int, seed: int = DEFAULT_SEED,
                 chunk_claims: int = DEFAULT_CHUNK_CLAIMS) -> None:
        if relations < 100:
            raise ValueError(f"relations={relations}: ask for at least 100")
        if chunk_claims < 1:
            raise ValueError(f"chunk_claims={chunk_claims}: must be at least 1")
        self.target = relations
        self.seed = seed
        self.chunk_claims = chunk_claims
        self.rng = random.Random(seed)
        self.stats = GenStats()
        self.names: dict[str, str] = {}
        self._used_names: set[str] = set()
        # people, organisations, groups and media beyond the states' own institutions
        self.n_extra = max(200, relations // 50)

    # --- names and dates -------------------------------------------------------------
    def _word(self, lo: int = 2, hi: int = 3) -> str:
        n = self.rng.randint(lo, hi)
        return "".join(self.rng.choice(SYLLABLES) for _ in range(n)).capitalize()

    def _name(self, make: str) -> str:
        """A name not used before, built by ``make`` ('state', 'person', 'org')."""
        for attempt in itertools.count():
            if make == "state":
                base = self._word() + self.rng.choice(("ia", "stan", "land", "a", "or"))
            elif make == "person":
                base = f"{self._word(1, 2)} {self._word(2, 3)}"
            else:
                base = f"{self._word()} {make}"
            name = base if attempt < 5 else f"{base} {attempt}"
            if name.lower() not in self._used_names:
                self._used_names.add(name.lower())
                return name
        raise AssertionError("unreachable")

    def _date(self) -> DateSpec:
        r = self.rng.random()
        day = dt.date.fromordinal(self.rng.randint(FIRST_DAY, LAST_DAY))
        make = DateSpec
        if r < 0.78:
            return make(value=day.isoformat())
        if r < 0.88:
            return make(value=day.strftime("%Y-%m"))
        if r < 0.93:
            return make(value=str(day.year), inferred=self.rng.random() < 0.3)
        if r < 0.96:
            end = dt.date.fromordinal(min(LAST_DAY, day.toordinal() + self.rng.randint(1, 20)))
            return make(value=day.isoformat(), end=end.isoformat())
        return make()

    def _certainty(self) -> Certainty:
        return _weighted(self.rng, CERTAINTY_MIX)[0]

    # --- the reference document ------------------------------------------------------
    def reference(self) -> Document:
        """Sources, actors, roles and agreements; ranks the actors for Zipf draws."""
        rng = self.rng
        sources = [
            Source(id=f"src-{i:02d}-{lang}", title=f"Synthetic wire {i} ({lang})",
                   url=f"https://news.example/{lang}/{i}", language=lang,
                   publisher=f"Wire {i}", kind="article")
            for i, lang in enumerate(SOURCE_LANGUAGES)
        ]
        self.sources = sources
        actors: list[Actor] = []
        roles: list[Role] = []
        weight: dict[str, float] = {}
        self.states: list[str] = []
        codes: set[str] = set()
        while len(codes) < N_STATES:
            codes.add("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)))
        ev_src = sources[1]

        def add(actor: Actor, w: float) -> str:
            actors.append(actor)
            weight[actor.id] = w
            self.names[actor.id] = actor.name
            return actor.id

        def role(t: RoleType, a: str, of: str, since: DateSpec | None = None) -> None:
            evidence = []
            if rng.random() < 0.3:
                evidence = [EvidenceRef(source=ev_src.id, language=ev_src.language,
                                        quote=f"{self.names[a]} ({t.value}) {self.names[of]}")]
            roles.append(Role(type=t, actor=a, of=of, valid_from=since, evidence=evidence))

        for code in sorted(codes):
            sid = code.lower()
            name = self._name("state")
            capital = self._name("state") + " City"
            add(Actor(id=sid, kind=ActorKind.STATE, name=name,
                      aliases=[Alias(text=capital, lang="en", note="metonym: the capital")],
                      identifiers=Identifiers(iso3=code, cameo=code)), 30.0)
            self.states.append(sid)
            for suffix, t, w in (("head-of-state", RoleType.HEAD_OF_STATE_OF, 6.0),
                                 ("head-of-government", RoleType.HEAD_OF_GOVERNMENT_OF, 4.0),
                                 ("foreign-minister", RoleType.FOREIGN_MINISTER_OF, 5.0)):
                pid = add(Actor(id=f"{sid}-{suffix}", kind=ActorKind.PERSON,
                                name=self._name("person"), country=sid), w)
                role(t, pid, sid, self._date())
            for suffix, label, t in (("mfa", "Foreign Ministry", RoleType.MINISTRY_OF),
                                     ("mod", "Defence Ministry", RoleType.MINISTRY_OF),
                                     ("legislature", "Assembly", RoleType.LEGISLATURE_OF)):
                bid = add(Actor(id=f"{sid}-{suffix}", kind=ActorKind.GOVERNMENT_BODY,
                                name=f"{name} {label}", country=sid), 2.0)
                role(t, bid, sid)
        self.alliances: list[str] = []
        for i in range(N_ALLIANCES):
            aid = add(Actor(id=f"alliance-{i:02d}", kind=ActorKind.ALLIANCE,
                            name=self._name("Pact")), 4.0)
            self.alliances.append(aid)
        state_pool = _Pool.of(self._ranked(self.states, weight))
        for aid in self.alliances:
            for member in state_pool.draw(rng, rng.randint(3, 25)):
                role(RoleType.MEMBER_OF, member, aid, self._date())
        self.speakers: list[str] = []  # media and groups assert claims too
        for i in range(self.n_extra):
            kind = _weighted(rng, EXTRA_KINDS)[0]
            country = state_pool.draw(rng, 1)[0]
            make = {ActorKind.PERSON: "person", ActorKind.ORGANIZATION: "Institute",
                    ActorKind.GROUP: "Front", ActorKind.MEDIA: "Herald"}[kind]
            xid = add(Actor(id=f"{kind.value}-{i:06d}", kind=kind, name=self._name(make),
                            country=country), 1.0)
            if kind is ActorKind.PERSON and rng.random() < 0.3:
                role(rng.choice((RoleType.MINISTER_OF, RoleType.SPOKESPERSON_OF)), xid, country,
                     self._date())
            if kind in (ActorKind.MEDIA, ActorKind.GROUP):
                self.speakers.append(xid)
        agreements: list[Agreement] = []
        for i in range(N_AGREEMENTS):
            parties = state_pool.draw(rng, rng.choice((2, 2, 2, 3, 4)))
            milestones = [Milestone(type=MilestoneType.SIGNED, date=self._date())]
            if rng.random() < 0.5:
                milestones.append(Milestone(type=MilestoneType.RATIFIED, date=self._date()))
            agreements.append(Agreement(
                id=f"treaty-{i:03d}", name=f"Treaty of {self._name('state')}",
                kind=rng.choice(("treaty", "agreement", "memorandum", "partnership")),
                parties=parties, provisions=["mutual assistance"] if i % 3 == 0 else [],
                milestones=milestones))
        self.agreements = agreements

        self.any_pool = _Pool.of(self._ranked([a.id for a in actors], weight))
        self.state_pool = _Pool.of(self._ranked(self.states + self.alliances, weight))
        self.speaker_pool = _Pool.of(self._ranked(self.speakers + self.states, weight))
        for r in roles:
            self.stats.relations_by_type[r.type.value] += 1
        self.stats.actors = len(actors)
        self.stats.roles = len(roles)
        self.stats.relations = len(roles)
        self.stats.agreements = len(agreements)
        self.stats.sources = len(sources)
        self.stats.evidence = len({ev.id for r in roles for ev in r.evidence})
        return Document(sources=sources, actors=actors, roles=roles, agreements=agreements)

    def _ranked(self, ids: Sequence[str], weight: dict[str, float]) -> list[str]:
        """A weighted random permutation: heavier actors tend to get the top (hub) ranks."""
        keyed = sorted(((self.rng.random() ** (1.0 / weight[i]), i) for i in ids), reverse=True)
        return [i for _, i in keyed]

    # --- events and claims -------------------------------------------------------------
    def _event(self, n: int) -> tuple[Event, int]:
        """Event number ``n`` and the number of edges one claim about it projects."""
        rng = self.rng
        etype, _, cameo = _weighted(rng, EVENT_MIX)
        pool = self.state_pool if etype in STATE_ONLY else self.any_pool
        P = Participant
        agreement: str | None = None
        if etype in (EventType.MEETING, EventType.COOPERATION):
            k = _weighted(rng, ((2, 0.6), (3, 0.3), (4, 0.1)))[0]
            role = "participant" if etype is EventType.MEETING else "partner"
            who = pool.draw(rng, k)
            parts = [P(actor=a, role=role) for a in who]
            edges = comb(len(who), 2)
        elif etype is EventType.SIGNING:
            g = rng.choice(self.agreements)
            agreement = g.id
            who = list(g.parties[:3])
            parts = [P(actor=a, role="party") for a in who]
            # agreement parties are states: their head of state signs
            parts.append(P(actor=f"{who[0]}-head-of-state", role="signatory"))
            edges = comb(len(who), 2)
        elif etype is EventType.STATEMENT:
            who = pool.draw(rng, 3 if rng.random() < 0.3 else 2)
            parts = [P(actor=who[0], role="speaker"),
                     P(actor=who[1], role="subject")]
            if len(who) > 2:
                parts.append(P(actor=who[2], role="addressee"))
            edges = 1
        else:
            src_role, tgt_role = PAIR_ROLES[etype]
            who = pool.draw(rng, 2)
            parts = [P(actor=who[0], role=src_role),
                     P(actor=who[1], role=tgt_role)]
            edges = 1
        for p in parts:
            self.stats.events_by_actor[p.actor] += 1
        names = [self.names[p.actor] for p in parts]
        summary = f"{names[0]} {VERBS[etype]} {', '.join(names[1:])}."
        event = Event(id=f"ev-{n:07d}", type=etype, cameo=cameo, date=self._date(),
                      participants=parts, agreement=agreement, summary=summary,
                      location=self.names[rng.choice(self.states)] if rng.random() < 0.2
                      else None)
        return event, edges

    def _evidence(self, n: int, text: str) -> list[EvidenceRef]:
        k = 1 if self.rng.random() < 0.8 else 2
        out = []
        for src in self.rng.sample(self.sources, k):
            out.append(EvidenceRef(source=src.id, language=src.language,
                                   quote=f"[{src.language}] {text} #{n}", gloss=text, span=None))
        return out

    def _asserters(self) -> list[str]:
        r = self.rng.random()
        if r < 0.6:
            return []
        return self.speaker_pool.draw(self.rng, 1 if r < 0.9 else 2)

    def _claim(self, n: int, *, event: Event | None, certainty: Certainty | None = None
               ) -> tuple[Claim, int]:
        """Claim number ``n`` about ``event`` (or about a fresh bare relation)."""
        rng = self.rng
        cert = certainty or self._certainty()
        if event is not None:
            assert event.summary is not None
            ev = self._evidence(n, event.summary)
            return Claim(id=f"cl-{n:07d}", event=event.id, certainty=cert,
                         asserted_by=self._asserters(), evidence=ev), -1
        rtype = rng.choice(RELATION_CLAIM_TYPES)
        a, b = self.any_pool.draw(rng, 2)
        text = f"{self.names[a]} {rtype.value.lower().replace('_', ' ')} {self.names[b]}."
        since = self._date()
        claim = Claim(id=f"cl-{n:07d}", relation=RelationClaimTarget(
            type=rtype, source=a, target=b, valid_from=since if since.value else None),
            certainty=cert, asserted_by=self._asserters(), evidence=self._evidence(n, text))
        self.stats.relations_by_type[rtype.value] += 1
        return claim, 1

    def chunks(self) -> Iterator[Document]:
        """Documents of events and claims until the relation target is reached."""
        from loaders.document import PROJECTIONS

        events: list[Event] = []
        claims: list[Claim] = []
        n_event = n_claim = 0
        st = self.stats
        while st.relations < self.target:
            if self.rng.random() < RELATION_CLAIM_SHARE:
                claim, edges = self._claim(n_claim, event=None)
                claims.append(claim)
                n_claim += 1
                st.relations += edges
            else:
                event, edges = self._event(n_event)
                n_event += 1
                events.append(event)
                first, _ = self._claim(n_claim, event=event)
                claims.append(first)
                n_claim += 1
                rtype = PROJECTIONS[event.type][0].type.value
                n_claims_here = 1
                if self.rng.random() < CONTESTED_SHARE:
                    # a second voice: the same event denied (or, if denied, reported)
                    other = (Certainty.REPORTED if first.certainty is Certainty.DENIED
                             else Certainty.DENIED)
                    second, _ = self._claim(n_claim, event=event, certainty=other)
                    claims.append(second)
                    n_claim += 1
                    n_claims_here = 2
                st.relations += edges * n_claims_here
                st.relations_by_type[rtype] += edges * n_claims_here
            if len(claims) >= self.chunk_claims:
                yield self._flush(events, claims)
                events, claims = [], []
        if claims or events:
            yield self._flush(events, claims)

    def _flush(self, events: list[Event], claims: list[Claim]) -> Document:
        self.stats.events += len(events)
        self.stats.claims += len(claims)
        self.stats.evidence += sum(len(c.evidence) for c in claims)
        self.stats.documents += 1
        return Document(events=events, claims=claims)

    def documents(self) -> Iterator[Document]:
        """The reference document, then the chunks."""
        ref = self.reference()
        self.stats.documents += 1
        yield ref
        yield from self.chunks()


def generate(relations: int, seed: int = DEFAULT_SEED,
             chunk_claims: int = DEFAULT_CHUNK_CLAIMS) -> Iterator[Document]:
    """Yield the documents of a synthetic graph of about ``relations`` actor–actor edges."""
    return Generator(relations, seed, chunk_claims).documents()


def hub_share(events_by_actor: Counter[str], n_actors: int, n_events: int,
              top_fraction: float = 0.01) -> float:
    """Share of participations that go to the top ``top_fraction`` of actors.

    Participations, not distinct events: an upper bound on "events touched" that the
    generator can count without keeping every event.
    """
    top = max(1, int(n_actors * top_fraction))
    total = sum(events_by_actor.values())
    return sum(c for _, c in events_by_actor.most_common(top)) / total if total else 0.0
