"""GDELT records into the rows the loader writes, a batch at a time.

Each record gives a ``coded`` event (actors ``actor1``/``actor2`` through the crosswalk),
a ``reported`` claim asserted by the outlet (a ``media`` actor named after the URL's host)
and one piece of evidence from its SOURCEURL (a ``Source``). Actors that are part of a
state (``russia-government``) get a ``PART_OF`` role backed by the crosswalk.

Events, claims, evidence and sources are many (one per record) and are built here as
plain rows in the shapes of the shared writer's plan (``loaders.writer.plan_document``),
so the graph is the writer's. Actors are few and repeat: ``ActorCatalog`` resolves each
distinct GDELT actor side once per load and hands the actors it has not written yet to
the shared writer as a small Document (which resolves them against the graph's actors).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import SplitResult, urlsplit

from graph.schema import CERTAINTY_RANK, ActorKind, Certainty, RoleType
from loaders.crosswalk import ActorFields, Crosswalk, ResolvedActor, slug
from loaders.document import (
    Actor,
    DateSpec,
    Document,
    EventType,
    EvidenceRef,
    Role,
    Source,
    evidence_id,
)
from loaders.gdelt.reader import GdeltRecord
from loaders.writer import date_props

Row = dict[str, Any]

CROSSWALK_SOURCE_ID = "geokg-crosswalk"
#: The fields a later GDELT file revises; every other value is the first record's.
COUNT_FIELDS = ("num_mentions", "num_sources", "num_articles", "avg_tone")

def describe(rec: GdeltRecord, cw: Crosswalk) -> str:
    """One English line for an event: ``UNITED STATES — Make a visit (042) — CUBA``."""
    label = cw.event_label(rec.event_code) or "CAMEO event"
    verb = f"{label} ({rec.event_code})"
    a1 = rec.actor1.name or rec.actor1.code
    a2 = rec.actor2.name or rec.actor2.code
    return " — ".join(x for x in (a1, verb, a2) if x)


def media_actor(url: str) -> Actor:
    """The outlet behind a SOURCEURL: a ``media`` actor named after the URL's host."""
    return _media_for_host(_host(url, urlsplit(url)), url)


def _media_for_host(host: str, url: str) -> Actor:
    ident = re.sub(r"[^a-z0-9.-]+", "-", host.lower()).strip("-.") or slug(url)
    return Actor(id=f"media-{ident}"[:200], kind=ActorKind.MEDIA, name=host,
                 description="News outlet (the host of GDELT SOURCEURLs)")


def _host(url: str, parts: SplitResult) -> str:
    host = (parts.hostname or "").removeprefix("www.")
    if not host:  # GDELT cites some sources by name ("BBC Monitoring")
        return url.strip()[:100]
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def source_id(url: str) -> str:
    """``gdelt-src:<first 16 hex of sha1(url)>``: one Source per article URL."""
    return f"gdelt-src:{hashlib.sha1(url.encode()).hexdigest()[:16]}"


def source_row(url: str, language: str, parts: SplitResult | None = None) -> Row:
    """The writer's row for the article a GDELT event was coded from."""
    parts = parts or urlsplit(url)
    if parts.hostname:
        host = _host(url, parts)
        title, link, publisher = (host + parts.path)[:300], url, host
    else:
        title, link, publisher = url[:300], None, url[:100]
    return {"id": source_id(url), "props": {
        "title": title, "url": link, "language": language, "publisher": publisher,
        "published": None, "published_precision": "unknown", "kind": "article", "text": None}}


def source_for(url: str, language: str) -> Source:
    """The article a GDELT event was coded from, as a Source (``source_row``'s values)."""
    row = source_row(url, language)
    p = row["props"]
    return Source(id=row["id"], title=p["title"], url=p["url"], language=language,
                  publisher=p["publisher"], kind="article")


def crosswalk_source() -> Source:
    return Source(id=CROSSWALK_SOURCE_ID, kind="reference", language="en",
                  title="geokg crosswalk of CAMEO actor codes (data/crosswalk)")


#: GDELT fields kept on the Event in one tab-separated string, ``gdelt_fields``, in this
#: order (an empty field is an empty string): nothing in geokg reads them, and one string
#: is one property to write instead of up to ten (issue 17: 5,000 events, 244,493 -> 194,453
#: properties).
#: ``split(e.gdelt_fields, '\t')[2]`` is Actor1Code.
PACKED_FIELDS = ("is_root_event", "date_added", "actor1_code", "actor1_name", "actor2_code",
                 "actor2_name", "action_geo_type", "action_geo_country", "action_geo_adm1",
                 "action_geo_feature_id")


def pack_fields(values: dict[str, str | int | bool | None]) -> str:
    """``PACKED_FIELDS`` of one record as one string: tab-separated, ``1``/``0`` for the
    flag, an empty field for a missing value."""
    out = []
    for key in PACKED_FIELDS:
        v = values[key]
        out.append("" if v is None else ("1" if v else "0") if isinstance(v, bool) else str(v))
    return "\t".join(out)


