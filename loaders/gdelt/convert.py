"""GDELT records into extraction Documents, one per batch, ready for the shared writer.

Each record gives an ``coded`` event (actors ``actor1``/``actor2`` through the crosswalk),
a ``reported`` claim asserted by the outlet (a ``media`` actor named after the URL's host)
and one piece of evidence from its SOURCEURL (a ``Source``). Actors that are part of a
state (``russia-government``) get a ``PART_OF`` role backed by the crosswalk.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from graph.schema import ActorKind, Certainty, RoleType
from loaders.crosswalk import ActorFields, Crosswalk, ResolvedActor, get_crosswalk, slug
from loaders.document import (
    Actor,
    Claim,
    DateSpec,
    Document,
    Event,
    EventType,
    EvidenceRef,
    Participant,
    Role,
    Source,
)
from loaders.gdelt.reader import GdeltRecord

CROSSWALK_SOURCE_ID = "geokg-crosswalk"

def describe(rec: GdeltRecord, cw: Crosswalk) -> str:
    """One English line for an event: ``UNITED STATES — Make a visit (042) — CUBA``."""
    label = cw.event_label(rec.event_code) or "CAMEO event"
    verb = f"{label} ({rec.event_code})"
    a1 = rec.actor1.name or rec.actor1.code
    a2 = rec.actor2.name or rec.actor2.code
    return " — ".join(x for x in (a1, verb, a2) if x)


def media_actor(url: str) -> Actor:
    """The outlet behind a SOURCEURL: a ``media`` actor named after the URL's host."""
    host = _host(url)
    ident = re.sub(r"[^a-z0-9.-]+", "-", host.lower()).strip("-.") or slug(url)
    return Actor(id=f"media-{ident}"[:200], kind=ActorKind.MEDIA, name=host,
                 description="News outlet (the host of GDELT SOURCEURLs)")


def _host(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    if not host:  # GDELT cites some sources by name ("BBC Monitoring")
        return url.strip()[:100]
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def source_for(url: str, language: str) -> Source:
    """The article a GDELT event was coded from: id ``gdelt-src:<sha1(url)[:16]>``."""
    digest = hashlib.sha1(url.encode()).hexdigest()[:16]
    parts = urlsplit(url)
    if parts.hostname:
        title = (_host(url) + parts.path)[:300]
        return Source(id=f"gdelt-src:{digest}", title=title, url=url, language=language,
                      publisher=_host(url), kind="article")
    return Source(id=f"gdelt-src:{digest}", title=url[:300], language=language,
                  publisher=url[:100], kind="article")


def crosswalk_source() -> Source:
    return Source(id=CROSSWALK_SOURCE_ID, kind="reference", language="en",
                  title="geokg crosswalk of CAMEO actor codes (data/crosswalk)")


def event_attributes(rec: GdeltRecord, cw: Crosswalk) -> dict[str, str | int | float | bool | None]:
    """The GDELT fields kept on the Event node (codes as strings, numbers typed)."""
    geo = rec.action_geo
    state = cw.state_by_fips(geo.country_code) if geo else None
    return {
        "gdelt_id": rec.global_event_id,
        "event_base_code": rec.event_base_code,
        "event_root_code": rec.event_root_code,
        "quad_class": rec.quad_class,
        "goldstein": rec.goldstein,
        "num_mentions": rec.num_mentions,
        "num_sources": rec.num_sources,
        "num_articles": rec.num_articles,
        "avg_tone": rec.avg_tone,
        "is_root_event": rec.is_root_event,
        "date_added": rec.date_added.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "actor1_code": rec.actor1.code or None,
        "actor1_name": rec.actor1.name or None,
        "actor2_code": rec.actor2.code or None,
        "actor2_name": rec.actor2.name or None,
        "action_geo_type": geo.type if geo else None,
        "action_geo_name": geo.full_name or None if geo else None,
        "action_geo_country": geo.country_code or None if geo else None,
        "action_geo_iso3": state.iso3 if state else None,
        "action_geo_adm1": geo.adm1_code or None if geo else None,
        "action_geo_lat": geo.lat if geo else None,
        "action_geo_long": geo.long if geo else None,
        "action_geo_feature_id": geo.feature_id or None if geo else None,
        "source_url": rec.source_url,
    }


class DocumentBuilder:
    """Accumulates records into one Document (deduplicating shared actors and sources)."""

    def __init__(self, cw: Crosswalk, language: str) -> None:
        self.cw, self.language = cw, language
        self.sources: dict[str, Source] = {}
        self.actors: dict[str, Actor] = {}
        self.roles: dict[str, Role] = {}
        self.events: dict[str, Event] = {}
        self.claims: dict[str, Claim] = {}
        self.rules: Counter[str] = Counter()
        self.unmapped: Counter[str] = Counter()

    def __len__(self) -> int:
        return len(self.events)

    def _add_actor(self, actor: Actor) -> None:
        self.actors.setdefault(actor.id, actor)

    def _participant(self, resolved: ResolvedActor | None, side: ActorFields,
                     role: str) -> Participant | None:
        if resolved is None:
            return None
        self.rules[resolved.rule] += 1
        if resolved.rule == "unmapped":
            self.unmapped[side.known_group_code or side.code] += 1
        self._add_actor(resolved.actor)
        if resolved.scope is not None and resolved.basis is not None:
            self._add_actor(resolved.scope)
            key = f"{resolved.actor.id}>{resolved.scope.id}"
            if key not in self.roles:
                self.sources.setdefault(CROSSWALK_SOURCE_ID, crosswalk_source())
                self.roles[key] = Role(
                    type=RoleType.PART_OF, actor=resolved.actor.id, of=resolved.scope.id,
                    certainty=Certainty.CONFIRMED if resolved.certain else Certainty.REPORTED,
                    evidence=[EvidenceRef(source=CROSSWALK_SOURCE_ID, quote=resolved.basis,
                                          language="en")])
        if resolved.actor.country:
            country = self.cw.by_id.get(resolved.actor.country)
            if country is not None:
                self._add_actor(country.actor())
        return Participant(actor=resolved.actor.id, role=role)

    def add(self, rec: GdeltRecord) -> None:
        """Add one record: its source, media actor, actors, event and claim."""
        parts = [p for p in (
            self._participant(self.cw.resolve(rec.actor1), rec.actor1, "actor1"),
            self._participant(self.cw.resolve(rec.actor2), rec.actor2, "actor2"),
        ) if p is not None]
        source = self.sources.setdefault(
            f"gdelt-src:{hashlib.sha1(rec.source_url.encode()).hexdigest()[:16]}",
            source_for(rec.source_url, self.language))
        media = media_actor(rec.source_url)
        self._add_actor(media)
        text = describe(rec, self.cw)
        event_id = f"gdelt:{rec.global_event_id}"
        self.events[event_id] = Event(
            id=event_id, type=EventType.CODED, cameo=rec.event_code,
            date=DateSpec(value=rec.day.isoformat()), participants=parts, summary=text,
            location=rec.action_geo.full_name or None if rec.action_geo else None,
            attributes=event_attributes(rec, self.cw))
        self.claims[event_id] = Claim(
            id=f"gdelt-claim:{rec.global_event_id}", event=event_id,
            certainty=Certainty.REPORTED, asserted_by=[media.id],
            evidence=[EvidenceRef(source=source.id, language="en",
                                  quote=f"GDELT event {rec.global_event_id} coded from this "
                                        f"article: {text}")])

    def document(self) -> Document:
        return Document(sources=list(self.sources.values()), actors=list(self.actors.values()),
                        roles=list(self.roles.values()), events=list(self.events.values()),
                        claims=list(self.claims.values()))


def documents(records: Iterable[GdeltRecord], *, batch_size: int, language: str = "en",
              crosswalk: Crosswalk | None = None) -> Iterator[Document]:
    """Group records into Documents of at most ``batch_size`` events each."""
    cw = crosswalk or get_crosswalk()
    builder = DocumentBuilder(cw, language)
    for rec in records:
        builder.add(rec)
        if len(builder) >= batch_size:
            yield builder.document()
            builder = DocumentBuilder(cw, language)
    if len(builder):
        yield builder.document()