def event_attributes(rec: GdeltRecord, cw: Crosswalk) -> dict[str, str | int | float | bool | None]:
    """The GDELT fields kept on the Event node (codes as strings, numbers typed; the
    fields nobody reads in one string, ``gdelt_fields``). ``ActionGeo_FullName`` is the
    event's ``location``."""
    geo = rec.action_geo
    packed = pack_fields({
        "is_root_event": rec.is_root_event,
        "date_added": rec.date_added.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "actor1_code": rec.actor1.code or None,
        "actor1_name": rec.actor1.name or None,
        "actor2_code": rec.actor2.code or None,
        "actor2_name": rec.actor2.name or None,
        "action_geo_type": geo.type if geo else None,
        "action_geo_country": geo.country_code or None if geo else None,
        "action_geo_adm1": geo.adm1_code or None if geo else None,
        "action_geo_feature_id": geo.feature_id or None if geo else None,
    })
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
        "location": geo.full_name or None if geo else None,
        "action_geo_lat": geo.lat if geo else None,
        "action_geo_long": geo.long if geo else None,
        "gdelt_fields": packed,
        "source_url": rec.source_url,
    }


@dataclass
class ActorCatalog:
    """The actors of one load: each distinct GDELT actor side resolved once.

    ``side`` and ``media`` return our actor id for a record's side or outlet and note the
    actors (and ``PART_OF`` roles) first seen; ``take_new`` hands those over as a Document
    for the shared writer, which resolves them against the graph's actors (a seed that
    calls Russia ``russia-fed`` gets GDELT's ``RUS`` on its node) and says which graph id
    each of our ids became (``Batch.map_actors``).
    """

    cw: Crosswalk
    rules: Counter[str] = field(default_factory=Counter)
    unmapped: Counter[str] = field(default_factory=Counter)
    _sides: dict[ActorFields, ResolvedActor | None] = field(default_factory=dict)
    _media: dict[str, str] = field(default_factory=dict)  # host -> media actor id
    _seen: set[str] = field(default_factory=set)  # actor ids handed over already
    _actors: dict[str, Actor] = field(default_factory=dict)  # first seen, not handed over
    _roles: dict[str, Role] = field(default_factory=dict)
    _role_keys: set[str] = field(default_factory=set)

    def _note(self, actor: Actor) -> None:
        if actor.id not in self._seen:
            self._actors.setdefault(actor.id, actor)

    def side(self, fields: ActorFields, times: int = 1) -> str | None:
        """Our actor id for one side of a record (None when the side is empty);
        ``times``: how many records name it (they are counted by rule)."""
        if fields in self._sides:
            resolved = self._sides[fields]
        else:
            resolved = self._sides[fields] = self.cw.resolve(fields)
        if resolved is None:
            return None
        self.rules[resolved.rule] += times
        if resolved.rule == "unmapped":
            self.unmapped[fields.known_group_code or fields.code] += times
        self._note(resolved.actor)
        if resolved.scope is not None and resolved.basis is not None:
            self._note(resolved.scope)
            key = f"{resolved.actor.id}>{resolved.scope.id}"
            if key not in self._role_keys:
                self._role_keys.add(key)
                self._roles[key] = Role(
                    type=RoleType.PART_OF, actor=resolved.actor.id, of=resolved.scope.id,
                    certainty=Certainty.CONFIRMED if resolved.certain else Certainty.REPORTED,
                    evidence=[EvidenceRef(source=CROSSWALK_SOURCE_ID, quote=resolved.basis,
                                          language="en")])
        if resolved.actor.country:
            country = self.cw.by_id.get(resolved.actor.country)
            if country is not None:
                self._note(country.actor())
        return resolved.actor.id

    def media(self, url: str, parts: SplitResult) -> str:
        """The id of the outlet behind a SOURCEURL (a ``media`` actor)."""
        host = _host(url, parts)
        known = self._media.get(host)
        if known is None:
            actor = _media_for_host(host, url)
            known = self._media[host] = actor.id
            self._note(actor)
        return known

    def take_new(self) -> Document | None:
        """The actors and roles first seen since the last call, as a Document."""
        if not self._actors and not self._roles:
            return None
        sources = [crosswalk_source()] if self._roles else []
        doc = Document(sources=sources, actors=list(self._actors.values()),
                       roles=list(self._roles.values()))
        self._seen.update(self._actors)
        self._actors.clear()
        self._roles.clear()
        return doc


@dataclass
class ActorPool:
    """Actors met but not written yet, written only when a new event needs them.

    A batch's records may all be revisions of events already in the graph (which add
    nothing), so the actors a batch meets first wait here until an event that is written
    names them. ``take`` returns the Document of the actors asked for, with the actors
    they name (their state, the scope of a ``PART_OF`` role) and those roles.
    """

    actors: dict[str, Actor] = field(default_factory=dict)
    roles: dict[str, list[Role]] = field(default_factory=dict)  # by the role's actor

    def add(self, doc: Document | None) -> None:
        if doc is None:
            return
        for actor in doc.actors:
            self.actors.setdefault(actor.id, actor)
        for role in doc.roles:
            self.roles.setdefault(role.actor, []).append(role)

    def take(self, needed: set[str]) -> Document | None:
        todo, ids = [i for i in needed if i in self.actors], set()
        while todo:
            actor_id = todo.pop()
            if actor_id in ids or actor_id not in self.actors:
                continue
            ids.add(actor_id)
            country = self.actors[actor_id].country
            todo += [country] if country else []
            todo += [r.of for r in self.roles.get(actor_id, [])]
        if not ids:
            return None
        roles = [r for i in ids for r in self.roles.pop(i, [])]
        actors = [self.actors.pop(i) for i in sorted(ids)]
        return Document(sources=[crosswalk_source()] if roles else [], actors=actors,
                        roles=roles)


@dataclass
class Batch:
    """The rows of up to ``batch_size`` records, in the shared writer's plan shapes (a
    claim row carries its one piece of evidence as ``evidence``).

    ``events`` rows carry ``values`` (the record's, kept from the first file that names the
    event) and ``counts`` (``COUNT_FIELDS``, revised by later files) and ``file``, the
    GDELT timestamp of the file they come from. Actor ids are ours until ``map_actors``;
    ``new_actors`` are the actors (and roles) the load meets first in this batch.
    """

    cw: Crosswalk
    catalog: ActorCatalog
    language: str
    file: str
    sources: dict[str, Row] = field(default_factory=dict)
    events: list[Row] = field(default_factory=list)
    claims: list[Row] = field(default_factory=list)
    participants: list[Row] = field(default_factory=list)
    new_actors: Document | None = None
    #: Event ids taken already: a file's batches share one set, so a GLOBALEVENTID
    #: repeated anywhere in a file keeps its first record.
    seen: set[str] = field(default_factory=set)
    _days: dict[dt.date, Row] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.events)

    def add(self, rec: GdeltRecord) -> None:
        """Add one record: its source, outlet, actors, event, claim and evidence. A
        GLOBALEVENTID already in ``seen`` is skipped (the first record of it is kept, as
        the bulk path keeps it)."""
        event_id = f"gdelt:{rec.global_event_id}"
        if event_id in self.seen:
            return
        self.seen.add(event_id)
        sides = ((self.catalog.side(rec.actor1), "actor1"),
                 (self.catalog.side(rec.actor2), "actor2"))
        for actor, role in sides:
            if actor is not None:
                self.participants.append({"actor": actor, "event": event_id, "role": role})
        url = rec.source_url
        parts = urlsplit(url)
        src = source_id(url)
        if src not in self.sources:
            self.sources[src] = source_row(url, self.language, parts)
        media = self.catalog.media(url, parts)
        text = describe(rec, self.cw)
        attributes = event_attributes(rec, self.cw)
        day = self._days.get(rec.day)
        if day is None:
            day = self._days[rec.day] = date_props("date", DateSpec(value=rec.day.isoformat()))
        values: Row = {"type": EventType.CODED.value, "cameo": rec.event_code,
                       "summary": text, **day, **attributes}
        counts = {k: values.pop(k) for k in COUNT_FIELDS}
        self.events.append({"id": event_id, "values": values, "counts": counts,
                            "file": self.file})
        quote = f"GDELT event {rec.global_event_id} coded from this article: {text}"
        ev = evidence_id(src, quote)
        self.claims.append({"id": f"gdelt-claim:{rec.global_event_id}", "event": event_id,
                            "asserted_by": [media], "evidence_ids": [ev],
                            "props": CLAIM_PROPS, "evidence": {
                                "id": ev, "source": src, "props": {
                                    "quote": quote, "language": "en", "gloss": None,
                                    "span_start": None, "span_end": None, "source_id": src}}})

    def close(self) -> Batch:
        """No more records: take the actors this batch met first from the catalog."""
        self.new_actors = self.catalog.take_new()
        return self

    def map_actors(self, mapping: dict[str, str]) -> None:
        """Send participant and asserter ids to the graph's (``mapping``: ours -> graph's,
        for every actor the shared writer resolved onto another id)."""
        for p in self.participants:
            p["actor"] = mapping.get(p["actor"], p["actor"])
        for c in self.claims:
            c["asserted_by"] = [mapping.get(a, a) for a in c["asserted_by"]]

    def pairs(self) -> dict[tuple[str, str], set[str]]:
        """(actor1, actor2) -> CAMEO root codes of this batch's events with two actors."""
        roots = {e["id"]: e["values"]["event_root_code"] for e in self.events}
        by_event: dict[str, dict[str, str]] = {}
        for p in self.participants:
            by_event.setdefault(p["event"], {})[p["role"]] = p["actor"]
        out: dict[tuple[str, str], set[str]] = {}
        for event, sides in by_event.items():
            a, b = sides.get("actor1"), sides.get("actor2")
            if a and b and a != b:
                out.setdefault((a, b), set()).add(roots[event])
        return out


CLAIM_PROPS: Row = {"certainty": Certainty.REPORTED.value,
                     "certainty_rank": CERTAINTY_RANK[Certainty.REPORTED],
                     "subject_kind": "event", "note": None}
